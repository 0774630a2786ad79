import { describe, expect, it } from 'vitest';
import { uniqueBest } from './choice-rule.ts';
import { employmentRule } from './employment-status.ts';

const pick = (texts: string[], value: string) => {
  const scores = employmentRule(
    texts.map((text) => ({ value: text, text })),
    value,
    {},
  );
  return scores === undefined ? undefined : (texts[uniqueBest(scores)] ?? null);
};

describe('employmentRule', () => {
  const statuses = ['Currently employed', 'Between jobs', 'Student', 'Other:'];

  it('takes the status saying the person works, or that they do not', () => {
    expect(pick(statuses, 'yes')).toBe('Currently employed');
    expect(pick(statuses, 'no')).toBe('Between jobs');
    expect(pick(['Employed', 'Unemployed', 'Retired'], 'no')).toBe('Unemployed');
    expect(pick(['Working', 'Not working'], 'yes')).toBe('Working');
    // Statements in the first person: a student's is no job held.
    const statements = ["I'm currently employed", "I'm between roles", "I'm a student or recent graduate"];
    expect(pick(statements, 'yes')).toBe("I'm currently employed");
    expect(pick(statements, 'no')).toBe("I'm between roles");
    // In Dutch, Turkish and Japanese.
    expect(pick(['Werkzaam', 'Werkzoekend', 'Student / schoolverlater', 'Anders'], 'yes')).toBe('Werkzaam');
    expect(pick(['Çalışıyor', 'Çalışmıyor', 'Öğrenci'], 'yes')).toBe('Çalışıyor');
    expect(pick(['Çalışıyor', 'Çalışmıyor', 'Öğrenci'], 'no')).toBe('Çalışmıyor');
    expect(pick(['就業中', '離職中', '学生'], 'yes')).toBe('就業中');
    // A job entry's status said of the job ("Still employed here" among reasons for leaving).
    expect(pick(['Still employed here', 'Laid off', 'Better opportunity'], 'yes')).toBe('Still employed here');
    expect(pick(['I still work here', 'Laid off', 'Resigned'], 'yes')).toBe('I still work here');
    // Spanish: working for an employer, not on one's own account.
    const spanish = ['Trabajando por cuenta ajena', 'Trabajando por cuenta propia (autónomo/a)', 'Desempleado/a'];
    expect(pick(spanish, 'yes')).toBe('Trabajando por cuenta ajena');
  });

  it('takes the full-time job of a list that splits employment by its terms, and leaves other splits to the person', () => {
    expect(pick(['Employed full-time', 'Employed part-time', 'Not employed'], 'yes')).toBe('Employed full-time');
    expect(pick(['Yes, full-time', 'Yes, part-time or contract', 'No'], 'yes')).toBe('Yes, full-time');
    expect(pick(['Employed full-time', 'Contracting', 'Not working right now'], 'yes')).toBe('Employed full-time');
    expect(pick(['Yes, full-time', 'Yes, part-time or contract', 'No'], 'no')).toBe('No');
    expect(pick(['Employed at a startup', 'Employed at a large company', 'Not employed'], 'yes')).toBeNull();
    // Nothing says the person has handed in her notice.
    expect(pick(["En recherche d'emploi", 'En poste', 'En poste, en préavis'], 'yes')).toBe('En poste');
  });

  it('reads only yes and no', () => {
    expect(pick(statuses, 'Brackenfold Analytics')).toBeUndefined();
  });
});
