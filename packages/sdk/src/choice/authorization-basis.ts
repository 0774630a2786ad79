/**
 * A list asking on which basis the person may work: "U.S. citizen or permanent resident",
 * "Authorized to work for any employer (e.g. EAD)", "Only with my current employer (H-1B)". The
 * profile says whether the person may work, not on which basis: a citizen may work for any
 * employer too, so neither of those two is theirs to pick for them.
 */
import type { ChoiceRule } from './choice-rule.ts';
import { optionTexts } from './normalize-option.ts';
import { optionPolarity } from './yes-no.ts';

const CITIZENSHIP = /\b(citizen|citizenship|permanent resident|green card|lawful permanent|naturali[sz]ed)\b/i;
/** The papers another basis rests on: an EAD, a work permit, a named visa. */
const OTHER_PAPERS =
  /\b(ead|employment authori[sz]ation document|work permit|h ?1 ?b|opt|stem opt|tn|l ?1|o ?1|e ?3)\b/i;

/**
 * Decides "none" for a list of bases: citizenship beside a grant resting on other papers; not
 * applicable to other lists ("Authorized to work, will not require sponsorship" beside "U.S.
 * citizen" answers the sponsorship question as well, which the profile does answer).
 */
export const authorizationBasisRule: ChoiceRule = (choices) => {
  const texts = choices.map((choice) => optionTexts(choice).join(' '));
  const citizenship = texts.some((text) => CITIZENSHIP.test(text));
  const onOtherPapers = texts.some(
    (text) => !CITIZENSHIP.test(text) && optionPolarity(text) === 'yes' && OTHER_PAPERS.test(text),
  );
  return citizenship && onOtherPapers ? choices.map(() => 0) : undefined;
};
