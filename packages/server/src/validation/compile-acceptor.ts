import type * as z from 'zod/mini';

/** Says whether a value certainly passes the schema it was compiled from. */
export type Acceptor = (value: unknown) => boolean;

/**
 * Compiles a zod schema into a predicate that answers `true` only for values the schema accepts
 * unchanged (no key dropped, nothing transformed). It reads the schema's own definition (types,
 * length and range checks, patterns, and the very `refine` functions), so the contract stays the
 * one definition; what it cannot judge, it answers `false`, and the caller then asks zod, which
 * stays the authority for every rejection and its reason. A schema construct it does not know
 * throws at compile time, so a new kind of check cannot slip past unnoticed.
 *
 * Why: zod/mini interprets objects and records through its issue machinery (~20 µs for one
 * LearningEvent); a valid event, by far the common case on the sync path, costs ~2 µs this way.
 */
export function compileAcceptor(schema: z.core.$ZodType): Acceptor {
  const def = schema._zod.def as Def;
  const checks = compileChecks(def.checks ?? []);
  const typed = compileType(def);
  return checks.length === 0 ? typed : (value) => typed(value) && checks.every((check) => check(value));
}

/** The parts of zod core definitions this compiler reads. */
interface Def {
  type: string;
  checks?: readonly z.core.$ZodCheck[];
  format?: string;
  pattern?: RegExp;
  shape?: Record<string, z.core.$ZodType>;
  catchall?: z.core.$ZodType;
  keyType?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  entries?: Record<string, string | number>;
}

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  fn?: (value: unknown) => unknown;
}

const STRING_FORMATS_BY_PATTERN = new Set(['uuid', 'datetime', 'regex']);

function compileType(def: Def): Acceptor {
  switch (def.type) {
    case 'string': {
      if (def.format === undefined) return isString;
      const pattern = patternOf(def.format, def.pattern);
      return (value) => typeof value === 'string' && matches(pattern, value);
    }
    case 'number': {
      if (def.format !== undefined && def.format !== 'safeint')
        throw new Error(`compileAcceptor: number format ${def.format} is not supported`);
      return def.format === 'safeint'
        ? (Number.isSafeInteger as Acceptor)
        : (value) => typeof value === 'number' && Number.isFinite(value);
    }
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (value) => (typeof value === 'string' || typeof value === 'number') && values.has(value);
    }
    case 'optional': {
      const inner = compileAcceptor(def.innerType!);
      return (value) => value === undefined || inner(value);
    }
    case 'object':
      return compileStrictObject(def);
    case 'record':
      return compileRecord(def);
    default:
      throw new Error(`compileAcceptor: schema type ${def.type} is not supported`);
  }
}

function compileStrictObject(def: Def): Acceptor {
  // A non-strict object drops unknown keys: its output is not its input, so it is not "unchanged".
  if (def.catchall?._zod.def.type !== 'never') throw new Error('compileAcceptor: only strict objects are supported');
  const fields = Object.entries(def.shape ?? {}).map(([key, schema]) => ({
    key,
    accepts: compileAcceptor(schema),
    optional: schema._zod.def.type === 'optional',
  }));
  const known = new Set(fields.map((field) => field.key));
  return (value) => {
    if (!isPlainObject(value)) return false;
    const record = value as Record<string, unknown>;
    for (const key in record) if (!known.has(key)) return false;
    for (const { key, accepts, optional } of fields) {
      if (!(key in record)) {
        if (optional) continue;
        return false;
      }
      if (!accepts(record[key])) return false;
    }
    return true;
  };
}

function compileRecord(def: Def): Acceptor {
  if (def.keyType!._zod.values !== undefined)
    throw new Error('compileAcceptor: records with enumerated keys are not supported');
  const acceptsKey = compileAcceptor(def.keyType!);
  const acceptsValue = compileAcceptor(def.valueType!);
  return (value) => {
    if (!isPlainObject(value)) return false;
    const record = value as Record<string, unknown>;
    for (const key in record) {
      // zod leaves a `__proto__` key out of its output: not unchanged, so zod decides.
      if (key === '__proto__' || !acceptsKey(key) || !acceptsValue(record[key])) return false;
    }
    return true;
  };
}

function compileChecks(checks: readonly z.core.$ZodCheck[]): Acceptor[] {
  return checks.map((check) => {
    const def = check._zod.def as CheckDef;
    switch (def.check) {
      case 'min_length':
        return (value) => (value as { length: number }).length >= def.minimum!;
      case 'max_length':
        return (value) => (value as { length: number }).length <= def.maximum!;
      case 'string_format': {
        const pattern = patternOf(def.format, def.pattern);
        return (value) => matches(pattern, value as string);
      }
      case 'greater_than':
        return def.inclusive ? (value) => (value as number) >= def.value! : (value) => (value as number) > def.value!;
      case 'less_than':
        return def.inclusive ? (value) => (value as number) <= def.value! : (value) => (value as number) < def.value!;
      case 'custom': {
        const fn = def.fn!;
        return (value) => fn(value) === true;
      }
      default:
        throw new Error(`compileAcceptor: check ${def.check} is not supported`);
    }
  });
}

function patternOf(format: string | undefined, pattern: RegExp | undefined): RegExp {
  if (format === undefined || !STRING_FORMATS_BY_PATTERN.has(format) || !pattern) {
    throw new Error(`compileAcceptor: string format ${String(format)} is not supported`);
  }
  return pattern;
}

function matches(pattern: RegExp, value: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(value);
}

function isString(value: unknown): boolean {
  return typeof value === 'string';
}

function isPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
