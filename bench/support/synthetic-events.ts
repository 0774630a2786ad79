import type { LearningEvent } from '../../packages/sdk/src/protocol/index.ts';
import { createEventId } from '../../packages/sdk/src/event/event-id.ts';

/** Canonical names the synthetic forms use, from the SDK's catalog. */
export const CANONICALS = [
  'first_name',
  'last_name',
  'email',
  'phone',
  'city',
  'country',
  'linkedin_url',
  'github_url',
  'portfolio_url',
  'current_company',
  'current_title',
  'years_experience',
  'salary_expectation',
  'start_date',
] as const;

/** One synthetic form: where it lives and which selectors map to which canonical. */
export interface SyntheticForm {
  host: string;
  schemaHash: string;
  map: Record<string, string>;
}

/** The k-th form: `fields` selectors, spread over `hosts` hosts. Deterministic. */
export function syntheticForm(k: number, hosts: number, fields = 10): SyntheticForm {
  const map: Record<string, string> = {};
  for (let j = 0; j < fields; j += 1) map[`input[name="f${k % 7}_${j}"]`] = CANONICALS[(j + k) % CANONICALS.length]!;
  return { host: `site-${k % hosts}.example.com`, schemaHash: `v1:${k.toString(16).padStart(16, '0')}`, map };
}

/** A valid LearningEvent of `form` with a time-ordered (UUIDv7) id, as the SDK makes them. */
export function syntheticEvent(
  form: SyntheticForm,
  install: number,
  occurredAtMs: number,
  status: LearningEvent['status'] = 'ok',
): LearningEvent {
  const selectors = Object.keys(form.map);
  const edited = selectors[0];
  return {
    event_id: createEventId(occurredAtMs),
    install_id: `install-${install.toString().padStart(6, '0')}`,
    occurred_at: new Date(occurredAtMs).toISOString(),
    host: form.host,
    schema_hash: form.schemaHash,
    status,
    duration_ms: 20_000 + (install % 40_000),
    fill_ms: 12,
    edit_stats: {
      total_chars_added: 3,
      total_chars_deleted: 1,
      per_field: edited ? { [edited]: { added: 3, deleted: 1 } } : {},
    },
    suggested_map: form.map,
    final_map: form.map,
    field_sources: Object.fromEntries(selectors.map((selector) => [selector, 'heuristic' as const])),
    profile_used: false,
    profile_source: 'heuristics_only',
    sdk_version: '0.1.0',
  };
}

/** Consecutive events of one install: a batch of up to this many (aligned) is one install's, as the server requires. */
const EVENTS_PER_INSTALL_BLOCK = 100;

/** `count` events round-robin over `forms` forms (on `hosts` hosts), and in blocks of 100 over `installs` installs. */
export function syntheticEvents(
  count: number,
  options: { forms: number; hosts: number; installs: number; startMs: number },
): LearningEvent[] {
  const forms = Array.from({ length: options.forms }, (_, k) => syntheticForm(k, options.hosts));
  return Array.from({ length: count }, (_, i) =>
    syntheticEvent(
      forms[i % forms.length]!,
      Math.floor(i / EVENTS_PER_INSTALL_BLOCK) % options.installs,
      options.startMs + i,
    ),
  );
}
