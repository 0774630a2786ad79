/**
 * Answers about the person's next job: the pay they want and the day they are free to start. No
 * past job or school asks them, whatever part of the page they sit in ("Desired Annual Salary" in a
 * work history, "What is the earliest date you could start?" after an education block).
 */
const FORWARD_LOOKING: ReadonlySet<string> = new Set(['salary_expectation', 'start_date']);
const AHEAD_WORDS = /\b(desired|expected|expectations?|earliest|avail\w*|could you|can you|able to)\b/i;

/** True when `label` asks `canonical` of the person's next job, not of an entry of their past. */
export const looksAhead = (canonical: string, label: string): boolean =>
  FORWARD_LOOKING.has(canonical) && AHEAD_WORDS.test(label);
