import { buildCompanionDashboard } from './companion-dashboard.ts';

/**
 * The dashboard as the committed file holds it: 2-space JSON with a final newline. Key order is the
 * builder's, which is deterministic, so the text is stable across runs.
 */
export function renderDashboardJson(): string {
  return `${JSON.stringify(buildCompanionDashboard(), null, 2)}\n`;
}
