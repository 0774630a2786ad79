import { isIP } from 'node:net';

/**
 * Which proxies to believe about the client address, in the form Fastify's `trustProxy` takes:
 * - `false`: none; the client is the TCP peer and `X-Forwarded-For` is ignored.
 * - a hop count: that many proxies stand in front of the server, each appending the address it
 *   saw; the client is the entry that many places from the right (the peer counts as the first).
 * - a list of addresses/CIDR ranges: the client is the right-most address not in the list.
 * Either way `X-Forwarded-For` is read from the right, so an address a client prepends is never
 * taken for its own.
 */
export type TrustedProxies = false | number | string[];

/** Hops beyond this are no deployment, just a mistake. */
const MAX_HOPS = 10;

/**
 * Parses `COMPANION_TRUST_PROXY`: empty, `0` or `false` = none; `1`…`10` (or `true`, kept as one
 * hop for existing setups) = that many proxies; otherwise a comma-separated list of IPv4/IPv6
 * addresses or CIDR ranges of the proxies. Throws RangeError saying what is wrong. Pure.
 */
export function parseTrustedProxies(raw: string): TrustedProxies {
  const value = raw.trim();
  if (value === '' || value === '0' || value === 'false') return false;
  if (value === 'true') return 1;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > MAX_HOPS) throw new RangeError(`a hop count must be 0-${MAX_HOPS}, got ${value}`);
    return hops;
  }
  return value.split(',').map((entry) => {
    const range = entry.trim();
    if (!isAddressRange(range))
      throw new RangeError(`"${range.slice(0, 60)}" is neither a hop count nor an IP address or CIDR range`);
    return range;
  });
}

function isAddressRange(range: string): boolean {
  const [address = '', prefix, extra] = range.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Fastify's `trustProxy` for a setting. A hop count becomes a function: Fastify treats a bare
 * number as "trust nothing", since a count alone cannot check that the peer is a proxy (so a
 * server reachable directly lets clients pick their address: prefer the address list there).
 */
export function fastifyTrustProxy(
  trusted: TrustedProxies,
): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trusted !== 'number') return trusted;
  // Hop 0 is the TCP peer, hop 1 the right-most X-Forwarded-For entry, and so on.
  return (_address, hop) => hop < trusted;
}
