/**
 * An answer stating where the person already lives ("I already live in the Bay Area", "Yes, I
 * live in San Francisco", "I'm already local"): offered beside "Yes" and "No" under a question of
 * relocation or on-site work, it is the answer for someone who lives there, whatever they would
 * say to the move.
 */
import { normalizeText } from './normalize-option.ts';

const STATES_RESIDENCE =
  /\b(already|currently) (live|living|reside|residing|based|located|local)\b|\bi (live|reside) (in|near|within|around)\b|\bi (m|am) (already |currently )?(based|located|local)\b/;

/** An answer placing the person away from it: "No, I live in another state", "I live outside the US". */
const ELSEWHERE = /^no\b|\b(outside|another|other|elsewhere|not)\b/;

/** True when an answer states that the person lives in or near the place it or its question names. */
export function statesResidence(text: string): boolean {
  const key = normalizeText(text);
  return STATES_RESIDENCE.test(key) && !ELSEWHERE.test(key);
}
