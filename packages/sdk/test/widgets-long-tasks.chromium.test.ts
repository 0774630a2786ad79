import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;

beforeAll(async () => {
  harness = await startWidgetHarness(['many']);
  page = await harness.open('many');
});
afterAll(async () => harness?.close());

/** Fills all 20 questionnaire widgets with `answer`, counting the page's long tasks (> 50 ms) meanwhile. */
async function fillAll(answer: 'Yes' | 'No') {
  return page.evaluate(async (answer) => {
    const sdk = window.widgetSdk;
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) =>
      longTasks.push(...list.getEntries().map((entry) => Math.round(entry.duration))),
    );
    observer.observe({ type: 'longtask' });
    const widgets = Array.from(document.querySelectorAll('[role="combobox"], button[aria-haspopup="listbox"]')).filter(
      (element) => sdk.isChoiceWidget(element),
    );
    const started = performance.now();
    const outcomes: string[] = [];
    for (const widget of widgets)
      outcomes.push(
        await sdk.fillChoiceWidget(widget, (options) => options.findIndex((option) => option.text === answer)),
      );
    const elapsed = Math.round(performance.now() - started);
    // The entry of a task that just ended is delivered asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    return { widgets: widgets.length, outcomes, elapsed, longTasks };
  }, answer);
}

function report(pass: string, run: Awaited<ReturnType<typeof fillAll>>): void {
  const tasks = run.longTasks.length ? ` (${run.longTasks.join(', ')} ms)` : '';
  console.log(
    `${pass}: ${run.widgets} widgets in ${run.elapsed} ms (${Math.round(run.elapsed / run.widgets)} ms each); long tasks > 50 ms: ${run.longTasks.length}${tasks}`,
  );
}

describe('filling 20 widgets in a row', () => {
  it('fills every one, twice, and reports the long tasks the page saw meanwhile', async () => {
    // The first pass also pays each library's first menu render (style injection, first mount).
    const cold = await fillAll('No');
    report('first pass', cold);
    expect(cold.widgets).toBe(20);
    expect(cold.outcomes).toEqual(Array(20).fill('filled'));
    const noes = await modelState(page);
    expect(Object.values(noes)).toEqual(Array(20).fill('no'));

    const warm = await fillAll('Yes');
    report('second pass', warm);
    expect(warm.outcomes).toEqual(Array(20).fill('filled'));
    const yeses = await modelState(page);
    expect(Object.keys(yeses)).toHaveLength(20);
    expect(Object.values(yeses)).toEqual(Array(20).fill('yes'));
    await expect.poll(() => page.evaluate(() => window.widgetSdk.openMenus())).toBe(0);
    expect(harness.pageErrors).toEqual([]);
  });
});
