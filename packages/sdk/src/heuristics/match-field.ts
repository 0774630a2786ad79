/**
 * Scores one field against every catalog entry. Pure: the catalog is data, the field a descriptor.
 * A candidate's score is the sum of {@link EVIDENCE_SCORES} for each kind of evidence that matches.
 */
import type { FieldDescriptor } from '../scan/field-descriptor.ts';
import { LINKS, type CanonicalField } from './canonical-fields.ts';
import { optionSubjects } from '../choice/pronoun-sets.ts';
import {
  EVIDENCE_SCORES,
  captionWords,
  evidenceTexts,
  normalizeText,
  withoutMarkInBrackets,
  withoutQuestionNumber,
  type EvidenceKind,
} from './evidence.ts';
import { FIELD_CATALOG, THIRD_PARTY, type CatalogEntry } from './field-catalog.ts';
import { answersYesOrNo, fieldKind, isYesNoQuestion } from './field-kind.ts';
import { areStudyStatuses, degreeOf, isFinishedStudy } from '../choice/degree-level.ts';
import { payPeriodOf } from '../choice/pay-period.ts';
import { isStartWindow } from '../choice/start-window.ts';
import { statesResidence } from '../choice/residence-statement.ts';
import { currencyCode } from '../choice/currency-match.ts';
import { languageHalves, scriptHalves } from '../choice/two-languages.ts';
import { captionBeforeHelp, closingQuestion } from '../scan/sentences.ts';
import { namesOfficeUse } from '../scan/field-section.ts';
import { looksAhead } from './looks-ahead.ts';

/** One possible meaning of a field, with the evidence behind it. */
export interface FieldCandidate {
  readonly canonical: CanonicalField;
  readonly score: number;
  readonly evidence: readonly EvidenceKind[];
}

const NAME_KINDS = ['name', 'id'] as const;
const LABEL_KINDS = ['label', 'placeholder', 'nearbyText'] as const;

/** A place lookup's own prompt, which says nothing of what place is asked ("Enter a location"). */
const LOOKUP_PROMPT = /^(enter|search( for)?|type|start typing|find)( an?| your)? (location|place)$/;

/** True when `text` matches one of `patterns` and none of `not` (one catalog entry's words). */
export function matches(text: string, patterns: readonly RegExp[], not: readonly RegExp[]): boolean {
  if (text === '') return false;
  return patterns.some((pattern) => pattern.test(text)) && !not.some((pattern) => pattern.test(text));
}

/**
 * Form parts about someone or something else than the applicant today: past employers (a
 * history's numbered entries, "Employer 2", too), a previous address, referees,
 * emergency contacts, a signature. Their fields look like the applicant's (a company, a name, a
 * start date) and are left to the person.
 */
const OTHERS_SECTION =
  /\b((employer|job|position) (#|no )?\d+\b|(work|employment|job|professional|previous|career) (experience|history)|latest (position|job|role|employment|employer)|employment (history|record|details)|(previous|former|earlier|prior|past) (employers?|employment|positions?|jobs?|roles?)|experiencia (laboral|profesional)|historial laboral|experi[eê]ncia profissional|exp[eé]riences? professionnelles?|berufserfahrung|beruflicher werdegang|esperienz[ae] (lavorativ[ae]|professional[ei])|werkervaring|(previous|former|prior) (address|addresses|residences?)|references?|referees?|referr\w*|emergency|guardian|(?<!\b(and|&) )(signature|sign(?! (in|up|on)\b))|self identif\w*)\b/;
/**
 * The person's own documents, career length, schooling and LinkedIn profile, asked for in any part
 * about their past ("Experience: upload your resume", a highest degree asked after the job entries,
 * "LinkedIn-Profil" under "Beruflicher Werdegang"): no past job has a degree, a school or a
 * profile of its own.
 */
const THE_PERSONS_OWN: ReadonlySet<string> = new Set([
  'resume_upload',
  'cover_letter',
  'years_experience',
  'degree',
  'school',
  'linkedin_url',
  // A GitHub or a portfolio is the person's (a past employer's website is the employer's).
  'github_url',
  'portfolio_url',
]);
/** Parts about other people, where even a document is theirs. */
const SOMEONE_ELSES = /\b(references?|referees?|referr\w*|emergency|guardian)\b/;
/** An education part, in the languages the catalog reads ("Formación académica", "Ausbildung"). */
const EDUCATION_SECTION =
  /\b(education|educational background|schools?|college|university|estudios|formaci[oó]n acad[eé]mica|educaci[oó]n|forma[cç][aã]o acad[eê]mica|ausbildung|formation|[eé]tudes|istruzione|opleiding)\b/;
/** A box named for a search, unless for one of the person's own things (`candidate_school_search`: a school lookup). */
const SEARCH_NAME =
  /(?<!\b(school|university|college|institution|city|location|place|address|country|employer|company|degree) )\bsearch\b/;
/**
 * A part for the person's high school ("High school", "Secondary school / GED"): the profile's school
 * and degree are those of the highest degree, a college's.
 */
const HIGH_SCHOOL_SECTION =
  /^(?!.*\b(college|university|post ?secondary|higher)\b).*\b(high school|secondary (school|education)|ged)\b/;
/** A row's caption, then the college column's heading, as a schools grid laid out by column names its box. */
const COLLEGE_COLUMN =
  /^(.*?\S)\s+((?:4[- ]year )?(?:college|university)(?:\s*(?:\/|or|&)\s*(?:college|university))?)\s*$/i;

/** A box to fill only when its value differs from one asked before. */
const ONLY_IF_DIFFERENT = /\bif (it is |its |it s |they are |this is )?different\b|\bif (it|they|this) differs?\b/;

/**
 * A part's caption after the title of the person's own name or address ("Mailing address: state",
 * a paper form's lettered parts, a grid's "Mailing address" over "State"): the part, for the title
 * is hers. Other titles ("Previous employer: phone") ask of someone else's.
 */
const OWN_TITLE_PART =
  /^(?:(?:your|mailing|home|current|present|permanent|residential|postal|legal) )*(?:name|address)(?::\s+(.+)|\s+(\S+(?:\s\S+){0,2}))$/i;

/** A field named for an education entry (`educations[][start_date][month]`), whatever legend it sits under. */
const EDUCATION_NAME = /\b(educations?|schools?)\b/;
/** A box named for the name a person goes by (`preferredName`, `nick_name`): theirs to give, whatever its label asks. */
const ALIAS_NAME = /\b(preferred( (first|given))?|nick) ?name\b|\bnickname\b/;
/** What a box named for an alias does not ask. */
const PERSON_NAMES: ReadonlySet<CanonicalField> = new Set(['first_name', 'full_name']);
/** A box named for a past job (`previousJobs.0.employer`, `formerEmployer`): whatever its heading, no current job. */
const PAST_JOB_NAME =
  /\b(previous|former|earlier|prior|past) ?(jobs?|employers?|employment|positions?|roles?|compan(y|ies))\b/;
/** What a box named for a past job does not ask. */
const CURRENT_JOB: ReadonlySet<CanonicalField> = new Set(['current_company', 'current_title', 'currently_employed']);
/** A field named for one entry of a work history (`experience[0]`, `employments[]`, `jobs[1]`). */
const HISTORY_ENTRY_NAME = /\b(experiences|employments|jobs|positions|(experience|employment|job|position|work) \d+)\b/;
/** A question put to the person about now ("Are you based…?", "Do you live…?"): no school's entry. */
const ASKS_THE_PERSON_NOW = /^(are|do) you (currently |now )?(live|living|reside|residing|based|located)\b/;
/** In an education part, a place or a date is the school's, not the applicant's. */
const NOT_IN_EDUCATION: ReadonlySet<string> = new Set([
  'city',
  'location',
  'region',
  'country',
  'postal_code',
  'address_line1',
  'start_date',
]);
/**
 * A part's title naming the job held now: "Latest Position", or "current" anywhere in it ("Work
 * Experience 1 — Current or Most Recent Employer"). A history's "most recent role" further in
 * ("Career history: most recent role") may be a past one. A history's first numbered entry
 * ("Employer 1", "Employer 1 — Current or Most Recent") is the job the page asks for first: the current or most recent.
 */
const CURRENT_PART =
  /(^(latest|current|present|most recent)|\bcurrent)( or (latest|most recent|last|previous))?( (position|job|role|employment|employer)\b|$)|^(employer|job|position) (#|no )?1\b/;
/** Words that make a field in a history part the applicant's current one ("Current employer", "Empresa actual"). */
const CURRENT_WORDS =
  /\b(current|present|most recent|actual|atual|actuel\w*|aktuell\w*|derzeitig\w*|attuale|huidige?|nuvarande|nuv[æa]rende|n[åa]v[æa]rende|obecn\w*|soucasn\w*|aktualn\w*)\b/;
/** A note putting the latest job first ("List below last three employers, starting with last one first"). */
const LATEST_FIRST =
  /\b(start(ing)?|begin(ning)?) with (your |the )?(last|latest)\b|\b(last|latest) (one|employer|job|position) first\b/;
/**
 * A part's note that sets the current job aside ("Employers other than your current one", "the
 * job you had before your current one"): no current job there.
 */
const BESIDES_CURRENT =
  /\b(other than|besides|apart from|excluding|except( for)?|not (including|counting)|before|prior to) (your |the )?(current|present)\b/;

/**
 * A part about the job applied for ("Examination or job vacancy information", "Position applied
 * for", a paper form's "PART A — POSITION"; not a history's entry headed "Position").
 */
const JOB_SECTION =
  /\b(job|position|vacancy|posting)( vacancy)? (information|info|details|applied for|sought)\b|\b(position|job)s? (you are )?applying for\b|^((part|section) \w+|\d+) (position|job)( desired| wanted| sought)?$/;
/** In a part about the job, a place or a title is the job's: where it is, what it is called. */
const NOT_IN_JOB_PART: ReadonlySet<string> = new Set(['city', 'location', 'region', 'country', 'current_title']);

/**
 * True when the part of the form the field sits in allows this canonical. `note` is what the page
 * writes under the part's heading: "Start with your current or most recent employer" makes a work
 * history's first entry the person's current job.
 */
function sectionAllows(canonical: string, section: string, note: string, label: string): boolean {
  // A heading that is the field's own question (Google Forms titles each question) is no section.
  if (section === '' || section === label) return true;
  // The employer's own box on a paper form ("For office use only") is none of the person's.
  if (namesOfficeUse(section)) return false;
  if (OTHERS_SECTION.test(section)) {
    // A resume is no referee's: "Attach resume" after the references is the person's.
    if (canonical === 'resume_upload') return true;
    if (THE_PERSONS_OWN.has(canonical)) return !SOMEONE_ELSES.test(section);
    // A website the label says is the person's ("Personal Website") is no past employer's.
    if (canonical === 'website' && /\b(personal|your|my|own)\b/.test(label)) return !SOMEONE_ELSES.test(section);
    // A pay wanted or a start the person is free for looks ahead: no past job asks it.
    if (looksAhead(canonical, label)) return !SOMEONE_ELSES.test(section);
    // A part titled as the job held now ("Latest Position", "Most recent employer") is the person's current job.
    const current =
      (CURRENT_WORDS.test(note) || LATEST_FIRST.test(note) || CURRENT_PART.test(section)) &&
      !BESIDES_CURRENT.test(note) &&
      !SOMEONE_ELSES.test(`${section} ${note}`);
    // "Are you currently employed?" asks about the person; "I currently work here" about one entry.
    // So does a switch captioned "Currently employed" (no "here"), and "Do you work there now?".
    if (canonical === 'currently_employed')
      return (
        (/^(are|do) you\b|^(befinden|sind) sie\b|^(currently|presently) (employed|working)$/.test(label) || current) &&
        !SOMEONE_ELSES.test(section)
      );
    return /^current_/.test(canonical) && (CURRENT_WORDS.test(label) || current);
  }
  if ((canonical === 'school' || canonical === 'degree') && HIGH_SCHOOL_SECTION.test(section)) return false;
  if (JOB_SECTION.test(section) && NOT_IN_JOB_PART.has(canonical)) return ASKS_THE_PERSON_NOW.test(label);
  if (EDUCATION_SECTION.test(section)) {
    // "When can you start?" under "Experience and education" asks the person, not a school's entry.
    if (looksAhead(canonical, label)) return true;
    // "Are you currently based in the Bay Area?" after the schools asks where the person is now.
    if (ASKS_THE_PERSON_NOW.test(label)) return true;
    // A part of both ("Experience & school") asks the job held now too ("Where do you work now?").
    const jobs = /\b(experience|work|employment)\b/.test(section);
    return !NOT_IN_EDUCATION.has(canonical) && (!/^current_/.test(canonical) || CURRENT_WORDS.test(label) || jobs);
  }
  return true;
}

/** The part a field sits in, normalized: its heading, and its note (a heading's own aside is one: "Work Experience (start with your current job)"). */
function partOf(field: FieldDescriptor): { section: string; note: string } {
  const aside = (field.section.match(/\([^)]*\)/g) ?? []).join(' ');
  return { section: normalizeText(field.section), note: normalizeText(`${field.sectionNote ?? ''} ${aside}`) };
}

/**
 * True when the part of the form `field` sits in allows `canonical`: the crowd's answer for a
 * look-alike field of another form (the "Job Title" of a current job) is none here when this form's
 * part says otherwise ("Work Experience 1": a past job, on another posting of the template).
 */
export function allowedInPart(field: FieldDescriptor, canonical: string): boolean {
  const { section, note } = partOf(field);
  return sectionAllows(canonical, section, note, evidenceTexts(field).label);
}

/**
 * Where the first of `patterns` matches in the label outside parentheses (`outside`); NaN when it
 * matches only inside them, whose words qualify the rest ("Location (City)", "College (highest
 * degree)"), so that such a meaning neither leads nor follows; past the end when it does not match.
 */
function firstMatchAt(
  outside: string,
  parenthesized: string,
  patterns: readonly RegExp[],
  listsExamples: boolean,
): number {
  const found = patterns.map((pattern) => outside.search(pattern)).filter((at) => at >= 0);
  if (found.length > 0) return Math.min(...found);
  // Examples in parentheses follow the meaning named outside them.
  const qualifies = !listsExamples && patterns.some((pattern) => pattern.test(parenthesized));
  return qualifies ? Number.NaN : outside.length + 1;
}

/** True when a label (outside parentheses) asks for something else than the entry. */
function vetoes(entry: CatalogEntry, label: string): boolean {
  return (entry.vetoWhen?.test(label) ?? false) || (entry.not.includes(THIRD_PARTY) && THIRD_PARTY.test(label));
}

function canFill(entry: CatalogEntry, field: FieldDescriptor): boolean {
  const kind = fieldKind(field);
  if (kind === 'none') return false;
  if (
    !entry.kinds.includes(kind) &&
    // A box asking its yes or no as a letter ("Graduated? (Y/N)") takes what a choice would.
    !(kind === 'text' && entry.yesNo && isYesNoQuestion(field)) &&
    !(entry.lookup && field.tag === 'combobox') &&
    !(kind === 'textarea' && (entry.textareaWhen?.test(normalizeText(field.label)) ?? false))
  )
    return false;
  if (kind === 'text' && (entry.choiceOnlyWhen?.test(normalizeText(field.label)) ?? false)) return false;
  if (kind === 'choice' && entry.optionsRuleOut !== undefined && offersTwo(field, entry.optionsRuleOut)) return false;
  return entry.yesNo || !isYesNoQuestion(field) || (entry.yesNoWhen?.test(normalizeText(field.label)) ?? false);
}

/**
 * Ranks the canonicals a field could be, best first (ties keep catalog order). Only canonicals
 * that can fill this kind of field appear, and only with a score above zero. For debugging and for
 * {@link mapByHeuristics}; nothing here decides whether a candidate is good enough.
 *
 * @example matchField(field)[0] // { canonical: 'email', score: 11, evidence: ['label', 'name', 'inputType'] }
 */
export function matchField(numbered: FieldDescriptor): FieldCandidate[] {
  // What the label says in brackets or halves is read without the number before it.
  const field = { ...numbered, label: withoutMarkInBrackets(withoutQuestionNumber(numbered.label)) };
  // "What should the team call you?" with "Only if it's different from your legal first name", a
  // mailing address "if different": the value given elsewhere is the answer, and this box stays empty.
  if (ONLY_IF_DIFFERENT.test(normalizeText(`${field.label} ${field.hint}`))) return [];
  const whole = rankedCandidates(field);
  if (whole.length > 0) return whole;
  // A grid of schools laid out one per column ("Graduated?" over "High School | College /
  // University | Graduate") names a box by its row, then its column: the college's column is the
  // person's school, asked as a part of the form.
  const college = COLLEGE_COLUMN.exec(field.label);
  if (college?.[1]) {
    const part = { ...field, label: college[1], section: `${field.section} ${college[2] ?? ''}`.trim() };
    const ranked = rankedCandidates(part);
    if (ranked.length > 0) return ranked;
  }
  // A label written in two languages ("Berufserfahrung / Professional experience", "地址 Address")
  // says it in either; one whose lead-in rules every field out ("Our core hours are 9–1 Pacific.") asks
  // what its closing question does ("Which time zone do you work in?").
  const question = closingQuestion(field.label);
  // A caption followed by its help inside the label ("Supporting statement (required) Please tell
  // us why…") is asked by the caption.
  const caption = captionBeforeHelp(field.label);
  const titled = OWN_TITLE_PART.exec(field.label);
  const ownPart = titled?.[1] ?? titled?.[2];
  const readings = [
    ...(languageHalves(field.label) ?? scriptHalves(field.label) ?? []),
    ...(question === undefined ? [] : [question]),
    ...(caption === undefined ? [] : [caption]),
    ...(ownPart === undefined ? [] : [ownPart]),
  ];
  // A half may not say what the whole vetoes or rules out: "Major" of "High School Degree / Major"
  // is no degree of hers, and "College" of a grid's "College / University Major" asks no school.
  const outside = captionWords(field.label.replace(/\([^)]*\)/g, ' '));
  const vetoedByWhole = (candidate: FieldCandidate) =>
    FIELD_CATALOG.some(
      (entry) =>
        entry.canonical === candidate.canonical &&
        (vetoes(entry, outside) || entry.not.some((pattern) => pattern.test(outside))),
    );
  return (
    readings
      .map((reading) => rankedCandidates({ ...field, label: reading }).filter((candidate) => !vetoedByWhole(candidate)))
      .find((ranked) => ranked.length > 0) ?? whole
  );
}

function rankedCandidates(field: FieldDescriptor): FieldCandidate[] {
  const texts = evidenceTexts(field);
  const placeholder = field.placeholder.trim();
  const { section, note } = partOf(field);
  // A field named for someone else (`referee1Name`, `emergency_phone`) is theirs, and one named for a
  // site search (`txtJobSearchZip`) looks for jobs, whatever its label says.
  const namedForOthers = [texts.name, texts.id].some((text) => THIRD_PARTY.test(text) || SEARCH_NAME.test(text));
  const namedInEducation = [texts.name, texts.id].some((text) => EDUCATION_NAME.test(text));
  // "What should we call you?" asks the first name, unless the box is named for a preferred name.
  const namedAsAlias = [texts.name, texts.id].some((text) => ALIAS_NAME.test(text));
  const namedForPastJob = [texts.name, texts.id].some((text) => PAST_JOB_NAME.test(text));
  // A date named for a job's entry (`experience[0].startDate`) is that job's.
  const namedInHistory = [texts.name, texts.id].some((text) => HISTORY_ENTRY_NAME.test(text));
  const candidates: FieldCandidate[] = [];
  const parenthesized = captionWords((field.label.match(/\([^)]*\)/g) ?? []).join(' '));
  const outside = captionWords(field.label.replace(/\([^)]*\)/g, ' '));
  // Examples in parentheses ("Website (Portfolio, GitHub, etc.)") name what may go there; the
  // words outside them name the field, unless those only say a link goes there ("Link (e.g. GitHub)").
  const listsExamples =
    /\([^)]*(,|\betc\b|\be\.?g\.?|\bsuch as\b)[^)]*\)/i.test(field.label) && !BARE_LINK_LABEL.test(outside);
  const qualifiedOnly =
    parenthesized !== '' &&
    outside !== texts.label &&
    // A meaning the words outside rule out ("Name of institution (highest degree)": no degree) names nothing.
    (listsExamples ||
      !FIELD_CATALOG.some((entry) => matches(parenthesized, entry.labels, entry.not) && !vetoes(entry, outside)));
  // Examples in parentheses beside words that name a field ("…require sponsorship (e.g. a work
  // permit, LMIA or H-1B)…") are no evidence of their own: the words outside them are.
  const outsideNames = listsExamples && FIELD_CATALOG.some((entry) => matches(outside, entry.labels, entry.not));
  const examplesAside: Record<(typeof LABEL_KINDS)[number], string> = outsideNames
    ? { label: outside, placeholder: texts.placeholder, nearbyText: withoutParentheses(field.nearbyText) }
    : texts;
  // A bare "URL" whose help names the link ("LinkedIn", from the row's type picker) is that link
  // only; so is a bare "File 1" the document its row's type names ("Résumé/CV").
  const bareLabel = BARE_LINK_LABEL.test(texts.label) || (field.type === 'file' && BARE_FILE_LABEL.test(texts.label));
  const linkHint = bareLabel ? normalizeText(field.hint) : '';
  const namedByHint = FIELD_CATALOG.filter((entry) => matches(linkHint, entry.labels, entry.not));
  // "Address" over a "City, State (e.g. Austin, TX)" placeholder wants the place, not the street;
  // a place lookup's stock prompt (Google's "Enter a location") finds streets too.
  const placeOnly =
    LOCATION_ENTRY !== undefined &&
    !LOOKUP_PROMPT.test(texts.placeholder) &&
    matches(texts.placeholder, LOCATION_ENTRY.labels, LOCATION_ENTRY.not);
  /** Where in the label each candidate's words start: of two meanings a label names alike, the first named leads. */
  const namedAt = new Map<CanonicalField, number>();
  // A label naming a meaning its part rules out ("Position Title" in a part about the job applied
  // for) leaves the field to nothing weaker than a label: the words around it are other fields'.
  let labelRuledOutByPart = false;
  for (const entry of FIELD_CATALOG) {
    if (!canFill(entry, field)) continue;
    if (!sectionAllows(entry.canonical, section, note, texts.label)) {
      labelRuledOutByPart ||= matches(texts.label, entry.labels, entry.not);
      continue;
    }
    if (namedForOthers && entry.not.includes(THIRD_PARTY)) continue;
    if (namedInEducation && NOT_IN_EDUCATION.has(entry.canonical)) continue;
    if (namedAsAlias && PERSON_NAMES.has(entry.canonical)) continue;
    if (namedForPastJob && CURRENT_JOB.has(entry.canonical)) continue;
    if (namedInHistory && entry.canonical === 'start_date') continue;
    if (namedByHint.length > 0 && !namedByHint.includes(entry)) continue;
    if (placeOnly && entry.canonical === 'address_line1') continue;
    // A label asking for something else ("Date started", "Referrer's email") rules out what the
    // field's name or type say; words in parentheses only qualify it ("(highest degree)").
    if (vetoes(entry, outside)) continue;
    const evidence: EvidenceKind[] = [];
    // A label that rules the entry out ("Their email", "… Current" under a salary heading) rules
    // out the text around the field, its placeholder ("Preferred work location": "City, state") and
    // the input type too.
    const labelRulesOut = entry.not.some((pattern) => pattern.test(texts.label));
    for (const kind of LABEL_KINDS)
      if (!(kind !== 'label' && labelRulesOut) && matches(examplesAside[kind], entry.labels, entry.not))
        evidence.push(kind);
    // Words in parentheses that name no field only qualify the label: "State (US residents)" asks
    // for the state ("Location (City)" names the city, and is read as written).
    if (!evidence.includes('label') && qualifiedOnly && matches(outside, entry.labels, entry.not))
      evidence.push('label');
    for (const kind of NAME_KINDS) if (matches(texts[kind], entry.names, entry.not)) evidence.push(kind);
    // An unlabelled box whose placeholder is an example value ("Jane", "(555) 123-4567") asks for it.
    if (
      !evidence.includes('label') &&
      field.label === '' &&
      entry.examples.some((example) => example.test(placeholder))
    )
      evidence.push('label');
    // A bare "Link" or "URL" says only that a link goes there (a bare "File 1" that a file does):
    // the placeholder or the help says which one.
    if (
      !evidence.includes('label') &&
      bareLabel &&
      (evidence.includes('placeholder') || matches(normalizeText(field.hint), entry.labels, entry.not))
    )
      evidence.push('label');
    if (entry.inputTypes.includes(field.type) && !labelRulesOut) evidence.push('inputType');
    if (evidence.length === 0 || (!entry.typeAlone && evidence.length === 1 && evidence[0] === 'inputType')) continue;
    const score = evidence.reduce((sum, kind) => sum + EVIDENCE_SCORES[kind], 0);
    candidates.push({ canonical: entry.canonical, score, evidence });
    namedAt.set(entry.canonical, firstMatchAt(outside, parenthesized, entry.labels, listsExamples));
  }
  const found = labelRuledOutByPart
    ? candidates.filter((candidate) => candidate.evidence.includes('label'))
    : candidates;
  // Options that are pronoun sets ("she/her", "he/him", "they/them") ask the pronouns, whatever
  // the help read as the label says ("Optional. We'll use them in interview notes.").
  if (offersPronounSets(field) || isPronounBox(field, section)) askedAlso(found, 'pronouns');
  const ranked = offersPayPeriods(field)
    ? asPayPeriod(found, OTHERS_SECTION.test(section))
    : found.length > 0
      ? found
      : askedByAnswers(field, texts.label, section, namedInEducation);
  // "Portfolio / personal website" asks for the portfolio first. Array.prototype.sort is stable,
  // so equal scores named at the same place keep catalog order.
  // A box the label offers for either of two links ("Website or Portfolio URL", "GitHub or
  // portfolio URL") takes the one it names first, whatever the page named the box.
  const namedInLabel = (candidate: FieldCandidate) => (namedAt.get(candidate.canonical) ?? Infinity) < outside.length;
  const eitherLink = (a: FieldCandidate, b: FieldCandidate) =>
    LINKS.has(a.canonical) && LINKS.has(b.canonical) && namedInLabel(a) && namedInLabel(b);
  const sorted = ranked.sort(
    (a, b) =>
      (eitherLink(a, b) ? 0 : b.score - a.score) ||
      (namedAt.get(a.canonical) ?? 0) - (namedAt.get(b.canonical) ?? 0) ||
      0,
  );
  // A posting that reuses its template's box (`name="website"`) under another label ("Portfolio")
  // asks what the person reads: the one meaning the label names in its own words goes before one
  // only the box's identifiers name.
  const [top] = sorted;
  const labelled = sorted.filter(namedInLabel);
  if (!top || labelled.length !== 1 || labelled[0] === top || namedInLabel(top)) return sorted;
  if (!top.evidence.every((kind) => kind === 'name' || kind === 'id')) return sorted;
  return [labelled[0]!, ...sorted.filter((candidate) => candidate !== labelled[0])];
}

/**
 * True for "Completed?" answered yes or no in a school's entry (under an education heading, or
 * named for one), and for the entry's status picked from "Completed" / "In Progress": the degree
 * held says it was finished (fill/question-answer.ts, choice/degree-level.ts).
 */
function asksEntryFinished(field: FieldDescriptor, label: string, section: string, namedInEducation: boolean): boolean {
  const asked = (isFinishedStudy(label) && answersYesOrNo(field)) || asksStudyStatus(field);
  // "Situación académica" names its part itself.
  return asked && (EDUCATION_SECTION.test(section) || namedInEducation || /\bacad[eé]mic/.test(label));
}

/** The status of a school's entry, named as such ("Status", "Degree status"). */
const ENTRY_STATUS =
  /^((education|degree|completion|study|graduation) )?status$|^situa[cç][aã]o (do curso|da forma[cç][aã]o)$/;

/**
 * True for a list of a study's statuses ("Completed" / "In Progress"), or one named so whose
 * options show only once it is opened (a drawn list): it asks whether the degree was finished.
 */
export function asksStudyStatus(field: FieldDescriptor): boolean {
  const options = field.options.map((option) => option.text);
  if (options.length > 0) return areStudyStatuses(options);
  return fieldKind(field) === 'choice' && ENTRY_STATUS.test(evidenceTexts(field).label);
}

/**
 * What a question whose words name nothing asks, read from its answers: visa statements the
 * sponsorship, statements of the right to work the authorization, counts of years a career's
 * length, "Completed?" in a school's entry whether its degree was finished, a checklist of
 * statements one of which says a degree is held the degree, and windows from today under a bare
 * "Availability" the start, and one answer saying where the person already lives ("I already live in
 * the Bay Area" under a question of relocation) the place they live in.
 */
function askedByAnswers(
  field: FieldDescriptor,
  label: string,
  section: string,
  namedInEducation: boolean,
): FieldCandidate[] {
  const asked: CanonicalField | undefined = offersVisaStatements(field)
    ? 'sponsorship'
    : offersAuthorizationStatements(field)
      ? 'work_authorization'
      : offersYearCounts(field, label)
        ? 'years_experience'
        : asksEntryFinished(field, label, section, namedInEducation)
          ? 'degree'
          : offersCurrencies(field)
            ? 'salary_currency'
            : statesHeldDegree(field, label)
              ? 'degree'
              : offersStartWindows(field, label)
                ? 'start_date'
                : field.type !== 'checkbox' && answerTexts(field).some(statesResidence)
                  ? 'country'
                  : undefined;
  return asked === undefined ? [] : [{ canonical: asked, score: EVIDENCE_SCORES.label, evidence: ['label'] }];
}

/** A bare "Availability" (an interview's or a shift's names them). */
const BARE_AVAILABILITY = /^(your )?availability$/;

/** "Availability" over windows from today ("Immediately", "Within 1 month"): when the person can start. */
function offersStartWindows(field: FieldDescriptor, label: string): boolean {
  if (fieldKind(field) !== 'choice' || !BARE_AVAILABILITY.test(label)) return false;
  const texts = answerTexts(field);
  return texts.length >= 2 && texts.filter(isStartWindow).length >= texts.length * 0.5;
}

/** A statement of a degree held ("I hold a bachelor's degree or higher", "I have completed a master's"). */
const HELD_DEGREE = /\b(i )?(hold|have (completed|earned|obtained)?|completed|earned|possess)\b/i;

/** A checklist asking what is true of the person: "Which of these describe you?", "…apply to you?". */
const DESCRIBES_PERSON = /\b(describes?|appl(y|ies) to|(is|are) true (for|of|about)) you\b/;

/**
 * A checklist of statements ("Which of these are true for you? Select all that apply") one of
 * which says a degree is held: ticking what is true of the person ticks that one for their degree.
 * A checklist asking what describes the person names the degree alone ("Bachelor's degree or higher").
 */
function statesHeldDegree(field: FieldDescriptor, label: string): boolean {
  if (field.type !== 'checkbox' || field.options.length < 2) return false;
  const describes = DESCRIBES_PERSON.test(label);
  // A statement says whether the degree is held ("I am pursuing a bachelor's" is not); a degree named alone is one.
  const holds = (text: string) => HELD_DEGREE.test(text) || (describes && !/^i\b/i.test(text.trim()));
  return field.options.some((option) => holds(option.text) && degreeOf(option.text) !== undefined);
}

/** True when two or more options name different pronoun sets. */
function offersPronounSets(field: FieldDescriptor): boolean {
  const sets = field.options.map(optionSubjects).filter((subjects) => subjects.size > 0);
  return sets.length >= 2 && new Set(sets.map((subjects) => [...subjects].sort().join())).size >= 2;
}

/** A box of its own named by one pronoun set ("she/her") under a legend asking the pronouns: one answer of that question. */
function isPronounBox(field: FieldDescriptor, section: string): boolean {
  return (
    field.type === 'checkbox' &&
    /\bpronouns?\b/.test(section) &&
    optionSubjects({ value: '', text: field.label }).size > 0
  );
}

/** Gives `canonical` the label's evidence among `candidates`, adding it when missing. */
function askedAlso(candidates: FieldCandidate[], canonical: CanonicalField): void {
  const at = candidates.findIndex((candidate) => candidate.canonical === canonical);
  const found = candidates[at];
  if (found?.evidence.includes('label')) return;
  const evidence: FieldCandidate['evidence'] = [...(found?.evidence ?? []), 'label'];
  const asked = { canonical, score: (found?.score ?? 0) + EVIDENCE_SCORES.label, evidence };
  if (found) candidates[at] = asked;
  else candidates.push(asked);
}

/** Text without what it says in parentheses, a parenthesis cut short by a length cap included. */
export const withoutParentheses = (text: string): string => normalizeText(text.replace(/\([^)]*\)?/g, ' '));

/** True when two or more of the field's options read as `pattern` says. */
function offersTwo(field: FieldDescriptor, pattern: RegExp): boolean {
  return field.options.filter((option) => pattern.test(option.text.trim())).length >= 2;
}

const LOCATION_ENTRY = FIELD_CATALOG.find((entry) => entry.canonical === 'location');

const BARE_LINK_LABEL = /^(url|link|web address|profile (url|link))$/;
/** An upload named only as one ("File 1", "Attachment", "Document 2"). */
const BARE_FILE_LABEL = /^(file|attachment|document|upload)( ?#? ?\d+)?$/;

const VISA_WORDS = /\b(sponsor\w*|visas?)\b/i;

/**
 * Statements about a visa to pick from under a question that names nothing ("Select the statement
 * that applies to you:" — "I can keep working in the U.S. without any visa sponsorship." / "I need,
 * or will later need, visa sponsorship."): the options ask the sponsorship question.
 */
function offersVisaStatements(field: FieldDescriptor): boolean {
  return fieldKind(field) === 'choice' && offersTwo(field, VISA_WORDS);
}

/** An option stating the right to work ("I am authorized to work in the US for any employer"). */
// Able to work in a place or for an employer is a right; able to work evenings or weekends is none.
const AUTHORIZATION_WORDS =
  /\b(authori[sz]ed|eligible|entitled|permitted|right|legally able|(legally )?allowed) to work\b|\bable to work (in|within|for|there|here|without)\b/i;

/**
 * Statements about the right to work to pick from under a question that names nothing ("Which
 * statement applies to you?" — authorized for any employer / only with sponsorship / not
 * authorized), or one such statement beside one of needing a visa ("I am legally able to work in
 * the U.S. for any employer" / "I need an employer to sponsor my work visa"): the options ask the
 * authorization question. A list of visa statements asks the sponsorship one first.
 */
function offersAuthorizationStatements(field: FieldDescriptor): boolean {
  if (fieldKind(field) !== 'choice') return false;
  const texts = field.options.map((option) => option.text.trim());
  const rights = texts.filter((text) => AUTHORIZATION_WORDS.test(text));
  return (
    rights.length >= 2 || (rights.length === 1 && texts.some((text) => !rights.includes(text) && VISA_WORDS.test(text)))
  );
}

/**
 * Experience in a career or a line of work ("Professional experience in data engineering"), not
 * with one tool ("… with Go (Golang)", "SQL Server / SSIS Experience"): those are the person's to count.
 */
// "Which best describes your level?" over "Senior · 7 to 10 years", "Where would you place
// yourself?" over "Senior (5–8 yrs)", a bare "Seniority" over "Junior (0–2 yrs)": a level counted in
// years is the career's.
const CAREER_EXPERIENCE =
  /\b(professional|work|relevant|related|total|overall|industry|commercial|your) experience\b|\bexperience (in|as)\b|^experience (building|designing|developing|operating|running|managing|leading)\b|\byour (\w+ )?level\b|\b(seniority|career) level\b|^(seniority|level|experience|exp[eé]rience|experiencia|experi[eê]ncia|esperienza|berufserfahrung)( professionnelle| profesional| profissional| professionale)?$|\b(place|see|rate|describe) yourself\b/;
const WITH_A_TOOL = /\bexperience (with|using)\b/;
/** An option counting years ("0–2 years", "11+ years", "Less than 1 year"). */
const YEAR_COUNT =
  /\d\s*(\+|[-–—]\s*\d+)?\s*(years?|yrs?|ans|anos|años|anni|jahre|jaar)\b|\b(years?|yrs?)\s*\d|\d+ (à|a|bis|tot) \d+ (ans|anos|años|anni|jahre|jaar)\b/i;
const YEARS_ENTRY = FIELD_CATALOG.find((entry) => entry.canonical === 'years_experience');

/**
 * Experience asked with the years as its options ("Professional experience in data engineering":
 * "0–2 years", "3–6 years", "7–10 years", "11+ years"): the options say it asks how many years of
 * a career, unless the label asks what the years' entry rules out.
 */
function offersYearCounts(field: FieldDescriptor, label: string): boolean {
  if (fieldKind(field) !== 'choice' || !CAREER_EXPERIENCE.test(label) || WITH_A_TOOL.test(label)) return false;
  if (YEARS_ENTRY?.not.some((pattern) => pattern.test(label))) return false;
  const texts = field.options.map((option) => option.text.trim()).filter((text) => /\d/.test(text));
  return texts.length >= 2 && texts.filter((text) => YEAR_COUNT.test(text)).length >= texts.length * 0.8;
}

/** The texts of a field's answers: a prompt option ("Select one", no value) is none. */
const answerTexts = (field: FieldDescriptor): string[] =>
  field.options
    .filter((option) => option.value.trim() !== '')
    .map((option) => option.text.trim())
    .filter(Boolean);

/**
 * A list of currencies ("Canadian dollars", "Euros", "US dollars") under a question whose words
 * name nothing ("Paid in"): the currency of the pay asked beside it.
 */
function offersCurrencies(field: FieldDescriptor): boolean {
  if (fieldKind(field) !== 'choice') return false;
  const texts = answerTexts(field);
  const codes = texts.filter((text) => !/\d/.test(text)).map((text) => currencyCode(text));
  const named = codes.filter((code) => code !== undefined);
  return texts.length >= 2 && new Set(named).size >= 2 && named.length >= texts.length * 0.8;
}

/** A list of pay periods ("Hourly", "Annually", "Salary"), a prompt or two aside. */
function offersPayPeriods(field: FieldDescriptor): boolean {
  if (fieldKind(field) !== 'choice') return false;
  const texts = answerTexts(field);
  // Amounts per period ("$20 - $25 / hr") are pay ranges, not periods.
  const periods = texts.filter((text) => payPeriodOf(text) !== undefined && !/\d/.test(text));
  return texts.length >= 2 && periods.length >= texts.length * 0.8;
}

/**
 * Pay periods under a pay question ("Desired pay: ( ) Hourly ( ) Annually") can only say the
 * period: what speaks for the salary speaks for its period, and the options speak for it as a
 * label does (radios beside the salary box, named `SalaryType`, labelled by nothing of their own).
 */
function asPayPeriod(candidates: readonly FieldCandidate[], inPastJob: boolean): FieldCandidate[] {
  const pay = candidates.filter((candidate) => PAY_CANONICALS.has(candidate.canonical));
  const [best] = [...pay].sort((a, b) => b.score - a.score);
  const others = candidates.filter((candidate) => !PAY_CANONICALS.has(candidate.canonical));
  // Nothing else named (a generated name, the library's stock label): the periods alone ask for
  // one, unless they sit in a job's entry ("Pay is: per hour" beside its final pay).
  if (!best && others.length === 0 && !inPastJob)
    return [{ canonical: 'salary_period', score: EVIDENCE_SCORES.label, evidence: ['label'] }];
  if (!best) return others;
  const score = best.evidence.includes('label') ? best.score : best.score + EVIDENCE_SCORES.label;
  return [{ ...best, canonical: 'salary_period', score }, ...others];
}

const PAY_CANONICALS: ReadonlySet<CanonicalField> = new Set(['salary_expectation', 'salary_period']);
