import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '@playwright/test';
import { fillByText, modelState, startWidgetHarness, type WidgetHarness } from './support/widget-harness.ts';

let harness: WidgetHarness;
let page: Page;

beforeAll(async () => {
  harness = await startWidgetHarness(['antd-cascader']);
  page = await harness.open('antd-cascader');
});
afterAll(async () => harness?.close());

describe("antd Cascader: search results as a menu's items", () => {
  it('types the city, picks the one path holding it from the menu, and the form holds the path', async () => {
    const report = await fillByText(page, '#location', 'United States / California / San Francisco', {
      typeText: 'San Francisco',
    });
    expect(report.offered).toEqual(['United States / California / San Francisco']);
    expect(report).toMatchObject({ outcome: 'filled', after: 'United States / California / San Francisco' });
    expect(await modelState(page)).toMatchObject({ location: ['US', 'CA', 'SF'] });
    expect(harness.pageErrors).toEqual([]);
  });

  it('steps through the columns of a cascader without search, each loaded after its parent is picked', async () => {
    // Why: the menu opens on countries alone; a person picks the country, waits for its states,
    // picks the state, waits for its cities, and picks the city. Stopping at the first column fills nothing.
    const report = await fillByText(page, '#home', ['San Francisco', 'California', 'United States']);
    expect(report).toMatchObject({ outcome: 'filled', after: 'United States / California / San Francisco' });
    expect(await modelState(page)).toMatchObject({ home: ['US', 'CA', 'SF'] });
    expect(harness.pageErrors).toEqual([]);
  });
});
