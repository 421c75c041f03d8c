// <cdc-preview>: a button that opens the interactive preview. Nothing else loads until the reader clicks.
class CdcPreview extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('[data-open]');
    if (!button) return;
    button.hidden = false;
    button.addEventListener(
      'click',
      async () => {
        button.disabled = true;
        const { openPreview } = await import('./app.ts');
        openPreview(this);
        this.querySelector<HTMLElement>('[data-filter]')?.focus();
      },
      { once: true },
    );
  }
}

customElements.define('cdc-preview', CdcPreview);
