/**
 * Questions about where a person comes from: nationality, citizenship, country or place of birth.
 * The profile holds where the person lives, which is often the answer too, by chance: a person
 * who picks "American" under "Nationality" must not teach the crowd that the field is the
 * country, or the next applicant gets their residence as their citizenship.
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

/** True when the field asks for the person's nationality, citizenship or birthplace. */
export function asksOrigin(field: FieldDescriptor): boolean {
  return [normalizeText(field.label), identifierWords(field.name), identifierWords(field.id)].some((text) =>
    ORIGIN.test(text),
  );
}
