/**
 * Answers whose question changes them. "Are you authorized to work in the US without visa
 * sponsorship?" asks for the right to work and the sponsorship at once: yes only for someone who
 * has the right and needs no sponsorship. "Have you completed a Bachelor's degree?" is answered
 * from the degree the person holds, "Do you live in the UK?" from their country. "Years of
 * experience in analytics" is the person's total only when analytics is their line of work. Pure.
 */
import { degreeOf, type DegreeLevel } from '../choice/degree-level.ts';
import type { UserProfileValues } from '../edits/profile-values.ts';
import { countryCode } from '../choice/index.ts';
import { currencyCode } from '../choice/currency-match.ts';
import { numberOnce, parseAmount, parseRange } from '../choice/number-range.ts';
import { normalizeText } from '../choice/normalize-option.ts';
import { holdsWords } from '../choice/word-match.ts';
import { namedUsStates, usStateCode, usStateName } from '../choice/us-states.ts';
import { livesInZone } from '../choice/time-zone.ts';
import { namesMetroOf, namesNeighbourOf } from '../choice/metro-area.ts';
import { statesResidence } from '../choice/residence-statement.ts';
import { inNamedRegion } from '../choice/world-region.ts';
import { namedCountry } from '../values/named-country.ts';
import { writtenDate } from '../values/written-date.ts';
import { MAX_TEXT_LENGTH } from '../scan/element-text.ts';
import { AND_NO_SPONSORSHIP } from '../heuristics/no-sponsorship-asked.ts';

const WITHOUT_SPONSORSHIP =
  /\b(without|sin|sem|ohne|senza|sans|zonder)\b(\s+\S+){0,5}\s+(sponsor\w*|visa|visto|immigration|patroc[ií]nio|parrainage)\b/i;
/**
 * "Will you NOT require sponsorship?", "I will not need a visa", "Acme will not have to sponsor me",
 * "… you will not, now or at any point in the future, need Acme to sponsor you"
 * (and "no necesitaré…", "não vou precisar…", "je n'aurai pas besoin…"): the question asked the other way round.
 */
const NEGATED_NEED =
  /(\bnot|\bnever|n't)\s+(\w+\s+){0,2}(require|need|have to)\b|(\bnot|\bnever|n't),[^,]{1,60},\s*(require|need|have to)\b|\bno\s+(necesit|requer)\w*|\bnão\s+(\S+\s+)?(precis|necessit|requer)\w*|\bn['e]\s*\S+\s+pas\s+besoin\b/i;
/**
 * "Are you NOT (currently) authorized to work in the US?", "Do you NOT have the right to work
 * here?": the right to work asked the other way round. ("Aren't you…?" is asked the usual way.)
 */
const NEGATED_RIGHT =
  /\bare you\s+not\s+(?:(?:currently|presently|yet|legally)\s+){0,2}(?:authori[sz]ed|eligible|permitted|allowed|entitled)\b|\bdo you\s+not\s+have\s+(?:the\s+)?(?:legal\s+)?(?:right|authori[sz]ation|permission)\b/i;
/**
 * A question's first sentence: up to a period and a space, not an abbreviation's ("EE. UU." ends
 * none), nor the question's number before it ("2. I do not require …").
 */
const firstSentence = (question: string): string => {
  const unnumbered = question.replace(/^\s*\d{1,3}[.)]\s+/, '');
  return unnumbered.split(/(?<!\b\p{Lu}{1,3})\.\s/u)[0] ?? unnumbered;
};

/** A number of years the question sets as the bar: "5 or more years", "5+ years", "at least 5 years", "more than 5 years". */
const YEARS_BAR =
  /\b(?:(at least|minimum of|more than|over|less than|fewer than)\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*(\+|or more|plus)?\s*years?\b/i;
/** A bar written in words ("at least five years"). */
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const WITH_TOOL = /\bexperience (?:working )?(?:with|using|on)\b/i;

/**
 * The answer to a question setting a bar of years ("Do you have 5 or more years of …?") for
 * someone with `years`; undefined when the question sets none.
 */
function meetsYearsBar(question: string, years: number): 'yes' | 'no' | undefined {
  const bar = YEARS_BAR.exec(numberOnce(question));
  // Years with some tool or system ("working with data or inventory systems") are the person's to count.
  if (!bar || Number.isNaN(years) || WITH_TOOL.test(question)) return undefined;
  const [, comparison = '', count = '', plus] = bar;
  const needed = /^\d+$/.test(count) ? Number(count) : NUMBER_WORDS.indexOf(count.toLowerCase()) + 1;
  if (/less|fewer/i.test(comparison)) return years < needed ? 'yes' : 'no';
  if (/more|over/i.test(comparison)) return years > needed ? 'yes' : 'no';
  // "5 or more", "5+", "at least 5", a bare "5 years of experience" asked as yes or no, and a
  // minimum the question names ("The minimum for this role is 4 years in a … position").
  return plus !== undefined || comparison !== '' || /experience|\bminimum\b/i.test(question)
    ? years >= needed
      ? 'yes'
      : 'no'
    : undefined;
}

/** How far up the ladder a degree is; professional and doctoral degrees all follow a first degree. */
const DEGREE_RANK: Readonly<Record<DegreeLevel, number>> = {
  high_school: 0,
  associate: 1,
  bachelor: 2,
  master: 3,
  mba: 3,
  doctorate: 4,
  jd: 4,
  md: 4,
};

const GRADUATED = /\b(graduat(e|ed)|completed?|finished|conferred|awarded)\b/i;
/** A degree of any level past school: "a college degree", "a university degree", "a degree". */
const ANY_DEGREE =
  /\b(have|hold|possess|earned|completed) an? (college |university |post-?secondary |tertiary |academic )?degree\b(?! (in|of|from)\b)/i;

/**
 * Whether someone holding `held` has the degree `question` names: yes for that degree and for any
 * first degree below theirs, no for one above theirs. Between graduate degrees (has a JD completed a
 * master's?) the ladder does not say.
 */
function holdsDegree(question: string, held: string): 'yes' | 'no' | undefined {
  const asked = degreeOf(question)?.level;
  const own = degreeOf(held)?.level;
  // "Did you graduate?", "Completed?" of the entry's school, no degree named: a degree held is a school finished.
  if (asked === undefined && own !== undefined && GRADUATED.test(question)) return 'yes';
  // "Do you have a college degree?": any degree past school.
  if (asked === undefined && own !== undefined && ANY_DEGREE.test(question))
    return DEGREE_RANK[own] >= DEGREE_RANK.associate ? 'yes' : 'no';
  if (asked === undefined || own === undefined) return undefined;
  if (DEGREE_RANK[own] < DEGREE_RANK[asked]) return 'no';
  const below = DEGREE_RANK[asked] <= DEGREE_RANK.bachelor || (asked === 'master' && own === 'doctorate');
  return below || own === asked ? 'yes' : undefined;
}

/** A degree asked in a subject: "… in Computer Science, Mathematics or a related field", "… in nursing". */
const IN_A_SUBJECT =
  /\bdegree (in|of) (?!(any|an?|the) (field|subject|discipline|area)\b)(?!(arts|science)\b)\w|\b(related|relevant|technical|quantitative) (field|discipline|subject)s?\b|\bfield of study\b|\bmajor(ed)? in\b/i;
/** "… or equivalent experience": years of work do in the degree's place. */
const OR_EXPERIENCE =
  /\bor (an? )?(equivalent|comparable|relevant|related) ((work|professional|practical) )?experience\b/i;

/** A date a start must meet: "on or before", "by", "no later than" it, or strictly "before" it. */
const START_BAR = /\b(on or before|by|no later than|not later than|before)\s+(.+)$/i;

/** A bar naming a date the question gave before it: "… starts February 1. Could you start by that date?" */
const EARLIER_DATE = /^(that|this|the (same|above|said)) (date|day)\b|^then\b/i;

/** Whether a start on `start` (ISO or US) meets the date a question sets ("… start on or before February 1, 2027?"). */
function startsBy(question: string, start: string): 'yes' | 'no' | undefined {
  const bar = START_BAR.exec(question);
  const barText = bar?.[2] ?? '';
  const deadline = bar
    ? (writtenDate(barText) ?? (EARLIER_DATE.test(barText) ? writtenDate(question) : undefined))
    : undefined;
  const own = writtenDate(start);
  if (!bar || deadline === undefined || own === undefined) return undefined;
  const meets = bar[1]?.toLowerCase() === 'before' ? own < deadline : own <= deadline;
  return meets ? 'yes' : 'no';
}

/** True when `text` names the person's city, or a metro area known to hold it ("the Bay Area"). */
function namesOwnCity(text: string, values: UserProfileValues): boolean {
  const city = normalizeText(values.city ?? '');
  return city !== '' && (holdsWords(normalizeText(text), city) || namesMetroOf(text, city));
}

/** "outside the UK", "fora do Brasil": a place the person lives out of. */
const OUTSIDE = /\b(outside( of)?|fora d[eoa]s?|fuera de|hors d[eu]|au(ss|ß)erhalb)\b/i;

/** A statement of living abroad, from the page's country ("Ik woon in het buitenland", "I live abroad"). */
const LIVES_ABROAD =
  /^(i (currently )?(live|reside)|ik woon|ich wohne|je (vis|r[ée]side|habite)|vivo|moro|resido|jeg bor|jag bor)( (in het|im|à l'|a l'|en el|no|i))?\s*(abroad|overseas|buitenland|ausland|[ée]tranger|extranjero|exterior|utlandet|udlandet)\b/i;

/**
 * Whether the person lives abroad from the country of a page in `pageLanguage`: yes when that
 * language is not the one most spoken in the person's country (a Dutch page, someone in the US);
 * unknown for a page in the person's own language or one that names none.
 */
function livesAbroadFrom(pageLanguage: string, values: UserProfileValues): 'yes' | undefined {
  const own = countryCode(values.country ?? '');
  const page = pageLanguage.split('-')[0]?.toLowerCase() ?? '';
  if (own === undefined || page === '') return undefined;
  try {
    return new Intl.Locale(`und-${own}`).maximize().language !== page ? 'yes' : undefined;
  } catch {
    return undefined;
  }
}

/**
 * "within 50 miles of", "within commuting distance of", "within commuting distance (about 35
 * miles) of": near a place rather than in it.
 */
const NEAR = /\bwithin (\(?\w+\)? ){1,5}(of|from)\b/i;

/**
 * Whether the person lives in the place a question names: a country, or else, for someone in the
 * US, one of the states it names ("Do you live in California?", "… within 50 miles of Columbus,
 * OH?"). Near a place in their own state is a matter of miles the values do not hold, unless the
 * place is their city.
 */
export function livesInAsked(question: string, values: UserProfileValues): 'yes' | 'no' | undefined {
  const zone = livesInZone(question, values);
  if (zone !== undefined) return zone;
  const own = countryCode(values.country ?? '');
  if (own === undefined) return undefined;
  // In a place the person lives in, near it is a matter of miles the values do not hold.
  const inIt = NEAR.test(question) ? undefined : 'yes';
  // "Do you live in the San Francisco Bay Area?", "… within 50 miles of Austin?": around the person's city.
  if (namesOwnCity(question, values)) return 'yes';
  // "… within commuting distance of Oakland?" of someone in San Francisco: the same metro area.
  if (NEAR.test(question) && namesNeighbourOf(question, values.city ?? '')) return 'yes';
  // A list of states by their codes ("CA, DC, MD, NY, OR, VA and WA") names no country: "CA" and
  // "MD" are states there, not Canada and Moldova.
  const states = namedUsStates(question);
  const home = usStateCode(values.region ?? '');
  // Only someone living in a US state answers by the states named.
  const byState = own === 'US' && home !== undefined && states.size > 0;
  const inStates = states.has(home ?? '') ? inIt : 'no';
  if (byState && states.size >= 2) return inStates;
  const asked = namedCountry(question);
  if (asked !== undefined) return asked === own ? inIt : 'no';
  // "Are you currently based in the GCC?", "… in the EU?": a region the person's country is in or not.
  const inRegion = inNamedRegion(question, own);
  if (inRegion !== undefined) return inRegion ? inIt : 'no';
  return byState ? inStates : undefined;
}

/**
 * The answer stating that the person already lives where a question of relocation asks about ("I
 * already live in the Bay Area"; "I already live near a hub" of a question naming the hubs), when
 * exactly one such statement holds for them; undefined otherwise: the move is theirs to decide.
 */
export function residenceAnswer(
  answers: readonly string[],
  question: string,
  values: UserProfileValues,
): string | undefined {
  // Near the person's own city, not only in their state: "the area" of Bakersfield is no home of
  // someone in San Francisco.
  const held = answers.filter((answer) => {
    if (!statesResidence(answer)) return false;
    // A statement naming no place ("… near one of our offices", "… in the area") is of the place
    // the question names; one naming a place is of that place.
    if (!NAMES_A_PLACE.test(answer.replace(/^\W*I\b/, ''))) return namesOwnCity(question, values);
    return namesOwnCity(answer, values) || livesInAsked(answer, values) === 'yes';
  });
  return held.length === 1 ? held[0] : undefined;
}

/** A place's name in an answer: a word in capitals after its first ("… in the Bakersfield area"). */
const NAMES_A_PLACE = /\s\p{Lu}/u;

/**
 * A location asked as "City, Country" gets the city and the country, unless the user's location
 * already names that country. (People write a location as city and state: that one stays.)
 */
function locationAsAsked(question: string, values: UserProfileValues): string | undefined {
  const { city, country, location, region } = values;
  if (!city || !country) return undefined;
  // A place whose placeholder or help says only "City" ("Current Location", Keka's) asks the city.
  if (
    question
      .split('. ')
      .slice(1)
      .some((part) => /^(your )?city( name)?$/i.test(part.trim()))
  )
    return city;
  // "e.g. Bengaluru, Karnataka, India": the city, its state and its country, in full.
  // The sentence's stop is no part of the example ("e.g. Baltimore, MD.": a state, not Moldova).
  const example =
    EXAMPLE.exec(question)?.[1]
      ?.split(',')
      .map((part) => part.trim().replace(/\.$/, '')) ?? [];
  if (example.length === 3 && region && countryCode(example[2] ?? '') !== undefined)
    return `${city}, ${usStateName(region) ?? region}, ${country}`;
  const asksCountry =
    /\bcity,? (and )?country\b/i.test(question) ||
    (example.length === 2 && (example[1] ?? '').length > 2 && countryCode(example[1] ?? '') !== undefined);
  if (!asksCountry) return undefined;
  return location?.includes(country) ? undefined : `${city}, ${country}`;
}

/** The example a question gives after "e.g." or "for example", up to its end or a bracket. */
const EXAMPLE = /\b(?:e\.\s?g\.?|for example|example:|ex\.)\s*([^()]+?)\s*(?:[)]|$)/i;

/** "experience in <a line of work>" (or with, using, writing … it), unless professional, relevant or specialized experience is asked for. */
const EXPERIENCE_IN =
  /(?<!(?:speciali[sz]ed|professional|relevant) )\bexperience (?:do you have )?(?:in|with|as|using|writing|building|developing|operating|running|maintaining|administering|teaching|managing|leading|supervising|selling|supporting|coordinating|analy[sz]ing|designing|processing|implementing|modell?ing|working (?:with|in|on|for|at)|programming in) (?:the |a |an |this |that |our |your )?([^?.;:(]+)/i;
/** "Years of professional experience: Python": the line after a colon or a dash. */
const EXPERIENCE_COLON = /\bexperience\s*(?:[:–—]|\s-)\s*(\p{L}[^?.;:(*]*[^?.;:(*\s])/iu;
/** "Professional data experience": a line of work between the kind of experience and the word. */
const KIND_OF_LINE = /^(?:professional|relevant|hands[- ]on|practical)\s+((?:[\w/&+-]+\s+){1,2}?)experience\b/i;
/** "years of <a line of work or skill> experience". */
// One sentence only: the fill joins label and help as sentences ("Years of experience. Years of experience").
const YEARS_OF_LINE = /\byears? of ((?:[\w/&+-]+ ){1,6}?)experience\b/i;
/** "How much hands-on PostGIS experience do you have?": the line between "how much" and the word. */
const HOW_MUCH_LINE = /\bhow much ((?:[\w/&+-]+ ){1,5}?)experience\b/i;
/** "Years of hands-on data engineering": a line of work named alone, to the end of the question. */
const YEARS_OF_BARE = /^years of (?!.*\bexperience\b)((?:[\w/&+-]+ ){0,4}[\w/&+-]+)\s*\*?\s*(?:[.?:]|$)/i;
/**
 * "How many years have you written SQL (professionally)?", "Years building data pipelines", "How
 * long have you worked as a data engineer?", "Years in data engineering": years of doing one thing.
 */
const YEARS_DOING =
  /\b(?:years|how long) (?:(?:have|did) you (?:been )?)?(?:doing|written|writing|used|using|worked (?:hands[- ]on )?(?:with|in|on|as)|working (?:hands[- ]on )?(?:with|in|on|as)|run|ran|running|programmed in|coded in|developed (?:in|with)|developing|built with|built|building|teaching|taught|nursing|selling|sold|managing|managed|leading|led|supervising|driving|operating|designing|processed|processing|handled|handling|dispatched|dispatching|served|serving|supported|supporting|as|in) (?:the |a |an )?([^?.;:(]+)/i;
/** How long or how experience is had, after its line ("… SQL professionally"). */
const AFTER_LINE = /\s+(?:professionally|commercially|in production|full[- ]time)$/i;
/** Lines that are no particular line of work: the industry, the field, this role; or the unit ("experience in years"). */
const ANY_LINE =
  /^(?:industry|field|role|position|roles|positions|workforce|profession|similar|related|total|work|working|years?|months?|professional|relevant|overall|full[- ]time|paid|speciali[sz]ed|qualifying)\b/i;
/** How experience is qualified before its line ("years of professional Python experience", "in this kind of role"). */
const QUALIFIERS =
  /^(?:(?:professional|relevant|hands-on|hands on|practical|commercial|paid|production|industry|full[- ]time|[a-z0-9]+-(?:based|driven|heavy|focused)|(?:kind|type|sort)s? of|this|that|the same)\s+)+/i;
/** Words that say nothing about a line of work. */
const FILLER = new Set([
  'and',
  'or',
  'the',
  'with',
  'for',
  'of',
  'in',
  'a',
  'an',
  'setting',
  'environment',
  'do',
  'you',
  'have',
]);

/** A word's stem, enough to meet "engineer" in "engineering" and "analyst" in "analytics". */
const stem = (word: string): string => word.slice(0, 5);

/** Whether the experience `question` asks about lies in the person's own line of work (their title); undefined when it names none. */
function inOwnLine(asked: string, values: UserProfileValues): boolean | undefined {
  // An abbreviation in brackets ("warehouse management system (WMS)") repeats the line it follows.
  const question = asked.replace(ABBREVIATION, '');
  const line = (
    EXPERIENCE_IN.exec(question)?.[1] ??
    EXPERIENCE_COLON.exec(question)?.[1] ??
    YEARS_OF_LINE.exec(question)?.[1] ??
    HOW_MUCH_LINE.exec(question)?.[1] ??
    YEARS_DOING.exec(question)?.[1] ??
    YEARS_OF_BARE.exec(question)?.[1] ??
    KIND_OF_LINE.exec(question)?.[1]
  )
    ?.replace(QUALIFIERS, '')
    .trim()
    .replace(AFTER_LINE, '');
  if (!line || ANY_LINE.test(line)) return undefined;
  const words = (text: string) =>
    // "K-12" and "SCADA-controlled" are words of a line as a whole.
    (text.toLowerCase().match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? [])
      .filter((word) => word.length >= 3 && !FILLER.has(word))
      .map(stem);
  const own = new Set(words(values.current_title ?? ''));
  const technical = TECH_TITLE.test(values.current_title ?? '');
  const inData = DATA_TITLE.test(values.current_title ?? '');
  const isOwn = (word: string) =>
    own.has(word) || (technical && TECH_LINES.has(word)) || (inData && DATA_LINES.has(word));
  // Each alternative is a line of its own. One qualified by another line's words ("claims data",
  // "production SQL") is not the person's, though it ends in a word of their title.
  // Work in a kind of setting ("data in a GxP-regulated environment", "in a hospital setting") is
  // asked of that setting, which the person's title does not tell.
  if (SETTING.test(line.replace(ORDINARY_SETTING, ''))) return false;
  // "… building and operating production data pipelines": the work done is what the verbs do it to.
  const alternatives = line
    .split(ALTERNATIVES)
    .map((alternative) => alternative.trim().replace(WORK_VERB, '').replace(QUALIFIERS, ''))
    .filter((alternative) => /\p{L}/u.test(alternative));
  return alternatives.some((alternative) => {
    // Tools for a line of work ("SQL for data pipelines"): the line they are for.
    const purpose = words(alternative.split(TOOLS_FOR)[1] ?? '');
    if (purpose.length > 0 && purpose.some(isOwn) && purpose.slice(0, -1).every(isOwn)) return true;
    // What follows a preposition places the work ("data pipelines on AWS"): the line is before it.
    // An alternative led by its own preposition ("a barista or in food service") names its line after it.
    const named = words(` ${alternative.trim()}`.replace(LEADING_PLACE, '').split(PLACED)[0] ?? '');
    // A line named only in short words is the technical career when it is IT ("IT experience");
    // another ("FP&A", "HR") is a line of its own.
    if (named.length === 0) return technical && SHORT_TECH_LINE.test(alternative.trim());
    return named.some(isOwn) && named.slice(0, -1).every(isOwn);
  });
}

/** A verb of doing the work opening one of the lines a question joins ("building and operating …"). */
const WORK_VERB =
  /^(?:building|operating|maintaining|developing|designing|running|managing|leading|supporting|writing|creating|owning|scaling)\s+/i;

/** An abbreviation in brackets after what it stands for: "(WMS)", "(EHR)". */
const ABBREVIATION = /\s*\([A-Z][A-Za-z0-9&/.-]{1,9}\)/g;

/** The technical career in short words: "IT", "ICT", "tech". */
const SHORT_TECH_LINE = /^(?:it|ict|tech)$/i;

/** A setting named after a line of work: "… in a regulated environment", "… in a clinical setting". */
const SETTING = /\s(?:in|within)\s(?:an?\s|the\s)?[\w\s-]*\b(?:environment|setting|industry|sector|facility)s?\b/i;

/** Where any such work is done ("in a production environment", "in a professional setting"): no setting of its own. */
const ORDINARY_SETTING =
  /\s(?:in|within)\s(?:an?\s|the\s)?(?:live\s|real[\s-]world\s|fast[\s-]paced\s)?(?:production|professional|work(?:ing)?|team|commercial|enterprise|cloud)\s(?:environment|setting)s?\b/i;

/** "<tools> for <a line of work>": what the tools are used for. */
const TOOLS_FOR = /\s+for\s+(?:building\s+|developing\s+)?/i;

/** A preposition an alternative starts with ("… or in food service"). */
const LEADING_PLACE = /^\s(?:in|on|at|within)\s/i;

/** A preposition after a line of work, before where, for whom or with what it is done ("data pipelines with SQL"). */
const PLACED = /\s(?:on|in|at|for|with|within|across|inside)\s/i;
/** What separates the lines a question offers: "clinical or claims data", "SQL, Python". */
const ALTERNATIVES = /,|\/|&|\bor\b|\band\b/;

/** A technical job title, whose holder's career is also "software" or "engineering" experience. */
const TECH_TITLE = /\b(engineer|developer|programmer|software|data|devops|architect|scientist)\b/i;
/** Broad technical lines of work, as stems: software, engineering, development, programming, technical, coding. */
const TECH_LINES: ReadonlySet<string> = new Set(['softw', 'engin', 'devel', 'progr', 'techn', 'codin']);
/** A title in data work, whose holder's career is also analytics, reporting and business-intelligence experience. */
const DATA_TITLE = /\bdata\b/i;
/** Those lines, as stems: analytics / analysis, reporting, business intelligence, and the ETL / ELT pipelines data work builds. */
const DATA_LINES: ReadonlySet<string> = new Set(['analy', 'repor', 'busin', 'intel', 'etl', 'elt', 'pipel']);

/** A pay range a question states, each end with its currency sign: "$138,000 - $162,000", "$140K–$165K". */
const STATED_PAY_RANGE = /[$€£]\s?\d[\d,.]*\s*k?\s*(?:-|–|—|to)\s*[$€£]?\s?\d[\d,.]*\s*k?/i;

/**
 * "The base salary range for this position is $138,000 - $162,000. Is this range acceptable to
 * you?": yes when the pay the person expects, in the range's currency, is no more than its top;
 * above it, whether to go on is theirs to say.
 */
function acceptsPayRange(question: string, values: UserProfileValues): 'yes' | undefined {
  const written = STATED_PAY_RANGE.exec(question)?.[0];
  const range = written ? parseRange(written) : undefined;
  const expected = parseAmount(values.salary_expectation ?? '');
  const sameCurrency = written !== undefined && currencyCode(written) === (values.salary_currency ?? 'USD');
  if (!range || expected === undefined || !sameCurrency || range.hi === Infinity) return undefined;
  return expected <= range.hi ? 'yes' : undefined;
}

/**
 * The values to answer `question` (its label, placeholder and hint) with, as `canonical`: `values`
 * unless the question changes the answer. `yesNo`: the field takes a yes or a no.
 */
export function valuesForQuestion(
  question: string,
  canonical: string,
  values: UserProfileValues,
  yesNo: boolean,
  pageLanguage = '',
): UserProfileValues {
  if (canonical === 'location') {
    const location = locationAsAsked(question, values);
    return location === undefined ? values : { ...values, location };
  }
  if (canonical === 'years_experience' && (inOwnLine(question, values) === false || yesNo)) {
    const { years_experience: years, ...others } = values;
    const answer = yesNo && inOwnLine(question, values) !== false ? meetsYearsBar(question, Number(years)) : undefined;
    return answer === undefined ? others : { ...others, years_experience: answer };
  }
  // The question is its first sentence: help after it ("Select No if you do not require …") asks nothing.
  if (canonical === 'sponsorship' && yesNo && NEGATED_NEED.test(firstSentence(question)) && values.sponsorship) {
    return { ...values, sponsorship: values.sponsorship === 'no' ? 'yes' : 'no' };
  }
  if (canonical === 'country' && yesNo && LIVES_ABROAD.test(question)) {
    const answer = livesAbroadFrom(pageLanguage, values);
    const { country: _asked, ...others } = values;
    return answer === undefined ? others : { ...values, country: answer };
  }
  if (canonical === 'country' && yesNo) {
    // "Do you live in the UK?": yes when it names the person's country, no for another; nothing to
    // say otherwise. "I live outside the UK" asks it the other way round.
    const asked = livesInAsked(question.replace(OUTSIDE, ' in '), values);
    const answer = OUTSIDE.test(question) && asked !== undefined ? (asked === 'yes' ? 'no' : 'yes') : asked;
    const { country: _asked, ...others } = values;
    return answer === undefined ? others : { ...values, country: answer };
  }
  if (canonical === 'salary_expectation' && yesNo) {
    const { salary_expectation: _amount, ...others } = values;
    const answer = acceptsPayRange(question, values);
    return answer === undefined ? others : { ...others, salary_expectation: answer };
  }
  if (canonical === 'start_date' && yesNo) {
    const { start_date: start, ...others } = values;
    const answer = start ? startsBy(question, start) : undefined;
    return answer === undefined ? others : { ...others, start_date: answer };
  }
  if (canonical === 'degree' && yesNo) {
    // The profile holds the degree's level, not its subject: a degree asked in one is the person's
    // to answer, unless experience in its place will do. A question cut short may say so past
    // the cut: it is answered from the level.
    const whole = (question.split('. ')[0] ?? question).length < MAX_TEXT_LENGTH;
    const holds = holdsDegree(question, values.degree ?? '');
    // A level above the person's is none of theirs, in any subject ("a master's in statistics?": no).
    if (whole && IN_A_SUBJECT.test(question) && !OR_EXPERIENCE.test(question) && holds !== 'no') {
      const { degree: _subjectUnknown, ...others } = values;
      return others;
    }
    return holds === undefined ? values : { ...values, degree: holds };
  }
  return canonical === 'work_authorization' ? authorizationAsAsked(question, values, yesNo) : values;
}

/** "Are you 18 or older and authorized to work…": the age is the person's to answer, and with it the question. */
const ASKS_AGE =
  /\b(1[68]|21)\s*(\+|years?( of age)?( or (older|over|above))|or (older|over|above))|\bat least (1[68]|21)\b|\b(of )?legal (working )?age\b/i;
/** "Is there anything that would prevent you from working…?", "…any reason you would be unable to work…?": a yes is a no. */
const ASKED_AS_OBSTACLE =
  /\b(prevent|stop|preclude|bar|keep)s?\b(\s+\S+){0,2}\s+(you|from)\b|\b(unable|not be able|not able|could not|couldn't|cannot|can't)\b/i;
/** "Do you live in…", "Are you currently based in…": where the person lives, not where the role is based. */
const ASKS_RESIDENCE =
  /\b((do|are) you (currently |presently |now )?(live|living|reside|residing|based|located)|you (live|reside))\b/i;

/**
 * The right to work as the question asks it: with the sponsorship it says the person needs none of,
 * with where they live ("Do you live in the US and have the right to work there?"), as an obstacle
 * ("Is anything preventing you…?") or negated ("Are you NOT authorized…?"), and not at all beside an age.
 */
function authorizationAsAsked(question: string, values: UserProfileValues, yesNo: boolean): UserProfileValues {
  const { work_authorization: held, ...others } = values;
  // The question is its first sentence: "We cannot sponsor visas." after it asks nothing.
  const asked = question.split(/(?<=[.?!])\s/)[0] ?? question;
  if (held === undefined || (yesNo && ASKS_AGE.test(asked))) return others;
  let answer = held;
  const withSponsorship = WITHOUT_SPONSORSHIP.test(question) || AND_NO_SPONSORSHIP.test(question);
  if (withSponsorship && held === 'yes' && values.sponsorship !== undefined)
    answer = values.sponsorship === 'no' ? 'yes' : 'no';
  if (!yesNo) return answer === held ? values : { ...values, work_authorization: answer };
  if (ASKS_RESIDENCE.test(asked) && livesInAsked(asked, values) === 'no') answer = 'no';
  const flipped = ASKED_AS_OBSTACLE.test(asked) || NEGATED_RIGHT.test(asked);
  if (flipped && (answer === 'yes' || answer === 'no')) answer = answer === 'yes' ? 'no' : 'yes';
  return answer === held ? values : { ...values, work_authorization: answer };
}
