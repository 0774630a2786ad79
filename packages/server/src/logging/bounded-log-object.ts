/** Characters kept of any one string in a log line; the rest is replaced by a count. */
export const MAX_LOG_STRING = 200;
/** Items kept of any one array in a log line. */
export const MAX_LOG_ITEMS = 20;
/** Keys kept of any one object in a log line. */
export const MAX_LOG_KEYS = 30;
/** Depth below which nested values are summarized. */
const MAX_DEPTH = 4;

/**
 * A copy of a log line's fields with every string truncated, arrays and objects capped and
 * errors reduced to type, code, message and stack (each truncated). Strings that reach a log line
 * can come from the network (a reason, an error that quotes input): whatever an attacker sends,
 * one line stays a few kilobytes. Pure.
 */
export function boundLogObject(value: Record<string, unknown>): Record<string, unknown> {
  return bound(value, 0) as Record<string, unknown>;
}

/** A string cut to `MAX_LOG_STRING` characters, saying how much was cut. */
export function boundLogString(text: string): string {
  return text.length <= MAX_LOG_STRING
    ? text
    : `${text.slice(0, MAX_LOG_STRING)}…(+${text.length - MAX_LOG_STRING} chars)`;
}

function bound(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return boundLogString(value);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? `[${value.length} items]` : '[object]';
  if (value instanceof Error) return boundError(value, depth);
  if (Array.isArray(value)) {
    const kept = value.slice(0, MAX_LOG_ITEMS).map((item) => bound(item, depth + 1));
    return value.length > MAX_LOG_ITEMS ? [...kept, `…(+${value.length - MAX_LOG_ITEMS} items)`] : kept;
  }
  const entries = Object.entries(value);
  const kept = entries.slice(0, MAX_LOG_KEYS).map(([key, item]) => [boundLogString(key), bound(item, depth + 1)]);
  if (entries.length > MAX_LOG_KEYS) kept.push(['…', `+${entries.length - MAX_LOG_KEYS} keys`]);
  return Object.fromEntries(kept);
}

function boundError(error: Error, depth: number): Record<string, unknown> {
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    ...(code === undefined ? {} : { code: bound(code, depth + 1) }),
    message: boundLogString(error.message),
    ...(error.stack === undefined ? {} : { stack: boundStack(error.stack) }),
  };
}

/** A stack keeps its frames (they are ours, not the client's) but its first line is the message. */
function boundStack(stack: string): string {
  const [first = '', ...frames] = stack.split('\n');
  return [boundLogString(first), ...frames.slice(0, 10)].join('\n');
}
