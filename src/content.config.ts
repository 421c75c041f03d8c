// Wires the content/ folder to Astro's content layer: one loader over the catalog model, plus the schemas in src/schemas.
// The schemas carry each field's description (src/schemas/field-meta.ts), which VS Code shows on hover.
import { defineCollection } from 'astro:content';
import { catalogLoader } from './integrations/content/loader.ts';
import { contentDir } from './lib/content/content-dir.ts';
import { CatalogSchema, DatasetSchema, OrganizationSchema, StorySchema, ThemeSchema } from './schemas/index.ts';

const dir = contentDir();

export const collections = {
  catalog: defineCollection({ loader: catalogLoader(dir, 'catalog'), schema: CatalogSchema }),
  organizations: defineCollection({ loader: catalogLoader(dir, 'organizations'), schema: OrganizationSchema }),
  themes: defineCollection({ loader: catalogLoader(dir, 'themes'), schema: ThemeSchema }),
  datasets: defineCollection({ loader: catalogLoader(dir, 'datasets'), schema: DatasetSchema }),
  stories: defineCollection({ loader: catalogLoader(dir, 'stories'), schema: StorySchema }),
};
