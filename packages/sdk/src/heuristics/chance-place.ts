/**
 * Place questions whose answer is not where the person lives, though it often is, by chance:
 * where they come from (nationality, citizenship, country or place of birth) and where they would
 * work (which of the employer's offices or sites). The profile holds where the person lives: a
 * person who picks "American" under "Nationality", or the San Francisco office because they live
 * there, must not teach the crowd that the field is their country or city, or the next applicant
 * gets their residence as their citizenship or their office.
 */
import type { FieldDescriptor } from '../scan/field-descriptor.ts';
import { identifierWords, normalizeText } from './evidence.ts';

/** Words of a Latin or Cyrillic script, whole ("nationalité": `\b` knows no "é"). */
const ORIGIN_WORDS = [
  'nationalit(y|ies|é|e|ät|et|eit)',
  'citizen(ship)?',
  'citoyennet[eé]',
  'ciudadan[ií]a',
  'cidadania',
  'cittadinanza',
  'nacionalidad',
  'nacionalidade',
  'nazionalit[aà]',
  'staatsangeh[oö]rigkeit',
  'statsborgerskap',
  'statsborgerskab',
  'medborgarskap',
  'obywatelstwo',
  'narodowo[sś][cć]',
  'uyru[kğ]u?',
  'vatanda[sş]l[iı][kğ]',
  'гражданство',
  'национальность',
  'громадянство',
  '(country|place|city|state) of birth',
  'birth ?(country|place)',
  'born in',
  'geburtsort',
  'lieu de naissance',
];

/** Scripts without spaces or with prefixes on their words ("الجنسية" is "the nationality"). */
const ORIGIN_STEMS = ['جنسية', 'אזרחות', 'לאום', '国籍', '국적', '籍贯'];

const ORIGIN = new RegExp(`(?<!\\p{L})(${ORIGIN_WORDS.join('|')})(?!\\p{L})|${ORIGIN_STEMS.join('|')}`, 'u');

/**
 * A pick of the employer's places: "Which office would you work from?", "Preferred work
 * location", "Are you willing to relocate to our Austin site?". An office picked as the one
 * nearest to the person, or one they could commute to, is picked by where they live, not by
 * chance; "works on-site" says how, not where.
 */
const WORKPLACE =
  /^(?!.*\b(nearest|closest|commut\w*)\b)(?=.*\b(office|(?<!\bon )site|campus|branch|store|hub|(job|work(place)?) location|(preferred|desired) (city|location|region)|relocat\w*)s?\b|.*\blocation\b.*\bprefer\b)/;

const wordsOf = (field: FieldDescriptor): string[] => [
  normalizeText(field.label),
  identifierWords(field.name),
  identifierWords(field.id),
];

/** True when the field asks for the person's nationality, citizenship or birthplace. */
export function asksOrigin(field: FieldDescriptor): boolean {
  return wordsOf(field).some((text) => ORIGIN.test(text));
}

/** True when the field asks which of the employer's places the person would work at. */
export function asksWorkplace(field: FieldDescriptor): boolean {
  return WORKPLACE.test(normalizeText(field.label));
}

/** True when the person's own place, picked here, would be their answer only by chance. */
export function placeIsChance(field: FieldDescriptor): boolean {
  return asksOrigin(field) || asksWorkplace(field);
}
