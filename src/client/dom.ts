// Elements built in the browser: `h('label', { for: id }, 'Text', child)`. Texts become text nodes, never HTML.
type Attributes = Record<string, string | number | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...children);
  return el;
}

/** Hands `blob` to the browser as a download named `name` (a result, or a file converted in the browser). */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has the file once the click is handled; the object URL can go after that.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
