/**
 * Where a label's sentences end: a question often comes after a sentence or two leading to it
 * ("Kaldera's core hours are 9am–1pm Pacific. Which time zone do you work in?").
 */
import { withoutClosingMarks } from './required-mark.ts';

/** A sentence ends after a word (not "e.g." or "U.S.") and the next begins as one ("Do", "I have", not "H-1B"). */
export const SENTENCE_BOUNDARY = /(?<=[\p{Ll}\d)]{2})[.!:]\s+(?=\p{Lu}[\p{Ll}\s'’])/gu;

/** A colon before a question asked in lower case ("Core hours 9am–1pm Pacific: which time zone…?"). */
const QUESTION_AFTER_COLON =
  /(?<=\p{L}{2}):\s+(?=(which|what|when|where|who|how|do|does|did|are|is|will|would|can|could|have|has)\b)/gu;

/**
 * The question a text closes with after sentences that lead to it, or undefined when it opens
 * with its question or asks none last.
 */
export function closingQuestion(text: string): string | undefined {
  const trimmed = withoutClosingMarks(text);
  if (!trimmed.endsWith('?')) return undefined;
  const boundaries = [...trimmed.matchAll(SENTENCE_BOUNDARY), ...trimmed.matchAll(QUESTION_AFTER_COLON)].sort(
    (one, other) => one.index - other.index,
  );
  const last = boundaries.at(-1);
  if (last === undefined) return undefined;
  const question = trimmed.slice(last.index + last[0].length);
  // One question, asked last ("Which city? Which state?" is two).
  return question.indexOf('?') === question.length - 1 ? question : undefined;
}

/** A required or optional mark between a caption and the help the page writes after it inside the label. */
const MARK_BEFORE_HELP = /\s(?:\*|\((?:required|optional)\))\s+(?=\p{Lu})/u;

/**
 * The caption a label opens with when the page wrote its help after a required mark inside it
 * ("Supporting statement (required) Please tell us why you are applying…"), or undefined.
 */
export function captionBeforeHelp(text: string): string | undefined {
  const mark = MARK_BEFORE_HELP.exec(text);
  if (!mark || mark.index === 0) return undefined;
  // Help is a sentence; a word or two after the mark is the caption of a part ("Daytime phone * Ext").
  const help = text.slice(mark.index + mark[0].length).split(/\s+/);
  return help.length >= MIN_HELP_WORDS ? text.slice(0, mark.index).trim() : undefined;
}

/** Words of the shortest help a page writes in a label ("Tell us about yourself"). */
const MIN_HELP_WORDS = 4;
