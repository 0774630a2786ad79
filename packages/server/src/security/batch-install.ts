import type { FastifyReply, FastifyRequest } from 'fastify';
import { LIMITS } from '@companion-autofill/sdk/protocol';
import { errorReply } from '../errors/error-catalog.ts';

/** Who a request speaks for, read before validation (limits run first). */
export interface RequestInstall {
  /** The install of every event of the batch, or the profile query's; undefined when none is readable. */
  installId: string | undefined;
  /** Events of different installs in one batch. */
  mixed: boolean;
  /**
   * What the per-install limit counts: every event of a batch (at most one more than a batch may
   * hold: a longer one is refused anyway), or 1 for any other request.
   */
  hits: number;
}

/**
 * Reads the install a request speaks for. A sync batch must carry one install only: one request
 * is one install, so a batch cannot spread one caller's events over invented installs, and the
 * per-install limit counts every event instead of the first one's install (#15). Pure.
 */
export function requestInstallOf(body: unknown, query: unknown): RequestInstall {
  const events = (body as { events?: unknown } | undefined)?.events;
  if (Array.isArray(events)) {
    const ids = new Set<string>();
    for (const event of events) {
      const id = (event as { install_id?: unknown } | null)?.install_id;
      if (typeof id === 'string') ids.add(id);
    }
    return {
      installId: ids.size === 1 ? [...ids][0] : undefined,
      mixed: ids.size > 1,
      hits: Math.min(Math.max(events.length, 1), LIMITS.maxEventsPerBatch + 1),
    };
  }
  const fromQuery = (query as { install_id?: unknown } | undefined)?.install_id;
  return { installId: typeof fromQuery === 'string' ? fromQuery : undefined, mixed: false, hits: 1 };
}

/** A preHandler that refuses a batch mixing installs with CA_ERR_MIXED_INSTALLS (400), before any limit counts it. */
export async function requireOneInstallPerBatch(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply | undefined> {
  if (!requestInstallOf(request.body, request.query).mixed) return undefined;
  const { status, body } = errorReply('MIXED_INSTALLS');
  return reply.status(status).send(body);
}
