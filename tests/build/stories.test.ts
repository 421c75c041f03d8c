// The sample stories, built: every figure is computed from the data (checked here independently), every
// chart is an SVG with a description and its data, and datasets and stories link both ways.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/lib/content/read-catalog.ts';
import { findUsages } from '../../src/lib/stories/usages.ts';
import { storiesFor } from '../../src/lib/content/localize.ts';
import { questionFromParams } from '../../src/lib/ask/question.ts';
import { questionFromAttributes } from '../../src/lib/ask/story-question.ts';
import { repoRoot, sampleDist } from '../helpers/astro-build.ts';

const content = readCatalog(path.join(repoRoot, 'content'));
// Each language of the catalog and where its pages are: the default at the root, the others under their code.
const languages = content.catalog!.languages.map((l, i) => [l, i === 0 ? '' : `${l}/`] as const);
const read = (file: string) => fs.readFileSync(path.join(sampleDist, file), 'utf8');

/** The rows of a dataset's only local file, parsed here on their own (CSV) or from GeoJSON properties. */
function rowsOf(slug: string): Record<string, string>[] {
  const d = content.datasets.find((x) => x.id === slug)!;
  const file = d.files.find(Boolean)!.absolutePath;
  if (file.endsWith('.geojson')) {
    return JSON.parse(fs.readFileSync(file, 'utf8')).features.map((f: { properties: Record<string, unknown> }) =>
      Object.fromEntries(Object.entries(f.properties).map(([k, v]) => [k, String(v)])),
    );
  }
  return Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

/** Applies "col=value; col!=value" by hand. */
function where(rows: Record<string, string>[], filter: string): Record<string, string>[] {
  const conds = filter
    .split(';')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => c.split(/(!?=)/).map((p) => p.trim()));
  return rows.filter((r) => conds.every(([col, op, value]) => (r[col!] === value) === (op === '=')));
}

function independently(dataset: string, measure: string): number {
  const [spec = '', filter = ''] = measure.split('|');
  const [op, column] = spec.split(':');
  const rows = where(rowsOf(dataset), filter);
  if (op === 'count') return rows.length;
  const values = rows
    .map((r) => r[column!]!)
    .filter((v) => /^-?\d+(\.\d+)?$/.test(v))
    .map(Number);
  if (op === 'sum') return values.reduce((a, b) => a + b, 0);
  if (op === 'median') {
    const s = values.sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  }
  throw new Error(`no independent computation for ${op}`);
}

/** A <Query>'s answer computed here on its own: rows kept by `column = value` conditions, grouped by one column
 *  as written, counted or the median of the numbers of `of`; in the order the engine gives them, by value or group. */
function independentAnswer(p: Record<string, string>): { key: string; value: number }[] {
  expect(p['group'], 'one column, no date bin').toMatch(/^[^,]+$/);
  expect(p['group']).not.toMatch(/ by /);
  const conditions = (p['where'] ?? '')
    .split(';')
    .filter((c) => c.trim())
    .map((c) => c.split(' = ').map((x) => x.trim()) as [string, string]);
  const groups = new Map<string, number[]>();
  for (const r of rowsOf(p['dataset']!)) {
    if (!conditions.every(([col, value]) => r[col] === value)) continue;
    const key = r[p['group']!]!.trim();
    if (!groups.has(key)) groups.set(key, []);
    const cell = p['of'] ? r[p['of']]! : '1';
    if (/^-?\d+(\.\d+)?$/.test(cell)) groups.get(key)!.push(Number(cell));
  }
  const measure = p['measure'] ?? 'count';
  const median = (s: number[]) => {
    s.sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  };
  const rows = [...groups].map(([key, values]) => {
    if (measure === 'count') return { key, value: values.length };
    if (measure === 'median') return { key, value: values.length ? median(values) : NaN };
    throw new Error(`no independent computation for ${measure}`);
  });
  const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
  const sign = p['sort'] === 'value-desc' ? -1 : 1;
  return rows.sort((a, b) =>
    !p['sort'] || p['sort'] === 'group'
      ? byKey(a, b)
      : Number.isNaN(a.value) !== Number.isNaN(b.value)
        ? Number.isNaN(a.value)
          ? 1
          : -1
        : sign * (a.value - b.value) || byKey(a, b),
  );
}

describe('the sample stories', () => {
  it('has at least three stories, each built with a page in every language, and listed in the language it is in', () => {
    expect(content.stories.length).toBeGreaterThanOrEqual(3);
    for (const [lang, prefix] of languages) {
      for (const s of content.stories)
        expect(fs.existsSync(path.join(sampleDist, prefix, 'stories', s.id, 'index.html'))).toBe(true);
      const list = read(`${prefix}stories/index.html`);
      const listed = storiesFor(content.stories, lang);
      // A story translated into this language is listed in it, not in its original.
      expect(listed.length).toBeLessThan(content.stories.length);
      for (const s of content.stories)
        expect(list.includes(`href="/${prefix}stories/${s.id}/"`), `${lang} ${s.id}`).toBe(listed.includes(s));
    }
  });

  it('shows only figures computed from the data, and each matches an independent computation', () => {
    let checked = 0;
    for (const s of content.stories) {
      const html = read(`stories/${s.id}/index.html`);
      const figures = [
        ...html.matchAll(/data-big-number data-value="([^"]+)" data-dataset="([^"]+)" data-measure="([^"]+)"/g),
      ];
      expect(figures.length).toBe(findUsages(s.body).filter((u) => u.component === 'BigNumber').length);
      for (const [, value, dataset, measure] of figures) {
        expect(Number(value), `${s.id}: ${measure}`).toBeCloseTo(
          independently(dataset!, measure!.replace(/&amp;/g, '&')),
          6,
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6);
  });

  it('draws every chart as an SVG with a description, its data as a table, and a download of its rows', () => {
    for (const s of content.stories) {
      const html = read(`stories/${s.id}/index.html`);
      const charts = findUsages(s.body).filter((u) => u.component === 'Chart' || u.component === 'Map');
      expect(html.match(/<figure class="story-chart/g)?.length).toBe(charts.length);
      expect(html.match(/<svg[^>]*role="img"[^>]*aria-label="[^"]+"/g)?.length).toBeGreaterThanOrEqual(charts.length);
      for (const m of html.matchAll(/href="(\/stories\/[^"]+\/chart-[0-9a-f]+\.csv)"/g)) {
        const csv = read(m[1]!.slice(1));
        expect(csv.split('\n').length).toBeGreaterThan(1);
      }
      expect(html).not.toMatch(/<style>:where\(\.plot/);
    }
  });

  it('offers exactly the rows a chart uses for download', () => {
    const html = read('stories/911-calls-april-2018/index.html');
    const figure = html.slice(html.indexOf('How long mobile callers waited'));
    const href = /href="(\/stories\/[^"]+\.csv)"/.exec(figure)![1]!;
    const rows = Papa.parse<string[]>(read(href.slice(1)), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['answer_wait']);
    expect(rows.length - 1).toBe(where(rowsOf('boec-911-calls-april-2018'), 'group_name=BOEC Wireless').length);
  });

  it('prints each <Query> answer as an independent computation gives it, with a link that asks the same question', () => {
    let checked = 0;
    for (const s of content.stories) {
      const queries = findUsages(s.body).filter((u) => u.component === 'Query' && u.props['group']);
      const html = read(`stories/${s.id}/index.html`);
      const figures = [...html.matchAll(/<figure class="story-query"[\s\S]*?<\/figure>/g)].map((m) => m[0]);
      expect(figures.length, s.id).toBe(queries.length);
      queries.forEach((usage, i) => {
        const figure = figures[i]!;
        const printed = [...figure.matchAll(/<tr><th scope="row">([^<]*)<\/th><td>(?:<data value="([^"]+)">)?/g)].map(
          ([, key, value]) => ({ key: key!, value: value === undefined ? NaN : Number(value) }),
        );
        const expected = independentAnswer(usage.props).map((r) => ({ ...r, key: r.key || '(no value)' }));
        expect(printed.map((r) => r.key)).toEqual(expected.map((r) => r.key));
        printed.forEach((r, j) =>
          Number.isNaN(expected[j]!.value)
            ? expect(r.value).toBeNaN()
            : expect(r.value).toBeCloseTo(expected[j]!.value, 9),
        );
        const href = /<a href="([^"]+)">Change this question<\/a>/.exec(figure)![1]!.replace(/&amp;/g, '&');
        const [page, hash] = href.split('#') as [string, string];
        expect(page).toBe(`/datasets/${usage.props['dataset']}/`);
        expect(questionFromParams(new URLSearchParams(hash))).toEqual(questionFromAttributes(usage.props));
        const csv = /href="\/(stories\/[^"]+\/query-[0-9a-f]+\.csv)"/.exec(figure)![1]!;
        expect(Papa.parse<string[]>(read(csv), { skipEmptyLines: true }).data.length - 1).toBe(expected.length);
        checked++;
      });
    }
    expect(checked).toBeGreaterThanOrEqual(1);
  });

  it("lists, on each dataset page, the stories that use it, in the page's language where translated", () => {
    for (const [lang, prefix] of languages)
      for (const s of storiesFor(content.stories, lang)) {
        for (const slug of s.data.datasets)
          expect(read(`${prefix}datasets/${slug}/index.html`), slug).toContain(`href="/${prefix}stories/${s.id}/"`);
      }
  });

  it('keeps a story page with several charts under 60 kB of HTML, CSS and JS (gzip), with no script needed', async () => {
    const { gzipSync } = await import('node:zlib');
    const html = read('stories/911-calls-april-2018/index.html');
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);
    expect(gzipSync(html).length).toBeLessThan(60_000);
  });
});
