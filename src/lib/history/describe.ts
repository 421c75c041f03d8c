// What a change says to a reader, as lines of plain text (the history pages, the Changes section and the feeds).
import { formatBytes, formatNumber } from '../format.ts';
import { translator, type Lang } from '../i18n.ts';
import type { DatasetChange, FieldChange, FileChange } from './model.ts';

/** Fields listed one by one; a commit that rewrote many says how many more. */
export const MAX_FIELDS = 8;

/** `title: Old → New`, `calls.csv replaced: 12 kB → 15 kB, 100 → 120 rows (+20)`, `Dataset published` … */
export function describeChange(change: DatasetChange, lang: Lang = 'en'): string[] {
  const t = translator(lang);
  const lines: string[] = [];
  if (change.kind === 'added') lines.push(t('history.kind.added'));
  if (change.kind === 'removed') lines.push(t('history.kind.removed'));
  if (change.unreadable) lines.push(t('history.metadata.unreadable'));
  const fields = change.fields.slice(0, MAX_FIELDS).map((f) => describeField(f, lang));
  const more = change.fields.length - MAX_FIELDS;
  if (more > 0) fields.push(t('history.field.more', { count: more }));
  lines.push(...fields, ...change.files.map((f) => describeFile(f, lang)));
  if (!lines.length) lines.push(t('history.metadata.reformatted'));
  return lines;
}

export function describeField(f: FieldChange, lang: Lang = 'en'): string {
  const t = translator(lang);
  const field = f.field;
  if (f.change === 'added')
    return f.after !== undefined
      ? t('history.field.addedValue', { field, after: f.after })
      : t('history.field.added', { field });
  if (f.change === 'removed') return t('history.field.removed', { field });
  if (f.before !== undefined && f.after !== undefined)
    return t('history.field.changedValue', { field, before: f.before, after: f.after });
  return t('history.field.changed', { field });
}

export function describeFile(f: FileChange, lang: Lang = 'en'): string {
  const t = translator(lang);
  const file = f.path;
  if (f.change === 'removed') return t('history.file.removed', { file });
  const size = f.bytesAfter !== undefined ? formatBytes(f.bytesAfter, lang) : undefined;
  if (f.change === 'added') {
    const facts = [
      size,
      f.rowsAfter !== undefined
        ? t('history.rows', { count: f.rowsAfter, rows: formatNumber(f.rowsAfter, lang) })
        : undefined,
    ];
    const known = facts.filter((x) => x !== undefined);
    return known.length
      ? t('history.file.addedFacts', { file, facts: known.join(', ') })
      : t('history.file.added', { file });
  }
  const facts: string[] = [];
  if (f.bytesBefore !== undefined && size !== undefined) facts.push(`${formatBytes(f.bytesBefore, lang)} → ${size}`);
  if (f.rowsBefore !== undefined && f.rowsAfter !== undefined) {
    const delta = f.rowsAfter - f.rowsBefore;
    facts.push(
      t('history.rowsChange', {
        count: f.rowsAfter,
        before: formatNumber(f.rowsBefore, lang),
        after: formatNumber(f.rowsAfter, lang),
        delta: delta > 0 ? `+${formatNumber(delta, lang)}` : delta < 0 ? `−${formatNumber(-delta, lang)}` : '±0',
      }),
    );
  }
  return facts.length
    ? t('history.file.replacedFacts', { file, facts: facts.join(', ') })
    : t('history.file.replaced', { file });
}
