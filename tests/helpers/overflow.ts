// What makes a page scroll sideways on a small screen (WCAG 2.1 reflow, 1.4.10): the document's width, and each
// element or run of text that reaches past the viewport without being inside a box that scrolls on its own.
import type { Page } from 'playwright-core';

export interface Overflow {
  /** document.documentElement.scrollWidth */
  scrollWidth: number;
  /** The outermost elements and texts past the viewport's edges, as `tag.class "text…" (left–right px)`. */
  elements: string[];
}

/** Measures the page as it is now, against its viewport's width. */
export async function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clips = (el: Element) => /auto|scroll|hidden|clip/.test(getComputedStyle(el).overflowX);
    const reported = new Set<Element>();
    const elements: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node instanceof Element ? node : node.parentElement!;
      // Inside a scroll box (a data table's region, the preview), content may be as wide as it needs.
      let boxed = false;
      for (let a = node.parentElement; a && a !== document.body; a = a.parentElement) {
        if (reported.has(a) || clips(a)) boxed = true;
      }
      if (boxed) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const r = node instanceof Element ? node.getBoundingClientRect() : range.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right <= width + 0.5 && r.left >= -0.5) continue;
      reported.add(el);
      const cls =
        typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const text = (node.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const what = node instanceof Element ? '' : 'text in ';
      elements.push(
        `${what}${el.tagName.toLowerCase()}${cls} "${text}" (${Math.round(r.left)}–${Math.round(r.right)} px)`,
      );
    }
    return { scrollWidth: document.documentElement.scrollWidth, elements };
  });
}
