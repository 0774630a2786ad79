import { createHash, timingSafeEqual } from 'node:crypto';

/** Compares a presented secret with an expected one in constant time (digests make the lengths equal). */
export function secretsEqual(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
