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
 *   finished ◄─ finishRun ◄─ watchRun ◄─ draftAnswers (opt-in) ◄─ fillForm ◄─────┘
 */
import { draftAnswers, draftStyle } from '../drafts/index.ts';
import type { UserProfileValues } from '../edits/index.ts';
import type { FillOutcome } from '../fill/fill-outcome.ts';
import { fillForm } from '../fill/fill-form.ts';
import { guardAgainstOverwrites } from '../fill/overwrite-guard.ts';
import type { ProfileFile } from '../fill/fill-file.ts';
import { mapByAutocomplete, mapByHeuristics } from '../heuristics/index.ts';
import { placeIsChance } from '../heuristics/chance-place.ts';
import { isPersonalAct } from '../heuristics/personal-act.ts';
import { readsUploadToFill } from '../heuristics/upload-reader.ts';
import type { FormMemory } from '../memory/index.ts';
import { fieldPredictionsFor, mergeMappings } from '../merge/index.ts';
import type { ProfileSource } from '../protocol/index.ts';
import { askedAgainScopes, decoyScopes } from '../scan/decoy-scopes.ts';
import { groupByScope } from '../scan/group-by-scope.ts';
import type { FieldDescriptor } from '../scan/field-descriptor.ts';
import { scanForm, type ScannedField } from '../scan/scan-form.ts';
import { fitToWire } from '../scan/wire-fit.ts';
import { computeFieldSignatures, computeSchemaHash } from '../signature/index.ts';
import { completeValues } from '../values/index.ts';
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
  /** Canonicals the form asks for that the user has no value for (empty unless reason is nothing_filled). */
  missingValues?: readonly string[];
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
  /** Canonicals the form asks for (mapped on the page) that the user has no value for. */
  missingValues: readonly string[];
  /**
   * A file went into an upload the page reads to fill the form ("Upload your resume to
   * autofill"): more of the form may appear once the page has read it.
   */
  pageReadsUpload: boolean;
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
export async function createAutofillRun(
  deps: AutofillRunDeps,
  root: Document | Element,
): Promise<AutofillRun | AutofillSkipped> {
  try {
    return await startRun(deps, root);
  } catch {
    return { kind: 'skipped', reason: 'failed' };
  }
}

async function startRun(
  { options, memory }: AutofillRunDeps,
  root: Document | Element,
): Promise<AutofillRun | AutofillSkipped> {
  const startedAt = options.clock();
  const scanned = scanForm(root);
  const decoys = decoyScopes(scanned.map((field) => field.descriptor));
  const inScope = scanned.filter((field) => !decoys.has(field.descriptor.scope));
  if (inScope.length === 0) return { kind: 'skipped', reason: 'no_fields' };
  // A signature is part of the form (and its signature) but neither filled nor learned.
  const schemaHash = await computeSchemaHash(inScope.map((field) => field.descriptor));
  const fields = inScope.filter((field) => !isPersonalAct(field.descriptor));
  const descriptors = fields.map((field) => field.descriptor);
  const fieldSignatures = await computeFieldSignatures(descriptors);
  const scanMs = options.clock() - startedAt;
  const [profile, local, storedValues, files] = await Promise.all([
    getProfileSafely(options.profilePort, options.host, schemaHash),
    memory.get(options.host, schemaHash).catch(() => ({})),
    Promise.resolve(options.profileValues()).catch((): UserProfileValues => ({})),
    Promise.resolve(options.profileFiles()).catch((): Partial<Record<string, ProfileFile>> => ({})),
  ]);
  const values = completeValues(storedValues);
  const mapStartedAt = options.clock();
  const formMap = profile.status === 'ok' ? profile.canonicalMap : {};
  // The form's own profile speaks for the fields it covers; the crowd's field-level answers (from
  // look-alike fields of other forms) only for the rest.
  const predicted = fieldPredictionsFor(
    descriptors.filter((descriptor) => !(descriptor.selector in formMap)),
    fieldSignatures,
    profile.fieldPredictions,
  );
  const merged = mergeMappings({
    selectors: descriptors.map((descriptor) => descriptor.selector),
    // Only an ok profile is applied: holdout, disabled and rejected answers carry no map to use.
    server: formMap,
    serverFields: predicted.canonicals,
    local,
    autocomplete: perScope(descriptors, mapByAutocomplete),
    heuristic: perScope(descriptors, mapByHeuristics),
    scopeOf: Object.fromEntries(descriptors.map((descriptor) => [descriptor.selector, descriptor.scope])),
  });
  // Only the form the person fills is filled, drafted, watched and learned from: another form
  // asking again for their details (a tour request, a chat window) is for something else.
  const askedAgain = askedAgainScopes(descriptors, merged.map, focusedScope(fields));
  const own = fields.filter((field) => !askedAgain.has(field.descriptor.scope));
  const fillOptions = {
    formats: profile.status === 'ok' ? profile.formatMap : {},
    crowdFormats: predicted.formats,
    files,
    clock: options.clock,
    // A step drawn afresh replaces the part the run started at too: the page has the new one.
    rescan: () => scanForm(root.isConnected ? root : (root.ownerDocument ?? root)),
  };
  const fill = await fillForm(own, merged.map, values, fillOptions);
  // A page given a file may read it and write over the fill a moment later (a résumé parser).
  const gaveFile = own.some((field) => field.descriptor.type === 'file' && field.descriptor.selector in fill.filled);
  const stopGuard = gaveFile
    ? guardAgainstOverwrites(own, fill.filled, (field) => fillForm([field], merged.map, values, fillOptions))
    : () => undefined;
  const fillMs = Math.max(0, Math.round(scanMs + options.clock() - mapStartedAt));
  const suggested = pickKeys(merged.map, Object.keys(fill.filled));
  // A page beyond the wire's caps is filled whole; it is watched and learned in the fields an
  // event can carry, those given a value first.
  const learned = fitToWire([
    ...own.filter((field) => field.descriptor.selector in merged.map),
    ...own.filter((field) => !(field.descriptor.selector in merged.map)),
  ]);
  const onWire = learned.map((field) => field.descriptor.selector);
  const filledOnWire = pickKeys(fill.filled, onWire);
  const missingValues = [...new Set(Object.values(merged.map))].filter(
    (canonical) => !values[canonical] && !files[canonical],
  );
  const styleId = draftStyle(profile.experiments, options.genStyleId);
  const drafted =
    options.draftAnswer === undefined
      ? {}
      : await draftAnswers({
          fields: learned.filter((field) => !(field.descriptor.selector in merged.map)),
          draft: options.draftAnswer,
          styleId,
          values,
          timeoutMs: options.draftTimeoutMs,
        });
  if (Object.keys(suggested).length === 0 && Object.keys(drafted).length === 0) {
    return { kind: 'skipped', reason: 'nothing_filled', missingValues };
  }
  let settle: (report: RunReport) => void = () => undefined;
  const finished = new Promise<RunReport>((resolve) => {
    settle = resolve;
  });
  const context = {
    options,
    memory,
    schemaHash,
    startedAt,
    fillMs,
    merged,
    suggested: pickKeys(suggested, onWire),
    filled: filledOnWire,
    values,
    profile,
    fieldSignatures,
    formats: pickKeys(fill.formats, onWire),
    drafted,
    styleId,
    uploads: descriptors.filter((descriptor) => descriptor.type === 'file').map((descriptor) => descriptor.selector),
    chancePlaces: new Set(descriptors.filter(placeIsChance).map((descriptor) => descriptor.selector)),
  };
  const watcher = watchRun({
    root,
    fields: learned,
    filled: { ...filledOnWire, ...drafted },
    onEnd: (end) => {
      stopGuard();
      void finishRun(context, end).then(settle);
    },
  });

  return {
    kind: 'run',
    schemaHash,
    suggestedMap: suggested,
    outcomes: fill.outcomes,
    profileSource: merged.profileSource,
    missingValues,
    pageReadsUpload: descriptors.some(
      (descriptor) => descriptor.selector in fill.filled && readsUploadToFill(descriptor),
    ),
    finished,
    destroy() {
      stopGuard();
      if (watcher.done) return;
      watcher.destroy();
      settle({ outcome: 'destroyed', status: undefined, event: undefined });
    },
  };
}

/** Runs a guessing source once per scope (form): each form may use a canonical once. */
function perScope(
  descriptors: readonly FieldDescriptor[],
  source: (fields: readonly FieldDescriptor[]) => Record<string, string>,
): Record<string, string> {
  return Object.assign({}, ...[...groupByScope(descriptors).values()].map(source)) as Record<string, string>;
}

/** The scope of the field the person is in, if any. */
function focusedScope(fields: readonly ScannedField[]): string | undefined {
  return fields.find(({ element }) => (element.getRootNode() as Document | ShadowRoot).activeElement === element)
    ?.descriptor.scope;
}
