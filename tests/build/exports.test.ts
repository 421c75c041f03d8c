// The open-standard exports of the built sample catalog: valid against the official schemas, and all agree.
import fs from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/lib/content/read-catalog.ts';
import { repoRoot, sampleDist } from '../helpers/astro-build.ts';
import { htmlPages, listFiles } from '../helpers/dist.ts';
import { dataPackageV1, dataPackageV2, dcatUsFederal, dcatUsNonFederal } from '../helpers/standards.ts';

const content = readCatalog(path.join(repoRoot, 'content'));
const json = (file: string) => JSON.parse(fs.readFileSync(path.join(sampleDist, file), 'utf8'));
const text = (file: string) => fs.readFileSync(path.join(sampleDist, file), 'utf8');
const base = content.catalog!.baseUrl;
const pageUrl = (slug: string) => new URL(`/datasets/${slug}/`, base).href;

describe('/data.json (DCAT-US 1.1)', () => {
  const dataJson = json('data.json');

  it('is valid against the official v1.1 JSON Schema with zero errors', () => {
    const validate = dcatUsFederal();
    validate(dataJson);
    expect(validate.errors ?? []).toEqual([]);
  });

  it("is valid against GSA's non-federal variant with zero errors", () => {
    const validate = dcatUsNonFederal();
    validate(dataJson);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('describes every dataset with its page as identifier, contact as mailto: and the city as parent publisher', () => {
    for (const d of content.datasets) {
      const entry = dataJson.dataset.find((e: { identifier: string }) => e.identifier === pageUrl(d.id));
      expect(entry, d.id).toBeDefined();
      expect(entry.title).toBe(d.data.title);
      expect(entry.contactPoint.hasEmail).toBe(`mailto:${d.data.contactPoint.email}`);
      expect(entry.publisher.subOrganizationOf.name).toBeTruthy();
      expect(entry.accessLevel).toBe(d.data.accessLevel);
      if (d.data.accessLevel !== 'public') expect(entry.rights).toBeTruthy();
      const local = d.data.resources
        .filter((r) => r.path)
        .map((r) => new URL(`/datasets/${d.id}/${r.path}`, base).href);
      expect(
        (entry.distribution ?? []).map(
          (x: { downloadURL?: string; accessURL?: string }) => x.downloadURL ?? x.accessURL,
        ),
      ).toEqual(expect.arrayContaining(local));
    }
  });
});

describe('/catalog.jsonld (DCAT-AP 3)', () => {
  it('expands with a JSON-LD processor in safe mode, so no term is lost', async () => {
    const doc = json('catalog.jsonld');
    // Safe mode makes the processor fail on any term it would drop (jsonld's types lack the option).
    const expanded = (await jsonld.expand(doc, { safe: true } as Parameters<
      typeof jsonld.expand
    >[1])) as unknown as Record<string, unknown>[];
    const catalog = expanded[0] as Record<string, { '@id': string }[]>;
    expect(catalog['@type']).toEqual(['http://www.w3.org/ns/dcat#Catalog']);
    const datasets = catalog['http://www.w3.org/ns/dcat#dataset'] ?? [];
    expect(datasets.map((d) => d['@id']).sort()).toEqual(content.datasets.map((d) => pageUrl(d.id)).sort());
  });
});

describe('schema.org Dataset JSON-LD on dataset pages', () => {
  it('matches what each page shows, with a 50–5000 character description and a download per file', () => {
    for (const d of content.datasets) {
      const html = text(`datasets/${d.id}/index.html`);
      const m = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
      expect(m, d.id).not.toBeNull();
      const ld = JSON.parse(m![1] as string);
      expect(ld['@type']).toBe('Dataset');
      expect(ld.name).toBe(d.data.title);
      expect(ld.description.length).toBeGreaterThanOrEqual(50);
      expect(ld.description.length).toBeLessThanOrEqual(5000);
      expect(ld.url).toBe(pageUrl(d.id));
      expect(ld.dateModified).toBe(d.data.modified);
      expect(ld.isAccessibleForFree).toBe(d.data.accessLevel === 'public');
      expect(ld.includedInDataCatalog.name).toBe(content.catalog!.name);
      expect((ld.distribution ?? []).length).toBe(d.data.resources.length);
      for (const dl of ld.distribution ?? []) expect(dl.contentUrl).toMatch(/^https?:\/\//);
      const fields = d.schemas.flatMap((s) => s?.fields ?? []).map((f) => f.name);
      expect((ld.variableMeasured ?? []).map((v: { name: string }) => v.name)).toEqual(fields);
    }
  });
});

describe('/datasets/<slug>/datapackage.json', () => {
  const packages = listFiles(sampleDist).filter((f) => f.endsWith('/datapackage.json'));

  it('is published for every dataset that has resources', () => {
    expect(packages.map((p) => p.split('/')[1]).sort()).toEqual(
      content.datasets
        .filter((d) => d.data.resources.length)
        .map((d) => d.id)
        .sort(),
    );
  });

  it('is valid against the official v2 and v1 Data Package profiles', () => {
    const v2 = dataPackageV2();
    const v1 = dataPackageV1();
    for (const p of packages) {
      const pkg = json(p);
      v2(pkg);
      expect(v2.errors ?? [], `${p} (v2)`).toEqual([]);
      v1(pkg);
      expect(v1.errors ?? [], `${p} (v1)`).toEqual([]);
    }
  });

  it('gives each local tabular file its path, dialect and Table Schema, and the path resolves beside it', () => {
    for (const d of content.datasets) {
      d.data.resources.forEach((r, i) => {
        if (!r.path || !d.schemas[i] || !/csv/i.test(r.format)) return;
        const pkg = json(`datasets/${d.id}/datapackage.json`);
        const res = pkg.resources.find((x: { path: string }) => x.path === r.path);
        expect(res, `${d.id} ${r.path}`).toBeDefined();
        expect(res.dialect.delimiter).toBe(r.dialect?.delimiter ?? ',');
        expect(res.schema.fields.map((f: { name: string }) => f.name)).toEqual(d.schemas[i].fields.map((f) => f.name));
        expect(fs.existsSync(path.join(sampleDist, 'datasets', d.id, res.path))).toBe(true);
      });
    }
  });
});

describe('every export counts the same datasets', () => {
  it('content, dataset pages in every language, data.json, catalog.jsonld, the API listing, API records and the sitemap agree', () => {
    const n = content.datasets.length;
    const slugs = content.datasets.map((d) => d.id).sort();
    const [first, ...others] = content.catalog!.languages;
    expect(others.length).toBeGreaterThan(0);
    for (const prefix of ['', ...others.map((l) => `${l}/`)]) {
      const datasetPage = new RegExp(`^${prefix}datasets/[^/]+/index\\.html$`);
      const listPage = new RegExp(`^${prefix}datasets/\\d+/`);
      expect(htmlPages(sampleDist).filter((p) => datasetPage.test(p) && !listPage.test(p)).length, prefix).toBe(n);
    }
    expect(json('data.json').dataset.length).toBe(n);
    expect(json('catalog.jsonld')['dcat:dataset'].length).toBe(n);
    const api = json('api/datasets.json');
    expect(api.count).toBe(n);
    expect(api.datasets.map((d: { id: string }) => d.id).sort()).toEqual(slugs);
    expect(listFiles(path.join(sampleDist, 'api/datasets')).length).toBe(n);
    const sitemap = listFiles(sampleDist)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map(text)
      .join('\n');
    const inSitemap = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
      .map((m) => new URL(m[1] as string).pathname)
      .filter((p) => /\/datasets\/[^/]+\/$/.test(p) && !/\/datasets\/\d+\/$/.test(p));
    // Each dataset once per language, the default at its own URL; each entry lists the page in every language.
    expect(inSitemap.filter((p) => p.startsWith('/datasets/')).length).toBe(n);
    for (const l of others) expect(inSitemap.filter((p) => p.startsWith(`/${l}/datasets/`)).length, l).toBe(n);
    expect(first).toBeDefined();
    const entry = /<url><loc>[^<]*\/datasets\/sf-street-trees-sample\/<\/loc>(.*?)<\/url>/.exec(sitemap)?.[1] ?? '';
    for (const l of content.catalog!.languages) expect(entry).toContain(`hreflang="${l}"`);
  });
});

describe('feeds, robots.txt and page metadata', () => {
  it('lists every dataset in the Atom feed (up to 50), newest first', () => {
    const feed = text('feeds/datasets.xml');
    const ids = [...feed.matchAll(/<entry>\s*<title>[^<]*<\/title>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids.length).toBe(Math.min(50, content.datasets.length));
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  });

  it("points robots.txt to the sitemap on the catalog's base URL", () => {
    expect(text('robots.txt')).toContain(`Sitemap: ${new URL('/sitemap-index.xml', base).href}`);
    expect(fs.existsSync(path.join(sampleDist, 'sitemap-index.xml'))).toBe(true);
  });

  it('gives every page a canonical URL, Open Graph and Twitter card metadata, and feed links', () => {
    for (const page of htmlPages(sampleDist)) {
      const html = text(page);
      expect(html, page).toMatch(new RegExp(`<link rel="canonical" href="${base.replace(/[.]/g, '\\.')}`));
      expect(html, page).toContain('<meta property="og:title"');
      expect(html, page).toContain('<meta name="twitter:card" content="summary"');
      expect(html, page).toContain('type="application/atom+xml"');
    }
  });

  it('links every export from the dataset page\'s "Use this data" section', () => {
    for (const d of content.datasets) {
      const html = text(`datasets/${d.id}/index.html`);
      const section = html.slice(html.indexOf('id="use"'));
      expect(section).toContain(`href="/api/datasets/${d.id}.json"`);
      if (d.data.resources.length) expect(section).toContain(`href="/datasets/${d.id}/datapackage.json"`);
      for (const r of d.data.resources.filter((x) => x.path))
        expect(section).toContain(`href="/datasets/${d.id}/${r.path}"`);
    }
  });
});
