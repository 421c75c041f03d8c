// An in-memory ContentFs: a catalog described as { 'relative/path': 'text' } for reader tests.
import path from 'node:path';
import type { ContentFs } from '../../src/lib/content/read-catalog.ts';

export function memoryFs(root: string, files: Record<string, string>): ContentFs {
  const abs = new Map(Object.entries(files).map(([k, v]) => [path.join(root, k), v]));
  return {
    readText: (file) => {
      const text = abs.get(file);
      if (text === undefined) throw new Error(`no file ${file}`);
      return text;
    },
    list: (dir) => {
      const names = new Map<string, boolean>();
      for (const file of abs.keys()) {
        if (!file.startsWith(dir + path.sep)) continue;
        const rest = file.slice(dir.length + 1).split(path.sep);
        names.set(rest[0] as string, rest.length > 1 || names.get(rest[0] as string) === true);
      }
      return [...names].map(([name, isDirectory]) => ({ name, isDirectory }));
    },
    size: (file) => {
      const text = abs.get(file);
      return text === undefined ? undefined : Buffer.byteLength(text);
    },
  };
}

/** A minimal valid catalog: one organization, one theme, one dataset with a CSV. Override any file. */
export function validCatalog(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    'catalog.yaml':
      'name: Test\ncity: Portland, Oregon\nbaseUrl: https://data.example.org/\npublisher:\n  name: City of Portland\ncontactPoint:\n  name: Open Data Team\n  email: opendata@example.org\n',
    'organizations/portland-boec.yaml': 'name: Bureau of Emergency Communications\n',
    'themes/public-safety.yaml': 'name: Public safety\n',
    'datasets/calls/index.md': datasetMd(),
    'datasets/calls/calls.csv': 'call_start_dt,answer_wait\n4/30/2018 23:59,11\n',
    ...overrides,
  };
}

/** A valid dataset's index.md; `replace` swaps lines (by their key) or adds them. */
export function datasetMd(replace: Record<string, string | null> = {}, body = 'Calls to 911.'): string {
  const lines: [string, string][] = [
    ['title', 'title: 911 calls in April 2018'],
    ['summary', 'summary: Every call answered by the 911 centre in April 2018.'],
    ['organization', 'organization: portland-boec'],
    ['contactPoint', 'contactPoint:\n  name: BOEC\n  email: 311@portlandoregon.gov'],
    ['license', 'license: CC-BY-4.0'],
    ['modified', 'modified: 2020-11-05'],
    ['accessLevel', 'accessLevel: public'],
    ['keywords', 'keywords: [911, emergency]'],
    ['themes', 'themes: [public-safety]'],
    ['resources', 'resources:\n  - title: Calls\n    path: calls.csv\n    format: CSV'],
  ];
  const out = lines
    .filter(([k]) => replace[k] !== null)
    .map(([k, v]) => (typeof replace[k] === 'string' ? replace[k] : v));
  for (const [k, v] of Object.entries(replace)) if (v && !lines.some(([key]) => key === k)) out.push(v);
  return `---\n${out.join('\n')}\n---\n${body}\n`;
}
