/**
 * Field signature: the identity of ONE field, stable across reloads and across the postings of
 * one template, so that what people taught on one form can be predicted on its siblings (as
 * Chromium's crowdsourcing answers per field, not only per form). Built from the field's
 * template-owned identity — its stable selector (name, automation and test attributes, a
 * non-generated id), its normalized label, its tag and type — never from a value.
 *
 * `f1:` + the first 16 hex chars of SHA-256.
 */
import type { FieldDescriptor } from '../scan/field-descriptor.ts';
import { normalizeLabel, normalizeSelector } from './normalize-label.ts';

/** Field signature version prefix. */
export const FIELD_SIGNATURE_VERSION = 'f1';

/** The string a field's signature is computed over; exported for debugging. */
export function fieldSignatureText(field: FieldDescriptor): string {
  return JSON.stringify([
    field.tag,
    field.type,
    normalizeSelector(field.selector),
    normalizeLabel(field.label || field.placeholder),
  ]);
}

/**
 * The signature of every field, selector → `f1:<16 hex>`.
 *
 * @example await computeFieldSignatures([emailField]) // { 'input[name="email"]': 'f1:0c1d2e4b5a693f9a' }
 */
export async function computeFieldSignatures(fields: readonly FieldDescriptor[]): Promise<Record<string, string>> {
  const entries = await Promise.all(
    fields.map(async (field) => {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(fieldSignatureText(field)));
      // A view made over the first 8 bytes, not subarray(): in a Firefox content script the digest
      // belongs to the page, and subarray() reads the view's constructor across that boundary
      // ("Permission denied to access property constructor").
      const hex = Array.from(new Uint8Array(digest, 0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
      return [field.selector, `${FIELD_SIGNATURE_VERSION}:${hex}`] as const;
    }),
  );
  return Object.fromEntries(entries);
}
