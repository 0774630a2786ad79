/**
 * A person correcting a field after the fill, with real input events: typing over text, picking an
 * option, clicking a radio or checkbox, attaching the resume, opening a widget and clicking the
 * right entry. A leave-alone field someone filled is put back (cleared, unticked, detached) and,
 * when the page requires it, answered with the person's own `answer`.
 */
import type { Locator, Page } from '@playwright/test';
import { PROFILE_VALUES, RESUME_CONTENT, RESUME_FILE } from '../profile.ts';
import { locate, scopeOf } from './field-scope.ts';
import { choiceLabels, type FieldState } from './field-state.ts';
import { judgeField, targetState } from './field-verdict.ts';
import type { TruthField } from './truth.ts';

/** Per action: a control that cannot be used within this time is reported, not waited on. */
const ACTION_TIMEOUT_MS = 3_000;
const timeout = { timeout: ACTION_TIMEOUT_MS };

/** Input types a person sets through a picker rather than keystrokes (Playwright's fill sets them like one). */
const PICKER_INPUT_TYPES = new Set(['date', 'month', 'time', 'datetime-local', 'week', 'color', 'range']);

/** Replaces a text control's content: select all, delete, type key by key. */
async function typeOver(field: Locator, value: string): Promise<void> {
  const type = await field.evaluate((element) =>
    element.localName === 'input' ? (element as HTMLInputElement).type : element.localName,
  );
  if (PICKER_INPUT_TYPES.has(type)) {
    await field.fill(value, timeout);
    return;
  }
  await field.click(timeout);
  await field.press('ControlOrMeta+a');
  await field.press('Backspace');
  if (value !== '') await field.pressSequentially(value, timeout);
}

/** Clicks the radio of a group whose label reads `label`. */
async function clickRadio(group: Locator, label: string): Promise<void> {
  const labels = await group.evaluateAll(choiceLabels);
  const index = labels.indexOf(label);
  if (index < 0) throw new Error(`no radio labelled "${label}" (have ${labels.join(' | ')})`);
  const radio = group.nth(index);
  // Styled radios hide the input under their label; a person clicks what they see.
  await radio.check(timeout).catch(() => clickLabelOf(radio));
}

/** Clicks the label a person sees for a hidden control: the one around it, else one naming it (`label[for]`). */
async function clickLabelOf(control: Locator): Promise<void> {
  const around = control.locator('xpath=ancestor::label[1]');
  if ((await around.count()) > 0) return around.click(timeout);
  const id = await control.getAttribute('id');
  if (!id) throw new Error('a hidden control without a label to click');
  await control.page().locator(`label[for="${id}"]`).first().click(timeout);
}

/** Ticks or unticks a checkbox; a styled one hides its input, so a person clicks its label instead. */
async function setCheckbox(box: Locator, checked: boolean): Promise<void> {
  try {
    await box.setChecked(checked, timeout);
  } catch {
    if ((await box.isChecked()) !== checked) await clickLabelOf(box);
  }
}

/** Opens a widget and clicks its entry `text`, presses its button `text`, or types into it. */
async function pickWidget(page: Page, field: TruthField, text: string): Promise<void> {
  const pick = field.pick;
  if (!pick) throw new Error('no pick for this widget');
  const scope = scopeOf(page, field);
  const opener = scope.locator(pick.open ?? field.selector).first();
  if (pick.mode === 'type') {
    await typeOver(opener, pick.text ?? text);
    if (pick.press) await opener.press(pick.press);
    return;
  }
  if (pick.mode === 'option') {
    // A person scrolls to a dropdown before clicking it; some open only when already in view (sp-picker).
    await opener.scrollIntoViewIfNeeded(timeout);
    await opener.click(timeout);
  }
  // A widget judged by its model alone has no expected text: the truth names the entry to pick.
  const entry = text || pick.text || '';
  if (pick.search) await typeOver(scope.locator(pick.search).first(), entry);
  const exact = new RegExp(`^\\s*${entry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  await scope
    .locator(pick.option as string)
    .filter({ hasText: exact })
    .first()
    .click(timeout);
}

/** The file a person attaches as `name`: their cover letter as text, or their resume. */
function fileFor(field: TruthField, name: string): { name: string; mimeType: string; buffer: Buffer } {
  if (field.canonical === 'cover_letter')
    return { name, mimeType: 'text/plain', buffer: Buffer.from(PROFILE_VALUES.cover_letter) };
  return { name, mimeType: RESUME_FILE.type, buffer: RESUME_CONTENT };
}

/** Sets a field to `value` (a text, option or label text, checkbox state, file name or widget text). */
async function setField(page: Page, field: TruthField, value: string): Promise<void> {
  const control = locate(page, field);
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return typeOver(control, value);
    case 'select':
      await control.selectOption({ label: value }, timeout);
      return;
    case 'radio':
      return clickRadio(control, value);
    case 'checkbox':
      return setCheckbox(control, value === 'checked');
    case 'file':
      await control.setInputFiles(value === '' ? [] : fileFor(field, value), timeout);
      return;
    case 'widget':
      return pickWidget(page, field, value);
  }
}

/** Puts a leave-alone field back the way it was, as far as a person can. */
async function restoreField(page: Page, field: TruthField): Promise<void> {
  if (field.kind === 'radio') return; // A checked radio cannot be unchecked by hand.
  if (field.kind === 'widget') {
    if (field.pick?.clear) await scopeOf(page, field).locator(field.pick.clear).first().click(timeout);
    return;
  }
  await setField(page, field, targetState(field) ?? '');
}

/**
 * Corrects one field the way a person would, given the state read after the fill. Resolves with
 * an error message when the page would not let the correction happen (the run goes on).
 */
export async function correctField(page: Page, field: TruthField, state: FieldState): Promise<string | undefined> {
  const verdict = judgeField(field, state);
  try {
    if (verdict === 'wrong') await setField(page, field, field.expect ?? '');
    if (verdict === 'touched') await restoreField(page, field);
    if (field.leave_alone && field.answer !== undefined) await setField(page, field, field.answer);
    return undefined;
  } catch (error) {
    // Playwright's first line says what failed, its call log's last line why (e.g. who intercepts the click).
    const lines = (error as Error).message
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    return `${field.id}: ${lines[0]}${lines.length > 1 ? ` … ${lines[lines.length - 1]}` : ''}`;
  }
}
