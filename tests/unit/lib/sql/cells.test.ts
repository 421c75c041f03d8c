import { describe, expect, it } from 'vitest';
import { cellText } from '../../../../src/lib/sql/cells.ts';

describe('cellText()', () => {
  it.each([
    [null, 'other', ''],
    [undefined, 'other', ''],
    [12n, 'other', '12'],
    [1.5, 'other', '1.5'],
    [true, 'other', 'true'],
    ['BOEC Wireless', 'other', 'BOEC Wireless'],
    [Date.UTC(2018, 3, 30, 23, 59), 'timestamp', '2018-04-30 23:59:00'],
    [Date.UTC(2018, 3, 30, 23, 59, 1, 500), 'timestamp', '2018-04-30 23:59:01.500'],
    [Date.UTC(2018, 3, 30), 'date', '2018-04-30'],
    [{ a: 1n, b: [1, 2] }, 'other', '{"a":"1","b":[1,2]}'],
    [new Date(Date.UTC(2018, 3, 30)), 'date', '2018-04-30'],
  ] as const)('writes %s (%s) as %j', (value, kind, text) => {
    expect(cellText(value, kind)).toBe(text);
  });

  // Apache Arrow's 128-bit numbers: text is the unscaled integer, toJSON a string.
  const big = (digits: string) => ({ toString: () => digits, toJSON: () => digits });

  it.each([
    ['73147581', 0, '73147581'],
    ['12345', 2, '123.45'],
    ['-12345', 2, '-123.45'],
    ['5', 3, '0.005'],
    ['-5', 3, '-0.005'],
  ])('writes the decimal %s with scale %i as %s', (digits, scale, text) => {
    expect(cellText(big(digits), 'decimal', scale)).toBe(text);
  });

  it('writes a 128-bit integer as its digits', () => {
    expect(cellText(big('170141183460469231731687303715884105727'))).toBe('170141183460469231731687303715884105727');
  });
});
