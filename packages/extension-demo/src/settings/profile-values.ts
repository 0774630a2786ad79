/**
 * The user's own profile values (canonical → value), kept in `browser.storage.local` on this device
 * only. The content script reads them to fill; they never go into an event, a message to the
 * server, or a log. Checked by hand rather than with zod/mini, which would be ~4.5 KB gzipped of
 * a content script that must stay under 20 KB.
 */

/** Storage key of the values object. */
export const PROFILE_VALUES_KEY = 'demo.profileValues.v1';

/** The fields the options page offers, in display order, with their labels. */
export const PROFILE_FIELDS = [
  ['first_name', 'First name'],
  ['last_name', 'Last name'],
  ['full_name', 'Full name'],
  ['email', 'Email'],
  ['phone', 'Phone'],
  ['city', 'City'],
  ['location', 'Location (e.g. "Berlin, Germany")'],
  ['country', 'Country'],
  ['linkedin_url', 'LinkedIn URL'],
  ['github_url', 'GitHub URL'],
  ['portfolio_url', 'Portfolio URL'],
  ['website', 'Website'],
  ['current_company', 'Current company'],
  ['current_title', 'Current title'],
  ['years_experience', 'Years of experience'],
  ['pronouns', 'Pronouns'],
] as const;

/** One of the canonical names the options page edits. */
export type ProfileFieldName = (typeof PROFILE_FIELDS)[number][0];

const PROFILE_FIELD_NAMES: ReadonlySet<string> = new Set(PROFILE_FIELDS.map(([name]) => name));

/** Longest value kept, in UTF-16 code units. */
const MAX_VALUE_LENGTH = 2_000;

/** An object of strings, none longer than MAX_VALUE_LENGTH: anything else is not our values object. */
function isStoredValues(raw: unknown): raw is Record<string, string> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  return Object.values(raw).every((value) => typeof value === 'string' && value.length <= MAX_VALUE_LENGTH);
}

/** The user's values, keeping known, non-empty, trimmed entries only; none when the stored object is malformed. Never throws. */
export function parseProfileValues(raw: unknown): Partial<Record<ProfileFieldName, string>> {
  if (!isStoredValues(raw)) return {};
  const out: Partial<Record<ProfileFieldName, string>> = {};
  for (const [name, value] of Object.entries(raw)) {
    const trimmed = value.trim();
    if (PROFILE_FIELD_NAMES.has(name) && trimmed !== '') out[name as ProfileFieldName] = trimmed;
  }
  return out;
}
