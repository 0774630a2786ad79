/**
 * Whether a person's final text is an edit of what was filled (a typo fixed, a middle initial
 * added, the phone spaced differently) rather than a different answer. Only a different answer
 * may say "this field is not that value" — an edit says nothing about the mapping.
 */

const key = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const digits = (text: string): string => text.replace(/\D/g, '');

/** Longest text compared character by character; longer texts compare by containment only. */
const MAX_DISTANCE_LENGTH = 200;
/** Share of the longer text that may change and still count as an edit. */
const MAX_EDIT_SHARE = 0.34;

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** True when `final` reads as an edit of `filled`. Pure. */
export function resembles(final: string, filled: string): boolean {
  const a = key(final);
  const b = key(filled);
  if (a === '' || b === '') return false;
  if (a === b || (Math.min(a.length, b.length) >= 3 && (a.includes(b) || b.includes(a)))) return true;
  const da = digits(final);
  if (da.length >= 4 && (da === digits(filled) || digits(filled).endsWith(da) || da.endsWith(digits(filled))))
    return true;
  if (a.length > MAX_DISTANCE_LENGTH || b.length > MAX_DISTANCE_LENGTH) return false;
  return editDistance(a, b) <= Math.max(a.length, b.length) * MAX_EDIT_SHARE;
}
