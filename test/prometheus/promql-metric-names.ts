import { parser } from '@prometheus-io/lezer-promql';

/** What the PromQL parser found in one expression. */
export interface PromqlAnalysis {
  /** One entry per error node, with the text around it; empty when the expression parses cleanly. */
  errors: string[];
  /** Metric names of every vector selector (`name{…}` or `{__name__="name"}`), sorted, unique. */
  metricNames: string[];
}

/**
 * Parses PromQL with Prometheus' own lezer grammar (the one its UI uses) and lists the metric names
 * the expression reads. Grafana template variables must be expanded before.
 */
export function analyzePromql(expr: string): PromqlAnalysis {
  const errors: string[] = [];
  const names = new Set<string>();
  parser.parse(expr).iterate({
    enter(node) {
      if (node.type.isError) {
        errors.push(`syntax error at ${node.from}: …${expr.slice(Math.max(0, node.from - 20), node.from + 20)}…`);
      }
      if (node.name === 'VectorSelector') {
        const identifier = node.node.getChild('Identifier');
        if (identifier) names.add(expr.slice(identifier.from, identifier.to));
        const nameMatcher = /__name__\s*=\s*"([^"]+)"/.exec(expr.slice(node.from, node.to));
        if (nameMatcher?.[1]) names.add(nameMatcher[1]);
      }
    },
  });
  return { errors, metricNames: [...names].sort() };
}
