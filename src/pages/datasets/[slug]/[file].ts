// A dataset's local resource files, served as they are at /datasets/<slug>/<file>.
import fs from 'node:fs/promises';
import type { APIRoute } from 'astro';
import { loadSite } from '../../../data/catalog.ts';

export async function getStaticPaths() {
  const site = await loadSite();
  return site.datasets.flatMap((dataset) => {
    const files = site.filesOf(dataset);
    return dataset.data.resources.flatMap((r, i) => {
      const file = files[i];
      return r.path && file ? [{ params: { slug: dataset.id, file: r.path }, props: { absolutePath: file.absolutePath } }] : [];
    });
  });
}

export const GET: APIRoute<{ absolutePath: string }> = async ({ props }) => new Response(new Uint8Array(await fs.readFile(props.absolutePath)));
