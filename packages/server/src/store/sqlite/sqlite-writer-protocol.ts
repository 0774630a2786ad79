import type { RowBatch } from './sqlite-event-writer.ts';

/** What the request thread asks of the writer thread. Each request is answered once, in order. */
export type WriterRequest =
  | { id: number; op: 'insert'; batch: RowBatch }
  | { id: number; op: 'deleteInstall'; installId: string }
  | { id: number; op: 'prune'; cutoffMs: number }
  | { id: number; op: 'ping' }
  | { id: number; op: 'close' };

export type WriterResponse =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string; code?: string };

/** What the writer thread is started with. */
export interface WriterThreadData {
  dbPath: string;
  /** See OpenDatabaseOptions.maxBytes. */
  maxBytes?: number;
}
