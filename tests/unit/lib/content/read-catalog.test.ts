import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../../../src/lib/content/read-catalog.ts';
import { formatProblem } from '../../../../src/lib/problems.ts';
import { datasetMd, memoryFs, validCatalog } from '../../../helpers/memory-fs.ts';

const root = path.resolve('/catalog');
const read = (files: Record<string, string>) => readCatalog(root, { fs: memoryFs(root, files), cwd: root });
const messages = (files: Record<string, string>) => read(files).problems.map(formatProblem);

describe('readCatalog() on the sample catalog', () => {
  const content = readCatalog('content');

  it('parses every sample dataset with no problem', () => {
    expect(content.problems.map(formatProblem)).toEqual([]);
  });

  it('meets the sample catalog minimums: 20 datasets, 5 organizations, 6 themes, 10 dictionaries', () => {
    expect(content.datasets.length).toBeGreaterThanOrEqual(20);
    expect(new Set(content.datasets.map((d) => d.data.organization)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(content.datasets.flatMap((d) => d.data.themes)).size).toBeGreaterThanOrEqual(6);
    expect(content.datasets.filter((d) => d.schemas.some(Boolean)).length).toBeGreaterThanOrEqual(10);
  });

  it('has remote-only datasets and a restricted dataset with no files', () => {
    const remoteOnly = content.datasets.filter((d) => d.data.resources.length > 0 && d.data.resources.every((r) => r.url && !r.path));
    expect(remoteOnly.length).toBeGreaterThanOrEqual(2);
    const restricted = content.datasets.filter((d) => d.data.accessLevel === 'restricted public');
    expect(restricted.length).toBeGreaterThanOrEqual(1);
    for (const d of restricted) {
      expect(d.data.resources.some((r) => r.path)).toBe(false);
      expect(d.data.accessInstructions).toBeTruthy();
    }
  });

  it('has at least three files copied byte for byte from the MESSY- originals in shared/data', () => {
    // sha256 of the MESSY- files listed in shared/data/MANIFEST.md.
    const messy = new Set([
      '9d5e2a7e32d3c876757f4b3d1882310679bd11951dc7e03b2ae46af15c83060f', // boston/MESSY-NON-UTF8-boston-offense-codes.csv
      '3c8af36b1120ba9959e552f6adfb798e5eb4c875683ef3d005a12bdaf5d926ef', // paris/MESSY-SEMICOLON-paris-arbres-remarquables.csv
      '8a57484abc503fb04de2057876ec601ff3ab48cbdbfa087bd436f65361b7895a', // portland/MESSY-bds-permit-apps-received-per-month.csv
      '0d8a07cfc6d82d6d58a4989e22eb5c01f9b5c55fcc75b443f1a9ad07b453017d', // portland/MESSY-fire-incident-history-2019-metadata.csv
      '66a6611f0ac26fe72aed05100783b1c50176c6775ed24d9817d7492b551f4b31', // portland/MESSY-portland-budget-history-fy2007-fy2016.csv
      'd96ce3994cbd7aaa734b406a02ccbb4d25e4709a90e122e839502d4ffe0bc01e', // portland/MESSY-portland-neighborhood-demographics-2010.csv
    ]);
    const hashes = content.datasets.flatMap((d) => d.files.filter((f) => f !== undefined).map((f) => createHash('sha256').update(fs.readFileSync(f.absolutePath)).digest('hex')));
    expect(hashes.filter((h) => messy.has(h)).length).toBeGreaterThanOrEqual(3);
  });

  it('records where every copied file came from and under what licence', () => {
    for (const d of content.datasets) {
      d.data.resources.forEach((r) => {
        if (r.path) expect(r.provenance?.license, `${d.file} ${r.path}`).toBeTruthy();
      });
    }
  });
});

describe('readCatalog() with bad metadata', () => {
  it('accepts the valid minimal catalog', () => {
    const content = read(validCatalog());
    expect(content.problems).toEqual([]);
    expect(content.datasets.map((d) => d.id)).toEqual(['calls']);
    expect(content.datasets[0]?.files[0]?.bytes).toBeGreaterThan(0);
  });

  it.each([
    ['a missing title', { title: null }, 'datasets/calls/index.md:2 title: is required: add a title such as "Street trees"'],
    ['an unknown organization', { organization: 'organization: portland-fire' }, 'datasets/calls/index.md:4 organization: "portland-fire" is not an organization; use one of portland-boec or add content/organizations/portland-fire.yaml'],
    ['a date that does not exist', { modified: 'modified: 2024-02-30' }, 'datasets/calls/index.md:9 modified: is not a real date (that day does not exist); write it as YYYY-MM-DD, for example 2024-02-29'],
    ['an unknown licence', { license: 'license: CC-BY' }, 'datasets/calls/index.md:8 license: "CC-BY" is not a known licence; use an SPDX id such as CC-BY-4.0, or the URL of the licence text'],
    ['both path and url on a resource', { resources: 'resources:\n  - title: Calls\n    path: calls.csv\n    url: https://example.org/calls.csv\n    format: CSV' }, 'datasets/calls/index.md:16 resources[0].url: a resource has either "path" (a local file) or "url" (remote), not both; remove one'],
    ['an unknown theme', { themes: 'themes: [public-safety, safety]' }, 'datasets/calls/index.md:12 themes[1]: "safety" is not a theme; use one of public-safety or add content/themes/safety.yaml'],
    ['a resource file that is not there', { resources: 'resources:\n  - title: Calls\n    path: call.csv\n    format: CSV' }, 'datasets/calls/index.md:15 resources[0].path: file "call.csv" does not exist in datasets/calls/; files there: calls.csv'],
    ['an unknown field', { keywords: 'keywords: [911]\nkeyword: [calls]' }, 'datasets/calls/index.md:12 keyword: is not a field we know; did you mean "keywords"?'],
    ['a bad email', { contactPoint: 'contactPoint:\n  name: BOEC\n  email: boec at portland' }, 'datasets/calls/index.md:7 contactPoint.email: is not an email address; write it like name@example.org'],
    ['a script tag in the title', { title: 'title: "<script>alert(1)</script>"' }, 'datasets/calls/index.md:2 title: contains HTML tags such as <script>, which are not allowed here; write plain text'],
  ])('rejects %s with a message naming the file, line and field', (_label, replace, expected) => {
    expect(messages(validCatalog({ 'datasets/calls/index.md': datasetMd(replace) }))).toContain(expected);
  });

  it('reports a tab in the YAML indentation as a YAML error on its line', () => {
    const md = datasetMd({ contactPoint: 'contactPoint:\n\tname: BOEC\n\temail: 311@portlandoregon.gov' });
    const problems = read(validCatalog({ 'datasets/calls/index.md': md })).problems;
    expect(problems.map((p) => p.line)).toEqual([6, 7]);
    expect(problems[0]).toMatchObject({ file: 'datasets/calls/index.md', field: '', severity: 'error' });
    expect(problems[0]?.message).toBe('the YAML cannot be read: Tabs are not allowed as indentation — check indentation (spaces, not tabs), and put text containing ": " or "#" in double quotes');
  });

  it('reports every problem in one run, not only the first', () => {
    const md = datasetMd({ title: null, license: 'license: CC-BY', modified: 'modified: 2024-13-01' });
    const problems = read(validCatalog({ 'datasets/calls/index.md': md })).problems;
    expect(problems.map((p) => p.field).sort()).toEqual(['license', 'modified', 'title']);
  });

  it('leaves a dataset with problems out of the result, so nothing half-checked is published', () => {
    const content = read(validCatalog({ 'datasets/calls/index.md': datasetMd({ license: 'license: CC-BY' }) }));
    expect(content.datasets).toEqual([]);
  });

  it('rejects a restricted dataset that publishes a file or does not say how to get access', () => {
    const md = datasetMd({ accessLevel: 'accessLevel: restricted public' });
    const msgs = messages(validCatalog({ 'datasets/calls/index.md': md }));
    expect(msgs).toContain('datasets/calls/index.md:15 resources[0].path: a restricted public dataset must not publish files; remove the file and explain access in accessInstructions');
    expect(msgs.some((m) => m.includes('accessInstructions: is required when accessLevel is "restricted public"'))).toBe(true);
  });

  it('rejects a dataset folder name that is not URL-safe', () => {
    const files = validCatalog();
    files['datasets/Calls 2018/index.md'] = files['datasets/calls/index.md'] as string;
    expect(messages(files)).toContain('datasets/Calls 2018/index.md the folder name (the dataset slug) "Calls 2018" is not URL-safe; rename it with lower-case letters, digits and hyphens only');
  });

  it('rejects a dataset folder name made only of digits, the URL of a page of the list of datasets', () => {
    const files = validCatalog();
    files['datasets/311/index.md'] = files['datasets/calls/index.md'] as string;
    expect(messages(files)).toContain('datasets/311/index.md the folder name (the dataset slug) "311" is only digits, the URL of a page of the list of datasets (/datasets/311/); rename the folder, e.g. to "dataset-311"');
    // Digits among letters are an id like any other.
    delete files['datasets/311/index.md'];
    files['datasets/311-calls/index.md'] = files['datasets/calls/index.md'] as string;
    expect(messages(files).filter((m) => m.includes('only digits'))).toEqual([]);
  });

  it('accepts NOASSERTION and licence URLs', () => {
    for (const license of ['NOASSERTION', 'https://opendatacommons.org/licenses/odbl/1-0/']) {
      expect(read(validCatalog({ 'datasets/calls/index.md': datasetMd({ license: `license: ${license}` }) })).problems).toEqual([]);
    }
  });
});
