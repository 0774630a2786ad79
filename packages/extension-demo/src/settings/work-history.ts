/**
 * A person's work history as JSON Resume lists it: which entry is the current job, and how many
 * whole years of experience the dated entries add up to (overlapping jobs counted once). Dates are
 * JSON Resume's partial ISO dates: `2019`, `2019-04` or `2019-04-15`; days are ignored.
 */

/** JSON Resume's date pattern (schema v1 `iso8601`). */
export const RESUME_DATE = /^[12]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** One job. Dates match {@link RESUME_DATE}. */
export interface WorkEntry {
  company?: string;
  position?: string;
  startDate?: string;
  endDate?: string;
}

/** Months since year 0 of a date's first month (`2019` → January), or after its last (`2019` → end of December). */
function monthIndex(date: string, edge: 'start' | 'end'): number {
  const [year = 0, month] = date.split('-').map(Number);
  if (month === undefined) return year * 12 + (edge === 'start' ? 0 : 12);
  return year * 12 + month - (edge === 'start' ? 1 : 0);
}

/** True when the entry ends before it starts. */
export function endsBeforeStart(entry: WorkEntry): boolean {
  if (entry.startDate === undefined || entry.endDate === undefined) return false;
  return monthIndex(entry.endDate, 'end') <= monthIndex(entry.startDate, 'start');
}

/**
 * The current job: among entries naming a company or position, the ongoing one (no endDate) that
 * started last, else the one that ended last. Undated entries rank after dated ones and keep list
 * order, since JSON Resume lists the newest job first.
 */
export function currentWork<T extends WorkEntry>(entries: readonly T[]): T | undefined {
  const held = entries.filter((entry) => entry.company !== undefined || entry.position !== undefined);
  const ongoing = held.filter((entry) => entry.endDate === undefined);
  const pool = ongoing.length > 0 ? ongoing : held;
  const rank = (entry: T): number => {
    const date = ongoing.length > 0 ? entry.startDate : entry.endDate;
    return date === undefined ? Number.NEGATIVE_INFINITY : monthIndex(date, 'start');
  };
  let best: T | undefined;
  for (const entry of pool) if (best === undefined || rank(entry) > rank(best)) best = entry;
  return best;
}

/**
 * Whole years worked by `today`: the union of every dated entry's months (an ongoing job runs to
 * today), floored. Undefined when no entry has a start date.
 */
export function yearsOfExperience(entries: readonly WorkEntry[], today: Date): number | undefined {
  const now = today.getUTCFullYear() * 12 + today.getUTCMonth();
  const spans = entries
    .filter((entry): entry is WorkEntry & { startDate: string } => entry.startDate !== undefined)
    .map(
      (entry) =>
        [
          monthIndex(entry.startDate, 'start'),
          Math.min(now, entry.endDate === undefined ? now : monthIndex(entry.endDate, 'end')),
        ] as const,
    )
    .sort((a, b) => a[0] - b[0]);
  if (spans.length === 0) return undefined;
  let months = 0;
  let covered = Number.NEGATIVE_INFINITY;
  for (const [start, end] of spans) {
    const from = Math.max(start, covered);
    if (end > from) months += end - from;
    covered = Math.max(covered, end);
  }
  return Math.floor(months / 12);
}
