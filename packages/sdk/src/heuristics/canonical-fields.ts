/**
 * The canonical field names the SDK knows for job applications: what a field means, never what it
 * holds. Server maps and local corrections may use other snake_case names; heuristics and the
 * autocomplete mapping only ever produce these.
 */
export const CANONICAL_FIELDS = [
  'first_name',
  'last_name',
  'full_name',
  'email',
  'phone',
  'phone_country_code',
  'address_line1',
  'city',
  'region',
  'postal_code',
  'location',
  'country',
  'linkedin_url',
  'github_url',
  'portfolio_url',
  'website',
  'current_company',
  'current_title',
  'years_experience',
  'salary_expectation',
  'salary_currency',
  'salary_period',
  'start_date',
  'work_authorization',
  'sponsorship',
  'currently_employed',
  'pronouns',
  'school',
  'degree',
  'cover_letter',
  'resume_upload',
] as const;

/** One of {@link CANONICAL_FIELDS}. */
export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

/** Links more particular than a web page of the person's own. */
export const PARTICULAR_LINKS: ReadonlySet<string> = new Set<CanonicalField>([
  'linkedin_url',
  'github_url',
  'portfolio_url',
]);
/** Links one box may ask for either of: a website and a portfolio. */
export const EITHER_LINKS: ReadonlySet<string> = new Set<CanonicalField>(['website', 'portfolio_url']);
/** Every link of the person's: a label may offer one box for two of them ("GitHub or portfolio URL"). */
export const LINKS: ReadonlySet<string> = new Set<string>([...PARTICULAR_LINKS, ...EITHER_LINKS]);

/** The reserved canonical of a "leave this field alone" vote; the wire contract owns it (zod-free module). */
export { LEAVE_ALONE } from '../protocol/leave-alone.ts';
