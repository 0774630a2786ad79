import type { LearningEvent } from '../protocol/index.ts';

/**
 * Where finished runs go: the background's outbox in an extension, an array in tests. Called only
 * when the user consented. May reject; the SDK reports it and never throws into the page.
 *
 * The events are assembled on the content side but not validated there (the content script carries
 * no wire schema): the sink's receiver validates them against the contract's `LearningEvent`. The
 * background's message router does, before anything is queued; a sink of your own should too.
 */
export interface EventSink {
  queue(event: LearningEvent): Promise<void>;
}

/**
 * What a sink rejects with when its receiver refused the event as breaking the wire contract. The
 * run then reports `invalid_event` with this reason instead of `sink_failed`.
 */
export class InvalidEventError extends Error {
  override readonly name = 'InvalidEventError';
  /** `<path>: <problem>` within the event, as the schema words it; never a value. */
  readonly reason: string;

  constructor(reason: string) {
    super(`invalid event: ${reason}`);
    this.reason = reason;
  }
}
