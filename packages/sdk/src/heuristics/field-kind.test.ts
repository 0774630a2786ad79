import { describe, expect, it } from 'vitest';
import { field } from './field.fixture.ts';
import { fieldKind, isYesNoQuestion } from './field-kind.ts';

describe('fieldKind', () => {
  it('classifies by tag and type', () => {
    expect(fieldKind(field({ type: 'email' }))).toBe('text');
    expect(fieldKind(field({ type: 'date' }))).toBe('text');
    expect(fieldKind(field({ tag: 'textarea', type: 'textarea' }))).toBe('textarea');
    expect(fieldKind(field({ tag: 'select', type: 'select-one' }))).toBe('choice');
    expect(fieldKind(field({ type: 'radio' }))).toBe('choice');
    expect(fieldKind(field({ type: 'checkbox' }))).toBe('choice');
    expect(fieldKind(field({ type: 'file' }))).toBe('file');
    expect(fieldKind(field({ type: 'password' }))).toBe('none');
    expect(fieldKind(field({ type: 'hidden' }))).toBe('none');
  });
});

describe('isYesNoQuestion', () => {
  const select = (options: { value: string; text: string }[]) => field({ tag: 'select', type: 'select-one', options });

  it('recognizes Yes/No selects, ignoring the placeholder option', () => {
    expect(
      isYesNoQuestion(
        select([
          { value: '', text: 'Select...' },
          { value: '1', text: 'Yes' },
          { value: '0', text: 'No' },
        ]),
      ),
    ).toBe(true);
    expect(
      isYesNoQuestion(
        select([
          { value: 'true', text: 'Oui' },
          { value: 'false', text: 'Non' },
        ]),
      ),
    ).toBe(true);
    // Answer words of the page's language, whatever the values.
    expect(
      isYesNoQuestion(
        select([
          { value: 's', text: 'Sim' },
          { value: 'n', text: 'Não' },
        ]),
      ),
    ).toBe(true);
    expect(
      isYesNoQuestion(
        select([
          { value: '1', text: 'Ja' },
          { value: '2', text: 'Nein' },
        ]),
      ),
    ).toBe(true);
    // LinkedIn's prompt option carries its own text as value.
    expect(
      isYesNoQuestion(
        select([
          { value: 'Select an option', text: 'Select an option' },
          { value: 'Yes', text: 'Yes' },
          { value: 'No', text: 'No' },
        ]),
      ),
    ).toBe(true);
  });

  it('reads a yes, a no and a "not yet" as a yes/no question (Graduated? Yes / No / In progress)', () => {
    const options = (third: string) =>
      select([
        { value: '', text: 'Select' },
        { value: 'Y', text: 'Yes' },
        { value: 'N', text: 'No' },
        { value: third, text: third },
      ]);
    expect(isYesNoQuestion(options('In progress'))).toBe(true);
    expect(isYesNoQuestion(options('Still studying'))).toBe(true);
    expect(isYesNoQuestion(options("I'm working on one"))).toBe(true);
    expect(isYesNoQuestion(options('Prefer not to say'))).toBe(false);
  });

  it('treats a lone checkbox as yes/no but not a checkbox group', () => {
    expect(isYesNoQuestion(field({ type: 'checkbox' }))).toBe(true);
    expect(isYesNoQuestion(field({ type: 'checkbox', group: 'days' }))).toBe(false);
    // The only box of its group (Taleo's "Current Job", named CurrentEmployer) is ticked or not.
    const only = field({ type: 'checkbox', group: 'CurrentEmployer', options: [{ value: 'on', text: 'Current Job' }] });
    expect(isYesNoQuestion(only)).toBe(true);
  });

  it('rejects other option lists', () => {
    expect(
      isYesNoQuestion(
        select([
          { value: 'US', text: 'United States' },
          { value: 'CA', text: 'Canada' },
        ]),
      ),
    ).toBe(false);
    expect(isYesNoQuestion(select([{ value: 'y', text: 'Yes' }]))).toBe(false);
    expect(isYesNoQuestion(field({ type: 'text' }))).toBe(false);
  });
});
