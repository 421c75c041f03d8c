// A data story: content/stories/<slug>.mdx front matter.
import { z } from 'zod';
import { DateSchema, IdSchema, KeywordSchema, PlainTextSchema } from './common.ts';

export const StorySchema = z.strictObject({
  /** Headline. */
  title: PlainTextSchema.trim().min(1),
  /** One or two sentences for the list of stories. */
  summary: PlainTextSchema.trim().min(1),
  /** Who wrote it. */
  authors: z.array(PlainTextSchema).min(1),
  /** First published, `YYYY-MM-DD`. */
  published: DateSchema,
  /** Last updated, `YYYY-MM-DD`. */
  updated: DateSchema.optional(),
  /** Slugs of the catalog datasets the story uses. */
  datasets: z.array(IdSchema).default([]),
  /** Image at the top, with its text alternative. */
  hero: z.strictObject({ src: z.string(), alt: PlainTextSchema.min(1, 'is required: describe the image for people who cannot see it') }).optional(),
  /** Topics. */
  tags: z.array(KeywordSchema).default([]),
  /** How the figures were made and what to watch out for (plain text; paragraphs separated by a blank line). */
  methodology: PlainTextSchema.optional(),
});

export type Story = z.infer<typeof StorySchema>;
