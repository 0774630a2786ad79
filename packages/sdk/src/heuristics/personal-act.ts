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
 * A name written into a declaration ("I, [ ], hereby authorize …", "I, [ ], certify that …"): the
 * words before the box end with "I," and the words after it declare.
 */
const SIGNER_BEFORE = /(^|\s)I,?$/;
const DECLARES_AFTER =
  /^,?\s*(do )?(hereby )?(certify|authori[sz]e|attest|declare|affirm|acknowledge|understand|agree|consent|swear|state|give)\b/i;

/** What a part titled for signing asks as the act: a name, initials, the date signed. */
const SIGNING_BOX = /\b(name|initials|date|signed|signer)\b/;

/**
 * True for a signature or initials box. A box asking a name or a date in a part titled for signing
 * ("Signature": "Full name", "Date") is one; the part's other questions are not, whatever else it
 * holds ("Attachments, Questions and Signature": the resume, the cover letter, the work permit).
 */
export function isPersonalAct(field: FieldDescriptor): boolean {
  const label = captionWords(field.label);
  const texts = [label, identifierWords(field.name), identifierWords(field.id), normalizeText(field.placeholder)];
  const signingPart = field.type !== 'file' && SIGNATURE.test(normalizeText(field.section));
  const declaration = SIGNER_BEFORE.test(field.nearbyText.trim()) && DECLARES_AFTER.test(field.hint.trim());
  return (
    declaration ||
    texts.some((text) => SIGNATURE.test(text)) ||
    (signingPart && (label === '' || SIGNING_BOX.test(label)))
  );
}
