import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** Debian's prometheus binary; PROMETHEUS overrides it. */
export const PROMETHEUS_BIN = process.env.PROMETHEUS ?? '/usr/bin/prometheus';

/** One series of an instant-query answer. */
export interface Sample {
  metric: Record<string, string>;
  value: number;
}

export interface PrometheusProcess {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Instant query through /api/v1/query; throws on an API error (bad PromQL included). */
  query(expr: string): Promise<Sample[]>;
  /** GET an API path (e.g. `/api/v1/rules`) and return `data`. */
  api(path: string): Promise<unknown>;
  logs(): string;
  /** SIGTERM (SIGKILL after 10 s), then removes the temp storage. */
  stop(): Promise<void>;
}

export interface StartPrometheusOptions {
  /** `host:port` of the server to scrape at /metrics. */
  target: string;
  /** Absolute paths of rule files to load. */
  ruleFiles: readonly string[];
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts a real Prometheus on a free loopback port with temp storage, scraping `target` and
 * evaluating rules every second, and resolves once it reports ready (bounded to 20 s).
 */
export async function startPrometheus(options: StartPrometheusOptions): Promise<PrometheusProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'companion-prometheus-'));
  const configPath = join(dir, 'prometheus.yml');
  writeFileSync(
    configPath,
    stringify({
      global: { scrape_interval: '1s', scrape_timeout: '1s', evaluation_interval: '1s' },
      rule_files: [...options.ruleFiles],
      scrape_configs: [
        { job_name: 'companion', metrics_path: '/metrics', static_configs: [{ targets: [options.target] }] },
      ],
    }),
  );
  const port = await freeLoopbackPort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    PROMETHEUS_BIN,
    [
      `--config.file=${configPath}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const spawnError = new Promise<never>((_resolve, reject) => child.once('error', reject));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const api = async (path: string): Promise<unknown> => {
    const response = await fetch(`${url}${path}`);
    const body = (await response.json()) as { status: string; data?: unknown; error?: string };
    if (body.status !== 'success') throw new Error(`Prometheus ${path}: ${body.error ?? response.status}`);
    return body.data;
  };

  const query = async (expr: string): Promise<Sample[]> => {
    const data = (await api(`/api/v1/query?query=${encodeURIComponent(expr)}`)) as {
      resultType: string;
      result: unknown;
    };
    if (data.resultType !== 'vector') throw new Error(`expected a vector from ${expr}, got ${data.resultType}`);
    return (data.result as { metric: Record<string, string>; value: [number, string] }[]).map((entry) => ({
      metric: entry.metric,
      value: Number(entry.value[1]),
    }));
  };

  const deadline = Date.now() + 20_000;
  for (;;) {
    const ready = await Promise.race([
      fetch(`${url}/-/ready`).then(
        (response) => response.ok,
        () => false,
      ),
      spawnError,
      exited.then(() => {
        throw new Error(`prometheus exited before ready:\n${output}`);
      }),
    ]);
    if (ready) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`prometheus not ready within 20 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, query, api, logs: () => output, stop };
}
