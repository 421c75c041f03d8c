// Collections (isPartOf): a dataset names its parent by slug; the reader checks the parent is a valid dataset of
// the catalog and that no chain of parents loops, and the model links parent and parts both ways.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../../../src/lib/content/read-catalog.ts';
import { formatFinding } from '../../../../src/lib/problems.ts';
import { datasetMd, memoryFs, validCatalog } from '../../../helpers/memory-fs.ts';

const root = path.resolve('/catalog');
const read = (files: Record<string, string>) => readCatalog(root, { fs: memoryFs(root, files), cwd: root });

/** A catalog of `calls` plus datasets `<slug>` each with `isPartOf: <parent>` (or none when null). */
function collection(parts: Record<string, string | null>, extra: Record<string, string> = {}): Record<string, string> {
  const files = validCatalog(extra);
  for (const [slug, parent] of Object.entries(parts)) {
    files[`datasets/${slug}/index.md`] = datasetMd({
      title: `title: Part ${slug}`,
      resources: 'resources:\n  - title: Calls\n    url: https://example.org/calls.csv\n    format: CSV',
      ...(parent ? { isPartOf: `isPartOf: ${parent}` } : {}),
    });
  }
  return files;
}

describe('readCatalog() with collections', () => {
  it('links a parent and its parts both ways, parts newest first', () => {
    const content = read(collection({ a: 'calls', b: 'calls', c: null }));
    expect(content.problems.map(formatFinding)).toEqual([]);
    const byId = new Map(content.datasets.map((d) => [d.id, d]));
    const parent = byId.get('calls')!;
    expect(parent.parent).toBeUndefined();
    expect(parent.children.map((d) => d.id).sort()).toEqual(['a', 'b']);
    expect(byId.get('a')!.parent).toBe(parent);
    expect(byId.get('b')!.parent).toBe(parent);
    expect(byId.get('c')!.parent).toBeUndefined();
    expect(byId.get('c')!.children).toEqual([]);
  });

  it.each([
    [
      'a parent that is no dataset',
      { a: 'no-such-dataset' },
      {},
      ['datasets/a/index.md:17 isPartOf: "no-such-dataset" is not a dataset; give the folder name of the parent dataset in content/datasets/ [unknown-reference]'],
    ],
    [
      'the dataset itself',
      { a: 'a' },
      {},
      ['datasets/a/index.md:17 isPartOf: names the dataset itself; give the slug of the parent dataset, or remove isPartOf [unknown-reference]'],
    ],
    [
      'a loop of parents',
      { a: 'b', b: 'a' },
      {},
      [
        'datasets/a/index.md:17 isPartOf: "a" → "b" → "a" goes round in a loop; a dataset cannot be part of its own part [unknown-reference]',
        'datasets/b/index.md:17 isPartOf: "b" → "a" → "b" goes round in a loop; a dataset cannot be part of its own part [unknown-reference]',
      ],
    ],
    [
      'a parent with problems of its own, down the chain',
      { a: 'calls', b: 'a' },
      { 'datasets/calls/index.md': datasetMd({ license: 'license: CC-BY' }) },
      [
        'datasets/a/index.md:17 isPartOf: "calls" has problems of its own (see above) [unknown-reference]',
        'datasets/b/index.md:17 isPartOf: "a" has problems of its own (see above) [unknown-reference]',
      ],
    ],
  ])('reports %s at the line of isPartOf, and keeps the dataset out of the model', (_, parts, extra, expected) => {
    const content = read(collection(parts, extra));
    expect(content.problems.filter((p) => p.field === 'isPartOf').map(formatFinding)).toEqual(expected);
    for (const slug of Object.keys(parts)) expect(content.datasets.map((d) => d.id)).not.toContain(slug);
  });
});
