/**
 * FormMemory: the user's own corrections per form, kept on the device. They rank highest in the
 * merge, so a field the user fixed once is filled right the next time, before the server learns.
 *
 * Owner: the content side. Lifecycle: stateless besides storage; no listeners or timers.
 *
 * Storage layout (through the StoragePort, so browser.storage.local or a Map in tests):
 *   companion.memory.v1.form:<host>|<schema_hash> → { <selector>: <canonical or UNMAPPED> }
 *   companion.memory.v1.index                     → ["<host>|<schema_hash>", …] least recently used first
 * One key per form keeps each write small; the index bounds the number of forms (LRU eviction).
 * Operations on one instance run one at a time so the index read-modify-write never interleaves.
 * Two instances on the same storage (two tabs) can still race on the index; the loser's form key
 * then stays unindexed and unevicted until it is learned again, which costs space, not correctness.
 */
import { isStringArray, isStringRecord } from '../plain-data/plain-data.ts';
import { LIMITS } from '../protocol/limits.ts';
import type { StoragePort } from '../storage/storage-port.ts';

const KEY_PREFIX = 'companion.memory.v1.form:';
const INDEX_KEY = 'companion.memory.v1.index';

/** @default 500 */
export const DEFAULT_MAX_FORMS = 500;

export interface FormMemoryOptions {
  /** Forms remembered before the least recently used is evicted. @default 500 */
  readonly maxForms?: number;
}

export interface FormMemory {
  /** The corrections learned for a form (selector → canonical or UNMAPPED); `{}` when none. Marks the form used. */
  get(host: string, schemaHash: string): Promise<Record<string, string>>;
  /** Merges corrections into the form's memory (newer wins per selector). Empty corrections change nothing. */
  learn(host: string, schemaHash: string, corrections: Readonly<Record<string, string>>): Promise<void>;
  /** Forgets one form. */
  forget(host: string, schemaHash: string): Promise<void>;
  /** Forgets every form. */
  reset(): Promise<void>;
}

function formId(host: string, schemaHash: string): string {
  return `${host.toLowerCase()}|${schemaHash}`;
}

/** Keeps the newest `max` entries; `learned` keys move to the end so they count as newest. */
function mergeNewest(
  existing: Record<string, string>,
  learned: Readonly<Record<string, string>>,
  max: number,
): Record<string, string> {
  const merged = { ...existing };
  for (const [selector, canonical] of Object.entries(learned)) {
    delete merged[selector];
    merged[selector] = canonical;
  }
  return Object.fromEntries(Object.entries(merged).slice(-max));
}

/**
 * Creates a FormMemory over a StoragePort.
 *
 * @example
 * const memory = createFormMemory(createMemoryStorage());
 * await memory.learn('jobs.example.com', 'v1:0123456789abcdef', { '#q1': 'last_name' });
 */
export function createFormMemory(storage: StoragePort, options: FormMemoryOptions = {}): FormMemory {
  const maxForms = options.maxForms ?? DEFAULT_MAX_FORMS;
  if (!Number.isInteger(maxForms) || maxForms < 1) {
    throw new RangeError(`options.maxForms must be a positive integer, got ${String(options.maxForms)}`);
  }

  let queue: Promise<unknown> = Promise.resolve();
  function serialized<T>(operation: () => Promise<T>): Promise<T> {
    const result = queue.then(operation);
    queue = result.catch(() => undefined);
    return result;
  }

  // What storage holds may be corrupt or from another version: anything but the expected shape reads as empty.
  async function readIndex(): Promise<string[]> {
    const stored = await storage.get(INDEX_KEY);
    return isStringArray(stored) ? stored : [];
  }

  async function readForm(id: string): Promise<Record<string, string> | undefined> {
    const stored = await storage.get(KEY_PREFIX + id);
    return isStringRecord(stored) ? stored : undefined;
  }

  /** Moves `id` to the most recent end and evicts past the bound. */
  async function touch(id: string): Promise<void> {
    const index = await readIndex();
    if (index[index.length - 1] === id) return;
    const next = index.filter((entry) => entry !== id);
    next.push(id);
    const evicted = next.splice(0, Math.max(0, next.length - maxForms));
    for (const old of evicted) await storage.remove(KEY_PREFIX + old);
    await storage.set(INDEX_KEY, next);
  }

  return {
    get: (host, schemaHash) =>
      serialized(async () => {
        const id = formId(host, schemaHash);
        const map = await readForm(id);
        if (map === undefined) return {};
        await touch(id);
        return map;
      }),

    learn: (host, schemaHash, corrections) =>
      serialized(async () => {
        if (Object.keys(corrections).length === 0) return;
        const id = formId(host, schemaHash);
        const merged = mergeNewest((await readForm(id)) ?? {}, corrections, LIMITS.maxFieldsPerForm);
        await storage.set(KEY_PREFIX + id, merged);
        await touch(id);
      }),

    forget: (host, schemaHash) =>
      serialized(async () => {
        const id = formId(host, schemaHash);
        await storage.remove(KEY_PREFIX + id);
        const index = await readIndex();
        if (index.includes(id))
          await storage.set(
            INDEX_KEY,
            index.filter((entry) => entry !== id),
          );
      }),

    reset: () =>
      serialized(async () => {
        for (const id of await readIndex()) await storage.remove(KEY_PREFIX + id);
        await storage.remove(INDEX_KEY);
      }),
  };
}
