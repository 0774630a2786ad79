/**
 * Reads the install's own figures (`GET /api/extension/learning/stats?install_id=`) for the popup's
 * stats line. The answer holds counts only; it is parsed with the wire schema before use.
 */
import { UserStatsResponse } from '@companion-autofill/sdk/protocol';
import type { UserStatsReply } from '../messages/demo-messages.ts';

/** The stats endpoint, relative to the server URL. */
export const USER_STATS_PATH = 'api/extension/learning/stats';

/** What a stats request needs. */
export interface UserStatsRequest {
  serverUrl: string;
  apiKey: string;
  installId: string;
  fetch?: typeof globalThis.fetch;
  /** @default 3_000 */
  timeoutMs?: number;
}

/** Fetches the figures; never throws (a failure is a reply with a reason). */
export async function fetchUserStats(request: UserStatsRequest): Promise<UserStatsReply> {
  const url = new URL(USER_STATS_PATH, request.serverUrl.endsWith('/') ? request.serverUrl : `${request.serverUrl}/`);
  url.searchParams.set('install_id', request.installId);
  let response: Response;
  try {
    response = await (request.fetch ?? globalThis.fetch)(url, {
      headers: request.apiKey === '' ? {} : { 'x-api-key': request.apiKey },
      cache: 'no-store',
      signal: AbortSignal.timeout(request.timeoutMs ?? 3_000),
    });
  } catch {
    return { ok: false, reason: 'offline' };
  }
  if (!response.ok) return { ok: false, reason: 'http_error' };
  try {
    const parsed = UserStatsResponse.safeParse(await response.json());
    return parsed.success ? { ok: true, stats: parsed.data } : { ok: false, reason: 'invalid_body' };
  } catch {
    return { ok: false, reason: 'invalid_body' };
  }
}
