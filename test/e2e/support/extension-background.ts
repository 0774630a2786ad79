/**
 * The demo's background, reached from a test: the same calls in Chromium (its service worker) and
 * Firefox (its event page, through an extension page). Each harness supplies {@link BackgroundAccess};
 * {@link createBackgroundControls} builds on it what the tests do: configure, find a tab, ask a
 * page's fill status, press Fill.
 */
import type { PageStatus } from '../../../packages/extension-demo/src/messages/demo-messages.ts';
import type { DemoSettings } from '../../../packages/extension-demo/src/settings/demo-settings.ts';
import type { PageAtUrl } from './e2e-page.ts';

/**
 * What a function run in the background sees: the extension API (`chrome` in Chromium, `browser`
 * in Firefox; promise-returning in both) and the demo's debug handle. Declared minimally.
 */
export interface BackgroundScope {
  api: {
    storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
    tabs: {
      query(filter: Record<string, unknown>): Promise<{ id?: number; url?: string }[]>;
      sendMessage(tabId: number, message: unknown, options?: { frameId: number }): Promise<unknown>;
    };
  };
  companionDemo: {
    installId(): Promise<string>;
    settings(): Promise<DemoSettings>;
    stats(): Promise<unknown>;
    fillTab(tabId: number): Promise<unknown>;
    fillActiveTab(): Promise<unknown>;
    flush(): Promise<unknown>;
  };
}

/** A function run in the background. It is sent as source text: it may use only its arguments. */
export type BackgroundFunction<A, R> = (scope: BackgroundScope, arg: A) => R | Promise<R>;

/** Runs functions in the extension's background, with a JSON argument and a JSON result. */
export interface BackgroundAccess {
  run<A, R>(fn: BackgroundFunction<A, R>, arg: A): Promise<R>;
}

/** The call expression of `fn(scope, arg)`, given the expression that yields the scope. */
export function backgroundCall<A, R>(scopeExpression: string, fn: BackgroundFunction<A, R>, arg: A): string {
  return `(${fn.toString()})(${scopeExpression}, ${JSON.stringify(arg ?? null)})`;
}

/** The user's own values, canonical → value (they stay in the browser profile). */
export type ProfileValues = Record<string, string>;

/** What the tests do through the background, for one install. */
export interface BackgroundControls {
  installId(): Promise<string>;
  settings(): Promise<DemoSettings>;
  /** The outbox counters (`pending`, `sent`, …). */
  outboxStats(): Promise<unknown>;
  /** Writes settings and values to browser.storage.local and waits until the background uses them. */
  configure(settings: Partial<DemoSettings>, values?: ProfileValues): Promise<void>;
  /** The tab id of a page (found by its URL). */
  tabId(page: PageAtUrl): Promise<number>;
  /** The page's fill status, as the popup reads it from the content script. */
  status(page: PageAtUrl): Promise<PageStatus>;
  /** Polls the status until `runs` fills have happened. */
  waitForRuns(page: PageAtUrl, runs: number): Promise<PageStatus>;
  /** Presses Fill for a page the way the keyboard command does (the background messages the tab). */
  fill(page: PageAtUrl): Promise<void>;
  /** The keyboard command itself: fills the active tab of the focused window. */
  fillActiveTab(): Promise<void>;
}

/** The controls of one install, over its background. */
export function createBackgroundControls(background: BackgroundAccess): BackgroundControls {
  async function tabId(page: PageAtUrl): Promise<number> {
    const url = page.url();
    const id = await background.run(
      async ({ api }, target) => (await api.tabs.query({})).find((tab) => tab.url === target)?.id ?? null,
      url,
    );
    if (id === null) throw new Error(`no tab for ${url}`);
    return id;
  }

  async function status(page: PageAtUrl): Promise<PageStatus> {
    const id = await tabId(page);
    return (await background.run(
      ({ api }, tab) => api.tabs.sendMessage(tab, { type: 'demo.status' }, { frameId: 0 }),
      id,
    )) as PageStatus;
  }

  return {
    installId: () => background.run(({ companionDemo }) => companionDemo.installId(), null),
    settings: () => background.run(({ companionDemo }) => companionDemo.settings(), null),
    outboxStats: () => background.run(({ companionDemo }) => companionDemo.stats(), null),
    async configure(settings, values) {
      await background.run(
        async ({ api, companionDemo }, { settings, values }) => {
          const current = await companionDemo.settings();
          const items: Record<string, unknown> = { 'demo.settings.v1': { ...current, ...settings } };
          if (values) items['demo.profileValues.v1'] = values;
          await api.storage.local.set(items);
          // The background swaps its SDK session on the change; wait until it runs with these settings.
          for (;;) {
            const applied = await companionDemo.settings();
            if (Object.entries(settings).every(([key, value]) => applied[key as keyof typeof applied] === value))
              return;
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        },
        { settings, values: values ?? null },
      );
    },
    tabId,
    status,
    async waitForRuns(page, runs) {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const current = await status(page).catch(() => undefined);
        if (current && current.runs >= runs) return current;
        if (Date.now() > deadline) throw new Error(`page did not reach ${runs} fill runs: ${JSON.stringify(current)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async fill(page) {
      const id = await tabId(page);
      await background.run(({ companionDemo }, tab) => companionDemo.fillTab(tab), id);
    },
    async fillActiveTab() {
      await background.run(({ companionDemo }) => companionDemo.fillActiveTab(), null);
    },
  };
}
