import type { FastifyPluginAsync } from 'fastify';
import * as z from 'zod/mini';
import { firstIssueReason, InstallId } from '@companion-autofill/sdk/protocol';
import type { AggregatorRunner } from '../aggregator/aggregator-runner.ts';
import { errorReply } from '../errors/error-catalog.ts';
import type { EventStore } from '../store/store-port.ts';
import type { ReloadResult } from '../tuning/tuning-source.ts';

export interface AdminRoutesOptions {
  runner: AggregatorRunner;
  events: EventStore;
  tuning: { reload(): Promise<ReloadResult> };
}

const InstallParams = z.strictObject({ install_id: InstallId });

/**
 * Operator endpoints (the caller registers them behind the admin token):
 * POST /api/admin/aggregate runs the aggregator now; DELETE /api/admin/installs/:install_id
 * erases one install's events, so the next aggregation no longer counts them; POST
 * /api/admin/tuning/reload re-reads the tuning file now (a bad file keeps the live one: 422).
 */
export const adminRoutes: FastifyPluginAsync<AdminRoutesOptions> = async (app, { runner, events, tuning }) => {
  app.post('/api/admin/tuning/reload', async (_request, reply) => {
    const result = await tuning.reload();
    return reply.status(result.result === 'ok' ? 200 : 422).send(result);
  });

  app.post('/api/admin/aggregate', async (_request, reply) => {
    const summary = await runner.runOnce();
    return reply.status(summary.status === 'err' ? 500 : 200).send(summary);
  });

  app.delete('/api/admin/installs/:install_id', async (request, reply) => {
    const params = InstallParams.safeParse(request.params);
    if (!params.success) {
      const { status, body } = errorReply('INVALID_QUERY', firstIssueReason(params.error));
      return reply.status(status).send(body);
    }
    const deleted = await events.deleteInstall(params.data.install_id);
    request.log.info({ deleted }, 'admin: install data deleted');
    return { install_id: params.data.install_id, deleted_events: deleted };
  });
};
