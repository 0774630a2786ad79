import type { z } from 'zod/mini';

/**
 * Turns a zod issue into `<path>: <what is wrong>`. zod/mini ships no locale (that keeps the
 * content bundle small), so the wording is ours and stays stable for clients and tests.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
  return `${path}: ${describeProblem(issue)}`;
}

function describeProblem(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    case 'too_big':
      return `too big (max ${String(issue.maximum)}${issue.origin === 'string' ? ' chars' : issue.origin === 'array' ? ' items' : ''})`;
    case 'too_small':
      return `too small (min ${String(issue.minimum)}${issue.origin === 'string' ? ' chars' : issue.origin === 'array' ? ' items' : ''})`;
    case 'invalid_format':
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `invalid ${issue.format}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_key':
      return issue.issues[0] ? `key ${describeProblem(issue.issues[0])}` : 'invalid key';
    case 'invalid_element':
      return issue.issues[0] ? `element ${describeProblem(issue.issues[0])}` : 'invalid element';
    case 'invalid_union':
      return 'matches no allowed shape';
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'custom':
      return issue.message || 'invalid';
  }
}

/** The first issue's description: one reason per rejected input. */
export function firstIssueReason(error: z.core.$ZodError): string {
  const first = error.issues[0];
  return first ? describeIssue(first) : '(root): invalid';
}
