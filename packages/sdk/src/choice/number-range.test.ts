import { describe, expect, it } from 'vitest';
import { bucketScore, numberRule, parseAmount, parseRange } from './number-range.ts';

const closed = (lo: number, hi: number) => ({ lo, hi, loOpen: false, hiOpen: false });

describe('parseRange', () => {
  it('reads closed ranges however they are joined', () => {
    expect(parseRange('5-10 years')).toEqual(closed(5, 10));
    expect(parseRange('5 to 10')).toEqual(closed(5, 10));
    expect(parseRange('Between 3 and 5 years')).toEqual(closed(3, 5));
    expect(parseRange('Entry level (0-2 years)')).toEqual(closed(0, 2));
    expect(parseRange('1.5 - 3 years')).toEqual(closed(1.5, 3));
  });

  it('reads salaries with symbols, separators and multipliers', () => {
    expect(parseRange('$100,000 - $150,000')).toEqual(closed(100_000, 150_000));
    expect(parseRange('100k-150k')).toEqual(closed(100_000, 150_000));
    expect(parseRange('100-150k')).toEqual(closed(100_000, 150_000));
    expect(parseRange('€60.000 - €80.000')).toEqual(closed(60_000, 80_000));
    expect(parseRange('120K')).toEqual(closed(120_000, 120_000));
    // A country's dollar, its letters before the sign.
    expect(parseRange('Band B · US$135,000 – US$155,000')).toEqual(closed(135_000, 155_000));
    expect(parseRange('A$90k - A$110k')).toEqual(closed(90_000, 110_000));
  });

  it('reads open-ended buckets, inclusive or not', () => {
    expect(parseRange('7+')).toEqual({ lo: 7, hi: Infinity, loOpen: false, hiOpen: true });
    expect(parseRange('10 years or more')).toEqual({ lo: 10, hi: Infinity, loOpen: false, hiOpen: true });
    expect(parseRange('More than 10 years')).toEqual({ lo: 10, hi: Infinity, loOpen: true, hiOpen: true });
    expect(parseRange('Over 10')).toEqual({ lo: 10, hi: Infinity, loOpen: true, hiOpen: true });
    expect(parseRange('Less than 1 year')).toEqual({ lo: 0, hi: 1, loOpen: false, hiOpen: true });
    expect(parseRange('Less than one year')).toEqual({ lo: 0, hi: 1, loOpen: false, hiOpen: true });
    expect(parseRange('< 1')).toEqual({ lo: 0, hi: 1, loOpen: false, hiOpen: true });
    expect(parseRange('Up to 2 years')).toEqual(closed(0, 2));
  });

  it('reads bounds as Hungarian, Romanian, Finnish, Vietnamese and Thai write them', () => {
    const below = (hi: number) => ({ lo: 0, hi, loOpen: false, hiOpen: true });
    const above = (lo: number, loOpen: boolean) => ({ lo, hi: Infinity, loOpen, hiOpen: true });
    expect(['2 évnél kevesebb', 'Alle 3 vuotta', 'Dưới 1 năm', 'ต่ำกว่า 1 ปี'].map(parseRange)).toEqual([
      below(2),
      below(3),
      below(1),
      below(1),
    ]);
    expect(['10 év felett', 'Peste 10 ani', 'Yli 10 vuotta', 'Trên 5 năm', 'มากกว่า 5 ปี'].map(parseRange)).toEqual([
      above(10, false),
      above(10, true),
      above(10, true),
      above(5, true),
      above(5, true),
    ]);
    expect(parseRange('5–10 év')).toEqual(closed(5, 10));
    expect(['έως 1 έτος', 'До 1 року'].map(parseRange)).toEqual([closed(0, 1), closed(0, 1)]);
    expect(['menej ako 1 rok', '5 – 10 rokov', 'viac ako 10 rokov'].map(parseRange)).toEqual([
      below(1),
      closed(5, 10),
      above(10, true),
    ]);
    expect(['πάνω από 10 έτη', 'Понад 5 років', 'Lebih dari 8 tahun'].map(parseRange)).toEqual([
      above(10, true),
      above(5, true),
      above(8, true),
    ]);
  });

  it('reads a lower and an upper bound written as a sentence', () => {
    expect(parseRange('B. I have at least 1 year but less than 3 years of specialized experience.')).toEqual({
      lo: 1,
      hi: 3,
      loOpen: false,
      hiOpen: true,
    });
    expect(parseRange('5 years to less than 8 years')).toEqual({ lo: 5, hi: 8, loOpen: false, hiOpen: true });
    // A number written in words then digits counts once.
    expect(parseRange('E. Six (6) or more years of experience.')).toEqual({
      lo: 6,
      hi: Infinity,
      loOpen: false,
      hiOpen: true,
    });
    expect(parseRange('B. One (1) year to less than three (3) years.')).toEqual({
      lo: 1,
      hi: 3,
      loOpen: false,
      hiOpen: true,
    });
    expect(parseRange('1 year and 6 months')).toBeUndefined();
    expect(parseRange('D. I have 5 or more years of specialized experience.')).toEqual({
      lo: 5,
      hi: Infinity,
      loOpen: false,
      hiOpen: true,
    });
    // Two bounds that do not make a range (two lower bounds) read as none.
    expect(parseRange('at least 1 year, more than 3 years')).toBeUndefined();
  });

  it('reads bounds written in German, French, Spanish, Portuguese, Italian, Dutch, Polish, Swedish and CJK', () => {
    expect(parseRange('1–2 Jahre')).toEqual(closed(1, 2));
    expect(parseRange('mehr als 10 Jahre')).toEqual({ lo: 10, hi: Infinity, loOpen: true, hiOpen: true });
    expect(parseRange('moins de 2 ans')).toEqual({ lo: 0, hi: 2, loOpen: false, hiOpen: true });
    expect(parseRange('más de 5 años')).toEqual({ lo: 5, hi: Infinity, loOpen: true, hiOpen: true });
    expect(parseRange('5 à 10 ans')).toEqual(closed(5, 10));
    expect(parseRange('De 1 a 3 anos')).toEqual(closed(1, 3));
    expect(parseRange('Mais de 6 anos')).toEqual({ lo: 6, hi: Infinity, loOpen: true, hiOpen: true });
    expect(parseRange('Da 5 a 10 anni')).toEqual(closed(5, 10));
    expect(parseRange('Meno di 2 anni')).toEqual({ lo: 0, hi: 2, loOpen: false, hiOpen: true });
    expect(parseRange('Oltre 10 anni')).toEqual({ lo: 10, hi: Infinity, loOpen: true, hiOpen: true });
    expect(parseRange('Meer dan 6 jaar')).toEqual({ lo: 6, hi: Infinity, loOpen: true, hiOpen: true });
    expect(parseRange('1 tot 3 jaar')).toEqual(closed(1, 3));
    expect(parseRange('powyżej 5 lat')).toEqual({ lo: 5, hi: Infinity, loOpen: true, hiOpen: true });
    expect(parseRange('do 2 lat')).toEqual({ lo: 0, hi: 2, loOpen: false, hiOpen: false });
    expect(parseRange('Mer än 5 år')).toEqual({ lo: 5, hi: Infinity, loOpen: true, hiOpen: true });
    expect(parseRange('5〜10年')).toEqual(closed(5, 10));
    expect(parseRange('7~10년')).toEqual(closed(7, 10));
    expect(parseRange('10年以上')).toEqual({ lo: 10, hi: Infinity, loOpen: false, hiOpen: true });
    expect(parseRange('1年未満')).toEqual({ lo: 0, hi: 1, loOpen: false, hiOpen: true });
  });

  it('reads bounds written in Russian, Turkish and Danish', () => {
    expect(parseRange('Более 6 лет')).toEqual({ lo: 6, hi: Infinity, loOpen: true, hiOpen: true });
    expect(parseRange('От 3 до 6 лет')).toEqual(closed(3, 6));
    expect(parseRange('Менее 1 года')).toEqual({ lo: 0, hi: 1, loOpen: false, hiOpen: true });
    expect(parseRange('5-10 yıl')).toEqual(closed(5, 10));
    expect(parseRange('10 yıl ve üzeri')).toEqual({ lo: 10, hi: Infinity, loOpen: false, hiOpen: true });
    expect(parseRange('Over 10 år')).toEqual({ lo: 10, hi: Infinity, loOpen: true, hiOpen: true });
    expect(parseRange('5 til 10 år')).toEqual(closed(5, 10));
  });

  it('reads a range written twice, in words and in figures', () => {
    expect(parseRange('من 5 إلى 10 سنوات (5-10)')).toEqual(closed(5, 10));
    // Figures that say another range are no second writing of it.
    expect(parseRange('Senior (6-9 years) 10')).toBeUndefined();
  });

  it('reads bounds written in Arabic and Hebrew', () => {
    expect(parseRange('من 5 إلى 10 سنوات')).toEqual(closed(5, 10));
    expect(parseRange('أكثر من 15 سنة')).toEqual({ lo: 15, hi: Infinity, loOpen: true, hiOpen: true });
    expect(parseRange('أقل من 2 سنة')).toEqual({ lo: 0, hi: 2, loOpen: false, hiOpen: true });
    expect(parseRange('8 שנים ומעלה')).toEqual({ lo: 8, hi: Infinity, loOpen: false, hiOpen: true });
  });

  it('reads no range from words, or from three numbers', () => {
    expect(parseRange('Prefer not to say')).toBeUndefined();
    expect(parseRange('1-2 years, 3 months')).toBeUndefined();
    expect(parseRange('5 of 10')).toBeUndefined();
    // A share of the time is no count and no amount.
    expect(parseRange('Up to 10%')).toBeUndefined();
    expect(parseRange('25-50%')).toBeUndefined();
  });
});

describe('parseAmount', () => {
  it('reads one number, and nothing from a range', () => {
    expect(['7', '7 years', '$120,000', '120k', '120000 USD'].map(parseAmount)).toEqual([
      7, 7, 120_000, 120_000, 120_000,
    ]);
    expect(['5-7', '7+', 'several years', ''].map(parseAmount)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('bucketScore', () => {
  it('prefers an exact number, then the narrowest closed bucket, then the closest open one', () => {
    const seven = (text: string) => bucketScore(parseRange(text) ?? closed(-1, -1), 7);
    expect(seven('7 years')).toBeGreaterThan(seven('5-10'));
    expect(seven('5-10')).toBeGreaterThan(seven('0-20'));
    expect(seven('0-20')).toBeGreaterThan(seven('6+'));
    expect(seven('6+')).toBeGreaterThan(seven('5+'));
    expect(seven('10+')).toBe(0);
    expect(seven('More than 7')).toBe(0);
    expect(seven('Less than 7')).toBe(0);
    // Two buckets of one width sharing the bound: the one it starts.
    expect(seven('7 tot 10 jaar')).toBeGreaterThan(seven('4 tot 7 jaar'));
    expect(seven('5-7')).toBeGreaterThan(seven('7-10'));
  });
});

describe('numberRule', () => {
  const options = (...texts: string[]) => texts.map((text) => ({ value: '', text }));

  it('scores the buckets holding the value and is not applicable to words', () => {
    const scores = numberRule(options('0-2', '3-5', '5-10 years', '10+'), '7', {}) ?? [];
    expect(scores.map((score) => score > 0)).toEqual([false, false, true, false]);
    expect(numberRule(options('0-2'), 'lots', {})).toBeUndefined();
  });
});
