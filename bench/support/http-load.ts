import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';

/** One request the load generator sends. Bodies are prepared before the clock starts. */
export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: Buffer;
}

export interface LoadOptions {
  /** `http://127.0.0.1:<port>`; loopback only. */
  origin: string;
  /** Concurrent keep-alive connections, each sending one request at a time. */
  connections: number;
  /** At most this many requests in all. */
  total: number;
  /** And stop starting new ones after this long. */
  maxDurationMs: number;
  /** And once this says so (a background load that lasts as long as another one). */
  stopWhen?(): boolean;
  /** The i-th request (0-based). */
  requestAt(index: number): LoadRequest;
  /** Sees every response (e.g. to count stored events); runs outside the timed span of the request. */
  onResponse?(response: LoadResponse, index: number): void;
}

/** A response as the load generator saw it: the body as sent (still compressed if it was). */
export interface LoadResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface LoadResult {
  completed: number;
  /** Requests that failed at the socket level or answered a status ≥ 400. */
  failures: number;
  elapsedMs: number;
  /** Time to the last byte of each completed request, ms. */
  latenciesMs: number[];
  statusCounts: Record<number, number>;
}

/**
 * A closed-loop load generator over node:http with a keep-alive Agent: `connections` clients, each
 * sending its next request when the previous answer has fully arrived. Bounded by `total` and
 * `maxDurationMs`, so a slow server makes the run shorter, never longer.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  if (!/^http:\/\/(127\.0\.0\.1|\[::1\]|localhost)(:\d+)?$/.test(options.origin)) {
    throw new RangeError(`load tests target loopback only, not ${options.origin}`);
  }
  const url = new URL(options.origin);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const latenciesMs: number[] = [];
  const statusCounts: Record<number, number> = {};
  let next = 0;
  let failures = 0;
  const started = performance.now();
  const deadline = started + options.maxDurationMs;

  const client = async () => {
    while (next < options.total && performance.now() < deadline && !options.stopWhen?.()) {
      const index = next++;
      const spec = options.requestAt(index);
      const sentAt = performance.now();
      let response: LoadResponse;
      try {
        response = await send(agent, url, spec);
      } catch {
        failures += 1;
        continue;
      }
      latenciesMs.push(performance.now() - sentAt);
      statusCounts[response.status] = (statusCounts[response.status] ?? 0) + 1;
      if (response.status >= 400) failures += 1;
      // Outside the try: a throwing observer is a bug in the benchmark, not a failed request.
      options.onResponse?.(response, index);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, client));
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return { completed: latenciesMs.length, failures, elapsedMs, latenciesMs, statusCounts };
}

function send(agent: Agent | undefined, url: URL, spec: LoadRequest): Promise<LoadResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...spec.headers };
    if (spec.body) headers['content-length'] = spec.body.length;
    const req = httpRequest(
      { agent, host: url.hostname, port: url.port, method: spec.method, path: spec.path, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(spec.body);
  });
}

/** One request outside a load run (setup, checks), on a fresh connection; same transport as the load. */
export function requestOnce(origin: string, spec: LoadRequest): Promise<LoadResponse> {
  return send(undefined, new URL(origin), spec);
}

/** The body as text, decompressed when the server compressed it. */
export function bodyText(response: LoadResponse): string {
  const encoding = response.headers['content-encoding'];
  const decode =
    encoding === 'gzip'
      ? gunzipSync
      : encoding === 'br'
        ? brotliDecompressSync
        : encoding === 'deflate'
          ? inflateSync
          : (body: Buffer) => body;
  return decode(response.body).toString();
}
