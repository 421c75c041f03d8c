// Parses YAML (a .yaml file or Markdown front matter) keeping positions, so problems can name a line.
import matter from 'gray-matter';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Document, type Node } from 'yaml';

export interface YamlSource {
  /** The parsed value (plain JS; dates stay strings). */
  data: unknown;
  /** Markdown after the front matter (empty for .yaml files). */
  body: string;
  /** YAML syntax errors with their lines. */
  errors: { line: number; message: string }[];
  /** The 1-based line in the file of the key at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

// gray-matter only splits the file here; a syntax error is reported from our own parse below.
const yamlEngine = {
  parse: (s: string): object => {
    try {
      return (parseDocument(s).toJS() as object | null) ?? {};
    } catch {
      return {};
    }
  },
};

function fromDocument(doc: Document.Parsed, counter: LineCounter, offset: number, body: string): YamlSource {
  const lineAt = (pos: number) => counter.linePos(pos).line + offset;
  return {
    data: doc.errors.length ? undefined : doc.toJS(),
    body,
    errors: doc.errors.map((e) => ({ line: (e.linePos?.[0]?.line ?? 1) + offset, message: (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '') })),
    lineOf(path) {
      let node: Node | null | undefined = doc.contents as Node | null;
      let line = node?.range ? lineAt(node.range[0]) : undefined;
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((it) => isScalar(it.key) && String(it.key.value) === String(key));
          if (!pair) break;
          const k = pair.key as Node;
          if (k.range) line = lineAt(k.range[0]);
          node = pair.value as Node | null;
        } else if (isSeq(node) && typeof key === 'number') {
          const item = node.items[key] as Node | undefined;
          if (!item) break;
          if (item.range) line = lineAt(item.range[0]);
          node = item;
        } else break;
      }
      return line;
    },
  };
}

/** Parses a YAML file. */
export function parseYamlFile(text: string): YamlSource {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  return fromDocument(doc, counter, 0, '');
}

/** Parses a Markdown file with YAML front matter (gray-matter splits it; yaml parses it with positions). */
export function parseFrontMatter(text: string): YamlSource {
  const clean = text.replace(/^\uFEFF/, '');
  if (!/^---\r?\n/.test(clean)) {
    return {
      data: undefined,
      body: clean,
      errors: [{ line: 1, message: 'the file must start with a front matter block: a line "---", the metadata in YAML, then another "---"' }],
      lineOf: () => 1,
    };
  }
  const file = matter(clean, { engines: { yaml: yamlEngine } });
  const start = clean.indexOf(file.matter);
  const offset = start < 0 ? 1 : clean.slice(0, start).split('\n').length - 1;
  const counter = new LineCounter();
  const doc = parseDocument(file.matter, { lineCounter: counter, uniqueKeys: true });
  return fromDocument(doc, counter, offset, file.content);
}
