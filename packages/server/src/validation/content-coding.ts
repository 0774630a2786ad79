import type { FastifyRequest } from 'fastify';

/**
 * Content codings are case-insensitive tokens (RFC 9110 §8.4.1): `GZIP` is `gzip`. The compression
 * plugin compares them as written, so the header is lower-cased (and trimmed) before it looks.
 * An onRequest hook: it runs before the plugin's preParsing decompression.
 */
export async function lowerCaseContentCoding(request: FastifyRequest): Promise<void> {
  const coding = request.headers['content-encoding'];
  if (typeof coding === 'string') request.headers['content-encoding'] = coding.trim().toLowerCase();
}
