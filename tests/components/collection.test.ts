// A dataset page's collection parts: "Part of the collection <parent>" on a part, and the list of parts on the
// parent, each a link to the other dataset; contributors' titles and summaries are escaped.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import CollectionParts from '../../src/components/CollectionParts.astro';
import PartOf from '../../src/components/PartOf.astro';

const dataset = (id: string, title: string, summary = 'One sentence.') => ({ id, data: { title, summary } });

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('<PartOf>', () => {
  it('names and links the parent of a part of a collection', async () => {
    const html = await container.renderToString(PartOf, {
      props: { dataset: { parent: dataset('employee-relations-roundtables', 'Employee Relations <Roundtables>') } },
    });
    expect(html).toMatch(
      /<p data-collection-parent[^>]*>Part of the collection <a href="\/datasets\/employee-relations-roundtables\/"[^>]*>Employee Relations &lt;Roundtables&gt;<\/a><\/p>/,
    );
  });

  it('shows nothing for a dataset that is part of no collection', async () => {
    const html = await container.renderToString(PartOf, { props: { dataset: {} } });
    expect(html.trim()).toBe('');
  });
});

describe('<CollectionParts>', () => {
  it('lists every part of a collection under a heading that counts them', async () => {
    const html = await container.renderToString(CollectionParts, {
      props: {
        dataset: {
          children: [
            dataset('addressing-awol', 'Addressing AWOL', 'AWOL & <b>absence</b>.'),
            dataset('retire', 'Retirement'),
          ],
        },
      },
    });
    expect(html).toMatch(/<h2 id="collection-parts"[^>]*>The 2 datasets in this collection<\/h2>/);
    expect(html).toMatch(/<a href="\/datasets\/addressing-awol\/"[^>]*>Addressing AWOL<\/a>/);
    expect(html).toMatch(/<a href="\/datasets\/retire\/"[^>]*>Retirement<\/a>/);
    expect(html).toContain('AWOL &amp; &lt;b&gt;absence&lt;/b&gt;.');
    expect(html).toMatch(/<section aria-labelledby="collection-parts"/);
  });

  it('says "dataset" for a collection of one, and shows nothing for a dataset with no parts', async () => {
    const one = await container.renderToString(CollectionParts, {
      props: { dataset: { children: [dataset('a', 'A')] } },
    });
    expect(one).toMatch(/>The 1 dataset in this collection</);
    const none = await container.renderToString(CollectionParts, { props: { dataset: { children: [] } } });
    expect(none.trim()).toBe('');
  });
});
