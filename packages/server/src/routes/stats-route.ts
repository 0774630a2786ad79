import type { FastifyPluginAsync } from 'fastify';
import { firstIssueReason, UserStatsQuery, type UserStatsResponse } from '@companion-autofill/sdk/protocol';
import { errorReply } from '../errors/error-catalog.ts';
import type { UserStatsStore } from '../store/user-stats-store.ts';
import { computeUserStats, userStatsSince } from '../stats/user-stats.ts';

export interface StatsRouteOptions {
  stats: UserStatsStore;
  clock?: () => number;
}

/**
 * GET /api/extension/learning/stats?install_id=: this week's runs, characters filled and edited,
 * keystrokes and minutes saved, for the asking install (the demo extension's popup shows them).
 * The query is validated strictly: an unknown parameter is a 400, never ignored.
 */
export const statsRoute: FastifyPluginAsync<StatsRouteOptions> = async (app, options) => {
  const clock = options.clock ?? Date.now;
  app.get('/api/extension/learning/stats', async (request, reply) => {
    const query = UserStatsQuery.safeParse(request.query);
    if (!query.success) {
      const { status, body } = errorReply('INVALID_QUERY', firstIssueReason(query.error));
      return reply.status(status).send(body);
    }
    const now = clock();
    const totals = await options.stats.installTotals(query.data.install_id, userStatsSince(now));
    const response: UserStatsResponse = computeUserStats(totals, now);
    // Per-install figures: no shared cache may keep them.
    reply.header('cache-control', 'private, no-cache');
    return response;
  });
};
