import type { z } from 'zod/mini';
import { LearningEvent } from './learning-event.ts';
import { Message } from './messages.ts';
import { ProfileQuery, ProfileResponse } from './profile.ts';
import { SyncRequest, SyncResponse } from './sync.ts';
import { UserStatsQuery, UserStatsResponse } from './user-stats.ts';

/** The parts of zod core definitions that lead to nested schemas. */
interface NestingDef {
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  options?: readonly z.core.$ZodType[];
  in?: z.core.$ZodType;
  out?: z.core.$ZodType;
}

/**
 * Every object key the wire contract defines (`event_id`, `per_field`, …). A rejection reason may
 * name these; any other key came from the client and might be personal data (a selector built
 * from an email, a field name that is a person's name), so reasons elide it. Record keys are data,
 * never names: the walk passes over them to their values.
 */
export const CONTRACT_KEY_NAMES: ReadonlySet<string> = collectKeyNames([
  SyncRequest,
  LearningEvent,
  SyncResponse,
  ProfileQuery,
  ProfileResponse,
  UserStatsQuery,
  UserStatsResponse,
  Message,
]);

function collectKeyNames(schemas: readonly z.core.$ZodType[]): Set<string> {
  const names = new Set<string>();
  const seen = new Set<z.core.$ZodType>();
  const visit = (schema: z.core.$ZodType | undefined): void => {
    if (!schema || seen.has(schema)) return;
    seen.add(schema);
    const def = schema._zod.def as NestingDef;
    for (const [key, value] of Object.entries(def.shape ?? {})) {
      names.add(key);
      visit(value);
    }
    for (const nested of [def.innerType, def.valueType, def.element, def.in, def.out, ...(def.options ?? [])])
      visit(nested);
  };
  schemas.forEach(visit);
  return names;
}
