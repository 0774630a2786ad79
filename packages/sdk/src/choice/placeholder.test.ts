import { describe, expect, it } from 'vitest';
import { isPlaceholderText, placeholderMask } from './placeholder.ts';

describe('isPlaceholderText', () => {
  it('recognises prompts and empty or dash-only texts', () => {
    const prompts = [
      'Select...',
      'Select One',
      '-- Select a country --',
      'Please select',
      'Choose one',
      'Pick an option',
      '--',
      '',
      ' ',
      'Nothing selected',
      'Make a Selection',
    ];
    expect(prompts.filter((text) => !isPlaceholderText(text))).toEqual([]);
  });

  it('keeps answers, including a lone flag', () => {
    const answers = ['Yes', 'No', 'United States', 'Selected Works Inc.', '🇺🇸', 'Decline to answer'];
    expect(answers.filter(isPlaceholderText)).toEqual([]);
  });
});

describe('placeholderMask', () => {
  it('marks an empty-valued option when the other options carry values (a native select)', () => {
    const choices = [
      { value: '', text: 'Country' },
      { value: 'US', text: 'United States' },
      { value: 'CA', text: 'Canada' },
    ];
    expect(placeholderMask(choices)).toEqual([true, false, false]);
  });

  it('marks the "-1" a list gives its no-answer option (iCIMS), whatever it says', () => {
    const choices = [
      { value: '-1', text: 'Month' },
      { value: '01', text: 'January' },
      { value: '02', text: 'February' },
    ];
    expect(placeholderMask(choices)).toEqual([true, false, false]);
  });

  it('judges a listbox without values by text alone', () => {
    const choices = [
      { value: '', text: 'Select One' },
      { value: '', text: 'Yes' },
      { value: '', text: 'No' },
    ];
    expect(placeholderMask(choices)).toEqual([true, false, false]);
  });
});
