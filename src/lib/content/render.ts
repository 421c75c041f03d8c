// Renders the Markdown of every dataset (its body and its Markdown fields) into the model, with the renderer
// passed in: the site's own pipeline in a build, anything in a test.
import { DatasetSchema, markdownFields } from '../../schemas/index.ts';
import type { CatalogModel, RenderedDataset } from './model.ts';

/** Front-matter fields of a dataset written in Markdown (`markdown: true` on the field in src/schemas). */
export const MARKDOWN_FIELDS = markdownFields(DatasetSchema);

export async function renderDatasets(model: Pick<CatalogModel, 'datasets'>, render: (markdown: string) => Promise<string>): Promise<void> {
  for (const d of model.datasets) {
    const fields: RenderedDataset['fields'] = {};
    for (const field of MARKDOWN_FIELDS) {
      const text = (d.data as Record<string, unknown>)[field];
      if (typeof text === 'string' && text) fields[field] = await render(text);
    }
    d.html = { body: await render(d.body), fields };
  }
}
