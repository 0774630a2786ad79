/**
 * The privacy check after a run: none of the profile's canaries may appear in any request the
 * extension sent (method, URL, headers, body, as the recording proxy saw them), in the server's
 * SQLite files (database, WAL, shared memory) or in its logs. The server must be stopped first,
 * so its files are complete.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { RecordedRequest } from '../../e2e/support/recording-proxy.ts';
import { leakedProfileNeedles } from '../profile.ts';

/** What was searched and what was found. */
export interface LeakReport {
  requests: number;
  /** Events the extension sent in sync requests: proof that the check saw real traffic. */
  eventsOnWire: number;
  dbFiles: string[];
  logChars: number;
  /** `<where>: <needle>` for each find; empty = no leak. */
  leaks: string[];
}

function eventsIn(request: RecordedRequest): number {
  if (!request.url.startsWith('/api/extension/learning/sync')) return 0;
  try {
    const body = JSON.parse(request.body.toString('utf8')) as { events?: unknown[] };
    return body.events?.length ?? 0;
  } catch {
    return 0;
  }
}

/** Searches the recorded traffic, the database files beside `dbPath` and the server's logs. */
export function checkLeaks(requests: readonly RecordedRequest[], dbPath: string, logs: string): LeakReport {
  const leaks: string[] = [];
  for (const [index, request] of requests.entries()) {
    const wire = `${request.method} ${request.url}\n${JSON.stringify(request.headers)}\n${request.body.toString('latin1')}`;
    for (const needle of leakedProfileNeedles(wire))
      leaks.push(`request #${index} ${request.method} ${request.url.split('?')[0]}: ${needle}`);
  }
  const dbFiles = readdirSync(dirname(dbPath)).filter((name) => name.startsWith(basename(dbPath)));
  for (const name of dbFiles) {
    for (const needle of leakedProfileNeedles(readFileSync(join(dirname(dbPath), name)).toString('latin1')))
      leaks.push(`database file ${name}: ${needle}`);
  }
  for (const needle of leakedProfileNeedles(logs)) leaks.push(`server log: ${needle}`);
  return {
    requests: requests.length,
    eventsOnWire: requests.reduce((sum, request) => sum + eventsIn(request), 0),
    dbFiles,
    logChars: logs.length,
    leaks,
  };
}

/** The leak check's printed lines. */
export function renderLeakReport(report: LeakReport): string {
  const head = `leak check: ${report.requests} requests (${report.eventsOnWire} events) on the wire, ${report.dbFiles.length} database files, ${report.logChars} chars of server log`;
  if (report.leaks.length === 0) return `${head}: no profile value found`;
  return [`${head}: LEAK`, ...report.leaks.map((leak) => `  ${leak}`)].join('\n');
}
