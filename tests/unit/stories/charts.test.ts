// Snapshot tests of story charts drawn from the real sample data (coordinates rounded, so they are stable).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../../src/lib/content/read-catalog.ts';
import { loadTable, parseCount } from '../../../src/lib/stories/table.ts';
import { groupRows, selectRows } from '../../../src/lib/stories/query.ts';
import { renderPlot, Plot } from '../../../src/lib/stories/render-plot.ts';

const content = readCatalog(path.resolve('content'));
const fileOf = (slug: string) => {
  const d = content.datasets.find((x) => x.id === slug)!;
  const i = d.files.findIndex(Boolean);
  return { file: d.files[i]!.absolutePath, dialect: d.data.resources[i]!.dialect ?? {} };
};

describe('story charts from the sample data', () => {
  it('draws calls by hour of the day (911 log) the same way every time', async () => {
    const { file, dialect } = fileOf('boec-911-calls-april-2018');
    const table = loadTable(file, dialect);
    const points = groupRows(table, table.rows, { x: 'call_start_dt', aggregate: 'count', bin: 'hour-of-day' });
    expect(points).toHaveLength(24);
    expect(points.reduce((a, p) => a + p.y, 0)).toBe(table.rows.length);
    const svg = renderPlot({ width: 640, height: 560, marginLeft: 60, y: { type: 'band' }, marks: [Plot.barX(points, { y: 'x', x: 'y' })] }, 'Calls by hour');
    await expect(svg).toMatchFileSnapshot('__snapshots__/calls-by-hour.svg');
  });

  it('draws the adopted budget by service area the same way every time', async () => {
    const { file, dialect } = fileOf('budget-in-brief-operating-capital');
    const table = loadTable(file, dialect);
    const points = groupRows(table, selectRows(table, 'Fiscal Year=2016-17; Budget Type=Adopted'), { x: 'Service Area', y: 'Amount', aggregate: 'sum' });
    const svg = renderPlot({ width: 640, height: 240, marginLeft: 180, y: { type: 'band' }, marks: [Plot.barX(points, { y: 'x', x: 'y' })] }, 'Budget by service area');
    await expect(svg).toMatchFileSnapshot('__snapshots__/budget-by-service-area.svg');
  });

  it('draws the map of light rail lines the same way every time', async () => {
    const { file } = fileOf('trimet-rail-lines-2012');
    const table = loadTable(file);
    const fc = { type: 'FeatureCollection', features: table.features };
    const svg = renderPlot({ width: 640, projection: { type: 'mercator', domain: fc as never }, marks: [Plot.geo(table.features, { stroke: 'black' })] }, 'MAX lines');
    await expect(svg).toMatchFileSnapshot('__snapshots__/max-lines.svg');
  });

  it('parses a file once however many charts use it', () => {
    const { file, dialect } = fileOf('boec-911-calls-april-2018');
    const before = parseCount.value;
    for (let i = 0; i < 3; i++) loadTable(file, dialect);
    expect(parseCount.value).toBe(before);
  });
});
