/**
 * What kind of value a field takes. The catalog says which kinds a canonical can fill, and choice
 * fields (select, radio, checkbox, yes/no questions) get a stricter confidence rule: picking a
 * wrong option is worse than leaving the field for the user.
 */
import { isPlaceholderText } from '../choice/placeholder.ts';
import { agreementOf, isBareAnswer, saysNotYet } from '../choice/yes-no.ts';
import type { FieldDescriptor } from '../scan/field-descriptor.ts';

/** Kinds of value a field takes. */
export const FIELD_KINDS = ['text', 'textarea', 'choice', 'file', 'none'] as const;
/** `none`: a field the SDK never fills (password, hidden, buttons). */
export type FieldKind = (typeof FIELD_KINDS)[number];

const UNFILLABLE_INPUT_TYPES = new Set(['password', 'hidden', 'submit', 'button', 'reset', 'image']);

/** A label asking for a yes or a no written in a box: "(Y/N)", "(Yes/No)". */
const YES_NO_MARK = /\(\s*(y\s*\/\s*n|yes\s*\/\s*no)\s*\)/i;
/** A label asking for it as a letter: "Graduated? (Y/N)". */
const LETTER_MARK = /\(\s*y\s*\/\s*n\s*\)/i;

/** True for a box that takes its yes or no as one letter: a box of one letter, or one asking "(Y/N)". */
export const answersWithLetter = ({ label, maxLength }: FieldDescriptor): boolean =>
  maxLength === 1 || LETTER_MARK.test(label);

/** Classifies a field by tag and type. */
export function fieldKind(field: FieldDescriptor): FieldKind {
  if (field.tag === 'select' || field.tag === 'combobox') return 'choice';
  if (field.tag === 'textarea') return 'textarea';
  if (UNFILLABLE_INPUT_TYPES.has(field.type)) return 'none';
  if (field.type === 'file') return 'file';
  if (field.type === 'radio' || field.type === 'checkbox') return 'choice';
  return 'text';
}

/** A field's answers without its placeholder option (an empty value, or a prompt such as "Select an option"). */
const realOptions = (field: FieldDescriptor): FieldDescriptor['options'] =>
  field.options.filter((option) => option.value.trim() !== '' && !isPlaceholderText(option.text));

/**
 * True for a question answered with yes or no: a lone checkbox, or a select/radio group whose real
 * options (a placeholder option — an empty value, or a prompt such as "Select an option" — does
 * not count) are all yes/no words, or the words that agree with a statement or not ("Confirmed").
 */
export function isYesNoQuestion(field: FieldDescriptor): boolean {
  // A box alone, or the only box of its group: ticked or not.
  if (field.type === 'checkbox' && (field.group === '' || field.options.length === 1)) return true;
  // A text box its label asks a yes or a no of: "Graduated? (Y/N)", or a question over a box of one letter.
  if (
    fieldKind(field) === 'text' &&
    (YES_NO_MARK.test(field.label) || (field.maxLength === 1 && /\?\s*\*?$/.test(field.label)))
  )
    return true;
  const options = realOptions(field);
  if (options.length < 2 || options.length > 3) return false;
  const yesOrNo = options.filter(
    (option) =>
      // In any language the page asks in ("Sim" / "Não", "Ja" / "Nein").
      isBareAnswer(option.text) || isBareAnswer(option.value) || agreementOf(option.text) !== undefined,
  );
  // "Graduated? Yes / No / In progress": a yes or a no, or not yet.
  const notYet = options.length === 3 && yesOrNo.length === 2 && saysNotYet(options[2]?.text ?? '');
  return yesOrNo.length === options.length || notYet;
}

/** An answer that opens with a yes or a no ("No, in progress"). */
const YES_NO_OPENING = /^(yes|no)\b/i;

/**
 * True for a yes-or-no question ({@link isYesNoQuestion}), or one whose every answer opens with a
 * yes or a no ("Completed?" — "Yes" / "No, in progress").
 */
export function answersYesOrNo(field: FieldDescriptor): boolean {
  if (isYesNoQuestion(field)) return true;
  const options = realOptions(field);
  const opening = options.filter((option) => YES_NO_OPENING.test(option.text.trim()));
  // "Yes, I do" / "I'm working on one" / "No": a yes or a no, or not yet.
  return opening.length >= 2 && options.every((option) => opening.includes(option) || saysNotYet(option.text));
}
