// The portal itself: content/catalog.yaml.
import { z } from 'zod';
import { ContactSchema, LicenseSchema, PlainTextSchema, UrlSchema } from './common.ts';

export const CatalogSchema = z.strictObject({
  /** The portal's name, e.g. `Civic Data Catalog`. */
  name: PlainTextSchema.trim().min(1),
  /** One line under the name. */
  tagline: PlainTextSchema.optional(),
  /** What the portal is, shown on the home page (Markdown). */
  description: PlainTextSchema.optional(),
  /** The city, e.g. `Portland, Oregon`. */
  city: PlainTextSchema,
  /** Where the site is published, e.g. `https://data.example.org/`. Canonical URLs and exports start with it. */
  baseUrl: UrlSchema,
  /** The body that runs the portal (DCAT-US `publisher` of the catalog). */
  publisher: z.strictObject({
    /** e.g. `City of Portland`. */
    name: PlainTextSchema,
    /** Its web site. */
    homepage: UrlSchema.optional(),
  }),
  /** Who runs the portal. */
  contactPoint: ContactSchema,
  /** Language of the interface, e.g. `en`. Default: `en`. */
  language: z.string().default('en'),
  /** The GitHub repository holding this content, `owner/name`, e.g. `city-of-portland/open-data`: the CMS proposes changes there. */
  repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, { message: 'must be a GitHub repository written owner/name' }).optional(),
  /** Default licence for new datasets and the site's own text. Default: `CC-BY-4.0`. */
  license: LicenseSchema.default('CC-BY-4.0'),
});

export type Catalog = z.infer<typeof CatalogSchema>;
