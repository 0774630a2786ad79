import { describe, expect, it } from 'vitest';
import { createNetworkKeyer, networkPrefixOf } from './network-key.ts';

describe('networkPrefixOf', () => {
  it('keeps the /24 of IPv4 and the /48 of IPv6, never the host part', () => {
    expect(networkPrefixOf('203.0.113.77')).toBe('203.0.113.0/24');
    expect(networkPrefixOf('::ffff:203.0.113.5')).toBe('203.0.113.0/24');
    expect(networkPrefixOf('2001:db8:1:2::9')).toBe('2001:db8:1::/48');
    expect(networkPrefixOf('2001:0DB8:0001:ffff:0:0:0:1')).toBe('2001:db8:1::/48');
    expect(networkPrefixOf('::1')).toBe('0:0:0::/48');
    expect(networkPrefixOf('fe80::1%eth0')).toBe('fe80:0:0::/48');
    expect(networkPrefixOf('not an address')).toBe('unknown');
  });
});

describe('createNetworkKeyer', () => {
  it('hashes with the secret: same prefix same key, another secret another key, no address in it', () => {
    const key = createNetworkKeyer('s'.repeat(32));
    expect(key('203.0.113.0/24')).toMatch(/^[0-9a-f]{16}$/);
    expect(key('203.0.113.0/24')).toBe(key(networkPrefixOf('203.0.113.200')));
    expect(key('203.0.113.0/24')).not.toBe(key('203.0.114.0/24'));
    expect(createNetworkKeyer('t'.repeat(32))('203.0.113.0/24')).not.toBe(key('203.0.113.0/24'));
  });
});
