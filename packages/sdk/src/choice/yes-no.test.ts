import { resolveChoice } from './resolve-choice.ts';
import { describe, expect, it } from 'vitest';
import { isBareAnswer, optionPolarity, valuePolarity, yesNoRule, yesNoTopic } from './yes-no.ts';

describe('valuePolarity', () => {
  it('reads yes/no/true/false/y/n in any case', () => {
    expect(['yes', 'Y', 'TRUE', 'no', 'n', 'False'].map(valuePolarity)).toEqual([
      'yes',
      'yes',
      'yes',
      'no',
      'no',
      'no',
    ]);
    expect(['maybe', '1', '', 'Yes, I am'].map(valuePolarity)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('bare answers in more languages', () => {
  it('reads Hungarian, Romanian, Finnish, Vietnamese and Thai yes and no, the Vietnamese yes only alone', () => {
    expect(['Ναι', 'Όχι', 'Так', 'Ні', 'Ya', 'Tidak', 'Ne'].map((text) => optionPolarity(text))).toEqual([
      'yes',
      'no',
      'yes',
      'no',
      'yes',
      'no',
      'no',
    ]);
    const answers = ['Igen', 'Nem', 'Da', 'Nu', 'Kyllä', 'Ei', 'Có', 'Không', 'ใช่', 'ไม่ใช่'];
    expect(answers.map((text) => optionPolarity(text))).toEqual([
      'yes',
      'no',
      'yes',
      'no',
      'yes',
      'no',
      'yes',
      'no',
      'yes',
      'no',
    ]);
    expect(optionPolarity('Co-op student')).toBeUndefined();
  });
});

describe('optionPolarity', () => {
  it('reads a leading answer word', () => {
    expect(
      ['Yes', 'N', 'False', 'Yes, I am authorized to work in the US', "No - I don't need a visa", 'Not authorized'].map(
        optionPolarity,
      ),
    ).toEqual(['yes', 'no', 'no', 'yes', 'no', 'no']);
    expect(['Sí', 'Não', 'Oui', 'Nein', 'Ja, ich bin berechtigt'].map(optionPolarity)).toEqual([
      'yes',
      'no',
      'yes',
      'no',
      'yes',
    ]);
  });

  it('reads a statement by its negation', () => {
    const statements = {
      'I am authorized to work in the US': 'yes',
      'I am not authorized': 'no',
      'I will require sponsorship': 'yes',
      'I do not require sponsorship': 'no',
      "I won't need sponsorship": 'no',
      'I no longer need a visa': 'no',
      'I have never required sponsorship': 'no',
      'Will not require sponsorship': 'no',
      'Will require sponsorship': 'yes',
    };
    expect(Object.fromEntries(Object.keys(statements).map((text) => [text, optionPolarity(text)]))).toEqual(statements);
  });

  it('gives neutral answers and noun phrases no polarity', () => {
    const neither = [
      'Decline to answer',
      'Prefer not to say',
      "I don't wish to answer",
      'Decline To Self Identify',
      'N/A',
      'Not applicable',
      'Other',
      "I'm working on one",
      'In progress',
      'US Citizen',
      '',
    ];
    expect(neither.map(optionPolarity)).toEqual(neither.map(() => undefined));
  });
});

describe('isBareAnswer', () => {
  it('is true only for a lone answer word', () => {
    expect(['Yes', 'n', 'True', 'Yes, I am', 'Not'].map(isBareAnswer)).toEqual([true, true, true, false, false]);
  });

  it('reads the words agreeing with a statement or not as answers, only when whole', () => {
    expect(["That's right", 'Confirmed', 'I agree', 'Incorrect', 'Not correct'].map(optionPolarity)).toEqual([
      'yes',
      'yes',
      'yes',
      'no',
      'no',
    ]);
    expect(isBareAnswer('Correct - I will need sponsorship')).toBe(false);
  });
});

describe('yesNoTopic', () => {
  it('names the question a sentence is plainly about', () => {
    expect(yesNoTopic('No, I will not require visa sponsorship')).toBe('sponsorship');
    expect(yesNoTopic('Yes, I am legally authorized to work')).toBe('work_authorization');
    expect(yesNoTopic('Yes')).toBeUndefined();
    expect(yesNoTopic('I am authorized and do not need sponsorship')).toBeUndefined();
  });
});

describe('yesNoRule', () => {
  it("reads a card's title and the line under it as two clauses ('I can work for any US employer' / 'No sponsorship needed')", () => {
    const cards = [
      'I will need sponsorship Now or in the future, for example H-1B or TN',
      'I can work for any US employer No sponsorship needed, now or later',
      'I am on OPT / STEM OPT Will need sponsorship after OPT ends',
    ].map((text) => ({ value: text, text }));
    expect(yesNoRule(cards, 'yes', { sponsorship: 'no' })).toEqual([0, 1.5, 0]);
  });

  it("reads working 'without a visa sponsor' as the right to work and no sponsor", () => {
    const statements = [
      'I can work for any US employer without a visa sponsor',
      'I can work now, but my status will need sponsorship later',
      'I need sponsorship to start',
      'None of the above',
    ].map((text) => ({ value: text, text }));
    expect(yesNoRule(statements, 'yes', { sponsorship: 'no' })).toEqual([1.5, 0, 0, 0]);
    // "I can work in the US" says the right as plainly.
    const plain = [
      'I can work in the US without sponsorship',
      'I can work in the US now but will need sponsorship later',
      'I need sponsorship to work in the US',
    ].map((text) => ({ value: text, text }));
    expect(yesNoRule(plain, 'yes', { sponsorship: 'no' })).toEqual([1.5, 0, 0]);
  });

  it('scores a bare answer above a sentence of the same polarity', () => {
    const choices = ['Yes', 'Yes, in the future', 'No'].map((text) => ({ value: '', text }));
    expect(yesNoRule(choices, 'true', {})).toEqual([2, 1, 0]);
    expect(yesNoRule(choices, 'sometimes', {})).toBeUndefined();
  });

  it('takes the one agreeing word when every other option states what the person does not hold', () => {
    const confirm = (texts: string[], sponsorship: string) =>
      yesNoRule(
        texts.map((text) => ({ value: text, text })),
        sponsorship,
        { sponsorship },
      );
    // "Please confirm: I do not need sponsorship." — the statement is hers, the other option is not.
    expect(confirm(['Confirmed', 'I will need sponsorship'], 'no')).toEqual([1, 0]);
    // For someone who needs a sponsor the sentence is the answer itself.
    expect(confirm(['Confirmed', 'I will need sponsorship'], 'yes')).toEqual([0, 1]);
    // A statement the person holds is picked as such; no word agrees by elimination then.
    expect(confirm(['Confirmed', 'I do not need sponsorship'], 'no')).toEqual([0, 1]);
    // Two agreeing words, or another option saying nothing: no elimination.
    expect(confirm(['Confirmed', 'Correct', 'I will need sponsorship'], 'no')).toEqual([0, 0, 0]);
  });

  it('reads a radio value when its label is missing', () => {
    expect(
      yesNoRule(
        [
          { value: 'yes', text: '' },
          { value: 'no', text: '' },
        ],
        'n',
        {},
      ),
    ).toEqual([0, 2]);
  });
});

describe('qualified answers', () => {
  it('prefers the unqualified yes when two options say yes', () => {
    const options = [
      { value: '', text: '--' },
      { value: '1', text: 'I am authorized to work in the United States for any employer' },
      { value: '2', text: 'I am authorized to work in the United States for my present employer only' },
      { value: '3', text: 'I am not currently authorized to work in the United States' },
    ];
    expect(resolveChoice(options, 'work_authorization', 'yes')).toBe(1);
    expect(resolveChoice(options, 'work_authorization', 'no')).toBe(3);
    const sponsored = [
      { value: 'a', text: 'Yes, without restrictions' },
      { value: 'b', text: 'Yes, but only with visa sponsorship' },
      { value: 'c', text: 'No' },
    ];
    expect(resolveChoice(sponsored, 'work_authorization', 'yes')).toBe(0);
    const restricted = ['Yes, without restrictions', 'Yes, with restrictions', 'No'].map((text) => ({
      value: text,
      text,
    }));
    expect(resolveChoice(restricted, 'work_authorization', 'yes')).toBe(0);
    const rights = [
      'I have the right to work in the US without restrictions',
      'I will need a visa to work in the US',
      'I am not sure',
    ].map((text) => ({ value: text, text }));
    expect(resolveChoice(rights, 'work_authorization', 'yes', { sponsorship: 'no' })).toBe(0);
    const tied = [
      'Yes — I can work for any US employer',
      'My work authorization is tied to an employer or expires',
      'No',
    ];
    expect(
      resolveChoice(
        tied.map((text) => ({ value: text, text })),
        'work_authorization',
        'yes',
      ),
    ).toBe(0);
  });

  it("picks the yes naming the person's country among yeses for one country or both", () => {
    const options = ['Yes, the US', 'Yes, Canada', 'Yes, both', 'No'].map((text) => ({ value: text, text }));
    expect(resolveChoice(options, 'work_authorization', 'yes', { country: 'United States' })).toBe(0);
    expect(resolveChoice(options, 'work_authorization', 'yes', { country: 'Canada' })).toBe(1);
    expect(resolveChoice(options, 'work_authorization', 'no', { country: 'United States' })).toBe(3);
  });

  it('reads clauses a comma joins as two answers', () => {
    const statuses = [
      'U.S. citizen or national',
      'Authorized to work, will not require sponsorship',
      'Authorized to work, will require sponsorship now or later',
      'Not authorized to work in the US',
    ].map((text, index) => ({ value: String(index), text }));
    expect(resolveChoice(statuses, 'work_authorization', 'yes', { sponsorship: 'no' })).toBe(1);
    expect(resolveChoice(statuses, 'work_authorization', 'yes', { sponsorship: 'yes' })).toBe(2);
  });

  it('reads clauses a dash joins as two answers, with the card line under each', () => {
    const cards = ['Authorized — no sponsorship needed', 'Authorized — will need sponsorship', 'Not authorized'].map(
      (text, index) => ({ value: String(index), text }),
    );
    expect(resolveChoice(cards, 'work_authorization', 'yes', { sponsorship: 'no' })).toBe(0);
    expect(resolveChoice(cards, 'work_authorization', 'yes', { sponsorship: 'yes' })).toBe(1);
    expect(resolveChoice(cards, 'sponsorship', 'no', { work_authorization: 'yes' })).toBe(0);
    // A description under each card names the bases: the citizenship it lists is no "no".
    const described = [
      'Authorized — no sponsorship needed Citizen, permanent resident, or a visa that does not need an employer petition',
      'Authorized — will need sponsorship e.g. OPT/STEM OPT, H-1B transfer, TN',
      'Not authorized I do not currently hold US work authorization',
    ].map((text, index) => ({ value: String(index), text }));
    expect(resolveChoice(described, 'work_authorization', 'yes', { sponsorship: 'no' })).toBe(0);
  });

  it('reads "work rights" as the right to work, beside the visa half of the sentence', () => {
    const statements = [
      'I have unrestricted work rights in the United States and will not need the University to sponsor a visa',
      'I have work rights for a limited period (e.g. OPT, H-4 EAD) and may need sponsorship later',
      'I will require the University to sponsor my visa',
    ].map((text, index) => ({ value: String(index), text }));
    expect(resolveChoice(statements, 'work_authorization', 'yes', { sponsorship: 'no' })).toBe(0);
    expect(resolveChoice(statements, 'sponsorship', 'no', { work_authorization: 'yes' })).toBe(0);
    expect(resolveChoice(statements, 'sponsorship', 'yes', { work_authorization: 'yes' })).toBe(1);
  });

  it('reads "not able to work" as the right to work, no answer to the visa question', () => {
    const statuses = [
      'No Selection',
      'I can work in the US with no sponsored visa needed, now or later',
      'I will need an employer-sponsored visa now or in the future',
      'I am not able to work in the US',
    ].map((text, index) => ({ value: index === 0 ? '' : String(index), text }));
    expect(resolveChoice(statuses, 'sponsorship', 'no', { work_authorization: 'yes' })).toBe(1);
  });
});
