/**
 * The job seeker every accuracy run fills forms for: one complete profile as the demo extension
 * stores it (`demo.profileValues.v1`, flat canonical → string, one value for every canonical the
 * SDK knows) and a resume file (`demo.resumeFile.v1`). The truth files spell their expected values
 * out from these; change a value here and the truth files must follow.
 *
 * The values carry distinctive strings (canaries) so the leak check can prove that nothing filled
 * or typed reached the wire, the server's database or its logs. Values a page might legitimately
 * show on its own (a city, a country, "yes") are realistic rather than distinctive, and are not
 * needles.
 */
import type { CanonicalField } from '../../packages/sdk/src/heuristics/canonical-fields.ts';
import { base64Needle, minimalPdf } from './support/minimal-pdf.ts';

/** Canonicals that are values a person holds (a file is not a string value). */
type ValueCanonical = Exclude<CanonicalField, 'resume_upload'>;

/** The user's own values, canonical → value, for every canonical the SDK knows. */
export const PROFILE_VALUES: Readonly<Record<ValueCanonical, string>> = {
  first_name: 'Ysoldine',
  last_name: 'Quarrington',
  full_name: 'Ysoldine Quarrington',
  email: 'ysoldine.q.zx7k@example.test',
  phone: '+1 415 555 0134',
  phone_country_code: '+1',
  address_line1: '2471 Quillfeather Lane',
  city: 'San Francisco',
  region: 'California',
  postal_code: '94110',
  location: 'San Francisco, CA',
  country: 'United States',
  linkedin_url: 'https://www.linkedin.com/in/ysoldine-q-zx7k',
  github_url: 'https://github.com/ysoldine-zx7k',
  portfolio_url: 'https://ysoldine-zx7k.example.test/work',
  website: 'https://ysoldine-zx7k.example.test',
  current_company: 'Brackenfold Analytics',
  current_title: 'Senior Data Engineer',
  years_experience: '7',
  salary_expectation: '150000',
  salary_currency: 'USD',
  salary_period: 'year',
  start_date: '2027-01-15',
  work_authorization: 'yes',
  sponsorship: 'no',
  currently_employed: 'yes',
  pronouns: 'she/her',
  school: 'University of California, Berkeley',
  degree: "Bachelor's Degree",
  cover_letter:
    'Dear hiring team, I build reliable data platforms and would love to bring that to your team. ' +
    'At Brackenfold I lead the kestrel-lantern pipeline rebuild that cut nightly batch time in half. ' +
    'I look forward to talking with you.',
};

/** The resume as the demo stores it: name, MIME type, base64 bytes and size. */
export interface StoredResumeFile {
  name: string;
  type: string;
  base64: string;
  size: number;
}

const RESUME_BYTES = minimalPdf('Ysoldine Quarrington - Senior Data Engineer - resume');

/** The resume file in `demo.resumeFile.v1`: a tiny valid PDF. */
export const RESUME_FILE: StoredResumeFile = {
  name: 'Ysoldine_Quarrington_Resume.pdf',
  type: 'application/pdf',
  base64: RESUME_BYTES.toString('base64'),
  size: RESUME_BYTES.length,
};

/** The bytes of the resume, for a person attaching it by hand. */
export const RESUME_CONTENT: Buffer = RESUME_BYTES;

/**
 * Substrings whose presence anywhere outside the browser would mean a value leaked; each is unique
 * to this profile (names, email, phone digits in three spellings, street, URLs, employer, the cover
 * letter, and the resume's text as its base64 carries it).
 */
export const PROFILE_NEEDLES = [
  'Ysoldine',
  'Quarrington',
  'zx7k',
  '555 0134',
  '5550134',
  '555-0134',
  'Quillfeather',
  'Brackenfold',
  'kestrel-lantern',
  base64Needle(RESUME_BYTES, 'Ysoldine Quarrington - Senior'),
] as const;

/** The needles found in `haystack` (case-insensitive; also the URL-encoded and form-encoded spellings). */
export function leakedProfileNeedles(haystack: string): string[] {
  const lower = haystack.toLowerCase();
  return PROFILE_NEEDLES.filter((needle) => {
    const forms = [needle, encodeURIComponent(needle), needle.replaceAll(' ', '+')].map((form) => form.toLowerCase());
    return forms.some((form) => lower.includes(form));
  });
}
