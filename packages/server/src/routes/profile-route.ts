import type { FastifyPluginAsync } from 'fastify';
import { firstIssueReason, ProfileQuery } from '@companion-autofill/sdk/protocol';
import { errorReply } from '../errors/error-catalog.ts';
import { assignArms } from '../experiments/assign-arm.ts';
import type { ExperimentMetrics } from '../metrics/experiment-metrics.ts';
import type { QualityThresholds } from '../guard/quality-guard.ts';
import type { ProfileMetrics } from '../metrics/profile-metrics.ts';
import { NO_FIELD_PREDICTIONS } from '../store/field-predictions.ts';
import type { ProfileStore } from '../store/store-port.ts';
import { atsFamilyOf } from '../tuning/ats-families.ts';
import { resolveThresholds } from '../tuning/resolve-thresholds.ts';
import type { Tuning } from '../tuning/tuning-schema.ts';
import { ifNoneMatchHits } from './if-none-match.ts';
import { createPreparedAnswers } from './prepared-answers.ts';

export interface ProfileRouteOptions {
  profiles: ProfileStore;
  metrics: ProfileMetrics;
  profileEnabled: boolean;
  /** The environment's thresholds: the last level of resolveThresholds. */
  thresholds: QualityThresholds;
  /** The live tuning file (a TuningSource), read per request. */
  tuning: { current(): Tuning };
  /** Counts exposures when arms are assigned. */
  experimentMetrics: Pick<ExperimentMetrics, 'recordExposures'>;
}

/**
 * GET /api/extension/learning/profile?host=&schema_hash=[&install_id=]. Answers with an ETag; a
 * matching If-None-Match (weak comparison, lists and `*`, RFC 9110) gets 304 and no body, so extensions revalidate cheaply. With an install
 * id, the install is bucketed into every live experiment (arms in `experiments`; a 304 still
 * counts as an exposure: the client keeps using the answer it has, arms included). The host's
 * field predictions (its own and its ATS family's) come with the answer, also for a form never
 * learned; both reads are cached by the store until the next committed run.
 */
export const profileRoute: FastifyPluginAsync<ProfileRouteOptions> = async (app, options) => {
  const answerFor = createPreparedAnswers();
  // A profile answer is well under a kilobyte and revalidated with ETags: no compression hooks.
  app.get('/api/extension/learning/profile', { compress: false, decompress: false }, async (request, reply) => {
    const query = ProfileQuery.safeParse(request.query);
    if (!query.success) {
      const { status, body } = errorReply('INVALID_QUERY', firstIssueReason(query.error));
      return reply.status(status).send(body);
    }
    const { host, schema_hash: schemaHash } = query.data;
    const [profile, fieldPredictions] = options.profileEnabled
      ? await Promise.all([
          options.profiles.getProfile(host, schemaHash),
          options.profiles.getFieldPredictions(host, atsFamilyOf(host)),
        ])
      : [undefined, NO_FIELD_PREDICTIONS];
    const tuning = options.tuning.current();
    const experiments = assignArms(query.data.install_id, tuning.experiments);
    const thresholds = resolveThresholds(host, tuning, options.thresholds);
    const answer = answerFor({
      profile,
      fieldPredictions,
      profileEnabled: options.profileEnabled,
      thresholds,
      experiments,
    });
    if (Object.keys(experiments).length > 0) options.experimentMetrics.recordExposures(experiments);
    options.metrics.recordProfileAnswer(answer.status, answer.reason);
    reply.header('etag', answer.etag).header('cache-control', 'no-cache');
    if (ifNoneMatchHits(request.headers['if-none-match'], answer.etag)) return reply.status(304).send();
    // Sent as serialized once (the ETag's bytes), not re-serialized per request.
    return reply.type('application/json; charset=utf-8').send(answer.body);
  });
};
