/** The user's values on the device: what they imply, and the formats fields want them in. */
export { completeValues } from './complete-values.ts';
export {
  asksAreaCode,
  asksForCurrency,
  asksHouseNumber,
  chooseFormat,
  slashDateOf,
  type FormatHints,
} from './choose-format.ts';
export { detectFormat } from './detect-format.ts';
export { formatValue, formatsOf } from './format-value.ts';
export { parsePhone, type PhoneParts } from './phone-number.ts';
export { asksWholeAddress, wholeAddress } from './whole-address.ts';
