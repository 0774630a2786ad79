import { describe, expect, it } from 'vitest';
import { field } from '../heuristics/field.fixture.ts';
import { isOpenQuestion, questionText } from './open-question.ts';

describe('isOpenQuestion', () => {
  it('takes a text area that asks something in the person’s own words', () => {
    expect(
      isOpenQuestion(field({ tag: 'textarea', type: 'textarea', label: 'Why do you want to work at Northwind?' })),
    ).toBe(true);
    expect(
      isOpenQuestion(
        field({ tag: 'textarea', type: 'textarea', placeholder: 'Anything else you would like to share' }),
      ),
    ).toBe(true);
  });

  it('takes a text input only when its label reads as a question and the box is not short', () => {
    expect(isOpenQuestion(field({ label: 'What is the most interesting data problem you have solved?' }))).toBe(true);
    expect(isOpenQuestion(field({ label: 'What is your notice period?', maxLength: 20 }))).toBe(false);
    expect(isOpenQuestion(field({ label: 'Preferred name' }))).toBe(false);
    expect(isOpenQuestion(field({ type: 'email', label: 'What is your email?' }))).toBe(false);
  });

  it('leaves facts about the application to the person: where they heard of it, who referred them, a signature', () => {
    expect(
      isOpenQuestion(field({ tag: 'textarea', type: 'textarea', label: 'How did you hear about this job?' })),
    ).toBe(false);
    expect(isOpenQuestion(field({ tag: 'textarea', type: 'textarea', label: 'Referral details' }))).toBe(false);
    expect(isOpenQuestion(field({ tag: 'textarea', type: 'textarea', label: 'Electronic signature' }))).toBe(false);
  });

  it('does not draft a field it cannot read a question from, nor a choice', () => {
    expect(isOpenQuestion(field({ tag: 'textarea', type: 'textarea' }))).toBe(false);
    expect(isOpenQuestion(field({ tag: 'select', type: 'select-one', label: 'Why are you leaving?' }))).toBe(false);
  });
});

describe('questionText', () => {
  it('reads the label first, then the placeholder, the hint and the text near the field', () => {
    expect(questionText(field({ label: 'Why us?', placeholder: 'Tell us' }))).toBe('Why us?');
    expect(questionText(field({ hint: 'A few sentences', nearbyText: 'About you' }))).toBe('A few sentences');
    expect(questionText(field({ nearbyText: ' About you ' }))).toBe('About you');
  });
});
