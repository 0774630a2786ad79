/**
 * Size limits of the wire contract. One place, so the server's body limit, the SDK's trimming
 * and the schemas agree.
 */
export const LIMITS = {
  /** Events in one sync batch. */
  maxEventsPerBatch: 100,
  /** Entries in any selector-keyed map (suggested_map, final_map, field_sources, per_field). */
  maxFieldsPerForm: 200,
  /** Field predictions (field signature → canonical) in one profile answer. */
  maxFieldPredictions: 500,
  /** Characters of a CSS selector. */
  maxSelectorLength: 512,
  /** Characters of a hostname (RFC 1035). */
  maxHostLength: 253,
  /** Characters of an install id. */
  maxInstallIdLength: 64,
  /** Experiments a run can be exposed to. */
  maxExperiments: 8,
  /** duration_ms above a day is not a form fill any more. */
  maxDurationMs: 86_400_000,
  /** fill_ms above ten minutes means the SDK hung. */
  maxFillMs: 600_000,
  /** Characters edited in one run. */
  maxEditChars: 1_000_000,
} as const;
