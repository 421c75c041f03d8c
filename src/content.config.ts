// Wires the content/ folder to Astro's content layer: loaders plus the schemas in src/schemas. The schemas carry
// each field's description (src/schemas/field-meta.ts), which Astro's content intellisense shows on hover in VS Code.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { catalogLoader } from './lib/content/astro-loader.ts';
import { contentDir } from './lib/content/content-dir.ts';
import { CatalogSchema, DatasetSchema, OrganizationSchema, StorySchema, ThemeSchema } from './schemas/index.ts';

const dir = contentDir();

export const collections = {
  catalog: defineCollection({ loader: catalogLoader(dir, 'catalog'), schema: CatalogSchema }),
  organizations: defineCollection({ loader: catalogLoader(dir, 'organizations'), schema: OrganizationSchema }),
  themes: defineCollection({ loader: catalogLoader(dir, 'themes'), schema: ThemeSchema }),
  datasets: defineCollection({ loader: catalogLoader(dir, 'datasets'), schema: DatasetSchema }),
  stories: defineCollection({ loader: glob({ pattern: ['*.mdx', '*/index.mdx'], base: `${dir}/stories` }), schema: StorySchema }),
};
