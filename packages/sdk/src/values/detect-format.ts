/**
 * Which format of the user's value a person left in a field, so learning can remember it per
 * field (the format id travels, never the text). Pure.
 */
import type { FieldFormat } from '../protocol/field-formats.ts';
import type { UserProfileValues } from '../edits/profile-values.ts';
import { formatsOf } from './format-value.ts';

const squash = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The format `text` shows `canonical`'s value in: one of its known formats, or `as_written` for
 * the value exactly as the user keeps it when the canonical has other formats too (so the field
 * can vote for it); undefined otherwise.
 *
 * @example detectFormat('phone', '4155550134', { phone: '+1 415 555 0134' }) === 'phone_digits'
 */
export function detectFormat(canonical: string, text: string, values: UserProfileValues): FieldFormat | undefined {
  const wanted = squash(text);
  if (wanted === '') return undefined;
  const formats = formatsOf(canonical, values);
  if (wanted === squash(values[canonical] ?? '')) return formats.size > 0 ? 'as_written' : undefined;
  for (const [format, shown] of formats) if (squash(shown) === wanted) return format;
  return undefined;
}
