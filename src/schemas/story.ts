// A data story: content/stories/<slug>.mdx front matter.
import { z } from 'zod';
import { DateSchema, IdSchema, KeywordSchema, LanguageSchema, PlainTextSchema } from './common.ts';
import { field } from './field-meta.ts';


export const StorySchema = z.strictObject({
  title: field(PlainTextSchema.trim().min(1), { description: 'Headline.', requiredHint: 'is required: add a headline' }),
  summary: field(PlainTextSchema.trim().min(1), {
    description: 'One or two sentences for the list of stories.',
    requiredHint: 'is required: add one or two sentences for the list of stories',
  }),
  authors: field(z.array(PlainTextSchema).min(1), { description: 'Who wrote it.' }),
  published: field(DateSchema, { description: 'First published, `YYYY-MM-DD`.' }),
  updated: field(DateSchema.optional(), { description: 'Last updated, `YYYY-MM-DD`.' }),
  datasets: field(z.array(IdSchema).default([]), { description: 'Slugs of the catalog datasets the story uses.' }),
  hero: field(
    z.strictObject({
      src: field(z.string(), { description: 'The image file or address.' }),
      alt: field(PlainTextSchema.min(1, 'is required: describe the image for people who cannot see it'), { description: 'The image described in words.' }),
    }).optional(),
    { description: 'Image at the top, with its text alternative.' },
  ),
  tags: field(z.array(KeywordSchema).default([]), { description: 'Topics.' }),
  methodology: field(PlainTextSchema.optional(), {
    description: 'How the figures were made and what to watch out for (plain text; paragraphs separated by a blank line).',
    markdown: true,
  }),
  language: field(LanguageSchema.optional(), {
    description: 'The language the story is written in, e.g. `es`. Default: the catalog\'s default language (the first of `languages` in content/catalog.yaml).',
  }),
  translationOf: field(IdSchema.optional(), {
    description:
      'The story this one translates: its file name without `.mdx`, e.g. `portland-budget-by-service-area`. The two link to each other, and the list of stories in this story\'s language shows this one instead of the original.',
  }),
});

export type Story = z.infer<typeof StorySchema>;
