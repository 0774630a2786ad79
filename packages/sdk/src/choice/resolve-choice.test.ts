import { describe, expect, it } from 'vitest';
import type { Choice } from '../fill/match-choice.ts';
import {
  AUTHORIZATION_SENTENCES,
  CITY_SELECT,
  CURRENCY_SELECT,
  DEGREE_SELECT,
  FLAG_COUNTRY,
  GREENHOUSE_COUNTRY,
  ISO_CODE_COUNTRY,
  PHONE_CODE_SELECT,
  PHONE_COUNTRY_SELECT,
  PHONE_INPUT_PICKER,
  PRONOUN_SELECT,
  SALARY_BANDS,
  SALARY_K,
  SPONSORSHIP_SENTENCES,
  SPONSORSHIP_VISA,
  STATE_SELECT,
  USER,
  YEARS_BUCKETS,
  YEARS_PLUS,
  YEARS_WORDS,
  YES_NO_LISTBOX,
  YES_NO_RADIOS,
  YES_NO_SELECT,
} from './ats-options.fixture.ts';
import { resolveChoice, resolveChoiceStage } from './resolve-choice.ts';

/** The text of the option picked, or null: failures then read as answers, not indices. */
function pick(choices: readonly Choice[], canonical: string, value: string, values = USER): string | null {
  const index = resolveChoice(choices, canonical, value, values);
  return index < 0 ? null : (choices[index]?.text ?? null);
}

describe('resolveChoice: a list whose no-answer option carries "-1" (iCIMS)', () => {
  it('never picks it for a "+1" or a month "1", whose sign a text match drops', () => {
    const dial = [
      { value: '-1', text: 'Make a Selection' },
      { value: '1-CA', text: 'Canada (+1)' },
      { value: '1-US', text: 'United States (+1)' },
    ];
    expect(resolveChoice(dial, 'phone_country_code', '+1', { country: 'United States' })).toBe(2);
    const months = [
      { value: '-1', text: 'Month' },
      { value: '01', text: 'January' },
      { value: '02', text: 'February' },
    ];
    expect(resolveChoice(months, 'start_date', '1')).not.toBe(0);
  });
});

describe('resolveChoice: text', () => {
  it('takes the exact normalized text or value first', () => {
    expect(pick(GREENHOUSE_COUNTRY, 'country', 'united states')).toBe('United States');
    expect(pick(STATE_SELECT, 'region', 'ny')).toBe('New York');
    expect(resolveChoiceStage(GREENHOUSE_COUNTRY, 'country', 'Canada')).toEqual({ index: 1, stage: 'exact' });
  });

  it('falls back to whole words when one option holds them', () => {
    expect(pick(CITY_SELECT, 'city', 'San Francisco')).toBe('San Francisco, CA');
    expect(resolveChoiceStage(CITY_SELECT, 'city', 'Seattle')).toEqual({ index: 2, stage: 'words' });
  });

  it('picks the option that begins with the value when two hold its words, and nothing when none or both do', () => {
    const withSouth = [...CITY_SELECT, { value: '', text: 'South San Francisco, CA' }];
    expect(pick(withSouth, 'city', 'San Francisco')).toBe('San Francisco, CA');
    // Of two that begin with it, the one where it is a part of its own is the city ("San Francisco, CA").
    const twoLeading = [...CITY_SELECT, { value: '', text: 'San Francisco Bay Area' }];
    expect(pick(twoLeading, 'city', 'San Francisco')).toBe('San Francisco, CA');
    const noPart = [
      { value: '', text: 'San Francisco Bay Area' },
      { value: '', text: 'San Francisco Peninsula' },
    ];
    expect(pick(noPart, 'city', 'San Francisco')).toBeNull();
    // Of two with the city as a part, the one not placed in another country than the person's.
    const twoCountries = [
      { value: '', text: 'San Francisco, CA, USA' },
      { value: '', text: 'South San Francisco, CA, USA' },
      { value: '', text: 'San Francisco, Córdoba, Argentina' },
    ];
    expect(resolveChoice(twoCountries, 'city', 'San Francisco', { country: 'United States' })).toBe(0);
    expect(resolveChoice(twoCountries, 'city', 'San Francisco', {})).toBe(-1);
  });

  it('reads an answer listed twice (a "Most common" group above the whole list) as one, but not two answers alike', () => {
    const repeated = [{ value: 'United States', text: 'United States' }, ...GREENHOUSE_COUNTRY];
    expect(resolveChoice(repeated, 'country', 'United States')).toBe(0);
    expect(resolveChoice(repeated, 'country', 'USA')).toBe(0);
    const twoValues = [
      { value: 'ca-1', text: 'Springfield' },
      { value: 'ca-2', text: 'Springfield' },
    ];
    expect(pick(twoValues, 'city', 'Springfield')).toBeNull();
    // Keyed by group: "s-US" under Suggested, "a-US" under All countries.
    const keyed = [
      { value: 's-US', text: 'United States +1' },
      { value: 's-CA', text: 'Canada +1' },
      { value: 'a-CA', text: 'Canada +1' },
      { value: 'a-US', text: 'United States +1' },
    ];
    expect(resolveChoice(keyed, 'phone_country_code', '+1', { country: 'United States' })).toBe(0);
  });

  it('never picks a placeholder, an empty value or anything for a blank value', () => {
    expect(pick(YES_NO_SELECT, 'sponsorship', 'Select...')).toBeNull();
    expect(
      pick(
        [
          { value: '', text: 'Yes' },
          { value: 'n', text: 'No' },
        ],
        'sponsorship',
        'yes',
      ),
    ).toBeNull();
    expect(pick(GREENHOUSE_COUNTRY, 'country', '   ')).toBeNull();
  });
});

describe('resolveChoice: countries', () => {
  it('matches a country however the value and the options spell it', () => {
    expect(pick(GREENHOUSE_COUNTRY, 'country', 'USA')).toBe('United States');
    expect(pick(GREENHOUSE_COUNTRY, 'country', 'U.S.')).toBe('United States');
    expect(pick(GREENHOUSE_COUNTRY, 'country', 'Deutschland')).toBe('Germany');
    expect(pick(ISO_CODE_COUNTRY, 'country', 'United States')).toBe('United States of America (the)');
    expect(pick(ISO_CODE_COUNTRY, 'country', 'UK')).toBe('United Kingdom of Great Britain and Northern Ireland (the)');
    expect(pick(ISO_CODE_COUNTRY, 'country', 'South Korea')).toBe('Korea (the Republic of)');
    expect(pick(FLAG_COUNTRY, 'country', 'Great Britain')).toBe('🇬🇧 United Kingdom');
    expect(pick(PHONE_COUNTRY_SELECT, 'country', 'USA')).toBe('United States (+1)');
  });

  it('does not fall back to words when the country is missing', () => {
    const noUs = GREENHOUSE_COUNTRY.filter((choice) => choice.text !== 'United States');
    expect(pick(noUs, 'country', 'United States')).toBeNull();
  });

  it('reads a country in a location list, and leaves cities to words', () => {
    const places = [
      { value: '', text: 'Remote' },
      { value: '', text: 'Germany' },
      { value: '', text: 'United States' },
    ];
    expect(pick(places, 'location', 'USA')).toBe('United States');
    expect(
      pick(
        [
          { value: '', text: 'Berlin, Germany' },
          { value: '', text: 'Remote' },
        ],
        'location',
        'Germany',
      ),
    ).toBe('Berlin, Germany');
  });
});

describe('resolveChoice: phone country code', () => {
  it('matches a dial-code-only list by code', () => {
    expect(pick(PHONE_CODE_SELECT, 'phone_country_code', '+44')).toBe('+44');
    expect(pick(PHONE_CODE_SELECT, 'phone_country_code', 'United States')).toBe('+1');
  });

  it("breaks a shared +1 with the user's country, and refuses without it", () => {
    expect(pick(PHONE_COUNTRY_SELECT, 'phone_country_code', '+1')).toBe('United States (+1)');
    expect(pick(PHONE_COUNTRY_SELECT, 'phone_country_code', '1', { country: 'Canada' })).toBe('Canada (+1)');
    expect(pick(PHONE_COUNTRY_SELECT, 'phone_country_code', '+1', {})).toBeNull();
    expect(pick(PHONE_COUNTRY_SELECT, 'phone_country_code', '+1', { country: 'Germany' })).toBeNull();
  });

  it("reads react-phone-number-input's ISO values", () => {
    expect(pick(PHONE_INPUT_PICKER, 'phone_country_code', '+1')).toBe('United States');
    expect(pick(PHONE_INPUT_PICKER, 'phone_country_code', 'US', {})).toBe('United States');
    expect(pick(PHONE_INPUT_PICKER, 'phone_country_code', '+44', {})).toBe('United Kingdom');
  });
});

describe('resolveChoice: numbers', () => {
  it('picks the bucket holding the years', () => {
    expect(pick(YEARS_BUCKETS, 'years_experience', '7')).toBe('5-10 years');
    expect(pick(YEARS_BUCKETS, 'years_experience', '12')).toBe('10+ years');
    expect(pick(YEARS_WORDS, 'years_experience', '0')).toBe('Less than 1 year');
    expect(pick(YEARS_WORDS, 'years_experience', '7')).toBe('6+ years');
    expect(pick(YEARS_WORDS, 'years_experience', '11')).toBe('More than 10 years');
  });

  it('reads buckets written in Chinese and in English side by side by either half', () => {
    const bilingual = ['請選擇 Please select', '少於1年 Less than 1 year', '3-5年 3-5 years', '5-8年 5-8 years'].map(
      (text) => ({ value: text, text }),
    );
    expect(pick(bilingual, 'years_experience', '7')).toBe('5-8年 5-8 years');
    expect(pick(bilingual, 'years_experience', '0')).toBe('少於1年 Less than 1 year');
  });

  it('prefers the tightest open bucket', () => {
    expect(pick(YEARS_PLUS, 'years_experience', '8')).toBe('7+');
    expect(pick(YEARS_PLUS, 'years_experience', '0')).toBeNull();
  });

  it('reads years against buckets counted in months, twelve to the year', () => {
    const months = ['Less than 12 months', '12–35 months', '36–59 months', '60+ months'].map((text) => ({
      value: text,
      text,
    }));
    expect(pick(months, 'years_experience', '7')).toBe('60+ months');
    expect(pick(months, 'years_experience', '2')).toBe('12–35 months');
    // Buckets counted in years still read the years as years.
    expect(pick(YEARS_BUCKETS, 'years_experience', '7')).toBe('5-10 years');
    expect(pick(YEARS_WORDS, 'years_experience', '7')).toBe('6+ years');
  });

  it('reads a career stage asked instead of the years', () => {
    const stages = (...texts: string[]) => texts.map((text) => ({ value: text, text }));
    expect(pick(stages('신입', '경력'), 'years_experience', '7')).toBe('경력');
    expect(pick(stages('Fresher', 'Experienced'), 'years_experience', '0')).toBe('Fresher');
    expect(pick(stages('新卒', '中途（経験者）'), 'years_experience', '7')).toBe('中途（経験者）');
    // Buckets that count the years beat the stage.
    expect(pick(stages('Entry level', 'Experienced', '5-10 years'), 'years_experience', '7')).toBe('5-10 years');
  });

  it('gives a value on the edge of two buckets of one width to the bucket it starts', () => {
    expect(pick(YEARS_BUCKETS, 'years_experience', '3')).toBe('3-5 years');
  });

  it('reads salaries in dollars and in k', () => {
    expect(pick(SALARY_BANDS, 'salary_expectation', '120000')).toBe('$100,000 - $150,000');
    expect(pick(SALARY_BANDS, 'salary_expectation', '$45k')).toBe('Under $50,000');
    expect(pick(SALARY_K, 'salary_expectation', '120000')).toBe('120K');
    expect(pick(SALARY_K, 'salary_expectation', '$130,000')).toBe('120k-140k');
  });
});

describe('resolveChoice: yes/no', () => {
  it('answers bare yes/no controls from any spelling of the value', () => {
    expect(pick(YES_NO_SELECT, 'work_authorization', 'true')).toBe('Yes');
    expect(pick(YES_NO_RADIOS, 'sponsorship', 'n')).toBe('No');
    expect(pick(YES_NO_LISTBOX, 'sponsorship', 'FALSE')).toBe('No');
    expect(pick(YES_NO_RADIOS, 'willing_to_relocate', 'y')).toBe('Yes');
  });

  it('answers sentence options by polarity and never picks a neutral one', () => {
    expect(pick(AUTHORIZATION_SENTENCES, 'work_authorization', 'yes')).toBe('Yes, I am authorized to work in the US');
    const notAuthorized = { ...USER, work_authorization: 'no', sponsorship: 'yes' };
    expect(pick(AUTHORIZATION_SENTENCES, 'work_authorization', 'no', notAuthorized)).toBe(
      'No, I am not authorized to work in the US',
    );
    expect(pick(SPONSORSHIP_SENTENCES, 'sponsorship', 'no')).toBe('I do not require sponsorship');
    expect(pick(SPONSORSHIP_SENTENCES, 'sponsorship', 'true', notAuthorized)).toBe(
      'I will require sponsorship now or in the future',
    );
    expect(pick(SPONSORSHIP_VISA, 'sponsorship', 'false')).toBe("No - I don't need a visa");
  });

  it('answers a status list whose options answer both questions only with the option true to both', () => {
    const statuses = [
      'I am authorized to work in the US and do not require sponsorship',
      'I am authorized to work in the US but will require sponsorship now or in the future',
      'I am not currently authorized to work in the US',
    ].map((text, index) => ({ value: String(index), text }));
    const user = { ...USER, work_authorization: 'yes', sponsorship: 'no' };
    expect(pick(statuses, 'work_authorization', 'yes', user)).toBe(statuses[0]?.text);
    expect(pick(statuses, 'sponsorship', 'no', user)).toBe(statuses[0]?.text);
    const needsVisa = { ...user, sponsorship: 'yes' };
    expect(pick(statuses, 'work_authorization', 'yes', needsVisa)).toBe(statuses[1]?.text);
  });

  it('never says yes to the right to work with a sentence that is false of the person', () => {
    const visaStatus = ['US Citizen', 'Green Card Holder', 'Need H-1B Visa Sponsorship'].map((text) => ({
      value: text,
      text,
    }));
    expect(pick(visaStatus, 'work_authorization', 'yes')).toBeNull();
  });

  it('refuses when two options give the same answer', () => {
    const twoYes = [
      { value: '', text: 'Yes, citizen' },
      { value: '', text: 'Yes, with a visa' },
      { value: '', text: 'No' },
    ];
    expect(pick(twoYes, 'work_authorization', 'yes')).toBeNull();
  });
});

describe('resolveChoice: pronouns, currency, degree, state', () => {
  it('matches pronoun sets by subject', () => {
    expect(pick(PRONOUN_SELECT, 'pronouns', 'she/her')).toBe('She/her/hers');
    expect(pick(PRONOUN_SELECT, 'pronouns', 'they/she')).toBe('She/they');
    expect(pick(PRONOUN_SELECT, 'pronouns', 'xe/xem')).toBeNull();
  });

  it('matches currencies by code, name or symbol', () => {
    expect(pick(CURRENCY_SELECT, 'salary_currency', 'USD')).toBe('US Dollar (USD)');
    expect(pick(CURRENCY_SELECT, 'salary_currency', 'EUR')).toBe('Euro (€)');
    expect(pick(CURRENCY_SELECT, 'salary_currency', 'gbp')).toBe('British Pound (£)');
  });

  it('matches degrees by level, keeping an MBA apart from a master', () => {
    expect(pick(DEGREE_SELECT, 'degree', "Bachelor's")).toBe("Bachelor's Degree");
    expect(pick(DEGREE_SELECT, 'degree', 'B.Sc.')).toBe("Bachelor's Degree");
    expect(pick(DEGREE_SELECT, 'degree', 'MS')).toBe("Master's Degree");
    expect(pick(DEGREE_SELECT, 'degree', 'MBA')).toBe('MBA');
    expect(pick(DEGREE_SELECT, 'degree', 'PhD')).toBe('Doctorate');
  });

  it('matches a US state by name or code', () => {
    expect(pick(STATE_SELECT, 'region', 'California')).toBe('California');
    expect(
      pick(
        [
          { value: 'x1', text: 'CA' },
          { value: 'x2', text: 'NY' },
        ],
        'region',
        'California',
      ),
    ).toBe('CA');
    expect(pick(STATE_SELECT, 'region', 'Ontario')).toBeNull();
  });

  it("takes a state list's option for those outside its country when the person lives in another", () => {
    const options = (...texts: string[]) => texts.map((text) => ({ value: text, text }));
    const australian = options(
      'New South Wales',
      'Victoria',
      'Queensland',
      'Western Australia',
      'South Australia',
      'Tasmania',
      'Australian Capital Territory',
      'Northern Territory',
      'Outside Australia',
    );
    const californian = { ...USER, region: 'California', country: 'United States' };
    expect(pick(australian, 'region', 'California', californian)).toBe('Outside Australia');
    // An option for those outside the person's own country is not theirs.
    const american = options('Alabama', 'Colorado', 'New York', 'Outside the US');
    expect(pick(american, 'region', 'California', californian)).toBeNull();
    // The person's own state comes first.
    expect(pick(options('California', 'Outside Australia'), 'region', 'California', californian)).toBe('California');
  });
});

describe('several options holding the words', () => {
  it('takes the one that begins with the value', () => {
    const places = [
      { value: '', text: 'South San Francisco, California, United States' },
      { value: '', text: 'San Francisco, California, United States' },
    ];
    expect(resolveChoice(places, 'location', 'San Francisco')).toBe(1);
  });

  it("else the one with a part that is the value whole (a cascader's path)", () => {
    const paths = [
      { value: '', text: 'United States / California / South San Francisco' },
      { value: '', text: 'United States / California / San Francisco' },
    ];
    expect(resolveChoice(paths, 'location', 'San Francisco')).toBe(1);
    expect(resolveChoice(paths, 'location', 'Francisco')).toBe(-1);
  });
});

describe('resolveChoice: how to provide the resume', () => {
  it('picks the upload for someone with a resume file, never a declined or later one', () => {
    const ways = [
      'Upload a resume file (recommended)',
      'Copy and paste my resume as text',
      'I do not want to provide a resume now',
    ].map((text) => ({ value: text, text }));
    expect(resolveChoice(ways, 'resume_upload', 'upload')).toBe(0);
    const later = ['I will upload my resume later', 'Paste it'].map((text) => ({ value: text, text }));
    expect(resolveChoice(later, 'resume_upload', 'upload')).toBe(-1);
  });
});
