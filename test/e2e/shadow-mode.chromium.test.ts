/**
 * Shadow mode (`COMPANION_AUTOFILL_PROFILE_ENABLED=0`): the server keeps accepting and aggregating
 * events, but answers every profile request `disabled`, so the extension never applies a learned
 * map. A profile that would fix the Greenhouse-like form exists; a new install still fills by
 * heuristics and gets the same fields wrong as the first (judged against greenhouse.truth.json), and
 * its run is stored like any other.
 */
import type { Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEvent, metricValue, postBatch } from '@companion-autofill/test-kit/learning-events';
import { runCli, startServerProcess, type ServerProcess } from '@companion-autofill/test-kit/server-process';
import { buildExtensionForTest, type BuiltExtension } from './support/built-extension.ts';
import { storedEvents, waitForStoredRuns, withStore, type StoredEvent } from '@companion-autofill/test-kit/store-reads';
import { launchConfiguredInstall } from './support/configured-rig.ts';
import type { ExtensionBrowser } from './support/extension-browser.ts';
import { startFixtureSite, type FixtureSite } from './support/fixture-site.ts';
import { readFixtureTruth, wrongFields } from './support/fixture-truth.ts';
import { retype, submit } from './support/simulated-user.ts';

const PAGE = 'greenhouse.html';
/** What each field of the page asks for: the test judges fills by it, not by a field it knows heuristics miss. */
const TRUTH = readFixtureTruth(PAGE);

let extension: BuiltExtension;
let site: FixtureSite;
let server: ServerProcess;
let visits = 0;

beforeAll(async () => {
  [extension, site, server] = await Promise.all([
    buildExtensionForTest(),
    startFixtureSite(),
    startServerProcess({ env: { COMPANION_AUTOFILL_PROFILE_ENABLED: '0' } }),
  ]);
});

afterAll(async () => {
  await Promise.all([site?.close(), server?.stop()]);
});

async function withInstall<T>(use: (browser: ExtensionBrowser, page: Page) => Promise<T>): Promise<T> {
  const browser = await launchConfiguredInstall(extension.dir, server.url);
  try {
    const page = await browser.open(site.url(PAGE, String(++visits)));
    return await use(browser, page);
  } finally {
    await browser.close();
  }
}

const wrongOn = (page: Page) => wrongFields(TRUTH, (selector) => page.inputValue(selector));

/** The user fixes every field whose value is not the truth, and submits. */
async function correctAndSubmit(page: Page): Promise<void> {
  for (const selector of await wrongOn(page)) await retype(page, selector, TRUTH.rightValue(selector));
  await submit(page, '#submit_app');
  await page.locator('#submitted').waitFor({ state: 'visible' });
}

describe('shadow mode in Chromium', () => {
  /** The first install's stored event, as the aggregator reads it. */
  let learned: StoredEvent;
  /** The fields the heuristics left wrong on the first visit, found at run time. */
  let mistakes: string[] = [];

  it('stores events and aggregates a profile, which the server then withholds', async () => {
    // The browser stays open until the run is stored: closing it first could strand the event in its outbox.
    const [run] = await withInstall(async (browser, page) => {
      expect(await browser.waitForRuns(page, 1)).toMatchObject({
        profileSource: 'heuristics_only',
        serverStatus: 'disabled',
      });
      mistakes = await wrongOn(page);
      expect(mistakes.length, 'the fixture asks for something words alone cannot tell').toBeGreaterThan(0);
      await correctAndSubmit(page);
      return waitForStoredRuns(server.dbPath, 1);
    });
    expect(run).toMatchObject({ status: 'ok', profileSource: 'heuristics_only' });
    [learned] = (await withStore(server.dbPath, storedEvents)) as [StoredEvent];
    expect(learned.finalMap).toEqual(TRUTH.finalMap);

    // Two more installs agree (sent straight to the server), so the votes clear the support thresholds.
    const votes = ['install-shadow-02', 'install-shadow-03'].map((installId) =>
      makeEvent({
        install_id: installId,
        host: '127.0.0.1',
        schema_hash: learned.schemaHash,
        final_map: learned.finalMap,
      }),
    );
    expect((await postBatch(server.url, votes)).body.accepted).toHaveLength(2);
    const aggregate = await runCli(['aggregate', '--db', server.dbPath]);
    expect(JSON.parse(aggregate.stdout)).toMatchObject({ status: 'ok', profiles_updated: 1 });

    const query = new URLSearchParams({ host: '127.0.0.1', schema_hash: learned.schemaHash });
    const profile = await (await fetch(`${server.url}/api/extension/learning/profile?${query}`)).json();
    expect(profile).toMatchObject({ status: 'disabled', canonical_map: {} });
  });

  it('a new install never gets the profile applied: heuristics fill, the same fields stay wrong, the run is stored', async () => {
    const runs = await withInstall(async (browser, page) => {
      expect(await browser.waitForRuns(page, 1)).toMatchObject({
        profileSource: 'heuristics_only',
        serverStatus: 'disabled',
      });
      expect(await wrongOn(page)).toEqual(mistakes);
      await correctAndSubmit(page);
      return waitForStoredRuns(server.dbPath, 4);
    });
    // Both browser runs, the first and this one, were filled by heuristics alone and needed edits.
    const fromBrowser = runs.filter((run) => !run.installId.startsWith('install-shadow-'));
    expect(fromBrowser).toHaveLength(2);
    for (const run of fromBrowser) {
      expect(run).toMatchObject({ status: 'ok', profileSource: 'heuristics_only' });
      expect(run.editChars).toBeGreaterThan(0);
    }

    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(
      metricValue(text, 'applylens_autofill_profile_requests_total', { result: 'disabled' }),
    ).toBeGreaterThanOrEqual(3);
    expect(metricValue(text, 'applylens_autofill_profile_requests_total', { result: 'ok' })).toBe(0);
    expect(
      metricValue(text, 'applylens_autofill_runs_by_source_total', { profile_source: 'server_only', status: 'ok' }),
    ).toBe(0);
  });
});
