// Finds interface text of one language on a page built in another: the texts to look for (from the two
// dictionaries) and the text a page shows in its own language (without content marked as another language).
import { JSDOM } from 'jsdom';
import type { Dictionary } from '../../src/i18n/dictionaries.ts';

/**
 * The texts of `from` a page in `to`'s language must not show: every value of `from` that differs from `to`'s
 * text for the same key, cut at its {placeholders} (whatever fills them is not interface text). A whole value
 * counts from two words or 12 characters; a piece cut from a longer text needs three words, because two-word
 * pieces such as "datasets from" or "for each" turn up in any English content (a commit message, a data value).
 * A piece `to` also uses (a name such as "Data Package", written the same in both) is dropped.
 */
export function foreignTexts(from: Dictionary, to: Dictionary): string[] {
  const own = Object.values(to).join('\n');
  const pieces = new Set<string>();
  for (const [key, text] of Object.entries(from)) {
    if (text === undefined || text === (to[key] ?? to[key.replace(/_[a-z]+$/, '_other')])) continue;
    const cut = text.split(/\{\w+\}/);
    for (const raw of cut) {
      const piece = raw.replace(/\s+/g, ' ').trim();
      const words = piece.split(' ').length;
      const long = cut.length === 1 ? words >= 2 || piece.length >= 12 : words >= 3;
      if (long && !own.includes(piece)) pieces.add(piece);
    }
  }
  return [...pieces].sort();
}

// Attributes that show text to a person (or to a screen reader). Not <meta content>: a page's description is its
// content's summary, which has no element to mark its language on, and interface text there is also on the page.
const TEXT_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt'];

/**
 * The text a page shows in `lang`: its text nodes and text-bearing attributes, without scripts, styles, any
 * element marked as another language (`lang="en"` on content shown as it was written) and data shown as the file
 * has it (`translate="no"` on column names and values).
 */
export function pageText(html: string, lang: string): string {
  const { document } = new JSDOM(html).window;
  const isLang = (l: string) => l === lang || l.startsWith(`${lang}-`);
  for (const el of document.querySelectorAll('script, style, [lang], [translate="no"]')) {
    if (el.localName === 'script' || el.localName === 'style' || el.getAttribute('translate') === 'no') el.remove();
    else if (!isLang(el.getAttribute('lang') ?? '')) el.remove();
  }
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) out.push(node.textContent ?? '');
    if (node.nodeType === 1) {
      const el = node as Element;
      for (const a of TEXT_ATTRIBUTES) if (el.hasAttribute(a)) out.push(el.getAttribute(a)!);
      // The texts a custom element shows once it runs (search statuses, preview messages), by name.
      if (el.hasAttribute('data-labels'))
        out.push(...Object.values(JSON.parse(el.getAttribute('data-labels')!) as Record<string, string>));
      // A <template>'s content (what a custom element clones) is text the page shows too.
      const children = el.localName === 'template' ? (el as HTMLTemplateElement).content.childNodes : el.childNodes;
      children.forEach(walk);
    }
  };
  walk(document.documentElement);
  // One line per text node or attribute: a text is looked for within one, never across two.
  return out
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The `texts` found in `text` as whole words (so "Last updated" is not found inside "Last updatedness"). */
export function textsIn(text: string, texts: readonly string[]): string[] {
  const lines = text.split('\n');
  return texts.filter((piece) => {
    const escaped = piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
    return lines.some((line) => re.test(line));
  });
}
