/**
 * Reading typed fields out of a JSON document someone else wrote, collecting a problem that names
 * the path of each field of the wrong type (`work[2].startDate must be text`) instead of throwing
 * at the first. Absent, null and blank fields read as undefined: JSON Resume leaves most fields
 * out, and exporters write null or '' for the ones they have no value for.
 */

/** A JSON object. */
export type JsonObject = Record<string, unknown>;

/** True for a JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Where a field is, and where the problems found so far go. */
export interface JsonPlace {
  object: JsonObject;
  /** The object's own path, '' at the top. */
  path: string;
  problems: string[];
}

/** The path of `key` in `place`'s object. */
export function pathOf(place: JsonPlace, key: string): string {
  return place.path === '' ? key : `${place.path}.${key}`;
}

/** The trimmed text of `key`, undefined when absent or blank; a problem when it is not text. */
export function readText(place: JsonPlace, key: string): string | undefined {
  const value = place.object[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    place.problems.push(`${pathOf(place, key)} must be text.`);
    return undefined;
  }
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The object at `key` as a place to read from, undefined when absent; a problem when it is not an object. */
export function readObject(place: JsonPlace, key: string): JsonPlace | undefined {
  const value = place.object[key];
  if (value === undefined || value === null) return undefined;
  if (!isJsonObject(value)) {
    place.problems.push(`${pathOf(place, key)} must be an object.`);
    return undefined;
  }
  return { object: value, path: pathOf(place, key), problems: place.problems };
}

/** The objects of the array at `key`, each a place, none when absent; a problem for a non-array or a non-object entry. */
export function readObjects(place: JsonPlace, key: string): JsonPlace[] {
  const value = place.object[key];
  if (value === undefined || value === null) return [];
  const path = pathOf(place, key);
  if (!Array.isArray(value)) {
    place.problems.push(`${path} must be a list.`);
    return [];
  }
  const out: JsonPlace[] = [];
  value.forEach((entry: unknown, index) => {
    if (isJsonObject(entry)) out.push({ object: entry, path: `${path}[${index}]`, problems: place.problems });
    else place.problems.push(`${path}[${index}] must be an object.`);
  });
  return out;
}
