import { LEAVE_ALONE } from '@companion-autofill/sdk/protocol';
import type { FieldVote, RunFields } from './field-votes.ts';

/** What a run votes on, as its form sees it (by selector) and as its host and family see it (by signature). */
export interface RunFieldViews {
  bySelector: RunFields;
  bySignature: RunFields;
}

const NO_FIELDS: RunFields = Object.freeze({ votes: Object.freeze([]), repeats: false });

/**
 * Signature views by content, shared across forms: forms built from one template vote the same
 * signatures alike, and a run that shares its view with the install's other runs folds with them
 * (see createFieldVotes). Lives as long as one aggregation.
 */
export type SignatureViews = Map<string, RunFields>;

/**
 * The votes of a run's maps. Every final_map entry votes on its selector; an entry whose selector
 * has a signature no other entry of the run answers differently votes on that signature too (in
 * signature order, one shared object per content in `signatureViews`). A format rides along with
 * its entry, except on leave_alone (a field left alone has no format to learn). Pure but for
 * `signatureViews`, which it fills.
 */
export function runFieldViews(
  finalMap: Readonly<Record<string, string>>,
  signatures: ReadonlyMap<string, string>,
  formats: ReadonlyMap<string, string>,
  signatureViews: SignatureViews,
): RunFieldViews {
  const bySelector: FieldVote[] = [];
  const bySignature: FieldVote[] = [];
  const signaturesSeen = new Set<string>();
  const ambiguous = ambiguousSignatures(finalMap, signatures);
  let repeats = false;
  for (const [selector, canonical] of Object.entries(finalMap)) {
    const format = canonical === LEAVE_ALONE ? undefined : formats.get(selector);
    bySelector.push(fieldVote(selector, canonical, format));
    const signature = signatures.get(selector);
    if (signature === undefined || ambiguous.has(signature)) continue;
    if (signaturesSeen.has(signature)) repeats = true;
    signaturesSeen.add(signature);
    bySignature.push(fieldVote(signature, canonical, format));
  }
  return {
    bySelector: bySelector.length === 0 ? NO_FIELDS : { votes: bySelector, repeats: false },
    bySignature: bySignature.length === 0 ? NO_FIELDS : sharedView(bySignature, repeats, signatureViews),
  };
}

/**
 * Signatures that two fields of the run share with different answers: the signature cannot tell
 * those fields apart (two unlabelled boxes of one row, a current and an expected salary), so it
 * votes on neither, or the host would learn one box's answer for both.
 */
function ambiguousSignatures(
  finalMap: Readonly<Record<string, string>>,
  signatures: ReadonlyMap<string, string>,
): Set<string> {
  const answers = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const [selector, canonical] of Object.entries(finalMap)) {
    const signature = signatures.get(selector);
    if (signature === undefined) continue;
    const answer = answers.get(signature);
    if (answer === undefined) answers.set(signature, canonical);
    else if (answer !== canonical) ambiguous.add(signature);
  }
  return ambiguous;
}

function sharedView(votes: FieldVote[], repeats: boolean, signatureViews: SignatureViews): RunFields {
  votes.sort((a, b) => (a.canonicalKey < b.canonicalKey ? -1 : a.canonicalKey > b.canonicalKey ? 1 : 0));
  const key = votes.map((vote) => vote.formatKey ?? vote.canonicalKey).join('\u0001');
  let view = signatureViews.get(key);
  if (!view) signatureViews.set(key, (view = { votes, repeats }));
  return view;
}

/**
 * The views of the runs of one form, each distinct combination of maps worked out once. The stores
 * hand every row of a form that shares a map the same (frozen) object, so this is keyed on the
 * objects themselves: a form's runs nearly always share one final map and one signature map.
 */
export function createRunFieldViewCache(signatureViews: SignatureViews) {
  const byFinalMap = new Map<object, { signatures: object; formats: object; views: RunFieldViews }[]>();
  return {
    viewsOf(
      finalMap: Readonly<Record<string, string>>,
      signatures: ReadonlyMap<string, string>,
      formats: ReadonlyMap<string, string>,
    ): RunFieldViews {
      let known = byFinalMap.get(finalMap);
      if (!known) byFinalMap.set(finalMap, (known = []));
      for (const entry of known) if (entry.signatures === signatures && entry.formats === formats) return entry.views;
      const views = runFieldViews(finalMap, signatures, formats, signatureViews);
      known.push({ signatures, formats, views });
      return views;
    },
  };
}

function fieldVote(field: string, canonical: string, format: string | undefined): FieldVote {
  const canonicalKey = `${field}\u0000${canonical}`;
  return {
    field,
    canonical,
    format,
    canonicalKey,
    formatKey: format === undefined ? undefined : `${canonicalKey}\u0000${format}`,
  };
}
