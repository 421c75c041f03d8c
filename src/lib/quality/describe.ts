// Freshness in words: "Monthly — last updated 14 months ago, 13 months overdue", and the search facet value.
import { formatFrequency } from '../format.ts';
import { t, type Lang } from '../i18n.ts';
import type { Freshness } from './freshness.ts';

/** A number of days as the largest unit that fits: 3 days, 5 weeks, 14 months, 2 years. */
export function formatDuration(days: number, lang: Lang = 'en'): string {
  if (days >= 730) return t('duration.year', { count: Math.floor(days / 365.25) }, lang);
  if (days >= 60) return t('duration.month', { count: Math.floor(days / 30.44) }, lang);
  if (days >= 14) return t('duration.week', { count: Math.floor(days / 7) }, lang);
  return t('duration.day', { count: Math.max(1, Math.floor(days)) }, lang);
}

export function describeFreshness(f: Freshness, periodicity: string | undefined, lang: Lang = 'en'): string {
  if (f.status === 'unknown') return t('freshness.unknown', {}, lang);
  const when = f.ageDays
    ? t('freshness.ago', { age: formatDuration(f.ageDays, lang) }, lang)
    : t('freshness.today', {}, lang);
  const frequency = periodicity ? formatFrequency(periodicity, lang) : t('freshness.noSchedule', {}, lang);
  if (f.status === 'overdue')
    return t('freshness.overdue', { frequency, when, late: formatDuration(f.overdueDays, lang) }, lang);
  return t(`freshness.${f.status}`, { frequency, when }, lang);
}

/**
 * The values of the search page's freshness filter: "Overdue" for an overdue dataset, none for the others. One
 * value keeps the filter index small (four values would list every page of the catalog: +27 kB at 10,000).
 */
export function freshnessFacet(f: Freshness, lang: Lang = 'en'): string[] {
  return f.status === 'overdue' ? [t('freshness.facet.overdue', {}, lang)] : [];
}
