// A field is added in one place: an optional Markdown field added to the dataset schema, with its description,
// label and hint, changes the validator's messages, the JSON Schema, the CMS configuration and the dataset page,
// with no other file edited (each consumer derives from the schema it is given).
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { cmsConfig, jsonSchema } from '../../scripts/lib/generate-schemas.ts';
import DatasetSections from '../../src/components/DatasetSections.astro';
import { textSections } from '../../src/lib/dataset-sections.ts';
import { checkedValue } from '../../src/lib/content/error-map.ts';
import { renderDatasets } from '../../src/lib/content/render.ts';
import { parseFrontMatter } from '../../src/lib/content/yaml-source.ts';
import { formatProblem, type Problem } from '../../src/lib/problems.ts';
import { DatasetSchema, field, PlainTextSchema, type Dataset } from '../../src/schemas/index.ts';
import { datasetMd } from '../helpers/memory-fs.ts';

const description = 'How the collection of this data is paid for (Markdown).';
const hint = 'Name the budget or grant, and for how long it runs.';
const Extended = DatasetSchema.safeExtend({
  fundingNotes: field(PlainTextSchema.optional(), { description, markdown: true, label: 'How it is funded', hint }),
});

/** What the validator says of an index.md read against `schema`. */
function problemsOf(schema: z.ZodType, line: string): string[] {
  const problems: Problem[] = [];
  checkedValue('datasets/calls/index.md', parseFrontMatter(datasetMd({ extra: line })), schema, problems);
  return problems.map(formatProblem);
}

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('an optional Markdown field added to the dataset schema', () => {
  it('is known to the validator: its value is checked, and a misspelling of it is pointed to it', () => {
    expect(problemsOf(DatasetSchema, 'fundingNotes: From the levy.')).toEqual([
      'datasets/calls/index.md:17 fundingNotes: is not a field we know; check its spelling or remove it',
    ]);
    expect(problemsOf(Extended, 'fundingNotes: From the levy.')).toEqual([]);
    expect(problemsOf(Extended, 'fundingNotes: [1, 2]')).toEqual([
      'datasets/calls/index.md:17 fundingNotes: must be a string, not a list',
    ]);
    expect(problemsOf(Extended, 'fundingNote: From the levy.')).toEqual([
      'datasets/calls/index.md:17 fundingNote: is not a field we know; did you mean "fundingNotes"?',
    ]);
  });

  it('is described in the JSON Schema editors use', () => {
    const json = jsonSchema(Extended, 'Dataset') as { properties: Record<string, { description?: string }> };
    expect(json.properties['fundingNotes']?.description).toBe(description);
  });

  it('is edited in the CMS with a Markdown editor and its hint', () => {
    const config = cmsConfig('owner/name', Extended) as { collections: { name: string; fields: { name: string }[] }[] };
    const fields = config.collections.find((c) => c.name === 'datasets')!.fields;
    expect(fields.find((f) => f.name === 'fundingNotes')).toMatchObject({ widget: 'markdown', hint, required: false });
  });

  it('is rendered as Markdown and shown on the dataset page under its label', async () => {
    const data = {
      ...DatasetSchema.parse(parseFrontMatter(datasetMd()).data),
      fundingNotes: 'Paid by **the 2024 levy**.',
    };
    const dataset: { data: Dataset; body: string; html?: { body: string; fields: Record<string, string> } } = {
      data,
      body: 'Calls.',
    };
    const toHtml = (md: string) => Promise.resolve(`<p>${md.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')}</p>`);
    await renderDatasets([dataset], toHtml, Extended);
    const html = await container.renderToString(DatasetSections, {
      props: { sections: textSections(Extended, dataset.html!.fields) },
    });
    expect(html).toMatch(/<h2 id="fundingNotes"[^>]*>How it is funded<\/h2>/);
    expect(html).toContain('<p>Paid by <strong>the 2024 levy</strong>.</p>');

    await renderDatasets([dataset], toHtml);
    expect(textSections(DatasetSchema, dataset.html!.fields)).toEqual([]);
  });
});
