// No false alarm on real data: every CSV, TSV and GeoJSON in content/ and tests/fixtures profiled with the
// privacy guard has no value that looks like a Social Security or card number (the errors), and the sample
// catalog and the fixture catalog pass `npm run validate`'s privacy rules (their personal-looking columns,
// such as the addresses of street trees, are reviewed in their data dictionaries).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileDelimited, profileGeoJson } from '../../../../src/lib/profile/profile.ts';
import { nodeValidateEffects, validateCatalog } from '../../../../src/lib/validate/validate.ts';

function dataFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(csv|tsv|geojson)$/i.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

describe('the privacy guard on every real file in content/ and tests/fixtures', () => {
  const files = [...dataFiles('content'), ...dataFiles('tests/fixtures')];

  it('finds no Social Security or card number, and only the personal-looking columns we know of', async () => {
    expect(files.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const file of files) {
      const profile = file.endsWith('.geojson') ? await profileGeoJson(file) : await profileDelimited(file);
      for (const c of profile.columns)
        for (const p of c.privacy ?? []) found.push(`${path.basename(file)} [${c.name}] ${p.kind}`);
    }
    expect(found.filter((f) => / (ssn|card)$/.test(f))).toEqual([]);
    expect([...new Set(found)].sort()).toEqual([
      'nyc-311-noise-complaints-sample-2016.csv [Incident Address] address',
      'nyc-311-noise-complaints-sample-2016.csv [Resolution Description] phone',
      'sf-street-trees-sample.csv [qAddress] address',
      'street-trees.csv [qAddress] address',
      'trees-é.csv [qAddress] address',
      'trimet-stops-2012.geojson [stop_name] address',
    ]);
  }, 60_000);

  it.each(['content', 'tests/fixtures/catalog'])(
    '%s passes the privacy rules of npm run validate',
    (dir) => {
      const result = validateCatalog(path.resolve(dir), nodeValidateEffects());
      const privacy = result.problems.filter((p) => p.rule.startsWith('privacy/'));
      expect(privacy.filter((p) => p.severity === 'error')).toEqual([]);
      if (dir === 'content') expect(privacy).toEqual([]);
    },
    30_000,
  );
});
