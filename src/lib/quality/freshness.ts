// Freshness against the promised schedule: a dataset that declares how often it is updated (accrualPeriodicity)
// and whose `modified` date is older than that period plus a grace period is overdue. Unknown is never fresh.

const DAY = 24 * 3600 * 1000;
const DATE_UNITS: Record<string, number> = { Y: 365.25, M: 30.44, W: 7, D: 1 };
const TIME_UNITS: Record<string, number> = { H: 1 / 24, M: 1 / 1440, S: 1 / 86400 };

const sum = (part: string, units: Record<string, number>) =>
  [...part.matchAll(/(\d+(?:\.\d+)?)([A-Z])/g)].reduce(
    (days, [, n, unit]) => days + Number(n) * (units[unit!] ?? 0),
    0,
  );

/** The period of an ISO 8601 repeating interval (`R/P1M`, `R/PT6H`) in days; undefined for `irregular` or none. */
export function periodDays(periodicity: string | undefined): number | undefined {
  const m = /^R\/P([^T]*)(?:T(.*))?$/.exec(periodicity ?? '');
  if (!m) return undefined;
  const days = sum(m[1]!, DATE_UNITS) + sum(m[2] ?? '', TIME_UNITS);
  return days > 0 ? days : undefined;
}

/**
 * The grace period after a dataset is due: a quarter of its period, at least three days and at most 90 (a
 * monthly dataset is overdue 7.6 days after a month has passed; a yearly one after 15 months).
 */
export function graceDays(period: number): number {
  return Math.min(90, Math.max(3, period / 4));
}

export type Freshness =
  /** Updated within its period and grace. */
  | { status: 'fresh'; periodDays: number; ageDays: number; dueDate: string }
  /** Not updated within its period and grace. */
  | { status: 'overdue'; periodDays: number; ageDays: number; dueDate: string; overdueDays: number }
  /** Updated irregularly, or no schedule declared: freshness cannot be judged. */
  | { status: 'unscheduled'; ageDays: number | undefined }
  /** The date of the last change is not known (not stated by the source): never counted as fresh. */
  | { status: 'unknown' };

/** `modified` is undefined when the source did not state it (an import placeholder is not a date). */
export function freshnessOf(modified: string | undefined, periodicity: string | undefined, today: string): Freshness {
  if (!modified) return { status: 'unknown' };
  const ageDays = Math.max(0, Math.floor((Date.parse(today) - Date.parse(modified)) / DAY));
  const period = periodDays(periodicity);
  if (period === undefined) return { status: 'unscheduled', ageDays };
  // The last day on schedule: the period and its grace, rounded up to whole days.
  const due = Date.parse(modified) + Math.ceil(period + graceDays(period)) * DAY;
  const dueDate = new Date(due).toISOString().slice(0, 10);
  const overdueDays = Math.floor((Date.parse(today) - due) / DAY);
  return overdueDays > 0
    ? { status: 'overdue', periodDays: period, ageDays, dueDate, overdueDays }
    : { status: 'fresh', periodDays: period, ageDays, dueDate };
}
