// The privacy guard through `npm run validate`'s code, on real files with planted values: a copy of the Seattle
// pet licenses (content/) and of the TriMet stops (GeoJSON), with fake but valid-looking personal data added.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { privacyProblems } from '../../../../src/lib/privacy/findings.ts';
import { formatFinding } from '../../../../src/lib/problems.ts';
import { nodeValidateEffects, validateCatalog } from '../../../../src/lib/validate/validate.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-privacy-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** A catalog with the sample's catalog.yaml, organizations and themes, and a copy of one sample dataset. */
function catalogWith(slug: string, prepare: (dir: string) => void, catalogExtra = ''): string {
  const root = fs.mkdtempSync(path.join(work, `${slug}-`));
  fs.mkdirSync(path.join(root, 'datasets'));
  fs.writeFileSync(path.join(root, 'catalog.yaml'), fs.readFileSync('content/catalog.yaml', 'utf8') + catalogExtra);
  for (const d of ['organizations', 'themes']) fs.cpSync(`content/${d}`, path.join(root, d), { recursive: true });
  fs.cpSync(`content/datasets/${slug}`, path.join(root, 'datasets', slug), { recursive: true });
  prepare(path.join(root, 'datasets', slug));
  return root;
}

function privacyFindings(root: string) {
  const result = validateCatalog(root, { ...nodeValidateEffects(root), now: () => new Date('2026-01-01T12:00:00Z') });
  return result.problems.filter((p) => p.rule.startsWith('privacy/'));
}

const PLANTED = ['4111 1111 1111 1111', '5555-5555-5555-4444', '123-45-6789', 'jane.doe@example.org', '(206) 555-0142'];

/** Pet licenses with five planted rows and a column of owners' birth dates (filled in on three rows). */
function plantPets(dir: string, fieldExtra = ''): void {
  const csv = path.join(dir, 'seattle-pet-licenses.csv');
  const lines = fs.readFileSync(csv, 'utf8').replace(/\n$/, '').split('\n');
  const out = lines.map((line, i) =>
    i === 0 ? `${line},Owner Date of Birth` : `${line},${i <= 3 ? `1980-0${i}-15` : ''}`,
  );
  out.push(
    `March 1 2022,S900001,${PLANTED[0]},Cat,Domestic Longhair,Mix,98117,`,
    `March 1 2022,S900002,${PLANTED[1]},Dog,Terrier,,98117,`,
    `March 1 2022,S900003,Rex,Dog,Terrier,${PLANTED[2]},98117,`,
    `March 1 2022,S900004,Rex,Dog,Terrier,owner ${PLANTED[3]},98117,`,
    `March 1 2022,S900005,Rex,Dog,"Terrier, call ${PLANTED[4]}",,98117,`,
  );
  fs.writeFileSync(csv, `${out.join('\n')}\n`);
  const md = path.join(dir, 'index.md');
  const text = fs.readFileSync(md, 'utf8');
  const at = text.indexOf('\n---\n', 4);
  const field = `\n        - name: Owner Date of Birth\n          type: date${fieldExtra}`;
  fs.writeFileSync(md, text.slice(0, at) + field + text.slice(at));
}

describe('the privacy guard in npm run validate', () => {
  it('finds planted card numbers and an SSN (errors) and an email, a phone and birth dates (warnings), per column', () => {
    const lines = privacyFindings(catalogWith('seattle-pet-licenses', plantPets)).map(
      (p) => `${p.severity} ${formatFinding(p).replace(/ remove or mask.*(?= \[)/, ' …')}`,
    );
    expect(lines.map((l) => l.replace(/^(\w+) .*?datasets/, '$1 datasets'))).toEqual([
      `error datasets/seattle-pet-licenses/index.md:49 resources[0].schema.fields[2]: column "Animal's Name" of seattle-pet-licenses.csv has 2 values (of 43,913 rows) that look like payment card numbers (they pass the Luhn check); … [privacy/card]`,
      `warning datasets/seattle-pet-licenses/index.md:58 resources[0].schema.fields[4]: column "Primary Breed" of seattle-pet-licenses.csv has 1 value (of 43,913 rows) that looks like phone numbers; … [privacy/phone]`,
      `error datasets/seattle-pet-licenses/index.md:63 resources[0].schema.fields[5]: column "Secondary Breed" of seattle-pet-licenses.csv has 1 value (of 43,913 rows) that looks like US Social Security numbers; … [privacy/ssn]`,
      `warning datasets/seattle-pet-licenses/index.md:63 resources[0].schema.fields[5]: column "Secondary Breed" of seattle-pet-licenses.csv has 1 value (of 43,913 rows) that looks like email addresses; … [privacy/email]`,
      `warning datasets/seattle-pet-licenses/index.md:71 resources[0].schema.fields[7]: column "Owner Date of Birth" of seattle-pet-licenses.csv has 3 values (of 43,913 rows) that look like dates of birth; … [privacy/birth-date]`,
    ]);
  });

  it('never prints the values it found', () => {
    const text = JSON.stringify(privacyFindings(catalogWith('seattle-pet-licenses', plantPets)));
    for (const value of [...PLANTED, '4111', '6789', 'jane.doe', '555-0142', '1980-01-15'])
      expect(text).not.toContain(value);
  });

  it('says how to silence a column, and a column reviewed in the data dictionary is silenced', () => {
    const reviewed = catalogWith('seattle-pet-licenses', (dir) =>
      plantPets(dir, '\n          privacy: {reviewed: true, reason: "A test column of made-up dates"}'),
    );
    const rules = privacyFindings(reviewed).map((p) => `${p.field} ${p.rule}`);
    expect(rules).not.toContain('resources[0].schema.fields[7] privacy/birth-date');
    expect(rules).toHaveLength(4);
    expect(privacyFindings(reviewed)[0]!.message).toContain(
      'remove or mask them before publishing, or, if they are not personal data, describe the column in the data dictionary with privacy: { reviewed: true, reason: "…" }',
    );
  });

  it("follows the catalog's policy: card numbers lowered to a warning, phone numbers turned off", () => {
    const root = catalogWith(
      'seattle-pet-licenses',
      plantPets,
      'policy:\n  privacy/card: warning\n  privacy/phone: off\n',
    );
    const found = privacyFindings(root).map((p) => `${p.rule} ${p.severity}`);
    expect(found).toEqual([
      'privacy/card warning',
      'privacy/ssn error',
      'privacy/email warning',
      'privacy/birth-date warning',
    ]);
  });

  it('reads GeoJSON properties too, and points at the file when the column is not in the dictionary', () => {
    const root = catalogWith('trimet-stops-2012', (dir) => {
      const file = path.join(dir, 'trimet-stops-2012.geojson');
      const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { features: { properties: Record<string, unknown> }[] };
      doc.features[5]!.properties['contact'] = 'stop.adopter@example.org';
      doc.features[9]!.properties['contact'] = 'Call 503-238-7433';
      fs.writeFileSync(file, JSON.stringify(doc));
    });
    expect(privacyFindings(root).map((p) => `${p.field} ${p.rule} ${p.severity}`)).toEqual([
      'resources[0].path privacy/email warning',
      'resources[0].path privacy/phone warning',
    ]);
  });
});

describe('privacyProblems()', () => {
  const dataset = {
    file: 'content/datasets/calls/index.md',
    data: { resources: [{ path: 'calls.csv' }] } as never,
    schemas: [{ fields: [{ name: 'notes', type: 'string' as const }] }],
    lineOf: () => 30,
  };

  it('says "the first" rows when only the head of a large file was read', () => {
    const [p] = privacyProblems(dataset, 0, [{ name: 'notes', privacy: [{ kind: 'ssn', rows: 12 }] }], {
      rows: 25_000,
      whole: false,
    });
    expect(p!.message).toMatch(
      /^column "notes" of calls.csv has 12 values \(of the first 25,000 rows\) that look like US Social Security numbers;/,
    );
    expect(p).toMatchObject({
      file: dataset.file,
      line: 30,
      field: 'resources[0].schema.fields[0]',
      severity: 'error',
      rule: 'privacy/ssn',
    });
  });

  it('reports nothing for columns without counts', () => {
    expect(
      privacyProblems(dataset, 0, [{ name: 'notes', privacy: [] }, { name: 'other' }], { rows: 1, whole: true }),
    ).toEqual([]);
  });
});
