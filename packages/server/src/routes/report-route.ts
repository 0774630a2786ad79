import type { FastifyPluginAsync } from 'fastify';
import * as z from 'zod/mini';
import { firstIssueReason } from '@companion-autofill/sdk/protocol';
import { errorReply } from '../errors/error-catalog.ts';
import { collectImpactReport } from '../report/collect-report.ts';
import type { ExpectedWeights } from '../report/expected-weights.ts';
import { DEFAULT_EFFECT } from '../report/report-method.ts';
import { renderImpactTable } from '../report/render-impact-table.ts';
import type { ReportStore } from '../store/report-store.ts';

export interface ReportRouteOptions {
  reports: ReportStore;
  /** The live experiment weights (from the tuning file), read per request so reloads apply. */
  expectedWeights: () => ExpectedWeights;
  clock?: () => number;
}

const ReportQuery = z.strictObject({
  days: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(365)), 30),
  format: z._default(z.enum(['json', 'table']), 'json'),
  effect: z._default(z.coerce.number().check(z.gt(0), z.lt(1)), DEFAULT_EFFECT),
});

/**
 * GET /api/admin/report?days=N&format=json|table&effect=E: the impact report over the last N days
 * (default 30), power and the always-valid interval set for a success-ratio change E (default 0.05). The caller registers it behind the admin token, with the other admin routes.
 */
export const reportRoute: FastifyPluginAsync<ReportRouteOptions> = async (app, options) => {
  const clock = options.clock ?? Date.now;
  app.get('/api/admin/report', async (request, reply) => {
    const query = ReportQuery.safeParse(request.query);
    if (!query.success) {
      const { status, body } = errorReply('INVALID_QUERY', firstIssueReason(query.error));
      return reply.status(status).send(body);
    }
    const report = await collectImpactReport(options.reports, {
      days: query.data.days,
      effect: query.data.effect,
      expectedWeights: options.expectedWeights(),
      now: clock(),
    });
    if (query.data.format === 'table') return reply.type('text/plain; charset=utf-8').send(renderImpactTable(report));
    return report;
  });
};
