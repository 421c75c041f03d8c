// Static API: every dataset, summary fields.
import { loadExportInput } from '../../data/exports.ts';
import { apiDatasetList } from '../../lib/exports/api.ts';

export const GET = () => Response.json(apiDatasetList(loadExportInput()));
