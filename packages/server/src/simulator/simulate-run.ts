import type { FieldSource, ProfileSource, RunStatus } from '@companion-autofill/sdk/protocol';
import type { SeededRandom } from './seeded-random.ts';
import { AVERAGE_USER, type SimulatedUser } from './simulated-user.ts';
import type { SimulatedForm } from './simulated-world.ts';

/** One simulated autofill run: what the SDK would put in its LearningEvent (counts and maps only). */
export interface SimulatedRun {
  status: RunStatus;
  durationMs: number;
  fillMs: number;
  charsAdded: number;
  charsDeleted: number;
  filledChars: number;
  suggestedMap: Record<string, string>;
  finalMap: Record<string, string>;
  fieldSources: Record<string, FieldSource>;
  profileSource: ProfileSource;
  wrongFields: number;
}

/**
 * The user model, an assumption and not a measurement: a wrong field costs success and time, so a
 * profile that fixes fields helps by construction. Probabilities per run; times in ms. Each
 * install's own base success and pace come from simulated-user.ts.
 */
export const USER_MODEL = {
  /** A run is abandoned this often, whatever the mapping. */
  cancelRate: 0.03,
  /** Each wrong field multiplies the user's base success by this. */
  perWrongField: 0.8,
  /** Time to review and submit a form filled right, and extra per field to correct. */
  baseDurationMs: 15_000,
  perWrongFieldMs: 9_000,
} as const;

/**
 * One run of `form` with the server map (empty when the server gave none). Server entries win over
 * heuristics, as the SDK's merge does. The user corrects every wrong field, deleting the wrong value
 * and typing the right one; the more fields were wrong, the likelier a mistake slips through to a
 * validation error. The SDK then infers the true map from the corrections (final_map). `user` is
 * the person behind the install (their care and pace). Pure but for `random`.
 */
export function simulateRun(
  form: SimulatedForm,
  serverMap: Readonly<Record<string, string>>,
  random: SeededRandom,
  user: SimulatedUser = AVERAGE_USER,
): SimulatedRun {
  const suggestedMap: Record<string, string> = {};
  const finalMap: Record<string, string> = {};
  const fieldSources: Record<string, FieldSource> = {};
  let wrongFields = 0;
  let charsAdded = 0;
  let charsDeleted = 0;
  let filledChars = 0;
  for (const field of form.fields) {
    const fromServer = serverMap[field.selector];
    const label = fromServer ?? field.heuristic;
    suggestedMap[field.selector] = label;
    finalMap[field.selector] = field.canonical;
    fieldSources[field.selector] = fromServer ? 'server' : 'heuristic';
    // The length of what was written: the mislabeled value (e.g. a city in the phone field) or the right one.
    const written = label === field.canonical ? field.valueLength : Math.max(3, field.valueLength + random.int(-4, 6));
    filledChars += written;
    if (label !== field.canonical) {
      wrongFields += 1;
      charsDeleted += written;
      charsAdded += field.valueLength;
    }
  }
  // Even right values get the odd touch-up (a typo in the user's stored profile, a reformatted phone).
  if (random.chance(0.1)) charsAdded += random.int(1, 3);
  const usedServer = Object.keys(serverMap).some((selector) => selector in suggestedMap);
  const status: RunStatus = random.chance(USER_MODEL.cancelRate)
    ? 'cancelled'
    : random.chance(user.baseSuccess * USER_MODEL.perWrongField ** wrongFields)
      ? 'ok'
      : 'validation_error';
  const durationMs = Math.round(
    user.pace *
      (USER_MODEL.baseDurationMs * (0.7 + 0.6 * random.next()) +
        wrongFields * USER_MODEL.perWrongFieldMs * (0.6 + 0.8 * random.next())),
  );
  return {
    status,
    durationMs,
    fillMs: random.int(5, 40),
    charsAdded,
    charsDeleted,
    filledChars,
    suggestedMap,
    finalMap,
    fieldSources,
    profileSource: usedServer ? 'server_only' : 'heuristics_only',
    wrongFields,
  };
}
