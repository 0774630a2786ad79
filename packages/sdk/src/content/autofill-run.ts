/**
 * One autofill run on the content side, from scan to the queued event.
 *
 * Owner: createCompanionContent (one run per root at a time). Lifecycle: created by
 * createAutofillRun, which fills right away; it then watches until the run ends (submit, reset,
 * leave) and finishes itself, or until destroy().
 *
 *   scanForm ─► computeSchemaHash ─► ProfilePort.getProfile ┐ (failure → empty map)
 *                                     FormMemory.get ────────┼─► mergeMappings (+ autocomplete, heuristics)
 *                                     profileValues() ───────┘        │
 *   finished ◄─ finishRun ◄─ watchRun ◄─────────────── fillForm ◄─────┘
 */
import type { UserProfileValues } from '../edits/index.ts';
import type { FillOutcome } from '../fill/fill-outcome.ts';
import { fillForm } from '../fill/fill-form.ts';
import { mapByAutocomplete, mapByHeuristics } from '../heuristics/index.ts';
import type { FormMemory } from '../memory/index.ts';
import { mergeMappings } from '../merge/index.ts';
import type { ProfileSource } from '../protocol/index.ts';
import { scanForm } from '../scan/scan-form.ts';
import { computeSchemaHash } from '../signature/index.ts';
import { watchRun } from '../watch/watch-run.ts';
import type { NormalizedContentOptions } from './content-options.ts';
import { finishRun } from './finish-run.ts';
import { pickKeys } from './pick-keys.ts';
import { getProfileSafely } from './profile-port.ts';
import type { RunReport } from './run-report.ts';

/** Why an autofill did not start a run. Closed list. */
export const AUTOFILL_SKIP_REASONS = ['no_fields', 'nothing_filled', 'failed', 'destroyed'] as const;
export type AutofillSkipReason = (typeof AUTOFILL_SKIP_REASONS)[number];

/** An autofill that filled nothing, so nothing is watched or reported. */
export interface AutofillSkipped {
  kind: 'skipped';
  reason: AutofillSkipReason;
}

/** A run that filled at least one field and now watches for its end. */
export interface AutofillRun {
  kind: 'run';
  schemaHash: string;
  /** selector → canonical of the fields filled. */
  suggestedMap: Readonly<Record<string, string>>;
  /** Fill outcome of every field that had a canonical and a value. */
  outcomes: Readonly<Record<string, FillOutcome>>;
  profileSource: ProfileSource;
  /** Resolves once, when the run ended (or was destroyed) and its event was handled. */
  finished: Promise<RunReport>;
  /** Stops watching; `finished` resolves with outcome `destroyed`. */
  destroy(): void;
}

/** What a run needs besides its root. */
export interface AutofillRunDeps {
  options: NormalizedContentOptions;
  memory: FormMemory;
}

/**
 * Scans `root`, maps and fills its fields, then watches until the run ends. Never throws into the
 * page: a failure before the fill is a `skipped` result with reason `failed`.
 */
export async function createAutofillRun(deps: AutofillRunDeps, root: Document | Element): Promise<AutofillRun | AutofillSkipped> {
  try {
    return await startRun(deps, root);
  } catch {
    return { kind: 'skipped', reason: 'failed' };
  }
}

async function startRun({ options, memory }: AutofillRunDeps, root: Document | Element): Promise<AutofillRun | AutofillSkipped> {
  const startedAt = options.clock();
  const fields = scanForm(root);
  if (fields.length === 0) return { kind: 'skipped', reason: 'no_fields' };
  const descriptors = fields.map((field) => field.descriptor);
  const schemaHash = await computeSchemaHash(descriptors);
  const scanMs = options.clock() - startedAt;

  const [profile, local, values] = await Promise.all([
    getProfileSafely(options.profilePort, options.host, schemaHash),
    memory.get(options.host, schemaHash).catch(() => ({})),
    Promise.resolve(options.profileValues()).catch((): UserProfileValues => ({})),
  ]);

  const mapStartedAt = options.clock();
  const merged = mergeMappings({
    selectors: descriptors.map((descriptor) => descriptor.selector),
    // Only an ok profile is applied: holdout, disabled and rejected answers carry no map to use.
    server: profile.status === 'ok' ? profile.canonicalMap : {},
    local,
    autocomplete: mapByAutocomplete(descriptors),
    heuristic: mapByHeuristics(descriptors),
  });
  const fill = fillForm(fields, merged.map, values, options.clock);
  const fillMs = Math.max(0, Math.round(scanMs + options.clock() - mapStartedAt));
  const suggested = pickKeys(merged.map, Object.keys(fill.filled));
  if (Object.keys(suggested).length === 0) return { kind: 'skipped', reason: 'nothing_filled' };

  let settle: (report: RunReport) => void = () => undefined;
  const finished = new Promise<RunReport>((resolve) => {
    settle = resolve;
  });
  const context = { options, memory, schemaHash, startedAt, fillMs, merged, suggested, filled: fill.filled, values, profile };
  const watcher = watchRun({
    root,
    fields,
    filled: fill.filled,
    onEnd: (end) => void finishRun(context, end).then(settle),
  });

  return {
    kind: 'run',
    schemaHash,
    suggestedMap: suggested,
    outcomes: fill.outcomes,
    profileSource: merged.profileSource,
    finished,
    destroy() {
      if (watcher.done) return;
      watcher.destroy();
      settle({ outcome: 'destroyed', status: undefined, event: undefined });
    },
  };
}
