// The SQL panel, loaded when its tab first opens: starts the engine, loads every row of every table with
// progress, runs the reader's queries (Run, or Ctrl+Enter in the query box), shows the first rows of the result,
// and explains what went wrong in words a reader can act on. Cancel stops a download or a query.
import { explainSqlError } from '../../lib/sql/errors.ts';
import { EngineUnavailable, SqlEngine, type Table } from './engine.ts';
import { pageTables, sqlMarkup } from './markup.ts';
import { fill } from '../../lib/fill.ts';
import { tabTexts } from '../ui-texts.ts';
import { saveFile } from '../dom.ts';

/** Rows drawn in the result table; the download has them all. */
const SHOWN_ROWS = 1000;
/** The status line says how far a download is at most this often, so screen readers are not flooded. */
const PROGRESS_MS = 1000;

/** How long a cancelled query may take to stop before the engine is ended. */
const CANCEL_GRACE_MS = 1000;

type Labels = Record<string, string>;

/** `work`, or an AbortError as soon as `signal` aborts (an ended worker never answers). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(new DOMException('Cancelled', 'AbortError'));
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject);
  });
}

/** Opens the SQL tab of a preview: its texts come from /ui/<lang>.json and its tables from the page's previews. */
export async function openSqlTab(preview: HTMLElement, linked?: string): Promise<void> {
  const texts = await tabTexts(preview, 'sql');
  if (!texts) return;
  const { panel, labels } = texts;
  const tables = pageTables(preview);
  const el = sqlMarkup(panel.id, tables, (k) => labels[k] ?? k);
  panel.replaceChildren(el);
  openSql(el, tables, labels, linked);
}

/** `linked`: a query from a link (`#sql=<table>&query=…`), run at once. */
function openSql(el: HTMLElement, tables: Table[], labels: Labels, linked?: string): void {
  const $ = <T extends Element>(sel: string) => el.querySelector<T>(sel)!;
  const query = $<HTMLTextAreaElement>('[data-query]');
  const run = $<HTMLButtonElement>('[data-run]');
  const cancel = $<HTMLButtonElement>('[data-cancel]');
  const download = $<HTMLButtonElement>('[data-download]');
  const status = $<HTMLElement>('[data-status]');
  const progress = $<HTMLProgressElement>('[data-progress]');
  const error = $<HTMLElement>('[data-error]');
  const result = $<HTMLElement>('[data-result]');
  const caption = $<HTMLElement>('[data-caption]');
  const head = $<HTMLTableRowElement>('[data-head]');
  const body = $<HTMLTableSectionElement>('[data-body]');
  const locale = document.documentElement.lang || 'en';
  const number = (n: number) => n.toLocaleString(locale);
  const say = (key: string, vars: Record<string, string | number> = {}) => fill(labels[key] ?? key, vars);

  let engine: Promise<SqlEngine> | undefined;
  /** The engine once every table is loaded. */
  let engineReady: SqlEngine | undefined;
  let aborter: AbortController | undefined;
  let running = false;
  /** Set by Cancel while a query runs: whatever the query still returns is not shown. */
  let stopped = false;
  let lastQuery = '';

  const busy = (on: boolean) => {
    cancel.disabled = !on;
    if (!on && document.activeElement === cancel) run.focus();
  };

  const fail = (text: string, showList = false) => {
    error.replaceChildren(
      ...text.split('\n').map((line) => Object.assign(document.createElement('p'), { textContent: line })),
    );
    error.hidden = false;
    if (showList) el.querySelector('[data-tables-list]')?.scrollIntoView({ block: 'nearest' });
  };

  /** Starts the engine and loads every table, once; a cancelled or failed start is tried again on the next Run. */
  function ready(): Promise<SqlEngine> {
    if (!engine) {
      aborter = new AbortController();
      engine = untilAborted(start(aborter.signal), aborter.signal);
      engine.catch(() => (engine = undefined));
    }
    return engine;
  }

  /** Ends the engine, its worker and its tables; the next Run starts it again. */
  function endEngine(): void {
    aborter?.abort();
    engine = undefined;
    engineReady = undefined;
  }

  async function start(signal: AbortSignal): Promise<SqlEngine> {
    busy(true);
    status.textContent = say('starting');
    const started = await SqlEngine.start(signal);
    const stop = () => void started.stop();
    if (signal.aborted) stop();
    signal.addEventListener('abort', stop, { once: true });
    signal.throwIfAborted();
    let rows = 0;
    for (const table of tables) {
      let said = 0;
      progress.hidden = false;
      progress.removeAttribute('value');
      rows += await started.load(table, signal, {
        downloading(loaded, total) {
          if (total) progress.value = loaded / total;
          const now = performance.now();
          if (now - said < PROGRESS_MS) return;
          said = now;
          const mb = (bytes: number) => number(Math.round(bytes / 1e5) / 10);
          status.textContent = total
            ? say('loading', { table: table.name, loaded: mb(loaded), total: mb(total) })
            : say('loadingSize', { table: table.name, loaded: mb(loaded) });
        },
        reading() {
          progress.removeAttribute('value');
          status.textContent = say('reading', { table: table.name });
        },
      });
      // The list shows each column's type as SQL sees it (the file's dates may be text to the engine).
      for (const c of await started.columns(table.name)) {
        const type = el.querySelector(
          `[data-table-name="${CSS.escape(table.name)}"] [data-column="${CSS.escape(c.name)}"]`,
        );
        if (type) type.textContent = c.type;
      }
    }
    progress.hidden = true;
    status.textContent = say('ready', { tables: tables.map((t) => t.name).join(', '), rows: number(rows) });
    engineReady = started;
    return started;
  }

  async function runQuery(): Promise<void> {
    const sql = query.value.trim();
    if (running) return;
    error.hidden = true;
    if (!sql) return fail(say('error.empty'));
    running = true;
    stopped = false;
    busy(true);
    try {
      const db = await ready();
      status.textContent = say('running');
      const started = performance.now();
      const answer = await untilAborted(db.query(sql, SHOWN_ROWS), aborter!.signal);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (stopped) {
        status.textContent = say('cancelled');
        return;
      }
      lastQuery = sql;
      // The query lives in the page's address, so a link runs it again.
      history.replaceState(
        null,
        '',
        `#sql=${encodeURIComponent(tables[0]?.name ?? '')}&query=${encodeURIComponent(sql)}`,
      );
      draw(answer.columns, answer.rows);
      caption.textContent = say('caption', { rows: number(answer.count) });
      status.textContent =
        answer.count > answer.rows.length
          ? say('shown', { shown: number(answer.rows.length), rows: number(answer.count), seconds })
          : say('done', { rows: number(answer.count), seconds });
      download.hidden = false;
    } catch (e) {
      if (stopped) status.textContent = say('cancelled');
      else explain(e);
    } finally {
      running = false;
      progress.hidden = true;
      busy(false);
    }
  }

  function explain(e: unknown): void {
    if (e instanceof EngineUnavailable) {
      status.textContent = '';
      return fail(say('error.engine'), true);
    }
    if (e instanceof DOMException && e.name === 'AbortError') {
      status.textContent = say('cancelled');
      return;
    }
    const message = e instanceof Error ? e.message : String(e);
    if (!engineReady) {
      status.textContent = '';
      return fail(say('error.load', { message }), true);
    }
    const problem = explainSqlError(message);
    status.textContent = '';
    const known = (name: string | undefined) =>
      name !== undefined && tables.some((t) => t.name === name || t.columns.some((c) => c.name === name));
    switch (problem.kind) {
      case 'cancelled':
        status.textContent = say('cancelled');
        return;
      case 'heavy':
        return fail(say('error.heavy'));
      case 'column':
      case 'table':
        return fail(
          say(`error.${problem.kind}`, { name: problem.name }) +
            (known(problem.suggestion) ? `\n${say('error.suggestion', { name: problem.suggestion! })}` : ''),
          true,
        );
      default:
        return fail(say('error.other', { message: problem.message }));
    }
  }

  function draw(columns: string[], rows: string[][]): void {
    head.replaceChildren(
      ...columns.map((name) => Object.assign(document.createElement('th'), { scope: 'col', textContent: name })),
    );
    body.replaceChildren(
      ...rows.map((row) => {
        const tr = document.createElement('tr');
        tr.append(...row.map((cell) => Object.assign(document.createElement('td'), { textContent: cell })));
        return tr;
      }),
    );
    result.hidden = false;
  }

  run.addEventListener('click', () => void runQuery());
  if (linked) {
    query.value = linked;
    void runQuery();
  }
  query.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void runQuery();
    }
  });
  cancel.addEventListener('click', () => {
    const db = engineReady;
    if (!db || !running) return endEngine();
    stopped = true;
    void db.cancel();
    // The engine looks for a cancel between the steps of a query: one that does not stop soon is ended with its
    // worker, and the tables load again at the next Run.
    setTimeout(() => {
      if (running && engineReady === db) endEngine();
    }, CANCEL_GRACE_MS);
  });
  download.addEventListener('click', async () => {
    if (!engineReady || !lastQuery) return;
    error.hidden = true;
    try {
      saveFile(await engineReady.csv(lastQuery), 'result.csv');
    } catch (e) {
      explain(e);
    }
  });

  ready().then(
    () => busy(running),
    (e: unknown) => {
      busy(false);
      explain(e);
    },
  );
}
