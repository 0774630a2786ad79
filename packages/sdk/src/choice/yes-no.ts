/**
 * Yes/no answers: the user's value (yes/no/true/false/y/n) and an option's polarity, whether it is a
 * bare "Yes"/"N"/"False" or a sentence ("Yes, I am authorized to work in the US", "I do not require
 * sponsorship", "Will not require sponsorship"). "Decline to answer" and "Prefer not to say" have
 * none, so they never match.
 */
import type { UserProfileValues } from '../edits/profile-values.ts';
import type { Choice } from '../fill/match-choice.ts';
import type { ChoiceRule } from './choice-rule.ts';
import { countryCode } from './country-match.ts';
import { normalizeText, optionTexts } from './normalize-option.ts';

/** The two answers. */
export const POLARITIES = ['yes', 'no'] as const;
/** One of {@link POLARITIES}. */
export type Polarity = (typeof POLARITIES)[number];

/** Canonicals that hold a yes/no answer even when the user has not given one. */
export const YES_NO_CANONICALS: ReadonlySet<string> = new Set(['work_authorization', 'sponsorship']);

const VALUE_WORDS: Readonly<Record<string, Polarity>> = {
  yes: 'yes',
  y: 'yes',
  true: 'yes',
  no: 'no',
  n: 'no',
  false: 'no',
};
/** "Sí" / "No", "Oui" / "Non", "Ja" / "Nein" …, as normalized (accents folded: "Não" is "nao"). */
const OTHER_LANGUAGES: Readonly<Record<string, Polarity>> = {
  si: 'yes',
  sim: 'yes',
  oui: 'yes',
  ja: 'yes',
  tak: 'yes',
  evet: 'yes',
  да: 'yes',
  // Hungarian, Romanian, Finnish, Vietnamese ("Có" / "Không") and Thai ("ใช่" / "ไม่ใช่", marks folded).
  igen: 'yes',
  da: 'yes',
  kylla: 'yes',
  ใช: 'yes',
  // Greek, Ukrainian, Indonesian ("Ya" / "Tidak"), Croatian ("Da" / "Ne").
  ναι: 'yes',
  так: 'yes',
  ya: 'yes',
  nao: 'no',
  non: 'no',
  nein: 'no',
  nee: 'no',
  nej: 'no',
  nie: 'no',
  hayir: 'no',
  нет: 'no',
  nem: 'no',
  nu: 'no',
  ei: 'no',
  khong: 'no',
  οχι: 'no',
  ні: 'no',
  tidak: 'no',
  ne: 'no',
  ไมใช: 'no',
};
const CASUAL: Readonly<Record<string, Polarity>> = { yeah: 'yes', yep: 'yes', nope: 'no' };
/**
 * Answers to a statement ("I do not need sponsorship." — "Confirmed" / "Incorrect"), as normalized
 * ("That's right" is "that right"). Only whole answers: "Correct - I will need sponsorship" says
 * its own answer in its sentence.
 */
const AGREEMENT: Readonly<Record<string, Polarity>> = {
  confirmed: 'yes',
  'i confirm': 'yes',
  correct: 'yes',
  'that correct': 'yes',
  'that right': 'yes',
  agree: 'yes',
  'i agree': 'yes',
  'not confirmed': 'no',
  incorrect: 'no',
  'not correct': 'no',
  disagree: 'no',
  'i disagree': 'no',
};
/** The answer a whole option gives to a statement ("Confirmed": yes, "Incorrect": no), or undefined. */
export const agreementOf = (text: string): Polarity | undefined => AGREEMENT[normalizeText(text)];

// Vietnamese "Có" only alone: leading a sentence, "co" is English ("Co-op student").
const BARE: Readonly<Record<string, Polarity>> = {
  ...VALUE_WORDS,
  ...OTHER_LANGUAGES,
  ...CASUAL,
  ...AGREEMENT,
  co: 'yes',
};
const LEADING: Readonly<Record<string, Polarity>> = { ...VALUE_WORDS, ...OTHER_LANGUAGES, ...CASUAL, not: 'no' };

const anyWord = (words: readonly string[]): RegExp => new RegExp(`\\b(${words.join('|')})\\b`);
// Answers that are neither: "Decline to answer", "Prefer not to say", "I don't wish to answer", "N/A".
const NEUTRAL = anyWord([
  'decline',
  'declines',
  'prefer not',
  'rather not',
  'choose not',
  'not to (say|answer|disclose)',
  '(dont|do not) wish',
  'not sure',
  'unsure',
  '(dont|do not) know',
  'not applicable',
  'n a',
  'maybe',
  'undecided',
  // "Other" gives no answer; "Yes — other work authorization" gives its first word's.
  '(?<!^(yes|no)\\b.*)other',
]);
/** Ways to say "not yet": a degree in progress, a licence pending, "I'm working on one", "Still studying". */
const NOT_YET_PHRASES = [
  'in progress',
  'pending',
  'expected',
  'ongoing',
  'pursuing',
  '(currently|still) (enrolled|attending|studying)',
  'still in school',
  '(i m |im |i am )?working (on|toward|towards) (it|one|a|an|my)',
];
// Not yet either way, unless it opens with its answer ("No, in progress").
const IN_PROGRESS = anyWord(NOT_YET_PHRASES);
const NOT_YET_ANSWER = new RegExp(`^(${NOT_YET_PHRASES.join('|')})$`);

/** True for an answer that only says "not yet" ("In progress", "Still studying"): a third answer beside yes and no. */
export const saysNotYet = (text: string): boolean => NOT_YET_ANSWER.test(normalizeText(text));
// A statement, not a noun phrase such as "US Citizen": it has a subject or one of these verbs.
const STATEMENT = anyWord([
  'i',
  'im',
  'we',
  'am',
  'is',
  'are',
  'will',
  'would',
  'do',
  'does',
  'have',
  'has',
  'can',
  'need',
  'needs',
  'require',
  'requires',
  'authorized',
  'authorised',
  'eligible',
  'legally',
  'permitted',
]);
const NEGATION = anyWord([
  'not',
  'no',
  'dont',
  'doesnt',
  'wont',
  'cant',
  'cannot',
  'isnt',
  'arent',
  'never',
  'without',
  'none',
  'neither',
]);
const SPONSORSHIP_WORDS = anyWord(['sponsor', 'sponsorship', 'sponsored', 'visa', 'h1b', 'h 1b']);
const AUTHORIZATION_WORDS = anyWord([
  'authorized',
  'authorised',
  'authorization',
  'authorisation',
  'eligible',
  'legally',
  'lawfully',
  'right to work',
  // "I have unrestricted work rights in the United States" (the Australian and British wording).
  '(work|working) rights',
  '(allowed|entitled|permitted|free) to work',
  // Able to work in a place or for an employer is a right; able to work evenings or weekends is none.
  'able to work (in|within|for|there|here|without)',
  // "I can work for any US employer", "I can work in the US": the right to work, said plainly.
  'can work for any (\\w+ )?employer',
  'can (legally |lawfully )?work (in|within|there|here)',
]);

/** The answer the user's value gives, or undefined when it is not a yes/no word. */
export function valuePolarity(value: string): Polarity | undefined {
  return VALUE_WORDS[normalizeText(value)];
}

/** The answer an option gives: its leading yes/no word, else a statement's negation; else undefined. */
export function optionPolarity(text: string): Polarity | undefined {
  const key = normalizeText(text);
  if (key === '' || NEUTRAL.test(key)) return undefined;
  const leading = BARE[key] ?? LEADING[key.split(' ')[0] ?? ''];
  if (leading !== undefined) return leading;
  if (IN_PROGRESS.test(key) || !STATEMENT.test(key)) return undefined;
  // "… without restrictions" qualifies a yes, it negates nothing.
  return NEGATION.test(key.replace(UNRESTRICTED, '')) ? 'no' : 'yes';
}

/** True for an option that opens with its answer ("Yes, with a visa", "No - …"). */
export function answersFirst(text: string): boolean {
  return LEADING[normalizeText(text).split(' ')[0] ?? ''] !== undefined;
}

/** True for a bare answer word ("Yes", "n", "False"), as opposed to a sentence. */
export function isBareAnswer(text: string): boolean {
  return BARE[normalizeText(text)] !== undefined;
}

/** The yes/no canonical a sentence is plainly about ("…require sponsorship"), or undefined. */
export function yesNoTopic(text: string): 'work_authorization' | 'sponsorship' | undefined {
  const key = normalizeText(text);
  const sponsorship = SPONSORSHIP_WORDS.test(key);
  const authorization = AUTHORIZATION_WORDS.test(key);
  if (sponsorship === authorization) return undefined;
  return sponsorship ? 'sponsorship' : 'work_authorization';
}

/** Where a sentence joins two answers ("authorized … and do not require sponsorship"). */
const CLAUSE_JOIN = / (?:and|but|however|while|yet) /;

/**
 * Where a card's title meets the line under it, read as one text ("I can work for any US employer
 * No sponsorship needed"): an answer word opening a second sentence without a stop.
 */
const CARD_LINE = / (?=(?:No|Yes|Not|Never|Will|Won't|Need|Needs|Requires?)\b)/;

/** The answer each clause of an option gives, by the yes/no question it is about. */
function clauseAnswers(text: string): Map<'work_authorization' | 'sponsorship', Polarity> {
  const answers = new Map<'work_authorization' | 'sponsorship', Polarity>();
  // A comma or a dash joins clauses too: "Authorized to work, will not require sponsorship",
  // "Authorized — no sponsorship needed".
  const clauses = text
    .split(/[,;]|\s[—–-]\s/)
    .flatMap((part) => part.split(CARD_LINE))
    .flatMap((part) => normalizeText(part).split(CLAUSE_JOIN));
  for (const clause of clauses) {
    // "I can work for any US employer without a visa sponsor": the right to work, and no sponsor.
    const unsponsored = clause.replace(WITHOUT_SPONSOR, ' ').trim();
    if (unsponsored !== clause && yesNoTopic(unsponsored) === 'work_authorization') {
      const authorized = optionPolarity(unsponsored);
      if (authorized !== undefined) {
        answers.set('work_authorization', authorized);
        answers.set('sponsorship', authorized === 'yes' ? 'no' : 'yes');
        continue;
      }
    }
    const topic = yesNoTopic(clause);
    const polarity = optionPolarity(clause);
    if (topic !== undefined && polarity !== undefined) answers.set(topic, polarity);
  }
  return answers;
}

/**
 * The answer an option gives to the right to work, clause by clause where it answers both
 * questions ("Authorized — no sponsorship needed" is a yes to it, whatever its "no" says of the
 * sponsorship), else as a whole.
 */
export const authorizationAnswer = (text: string): Polarity | undefined =>
  clauseAnswers(text).get('work_authorization') ?? optionPolarity(text);

/** Working "without a visa sponsor", "without sponsorship": the sponsorship half of a sentence. */
const WITHOUT_SPONSOR =
  /\bwithout (?:a |any |the |an )?(?:employer |visa |work visa )?(?:sponsor|sponsorship|sponsoring)\b/;

/**
 * A qualified answer: "…for my present employer only", "Yes, but only with visa sponsorship". When
 * two options give the user's answer, the unqualified one is theirs (their value is a plain yes).
 */
const QUALIFIED = anyWord([
  'only',
  'but',
  'limited',
  'restricted',
  'with (some )?restrictions?',
  'conditional',
  'temporary',
  'with (visa )?sponsorship',
  '(present|current|specific) employer',
  'tied to',
  'expires?',
  'expiring',
]);
const UNRESTRICTED = /\bwithout (any )?(restrictions?|limitations?)\b/g;
const UNQUALIFIED = anyWord(['without (any )?restrictions?', 'any employer']);

function isQualified(text: string): boolean {
  const key = normalizeText(text);
  return QUALIFIED.test(key) && !UNQUALIFIED.test(key);
}

/**
 * Options giving the value's answer: a bare answer word 2, a sentence answering both the right to
 * work and the visa question 1.5, a sentence 1, a qualified sentence 0.5
 * (so "Yes" wins over "Yes, in the future" for 'true', and "for any employer" over "for my present
 * employer only"); not applicable when the value is not a yes/no word.
 */
export const yesNoRule: ChoiceRule = (choices, value, values) => {
  const wanted = valuePolarity(value);
  if (wanted === undefined) return undefined;
  // Beside options stating an answer, a word agreeing with the question's statement ("Confirmed")
  // means what the statement says, which may be either: only elimination picks it.
  const stated = choices.some((choice) => clauseAnswers(optionTexts(choice)[0] ?? '').size > 0);
  const scores = choices.map((choice) => {
    const text = optionTexts(choice).find((candidate) => optionPolarity(candidate) !== undefined);
    if (text === undefined || (stated && agreementOf(text) !== undefined)) return 0;
    // A sentence answering both questions ("authorized … and do not require sponsorship") is the
    // person's when both answers are theirs, and then says more than one answering either.
    const answers = clauseAnswers(text);
    if (answers.size > 1)
      return [...answers].every(([topic, polarity]) => (valuePolarity(values[topic] ?? '') ?? wanted) === polarity)
        ? 1.5
        : 0;
    if (optionPolarity(text) !== wanted) return 0;
    // A statement about the other question must be true of the person too: "Need H-1B visa
    // sponsorship" is no way to say yes to the right to work for someone who needs none. ("Yes,
    // with a visa" answers the question asked first.)
    const [topic, polarity] = [...answers][0] ?? [];
    const held = topic === undefined ? undefined : valuePolarity(values[topic] ?? '');
    if (held !== undefined && held !== polarity && !answersFirst(text)) return 0;
    if (isBareAnswer(text)) return 2;
    // "Yes, the US" / "Yes, Canada" / "Yes, both": a yes for one country is the person's only for
    // their own, and then it says more than "Yes, both".
    const country = wanted ? namedCountry(text) : undefined;
    if (country !== undefined) return country === countryCode(values.country ?? '') ? 1.25 : 0;
    return isQualified(text) ? 0.5 : 1;
  });
  return scores.some((score) => score > 0) ? scores : agreementByElimination(choices, values);
};

/**
 * "Please confirm: I do not need sponsorship." — "Confirmed" / "I will need sponsorship": when every
 * other option states an answer the person does not hold, the one word agreeing is theirs.
 */
function agreementByElimination(choices: readonly Choice[], values: UserProfileValues): number[] {
  const agreeing = choices.map((choice) => optionTexts(choice).some((text) => agreementOf(text) === 'yes'));
  if (agreeing.filter(Boolean).length !== 1) return choices.map(() => 0);
  const othersUntrue = choices.every((choice, index) => {
    if (agreeing[index]) return true;
    const answers = [...clauseAnswers(optionTexts(choice)[0] ?? '')];
    return (
      answers.length > 0 &&
      answers.every(([topic, polarity]) => {
        const held = valuePolarity(values[topic] ?? '');
        return held !== undefined && held !== polarity;
      })
    );
  });
  return agreeing.map((agrees) => (agrees && othersUntrue ? 1 : 0));
}

/** Words around a country in an answer ("Yes, in the U.S."). */
const AROUND_COUNTRY = /^(?:(?:yes|no|in|for|the|only)\s+)+/;

/** The one country an answer names in a part of its own ("Yes, the US"; "Yes – Canada"). */
function namedCountry(text: string): string | undefined {
  const parts = text.split(/\s*[,;:()–—]\s*|\s+-\s+/).map((part) => normalizeText(part).replace(AROUND_COUNTRY, ''));
  const found = new Set(parts.map((part) => countryCode(part)).filter((code) => code !== undefined));
  return found.size === 1 ? [...found][0] : undefined;
}
