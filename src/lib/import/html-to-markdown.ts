// Turns the HTML that catalogs put in descriptions into Markdown: paragraphs, line breaks, links, lists,
// emphasis. Any other tag is dropped (its text kept), so nothing executable survives the import.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** True when the text contains HTML tags worth converting. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?(p|br|a|ul|ol|li|strong|em|b|i|div|span|h\d)\b/i.test(text);
}

export function htmlToMarkdown(html: string): string {
  if (!looksLikeHtml(html)) return decode(html).trim();
  let s = html.replace(/\r\n?/g, '\n');
  s = s.replace(/<\s*(script|style)\b[\s\S]*?<\/\s*\1\s*>/gi, '');
  s = s.replace(/<br\s*\/?>/gi, '  \n');
  s = s.replace(/<\/(p|div|h\d|ul|ol)>/gi, '\n\n').replace(/<(p|div|ul|ol)\b[^>]*>/gi, '\n\n');
  s = s.replace(/<h(\d)\b[^>]*>/gi, (_m, n: string) => `\n\n${'#'.repeat(Math.min(6, Number(n) + 1))} `);
  s = s.replace(/<li\b[^>]*>/gi, '\n- ').replace(/<\/li>/gi, '');
  s = s.replace(/<(strong|b)\b[^>]*>([\s\S]*?)<\/\1>/gi, '**$2**').replace(/<(em|i)\b[^>]*>([\s\S]*?)<\/\1>/gi, '*$2*');
  s = s.replace(/<a\b[^>]*href\s*=\s*["']([^"']+)["'][^>]*>([\s\S]*?)<\/a>/gi, (_m, href: string, text: string) =>
    /^(https?:|mailto:)/i.test(href) ? `[${text.replace(/<[^>]+>/g, '').trim()}](${href})` : text,
  );
  s = s.replace(/<[^>]+>/g, '');
  return decode(s)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
