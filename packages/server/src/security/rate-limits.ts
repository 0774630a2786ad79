import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorReply } from '../errors/error-catalog.ts';

type LimitHook = (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply | undefined>;

export interface RateLimitHooks {
  /** Per client IP, before anything else is done for the request (an onRequest hook). */
  perIp: LimitHook;
  /** Per install_id, once the body or query is parsed (a preHandler hook). */
  perInstall: LimitHook;
}

/**
 * Two independent limiters from @fastify/rate-limit's counting store. Its own request handler
 * marks a request as checked after the first limiter, so both are applied here through
 * `createRateLimit` instead. Over a limit: 429 with Retry-After, answered from the error catalog.
 */
export async function registerRateLimits(app: FastifyInstance, limits: { perIpPerMinute: number; perInstallPerMinute: number }): Promise<RateLimitHooks> {
  await app.register(rateLimit, { global: false });
  const byIp = app.createRateLimit({ max: limits.perIpPerMinute, timeWindow: 60_000, keyGenerator: (request) => `ip:${request.ip}` });
  const byInstall = app.createRateLimit({ max: limits.perInstallPerMinute, timeWindow: 60_000, keyGenerator: installKey });

  const hook = (limiter: typeof byIp): LimitHook => async (request, reply) => {
    const verdict = await limiter(request);
    if (verdict.isAllowed || !verdict.isExceeded) return undefined;
    const { status, body } = errorReply('RATE_LIMITED', String(verdict.ttlInSeconds));
    return reply.status(status).header('retry-after', String(verdict.ttlInSeconds)).send(body);
  };
  return { perIp: hook(byIp), perInstall: hook(byInstall) };
}

/** The install a request speaks for: the first event's install_id, the query's, else the IP. */
function installKey(request: FastifyRequest): string {
  const body = request.body as { events?: { install_id?: unknown }[] } | undefined;
  const fromBody = Array.isArray(body?.events) ? body.events[0]?.install_id : undefined;
  const fromQuery = (request.query as { install_id?: unknown } | undefined)?.install_id;
  const install = typeof fromBody === 'string' ? fromBody : typeof fromQuery === 'string' ? fromQuery : undefined;
  return install && install.length <= 64 ? `install:${install}` : `install-ip:${request.ip}`;
}
