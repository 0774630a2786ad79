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

/**
 * Answers profile requests, computing each distinct answer once. `answerProfile` is pure, so its
 * result depends only on the profile, the switch, the thresholds and the arms; answers are kept
 * per profile object, and only for profiles that cannot change under the key: frozen ones (the
 * SQLite store's cache hands those out, and replaces the object when a run commits). Anything
 * else — unfrozen profiles from another store, no profile at all — is computed per request.
 */
export function createPreparedAnswers(): (input: ProfileAnswerInput) => PreparedAnswer {
  const byProfile = new WeakMap<StoredFormProfile, Map<string, PreparedAnswer>>();
  return (input) => {
    const { profile } = input;
    if (!profile || !Object.isFrozen(profile) || !Object.isFrozen(profile.canonicalMap)) return prepare(input);
    let answers = byProfile.get(profile);
    if (!answers || answers.size >= ANSWERS_PER_PROFILE_MAX) byProfile.set(profile, (answers = new Map()));
    const key = answerKey(input);
    let answer = answers.get(key);
    if (!answer) answers.set(key, (answer = prepare(input)));
    return answer;
  };
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
