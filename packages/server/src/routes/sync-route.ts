import type { FastifyPluginAsync } from 'fastify';
import {
  firstIssueReason,
  LearningEvent,
  PERSONAL_DATA_SELECTOR_MESSAGE,
  SyncRequest,
  type RejectedEvent,
  type SyncResponse,
} from '@companion-autofill/sdk/protocol';
import { errorReply } from '../errors/error-catalog.ts';
import type { ExperimentMetrics } from '../metrics/experiment-metrics.ts';
import type { IngestMetrics } from '../metrics/ingest-metrics.ts';
import type { SyncAdmission } from '../security/sync-admission.ts';
import type { EventStore } from '../store/store-port.ts';
import { compileAcceptor } from '../validation/compile-acceptor.ts';

export interface SyncRouteOptions {
  events: EventStore;
  metrics: IngestMetrics;
  clock: () => number;
  /** The batch's network, stored with its events, and the daily quotas. */
  admission: SyncAdmission;
  /** Per-arm outcome metrics for newly stored events that report experiments. */
  experimentMetrics: Pick<ExperimentMetrics, 'recordExperimentOutcome'>;
}

/** Valid events skip zod's slower interpretation; zod still judges, and explains, the rest. */
const isCertainlyValidEvent = compileAcceptor(LearningEvent);

/** A client clock this far ahead is wrong, and its events would outlive the window. */
const MAX_CLOCK_SKEW_MS = 86_400_000;

/**
 * POST /api/extension/learning/sync. Each event is judged alone: valid new ones are stored,
 * repeated ids are duplicates (also within one batch), invalid ones are rejected with a reason so
 * the client drops them instead of retrying. Metrics move only for newly stored events.
 */
export const syncRoute: FastifyPluginAsync<SyncRouteOptions> = async (
  app,
  { events, metrics, clock, experimentMetrics, admission },
) => {
  // The answer is a short list of ids: compressing it costs more CPU than it saves on the wire.
  // Request bodies are still inflated (decompression stays on).
  app.post('/api/extension/learning/sync', { compress: false }, async (request, reply) => {
    const batch = SyncRequest.safeParse(request.body);
    if (!batch.success) {
      const { status, body } = errorReply('INVALID_BATCH', firstIssueReason(batch.error));
      return reply.status(status).send(body);
    }
    const now = clock();
    const rejected: RejectedEvent[] = [];
    const valid: LearningEvent[] = [];
    const repeatedInBatch: string[] = [];
    const seen = new Set<string>();
    /** Normalized id → the id as the client sent it: answers name events as the client knows them. */
    const sentAs = new Map<string, string>();
    batch.data.events.forEach((raw, index) => {
      const parsed = isCertainlyValidEvent(raw)
        ? { success: true as const, data: raw as LearningEvent }
        : LearningEvent.safeParse(raw);
      if (!parsed.success) {
        rejected.push({ event_id: readableId(raw), index, reason: firstIssueReason(parsed.error) });
      } else if (Date.parse(parsed.data.occurred_at) > now + MAX_CLOCK_SKEW_MS) {
        rejected.push({ event_id: parsed.data.event_id, index, reason: 'occurred_at: more than a day in the future' });
      } else {
        const event = withLowerCaseId(parsed.data);
        if (seen.has(event.event_id)) {
          repeatedInBatch.push(parsed.data.event_id);
        } else {
          seen.add(event.event_id);
          sentAs.set(event.event_id, parsed.data.event_id);
          valid.push(event);
        }
      }
    });

    const admitted = admission.admit(request, valid, now);
    if (!admitted.ok)
      return reply.status(admitted.status).header('retry-after', admitted.retryAfter).send(admitted.body);
    const stored = valid.length > 0 ? await events.insertEvents(valid, now, admitted.network) : new Set<string>();
    admission.stored(valid, stored, admitted.network, now);
    const accepted: string[] = [];
    const duplicates: string[] = [];
    for (const event of valid) {
      const id = sentAs.get(event.event_id) ?? event.event_id;
      if (stored.has(event.event_id)) {
        accepted.push(id);
        metrics.recordStoredRun(event);
        experimentMetrics.recordExperimentOutcome(event);
      } else {
        duplicates.push(id);
      }
    }
    duplicates.push(...repeatedInBatch);
    metrics.recordIngest('stored', accepted.length);
    metrics.recordIngest('duplicate', duplicates.length);
    metrics.recordIngest('rejected', rejected.length);
    metrics.recordPersonalDataRefused(rejected.filter((r) => r.reason.endsWith(PERSONAL_DATA_SELECTOR_MESSAGE)).length);
    if (rejected.length > 0) request.log.info({ rejected: rejected.map((r) => r.reason) }, 'sync: events rejected');
    const response: SyncResponse = { accepted, duplicates, rejected };
    return response;
  });
};

/**
 * The event with its id in lower case: a UUID names the same event in either case, so dedupe and
 * storage must not tell `ABC…` from `abc…` (#15).
 */
function withLowerCaseId(event: LearningEvent): LearningEvent {
  const id = event.event_id.toLowerCase();
  return id === event.event_id ? event : { ...event, event_id: id };
}

/** Only a UUID is echoed back: any other text in that place could be anything, personal data included. */
const UUID_SHAPE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function readableId(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const id = (raw as { event_id?: unknown }).event_id;
  return typeof id === 'string' && UUID_SHAPE.test(id) ? id : null;
}
