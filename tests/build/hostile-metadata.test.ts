// Hostile metadata (quotes, </script>, <, &, non-ASCII, emoji) goes through every export and stays inert.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/lib/content/read-catalog.ts';
import { modelOf } from '../../src/lib/content/model.ts';
import { escapeHtml } from '../../src/lib/html.ts';
import { toDataJson } from '../../src/lib/exports/dcat-us.ts';
import { toDcatAp } from '../../src/lib/exports/dcat-ap.ts';
import { datasetsFeed } from '../../src/lib/exports/atom.ts';
import { jsonForScript, toSchemaOrgDataset } from '../../src/lib/exports/schema-org.ts';
import type { ExportInput } from '../../src/lib/exports/model.ts';
import { fixtureContent, fixtureDist } from '../helpers/astro-build.ts';
import { listFiles } from '../helpers/dist.ts';
import { dcatUsFederal } from '../helpers/standards.ts';

const content = readCatalog(fixtureContent);
const hostile = content.datasets.find((d) => d.id === 'hostile-metadata')!;
const read = (file: string) => fs.readFileSync(path.join(fixtureDist, file), 'utf8');

describe('hostile metadata in the built fixture catalog', () => {
  it('is in the fixture catalog', () => {
    expect(hostile.data.title).toContain('🌳');
    expect(hostile.body).toContain('<script>');
  });

  it('leaves every JSON export parseable and data.json valid', () => {
    const jsonFiles = listFiles(fixtureDist).filter((f) => /\.(json|jsonld)$/.test(f));
    expect(jsonFiles.length).toBeGreaterThan(10);
    for (const f of jsonFiles) expect(() => JSON.parse(read(f)), f).not.toThrow();
    const dataJson = JSON.parse(read('data.json'));
    expect(dataJson.dataset.find((d: { title: string }) => d.title === hostile.data.title)).toBeDefined();
    const validate = dcatUsFederal();
    validate(dataJson);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('escapes the text on the dataset page and turns raw HTML in the description into text', () => {
    const html = read('datasets/hostile-metadata/index.html');
    expect(html).toContain(`<h1 data-pagefind-weight="10">${escapeHtml(hostile.data.title)}</h1>`);
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).not.toMatch(/<img[^>]+onerror/);
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    // Only the JSON-LD data block and the site's own bundled modules may open a <script>.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts)
      expect(s).toMatch(/^<script type="application\/ld\+json">$|^<script type="module" src="\/_astro\/[\w.-]+\.js">$/);
  });

  it('keeps the Atom feed free of unescaped markup', () => {
    const feed = read('feeds/datasets.xml');
    expect(feed).toContain(`<title>${escapeHtml(hostile.data.title)}</title>`);
    expect(feed).not.toMatch(/<\/title><b>/);
  });
});

describe('exports given metadata the schema would refuse', () => {
  // The validator refuses <script> in metadata; the exports must stay safe even if such text gets through.
  const evil = '</script><script>alert(1)</script> & "q" \' <b> ]]> 🌳 \u2028';
  const input: ExportInput = {
    ...modelOf(content),
    base: '/',
    stories: [],
    datasets: [{ ...hostile, data: { ...hostile.data, title: evil, summary: evil, keywords: [evil] }, body: evil }],
  };

  it('keeps JSON-LD for a <script> element unable to close it', () => {
    const text = jsonForScript(toSchemaOrgDataset(input, input.datasets[0]!));
    expect(text).not.toContain('</script');
    expect(text).not.toContain('<');
    expect(JSON.parse(text).name).toBe(evil);
  });

  it('round-trips the text through data.json and DCAT-AP', () => {
    expect(JSON.parse(JSON.stringify(toDataJson(input))).dataset[0].title).toBe(evil);
    const ap = JSON.parse(JSON.stringify(toDcatAp(input)));
    expect(ap['dcat:dataset'][0]['dct:title']['@value']).toBe(evil);
  });

  it('escapes every markup character in the Atom feed', () => {
    const feed = datasetsFeed(input);
    const entry = feed.slice(feed.indexOf('<entry>'));
    expect(entry).not.toContain('<script>');
    expect(entry).toContain(
      '&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39; &lt;b&gt; ]]&gt; 🌳',
    );
  });
});
