// A dataset's files at /datasets/<slug>/<file>: its local resources served as they are, and each
// data dictionary as a Table Schema (<file>.schema.json).
import fs from 'node:fs/promises';
import type { APIRoute } from 'astro';
import { loadSite } from '../../../data/catalog.ts';
import { resourceName, tableSchemaFile } from '../../../lib/exports/model.ts';
import type { TableSchema } from '../../../schemas/index.ts';

type Props = { absolutePath: string } | { schema: TableSchema };

export async function getStaticPaths() {
  const site = await loadSite();
  return site.datasets.flatMap((dataset) => {
    const files = site.filesOf(dataset);
    const schemas = site.schemasOf(dataset);
    return dataset.data.resources.flatMap((r, i) => {
      const file = files[i];
      const schema = schemas[i];
      const paths: { params: { slug: string; file: string }; props: Props }[] = [];
      if (r.path && file) paths.push({ params: { slug: dataset.id, file: r.path }, props: { absolutePath: file.absolutePath } });
      if (schema) paths.push({ params: { slug: dataset.id, file: tableSchemaFile(resourceName(r, i)) }, props: { schema } });
      return paths;
    });
  });
}

export const GET: APIRoute<Props> = async ({ props }) =>
  'schema' in props ? Response.json(props.schema) : new Response(new Uint8Array(await fs.readFile(props.absolutePath)));
