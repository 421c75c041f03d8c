// The portal itself: content/catalog.yaml.
import { z } from 'zod';
import { ContactSchema, EmailSchema, LanguageSchema, LicenseSchema, PlainTextSchema, UrlSchema } from './common.ts';
import { field } from './field-meta.ts';
import { CatalogTranslationSchema, translationsField } from './translations.ts';

export const CatalogSchema = z.strictObject({
  name: field(PlainTextSchema.trim().min(1), { description: 'The portal\'s name, e.g. `Civic Data Catalog`.' }),
  tagline: field(PlainTextSchema.optional(), { description: 'One line under the name.' }),
  description: field(PlainTextSchema.optional(), { description: 'What the portal is, shown on the home page (Markdown).', markdown: true }),
  city: field(PlainTextSchema, { description: 'The city, e.g. `Portland, Oregon`.' }),
  baseUrl: field(UrlSchema, { description: 'Where the site is published, e.g. `https://data.example.org/`. Canonical URLs and exports start with it.' }),
  publisher: field(
    z.strictObject({
      name: field(PlainTextSchema, { description: 'e.g. `City of Portland`.' }),
      homepage: field(UrlSchema.optional(), { description: 'Its web site.' }),
    }),
    { description: 'The body that runs the portal (DCAT-US `publisher` of the catalog).' },
  ),
  contactPoint: field(ContactSchema, { description: 'Who runs the portal.', requiredHint: 'is required: add contactPoint with a name and an email' }),
  languages: field(
    z
      .array(LanguageSchema)
      .min(1, 'needs at least one language, e.g. [en]')
      .refine((l) => new Set(l).size === l.length, 'lists a language twice; list each once')
      .default(['en']),
    {
      description:
        'The languages of the site, the default first, e.g. `[en, es]`. The default language is at the site\'s own URLs, each other under its code (`/es/…`). Each needs an interface dictionary, src/i18n/<code>.ts. Default: `[en]`.',
    },
  ),
  language: field(LanguageSchema.optional(), {
    description: 'Old spelling of `languages` (one language), read as `[language]` for one release; write `languages: [en]`.',
    oldSpellingOf: 'languages',
  }),
  repository: field(z.string().regex(/^[\w.-]+\/[\w.-]+$/, { message: 'must be a GitHub repository written owner/name' }).optional(), {
    description: 'The GitHub repository holding this content, `owner/name`, e.g. `city-of-portland/open-data`: the CMS proposes changes there.',
  }),
  feedback: field(
    z
      .strictObject({
        github: field(z.boolean().default(false), {
          description:
            'Readers report problems and request datasets by opening a pre-filled GitHub issue form in `repository` (the forms are .github/ISSUE_TEMPLATE/report-a-problem.yml and request-a-dataset.yml). Default: `false`.',
        }),
        email: field(EmailSchema.optional(), {
          description: 'Readers report problems and request datasets by email to this address, e.g. `opendata@example.org`.',
        }),
      })
      .optional(),
    {
      description:
        'Where the "Report a problem with this dataset" links and the "Request a dataset" page send readers: GitHub issues, an email address, or both. With neither, a report goes to the dataset\'s contactPoint and a request to the catalog\'s.',
    },
  ),
  policy: field(z.record(z.string(), z.enum(['error', 'warning', 'off'])).optional(), {
    description:
      'The city\'s data policy: rule ids (as `npm run validate` prints them, e.g. `no-dictionary` or `recommended/themes`) set to `error`, `warning` or `off`. An error fails the check of a pull request; rules that keep the site from being built stay errors. See docs/rules.md.',
  }),
  minimumQualityScore: field(z.number().int().min(0).max(100).optional(), {
    description:
      'The lowest quality score (0–100, docs/quality.md) a new or changed dataset may have: `npm run validate` reports each one below it with its missed checks, as an error (rule `quality/minimum-score`).',
  }),
  translations: translationsField(CatalogTranslationSchema, '`{ es: { name: …, tagline: …, description: … } }`'),
  license: field(LicenseSchema.default('CC-BY-4.0'), { description: 'Default licence for new datasets and the site\'s own text. Default: `CC-BY-4.0`.' }),
})
  // An overwrite, not a transform, so that the JSON Schema keeps the defaults (as in resource.ts).
  .overwrite(({ language, ...c }) => (language !== undefined && !c.languages.includes(language) ? { ...c, languages: [language] } : c))
  .superRefine((c, ctx) => {
  if (c.feedback?.github && !c.repository)
    ctx.addIssue({
      code: 'custom',
      path: ['feedback', 'github'],
      message: 'needs the GitHub repository the issues go to: add `repository: owner/name`, or remove `github: true`',
    });
});

export type Catalog = z.infer<typeof CatalogSchema>;
