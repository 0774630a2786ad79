import type { LearningEvent } from '../protocol/index.ts';

/**
 * Where finished runs go: the background's outbox in an extension, an array in tests. Called only
 * when the user consented. May reject; the SDK reports it and never throws into the page.
 */
export interface EventSink {
  queue(event: LearningEvent): Promise<void>;
}
