import { describe, expect, it } from 'vitest';
import { chiSquareSf } from './chi-square.ts';
import { regularizedIncompleteBeta } from './incomplete-beta.ts';
import { regularizedGammaP, regularizedGammaQ } from './incomplete-gamma.ts';
import { logGamma } from './log-gamma.ts';
import { normalCdf, normalSf, normalTwoSidedP, Z_95 } from './normal-distribution.ts';
import { studentTCdf, studentTQuantile, studentTTwoSidedP } from './student-t.ts';

describe('logGamma', () => {
  it('matches factorials and Γ(½) = √π', () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12); // Γ(5) = 4! = 24
    expect(logGamma(1)).toBeCloseTo(0, 12); // Γ(1) = 0! = 1
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(logGamma(0.25)).toBeCloseTo(Math.log(3.625609908221908), 10); // Γ(¼) reflection branch
    expect(() => logGamma(0)).toThrow(RangeError);
  });
});

describe('regularizedIncompleteBeta', () => {
  it('matches the binomial closed form for integer a, b', () => {
    // I_x(2, 3) = Σ_{j=2..4} C(4, j) x^j (1 − x)^(4−j) at x = 0.3:
    // 6·0.09·0.49 + 4·0.027·0.7 + 1·0.0081 = 0.2646 + 0.0756 + 0.0081 = 0.3483
    expect(regularizedIncompleteBeta(0.3, 2, 3)).toBeCloseTo(0.3483, 12);
    // Symmetry I_x(a, b) = 1 − I_{1−x}(b, a): takes the other branch.
    expect(regularizedIncompleteBeta(0.7, 3, 2)).toBeCloseTo(1 - 0.3483, 12);
    // I_x(1, 1) = x (uniform CDF).
    expect(regularizedIncompleteBeta(0.42, 1, 1)).toBeCloseTo(0.42, 12);
  });

  it('is 0 and 1 at the ends and refuses bad arguments', () => {
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    expect(() => regularizedIncompleteBeta(1.5, 2, 3)).toThrow(RangeError);
    expect(() => regularizedIncompleteBeta(0.5, 0, 3)).toThrow(RangeError);
  });
});

describe('regularized incomplete gamma', () => {
  it('matches closed forms on both branches', () => {
    // Q(1, x) = e^(−x): x = 2 uses the continued fraction (x ≥ a + 1).
    expect(regularizedGammaQ(1, 2)).toBeCloseTo(Math.exp(-2), 14);
    // x = 0.5 < a + 1 uses the series: Q(1, 0.5) = e^(−0.5) = 0.60653066.
    expect(regularizedGammaQ(1, 0.5)).toBeCloseTo(0.6065306597, 10);
    // P(½, x²) = erf(x); erf(1/√2) = 0.682689492 (the one-sigma rule).
    expect(regularizedGammaP(0.5, 0.5)).toBeCloseTo(0.682689492137, 10);
    expect(regularizedGammaP(3, 0) + regularizedGammaQ(3, 0)).toBe(1);
  });
});

describe('normal distribution', () => {
  it('puts 2.5 % above Z_95 and half above 0', () => {
    expect(normalSf(Z_95)).toBeCloseTo(0.025, 12);
    expect(normalCdf(0)).toBeCloseTo(0.5, 14);
    expect(normalTwoSidedP(-Z_95)).toBeCloseTo(0.05, 12);
  });

  it('keeps far tails instead of rounding them to zero', () => {
    // Table value: P(Z > 8) = 6.22096e-16, far below double precision of 1 − Φ(8).
    expect(normalSf(8) / 6.22096057427174e-16).toBeCloseTo(1, 8);
  });
});

describe('Student t', () => {
  it('matches closed forms at df = 1 and df = 2', () => {
    // df = 1 is Cauchy: F(1) = ½ + atan(1)/π = 0.75.
    expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 12);
    // df = 2: F(t) = ½ + t / (2√(2 + t²)); F(1) = ½ + 1/(2√3) = 0.788675134594813.
    expect(studentTCdf(1, 2)).toBeCloseTo(0.788675134594813, 12);
    expect(studentTCdf(-1, 2)).toBeCloseTo(1 - 0.788675134594813, 12);
    expect(studentTTwoSidedP(1, 1)).toBeCloseTo(0.5, 12);
  });

  it('matches the t table', () => {
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228, 3);
    expect(studentTQuantile(0.975, 7)).toBeCloseTo(2.365, 3);
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706, 3);
    expect(studentTQuantile(0.95, 30)).toBeCloseTo(1.697, 3);
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.228, 3);
    // Large df approaches the normal.
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(Z_95, 4);
  });

  it('inverts its own CDF', () => {
    for (const df of [1.5, 4.75, 29]) expect(studentTCdf(studentTQuantile(0.9, df), df)).toBeCloseTo(0.9, 10);
  });
});

describe('chiSquareSf', () => {
  it('matches the chi-square table', () => {
    expect(chiSquareSf(3.841, 1)).toBeCloseTo(0.05, 4); // the 5 % critical value at df 1
    expect(chiSquareSf(6.635, 1)).toBeCloseTo(0.01, 4);
    expect(chiSquareSf(10.828, 1)).toBeCloseTo(0.001, 5);
    // df = 2 is exponential: sf(x) = e^(−x/2); sf(5.991) = e^(−2.9955) = 0.050012.
    expect(chiSquareSf(5.991, 2)).toBeCloseTo(Math.exp(-5.991 / 2), 12);
    expect(chiSquareSf(0, 3)).toBe(1);
  });
});
