import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ENTRY = fileURLToPath(new URL('./bare-fastify-server.ts', import.meta.url));
let bundled: Promise<string> | undefined;

/**
 * The baseline compiled the way packages/server/build.mjs compiles the server: one ES module
 * bundle with Fastify inside, run by plain Node. Built once per bench run.
 */
export function bareFastifyBundle(): Promise<string> {
  bundled ??= (async () => {
    const outfile = join(mkdtempSync(join(tmpdir(), 'companion-bench-bare-')), 'bare-fastify-server.js');
    await build({
      entryPoints: [ENTRY],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20.11',
      format: 'esm',
      banner: {
        js: "import { createRequire as createRequireForBundle } from 'node:module';\nconst require = createRequireForBundle(import.meta.url);",
      },
      logLevel: 'warning',
    });
    return outfile;
  })();
  return bundled;
}

/** A running baseline server. */
export interface BareServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts the bare Fastify baseline as its own process, compiled and run the way the companion
 * server is (an esbuild bundle under plain Node), so both pay the same runtime costs. Resolves
 * once it listens.
 */
export async function startBareFastify(body: unknown): Promise<BareServer> {
  const child = spawn(process.execPath, [await bareFastifyBundle()], {
    env: { ...process.env, BENCH_BARE_BODY: JSON.stringify(body) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`bare Fastify did not start within 20 s:\n${output}`));
    }, 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /bare-fastify on 127\.0\.0\.1:(\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timeout);
      resolve({
        origin: `http://127.0.0.1:${match[1]}`,
        pid: child.pid ?? -1,
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timeout);
      reject(new Error(`bare Fastify exited with ${String(code)}:\n${output}`));
    });
  });
}
