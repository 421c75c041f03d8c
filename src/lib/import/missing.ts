// What an imported record still lacks, in the schema's own terms: the fields DatasetSchema requires and the
// record leaves out or empty (a resource when public, rights and access instructions when not, included).
import { DatasetSchema } from '../../schemas/index.ts';

const isAbsent = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * The top-level fields the schema reports as missing, in schema order. Refinements (such as "a public dataset
 * needs a resource") only run once the fields they depend on are valid, so ask again after filling some.
 */
export function missingFields(record: Record<string, unknown>): string[] {
  const result = DatasetSchema.safeParse(record);
  if (result.success) return [];
  const out = new Set<string>();
  for (const issue of result.error.issues) {
    const [field] = issue.path;
    if (typeof field === 'string' && issue.path.length === 1 && isAbsent(record[field])) out.add(field);
  }
  return [...out];
}
