import type { PinoLoggerOptions } from 'fastify/types/logger.js';
import { boundLogObject, boundLogString } from './bounded-log-object.ts';
import { createLogLineLimiter, type LogLineLimits } from './log-line-limiter.ts';

/** Characters kept of a line's message: composed by the server, but it may quote bounded input. */
const MAX_LOG_MESSAGE = 1_000;

/** Identical lines (same level and message) written per window before the rest are only counted. */
export const LOG_REPEAT_LIMITS: LogLineLimits = { maxIdentical: 10, windowMs: 10_000 };

/**
 * The server's pino options: every line's fields bounded (boundLogObject), its message cut to
 * MAX_LOG_MESSAGE, and identical lines rate-limited (createLogLineLimiter). Together they make the
 * log's growth independent of what clients send: see SECURITY.md "Bounded logs".
 */
export function boundedLoggerOptions(
  level: string,
  limits: LogLineLimits = LOG_REPEAT_LIMITS,
  clock: () => number = Date.now,
): PinoLoggerOptions {
  const judge = createLogLineLimiter(limits, clock);
  return {
    level,
    formatters: { log: (fields) => boundLogObject(fields) },
    hooks: {
      logMethod(args, method, levelNumber) {
        const messageAt = typeof args[0] === 'string' ? 0 : typeof args[1] === 'string' ? 1 : -1;
        const message = messageAt === -1 ? '' : (args[messageAt] as string);
        const verdict = judge(`${levelNumber}:${boundLogString(message)}`);
        if (!verdict.write) return;
        let bounded =
          message.length > MAX_LOG_MESSAGE
            ? `${message.slice(0, MAX_LOG_MESSAGE)}…(+${message.length - MAX_LOG_MESSAGE} chars)`
            : message;
        if (verdict.suppressedBefore > 0)
          bounded += ` (${verdict.suppressedBefore} identical lines suppressed in the previous ${limits.windowMs / 1000} s)`;
        // Printf-style arguments after the message are dropped: this server does not use them, and
        // formatting them would bring back unbounded text.
        const boundedArgs = messageAt === -1 ? args : [...args.slice(0, messageAt), bounded];
        method.apply(this, boundedArgs as Parameters<typeof method>);
      },
    },
  };
}
