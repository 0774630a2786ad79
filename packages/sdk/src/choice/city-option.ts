/**
 * A list of places that names the person's city inside a longer place ("San Francisco Bay Area",
 * "Greater Seattle", "Berlin/Brandenburg"): the option that begins with the city, else the one
 * that holds it. Not applicable when no option names the city or the city is unknown.
 */
import type { ChoiceRule } from './choice-rule.ts';
import { normalizeText, optionTexts } from './normalize-option.ts';

export const cityRule: ChoiceRule = (choices, _value, values) => {
  const city = normalizeText(values.city ?? '');
  if (city === '') return undefined;
  const scores = choices.map((choice) => {
    const texts = optionTexts(choice).map(normalizeText);
    if (texts.some((text) => text === city || text.startsWith(`${city} `))) return 1;
    return texts.some((text) => ` ${text} `.includes(` ${city} `)) ? 0.5 : 0;
  });
  return scores.some((score) => score > 0) ? scores : undefined;
};
