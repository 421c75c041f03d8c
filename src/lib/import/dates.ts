// Dates as other catalogs write them (`2023`, `2023-05`, `05/12/2021`, `September 2016`, ISO date-times) → the
// `YYYY-MM-DD` day the catalog stores, with a note saying how it was read. A year or a month alone becomes its
// first day: ISO 8601 (which DCAT-US dates follow) reads `2023` as the whole year, and its first day is the one
// choice that is never in the future for a past year, never puts `issued` after a `modified` of the same year, and
// does not depend on the day of the import (so a second import writes the same day).
import { isRealDate } from '../../schemas/index.ts';

export interface ReadDay {
  /** The day, `YYYY-MM-DD`. */
  day: string;
  /** How the value was read, for the import report; undefined when it was already a `YYYY-MM-DD` day. */
  how?: string;
}

/** Month names in English, lower case: how dates written out in words are read. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const pad = (n: number | string) => String(n).padStart(2, '0');

function day(y: number | string, m: number | string, d: number | string, how?: string): ReadDay | undefined {
  const text = `${y}-${pad(m)}-${pad(d)}`;
  if (!isRealDate(text)) return undefined;
  return how ? { day: text, how } : { day: text };
}

function monthOf(name: string): number | undefined {
  const n = name.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.findIndex((m) => n.length >= 3 && m.startsWith(n));
  return i >= 0 ? i + 1 : undefined;
}

/** The day a date written in any of the forms above stands for; undefined when it is not one (or the day does not exist). */
export function readDay(value: unknown): ReadDay | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return { day: value.toISOString().slice(0, 10) };
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const v = String(value).trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v))) return day(m[1]!, m[2]!, m[3]!);
  if ((m = /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}(:\d{2}){0,2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(v)))
    return day(m[1]!, m[2]!, m[3]!, 'a date and time; the date is kept, as written');
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(v))) return day(m[1]!, m[2]!, m[3]!, 'written without hyphens');
  if ((m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(v))) return day(m[1]!, m[2]!, m[3]!, 'written with slashes');
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return day(m[1]!, m[2]!, 1, 'a month; its first day');
  if ((m = /^(\d{4})$/.exec(v))) return day(m[1]!, 1, 1, 'a year; its first day');
  if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v))) {
    // DCAT-US comes from the United States: month first, unless the first number cannot be a month.
    const [a, b] = [Number(m[1]), Number(m[2])];
    return a > 12 && b <= 12
      ? day(m[3]!, b, a, 'written day/month/year (the first number cannot be a month)')
      : day(m[3]!, a, b, 'written month/day/year, as in the United States');
  }
  if ((m = /^([A-Za-z]+\.?),?\s+(\d{4})$/.exec(v)) && monthOf(m[1]!))
    return day(m[2]!, monthOf(m[1]!)!, 1, 'a month; its first day');
  if ((m = /^([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/.exec(v)) && monthOf(m[1]!))
    return day(m[3]!, monthOf(m[1]!)!, m[2]!, 'written with the name of the month');
  if ((m = /^(\d{1,2})\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(v)) && monthOf(m[2]!))
    return day(m[3]!, monthOf(m[2]!)!, m[1]!, 'written with the name of the month');
  return undefined;
}
