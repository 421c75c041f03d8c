// freshnessOf(): a dataset is overdue once its declared period and a grace period have passed since `modified`;
// an unknown date is never fresh, and a dataset with no schedule cannot be judged.
import { describe, expect, it } from 'vitest';
import { freshnessOf, graceDays, periodDays } from '../../../../src/lib/quality/freshness.ts';
import { describeFreshness } from '../../../../src/lib/quality/describe.ts';

describe('periodDays()', () => {
  it.each([
    ['R/P1Y', 365.25],
    ['R/P1M', 30.44],
    ['R/P3M', 91.32],
    ['R/P1W', 7],
    ['R/P1D', 1],
    ['R/PT1H', 1 / 24],
    ['R/PT30M', 1 / 48],
    ['R/P1DT12H', 1.5],
  ])('reads %s as %f days', (periodicity, days) => {
    expect(periodDays(periodicity)).toBeCloseTo(days, 5);
  });

  it.each([['irregular'], [undefined], ['R/P0D'], ['monthly']])('has no period for %s', (periodicity) => {
    expect(periodDays(periodicity)).toBeUndefined();
  });
});

describe('freshnessOf()', () => {
  it('gives a quarter of the period as grace, at least 3 and at most 90 days', () => {
    expect(graceDays(30.44)).toBeCloseTo(7.61, 2);
    expect(graceDays(1)).toBe(3);
    expect(graceDays(365.25)).toBe(90);
  });

  it('calls a monthly dataset updated 14 months ago overdue, and says by how much', () => {
    const f = freshnessOf('2024-01-10', 'R/P1M', '2025-03-10');
    expect(f).toMatchObject({ status: 'overdue', ageDays: 425, dueDate: '2024-02-18' });
    expect(describeFreshness(f, 'R/P1M')).toBe('Monthly — last updated 13 months ago, 12 months overdue');
  });

  it('keeps a monthly dataset on schedule until its grace period ends', () => {
    expect(freshnessOf('2025-01-01', 'R/P1M', '2025-02-09')).toMatchObject({ status: 'fresh', dueDate: '2025-02-09' });
    expect(freshnessOf('2025-01-01', 'R/P1M', '2025-02-10')).toMatchObject({ status: 'overdue', overdueDays: 1 });
  });

  it('cannot judge an irregular dataset or one with no schedule, and says how old it is', () => {
    expect(freshnessOf('2023-03-01', 'irregular', '2025-03-01')).toEqual({ status: 'unscheduled', ageDays: 731 });
    expect(describeFreshness(freshnessOf('2023-03-01', undefined, '2025-03-01'), undefined)).toBe(
      'No update schedule stated — last updated 2 years ago',
    );
  });

  it('never counts an unknown date as fresh', () => {
    const f = freshnessOf(undefined, 'R/P1D', '2025-03-01');
    expect(f).toEqual({ status: 'unknown' });
    expect(describeFreshness(f, 'R/P1D')).toBe('Date of the last update not stated by the source');
  });
});
