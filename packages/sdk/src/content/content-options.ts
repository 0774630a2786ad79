import type { DraftAnswer } from '../drafts/draft-hook.ts';
import type { UserProfileValues } from '../edits/index.ts';
import type { ProfileFile } from '../fill/fill-file.ts';
import type { StoragePort } from '../storage/storage-port.ts';
import type { EventSink } from './event-sink.ts';
import type { ProfilePort } from './profile-port.ts';
import type { RunReport } from './run-report.ts';

/** Options of createCompanionContent. */
export interface CompanionContentOptions {
  /** Answers the server profile of a form (usually a message to the background). */
  profilePort: ProfilePort;
  /** Takes finished runs' events (usually the background's outbox). */
  eventSink: EventSink;
  /** Where the user's corrections (FormMemory) persist, e.g. `browser.storage.local`. */
  storage: StoragePort;
  /** The user's own values (canonical → value), read at every autofill; they never leave the device. */
  profileValues: () => UserProfileValues | Promise<UserProfileValues>;
  /**
   * The user's own files by canonical (`resume_upload`), read at every autofill and put into file
   * inputs; they never leave the device but as the upload a person would make. @default none
   */
  profileFiles?: () => Partial<Record<string, ProfileFile>> | Promise<Partial<Record<string, ProfileFile>>>;
  /** Asked when a run ends; an event is queued only when it returns true. */
  consent: () => boolean | Promise<boolean>;
  /** Random per extension install (8-64 chars of [A-Za-z0-9_-]). */
  installId: string;
  /** Lower-case hostname the events carry. @default location.hostname */
  host?: string;
  /**
   * Drafts answers to open questions ("Why do you want to join us?"), the extension's own hook (a
   * template, an LLM call it owns). Opt-in: without it open questions are left to the person.
   */
  draftAnswer?: DraftAnswer;
  /** Drafts that take longer are dropped. @default 8000 */
  draftTimeoutMs?: number;
  /**
   * Generation style id: the drafting style when the server assigns none (its `gen_style`
   * experiment arm wins), and the style every event reports.
   */
  genStyleId?: string;
  /** Monotonic milliseconds. @default performance.now */
  clock?: () => number;
  /** Wall clock in Unix ms, for `occurred_at` and the event id. @default Date.now */
  now?: () => number;
  /** Called with every finished run's report (stats, debugging). Errors it throws are ignored. */
  onRunEnd?: (report: RunReport) => void;
}

/** An LLM call answers in a few seconds; a hung one must not hold the run. */
const DEFAULT_DRAFT_TIMEOUT_MS = 8000;

/** Options with defaults applied and checked: what the run code trusts. */
export type NormalizedContentOptions = Required<Omit<CompanionContentOptions, 'genStyleId' | 'draftAnswer'>> & {
  genStyleId: string | undefined;
  draftAnswer: DraftAnswer | undefined;
};

/**
 * Applies defaults and validates once, at the edge. Throws a RangeError naming the option.
 */
export function normalizeContentOptions(options: CompanionContentOptions): NormalizedContentOptions {
  for (const key of ['profilePort', 'eventSink', 'storage'] as const) {
    if (typeof options[key] !== 'object' || options[key] === null) throw new RangeError(`options.${key} is required`);
  }
  for (const key of ['profileValues', 'consent'] as const) {
    if (typeof options[key] !== 'function') throw new RangeError(`options.${key} must be a function`);
  }
  if (options.draftAnswer !== undefined && typeof options.draftAnswer !== 'function') {
    throw new RangeError('options.draftAnswer must be a function');
  }
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(options.installId)) {
    throw new RangeError('options.installId must be 8-64 chars of [A-Za-z0-9_-]');
  }
  const host = (options.host ?? globalThis.location?.hostname ?? '').toLowerCase();
  if (!host) throw new RangeError('options.host is required outside a page');
  return {
    ...options,
    host,
    genStyleId: options.genStyleId,
    draftAnswer: options.draftAnswer,
    draftTimeoutMs: options.draftTimeoutMs ?? DEFAULT_DRAFT_TIMEOUT_MS,
    clock: options.clock ?? (() => performance.now()),
    now: options.now ?? (() => Date.now()),
    onRunEnd: options.onRunEnd ?? (() => undefined),
    profileFiles: options.profileFiles ?? (() => ({})),
  };
}
