import { readFileSync } from 'node:fs';
import { repoPath } from './repo-paths.ts';

/** The committed dashboard, the file Grafana actually loads. */
export const DASHBOARD_JSON = 'grafana/dashboards/companion-autofill.json';

/** One PromQL query of a panel, with Grafana variables expanded for a direct Prometheus query. */
export interface DashboardQuery {
  panel: string;
  refId: string;
  /** As written in the dashboard. */
  raw: string;
  /** With the values of TEST_VARIABLES substituted. */
  expr: string;
}

/** A `label_values(metric, label)` variable query. */
export interface LabelValuesQuery {
  variable: string;
  metric: string;
  label: string;
}

/**
 * Values standing in for Grafana's variables: `host` as "All" (its allValue), `$__rate_interval`
 * as a short window, since test data spans under a minute at a 1s scrape interval.
 */
export const TEST_VARIABLES: Readonly<Record<string, string>> = { host: '.*', __rate_interval: '1m' };

interface PanelJson {
  type: string;
  title: string;
  targets?: { refId?: string; expr?: string }[];
  panels?: PanelJson[];
}
interface DashboardJson {
  panels: PanelJson[];
  templating: { list: { name: string; type: string; query?: unknown }[] };
}

function readDashboard(): DashboardJson {
  return JSON.parse(readFileSync(repoPath(DASHBOARD_JSON), 'utf8')) as DashboardJson;
}

/** Substitutes `$name` and `${name}`; an unknown variable throws, so a typo cannot pass unnoticed. */
export function expandVariables(expr: string, values: Readonly<Record<string, string>> = TEST_VARIABLES): string {
  return expr.replace(/\$\{(\w+)\}|\$(\w+)/g, (_match, braced: string | undefined, bare: string | undefined) => {
    const name = braced ?? bare ?? '';
    const value = values[name];
    if (value === undefined) throw new Error(`unknown dashboard variable $${name} in: ${expr}`);
    return value;
  });
}

/** Every PromQL target of every panel (rows' nested panels included). */
export function listDashboardQueries(): DashboardQuery[] {
  const queries: DashboardQuery[] = [];
  const visit = (panels: readonly PanelJson[]) => {
    for (const panel of panels) {
      for (const target of panel.targets ?? []) {
        if (target.expr)
          queries.push({
            panel: panel.title,
            refId: target.refId ?? '?',
            raw: target.expr,
            expr: expandVariables(target.expr),
          });
      }
      visit(panel.panels ?? []);
    }
  };
  visit(readDashboard().panels);
  return queries;
}

/** The `label_values(metric, label)` queries of the dashboard's query variables. */
export function listLabelValuesQueries(): LabelValuesQuery[] {
  return readDashboard()
    .templating.list.filter((variable) => variable.type === 'query')
    .map((variable) => {
      const match =
        typeof variable.query === 'string'
          ? /^label_values\(\s*([a-zA-Z_:][\w:]*)\s*,\s*(\w+)\s*\)$/.exec(variable.query)
          : null;
      if (!match?.[1] || !match[2])
        throw new Error(
          `variable ${variable.name}: expected label_values(metric, label), got ${JSON.stringify(variable.query)}`,
        );
      return { variable: variable.name, metric: match[1], label: match[2] };
    });
}
