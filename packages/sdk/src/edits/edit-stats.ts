/**
 * Edit statistics for a run: how much the user changed the fields the SDK filled, by character
 * diff against the filled value. Counts only, never the values.
 */
import type { EditStats } from '../protocol/index.ts';
import { LIMITS } from '../protocol/limits.ts';
import { diffChars } from './diff-chars.ts';

/**
 * Compares each filled value with the field's final value. Fields absent from `final` (removed from
 * the page) are skipped; only fields that changed appear in `per_field`. Counts are capped at the
 * wire limits; `per_field` keeps the first LIMITS.maxFieldsPerForm changed fields while the totals
 * count them all.
 *
 * @example computeEditStats({ '#n': 'Jane' }, { '#n': 'Janet' })
 * // { total_chars_added: 1, total_chars_deleted: 0, per_field: { '#n': { added: 1, deleted: 0 } } }
 */
export function computeEditStats(
  filled: Readonly<Record<string, string>>,
  final: Readonly<Record<string, string>>,
): EditStats {
  const cap = (count: number) => Math.min(count, LIMITS.maxEditChars);
  const perField: EditStats['per_field'] = {};
  let added = 0;
  let deleted = 0;
  let fieldsListed = 0;
  for (const [selector, filledValue] of Object.entries(filled)) {
    const finalValue = final[selector];
    if (finalValue === undefined) continue;
    const diff = diffChars(filledValue, finalValue);
    if (diff.added === 0 && diff.deleted === 0) continue;
    added += diff.added;
    deleted += diff.deleted;
    if (fieldsListed < LIMITS.maxFieldsPerForm) {
      perField[selector] = { added: cap(diff.added), deleted: cap(diff.deleted) };
      fieldsListed++;
    }
  }
  return { total_chars_added: cap(added), total_chars_deleted: cap(deleted), per_field: perField };
}
