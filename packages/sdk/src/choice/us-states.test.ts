import { describe, expect, it } from 'vitest';
import { namedUsStates, usStateCode, usStateName, usStateRule } from './us-states.ts';

describe('usStateCode', () => {
  it('reads names, codes and the usual combined spellings', () => {
    expect(
      ['California', 'CA', 'ca', 'CA - California', 'California (CA)', 'US-CA', 'new york', 'District of Columbia'].map(
        usStateCode,
      ),
    ).toEqual(['CA', 'CA', 'CA', 'CA', 'CA', 'CA', 'NY', 'DC']);
  });

  it("reads AP style's dotted abbreviations: a name cut short to one state, or its initials", () => {
    expect(['Calif.', 'Tenn.', 'N.Y.', 'D.C.', 'Miss.', 'Ala.', 'X.Y.'].map(usStateCode)).toEqual([
      'CA',
      'TN',
      'NY',
      'DC',
      // Mississippi and Missouri, Alabama and Alaska, begin alike.
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads a code and its name side by side, as a list draws them in two spans', () => {
    expect(['CA California', 'New York NY', 'CA Colorado', 'WA Washington DC'].map(usStateCode)).toEqual([
      'CA',
      'NY',
      undefined,
      undefined,
    ]);
  });

  it('reads a code that is a word only in capitals', () => {
    expect(['IN', 'in', 'OR', 'or', 'ME', 'me'].map(usStateCode)).toEqual([
      'IN',
      undefined,
      'OR',
      undefined,
      'ME',
      undefined,
    ]);
  });

  it('writes a state out by its name', () => {
    expect(['CA', 'california', 'DC', 'Bavaria'].map((text) => usStateName(text))).toEqual([
      'California',
      'California',
      'District of Columbia',
      undefined,
    ]);
  });

  it('names none for other places', () => {
    expect(['Ontario', 'San Francisco (CA)', 'XX', ''].map(usStateCode)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('usStateRule', () => {
  it('scores the option of the same state', () => {
    const choices = [
      { value: 'AL', text: 'Alabama' },
      { value: 'CA', text: 'California' },
      { value: 'CO', text: 'Colorado' },
    ];
    expect(usStateRule(choices, 'California', {})).toEqual([0, 1, 0]);
    expect(usStateRule(choices, 'CA', {})).toEqual([0, 1, 0]);
    expect(usStateRule(choices, 'Bavaria', {})).toBeUndefined();
  });

  it("picks the state spelled in the page's language in a long list of states, and only one alike", () => {
    const german = [
      'Alabama',
      'Alaska',
      'Arizona',
      'Arkansas',
      'Kalifornien',
      'Colorado',
      'Connecticut',
      'Delaware',
      'Florida',
      'Georgia',
    ];
    const scores = usStateRule(
      german.map((text) => ({ value: text, text })),
      'California',
      { country: 'United States' },
    );
    expect(scores?.indexOf(1)).toBe(4);
    // A short list spelled alike is no list of states: nothing is guessed.
    const short = ['Kalifornien', 'Nevada'].map((text) => ({ value: text, text }));
    expect(usStateRule(short, 'California', {})).toEqual([0, 0]);
  });

  it("picks a short list's option for the rest when the person's state is not in it", () => {
    const payroll = ['Idaho', 'Oregon', 'Washington', 'Other state'].map((text) => ({ value: text, text }));
    expect(usStateRule(payroll, 'California', { country: 'United States' })).toEqual([0, 0, 0, 1]);
    // Not a list of states: nothing to say.
    const offices = ['Boise', 'Portland', 'Other'].map((text) => ({ value: text, text }));
    expect(usStateRule(offices, 'California', { country: 'United States' })).toEqual([0, 0, 0]);
  });
});

describe('namedUsStates', () => {
  it('reads states named in full, as a code after a town, and as a list of codes', () => {
    expect([...namedUsStates('Do you live in California or Oregon?')]).toEqual(['CA', 'OR']);
    expect([...namedUsStates('Do you live within 50 miles of Fresno, CA?')]).toEqual(['CA']);
    expect([...namedUsStates('We can employ staff in CA, DC, MD, NY and WA. Do you live in one of these?')]).toEqual([
      'CA',
      'DC',
      'MD',
      'NY',
      'WA',
    ]);
    // A list in the help beside states named in full names no more of them.
    expect([...namedUsStates('Do you live in Oregon or Washington?. We hire in OR, WA, CA, ID and NV.')]).toEqual([
      'OR',
      'WA',
    ]);
    // A word in capitals is no state: a list is.
    expect([...namedUsStates('Are you a US citizen, OR a permanent resident?')]).toEqual([]);
  });
});
