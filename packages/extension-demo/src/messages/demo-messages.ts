/**
 * The demo's own extension-internal messages, beside the SDK's (`profile.get`, `event.queue`, …).
 * Every type starts with `demo.` so the SDK's router leaves them alone and ours leaves the SDK's
 * alone. Parsed with zod/mini on arrival; never carries a field value.
 *
 *   popup / command ──demo.fill──► content script      popup ──demo.status──► content script
 *   content script ──demo.install-id──► service worker popup ──demo.user-stats──► service worker
 */
import * as z from 'zod/mini';
import { CanonicalName, PROFILE_SOURCES, RUN_STATUSES, UserStatsResponse } from '@companion-autofill/sdk/protocol';
import { MAX_MISSING_VALUES } from './content-message-checks.ts';

/** Mirrors the SDK's RUN_REPORT_OUTCOMES (kept here so the popup bundle needs no content-side SDK code). */
export const RUN_REPORT_OUTCOMES = [
  'queued',
  'no_consent',
  'invalid_event',
  'sink_failed',
  'failed',
  'destroyed',
] as const;

/** Fill the forms of this page now (popup button, keyboard command). */
export const FillMessage = z.strictObject({ type: z.literal('demo.fill') });

/** What the last fill on this page did (popup). */
export const StatusMessage = z.strictObject({ type: z.literal('demo.status') });

/** This install's random id (content script at start). */
export const InstallIdMessage = z.strictObject({ type: z.literal('demo.install-id') });

/** The install's own figures from the server (popup stats line). */
export const UserStatsMessage = z.strictObject({ type: z.literal('demo.user-stats') });

/** Messages a content script answers. */
export const ContentMessage = z.discriminatedUnion('type', [FillMessage, StatusMessage]);
export type ContentMessage = z.infer<typeof ContentMessage>;

/** Demo messages the service worker answers. */
export const WorkerMessage = z.discriminatedUnion('type', [InstallIdMessage, UserStatsMessage]);
export type WorkerMessage = z.infer<typeof WorkerMessage>;

/** Why a page has no fill to show. Closed list: the popup words each one. */
export const NO_FILL_REASONS = ['not_yet', 'no_fields', 'nothing_filled', 'failed', 'destroyed'] as const;
export type NoFillReason = (typeof NO_FILL_REASONS)[number];

/** The last fill of a page: counts and labels only. */
export const PageStatus = z.strictObject({
  /** Runs this page started (one per form root). */
  runs: z.int().check(z.gte(0)),
  /** Runs of this page that ended (two ends may read alike: this tells them apart). */
  runsEnded: z.int().check(z.gte(0)),
  /** Fields filled by the latest run. */
  fieldsFilled: z.int().check(z.gte(0)),
  /** Where the latest run's mapping came from. */
  profileSource: z.optional(z.enum(PROFILE_SOURCES)),
  /** The server's answer for the latest form (`ok`, `unknown`, `disabled`, … or `unavailable`). */
  serverStatus: z.optional(z.string().check(z.maxLength(32))),
  /** Set when the latest fill did not start a run. */
  skipped: z.optional(z.enum(NO_FILL_REASONS)),
  /** Canonicals the latest form asked for that the user holds no value for: names, never values. */
  missingValues: z.optional(z.array(CanonicalName).check(z.maxLength(MAX_MISSING_VALUES))),
  /** How the latest finished run ended and what became of its event (`queued`, `no_consent`, …). */
  lastRun: z.optional(
    z.strictObject({ outcome: z.enum(RUN_REPORT_OUTCOMES), status: z.optional(z.enum(RUN_STATUSES)) }),
  ),
});
export type PageStatus = z.infer<typeof PageStatus>;

/** Reply to `demo.user-stats`: the server's figures, or why there are none. */
export const UserStatsReply = z.union([
  z.strictObject({ ok: z.literal(true), stats: UserStatsResponse }),
  z.strictObject({ ok: z.literal(false), reason: z.enum(['offline', 'http_error', 'invalid_body']) }),
]);
export type UserStatsReply = z.infer<typeof UserStatsReply>;

/** Reply to `demo.install-id`. */
export const InstallIdReply = z.strictObject({ installId: z.string() });
export type InstallIdReply = z.infer<typeof InstallIdReply>;
