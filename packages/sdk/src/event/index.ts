/** LearningEvent assembly: ids, version (validation is the receiver's, see build-learning-event.ts). */
export { buildLearningEvent, type LearningEventInput } from './build-learning-event.ts';
export { createEventId, eventIdTime } from './event-id.ts';
export { SDK_VERSION } from './sdk-version.ts';
