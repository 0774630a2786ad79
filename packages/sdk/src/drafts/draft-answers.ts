/**
 * Drafts answers to a form's open questions through the extension's hook and writes them in, like
 * a person pasting their own words. Only empty fields are drafted: text the person already wrote
 * is theirs. A hook that throws, answers nothing or answers after the deadline leaves its field
 * alone; nothing drafted leaves the device.
 */
import type { UserProfileValues } from '../edits/index.ts';
import { fillField } from '../fill/fill-field.ts';
import { LIMITS } from '../protocol/limits.ts';
import { readFieldValue } from '../fill/read-field-value.ts';
import type { ScannedField } from '../scan/scan-form.ts';
import type { DraftAnswer } from './draft-hook.ts';
import { isOpenQuestion, questionText } from './open-question.ts';

/** Questions drafted in one run: the contract's limit (more is a form the person should read themselves). */
export const MAX_DRAFTS_PER_RUN = LIMITS.maxDraftsPerRun;

/** What {@link draftAnswers} needs. */
export interface DraftAnswersInput {
  /** The run's fields that no mapping claimed. */
  fields: readonly ScannedField[];
  draft: DraftAnswer;
  styleId: string;
  values: UserProfileValues;
  /** Answers that come later are dropped (an LLM call may hang). */
  timeoutMs: number;
}

/** Drafts and fills; resolves with selector → the text the field holds after the draft went in. */
export async function draftAnswers(input: DraftAnswersInput): Promise<Record<string, string>> {
  const questions = input.fields
    .filter((field) => !field.widget && isOpenQuestion(field.descriptor) && readFieldValue(field.element) === '')
    .slice(0, MAX_DRAFTS_PER_RUN);
  if (questions.length === 0) return {};
  const answers = await withDeadline(Promise.all(questions.map((field) => askSafely(input, field))), input.timeoutMs);
  const drafted: Record<string, string> = {};
  questions.forEach((field, index) => {
    const text = answers?.[index];
    // The person may have started typing while the hook was busy: their text wins.
    if (field.widget || !text || readFieldValue(field.element) !== '') return;
    if (fillField(field.element, text) === 'filled') drafted[field.descriptor.selector] = readFieldValue(field.element);
  });
  return drafted;
}

async function askSafely(input: DraftAnswersInput, field: ScannedField): Promise<string | undefined> {
  const { descriptor } = field;
  const maxLength = descriptor.maxLength >= 0 ? descriptor.maxLength : undefined;
  try {
    const text = await input.draft({
      question: questionText(descriptor),
      hint: descriptor.hint,
      section: descriptor.section,
      maxLength,
      styleId: input.styleId,
      values: input.values,
    });
    return typeof text === 'string' ? fitLength(text.trim(), maxLength) : undefined;
  } catch {
    return undefined;
  }
}

/** Cuts at the field's limit, on a word boundary when one is near, counting code points. */
function fitLength(text: string, maxLength: number | undefined): string {
  const chars = [...text];
  if (maxLength === undefined || chars.length <= maxLength) return text;
  const cut = chars.slice(0, maxLength).join('');
  const lastSpace = cut.lastIndexOf(' ');
  return lastSpace > maxLength * 0.8 ? cut.slice(0, lastSpace) : cut;
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
