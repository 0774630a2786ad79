import { describe, expect, it } from 'vitest';
import { electCanonical, type CanonicalTally } from './elect-canonical.ts';
import { DEFAULT_SUPPORT } from './support-thresholds.ts';

const tally = (canonical: string, vote: number, runs = 5, installs = 5, networks = 5): CanonicalTally => ({
  canonical,
  vote,
  runs,
  installs,
  networks,
});

describe('electCanonical', () => {
  it('elects the largest share that clears runs, installs and share', () => {
    expect(electCanonical([tally('phone', 1), tally('email', 3)], DEFAULT_SUPPORT)).toBe('email');
    expect(electCanonical([tally('email', 3, 2)], DEFAULT_SUPPORT)).toBeUndefined(); // runs
    expect(electCanonical([tally('email', 3, 5, 1)], DEFAULT_SUPPORT)).toBeUndefined(); // installs
    expect(electCanonical([tally('email', 1.1), tally('phone', 1)], DEFAULT_SUPPORT)).toBeUndefined(); // share 0.52
    expect(electCanonical([], DEFAULT_SUPPORT)).toBeUndefined();
  });

  it('gives a tie to the alphabetically first name, whatever the order of the tallies', () => {
    const support = { minRuns: 1, minInstalls: 1, minShare: 0.5 };
    expect(electCanonical([tally('phone', 1), tally('email', 1)], support)).toBe('email');
    expect(electCanonical([tally('email', 1), tally('phone', 1)], support)).toBe('email');
  });

  it('does not let the summation order of the votes decide: shares a few ulps apart are equal', () => {
    // 0.1 + 0.2 + 0.3 and 0.3 + 0.2 + 0.1 differ in the last bit; so do the shares built from them.
    const forward = 0.1 + 0.2 + 0.3;
    const backward = 0.3 + 0.2 + 0.1;
    expect(forward).not.toBe(backward);
    const support = { minRuns: 1, minInstalls: 1, minShare: 0.5 };
    expect(electCanonical([tally('zip', forward), tally('city', backward)], support)).toBe('city');
    expect(electCanonical([tally('zip', backward), tally('city', forward)], support)).toBe('city');
    // A share that is 0.6 in exact arithmetic but a hair below in floating point still clears 0.6.
    const threeFifths = 0.6 - 2 ** -53; // the float right below 0.6
    expect(threeFifths).toBeLessThan(0.6);
    expect(electCanonical([tally('email', threeFifths), tally('phone', 1 - threeFifths)], DEFAULT_SUPPORT)).toBe(
      'email',
    );
  });
});
