// `{placeholders}` of an interface text filled in: shared by t() and by the browser code, which gets its texts
// from the page or from /ui/<lang>.json and must not carry the dictionaries. Unknown placeholders stay as written.

export function fill(text: string, vars: Readonly<Record<string, string | number>>): string {
  // Most texts have no placeholder: returned as they are (a build fills about 30 texts for each of its pages).
  if (!text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
