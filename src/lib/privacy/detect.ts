// Values that look like personal data, cell by cell: the privacy guard's detectors. A column is counted by
// PrivacyCounter (one pass, no value kept), so the build's profile and the validator's sample share it.
// Patterns are strict on purpose: a city's case numbers, budget codes and coordinates must not look like
// Social Security or card numbers (tests/unit/lib/privacy/real-data.test.ts runs them over every real file).
import { readCell } from '../profile/infer-cell.ts';

/** The kinds of personal data looked for; each is the rule `privacy/<kind>`. */
export const PRIVACY_KINDS = ['ssn', 'card', 'email', 'phone', 'birth-date', 'address'] as const;
export type PrivacyKind = (typeof PRIVACY_KINDS)[number];

/** How many cells of a column look like one kind of personal data. */
export interface PrivacyCount {
  kind: PrivacyKind;
  rows: number;
}

// US Social Security number, written with dashes: area 001–899 but not 666, group 01–99, serial 0001–9999.
// Not inside a longer run of digits and dashes (a case number like 2018-123-45-6789 is not one).
const SSN = /(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/;
// 13 to 19 digits, maybe in groups of up to 4 or 6 separated by one space or dash, not part of a longer number
// or a decimal (coordinates); the prefix must be a card network's and the Luhn check must pass.
const CARD_SHAPE =
  /(?<![\d.,-])(?:\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,7}|\d{4}[ -]\d{6}[ -]\d{4,5}|\d{13,19})(?![\d.,-]|-\d)/g;
const NETWORK = /^(4|5[1-5]|2[2-7]|3[47]|6011|65|64[4-9]|35|3[068])/;
const EMAIL = /(?<![\w.+-])[\w.+-]+@[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}(?![\w-])/i;
// North American numbers with their separators: (503) 823-4000, 503-823-4000, 503.823.4000, +1 503 823 4000.
// Area codes and exchanges start with 2–9; a bare ten-digit number is too often an id to count.
const PHONE = /(?<![\w-])(?:\+?1[ .-]?)?(?:\([2-9]\d{2}\) ?|[2-9]\d{2}([ .-]))[2-9]\d{2}([ .-])\d{4}(?![\w-])/;
const PHONE_INTL = /(?<![\w+])\+(?:[2-9]\d{0,2})(?:[ .-]\d{1,4}){3,5}(?![\w-])/;
// A house number, up to four capitalised words and a street type: 2547 Vallejo St, 1120 SW 5th Ave, 70 BUSH
// STREET. Lower-case words are prose ("planted in 1935 on the place …"); "1200 BLOCK OF SE MAIN ST" and
// "34200 Blk SE Bluff Rd", the way police and transit data hide a house number, are not addresses.
const STREET_TYPES = [
  'St',
  'Street',
  'Ave',
  'Avenue',
  'Blvd',
  'Boulevard',
  'Rd',
  'Road',
  'Dr',
  'Drive',
  'Ln',
  'Lane',
  'Way',
  'Ct',
  'Court',
  'Pl',
  'Place',
  'Ter',
  'Terrace',
  'Pkwy',
  'Parkway',
  'Hwy',
  'Highway',
  'Cir',
  'Circle',
  'Sq',
  'Square',
  'Loop',
  'Trl',
  'Trail',
];
const ADDRESS = new RegExp(
  `(?<![\\w-])\\d{1,6}[A-Z]?(?:-\\d{1,4})? (?!(?:Block|BLOCK|Blk|BLK)\\b)(?:[A-Z\\d][\\w'.]* ){1,4}(?:${STREET_TYPES.flatMap((t) => [t, t.toUpperCase()]).join('|')})\\b`,
);
/** A column name that says it holds dates of birth: birth_date, DOB, DateOfBirth, Birthday, born. */
const BIRTH_NAME = /(?:^|[^a-z])(?:dob|born)(?:[^a-z]|$)|birth/i;

/** The Luhn checksum of a string of digits (card numbers end in a check digit). */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Whether a column's name says it holds dates of birth. */
export function isBirthColumn(name: string): boolean {
  return BIRTH_NAME.test(name.replace(/([a-z])([A-Z])/g, '$1 $2'));
}

/** For a cell: card-shaped numbers in it, and how many of those pass the card checks. */
export function cardNumbers(cell: string): { shaped: number; valid: number } {
  let shaped = 0;
  let valid = 0;
  for (const m of cell.matchAll(CARD_SHAPE)) {
    const digits = m[0].replace(/[ -]/g, '');
    if (digits.length < 13 || digits.length > 19 || !NETWORK.test(digits)) continue;
    shaped++;
    if (luhn(digits)) valid++;
  }
  return { shaped, valid };
}

/** How many digits a cell has: most cells of a city's files have too few for any pattern, and are skipped. */
function digitCount(cell: string): number {
  let n = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** A plain number or a date (and time): most cells of a city's files, none of them personal except as a card number. */
const PLAIN =
  /^(?:[+-]?[\d,]*\.?\d+|(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2}(?:\d{2})?)(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[AP]M)?(?:Z|[+-]\d{2}:?\d{2})?)?)$/i;

/** The kinds of personal data a single cell looks like (card numbers aside: see cardNumbers). */
export function kindsOf(cell: string, digits = digitCount(cell)): PrivacyKind[] {
  const out: PrivacyKind[] = [];
  if (digits > 0 && PLAIN.test(cell)) return out;
  if (digits >= 9 && cell.includes('-') && SSN.test(cell)) out.push('ssn');
  if (cell.includes('@') && EMAIL.test(cell)) out.push('email');
  if (digits >= 10 || (digits >= 7 && cell.includes('+'))) {
    const phone = PHONE.exec(cell);
    // The two separators of 503-823-4000 agree; 503-823.4000 is more likely a code than a number to call.
    if ((phone && (phone[1] === undefined || phone[1] === phone[2])) || PHONE_INTL.test(cell)) out.push('phone');
  }
  if (digits > 0 && cell.length >= 8 && cell.includes(' ') && ADDRESS.test(cell)) out.push('address');
  return out;
}

/**
 * Counts, cell by cell, the values of one column that look like personal data. Card numbers are counted only
 * when at least half the cells with card-shaped numbers pass the Luhn check: one in ten random numbers passes it, so a column of
 * 16-digit ids is not taken for card numbers, but a column (or a note) with real ones is.
 */
export class PrivacyCounter {
  readonly #birth: boolean;
  #counts = new Map<PrivacyKind, number>();
  #cardShaped = 0;
  #cardValid = 0;

  constructor(columnName: string) {
    this.#birth = isBirthColumn(columnName);
  }

  /** `dated`: the profiler read the cell as a date or date-time (for a birth-date column). */
  add(cell: string, dated: boolean): void {
    if (this.#birth && dated) this.#count('birth-date');
    const digits = digitCount(cell);
    if (digits === 0 && !cell.includes('@')) return;
    for (const kind of kindsOf(cell, digits)) this.#count(kind);
    if (digits >= 13) {
      const { shaped, valid } = cardNumbers(cell);
      if (shaped) this.#cardShaped++;
      if (valid) this.#cardValid++;
    }
  }

  #count(kind: PrivacyKind): void {
    this.#counts.set(kind, (this.#counts.get(kind) ?? 0) + 1);
  }

  /** What was found, in the order of PRIVACY_KINDS; empty when nothing looks personal. */
  result(): PrivacyCount[] {
    const counts = new Map(this.#counts);
    if (this.#cardValid > 0 && this.#cardValid * 2 >= this.#cardShaped) counts.set('card', this.#cardValid);
    return PRIVACY_KINDS.filter((k) => counts.has(k)).map((kind) => ({ kind, rows: counts.get(kind)! }));
  }
}

/** The counts of every column of a table held in memory (the validator's sample); `missing` cells are skipped. */
export function privacyOfRows(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  missing: readonly string[] = [],
): { name: string; privacy: PrivacyCount[] }[] {
  const skip = new Set(missing);
  return header.map((name, col) => {
    const counter = new PrivacyCounter(name);
    const birth = isBirthColumn(name);
    for (const row of rows) {
      const cell = row[col] ?? '';
      if (cell.trim() === '' || skip.has(cell)) continue;
      const kind = birth ? readCell(cell).kind : undefined;
      counter.add(cell, kind === 'date' || kind === 'datetime');
    }
    return { name, privacy: counter.result() };
  });
}
