import type { GuardReason, ProfileStatus } from '@companion-autofill/sdk/protocol';
import type { StoredFormProfile } from '../store/store-port.ts';
import { answerProfile, etagOf, type ProfileAnswerInput } from './profile-answer.ts';

/** A profile answer ready to send: the JSON body as sent, its ETag, and what the metrics record. */
export interface PreparedAnswer {
  status: ProfileStatus;
  reason: GuardReason | undefined;
  /** `JSON.stringify` of the answer: exactly the bytes the ETag is computed over. */
  body: string;
  etag: string;
}

/** Distinct (thresholds, arms) answers kept per profile; more means the tuning file keeps changing. */
const ANSWERS_PER_PROFILE_MAX = 64;

/** Stands for "no profile" among the keys: every form never learned answers alike (with one host's predictions). */
const NO_PROFILE = Object.freeze({});

/**
 * Answers profile requests, computing each distinct answer once. `answerProfile` is pure, so its
 * result depends only on the profile, the field predictions, the switch, the thresholds and the
 * arms; answers are kept per (predictions object, profile object), and only for objects that cannot
 * change under the key: frozen ones (the SQLite store's cache hands those out, and replaces them
 * when a run commits). Anything else — unfrozen profiles or predictions from another store — is
 * computed per request.
 */
export function createPreparedAnswers(): (input: ProfileAnswerInput) => PreparedAnswer {
  const byPredictions = new WeakMap<object, WeakMap<object, Map<string, PreparedAnswer>>>();
  return (input) => {
    const { profile, fieldPredictions } = input;
    if (!Object.isFrozen(fieldPredictions) || (profile && !isFrozenProfile(profile))) return prepare(input);
    let byProfile = byPredictions.get(fieldPredictions);
    if (!byProfile) byPredictions.set(fieldPredictions, (byProfile = new WeakMap()));
    const profileKey = profile ?? NO_PROFILE;
    let answers = byProfile.get(profileKey);
    if (!answers || answers.size >= ANSWERS_PER_PROFILE_MAX) byProfile.set(profileKey, (answers = new Map()));
    const key = answerKey(input);
    let answer = answers.get(key);
    if (!answer) answers.set(key, (answer = prepare(input)));
    return answer;
  };
}

function isFrozenProfile(profile: StoredFormProfile): boolean {
  return Object.isFrozen(profile) && Object.isFrozen(profile.canonicalMap) && Object.isFrozen(profile.formatMap);
}

/** Everything but the profile that the answer depends on. Arm names and values are snake_case tokens. */
function answerKey({ profileEnabled, thresholds, experiments }: ProfileAnswerInput): string {
  let key = `${profileEnabled ? 1 : 0}|${thresholds.minSuccessRate}|${thresholds.maxAvgEditChars}|`;
  for (const name in experiments) key += `${name}=${experiments[name]!};`;
  return key;
}

function prepare(input: ProfileAnswerInput): PreparedAnswer {
  const answer = answerProfile(input);
  return { status: answer.status, reason: answer.reason, body: JSON.stringify(answer), etag: etagOf(answer) };
}
