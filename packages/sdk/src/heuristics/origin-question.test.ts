import { describe, expect, it } from 'vitest';
import { field } from './field.fixture.ts';
import { asksOrigin } from './origin-question.ts';

describe('asksOrigin', () => {
  it.each([
    'Nationality',
    'Country of citizenship',
    'Citizenship *',
    'Country of birth',
    'Place of birth',
    'Staatsangehörigkeit',
    'Nationalité',
    'Nacionalidad',
    'الجنسية *',
    'אזרחות',
    '国籍',
  ])('reads "%s" as a question of origin', (label) => {
    expect(asksOrigin(field({ label }))).toBe(true);
  });

  it('reads a name or an id too', () => {
    expect(asksOrigin(field({ name: 'candidateNationality' }))).toBe(true);
    expect(asksOrigin(field({ id: 'jsNationality' }))).toBe(true);
  });

  it.each(['Country', 'Country of residence', 'City', 'Where are you based?', 'Are you authorized to work in the US?'])(
    'does not read "%s" as one',
    (label) => {
      expect(asksOrigin(field({ label }))).toBe(false);
    },
  );
});
