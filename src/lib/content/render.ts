// Renders the Markdown of every dataset (its body and its Markdown fields) into the model, with the renderer
// passed in: the site's own pipeline in a build, anything in a test.
import type { CatalogModel, RenderedDataset } from './model.ts';

/** Front-matter fields written in Markdown. */
export const MARKDOWN_FIELDS = ['methodology', 'caveats', 'rights', 'accessInstructions'] as const;
export type MarkdownField = (typeof MARKDOWN_FIELDS)[number];

export async function renderDatasets(model: Pick<CatalogModel, 'datasets'>, render: (markdown: string) => Promise<string>): Promise<void> {
  for (const d of model.datasets) {
    const fields: RenderedDataset['fields'] = {};
    for (const field of MARKDOWN_FIELDS) {
      const text = d.data[field];
      if (text) fields[field] = await render(text);
    }
    d.html = { body: await render(d.body), fields };
  }
}
