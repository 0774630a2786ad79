import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorReply } from '../errors/error-catalog.ts';
import { requestInstallOf } from './batch-install.ts';

type LimitHook = (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply | undefined>;

export interface RateLimitHooks {
  /** Per client IP, before anything else is done for the request (an onRequest hook). */
  perIp: LimitHook;
  /** Per install_id, once the body or query is parsed (a preHandler hook); every event of a batch counts. */
  perInstall: LimitHook;
}

/**
 * Two independent limiters from @fastify/rate-limit's counting store. Its own request handler
 * marks a request as checked after the first limiter, so both are applied here through
 * `createRateLimit` instead. Over a limit: 429 with Retry-After, answered from the error catalog.
 */
export async function registerRateLimits(
  app: FastifyInstance,
  limits: { perIpPerMinute: number; perInstallPerMinute: number },
): Promise<RateLimitHooks> {
  await app.register(rateLimit, { global: false });
  const byIp = app.createRateLimit({
    max: limits.perIpPerMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => `ip:${request.ip}`,
  });
  const byInstall = app.createRateLimit({
    max: limits.perInstallPerMinute,
    timeWindow: 60_000,
    keyGenerator: installKey,
  });

  // Each hit is one count in the library's store; a batch costs one hit per event.
  const hook =
    (limiter: typeof byIp, hitsOf: (request: FastifyRequest) => number): LimitHook =>
    async (request, reply) => {
      for (let hit = hitsOf(request); hit > 0; hit--) {
        const verdict = await limiter(request);
        if (verdict.isAllowed || !verdict.isExceeded) continue;
        const { status, body } = errorReply('RATE_LIMITED', String(verdict.ttlInSeconds));
        return reply.status(status).header('retry-after', String(verdict.ttlInSeconds)).send(body);
      }
      return undefined;
    };
  return {
    perIp: hook(byIp, () => 1),
    perInstall: hook(byInstall, (request) => requestInstallOf(request.body, request.query).hits),
  };
}

/** The install a request speaks for (a batch carries one, see requireOneInstallPerBatch), else the IP. */
function installKey(request: FastifyRequest): string {
  const { installId } = requestInstallOf(request.body, request.query);
  return installId && installId.length <= 64 ? `install:${installId}` : `install-ip:${request.ip}`;
}
