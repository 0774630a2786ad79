import type { AggregationRow, FormProfile } from '../store/store-port.ts';
import { aggregateForm } from './aggregate-form.ts';
import type { SupportThresholds } from './support-thresholds.ts';

/**
 * Profiles from the window's events, which arrive in chunks ordered by (host, schema_hash). Only
 * one form's events are held at a time, so memory stays bounded by the largest form, not the window.
 */
export async function aggregateProfiles(
  chunks: AsyncIterable<readonly AggregationRow[]>,
  support: SupportThresholds,
): Promise<{ profiles: FormProfile[]; eventsRead: number }> {
  const profiles: FormProfile[] = [];
  let eventsRead = 0;
  let form: AggregationRow[] = [];
  for await (const chunk of chunks) {
    for (const row of chunk) {
      eventsRead += 1;
      const current = form[0];
      if (current && (current.host !== row.host || current.schemaHash !== row.schemaHash)) {
        profiles.push(aggregateForm(form, support));
        form = [];
      }
      form.push(row);
    }
  }
  if (form.length > 0) profiles.push(aggregateForm(form, support));
  return { profiles, eventsRead };
}
