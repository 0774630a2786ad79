/**
 * Every error the HTTP API answers with: a stable code clients can match, its status and a message
 * template. Bodies are `{ error: <code>, message: <text> }`.
 */
export const ERROR_CATALOG = {
  INVALID_BATCH: { code: 'CA_ERR_INVALID_BATCH', status: 400, message: 'not a sync batch: %s' },
  INVALID_QUERY: { code: 'CA_ERR_INVALID_QUERY', status: 400, message: 'invalid query: %s' },
  INVALID_JSON: { code: 'CA_ERR_INVALID_JSON', status: 400, message: 'body is not valid JSON' },
  INVALID_ENCODING: {
    code: 'CA_ERR_INVALID_ENCODING',
    status: 400,
    message: 'body could not be decompressed with its content-encoding',
  },
  BAD_REQUEST: { code: 'CA_ERR_BAD_REQUEST', status: 400, message: 'bad request' },
  MIXED_INSTALLS: {
    code: 'CA_ERR_MIXED_INSTALLS',
    status: 400,
    message: 'a sync batch carries the events of one install only: send one batch per install_id',
  },
  BODY_TOO_LARGE: { code: 'CA_ERR_BODY_TOO_LARGE', status: 413, message: 'body larger than %s bytes' },
  UNSUPPORTED_MEDIA_TYPE: {
    code: 'CA_ERR_UNSUPPORTED_MEDIA_TYPE',
    status: 415,
    message: 'body must be application/json',
  },
  UNAUTHORIZED: { code: 'CA_ERR_UNAUTHORIZED', status: 401, message: 'missing or wrong credentials: %s' },
  ADMIN_DISABLED: {
    code: 'CA_ERR_ADMIN_DISABLED',
    status: 403,
    message: 'admin endpoints are off: set COMPANION_ADMIN_TOKEN',
  },
  RATE_LIMITED: { code: 'CA_ERR_RATE_LIMITED', status: 429, message: 'too many requests, retry in %s s' },
  UNSUPPORTED_ENCODING: {
    code: 'CA_ERR_UNSUPPORTED_ENCODING',
    status: 415,
    message: 'content-encoding %s is not supported (gzip, deflate, br)',
  },
  NOT_FOUND: { code: 'CA_ERR_NOT_FOUND', status: 404, message: 'no route %s' },
  DB_UNAVAILABLE: { code: 'CA_ERR_DB_UNAVAILABLE', status: 503, message: 'database does not answer' },
  STORAGE_UNAVAILABLE: {
    code: 'CA_ERR_STORAGE_UNAVAILABLE',
    status: 503,
    message: 'the database cannot take writes now (%s): nothing was stored, retry after Retry-After seconds',
  },
  NOT_READY: { code: 'CA_ERR_NOT_READY', status: 503, message: 'not ready: %s' },
  INTERNAL: { code: 'CA_ERR_INTERNAL', status: 500, message: 'internal error' },
} as const;

export type ErrorKey = keyof typeof ERROR_CATALOG;

/** The status and body for one catalog error, with `%s` filled in. */
export function errorReply(key: ErrorKey, detail = ''): { status: number; body: { error: string; message: string } } {
  const entry = ERROR_CATALOG[key];
  return { status: entry.status, body: { error: entry.code, message: entry.message.replace('%s', detail) } };
}
