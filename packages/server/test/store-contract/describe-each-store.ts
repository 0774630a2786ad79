import { afterEach, beforeEach, describe } from 'vitest';
import { CONTRACT_BACKENDS, type ContractBackend, type OpenedStore } from './store-backends.ts';

/**
 * Declares the same suite once per backend: `<title> [sqlite]` and `<title> [postgres]`. A backend
 * is skipped only when asked (COMPANION_TEST_SKIP_POSTGRES=1), and then it shows in the report as
 * skipped; otherwise it runs and fails if its database is not there.
 */
export function describeEachStore(title: string, body: (backend: ContractBackend) => void): void {
  for (const backend of CONTRACT_BACKENDS) {
    (backend.skipped ? describe.skip : describe)(`${title} [${backend.name}]`, () => body(backend));
  }
}

/** A fresh store for each test of the suite, disposed after it. Call inside `describeEachStore`. */
export function freshStorePerTest(backend: ContractBackend): () => OpenedStore {
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
