import { createSeededRandom, type SeededRandom } from './seeded-random.ts';

/** A field of a simulated form: what it truly is, how long its value typically is, and what heuristics call it. */
export interface SimulatedField {
  selector: string;
  canonical: string;
  valueLength: number;
  /** The heuristics' label: the true canonical, or a wrong one (the same every time: heuristics are deterministic). */
  heuristic: string;
}

export interface SimulatedForm {
  host: string;
  schemaHash: string;
  fields: SimulatedField[];
}

/** Canonical fields of job forms with a typical value length. */
const CATALOG = [
  ['first_name', 6],
  ['last_name', 7],
  ['email', 22],
  ['phone', 12],
  ['city', 9],
  ['postal_code', 5],
  ['street_address', 20],
  ['country', 8],
  ['linkedin_url', 32],
  ['current_company', 12],
  ['website', 24],
] as const;

export interface WorldOptions {
  hosts: number;
  seed: number;
  /** Chance that heuristics mislabel a field. @default 0.15 */
  heuristicErrorRate?: number;
  /** Most fields heuristics get wrong on one form. @default 2 */
  maxWrongFields?: number;
}

/**
 * The simulated web: `hosts` hosts with one or two forms each, every form with its true field map
 * and the heuristics' (partly wrong) map. Pure: the same options give the same world.
 */
export function createWorld(options: WorldOptions): SimulatedForm[] {
  const random = createSeededRandom(options.seed);
  const errorRate = options.heuristicErrorRate ?? 0.15;
  const maxWrong = options.maxWrongFields ?? 2;
  const forms: SimulatedForm[] = [];
  for (let h = 0; h < options.hosts; h++) {
    const host = `ats-${String(h + 1).padStart(3, '0')}.sim.example`;
    const formCount = random.chance(0.4) ? 2 : 1;
    for (let f = 0; f < formCount; f++) forms.push(createForm(host, random, errorRate, maxWrong));
  }
  return forms;
}

function createForm(host: string, random: SeededRandom, errorRate: number, maxWrong: number): SimulatedForm {
  const count = random.int(5, 9);
  const shuffled = [...CATALOG];
  // Fisher–Yates: a uniform pick of `count` catalog fields.
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const chosen = shuffled.slice(0, count);
  let wrong = 0;
  const fields = chosen.map(([canonical, valueLength], index) => {
    const mislabel = wrong < maxWrong && random.chance(errorRate);
    if (mislabel) wrong += 1;
    const heuristic = mislabel ? random.pick(CATALOG.filter(([name]) => name !== canonical))[0] : canonical;
    return {
      selector: `[name="f${index + 1}_${random.int(100, 999)}"]`,
      canonical,
      valueLength: valueLength + random.int(-2, 2),
      heuristic,
    };
  });
  return { host, schemaHash: `v1:${random.hex16()}`, fields };
}
