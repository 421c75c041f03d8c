import { describe, expect, it } from 'vitest';
import { gateErrors } from '../../../../src/lib/import/gate.ts';

const text = (front: string) => `---\n${front}---\nBody.\n`;
const valid = `title: Trees
summary: Street trees.
organization: parks
contactPoint:
  name: Parks
  email: parks@example.org
license: CC0-1.0
modified: 2024-01-01
accessLevel: public
keywords: [trees]
`;
const at = { file: 'datasets/trees/index.md', today: '2026-01-01' };

describe('gateErrors()', () => {
  it('finds nothing in a valid metadata-only dataset (no-resource is a warning)', () => {
    expect(gateErrors(text(valid), at)).toEqual([]);
  });

  it("reports what the catalog's policy makes an error, with its rule", () => {
    const errors = gateErrors(text(valid), { ...at, policy: { 'no-resource': 'error' } });
    expect(errors.map((e) => [e.field, e.rule])).toEqual([['resources', 'no-resource']]);
  });

  it('reports schema errors and dates in the future, as the validator words them', () => {
    const errors = gateErrors(text(valid.replace('2024-01-01', '2027-01-01').replace('keywords: [trees]\n', '')), at);
    expect(errors.map((e) => `${e.field}: ${e.message} [${e.rule}]`)).toEqual([
      'keywords: is required: a list of words people would search for [required-field]',
    ]);
    const future = gateErrors(text(valid.replace('2024-01-01', '2027-01-01')), at);
    expect(future.map((e) => e.rule)).toEqual(['future-date']);
  });
});
