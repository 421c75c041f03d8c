// Messages between the summary tab (main thread) and its worker, which holds every row of the file by column.
import type { Answer } from '../../lib/ask/answer.ts';
import type { AskProblem, Question } from '../../lib/ask/question.ts';
import type { ColumnKind } from '../../lib/ask/table.ts';

export type ToAskWorker =
  | {
      type: 'load';
      src: string;
      delimiter?: string | undefined;
      encoding?: string | undefined;
      /** Column kinds from the build's profile, by column name; columns it does not name are inferred. */
      kinds: Record<string, ColumnKind>;
      /** The table's Parquet copy, read instead of the file when there is one. */
      parquet?: string | undefined;
    }
  | { type: 'ask'; id: number; question: Question };

export type FromAskWorker =
  | { type: 'progress'; loaded: number; total: number; rows: number }
  | { type: 'ready'; rows: number; columns: { name: string; kind: ColumnKind }[] }
  | { type: 'answer'; id: number; answer: Answer }
  | { type: 'problems'; id: number; problems: AskProblem[] }
  | { type: 'failed'; message: string }
  | { type: 'too-heavy' };
