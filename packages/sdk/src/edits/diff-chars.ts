/**
 * Character diff with insertions and deletions only (no substitutions): a replaced character is
 * one deleted plus one added. With L the longest common subsequence, deleted = |before| − L and
 * added = |after| − L. Characters are Unicode code points, so an emoji counts as one.
 *
 * The edit distance D = added + deleted comes from Myers' O((N+M)·D) algorithm (linear space)
 * after trimming the common prefix and suffix, which is where most real edits leave the text
 * untouched. Myers is exact and fast while D is small; the quadratic worst case could stall a
 * content script on a pasted-over cover letter, so D is bounded by a work budget. Past it, the
 * untrimmed middle counts as fully replaced: an upper bound, and what a wholesale rewrite is.
 */

/** Characters added and deleted between two versions of one field. */
export interface CharDiff {
  readonly added: number;
  readonly deleted: number;
}

/** Comparison steps Myers may take before falling back (a few ms on a slow laptop). */
export const DIFF_WORK_BUDGET = 4_000_000;

/** Smallest edit distance still searched exactly, however long the strings. */
const MIN_EXACT_DISTANCE = 64;

function codePoints(text: string): Uint32Array {
  return Uint32Array.from(text, (char) => char.codePointAt(0) ?? 0);
}

/** Myers' forward search for the shortest edit script length, or undefined past `maxD`. */
function editDistance(a: Uint32Array, b: Uint32Array, maxD: number): number | undefined {
  const n = a.length;
  const m = b.length;
  const offset = maxD + 1;
  // v[offset + k]: furthest x reached on diagonal k = x − y.
  const v = new Int32Array(2 * maxD + 3);
  for (let d = 0; d <= maxD; d++) {
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return d;
    }
  }
  return undefined;
}

/**
 * Counts characters added and deleted to turn `before` into `after`.
 *
 * @example diffChars('Jane Doe', 'Jane M. Doe') // { added: 3, deleted: 0 }
 */
export function diffChars(before: string, after: string): CharDiff {
  if (before === after) return { added: 0, deleted: 0 };
  const a = codePoints(before);
  const b = codePoints(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middleA = a.subarray(start, endA);
  const middleB = b.subarray(start, endB);
  const n = middleA.length;
  const m = middleB.length;
  if (n === 0 || m === 0) return { added: m, deleted: n };

  const maxD = Math.min(n + m, Math.max(MIN_EXACT_DISTANCE, Math.floor(DIFF_WORK_BUDGET / (n + m))));
  const d = editDistance(middleA, middleB, maxD);
  if (d === undefined) return { added: m, deleted: n };
  // D = n + m − 2L, so n − L = (D + n − m) / 2 and m − L = (D − n + m) / 2.
  return { added: (d - n + m) / 2, deleted: (d + n - m) / 2 };
}
