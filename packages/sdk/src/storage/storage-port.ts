/**
 * Key-value storage the SDK persists through: `browser.storage.local` in an extension, a Map in
 * tests. Values must be structured-clone/JSON safe.
 */
export interface StoragePort {
  /** Reads one key; undefined when absent. Does not mutate. */
  get<T>(key: string): Promise<T | undefined>;
  /** Writes one key. Mutates. */
  set(key: string, value: unknown): Promise<void>;
  /** Deletes one key; absent keys are fine. Mutates. */
  remove(key: string): Promise<void>;
}
