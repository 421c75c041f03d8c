// Static API: themes and their datasets.
import { loadExportInput } from '../../data/exports.ts';
import { apiThemes } from '../../lib/exports/api.ts';

export const GET = () => Response.json(apiThemes(loadExportInput()));
