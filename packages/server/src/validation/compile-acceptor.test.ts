import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { LearningEvent, LIMITS } from '@companion-autofill/sdk/protocol';
import { makeEvent } from '@companion-autofill/test-kit/learning-events';
import { seededRandom } from '@companion-autofill/test-kit/seeded-random';
import { compileAcceptor } from './compile-acceptor.ts';

const acceptsEvent = compileAcceptor(LearningEvent);

const ODD_VALUES: unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -1,
  1.5,
  86_400_001,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 53,
  '',
  'x',
  'x'.repeat(600),
  'ok',
  'server_only',
  'v1:00000000000000aa',
  'install-aaaa0001',
  '2026-11-27T12:00:00Z',
  '2026-11-27T12:00:00+02:00',
  '2026-02-30T12:00:00Z',
  'Jobs.Example.com',
  'jobs.example.com',
  'a\u0000b',
  '\uD800',
  'first_name',
  'heuristic',
  [],
  {},
  { a: 1 },
  ['x'],
  { '#a': 'email' },
  { '#a': { added: 1, deleted: 0 } },
  'transferred',
  'server_field',
  'leave_alone',
  'f1:00000000000000aa',
  'f1:00000000000000AA',
  'phone_national',
  'phone',
  { 'input[name="q0"]': 'f1:00000000000000aa' },
  { 'input[name="q0"]': 'date_iso' },
  { '#elsewhere': 'f1:00000000000000aa' },
];

const SELECTOR_KEYS = [
  '#a',
  '',
  'x'.repeat(LIMITS.maxSelectorLength),
  'x'.repeat(LIMITS.maxSelectorLength + 1),
  'a\u0000',
  '\uDC00x',
  '\uD83D\uDE00',
  '__proto__',
  'constructor',
];

/** One random change to a valid event: a field removed, replaced, added, or a map entry changed. */
function mutate(event: Record<string, unknown>, next: () => number): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const copy = structuredClone(event);
  const keys = Object.keys(copy);
  switch (Math.floor(next() * 6)) {
    case 0:
      delete copy[pick(keys)];
      return copy;
    case 1:
      copy[pick(keys)] = pick(ODD_VALUES);
      return copy;
    case 2:
      copy[pick(['extra', 'final_map ', 'profile', 'field_signatures', 'field_formats'])] = pick(ODD_VALUES);
      return copy;
    case 3: {
      const map = pick([
        'suggested_map',
        'final_map',
        'field_sources',
        'experiments',
        'field_signatures',
        'field_formats',
      ]);
      // JSON.parse, as the server receives it: a `__proto__` key becomes an own key.
      const entries = JSON.stringify({ [pick(SELECTOR_KEYS)]: pick(ODD_VALUES) }).slice(1, -1);
      copy[map] = JSON.parse(`{${[JSON.stringify(copy[map] ?? {}).slice(1, -1), entries].filter(Boolean).join(',')}}`);
      return copy;
    }
    case 4: {
      const editStats = copy.edit_stats as Record<string, unknown>;
      editStats[pick(['total_chars_added', 'total_chars_deleted', 'per_field', 'other'])] = pick(ODD_VALUES);
      return copy;
    }
    default:
      copy.profile_used = !copy.profile_used;
      return copy;
  }
}

function validEvent(next: () => number): Record<string, unknown> {
  const source = (['server_only', 'local_only', 'merged', 'heuristics_only', 'transferred'] as const)[
    Math.floor(next() * 5)
  ]!;
  const fields = Math.floor(next() * 12);
  const finalMap = Object.fromEntries(Array.from({ length: fields }, (_, i) => [`input[name="q${i}"]`, `field_${i}`]));
  const event: Record<string, unknown> = { ...makeEvent({ final_map: finalMap, profile_source: source }) };
  if (next() < 0.3) event.filled_chars = Math.floor(next() * 500);
  if (next() < 0.3) event.experiments = { profile_holdout: 'treatment' };
  if (next() < 0.3) event.gen_style_id = 'style.b-1';
  if (fields > 0 && next() < 0.5) {
    const selectors = Object.keys(finalMap);
    event.field_signatures = Object.fromEntries(
      selectors.map((selector, i) => [selector, `f1:${i.toString(16).padStart(16, '0')}`]),
    );
    if (next() < 0.5) event.field_formats = { [selectors[0]!]: 'phone_national' };
    if (next() < 0.3) (event.final_map as Record<string, string>)[selectors[0]!] = 'leave_alone';
  }
  return event;
}

describe('compileAcceptor', () => {
  it('accepts valid events exactly as zod parses them', () => {
    const next = seededRandom(1);
    for (let i = 0; i < 500; i += 1) {
      const event = validEvent(next);
      expect(acceptsEvent(event)).toBe(true);
      expect(LearningEvent.parse(event)).toEqual(event);
    }
  });

  it('never accepts what zod rejects or would change (5,000 random mutations)', () => {
    const next = seededRandom(7);
    let rejectedByZod = 0;
    for (let i = 0; i < 5_000; i += 1) {
      const candidate = mutate(validEvent(next), next);
      const parsed = LearningEvent.safeParse(candidate);
      if (!parsed.success) rejectedByZod += 1;
      if (acceptsEvent(candidate)) {
        expect(parsed.success, JSON.stringify(candidate)).toBe(true);
        expect(parsed.data).toEqual(candidate);
      }
    }
    // The mutations do reach the rejections they are meant to test.
    expect(rejectedByZod).toBeGreaterThan(2_500);
  });

  it('leaves the verdict to zod for a __proto__ key, which zod drops from its output', () => {
    const event = { ...makeEvent(), final_map: JSON.parse('{"__proto__": "email"}') as Record<string, string> };
    expect(acceptsEvent(event)).toBe(false);
  });

  it('refuses at compile time a schema construct it cannot judge', () => {
    expect(() => compileAcceptor(z.object({ a: z.string() }))).toThrow(/only strict objects/);
    expect(() => compileAcceptor(z.array(z.string()))).toThrow(/schema type array/);
    expect(() => compileAcceptor(z.url())).toThrow(/string format url/);
    expect(() => compileAcceptor(z.string().check(z.trim()))).toThrow(/check/);
  });
});
