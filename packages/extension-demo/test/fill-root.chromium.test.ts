/**
 * Where the demo's follow-up fills start, in Chromium: the parts of the page that hold only the
 * fields an answer revealed or enabled, so that filling them leaves the rest of the form alone.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from '@playwright/test';
import { bundleForPage } from '../../sdk/test/support/bundle.ts';
import { launchChromium } from '../../sdk/test/support/chromium.ts';

const ENTRY = fileURLToPath(new URL('./support/fill-root-entry.ts', import.meta.url));

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setContent(`<form id="apply">
    <div id="contact"><input id="email" value="a@example.test"><input id="phone" value="555"></div>
    <div id="step2"><div id="links"><input id="github"></div><div id="cityPart"><input id="town"></div></div>
    <div id="employment"><input type="radio" id="employed" checked>
      <div id="followUp"><input id="employer"><input id="title"></div></div>
    <div id="education"><select id="degree"><option>Bachelor's</option></select><div id="schoolItem"><input id="school"></div></div>
    <div id="pair"><input id="city" value="Oslo"><input id="state"></div>
    <div id="address"><div id="line1Part"><input id="line1"></div><div id="line2Part"><input id="line2"></div>
      <div id="mailingPart"><input type="checkbox" id="mailing"></div></div>
  </form>
  <header><input id="search"></header>
  <div id="frameBox"><iframe srcdoc="<form><div id='step2'><input id='jobQuestion'></div></form>"></iframe></div>
  <iframe srcdoc="<form><div id='step2'><input id='jobQuestion'></div></form>"></iframe>`);
  await page.addScriptTag({ content: await bundleForPage(ENTRY) });
});
afterAll(async () => browser?.close());

/** The ids of the roots followUpRoots gives for the fresh and kept fields named by id. */
const partsOf = (fresh: string[], kept: string[]) =>
  page.evaluate(
    ([freshIds, keptIds]) => {
      const byId = (id: string) => document.getElementById(id)!;
      return window.fillRoot
        .followUpRoots(document, freshIds.map(byId), keptIds.map(byId))
        .map((root) => (root instanceof Document ? 'document' : root.id));
    },
    [fresh, kept] as const,
  );

describe('followUpRoots', () => {
  it('starts a step drawn in a container of its own at that container: one run for the step', async () => {
    expect(await partsOf(['github', 'town'], ['email', 'phone'])).toEqual(['step2']);
  });

  it('starts each follow-up at the part holding only new fields when their common root holds earlier ones', async () => {
    expect(await partsOf(['employer', 'title', 'school'], ['email', 'phone', 'employed', 'degree'])).toEqual([
      'followUp',
      'schoolItem',
    ]);
  });

  it('enters a frame whose step was shown in place from the element holding it, or the document', async () => {
    const roots = await page.evaluate(async () => {
      const frameDoc = (frame: HTMLIFrameElement) => frame.contentDocument!;
      const frames = [...document.querySelectorAll<HTMLIFrameElement>('iframe')];
      await Promise.all(
        frames.map((frame) =>
          frameDoc(frame).getElementById('jobQuestion')
            ? undefined
            : new Promise((resolve) => frame.addEventListener('load', resolve, { once: true })),
        ),
      );
      const search = document.getElementById('search')!;
      return frames.map((frame) =>
        window.fillRoot
          .followUpRoots(document, [frameDoc(frame).getElementById('jobQuestion')!], [search])
          .map((root) => (root instanceof Document ? 'document' : root.id)),
      );
    });
    expect(roots).toEqual([['frameBox'], ['document']]);
  });

  it('starts fields drawn beside an earlier one that holds nothing yet at their common root: one run, each beside the others', async () => {
    expect(await partsOf(['line1', 'line2'], ['email', 'mailing'])).toEqual(['address']);
  });

  it('starts all at their common root when one new field sits right beside an earlier one', async () => {
    expect(await partsOf(['state', 'school'], ['email', 'city', 'degree'])).toEqual(['apply']);
  });
});
