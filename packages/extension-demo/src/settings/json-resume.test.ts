import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonResumeToValues, MAX_JSON_RESUME_BYTES, readJsonResumeText } from './json-resume.ts';

const TODAY = new Date('2026-06-15T12:00:00Z');
const ADA_TEXT = readFileSync(new URL('../../test/fixtures/ada-resume.json', import.meta.url), 'utf8');
/** The parts of the fixture the tests break. */
interface AdaDocument {
  basics: { email: string; location: { countryCode: string }; profiles: unknown[] };
  work: { startDate?: string; endDate?: string }[];
  'x-companion': Record<string, unknown>;
}
const ada = () => JSON.parse(ADA_TEXT) as AdaDocument;

const problemsOf = (document: unknown): string[] => {
  const result = jsonResumeToValues(document, TODAY);
  return result.ok ? [] : result.problems;
};

describe('jsonResumeToValues', () => {
  it('maps a whole JSON Resume document with its x-companion answers', () => {
    expect(readJsonResumeText(ADA_TEXT, TODAY)).toEqual({
      ok: true,
      values: {
        full_name: 'Ada King Lovelace',
        first_name: 'Ada',
        last_name: 'Lovelace',
        email: 'ada@example.org',
        phone: '+44 20 7946 0958',
        website: 'https://ada.example.org',
        current_title: 'Lead Programmer',
        address_line1: "12 St James's Square",
        postal_code: 'SW1Y 4JH',
        city: 'London',
        region: 'England',
        country: 'United Kingdom',
        location: 'London, England, United Kingdom',
        linkedin_url: 'https://www.linkedin.com/in/ada-lovelace',
        github_url: 'https://github.com/ada-l',
        portfolio_url: 'https://ada.example.org/work',
        current_company: 'Analytical Engines Ltd',
        years_experience: '12',
        school: 'University of London',
        degree: 'Bachelor of Science',
        pronouns: 'she/her',
        work_authorization: 'yes',
        sponsorship: 'no',
        salary_expectation: '95000',
        salary_currency: 'GBP',
        start_date: '2027-01-15',
        cover_letter: 'Dear hiring team,\n\nI would like to program your engine.\n\nAda',
      },
      draftMaterial: {
        summary: 'Writes programs for engines that do not exist yet.',
        highlights: ['Bernoulli numbers'],
      },
    });
  });

  it('splits the name on its last space unless x-companion names the parts', () => {
    const result = jsonResumeToValues({ basics: { name: 'Ada King Lovelace' } }, TODAY);
    expect(result).toEqual({
      ok: true,
      values: { full_name: 'Ada King Lovelace', first_name: 'Ada King', last_name: 'Lovelace' },
    });
    expect(jsonResumeToValues({ basics: { name: 'Ada' } }, TODAY)).toEqual({
      ok: true,
      values: { full_name: 'Ada', first_name: 'Ada' },
    });
  });

  it('takes the title from the label when no job names one, and x-companion over everything', () => {
    expect(jsonResumeToValues({ basics: { label: 'Analyst' }, work: [{ name: 'Engines' }] }, TODAY)).toEqual({
      ok: true,
      values: { current_title: 'Analyst', current_company: 'Engines' },
    });
    expect(
      jsonResumeToValues(
        {
          work: [{ name: 'Engines', startDate: '2020-01' }],
          'x-companion': { years_experience: 3, current_company: 'Engines AG' },
        },
        TODAY,
      ),
    ).toEqual({
      ok: true,
      values: { current_company: 'Engines AG', years_experience: '3' },
    });
  });

  it('makes a national phone international with the stated country code', () => {
    const document = { basics: { phone: '(912) 555-4321' }, 'x-companion': { phone_country_code: '+1' } };
    expect(jsonResumeToValues(document, TODAY)).toEqual({
      ok: true,
      values: { phone: '+1 (912) 555-4321', phone_country_code: '+1' },
    });
    expect(
      jsonResumeToValues({ basics: { phone: '044 555 73 01' }, 'x-companion': { phone_country_code: '+41' } }, TODAY),
    ).toMatchObject({
      values: { phone: '+41 44 555 73 01' },
    });
    expect(problemsOf({ basics: { phone: '(912) 555-4321' } })).toEqual([
      'basics.phone: Start with + and the country code: +1 415 555 0134.',
    ]);
  });

  it('names every wrong field by its path, and keeps no values then', () => {
    const document = ada();
    document.basics.email = 'ada(at)example.org';
    document.basics.location.countryCode = 'XX';
    document.basics.profiles[0] = 'linkedin';
    document.work[1] = { ...document.work[1], endDate: '2013-12' };
    document.work[0] = { ...document.work[0], startDate: 'March 2019' };
    document['x-companion'].start_date = '15/01/2027';
    document['x-companion'].notice_period = '2 weeks';
    document['x-companion'].sponsorship = ['no'];
    const result = jsonResumeToValues(document, TODAY);
    expect(result.ok).toBe(false);
    expect(problemsOf(document).sort()).toEqual(
      [
        'basics.location.countryCode must be a two-letter country code like US or DE.',
        'basics.profiles[0] must be an object.',
        'work[0].startDate must be a date like 2019-04 or 2019-04-15.',
        'work[1].endDate is before its startDate.',
        'x-companion.notice_period is not a value Companion holds (see the demo README for the list).',
        'x-companion.sponsorship must be text or a number (yes/no answers may be true or false).',
        'basics.email: Enter an email address like name@example.com.',
        'x-companion.start_date: Enter a date as YYYY-MM-DD, like 2026-09-01.',
      ].sort(),
    );
  });

  it('reads profiles by network, from the URL or else the username, and ignores other networks', () => {
    const profiles = [
      { network: 'linkedin', username: 'ada' },
      { network: 'GitHub', username: 'ignored', url: 'https://github.com/ada-l' },
      { network: 'constructor', url: 'https://example.org/x' },
      { network: 'Portfolio', username: 'no-url-no-value' },
      { network: 'Mastodon', url: 'https://mastodon.example/@ada' },
    ];
    expect(jsonResumeToValues({ basics: { profiles } }, TODAY)).toEqual({
      ok: true,
      values: { linkedin_url: 'https://www.linkedin.com/in/ada', github_url: 'https://github.com/ada-l' },
    });
  });

  it('names fields of the wrong type', () => {
    expect(problemsOf({ basics: { name: 42, location: 'London', profiles: {} }, work: { name: 'x' } })).toEqual([
      'basics.name must be text.',
      'basics.location must be an object.',
      'basics.profiles must be a list.',
      'work must be a list.',
    ]);
  });

  it('refuses what is no JSON Resume document, or holds nothing to use', () => {
    expect(problemsOf([])).toEqual(['The document must be a JSON object (a JSON Resume document).']);
    expect(problemsOf({ name: 'Ada' })).toEqual([
      'This is not a JSON Resume document: it has none of basics, work, education or x-companion.',
    ]);
    expect(problemsOf({ basics: { summary: ' ' }, skills: [] })).toEqual([
      'The document holds no value Companion can use.',
    ]);
  });

  it('imports a document that holds only what drafts are written from', () => {
    expect(jsonResumeToValues({ basics: { summary: 'Hello' } }, TODAY)).toEqual({
      ok: true,
      values: {},
      draftMaterial: { summary: 'Hello', highlights: [] },
    });
  });
});

describe('readJsonResumeText', () => {
  it('refuses text that is not JSON, empty, or over 512 KB before reading it', () => {
    expect(readJsonResumeText('{"basics": ', TODAY)).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^The document is not valid JSON \(.+\)\.$/)],
    });
    expect(readJsonResumeText('  ', TODAY)).toEqual({
      ok: false,
      problems: ['The document is empty: paste or choose a JSON Resume file.'],
    });
    const padded = ADA_TEXT.replace('"summary": "', `"summary": "${'x'.repeat(MAX_JSON_RESUME_BYTES)}`);
    expect(readJsonResumeText(padded, TODAY)).toEqual({
      ok: false,
      problems: [`The document is ${Math.ceil(padded.length / 1024)} KB; the limit is 512 KB.`],
    });
    // Bytes, not characters: 200 000 three-byte characters are ~586 KB.
    expect(readJsonResumeText(JSON.stringify({ basics: { summary: '€'.repeat(200_000) } }), TODAY)).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/limit is 512 KB/)],
    });
  });
});
