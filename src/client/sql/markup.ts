// The SQL tab's panel, built when the tab opens from the texts of the page's language and the dataset's tables
// (the previews on the page say each table's name, file, dialect and columns): the query box, Run, Cancel and
// Download, the status, the result, and the list of tables and their columns.
import { exampleQuery, quoteIdentifier } from '../../lib/sql/names.ts';
import { h } from '../dom.ts';
import type { Table } from './engine.ts';

/** The dataset's tables, this preview's first: every CSV or TSV preview on the page is one. */
export function pageTables(current: HTMLElement): Table[] {
  const previews = [...document.querySelectorAll<HTMLElement>('cdc-preview[data-table]')].filter((p) =>
    /^(csv|tsv)$/.test(p.dataset['format'] ?? ''),
  );
  return [current, ...previews.filter((p) => p !== current)]
    .filter((p) => previews.includes(p))
    .map((p) => ({
      name: p.dataset['table']!,
      href: p.dataset['src']!,
      delimiter: p.dataset['delimiter'] || (p.dataset['format'] === 'tsv' ? '\t' : ','),
      encoding: p.dataset['encoding'] || undefined,
      missingValues: p.dataset['missing'] ? (JSON.parse(p.dataset['missing']) as string[]) : undefined,
      columns: (JSON.parse(p.dataset['columns'] ?? '[]') as { name: string; type: string }[]).map((c) => ({
        name: c.name,
        type: c.type,
      })),
    }));
}

export function sqlMarkup(id: string, tables: Table[], text: (key: string) => string): HTMLElement {
  const code = (name: string) => h('code', {}, quoteIdentifier(name));
  const query = h('textarea', {
    id: `${id}-sql-query`,
    'data-query': true,
    rows: 6,
    spellcheck: 'false',
    autocapitalize: 'off',
    autocomplete: 'off',
    'aria-describedby': `${id}-sql-hint`,
  });
  query.value = exampleQuery(tables[0]?.name ?? 'data');
  return h(
    'div',
    { class: 'sql' },
    h('label', { for: `${id}-sql-query` }, text('query')),
    h('p', { class: 'hint', id: `${id}-sql-hint` }, text('hint')),
    query,
    h(
      'div',
      { class: 'sql-actions' },
      h('button', { type: 'button', 'data-run': true }, text('run')),
      h('button', { type: 'button', 'data-cancel': true, disabled: true }, text('cancel')),
      h('button', { type: 'button', 'data-download': true, hidden: true }, text('download')),
    ),
    h('p', { role: 'status', 'aria-live': 'polite', 'data-status': true }),
    h('progress', { 'data-progress': true, max: 1, value: 0, hidden: true, 'aria-label': text('progress') }),
    h('div', { 'data-error': true, role: 'alert', class: 'notice', hidden: true }),
    h(
      'div',
      {
        class: 'sql-result',
        'data-result': true,
        tabindex: 0,
        role: 'region',
        'aria-labelledby': `${id}-sql-caption`,
        hidden: true,
      },
      h(
        'table',
        {},
        h('caption', { id: `${id}-sql-caption`, 'data-caption': true }),
        h('thead', {}, h('tr', { 'data-head': true })),
        h('tbody', { 'data-body': true }),
      ),
    ),
    h('h5', { id: `${id}-sql-tables` }, text('tables')),
    h(
      'ul',
      { class: 'sql-tables', 'aria-labelledby': `${id}-sql-tables`, 'data-tables-list': true },
      ...tables.map((t) =>
        h(
          'li',
          { 'data-table-name': t.name },
          code(t.name),
          ' (',
          h('a', { href: t.href }, text('file')),
          '): ',
          ...t.columns.flatMap((c, i) => [
            ...(i > 0 ? [', '] : []),
            code(c.name),
            ' ',
            h('span', { class: 'hint', 'data-column': c.name }, c.type),
          ]),
        ),
      ),
    ),
  );
}
