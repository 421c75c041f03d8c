// A problem found in content: where it is (file, line, field), what is wrong and how to fix it.

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path of the file, relative to the working directory, e.g. `content/datasets/trees/index.md`. */
  file: string;
  /** 1-based line of the offending key, when known. */
  line?: number;
  /** Dotted field path, e.g. `resources[0].path`; empty for the file as a whole. */
  field: string;
  /** What is wrong and how to fix it, written for the person who made the mistake. */
  message: string;
  severity: Severity;
  /** The id of the rule that found it (src/lib/rules/rules.ts), e.g. `unknown-reference`. */
  rule: string;
}

/** `file:line field: message`, the one-line form used by the build and the validator. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return p.field ? `${where} ${p.field}: ${p.message}` : `${where} ${p.message}`;
}

/** The one-line form with the rule's id, as the validator and the build print it: `… — [rule-id]`. */
export function formatFinding(p: Problem): string {
  return `${formatProblem(p)} [${p.rule}]`;
}

/** Turns a zod-style path into the dotted form people read: `resources[0].schema.fields[2].type`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Error listing problems; thrown by the build so that nothing half-published is written. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      `${errors.length} problem${errors.length === 1 ? '' : 's'} in content:\n${errors.map(formatProblem).join('\n')}`,
    );
    this.name = 'ContentError';
    this.problems = problems;
    // A mistake in content, not in the code: where it was thrown says nothing useful, so no stack trace.
    this.stack = `${this.name}: ${this.message}`;
  }
}
