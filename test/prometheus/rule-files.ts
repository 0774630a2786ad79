import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROMETHEUS_DIR } from './repo-paths.ts';

/** Folder of the rule files the example prometheus.yml loads. */
export const RULES_DIR = join(PROMETHEUS_DIR, 'rules');
/** Folder of the `promtool test rules` files. */
export const RULE_TESTS_DIR = join(PROMETHEUS_DIR, 'tests');

export interface RecordingRule {
  record: string;
  expr: string;
  labels: Record<string, string>;
}
export interface AlertRule {
  alert: string;
  expr: string;
  annotations: Record<string, string>;
}

interface RuleFileYaml {
  groups: {
    name: string;
    rules: {
      record?: string;
      alert?: string;
      expr: string;
      labels?: Record<string, string>;
      annotations?: Record<string, string>;
    }[];
  }[];
}

/** Absolute paths of the rule files, sorted. */
export function ruleFilePaths(): string[] {
  return readdirSync(RULES_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(RULES_DIR, name));
}

/** Absolute paths of the promtool test files, sorted. */
export function ruleTestPaths(): string[] {
  return readdirSync(RULE_TESTS_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(RULE_TESTS_DIR, name));
}

/** Every recording rule and alert of every rule file. */
export function loadRules(): { recordingRules: RecordingRule[]; alerts: AlertRule[] } {
  const recordingRules: RecordingRule[] = [];
  const alerts: AlertRule[] = [];
  for (const path of ruleFilePaths()) {
    const file = parse(readFileSync(path, 'utf8')) as RuleFileYaml;
    for (const rule of file.groups.flatMap((group) => group.rules)) {
      if (rule.record) recordingRules.push({ record: rule.record, expr: rule.expr, labels: rule.labels ?? {} });
      if (rule.alert) alerts.push({ alert: rule.alert, expr: rule.expr, annotations: rule.annotations ?? {} });
    }
  }
  return { recordingRules, alerts };
}
