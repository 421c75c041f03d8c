import { describe, expect, it } from 'vitest';
import {
  cardNumbers,
  isBirthColumn,
  kindsOf,
  luhn,
  PrivacyCounter,
  privacyOfRows,
} from '../../../../src/lib/privacy/detect.ts';

describe('luhn()', () => {
  it.each([
    ['4111111111111111', true], // Visa's test number
    ['5555555555554444', true], // Mastercard's
    ['378282246310005', true], // American Express's
    ['4111111111111112', false],
    ['1234567812345678', false],
  ])('%s → %s', (digits, valid) => expect(luhn(digits)).toBe(valid));
});

describe('kindsOf()', () => {
  it.each([
    ['123-45-6789', ['ssn']],
    ['SSN 078-05-1120 on file', ['ssn']],
    ['jane.doe+tips@example.org', ['email']],
    ['Write to Jane <jane@mail.example.com>.', ['email']],
    ['(503) 823-4000', ['phone']],
    ['503-823-4000', ['phone']],
    ['+1 503.823.4000', ['phone']],
    ['+33 1 42 76 40 40', ['phone']],
    ['Call back at 503 823 4000 after 5', ['phone']],
    ['2547 Vallejo St', ['address']],
    ['1120 SW 5th Ave', ['address']],
    ['70 BUSH STREET', ['address']],
    ['12 N. Main Street, Apt 3', ['address']],
  ])('%j looks like %j', (cell, kinds) => expect(kindsOf(cell)).toEqual(kinds));

  it.each([
    // Dates, times, ZIP+4 codes, case and budget numbers, coordinates: the shapes city data is full of.
    '2018-04-01',
    '04/01/2018 13:45:00',
    '97204-1234',
    '18-123456',
    '2018-123-45-6789',
    '123-45-67890',
    '000-12-3456',
    '666-12-3456',
    '900-12-3456',
    '123-00-4567',
    '123-45-0000',
    '100-200-3000',
    '503-823.4000',
    '5038234000',
    '911',
    '45.523064, -122.676483',
    '(212-639-967',
    '1200 BLOCK OF SE MAIN ST',
    '34200 Blk SE Bluff Rd',
    'planté en 1935 sur la place Saint-Gervais',
    'opened in 1998 on the street corner',
    'user@localhost',
    '@portland',
  ])('%j looks like nothing personal', (cell) => expect(kindsOf(cell)).toEqual([]));
});

describe('cardNumbers()', () => {
  it('finds card-shaped numbers of a card network, grouped or not, and checks each with Luhn', () => {
    expect(cardNumbers('4111 1111 1111 1111')).toEqual({ shaped: 1, valid: 1 });
    expect(cardNumbers('paid with 4111-1111-1111-1111 and 5555555555554444')).toEqual({ shaped: 2, valid: 2 });
    expect(cardNumbers('3782 822463 10005')).toEqual({ shaped: 1, valid: 1 });
    expect(cardNumbers('4111 1111 1111 1112')).toEqual({ shaped: 1, valid: 0 });
  });

  it('ignores numbers no card network issues, parts of decimals, and longer runs', () => {
    expect(cardNumbers('1111111111111117')).toEqual({ shaped: 0, valid: 0 }); // Luhn-valid, but no network starts with 1
    expect(cardNumbers('-122.4111111111111111')).toEqual({ shaped: 0, valid: 0 });
    expect(cardNumbers('48.4111111111111111, 2.35')).toEqual({ shaped: 0, valid: 0 });
    expect(cardNumbers('41111111111111110000000')).toEqual({ shaped: 0, valid: 0 });
    expect(cardNumbers('411111111111')).toEqual({ shaped: 0, valid: 0 }); // 12 digits
  });
});

describe('isBirthColumn()', () => {
  it.each(['birth_date', 'DOB', 'dob', 'DateOfBirth', 'Birthday', 'date of birth', 'Year Born', 'BIRTHDATE'])(
    '%j names dates of birth',
    (name) => expect(isBirthColumn(name)).toBe(true),
  );
  it.each(['Doberman', 'adobe_id', 'Bornholm', 'date', 'License Issue Date'])('%j does not', (name) =>
    expect(isBirthColumn(name)).toBe(false),
  );
});

describe('PrivacyCounter', () => {
  it('counts the cells of each kind, in a fixed order, and keeps no value', () => {
    const c = new PrivacyCounter('Notes');
    for (const cell of ['123-45-6789', 'none', 'call (503) 823-4000', '078-05-1120', 'x@example.org'])
      c.add(cell, false);
    expect(c.result()).toEqual([
      { kind: 'ssn', rows: 2 },
      { kind: 'email', rows: 1 },
      { kind: 'phone', rows: 1 },
    ]);
    expect(JSON.stringify(c)).not.toContain('6789');
  });

  it('counts dates in a birth column, not elsewhere', () => {
    const birth = new PrivacyCounter('Date of Birth');
    const issued = new PrivacyCounter('License Issue Date');
    for (const c of [birth, issued]) {
      c.add('1984-02-29', true);
      c.add('unknown', false);
    }
    expect(birth.result()).toEqual([{ kind: 'birth-date', rows: 1 }]);
    expect(issued.result()).toEqual([]);
  });

  it('reports card numbers when most card-shaped cells pass Luhn, not for a column of 16-digit ids', () => {
    const planted = new PrivacyCounter('Payment');
    for (const cell of ['4111 1111 1111 1111', 'cash', '5555555555554444']) planted.add(cell, false);
    expect(planted.result()).toEqual([{ kind: 'card', rows: 2 }]);
    // Ids that start like a Visa number: about one in ten passes Luhn by chance.
    const ids = new PrivacyCounter('Parcel');
    for (let i = 0; i < 1000; i++) ids.add(String(4_000_000_000_000_000 + i * 7919), false);
    expect(ids.result()).toEqual([]);
  });
});

describe('privacyOfRows()', () => {
  it('counts every column of a sample, skipping empty and missing cells, and reads dates in birth columns', () => {
    const header = ['name', 'dob', 'phone'];
    const rows = [
      ['A', '1990-01-31', '503-823-4000'],
      ['B', 'NULL', ''],
      ['C', '07/04/1976', 'NULL'],
    ];
    expect(privacyOfRows(header, rows, ['NULL'])).toEqual([
      { name: 'name', privacy: [] },
      { name: 'dob', privacy: [{ kind: 'birth-date', rows: 2 }] },
      { name: 'phone', privacy: [{ kind: 'phone', rows: 1 }] },
    ]);
  });
});
