// <cdc-preview>: buttons that open the interactive preview, on its rows or on its summary. Nothing else loads
// until the reader clicks, or arrives by a link to a question or a query, which opens its tab.
class CdcPreview extends HTMLElement {
  connectedCallback(): void {
    const actions = this.querySelector<HTMLElement>('[data-actions]');
    if (!actions) return;
    actions.hidden = false;
    const buttons = [...actions.querySelectorAll<HTMLButtonElement>('[data-open]')];
    const open = async (tab: string, question?: URLSearchParams) => {
      for (const b of buttons) b.disabled = true;
      // The rows' module is fetched alongside the panel's rather than after it.
      if (tab === 'rows') void import('./app.ts');
      const { openPanel } = await import('./panel.ts');
      await openPanel(this, tab, question);
    };
    for (const b of buttons) b.addEventListener('click', () => void open(b.dataset['open'] ?? 'rows'), { once: true });
    // A link to a question (`#ask=<table>&…`) or a query (`#sql=<table>&query=…`) opens its tab and asks it.
    const link = new URLSearchParams(location.hash.slice(1));
    const table = this.dataset['table'];
    if (table && link.get('ask') === table) void open('ask', link);
    else if (table && link.get('sql') === table) void open('sql', link);
  }
}

customElements.define('cdc-preview', CdcPreview);
