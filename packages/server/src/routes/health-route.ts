import type { FastifyPluginAsync } from 'fastify';
import { errorReply } from '../errors/error-catalog.ts';
import type { EventStore } from '../store/store-port.ts';

/** GET /healthz: 200 when the database answers a query, 503 otherwise. */
export const healthRoute: FastifyPluginAsync<{ events: EventStore }> = async (app, { events }) => {
  app.get('/healthz', async (request, reply) => {
    try {
      await events.ping();
      return { status: 'ok' };
    } catch (error) {
      request.log.error({ err: error }, 'health check: database does not answer');
      const { status, body } = errorReply('DB_UNAVAILABLE');
      return reply.status(status).send(body);
    }
  });
};
