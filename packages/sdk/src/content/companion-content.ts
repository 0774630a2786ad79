import { createFormMemory, type FormMemory } from '../memory/index.ts';
import { type AutofillRun, type AutofillSkipped, createAutofillRun } from './autofill-run.ts';
import { type CompanionContentOptions, normalizeContentOptions } from './content-options.ts';

/** The content-script face of the SDK. */
export interface CompanionContent {
  /**
   * Fills the form(s) under `root` and watches the run; resolves once the fill is done (the run's
   * `finished` promise resolves when it ends). A new autofill of the same root replaces the
   * previous run. Never rejects.
   * @default root document
   */
  autofill(root?: Document | Element): Promise<AutofillRun | AutofillSkipped>;
  /** The user's learned corrections, e.g. for a "forget this form" button. */
  readonly memory: FormMemory;
  /** Ends every active run without reporting it and refuses further autofills. */
  destroy(): void;
}

/**
 * Creates the content side: one per content script. Options are validated here; a bad one throws
 * a RangeError naming it. See `./index.ts` for an example.
 */
export function createCompanionContent(options: CompanionContentOptions): CompanionContent {
  const normalized = normalizeContentOptions(options);
  const memory = createFormMemory(normalized.storage);
  const active = new Map<Document | Element, AutofillRun>();
  let destroyed = false;

  const track = (root: Document | Element, run: AutofillRun) => {
    active.set(root, run);
    void run.finished.then((report) => {
      if (active.get(root) === run) active.delete(root);
      try {
        normalized.onRunEnd(report);
      } catch {
        // A throwing observer must not break the page or the next run.
      }
    });
  };

  return {
    memory,
    async autofill(root = document) {
      if (destroyed) return { kind: 'skipped', reason: 'destroyed' };
      active.get(root)?.destroy();
      const run = await createAutofillRun({ options: normalized, memory }, root);
      if (run.kind !== 'run') return run;
      if (destroyed) {
        run.destroy();
        return run;
      }
      track(root, run);
      return run;
    },
    destroy() {
      destroyed = true;
      for (const run of active.values()) run.destroy();
      active.clear();
    },
  };
}
