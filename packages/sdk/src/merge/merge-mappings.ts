/**
 * Merges the mapping sources into the effective map for one form.
 *
 * Precedence per field, highest first:
 *   1. local        — the user's own corrections on this device (FormMemory).
 *   2. server       — the form's learned profile, quality-gated by the server.
 *   3. server_field — the crowd's answer for this *field* (its field signature) learned on other
 *                     forms of the host or its ATS family: how learning reaches forms never seen.
 *   4. autocomplete — what the page itself declares.
 *   5. heuristic    — our guess from the field's words.
 * A "leave alone" entry (LEAVE_ALONE, or the local UNMAPPED of older memories) from local, server
 * or server_field decides the field: it stays unfilled and lower sources cannot claim it.
 *
 * Learned sources may give one canonical to several fields (an email and its confirmation box),
 * and never take a canonical away from another field. A canonical that one guessing source
 * (autocomplete, heuristics) gave in a scope (form) is not given there by the other, unless the
 * other agrees on every field it was given to; each source decides its own repeats (a
 * confirmation box).
 *
 * Entries whose selector is not on the page (`selectors`) are dropped before anything else, so a
 * stale server or local map neither fills nor counts towards profile_source.
 */
import { LEAVE_ALONE } from '../heuristics/canonical-fields.ts';
import type { FieldSource, ProfileSource } from '../protocol/index.ts';
import { UNMAPPED } from './unmapped.ts';

export interface MergeInput {
  /** Selectors of the fields on the page, in document order. */
  readonly selectors: readonly string[];
  readonly server: Readonly<Record<string, string>>;
  /** Field-level predictions, already matched to this page's selectors by field signature. */
  readonly serverFields?: Readonly<Record<string, string>>;
  readonly local: Readonly<Record<string, string>>;
  readonly autocomplete: Readonly<Record<string, string>>;
  readonly heuristic: Readonly<Record<string, string>>;
  /** selector → scope key (its form); guesses claim a canonical once per scope. @default one scope */
  readonly scopeOf?: Readonly<Record<string, string>>;
}

export interface MergeResult {
  /** selector → canonical: what to fill. */
  readonly map: Record<string, string>;
  /** selector → the source that chose it; same keys as `map`. */
  readonly sources: Record<string, FieldSource>;
  readonly profileSource: ProfileSource;
  /** A non-empty server map was applied: true exactly for server_only and merged. */
  readonly profileUsed: boolean;
}

const LEARNED: ReadonlySet<FieldSource> = new Set(['local', 'server', 'server_field']);

/** Keeps only entries for selectors on the page. */
function onPage(map: Readonly<Record<string, string>>, selectors: ReadonlySet<string>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).filter(([selector]) => selectors.has(selector)));
}

/**
 * profile_source: server_only = non-empty server map and no local overrides; local_only = empty
 * server map, non-empty local map; merged = both; transferred = no server map, but field-level
 * predictions chose at least one field; heuristics_only = none of these.
 */
export function decideProfileSource(serverEntries: number, localEntries: number, transferredFields = 0): ProfileSource {
  if (serverEntries > 0) return localEntries > 0 ? 'merged' : 'server_only';
  if (transferredFields > 0) return 'transferred';
  return localEntries > 0 ? 'local_only' : 'heuristics_only';
}

const isLeaveAlone = (canonical: string): boolean => canonical === LEAVE_ALONE || canonical === UNMAPPED;

/**
 * Merges local, server, field-level, autocomplete and heuristic maps (see the module comment).
 *
 * @example
 * mergeMappings({ selectors: ['#a'], server: { '#a': 'email' }, local: {}, autocomplete: {}, heuristic: {} })
 * // { map: { '#a': 'email' }, sources: { '#a': 'server' }, profileSource: 'server_only', profileUsed: true }
 */
export function mergeMappings(input: MergeInput): MergeResult {
  const present = new Set(input.selectors);
  const server = onPage(input.server, present);
  const local = onPage(input.local, present);
  const ranked: readonly (readonly [FieldSource, Record<string, string>])[] = [
    ['local', local],
    ['server', server],
    ['server_field', onPage(input.serverFields ?? {}, present)],
    ['autocomplete', onPage(input.autocomplete, present)],
    ['heuristic', onPage(input.heuristic, present)],
  ];
  const map: Record<string, string> = {};
  const sources: Record<string, FieldSource> = {};
  const decided = new Set<string>();
  // (scope, canonical) → the guessing source that gave it, and to which fields: a source may
  // repeat a canonical it chose itself (a confirmation box), another guessing source only when it
  // gave the canonical to those fields too (the page marked the email box, the words found it and
  // its confirmation).
  const guessed = new Map<string, { source: FieldSource; selectors: string[] }>();
  const scopeOf = input.scopeOf ?? {};
  for (const [source, entries] of ranked) {
    for (const selector of present) {
      const canonical = entries[selector];
      if (canonical === undefined || decided.has(selector)) continue;
      if (isLeaveAlone(canonical)) {
        // Only people (directly or through the crowd) can say "leave this field alone".
        if (LEARNED.has(source)) decided.add(selector);
        continue;
      }
      if (!LEARNED.has(source)) {
        const claim = `${scopeOf[selector] ?? ''}\u0000${canonical}`;
        const owner = guessed.get(claim);
        if (owner === undefined) guessed.set(claim, { source, selectors: [selector] });
        else if (owner.source === source || owner.selectors.every((owned) => entries[owned] === canonical))
          owner.selectors.push(selector);
        else continue;
      }
      decided.add(selector);
      map[selector] = canonical;
      sources[selector] = source;
    }
  }
  const serverEntries = Object.keys(server).length;
  const transferred = Object.values(sources).filter((source) => source === 'server_field').length;
  return {
    map,
    sources,
    profileSource: decideProfileSource(serverEntries, Object.keys(local).length, transferred),
    profileUsed: serverEntries > 0,
  };
}
