/**
 * The user's own profile values (canonical → value), kept in `browser.storage.local` on this device
 * only. The content script reads them to fill; they never go into an event, a message to the
 * server, or a log.
 */
import * as z from 'zod/mini';

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

const StoredValues = z.record(z.string(), z.string().check(z.maxLength(2_000)));

/** The user's values, keeping known, non-empty, trimmed entries only. Never throws. */
export function parseProfileValues(raw: unknown): Partial<Record<ProfileFieldName, string>> {
  const parsed = StoredValues.safeParse(raw ?? {});
  if (!parsed.success) return {};
  const out: Partial<Record<ProfileFieldName, string>> = {};
  for (const [name, value] of Object.entries(parsed.data)) {
    const trimmed = value.trim();
    if (PROFILE_FIELD_NAMES.has(name) && trimmed !== '') out[name as ProfileFieldName] = trimmed;
  }
  return out;
}
