import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createNetworkKeyer } from './network-key.ts';
import { createRequestNetwork } from './request-network.ts';

const key = createNetworkKeyer('k'.repeat(32));
const request = (ip: string, headers: Record<string, string> = {}) => ({ ip, headers }) as unknown as FastifyRequest;

describe('createRequestNetwork', () => {
  it('keys the client address’s /24 and ignores any header when no test header is configured', () => {
    const networkOf = createRequestNetwork(key, '');
    expect(networkOf(request('198.51.100.7'))).toBe(key('198.51.100.0/24'));
    expect(networkOf(request('198.51.100.200', { 'x-test-network': 'elsewhere' }))).toBe(key('198.51.100.0/24'));
  });

  it('lets a configured test header name the network, and falls back to the address without it', () => {
    const networkOf = createRequestNetwork(key, 'x-test-network');
    expect(networkOf(request('127.0.0.1', { 'x-test-network': 'net-a' }))).toBe(key('test:net-a'));
    expect(networkOf(request('127.0.0.1', { 'x-test-network': 'net-a' }))).not.toBe(
      networkOf(request('127.0.0.1', { 'x-test-network': 'net-b' })),
    );
    expect(networkOf(request('127.0.0.1'))).toBe(key('127.0.0.0/24'));
  });
});
