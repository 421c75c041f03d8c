// From counts of personal-looking values to findings: one per column and kind, naming the file, the column,
// the kind and how many rows match, never a value. A column its data dictionary marks reviewed is left out.
import type { DatasetModel } from '../content/model.ts';
import type { Problem } from '../problems.ts';
import { finding } from '../rules/finding.ts';
import type { PrivacyCount, PrivacyKind } from './detect.ts';

/** What each kind is called in a finding. */
const NAMES: Record<PrivacyKind, string> = {
  ssn: 'US Social Security numbers',
  card: 'payment card numbers (they pass the Luhn check)',
  email: 'email addresses',
  phone: 'phone numbers',
  'birth-date': 'dates of birth',
  address: 'street addresses with house numbers',
};

export interface ColumnPrivacy {
  name: string;
  privacy?: PrivacyCount[] | undefined;
}

/**
 * Findings for resource `index` of a dataset, from its columns' counts (a profile's columns fit).
 * `checked`: how many rows were looked at, and whether that was the whole file.
 */
export function privacyProblems(
  d: Pick<DatasetModel, 'file' | 'data' | 'schemas' | 'lineOf'>,
  index: number,
  columns: readonly ColumnPrivacy[],
  checked: { rows: number; whole: boolean },
): Problem[] {
  const r = d.data.resources[index]!;
  const fields = d.schemas[index]?.fields ?? [];
  const out: Problem[] = [];
  for (const column of columns) {
    if (!column.privacy?.length) continue;
    const j = fields.findIndex((f) => f.name === column.name);
    if (j >= 0 && fields[j]!.privacy?.reviewed) continue;
    // The line of the column in the dictionary, where `privacy:` would be written; else the resource's file.
    const at = j >= 0 ? ['resources', index, 'schema', 'fields', j] : ['resources', index, 'path'];
    const of = `${checked.whole ? '' : 'the first '}${checked.rows.toLocaleString('en-US')} row${checked.rows === 1 ? '' : 's'}`;
    for (const { kind, rows } of column.privacy) {
      const message =
        `column "${column.name}" of ${r.path} has ${rows.toLocaleString('en-US')} value${rows === 1 ? '' : 's'} (of ${of}) that look${rows === 1 ? 's' : ''} like ${NAMES[kind]}; ` +
        `remove or mask them before publishing, or, if they are not personal data, describe the column in the data dictionary with privacy: { reviewed: true, reason: "…" }`;
      out.push(finding(d, at, message, `privacy/${kind}`));
    }
  }
  return out;
}
