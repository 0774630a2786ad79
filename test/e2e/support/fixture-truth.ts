import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CANARY_VALUES } from './canary-profile.ts';
import { FIXTURES_DIR } from './fixture-site.ts';

type ProfileValueName = keyof typeof CANARY_VALUES;

/**
 * The ground truth of a fixture page (`<page>.truth.json` beside it): what each field asks for, as
 * the profile value a careful person puts there. Tests judge a fill against it, so no test names a
 * field the heuristics happen to get wrong today.
 */
export interface FixtureTruth {
  /** The fields' selectors as the SDK reports them, in the file's order. */
  selectors: readonly string[];
  /** selector → profile value name: the final map a corrected run must report. */
  finalMap: Readonly<Record<string, ProfileValueName>>;
  /** The value the field should hold (the user's canary value). */
  rightValue(selector: string): string;
}

const isProfileValueName = (name: unknown): name is ProfileValueName =>
  typeof name === 'string' && Object.hasOwn(CANARY_VALUES, name);

/** Reads and checks the truth file of `page` (e.g. `greenhouse.html`). */
export function readFixtureTruth(page: string): FixtureTruth {
  const path = join(FIXTURES_DIR, page.replace(/\.html$/, '.truth.json'));
  const file = JSON.parse(readFileSync(path, 'utf8')) as { page?: unknown; fields?: unknown };
  if (file.page !== page || typeof file.fields !== 'object' || file.fields === null) {
    throw new Error(`${path}: expected { "page": "${page}", "fields": { selector: value name } }`);
  }
  const entries = Object.entries(file.fields);
  const unknown = entries.filter(([, name]) => !isProfileValueName(name));
  if (entries.length === 0 || unknown.length > 0) {
    throw new Error(`${path}: every field must name a value of the e2e profile; not: ${JSON.stringify(unknown)}`);
  }
  const finalMap = Object.fromEntries(entries) as Record<string, ProfileValueName>;
  return {
    selectors: Object.keys(finalMap),
    finalMap,
    rightValue: (selector) => {
      const name = finalMap[selector];
      if (name === undefined) throw new Error(`${selector} is not a field of ${page}`);
      return CANARY_VALUES[name];
    },
  };
}

/** The fields whose value is the truth's, in the truth's order; `valueOf` reads one field of the page. */
export async function rightFields(
  truth: FixtureTruth,
  valueOf: (selector: string) => Promise<string>,
): Promise<string[]> {
  const values = await Promise.all(truth.selectors.map(valueOf));
  return truth.selectors.filter((selector, index) => values[index] === truth.rightValue(selector));
}

/** The fields whose value is not the truth's, in the truth's order. */
export async function wrongFields(
  truth: FixtureTruth,
  valueOf: (selector: string) => Promise<string>,
): Promise<string[]> {
  const right = new Set(await rightFields(truth, valueOf));
  return truth.selectors.filter((selector) => !right.has(selector));
}
