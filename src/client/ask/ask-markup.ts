// The Summarise tab's form and answer area, built when the tab opens from the texts of the page's language
// (/ui/<lang>.json): group by one or two columns, measure another, keep the rows that meet some conditions, sort.
import { BINS, MEASURES, OPERATORS, SORTS } from '../../lib/ask/question.ts';
import { h } from '../dom.ts';

type Text = (key: string, vars?: Record<string, string>) => string;

const select = (attributes: Record<string, string | boolean | undefined>, options: [string, string][]) =>
  h('select', attributes, ...options.map(([value, label]) => new Option(label, value)));

/** One condition: column, test, value, and a button that removes it. Its controls are labelled by wrapping. */
export function conditionItem(text: Text): HTMLLIElement {
  return h(
    'li',
    { class: 'ask-line' },
    h('label', {}, text('whereColumn'), ' ', h('select', { 'data-where-column': true })),
    h(
      'label',
      {},
      text('whereOp'),
      ' ',
      select(
        { 'data-where-op': true },
        OPERATORS.map((o) => [o, text(`op.${o}`)]),
      ),
    ),
    h('label', {}, text('whereValue'), ' ', h('input', { type: 'text', 'data-where-value': true })),
    h('button', { type: 'button', 'data-remove-condition': true }, text('removeCondition')),
  );
}

export function askMarkup(id: string, title: string, text: Text): DocumentFragment {
  const line = (...children: Node[]) => h('div', { class: 'ask-line' }, ...children);
  const label = (target: string, key: string) => h('label', { for: `${id}-${target}` }, text(key));
  const groups = [0, 1].map((i) =>
    line(
      label(`group-${i}`, i === 0 ? 'groupFirst' : 'groupThen'),
      select({ id: `${id}-group-${i}`, 'data-group': String(i) }, [['', text('groupNone')]]),
      label(`bin-${i}`, 'bin'),
      select({ id: `${id}-bin-${i}`, 'data-bin': String(i), disabled: true }, [
        ['', text('binNone')],
        ...BINS.map((b): [string, string] => [b, text(`bin.${b}`)]),
      ]),
    ),
  );
  const form = h(
    'form',
    { class: 'ask', 'data-ask': true },
    h('p', { class: 'hint' }, text('intro')),
    h('fieldset', {}, h('legend', {}, text('group')), ...groups),
    h(
      'fieldset',
      {},
      h('legend', {}, text('measureLegend')),
      line(
        label('measure', 'measureLabel'),
        select(
          { id: `${id}-measure`, 'data-measure': true },
          MEASURES.map((m) => [m, text(`measure.${m}`)]),
        ),
        label('of', 'of'),
        h('select', { id: `${id}-of`, 'data-of': true, disabled: true }),
      ),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, text('where')),
      h('ul', { class: 'ask-conditions', 'data-conditions': true }),
      h('button', { type: 'button', 'data-add-condition': true }, text('addCondition')),
    ),
    line(
      label('sort', 'sort'),
      select(
        { id: `${id}-sort`, 'data-sort': true },
        SORTS.map((s) => [s, text(`sort.${s}`)]),
      ),
    ),
    h(
      'p',
      { class: 'ask-actions' },
      h('button', { type: 'submit', class: 'button' }, text('run')),
      h('button', { type: 'button', 'data-cancel': true, hidden: true }, text('cancel')),
    ),
  );
  const answer = `${id}-answer`;
  const fragment = document.createDocumentFragment();
  fragment.append(
    form,
    h('p', { role: 'status', 'aria-live': 'polite', 'data-ask-status': true }),
    h('progress', {
      'data-ask-progress': true,
      hidden: true,
      max: 1,
      value: 0,
      'aria-label': text('progress', { title }),
    }),
    h('div', { class: 'notice', role: 'alert', 'data-ask-problem': true, hidden: true }),
    h(
      'section',
      // Not a landmark of its own: the table's scrolling region is the one named by the answer's heading.
      { class: 'ask-result', 'data-ask-result': true, hidden: true },
      h('h5', { id: answer, 'data-ask-heading': true }),
      h('figure', { class: 'chart', 'data-ask-chart': true }, h('figcaption', { 'data-ask-description': true })),
      h(
        'div',
        { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-labelledby': answer },
        h('table', { 'data-ask-table': true }),
      ),
      h(
        'p',
        {},
        h('a', { href: '#', 'data-ask-download': true }, text('download')),
        ' · ',
        h('a', { href: '#', 'data-ask-link': true }, text('link')),
      ),
    ),
  );
  return fragment;
}
