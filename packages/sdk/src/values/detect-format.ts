/**
 * Which format of the user's value a person left in a field, so learning can remember it per
 * field (the format id travels, never the text). Pure.
 */
import type { FieldFormat } from '../protocol/field-formats.ts';
import type { UserProfileValues } from '../edits/profile-values.ts';
import { formatsOf } from './format-value.ts';

const squash = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The format `text` shows `canonical`'s value in, when it is one of the known formats and not the
 * value exactly as the user stored it (that needs no format); undefined otherwise.
 *
 * @example detectFormat('phone', '4155550134', { phone: '+1 415 555 0134' }) === 'phone_digits'
 */
export function detectFormat(canonical: string, text: string, values: UserProfileValues): FieldFormat | undefined {
  const wanted = squash(text);
  if (wanted === '' || wanted === squash(values[canonical] ?? '')) return undefined;
  for (const [format, shown] of formatsOf(canonical, values)) if (squash(shown) === wanted) return format;
  return undefined;
}
