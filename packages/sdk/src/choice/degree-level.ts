/**
 * Degrees by level and, when written, field: "Bachelor's" ~ "Bachelor's Degree" ~ "BS" ~ "B.Sc.";
 * "Master's" ~ "MS" ~ "M.A."; "PhD" ~ "Doctorate". An MBA, a JD and an MD are their own levels.
 */
import type { Choice } from '../fill/match-choice.ts';
import { matchRule, type ChoiceRule } from './choice-rule.ts';
import { normalizeText, optionTexts } from './normalize-option.ts';

/** Degree levels the table knows. */
export const DEGREE_LEVELS = [
  'high_school',
  'associate',
  'bachelor',
  'master',
  'mba',
  'doctorate',
  'jd',
  'md',
] as const;
/** One of {@link DEGREE_LEVELS}. */
export type DegreeLevel = (typeof DEGREE_LEVELS)[number];

/**
 * A pattern that also matches Korean words. Normalized text is decomposed (NFKD), which splits
 * Hangul syllables into their letters, so the Korean is decomposed the same way.
 */
function withHangul(pattern: RegExp, korean: string): RegExp {
  return new RegExp(`${pattern.source}|${korean.normalize('NFKD')}`);
}

/** Matched on normalized text, where "B.Sc." is "bsc" and "Master's" is "master". */
const LEVEL_WORDS: Readonly<Record<DegreeLevel, RegExp>> = {
  // CJK names have no word boundaries (and 전문학사, an associate degree, holds 학사).
  // Thai and Vietnamese are matched with their marks folded away: ปริญญาตรี is ปรญญาตร, Đại học is đai hoc.
  high_school: withHangul(
    /\b(high school|secondary school|ged|hs diploma|scuola superiore|lise|bachillerato|bachiller|secundari[oa]|ensino medio|erettsegi|gimnazium|liceu|lukio|ylioppilastutkinto|thpt|trung hoc pho thong|sma|smk|srednja (strucna )?sprema|12th( (standard|grade|pass))?|hsc|(higher|senior) secondary)\b|มธยม|αποφοιτος λυκειου|高中|高等学校|高校|среднее|الثانوية|תיכון|בגרות/,
    '고등학교',
  ),
  associate: withHangul(
    /\b(associate|associates|assoc|aa|as|aas|(2|two) year (college )?degree|^(2|two) year$|(community )?college (graduate )?(2|two) year|tecnico superior( universitario)?|tsu|on lisans|d3)\b|cao đang|อนปรญญา|ปวส|大专|短期大学|短大/,
    '전문학사|대학 2 3년',
  ),
  bachelor: withHangul(
    /\b(bachelor|bachelors|bach|(?<!international )baccalaureate|ba|bs|bsc|bse|beng|btech|ab|undergraduate degree|undergraduate (4|four) year|^undergraduate$|(university|college) undergraduate|undergraduate (university|college)|(4|four) year (college |university )?degree|(college|university) degree (4|four) year|(4|four) year (college|university)$|^(4|four) year$|(university|college) (graduate )?(4|four) year|graduated? (of|from) an? (4|four) year (college|university)|licenciatura|bacharel(ado)?|(?<!superior )universitari[oa]|baccalaureat universitaire|(ensino )?superior completo|^profesional( universitari[oa])?$|t[ií]tulo profesional|laurea triennale|laurea (di primo livello|breve)|licencja\w*|inzynier\w*|kandidatexamen|professionsbachelor|bachelorgrad|(?<!(yuksek|on) )lisans|alapkepzes|licenta|kandidaatti|alempi korkeakoulututkinto|cu nhan|s1|sarjana(?! terapan)|prvostupnik|bacc|^graduation$)\b|πτυχιο|(?<!(sau|tren) )đai hoc|(?<!กวา)ปรญญาตร|本科|学士|(?<!院)大学卒|大卒|学部卒|^大學$|^大學畢業$|^大学$|^大学卒業$|бакалавр|بكالوريوس|תואר ראשון|\b(bc|bakal[aá]r\w*|i stupna)\b/,
    '(?<!전문)학사|대학교 4년|4년제',
  ),
  master: withHangul(
    /\b(master|masters|ms|msc|ma|meng|mtech|mphil|mfa|(university )?postgraduate( degree)?$|post graduat(e|ion)( degree)?$|mestrado|maestr[ií]a|laurea (magistrale|specialistica|di secondo livello)|magister\w*|masterexamen|mastergrad|yuksek lisans|kandidat|mesterkepzes|masterat|maisteri|ylempi korkeakoulututkinto|thac si|s2|magistar|mag)\b|μεταπτυχιακ|магістр|ปรญญาโท|硕士|修士|магистр|ماجستير|תואר שני|\b(mgr|magistersk\w*|ii stupna)\b/,
    '석사',
  ),
  mba: /\b(mba|master of business administration)\b/,
  doctorate: withHangul(
    /\b(phd|doctorate|doctoral|dphil|doctor of philosophy|doutorado|doctorado|doctorat|dottorato|doktor\w*|tohtori|tien si|s3|doktor znanosti)\b|διδακτορικ|ปรญญาเอก|博士|доктор|кандидат наук|دكتوراه|دكتوراة|דוקטורט|תואר שלישי/,
    '박사',
  ),
  jd: /\b(jd|juris doctor)\b/,
  md: /\b(md|doctor of medicine)\b/,
};
/**
 * Ladders that name schooling by its kind and length, not by a degree: the Dutch "HBO" / "WO",
 * Norway's "Universitet eller høyskole, inntil 4 år" / "over 4 år", Sweden's "Eftergymnasial
 * utbildning, 3 år eller längre" / "kortare än 3 år", France's "Licence".
 */
const LADDER_WORDS: Partial<Readonly<Record<DegreeLevel, RegExp>>> = {
  associate: /^eftergymnasial utbildning (kortare|mindre) an 3 ar$/,
  bachelor:
    /^(hbo|wo)( bachelor)?$|^(universitet|h[oø]g?[sy]?skole|hogskola)( eller (universitet|h[oø]g?[sy]?skole|hogskola))? (inntil|opp til|under) 4 ar$|^eftergymnasial utbildning 3 ar eller langre$|^licence( professionnelle| universitaire)?$/,
  master:
    /^(hbo|wo) master$|^(universitet|h[oø]g?[sy]?skole|hogskola)( eller (universitet|h[oø]g?[sy]?skole|hogskola))? (over|mer enn) 4 ar$/,
};
const FIELD_WORDS = {
  science: /\b(science|sciences|bs|bsc|bse|ms|msc)\b/,
  arts: /\b(arts|ba|ab|ma|mfa)\b/,
  engineering: /\b(engineering|beng|meng)\b/,
} as const;

/** A degree's level and, when the text says, its field (science, arts, engineering). */
export interface Degree {
  readonly level: DegreeLevel;
  readonly field: keyof typeof FIELD_WORDS | undefined;
}

/** The one degree a text names, or undefined ("Bachelor's or Master's" names none). */
export function degreeOf(text: string): Degree | undefined {
  const key = normalizeText(text);
  const levels = DEGREE_LEVELS.filter((level) => LEVEL_WORDS[level].test(key) || LADDER_WORDS[level]?.test(key));
  // An MBA is also written with "Master"; it is its own level.
  const distinct = levels.includes('mba') ? levels.filter((level) => level !== 'master') : levels;
  const [level] = distinct;
  if (level === undefined || distinct.length > 1) return undefined;
  const fieldNames = Object.keys(FIELD_WORDS) as Array<keyof typeof FIELD_WORDS>;
  // "(university of applied sciences)" names a kind of school, not the degree's field.
  const fields = fieldNames.filter((field) => FIELD_WORDS[field].test(key.replace(APPLIED_SCHOOL, '')));
  return { level, field: fields.length === 1 ? fields[0] : undefined };
}

function degreeOfOption(choice: Choice): Degree | undefined {
  for (const text of optionTexts(choice)) {
    const degree = degreeOf(text);
    if (degree !== undefined) return degree;
  }
  return undefined;
}

/**
 * Options of the value's level: 2 when both name the same field, 1 when either names none (1.25 when
 * neither does), 0 when the fields differ (a BA is not a BS); not applicable when the value names no degree.
 */
export const degreeRule: ChoiceRule = (choices, value, values) => {
  const scores = degreeByLevel(choices, value, values);
  if (scores === undefined || scores.some((score) => score > 0) || degreeOf(value)?.level !== 'bachelor') return scores;
  return bachelorOnALadder(choices);
};

const degreeByLevel: ChoiceRule = matchRule((value, values) => {
  const wanted = degreeOf(value);
  if (wanted === undefined) return undefined;
  const ownKind = schoolKind(values['school'] ?? '');
  return (choice) => {
    const degree = degreeOfOption(choice);
    // An entry's status ("Completed" beside "In Progress"): a degree held is a study finished.
    if (degree === undefined) return optionTexts(choice).some(isFinishedStudy) ? 0.5 : 0;
    // The person's degree is held: "Bachelor's degree – in progress" is another answer.
    if (degree?.level !== wanted.level || optionTexts(choice).some((text) => NOT_YET_HELD.test(normalizeText(text))))
      return 0;
    // Between two options of the level, the one of the person's kind of school ("(university)" for
    // a university, "HBO" for a university of applied sciences).
    const kind = ownKind !== undefined && optionTexts(choice).some((text) => schoolKind(text) === ownKind) ? 0.5 : 0;
    // A degree named without its field is the generic option among those of the level ("Bachelors
    // Degree" beside "Bachelor of Arts" and "Bachelor of Science").
    // Brazil's "Licenciatura" is a teaching degree: beside "Bacharelado", that one is the bachelor's.
    if (optionTexts(choice).some((text) => normalizeText(text) === 'licenciatura')) return 0.9 + kind;
    if (wanted.field === undefined) return (degree.field === undefined && isGenericDegree(choice) ? 1.25 : 1) + kind;
    if (degree.field === undefined) return 1 + kind;
    return degree.field === wanted.field ? 2 + kind : 0;
  };
});

/**
 * "College degree", "University degree (completed)", "College graduate", a bare "Degree" between
 * "Diploma" and "Master's" (Singapore's ladder): a degree not named by its level.
 */
const UNNAMED_DEGREE = /^(a )?((college|university|undergraduate) (degree|graduate|grad)|(first )?degree)$/;

/** Québec's college diploma ("DEC (collégial)", "Diplôme d'études collégiales"), and its bachelor. */
const QUEBEC_COLLEGE = /^(dec|diplome d ?etudes collegiales)\b/;
const QUEBEC_BACHELOR = /^baccalaureat\b/;

/**
 * A ladder of schooling that names no bachelor's ("Some college" / "College degree" / "Graduate
 * degree"; "University degree (completed)"): its college degree is the bachelor's, when no
 * associate degree stands beside it.
 */
function bachelorOnALadder(choices: readonly Choice[]): number[] {
  // Québec's ladder (DES, DEC, Baccalauréat, Maîtrise): its baccalauréat is the university's
  // bachelor, not France's school-leaving exam.
  const texts = (choice: Choice) => optionTexts(choice).map((text) => normalizeText(text));
  if (choices.some((choice) => texts(choice).some((text) => QUEBEC_COLLEGE.test(text))))
    return choices.map((choice) => (texts(choice).some((text) => QUEBEC_BACHELOR.test(text)) ? 1 : 0));
  if (choices.some((choice) => degreeOfOption(choice)?.level === 'associate')) return choices.map(() => 0);
  const unnamed = (choice: Choice) =>
    optionTexts(choice).some(
      (text) =>
        UNNAMED_DEGREE.test(normalizeText(text.replace(/\([^)]*\)/g, ' '))) && !NOT_YET_HELD.test(normalizeText(text)),
    );
  return choices.map((choice) => (unnamed(choice) ? 1 : 0));
}

/**
 * A degree still being studied for, or left unfinished ("– in progress", "incompleto", "em
 * andamento", Mexico's "trunca", "abgebrochen", Turkish "Devam ediyor", Japanese "卒業見込み", "中退").
 */
const NOT_YET_HELD =
  /\b(in progress|incomplete|not (yet )?completed|unfinished|ongoing|pursuing|currently (enrolled|studying|attending)|cursando|incomplet[oa]|inconclus[oa]|trunc[oa]|sin titulo|em andamento|en curso|in corso|laufend|abgebrochen|devam ediyor|ogrenci|terk)\b|卒業見込み|中退|在学中/;

/**
 * A study said to be finished, in one word or two: "Completed", "Graduated", "Degree awarded";
 * "Graduado", "Titulada", "Concluído", "Abgeschlossen", "Diplômé", "Afgerond", "Conseguito", "Mezun", "卒業".
 */
const FINISHED_STUDY =
  /^(completed?|finished|graduated|degree (completed|obtained|awarded|conferred)|(graduad|titulad|complet|completad|concluid|finalizad|terminad|egresad)[oa]|abgeschlossen|terminee?|diplomee?|afgerond|behaald|conseguito|completato|laureat[oa]|mezun|卒業)$/;

/** True when `text` says a study was finished ("Completed?" asked of a school's entry, or an option). */
export const isFinishedStudy = (text: string): boolean => FINISHED_STUDY.test(normalizeText(text));

/** True when `texts` are a school entry's statuses: one finished, one not ("Completed" / "In Progress"). */
export const areStudyStatuses = (texts: readonly string[]): boolean =>
  texts.some(isFinishedStudy) && texts.some((text) => NOT_YET_HELD.test(normalizeText(text)));

/**
 * An option naming a level as such ("Bachelors Degree", "Bachelor's", "Bachelor's (US / UK)": where
 * it is held in brackets), not one degree of it whose field the table cannot read ("B.Tech/B.E.",
 * an engineering degree).
 */
const GENERIC_DEGREE = /\bdegree\b|^(bachelor|master|associate)s?$/;
const isGenericDegree = (choice: Choice): boolean =>
  optionTexts(choice).some((text) => GENERIC_DEGREE.test(normalizeText(text.replace(/\([^)]*\)/g, ' '))));

/** A university of applied sciences (polytechnic, HBO, Fachhochschule) as opposed to a university (WO). */
const APPLIED_SCHOOL =
  /\b(applied sciences?|polytechnic\w*|hbo|fachhochschule|fh|hogeschool|ammattikorkeakoulu|amk|strucni|terapan)\b/;
const UNIVERSITY = /\b(universit\w*|wo|sveucilisni|univ|academische?)\b/;

/** The kind of school a text names, if it names one. */
function schoolKind(text: string): 'applied' | 'university' | undefined {
  const key = normalizeText(text);
  if (APPLIED_SCHOOL.test(key)) return 'applied';
  return UNIVERSITY.test(key) ? 'university' : undefined;
}
