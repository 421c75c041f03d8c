import { describe, expect, it } from 'vitest';
import { readCell, widen } from '../../../../src/lib/profile/infer-cell.ts';

describe('readCell()', () => {
  it.each([
    ['42', 'integer', 42, undefined],
    ['-7', 'integer', -7, undefined],
    ['3.25', 'number', 3.25, undefined],
    ['4,052', 'integer', 4052, 'thousands'],
    ['1,234.5', 'number', 1234.5, 'thousands'],
    ['2.90%', 'number', 2.9, 'percent'],
    ['true', 'boolean', undefined, undefined],
    ['2018-04-30', 'date', '2018-04-30', undefined],
    ['2018-02-30', 'string', undefined, undefined],
    ['4/30/2018', 'date', '2018-04-30', 'us-date'],
    ['4/30/2018 23:59', 'datetime', '2018-04-30T23:59:00', 'us-date'],
    ['10/03/2012 01:00:00 PM', 'datetime', '2012-10-03T13:00:00', 'us-date'],
    ['December 18 2015', 'date', '2015-12-18', 'month-name'],
    ['2018-04-01T00:00:00Z', 'datetime', '2018-04-01T00:00:00', undefined],
    ['98117-1234', 'string', undefined, undefined],
    ['NULL', 'string', undefined, undefined],
  ] as const)('reads %j as %s', (raw, kind, value, style) => {
    const cell = readCell(raw);
    expect(cell.kind).toBe(kind);
    expect(cell.value).toBe(value);
    expect(cell.style).toBe(style);
  });

  it('widens integers to numbers and dates to datetimes, anything else to strings', () => {
    expect(widen('integer', 'number')).toBe('number');
    expect(widen('date', 'datetime')).toBe('datetime');
    expect(widen('integer', 'date')).toBe('string');
  });
});
