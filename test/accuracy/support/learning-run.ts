/**
 * `pnpm accuracy --learning`: the learning loop measured the way the exam runs it.
 *
 *   baseline install (telemetry off) fills every form and sibling ─► "before"
 *   3 installs fill every learned form, correct it like a person and submit
 *   companion-server aggregate
 *   a new install in the treatment arm fills every form and sibling ─► "after"   (then corrects, submits)
 *   a new install in the holdout arm does the same                   ─► "holdout" (no learned profile)
 *   companion-server report --tuning (the arms) ─► leak check
 *
 * The profile experiment (support/arm-install.ts) splits installs through the tuning file; the
 * holdout install shows what the same visit gets without learned profiles.
 */
import { runCli, makeTempDir } from '@companion-autofill/test-kit/server-process';
import type { ExtensionBrowser } from '../../e2e/support/extension-browser.ts';
import { settleStoredEvents, startAccuracyRig, type AccuracyRig } from './accuracy-rig.ts';
import { installInArm, writeTuningFile } from './arm-install.ts';
import { isSibling, type AccuracyForm } from './form-catalog.ts';
import type { FormResult, VisitMode } from './form-visit.ts';
import { checkLeaks, renderLeakReport, type LeakReport } from './leak-check.ts';
import { brokenByLearning, groupFigures, type BrokenField, type GroupFigures } from './learning-summary.ts';
import { progressLine } from './progress-line.ts';
import { renderColumns, renderMisses } from './results-table.ts';
import { percent, tallyFields, tallyForms, type Tally } from './tally.ts';

/** Installs that learn: enough distinct installs for the aggregator's support thresholds. */
export const LEARNING_INSTALLS = 3;

export interface LearningRun {
  before: FormResult[];
  /** Each learning install's pass (states judged before its corrections). */
  learners: FormResult[][];
  after: FormResult[];
  holdout: FormResult[];
  learned: GroupFigures;
  siblings: GroupFigures;
  broken: BrokenField[];
  aggregate: { code: number; stdout: string; stderr: string };
  report: { code: number; stdout: string; stderr: string };
  storedEvents: number;
  leak: LeakReport;
  /** Fields whose selector or model a page lacked, over every pass (a broken truth file). */
  missing: number;
}

/** One install's pass: launched, driven, drained, closed. */
async function onePass(
  rig: AccuracyRig,
  launch: () => Promise<ExtensionBrowser>,
  forms: readonly AccuracyForm[],
  mode: VisitMode,
  label: string,
  log: (line: string) => void,
): Promise<FormResult[]> {
  const install = await launch();
  try {
    const results = await rig.pass(install, forms, mode, (result, index) =>
      log(progressLine(label, result, index, forms.length)),
    );
    log(`${label}: ${await rig.drain(install)} events stored so far`);
    return results;
  } finally {
    await install.close();
  }
}

/** Runs the learning loop over `forms` (siblings are filled after learning, never learned on). */
export async function runLearning(forms: readonly AccuracyForm[], log: (line: string) => void): Promise<LearningRun> {
  const tuningFile = writeTuningFile(makeTempDir('companion-accuracy-'));
  const rig = await startAccuracyRig(forms, { COMPANION_TUNING_FILE: tuningFile });
  try {
    const learnable = forms.filter((form) => !isSibling(form));
    const before = await onePass(rig, () => rig.newInstall(false), forms, 'measure', 'before', log);
    const learners: FormResult[][] = [];
    for (let index = 1; index <= LEARNING_INSTALLS; index++) {
      learners.push(
        await onePass(rig, () => rig.newInstall(), learnable, 'apply', `learn ${index}/${LEARNING_INSTALLS}`, log),
      );
    }
    const aggregate = await runCli(['aggregate', '--db', rig.server.dbPath]);
    log(`aggregate: exit ${aggregate.code} ${aggregate.stdout.trim().slice(0, 200)}`);
    const after = await onePass(
      rig,
      () => installInArm(() => rig.newInstall(), 'treatment'),
      forms,
      'apply',
      'after (treatment)',
      log,
    );
    const holdout = await onePass(
      rig,
      () => installInArm(() => rig.newInstall(), 'holdout'),
      forms,
      'apply',
      'after (holdout)',
      log,
    );
    const report = await runCli(['report', '--db', rig.server.dbPath, '--tuning', tuningFile]);
    const storedEvents = await settleStoredEvents(rig.server.dbPath);
    await rig.stopServer();
    const leak = checkLeaks(rig.proxy.requests, rig.server.dbPath, rig.server.logs());
    const missing = [before, ...learners, after, holdout].reduce(
      (sum, results) => sum + tallyForms(results).missing,
      0,
    );
    return {
      before,
      learners,
      after,
      holdout,
      learned: groupFigures(before, after, holdout, (result) => result.sibling_of === null),
      siblings: groupFigures(before, after, holdout, (result) => result.sibling_of !== null),
      broken: brokenByLearning(before, after),
      aggregate,
      report,
      storedEvents,
      leak,
      missing,
    };
  } finally {
    await rig.close();
  }
}

const rightOf = (tally: Tally) => `${tally.right}/${tally.toFill}`;

/** The server's answers for a form's steps in one visit (ok, unknown, holdout, rejected, …). */
const serverAnswers = (result: FormResult | undefined) =>
  [...new Set(result?.steps.map((status) => status?.serverStatus ?? '-') ?? [])].join('+');

/** The learning run's printed report. */
export function renderLearningRun(run: LearningRun, verbose: boolean): string {
  const rows = [
    ['form', 'sibling of', 'before', 'after', 'holdout', 'kept after', 'profile (after)', 'source (after)'],
  ];
  for (const result of run.after) {
    const before = run.before.find((candidate) => candidate.form === result.form);
    const held = run.holdout.find((candidate) => candidate.form === result.form);
    const after = tallyFields(result.fields);
    rows.push([
      result.form,
      result.sibling_of ?? '',
      before ? rightOf(tallyFields(before.fields)) : '-',
      rightOf(after),
      held ? rightOf(tallyFields(held.fields)) : '-',
      `${after.kept}/${after.leaveAlone}`,
      serverAnswers(result),
      [...new Set(result.steps.map((status) => status?.profileSource ?? status?.skipped ?? '-'))].join('+'),
    ]);
  }
  const group = (name: string, figures: GroupFigures) =>
    `${name} (${figures.forms} forms): right before ${percent(figures.before.right, figures.before.toFill)}, ` +
    `after ${percent(figures.after.right, figures.after.toFill)} (holdout ${percent(figures.holdout.right, figures.holdout.toFill)}); ` +
    `leave-alone kept after ${percent(figures.after.kept, figures.after.leaveAlone)} (before ${percent(figures.before.kept, figures.before.leaveAlone)})`;
  const allAfter = tallyForms(run.after);
  const lines = [
    '',
    renderColumns(rows),
    '',
    `aggregate: exit ${run.aggregate.code}`,
    group('learned forms', run.learned),
    group('siblings (nobody learned on them)', run.siblings),
    `leave-alone kept after learning (all forms): ${allAfter.kept}/${allAfter.leaveAlone} (${percent(allAfter.kept, allAfter.leaveAlone)})`,
    `fields broken by learning (right or kept before, not after): ${run.broken.length}`,
    ...run.broken.map((field) => `  ${field.form} · ${field.field}: ${field.before} → ${field.after}`),
  ];
  if (verbose) lines.push('', 'misses after learning:', renderMisses(run.after));
  lines.push(
    '',
    `companion-server report --tuning (exit ${run.report.code}):`,
    run.report.stdout.trimEnd(),
    run.report.stderr.trimEnd(),
  );
  lines.push('', `${run.storedEvents} events stored by the server`, renderLeakReport(run.leak));
  return lines.join('\n');
}
