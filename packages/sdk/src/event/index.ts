/** LearningEvent assembly: ids, version, validation. */
export { buildLearningEvent, type BuildLearningEventResult, type LearningEventInput } from './build-learning-event.ts';
export { createEventId, eventIdTime } from './event-id.ts';
export { SDK_VERSION } from './sdk-version.ts';
