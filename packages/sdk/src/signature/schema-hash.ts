/**
 * Form signature (DESIGN §3): `"v1:" + first 16 hex chars of SHA-256` over the sorted, normalized
 * field descriptors. Stable across reloads, field order and generated ids; different forms differ.
 */
import type { FieldDescriptor } from '../scan/field-descriptor.ts';
import { normalizeLabel, normalizeName } from './normalize-label.ts';

export { normalizeLabel } from './normalize-label.ts';

/** Signature version prefix; bump it (and the server's expectations) when the descriptor changes. */
export const SCHEMA_HASH_VERSION = 'v1';

const HASH_HEX_CHARS = 16;

/** Radio buttons and checkboxes sharing a group are one question, hence one descriptor. */
function isGrouped(field: FieldDescriptor): boolean {
  return (field.type === 'radio' || field.type === 'checkbox') && field.group !== '';
}

/**
 * One field's identity as a string: tag, type, name, autocomplete, label. Never the id (often
 * generated). JSON keeps the parts unambiguous whatever characters they hold.
 */
function describe(field: FieldDescriptor): string {
  return JSON.stringify([
    field.tag,
    field.type,
    normalizeName(field.name),
    field.autocomplete,
    normalizeLabel(field.label),
  ]);
}

/**
 * A group's identity: its members' labels are option texts (Yes/No), so they are collected as a
 * sorted set; the member order on the page does not matter.
 */
function describeGroup(members: readonly FieldDescriptor[]): string {
  const first = members[0];
  if (!first) throw new Error('describeGroup needs at least one member');
  const labels = [...new Set(members.map((m) => normalizeLabel(m.label)))].sort();
  return JSON.stringify([first.tag, first.type, normalizeName(first.group), first.autocomplete, labels]);
}

/** The sorted descriptor strings the hash is computed over; exported for debugging signature changes. */
export function signatureDescriptors(fields: readonly FieldDescriptor[]): string[] {
  const singles: string[] = [];
  const groups = new Map<string, FieldDescriptor[]>();
  for (const field of fields) {
    if (!isGrouped(field)) {
      singles.push(describe(field));
      continue;
    }
    const key = `${field.type}\u0000${normalizeName(field.group)}`;
    const members = groups.get(key);
    if (members) members.push(field);
    else groups.set(key, [field]);
  }
  const grouped = [...groups.values()].map(describeGroup);
  return [...singles, ...grouped].sort();
}

/**
 * Computes the form signature. Async because it uses WebCrypto (`crypto.subtle.digest`), which is
 * available in Node 20, service workers and content scripts.
 *
 * @example await computeSchemaHash(fields) // 'v1:3f9a0c1d2e4b5a69'
 */
export async function computeSchemaHash(fields: readonly FieldDescriptor[]): Promise<string> {
  const text = signatureDescriptors(fields).join('\n');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${SCHEMA_HASH_VERSION}:${hex.slice(0, HASH_HEX_CHARS)}`;
}
