// Wires the content/ folder to Astro's content layer: one loader over the catalog model, plus the schemas in src/schemas.
import { defineCollection } from 'astro:content';
import { catalogLoader } from './integrations/content/loader.ts';
import { contentDir } from './lib/content/content-dir.ts';
import { describeFields } from './lib/content/field-descriptions.ts';
import { CatalogSchema, DatasetSchema, OrganizationSchema, StorySchema, ThemeSchema } from './schemas/index.ts';
import catalogJson from '../schemas/catalog.schema.json';
import datasetJson from '../schemas/dataset.schema.json';
import organizationJson from '../schemas/organization.schema.json';
import storyJson from '../schemas/story.schema.json';
import themeJson from '../schemas/theme.schema.json';

const dir = contentDir();

// Field explanations on hover in VS Code (experimental.contentIntellisense writes .astro/collections/*.schema.json).
describeFields([
  { schema: CatalogSchema, json: catalogJson },
  { schema: DatasetSchema, json: datasetJson },
  { schema: OrganizationSchema, json: organizationJson },
  { schema: StorySchema, json: storyJson },
  { schema: ThemeSchema, json: themeJson },
]);

export const collections = {
  catalog: defineCollection({ loader: catalogLoader(dir, 'catalog'), schema: CatalogSchema }),
  organizations: defineCollection({ loader: catalogLoader(dir, 'organizations'), schema: OrganizationSchema }),
  themes: defineCollection({ loader: catalogLoader(dir, 'themes'), schema: ThemeSchema }),
  datasets: defineCollection({ loader: catalogLoader(dir, 'datasets'), schema: DatasetSchema }),
  stories: defineCollection({ loader: catalogLoader(dir, 'stories'), schema: StorySchema }),
};
