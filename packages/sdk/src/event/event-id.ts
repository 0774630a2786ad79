/**
 * Event ids: UUIDv7 (RFC 9562 §5.7). The first 48 bits are the Unix time in milliseconds, so ids
 * sort by creation time, which keeps the server's SQLite index inserts sequential. The remaining
 * 74 bits are random (crypto.getRandomValues); ids made in the same millisecond are unordered.
 */

/** Largest time a UUIDv7 can hold: 48 bits of milliseconds. */
const MAX_UUIDV7_MS = 2 ** 48 - 1;

function hex(bytes: Uint8Array, from: number, to: number): string {
  return Array.from(bytes.subarray(from, to), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Creates a UUIDv7 for `nowMs` (default: the current time).
 *
 * @example createEventId() // '0192f5f2-7c3a-7b1e-9d2a-3f4e5a6b7c8d'
 */
export function createEventId(nowMs: number = Date.now()): string {
  const ms = Math.floor(nowMs);
  if (!Number.isFinite(ms) || ms < 0 || ms > MAX_UUIDV7_MS) {
    throw new RangeError(`nowMs must be a time between 0 and 2^48-1 ms, got ${String(nowMs)}`);
  }
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  // 48-bit big-endian timestamp; split because bitwise operators work on 32 bits only.
  const high = Math.floor(ms / 2 ** 32);
  const low = ms % 2 ** 32;
  bytes[0] = (high >>> 8) & 0xff;
  bytes[1] = high & 0xff;
  bytes[2] = (low >>> 24) & 0xff;
  bytes[3] = (low >>> 16) & 0xff;
  bytes[4] = (low >>> 8) & 0xff;
  bytes[5] = low & 0xff;
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f); // version 7
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f); // variant 10 (RFC 9562)
  return `${hex(bytes, 0, 4)}-${hex(bytes, 4, 6)}-${hex(bytes, 6, 8)}-${hex(bytes, 8, 10)}-${hex(bytes, 10, 16)}`;
}

/** The millisecond time a UUIDv7 carries, or undefined for anything that is not a UUIDv7. */
export function eventIdTime(id: string): number | undefined {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(id)) return undefined;
  return Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}
