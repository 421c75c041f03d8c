import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { profileDelimited, profileGeoJson } from '../../../../src/lib/profile/profile.ts';
import { readCatalog } from '../../../../src/lib/content/read-catalog.ts';

/** Counts CSV records on its own (quotes, CR, LF, CRLF), as an independent check of the profiler's row count. */
function countRecords(bytes: Buffer): number {
  let records = 0;
  let inQuotes = false;
  let nonEmpty = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 0x22) inQuotes = !inQuotes;
    if (!inQuotes && (c === 0x0a || c === 0x0d)) {
      if (c === 0x0d && bytes[i + 1] === 0x0a) i++;
      if (nonEmpty) records++;
      nonEmpty = false;
    } else nonEmpty = true;
  }
  if (nonEmpty) records++;
  return records;
}

const content = readCatalog('content');
const localFiles = content.datasets.flatMap((d) =>
  d.data.resources.map((r, i) => ({ d, r, i, file: d.files[i] })).filter((x) => x.file),
);
const csvs = localFiles.filter((x) => /\.csv$/i.test(x.r.path ?? ''));
const geojsons = localFiles.filter((x) => /\.geojson$/i.test(x.r.path ?? ''));
// Every CSV and GeoJSON file of the project's collection of real city data (shared/data/city), as it is in this
// repository: all but two are sample-catalog files, byte for byte; those two are in tests/fixtures/city/.
const fixtureCity = path.resolve('tests/fixtures/city');
const cityFiles = [
  ...localFiles.filter((x) => /\.(csv|geojson)$/i.test(x.r.path ?? '')).map((x) => x.file!.absolutePath),
  ...(fs.readdirSync(fixtureCity, { recursive: true }) as string[])
    .filter((f) => /\.(csv|geojson)$/.test(f))
    .map((f) => path.join(fixtureCity, f)),
].map((file) => [path.relative(process.cwd(), file), file] as const);

describe('profileDelimited() on every CSV of the sample catalog', () => {
  it('has CSV files to check, MESSY ones among them', () => {
    expect(csvs.length).toBeGreaterThanOrEqual(15);
  });

  it.each(csvs.map((x) => [x.r.path!, x] as const))(
    'counts the rows of %s like an independent counter',
    async (_name, x) => {
      const p = await profileDelimited(x.file!.absolutePath, { declared: x.r.dialect ?? {} });
      expect(p.rows).toBe(countRecords(fs.readFileSync(x.file!.absolutePath)) - 1);
      expect(p.columns.length).toBeGreaterThan(0);
      expect(p.sample.length).toBe(Math.min(10, p.rows));
    },
  );
});

describe('profileGeoJson() on every GeoJSON of the sample catalog', () => {
  it.each(geojsons.map((x) => [x.r.path!, x] as const))(
    'counts the features of %s and finds their geometry',
    async (_name, x) => {
      const p = await profileGeoJson(x.file!.absolutePath);
      const doc = JSON.parse(fs.readFileSync(x.file!.absolutePath, 'utf8'));
      expect(p.rows).toBe(doc.features.length);
      expect(Object.values(p.geometry!.types).reduce((a, b) => a + b, 0)).toBe(doc.features.length);
      const [w, s, e, n] = p.geometry!.bbox!;
      expect(w).toBeLessThan(e);
      expect(s).toBeLessThan(n);
    },
  );
});

describe('profiles of every real city file, without being told its dialect', () => {
  it('has every CSV and GeoJSON file of shared/data/city to check', () => {
    expect(cityFiles.length).toBeGreaterThanOrEqual(21);
  });

  it.each(cityFiles)('%s', async (_name, file) => {
    if (file.endsWith('.geojson')) {
      expect((await profileGeoJson(file)).rows).toBe(JSON.parse(fs.readFileSync(file, 'utf8')).features.length);
    } else {
      expect((await profileDelimited(file)).rows).toBe(countRecords(fs.readFileSync(file)) - 1);
    }
  });
});

describe('dialect detection on real files with defects', () => {
  const byPath = (name: string) => csvs.find((x) => x.r.path === name)!.file!.absolutePath;

  it.each([
    [
      'paris-remarkable-trees.csv',
      { encoding: 'utf-8-sig', delimiter: ';', lineEnding: 'CRLF', embeddedNewlines: true },
    ],
    [
      'portland-budget-history-fy2007-fy2016.csv',
      { encoding: 'utf-8-sig', delimiter: ',', lineEnding: 'CR', embeddedNewlines: false },
    ],
    [
      'boston-police-offense-codes.csv',
      { encoding: 'windows-1252', delimiter: ',', lineEnding: 'CRLF', embeddedNewlines: false },
    ],
    [
      'boec-911-calls-april-2018.csv',
      { encoding: 'utf-8-sig', delimiter: ',', lineEnding: 'LF', embeddedNewlines: false },
    ],
  ])('detects the dialect of %s without being told', async (name, expected) => {
    const file = csvs.find((x) => x.r.path === name) ? byPath(name) : undefined;
    expect(file, `${name} is in the sample catalog`).toBeDefined();
    expect((await profileDelimited(file!)).dialect).toEqual(expected);
  });

  it('decodes a Windows-1252 file so its accented letters read correctly', async () => {
    const p = await profileDelimited(byPath('boston-police-offense-codes.csv'));
    const names = p.columns.find((c) => c.name === 'NAME')!;
    expect(names.type).toBe('string');
    expect(p.rows).toBe(576);
  });

  it('reads numbers with thousands separators and percentages in the demographics file, and flags them', async () => {
    const x = csvs.find((c) => c.r.path?.includes('demographics'))!;
    const p = await profileDelimited(x.file!.absolutePath);
    const population = p.columns.find((c) => c.name === 'Population')!;
    expect(population).toMatchObject({ type: 'integer', flags: ['thousands'] });
    expect(p.columns.some((c) => c.type === 'number' && c.flags.includes('percent'))).toBe(true);
  });
});

describe('the profile cache', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-profile-cache-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('does not parse an unchanged file again', async () => {
    const file = csvs[0]!.file!.absolutePath;
    const first = await profileDelimited(file, { cacheDir: dir });
    expect(first.seconds).toBeGreaterThan(0);
    const second = await profileDelimited(file, { cacheDir: dir });
    expect(second.seconds).toBe(0);
    expect({ ...second, seconds: 1 }).toEqual({ ...first, seconds: 1 });
  });
});
