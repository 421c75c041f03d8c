// Each quality check on real sample datasets: one that passes and one that misses it (a real dataset where the
// sample has one, else a real dataset with that one thing changed); and the formula adds up to 100.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DatasetModel } from '../../../../src/lib/content/model.ts';
import { readCatalog } from '../../../../src/lib/content/read-catalog.ts';
import { CHECKS, type QualityInput } from '../../../../src/lib/quality/checks.ts';
import { statedModified } from '../../../../src/lib/unstated.ts';
import { freshnessOf } from '../../../../src/lib/quality/freshness.ts';
import { MAX_SCORE, scoreDataset } from '../../../../src/lib/quality/score.ts';
import { checkCatalog } from '../../../../src/lib/rules/check.ts';
import { completenessProblems } from '../../../../src/lib/rules/completeness.ts';

const content = readCatalog(path.resolve('content'));
const findings = checkCatalog(content);
const TODAY = '2026-06-01';
const real = (id: string) => content.datasets.find((d) => d.id === id)!;
/** A real dataset with some of its metadata (or its description) changed. */
const changed = (id: string, data: Partial<DatasetModel['data']>, body?: string): DatasetModel => {
  const d = real(id);
  return { ...d, data: { ...d.data, ...data }, body: body ?? d.body };
};

/** The checks' input for `d`; `unknown` fields are listed as import placeholders, as an import records them. */
function inputOf(real0: DatasetModel, unknown: string[] = []): QualityInput {
  const d = unknown.length ? withPlaceholders(real0, unknown) : real0;
  const own = findings.filter((f) => f.file === d.file && real(d.id) === d);
  return {
    dataset: d,
    findings: real(d.id) === d ? own : completenessProblems(d),
    freshness: freshnessOf(statedModified(d.data), d.data.accrualPeriodicity, TODAY),
  };
}
function withPlaceholders(d: DatasetModel, fields: string[]): DatasetModel {
  const source = { kind: 'dcat-us', url: 'data.json', identifier: d.id, harvested: TODAY, placeholders: fields };
  return { ...d, data: { ...d.data, source: source as NonNullable<DatasetModel['data']['source']> } };
}
const passes = (check: string, d: DatasetModel, unknown: string[] = []) =>
  scoreDataset(inputOf(d, unknown)).checks.find((c) => c.id === check)!.passed;

const calls = 'boec-911-calls-april-2018';

describe('the quality checks on real datasets', () => {
  it.each<[string, DatasetModel]>([
    ['description', changed(calls, {}, 'Calls to 911.')],
    ['keywords', changed(calls, { keywords: ['911'] })],
    ['themes', changed(calls, { themes: [] })],
    ['spatial', changed(calls, { spatial: undefined })],
    ['temporal', real('paris-remarkable-trees')],
    ['download', real('seattle-neighborhood-boundaries')],
    ['contact', real('seattle-pet-licenses')],
    ['open-format', real('seattle-neighborhood-boundaries')],
    ['dictionary', real('trimet-stops-2012')],
    ['license', real('seattle-pet-licenses')],
    ['methodology', real('fire-rescue-incident-records-2019')],
    ['caveats', changed(calls, { caveats: undefined })],
    ['frequency', real('seattle-pet-licenses')],
    ['on-schedule', real(calls)],
  ])('%s: the 911 calls pass it (when on schedule), and this dataset misses it', (check, missing) => {
    const onSchedule = changed(calls, { modified: TODAY });
    expect(passes(check, check === 'on-schedule' ? onSchedule : real(calls))).toBe(true);
    expect(passes(check, missing)).toBe(false);
  });

  it('misses the dictionary check for a local table without one, although rule no-dictionary is off by default', () => {
    const d = real(calls);
    expect(passes('dictionary', { ...d, schemas: d.schemas.map(() => undefined) })).toBe(false);
  });

  it('counts a field the source did not state (an import placeholder) as missing', () => {
    expect(passes('contact', real(calls), ['contactPoint'])).toBe(false);
    expect(passes('license', real(calls), ['license'])).toBe(false);
    expect(passes('on-schedule', changed(calls, { modified: TODAY }), ['modified'])).toBe(false);
  });

  it('has a check for every dimension, with points adding up to 100', () => {
    expect(MAX_SCORE).toBe(100);
    expect(new Set(CHECKS.map((c) => c.dimension)).size).toBe(6);
    expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
  });

  it('scores a dataset as the sum of the points of the checks it passes', () => {
    for (const d of content.datasets) {
      const q = scoreDataset(inputOf(d));
      expect(q.score).toBe(q.checks.filter((c) => c.passed).reduce((n, c) => n + c.points, 0));
      expect(Object.values(q.dimensions).reduce((n, x) => n + x.points, 0)).toBe(q.score);
    }
  });
});

describe('docs/quality.md', () => {
  it('documents every check with its dimension and points, as the formula computes them', async () => {
    const { readFileSync } = await import('node:fs');
    const cells = (line: string) => line.split('|').map((c) => c.trim());
    const rows = new Map(
      readFileSync('docs/quality.md', 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('| `'))
        .map((l) => [cells(l)[1], cells(l)]),
    );
    expect(rows.size).toBe(CHECKS.length);
    for (const c of CHECKS) expect(rows.get(`\`${c.id}\``)?.[3], c.id).toBe(String(c.points));
  });
});
