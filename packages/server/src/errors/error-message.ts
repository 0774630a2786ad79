/** The message of anything thrown: an Error's own, anything else as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The `code` a driver put on an error (SQLITE_FULL, 53100, ECONNREFUSED), as a field to spread into
 * a message that crosses a thread: callers tell a full disk (503) from a bug (500) by it.
 */
export function codeOf(error: unknown): { code?: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? { code } : {};
}
