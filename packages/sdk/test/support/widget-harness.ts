import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { launchChromium } from './chromium.ts';
import { bundleForPage } from './bundle.ts';
import { type FixtureServer, startFixtureServer } from './fixture-server.ts';

const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));
const WIDGET_ENTRY = fileURLToPath(new URL('./widget-entry.ts', import.meta.url));
const require = createRequire(import.meta.url);

/** One widget fixture: `test/fixtures/widgets/<name>.html` with its entry `<name>.ts` bundled as `/widgets/<name>.js`. */
export type WidgetFixture =
  | 'react-select'
  | 'mui'
  | 'headless'
  | 'fluent'
  | 'antd'
  | 'element-plus'
  | 'element-plus-preset'
  | 'quasar'
  | 'workday'
  | 'phone'
  | 'native'
  | 'many'
  | 'ionic'
  | 'spectrum'
  | 'vue-multiselect'
  | 'selectize'
  | 'antd-cascader'
  | 'ui5'
  | 'shadcn'
  | 'grommet'
  | 'gestalt'
  | 'arco-date'
  | 'rsuite-date'
  | 'ark-date'
  | 'slim-select'
  | 'choices'
  | 'flatpickr'
  | 'autonumeric'
  | 'ckeditor'
  | 'buefy-autocomplete'
  | 'calendars'
  | 'drawn'
  | 'arco-vue'
  | 'primereact'
  | 'view-ui'
  | 'mirrored'
  | 'semi'
  | 'react-aria'
  | 'learned-dates'
  | 'polaris-date';

/** A browser, a fixture server with the widget bundle at `/widget-sdk.js`, and a way to open pages. */
export interface WidgetHarness {
  browser: Browser;
  /** Uncaught errors of every page opened so far; tests assert it stays empty. */
  pageErrors: string[];
  /** Opens `/widgets/<fixture>.html` in a fresh context and waits until the form renders its state. */
  open(fixture: WidgetFixture): Promise<Page>;
  close(): Promise<void>;
}

/** The libraries whose menus are only laid out with their stylesheet, served as `/widgets/<fixture>-css.js`. */
const STYLESHEETS: Partial<Record<WidgetFixture, string>> = {
  'element-plus': 'element-plus/dist/index.css',
  'element-plus-preset': 'element-plus/dist/index.css',
  'vue-multiselect': 'vue-multiselect/dist/vue-multiselect.min.css',
  selectize: '@selectize/selectize/dist/css/selectize.default.css',
  drawn: 'tdesign-vue-next/es/style/index.css',
  'slim-select': 'slim-select/styles',
  choices: 'choices.js/public/assets/styles/choices.min.css',
  flatpickr: 'flatpickr/dist/flatpickr.css',
  ckeditor: 'ckeditor5/ckeditor5.css',
  'buefy-autocomplete': 'buefy/dist/css/buefy.css',
  calendars: '@materializecss/materialize/dist/css/materialize.min.css',
  'arco-vue': '@arco-design/web-vue/dist/arco.css',
  quasar: 'quasar/dist/quasar.css',
  'view-ui': 'view-ui-plus/dist/styles/viewuiplus.css',
  'learned-dates': 'react-widgets/styles.css',
  'polaris-date': '@shopify/polaris/build/esm/styles.css',
};

/**
 * Starts the harness for one test file: bundles the widget entry and the given fixtures (only
 * those, antd and MUI bundles are large), serves them from 127.0.0.1, launches the system Chromium.
 * A library's stylesheet (STYLESHEETS) is served as a script that inserts it: its dropdown is only
 * laid out (and so only visible to the driver, and scrolled as a person sees it) with its CSS.
 */
export async function startWidgetHarness(fixtures: readonly WidgetFixture[]): Promise<WidgetHarness> {
  const scripts: Record<string, string> = { '/widget-sdk.js': await bundleForPage(WIDGET_ENTRY) };
  for (const fixture of fixtures) {
    scripts[`/widgets/${fixture}.js`] = await bundleForPage(
      fileURLToPath(new URL(`../fixtures/widgets/${fixture}.ts`, import.meta.url)),
    );
  }
  for (const fixture of fixtures) {
    const stylesheet = STYLESHEETS[fixture];
    if (stylesheet === undefined) continue;
    const css = await readFile(require.resolve(stylesheet), 'utf8');
    scripts[`/widgets/${fixture}-css.js`] =
      `{const style=document.createElement('style');style.textContent=${JSON.stringify(css)};document.head.append(style);}`;
  }
  const server: FixtureServer = await startFixtureServer(FIXTURES_DIR, scripts);
  const browser = await launchChromium();
  const pageErrors: string[] = [];
  return {
    browser,
    pageErrors,
    async open(fixture) {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(server.url(`/widgets/${fixture}.html`), { waitUntil: 'load' });
      await page.waitForFunction(
        () => window.widgetSdk !== undefined && document.querySelector('[data-testid="state"]') !== null,
      );
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** The framework's form model, as the fixture renders it into `<pre data-testid="state">`. */
export async function modelState(page: Page): Promise<Record<string, unknown>> {
  return JSON.parse((await page.textContent('[data-testid="state"]')) ?? 'null') as Record<string, unknown>;
}

/** What one `fillByText` call in the page returned; see `widget-entry.ts`. */
export interface FillReport {
  outcome: string;
  /** Option texts `choose` was offered the last time it was asked. */
  offered: string[];
  /** readWidgetValue before and after. */
  before: string;
  after: string;
  /** Visible listboxes and expanded comboboxes left in the page afterwards. */
  openMenus: number;
  /** document.activeElement before and after, by tag#id, to prove focus was given back. */
  focusBefore: string;
  focusAfter: string;
}

/**
 * Fills the widget at `selector` (`host >>> inner` for a button in a shadow root) by picking the option whose text is `text` (`null`: pick none;
 * several texts: the first of them the rows hold, a cascader's city before its state and country),
 * from the page, through the SDK's `fillChoiceWidget`.
 */
export async function fillByText(
  page: Page,
  selector: string,
  text: string | readonly string[] | null,
  options: { typeText?: string; allowFreeText?: boolean; freeText?: string; timeoutMs?: number } = {},
): Promise<FillReport> {
  return page.evaluate(({ selector, text, options }) => window.widgetSdk.fillByText(selector, text, options), {
    selector,
    text,
    options,
  });
}
