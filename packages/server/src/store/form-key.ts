/**
 * The key of one form in the maps keyed by form: the served maps of `DefenceStore.servedMaps` and
 * the aggregation's own. NUL cannot occur in a host or a schema hash, so two forms never share a key.
 */
export function formKey(host: string, schemaHash: string): string {
  return `${host}\u0000${schemaHash}`;
}
