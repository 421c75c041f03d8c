// Rule future-date: a dataset's `modified` and `issued` are not after today. Needs a clock, so it runs in the
// validator and the importer, which are given one, rather than with the completeness rules in every build.
import type { Dataset } from '../../schemas/index.ts';
import type { Problem } from '../problems.ts';
import { finding } from './finding.ts';

export function futureDateProblems(
  d: {
    file: string;
    data: Pick<Dataset, 'modified' | 'issued'>;
    lineOf(path: readonly PropertyKey[]): number | undefined;
  },
  today: string,
): Problem[] {
  const out: Problem[] = [];
  const m = d.data;
  if (m.modified > today)
    out.push(
      finding(
        d,
        ['modified'],
        `${m.modified} is in the future; use the date the data last changed (today is ${today})`,
        'future-date',
      ),
    );
  if (m.issued && m.issued > today)
    out.push(
      finding(d, ['issued'], `${m.issued} is in the future; use the date the data was first published`, 'future-date'),
    );
  return out;
}
