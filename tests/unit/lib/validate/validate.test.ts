// Golden-file tests of the validator: every folder in tests/fixtures/invalid-datasets is a real dataset with
// one mistake, and the validator must report exactly the problems in its expected.txt.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatFinding, formatProblem } from '../../../../src/lib/problems.ts';
import { nodeValidateEffects, validateCatalog } from '../../../../src/lib/validate/validate.ts';

const fixtures = path.resolve('tests/fixtures/invalid-datasets');
const cases = fs
  .readdirSync(fixtures, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-invalid-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** A catalog holding the sample's catalog.yaml, organizations and themes, and one dataset folder. */
function catalogWith(name: string, source = path.join(fixtures, name), prepare?: (dir: string) => void): string {
  const root = path.join(work, name.replace(/\s+/g, '_'));
  fs.mkdirSync(path.join(root, 'datasets'), { recursive: true });
  fs.copyFileSync('content/catalog.yaml', path.join(root, 'catalog.yaml'));
  fs.cpSync('content/organizations', path.join(root, 'organizations'), { recursive: true });
  fs.cpSync('content/themes', path.join(root, 'themes'), { recursive: true });
  fs.cpSync(source, path.join(root, 'datasets', name), { recursive: true });
  fs.rmSync(path.join(root, 'datasets', name, 'expected.txt'), { force: true });
  fs.rmSync(path.join(root, 'datasets', name, 'expected.changed.txt'), { force: true });
  prepare?.(path.join(root, 'datasets', name));
  return root;
}

function validate(root: string): { lines: string[]; errors: number } {
  const effects = { ...nodeValidateEffects(root), now: () => new Date('2026-01-01T12:00:00Z') };
  const result = validateCatalog(root, effects);
  return { lines: result.problems.filter((p) => p.severity === 'error').map(formatProblem), errors: result.errors };
}

describe('the validator on datasets with one mistake each', () => {
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('%s: reports exactly the expected file, line, field and message', (name) => {
    const { lines, errors } = validate(catalogWith(name));
    const expectedFile = path.join(fixtures, name, 'expected.txt');
    const actual = `${lines.join('\n')}\n`;
    const expected = fs.existsSync(expectedFile) ? fs.readFileSync(expectedFile, 'utf8') : undefined;
    if (actual !== expected && !process.env['CI'])
      fs.writeFileSync(path.join(fixtures, name, 'expected.changed.txt'), actual);
    expect(errors).toBeGreaterThan(0);
    expect(actual).toBe(expected);
  });

  it('warns, with no error, about a dataset changed before it was first published (a completeness rule)', () => {
    const name = 'issued-after-modified';
    const source = path.resolve('tests/fixtures/warning-datasets', name);
    const root = catalogWith(name, source);
    const result = validateCatalog(root, { ...nodeValidateEffects(root), now: () => new Date('2026-01-01T12:00:00Z') });
    expect(result.errors).toBe(0);
    const lines = result.problems.filter((p) => p.rule === name).map(formatFinding);
    expect(`${lines.join('\n')}\n`).toBe(fs.readFileSync(path.join(source, 'expected.txt'), 'utf8'));
  });

  it('rejects a data file of more than 50 MB committed by mistake', () => {
    const name = 'boston-police-offense-codes';
    const root = catalogWith(name, path.resolve('content/datasets', name), (dir) => {
      // A sparse 60 MB file: as large as a committed export, without writing 60 MB.
      fs.truncateSync(path.join(dir, `${name}.csv`), 60 * 1024 * 1024);
    });
    expect(validate(root).lines).toEqual([
      `datasets/${name}/index.md:23 resources[0].path: file "${name}.csv" is 60 MB, over the 50 MB limit for files in git; publish it elsewhere and give its address as "url"`,
    ]);
  });

  it('passes the real dataset these cases were made from', () => {
    const name = 'boston-police-offense-codes';
    expect(validate(catalogWith(`${name}-ok`, path.resolve('content/datasets', name))).lines).toEqual([]);
  });
});
