// Renders the Markdown of every dataset (its body and its Markdown fields) into the model, with the renderer
// passed in: the site's own pipeline in a build, anything in a test.
import type { z } from 'zod';
import { DatasetSchema, markdownFields, translationSchemaOf } from '../../schemas/index.ts';
import type { DatasetModel, RenderedDataset } from './model.ts';

/**
 * Fills `html` of each dataset: its body, every field the schema marks `markdown: true` that has a value, and
 * the same in each language of `translations`. `schema` is the dataset schema, so a Markdown field added there
 * (or to its translations) is rendered without a change here.
 */
export async function renderDatasets(
  datasets: readonly Pick<DatasetModel, 'data' | 'body' | 'html'>[],
  render: (markdown: string) => Promise<string>,
  schema: z.ZodType = DatasetSchema,
): Promise<void> {
  const markdown = markdownFields(schema);
  const translationSchema = translationSchemaOf(schema);
  const translated = translationSchema ? markdownFields(translationSchema) : [];
  const renderFields = async (data: unknown, names: readonly string[]) => {
    const out: Record<string, string> = {};
    for (const field of names) {
      const text = (data as Record<string, unknown>)[field];
      if (typeof text === 'string' && text) out[field] = await render(text);
    }
    return out;
  };
  for (const d of datasets) {
    const fields: RenderedDataset['fields'] = await renderFields(d.data, markdown);
    const translations: RenderedDataset['translations'] = {};
    const blocks = (d.data as { translations?: Record<string, unknown> }).translations ?? {};
    for (const [lang, block] of Object.entries(blocks)) translations[lang] = await renderFields(block, translated);
    d.html = { body: await render(d.body), fields, translations };
  }
}
