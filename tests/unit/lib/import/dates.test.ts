import { describe, expect, it } from 'vitest';
import { readDay } from '../../../../src/lib/import/dates.ts';

describe('readDay()', () => {
  it.each([
    ['2021-05-12', '2021-05-12', undefined],
    ['2023', '2023-01-01', 'a year; its first day'],
    [2023, '2023-01-01', 'a year; its first day'],
    ['2023-05', '2023-05-01', 'a month; its first day'],
    ['05/12/2021', '2021-05-12', 'written month/day/year, as in the United States'],
    ['25/12/2021', '2021-12-25', 'written day/month/year (the first number cannot be a month)'],
    ['2019-06-27 12:41:27', '2019-06-27', 'a date and time; the date is kept, as written'],
    ['2020-07-13T17:31:25.399151', '2020-07-13', 'a date and time; the date is kept, as written'],
    ['2011-11-19T12:00:00Z', '2011-11-19', 'a date and time; the date is kept, as written'],
    ['2016-05-01T10:00:00-07:00', '2016-05-01', 'a date and time; the date is kept, as written'],
    ['20210512', '2021-05-12', 'written without hyphens'],
    ['2021/5/12', '2021-05-12', 'written with slashes'],
    ['September 2016', '2016-09-01', 'a month; its first day'],
    ['Sept. 2016', '2016-09-01', 'a month; its first day'],
    ['May 12, 2021', '2021-05-12', 'written with the name of the month'],
    ['12 May 2021', '2021-05-12', 'written with the name of the month'],
  ])('reads %s as %s (%s)', (input, day, how) => {
    expect(readDay(input)).toEqual(how ? { day, how } : { day });
  });

  it.each(['2021-02-30', '02/30/2021', '2021-13', 'R/P1Y', 'soon', '', 'Maybe 2016', '13/13/2021'])(
    'gives nothing for %j, which is not a day that exists',
    (input) => {
      expect(readDay(input)).toBeUndefined();
    },
  );
});
