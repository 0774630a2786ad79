/**
 * The end of an autofill run: from the watcher's end signal to a queued LearningEvent.
 *
 *   RunEnd ─► edit stats + final map + draft stats (pure) ─► learn corrections (submit only) ─► status
 *          ─► buildLearningEvent ─► consent? ─► EventSink.queue (its receiver validates the event)
 *
 * Never throws: every failure becomes a RunReport outcome. The filled and final values are used
 * here and dropped; the event carries selectors, canonical names, counts and times only.
 */
import { computeDraftStats } from '../drafts/index.ts';
import { computeEditStats, inferFinalMap, type UserProfileValues } from '../edits/index.ts';
import { buildLearningEvent } from '../event/index.ts';
import type { FormMemory } from '../memory/index.ts';
import type { MergeResult } from '../merge/index.ts';
import { decideRunStatus } from '../status/index.ts';
import type { RunEnd } from '../watch/watch-run.ts';
import type { NormalizedContentOptions } from './content-options.ts';
import { InvalidEventError } from './event-sink.ts';
import type { ContentProfile } from './profile-port.ts';
import { pickKeys } from './pick-keys.ts';
import type { RunReport } from './run-report.ts';

/** What a run knows when it ends: set once after the fill. */
export interface FinishedRunContext {
  options: NormalizedContentOptions;
  memory: FormMemory;
  schemaHash: string;
  /** `options.clock()` when autofill started. */
  startedAt: number;
  /** The SDK's own work time (scan, hash, merge, fill), whole ms. */
  fillMs: number;
  merged: MergeResult;
  /** selector → canonical of the fields actually filled. */
  suggested: Readonly<Record<string, string>>;
  /** selector → value as filled. */
  filled: Readonly<Record<string, string>>;
  values: UserProfileValues;
  profile: ContentProfile;
  /** selector → field signature of every scanned field. */
  fieldSignatures: Readonly<Record<string, string>>;
  /** selector → the format the SDK filled a text field in. */
  formats: Readonly<Record<string, string>>;
  /** selector → the text of each drafted open question as it went in. */
  drafted: Readonly<Record<string, string>>;
  /** Selectors of the upload fields (file inputs and drop areas). */
  uploads: readonly string[];
  /** Selectors of the fields where the person's own place would be the answer by chance (see inferFinalMap). */
  chancePlaces: ReadonlySet<string>;
  /** The style the drafts were written in. */
  styleId: string;
}

/** Turns a run end into a report, queueing the event when the user consented. */
export async function finishRun(context: FinishedRunContext, end: RunEnd): Promise<RunReport> {
  try {
    return await finish(context, end);
  } catch {
    return { outcome: 'failed', status: undefined, event: undefined };
  }
}

async function finish(context: FinishedRunContext, end: RunEnd): Promise<RunReport> {
  const { options, memory, schemaHash, merged, suggested, filled } = context;
  const editStats = computeEditStats(filled, end.finalValues);
  const draftStats = computeDraftStats(context.drafted, end.finalValues);
  // An edited draft is the person's own answer to a question, not a value that could teach a
  // mapping. A page may take an upload's file and empty its input (Semi, Arco: so that the same
  // file can be chosen again): an emptied upload is no sign that the person removed the file.
  const emptiedUpload = (selector: string, value: string) => value === '' && context.uploads.includes(selector);
  const finalValues = Object.fromEntries(
    Object.entries(end.finalValues).filter(
      ([selector, value]) => !(selector in context.drafted) && !emptiedUpload(selector, value),
    ),
  );
  const { finalMap, corrections, formats } = inferFinalMap({
    suggested,
    filled,
    final: finalValues,
    finalChoices: end.finalChoices,
    filledFormats: context.formats,
    profileValues: context.values,
    chancePlaces: context.chancePlaces,
  });
  const status = decideRunStatus(end.signal);
  // Only a submit the page accepted says the form is done; a leave, a reset or a rejected submit
  // may be mid-edit and would teach half-made corrections.
  if (status === 'ok') await memory.learn(options.host, schemaHash, corrections).catch(() => undefined);
  const event = buildLearningEvent({
    installId: options.installId,
    host: options.host,
    schemaHash,
    status,
    endedAtMs: options.now(),
    durationMs: Math.max(0, Math.round(options.clock() - context.startedAt)),
    fillMs: context.fillMs,
    editStats,
    suggestedMap: suggested,
    finalMap,
    fieldSources: pickKeys(merged.sources, Object.keys(suggested)),
    profileUsed: merged.profileUsed,
    profileSource: merged.profileSource,
    experiments: Object.keys(context.profile.experiments).length > 0 ? context.profile.experiments : undefined,
    genStyleId: Object.keys(draftStats).length > 0 ? context.styleId : options.genStyleId,
    filledChars: Object.values(filled).reduce((sum, value) => sum + [...value].length, 0),
    fieldSignatures: pickKeys(context.fieldSignatures, [
      ...new Set([...Object.keys(suggested), ...Object.keys(finalMap)]),
    ]),
    fieldFormats: formats,
    draftStats,
  });
  if (!(await consented(options))) return { outcome: 'no_consent', status, event };
  try {
    await options.eventSink.queue(event);
    return { outcome: 'queued', status, event };
  } catch (error) {
    if (error instanceof InvalidEventError) return { outcome: 'invalid_event', status, event, reason: error.reason };
    return { outcome: 'sink_failed', status, event };
  }
}

async function consented(options: NormalizedContentOptions): Promise<boolean> {
  try {
    return (await options.consent()) === true;
  } catch {
    return false;
  }
}
