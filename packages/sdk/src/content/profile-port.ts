/**
 * The content side's view of the server profile, behind a port: the background answers it (from
 * its cache or the server), tests answer it with a stub. Whatever happens there, the page gets a
 * profile: a failure is an empty map, never an exception.
 */
import { isRecord, stringEntries } from '../plain-data/plain-data.ts';

/** What was learned about one field on other forms, keyed by its field signature. */
export interface ContentFieldPrediction {
  /** A canonical name, or `leave_alone`. */
  canonical: string;
  /** A field format id (`phone_national`, …) when one was learned. */
  format?: string;
}

/** A learned profile as the content side uses it. */
export interface ContentProfile {
  /** selector → canonical; empty unless the server's status is ok. */
  canonicalMap: Record<string, string>;
  /** The server status (`ok`, `unknown`, `rejected`, `disabled`, `holdout`) or `unavailable`. */
  status: string;
  /** Experiment arms this run is exposed to (name → arm). */
  experiments: Record<string, string>;
  /** selector → learned format id; empty unless the server's status is ok. */
  formatMap: Record<string, string>;
  /**
   * field signature → prediction, from the host's and its ATS family's forms; the server sends
   * them with ok, unknown and rejected answers. Empty when nothing was learned.
   */
  fieldPredictions: Record<string, ContentFieldPrediction>;
}

/** Asks the background for the profile of one form. May reject; the SDK handles it. */
export interface ProfilePort {
  getProfile(host: string, schemaHash: string): Promise<ContentProfile>;
}

/** The profile used when the port fails or answers something that is not a profile. */
export const UNAVAILABLE_PROFILE: ContentProfile = Object.freeze({
  canonicalMap: Object.freeze({}) as Record<string, string>,
  status: 'unavailable',
  experiments: Object.freeze({}) as Record<string, string>,
  formatMap: Object.freeze({}) as Record<string, string>,
  fieldPredictions: Object.freeze({}) as Record<string, ContentFieldPrediction>,
});

/** Calls the port and never throws: a rejection or a malformed answer gives UNAVAILABLE_PROFILE. */
export async function getProfileSafely(port: ProfilePort, host: string, schemaHash: string): Promise<ContentProfile> {
  try {
    const answer: unknown = await port.getProfile(host, schemaHash);
    if (!isRecord(answer) || typeof answer.status !== 'string') return UNAVAILABLE_PROFILE;
    return {
      status: answer.status,
      canonicalMap: stringEntries(answer.canonicalMap),
      experiments: stringEntries(answer.experiments),
      formatMap: stringEntries(answer.formatMap),
      fieldPredictions: fieldPredictionEntries(answer.fieldPredictions),
    };
  } catch {
    return UNAVAILABLE_PROFILE;
  }
}

/**
 * The well-formed predictions of an unknown value (a string canonical, a string format or none);
 * `{}` when it is no object. For ports that read the background's `field_predictions`.
 */
export function fieldPredictionEntries(value: unknown): Record<string, ContentFieldPrediction> {
  if (!isRecord(value)) return {};
  const entries: [string, ContentFieldPrediction][] = [];
  for (const [signature, prediction] of Object.entries(value)) {
    if (!isRecord(prediction) || typeof prediction.canonical !== 'string') continue;
    const { canonical, format } = prediction;
    if (format === undefined) entries.push([signature, { canonical }]);
    else if (typeof format === 'string') entries.push([signature, { canonical, format }]);
  }
  // fromEntries defines own keys: a `__proto__` key cannot reach the prototype.
  return Object.fromEntries(entries);
}
