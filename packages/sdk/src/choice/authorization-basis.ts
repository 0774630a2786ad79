/**
 * A list asking on which basis the person may work: "U.S. citizen or permanent resident",
 * "Authorized to work for any employer (e.g. EAD)", "Only with my current employer (H-1B)". The
 * profile says whether the person may work, not on which basis: a citizen may work for any
 * employer too, so neither of those two is theirs to pick for them. Only a basis that rests on an
 * employer's petition (an H-1B, a TN), a student's OPT (which ends in one) or one saying it needs
 * sponsorship is ruled out by the person needing no sponsorship, now or later: beside such bases
 * alone, citizenship or residence is theirs.
 */
import type { ChoiceRule } from './choice-rule.ts';
import { optionTexts } from './normalize-option.ts';
import { authorizationAnswer, optionPolarity } from './yes-no.ts';

const CITIZENSHIP = /\b(citizen|citizenship|permanent resident|green card|lawful permanent|naturali[sz]ed)\b/i;
/**
 * Papers no employer petitions for: a basis the person may hold though they need no sponsorship,
 * now or later ("Yes — other work authorization (no sponsorship needed)").
 */
const UNSPONSORED = String.raw`ead|employment authori[sz]ation document|work permit|other (\w+ )?(authori[sz]ation|status|basis)`;
const UNSPONSORED_PAPERS = new RegExp(String.raw`\b(${UNSPONSORED})\b`, 'i');
/** The papers another basis rests on: those, or a named visa. */
const OTHER_PAPERS = new RegExp(String.raw`\b(${UNSPONSORED}|h ?1 ?b|opt|stem opt|tn|l ?1|o ?1|e ?3)\b`, 'i');
/** A basis saying it needs sponsorship ("Authorized, but I need sponsorship now or later", "… sponsorship needed later"). */
const NEEDS_SPONSORSHIP =
  /(?<!\b(not|n t|no longer)\s+)\b(need|needs|require|requires|requiring|needing)\b(\s+\S+){0,3}\s+sponsor|(?<!\bno\s+)\bsponsorship\s+(is\s+|will be\s+)?(needed|required)\b/i;

/**
 * Decides "none" for a list of bases: citizenship beside a grant resting on other papers; not
 * applicable to other lists ("Authorized to work, will not require sponsorship" beside "U.S.
 * citizen" answers the sponsorship question as well, which the profile does answer).
 */
export const authorizationBasisRule: ChoiceRule = (choices, _value, values) => {
  const texts = choices.map((choice) => optionTexts(choice).join(' '));
  const citizenship = texts.some((text) => CITIZENSHIP.test(text));
  const otherBases = texts.filter((text) => !CITIZENSHIP.test(text) && optionPolarity(text) === 'yes');
  if (!citizenship || !otherBases.some((text) => OTHER_PAPERS.test(text))) return undefined;
  const petitionedOnly = otherBases.every(
    (text) => (OTHER_PAPERS.test(text) && !UNSPONSORED_PAPERS.test(text)) || NEEDS_SPONSORSHIP.test(text),
  );
  if (values.sponsorship === 'no' && petitionedOnly)
    return texts.map((text) => (CITIZENSHIP.test(text) && authorizationAnswer(text) !== 'no' ? 1 : 0));
  return choices.map(() => 0);
};
