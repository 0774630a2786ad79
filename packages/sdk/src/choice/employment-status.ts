/**
 * Whether the person works now, as an employment-status list words it: "Currently employed",
 * "Between jobs", "Student", "Other", or answers opening with a yes or a no ("Yes, full-time",
 * "Yes, part-time or contract", "No"). A yes takes the option saying they are employed, a no the
 * one saying they are not. A list that splits employment by its terms ("Employed full-time",
 * "Contracting") takes the full-time job: the profile holds a job title and an employer, the job
 * a salary expectation is asked against.
 */
import { matchRule } from './choice-rule.ts';
import { normalizeText } from './normalize-option.ts';
import { optionPolarity, valuePolarity } from './yes-no.ts';

const NOT_EMPLOYED =
  /\b(unemployed|not (currently |presently )?(employed|working)|between (jobs|roles|positions)|out of work|no longer employed|desemplead[oa]|desempregad[oa]|disoccupat[oa]|demandeur|sans emploi|arbeitslos|arbeitssuchend|werkzoekend|cal[ıi]sm[ıi]yor(um)?|arbeidsledig|arbetsl[oö]s)\b|離職中|無職|求職中/;
/**
 * Employed, in English and in the gendered words of other languages ("Empleado(a)", "Salarié(e)",
 * "Angestellte/r"), and Dutch, Turkish, Norwegian, Swedish and Japanese ("Werkzaam", "Çalışıyor", "就業中").
 */
const EMPLOYED =
  /^(i am |im )?(currently |presently |still )?(employed|working|in a job)\b|^i (still|currently) work (here|there)\b|^(empleado|empleada|empregado|empregada|occupato|occupata|salari[eé]|angestellte?|besch[aä]ftigt|en poste|en activo|in loondienst|werkzaam|trabajando por cuenta ajena|trabalhando|cal[ıi]s[ıi]yor(um)?|i arbeid|anstalld|就業中|在職中)(?!\S)/;
/** Terms of a job other than full-time employment ("Trabajando por cuenta propia": self-employed). */
const OTHER_TERMS =
  /\b(part time|contract\w*|freelanc\w*|self employed|temporary|temp|seasonal|casual|per diem|por cuenta propia|aut[oó]nom[oa])\b/;
const FULL_TIME = /\bfull time\b/;
/** A job the person has given notice in ("En poste, en préavis", "Employed, serving notice"): nothing says she has. */
const SERVING_NOTICE =
  /\b(en pr[eé]avis|on notice|serving (my |a |their )?notice|notice (given|period)|gek[uü]ndigt)\b/;
/** States of a person without a job, said as a statement ("I'm a student or recent graduate"): no job held. */
const WITHOUT_A_JOB =
  /\b(student|graduate|retired|homemaker|caregiver|looking for (work|a job)|job seeking|seeking work)\b/;

/** Scores the options that state the value's employment above 0, a full-time job's highest; 0 for the others. */
export const employmentRule = matchRule((value) => {
  const polarity = valuePolarity(value);
  if (polarity === undefined) return undefined;
  return (choice) => {
    const text = normalizeText(choice.text);
    const not = NOT_EMPLOYED.test(text) || optionPolarity(choice.text) === 'no';
    if (polarity === 'no') return not ? 1 : 0;
    const employed =
      (EMPLOYED.test(text) || (optionPolarity(choice.text) === 'yes' && !WITHOUT_A_JOB.test(text))) && !not;
    if (!employed) return 0;
    if (SERVING_NOTICE.test(text)) return 0.5;
    return FULL_TIME.test(text) && !OTHER_TERMS.test(text) ? 2 : 1;
  };
});
