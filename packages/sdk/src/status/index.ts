/** Run status decision. */
export { RUN_END_KINDS, decideRunStatus, type RunEndKind, type RunEndSignal } from './run-status.ts';
