/**
 * Background (service worker) side of the SDK.
 *
 * Deliberately not exported: the outbox's pure state transitions (`outbox-state.ts`), the
 * profile cache, option normalisation and timer defaults. They are internals the factories below
 * wire up; depending on them would freeze their shape.
 */
export { createCompanionBackground, FLUSH_ALARM } from './companion-background.ts';
export type {
  AlarmsPort,
  CompanionBackground,
  CompanionBackgroundOptions,
  EventPort,
  RuntimeMessageListener,
  RuntimePort,
} from './companion-background.ts';
export { createProfileClient, PROFILE_PATH } from './profile-client.ts';
export type { ProfileClient, ProfileClientOptions, ProfileResult } from './profile-client.ts';
export { createOutbox } from './outbox.ts';
export type { Outbox } from './outbox.ts';
export type { OutboxOptions } from './outbox-options.ts';
export type { OutboxCounters } from './outbox-state.ts';
export { createKySyncTransport, SYNC_PATH } from './ky-sync-transport.ts';
export type { KySyncTransportOptions } from './ky-sync-transport.ts';
export { TRANSIENT_REASONS } from './sync-transport.ts';
export type { SyncResult, SyncTransport, TransientReason } from './sync-transport.ts';
export { createMessageRouter, isCompanionMessage } from './message-router.ts';
export type { Handler, HandlerMap, MessageRouter, MessageRouterOptions, MessageSenderLike } from './message-router.ts';
export type { TimerPort } from './timer-port.ts';
export { createBrowserStorage } from '../storage/browser-storage.ts';
export type { StorageAreaLike } from '../storage/browser-storage.ts';
