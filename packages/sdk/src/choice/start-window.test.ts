import { describe, expect, it } from 'vitest';
import { uniqueBest } from './choice-rule.ts';
import { startWindowRule } from './start-window.ts';

const rule = startWindowRule(() => new Date(2026, 11, 3));
const pick = (texts: string[], value = '2027-01-15') =>
  uniqueBest(
    rule(
      texts.map((text) => ({ text, value: '' })),
      value,
      {},
    ) ?? [],
  );

describe('startWindowRule', () => {
  it('picks the window from today that holds the start date (43 days ahead)', () => {
    expect(pick(['Immediately', 'Within 2 weeks', '1–3 months from now', '3+ months from now'])).toBe(2);
    expect(pick(['Within 1 month', 'Within 2 months', 'More than 2 months'])).toBe(1);
    expect(pick(['Immediately', 'In 2 weeks'], '2026-12-05')).toBe(0);
    // The plus or the "or more" after the unit.
    expect(pick(['Immediately', 'Within 2 weeks', 'Within 1 month', '1 month+'])).toBe(3);
    expect(pick(['Right away', '2 weeks or less', '2 weeks or more'])).toBe(2);
  });

  it('reads months named with their year as windows', () => {
    expect(pick(['As soon as possible', 'December 2026', 'January 2027', 'February 2027', 'April 2027 or later'])).toBe(
      2,
    );
    expect(pick(['December 2026', 'January 2027', 'April 2027 or later'], '2027-06-01')).toBe(2);
  });

  it('reads calendar quarters named with their year as windows', () => {
    expect(pick(['Q4 2026', 'Q1 2027', 'Q2 2027', 'Q3 2027 or later'])).toBe(1);
    expect(pick(['4th quarter 2026', '1st quarter 2027', '2nd quarter 2027'], '2027-05-02')).toBe(2);
  });

  it('reads windows written in Hebrew, and "Later than that" after the windows', () => {
    expect(pick(['מיידית', 'תוך חודש', 'תוך חודשיים', '3 חודשים ומעלה'])).toBe(2);
    expect(pick(['Right away', 'In 2 weeks', 'In a month', 'Later than that'])).toBe(3);
    expect(pick(['Right away', 'In 2 weeks', 'In a month', 'Later than that'], '2026-12-12')).toBe(1);
  });

  it('reads windows written in Chinese and Japanese', () => {
    expect(pick(['すぐにでも', '1ヶ月以内', '3ヶ月以内', '6ヶ月以内'])).toBe(2);
    expect(pick(['随时到岗', '2周以内', '1个月以内', '1-3个月', '3个月以上'])).toBe(3);
    expect(pick(['随时到岗', '2周以内', '1个月以内'], '2026-12-14')).toBe(1);
  });

  it('reads windows written in French, Spanish, German and Italian', () => {
    expect(pick(['Immédiatement', 'Dans moins d’un mois', 'Dans 1 à 3 mois', 'Dans plus de 3 mois'])).toBe(2);
    expect(pick(['Inmediatamente', 'En 2 semanas', 'De 1 a 3 meses', 'Más de 3 meses'])).toBe(2);
    expect(pick(['Sofort', 'In 2 Wochen', '1 bis 3 Monate', 'Mehr als 3 Monate'])).toBe(2);
    expect(pick(['Immediata', 'Entro 1 mese', 'Entro 3 mesi', 'Oltre 3 mesi'])).toBe(2);
  });

  it('reads windows written in Norwegian and Swedish', () => {
    const norwegian = ['Snarest', 'Innen 1 måned', 'Innen 3 måneder', 'Om mer enn 3 måneder'];
    expect(pick(norwegian)).toBe(2);
    expect(pick(norwegian, '2027-06-01')).toBe(3);
    expect(pick(['Omgående', 'Inom 1 månad', 'Inom 3 månader', 'Mer än 3 månader'])).toBe(2);
  });

  it('reads windows written in Turkish', () => {
    expect(pick(['Hemen', '1 ay içinde', '1-3 ay içinde', '3 aydan sonra'])).toBe(2);
    expect(pick(['Hemen', '1 ay içinde', '1-3 ay içinde', '3 aydan sonra'], '2026-12-04')).toBe(0);
    expect(pick(['Hemen', '1 ay içinde', '1-3 ay içinde', '3 aydan sonra'], '2027-06-01')).toBe(3);
  });

  it('takes the option that asks for the date when no window holds it, and leaves a list of no windows to others', () => {
    expect(pick(['Immediately', 'Within 2 weeks', 'Within a month', 'On a specific date'])).toBe(3);
    expect(rule([{ text: 'January', value: '1' }], '2027-01-15', {})).toBeUndefined();
    expect(rule([{ text: 'Within a month', value: '' }], 'next spring', {})).toBeUndefined();
  });
});
