import { describe, expect, it } from 'vitest';
import { field } from './field.fixture.ts';
import { asksOrigin, asksWorkplace, placeIsChance } from './chance-place.ts';

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

describe('asksWorkplace', () => {
  it.each([
    'This role is hybrid three days a week. Are you willing to work from our Hartford or San Francisco office?',
    'Which office would you prefer?',
    'Preferred work location',
    'Preferred location',
    'Which site are you applying to?',
    'Are you willing to relocate to one of our hubs?',
    'Select the campus you are applying for',
    'Which Corvane Health location would you prefer to work from?',
  ])('reads "%s" as a pick of the employer\'s places', (label) => {
    expect(asksWorkplace(field({ label }))).toBe(true);
  });

  it.each([
    'City',
    'Location',
    'Where are you based?',
    'Which District office is nearest to where you live?',
    'Which office or remote region are you closest to?',
    'Which of our offices could you commute to?',
    'This role works on-site at our Grove City, OH distribution center. What is your one-way commute?',
    'Do you prefer to work on-site or remotely?',
    'Country of residence',
  ])('does not read "%s" as one', (label) => {
    expect(asksWorkplace(field({ label }))).toBe(false);
  });

  it("makes the person's place chance for an origin or a workplace, not for their residence", () => {
    expect(placeIsChance(field({ label: 'Nationality' }))).toBe(true);
    expect(placeIsChance(field({ label: 'Which office would you prefer?' }))).toBe(true);
    expect(placeIsChance(field({ label: 'Current location' }))).toBe(false);
  });
});
