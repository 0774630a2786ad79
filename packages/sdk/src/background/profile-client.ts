import ky, { TimeoutError } from 'ky';
import { ProfileQuery, ProfileResponse } from '../protocol/index.ts';
import type { ProfileUnavailableReason } from '../protocol/index.ts';
import type { StoragePort } from '../storage/storage-port.ts';
import { createProfileCache, profileCacheKey } from './profile-cache.ts';
import type { ProfileCacheEntry } from './profile-cache.ts';

/** The profile endpoint, relative to the server URL. */
export const PROFILE_PATH = 'api/extension/learning/profile';

/**
 * What `getProfile` resolves to: the server's validated answer, or `unavailable` with a reason
 * when it could not be had (offline, timeout, error status, invalid body, invalid query).
 */
export type ProfileResult = ProfileResponse | { status: 'unavailable'; reason: ProfileUnavailableReason };

/** Options of {@link createProfileClient}. */
export interface ProfileClientOptions {
  /** Base URL of the Companion server, e.g. `http://127.0.0.1:8003`. */
  serverUrl: string;
  /** Sent as `x-api-key` when set. */
  apiKey?: string;
  /** Per-request timeout; the profile is on the page-load path, so keep it short. @default 3_000 */
  timeoutMs?: number;
  /** How long a cached answer is used without asking the server. @default 21_600_000 (6 h) */
  ttlMs?: number;
  /** Persists the cache across service-worker restarts; memory only when absent. */
  storage?: StoragePort;
  /** @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /** Epoch ms. @default Date.now */
  clock?: () => number;
}

/** Fetches and caches learned profiles. */
export interface ProfileClient {
  /** Never throws. A fresh cached answer is returned without a request. */
  getProfile(host: string, schemaHash: string, installId?: string): Promise<ProfileResult>;
}

/**
 * Creates the profile client: GET `${serverUrl}/api/extension/learning/profile`, cached per
 * (host, schema_hash, install_id) for `ttlMs` (an `unknown` or `rejected` answer is revalidated
 * on every lookup); after that the entry is revalidated with
 * `If-None-Match`, and a 304 renews it without a body. GETs are retried once on network errors
 * and 408/429/5xx, never on a timeout.
 *
 * @example
 * const profiles = createProfileClient({ serverUrl: 'http://127.0.0.1:8003', storage });
 * const result = await profiles.getProfile('boards.greenhouse.io', 'v1:0123456789abcdef');
 * if (result.status === 'ok') apply(result.canonical_map);
 */
/**
 * Answers that the next aggregation may change (no profile yet, or one the quality guard held
 * back): asked again on every lookup, a 304 while unchanged, so that what others taught the server
 * reaches this install at once instead of after the TTL.
 */
const AWAITING_PROFILE: ReadonlySet<string> = new Set(['unknown', 'rejected']);

export function createProfileClient(options: ProfileClientOptions): ProfileClient {
  const ttlMs = options.ttlMs ?? 6 * 60 * 60_000;
  const timeoutMs = options.timeoutMs ?? 3_000;
  const clock = options.clock ?? (() => Date.now());
  const cache = createProfileCache(options.storage === undefined ? {} : { storage: options.storage });
  const pending = new Map<string, Promise<ProfileResult>>();
  const client = ky.create({
    prefixUrl: options.serverUrl,
    timeout: timeoutMs,
    retry: {
      limit: 1,
      methods: ['get'],
      statusCodes: [408, 429, 500, 502, 503, 504],
      maxRetryAfter: 1_000,
      backoffLimit: 1_000,
    },
    // 304 is the expected answer to a revalidation, not an error.
    throwHttpErrors: (status) => status !== 304,
    // Revalidation is ours: the browser's HTTP cache must not answer in our place.
    cache: 'no-store',
    headers: options.apiKey === undefined ? {} : { 'x-api-key': options.apiKey },
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });

  async function fetchProfile(query: ProfileQuery, key: string): Promise<ProfileResult> {
    const cached = await cache.get(key);
    const now = clock();
    if (cached !== undefined && now - cached.fetchedAt < ttlMs && !AWAITING_PROFILE.has(cached.profile.status))
      return cached.profile;

    let response: Response;
    try {
      response = await client.get(PROFILE_PATH, {
        searchParams: query,
        headers: cached?.etag ? { 'if-none-match': cached.etag } : {},
      });
    } catch (error) {
      return unavailable(failureReason(error));
    }
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      if (cached === undefined) return unavailable('http_error');
      await cache.set(key, { ...cached, fetchedAt: clock() });
      return cached.profile;
    }
    const profile = await readProfile(response);
    if (profile === undefined) return unavailable('invalid_body');
    const entry: ProfileCacheEntry = { profile, etag: response.headers.get('etag'), fetchedAt: clock() };
    await cache.set(key, entry);
    return profile;
  }

  return {
    getProfile(host, schemaHash, installId) {
      const query = ProfileQuery.safeParse({
        host,
        schema_hash: schemaHash,
        ...(installId === undefined ? {} : { install_id: installId }),
      });
      if (!query.success) return Promise.resolve(unavailable('invalid_query'));
      const key = profileCacheKey(host, schemaHash, installId);
      // Concurrent lookups of one form (several frames, a quick reload) share one request.
      let request = pending.get(key);
      if (request === undefined) {
        request = fetchProfile(query.data, key)
          .catch(() => unavailable('http_error'))
          .finally(() => pending.delete(key));
        pending.set(key, request);
      }
      return request;
    },
  };
}

function unavailable(reason: ProfileUnavailableReason): ProfileResult {
  return { status: 'unavailable', reason };
}

function failureReason(error: unknown): ProfileUnavailableReason {
  if (error instanceof TimeoutError) return 'timeout';
  // An HTTPError carries a response; anything else never reached the server.
  if (error instanceof Error && error.name === 'HTTPError') return 'http_error';
  return 'offline';
}

async function readProfile(response: Response): Promise<ProfileResponse | undefined> {
  try {
    const parsed = ProfileResponse.safeParse(await response.json());
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
