import type { onRequestHookHandler } from 'fastify';
import { errorReply } from '../errors/error-catalog.ts';
import { secretsEqual } from './secrets-equal.ts';

/**
 * Requires `x-api-key` to be one of `keys` on the extension endpoints. With no keys configured the
 * endpoints are open (the server warns at start); that is the local-development default.
 */
export function requireApiKey(keys: readonly string[]): onRequestHookHandler {
  return async (request, reply) => {
    if (keys.length === 0) return;
    const presented = request.headers['x-api-key'];
    const valid = typeof presented === 'string' && keys.some((key) => secretsEqual(presented, key));
    if (!valid) {
      const { status, body } = errorReply('UNAUTHORIZED', 'x-api-key');
      return reply.status(status).send(body);
    }
  };
}

/**
 * Requires `Authorization: Bearer <admin token>` on admin endpoints. Without a configured token
 * they are refused outright: an admin surface never runs open.
 */
export function requireAdminToken(token: string): onRequestHookHandler {
  return async (request, reply) => {
    if (token === '') {
      const { status, body } = errorReply('ADMIN_DISABLED');
      return reply.status(status).send(body);
    }
    const header = request.headers.authorization ?? '';
    const presented = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
    if (!secretsEqual(presented, token)) {
      const { status, body } = errorReply('UNAUTHORIZED', 'Authorization: Bearer <admin token>');
      return reply.status(status).send(body);
    }
  };
}
