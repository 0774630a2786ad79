/**
 * Which fields ask an open question a draft could answer: free text the person writes in their own
 * words ("Why do you want to join us?", "Anything else we should know?"). Pure: works on
 * descriptors only.
 */
import type { FieldDescriptor } from '../scan/field-descriptor.ts';

/** Text inputs count only when their label reads as a question: a short box is usually a fact. */
const QUESTION_WORDS = /^(why|what|how|describe|tell us|please (describe|explain|share|tell)|share|explain|is there)\b/;

/** Where the person heard of the job, who referred them: facts about them, not an essay. */
const NOT_AN_ESSAY =
  /\b(hear|heard|learn(ed)?|find|found) (about|of)\b|\brefer(red|ral|rer)?\b|\bsource\b|\bsignature\b|\bsign\b|\bcaptcha\b|\bcomments? for (the )?recruiter\b/;

const TEXT_TYPES = new Set(['text', '']);

/** The words a person reads as the question: the label, else the placeholder or the hint. */
export function questionText(descriptor: FieldDescriptor): string {
  return (descriptor.label || descriptor.placeholder || descriptor.hint || descriptor.nearbyText).trim();
}

/** True when the field is free text asking an open question. */
export function isOpenQuestion(descriptor: FieldDescriptor): boolean {
  const question = questionText(descriptor).toLowerCase();
  if (question.length < 4 || NOT_AN_ESSAY.test(question)) return false;
  if (descriptor.tag === 'textarea') return true;
  if (descriptor.tag !== 'input' || !TEXT_TYPES.has(descriptor.type)) return false;
  if (descriptor.maxLength >= 0 && descriptor.maxLength < 100) return false;
  return question.endsWith('?') && QUESTION_WORDS.test(question);
}
