/**
 * Merges the four mapping sources into the effective map for one form.
 *
 * Precedence per field, highest first:
 *   1. local        — the user's own corrections on this device (FormMemory). A local UNMAPPED
 *                     entry means "the user cleared this field": it stays unfilled, and lower
 *                     sources cannot claim it.
 *   2. server       — the learned profile, quality-gated by the server.
 *   3. autocomplete — what the page itself declares.
 *   4. heuristic    — our guess from the field's words.
 *
 * A canonical goes to one field only: once a higher-precedence source (or an earlier field in
 * the same source, in `selectors` order) claims it, lower claims of it elsewhere are dropped, and
 * those fields stay open for other canonicals from lower sources.
 *
 * Entries whose selector is not on the page (`selectors`) are dropped before anything else, so a
 * stale server or local map neither fills nor counts towards profile_source.
 */
import type { FieldSource, ProfileSource } from '../protocol/index.ts';
import { UNMAPPED } from './unmapped.ts';

export interface MergeInput {
  /** Selectors of the fields on the page, in document order. */
  readonly selectors: readonly string[];
  readonly server: Readonly<Record<string, string>>;
  readonly local: Readonly<Record<string, string>>;
  readonly autocomplete: Readonly<Record<string, string>>;
  readonly heuristic: Readonly<Record<string, string>>;
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

/** Keeps only entries for selectors on the page. */
function onPage(map: Readonly<Record<string, string>>, selectors: ReadonlySet<string>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).filter(([selector]) => selectors.has(selector)));
}

/**
 * profile_source as the seed defines it: server_only = non-empty server map and no local
 * overrides; local_only = empty server map, non-empty local map; merged = both; heuristics_only =
 * neither.
 */
export function decideProfileSource(serverEntries: number, localEntries: number): ProfileSource {
  if (serverEntries > 0) return localEntries > 0 ? 'merged' : 'server_only';
  return localEntries > 0 ? 'local_only' : 'heuristics_only';
}

/**
 * Merges server, local, autocomplete and heuristic maps (see the module comment for precedence).
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
    ['autocomplete', onPage(input.autocomplete, present)],
    ['heuristic', onPage(input.heuristic, present)],
  ];

  const map: Record<string, string> = {};
  const sources: Record<string, FieldSource> = {};
  const decided = new Set<string>();
  const claimed = new Set<string>();
  for (const [source, entries] of ranked) {
    for (const selector of present) {
      const canonical = entries[selector];
      if (canonical === undefined || decided.has(selector)) continue;
      if (canonical === UNMAPPED) {
        // Only the user can say "leave this field alone"; an empty name from elsewhere is noise.
        if (source === 'local') decided.add(selector);
        continue;
      }
      if (claimed.has(canonical)) continue;
      decided.add(selector);
      claimed.add(canonical);
      map[selector] = canonical;
      sources[selector] = source;
    }
  }

  const serverEntries = Object.keys(server).length;
  return {
    map,
    sources,
    profileSource: decideProfileSource(serverEntries, Object.keys(local).length),
    profileUsed: serverEntries > 0,
  };
}
