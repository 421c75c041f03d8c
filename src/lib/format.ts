// Formatting of dates, sizes, frequencies and formats for readers, in the interface language.
import { intlLocale } from '../i18n/languages.ts';
import { has, t, type Lang } from './i18n.ts';

// Creating an Intl formatter costs far more than formatting with one (a profile page formats hundreds of
// numbers): one per language and set of options, kept.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(lang: Lang, digits?: number): Intl.NumberFormat {
  const key = `${lang}|${digits ?? ''}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(
      intlLocale(lang),
      digits === undefined ? {} : { maximumFractionDigits: digits, minimumFractionDigits: digits },
    );
    numberFormats.set(key, f);
  }
  return f;
}

function dateFormat(lang: Lang): Intl.DateTimeFormat {
  let f = dateFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(lang), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, f);
  }
  return f;
}

/** `2020-11-05` → `November 5, 2020`, read as a calendar date (no time-zone shift). */
export function formatDate(iso: string, lang: Lang = 'en'): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return iso;
  return dateFormat(lang).format(new Date(Date.UTC(y, m - 1, d)));
}

/** `2018-04-01/2018-04-30` → `April 1, 2018 – April 30, 2018`. */
export function formatPeriod(period: string, lang: Lang = 'en'): string {
  const [start, end] = period.split('/');
  if (!start || !end) return period;
  return `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
}

/** Bytes in the unit a reader expects: `3006454` → `3.0 MB`. */
export function formatBytes(bytes: number, lang: Lang = 'en'): string {
  const units = ['B', 'kB', 'MB', 'GB'] as const;
  let value = bytes;
  let i = 0;
  while (value >= 1000 && i < units.length - 1) {
    value /= 1000;
    i++;
  }
  const digits = i === 0 || value >= 100 ? 0 : 1;
  const n = numberFormat(lang, digits).format(value);
  return t(`bytes.${units[i]}`, { value: n }, lang);
}

/** `R/P1M` → `Monthly`; unknown intervals are spelled out. */
export function formatFrequency(periodicity: string | undefined, lang: Lang = 'en'): string {
  if (!periodicity) return t('frequency.unknown', {}, lang);
  const key = `frequency.${periodicity}`;
  if (has(key, lang)) return t(key, {}, lang);
  return t('frequency.other', { period: periodicity.replace(/^R\//, '') }, lang);
}

/** Formats a number with the language's grouping: `74464` → `74,464`. */
export function formatNumber(n: number, lang: Lang = 'en'): string {
  return numberFormat(lang).format(n);
}

const compactFormats = new Map<Lang, Intl.NumberFormat>();

/** A number in few characters, for chart labels: `2,058.7` → `2.06K` (`2,06 mil` in Spanish). */
export function formatCompact(n: number, lang: Lang = 'en'): string {
  let f = compactFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(lang), { notation: 'compact', maximumSignificantDigits: 3 });
    compactFormats.set(lang, f);
  }
  return f.format(n);
}

/** A language's name in another language, for readers: `languageName('en', 'es')` → `inglés`. */
const languageNames = new Map<Lang, Intl.DisplayNames>();

export function languageName(code: string, lang: Lang = 'en'): string {
  let names = languageNames.get(lang);
  if (!names) languageNames.set(lang, (names = new Intl.DisplayNames([intlLocale(lang)], { type: 'language' })));
  return names.of(code) ?? code;
}
