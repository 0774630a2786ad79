import { parseArgs, type ParseArgsConfig } from 'node:util';
import { errorMessage } from '../errors/error-message.ts';

/** A command line that cannot be run; its message is shown with the usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly code = 'CA_ERR_USAGE';
}

/** node:util's parseArgs, strict, with its complaints turned into UsageError (exit 2). */
export function parseStrictArgs<T extends ParseArgsConfig['options']>(
  argv: readonly string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: [...argv], strict: true, allowPositionals, options });
  } catch (error) {
    throw new UsageError(errorMessage(error));
  }
}
