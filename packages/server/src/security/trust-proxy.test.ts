import { describe, expect, it } from 'vitest';
import { parseTrustedProxies } from './trust-proxy.ts';

describe('parseTrustedProxies', () => {
  it('reads off, a hop count (true kept as one hop) and address/CIDR lists', () => {
    expect(parseTrustedProxies('')).toBe(false);
    expect(parseTrustedProxies('0')).toBe(false);
    expect(parseTrustedProxies('false')).toBe(false);
    expect(parseTrustedProxies('1')).toBe(1);
    expect(parseTrustedProxies('true')).toBe(1);
    expect(parseTrustedProxies('2')).toBe(2);
    expect(parseTrustedProxies('10.0.0.0/8, 192.168.1.7,fd00::/8,::1')).toEqual([
      '10.0.0.0/8',
      '192.168.1.7',
      'fd00::/8',
      '::1',
    ]);
  });

  it('refuses what is neither, saying so', () => {
    expect(() => parseTrustedProxies('11')).toThrow(/hop count must be 0-10/);
    expect(() => parseTrustedProxies('yes')).toThrow(/"yes" is neither/);
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/neither/);
    expect(() => parseTrustedProxies('fd00::/129')).toThrow(/neither/);
    expect(() => parseTrustedProxies('10.0.0.0/8/1')).toThrow(/neither/);
    expect(() => parseTrustedProxies('10.0.0.0/8,')).toThrow(/neither/);
    expect(() => parseTrustedProxies('proxy.internal')).toThrow(/neither/);
  });
});
