/**
 * Evidence a field offers about its meaning, and how much each kind is worth. A label is what the
 * user reads, so it weighs most; the name attribute is written by the form's developer and is
 * nearly as good; nearby text (a heading or sibling) is the weakest clue.
 */
import type { FieldDescriptor } from '../scan/field-descriptor.ts';
import { expandAbbreviations } from './abbreviations.ts';

/** Kinds of evidence a field offers, strongest first. */
export const EVIDENCE_KINDS = ['label', 'name', 'id', 'placeholder', 'nearbyText', 'inputType'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Score each kind of evidence adds when it matches; one match per kind counts. */
export const EVIDENCE_SCORES: Readonly<Record<EvidenceKind, number>> = {
  label: 5,
  name: 4,
  id: 3,
  placeholder: 3,
  nearbyText: 2,
  inputType: 2,
};

/** Lower-case words separated by single spaces: the form every catalog pattern is written against. */
export function normalizeText(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      // Turkish "İ" lowercases to "i" and a combining dot, which would split the word ("İşe" → "i şe").
      .replace(/\u0307/g, '')
      // Marks are part of a word in scripts that write vowels and tones with them (Thai "ชื่อ").
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
      .trim()
  );
}

/** A caption as words, its short forms written out ("Yrs exp." → "years experience"). */
export function captionWords(text: string): string {
  return expandAbbreviations(normalizeText(text));
}

/**
 * Splits an identifier into words: `job_application[firstName]` → `job application first name`,
 * `address1` → `address 1`.
 */
export function identifierWords(identifier: string): string {
  const split = identifier
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .replace(/(\p{N})(\p{L})/gu, '$1 $2');
  return normalizeText(split);
}

/** "required" and "optional" in the languages forms write them ("wymagane", "必須", "facultatif"). */
const MARK_WORDS =
  'required|mandatory|wymagane|obligatoire|obligatorio|obrigat[oó]rio|pflichtfeld|verplicht|必須|必填|필수|optional|optionnel|facultatif|opcional|freiwillig|valgfri|valfritt|任意|选填';

/** A label's trailing "required" or "optional" ("Imię (wymagane)", "役職 必須", "最終学歴 任意"). */
const REQUIRED_MARK = new RegExp(` (${MARK_WORDS})$`, 'u');

function withoutRequiredMark(label: string): string {
  return label.replace(REQUIRED_MARK, '');
}

/** A required or optional mark in brackets ("École / université (facultatif)"): no words of the field's. */
const MARK_IN_BRACKETS = new RegExp(`\\s*\\((${MARK_WORDS})\\)`, 'giu');

/** A label without the required or optional mark a page writes in brackets. */
export const withoutMarkInBrackets = (label: string): string => label.replace(MARK_IN_BRACKETS, '');

/** The number or letter a questionnaire puts before its question ("7. And your title there?", "Q3) …", "F. ARE YOU …"). */
const QUESTION_NUMBER = /^\s*(?:q(?:uestion)?\s*)?(?:\d{1,3}|\p{L})[.)]\s+(?=\p{L})/iu;

/** A label without the number a questionnaire or a paper form puts before it ("4. NAME (Last, First)"). */
export const withoutQuestionNumber = (label: string): string => label.replace(QUESTION_NUMBER, '');

/** A label that names only the kind of answer: the question is in the help or the heading above. */
const ANSWER_WORD = /^(amount|answer|your answer|response|your response|value)$/;

/**
 * The label the field is asked by: its own, or, when that names only the kind of answer ("Amount"
 * with "Desired base salary (annual, USD)" as its help; "Answer" under a questionnaire's question),
 * its help or the heading over it.
 */
function askedLabel(field: FieldDescriptor): string {
  const own = withoutRequiredMark(captionWords(withoutQuestionNumber(field.label)));
  if (WHOLE_NAME.test(own)) return namePart(normalizeText(field.hint)) ?? own;
  // "Where do you live?" over boxes each named by its placeholder ("Street address", "City", "ZIP"):
  // each box asks its part.
  if (WHERE_YOU_LIVE.test(own) && ADDRESS_PART.test(normalizeText(field.placeholder)))
    return captionWords(field.placeholder);
  // "Legal name First": the row's caption read with the box's own ("aria-labelledby" naming both).
  const [, whole, rest = ''] = /^(.*?\bname) (.+)$/.exec(own) ?? [];
  if (whole !== undefined && WHOLE_NAME.test(whole)) return namePart(rest) ?? own;
  // A bare "Date" is asked by its help ("Earliest date you could start"), never by its part: a
  // date under "Signature" is the day of signing, not the signature.
  if (own === 'date') return withoutRequiredMark(normalizeText(field.hint)) || own;
  if (!ANSWER_WORD.test(own)) return own;
  return withoutRequiredMark(normalizeText(field.hint)) || withoutRequiredMark(normalizeText(field.section)) || own;
}

/** A label naming a whole name, which a row of boxes may share ("Name: [ ] [ ] [ ]", each captioned "First", "Last"). */
const WHOLE_NAME = /^((full|legal|applicant s?|your) )?name$/;
/** A question of where the person lives, asked over a whole address. */
const WHERE_YOU_LIVE = /^(where do you (live|reside|call home)|where are you based)$/;
/** A placeholder naming one part of an address. */
const ADDRESS_PART =
  /^((street|home|mailing) address( line \d)?|street|address( line \d)?|apt|suite|unit|city|town|state|province|zip|zip code|postal code|postcode|country)$/;

/** A caption naming one part of a name. */
const NAME_PART = /^(first|given|middle|last|family|sur)( ?names?)?$/;

/** The part of a name a box's caption names ("First" → "first name"), if it names one. */
function namePart(hint: string): string | undefined {
  const part = NAME_PART.exec(hint)?.[1];
  return part === undefined ? undefined : `${part === 'sur' ? 'surname' : `${part} name`}`;
}

/** The normalized text of each kind of textual evidence (inputType is matched separately). */
export function evidenceTexts(field: FieldDescriptor): Readonly<Record<Exclude<EvidenceKind, 'inputType'>, string>> {
  // A field labelled only by its placeholder ("Phone number (with country code)") reads it as a label.
  const label = askedLabel(field);
  return {
    label: label || captionWords(field.placeholder),
    name: identifierWords(field.name),
    id: identifierWords(field.id),
    placeholder: label ? normalizeText(field.placeholder) : '',
    nearbyText: normalizeText(field.nearbyText),
  };
}
