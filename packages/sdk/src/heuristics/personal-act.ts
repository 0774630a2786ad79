/**
 * Fields that are a person's own act, not a value: a signature ("type your full name to sign"),
 * initials. Autofill never fills them, whatever any source says, and never learns from what the
 * person writes there — otherwise everyone signing their name would teach the crowd to sign for
 * the next applicant.
 */
import type { FieldDescriptor } from '../scan/field-descriptor.ts';
import { captionWords, identifierWords, normalizeText } from './evidence.ts';

const SIGNATURE =
  /(?<!\bemail )\b(e ?)?signature\b|\bsign (here|below)\b|\bto sign\b|\belectronically sign\w*\b|\binitials\b|\besign\b|\btype (in )?your (full )?(legal )?name\b.*\b(certify|attest|acknowledge|agree|confirm)\b/;

/**
 * True for a signature or initials box. A box in a part titled for signing ("Signature": "Full
 * name", "Date") is one; an upload in it is not, whatever else the part holds ("Documents &
 * Signature": the resume).
 */
export function isPersonalAct(field: FieldDescriptor): boolean {
  const texts = [
    captionWords(field.label),
    identifierWords(field.name),
    identifierWords(field.id),
    normalizeText(field.placeholder),
    field.type === 'file' ? '' : normalizeText(field.section),
  ];
  return texts.some((text) => SIGNATURE.test(text));
}
