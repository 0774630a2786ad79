import type { MappingFlip } from '../store/store-port.ts';

/**
 * The selectors of a form whose served canonical name the new map changes, in code-unit order of
 * the selector. A selector the new map drops is not a flip (nothing wrong is served); one it adds
 * neither. Pure.
 */
export function mappingFlips(
  host: string,
  schemaHash: string,
  served: Readonly<Record<string, string>> | undefined,
  elected: Readonly<Record<string, string>>,
): MappingFlip[] {
  if (!served) return [];
  const flips: MappingFlip[] = [];
  for (const selector of Object.keys(served).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const to = Object.hasOwn(elected, selector) ? elected[selector] : undefined;
    const from = served[selector]!;
    if (to !== undefined && to !== from) flips.push({ host, schemaHash, selector, from, to });
  }
  return flips;
}
