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
  ] as const)('writes %s (%s) as %j', (value, kind, text) => {
    expect(cellText(value, kind)).toBe(text);
  });
});
