// The interactive preview, loaded only when a reader opens it: a windowed table that scrolls through every
// loaded row, sort by a column, filter by text, a chart of the reader's choosing and, for GeoJSON, a map.
// All parsing, sorting and filtering happen in the worker; this module only draws.
import type { ChartData, ChartSpec } from '../../lib/preview/aggregate.ts';
import { chartOf, suggestChart } from '../../lib/preview/aggregate.ts';
import { cleanPlot } from '../../lib/chart/clean-plot.ts';
import { describeChart, type DescriptionKind } from '../../lib/chart/describe.ts';
import { plotOptions } from '../../lib/chart/marks.ts';
import { axisNames } from '../../lib/chart/spec.ts';
import { chartTable } from '../../lib/chart/table.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import { fill } from '../../lib/fill.ts';

const ROW_HEIGHT = 32;
const OVERSCAN = 10;
const ROW_CAP = 200_000;

type Labels = Record<string, string>;
interface ColumnInfo {
  name: string;
  type: string;
  distinct: number;
}

export function openPreview(el: HTMLElement): void {
  const labels = JSON.parse(el.dataset['labels'] ?? '{}') as Labels;
  const columnsInfo = JSON.parse(el.dataset['columns'] ?? '[]') as ColumnInfo[];
  const format = (el.dataset['format'] ?? 'csv') as 'csv' | 'tsv' | 'geojson';
  const $ = <T extends Element>(sel: string) => el.querySelector<T>(sel)!;
  const status = $<HTMLElement>('[data-status]');
  const progress = $<HTMLProgressElement>('[data-progress]');
  const scroller = $<HTMLElement>('[data-scroll]');
  const head = $<HTMLTableRowElement>('[data-head]');
  const body = $<HTMLTableSectionElement>('[data-body]');
  const filter = $<HTMLInputElement>('[data-filter]');

  const worker = new Worker(new URL('./preview.worker.ts', import.meta.url), { type: 'module' });
  const send = (m: ToWorker) => worker.postMessage(m);
  let columns: string[] = [];
  let count = 0;
  let loading = true;
  let sort: { column: number; descending: boolean } | undefined;
  let request = 0;
  let drawn = '';

  const announce = (text: string) => {
    status.textContent = text;
  };

  function drawHeader(): void {
    head.replaceChildren(
      ...columns.map((name, i) => {
        const th = document.createElement('th');
        th.scope = 'col';
        th.setAttribute('aria-sort', sort?.column === i ? (sort.descending ? 'descending' : 'ascending') : 'none');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'sort';
        button.textContent = name;
        button.dataset['column'] = String(i);
        button.title = labels['sortBy'] ? fill(labels['sortBy'], { column: name }) : name;
        button.addEventListener('click', () => {
          sort =
            sort?.column === i
              ? sort.descending
                ? undefined
                : { column: i, descending: true }
              : { column: i, descending: false };
          drawHeader();
          refreshView();
        });
        th.append(button);
        return th;
      }),
    );
  }

  function refreshView(): void {
    send({ type: 'view', sort, filter: filter.value });
  }

  /** Asks the worker for the rows in view (plus some either side) and draws them between two spacers. */
  function drawRows(): void {
    const first = Math.max(0, Math.floor(scroller.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(count, Math.ceil((scroller.scrollTop + scroller.clientHeight) / ROW_HEIGHT) + OVERSCAN);
    const key = `${first}:${last}:${count}`;
    if (key === drawn) return;
    drawn = key;
    send({ type: 'rows', id: ++request, start: first, end: last });
  }

  function placeRows(start: number, rows: string[][]): void {
    const top = document.createElement('tr');
    top.setAttribute('aria-hidden', 'true');
    top.style.height = `${start * ROW_HEIGHT}px`;
    const bottom = document.createElement('tr');
    bottom.setAttribute('aria-hidden', 'true');
    bottom.style.height = `${Math.max(0, count - start - rows.length) * ROW_HEIGHT}px`;
    const trs = rows.map((r) => {
      const tr = document.createElement('tr');
      for (let i = 0; i < columns.length; i++) {
        const td = document.createElement('td');
        td.textContent = r[i] ?? '';
        tr.append(td);
      }
      return tr;
    });
    body.replaceChildren(top, ...trs, bottom);
  }

  let scrollScheduled = false;
  scroller.addEventListener('scroll', () => {
    if (scrollScheduled) return;
    scrollScheduled = true;
    requestAnimationFrame(() => {
      scrollScheduled = false;
      drawRows();
    });
  });
  let filterTimer: number | undefined;
  filter.addEventListener('input', () => {
    window.clearTimeout(filterTimer);
    filterTimer = window.setTimeout(refreshView, 200);
  });

  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const m = event.data;
    switch (m.type) {
      case 'header':
        columns = m.columns;
        drawHeader();
        setUpChart();
        break;
      case 'progress':
        progress.max = m.total || 1;
        progress.value = m.total ? m.loaded : 0;
        count = m.rows;
        if (!sort && !filter.value) {
          drawn = '';
          drawRows();
        }
        announce(fill(labels['loading'] ?? '{rows} rows loaded…', { rows: formatNumber(m.rows) }));
        break;
      case 'done':
        loading = false;
        progress.value = progress.max;
        progress.hidden = true;
        count = m.rows;
        drawn = '';
        drawRows();
        announce(
          m.capped
            ? fill(labels['capped'] ?? '', { rows: formatNumber(m.rows), cap: formatNumber(ROW_CAP) })
            : fill(labels['loaded'] ?? '{rows} rows', { rows: formatNumber(m.rows) }),
        );
        el.querySelector('[data-capped]')?.toggleAttribute('hidden', !m.capped);
        drawChart();
        break;
      case 'view':
        count = m.count;
        scroller.scrollTop = 0;
        drawn = '';
        drawRows();
        if (!loading) announce(fill(labels['shown'] ?? '{rows} rows', { rows: formatNumber(m.count) }));
        break;
      case 'rows':
        if (m.id === request) placeRows(m.start, m.rows);
        break;
      case 'chart':
        void renderChart(m.data);
        break;
      case 'features':
        void renderMap(m.geojson);
        break;
      case 'error':
        progress.hidden = true;
        announce(fill(labels['error'] ?? '{message}', { message: m.message }));
        el.querySelector('[data-failed]')?.removeAttribute('hidden');
        break;
    }
  };

  // ---- chart ------------------------------------------------------------------------------------------
  const kind = el.querySelector<HTMLSelectElement>('[data-chart-kind]');
  const xSelect = el.querySelector<HTMLSelectElement>('[data-chart-x]');
  const ySelect = el.querySelector<HTMLSelectElement>('[data-chart-y]');

  function setUpChart(): void {
    if (!kind || !xSelect || !ySelect) return;
    const options = (select: HTMLSelectElement, first?: [string, string]) => {
      select.replaceChildren(
        ...(first ? [new Option(first[1], first[0])] : []),
        ...columns.map((c, i) => new Option(c, String(i))),
      );
    };
    options(xSelect);
    options(ySelect, ['', labels['countRows'] ?? 'Count of rows']);
    const info = columns.map((c) => columnsInfo.find((x) => x.name === c));
    const suggestion = suggestChart(
      info.map((x) => x?.type ?? 'string'),
      info.map((x) => x?.distinct ?? 0),
    );
    if (suggestion) {
      kind.value = suggestion.kind;
      xSelect.value = String(suggestion.x);
      ySelect.value = suggestion.y === undefined ? '' : String(suggestion.y);
    }
    for (const s of [kind, xSelect, ySelect]) s.addEventListener('change', drawChart);
  }

  function drawChart(): void {
    if (!kind || !xSelect || !ySelect || loading) return;
    const spec: ChartSpec = {
      kind: kind.value as ChartSpec['kind'],
      x: Number(xSelect.value),
      ...(kind.value === 'line' && ySelect.value !== '' ? { y: Number(ySelect.value) } : {}),
    };
    ySelect.disabled = kind.value !== 'line';
    send({ type: 'chart', spec });
  }

  async function renderChart(data: ChartData): Promise<void> {
    const figure = el.querySelector<HTMLElement>('[data-chart]');
    const caption = el.querySelector<HTMLElement>('[data-chart-description]');
    const table = el.querySelector<HTMLTableElement>('[data-chart-table]');
    if (!figure || !caption || !table) return;
    const Plot = await import('@observablehq/plot');
    const { encoding, drawn } = chartOf(data, columns);
    const names = axisNames(encoding, labels['rows'] ?? 'rows');
    const description = describeChart(
      encoding,
      drawn,
      names,
      (kind, vars) => fill(labels[SENTENCES[kind]] ?? '', vars),
      formatNumber,
    );
    const svg = Plot.plot(
      plotOptions(Plot, encoding, drawn, names, formatNumber, { width: Math.max(280, figure.clientWidth || 640) }),
    );
    cleanPlot(svg, description);
    figure.replaceChildren(svg, caption);
    caption.textContent = description;
    const rowsTable = chartTable(encoding, drawn, names, formatNumber);
    const headRow = document.createElement('tr');
    for (const h of rowsTable.head)
      headRow.append(Object.assign(document.createElement('th'), { scope: 'col', textContent: h }));
    const thead = document.createElement('thead');
    thead.append(headRow);
    const tbody = document.createElement('tbody');
    for (const r of rowsTable.rows) {
      const tr = document.createElement('tr');
      for (const c of r) tr.append(Object.assign(document.createElement('td'), { textContent: c }));
      tbody.append(tr);
    }
    table.replaceChildren(thead, tbody);
    el.querySelector('[data-chart-section]')?.removeAttribute('hidden');
  }

  // ---- map --------------------------------------------------------------------------------------------
  async function renderMap(geojson: unknown): Promise<void> {
    const figure = el.querySelector<HTMLElement>('[data-map]');
    const colour = el.querySelector<HTMLSelectElement>('[data-map-color]');
    if (!figure || !colour) return;
    const Plot = await import('@observablehq/plot');
    const fc = geojson as {
      features: { properties: Record<string, unknown> | null; geometry: { type: string } | null }[];
    };
    colour.replaceChildren(new Option(labels['noColour'] ?? 'One colour', ''), ...columns.map((c) => new Option(c, c)));
    const draw = () => {
      const prop = colour.value;
      const svg = Plot.plot({
        width: Math.max(280, figure.clientWidth || 640),
        projection: { type: 'mercator', domain: geojson as never },
        color: prop ? { legend: true, label: prop } : {},
        marks: [
          Plot.geo(fc.features, {
            fill: prop ? (d: { properties: Record<string, unknown> }) => d.properties?.[prop] : '#9ecae1',
            stroke: '#1b1f24',
            strokeWidth: 0.5,
            r: 2,
          }),
        ],
      });
      const types = [...new Set(fc.features.map((f) => f.geometry?.type ?? 'none'))].join(', ');
      const text = fill(labels['mapDescription'] ?? '', {
        count: formatNumber(fc.features.length),
        types,
        colour: prop || '—',
      });
      cleanPlot(svg, text);
      figure.replaceChildren(svg, Object.assign(document.createElement('figcaption'), { textContent: text }));
    };
    colour.addEventListener('change', draw);
    draw();
    el.querySelector('[data-map-section]')?.removeAttribute('hidden');
  }

  drawRows();
  send({
    type: 'load',
    src: el.dataset['src']!,
    format,
    delimiter: el.dataset['delimiter'] || undefined,
    encoding: el.dataset['encoding'] || undefined,
    cap: ROW_CAP,
  });
}

/** The preview's sentences (labels from the page, in its language) for each kind of chart description. */
const SENTENCES: Record<DescriptionKind, string> = {
  line: 'describeLine',
  bar: 'describeBar',
  histogram: 'describeHistogram',
  empty: 'chartEmpty',
  // The preview draws no dot or area charts.
  dot: 'describeLine',
  area: 'describeLine',
};

/** Numbers as the build writes them for the page's language (the locale Base.astro puts on <html>). */
function formatNumber(n: number): string {
  return n.toLocaleString(document.documentElement.dataset['locale'] ?? document.documentElement.lang);
}
