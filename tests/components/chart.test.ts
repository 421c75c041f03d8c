// Snapshot tests of story charts drawn from the real sample data, rendered through <Chart> itself (Astro's
// container API), so the snapshots are the SVG a story page shows. Ids normalised; coordinates are rounded by renderPlot.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Chart from '../../src/components/mdx/Chart.astro';
import type { ChartSpec } from '../../src/lib/chart/spec.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** <Chart {...props} /> on a story page, as HTML. */
const render = (props: ChartSpec, story = '911-calls-april-2018') =>
  container.renderToString(Chart, { props, request: new Request(`https://data.example.org/stories/${story}/`) });

/** The chart's SVG, with Plot's generated class and clip-path ids replaced by stable names. */
function svgOf(html: string): string {
  const svg = /<svg[\s\S]*<\/svg>/.exec(html)?.[0] ?? '';
  return svg.replace(/plot-[0-9a-f]{6}/g, 'plot').replace(/plot-clip-\d+/g, 'plot-clip');
}

const callsByHour: ChartSpec = {
  dataset: 'boec-911-calls-april-2018',
  type: 'bar',
  x: 'call_start_dt',
  bin: 'hour-of-day',
  title: 'Calls by hour of the day, April 2018',
  xLabel: 'hour of the day',
  yLabel: 'calls',
};
const budgetByArea: ChartSpec = {
  dataset: 'budget-in-brief-operating-capital',
  type: 'bar',
  x: 'Service Area',
  y: 'Amount',
  aggregate: 'sum',
  filter: 'Fiscal Year=2016-17; Budget Type=Adopted',
  title: 'Adopted budget 2016-17 by service area (operating and capital)',
  xLabel: 'service area',
  yLabel: 'dollars',
};

describe('<Chart> on the sample data', () => {
  it('draws calls by hour of the day (911 log) the same way every time', async () => {
    const html = await render(callsByHour);
    await expect(svgOf(html)).toMatchFileSnapshot('__snapshots__/calls-by-hour.svg');
  });

  it('draws the adopted budget by service area the same way every time', async () => {
    const html = await render(budgetByArea, 'portland-budget-by-service-area');
    await expect(svgOf(html)).toMatchFileSnapshot('__snapshots__/budget-by-service-area.svg');
  });

  it('draws how long mobile callers waited as a histogram of 20 bins, the same way every time', async () => {
    const waits: ChartSpec = {
      ...callsByHour,
      type: 'histogram',
      x: 'answer_wait',
      bin: undefined,
      filter: 'group_name=BOEC Wireless',
      xLabel: 'waiting time',
    };
    const html = await render(waits);
    expect(html.match(/<tbody[\s\S]*<\/tbody>/)?.[0].match(/<tr/g)).toHaveLength(20);
    await expect(svgOf(html)).toMatchFileSnapshot('__snapshots__/mobile-waits.svg');
  });

  it('labels the chart as the image, not a swatch of its legend, when it colours series', async () => {
    const byYear: ChartSpec = {
      ...budgetByArea,
      type: 'dot',
      x: 'Fiscal Year',
      color: 'Budget Category',
      filter: 'Budget Type=Adopted',
    };
    const html = await render(byYear, 'portland-budget-by-service-area');
    const labelled = [...html.matchAll(/<svg[^>]*role="img"[^>]*>/g)].map((m) => m[0]);
    expect(labelled).toHaveLength(1);
    expect(labelled[0]).toMatch(/width="640"/);
  });

  it('labels the SVG with the description it prints, and lists a row per hour in its data table', async () => {
    const html = await render(callsByHour);
    const description = /<p class="chart-description"[^>]*>([^<]+)<\/p>/.exec(html)?.[1];
    expect(description).toBe('Bar chart of calls for each hour of the day: 24 bars; the largest is 17 (4,529).');
    expect(html).toMatch(new RegExp(`<svg[^>]*role="img" aria-label="${description!.replace(/[().]/g, '\\$&')}"`));
    expect(html.match(/<tbody[\s\S]*<\/tbody>/)?.[0].match(/<tr/g)).toHaveLength(24);
  });

  it('links the download of its rows beside the story page, named by its attributes', async () => {
    const html = await render(budgetByArea, 'portland-budget-by-service-area');
    const link = /<a href="([^"]+)" download="([^"]+)"[^>]*>([^<]+)<\/a>/.exec(html);
    expect(link?.[1]).toMatch(/^\/stories\/portland-budget-by-service-area\/chart-[0-9a-f]{10}\.csv$/);
    expect(link?.[1]?.endsWith(`/${link[2]}`)).toBe(true);
    expect(link?.[3]).toMatch(/^Download the \d+ rows this chart uses \(CSV\)$/);
  });
});
