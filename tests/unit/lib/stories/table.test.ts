// The parse-once cache of story tables: a file is parsed once however many components use it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../../../src/lib/content/read-catalog.ts';
import { loadTable, parseCount } from '../../../../src/lib/stories/table.ts';

const content = readCatalog(path.resolve('content'));

describe('loadTable()', () => {
  it('parses a file once however many charts use it', () => {
    const d = content.datasets.find((x) => x.id === 'boec-911-calls-april-2018')!;
    const i = d.files.findIndex(Boolean);
    const file = d.files[i]!.absolutePath;
    const dialect = d.data.resources[i]!.dialect ?? {};
    loadTable(file, dialect);
    const before = parseCount.value;
    for (let n = 0; n < 3; n++) loadTable(file, dialect);
    expect(parseCount.value).toBe(before);
  });
});
