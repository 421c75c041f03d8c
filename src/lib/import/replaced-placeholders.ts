// A check on imported datasets: a field still listed in source.placeholders whose value a person has changed
// since the import. The site shows a listed field as "not stated by the source", so the real value stays hidden
// until the field is taken off the list. Proposed rule id: `placeholder-replaced` (warning).
import type { Dataset } from '../../schemas/index.ts';
import { fieldPath, type Problem } from '../problems.ts';
import { fingerprint } from './fingerprint.ts';

export const PLACEHOLDER_REPLACED_RULE = 'placeholder-replaced';

export function replacedPlaceholders(d: {
  file: string;
  data: Pick<Dataset, 'source'>;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}): Problem[] {
  const source = d.data.source;
  const listed = source?.placeholders ?? [];
  return listed.flatMap((field, i) => {
    const recorded = source?.fields?.[field];
    const value = (d.data as Record<string, unknown>)[field];
    if (!recorded || fingerprint(value) === recorded) return [];
    const line = d.lineOf(['source', 'placeholders', i]);
    return [
      {
        file: d.file,
        ...(line ? { line } : {}),
        field: fieldPath(['source', 'placeholders', i]),
        message: `${field} has a new value since the import, but is still listed as a placeholder, so the site shows it as not stated by the source; remove "${field}" from source.placeholders`,
        severity: 'warning' as const,
        rule: PLACEHOLDER_REPLACED_RULE,
      },
    ];
  });
}
