/**
 * Content-side public API of the Companion Autofill SDK: scan, map, fill, watch and report one
 * form run from a content script. Values the user typed or that were filled never leave this side;
 * the events handed to the EventSink carry selectors, canonical names, counts and times only.
 *
 * This side carries no wire schema (no zod), to keep a content script under 20 KB gzipped: events
 * are assembled here and validated by the sink's receiver. The background's message router parses
 * every `event.queue` with the contract's `Message` schema and refuses an invalid event before it
 * is queued; the message event sink then rejects with InvalidEventError and the run reports
 * `invalid_event`. Import from this entry only what the content script uses: the package is
 * side-effect free, so a bundler drops the rest.
 *
 * @example
 * import { createCompanionContent } from '@companion-autofill/sdk/content';
 *
 * const companion = createCompanionContent({
 *   installId,                                   // random per install
 *   storage: browserStorage,                      // StoragePort over browser.storage.local
 *   profilePort: { getProfile: (host, schemaHash) => askBackground(host, schemaHash) },
 *   eventSink: { queue: (event) => sendToOutbox(event) },
 *   profileValues: () => loadMyValues(),          // { first_name: 'Ada', email: 'ada@example.com' }
 *   consent: () => userOptedIn,
 * });
 * const run = await companion.autofill();         // fills now
 * if (run.kind === 'run') console.log(await run.finished); // { outcome: 'queued', status: 'ok', ... }
 *
 * Deliberately not exported: label and nearby-text extraction, generated-id detection, the native
 * setter and event dispatch, listener bookkeeping. They are implementation details of scan, fill
 * and watch and may change without notice.
 */
export { createCompanionContent, type CompanionContent } from './companion-content.ts';
export {
  normalizeContentOptions,
  type CompanionContentOptions,
  type NormalizedContentOptions,
} from './content-options.ts';
export {
  AUTOFILL_SKIP_REASONS,
  createAutofillRun,
  type AutofillRun,
  type AutofillRunDeps,
  type AutofillSkipReason,
  type AutofillSkipped,
} from './autofill-run.ts';
export { RUN_REPORT_OUTCOMES, type RunReport, type RunReportOutcome } from './run-report.ts';
export { UNAVAILABLE_PROFILE, getProfileSafely, type ContentProfile, type ProfilePort } from './profile-port.ts';
export { InvalidEventError, type EventSink } from './event-sink.ts';
export { createMessageEventSink, createMessageProfilePort, type SendMessage } from './message-ports.ts';
export { createBrowserStorage, type StorageAreaLike } from '../storage/browser-storage.ts';
export { createMemoryStorage } from '../storage/memory-storage.ts';
export type { StoragePort } from '../storage/storage-port.ts';

// DOM building blocks, for extensions that drive their own flow.
export { scanForm, type ScannedField } from '../scan/scan-form.ts';
export type { FieldDescriptor } from '../scan/field-descriptor.ts';
export type { FieldElement } from '../scan/field-element.ts';
export { stableSelector } from '../scan/stable-selector.ts';
export { resolveSelector } from '../scan/resolve-selector.ts';
export { TREE_SEPARATOR } from '../scan/composite-selector.ts';
export { fillField } from '../fill/fill-field.ts';
export { fillForm, type FillFormOptions, type FillFormResult } from '../fill/fill-form.ts';
export { fillFile, type ProfileFile } from '../fill/fill-file.ts';
export { FILL_OUTCOMES, type FillOutcome } from '../fill/fill-outcome.ts';
export { readFieldValue } from '../fill/read-field-value.ts';
export { watchRun, type RunEnd, type RunWatcher, type WatchRunOptions } from '../watch/watch-run.ts';

// Drafted answers to open questions: the hook's types and the rule for which fields it is asked about.
export {
  DEFAULT_DRAFT_STYLE,
  STYLE_EXPERIMENT,
  isOpenQuestion,
  type DraftAnswer,
  type DraftQuestion,
} from '../drafts/index.ts';

// The value vocabulary and what the SDK does with values, for options pages and debugging tools.
export { CANONICAL_FIELDS, type CanonicalField } from '../heuristics/canonical-fields.ts';
export { completeValues, formatValue, parsePhone, type PhoneParts } from '../values/index.ts';
export { canonicalForChoice, countryCode, resolveChoice, resolveChoices } from '../choice/index.ts';
export { PAY_PERIODS, type PayPeriod } from '../choice/pay-period.ts';
