import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * A deadline for receiving a request: from its headers until its body is parsed, at most `ms`;
 * past it the connection is destroyed. A client that sends a body a byte at a time, or never
 * finishes it, cannot hold a socket (the probe of #15 held 300 for 100 s). Time spent in the
 * handler is not counted, so a long admin request is not cut. Node's own requestTimeout is not
 * used for this: on the Node versions we run it did not close such a connection.
 */
export function installRequestDeadline(app: FastifyInstance, ms: number): void {
  const deadlines = new WeakMap<FastifyRequest, NodeJS.Timeout>();
  const clear = async (request: FastifyRequest): Promise<void> => {
    clearTimeout(deadlines.get(request));
    deadlines.delete(request);
  };
  app.addHook('onRequest', async (request) => {
    const timer = setTimeout(() => request.raw.destroy(), ms);
    timer.unref();
    deadlines.set(request, timer);
  });
  // The body is in once validation starts; a request refused earlier (413, 415, 400) ends in onResponse.
  app.addHook('preValidation', clear);
  app.addHook('onResponse', clear);
  app.addHook('onRequestAbort', clear);
}
