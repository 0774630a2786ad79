/**
 * Which meaning rules read a canonical's value, in order. The first rule that understands the value
 * decides; a decisive rule's "no option means this" is final (a country missing from a list must not
 * fall back to "United States Minor Outlying Islands" by words).
 */
import { abroadRule, namedAbroadRule } from './abroad-option.ts';
import { authorizationBasisRule } from './authorization-basis.ts';
import { authorizedCountryRule } from './authorized-country.ts';
import type { ChoiceRule } from './choice-rule.ts';
import { cityRule } from './city-option.ts';
import { countryRule } from './country-match.ts';
import { currencyRule } from './currency-match.ts';
import { degreeRule } from './degree-level.ts';
import { employmentRule } from './employment-status.ts';
import { yearsRule } from './number-range.ts';
import { payPeriodRule } from './pay-period.ts';
import { phoneCodeRule } from './phone-code-match.ts';
import { salaryRule } from './salary-band.ts';
import { pronounRule } from './pronoun-sets.ts';
import { resumeOptionRule } from './resume-option.ts';
import { startWindowRule } from './start-window.ts';
import { timeZoneRule } from './time-zone.ts';
import { usAreaRule } from './us-area.ts';
import { usStateRule } from './us-states.ts';
import { yesNoRule } from './yes-no.ts';

/** A rule, and whether its finding nothing ends the search. */
export interface RuleStep {
  readonly rule: ChoiceRule;
  readonly decisive: boolean;
}

const decisive = (rule: ChoiceRule): RuleStep => ({ rule, decisive: true });

const BY_CANONICAL: Readonly<Record<string, readonly RuleStep[]>> = {
  // A part of the country ("US – West Coast") is answered from the person's state.
  country: [decisive(usAreaRule), decisive(countryRule)],
  phone_country_code: [decisive(phoneCodeRule)],
  // A place list may hold countries ("Germany", "Remote") or cities ("Berlin, Germany"): words decide then.
  // A list without the person's city may keep an option for those abroad ("Outside India", and a
  // residential status list's "Not residing in Singapore").
  location: [
    { rule: usAreaRule, decisive: false },
    { rule: countryRule, decisive: false },
    { rule: abroadRule, decisive: false },
    // A metro area or region named after the city ("San Francisco Bay Area").
    { rule: cityRule, decisive: false },
  ],
  city: [
    { rule: countryRule, decisive: false },
    { rule: abroadRule, decisive: false },
  ],
  // A time-zone question is answered from where the person lives: its options say it is one.
  region: [decisive(timeZoneRule), decisive(usAreaRule), decisive(usStateRule)],
  years_experience: [decisive(yearsRule)],
  salary_expectation: [decisive(salaryRule)],
  salary_currency: [decisive(currencyRule)],
  salary_period: [decisive(payPeriodRule)],
  pronouns: [decisive(pronounRule)],
  degree: [decisive(degreeRule)],
  // Windows are counted from today: the one clock the rules read.
  start_date: [{ rule: startWindowRule(() => new Date()), decisive: false }],
  // A list of bases ("U.S. citizen", "Authorized for any employer (EAD)") is the person's to pick.
  // A visa status list of another country: "Not residing in the UAE (no UAE visa)".
  sponsorship: [{ rule: namedAbroadRule, decisive: false }],
  work_authorization: [decisive(authorizationBasisRule), { rule: authorizedCountryRule, decisive: false }],
  // An employment-status list ("Currently employed", "Between jobs", "Student") answers yes or no in its own words.
  currently_employed: [{ rule: employmentRule, decisive: false }],
  // "How would you like to provide your resume?": the upload, for someone with a resume file.
  resume_upload: [decisive(resumeOptionRule)],
};

/** Any question answered yes or no (work authorization, sponsorship, relocation, …). */
const ANY_CANONICAL: readonly RuleStep[] = [decisive(yesNoRule)];

/** The rules for `canonical`, its own first. */
export function rulesFor(canonical: string): readonly RuleStep[] {
  return [...(BY_CANONICAL[canonical] ?? []), ...ANY_CANONICAL];
}
