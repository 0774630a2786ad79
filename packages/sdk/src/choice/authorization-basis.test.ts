import { describe, expect, it } from 'vitest';
import { resolveChoice } from './index.ts';

const options = (texts: string[]) => texts.map((text) => ({ value: text, text }));

describe('a list asking on which basis the person may work', () => {
  it('is left to the person when citizenship is one basis among others', () => {
    const bases = options([
      'U.S. citizen or permanent resident',
      'Authorized to work for any employer (e.g. EAD)',
      'Authorized only with my current employer (e.g. H-1B)',
      'Not authorized to work in the US',
    ]);
    expect(resolveChoice(bases, 'work_authorization', 'yes')).toBe(-1);
  });

  it("gives citizenship or residence to a person needing no sponsorship when the other bases rest on an employer's petition", () => {
    const bases = options([
      'Yes – U.S. citizen or permanent resident',
      'Yes – with a work visa (e.g. H-1B, L-1, TN)',
      'No',
    ]);
    expect(resolveChoice(bases, 'work_authorization', 'yes', { sponsorship: 'no' })).toBe(0);
    expect(resolveChoice(bases, 'work_authorization', 'yes', { sponsorship: 'yes' })).toBe(-1);
    expect(resolveChoice(bases, 'work_authorization', 'yes')).toBe(-1);
    // Beside an EAD, a basis no employer petitions for, it stays the person's to pick.
    const withEad = options([
      'U.S. citizen or permanent resident',
      'Authorized to work for any employer (e.g. EAD)',
      'Authorized only with my current employer (e.g. H-1B)',
    ]);
    expect(resolveChoice(withEad, 'work_authorization', 'yes', { sponsorship: 'no' })).toBe(-1);
    // So beside a grant that names no papers at all ("for any employer").
    const withAnyEmployer = options([
      'Yes – U.S. citizen or permanent resident',
      'Yes – authorized to work for any employer',
      'Yes – with an H-1B visa',
    ]);
    expect(resolveChoice(withAnyEmployer, 'work_authorization', 'yes', { sponsorship: 'no' })).toBe(-1);
    // A student's OPT ends in a petition, and a basis that says it needs sponsorship is not theirs either.
    const withOpt = options([
      'U.S. citizen or permanent resident',
      'Authorized, but I need sponsorship now or later',
      'Authorized on OPT / STEM OPT',
      'Not authorized to work in the U.S.',
      'Prefer to discuss',
    ]);
    expect(resolveChoice(withOpt, 'work_authorization', 'yes', { sponsorship: 'no' })).toBe(0);
    expect(resolveChoice(withOpt, 'work_authorization', 'yes', { sponsorship: 'yes' })).toBe(-1);
    // "Other work authorization" is another basis, one no employer petitions for.
    const withOther = options([
      'Yes — US citizen or green card holder',
      'Yes — other work authorization (no sponsorship needed)',
      'No',
    ]);
    expect(resolveChoice(withOther, 'work_authorization', 'yes', { sponsorship: 'no' })).toBe(-1);
  });

  it('is answered when it asks only whether, in statements or with citizenship folded into the yes', () => {
    const grants = options(['Authorized to work for any employer', 'Not authorized to work in the US']);
    expect(resolveChoice(grants, 'work_authorization', 'yes')).toBe(0);
    const folded = options(['Yes, I am a US citizen or otherwise authorized to work', 'No']);
    expect(resolveChoice(folded, 'work_authorization', 'yes')).toBe(0);
  });

  it('reads a card whose description names citizenship beside bases needing sponsorship later or now', () => {
    const cards = options([
      'Authorized, no sponsorship needed Citizen, permanent resident, or a status that does not need an employer to sponsor it',
      'Authorized now, sponsorship needed later For example F-1 OPT / STEM OPT, or an EAD that will expire',
      'I need sponsorship to start For example a new H-1B petition or a transfer',
    ]);
    expect(resolveChoice(cards, 'work_authorization', 'yes', { sponsorship: 'no' })).toBe(0);
    expect(resolveChoice(cards, 'work_authorization', 'yes', { sponsorship: 'yes' })).toBe(-1);
  });
});
