// The input of every export (data.json, DCAT-AP, schema.org, data packages, API, feeds), built once per build.
import { getCollection } from 'astro:content';
import type { ExportInput } from '../lib/exports/model.ts';
import { loadSite } from './catalog.ts';

let cached: Promise<ExportInput> | undefined;

export function loadExportInput(): Promise<ExportInput> {
  cached ??= (async () => {
    const site = await loadSite();
    const stories = await getCollection('stories');
    return {
      catalog: site.catalog,
      organizations: site.organizations,
      themes: site.themes,
      base: import.meta.env.BASE_URL,
      datasets: site.datasets.map((d) => ({
        id: d.id,
        data: d.data,
        description: d.body ?? '',
        schemas: site.schemasOf(d),
        bytes: site.filesOf(d).map((f) => f?.bytes),
      })),
      stories: stories.map((s) => ({ id: s.id.replace(/\/index$/, ''), title: s.data.title, summary: s.data.summary, authors: s.data.authors, published: s.data.published, updated: s.data.updated })),
    };
  })();
  return cached;
}
