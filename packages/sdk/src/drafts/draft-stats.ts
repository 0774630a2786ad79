/**
 * How much the person changed each drafted answer: the measure the style experiment compares.
 * Counts only; the drafted and final texts stay on the device.
 */
import { LIMITS } from '../protocol/limits.ts';
import type { DraftStats } from '../protocol/index.ts';
import { diffChars } from '../edits/diff-chars.ts';

/**
 * selector → drafted characters and the edit distance (characters added + deleted) to the final
 * text. A field that left the page is skipped.
 *
 * @example computeDraftStats({ '#why': 'I like data.' }, { '#why': 'I love data.' })
 * // { '#why': { drafted_chars: 12, edit_chars: 4 } }
 */
export function computeDraftStats(
  drafted: Readonly<Record<string, string>>,
  final: Readonly<Record<string, string>>,
): DraftStats {
  const stats: DraftStats = {};
  for (const [selector, text] of Object.entries(drafted)) {
    const finalText = final[selector];
    if (finalText === undefined) continue;
    const { added, deleted } = diffChars(text, finalText);
    stats[selector] = {
      drafted_chars: Math.min([...text].length, LIMITS.maxEditChars),
      edit_chars: Math.min(added + deleted, LIMITS.maxEditChars),
    };
  }
  return stats;
}
