import type { FastifyError, FastifyInstance } from 'fastify';
import { STORAGE_RETRY_AFTER_SECONDS } from '../health/storage-health.ts';
import { storageFailureOf } from './storage-failure.ts';
import { ERROR_CATALOG, errorReply, type ErrorKey } from './error-catalog.ts';

const CATALOG_CODES: ReadonlySet<string | undefined> = new Set(Object.values(ERROR_CATALOG).map((entry) => entry.code));

/** Fastify's own error codes that clients can cause, mapped onto the catalog. */
const FASTIFY_CODES: Record<string, ErrorKey> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'INVALID_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_CP_ERR_INVALID_CONTENT: 'INVALID_ENCODING',
  FST_CP_ERR_INVALID_CONTENT_ENCODING: 'UNSUPPORTED_ENCODING',
};

/**
 * Answers every error with a catalog body; only unexpected ones are logged (without the request
 * body). A database that cannot take writes (full, read-only, unreachable) is 503 + Retry-After,
 * not 500: the client keeps its events and comes back, instead of retrying as for a bug.
 */
export function installErrorHandler(app: FastifyInstance, bodyLimitBytes: number): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    const key: ErrorKey | undefined =
      known ?? (error.statusCode === 400 && error instanceof SyntaxError ? 'INVALID_JSON' : undefined);
    if (key) {
      const { status, body } = errorReply(key, key === 'BODY_TOO_LARGE' ? String(bodyLimitBytes) : '');
      return reply.status(status).send(body);
    }
    const storage = storageFailureOf(error);
    if (storage !== undefined) {
      request.log.warn({ reason: storage }, 'storage unavailable: answered 503');
      const { status, body } = errorReply('STORAGE_UNAVAILABLE', storage);
      return reply.status(status).header('retry-after', String(STORAGE_RETRY_AFTER_SECONDS)).send(body);
    }
    if (error.statusCode && CATALOG_CODES.has(error.code)) {
      // Thrown by our own hooks (e.g. the unsupported-encoding answer): already a catalog body.
      return reply.status(error.statusCode).send({ error: error.code, message: error.message });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Any other client error still answers from the catalog, without echoing a message that may quote the input.
      const { status, body } = errorReply('BAD_REQUEST');
      return reply.status(status).send(body);
    }
    request.log.error({ err: error }, 'unhandled error');
    const { status, body } = errorReply('INTERNAL');
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    // The path is the client's text: cut, so an answer never grows with what was sent.
    const { status, body } = errorReply(
      'NOT_FOUND',
      `${request.method} ${(request.url.split('?')[0] ?? '').slice(0, 100)}`,
    );
    return reply.status(status).send(body);
  });
}
