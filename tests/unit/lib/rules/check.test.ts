// checkCatalog(): every finding carries its rule; completeness rules are warnings by default, and a catalog's
// policy raises, lowers or turns off the adjustable ones, never the ones that keep the site from being built.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../../../src/lib/content/read-catalog.ts';
import { formatFinding } from '../../../../src/lib/problems.ts';
import { checkCatalog } from '../../../../src/lib/rules/check.ts';
import { RULES } from '../../../../src/lib/rules/rules.ts';
import { datasetMd, memoryFs, validCatalog } from '../../../helpers/memory-fs.ts';

const root = path.resolve('/virtual/rules');
const catalogYaml = validCatalog()['catalog.yaml']!;

function findings(files: Record<string, string>, policy = '') {
  const content = readCatalog(root, {
    fs: memoryFs(root, validCatalog({ 'catalog.yaml': catalogYaml + policy, ...files })),
    cwd: root,
  });
  return { content, problems: checkCatalog(content) };
}
const lines = (problems: ReturnType<typeof checkCatalog>, severity: 'error' | 'warning') =>
  problems.filter((p) => p.severity === severity).map(formatFinding);

describe('checkCatalog()', () => {
  it('warns about recommended fields left out, each under its own rule, and finds no error', () => {
    const { problems } = findings({});
    expect(lines(problems, 'error')).toEqual([]);
    expect(lines(problems, 'warning')).toEqual([
      'datasets/calls/index.md:2 accrualPeriodicity: is recommended: it tells people how often to expect updates; add e.g. R/P1M or irregular [recommended/accrualPeriodicity]',
      'datasets/calls/index.md:2 temporal: is recommended: it tells people the period the data covers; add start/end dates [recommended/temporal]',
      'datasets/calls/index.md:2 spatial: is recommended: it tells people the area the data covers; add a place name [recommended/spatial]',
    ]);
  });

  it('keeps a public dataset with no resource in the catalog, with a warning (metadata only)', () => {
    const { content, problems } = findings({ 'datasets/calls/index.md': datasetMd({ resources: null }) });
    expect(content.datasets.map((d) => d.id)).toEqual(['calls']);
    expect(lines(problems, 'error')).toEqual([]);
    expect(problems.filter((p) => p.rule === 'no-resource').map((p) => p.severity)).toEqual(['warning']);
  });

  it('warns, without refusing the dataset, when issued is after modified', () => {
    const { content, problems } = findings({ 'datasets/calls/index.md': datasetMd({ issued: 'issued: 2021-01-01' }) });
    expect(content.datasets).toHaveLength(1);
    expect(problems.find((p) => p.rule === 'issued-after-modified')).toMatchObject({
      severity: 'warning',
      field: 'issued',
      line: 17,
    });
  });

  it('turns a warning into an error, and an unused rule on, as the catalog policy says', () => {
    const policy = 'policy:\n  recommended/spatial: error\n  no-dictionary: error\n  recommended/temporal: "off"\n';
    const { problems } = findings({}, policy);
    expect(lines(problems, 'error')).toEqual([
      'datasets/calls/index.md:2 spatial: is recommended: it tells people the area the data covers; add a place name [recommended/spatial]',
      'datasets/calls/index.md:14 resources[0]: calls.csv has no data dictionary; describe its columns in "schema" [no-dictionary]',
    ]);
    expect(problems.some((p) => p.rule === 'recommended/temporal')).toBe(false);
  });

  it('locates every error, and leaves the warnings of datasets with no error without a line, when asked', () => {
    const policy = 'policy:\n  recommended/spatial: error\n';
    const files = validCatalog({
      'catalog.yaml': catalogYaml + policy,
      'datasets/calls-2/index.md': datasetMd({ spatial: 'spatial: Portland, Oregon' }),
      'datasets/calls-2/calls.csv': 'call_start_dt,answer_wait\n4/30/2018 23:59,11\n',
    });
    const content = readCatalog(root, { fs: memoryFs(root, files), cwd: root });
    const quick = checkCatalog(content, [], { lines: 'errors' });
    expect(quick.filter((p) => p.severity === 'error').map(formatFinding)).toEqual(
      checkCatalog(content)
        .filter((p) => p.severity === 'error')
        .map(formatFinding),
    );
    expect(quick.filter((p) => p.file.includes('calls-2')).map((p) => [p.rule, p.line])).toEqual([
      ['recommended/accrualPeriodicity', undefined],
      ['recommended/temporal', undefined],
    ]);
  });

  it('refuses a policy that names no rule, or lowers a rule that keeps the site from being built', () => {
    const policy = 'policy:\n  recommended/spacial: error\n  unknown-reference: warning\n';
    const { problems } = findings(
      { 'datasets/calls/index.md': datasetMd({ organization: 'organization: nobody' }) },
      policy,
    );
    expect(lines(problems, 'error')).toEqual([
      'catalog.yaml:10 policy.recommended/spacial: "recommended/spacial" is not a rule; did you mean "recommended/spatial"? [policy]',
      'catalog.yaml:11 policy.unknown-reference: "unknown-reference" keeps the site from being built when it finds something, so it is always an error; remove this line [policy]',
      'datasets/calls/index.md:4 organization: "nobody" is not an organization; use one of portland-boec or add content/organizations/nobody.yaml [unknown-reference]',
    ]);
  });

  it('names a rule for every finding, from one list of rules', () => {
    const { problems } = findings({
      'datasets/calls/index.md': datasetMd({ license: 'license: CC-BY', misspelt: 'spatail: x' }),
    });
    expect(problems.map((p) => p.rule).sort()).toEqual(['invalid-value', 'unknown-field']);
    for (const p of problems) expect(RULES.has(p.rule), p.rule).toBe(true);
  });
});

describe('docs/rules.md', () => {
  it('lists every rule with its default severity and whether a policy may change it', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync('docs/rules.md', 'utf8');
    const cells = (line: string) => line.split('|').map((c) => c.trim());
    const rows = new Map(
      doc
        .split('\n')
        .filter((l) => l.startsWith('| `'))
        .map((l) => [cells(l)[1], cells(l)]),
    );
    for (const r of RULES.values()) {
      expect(rows.get(`\`${r.id}\``)?.slice(2, 4), r.id).toEqual([r.severity, r.adjustable ? 'yes' : 'no']);
    }
  });
});
