import { describe, expect, it } from 'vitest';
import { assumedEffect, describeAssumedEffect } from './assumed-effect.ts';
import { createSeededRandom } from './seeded-random.ts';
import { simulateRun } from './simulate-run.ts';
import { createWorld } from './simulated-world.ts';

/** The share of `runs` simulated runs over `world` that end ok, each form visited equally often. */
function observedSuccess(world: ReturnType<typeof createWorld>, fixEveryField: boolean, runs: number): number {
  const random = createSeededRandom(5);
  let ok = 0;
  for (let i = 0; i < runs; i++) {
    const form = world[i % world.length]!;
    const serverMap = fixEveryField ? Object.fromEntries(form.fields.map((f) => [f.selector, f.canonical])) : {};
    if (simulateRun(form, serverMap, random).status === 'ok') ok += 1;
  }
  return ok / runs;
}

describe('assumedEffect', () => {
  it('counts the wrong fields of the heuristics per form', () => {
    const field = (selector: string, canonical: string, heuristic: string) => ({
      selector,
      canonical,
      heuristic,
      valueLength: 8,
    });
    const world = [
      { host: 'a.sim.example', schemaHash: 'v1:0000000000000001', fields: [field('#a', 'email', 'email')] },
      {
        host: 'b.sim.example',
        schemaHash: 'v1:0000000000000002',
        fields: [field('#a', 'phone', 'city'), field('#b', 'city', 'phone')],
      },
    ];
    const effect = assumedEffect(world);
    expect(effect.wrongFieldsPerForm).toBe(1);
    // A form with two wrong fields succeeds less than one with none: heuristics' ratio is below the profile's.
    expect(effect.successWithHeuristics).toBeLessThan(effect.successWithProfile);
  });

  it('states the effect simulateRun actually puts in: the success ratios it predicts are the ones the runs show', () => {
    const world = createWorld({ hosts: 40, seed: 3 });
    const effect = assumedEffect(world);
    expect(effect.wrongFieldsPerForm).toBeGreaterThan(0);
    // 20,000 runs each: a ratio's sd is below 0.003, so 0.015 is five sd of room. Runs here have the
    // average user, whose success is what the stated effect is computed for.
    expect(Math.abs(observedSuccess(world, false, 20_000) - effect.successWithHeuristics)).toBeLessThan(0.015);
    expect(Math.abs(observedSuccess(world, true, 20_000) - effect.successWithProfile)).toBeLessThan(0.015);
  });

  it('is described as an assumption with its figures', () => {
    const effect = assumedEffect(createWorld({ hosts: 10, seed: 1 }));
    const text = describeAssumedEffect(effect);
    expect(text).toContain('put in by the simulator, not measured');
    expect(text).toContain(effect.successWithProfile.toFixed(3));
    expect(text).toContain(effect.successWithHeuristics.toFixed(3));
    expect(text).toContain('not evidence that profiles help');
  });
});
