// Snapshot test of a story map drawn from the real sample data (coordinates rounded, so it is stable), and the
// parse-once cache of story tables. Chart snapshots render through <Chart> itself: tests/components/chart.test.ts.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../../src/lib/content/read-catalog.ts';
import { loadTable, parseCount } from '../../../src/lib/stories/table.ts';
import { renderPlot, Plot } from '../../../src/lib/stories/render-plot.ts';

const content = readCatalog(path.resolve('content'));
const fileOf = (slug: string) => {
  const d = content.datasets.find((x) => x.id === slug)!;
  const i = d.files.findIndex(Boolean);
  return { file: d.files[i]!.absolutePath, dialect: d.data.resources[i]!.dialect ?? {} };
};

describe('story maps and tables from the sample data', () => {
  it('draws the map of light rail lines the same way every time', async () => {
    const { file } = fileOf('trimet-rail-lines-2012');
    const table = loadTable(file);
    const fc = { type: 'FeatureCollection', features: table.features };
    const svg = renderPlot({ width: 640, projection: { type: 'mercator', domain: fc as never }, marks: [Plot.geo(table.features as never, { stroke: 'black' })] }, 'MAX lines');
    await expect(svg).toMatchFileSnapshot('__snapshots__/max-lines.svg');
  });

  it('parses a file once however many charts use it', () => {
    const { file, dialect } = fileOf('boec-911-calls-april-2018');
    const before = parseCount.value;
    for (let i = 0; i < 3; i++) loadTable(file, dialect);
    expect(parseCount.value).toBe(before);
  });
});
