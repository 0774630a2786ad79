/** One entity tag of a list, weak or strong, or `*`. Commas may sit inside the quotes (RFC 9110 etagc). */
const ENTITY_TAG = /\*|(?:W\/)?"[^"]*"/g;

/**
 * Whether a GET's If-None-Match matches the current entity tag, so the answer is 304 (RFC 9110
 * §13.1.2): `*` matches any current representation; otherwise any tag of the comma-separated list
 * that matches by the weak comparison (a `W/` prefix on either side is ignored, the quoted parts
 * must be equal). Pure.
 */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const current = opaque(etag);
  for (const [tag] of header.matchAll(ENTITY_TAG)) {
    if (tag === '*' || opaque(tag) === current) return true;
  }
  return false;
}

function opaque(tag: string): string {
  return tag.startsWith('W/') ? tag.slice(2) : tag;
}
