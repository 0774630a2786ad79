import { ProfileResponse, SyncResponse, type LearningEvent } from '@companion-autofill/sdk/protocol';

/** What the simulator asks of the server: the same two endpoints an extension uses. */
export interface SimulationClient {
  profile(host: string, schemaHash: string, installId: string): Promise<ProfileResponse>;
  sync(events: readonly LearningEvent[]): Promise<SyncResponse>;
}

export interface HttpClientOptions {
  /** `http://127.0.0.1:<port>`: loopback only (checked by the command). */
  url: string;
  /** Sent as x-api-key when the server requires one (COMPANION_API_KEYS). */
  apiKey?: string | undefined;
  /** Called when the server answers 429, with the seconds it asked to wait. */
  onThrottled?: (retryAfterSeconds: number) => void;
  /** Gives up after this many 429s in a row for one request. @default 20 */
  maxRetries?: number;
}

/** A failed request the simulator cannot go on from. */
export class SimulationHttpError extends Error {
  override readonly name = 'SimulationHttpError';
  readonly code = 'CA_ERR_SIMULATION_HTTP';
}

/**
 * The real HTTP endpoints. A 429 is waited out (Retry-After) and retried, as the SDK's outbox does;
 * any other non-200 stops the simulation, since its numbers would be wrong. Answers are validated
 * with the wire schemas, so a contract break shows here first.
 */
export function createHttpSimulationClient(options: HttpClientOptions): SimulationClient {
  const headers: Record<string, string> = options.apiKey ? { 'x-api-key': options.apiKey } : {};
  const maxRetries = options.maxRetries ?? 20;

  async function request(path: string, init: RequestInit): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(`${options.url}${path}`, {
        ...init,
        headers: { ...headers, ...(init.headers as Record<string, string> | undefined) },
      });
      if (response.status === 429 && attempt < maxRetries) {
        const seconds = Math.max(1, Number(response.headers.get('retry-after')) || 1);
        options.onThrottled?.(seconds);
        await response.arrayBuffer();
        await new Promise((resolve) => setTimeout(resolve, seconds * 1_000));
        continue;
      }
      const body = await response.text();
      if (response.status !== 200)
        throw new SimulationHttpError(
          `${init.method ?? 'GET'} ${path.split('?')[0]} answered ${response.status}: ${body.slice(0, 200)}`,
        );
      return JSON.parse(body);
    }
  }

  return {
    async profile(host, schemaHash, installId) {
      const query = new URLSearchParams({ host, schema_hash: schemaHash, install_id: installId });
      return ProfileResponse.parse(
        await request(`/api/extension/learning/profile?${query.toString()}`, { method: 'GET' }),
      );
    },
    async sync(events) {
      return SyncResponse.parse(
        await request('/api/extension/learning/sync', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ events }),
        }),
      );
    },
  };
}
