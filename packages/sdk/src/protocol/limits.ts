/**
 * Size limits of the wire contract. One place, so the server's body limit, the SDK's trimming
 * and the schemas agree.
 */
export const LIMITS = {
  /** Events in one sync batch. */
  maxEventsPerBatch: 100,
  /**
   * Entries in any selector-keyed map (suggested_map, final_map, field_sources, per_field, …).
   * Measured (#15): the 47 accuracy forms, scanned in Chromium, have at most 30 fields (median 16).
   */
  maxFieldsPerForm: 100,
  /** Field predictions (field signature → canonical) in one profile answer. */
  maxFieldPredictions: 500,
  /**
   * Characters of a CSS selector. Measured (#15) on the accuracy forms: p50 32, p90 84, p99 167,
   * longest 176 (a component library's nested anchor); the scan leaves longer ones out.
   */
  maxSelectorLength: 256,
  /**
   * Characters of all selectors of one selector-keyed map together. Measured (#15): at most 2,015
   * on one accuracy form. With the two caps above, the largest legal event stays under ~100 KB
   * stored (it was ~529 KB; see packages/server/test/event-size.test.ts).
   */
  maxSelectorCharsPerMap: 8_192,
  /** Characters of a hostname (RFC 1035). */
  maxHostLength: 253,
  /** Characters of an install id. */
  maxInstallIdLength: 64,
  /** Open questions drafted in one run: a form with more is one the person should read themselves. */
  maxDraftsPerRun: 10,
  /** Experiments a run can be exposed to. */
  maxExperiments: 8,
  /** duration_ms above a day is not a form fill any more. */
  maxDurationMs: 86_400_000,
  /** fill_ms above ten minutes means the SDK hung. */
  maxFillMs: 600_000,
  /** Characters edited in one run. */
  maxEditChars: 1_000_000,
} as const;
