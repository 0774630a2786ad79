import { describe, expect, it } from 'vitest';
import { seededRandom } from '@companion-autofill/test-kit/seeded-random';
import { DIFF_WORK_BUDGET, diffChars } from './diff-chars.ts';

/** Reference: textbook O(n·m) LCS table, for checking the fast path on small inputs. */
function lcsDiff(before: string, after: string) {
  const a = Array.from(before);
  const b = Array.from(after);
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(up, row[j - 1]!);
      diagonal = up;
    }
  }
  const lcs = row[b.length]!;
  return { added: b.length - lcs, deleted: a.length - lcs };
}

/** Deterministic pseudo-random text (the test kit's seeded generator), so the property test is reproducible. */
function randomText(seed: number, length: number, alphabet = 'abcde '): string {
  const random = seededRandom(seed);
  return Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
}

describe('diffChars', () => {
  it('is zero for equal strings', () => {
    expect(diffChars('same', 'same')).toEqual({ added: 0, deleted: 0 });
    expect(diffChars('', '')).toEqual({ added: 0, deleted: 0 });
  });

  it('counts pure insertions and deletions', () => {
    expect(diffChars('Jane Doe', 'Jane M. Doe')).toEqual({ added: 3, deleted: 0 });
    expect(diffChars('Jane M. Doe', 'Jane Doe')).toEqual({ added: 0, deleted: 3 });
    expect(diffChars('', 'hello')).toEqual({ added: 5, deleted: 0 });
    expect(diffChars('hello', '')).toEqual({ added: 0, deleted: 5 });
  });

  it('counts a replaced character as one deleted and one added', () => {
    expect(diffChars('cat', 'cut')).toEqual({ added: 1, deleted: 1 });
  });

  it('finds the common subsequence in the middle', () => {
    expect(diffChars('+1 555 123 4567', '(555) 123-4567')).toEqual(lcsDiff('+1 555 123 4567', '(555) 123-4567'));
    expect(diffChars('abcdef', 'azcyef')).toEqual({ added: 2, deleted: 2 });
  });

  it('counts code points, not UTF-16 units', () => {
    expect(diffChars('hi', 'hi 👋')).toEqual({ added: 2, deleted: 0 });
    expect(diffChars('😀', '😃')).toEqual({ added: 1, deleted: 1 });
  });

  it('agrees with the LCS table on random inputs', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const before = randomText(seed, seed % 40);
      const after = randomText(seed * 7 + 3, (seed * 3) % 45);
      expect(diffChars(before, after), `seed ${seed}`).toEqual(lcsDiff(before, after));
    }
  });

  it('stays exact on long texts with a small edit', () => {
    const letter = randomText(42, 50_000, 'abcdefghij ');
    const edited = `${letter.slice(0, 20_000)}INSERTED${letter.slice(20_010)}`;
    expect(diffChars(letter, edited)).toEqual({ added: 8, deleted: 10 });
  });

  it('falls back to counting the middle as replaced when the budget runs out', () => {
    const length = Math.ceil(Math.sqrt(DIFF_WORK_BUDGET)) * 10;
    const before = randomText(1, length, 'ab');
    const after = randomText(2, length, 'ab');
    let prefix = 0;
    while (before[prefix] === after[prefix]) prefix++;
    let suffix = 0;
    while (before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
    // The untrimmed middle counts as replaced: an upper bound of the exact figure.
    expect(diffChars(before, after)).toEqual({
      added: after.length - prefix - suffix,
      deleted: before.length - prefix - suffix,
    });
  });
});
