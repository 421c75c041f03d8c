import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataPackage } from '../../../../src/lib/import/datapackage.ts';

const fixtures = path.resolve('tests/fixtures/import');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-import-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('readDataPackage()', () => {
  it('reads a datapackage.yml like its JSON twin (the real gdp package, written as YAML)', async () => {
    const { stringify } = await import('yaml');
    const dir = path.join(work, 'gdp-yaml');
    fs.cpSync(path.join(fixtures, 'datapackage/gdp/input'), dir, { recursive: true });
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'datapackage.json'), 'utf8'));
    fs.rmSync(path.join(dir, 'datapackage.json'));
    fs.writeFileSync(path.join(dir, 'datapackage.yml'), stringify(json));
    const fromYaml = readDataPackage(path.join(dir, 'datapackage.yml'), { maxBytes: 20_000_000 });
    const fromJson = readDataPackage(path.join(fixtures, 'datapackage/gdp/input/datapackage.json'), {
      maxBytes: 20_000_000,
    });
    expect(fromYaml.datasets[0]!.meta).toEqual(fromJson.datasets[0]!.meta);
  });
});
