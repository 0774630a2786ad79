import { describe, expect, it } from 'vitest';
import { isRequiredMark, withoutClosingMarks } from './required-mark.ts';

describe('required marks', () => {
  it('reads text of marks alone as a mark', () => {
    expect(['*', ' * ', '✱', '†', '**'].map(isRequiredMark)).toEqual([true, true, true, true, true]);
    expect(['', 'Employer', '* Employer', '$'].map(isRequiredMark)).toEqual([false, false, false, false]);
  });

  it('drops the marks closing a text', () => {
    expect(withoutClosingMarks('Which time zone do you work in? ✱')).toBe('Which time zone do you work in?');
    expect(withoutClosingMarks('Email *')).toBe('Email');
    expect(withoutClosingMarks('Email')).toBe('Email');
  });
});
