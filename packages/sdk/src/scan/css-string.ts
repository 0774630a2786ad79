/**
 * Quotes a value for a CSS attribute selector: `"..."` with `\`, `"`, control characters and `>`
 * escaped. Escaping `>` keeps the composite separator ` >>> ` out of every selector part.
 */
export function cssString(value: string): string {
  const escaped = value.replace(/[\\"\u0000-\u001f\u007f>]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `);
  return `"${escaped}"`;
}

/** `#id` with the id escaped for CSS (also `>`, see cssString). */
export function cssId(id: string): string {
  return `#${CSS.escape(id).replace(/>/g, '\\3e ')}`;
}
