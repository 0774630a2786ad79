/**
 * The writer thread: owns the connection that writes events. Requests that arrive in one turn of
 * its event loop are handled together, in order, consecutive inserts in one transaction.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { codeOf, errorMessage } from '../../errors/error-message.ts';
import { openDatabase } from './open-database.ts';
import { createSqliteEventWriter, type RowBatch } from './sqlite-event-writer.ts';
import type { WriterRequest, WriterResponse, WriterThreadData } from './sqlite-writer-protocol.ts';

const port = parentPort!;
const { dbPath, maxBytes } = workerData as WriterThreadData;
const db = openDatabase(dbPath, { maxBytes });
const writer = createSqliteEventWriter(db);

let queue: WriterRequest[] = [];
let drainScheduled = false;

port.on('message', (request: WriterRequest) => {
  queue.push(request);
  if (!drainScheduled) {
    drainScheduled = true;
    setImmediate(drain);
  }
});

function drain(): void {
  drainScheduled = false;
  const requests = queue;
  queue = [];
  for (let i = 0; i < requests.length;) {
    const request = requests[i]!;
    if (request.op === 'insert') {
      const group: { id: number; batch: RowBatch }[] = [];
      while (i < requests.length && requests[i]!.op === 'insert') {
        const insert = requests[i] as Extract<WriterRequest, { op: 'insert' }>;
        group.push({ id: insert.id, batch: insert.batch });
        i += 1;
      }
      const outcomes = writer.insertGroup(group.map((g) => g.batch));
      group.forEach(({ id }, index) => {
        const outcome = outcomes[index]!;
        answer(
          outcome.ok
            ? { id, ok: true, value: outcome.stored }
            : { id, ok: false, error: outcome.error, ...(outcome.code === undefined ? {} : { code: outcome.code }) },
        );
      });
      continue;
    }
    i += 1;
    if (request.op === 'close') {
      db.close();
      answer({ id: request.id, ok: true, value: null });
      port.close();
      return;
    }
    answer(handle(request));
  }
}

function handle(request: Exclude<WriterRequest, { op: 'insert' | 'close' }>): WriterResponse {
  try {
    switch (request.op) {
      case 'deleteInstall':
        return { id: request.id, ok: true, value: writer.deleteInstall(request.installId) };
      case 'prune':
        return { id: request.id, ok: true, value: writer.pruneBefore(request.cutoffMs) };
      case 'ping':
        writer.ping();
        return { id: request.id, ok: true, value: null };
    }
  } catch (error) {
    return { id: request.id, ok: false, error: errorMessage(error), ...codeOf(error) };
  }
}

function answer(response: WriterResponse): void {
  port.postMessage(response);
}
