import type { z } from 'zod/mini';
import { CONTRACT_KEY_NAMES } from './contract-key-names.ts';

/**
 * Which keys a description may spell out. `all`: input the operator wrote (a tuning file), where
 * naming the bad key is the point. `contract`: input from the network, where only the contract's
 * own key names are shown and any other key (a selector, an unknown key) is elided to `*`, since
 * it may be personal data and is unbounded in length.
 */
export type KeyNames = 'all' | 'contract';

/**
 * Turns a zod issue into `<path>: <what is wrong>`. zod/mini ships no locale (that keeps the
 * content bundle small), so the wording is ours and stays stable for clients and tests.
 */
export function describeIssue(issue: z.core.$ZodIssue, keyNames: KeyNames = 'all'): string {
  const path = issue.path.length > 0 ? issue.path.map((part) => nameOf(part, keyNames)).join('.') : '(root)';
  return `${path}: ${describeProblem(issue, keyNames)}`;
}

function nameOf(key: PropertyKey, keyNames: KeyNames): string {
  if (typeof key === 'number' || keyNames === 'all' || CONTRACT_KEY_NAMES.has(String(key))) return String(key);
  return '*';
}

function describeProblem(issue: z.core.$ZodIssue, keyNames: KeyNames): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'unrecognized_keys':
      return describeUnknownKeys(issue.keys, keyNames);
    case 'too_big':
      return `too big (max ${String(issue.maximum)}${issue.origin === 'string' ? ' chars' : issue.origin === 'array' ? ' items' : ''})`;
    case 'too_small':
      return `too small (min ${String(issue.minimum)}${issue.origin === 'string' ? ' chars' : issue.origin === 'array' ? ' items' : ''})`;
    case 'invalid_format':
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `invalid ${issue.format}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_key':
      return issue.issues[0] ? `key ${describeProblem(issue.issues[0], keyNames)}` : 'invalid key';
    case 'invalid_element':
      return issue.issues[0] ? `element ${describeProblem(issue.issues[0], keyNames)}` : 'invalid element';
    case 'invalid_union':
      return 'matches no allowed shape';
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'custom':
      return issue.message || 'invalid';
  }
}

/** Names the unknown keys the contract knows elsewhere (a key in the wrong place); only counts the rest. */
function describeUnknownKeys(keys: readonly string[], keyNames: KeyNames): string {
  const shown = keyNames === 'all' ? keys : keys.filter((key) => CONTRACT_KEY_NAMES.has(key));
  const elided = keys.length - shown.length;
  const noun = `unknown key${keys.length > 1 ? 's' : ''}`;
  if (elided === 0) return `${noun} ${shown.join(', ')}`;
  if (shown.length === 0)
    return keys.length === 1 ? `${noun} (name not shown)` : `${noun} (${elided}, names not shown)`;
  return `${noun} ${shown.join(', ')} and ${elided} other${elided > 1 ? 's' : ''} (names not shown)`;
}

/**
 * The first issue's description, for input from the network: one reason per rejected input,
 * bounded in length, naming no key the client made up.
 */
export function firstIssueReason(error: z.core.$ZodError): string {
  const first = error.issues[0];
  return first ? describeIssue(first, 'contract') : '(root): invalid';
}
