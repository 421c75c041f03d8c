// Parses YAML (a .yaml file or Markdown front matter). Values come from js-yaml's core schema (fast; dates
// stay strings, so 2024-02-30 is never silently turned into 1 March); line numbers come from the `yaml`
// package, parsed only when a problem needs one.
import matter from 'gray-matter';
import jsYaml from 'js-yaml';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';

export interface YamlSource {
  /** The parsed value (plain JS; dates stay strings). Undefined when the YAML has errors. */
  data: unknown;
  /** Markdown after the front matter (empty for .yaml files). */
  body: string;
  /** YAML syntax errors with their lines; `structural` when the file has no front matter at all. */
  errors: { line: number; message: string; structural?: boolean }[];
  /** The 1-based line in the file of the key at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

// gray-matter only splits the file; the YAML is parsed below.
const splitOnly = { parse: (): object => ({}) };

function source(yamlText: string, offset: number, body: string): YamlSource {
  let data: unknown;
  let errors: YamlSource['errors'] = [];
  try {
    data = jsYaml.load(yamlText, { schema: jsYaml.CORE_SCHEMA }) ?? {};
  } catch {
    // The `yaml` package words syntax errors better and gives every one of them, with lines.
    const doc = parseDocument(yamlText, { lineCounter: new LineCounter(), uniqueKeys: true });
    errors = doc.errors.map((e) => ({
      line: (e.linePos?.[0]?.line ?? 1) + offset,
      message: (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, ''),
    }));
    if (!errors.length) errors = [{ line: 1 + offset, message: 'the YAML is not valid' }];
    data = undefined;
  }
  let lines: ((path: readonly PropertyKey[]) => number | undefined) | undefined;
  return {
    data,
    body,
    errors,
    lineOf(path) {
      lines ??= lineFinder(yamlText, offset);
      return lines(path);
    },
  };
}

function lineFinder(yamlText: string, offset: number): (path: readonly PropertyKey[]) => number | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter });
  const lineAt = (pos: number) => counter.linePos(pos).line + offset;
  return (path) => {
    let node: Node | null | undefined = doc.contents;
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
  };
}

/** Parses a YAML file. */
export function parseYamlFile(text: string): YamlSource {
  return source(text, 0, '');
}

/** Parses a Markdown file with YAML front matter (gray-matter finds the block; the YAML is parsed here). */
export function parseFrontMatter(text: string): YamlSource {
  const clean = text.replace(/^\uFEFF/, '');
  if (!/^---\r?\n/.test(clean)) {
    return {
      data: undefined,
      body: clean,
      errors: [{ line: 1, message: 'the file must start with a front matter block: a line "---", the metadata in YAML, then another "---"', structural: true }],
      lineOf: () => 1,
    };
  }
  const file = matter(clean, { engines: { yaml: splitOnly } });
  const start = clean.indexOf(file.matter);
  const offset = start < 0 ? 1 : clean.slice(0, start).split('\n').length - 1;
  return source(file.matter, offset, file.content);
}
