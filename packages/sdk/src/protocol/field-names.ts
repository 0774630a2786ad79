import * as z from 'zod/mini';
import { FIELD_FORMATS } from './field-formats.ts';
import { LIMITS } from './limits.ts';
import { PERSONAL_DATA_SELECTOR_MESSAGE, selectorCarriesPersonalData } from './personal-data.ts';

/** A canonical field name such as `first_name`: what a field means, never what it holds. */
export const CanonicalName = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9_]{0,63}$/, 'must be snake_case, at most 64 chars'));

export { LEAVE_ALONE } from './leave-alone.ts';

/** A format a field wants its value in (see {@link FIELD_FORMATS}): an id, never a value. */
export const FieldFormat = z.enum(FIELD_FORMATS);
export type FieldFormat = z.infer<typeof FieldFormat>;

/**
 * The signature of ONE field: a hash the SDK computes from the field's stable, template-owned
 * descriptors (name/id/automation attributes, label text, type), never from a value. Forms built
 * from one template share their fields' signatures, so what is learned on one form transfers to
 * another of the same host or ATS family.
 */
export const FieldSignature = z.string().check(z.regex(/^f1:[0-9a-f]{16}$/, 'must be f1:<16 hex chars>'));

/** NUL, or a surrogate half without its partner. */
const MALFORMED_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A CSS selector that finds a field again after a reload. No NUL and no lone surrogate: neither
 * is a valid selector, and PostgreSQL's jsonb refuses both. No personal data: a selector built from
 * a value-bearing attribute (`input[value="jane@example.com"]`) is refused (#15).
 */
export const Selector = z.string().check(
  z.minLength(1),
  z.maxLength(LIMITS.maxSelectorLength),
  z.refine((selector) => !MALFORMED_TEXT.test(selector), 'must be well-formed text without NUL'),
  z.refine((selector) => !selectorCarriesPersonalData(selector), PERSONAL_DATA_SELECTOR_MESSAGE),
);

/** Lower-case hostname without port or path. */
export const Host = z
  .string()
  .check(
    z.maxLength(LIMITS.maxHostLength),
    z.regex(
      /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/,
      'must be a lower-case hostname without port or path',
    ),
  );

/** Form signature, see DESIGN §3. */
export const SchemaHash = z.string().check(z.regex(/^v1:[0-9a-f]{16}$/, 'must be v1:<16 hex chars>'));

/** Random per extension install; not a person's identity. */
export const InstallId = z
  .string()
  .check(
    z.minLength(8),
    z.maxLength(LIMITS.maxInstallIdLength),
    z.regex(/^[A-Za-z0-9_-]+$/, 'must be 8-64 chars of [A-Za-z0-9_-]'),
  );

/** Experiment and arm names: bounded vocabulary so they can become metric labels. */
export const ExperimentToken = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9_]{0,31}$/, 'must be snake_case, at most 32 chars'));

/** A selector-keyed map with a bounded number of entries and of selector characters. */
export function selectorMap<T extends z.core.$ZodType>(value: T) {
  return z.record(Selector, value).check(
    z.refine((map) => Object.keys(map).length <= LIMITS.maxFieldsPerForm, {
      message: `too many entries (max ${LIMITS.maxFieldsPerForm})`,
    }),
    z.refine((map) => selectorChars(map) <= LIMITS.maxSelectorCharsPerMap, {
      message: `selectors too long together (max ${LIMITS.maxSelectorCharsPerMap} chars)`,
    }),
  );
}

function selectorChars(map: Record<string, unknown>): number {
  let chars = 0;
  for (const selector in map) chars += selector.length;
  return chars;
}
