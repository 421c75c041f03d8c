// Snapshot test of a story map drawn from the real sample data (coordinates rounded, so it is stable).
// Chart snapshots render through <Chart> itself: tests/components/chart.test.ts.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../../../src/lib/content/read-catalog.ts';
import { loadTable } from '../../../../src/lib/stories/table.ts';
import { renderPlot, Plot } from '../../../../src/lib/stories/render-plot.ts';

const content = readCatalog(path.resolve('content'));

describe('renderPlot()', () => {
  it('draws the map of light rail lines the same way every time', async () => {
    const d = content.datasets.find((x) => x.id === 'trimet-rail-lines-2012')!;
    const table = loadTable(d.files.find(Boolean)!.absolutePath);
    const fc = { type: 'FeatureCollection', features: table.features };
    const svg = renderPlot(
      {
        width: 640,
        projection: { type: 'mercator', domain: fc as never },
        marks: [Plot.geo(table.features, { stroke: 'black' })],
      },
      'MAX lines',
    );
    await expect(svg).toMatchFileSnapshot('__snapshots__/max-lines.svg');
  });
});
