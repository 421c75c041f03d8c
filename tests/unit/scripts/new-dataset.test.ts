import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCatalog } from '../../../src/lib/content/read-catalog.ts';
import { nodeValidateEffects, validateCatalog } from '../../../src/lib/validate/validate.ts';
import { translationsBlock } from '../../../scripts/lib/scaffold.ts';
import { emptyCatalog as emptyCatalogIn } from '../../helpers/import-cases.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-new-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const emptyCatalog = (name: string) => emptyCatalogIn(work, name);

function newDataset(args: string[]) {
  return spawnSync(process.execPath, ['scripts/new-dataset.ts', ...args, '--yes'], { encoding: 'utf8' });
}

describe('npm run new:dataset', () => {
  it('with flags and a real CSV, writes a dataset with a drafted dictionary that validates at once', () => {
    const dir = emptyCatalog('ok');
    const result = newDataset([
      '--content',
      dir,
      '--title',
      'Boston offense codes',
      '--organization',
      'boston-police-department',
      '--themes',
      'public-safety',
      '--license',
      'PDDL-1.0',
      '--contact-name',
      'Open Data Team',
      '--contact-email',
      'opendata@example.org',
      '--frequency',
      'yearly',
      '--keywords',
      'crime,codes',
      '--file',
      'content/datasets/boston-police-offense-codes/boston-police-offense-codes.csv',
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Wrote');
    const content = readCatalog(dir);
    expect(content.problems).toEqual([]);
    const d = content.datasets[0]!;
    expect(d.id).toBe('boston-offense-codes');
    expect(d.data.accrualPeriodicity).toBe('R/P1Y');
    expect(d.data.resources[0]!.dialect).toEqual({ delimiter: ',', encoding: 'windows-1252' });
    expect(d.schemas[0]!.fields.map((f) => [f.name, f.type])).toEqual([
      ['OFFENSE_CODE', 'integer'],
      ['NAME', 'string'],
    ]);
    const validation = validateCatalog(dir, nodeValidateEffects(dir));
    expect(validation.errors).toBe(0);
    expect(
      fs
        .readFileSync(path.join(dir, 'datasets/boston-offense-codes', d.data.resources[0]!.path!))
        .equals(fs.readFileSync('content/datasets/boston-police-offense-codes/boston-police-offense-codes.csv')),
    ).toBe(true);
  });

  it('gives a dataset titled with a number a folder that no page of the list of datasets has', () => {
    const dir = emptyCatalog('number');
    const common = ['--content', dir, '--title', '311', '--organization', 'city-of-seattle', '--license', 'PDDL-1.0'];
    const contact = ['--contact-name', 'Open Data Team', '--contact-email', 'opendata@example.org'];
    const asked = newDataset([...common, ...contact, '--slug', '311']);
    expect(asked.status).toBe(1);
    expect(asked.stderr).toContain(
      '--slug "311" is only digits, the URL of a page of the list of datasets; use e.g. dataset-311',
    );
    const made = newDataset([...common, ...contact]);
    expect(made.status, made.stderr).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'datasets'))).toEqual(['dataset-311']);
  });

  it('refuses wrong answers with every reason at once, writes nothing, and shows no stack trace', () => {
    const dir = emptyCatalog('bad');
    const result = newDataset([
      '--content',
      dir,
      '--title',
      'Trees',
      '--organization',
      'parks',
      '--license',
      'CC-BY',
      '--contact-name',
      'X',
      '--contact-email',
      'x at y',
      '--file',
      'missing.csv',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--organization "parks" is not an organization');
    expect(result.stderr).toContain('--license "CC-BY" is not a known licence');
    expect(result.stderr).toContain('--contact-email "x at y" is not an email address');
    expect(result.stderr).toContain('--file "missing.csv" does not exist');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(fs.readdirSync(path.join(dir, 'datasets'))).toEqual([]);
  });

  it("writes a commented translations block for each of the catalog's other languages, which validates once filled in", () => {
    const dir = emptyCatalog('translated');
    const result = newDataset([
      ...['--content', dir, '--title', 'Boston offense codes', '--organization', 'boston-police-department'],
      ...['--license', 'PDDL-1.0', '--contact-name', 'Open Data Team', '--contact-email', 'opendata@example.org'],
      ...['--file', 'content/datasets/boston-police-offense-codes/boston-police-offense-codes.csv'],
    ]);
    expect(result.status, result.stderr).toBe(0);
    const file = path.join(dir, 'datasets/boston-offense-codes/index.md');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('# translations:\n#   es:\n#     title: …\n#     summary: …');
    expect(text).toMatch(/# {7}"OFFENSE_CODE": \{ title: …, description: … \}/);
    // Filled in as a person would: the "#" removed, the "…" replaced.
    const filled = text.replace(/^# (translations:| {2}.*)$/gm, (_, line: string) =>
      line.replaceAll('…', 'Texto en español'),
    );
    fs.writeFileSync(file, filled);
    const content = readCatalog(dir);
    expect(content.problems).toEqual([]);
    expect(content.datasets[0]!.data.translations?.['es']?.columns?.['NAME']).toEqual({
      title: 'Texto en español',
      description: 'Texto en español',
    });
  });

  it('writes no translations block for a catalog in one language', () => {
    expect(translationsBlock(['en'], ['NAME'])).toEqual([]);
    expect(translationsBlock(['en', 'es'], []).join('\n')).not.toContain('columns:');
    expect(translationsBlock(['en', 'es'], ['NAME']).join('\n')).toContain('columns:');
  });
});
