/**
 * Decides what to fill and when, for one page, and keeps the page's status for the popup.
 *
 * Owner: content-script.ts. Lifecycle: createFillController → fill() on demand (popup, command)
 * and, with fill-on-load, watch() → destroy() removes the observer, listeners and timer.
 *
 *   fill() ─► scan ─► new fields? ─ no (first fill or nothing new) ─► autofill(document)
 *                                 └ yes ─► autofill(their common root, or each part holding only new fields)
 *          then once more for the fields its answers revealed (a state select a country shows)
 *   watch(): DOM quiet for settleMs (MutationObserver, window and frame loads, a field enabled or a
 *            dialog opened) ─► new fields? ─► fill()
 *
 * The observer also watches every open shadow root of the page and every same-origin frame
 * document a scanned field lives in: a step rendered afresh inside a web component (or a frame)
 * mutates no node of the top document.
 */
import {
  scanForm,
  type ScannedField,
  type AutofillRun,
  type AutofillSkipped,
  type CompanionContent,
  type RunReport,
} from '@companion-autofill/sdk/content';
import { missingValuesOf } from '../messages/content-message-checks.ts';
import type { PageStatus } from '../messages/demo-messages.ts';
import { followUpRoots } from './fill-root.ts';

/** What a controller needs. */
export interface FillControllerOptions {
  companion: CompanionContent;
  document: Document;
  /** The server status of a form's profile, recorded by the profile port, by schema hash. */
  serverStatusOf: (schemaHash: string) => string | undefined;
  /** Quiet time before an automatic fill. @default 300 */
  settleMs?: number;
}

/** One page's fill driver. */
export interface FillController {
  /** Fills what is new on the page (everything the first time). Resolves when the fill is done. */
  fill(): Promise<void>;
  /** Fills automatically once the page settles, and again when new fields appear. */
  watch(): void;
  /** The latest fill, for the popup. */
  status(): PageStatus;
  /** Records how a run ended (the SDK's onRunEnd), for the popup. */
  runEnded(report: RunReport): void;
  /** Stops watching; runs already started keep their own lifecycle in the SDK. */
  destroy(): void;
}

/** How long after a fill the page may take to show the fields its answers revealed. */
const REVEAL_MS = 150;

/**
 * How long a page may take to read a résumé put into its "upload to autofill" box before it shows
 * the rest of its form, and how often to look meanwhile.
 */
const READ_UPLOAD_MS = 6_000;
const READ_POLL_MS = 150;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * True when a field seen before asking `before` now asks another question and is empty: a chat's
 * one composer answers every question in turn ("What's your first name?", then "And your last
 * name?"), a new field each time. A box the person filled, or one whose label only gained a
 * required mark or an error, is the same field.
 */
function asksAnew(field: ScannedField, before: string | undefined): boolean {
  if (before === undefined) return true;
  const { element, descriptor } = field;
  const box = element.localName === 'input' || element.localName === 'textarea';
  // A pick (a select, a drawn dropdown) drawn where another question's pick was, as the next step
  // of a form redrawn in place, asks its own question whatever it shows.
  const open = !box || (element as HTMLInputElement).value === '';
  return open && !sameQuestion(descriptor.label, before);
}

/** Two labels of one question: equal once marks and the words one holds beyond the other are set aside. */
const sameQuestion = (a: string, b: string): boolean => {
  const words = (label: string) =>
    label
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const [x, y] = [words(a), words(b)];
  // A box that asked nothing it could be named by (a phone's box beside its dial code) asks anew once named.
  if (x === '' || y === '') return x === y;
  return x.includes(y) || y.includes(x);
};

/** Creates the controller for `options.document`. */
export function createFillController(options: FillControllerOptions): FillController {
  const { companion, document } = options;
  const settleMs = options.settleMs ?? 300;
  const view = document.defaultView;
  /** The fields seen so far: selector → the question it asked then. */
  const known = new Map<string, string>();
  const isKnown = (field: ScannedField) => !asksAnew(field, known.get(field.descriptor.selector));
  let status: PageStatus = { runs: 0, runsEnded: 0, fieldsFilled: 0, skipped: 'not_yet' };
  /** The figures the popup sees while a fill is not yet done (it waits on the page's read of a résumé). */
  let shown: PageStatus | undefined;
  let observer: MutationObserver | undefined;
  let observedRoots = new WeakSet<Node>();
  let timer: number | undefined;
  let filling: Promise<void> = Promise.resolve();

  /**
   * @param onlyNew fill only when new fields appeared since the last fill
   * @param revealed a follow-up for fields the last fill's answers revealed: it adds to that fill's
   *   figures, and one that finds nothing to fill leaves them as they are
   * @returns the selectors of the fields it found new
   */
  async function fillNow(onlyNew: boolean, revealed = false): Promise<string[]> {
    observeShadowRoots(document);
    const fields = scanForm(document);
    const fresh = fields.filter((field) => !isKnown(field));
    if (onlyNew && fresh.length === 0) return [];
    const kept = fields.filter(isKnown).map((field) => field.element);
    const roots =
      known.size === 0 || fresh.length === 0
        ? [document]
        : followUpRoots(
            document,
            fresh.map((field) => field.element),
            kept,
          );
    for (const field of fields) known.set(field.descriptor.selector, field.descriptor.label);
    observeRootsOf(fields.map((field) => field.element));
    for (const [at, root] of roots.entries()) await fillRoot(root, revealed || at > 0);
    return fresh.map((field) => field.descriptor.selector);
  }

  /** One run over `root`; its figures replace the page's, or add to them for a follow-up (`revealed`). */
  async function fillRoot(root: Document | Element, revealed: boolean): Promise<void> {
    const run = await companion.autofill(root);
    // The page's read of the résumé is part of this fill: what it then shows is filled right away,
    // and the figures the popup sees stay the last ones until both are done. Fields shown before
    // the read is over (an "Additional documents" upload) fill nothing: the wait goes on, and they
    // are filled again with what the read shows, as one part of the form.
    if (run.kind === 'run' && run.pageReadsUpload) {
      shown = status;
      publish(run, revealed);
      try {
        const deadline = Date.now() + READ_UPLOAD_MS;
        const idle = new Set<string>();
        for (let before = status.fieldsFilled; await untilNewFields(deadline, idle); before = status.fieldsFilled) {
          await pause(REVEAL_MS);
          const fresh = await fillNow(true, true);
          if (status.fieldsFilled > before) break;
          for (const selector of fresh) {
            known.delete(selector);
            idle.add(selector);
          }
        }
      } finally {
        shown = undefined;
      }
      return;
    }
    publish(run, revealed);
  }

  /** Records `run` in the page's figures: they replace the last fill's, or add to them for a follow-up (`revealed`). */
  function publish(run: AutofillRun | AutofillSkipped, revealed: boolean): void {
    // Checked, not trusted: the status goes to the popup, which takes names only.
    const missingValues = missingValuesOf(run.missingValues);
    if (run.kind === 'skipped') {
      // A fill that found nothing to fill says what was missing; other skips keep the last run's list.
      if (!revealed)
        status = { ...status, skipped: run.reason, ...(missingValues.length === 0 ? {} : { missingValues }) };
      return;
    }
    const serverStatus = options.serverStatusOf(run.schemaHash);
    status = {
      ...(status.lastRun === undefined ? {} : { lastRun: status.lastRun }),
      runs: status.runs + 1,
      runsEnded: status.runsEnded,
      fieldsFilled: (revealed ? status.fieldsFilled : 0) + Object.keys(run.suggestedMap).length,
      profileSource: run.profileSource,
      ...(serverStatus === undefined ? {} : { serverStatus }),
      ...(missingValues.length === 0 ? {} : { missingValues }),
    };
  }

  /** Resolves true once the page shows a field not filled or seen before, nor `idle`; false at `deadline`. */
  async function untilNewFields(deadline: number, idle: ReadonlySet<string>): Promise<boolean> {
    while (Date.now() < deadline) {
      await pause(READ_POLL_MS);
      if (scanForm(document).some((field) => !isKnown(field) && !idle.has(field.descriptor.selector))) return true;
    }
    return false;
  }

  // Fills are serialized: a command arriving during an automatic fill waits for it. A fill the
  // person asked for is followed by one more for the fields its answers revealed (the state select
  // a picked country shows, the employer box under "currently employed: yes"): they asked for the
  // form filled, and these are part of it. An automatic fill leaves those to the watcher, which
  // cannot tell them from a step the person opened. The command answers once its own fill is done.
  const enqueue = (onlyNew: boolean): Promise<void> => {
    const asked = filling.then(async () => void (await fillNow(onlyNew))).catch(() => undefined);
    filling = onlyNew
      ? asked
      : asked
          .then(() => pause(REVEAL_MS))
          .then(async () => void (await fillNow(true, true)))
          .catch(() => undefined);
    return asked;
  };

  const observe = (target: Node) => {
    if (!observer || observedRoots.has(target)) return;
    observedRoots.add(target);
    observer.observe(target, {
      subtree: true,
      childList: true,
      attributes: true,
      // A field enabled by an earlier answer (a school list a degree unlocks) is new to fill too,
      // and so is a form shown by opening its dialog or pointing its frame at it ("Easy Apply").
      attributeFilter: ['style', 'class', 'hidden', 'disabled', 'aria-disabled', 'open', 'src'],
    });
  };

  /**
   * Every open shadow root of `root`, watched from now on: a widget that draws its form into its
   * shadow root only once its own "Apply" button is pressed mutates no node of the document.
   */
  const observeShadowRoots = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (!element.shadowRoot) continue;
      observe(element.shadowRoot);
      observeShadowRoots(element.shadowRoot);
    }
  };

  /** The shadow roots and frame documents the fields live in, watched from now on. */
  const observeRootsOf = (elements: readonly Element[]) => {
    for (const element of elements) {
      const root = element.getRootNode();
      if (root !== document) observe(root);
      if (element.ownerDocument !== document) observe(element.ownerDocument);
    }
  };

  const schedule = () => {
    if (!view) return;
    if (timer !== undefined) view.clearTimeout(timer);
    timer = view.setTimeout(() => {
      timer = undefined;
      void enqueue(true);
    }, settleMs);
  };

  return {
    fill: () => enqueue(false),
    watch() {
      if (observer || !view) return;
      observer = new view.MutationObserver(schedule);
      observe(document);
      // Frames finish loading without mutating this document: window load covers those of the
      // page's load, a frame's own load (heard while it goes down to the frame) those loaded later.
      view.addEventListener('load', schedule);
      document.addEventListener('load', schedule, true);
      schedule();
    },
    status: () => shown ?? status,
    runEnded(report) {
      status = {
        ...status,
        runsEnded: status.runsEnded + 1,
        lastRun: { outcome: report.outcome, ...(report.status === undefined ? {} : { status: report.status }) },
      };
    },
    destroy() {
      observer?.disconnect();
      observer = undefined;
      observedRoots = new WeakSet();
      view?.removeEventListener('load', schedule);
      document.removeEventListener('load', schedule, true);
      if (timer !== undefined) view?.clearTimeout(timer);
      timer = undefined;
    },
  };
}
