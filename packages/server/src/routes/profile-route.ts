import type { FastifyPluginAsync } from 'fastify';
import { firstIssueReason, ProfileQuery } from '@companion-autofill/sdk/protocol';
import { errorReply } from '../errors/error-catalog.ts';
import type { QualityThresholds } from '../guard/quality-guard.ts';
import type { ProfileMetrics } from '../metrics/profile-metrics.ts';
import type { ProfileStore } from '../store/store-port.ts';
import { answerProfile, etagOf } from './profile-answer.ts';

export interface ProfileRouteOptions {
  profiles: ProfileStore;
  metrics: ProfileMetrics;
  profileEnabled: boolean;
  thresholds: QualityThresholds;
}

/**
 * GET /api/extension/learning/profile?host=&schema_hash=[&install_id=]. Answers with an ETag; a
 * matching If-None-Match gets 304 and no body, so extensions revalidate cheaply.
 */
export const profileRoute: FastifyPluginAsync<ProfileRouteOptions> = async (app, options) => {
  app.get('/api/extension/learning/profile', async (request, reply) => {
    const query = ProfileQuery.safeParse(request.query);
    if (!query.success) {
      const { status, body } = errorReply('INVALID_QUERY', firstIssueReason(query.error));
      return reply.status(status).send(body);
    }
    const profile = options.profileEnabled ? await options.profiles.getProfile(query.data.host, query.data.schema_hash) : undefined;
    const answer = answerProfile({ profile, profileEnabled: options.profileEnabled, thresholds: options.thresholds, experiments: {} });
    options.metrics.recordProfileAnswer(answer.status, answer.reason);
    const etag = etagOf(answer);
    reply.header('etag', etag).header('cache-control', 'no-cache');
    if (request.headers['if-none-match'] === etag) return reply.status(304).send();
    return answer;
  });
};
