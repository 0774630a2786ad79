/** The entries of `map` whose key is in `keys` (absent keys are skipped). Pure. */
export function pickKeys<T>(map: Readonly<Record<string, T>>, keys: readonly string[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of keys) {
    const value = map[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}
