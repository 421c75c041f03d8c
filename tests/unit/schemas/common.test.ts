import addFormats from 'ajv-formats';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { UrlSchema, isUri, toUri } from '../../../src/schemas/common.ts';

// Harvesters check addresses with JSON Schema's `format: uri` (ajv-formats, as data.gov's validator does).
const ajv = new Ajv({ strict: false });
addFormats.default(ajv);
const uriFormat = ajv.compile({ type: 'string', format: 'uri' });

const CASES = [
  'https://www.portland.gov/911',
  'https://data.example.gov/files/Street Trees 2019.csv',
  'http://example.org/a|b',
  'https://example.org/caf\u00e9.csv',
  'https://example.org/100%',
  'https://example.org/a%20b',
  'https://example.org/?q=[1]',
  'https://example.org/a#b#c',
  'https://[::1]:8080/x',
  'https://example.org/a{b}^`c',
  'http://www.opm.gov/policy-data-oversight/employee-relations/training/#url=Roundtables',
  'https://user:pw@example.org:8443/a;b=c?x=1&y=2#top',
];

describe('isUri()', () => {
  it.each(CASES)('agrees with JSON Schema format "uri" on %s', (url) => {
    expect(isUri(url)).toBe(uriFormat(url));
  });
});

describe('toUri()', () => {
  it.each([
    [' https://data.example.gov/files/Street Trees 2019.csv ', 'https://data.example.gov/files/Street%20Trees%202019.csv'],
    ['http://example.org/a|b', 'http://example.org/a%7Cb'],
    ['https://example.org/caf\u00e9.csv', 'https://example.org/caf%C3%A9.csv'],
    ['https://example.org/100%', 'https://example.org/100%25'],
    ['https://example.org/?q=[1]', 'https://example.org/?q=%5B1%5D'],
    ['https://example.org/a#b#c', 'https://example.org/a#b%23c'],
    ['https://example.org', 'https://example.org'],
    ['ftp://example.org/a b', undefined],
    ['not an address', undefined],
  ])('makes %s the valid URI %s', (input, expected) => {
    const out = toUri(input);
    expect(out).toBe(expected);
    if (out) expect(uriFormat(out)).toBe(true);
  });
});

describe('UrlSchema', () => {
  it('refuses an address with spaces and says how to percent-encode it', () => {
    const result = UrlSchema.safeParse('https://data.example.gov/Street Trees.csv');
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'is not a valid address as written: it holds spaces or other characters an address cannot; percent-encode them, as in https://data.example.gov/Street%20Trees.csv',
    ]);
  });

  it('gives one message for something that is not a web address at all', () => {
    expect(UrlSchema.safeParse('www.example.org').error?.issues.map((i) => i.message)).toEqual([
      'must be a full web address starting with https:// or http://',
    ]);
  });
});
