// The opened preview: its tabs (rows and chart, summary, SQL), each started the first time it is shown, so
// opening the summary never downloads the rows' preview and the SQL engine loads only for its tab.
import { questionFromParams } from '../../lib/ask/question.ts';
import panelStyles from './panel.css?url';

type Starter = () => void;

/** The panel's stylesheet, added to the page when the first preview opens; resolves once it applies (or failed). */
function addStyles(): Promise<void> {
  if (document.querySelector(`link[href="${panelStyles}"]`)) return Promise.resolve();
  return new Promise((resolve) => {
    const sheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: panelStyles });
    sheet.onload = sheet.onerror = () => resolve();
    document.head.append(sheet);
  });
}

export async function openPanel(el: HTMLElement, first: string, link?: URLSearchParams): Promise<void> {
  await addStyles();
  const panel = el.querySelector<HTMLElement>('[data-panel]')!;
  panel.hidden = false;
  el.querySelector<HTMLElement>('[data-actions]')!.hidden = true;
  const started = new Set<string>();
  const starters: Record<string, Starter> = {
    rows: () =>
      void import('./app.ts').then(({ openPreview }) => {
        openPreview(el);
        if (first === 'rows') el.querySelector<HTMLElement>('[data-filter]')?.focus();
      }),
    ask: () =>
      void import('../ask/ask-panel.ts').then(async ({ openAsk }) => {
        await openAsk(el, link?.has('ask') ? questionFromParams(link) : undefined);
        if (first === 'ask' && !link) el.querySelector<HTMLElement>('[data-group="0"]')?.focus();
      }),
    sql: () => void import('../sql/app.ts').then(({ openSqlTab }) => openSqlTab(el, link?.get('query') ?? undefined)),
  };
  const start = (name: string) => {
    if (started.has(name)) return;
    started.add(name);
    starters[name]?.();
  };
  const tabs = [...el.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  if (!tabs.length) return start('rows');

  const select = (tab: HTMLButtonElement, focus: boolean) => {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      el.querySelector<HTMLElement>(`[data-tabpanel="${t.dataset['tab']}"]`)!.hidden = !on;
    }
    if (focus) tab.focus();
    start(tab.dataset['tab']!);
  };
  for (const [i, tab] of tabs.entries()) {
    tab.addEventListener('click', () => select(tab, false));
    // Arrow keys move between tabs and show each (the tabs' usual keyboard pattern); Home and End jump.
    tab.addEventListener('keydown', (e) => {
      const to =
        e.key === 'ArrowRight'
          ? (i + 1) % tabs.length
          : e.key === 'ArrowLeft'
            ? (i - 1 + tabs.length) % tabs.length
            : e.key === 'Home'
              ? 0
              : e.key === 'End'
                ? tabs.length - 1
                : -1;
      if (to < 0) return;
      e.preventDefault();
      select(tabs[to]!, true);
    });
  }
  select(tabs.find((t) => t.dataset['tab'] === first) ?? tabs[0]!, false);
}
