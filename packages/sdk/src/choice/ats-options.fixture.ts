/**
 * Option lists as job-application forms render them, for the resolver's tests: Greenhouse-style native
 * selects (placeholder first, answer ids as values), Lever radios (the text as value), Workday
 * listboxes (no values), Ashby radios (uuid values), and a phone picker's country list.
 */
import type { Choice } from '../fill/match-choice.ts';
import type { UserProfileValues } from '../edits/profile-values.ts';

/** A native select: an empty-valued prompt, then options whose values are numeric answer ids. */
function greenhouseSelect(prompt: string, ...texts: string[]): Choice[] {
  return [{ value: '', text: prompt }, ...texts.map((text, index) => ({ value: String(40_120_000 + index), text }))];
}

/** Radios whose value is their text. */
function leverRadios(...texts: string[]): Choice[] {
  return texts.map((text) => ({ value: text, text }));
}

/** A custom listbox read from the DOM: texts only. */
function workdayListbox(...texts: string[]): Choice[] {
  return texts.map((text) => ({ value: '', text }));
}

/** Radios with uuid values. */
function ashbyRadios(...texts: string[]): Choice[] {
  return texts.map((text, index) => ({ value: `7f3c2a10-5b4e-4c1d-9e8f-00000000000${index}`, text }));
}

/** The user of the brief: values as people write them. */
export const USER: UserProfileValues = {
  first_name: 'Jane',
  last_name: 'Doe',
  email: 'jane@example.com',
  country: 'United States',
  phone: '+1 415 555 0134',
  phone_country_code: '+1',
  city: 'San Francisco',
  region: 'California',
  years_experience: '7',
  salary_expectation: '120000',
  salary_currency: 'USD',
  work_authorization: 'yes',
  sponsorship: 'no',
  pronouns: 'she/her',
  degree: "Bachelor's",
};

export const GREENHOUSE_COUNTRY: Choice[] = [
  { value: '', text: 'Please select' },
  ...['Canada', 'Germany', 'India', 'United Kingdom', 'United States', 'United States Minor Outlying Islands'].map(
    (text) => ({
      value: text,
      text,
    }),
  ),
];
export const ISO_CODE_COUNTRY: Choice[] = [
  { value: '', text: 'Select a country' },
  { value: 'CA', text: 'Canada' },
  { value: 'DE', text: 'Germany' },
  { value: 'GB', text: 'United Kingdom of Great Britain and Northern Ireland (the)' },
  { value: 'KR', text: 'Korea (the Republic of)' },
  { value: 'KP', text: "Korea (the Democratic People's Republic of)" },
  { value: 'US', text: 'United States of America (the)' },
  { value: 'UM', text: 'United States Minor Outlying Islands (the)' },
];
export const FLAG_COUNTRY: Choice[] = workdayListbox(
  '🇨🇦 Canada',
  '🇩🇪 Germany',
  '🇬🇧 United Kingdom',
  '🇺🇸 United States',
);

export const PHONE_CODE_SELECT: Choice[] = greenhouseSelect('Code', '+1', '+7', '+44', '+49', '+91');
export const PHONE_COUNTRY_SELECT: Choice[] = greenhouseSelect(
  'Country code',
  'Canada (+1)',
  'Germany (+49)',
  'United Kingdom (+44)',
  'United States (+1)',
);
/** react-phone-number-input's picker: ISO values, country names as text, "ZZ" for International. */
export const PHONE_INPUT_PICKER: Choice[] = [
  { value: 'ZZ', text: 'International' },
  { value: 'AG', text: 'Antigua and Barbuda' },
  { value: 'CA', text: 'Canada' },
  { value: 'DE', text: 'Germany' },
  { value: 'GB', text: 'United Kingdom' },
  { value: 'US', text: 'United States' },
];

export const YEARS_BUCKETS: Choice[] = greenhouseSelect(
  'Select...',
  '0-1 years',
  '1-3 years',
  '3-5 years',
  '5-10 years',
  '10+ years',
);
export const YEARS_PLUS: Choice[] = workdayListbox('1+', '3+', '5+', '7+', '10+');
export const YEARS_WORDS: Choice[] = leverRadios(
  'Less than 1 year',
  '1 - 2 years',
  '3 to 5 years',
  '6+ years',
  'More than 10 years',
);
export const SALARY_BANDS: Choice[] = greenhouseSelect(
  'Select...',
  'Under $50,000',
  '$50,000 - $100,000',
  '$100,000 - $150,000',
  '$150,000+',
);
export const SALARY_K: Choice[] = workdayListbox('80k-100k', '100k-120k', '120K', '120k-140k', '140k+');

export const YES_NO_SELECT: Choice[] = greenhouseSelect('Select...', 'Yes', 'No');
export const YES_NO_RADIOS: Choice[] = leverRadios('Yes', 'No');
export const YES_NO_LISTBOX: Choice[] = workdayListbox('Select One', 'Yes', 'No');
export const AUTHORIZATION_SENTENCES: Choice[] = ashbyRadios(
  'Yes, I am authorized to work in the US',
  'No, I am not authorized to work in the US',
  'Decline to answer',
);
export const SPONSORSHIP_SENTENCES: Choice[] = ashbyRadios(
  'I will require sponsorship now or in the future',
  'I do not require sponsorship',
  'Prefer not to say',
);
export const SPONSORSHIP_VISA: Choice[] = leverRadios('Yes - I will need a visa', "No - I don't need a visa");

export const PRONOUN_SELECT: Choice[] = greenhouseSelect(
  'Select...',
  'He/him/his',
  'She/her/hers',
  'They/them/theirs',
  'She/they',
  'Prefer not to say',
  'Other',
);
export const CURRENCY_SELECT: Choice[] = greenhouseSelect(
  'Currency',
  'US Dollar (USD)',
  'Euro (€)',
  'British Pound (£)',
  'Canadian Dollar (CAD)',
);
export const DEGREE_SELECT: Choice[] = greenhouseSelect(
  'Select...',
  'High School or equivalent',
  "Associate's Degree",
  "Bachelor's Degree",
  "Master's Degree",
  'MBA',
  'Doctorate',
  'Other',
);
export const STATE_SELECT: Choice[] = [
  { value: '', text: 'State' },
  { value: 'AZ', text: 'Arizona' },
  { value: 'CA', text: 'California' },
  { value: 'CO', text: 'Colorado' },
  { value: 'NY', text: 'New York' },
];
export const CITY_SELECT: Choice[] = workdayListbox('New York, NY', 'San Francisco, CA', 'Seattle, WA', 'Remote');
