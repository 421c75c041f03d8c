// The summary form: its column lists, which controls apply (dates can be binned; only measures other than the
// number of rows need a column), its conditions, and the question it stands for (read from it, or put into it).
import {
  MAX_GROUPS,
  type Condition,
  type Grouping,
  type Measure,
  type Operator,
  type Question,
  type Sort,
} from '../../lib/ask/question.ts';
import type { Bin } from '../../lib/stories/query.ts';
import type { ColumnKind } from '../../lib/ask/table.ts';

export interface AskForm {
  form: HTMLFormElement;
  groups: HTMLSelectElement[];
  bins: HTMLSelectElement[];
  measure: HTMLSelectElement;
  of: HTMLSelectElement;
  sort: HTMLSelectElement;
  conditions: HTMLElement;
  columns: string[];
  /** Enables and disables controls after the column kinds change (the worker reads them from the file). */
  refresh(): void;
  addCondition(c?: Condition): void;
  /** An operator's words, as the form's own list writes them. */
  opLabel(op: Operator): string;
}

const options = (select: HTMLSelectElement, columns: string[]) =>
  select.append(...columns.map((c) => new Option(c, c)));

export function setUpForm(
  form: HTMLFormElement,
  columns: string[],
  kindOf: (column: string) => ColumnKind | undefined,
): AskForm {
  const $$ = (sel: string) => [...form.querySelectorAll<HTMLSelectElement>(sel)];
  const template = form.querySelector<HTMLTemplateElement>('[data-condition]')!;
  const f: AskForm = {
    form,
    groups: $$('[data-group]'),
    bins: $$('[data-bin]'),
    measure: form.querySelector('[data-measure]')!,
    of: form.querySelector('[data-of]')!,
    sort: form.querySelector('[data-sort]')!,
    conditions: form.querySelector('[data-conditions]')!,
    columns,
    refresh() {
      f.groups.forEach((g, i) => {
        const bin = f.bins[i]!;
        bin.disabled = kindOf(g.value) !== 'date';
        if (bin.disabled) bin.value = '';
      });
      f.of.disabled = f.measure.value === 'count';
    },
    addCondition(c) {
      const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
      const column = item.querySelector<HTMLSelectElement>('[data-where-column]')!;
      options(column, columns);
      if (c) {
        column.value = c.column;
        item.querySelector<HTMLSelectElement>('[data-where-op]')!.value = c.op;
        item.querySelector<HTMLInputElement>('[data-where-value]')!.value = c.value;
      }
      item.querySelector('[data-remove-condition]')!.addEventListener('click', () => {
        item.remove();
        form.querySelector<HTMLButtonElement>('[data-add-condition]')!.focus();
      });
      f.conditions.append(item);
      if (!c) column.focus();
    },
    opLabel(op) {
      const o = template.content.querySelector<HTMLSelectElement>('[data-where-op]')!;
      return [...o.options].find((x) => x.value === op)?.text ?? op;
    },
  };
  for (const g of f.groups) options(g, columns);
  options(f.of, columns);
  for (const s of [...f.groups, f.measure]) s.addEventListener('change', () => f.refresh());
  form.querySelector('[data-add-condition]')!.addEventListener('click', () => f.addCondition());
  f.refresh();
  return f;
}

/** Puts a question (from a link) into the form; a column the file lacks stays named, so the engine can say so. */
export function fillForm(f: AskForm, q: Question): void {
  const choose = (select: HTMLSelectElement, value: string) => {
    if (value && ![...select.options].some((o) => o.value === value)) select.append(new Option(value, value));
    select.value = value;
  };
  f.groups.forEach((g, i) => choose(g, q.group[i]?.column ?? ''));
  f.refresh();
  f.bins.forEach((b, i) => {
    const bin = q.group[i]?.bin ?? '';
    // A bin on a column not known to hold dates is kept so the engine can explain why it cannot be used.
    if (bin) b.disabled = false;
    b.value = bin;
  });
  f.measure.value = q.measure;
  if (q.of) choose(f.of, q.of);
  f.of.disabled = q.measure === 'count';
  f.sort.value = q.sort;
  for (const c of q.where) f.addCondition(c);
}

export function readForm(f: AskForm): Question {
  const group: Grouping[] = [];
  for (let i = 0; i < MAX_GROUPS; i++) {
    const column = f.groups[i]?.value;
    const bin = f.bins[i]?.disabled ? '' : f.bins[i]?.value;
    if (column) group.push({ column, ...(bin ? { bin: bin as Bin } : {}) });
  }
  const measure = f.measure.value as Measure;
  const where = [...f.conditions.children].map((item) => ({
    column: item.querySelector<HTMLSelectElement>('[data-where-column]')!.value,
    op: item.querySelector<HTMLSelectElement>('[data-where-op]')!.value as Operator,
    value: item.querySelector<HTMLInputElement>('[data-where-value]')!.value,
  }));
  return {
    group,
    measure,
    ...(measure !== 'count' && f.of.value ? { of: f.of.value } : {}),
    where,
    sort: f.sort.value as Sort,
  };
}
