/**
 * The right to work and the sponsorship asked as one question, answered yes only when both hold:
 * "Are you legally authorized to work in the United States and will you not require employer
 * sponsorship now or in the future?". Read by the catalog (the question is the right to work's)
 * and by the fill (its answer weighs the sponsorship too), on normalized or written text alike.
 */
export const AND_NO_SPONSORSHIP =
  /\b(authori[sz]ed|eligible|permitted|entitled)\b.*\band\s+(will|do|would)\s+(you\s+)?(not|never)\s+(\w+\s+){0,4}(require|need)\b.*\bsponsor/i;
