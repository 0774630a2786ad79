import { createHmac } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

/**
 * The network a request comes from, as the Sybil defences count it (SECURITY.md): the /24 of an
 * IPv4 address or the /48 of an IPv6 one — what one subscriber, office or small hosting tenant
 * holds — never the address itself. Stored only as a keyed hash (networkKeyer), so the database
 * cannot be searched for an address: without the secret, 2^24 IPv4 prefixes are no dictionary.
 */

/** The prefix of an address as text (`203.0.113.0/24`, `2001:db8:1::/48`); IPv4-mapped IPv6 counts as IPv4. Pure. */
export function networkPrefixOf(address: string): string {
  const ip = address.split('%')[0]!.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  const v4 = mapped ? mapped[1]! : ip;
  if (isIPv4(v4)) return `${v4.split('.').slice(0, 3).join('.')}.0/24`;
  if (isIPv6(ip)) return `${ipv6Groups(ip).slice(0, 3).join(':')}::/48`;
  // Not an address (a unix socket, an injected request without one): one bucket of its own.
  return 'unknown';
}

/** The eight 16-bit groups of an IPv6 address, without leading zeros. */
function ipv6Groups(ip: string): string[] {
  const [head = '', tail] = ip.split('::');
  const parts = (text: string) => (text === '' ? [] : text.split(':'));
  // An embedded IPv4 tail (::1.2.3.4) holds two groups; the prefix never reaches it.
  const headGroups = parts(head);
  const tailGroups = tail === undefined ? [] : parts(tail);
  const missing = 8 - headGroups.length - tailGroups.length;
  return [...headGroups, ...Array<string>(Math.max(0, missing)).fill('0'), ...tailGroups].map((g) =>
    g.includes('.') ? g : Number.parseInt(g, 16).toString(16),
  );
}

/** Network keys: 16 hex chars of HMAC-SHA256 over the prefix with the server's secret. */
export function createNetworkKeyer(secret: string): (prefix: string) => string {
  return (prefix) => createHmac('sha256', secret).update(prefix).digest('hex').slice(0, 16);
}
