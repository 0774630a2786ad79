/**
 * Wire contract v1: the only definition of the wire format. The server validates with these
 * schemas; every type is `z.infer` of a schema, never a parallel interface.
 */
export { LIMITS } from './limits.ts';
export {
  CanonicalName,
  ExperimentToken,
  FieldFormat,
  FieldSignature,
  Host,
  InstallId,
  LEAVE_ALONE,
  SchemaHash,
  Selector,
} from './field-names.ts';
export { FIELD_FORMATS } from './field-formats.ts';
export {
  DraftEdit,
  DraftStats,
  EditStats,
  Experiments,
  FIELD_SOURCES,
  FieldEdit,
  FieldSource,
  LearningEvent,
  PROFILE_SOURCES,
  ProfileSource,
  RUN_STATUSES,
  RunStatus,
} from './learning-event.ts';
export { RejectedEvent, SyncRequest, SyncResponse } from './sync.ts';
export {
  FieldPrediction,
  FieldPredictions,
  GUARD_REASONS,
  GuardReason,
  PROFILE_STATUSES,
  ProfileQuery,
  ProfileResponse,
  ProfileStats,
  ProfileStatus,
} from './profile.ts';
export { describeIssue, firstIssueReason } from './issue-reason.ts';
export { PERSONAL_DATA_SELECTOR_MESSAGE, looksLikePersonalData, selectorCarriesPersonalData } from './personal-data.ts';
export { UserStatsQuery, UserStatsResponse } from './user-stats.ts';
export {
  DROP_REASONS,
  EventQueueMessage,
  EventQueueResponse,
  MESSAGE_ERROR_CODES,
  MESSAGE_RESPONSES,
  MESSAGE_TYPES,
  Message,
  MessageError,
  MessageErrorCode,
  OutboxFlushMessage,
  OutboxFlushResponse,
  PROFILE_LOOKUP_STATUSES,
  PROFILE_UNAVAILABLE_REASONS,
  ProfileGetMessage,
  ProfileGetResponse,
  ProfileUnavailableReason,
  QUEUE_SKIP_REASONS,
  QueueSkipReason,
  StatsGetMessage,
  StatsGetResponse,
  replySchema,
} from './messages.ts';
export type { DropReason, MessageOf, MessageReply, MessageType, ResponseOf } from './messages.ts';
