import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assignArm, assignArms, type ExperimentSpec } from './assign-arm.ts';

const HOLDOUT: ExperimentSpec = { salt: '2026-11', arms: { treatment: 90, holdout: 10 } };
const STYLE: ExperimentSpec = { salt: 's1', arms: { style_a: 50, style_b: 50 } };

function installs(count: number): string[] {
  return Array.from({ length: count }, () => `inst-${randomUUID()}`);
}

/** |observed − n·p| within 5 binomial standard deviations: fails about once in 3.5 million runs. */
function expectWithinFiveSigma(observed: number, n: number, p: number): void {
  const sigma = Math.sqrt(n * p * (1 - p));
  expect(
    Math.abs(observed - n * p),
    `observed ${observed} of ${n}, expected ${n * p} ± ${(5 * sigma).toFixed(0)}`,
  ).toBeLessThan(5 * sigma);
}

function countArms(ids: readonly string[], name: string, spec: ExperimentSpec): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const arm = assignArm(id, name, spec);
    counts.set(arm, (counts.get(arm) ?? 0) + 1);
  }
  return counts;
}

describe('assignArm', () => {
  it('gives the same install the same arm on every call', () => {
    for (const id of installs(200)) {
      const arm = assignArm(id, 'profile_holdout', HOLDOUT);
      expect(assignArm(id, 'profile_holdout', { salt: '2026-11', arms: { treatment: 90, holdout: 10 } })).toBe(arm);
    }
  });

  it('gives the same arms in another process', async () => {
    const ids = installs(50);
    const here = ids.map((id) => assignArm(id, 'profile_holdout', HOLDOUT));
    const module = fileURLToPath(new URL('./assign-arm.ts', import.meta.url));
    const script = `const { assignArm } = await import(${JSON.stringify(module)});
      const ids = JSON.parse(process.argv[1]);
      process.stdout.write(JSON.stringify(ids.map((id) => assignArm(id, 'profile_holdout', ${JSON.stringify(HOLDOUT)}))));`;
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', script, JSON.stringify(ids)],
        { cwd: fileURLToPath(new URL('../..', import.meta.url)) },
        (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out)),
      );
    });
    expect(JSON.parse(stdout)).toEqual(here);
  });

  it('pins the bucketing: a change here re-buckets every install in production', () => {
    // Computed once with this implementation; if this fails, the hashing or the slicing changed.
    expect(
      ['install-aaaa0001', 'install-bbbb0002', 'install-cccc0003', 'install-dddd0004'].map((id) =>
        assignArm(id, 'gen_style', STYLE),
      ),
    ).toEqual(GOLDEN_STYLE_ARMS);
  });

  it('splits 100k random installs in proportion to the weights', () => {
    const ids = installs(100_000);
    const holdout = countArms(ids, 'profile_holdout', HOLDOUT);
    expectWithinFiveSigma(holdout.get('holdout') ?? 0, ids.length, 0.1);
    expect((holdout.get('holdout') ?? 0) + (holdout.get('treatment') ?? 0)).toBe(ids.length);

    const three = countArms(ids, 'three_way', { salt: 'x', arms: { a: 1, b: 2, c: 7 } });
    expectWithinFiveSigma(three.get('a') ?? 0, ids.length, 0.1);
    expectWithinFiveSigma(three.get('b') ?? 0, ids.length, 0.2);
    expectWithinFiveSigma(three.get('c') ?? 0, ids.length, 0.7);
  });

  it('buckets experiments independently of each other', () => {
    // Independent hashes: the style split inside the holdout arm is still about 50/50.
    const inHoldout = installs(30_000).filter((id) => assignArm(id, 'profile_holdout', HOLDOUT) === 'holdout');
    const styleA = inHoldout.filter((id) => assignArm(id, 'gen_style', STYLE) === 'style_a').length;
    expectWithinFiveSigma(styleA, inHoldout.length, 0.5);
  });

  it('ignores the order of arms in the file', () => {
    for (const id of installs(500)) {
      expect(assignArm(id, 'profile_holdout', { salt: '2026-11', arms: { holdout: 10, treatment: 90 } })).toBe(
        assignArm(id, 'profile_holdout', HOLDOUT),
      );
    }
  });

  it('moves only the boundary region when weights change, and no one out of the growing arm', () => {
    const ids = installs(30_000);
    const wider: ExperimentSpec = { salt: '2026-11', arms: { treatment: 80, holdout: 20 } };
    let moved = 0;
    let leftHoldout = 0;
    for (const id of ids) {
      const before = assignArm(id, 'profile_holdout', HOLDOUT);
      const after = assignArm(id, 'profile_holdout', wider);
      if (before === 'holdout' && after !== 'holdout') leftHoldout += 1;
      if (before !== after) moved += 1;
    }
    expect(leftHoldout).toBe(0);
    expectWithinFiveSigma(moved, ids.length, 0.1);
  });

  it('reshuffles when the salt changes', () => {
    const ids = installs(30_000);
    const resalted: ExperimentSpec = { salt: '2026-12', arms: HOLDOUT.arms };
    const changed = ids.filter(
      (id) => assignArm(id, 'profile_holdout', HOLDOUT) !== assignArm(id, 'profile_holdout', resalted),
    ).length;
    // Two independent 90/10 draws differ with probability 2 × 0.9 × 0.1.
    expectWithinFiveSigma(changed, ids.length, 0.18);
  });

  it('puts everyone in a single arm', () => {
    expect(new Set(installs(100).map((id) => assignArm(id, 'rollout', { salt: 'r', arms: { on: 1 } })))).toEqual(
      new Set(['on']),
    );
  });

  it('refuses an experiment without a positive weight', () => {
    expect(() => assignArm('install-aaaa0001', 'broken', { salt: 's', arms: {} })).toThrow(RangeError);
  });
});

describe('assignArms', () => {
  const experiments = { profile_holdout: HOLDOUT, gen_style: STYLE };

  it('assigns one arm per live experiment', () => {
    const arms = assignArms('install-aaaa0001', experiments);
    expect(Object.keys(arms).sort()).toEqual(['gen_style', 'profile_holdout']);
    expect(arms.profile_holdout).toBe(assignArm('install-aaaa0001', 'profile_holdout', HOLDOUT));
    expect(arms.gen_style).toBe(assignArm('install-aaaa0001', 'gen_style', STYLE));
  });

  it('keeps every arm when an unrelated experiment is added or removed', () => {
    for (const id of installs(500)) {
      const before = assignArms(id, { profile_holdout: HOLDOUT });
      const after = assignArms(id, { new_thing: { salt: 'n', arms: { a: 1, b: 1 } }, profile_holdout: HOLDOUT });
      expect(after.profile_holdout).toBe(before.profile_holdout);
    }
  });

  it('exposes a request without an install id to nothing', () => {
    expect(assignArms(undefined, experiments)).toEqual({});
  });
});

/** Checked by hand with `printf 'gen_style:s1:<id>' | sha256sum`: first 32 bits below 2^31 → style_a. */
const GOLDEN_STYLE_ARMS = ['style_b', 'style_a', 'style_b', 'style_a'];
