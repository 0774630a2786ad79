import { afterEach, beforeEach, describe } from 'vitest';
import { SKIP_POSTGRES, STORE_BACKENDS, type OpenedStore, type StoreBackend } from './store-backends.ts';

/**
 * Declares the same suite once per backend: `<title> [sqlite]` and `<title> [postgres]`. The
 * PostgreSQL copy is skipped only under COMPANION_TEST_SKIP_POSTGRES=1, and then it shows in the
 * report as skipped; otherwise it runs and fails if PostgreSQL is not there.
 */
export function describeEachStore(title: string, body: (backend: StoreBackend) => void): void {
  for (const backend of STORE_BACKENDS) {
    const skip = backend.name === 'postgres' && SKIP_POSTGRES;
    (skip ? describe.skip : describe)(`${title} [${backend.name}]`, () => body(backend));
  }
}

/** A fresh store for each test of the suite, disposed after it. Call inside `describeEachStore`. */
export function freshStorePerTest(backend: StoreBackend): () => OpenedStore {
  let opened: OpenedStore | undefined;
  beforeEach(async () => {
    opened = await backend.open();
  });
  afterEach(async () => {
    await opened?.dispose();
    opened = undefined;
  });
  return () => {
    if (!opened) throw new Error('the store is opened in beforeEach');
    return opened;
  };
}
