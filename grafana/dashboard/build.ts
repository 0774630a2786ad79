/**
 * Writes the generated dashboard JSON: `npx tsx grafana/dashboard/build.ts`.
 * dashboard-json.test.ts fails when the committed file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DASHBOARD_JSON_REPO_PATH } from './companion-dashboard.ts';
import { renderDashboardJson } from './dashboard-json.ts';

const target = fileURLToPath(new URL(`../../${DASHBOARD_JSON_REPO_PATH}`, import.meta.url));
writeFileSync(target, renderDashboardJson());
console.log(`wrote ${DASHBOARD_JSON_REPO_PATH}`);
