// Renders the Markdown of every dataset (its body and its Markdown fields) into the model, with the renderer
// passed in: the site's own pipeline in a build, anything in a test.
import type { z } from 'zod';
import { DatasetSchema, markdownFields } from '../../schemas/index.ts';
import type { DatasetModel, RenderedDataset } from './model.ts';

/**
 * Fills `html` of each dataset: its body and every field the schema marks `markdown: true` that has a value.
 * `schema` is the dataset schema, so a Markdown field added there is rendered without a change here.
 */
export async function renderDatasets(
  datasets: readonly Pick<DatasetModel, 'data' | 'body' | 'html'>[],
  render: (markdown: string) => Promise<string>,
  schema: z.ZodType = DatasetSchema,
): Promise<void> {
  const markdown = markdownFields(schema);
  for (const d of datasets) {
    const fields: RenderedDataset['fields'] = {};
    for (const field of markdown) {
      const text = (d.data as Record<string, unknown>)[field];
      if (typeof text === 'string' && text) fields[field] = await render(text);
    }
    d.html = { body: await render(d.body), fields };
  }
}
