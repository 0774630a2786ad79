import { createServer, request as forward } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * One injected fault: answer with a status (500, 429 + Retry-After …) without reaching the
 * server, or let the server process the request and then cut the connection before the client
 * reads the answer (the "stored but the client never heard" case).
 */
export type Fault = { kind: 'status'; status: number; headers?: Record<string, string> } | { kind: 'drop_response' };

/** What the proxy did with one request. */
export interface ProxiedRequest {
  /** Epoch ms when the request arrived. */
  at: number;
  path: string;
  outcome: 'forwarded' | 'status' | 'drop_response';
  /** The status the client got (for forwarded requests, the server's). */
  status?: number;
}

/** A loopback HTTP proxy in front of the real server. */
export interface FaultProxy {
  url: string;
  requests: ProxiedRequest[];
  close(): Promise<void>;
}

/**
 * Starts a proxy on 127.0.0.1 that applies `faults` to the first requests, in order, and forwards
 * every later request to `targetUrl` unchanged. Loopback only, bounded by the test's own requests.
 */
export async function startFaultProxy(targetUrl: string, faults: Fault[]): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  const pending = [...faults];
  const requests: ProxiedRequest[] = [];

  function pass(req: IncomingMessage, res: ServerResponse, seen: ProxiedRequest, dropAnswer: boolean): void {
    const upstream = forward(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        if (answer.statusCode !== undefined) seen.status = answer.statusCode;
        if (dropAnswer) {
          answer.resume();
          answer.on('end', () => res.socket?.destroy());
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.socket?.destroy());
    req.pipe(upstream);
  }

  const server = createServer((req, res) => {
    const fault = pending.shift();
    const seen: ProxiedRequest = { at: Date.now(), path: req.url ?? '/', outcome: fault?.kind ?? 'forwarded' };
    requests.push(seen);
    if (fault?.kind === 'status') {
      seen.status = fault.status;
      req.resume();
      res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
      res.end(JSON.stringify({ error: 'injected by test proxy' }));
      return;
    }
    pass(req, res, seen, fault?.kind === 'drop_response');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
