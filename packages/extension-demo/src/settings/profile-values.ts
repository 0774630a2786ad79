/**
 * The user's own profile values (canonical → value), kept in `browser.storage.local` on this device
 * only. The content script reads them to fill; they never go into an event, a message to the
 * server, or a log. Checked by hand rather than with zod/mini, which would be ~4.5 KB gzipped of
 * a content script that must stay under 20 KB. Labels, groups and input kinds live in
 * profile-fields.ts, so the content bundle carries names only.
 */
import { CANONICAL_FIELDS, type CanonicalField } from '@companion-autofill/sdk/content';

/** Storage key of the values object: flat `{ <canonical>: string }`. */
export const PROFILE_VALUES_KEY = 'demo.profileValues.v1';

/** Every canonical a user can hold a value for: the SDK's CANONICAL_FIELDS, in its order, except the resume file (resume-file.ts). */
export const PROFILE_VALUE_NAMES = CANONICAL_FIELDS.filter(
  (name): name is ProfileValueName => name !== 'resume_upload',
);

/** One of the canonicals a user holds a value for. */
export type ProfileValueName = Exclude<CanonicalField, 'resume_upload'>;

/** The user's values: only non-empty, trimmed strings. */
export type ProfileValues = Partial<Record<ProfileValueName, string>>;

const NAMES: ReadonlySet<string> = new Set(PROFILE_VALUE_NAMES);

/** True for a canonical the user can hold a value for. */
export function isProfileValueName(name: string): name is ProfileValueName {
  return NAMES.has(name);
}

const YES_NO_ANSWERS: ReadonlySet<ProfileValueName> = new Set([
  'work_authorization',
  'sponsorship',
  'currently_employed',
]);

/** True for a value that answers a yes/no question: stored as `yes` or `no`. */
export function isYesNoAnswer(name: ProfileValueName): boolean {
  return YES_NO_ANSWERS.has(name);
}

/** Longest value kept, in UTF-16 code units. @default 2000 */
export const MAX_VALUE_LENGTH = 2_000;

/** Longest cover letter kept: a letter runs to a page or two. */
export const MAX_COVER_LETTER_LENGTH = 5_000;

/** Longest value kept for `name`. */
export function maxLengthOf(name: string): number {
  return name === 'cover_letter' ? MAX_COVER_LETTER_LENGTH : MAX_VALUE_LENGTH;
}

/** An object of strings, none longer than its cap: anything else is not our values object. */
function isStoredValues(raw: unknown): raw is Record<string, string> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  return Object.entries(raw).every(([name, value]) => typeof value === 'string' && value.length <= maxLengthOf(name));
}

/** The user's values, keeping known, non-empty, trimmed entries only; none when the stored object is malformed. Never throws. */
export function parseProfileValues(raw: unknown): ProfileValues {
  if (!isStoredValues(raw)) return {};
  const out: ProfileValues = {};
  for (const [name, value] of Object.entries(raw)) {
    const trimmed = value.trim();
    if (isProfileValueName(name) && trimmed !== '') out[name] = trimmed;
  }
  return out;
}
