/**
 * The content side of the SDK as a fresh install sees it before its server knows the form: the
 * server's answer is `unknown`, events are dropped, storage is in memory, consent is given. Bundled
 * into test pages (sdk-entry.ts, the demo's fill-controller entry); not a product entry point.
 */
import { createCompanionContent, type CompanionContent, type ProfileFile } from '../../src/content/index.ts';
import { createMemoryStorage } from '../../src/storage/memory-storage.ts';

/** What the person holds: their values, and files by canonical (`resume_upload`). */
export interface OfflineProfile {
  values: Record<string, string>;
  files?: Partial<Record<string, ProfileFile>>;
}

/** A résumé file holding `text`, as the options page would keep one. */
export function resumeFile(name: string, text = '%PDF-1.4'): ProfileFile {
  return { name, type: 'application/pdf', bytes: new TextEncoder().encode(text) };
}

export function createOfflineCompanion({ values, files = {} }: OfflineProfile): CompanionContent {
  return createCompanionContent({
    installId: 'install-test-0001',
    host: 'jobs.example.com',
    storage: createMemoryStorage(),
    profilePort: {
      getProfile: async () => ({
        status: 'unknown',
        canonicalMap: {},
        experiments: {},
        formatMap: {},
        fieldPredictions: {},
      }),
    },
    eventSink: { queue: async () => undefined },
    profileValues: () => values,
    profileFiles: () => files,
    consent: () => true,
  });
}
