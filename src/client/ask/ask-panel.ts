// The summary tab, loaded when a reader opens it: fills the form's column lists, starts the worker that reads
// every row, sends questions, and draws each answer as a sentence, a chart (with its text description) and a
// table, with a CSV download and a link that asks the same question again. The question lives in the URL.
import Papa from 'papaparse';
import type { Answer } from '../../lib/ask/answer.ts';
import { answerChart } from '../../lib/ask/chart.ts';
import { askHash, type AskProblem, type Question } from '../../lib/ask/question.ts';
import { profileKinds } from '../../lib/ask/table.ts';
import { cleanPlot } from '../../lib/chart/clean-plot.ts';
import { describeChart } from '../../lib/chart/describe.ts';
import { plotOptions } from '../../lib/chart/marks.ts';
import { fillForm, readForm, setUpForm } from './ask-form.ts';
import { answerLabels } from '../../lib/ask/labels.ts';
import type { FromAskWorker, ToAskWorker } from './protocol.ts';
import { askMarkup, conditionItem } from './ask-markup.ts';
import { fill } from '../../lib/fill.ts';
import { tabTexts } from '../ui-texts.ts';

/** Opens the tab: its texts come from /ui/<lang>.json, so the page carries none of them. */
export async function openAsk(el: HTMLElement, linked?: Question): Promise<void> {
  const $ = <T extends Element>(sel: string) => el.querySelector<T>(sel)!;
  const texts = await tabTexts(el, 'ask');
  if (!texts) return;
  const { panel, labels } = texts;
  const text = (key: string, vars: Record<string, string | number> = {}) => fill(labels[key] ?? key, vars);
  panel.replaceChildren(askMarkup(panel.id, $('h4').textContent ?? '', text));
  const form = $<HTMLFormElement>('[data-ask]');
  const status = $<HTMLElement>('[data-ask-status]');
  const progress = $<HTMLProgressElement>('[data-ask-progress]');
  const problem = $<HTMLElement>('[data-ask-problem]');
  const cancel = $<HTMLButtonElement>('[data-cancel]');
  const locale = document.documentElement.dataset['locale'] ?? document.documentElement.lang;
  const profile = JSON.parse(el.dataset['columns'] ?? '[]') as { name: string; type: string }[];
  const kinds = profileKinds(profile);
  const form$ = setUpForm(
    form,
    profile.map((c) => c.name),
    (name) => kinds[name],
    () => conditionItem(text),
    (op) => text(`op.${op}`),
  );
  if (linked) fillForm(form$, linked);
  const words = answerLabels(labels, locale);
  // Plot loads (and its module runs) while the file downloads, not after the first answer arrives.
  const plotModule = import('@observablehq/plot');

  let worker: Worker | undefined;
  let ready = false;
  let pending: Question | undefined = linked;
  let asked = 0;
  let last: Question | undefined;

  const say = (text: string) => {
    status.textContent = text;
  };
  const showProblems = (texts: string[]) => {
    problem.hidden = texts.length === 0;
    problem.replaceChildren(...texts.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
  };
  const problemText = (p: AskProblem): string =>
    text(`problem.${p.problem}`, {
      ...p,
      ...('measure' in p ? { measure: labels[`measure.${p.measure}`] ?? p.measure } : {}),
      limit: 'limit' in p ? p.limit.toLocaleString(locale) : '',
      columns: profile.map((c) => c.name).join(', '),
    });

  function start(): void {
    ready = false;
    try {
      worker = new Worker(new URL('./ask.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      showProblems([text('problem.no-engine')]);
      return;
    }
    const send = (m: ToAskWorker) => worker!.postMessage(m);
    worker.onmessage = (event: MessageEvent<FromAskWorker>) => receive(event.data);
    progress.hidden = false;
    progress.value = 0;
    cancel.hidden = false;
    send({
      type: 'load',
      src: el.dataset['src']!,
      delimiter: el.dataset['delimiter'] || undefined,
      encoding: el.dataset['encoding'] || undefined,
      kinds,
      parquet: el.dataset['parquet'] || undefined,
    });
  }

  function ask(q: Question): void {
    last = q;
    showProblems([]);
    worker!.postMessage({ type: 'ask', id: ++asked, question: q } satisfies ToAskWorker);
  }

  function receive(m: FromAskWorker): void {
    switch (m.type) {
      case 'progress': {
        progress.max = m.total || 1;
        progress.value = m.total ? m.loaded : 0;
        const percent = m.total ? (m.loaded / m.total).toLocaleString(locale, { style: 'percent' }) : '…';
        say(text('loading', { rows: m.rows.toLocaleString(locale), percent }));
        break;
      }
      case 'ready':
        ready = true;
        progress.hidden = true;
        cancel.hidden = true;
        for (const c of m.columns) kinds[c.name] = c.kind;
        form$.refresh();
        say(text('ready', { rows: m.rows.toLocaleString(locale) }));
        if (pending) ask(pending);
        pending = undefined;
        break;
      case 'answer':
        if (m.id === asked && last) show(last, m.answer);
        break;
      case 'problems':
        if (m.id === asked) showProblems(m.problems.map(problemText));
        break;
      case 'too-heavy':
        stop();
        showProblems([text('problem.too-heavy')]);
        break;
      case 'failed':
        stop();
        say(text('failed', { message: m.message }));
        break;
    }
  }

  function stop(): void {
    worker?.terminate();
    worker = undefined;
    ready = false;
    progress.hidden = true;
    cancel.hidden = true;
  }

  function show(q: Question, a: Answer): void {
    const heading = words.heading(q, form$.opLabel);
    $<HTMLElement>('[data-ask-heading]').textContent = heading;
    say(
      text('answered', {
        matched: a.matched.toLocaleString(locale),
        total: a.total.toLocaleString(locale),
        groups: a.rows.length.toLocaleString(locale),
      }),
    );
    const head = [...a.groups.map((g) => words.groupName(g)), words.measureName(q)];
    const cells = a.rows.map((r) => [...r.keys.map((k, i) => words.key(a.groups[i]!, k)), words.value(a, r.value)]);
    drawTable(head, cells, heading);
    void drawChart(a, head, heading);
    const csv = Papa.unparse({
      fields: head,
      data: a.rows.map((r) => [...r.keys, Number.isNaN(r.value) ? '' : r.value]),
    });
    const download = $<HTMLAnchorElement>('[data-ask-download]');
    if (download.href.startsWith('blob:')) URL.revokeObjectURL(download.href);
    download.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    download.download = `${el.dataset['table'] ?? 'answer'}-summary.csv`;
    const hash = askHash(el.dataset['table'] ?? '', q);
    $<HTMLAnchorElement>('[data-ask-link]').href = hash;
    history.replaceState(null, '', hash);
    $<HTMLElement>('[data-ask-result]').hidden = false;
  }

  function drawTable(head: string[], cells: string[][], caption: string): void {
    const table = $<HTMLTableElement>('[data-ask-table]');
    const row = (texts: string[], cell: 'th' | 'td') => {
      const tr = document.createElement('tr');
      texts.forEach((text, i) => {
        const c = document.createElement(i < head.length - 1 && cell === 'td' ? 'th' : cell);
        c.textContent = text;
        if (c.tagName === 'TH') c.setAttribute('scope', cell === 'th' ? 'col' : 'row');
        tr.append(c);
      });
      return tr;
    };
    const thead = document.createElement('thead');
    thead.append(row(head, 'th'));
    const tbody = document.createElement('tbody');
    tbody.append(...cells.map((c) => row(c, 'td')));
    table.replaceChildren(Object.assign(document.createElement('caption'), { textContent: caption }), thead, tbody);
  }

  async function drawChart(a: Answer, head: string[], heading: string): Promise<void> {
    const figure = $<HTMLElement>('[data-ask-chart]');
    const caption = $<HTMLElement>('[data-ask-description]');
    const names = { x: head[0] ?? '', y: head[head.length - 1]! };
    const chart = answerChart(a, names, (i, key) => words.key(a.groups[i]!, key));
    if (!chart) {
      figure.replaceChildren(caption);
      caption.textContent =
        a.groups.length === 0 ? text('describeOne', { value: words.value(a, a.rows[0]?.value ?? NaN) }) : heading;
      return;
    }
    const Plot = await plotModule;
    const description = describeChart(chart.encoding, chart.drawn, names, words.describe, words.number);
    const svg = Plot.plot(
      plotOptions(Plot, chart.encoding, chart.drawn, names, words.number, {
        width: Math.max(280, figure.clientWidth || 640),
      }),
    );
    cleanPlot(svg, description);
    caption.textContent = description;
    figure.replaceChildren(svg, caption);
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = readForm(form$);
    if (ready) return ask(q);
    pending = q;
    if (!worker) start();
  });
  cancel.addEventListener('click', () => {
    stop();
    pending = undefined;
    say(text('cancelled'));
  });
  start();
}
