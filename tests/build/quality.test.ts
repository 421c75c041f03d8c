// The quality report of the built sample catalog: scores anyone can recompute from /quality.json with the
// published formula, and overdue datasets shown on their page, in the search index, on /quality/ and in the feed.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/lib/content/read-catalog.ts';
import { freshnessOf } from '../../src/lib/quality/freshness.ts';
import { repoRoot, sampleDist, TEST_TODAY } from '../helpers/astro-build.ts';

const content = readCatalog(path.join(repoRoot, 'content'));
const read = (file: string) => fs.readFileSync(path.join(sampleDist, file), 'utf8');
type Report = {
  maxScore: number;
  checks: { id: string; points: number; dimension: string }[];
  datasets: { id: string; score: number; checks: Record<string, boolean>; freshness: { status: string } }[];
};
const report = JSON.parse(read('quality.json')) as Report;
const overdue = content.datasets.filter(
  (d) => freshnessOf(d.data.modified, d.data.accrualPeriodicity, TEST_TODAY).status === 'overdue',
);

describe('the quality report of the sample catalog', () => {
  it('scores every dataset, and each score is the sum of the points of its passed checks (the published formula)', () => {
    expect(report.datasets.map((d) => d.id).sort()).toEqual(content.datasets.map((d) => d.id).sort());
    expect(report.checks.reduce((n, c) => n + c.points, 0)).toBe(report.maxScore);
    const points = new Map(report.checks.map((c) => [c.id, c.points]));
    for (const d of report.datasets) {
      expect(Object.keys(d.checks).sort()).toEqual([...points.keys()].sort());
      const recomputed = Object.entries(d.checks).reduce((n, [id, ok]) => n + (ok ? points.get(id)! : 0), 0);
      expect(recomputed, d.id).toBe(d.score);
      expect(read(`datasets/${d.id}/index.html`)).toContain(`data-score="${d.score}"`);
    }
  });

  it('documents the same formula on /quality/: every check with its points', () => {
    const html = read('quality/index.html');
    for (const c of report.checks) expect(html).toContain(`data-check="${c.id}" data-points="${c.points}"`);
  });

  it('offers the scores as CSV, one row per dataset', () => {
    const rows = Papa.parse<Record<string, string>>(read('quality.csv'), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r['id'], Number(r['score'])]).sort()).toEqual(
      report.datasets.map((d) => [d.id, d.score]).sort(),
    );
  });

  it('shows a dataset past its promised update as overdue on its page, in search, on /quality/ and in the feed', () => {
    expect(overdue.map((d) => d.id)).toContain('boec-911-calls-april-2018');
    const feed = read('feeds/overdue.xml');
    const quality = read('quality/index.html');
    for (const d of overdue) {
      const page = read(`datasets/${d.id}/index.html`);
      expect(page).toContain('data-freshness="overdue"');
      expect(page).toMatch(/last updated \d+ (years|months) ago, \d+ (years|months|weeks|days) overdue/);
      expect(page).toContain('<span data-pagefind-filter="freshness">Overdue</span>');
      expect(quality).toContain(`href="/datasets/${d.id}/"`);
      expect(feed).toContain(`https://data.example.org/datasets/${d.id}/`);
    }
    expect(feed.match(/<entry>/g)?.length).toBe(overdue.length);
    const fresh = content.datasets.filter((d) => !overdue.includes(d));
    for (const d of fresh) expect(read(`datasets/${d.id}/index.html`)).not.toContain('data-freshness="overdue"');
  });

  it("gives each organization's average score and overdue count on its page", () => {
    for (const o of content.organizations.filter((x) => x.datasets.length)) {
      const scores = report.datasets.filter((d) => o.datasets.some((x) => x.id === d.id)).map((d) => d.score);
      const average = Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
      const late = o.datasets.filter((d) => overdue.includes(d)).length;
      expect(read(`organizations/${o.id}/index.html`)).toContain(
        `score of its datasets: ${average} out of 100 (${late} overdue)`,
      );
    }
  });
});
