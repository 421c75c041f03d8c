// <cdc-search>: live search on /search/ with Pagefind's JavaScript API. The form works without this script
// (it submits to /search/); with it, results appear as you type, filters narrow them with counts, and the
// query, filters and sort live in the URL so a search can be shared and the back button works. The filters
// themselves are drawn by search-filters.ts.
import { FacetGroup, FiltersToggle } from './search-filters.ts';
import { fill } from '../lib/fill.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  /** Counts with the current filters, for the filters whose index is loaded. */
  filters: Record<string, Record<string, number>>;
  /** Counts without the filters (for a search of everything: every value the index knows). */
  totalFilters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindSearch | null>;
  preload(term: string | null, options?: Record<string, unknown>): Promise<void>;
}

const PAGE = 10;
/** Results painted first; the rest of the page follows once they are on screen (each result is a fetch). */
const FIRST_PAINT = 5;
const DEBOUNCE_MS = 150;

interface State {
  q: string;
  filters: Record<string, string[]>;
  sort: 'relevance' | 'updated';
}

class CdcSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #groups: FacetGroup[] = [];
  #toggle: FiltersToggle | undefined;
  #labels: Record<string, string> = {};
  #timer: number | undefined;
  #generation = 0;
  #shown = 0;
  #search: PagefindSearch | undefined;
  /** Every value of each filter whose index is loaded (a filter's index loads when it is first shown open). */
  #known: Record<string, string[]> = {};
  /** What is being searched: the one source of truth, mirrored in the URL and the form. */
  #state: State = { q: '', filters: {}, sort: 'relevance' };

  connectedCallback(): void {
    this.#labels = JSON.parse(this.dataset['labels'] ?? '{}') as Record<string, string>;
    const text = (key: string, vars?: Record<string, number>) => this.#label(key, vars);
    this.#groups = [...this.querySelectorAll<HTMLElement>('[data-facet-group]')].map(
      (el) =>
        new FacetGroup(
          el,
          text,
          () => this.#commit(true),
          () => void this.#counts(this.#state, this.#generation),
        ),
    );
    const toggle = this.querySelector<HTMLButtonElement>('[data-filters-toggle]');
    if (toggle) this.#toggle = new FiltersToggle(toggle, text);
    const input = this.#input();
    this.querySelector('form')?.addEventListener('submit', (e) => {
      e.preventDefault();
      this.#commit(true);
    });
    input.addEventListener('focus', () => void this.#load(), { once: true });
    input.addEventListener('input', () => {
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => this.#commit(false), DEBOUNCE_MS);
    });
    this.#sortSelect()?.addEventListener('change', () => this.#commit(true));
    this.querySelector('[data-more]')?.addEventListener('click', () => void this.#showMore(PAGE));
    this.querySelector('[data-clear]')?.addEventListener('click', () => {
      this.#state.filters = {};
      this.#write(true);
      void this.#run();
    });
    window.addEventListener('popstate', () => {
      this.#restore();
      void this.#run();
    });
    this.toggleAttribute('data-ready', true);
    this.#restore();
    if (this.#input().value || location.search.includes('f.')) void this.#run();
  }

  #input(): HTMLInputElement {
    return this.querySelector('input[name="q"]') as HTMLInputElement;
  }

  #sortSelect(): HTMLSelectElement | null {
    return this.querySelector('select[name="sort"]');
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      // The root of the page's language: its own Pagefind bundle is there, and its results' URLs start with it.
      const base = this.dataset['base'] ?? '/';
      const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      // noWorker: searching 10,000 pages takes milliseconds on the main thread, and the worker's own script
      // (12 kB gzip) would be fetched before the first results.
      await pf.options({ baseUrl: base, excerptLength: 24, noWorker: true });
      await pf.init();
      return pf;
    })();
    return this.#pagefind;
  }

  /** Reads the form (query, sort, ticked filters) into the state. A ticked value not on screen (a finder's text
   *  hides it) stays ticked. */
  #readForm(): void {
    const filters: Record<string, string[]> = {};
    const onScreen = new Set<string>();
    for (const box of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-facet]')) {
      onScreen.add(`${box.dataset['facet']!}\n${box.value}`);
      if (box.checked) (filters[box.dataset['facet']!] ??= []).push(box.value);
    }
    for (const [facet, values] of Object.entries(this.#state.filters)) {
      for (const v of values) if (!onScreen.has(`${facet}\n${v}`)) (filters[facet] ??= []).push(v);
    }
    this.#state = {
      q: this.#input().value.trim(),
      filters,
      sort: this.#sortSelect()?.value === 'updated' ? 'updated' : 'relevance',
    };
  }

  /** The state in the URL: ?q=…&f.theme=…&sort=updated */
  #fromUrl(): State {
    const params = new URLSearchParams(location.search);
    const filters: Record<string, string[]> = {};
    for (const [k, v] of params) if (k.startsWith('f.')) (filters[k.slice(2)] ??= []).push(v);
    return { q: params.get('q') ?? '', filters, sort: params.get('sort') === 'updated' ? 'updated' : 'relevance' };
  }

  #write(push: boolean): void {
    const state = this.#state;
    const params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    for (const [facet, values] of Object.entries(state.filters)) for (const v of values) params.append(`f.${facet}`, v);
    if (state.sort === 'updated') params.set('sort', 'updated');
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  /** Takes the state from the URL (on load and on back/forward) and shows it in the form. */
  #restore(): void {
    this.#state = this.#fromUrl();
    this.#input().value = this.#state.q;
    const sort = this.#sortSelect();
    if (sort) sort.value = this.#state.sort;
  }

  /** Applies what the reader typed or chose: into the URL, then the search. Typing refines the current
   *  history entry; a filter, a sort or a submitted query makes a new one, so Back undoes it. */
  #commit(push: boolean): void {
    const before = this.#state.q;
    this.#readForm();
    this.#write(push || before === '');
    void this.#run();
  }

  async #run(): Promise<void> {
    const generation = ++this.#generation;
    const status = this.querySelector('[data-status]')!;
    let pf: Pagefind;
    try {
      pf = await this.#load();
    } catch {
      this.querySelector('[data-error]')?.removeAttribute('hidden');
      return;
    }
    const state = this.#state;
    // Results first; the filter indexes (needed only for the counts) are loaded after they are on screen.
    const search = await pf.search(state.q || null, searchOptions(state));
    if (!search || generation !== this.#generation) return;
    const count = search.results.length;
    const active = Object.values(state.filters).some((v) => v.length);
    const hasQuery = state.q !== '';
    // What stands above the results (sort, the filters button, the status line's room) is in place before they
    // are painted, so they do not move once on screen (on small screens the filters column is above them).
    this.querySelector('[data-browse]')?.toggleAttribute('hidden', hasQuery || active);
    // Sorting means something once there are results; shown earlier, it would push the page down on load.
    this.querySelector('[data-sort]')?.toggleAttribute('hidden', !hasQuery && !active);
    this.#toggle?.update(hasQuery || active, state.filters);
    this.toggleAttribute('data-active', hasQuery || active);
    this.#search = search;
    this.#shown = 0;
    this.querySelector('[data-results]')!.replaceChildren();
    await this.#showMore(FIRST_PAINT);
    if (generation !== this.#generation) return;
    await this.#showMore(PAGE - FIRST_PAINT);
    if (generation !== this.#generation) return;
    // The ticks follow the state at once (Back may have changed it); the counts follow when loaded.
    for (const box of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-facet]')) {
      box.checked = state.filters[box.dataset['facet']!]?.includes(box.value) ?? false;
    }
    void this.#counts(state, generation);
    this.querySelector('[data-empty]')?.toggleAttribute('hidden', count > 0 || (!hasQuery && !active));
    this.querySelector('[data-empty-filters]')?.toggleAttribute('hidden', !active);
    const key = hasQuery ? 'resultsFor' : 'results';
    status.textContent =
      hasQuery || active
        ? this.#label(`${key}_${count === 1 ? 'one' : 'other'}`, { count }).replace('{query}', state.q)
        : '';
  }

  /** Loads the index of each filter on screen (open, or with a ticked value) that is not loaded yet, then shows
   *  each of their values with the number of results it would leave; a closed filter shows its name alone. */
  async #counts(state: State, generation: number): Promise<void> {
    const pf = await this.#load();
    for (const group of this.#groups) if (state.filters[group.facet]?.length) group.open();
    const missing = this.#groups.filter((g) => g.isOpen && !this.#known[g.facet]).map((g) => g.facet);
    if (missing.length) {
      // Pagefind loads the index of each filter a search names; preload stops once they are loaded.
      await pf.preload(null, { filters: Object.fromEntries(missing.map((f) => [f, { any: [] }])) });
      const everything = await pf.search(null);
      for (const f of missing) this.#known[f] = Object.keys(everything?.totalFilters[f] ?? {});
    }
    const counted = await pf.search(state.q || null, searchOptions(state));
    if (!counted || generation !== this.#generation) return;
    for (const group of this.#groups) {
      const f = group.facet;
      const known = this.#known[f];
      if (known) group.render(known, counted.filters[f] ?? {}, state.filters[f] ?? []);
      else group.showClosed();
    }
  }

  async #showMore(count = PAGE): Promise<void> {
    const search = this.#search;
    if (!search) return;
    const generation = this.#generation;
    const slice = search.results.slice(this.#shown, this.#shown + count);
    const data = await Promise.all(slice.map((r) => r.data()));
    if (generation !== this.#generation) return;
    const list = this.querySelector('[data-results]')!;
    const template = this.querySelector<HTMLTemplateElement>('template[data-result]')!;
    for (const d of data) {
      const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
      const link = item.querySelector('a')!;
      link.href = d.url;
      link.textContent = d.meta['title'] ?? d.url;
      item.querySelector('[data-summary]')!.textContent = d.meta['summary'] ?? '';
      item.querySelector('[data-organization]')!.textContent = d.meta['organization'] ?? '';
      item.querySelector('[data-formats]')!.textContent = d.meta['formats'] ?? '';
      // A date the source did not state comes as a note ("Update date not stated by the source"), not a date.
      item.querySelector<HTMLElement>('[data-updated-label]')!.hidden = !d.meta['updated'];
      item.querySelector('[data-updated]')!.textContent = d.meta['updated']
        ? this.#date(d.meta['updated'])
        : (d.meta['updatedNote'] ?? '');
      item.querySelector('[data-overdue]')?.toggleAttribute('hidden', d.meta['overdue'] !== 'yes');
      item.querySelector('[data-excerpt]')!.replaceChildren(...markOnly(d.excerpt));
      list.append(item);
    }
    this.#shown += slice.length;
    this.querySelector('[data-more]')?.toggleAttribute('hidden', this.#shown >= search.results.length);
  }

  /** Interface text handed over by the page (src/i18n), with its {placeholders} filled. */
  #label(key: string, vars: Record<string, number> = {}): string {
    return fill(this.#labels[key] ?? key, vars);
  }

  #date(iso: string): string {
    const [y, m, d] = iso.split('-').map(Number);
    return new Intl.DateTimeFormat(document.documentElement.dataset['locale'] ?? document.documentElement.lang, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(y!, m! - 1, d)));
  }
}

/** Pagefind's search options for the state: its filters and its sort. */
function searchOptions(state: State): Record<string, unknown> {
  const filters = Object.fromEntries(Object.entries(state.filters).map(([k, v]) => [k, { any: v }]));
  return { filters, ...(state.sort === 'updated' ? { sort: { updated: 'desc' } } : {}) };
}

/** Pagefind's excerpt as nodes: its text, with only its <mark> highlights kept as elements. */
function markOnly(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  const out: Node[] = [];
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK')
      out.push(Object.assign(document.createElement('mark'), { textContent: node.textContent }));
    else out.push(document.createTextNode(node.textContent ?? ''));
  }
  return out;
}

customElements.define('cdc-search', CdcSearch);
