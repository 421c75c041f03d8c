// Every export on catalogs as `npm run import` writes them from real sources (each golden import case, with and
// without --fill-missing): data.json has 0 errors against GSA's non-federal DCAT-US 1.1 variant and the official
// schema (but for a `modified` or `keyword` the source did not state), and every address any export writes is a
// valid URI. Then the OPM catalog (134 metadata-only datasets) end to end: counts, validation, a second import,
// the exports.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { modelOf } from '../../../../src/lib/content/model.ts';
import { readCatalog } from '../../../../src/lib/content/read-catalog.ts';
import { apiDataset, apiDatasetList, apiOrganizations, apiThemes } from '../../../../src/lib/exports/api.ts';
import { datasetsFeed } from '../../../../src/lib/exports/atom.ts';
import { hasDataPackage, toDataPackage } from '../../../../src/lib/exports/datapackage.ts';
import { toDcatAp } from '../../../../src/lib/exports/dcat-ap.ts';
import { toDataJson } from '../../../../src/lib/exports/dcat-us.ts';
import type { ExportInput } from '../../../../src/lib/exports/model.ts';
import { toSchemaOrgDataset } from '../../../../src/lib/exports/schema-org.ts';
import { nodeValidateEffects, validateCatalog } from '../../../../src/lib/validate/validate.ts';
import { isUri } from '../../../../src/schemas/index.ts';
import { emptyCatalog, importCase, importCases, workFolder } from '../../../helpers/import-cases.ts';
import { dcatUsFederal, dcatUsNonFederal } from '../../../helpers/standards.ts';

const work = workFolder();
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const federal = dcatUsFederal();
const nonFederal = dcatUsNonFederal();

function exportInput(dir: string): ExportInput {
  const content = readCatalog(dir);
  expect(content.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return { ...modelOf(content), base: '/' };
}

/** Every export's documents, as the site writes them (feeds as text). */
function allExports(input: ExportInput): unknown[] {
  return [
    toDataJson(input),
    toDcatAp(input),
    apiDatasetList(input),
    apiOrganizations(input),
    apiThemes(input),
    datasetsFeed(input),
    ...input.datasets.flatMap((d) => [
      apiDataset(input, d),
      toSchemaOrgDataset(input, d),
      ...(hasDataPackage(d) ? [toDataPackage(input, d)] : []),
    ]),
  ];
}

/** Every http(s) address in a document: string values, and href="…" in XML. */
function addresses(doc: unknown, out: string[] = []): string[] {
  if (typeof doc === 'string') {
    if (/^https?:\/\//.test(doc)) out.push(doc);
    for (const m of doc.matchAll(/href="(https?:[^"]*)"/g)) out.push(m[1]!.replace(/&amp;/g, '&'));
  } else if (Array.isArray(doc)) for (const x of doc) addresses(x, out);
  else if (doc && typeof doc === 'object') for (const x of Object.values(doc)) addresses(x, out);
  return out;
}

/** data.json has 0 errors against the official (federal) DCAT-US 1.1 schema and against GSA's non-federal variant. */
function expectValidDataJson(input: ExportInput): void {
  const dataJson = toDataJson(input);
  nonFederal(dataJson);
  expect(nonFederal.errors ?? []).toEqual([]);
  federal(dataJson);
  expect(federal.errors ?? []).toEqual([]);
}

describe('exports of imported catalogs', () => {
  describe.each([
    ['with --fill-missing', true],
    ['without --fill-missing', false],
  ])('%s', (label, fillMissing) => {
    it.each(importCases)(
      `%s: data.json is valid against DCAT-US 1.1 and its non-federal variant, and every address in every export is a valid URI`,
      (name) => {
        const dir = emptyCatalog(work, `${name}-${label}`);
        importCase(name, dir, { fillMissing });
        const input = exportInput(dir);
        expectValidDataJson(input);
        const bad = addresses(allExports(input)).filter((u) => !isUri(u));
        expect(bad).toEqual([]);
      },
    );
  });
});

describe('the OPM data.json: 134 real metadata-only datasets', () => {
  it.each([
    ['without --fill-missing', false],
    ['with --fill-missing', true],
  ])(
    '%s: counts add up, validate finds 0 errors, a second import changes nothing, data.json is valid',
    (label, fillMissing) => {
      const dir = emptyCatalog(work, `opm-${label}`);
      const first = importCase('dcat-us/opm', dir, { fillMissing });
      expect(first.read).toBe(134);
      expect(first.created.length + first.updated.length + first.unchanged.length + first.skipped.length).toBe(134);
      // Every one gives `modified: "2023"`: read as its first day, the original kept.
      expect(first.repaired.filter((r) => r.field === 'modified').length).toBe(first.created.length);
      const validation = validateCatalog(dir, nodeValidateEffects(dir));
      expect(validation.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(validation.content.datasets.length).toBe(first.created.length);
      if (fillMissing) expect(first.created.length).toBe(134);
      // 105 are non-public or restricted without `rights`: left out unless placeholders are asked for.
      else
        expect(first.needsAttention.map((n) => n.missing)).toEqual(Array(105).fill(['rights', 'accessInstructions']));

      const before = fs.readFileSync(path.join(dir, 'datasets', first.created[0]!, 'index.md'), 'utf8');
      const second = importCase('dcat-us/opm', dir, { fillMissing, today: '2026-03-01' });
      expect(second.created).toEqual([]);
      expect(second.updated).toEqual([]);
      expect(second.unchanged.length).toBe(first.created.length);
      expect(fs.readFileSync(path.join(dir, 'datasets', first.created[0]!, 'index.md'), 'utf8')).toBe(before);

      const input = exportInput(dir);
      expectValidDataJson(input);
      expect(addresses(allExports(input)).filter((u) => !isUri(u))).toEqual([]);
      // The 29 dataset-level access URLs are resources, so data.json lists them as distributions.
      const withDistribution = (toDataJson(input)['dataset'] as { distribution?: unknown[] }[]).filter(
        (d) => d.distribution?.length,
      );
      expect(withDistribution.length).toBe(
        fillMissing ? 29 : input.datasets.filter((d) => d.data.resources.length).length,
      );
    },
  );
});
