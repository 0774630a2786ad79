import { OTHER_LABEL } from './metric-names.ts';

/** The label value that stands for every host past the cap. */
export const OTHER_HOST = OTHER_LABEL;

/**
 * Keeps the `host` label bounded: the first `cap` distinct hosts keep their name, later ones
 * become `__other__` and are counted by `onOverflow`.
 */
export function createHostLabeler(cap: number, onOverflow: () => void): (host: string) => string {
  const admitted = new Set<string>();
  return (host) => {
    if (admitted.has(host)) return host;
    if (admitted.size < cap) {
      admitted.add(host);
      return host;
    }
    onOverflow();
    return OTHER_HOST;
  };
}
