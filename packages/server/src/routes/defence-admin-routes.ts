import type { FastifyPluginAsync } from 'fastify';
import { isIP } from 'node:net';
import * as z from 'zod/mini';
import {
  CanonicalName,
  FieldFormat,
  firstIssueReason,
  Host,
  InstallId,
  LIMITS,
  SchemaHash,
  Selector,
} from '@companion-autofill/sdk/protocol';
import { errorReply } from '../errors/error-catalog.ts';
import { networkPrefixOf } from '../security/network-key.ts';
import { QUARANTINE_KINDS, type DefenceStore, type ProfileStore } from '../store/store-port.ts';

export interface DefenceAdminRoutesOptions {
  defences: DefenceStore;
  profiles: ProfileStore;
  /** The network key of a prefix (the server's keyed hash, see network-key.ts). */
  networkKey: (prefix: string) => string;
  clock: () => number;
}

const boundedMap = <T extends z.core.$ZodType>(value: T) =>
  z
    .record(Selector, value)
    .check(
      z.refine(
        (map) => Object.keys(map).length <= LIMITS.maxFieldsPerForm,
        `at most ${LIMITS.maxFieldsPerForm} entries`,
      ),
    );
const NetworkKey = z.string().check(z.regex(/^[0-9a-f]{16}$/, 'a network key: 16 hex chars'));
const Address = z.string().check(z.refine((value) => isIP(value) !== 0, 'an IPv4 or IPv6 address'));
const QuarantineBody = z.union([
  z.strictObject({ install_id: InstallId }),
  z.strictObject({ network_key: NetworkKey }),
  z.strictObject({ network_address: Address }),
]);
const QuarantineParams = z.strictObject({ kind: z.enum(QUARANTINE_KINDS), key: z.union([InstallId, NetworkKey]) });
const Form = { host: Host, schema_hash: SchemaHash };
const PinBody = z.strictObject({
  ...Form,
  /** Absent: pin what the form serves now. */
  canonical_map: z.optional(boundedMap(CanonicalName)),
  format_map: z.optional(boundedMap(FieldFormat)),
});
const PinQuery = z.strictObject(Form);
const FlipsQuery = z.strictObject({
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(1_000))),
});

/**
 * Operators undo attacks (SECURITY.md; the caller registers these behind the admin token):
 *
 * - quarantine an install, or a network (by an address in it, or by its key as the report shows
 *   it): its runs leave the votes and the guard from the next aggregation on (POST
 *   /api/admin/aggregate runs one now); GET lists, DELETE lifts;
 * - pin a known-good map for a form (given, or the one served now): served at once, past the
 *   votes and the guard, until unpinned;
 * - read the newest flips of served mappings.
 */
export const defenceAdminRoutes: FastifyPluginAsync<DefenceAdminRoutesOptions> = async (
  app,
  { defences, profiles, networkKey, clock },
) => {
  const invalid = (error: z.core.$ZodError) => errorReply('INVALID_QUERY', firstIssueReason(error));

  app.get('/api/admin/quarantines', async () => ({
    quarantines: (await defences.quarantines()).map(({ kind, key, createdAt }) => ({
      kind,
      key,
      created_at: new Date(createdAt).toISOString(),
    })),
  }));

  app.post('/api/admin/quarantines', async (request, reply) => {
    const parsed = QuarantineBody.safeParse(request.body);
    if (!parsed.success) {
      const { status, body } = invalid(parsed.error);
      return reply.status(status).send(body);
    }
    const target = parsed.data;
    const [kind, key] =
      'install_id' in target
        ? (['install', target.install_id] as const)
        : 'network_key' in target
          ? (['network', target.network_key] as const)
          : (['network', networkKey(networkPrefixOf(target.network_address))] as const);
    const created = await defences.quarantine(kind, key, clock());
    request.log.warn({ kind, created }, 'admin: quarantine');
    return { kind, key, created };
  });

  app.delete('/api/admin/quarantines/:kind/:key', async (request, reply) => {
    const parsed = QuarantineParams.safeParse(request.params);
    if (!parsed.success) {
      const { status, body } = invalid(parsed.error);
      return reply.status(status).send(body);
    }
    return { ...parsed.data, released: await defences.release(parsed.data.kind, parsed.data.key) };
  });

  app.get('/api/admin/pins', async () => ({
    pins: (await defences.pins()).map((p) => ({
      host: p.host,
      schema_hash: p.schemaHash,
      canonical_map: p.canonicalMap,
      format_map: p.formatMap,
      pinned_at: new Date(p.pinnedAt).toISOString(),
    })),
  }));

  app.put('/api/admin/pins', async (request, reply) => {
    const parsed = PinBody.safeParse(request.body);
    if (!parsed.success) {
      const { status, body } = invalid(parsed.error);
      return reply.status(status).send(body);
    }
    const { host, schema_hash: schemaHash, canonical_map: given, format_map: formats } = parsed.data;
    let maps: { canonicalMap: Record<string, string>; formatMap: Record<string, string> };
    if (given !== undefined) {
      maps = { canonicalMap: given, formatMap: formats ?? {} };
    } else {
      const served = await profiles.getProfile(host, schemaHash);
      if (!served || Object.keys(served.canonicalMap).length === 0) {
        const { status, body } = errorReply(
          'NOT_FOUND',
          `: no served profile for ${host} ${schemaHash} to pin; give canonical_map`,
        );
        return reply.status(status).send(body);
      }
      maps = { canonicalMap: { ...served.canonicalMap }, formatMap: { ...served.formatMap } };
    }
    await defences.pin({ host, schemaHash, ...maps, pinnedAt: clock() });
    request.log.warn({ host }, 'admin: profile pinned');
    return { host, schema_hash: schemaHash, canonical_map: maps.canonicalMap, format_map: maps.formatMap };
  });

  app.delete('/api/admin/pins', async (request, reply) => {
    const parsed = PinQuery.safeParse(request.query);
    if (!parsed.success) {
      const { status, body } = invalid(parsed.error);
      return reply.status(status).send(body);
    }
    return { ...parsed.data, unpinned: await defences.unpin(parsed.data.host, parsed.data.schema_hash) };
  });

  app.get('/api/admin/flips', async (request, reply) => {
    const parsed = FlipsQuery.safeParse(request.query);
    if (!parsed.success) {
      const { status, body } = invalid(parsed.error);
      return reply.status(status).send(body);
    }
    const flips = await defences.recentFlips(parsed.data.limit ?? 100);
    return {
      flips: flips.map((f) => ({
        run_id: f.runId,
        flipped_at: new Date(f.flippedAt).toISOString(),
        host: f.host,
        schema_hash: f.schemaHash,
        selector: f.selector,
        from: f.from,
        to: f.to,
      })),
    };
  });
};
