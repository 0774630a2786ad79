/**
 * How the options page shows each value the user holds (label, group, kind of input, example) and
 * the readable name the popup uses for a canonical. Kept apart from profile-values.ts so the
 * content script's bundle carries none of these words.
 */
import type { ProfileValueName } from './profile-values.ts';

/** The options page's groups, in page order. */
export const PROFILE_GROUPS = ['identity', 'contact', 'address', 'links', 'work', 'answers', 'documents'] as const;
export type ProfileGroup = (typeof PROFILE_GROUPS)[number];

/**
 * The control a value gets: a text input of an HTML type, digits only, a date picker, an ISO
 * currency select, a pay-period select, a yes/no select, or a long text.
 */
export type FieldKind =
  'text' | 'email' | 'tel' | 'url' | 'digits' | 'date' | 'currency' | 'pay_period' | 'yes_no' | 'long_text';

/** One value's presentation. */
export interface ProfileField {
  label: string;
  group: ProfileGroup;
  kind: FieldKind;
  /** Shown in the empty input. */
  example?: string;
  /** Offered as the user types (a datalist); any other text is fine too. */
  suggestions?: 'pronouns' | 'countries';
}

/** Every value the user can hold, in the page's order within its group; the type refuses a missing one. */
export const PROFILE_FIELDS: Readonly<Record<ProfileValueName, ProfileField>> = {
  first_name: { label: 'First name', group: 'identity', kind: 'text' },
  last_name: { label: 'Last name', group: 'identity', kind: 'text' },
  full_name: { label: 'Full name', group: 'identity', kind: 'text' },
  pronouns: { label: 'Pronouns', group: 'identity', kind: 'text', suggestions: 'pronouns' },
  email: { label: 'Email', group: 'contact', kind: 'email', example: 'name@example.com' },
  phone: { label: 'Phone', group: 'contact', kind: 'tel', example: '+1 415 555 0134' },
  phone_country_code: { label: 'Phone country code', group: 'contact', kind: 'tel', example: '+1' },
  address_line1: { label: 'Street address', group: 'address', kind: 'text' },
  city: { label: 'City', group: 'address', kind: 'text' },
  region: { label: 'State / region', group: 'address', kind: 'text' },
  postal_code: { label: 'Postal code', group: 'address', kind: 'text' },
  country: { label: 'Country', group: 'address', kind: 'text', suggestions: 'countries' },
  location: { label: 'Location', group: 'address', kind: 'text', example: 'Berlin, Germany' },
  linkedin_url: { label: 'LinkedIn URL', group: 'links', kind: 'url', example: 'https://www.linkedin.com/in/…' },
  github_url: { label: 'GitHub URL', group: 'links', kind: 'url', example: 'https://github.com/…' },
  portfolio_url: { label: 'Portfolio URL', group: 'links', kind: 'url', example: 'https://…' },
  website: { label: 'Website', group: 'links', kind: 'url', example: 'https://…' },
  current_company: { label: 'Current company', group: 'work', kind: 'text' },
  current_title: { label: 'Current title', group: 'work', kind: 'text' },
  years_experience: { label: 'Years of experience', group: 'work', kind: 'digits', example: '7' },
  school: { label: 'School', group: 'work', kind: 'text' },
  degree: { label: 'Degree', group: 'work', kind: 'text', example: 'Bachelor of Science' },
  salary_expectation: { label: 'Salary expectation', group: 'answers', kind: 'digits', example: '150000' },
  salary_currency: { label: 'Salary currency', group: 'answers', kind: 'currency' },
  salary_period: { label: 'Salary period', group: 'answers', kind: 'pay_period' },
  start_date: { label: 'Start date', group: 'answers', kind: 'date' },
  work_authorization: { label: 'Authorized to work', group: 'answers', kind: 'yes_no' },
  sponsorship: { label: 'Needs visa sponsorship', group: 'answers', kind: 'yes_no' },
  currently_employed: { label: 'Currently employed', group: 'answers', kind: 'yes_no' },
  cover_letter: { label: 'Cover letter', group: 'documents', kind: 'long_text' },
};

/** Pronouns offered as the user types. */
export const PRONOUN_SUGGESTIONS = ['she/her', 'he/him', 'they/them', 'she/they', 'he/they', 'any pronouns'] as const;

/** Canonicals that are files, not values (the SDK may still name them as missing). */
const FILE_LABELS: Readonly<Record<string, string>> = { resume_upload: 'Resume file' };

/**
 * A canonical as a person reads it: the options page's label, else the snake_case name in words
 * (server maps may name canonicals this demo does not hold).
 *
 * @example fieldLabel('start_date') === 'Start date'; fieldLabel('notice_period') === 'Notice period'
 */
export function fieldLabel(canonical: string): string {
  if (Object.hasOwn(PROFILE_FIELDS, canonical)) return PROFILE_FIELDS[canonical as ProfileValueName].label;
  if (Object.hasOwn(FILE_LABELS, canonical)) return FILE_LABELS[canonical] ?? canonical;
  const words = canonical.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
