/**
 * How a run ended, from the page signal the watcher saw. Only `ok` and `validation_error` are
 * quality signals for the server; `cancelled` and `error` runs are reported but not judged.
 */
import type { RunStatus } from '../protocol/index.ts';

/** The page-level events that end a run. */
export const RUN_END_KINDS = ['submit', 'reset', 'left', 'error'] as const;
export type RunEndKind = (typeof RUN_END_KINDS)[number];

/**
 * What ended the run: a submit (with the number of fields the browser or the page marked invalid
 * at that moment), a form reset, the user leaving the page, or an SDK/page error.
 */
export type RunEndSignal =
  | { readonly kind: 'submit'; readonly invalidFieldCount: number }
  | { readonly kind: 'reset' }
  | { readonly kind: 'left' }
  | { readonly kind: 'error' };

/**
 * Decides the run status: a submit with invalid fields is `validation_error`, a clean submit `ok`,
 * a reset or leaving the page `cancelled`, an error `error`.
 *
 * @example decideRunStatus({ kind: 'submit', invalidFieldCount: 0 }) === 'ok'
 */
export function decideRunStatus(signal: RunEndSignal): RunStatus {
  switch (signal.kind) {
    case 'submit':
      return signal.invalidFieldCount > 0 ? 'validation_error' : 'ok';
    case 'reset':
    case 'left':
      return 'cancelled';
    case 'error':
      return 'error';
  }
}
