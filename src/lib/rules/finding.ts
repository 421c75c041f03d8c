// A rule's finding in a dataset's index.md: the file, the line of the field, and the rule's default severity
// (a catalog's policy may change it later, in applyPolicy).
import type { Problem } from '../problems.ts';
import { fieldPath } from '../problems.ts';
import { ruleOf } from './rules.ts';

export function finding(
  d: { file: string; lineOf(path: readonly PropertyKey[]): number | undefined },
  field: readonly PropertyKey[],
  message: string,
  rule: string,
): Problem {
  const line = d.lineOf(field);
  const { severity } = ruleOf(rule);
  return {
    file: d.file,
    ...(line ? { line } : {}),
    field: fieldPath(field),
    message,
    severity: severity === 'off' ? 'warning' : severity,
    rule,
  };
}
