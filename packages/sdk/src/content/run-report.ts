import type { LearningEvent, RunStatus } from '../protocol/index.ts';

/**
 * What became of a finished run's event. Closed list: it feeds stats and test assertions.
 * - `queued`: handed to the event sink.
 * - `no_consent`: the user did not consent; nothing left the content script.
 * - `invalid_event`: the sink's receiver (the background's message router) found the event breaks
 *   the wire schema and refused it (a bug; reported, never queued or sent).
 * - `sink_failed`: the sink rejected for any other reason.
 * - `failed`: the run could not be finished (an SDK error, swallowed so the page never sees it).
 * - `destroyed`: the run was torn down before it ended; no event.
 */
export const RUN_REPORT_OUTCOMES = [
  'queued',
  'no_consent',
  'invalid_event',
  'sink_failed',
  'failed',
  'destroyed',
] as const;
export type RunReportOutcome = (typeof RUN_REPORT_OUTCOMES)[number];

/** How one autofill run ended and what became of its event. Carries no field value. */
export interface RunReport {
  outcome: RunReportOutcome;
  /** Undefined only when the run failed before its status was known. */
  status: RunStatus | undefined;
  /** The event built for the run (whether or not it was queued); undefined when none was built. */
  event: LearningEvent | undefined;
  /** Why the event was refused, from the schema (`<path>: <problem>`), when outcome is invalid_event. */
  reason?: string;
}
