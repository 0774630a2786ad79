import { readFileSync } from 'node:fs';
import { parseTuning } from '../tuning/tuning-schema.ts';

/** experiment → arm → configured weight: what the sample ratio check compares against. */
export type ExpectedWeights = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** The weights of live experiments, from the tuning file's `experiments` section. */
export function weightsOf(
  experiments: Readonly<Record<string, { readonly arms: Readonly<Record<string, number>> }>>,
): ExpectedWeights {
  return Object.fromEntries(Object.entries(experiments).map(([name, spec]) => [name, { ...spec.arms }]));
}

/**
 * Reads the expected weights from a tuning file (COMPANION_TUNING_FILE format); none without a
 * file. Throws with the file's problems when it does not parse: a report checked against weights
 * nobody configured would be worse than none.
 */
export function readExpectedWeights(tuningFile: string | undefined): ExpectedWeights {
  if (tuningFile === undefined || tuningFile === '') return {};
  const parsed = parseTuning(readFileSync(tuningFile, 'utf8'));
  if (!parsed.ok) throw new Error(`tuning file ${tuningFile} is invalid: ${parsed.problems.join('; ')}`);
  return weightsOf(parsed.tuning.experiments);
}
