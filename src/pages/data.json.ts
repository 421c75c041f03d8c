// DCAT-US 1.1 catalog for data.gov and other harvesters.
import { loadExportInput } from '../data/exports.ts';
import { toDataJson } from '../lib/exports/dcat-us.ts';

export const GET = () => Response.json(toDataJson(loadExportInput()));
