/**
 * One visit of one form by one install, as a person makes it: open the page, let the extension
 * fill it on load, read and judge every field of the step, correct the step (so the page lets them
 * on) and press Next, and so on; when applying, correct the last step too and press Submit.
 *
 *   open ─► settle fill ─► judge step fields ─► [correct ─► Next ─► settle fill ─► judge …]
 *        ─► apply? correct ─► Submit ─► wait for "done" ─► leave the page (its runs end)
 */
import type { Page } from '@playwright/test';
import type { PageStatus } from '../../../packages/extension-demo/src/messages/demo-messages.ts';
import type { ExtensionBrowser } from '../../e2e/support/extension-browser.ts';
import { correctField } from './field-correction.ts';
import { locate } from './field-scope.ts';
import { readFieldState, type FieldState } from './field-state.ts';
import { judgeField, targetState, type Verdict } from './field-verdict.ts';
import { pageStatus, settleFill } from './fill-settle.ts';
import type { AccuracyForm } from './form-catalog.ts';
import type { FormSite } from './form-site.ts';
import type { FormTruth, JsonValue, Target, TruthField } from './truth.ts';

/** `measure`: fill and judge (corrections only where a step must be passed). `apply`: also correct the last step and submit. */
export const VISIT_MODES = ['measure', 'apply'] as const;
export type VisitMode = (typeof VISIT_MODES)[number];

/** One field's outcome in one visit. */
export interface FieldResult {
  id: string;
  label: string;
  step: number;
  leave_alone: boolean;
  canonical?: string;
  /** The state the field should have ended in (expected text, or the initial state of a leave-alone field). */
  wanted?: string;
  /** The state it had after the fill. */
  actual: string;
  model?: { key: string; wanted: JsonValue | undefined; actual: JsonValue | undefined };
  verdict: Verdict;
}

/** One form's outcome in one visit. */
export interface FormResult {
  form: string;
  family: string;
  template: string;
  sibling_of: string | null;
  fields: FieldResult[];
  /** The extension's status after each step's fill (where the mapping came from, the server's answer). */
  steps: (PageStatus | undefined)[];
  /** The page confirmed the application (apply mode, forms with a `done` element). */
  submitted?: boolean;
  /** What did not go as a person would expect (a correction the page refused, no confirmation). */
  problems: string[];
  ms: number;
}

/** The status of a page the extension has not filled yet. */
const UNFILLED: PageStatus = { runs: 0, runsEnded: 0, fieldsFilled: 0, skipped: 'not_yet' };

/** Waits (up to 2.5 s) until the page's status shows a run that ended after `before`. */
async function runEnded(browser: ExtensionBrowser, page: Page, before: PageStatus | undefined): Promise<boolean> {
  const deadline = Date.now() + 2_500;
  while (Date.now() < deadline) {
    const now = await pageStatus(browser, page);
    if (now && now.runsEnded > (before?.runsEnded ?? 0)) return true;
    await page.waitForTimeout(100);
  }
  return false;
}

const press = (page: Page, target: Target) => locate(page, target).first().click({ timeout: 5_000 });

/** Reads and judges a step's fields as the fill left them. */
async function judgeStep(
  page: Page,
  fields: readonly TruthField[],
): Promise<{ results: FieldResult[]; states: FieldState[] }> {
  const results: FieldResult[] = [];
  const states: FieldState[] = [];
  for (const field of fields) {
    const state = await readFieldState(page, field);
    const wanted = targetState(field);
    states.push(state);
    results.push({
      id: field.id,
      label: field.label,
      step: field.step,
      leave_alone: field.leave_alone,
      ...(field.canonical ? { canonical: field.canonical } : {}),
      ...(wanted === undefined ? {} : { wanted }),
      actual: state.value,
      ...(field.model
        ? { model: { key: field.model.key, wanted: field.model.value ?? field.expect, actual: state.model?.value } }
        : {}),
      verdict: judgeField(field, state),
    });
  }
  return { results, states };
}

/** Corrects a step's fields like a person; returns what did not work. */
async function correctStep(
  page: Page,
  fields: readonly TruthField[],
  states: readonly FieldState[],
): Promise<string[]> {
  const problems: string[] = [];
  for (const [index, field] of fields.entries()) {
    const problem = await correctField(page, field, states[index] as FieldState);
    if (problem) problems.push(`correction ${problem}`);
  }
  // The truth must be reachable by hand: a correction that did not take is the harness's problem.
  for (const field of fields) {
    if (field.answer !== undefined) continue;
    const verdict = judgeField(field, await readFieldState(page, field));
    if (verdict === 'wrong' || verdict === 'missing') problems.push(`not fixed by hand: ${field.id}`);
  }
  return problems;
}

const firstLine = (error: Error) => error.message.split('\n')[0] ?? '';

/** Presses Submit, waits for the page's confirmation and for the run to end; returns whether the page confirmed. */
async function submitLikeAPerson(
  browser: ExtensionBrowser,
  page: Page,
  truth: FormTruth,
  problems: string[],
): Promise<boolean | undefined> {
  const beforeSubmit = await pageStatus(browser, page);
  await press(page, truth.submit).catch((error: Error) => problems.push(`submit: ${firstLine(error)}`));
  let submitted: boolean | undefined;
  if (truth.done) {
    submitted = await locate(page, truth.done)
      .first()
      .waitFor({ state: 'visible', timeout: 5_000 })
      .then(
        () => true,
        () => false,
      );
    if (!submitted) problems.push('the page did not confirm the application');
  }
  // A person reads the confirmation before leaving: the run's end reaches the extension first. A
  // wizard whose every step's run ended on its "Next" (the last step, a review, filled nothing)
  // has no run left to end.
  const running = beforeSubmit === undefined || beforeSubmit.runs > beforeSubmit.runsEnded;
  if (running && !(await runEnded(browser, page, beforeSubmit)))
    problems.push('no run ended on submit (the extension saw no submit)');
  return submitted;
}

/** Opens `form` in `browser` and goes through it; `visit` makes the URL unique. */
export async function visitForm(
  browser: ExtensionBrowser,
  site: FormSite,
  form: AccuracyForm,
  visit: number,
  mode: VisitMode,
): Promise<FormResult> {
  const started = Date.now();
  const { truth } = form;
  const page = await browser.open(site.url(form, visit));
  page.setDefaultTimeout(5_000);
  const result: FormResult = {
    form: form.name,
    family: truth.family,
    template: truth.template,
    sibling_of: truth.sibling_of,
    fields: [],
    steps: [],
    problems: [],
    ms: 0,
  };
  try {
    let before: PageStatus | undefined = UNFILLED;
    const stepCount = truth.next.length + 1;
    for (let step = 1; step <= stepCount; step++) {
      // The first step waits for the page load and the profile answer; later steps only for a re-render.
      result.steps.push(await settleFill(browser, page, before, { timeoutMs: step === 1 ? 8_000 : 3_000 }));
      const fields = truth.fields.filter((field) => field.step === step);
      const { results, states } = await judgeStep(page, fields);
      result.fields.push(...results);
      const last = step === stepCount;
      if (mode === 'apply' || !last) result.problems.push(...(await correctStep(page, fields, states)));
      if (!last) {
        before = await pageStatus(browser, page);
        await press(page, truth.next[step - 1] as Target).catch((error: Error) =>
          result.problems.push(`next ${step}: ${firstLine(error)}`),
        );
      }
    }
    if (mode === 'apply') {
      const submitted = await submitLikeAPerson(browser, page, truth, result.problems);
      if (submitted !== undefined) result.submitted = submitted;
    }
  } finally {
    // Leaving the page ends its runs (pagehide); a blank page first lets their events reach the worker.
    await page.goto('about:blank').catch(() => undefined);
    await page.waitForTimeout(150);
    await page.close();
    result.ms = Date.now() - started;
  }
  return result;
}
