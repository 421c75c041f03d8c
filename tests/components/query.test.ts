// <Query> rendered through itself (Astro's container API) on the real 911 call log: the answer as a table and a
// chart, a single number like <BigNumber>, the link that opens the same question on the dataset page, and the error
// a question that cannot be answered stops the build with.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Query from '../../src/components/mdx/Query.astro';
import { questionFromParams } from '../../src/lib/ask/question.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const dataset = 'boec-911-calls-april-2018';
/** <Query {...props} /> on a story page, as HTML, without the dev server's source attributes. */
const render = async (props: Record<string, string>) =>
  (
    await container.renderToString(Query, {
      props: { dataset, ...props },
      request: new Request(`https://data.example.org/stories/911-calls-april-2018/`),
    })
  ).replace(/ data-astro-source-(file|loc)="[^"]*"/g, '');

/** The question the "Change this question" link asks, and the table it names. */
function linked(html: string): { path: string; table: string | null; question: ReturnType<typeof questionFromParams> } {
  const href = /<a href="([^"]+)">Change this question<\/a>/.exec(html)![1]!.replace(/&amp;/g, '&');
  const [path, hash] = href.split('#') as [string, string];
  const params = new URLSearchParams(hash);
  return { path, table: params.get('ask'), question: questionFromParams(params) };
}

describe('<Query> on the sample data', () => {
  it('draws calls by hour of the day as bars, with the answer as a table of 24 rows', async () => {
    const html = await render({ group: 'call_start_dt by hour-of-day', title: 'Calls by hour' });
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Bar chart of Number of rows by call_start_dt/);
    expect(html).toContain('<caption>Number of rows by call_start_dt (hour of the day)</caption>');
    expect(html.match(/<th scope="row">/g)).toHaveLength(24);
    expect(html).toContain('<th scope="row">00:00</th>');
    expect(html).toMatch(/href="\/stories\/911-calls-april-2018\/query-[0-9a-f]{10}\.csv" download/);
  });

  it('links to the dataset page with the same question on its table', async () => {
    const attributes = {
      group: 'group_name',
      measure: 'median',
      of: 'answer_wait',
      where: 'answer_wait > 10; cell = 1',
      sort: 'value-desc',
      title: 'Waits',
    };
    const { path, table, question } = linked(await render(attributes));
    expect(path).toBe(`/datasets/${dataset}/`);
    expect(table).toBe('boec_911_calls_april_2018');
    expect(question).toEqual({
      group: [{ column: 'group_name' }],
      measure: 'median',
      of: 'answer_wait',
      where: [
        { column: 'answer_wait', op: '>', value: '10' },
        { column: 'cell', op: '=', value: '1' },
      ],
      sort: 'value-desc',
    });
  });

  it('shows an answer without grouping as one number, like <BigNumber>', async () => {
    const html = await render({ where: 'group_name = BOEC Non Emergency', title: 'non-emergency calls' });
    expect(html).toMatch(/<p class="big-number" data-query[^>]*><strong><data value="30398">30,398<\/data><\/strong>/);
    expect(html).not.toContain('<table');
    expect(html).not.toContain('.csv');
  });

  it('stops with what to fix when the question cannot be answered', async () => {
    await expect(render({ group: 'group_name by day', title: 'x' })).rejects.toThrow(
      '<Query> group: column "group_name" of boec-911-calls-april-2018.csv does not hold dates in every row, so it cannot be grouped by day; write "group_name" without "by day"',
    );
  });
});
