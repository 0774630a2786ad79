import type { FastifyRequest } from 'fastify';
import { networkPrefixOf } from './network-key.ts';

/** A test rig's network names are cut to this length before they are hashed. */
const TEST_NETWORK_MAX = 64;

/**
 * The network key of a request: of its client address (`request.ip`, which honours the trusted
 * proxy setting), or — only when a test-only header is configured (COMPANION_TEST_NETWORK_HEADER,
 * which production refuses) — of that header's value, so a loopback test can play many networks.
 */
export function createRequestNetwork(
  keyOf: (prefix: string) => string,
  testHeader: string,
): (request: FastifyRequest) => string {
  return (request) => {
    const named = testHeader === '' ? undefined : request.headers[testHeader];
    if (typeof named === 'string' && named !== '') return keyOf(`test:${named.slice(0, TEST_NETWORK_MAX)}`);
    return keyOf(networkPrefixOf(request.ip));
  };
}
