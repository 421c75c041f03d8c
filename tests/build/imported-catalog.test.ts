// A catalog made by `npm run import` from real catalogs builds into a working site: the CFPB's data.json (11
// datasets), JKAN's sample (2) and OPM's data.json (134, none listing a download) imported into one catalog with
// --fill-missing; and what the sources did not state (filled with placeholders) is shown as not stated, never as a
// fact.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/format.ts';
import { importedContent, importedDist, importedResultFile } from '../helpers/astro-build.ts';
import { listFiles } from '../helpers/dist.ts';
import { dcatUsFederal, dcatUsNonFederal } from '../helpers/standards.ts';

const result = JSON.parse(fs.readFileSync(importedResultFile, 'utf8')) as {
  import: { status: number; stdout: string };
  importJkan: { status: number; stdout: string };
  opm: { status: number; stdout: string };
  build: { status: number; stderr: string };
};
const read = (file: string) => fs.readFileSync(path.join(importedDist, file), 'utf8');
const dataJson = () => JSON.parse(read('data.json')) as { dataset: Record<string, unknown>[] };

/** Each imported dataset's front matter, as the importer wrote it. */
const datasets = fs.readdirSync(path.join(importedContent, 'datasets')).map((slug) => {
  const text = fs.readFileSync(path.join(importedContent, 'datasets', slug, 'index.md'), 'utf8');
  const data = parse(text.split(/^---$/m)[1]!) as {
    title: string;
    modified: string;
    source: { harvested: string; placeholders?: string[] };
  };
  return { slug, data, placeholders: data.source.placeholders ?? [] };
});
/** The import date the importer put into `modified` as a placeholder. */
const importDate = datasets[0]!.data.source.harvested;
const unknownDate = datasets.filter((d) => d.placeholders.includes('modified'));
const unknownContact = datasets.filter((d) => d.placeholders.includes('contactPoint'));
const PLACEHOLDER_EMAIL = 'contact-needed@example.org';

describe('an imported catalog', () => {
  it('imports every record of the CFPB and OPM data.json files and the JKAN sample, and builds one page per dataset', () => {
    expect(result.import.status).toBe(0);
    expect(result.import.stdout).toContain('read 11 = created 11 + updated 0 + unchanged 0 + skipped 0');
    expect(result.importJkan.status).toBe(0);
    expect(result.importJkan.stdout).toContain('read 2 = created 2 + updated 0 + unchanged 0 + skipped 0');
    expect(result.opm.status).toBe(0);
    expect(result.opm.stdout).toContain('read 134 = created 134 + updated 0 + unchanged 0 + skipped 0');
    expect(result.opm.stdout).toContain('repaired: modified 134');
    expect(result.build.status, result.build.stderr).toBe(0);
    const pages = fs
      .readdirSync(path.join(importedDist, 'datasets'))
      .filter((d) => fs.existsSync(path.join(importedDist, 'datasets', d, 'index.html')) && !/^\d+$/.test(d));
    expect(pages.length).toBe(147);
    expect(dataJson().dataset.length).toBe(147);
  });

  it('records what the sources did not state: no licence from CFPB, no dates and one contact from JKAN, no rights from OPM', () => {
    expect(unknownDate.map((d) => d.slug).sort()).toEqual(['open-data-philly', 'sample-dataset']);
    expect(unknownContact.map((d) => d.slug)).toEqual(['open-data-philly']);
    expect(datasets.filter((d) => d.placeholders.includes('license')).length).toBe(12);
    // OPM's 105 non-public or restricted datasets give no `rights`; they state a date (`2023`, read as its first day).
    expect(datasets.filter((d) => d.placeholders.includes('rights')).length).toBe(105);
    for (const d of unknownDate) expect(d.data.modified).toBe(importDate);
  });
});

describe('an imported catalog shows what its sources did not state as not stated', () => {
  const files = listFiles(importedDist).filter((f) => /\.(html|xml|json|jsonld)$/.test(f) && !f.startsWith('admin/'));

  it('shows the placeholder address nowhere: no page, card, feed, export or API record', () => {
    const found = files.filter((f) => read(f).includes(PLACEHOLDER_EMAIL));
    expect(found).toEqual([]);
  });

  it('says "Updated <import date>" nowhere, and no page or result dates a dataset by its import', () => {
    const updatedText = `Updated ${formatDate(importDate)}`;
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(pages.filter((f) => read(f).includes(updatedText))).toEqual([]);
    for (const d of unknownDate) {
      const html = read(`datasets/${d.slug}/index.html`);
      expect(html).not.toContain(`datetime="${importDate}"`);
      expect(html).not.toContain(formatDate(importDate));
      // Pagefind gets a note instead of a date, and a sort key that puts the dataset last.
      expect(html).not.toMatch(new RegExp(`data-pagefind-(meta|sort)="updated"[^>]*>${importDate}<`));
      expect(html).toContain('<span data-pagefind-meta="updatedNote">Update date not stated by the source</span>');
      expect(html).toContain('<span data-pagefind-sort="updated">0000-00-00</span>');
    }
  });

  it('says "Not stated by the source" on the dataset page for the date, the contact and the licence', () => {
    for (const d of datasets) {
      const html = read(`datasets/${d.slug}/index.html`);
      const shown = ['modified', 'contactPoint', 'license'];
      for (const field of shown)
        expect(html.includes(`data-unstated="${field}"`), `${d.slug} ${field}`).toBe(d.placeholders.includes(field));
      // OPM's rights and access instructions placeholders are not facts of this list: the restricted-access notice
      // shows their own text, which says it is a placeholder.
      if (d.placeholders.some((f) => shown.includes(f)))
        expect(html).toMatch(/data-unstated="[^"]+">\s*Not stated by the source/);
    }
  });

  it('says "Update date not stated by the source" on the cards of the datasets list, after the dated ones', () => {
    // The list has a page of 20 cards after another: read them in order.
    const pageCount = fs.readdirSync(path.join(importedDist, 'datasets')).filter((d) => /^\d+$/.test(d)).length + 1;
    expect(pageCount).toBe(Math.ceil(datasets.length / 20));
    const list = [
      'datasets/index.html',
      ...Array.from({ length: pageCount - 1 }, (_, i) => `datasets/${i + 2}/index.html`),
    ]
      .map(read)
      .join('');
    const notes = list.split('Update date not stated by the source').length - 1;
    expect(notes).toBe(unknownDate.length);
    const firstNote = list.indexOf('Update date not stated by the source');
    const lastDated = list.lastIndexOf('Updated ');
    expect(lastDated).toBeLessThan(firstNote);
  });

  it('never counts an undated dataset as fresh: its freshness says the date is not stated, and its quality misses on-schedule', () => {
    const quality = JSON.parse(read('quality.json')) as {
      datasets: { id: string; freshness: { status: string }; checks: Record<string, boolean> }[];
    };
    for (const d of unknownDate) {
      expect(read(`datasets/${d.slug}/index.html`)).toContain('data-freshness="unknown"');
      const q = quality.datasets.find((x) => x.id === d.slug)!;
      expect(q.freshness.status).toBe('unknown');
      expect(q.checks['on-schedule']).toBe(false);
    }
    expect(read('feeds/overdue.xml')).not.toContain(unknownDate[0]!.slug);
  });

  it('leaves undated datasets out of the Atom feed, and gives null and notStated in the API', () => {
    const feed = read('feeds/datasets.xml');
    for (const d of unknownDate) expect(feed).not.toContain(`/datasets/${d.slug}/`);
    expect(feed).not.toContain(`<updated>${importDate}`);
    const list = JSON.parse(read('api/datasets.json')) as { datasets: Record<string, unknown>[] };
    for (const d of unknownDate) {
      const summary = list.datasets.find((x) => x['id'] === d.slug)!;
      expect(summary['modified']).toBeNull();
      expect(summary['notStated']).toEqual(d.placeholders);
      const record = JSON.parse(read(`api/datasets/${d.slug}.json`)) as Record<string, unknown>;
      expect(record['modified']).toBeNull();
    }
    const philly = JSON.parse(read('api/datasets/open-data-philly.json')) as Record<string, unknown>;
    expect(philly['contactPoint']).toBeNull();
  });

  it('gives no import date as modified in catalog.jsonld or the JSON-LD of a page; data.json, which must have one, says when the record entered the catalog', () => {
    const dataJson = JSON.parse(read('data.json')) as { dataset: Record<string, unknown>[] };
    for (const d of unknownDate) {
      const entry = dataJson.dataset.find((e) => String(e['identifier']).endsWith(`/datasets/${d.slug}/`))!;
      // DCAT-US requires `modified`: the update schedule when there is one, else the date of the first import.
      expect(entry['modified']).toMatch(/^(R\/P\w+|\d{4}-\d{2}-\d{2})$/);
      const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(
        read(`datasets/${d.slug}/index.html`),
      );
      expect(JSON.parse(jsonLd![1]!)).not.toHaveProperty('dateModified');
    }
    expect(read('catalog.jsonld')).not.toContain(`"${importDate}`);
    const validate = dcatUsNonFederal();
    validate(dataJson);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('publishes a data.json valid against the official DCAT-US 1.1 schema too, metadata-only and undated datasets included', () => {
    const validate = dcatUsFederal();
    const entries = dataJson().dataset;
    validate(dataJson());
    expect(validate.errors ?? []).toEqual([]);
    // OPM's 29 dataset-level access URLs are resources; its other 105 datasets list no download.
    expect(entries.filter((d) => !d['distribution']).length).toBe(134 - 29);
  });
});
