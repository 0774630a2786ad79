import type { FieldDescriptor } from '../scan/field-descriptor.ts';
import { EITHER_LINKS, LEAVE_ALONE, PARTICULAR_LINKS } from '../heuristics/canonical-fields.ts';
import { allowedInPart } from '../heuristics/match-field.ts';
import { namedParticularLink } from '../heuristics/named-link.ts';
import { UNMAPPED } from './unmapped.ts';

/**
 * True when this page names the box a particular link other than the one learned elsewhere: a
 * bare "URL" whose row's type picker shows "Portfolio" here and showed "GitHub" on the form it was
 * learned on. A box the page calls only a website takes the crowd's particular link.
 */
function namesAnotherLink(field: FieldDescriptor, canonical: string): boolean {
  if (canonical !== 'website' && !PARTICULAR_LINKS.has(canonical)) return false;
  const named = namedParticularLink(field);
  return named !== undefined && named !== canonical && !(EITHER_LINKS.has(named) && EITHER_LINKS.has(canonical));
}

/**
 * A leave-alone answer holds anywhere; a canonical only where the field's part allows it, and a
 * link only where the page does not name another.
 */
const allowedHere = (field: FieldDescriptor, canonical: string): boolean =>
  canonical === LEAVE_ALONE ||
  canonical === UNMAPPED ||
  (allowedInPart(field, canonical) && !namesAnotherLink(field, canonical));

/**
 * The crowd's field-level answers for `descriptors`, matched by field signature. `signatures` holds
 * every field of the page: a signature two of them share names neither, for the crowd's answer was
 * for one of them. An answer learned on another form is taken only where this form's part allows
 * it (a current job's title is no past entry's).
 */
export function fieldPredictionsFor(
  descriptors: readonly FieldDescriptor[],
  signatures: Readonly<Record<string, string>>,
  predictions: Readonly<Record<string, { canonical: string; format?: string }>>,
): { canonicals: Record<string, string>; formats: Record<string, string> } {
  const canonicals: Record<string, string> = {};
  const formats: Record<string, string> = {};
  const fieldsPerSignature = new Map<string, number>();
  for (const signature of Object.values(signatures))
    fieldsPerSignature.set(signature, (fieldsPerSignature.get(signature) ?? 0) + 1);
  for (const descriptor of descriptors) {
    const { selector } = descriptor;
    const signature = signatures[selector];
    const shared = signature === undefined || fieldsPerSignature.get(signature)! > 1;
    const prediction = shared ? undefined : predictions[signature];
    if (!prediction || !allowedHere(descriptor, prediction.canonical)) continue;
    canonicals[selector] = prediction.canonical;
    if (prediction.format !== undefined) formats[selector] = prediction.format;
  }
  return { canonicals, formats };
}
