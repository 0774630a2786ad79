import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runPromtool } from './promtool.ts';
import { PROMETHEUS_DIR, repoPath } from './repo-paths.ts';
import { loadRules, ruleFilePaths, ruleTestPaths } from './rule-files.ts';

interface RuleTestFileYaml {
  tests: { alert_rule_test?: { alertname: string; exp_alerts?: unknown[] }[] }[];
}

describe('Prometheus rules and config (promtool)', () => {
  it('promtool check rules accepts every rule file', async () => {
    const { code, output } = await runPromtool(['check', 'rules', ...ruleFilePaths()], PROMETHEUS_DIR);
    expect(code, output).toBe(0);
  });

  it('promtool check config accepts the example prometheus.yml and the rule files it loads', async () => {
    const { code, output } = await runPromtool(['check', 'config', 'prometheus.yml'], PROMETHEUS_DIR);
    expect(code, output).toBe(0);
    expect(output).toContain(`SUCCESS: ${ruleFilePaths().length} rule files found`);
  });

  it('promtool test rules passes every unit test file', async () => {
    const { code, output } = await runPromtool(['test', 'rules', ...ruleTestPaths()], PROMETHEUS_DIR);
    expect(code, output).toBe(0);
  }, 120_000);

  it('every alert has a unit test where it fires and one where it stays silent', () => {
    const cases = ruleTestPaths().flatMap((path) =>
      (parse(readFileSync(path, 'utf8')) as RuleTestFileYaml).tests.flatMap((test) => test.alert_rule_test ?? []),
    );
    const missing: string[] = [];
    for (const { alert } of loadRules().alerts) {
      const mine = cases.filter((testCase) => testCase.alertname === alert);
      if (!mine.some((testCase) => (testCase.exp_alerts ?? []).length > 0)) missing.push(`${alert}: no firing case`);
      if (!mine.some((testCase) => (testCase.exp_alerts ?? []).length === 0)) missing.push(`${alert}: no silent case`);
    }
    expect(missing).toEqual([]);
  });

  it('every alert links to its runbook section in docs/OPS.md', () => {
    const ops = readFileSync(repoPath('docs/OPS.md'), 'utf8');
    const headings = new Set(
      [...ops.matchAll(/^#{2,4} (.+)$/gm)].map((match) => (match[1] ?? '').trim().toLowerCase()),
    );
    for (const { alert, annotations } of loadRules().alerts) {
      expect(headings.has(alert.toLowerCase()), `docs/OPS.md needs a "### ${alert}" section`).toBe(true);
      expect(annotations.runbook).toBe(`docs/OPS.md#${alert.toLowerCase()}`);
    }
  });
});
