// The search page's filters as drawn in the browser: each filter's list of values (a long one cut to its top values,
// with "Show all n" and a box to find a value, its count read out as it changes) and, on small screens, the
// "Filters (n)" button that folds them away so the results come first. <cdc-search> owns the search state; these
// draw it. Which values to show is decided by facetView() in src/lib.
import { activeFilterCount, FACET_TOP, facetView } from '../lib/facet-view.ts';

type Labels = (key: string, vars?: Record<string, number>) => string;

/** One filter's <fieldset>: its list, its finder, its "Show all" button and its live count. A filter loaded on
 *  demand starts closed, its name a button that opens it (the page then loads its counts). */
export class FacetGroup {
  readonly facet: string;
  #el: HTMLElement;
  #label: Labels;
  #onTick: () => void;
  #expanded = false;
  #data: { known: string[]; counts: Record<string, number>; chosen: string[] } = { known: [], counts: {}, chosen: [] };

  constructor(el: HTMLElement, label: Labels, onTick: () => void, onOpen: (group: FacetGroup) => void = () => {}) {
    this.#el = el;
    this.facet = el.dataset['facetGroup']!;
    this.#label = label;
    this.#onTick = onTick;
    this.#opener()?.addEventListener('click', () => {
      this.#setOpen(!this.isOpen);
      if (this.isOpen) onOpen(this);
    });
    this.#query().addEventListener('input', () => this.#draw());
    this.#more().addEventListener('click', () => {
      this.#expanded = !this.#expanded;
      this.#draw();
    });
  }

  #opener(): HTMLButtonElement | null {
    return this.#el.querySelector('[data-facet-open]');
  }

  /** Whether its values are on screen (always, for a filter loaded with the results). */
  get isOpen(): boolean {
    return this.#opener()?.getAttribute('aria-expanded') !== 'false';
  }

  #setOpen(open: boolean): void {
    this.#opener()?.setAttribute('aria-expanded', String(open));
    this.#el.querySelector('[data-facet-body]')!.toggleAttribute('hidden', !open);
  }

  /** Opens a filter loaded on demand (one with a ticked value must show it). */
  open(): void {
    this.#setOpen(true);
  }

  /** Shows a closed filter by its name alone, its counts not loaded. */
  showClosed(): void {
    this.#el.hidden = false;
  }

  #query(): HTMLInputElement {
    return this.#el.querySelector('[data-facet-query]')!;
  }

  #more(): HTMLButtonElement {
    return this.#el.querySelector('[data-facet-more]')!;
  }

  /** Shows the values the index knows, with the results each would leave, and the ticked ones ticked. */
  render(known: string[], counts: Record<string, number>, chosen: string[]): void {
    this.#data = { known, counts, chosen };
    this.#draw();
  }

  #draw(): void {
    const query = this.#query().value;
    const view = facetView({ ...this.#data, query, expanded: this.#expanded });
    const list = this.#el.querySelector('ul')!;
    // Redrawing replaces the checkboxes: the one that had the focus (just ticked) gets it back.
    const active = document.activeElement;
    const focused = active instanceof HTMLInputElement && list.contains(active) ? active.value : undefined;
    list.replaceChildren(
      ...view.values.map(({ value, count, checked }, i) => {
        const li = document.createElement('li');
        const id = `f-${this.facet}-${i}`;
        const box = Object.assign(document.createElement('input'), { type: 'checkbox', id, value, checked });
        box.dataset['facet'] = this.facet;
        box.addEventListener('change', this.#onTick);
        const label = document.createElement('label');
        label.htmlFor = id;
        label.append(
          `${value} `,
          Object.assign(document.createElement('span'), { className: 'count', textContent: `(${count})` }),
        );
        li.append(box, label);
        return li;
      }),
    );
    if (focused !== undefined) list.querySelector<HTMLInputElement>(`input[value="${CSS.escape(focused)}"]`)?.focus();
    this.#el.querySelector('[data-facet-find]')!.toggleAttribute('hidden', !view.long);
    const more = this.#more();
    more.toggleAttribute('hidden', !view.long || query.trim() !== '');
    more.setAttribute('aria-expanded', String(this.#expanded));
    more.textContent = this.#expanded
      ? this.#label('facet.showTop', { count: FACET_TOP })
      : this.#label('facet.showAll', { count: view.total });
    const status = this.#el.querySelector('[data-facet-count]')!;
    status.toggleAttribute('hidden', !view.long);
    const text = this.#label('facet.shown', { shown: view.values.length, total: view.total });
    // Only a change is read out: the same count written again after a search would be announced again.
    if (status.textContent !== text) status.textContent = text;
    this.#el.toggleAttribute('hidden', view.total === 0);
  }
}

/** The "Filters (n)" button (small screens only: wide ones show the filters beside the results). */
export class FiltersToggle {
  #button: HTMLButtonElement;
  #label: Labels;

  constructor(button: HTMLButtonElement, label: Labels) {
    this.#button = button;
    this.#label = label;
    button.addEventListener('click', () => {
      button.setAttribute('aria-expanded', String(button.getAttribute('aria-expanded') !== 'true'));
    });
  }

  /** Shows the button (once there is a search to filter) with the number of ticked values. */
  update(shown: boolean, filters: Record<string, readonly string[]>): void {
    const count = activeFilterCount(filters);
    this.#button.textContent = count ? this.#label('filters.toggleActive', { count }) : this.#label('filters.toggle');
    this.#button.toggleAttribute('hidden', !shown);
  }
}
