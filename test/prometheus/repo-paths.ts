import { fileURLToPath } from 'node:url';

/** Absolute path of a file given relative to the repository root. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../../${relative}`, import.meta.url));
}

/** Folder of the Prometheus example config, rules and promtool tests. */
export const PROMETHEUS_DIR = repoPath('grafana/prometheus');
