/**
 * A conversational apply bot: one question at a time in a `role=log` transcript, answered by the
 * one control shown under it (a shared composer, quick-reply radios named "Quick replies").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { type Harness, startHarness } from './support/harness.ts';

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.open('/fill.html');
});
afterAll(async () => harness?.close());

/** The labels the scan gives with the transcript's messages `said` and `shown` control shown. */
const labelsWith = (said: string[], shown: 'composer' | 'replies') =>
  page.evaluate(
    ({ said, shown }) => {
      document.body.innerHTML = `<div class="chat">
        <div id="log" role="log">${said.map((text) => `<div class="msg">${text}</div>`).join('')}</div>
        <div class="dock">
          <div role="radiogroup" aria-label="Quick replies" ${shown === 'replies' ? '' : 'hidden'}>
            <label><input type="radio" name="q7" value="y"> Yes</label><label><input type="radio" name="q7" value="n"> No</label></div>
          <div><input id="composer" placeholder="Type your answer…" ${shown === 'composer' ? '' : 'hidden'}><button type="button">Send</button></div>
        </div></div>`;
      return window.companionSdk.scanForm(document).map((field) => field.descriptor.label);
    },
    { said, shown },
  );

describe('scanForm in a chat', () => {
  it('names the composer by the question waiting for an answer, not by the whole transcript', async () => {
    expect(
      await labelsWith(['Hi! What is your first name?', 'Ada', 'Nice to meet you! And your last name?'], 'composer'),
    ).toEqual(['Nice to meet you! And your last name?']);
  });

  it('names quick replies by the question they answer', async () => {
    expect(await labelsWith(['Ada', 'Are you legally authorized to work in the United States?'], 'replies')).toEqual([
      'Are you legally authorized to work in the United States? Quick replies',
    ]);
  });

  it('reads the dock past a honeypot hidden from people and a composer disabled while quick replies answer', async () => {
    const labels = await page.evaluate(() => {
      document.body.innerHTML = `<div class="chat">
        <div role="log"><div>Great! What is your full name?</div></div>
        <form class="dock">
          <div aria-hidden="true" style="position:absolute;left:-9999px"><input name="fax" tabindex="-1"></div>
          <input id="composer" name="message" placeholder="Type your answer…"><button type="submit">Send</button>
        </form></div>`;
      const composer = window.companionSdk.scanForm(document).find((field) => field.descriptor.name === 'message');
      document.body.innerHTML = `<div class="chat">
        <div role="log"><div>Are you legally authorized to work in the United States?</div></div>
        <form class="dock">
          <div role="radiogroup" aria-label="Quick replies">
            <label><input type="radio" name="q7" value="y"> Yes</label><label><input type="radio" name="q7" value="n"> No</label></div>
          <input name="message" placeholder="Use the options above" disabled><button type="submit">Send</button>
        </form></div>`;
      const replies = window.companionSdk.scanForm(document).find((field) => field.descriptor.type === 'radio');
      return [composer?.descriptor.label, replies?.descriptor.label];
    });
    expect(labels).toEqual([
      'Great! What is your full name?',
      'Are you legally authorized to work in the United States? Quick replies',
    ]);
  });

  it('leaves the fields of a form after a log to their own labels', async () => {
    const labels = await page.evaluate(() => {
      document.body.innerHTML = `<div role="log"><p>Saved your draft.</p></div>
        <form><label for="f">First name</label><input id="f"><label for="e">Email</label><input id="e" type="email"></form>`;
      return window.companionSdk.scanForm(document).map((field) => field.descriptor.label);
    });
    expect(labels).toEqual(['First name', 'Email']);
  });
});
