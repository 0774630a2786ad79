/**
 * The user's values → a JSON Resume document (+ `x-companion`), the format the import reads.
 * Everything JSON Resume can say goes where JSON Resume says it; every value the resume part alone
 * would not give back on import (answers, a first name that is not the name's first word, a
 * country without an ISO code, …) goes into `x-companion`. So importing an export gives the same
 * values back.
 */
import { countryCodeOf } from './country-names.ts';
import type { DraftMaterial } from './draft-material.ts';
import { mapJsonResume, X_COMPANION } from './json-resume.ts';
import { PROFILE_VALUE_NAMES, type ProfileValues } from './profile-values.ts';

/** The JSON Resume schema an export names. */
export const JSON_RESUME_SCHEMA = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

/** A JSON object whose empty members are left out. */
type JsonRecord = Record<string, unknown>;

/** `fields` without undefined members, or undefined when none is left. */
function compact(fields: Record<string, unknown>): JsonRecord | undefined {
  const out = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return Object.keys(out).length === 0 ? undefined : out;
}

/** The last path segment of a profile URL ('https://github.com/ada/' → 'ada'), for `username`. */
function usernameOf(url: string): string | undefined {
  try {
    return new URL(url).pathname
      .split('/')
      .filter((segment) => segment !== '')
      .pop();
  } catch {
    return undefined;
  }
}

function profiles(values: ProfileValues): JsonRecord[] | undefined {
  const out = [
    ['LinkedIn', values.linkedin_url],
    ['GitHub', values.github_url],
    ['Portfolio', values.portfolio_url],
  ].flatMap(([network, url]) =>
    url === undefined
      ? []
      : [compact({ network, username: network === 'Portfolio' ? undefined : usernameOf(url), url }) ?? {}],
  );
  return out.length === 0 ? undefined : out;
}

/** The JSON Resume part: what the schema itself can hold. */
function resumePart(values: ProfileValues, material: DraftMaterial | undefined): JsonRecord {
  const name =
    values.full_name ??
    ([values.first_name, values.last_name].filter((part) => part !== undefined).join(' ') || undefined);
  const location = compact({
    address: values.address_line1,
    postalCode: values.postal_code,
    city: values.city,
    region: values.region,
    countryCode: values.country === undefined ? undefined : countryCodeOf(values.country),
  });
  const basics = compact({
    name,
    label: values.current_title,
    email: values.email,
    phone: values.phone,
    url: values.website,
    location,
    profiles: profiles(values),
    summary: material?.summary || undefined,
  });
  const highlights = material?.highlights.length ? material.highlights : undefined;
  const work = compact({ name: values.current_company, position: values.current_title, highlights });
  const education = compact({ institution: values.school, studyType: values.degree });
  return {
    $schema: JSON_RESUME_SCHEMA,
    ...(basics === undefined ? {} : { basics }),
    ...(work === undefined ? {} : { work: [work] }),
    ...(education === undefined ? {} : { education: [education] }),
  };
}

/**
 * The document to download for `values`, with the summary and highlights drafts are written from.
 *
 * @example valuesToJsonResume({ full_name: 'Ada Lovelace', sponsorship: 'no' })
 *   → { $schema, basics: { name: 'Ada Lovelace' }, 'x-companion': { sponsorship: 'no' } }
 */
export function valuesToJsonResume(values: ProfileValues, material?: DraftMaterial): JsonRecord {
  const document = resumePart(values, material);
  // No exported entry carries a date, so the day given here changes nothing.
  const given = mapJsonResume(document, new Date(0)).values;
  const extension = compact(
    Object.fromEntries(
      PROFILE_VALUE_NAMES.filter((name) => values[name] !== given[name]).map((name) => [name, values[name]]),
    ),
  );
  return extension === undefined ? document : { ...document, [X_COMPANION]: extension };
}
