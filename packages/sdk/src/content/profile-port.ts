/**
 * The content side's view of the server profile, behind a port: the background answers it (from
 * its cache or the server), tests answer it with a stub. Whatever happens there, the page gets a
 * profile: a failure is an empty map, never an exception.
 */
import { isRecord, stringEntries } from '../plain-data/plain-data.ts';

/** A learned profile as the content side uses it. */
export interface ContentProfile {
  /** selector → canonical; empty unless the server's status is ok. */
  canonicalMap: Record<string, string>;
  /** The server status (`ok`, `unknown`, `rejected`, `disabled`, `holdout`) or `unavailable`. */
  status: string;
  /** Experiment arms this run is exposed to (name → arm). */
  experiments: Record<string, string>;
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
    };
  } catch {
    return UNAVAILABLE_PROFILE;
  }
}
