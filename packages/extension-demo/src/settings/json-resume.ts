/**
 * JSON Resume (https://jsonresume.org/schema, v1) → the user's values. Pure: the options page
 * reads the text, this maps it, and the page writes the result once, only when nothing was wrong.
 *
 * JSON Resume lacks most application answers, so a document may carry them in a top-level
 * `x-companion` object (JSON Resume's convention for extensions): `{ <canonical>: value }` for any
 * value the user holds. Those win over what is read from the resume itself.
 *
 *   basics.name ─► full_name, first_name + last_name (split on the last space)
 *   basics.email / phone / url / label ─► email / phone / website / current_title (unless a job names one)
 *   basics.location ─► address_line1, postal_code, city, region, country (name of countryCode), location
 *   basics.profiles[network] ─► linkedin_url, github_url, portfolio_url
 *   work[] ─► current_company, current_title (current job), years_experience (from the dates)
 *   education[] ─► school, degree (latest entry)
 *   basics.summary, current work[] summary + highlights ─► the draft material (draft-material.ts)
 */
import { countryNameOf } from './country-names.ts';
import { draftMaterialOf, type DraftMaterial } from './draft-material.ts';
import { isJsonObject, pathOf, readObject, readObjects, readText, type JsonPlace } from './json-fields.ts';
import { isProfileValueName, isYesNoAnswer, type ProfileValueName, type ProfileValues } from './profile-values.ts';
import { checkValue, problemText } from './value-checks.ts';
import { currentWork, endsBeforeStart, RESUME_DATE, yearsOfExperience, type WorkEntry } from './work-history.ts';

/** The top-level key of the application answers JSON Resume lacks. */
export const X_COMPANION = 'x-companion';

/** Largest document read: a resume with a long cover letter is ~20 KB, so 512 KB is surely something else. */
export const MAX_JSON_RESUME_BYTES = 512 * 1024;

/** Profile networks (case-insensitive) and the value their URL becomes. */
const NETWORKS: Readonly<Record<string, { value: ProfileValueName; base?: string }>> = {
  linkedin: { value: 'linkedin_url', base: 'https://www.linkedin.com/in/' },
  github: { value: 'github_url', base: 'https://github.com/' },
  portfolio: { value: 'portfolio_url' },
};

/** What a document gave: every value it names and what was wrong with it. */
export interface JsonResumeMapping {
  values: ProfileValues;
  problems: string[];
}

/** The values of a document, or everything wrong with it (then nothing may be stored). */
export type JsonResumeImport =
  { ok: true; values: ProfileValues; draftMaterial: DraftMaterial | undefined } | { ok: false; problems: string[] };

/** One value found, with the document path a problem with it should name. */
interface Found {
  value: string;
  path: string;
}
type FoundValues = Map<ProfileValueName, Found>;

function put(found: FoundValues, name: ProfileValueName, value: string | undefined, path: string): void {
  if (value !== undefined) found.set(name, { value, path });
}

function readBasics(top: JsonPlace, found: FoundValues): void {
  const basics = readObject(top, 'basics');
  if (!basics) return;
  const name = readText(basics, 'name');
  put(found, 'full_name', name, 'basics.name');
  const split = name?.lastIndexOf(' ') ?? -1;
  if (name !== undefined && split > 0) {
    put(found, 'first_name', name.slice(0, split), 'basics.name');
    put(found, 'last_name', name.slice(split + 1), 'basics.name');
  } else put(found, 'first_name', name, 'basics.name');
  put(found, 'email', readText(basics, 'email'), 'basics.email');
  put(found, 'phone', readText(basics, 'phone'), 'basics.phone');
  put(found, 'website', readText(basics, 'url'), 'basics.url');
  put(found, 'current_title', readText(basics, 'label'), 'basics.label');
  readLocation(basics, found);
  for (const profile of readObjects(basics, 'profiles')) {
    const key = readText(profile, 'network')?.toLowerCase() ?? '';
    const network = Object.hasOwn(NETWORKS, key) ? NETWORKS[key] : undefined;
    const url = readText(profile, 'url');
    const username = readText(profile, 'username');
    if (!network) continue;
    if (url !== undefined) put(found, network.value, url, `${profile.path}.url`);
    else if (username !== undefined && network.base !== undefined)
      put(found, network.value, network.base + username, `${profile.path}.username`);
  }
}

function readLocation(basics: JsonPlace, found: FoundValues): void {
  const location = readObject(basics, 'location');
  if (!location) return;
  // A multi-line address: forms ask for its first line.
  put(
    found,
    'address_line1',
    readText(location, 'address')?.split('\n')[0]?.trim() || undefined,
    `${location.path}.address`,
  );
  put(found, 'postal_code', readText(location, 'postalCode'), `${location.path}.postalCode`);
  const city = readText(location, 'city');
  const region = readText(location, 'region');
  put(found, 'city', city, `${location.path}.city`);
  put(found, 'region', region, `${location.path}.region`);
  const code = readText(location, 'countryCode');
  const country = code === undefined ? undefined : countryNameOf(code);
  if (code !== undefined && country === undefined)
    location.problems.push(`${location.path}.countryCode must be a two-letter country code like US or DE.`);
  put(found, 'country', country, `${location.path}.countryCode`);
  const place = [city, region, country].filter((part) => part !== undefined).join(', ');
  put(found, 'location', place || undefined, location.path);
}

function readDate(entry: JsonPlace, key: string): string | undefined {
  const date = readText(entry, key);
  if (date === undefined || RESUME_DATE.test(date)) return date;
  entry.problems.push(`${pathOf(entry, key)} must be a date like 2019-04 or 2019-04-15.`);
  return undefined;
}

function readWork(top: JsonPlace, found: FoundValues, today: Date): void {
  const entries = readObjects(top, 'work').map((place) => {
    const entry: WorkEntry & { path: string } = { path: place.path };
    // `company` is JSON Resume's name for it before v1.
    const company = readText(place, 'name') ?? readText(place, 'company');
    const position = readText(place, 'position');
    const startDate = readDate(place, 'startDate');
    const endDate = readDate(place, 'endDate');
    if (company !== undefined) entry.company = company;
    if (position !== undefined) entry.position = position;
    if (startDate !== undefined) entry.startDate = startDate;
    if (endDate !== undefined) entry.endDate = endDate;
    if (endsBeforeStart(entry)) place.problems.push(`${place.path}.endDate is before its startDate.`);
    return entry;
  });
  const current = currentWork(entries);
  if (current) {
    put(found, 'current_company', current.company, `${current.path}.name`);
    put(found, 'current_title', current.position, `${current.path}.position`);
  }
  const years = yearsOfExperience(entries, today);
  put(found, 'years_experience', years === undefined ? undefined : String(years), 'work');
}

function readEducation(top: JsonPlace, found: FoundValues): void {
  const entries = readObjects(top, 'education').map((place) => {
    const [institution, studyType] = [readText(place, 'institution'), readText(place, 'studyType')];
    const [startDate, endDate] = [readDate(place, 'startDate'), readDate(place, 'endDate')];
    return { place, institution, studyType, latest: endDate ?? startDate ?? '' };
  });
  // Latest first; undated entries keep list order after dated ones (the newest is listed first).
  let latest = entries[0];
  for (const entry of entries) if (latest && entry.latest > latest.latest) latest = entry;
  if (!latest) return;
  put(found, 'school', latest.institution, `${latest.place.path}.institution`);
  put(found, 'degree', latest.studyType, `${latest.place.path}.studyType`);
}

function readExtension(top: JsonPlace, found: FoundValues): void {
  const extension = readObject(top, X_COMPANION);
  if (!extension) return;
  for (const [key, raw] of Object.entries(extension.object)) {
    const path = `${X_COMPANION}.${key}`;
    if (!isProfileValueName(key)) {
      extension.problems.push(`${path} is not a value Companion holds (see the demo README for the list).`);
      continue;
    }
    if (raw === null) continue;
    if (typeof raw === 'boolean' && isYesNoAnswer(key)) put(found, key, raw ? 'yes' : 'no', path);
    else if (typeof raw === 'string') put(found, key, raw.trim() || undefined, path);
    else if (typeof raw === 'number' && Number.isFinite(raw)) put(found, key, String(raw), path);
    else extension.problems.push(`${path} must be text or a number (yes/no answers may be true or false).`);
  }
}

/** A national phone made international with the stated country code: '(912) 555-4321' + '+1' → '+1 (912) 555-4321'. */
function internationalPhone(found: FoundValues): void {
  const phone = found.get('phone');
  const code = found.get('phone_country_code')?.value;
  if (!phone || /^(\+|00)/.test(phone.value) || !code?.startsWith('+')) return;
  found.set('phone', { ...phone, value: `${code} ${phone.value.replace(/^0/, '')}` });
}

/**
 * Every value a document names, checked, and what was wrong with it. The export uses this to find
 * which values the resume part alone would not give back; importers want {@link jsonResumeToValues}.
 */
export function mapJsonResume(document: unknown, today: Date): JsonResumeMapping {
  if (!isJsonObject(document))
    return { values: {}, problems: ['The document must be a JSON object (a JSON Resume document).'] };
  if (!['basics', 'work', 'education', X_COMPANION].some((key) => Object.hasOwn(document, key))) {
    return {
      values: {},
      problems: [`This is not a JSON Resume document: it has none of basics, work, education or ${X_COMPANION}.`],
    };
  }
  const top: JsonPlace = { object: document, path: '', problems: [] };
  const found: FoundValues = new Map();
  readBasics(top, found);
  readWork(top, found, today);
  readEducation(top, found);
  readExtension(top, found);
  internationalPhone(found);
  const values: ProfileValues = {};
  for (const [name, { value, path }] of found) {
    const checked = checkValue(name, value);
    if (!checked.ok) top.problems.push(`${path}: ${problemText(name, checked.problem)}`);
    else if (checked.value !== '') values[name] = checked.value;
  }
  return { values, problems: top.problems };
}

/**
 * The values of a JSON Resume document (+ `x-companion`), or every problem found. `today` dates
 * ongoing jobs for years_experience.
 *
 * @example jsonResumeToValues({ basics: { name: 'Ada Lovelace' } }, new Date())
 *   → { ok: true, values: { full_name: 'Ada Lovelace', first_name: 'Ada', last_name: 'Lovelace' } }
 */
export function jsonResumeToValues(document: unknown, today: Date): JsonResumeImport {
  const { values, problems } = mapJsonResume(document, today);
  if (problems.length > 0) return { ok: false, problems };
  const draftMaterial = draftMaterialOf(document);
  if (Object.keys(values).length === 0 && draftMaterial === undefined) {
    return { ok: false, problems: ['The document holds no value Companion can use.'] };
  }
  return { ok: true, values, draftMaterial };
}

/** Why a document of `bytes` bytes is not read, or undefined when it may be. */
export function documentSizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_JSON_RESUME_BYTES) return undefined;
  return `The document is ${Math.ceil(bytes / 1024)} KB; the limit is ${MAX_JSON_RESUME_BYTES / 1024} KB.`;
}

/** {@link jsonResumeToValues} of a document's text: size, then JSON syntax, then content. */
export function readJsonResumeText(text: string, today: Date): JsonResumeImport {
  const tooLarge = documentSizeProblem(new TextEncoder().encode(text).length);
  if (tooLarge !== undefined) return { ok: false, problems: [tooLarge] };
  if (text.trim() === '')
    return { ok: false, problems: ['The document is empty: paste or choose a JSON Resume file.'] };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [`The document is not valid JSON (${error instanceof Error ? error.message : 'syntax error'}).`],
    };
  }
  return jsonResumeToValues(document, today);
}
