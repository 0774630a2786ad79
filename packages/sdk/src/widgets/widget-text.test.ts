import { describe, expect, it } from 'vitest';
import { cleanText, isLoadingText, isPlaceholderText, isStatusText, showsChoice } from './widget-text.ts';

describe('widget text', () => {
  it('cleans whitespace and the zero-width space MUI shows in an empty select', () => {
    expect(cleanText('\u200b')).toBe('');
    expect(cleanText('  Berlin,\n  Germany ')).toBe('Berlin, Germany');
  });

  it('knows placeholders from selections', () => {
    for (const text of ['Select...', 'Select One', 'select', 'Choose a country', 'Please select', '--', 'Pick one…']) {
      expect(isPlaceholderText(text), text).toBe(true);
    }
    for (const text of [
      'Germany',
      'Yes',
      'she/her',
      '3-5 years',
      'Selection committee member of a long-standing working group',
    ]) {
      expect(isPlaceholderText(text), text).toBe(false);
    }
  });

  it('knows status rows from options', () => {
    for (const text of [
      'No options',
      'No data',
      'No results found',
      'Loading...',
      'Searching…',
      'No Items.',
      'No matching data',
    ]) {
      expect(isStatusText(text), text).toBe(true);
    }
    for (const text of ['No', 'Norway', 'Loading dock supervisor at the port of Rotterdam', 'None of the above']) {
      expect(isStatusText(text), text).toBe(false);
    }
  });

  it('tells a menu still fetching its rows from one that found none', () => {
    expect(['Loading...', 'Searching…'].map(isLoadingText)).toEqual([true, true]);
    expect(['No options', 'No results found', 'Norway'].map(isLoadingText)).toEqual([false, false, false]);
  });

  it('matches a shown value to the option it came from', () => {
    expect(showsChoice('Germany', 'Germany')).toBe(true);
    expect(showsChoice('+49', 'Germany +49')).toBe(true);
    expect(showsChoice('berlin, germany', 'Berlin, Germany')).toBe(true);
    expect(showsChoice('', 'Germany')).toBe(false);
    expect(showsChoice('France', 'Germany')).toBe(false);
    // A cascader's path against the row of its three columns.
    expect(showsChoice('United States / California / San Francisco', 'United States California San Francisco')).toBe(
      true,
    );
  });
});
