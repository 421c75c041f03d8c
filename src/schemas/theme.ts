// A category of datasets: content/themes/<id>.yaml.
import { z } from 'zod';
import { PlainTextSchema } from './common.ts';

export const ThemeSchema = z.strictObject({
  /** Name shown to readers, e.g. `Public safety`. */
  name: PlainTextSchema.trim().min(1, 'is required: the theme\'s name'),
  /** One sentence on what belongs in it. */
  description: PlainTextSchema.optional(),
});

export type Theme = z.infer<typeof ThemeSchema>;
