/**
 * Maps fields to canonicals by their words (call it once per form: claims are per form). Each
 * canonical goes to at most one field, but for a confirmation box asking again: the field
 * whose best candidate scores highest wins it (document order breaks ties). A field only ever gets
 * its own best candidate, never a runner-up left over after another field won, because a
 * runner-up is usually a misfire ("LinkedIn URL" is not the personal website).
 *
 * Choice fields (select, radio, checkbox, yes/no questions) need a unique, confident match:
 * picking an option the user did not mean is worse than leaving the field alone.
 */
import { looksAhead } from './looks-ahead.ts';
import type { FieldDescriptor } from '../scan/field-descriptor.ts';
import type { CanonicalField } from './canonical-fields.ts';
import { evidenceTexts } from './evidence.ts';
import { asksHouseNumber } from '../values/index.ts';
import { namesPlaceOutside } from '../choice/abroad-option.ts';
import { currencyCode } from '../choice/currency-match.ts';
import { countryCode } from '../choice/country-match.ts';
import { uniqueBest } from '../choice/choice-rule.ts';
import { employmentRule } from '../choice/employment-status.ts';
import { optionPolarity } from '../choice/yes-no.ts';
import { FIELD_CATALOG, WORKS_HERE } from './field-catalog.ts';
import { answersYesOrNo, fieldKind, isYesNoQuestion } from './field-kind.ts';
import { groupRepresentatives } from './group-representatives.ts';
import { asksStudyStatus, matchField, matches, withoutParentheses, type FieldCandidate } from './match-field.ts';

/** Lowest score a text, textarea or file field maps with: any single clue but the weakest. */
export const MIN_TEXT_SCORE = 2;

/**
 * Lowest score a choice field maps with: a label match (5), or a name match (4) plus another clue.
 */
export const MIN_CHOICE_SCORE = 5;

/** Evidence that only hints around a field: what it shows inside and the text near it. */
const HINT_EVIDENCE: ReadonlySet<string> = new Set(['placeholder', 'nearbyText']);

/** The parts of a place a "location" is made of. */
const PLACE_PARTS: ReadonlySet<CanonicalField> = new Set(['country', 'region', 'city']);

/** A choice field's best candidate must beat the runner-up by this much to count as unique. */
export const MIN_CHOICE_MARGIN = 2;

function isChoice(field: FieldDescriptor): boolean {
  return fieldKind(field) === 'choice' || isYesNoQuestion(field);
}

/**
 * The canonical a field may take on its own, or undefined when the evidence is too weak or, for
 * choice fields, not unique. Exported so the threshold rule can be tested directly.
 */
export function confidentCandidate(
  field: FieldDescriptor,
  ranked: readonly FieldCandidate[],
): FieldCandidate | undefined {
  const [best, runnerUp] = ranked;
  if (!best) return undefined;
  if (!isChoice(field)) return best.score >= MIN_TEXT_SCORE ? best : undefined;
  if (best.score < MIN_CHOICE_SCORE) return undefined;
  if (!runnerUp || best.score - runnerUp.score >= MIN_CHOICE_MARGIN) return best;
  // A close call between the question and the hints around it ("Location" over a box whose
  // placeholder says "City"): the label asks the question, when only one of the two is read there.
  // A name or id on the other side is the page's own word for the field (a "Country" select named
  // phoneCountry is the dial code's): no close call for the label to settle.
  // Nor is a name for the whole place ("ResidenceLocation-0", Taleo's country, state and city
  // alike) a rival to the label naming its part ("Country of Residence").
  const close = ranked.filter((candidate) => best.score - candidate.score < MIN_CHOICE_MARGIN);
  const asked = close.filter((candidate) => candidate.evidence.includes('label'));
  const wholeOfAsked = asked.length === 1 && PLACE_PARTS.has(asked[0]!.canonical) ? 'location' : undefined;
  const hintsOnly = close.every(
    (candidate) =>
      asked.includes(candidate) ||
      candidate.evidence.every((kind) => HINT_EVIDENCE.has(kind)) ||
      candidate.canonical === wholeOfAsked,
  );
  return asked.length === 1 && hintsOnly && asked[0]!.score >= MIN_CHOICE_SCORE ? asked[0] : undefined;
}

/** The part of the form a field sits in: its form and the heading over it. */
const formPartOf = (field: FieldDescriptor): string => `${field.scope}\u0000${field.section}`;

/**
 * The canonical a field confidently asks; for a field whose label names nothing, alone in a part of
 * the form, the one its heading names ("Message to the Hiring Team" over a box labelled only by its
 * help, "Let the company know about your interest").
 */
function candidateOf(field: FieldDescriptor, partSizes: ReadonlyMap<string, number>): FieldCandidate | undefined {
  const ranked = matchField(field);
  if (ranked.length > 0 || field.section === '' || partSizes.get(formPartOf(field)) !== 1) {
    return confidentCandidate(field, ranked);
  }
  const asPart = { ...field, label: field.section, section: '' };
  return confidentCandidate(asPart, matchField(asPart));
}

/**
 * Maps selectors to canonicals by heuristics.
 *
 * @example mapByHeuristics(fields) // { '[name="job_application[email]"]': 'email', ... }
 */
export function mapByHeuristics(fields: readonly FieldDescriptor[]): Record<string, CanonicalField> {
  const representatives = groupRepresentatives(fields);
  const partSizes = new Map<string, number>();
  for (const field of representatives) partSizes.set(formPartOf(field), (partSizes.get(formPartOf(field)) ?? 0) + 1);
  const proposals = representatives
    .map((field, order) => ({ field, order, candidate: candidateOf(field, partSizes) }))
    .filter((p): p is typeof p & { candidate: FieldCandidate } => p.candidate !== undefined)
    .map((proposal) => ({
      ...proposal,
      secondChoice: isSecondChoice(proposal.field, proposal.candidate.canonical),
      again: asksAgain(proposal.field, proposal.candidate.canonical),
      total: asksTotal(proposal.field, proposal.candidate.canonical),
    }))
    // A second choice only gets a canonical no other field asks for (a home phone beside a mobile);
    // a field asking for it again ("Confirm email", "영문 이름") comes after the one asking first,
    // wherever the page puts it.
    .sort(
      (a, b) =>
        Number(a.secondChoice) - Number(b.secondChoice) ||
        Number(a.again) - Number(b.again) ||
        Number(b.total) - Number(a.total) ||
        b.candidate.score - a.candidate.score ||
        a.order - b.order,
    );

  const map: Record<string, CanonicalField> = {};
  const claimed = new Set<CanonicalField>();
  /** Canonicals a first choice took: a field asking for the total, not for one line of work. */
  const claimedFirst = new Set<CanonicalField>();
  const passedOver: typeof proposals = [];
  for (const proposal of proposals) {
    const { field, candidate } = proposal;
    if (field.selector in map) continue;
    // A part of the value asks for it again ("Area code" beside "Number"); a part of another one,
    // an alternate phone's, does not. Years in several lines of work ("in healthcare", "of data
    // engineering") each ask for it while no field asks for the total: the fill answers the
    // person's own line only (fill/question-answer.ts).
    const anotherLine = PER_LINE_CANONICALS.has(candidate.canonical) && !claimedFirst.has(candidate.canonical);
    // Years as a role ("How long have you worked as a data engineer?") beside the total are asked
    // too: the fill answers them when the role is the person's title.
    // So are years at one kind of work done professionally ("How many years have you been building
    // data pipelines professionally?", "Years spent building data pipelines", "Experience designing
    // data pipelines" counted in years): the fill answers those in the person's own line only.
    const asRole =
      PER_LINE_CANONICALS.has(candidate.canonical) &&
      (AS_ROLE.test(evidenceTexts(field).label) ||
        AT_WORK.test(evidenceTexts(field).label) ||
        (proposal.secondChoice && proposal.again));
    // A bar of years asked as yes or no ("Do you have at least 8 years of …?") beside the years
    // themselves is answered from them too.
    const yearsBar = candidate.canonical === 'years_experience' && isYesNoQuestion(field);
    // A choice of how to give the resume goes with the upload it leads to, whichever comes first.
    const resumeStep = candidate.canonical === 'resume_upload' && !uploadsClaimed(field, map, representatives);
    if (
      claimed.has(candidate.canonical) &&
      !anotherLine &&
      !asRole &&
      !yearsBar &&
      !resumeStep &&
      (proposal.secondChoice || !proposal.again || samePartAgain(field, candidate.canonical, map, representatives))
    ) {
      passedOver.push(proposal);
      continue;
    }
    claimed.add(candidate.canonical);
    if (!proposal.secondChoice) claimedFirst.add(candidate.canonical);
    map[field.selector] = candidate.canonical;
  }
  withSchoolDegree(fields, passedOver, map);
  withoutPastEntries(fields, map);
  withFreedCanonicals(fields, passedOver, map);
  withLetterBox(fields, passedOver, map);
  withCurrentJobEntry(fields, passedOver, map);
  withCurrentJobMate(fields, map);
  withCurrentJobBox(fields, map);
  withTitleBesideEmployer(fields, map);
  withStartDateBox(fields, map);
  withSurnameAsName(fields, map);
  withGivenNameAsName(fields, map);
  withoutSecondName(fields, map);
  withoutMailingBlock(fields, map);
  return withHouseNumber(fields, withCurrencyPicker(fields, withDialCodePicker(fields, withSplitParts(fields, map))));
}

/**
 * A part asked again under the same caption, help and text beside it as a part already given the
 * value ("Area code" of the alternate phone after the phone's own "Area code"): another value's
 * part. Boxes of one value split in a row share their caption and are told apart by their place in it.
 */
function samePartAgain(
  field: FieldDescriptor,
  canonical: CanonicalField,
  map: Readonly<Record<string, CanonicalField>>,
  fields: readonly FieldDescriptor[],
): boolean {
  if (field.split !== undefined) return false;
  // All a person reads of the box: pay asked "Desired pay" per hour and per year is two ways of
  // one value, a date's Day and Year boxes under one question two parts of it.
  const caption = (descriptor: FieldDescriptor) =>
    [evidenceTexts(descriptor).label, descriptor.hint, descriptor.nearbyText, descriptor.placeholder].join('\n');
  const own = caption(field);
  return fields.some(
    (other) =>
      other !== field && map[other.selector] === canonical && other.split === undefined && caption(other) === own,
  );
}

/**
 * True when the resume was given to a field of the same kind as `field` (two uploads, or two
 * choices): a choice of how to give it and the upload itself are two steps of one answer.
 */
function uploadsClaimed(
  field: FieldDescriptor,
  map: Readonly<Record<string, CanonicalField>>,
  fields: readonly FieldDescriptor[],
): boolean {
  const isUpload = (descriptor: FieldDescriptor) => descriptor.type === 'file';
  return fields.some((other) => map[other.selector] === 'resume_upload' && isUpload(other) === isUpload(field));
}

/**
 * "Highest level of education" up the page and "Degree received" in the school's own entry both
 * ask for the one degree a person with one school holds: each takes it (one per part). The entry of
 * a second school ("Education[1]") is not this person's degree and takes none, and a question
 * asked about a degree again ("Do you have a bachelor's degree from an accredited institution?")
 * stays a second choice.
 */
function withSchoolDegree(
  fields: readonly FieldDescriptor[],
  passedOver: readonly { field: FieldDescriptor; candidate: FieldCandidate }[],
  map: Record<string, CanonicalField>,
): void {
  const school = fields.find((field) => map[field.selector] === 'school');
  if (school === undefined) return;
  const schoolSection = school.section;
  const otherSchools = new Set(
    passedOver
      .filter(({ field, candidate }) => candidate.canonical === 'school' && field.section !== schoolSection)
      .map(({ field }) => field.section),
  );
  // "Did you graduate?" beside the degree asks something else of the same school: it keeps its own.
  const degreeFields = fields.filter(
    (field) =>
      (map[field.selector] === 'degree' && !asksOfDegree(field)) ||
      passedOver.some((p) => p.field === field && p.candidate.canonical === 'degree' && !asksOfDegree(field)),
  );
  const parts = new Set<string>();
  // A degree asked after the school in its part is that school's ("Name of college" then "Degree"),
  // unless it asks for the highest level, which sums up every school.
  const schoolAt = fields.indexOf(school);
  const inEntry = (field: FieldDescriptor) =>
    SCHOOL_ENTRY_NAME.test(evidenceTexts(field).name) ||
    (field.section === schoolSection &&
      fields.indexOf(field) > schoolAt &&
      !HIGHEST_LEVEL.test(evidenceTexts(field).label));
  for (const field of degreeFields) {
    const part = `${field.section}\n${inEntry(field) ? 'entry' : ''}`;
    if (otherSchools.has(field.section) || parts.has(part)) delete map[field.selector];
    else {
      parts.add(part);
      map[field.selector] = 'degree';
    }
  }
}

/** A question summing up every school: "Highest level of education", "Education level". */
const HIGHEST_LEVEL = /\b(highest|level)\b/;

/** A field named for a school's entry (`education[0].degree`) sits in that entry, whatever heading is over it. */
const SCHOOL_ENTRY_NAME = /\b(educations|schools|(education|educational|school)( details?)? \d+)\b/;

/** A label that is only the word for a name ("Name *", "Nom"). */
const BARE_NAME = /^(name|nom|nachname|familienname)$/;

/**
 * A bare "Name" beside a first name and no last name asks the family name (German and Swiss forms
 * ask "Vorname" and "Name", French ones "Prénom" and "Nom").
 */
function withSurnameAsName(fields: readonly FieldDescriptor[], map: Record<string, CanonicalField>): void {
  const canonicals = new Set(Object.values(map));
  if (!canonicals.has('first_name') || canonicals.has('last_name')) return;
  const bare = fields.filter(
    (field) => map[field.selector] === 'full_name' && BARE_NAME.test(evidenceTexts(field).label),
  );
  if (bare.length === 1 && bare[0]) map[bare[0].selector] = 'last_name';
}

/** A label that is only the word for a name and never the family's ("Name", "Nombre"). */
const BARE_GIVEN_NAME = /^(name|nombre|nome)$/;

/** A bare "Name" beside a last name ("Surname") and no first name asks the given name. */
function withGivenNameAsName(fields: readonly FieldDescriptor[], map: Record<string, CanonicalField>): void {
  const canonicals = new Set(Object.values(map));
  if (canonicals.has('first_name') || !canonicals.has('last_name')) return;
  const bare = fields.filter(
    (field) => map[field.selector] === 'full_name' && BARE_GIVEN_NAME.test(evidenceTexts(field).label),
  );
  if (bare.length === 1 && bare[0]) map[bare[0].selector] = 'first_name';
}

/**
 * A form that asks the first and the last name has the person's name: a full-name box beside them
 * is another purpose's (a free-class booking card, a referral) or a signature, not theirs to fill.
 */
function withoutSecondName(fields: readonly FieldDescriptor[], map: Record<string, CanonicalField>): void {
  const canonicals = new Set(Object.values(map));
  if (!canonicals.has('first_name') || !canonicals.has('last_name')) return;
  // The name asked again in Latin letters (英文姓名 beside 姓 and 名) is the person's still.
  const again = new Set(fields.filter((field) => asksAgain(field, 'full_name')).map((field) => field.selector));
  for (const [selector, canonical] of Object.entries(map))
    if (canonical === 'full_name' && !again.has(selector)) delete map[selector];
}

/** The end of a period beside its start: an employment's or a school's dates, not the day someone can start. */
const PERIOD_END = new RegExp(
  `\\b(end|finish|leaving|completion) date\\b|^(to|until|end)$|\\bi (currently|presently) (work|study) here\\b|${WORKS_HERE.source}`,
  'i',
);
/** A part, or a label, about the job held now ("Nåværende eller siste arbeidsgiver"). */
const CURRENT =
  /\b(current|currently|present|most recent|n[åa]v[æa]rende|nuv[æa]rende|nuvarande|huidige?|aktuell\w*|derzeitig\w*|actual|atual|actuel\w*|attuale)\b/i;
/** What the current job's entry holds of the person's own: its employer and title, not its dates. */
const CURRENT_ENTRY_CANONICALS: ReadonlySet<CanonicalField> = new Set([
  'current_company',
  'current_title',
  'currently_employed',
]);
/** What an entry of a work history holds that looks like the person's own today. */
const ENTRY_CANONICALS: ReadonlySet<CanonicalField> = new Set(['start_date', ...CURRENT_ENTRY_CANONICALS]);
/** What an employer's entry asks of the employer, not of the person: its town, its phone, its pay. */
const EMPLOYER_CANONICALS: ReadonlySet<CanonicalField> = new Set([
  'salary_expectation',
  'location',
  'city',
  'region',
  'postal_code',
  'address_line1',
  'phone',
  'email',
]);
/** A heading over one job's entry: "Most Recent Employer", "Work History" (not "Employment", the part a start date is often asked in). */
const JOB_ENTRY =
  /\b(employers?|employment history|work history|job history|work experience|previous (jobs?|positions?))\b/i;
/** A part whose heading names a work history ("Employment History", "Employer 1", "Work Experience"). */
const HISTORY_PART = new RegExp(`\\bemployment\\b|${JOB_ENTRY.source}`, 'i');

/**
 * A part holding a period (a start and an end date, "I currently work here") is an entry of a
 * history: its start date is no availability, and its employer and title are the person's to give,
 * unless the part is the current job ("Employer 1 (current or most recent)", "Current employer", or a
 * note under the heading: "List your most recent position first").
 */
function withoutPastEntries(fields: readonly FieldDescriptor[], map: Record<string, CanonicalField>): void {
  // A part asking an employer's name is a job's entry whatever its heading ("Experience").
  const employerParts = new Set(
    fields.filter((field) => map[field.selector] === 'current_company').map((field) => field.section),
  );
  for (const field of fields) {
    const canonical = map[field.selector];
    if (canonical !== undefined && isPastEntry(field, canonical, fields, employerParts)) delete map[field.selector];
  }
}

function isPastEntry(
  field: FieldDescriptor,
  canonical: CanonicalField,
  fields: readonly FieldDescriptor[],
  employerParts: ReadonlySet<string> = new Set(),
): boolean {
  if (field.section === '' || looksAhead(canonical, field.label)) return false;
  const employers =
    EMPLOYER_CANONICALS.has(canonical) && (HISTORY_PART.test(field.section) || employerParts.has(field.section));
  // The entry's own "I currently work here" is ticked with the entry, or left with it.
  const entryBox = canonical === 'currently_employed' && CURRENT_JOB_BOX.test(evidenceTexts(field).label);
  if (!ENTRY_CANONICALS.has(canonical) && !employers && !entryBox) return false;
  // A start date under an employer's heading is that job's, with or without its end beside it, and
  // so is one followed by an end date in a part of its own (Greenhouse: a "Start date" fieldset of
  // month and year, then an "End date" one). A part holding an entry's "Current role" box is an entry.
  const entry =
    entryBox ||
    (canonical === 'start_date' && (JOB_ENTRY.test(field.section) || endFollows(field, fields))) ||
    fields.some(
      (other) =>
        other !== field &&
        other.section === field.section &&
        (PERIOD_END.test(other.label.trim()) ||
          (other.type === 'checkbox' && CURRENT_JOB_BOX.test(evidenceTexts(other).label))),
    );
  if (!entry) return false;
  // "I currently work here" says which entry is current, not that this one is: the part's title does.
  const labelSaysCurrent = canonical !== 'currently_employed' && CURRENT.test(field.label);
  const partSaysCurrent = CURRENT.test(field.section) || CURRENT.test(field.sectionNote ?? '');
  return !((CURRENT_ENTRY_CANONICALS.has(canonical) || entryBox) && (partSaysCurrent || labelSaysCurrent));
}

/**
 * True when the first field after `field`'s own part asks a period's end ("End date Month"): the
 * part is a period's start.
 */
function endFollows(field: FieldDescriptor, fields: readonly FieldDescriptor[]): boolean {
  const after = fields.slice(fields.indexOf(field) + 1).find((other) => other.section !== field.section);
  return (
    after !== undefined &&
    after.scope === field.scope &&
    (PERIOD_END.test(after.section) || PERIOD_END.test(after.label.trim()))
  );
}

/**
 * A canonical a past entry took and gave back ("Company Name" of a work history) goes to the field
 * passed over for it, first in line, that is no past entry itself ("Current company" further down).
 */
function withFreedCanonicals(
  fields: readonly FieldDescriptor[],
  passedOver: readonly { field: FieldDescriptor; candidate: FieldCandidate }[],
  map: Record<string, CanonicalField>,
): void {
  const taken = new Set(Object.values(map));
  for (const { field, candidate } of passedOver) {
    const { canonical } = candidate;
    if (field.selector in map || taken.has(canonical) || isPastEntry(field, canonical, fields)) continue;
    map[field.selector] = canonical;
    taken.add(canonical);
  }
}

/**
 * A box offered for a cover letter's text beside its upload ("…or write it here", "Paste cover
 * letter"); not one for the resume's text ("Or paste your resume") that follows it.
 */
const LETTER_BOX = /^(or )?(write|paste|type|enter)\b(?!.*\b(resume|cv|curriculum vitae)\b)/;
/** An upload that points at the box for the letter's text ("Upload a PDF, or write your letter in the box below instead"). */
const POINTS_AT_BOX = /\bor (write|paste|type|enter) (your |the )?(cover )?(letter|it)\b/;

/**
 * A box offered for the cover letter's text instead of its upload takes the letter, and the upload
 * of its form is left: the letter is text, and the upload may take no text file (PDF or Word only).
 * The box names the letter, or only offers itself right after the upload ("— or paste it here —").
 */
function withLetterBox(
  fields: readonly FieldDescriptor[],
  passedOver: readonly { field: FieldDescriptor; candidate: FieldCandidate }[],
  map: Record<string, CanonicalField>,
): void {
  const upload = fields.find((field) => field.type === 'file' && map[field.selector] === 'cover_letter');
  if (!upload) return;
  const free = (field: FieldDescriptor) =>
    field.type === 'textarea' && field.scope === upload.scope && !(field.selector in map);
  const offered = (field: FieldDescriptor | undefined): field is FieldDescriptor =>
    field !== undefined && free(field) && LETTER_BOX.test(evidenceTexts(field).label);
  const pointed = POINTS_AT_BOX.test(evidenceTexts(upload).label);
  const named = passedOver.find(
    ({ field, candidate }) => candidate.canonical === 'cover_letter' && (offered(field) || (pointed && free(field))),
  );
  const next = fields[fields.indexOf(upload) + 1];
  const box = named?.field ?? (offered(next) ? next : undefined);
  if (!box) return;
  delete map[upload.selector];
  map[box.selector] = 'cover_letter';
}

/** A field named for an entry of a work history (`Experience_Details[0].Company`, `workHistory[1][title]`), and which. */
const JOB_ENTRY_NAME = /\b(?:experiences?|employments?|jobs?|positions?|work history|employers?)(?: details?)? (\d+)\b/;
/** A part of the form titled as an entry, counted from 1 ("Employment 1", "Work Experience 2"). */
const JOB_ENTRY_PART = /^(?:work )?(?:experience|employment|job|position|employer)s? (\d+)$/i;
const jobEntryOf = (field: FieldDescriptor): string | undefined => {
  const named = JOB_ENTRY_NAME.exec(evidenceTexts(field).name)?.[1];
  if (named !== undefined) return named;
  const counted = JOB_ENTRY_PART.exec(field.section.trim())?.[1];
  return counted === undefined ? undefined : String(Number(counted) - 1);
};
/** True when of two fields one sits outside the history and the other in its first entry. */
const outsideAndFirst = (one: string | undefined, other: string | undefined): boolean =>
  (one === undefined && other === '0') || (one === '0' && other === undefined);

/**
 * "Current Employer" up the page and the company of a work history's first entry both ask for the
 * job held now: each takes it (so does its title), one outside the history and one inside.
 */
function withCurrentJobEntry(
  fields: readonly FieldDescriptor[],
  passedOver: readonly { field: FieldDescriptor; candidate: FieldCandidate }[],
  map: Record<string, CanonicalField>,
): void {
  for (const canonical of ['current_company', 'current_title'] as const) {
    const holder = fields.find((field) => map[field.selector] === canonical);
    if (holder === undefined) continue;
    const again = passedOver.find(
      ({ field, candidate }) =>
        candidate.canonical === canonical &&
        !(field.selector in map) &&
        outsideAndFirst(jobEntryOf(field), jobEntryOf(holder)) &&
        !isPastEntry(field, canonical, fields),
    );
    if (again) map[again.field.selector] = canonical;
  }
}

/** The parts of an address. */
const ADDRESS_PARTS: ReadonlySet<CanonicalField> = new Set([
  'address_line1',
  'city',
  'region',
  'postal_code',
  'country',
]);
/** A mailing or postal address asked apart from the home one: its part's title, or its boxes' ("Mailing State"). */
const MAILING = /\b(mailing|postal)\b/i;

/**
 * A mailing address block beside the home address is for another address: the person's one
 * address is the home one, and the block stays empty (a home box the page keeps disabled until the
 * country is picked leaves its part to the mailing block's box otherwise).
 */
function withoutMailingBlock(fields: readonly FieldDescriptor[], map: Record<string, CanonicalField>): void {
  const mailing = (field: FieldDescriptor) =>
    MAILING.test(field.section) || /^mailing\b/.test(evidenceTexts(field).label);
  const home = fields.some((field) => map[field.selector] === 'address_line1' && !mailing(field));
  if (!home) return;
  for (const field of fields) {
    const canonical = map[field.selector];
    if (canonical !== undefined && ADDRESS_PARTS.has(canonical) && mailing(field)) delete map[field.selector];
  }
}

/** An entry's box saying its job is held now. */
const CURRENT_JOB_BOX = new RegExp(
  `^(present|(current|present) (job|employer|position|role)|this is my (current|present) (job|employer|position|role))$|${WORKS_HERE.source}`,
);
/** How many fields after its employer an entry's box may come (title, dates, town, pay…). */
const ENTRY_SPAN = 12;

/**
 * The box of the current job's entry ("Present", "Current employer") is ticked though a question
 * up the form ("Are you currently employed?") already took the canonical: the entry is the one
 * holding the current employer, up to the next entry's employer.
 */
function withCurrentJobBox(fields: readonly FieldDescriptor[], map: Record<string, CanonicalField>): void {
  const start = fields.findIndex((field) => map[field.selector] === 'current_company');
  if (start < 0) return;
  for (const field of fields.slice(start + 1, start + 1 + ENTRY_SPAN)) {
    if (field.scope !== fields[start]!.scope) return;
    if (field.type === 'checkbox' && CURRENT_JOB_BOX.test(evidenceTexts(field).label)) {
      if (!(field.selector in map)) map[field.selector] = 'currently_employed';
      return;
    }
    if (matchField(field)[0]?.canonical === 'current_company') return;
  }
}

/** A box asked only for one answer of a question before it ("If on a specific date, which date?"). */
const IF_DATE = /^if\b.*\bdate\b/;

/**
 * The box right after a start question's choices that asks the day when one of them says so ("On a
 * specific date", then "If on a specific date, which date?") is the start too: the choice takes
 * the window, the box the day.
 */
function withStartDateBox(fields: readonly FieldDescriptor[], map: Record<string, CanonicalField>): void {
  fields.forEach((field, index) => {
    const next = fields[index + 1];
    if (map[field.selector] !== 'start_date' || fieldKind(field) !== 'choice' || next === undefined) return;
    if (next.selector in map || next.scope !== field.scope || !IF_DATE.test(evidenceTexts(next).label)) return;
    map[next.selector] = 'start_date';
  });
}

/**
 * A caption that names the person's post at an employer only beside it ("Position", "Your
 * position", "Role"; the Czech "Pracovní pozice", the Italian "Mansione / ruolo ricoperto", the Dutch "Functie").
 */
const BARE_TITLE =
  /^((your|job) )?(position|position held|role|job|designation|(pracovní )?pozice|mansione( ruolo)?( ricoperto)?|ruolo( ricoperto)?|functie|funktion|poste|puesto|cargo)$/;

/**
 * "Position" right after the current employer's box, in the same part ("Current employment:
 * Organization, Position"), is the person's title there; alone, it may be the opening applied for.
 */
function withTitleBesideEmployer(fields: readonly FieldDescriptor[], map: Record<string, CanonicalField>): void {
  if (Object.values(map).includes('current_title')) return;
  const at = fields.findIndex((field) => map[field.selector] === 'current_company');
  const next = fields[at + 1];
  if (at < 0 || !next || next.selector in map || fieldKind(next) !== 'text') return;
  if (next.section === fields[at]!.section && BARE_TITLE.test(evidenceTexts(next).label))
    map[next.selector] = 'current_title';
}

/** The employer and the title of one job: each is the other's mate. */
const JOB_MATES: Readonly<Partial<Record<CanonicalField, CanonicalField>>> = {
  current_company: 'current_title',
  current_title: 'current_company',
};

/**
 * "Job Title" right beside "Current or Most Recent Employer" is that job's title, though a history
 * part holds it ("Work Experience") or shares its heading with schools ("Experience & Education"):
 * the mate's words say which job the pair is about.
 */
function withCurrentJobMate(fields: readonly FieldDescriptor[], map: Record<string, CanonicalField>): void {
  fields.forEach((field, index) => {
    const mate = JOB_MATES[map[field.selector] as CanonicalField];
    if (mate === undefined || !CURRENT.test(field.label)) return;
    for (const neighbour of [fields[index - 1], fields[index + 1]]) {
      if (!neighbour || neighbour.selector in map || neighbour.scope !== field.scope) continue;
      if (neighbour.section !== field.section) continue;
      if (Object.values(map).includes(mate)) continue;
      const [best] = matchField({ ...neighbour, section: '' });
      if (best?.canonical === mate && best.score >= MIN_TEXT_SCORE) map[neighbour.selector] = mate;
    }
  });
}

/**
 * A box for the house number beside the street ("Straat" + "Huisnummer", "House name or number" +
 * "Street") asks for a part of the same street address: the fill gives each its part. When the
 * number's box came first and took the street address ("Street Number", "Street Name"), the
 * street's box after it takes the rest.
 */
function withHouseNumber(
  fields: readonly FieldDescriptor[],
  map: Record<string, CanonicalField>,
): Record<string, CanonicalField> {
  const streetBoxes = fields.filter((field) => map[field.selector] === 'address_line1');
  const streets = new Set(streetBoxes.map((field) => field.scope));
  const numbersOnly = new Set(
    [...streets].filter((scope) => streetBoxes.every((field) => field.scope !== scope || asksHouseNumber(field.label))),
  );
  for (const field of fields) {
    if (field.selector in map || !streets.has(field.scope) || fieldKind(field) !== 'text') continue;
    if (asksHouseNumber(field.label)) map[field.selector] = 'address_line1';
    else if (numbersOnly.has(field.scope) && matchField(field)[0]?.canonical === 'address_line1') {
      map[field.selector] = 'address_line1';
      numbersOnly.delete(field.scope);
    }
  }
  return map;
}

/**
 * A picker right before the phone labelled only "Code", "Country code" or "Area code" (the calling
 * code, as Chinese forms say it): a dial code.
 */
const BARE_CODE = /^((country|area|dial(ing)?|calling) )?code$/i;

/** A picker named only by what it shows ("Israel: +972", "🇺🇸 +1"): a dial code. */
const SHOWS_DIAL_CODE = /(^|[\s:(])\+\d{1,4}\)?$/;

/**
 * A flag button right before the phone box (intl-tel-input and its look-alikes) is labelled by the
 * country it shows, not by a question, and an unlabelled select there lists dial codes: either
 * asks for the phone's country code.
 */
function withDialCodePicker(
  fields: readonly FieldDescriptor[],
  map: Record<string, CanonicalField>,
): Record<string, CanonicalField> {
  if (Object.values(map).includes('phone_country_code')) return map;
  fields.forEach((field, index) => {
    const next = fields[index + 1];
    if (!next || map[next.selector] !== 'phone' || fieldKind(field) !== 'choice') return;
    // A "Select country" picker under the phone's question, showing "🇺🇸 United States +1" before
    // the box, is the phone's country (Workable), whatever its own name says.
    const underPhone =
      map[field.selector] === 'country' &&
      namesPhone(evidenceTexts(field).nearbyText) &&
      SHOWS_DIAL_CODE.test(next.nearbyText.trim());
    if (field.selector in map && !underPhone) return;
    // An unlabelled picker drawn as the phone box's "+44" add-on shows the code it holds.
    const addOn = field.label.trim() === '' && /^\+\d{1,4}$/.test(next.prefix.trim());
    if (
      underPhone ||
      SHOWS_DIAL_CODE.test(field.label.trim()) ||
      // A picker shown holding a code ("+86 China", the page's preset) asks for one.
      (field.label.trim() === '' && DIAL_CODE_OPTION.test(field.hint.trim())) ||
      BARE_CODE.test(field.label.trim()) ||
      addOn ||
      offersDialCodes(field) ||
      namesPhone(evidenceTexts(field).label)
    )
      map[field.selector] = 'phone_country_code';
  });
  return map;
}

/**
 * An unlabelled picker beside the pay asked for, showing a currency ("CAD", "€", a preset "NOK")
 * or named for one (`application_currency`): the amount's currency, drawn as its add-on (antd's
 * `addonAfter` Select, an Element Plus select in the pay's form item).
 */
function withCurrencyPicker(
  fields: readonly FieldDescriptor[],
  map: Record<string, CanonicalField>,
): Record<string, CanonicalField> {
  if (Object.values(map).includes('salary_currency')) return map;
  fields.forEach((field, index) => {
    if (field.selector in map || fieldKind(field) !== 'choice' || field.label.trim() !== '') return;
    const beside = [fields[index - 1], fields[index + 1]].some(
      (other) => other !== undefined && map[other.selector] === 'salary_expectation',
    );
    // What shows beside it, or in it: a drawn picker's chosen value is read as its hint ("NOK").
    const showsCurrency = [field.nearbyText, field.hint].some(
      (shown) => !/\d/.test(shown) && currencyCode(shown.trim()) !== undefined,
    );
    if (beside && (showsCurrency || matchField(field)[0]?.canonical === 'salary_currency'))
      map[field.selector] = 'salary_currency';
  });
  return map;
}

/**
 * A picker that carries the phone's own label ("Mobile number: [+86 ▾] [______]", the label set
 * before the row): a list cannot hold the number, so it holds its country code.
 */
/** True when `text` (a field's label or the text before it) asks for a phone. */
function namesPhone(text: string): boolean {
  const phone = FIELD_CATALOG.find((entry) => entry.canonical === 'phone');
  return !!phone && matches(text, phone.labels, phone.not);
}

/** An option that is a dial code ("+91", "US +1", "India (+91)", "+44 United Kingdom"). */
const DIAL_CODE_OPTION = /(^|[\s:(])\+\d{1,4}\)?$|^\+\d{1,4}\b/;

/** A select whose options are dial codes, most of them (a prompt or two aside): a dial-code picker. */
function offersDialCodes(field: FieldDescriptor): boolean {
  const texts = field.options.map((option) => option.text.trim()).filter(Boolean);
  return texts.length >= 2 && texts.filter((text) => DIAL_CODE_OPTION.test(text)).length >= texts.length * 0.8;
}

/** The unlabelled boxes of a split value ask for what its first box asks for ("Phone" → its line number too). */
function withSplitParts(
  fields: readonly FieldDescriptor[],
  map: Record<string, CanonicalField>,
): Record<string, CanonicalField> {
  for (const field of fields) {
    const first = field.split && field.split.index > 0 ? map[field.split.first] : undefined;
    if (first !== undefined && SPLIT_CANONICALS.has(first) && !(field.selector in map)) map[field.selector] = first;
  }
  return map;
}

/** Values that pages split over boxes and the fill knows how to part. */
const SPLIT_CANONICALS: ReadonlySet<CanonicalField> = new Set(['phone', 'start_date', 'email']);

/** Canonicals asked once per line of work, each answered only in the person's own. */
const PER_LINE_CANONICALS: ReadonlySet<CanonicalField> = new Set(['years_experience']);
const AS_ROLE = /\b(worked|working|years?) as (an? )?\w/;
/**
 * Years at one kind of work: "Years spent building …", "Experience designing …" (counted in
 * years), "Years working in data engineering", "How many years of experience do you have in
 * building ETL / data pipelines?".
 */
const AT_WORK =
  /^(years? (spent )?|experience )(doing|building|designing|developing|engineering|operating|running|managing|leading)\b|^years? (working|worked) in\b|\b(experience (do you have )?in|how long have you been) (building|designing|developing|engineering|operating|running|managing|leading)\b/;
/** "Years of total work experience (any field)": the total, asked beside years in one line of work. */
const TOTAL =
  /\b(total|overall|in all|altogether|combined|any (field|industry|line of work)|all (fields|industries|jobs))\b/;

/** True when a field asks for the total of a value asked per line of work: it comes first. */
const asksTotal = (field: FieldDescriptor, canonical: CanonicalField): boolean =>
  PER_LINE_CANONICALS.has(canonical) && TOTAL.test(evidenceTexts(field).label);

/** Canonicals whose value is a yes or a no. */
const YES_NO_VALUED: ReadonlySet<CanonicalField> = new Set(['work_authorization', 'sponsorship', 'currently_employed']);

/** An option that answers yes or no, alone or as a sentence ("Yes, I am authorized to work…"). */
const YES_NO_OPTION = /^(yes|no|y|n|true|false)\b/i;

/**
 * A list of statuses with no yes or no among them ("US Citizen", "Green Card", "H1B") cannot take a
 * yes/no answer: a question beside it that can ("Are you authorized to work … without
 * sponsorship?" — "Yes, I am…") comes first. One with an option for those living elsewhere ("Not
 * residing in the UAE") is answered from where the person lives (choice/abroad-option.ts).
 */
function offersNoYesNo(field: FieldDescriptor, canonical: CanonicalField): boolean {
  if (!YES_NO_VALUED.has(canonical) || fieldKind(field) !== 'choice' || isYesNoQuestion(field)) return false;
  // A list of employment statuses ("Currently employed", "Full-time student") answers whether the person works.
  if (canonical === 'currently_employed' && uniqueBest(employmentRule(field.options, 'yes', {}) ?? []) >= 0)
    return false;
  const options = field.options.map((option) => option.text.trim()).filter((text) => text !== '');
  // Statements saying yes and no in sentences ("I am authorized to work in the U.S. and do not need
  // sponsorship", "I am not authorized …") take the answer as well as a yes or a no do.
  const polarities = new Set(options.map(optionPolarity).filter((polarity) => polarity !== undefined));
  if (polarities.size === 2) return false;
  // Countries to tick ("In which countries are you authorized to work?"): the person's own is the yes.
  const countries = options.filter((text) => countryCode(text) !== undefined).length;
  if (countries >= 2 && countries >= options.length / 2) return false;
  return options.length > 2 && !options.some((text) => YES_NO_OPTION.test(text) || namesPlaceOutside(text));
}

/**
 * The top box of a range pair ("From" – "To", "Min" – "Max"): the person's one figure is its
 * bottom. A question ending in "to" ("Which campuses could you commute to?") is none.
 */
const RANGE_TOP = /^(?!.*\byou\b).*(^|\W)(to|max|maximum|upper)$/;

function isSecondChoice(field: FieldDescriptor, canonical: CanonicalField): boolean {
  if (offersNoYesNo(field, canonical)) return true;
  const texts = evidenceTexts(field);
  // Also before what qualifies the pair in brackets: "Salary expectation – to (USD, annual base) *".
  if ([texts.label, texts.placeholder, withoutParentheses(field.label)].some((text) => RANGE_TOP.test(text)))
    return true;
  const secondChoiceWhen = FIELD_CATALOG.find((entry) => entry.canonical === canonical)?.secondChoiceWhen;
  return secondChoiceWhen !== undefined && secondChoiceWhen.test(texts.label);
}

/** A field asking something of the degree (whether it is held, whether it was finished), not which one. */
const asksOfDegree = (field: FieldDescriptor): boolean => answersYesOrNo(field) || asksStudyStatus(field);

/**
 * True for a confirmation box: a second field asking for the same value ("Confirm email"); for pay
 * asked again as bands to pick ("$115,000 - $134,999", "Negotiable") beside the amount, and a start
 * as windows to pick ("Within 2 weeks", "1–3 months"); and for a degree asked again as a yes or a no.
 */
function asksAgain(field: FieldDescriptor, canonical: CanonicalField): boolean {
  if (canonical === 'salary_expectation' && fieldKind(field) === 'choice') return true;
  // "How soon can you start?" picked among windows beside the date typed: the same start, in windows.
  if (canonical === 'start_date' && fieldKind(field) === 'choice') return true;
  // "Do you have a bachelor's degree or higher?" or the entry's "Status" beside the degree picked:
  // the fill answers it from that degree.
  if (canonical === 'degree' && asksOfDegree(field)) return true;
  const repeatWhen = FIELD_CATALOG.find((entry) => entry.canonical === canonical)?.repeatWhen;
  if (!repeatWhen) return false;
  const texts = evidenceTexts(field);
  return [texts.label, texts.name, texts.id, texts.placeholder].some((text) => repeatWhen.test(text));
}
