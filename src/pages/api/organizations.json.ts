// Static API: organizations and the datasets each publishes.
import { loadExportInput } from '../../data/exports.ts';
import { apiOrganizations } from '../../lib/exports/api.ts';

export const GET = () => Response.json(apiOrganizations(loadExportInput()));
