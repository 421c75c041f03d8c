// The data dictionary on a dataset page shows a column reviewed for privacy, with the reviewer's reason as text.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import DataDictionary from '../../src/components/DataDictionary.astro';
import { TableSchemaSchema } from '../../src/schemas/index.ts';

describe('<DataDictionary>', () => {
  it('says "reviewed for privacy" with the reason, escaped, on the reviewed column only', async () => {
    const schema = TableSchemaSchema.parse({
      fields: [
        {
          name: 'Incident Address',
          privacy: { reviewed: true, reason: 'Where the noise was, <as NYC publishes it> & no names' },
        },
        { name: 'Borough' },
        { name: 'Notes', privacy: { reviewed: false, reason: 'Not yet looked at' } },
      ],
    });
    const container = await AstroContainer.create();
    const html = await container.renderToString(DataDictionary, { props: { schema, title: 'calls.csv' } });
    const rows = html.split(/<tr\b/).slice(2);
    expect(rows[0]).toContain('reviewed for privacy: Where the noise was, &lt;as NYC publishes it&gt; &amp; no names');
    expect(rows[1]).not.toContain('privacy');
    expect(rows[2]).not.toContain('reviewed for privacy');
  });
});
