import { describe, expect, it } from 'vitest';
import { jsonResumeToValues } from './json-resume.ts';
import { JSON_RESUME_SCHEMA, valuesToJsonResume } from './json-resume-export.ts';
import type { ProfileValues } from './profile-values.ts';

const TODAY = new Date('2026-06-15T12:00:00Z');

/** A value for every field, some of which JSON Resume cannot say by itself. */
const EVERYTHING: Required<ProfileValues> = {
  first_name: 'Grace',
  last_name: 'Hopper',
  full_name: 'Grace Brewster Hopper',
  email: 'grace@example.org',
  phone: '+1 212 555 0199',
  phone_country_code: '+1',
  address_line1: '1 Navy Yard',
  city: 'Arlington',
  region: 'Virginia',
  postal_code: '22202',
  location: 'Arlington, VA',
  country: 'United States',
  linkedin_url: 'https://www.linkedin.com/in/grace-hopper',
  github_url: 'https://github.com/grace',
  portfolio_url: 'https://grace.example.org/compilers',
  website: 'https://grace.example.org',
  current_company: 'US Navy',
  current_title: 'Rear Admiral',
  years_experience: '42',
  salary_expectation: '180000',
  salary_currency: 'USD',
  salary_period: 'year',
  start_date: '2027-03-01',
  work_authorization: 'yes',
  sponsorship: 'no',
  currently_employed: 'yes',
  pronouns: 'she/her',
  school: 'Yale University',
  degree: 'PhD',
  cover_letter: 'Dear team,\n\nIt is easier to ask forgiveness than permission.\n\nGrace',
};

describe('valuesToJsonResume', () => {
  it('writes JSON Resume where it can, and x-companion for the rest', () => {
    expect(valuesToJsonResume(EVERYTHING)).toEqual({
      $schema: JSON_RESUME_SCHEMA,
      basics: {
        name: 'Grace Brewster Hopper',
        label: 'Rear Admiral',
        email: 'grace@example.org',
        phone: '+1 212 555 0199',
        url: 'https://grace.example.org',
        location: {
          address: '1 Navy Yard',
          postalCode: '22202',
          city: 'Arlington',
          region: 'Virginia',
          countryCode: 'US',
        },
        profiles: [
          { network: 'LinkedIn', username: 'grace-hopper', url: 'https://www.linkedin.com/in/grace-hopper' },
          { network: 'GitHub', username: 'grace', url: 'https://github.com/grace' },
          { network: 'Portfolio', url: 'https://grace.example.org/compilers' },
        ],
      },
      work: [{ name: 'US Navy', position: 'Rear Admiral' }],
      education: [{ institution: 'Yale University', studyType: 'PhD' }],
      'x-companion': {
        first_name: 'Grace',
        phone_country_code: '+1',
        location: 'Arlington, VA',
        years_experience: '42',
        salary_expectation: '180000',
        salary_currency: 'USD',
        salary_period: 'year',
        start_date: '2027-03-01',
        work_authorization: 'yes',
        sponsorship: 'no',
        currently_employed: 'yes',
        pronouns: 'she/her',
        cover_letter: EVERYTHING.cover_letter,
      },
    });
  });

  it('imports back to the same values', () => {
    const exported = JSON.parse(JSON.stringify(valuesToJsonResume(EVERYTHING)));
    expect(jsonResumeToValues(exported, TODAY)).toEqual({ ok: true, values: EVERYTHING });
    const fewer: ProfileValues = {
      email: 'grace@example.org',
      country: 'Gondor',
      sponsorship: 'yes',
      current_title: 'Admiral',
    };
    expect(jsonResumeToValues(JSON.parse(JSON.stringify(valuesToJsonResume(fewer))), TODAY)).toEqual({
      ok: true,
      values: fewer,
    });
  });

  it('carries the summary and highlights drafts are written from, and imports them back', () => {
    const material = {
      summary: 'Compilers for everyone.',
      highlights: ['Wrote the first compiler', 'Found the first bug'],
    };
    const document = valuesToJsonResume(EVERYTHING, material);
    expect(document).toMatchObject({
      basics: { summary: material.summary },
      work: [{ highlights: material.highlights }],
    });
    expect(jsonResumeToValues(document, TODAY)).toEqual({ ok: true, values: EVERYTHING, draftMaterial: material });
  });

  it('writes an x-companion only when there is something JSON Resume cannot say', () => {
    expect(valuesToJsonResume({ full_name: 'Grace Hopper', first_name: 'Grace', last_name: 'Hopper' })).toEqual({
      $schema: JSON_RESUME_SCHEMA,
      basics: { name: 'Grace Hopper' },
    });
    expect(valuesToJsonResume({})).toEqual({ $schema: JSON_RESUME_SCHEMA });
  });
});
