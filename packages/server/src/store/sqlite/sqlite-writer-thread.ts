import { Worker } from 'node:worker_threads';
import type { SqliteEventRow } from './sqlite-event-row.ts';
import type { WriterRequest, WriterResponse, WriterThreadData } from './sqlite-writer-protocol.ts';

/** A request as callers make it: the id is added here. */
type Call = WriterRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
interface PendingCall {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

const THREAD_ENTRY = new URL('./sqlite-writer-thread-entry.js', import.meta.url);

/**
 * The events table's writes, done on a thread of their own: inserting and committing (fsync
 * included) then overlaps with parsing and validating the next requests instead of stalling them,
 * and a slow disk no longer blocks profile reads. Requests are answered in the order asked. A thread
 * that dies fails the requests it held; the next request starts a new one.
 */
export function startSqliteWriterThread(dbPath: string, maxBytes?: number) {
  let current: { thread: Worker; pending: Map<number, PendingCall> } | undefined;
  let nextId = 0;

  const spawn = () => {
    const thread = new Worker(THREAD_ENTRY, { workerData: { dbPath, maxBytes } satisfies WriterThreadData });
    const pending = new Map<number, PendingCall>();
    const spawned = { thread, pending };
    // Only this thread's calls fail with it; the next call goes to a new thread.
    const fail = (error: Error): void => {
      if (current === spawned) current = undefined;
      for (const call of pending.values()) call.reject(error);
      pending.clear();
    };
    thread.on('message', (response: WriterResponse) => {
      const call = pending.get(response.id);
      if (!call) return;
      pending.delete(response.id);
      if (response.ok) call.resolve(response.value);
      // The SQLite code travels with the message: callers tell a full disk (503) from a bug (500) by it.
      else
        call.reject(
          Object.assign(new Error(response.error), response.code === undefined ? {} : { code: response.code }),
        );
      // An idle writer must not keep a CLI command's process alive.
      if (pending.size === 0) thread.unref();
    });
    thread.on('error', fail);
    thread.on('exit', (code) => fail(new Error(`SQLite writer thread exited (code ${code})`)));
    return spawned;
  };
  const call = <T>(request: Call): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const { thread, pending } = (current ??= spawn());
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      thread.ref();
      thread.postMessage({ ...request, id } as WriterRequest);
    });

  return {
    /** Stores the rows not stored yet. Resolves with the ids newly stored, once committed. */
    insert: (rows: readonly SqliteEventRow[], receivedAt: number, networkKey = '') =>
      call<string[]>({ op: 'insert', batch: { rows, receivedAt, networkKey } }),
    deleteInstall: (installId: string) => call<number>({ op: 'deleteInstall', installId }),
    pruneBefore: (cutoffMs: number) => call<number>({ op: 'prune', cutoffMs }),
    ping: () => call<null>({ op: 'ping' }).then(() => undefined),
    /** Answers what was asked before, closes the writer's connection and ends the thread. */
    async close(): Promise<void> {
      const thread = current?.thread;
      if (!thread) return;
      const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
      await call<null>({ op: 'close' });
      // Held until the thread is gone, so the process cannot end with it half closed.
      thread.ref();
      await exited;
    },
  };
}

export type SqliteWriterThread = ReturnType<typeof startSqliteWriterThread>;
