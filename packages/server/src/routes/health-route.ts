import type { FastifyPluginAsync } from 'fastify';
import { errorReply } from '../errors/error-catalog.ts';
import { STORAGE_RETRY_AFTER_SECONDS, type StorageHealth } from '../health/storage-health.ts';
import type { EventStore } from '../store/store-port.ts';

/**
 * GET /healthz (liveness): 200 when the database answers a query, 503 otherwise. A full disk does
 * not fail it: restarting the process would not free space.
 * GET /readyz (readiness): also 503 while writes fail for want of storage (`full`, `read_only`, …,
 * see StorageHealth), so a load balancer sends syncs to another replica meanwhile.
 */
export const healthRoute: FastifyPluginAsync<{ events: EventStore; storage: StorageHealth }> = async (
  app,
  { events, storage },
) => {
  const databaseAnswers = async (log: { error(fields: object, message: string): void }): Promise<boolean> => {
    try {
      await events.ping();
      return true;
    } catch (error) {
      log.error({ err: error }, 'health check: database does not answer');
      return false;
    }
  };
  app.get('/healthz', async (request, reply) => {
    if (await databaseAnswers(request.log)) return { status: 'ok' };
    const { status, body } = errorReply('DB_UNAVAILABLE');
    return reply.status(status).send(body);
  });
  app.get('/readyz', async (request, reply) => {
    const reason = (await databaseAnswers(request.log)) ? storage.writeFailure() : 'unavailable';
    if (reason === undefined) return { status: 'ready' };
    const { status, body } = errorReply('NOT_READY', reason);
    return reply.status(status).header('retry-after', String(STORAGE_RETRY_AFTER_SECONDS)).send(body);
  });
};
