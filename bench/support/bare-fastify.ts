import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./bare-fastify-server.ts', import.meta.url));

/** A running baseline server. */
export interface BareServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts the bare Fastify baseline as its own process, through the same TypeScript loader (tsx)
 * the companion server runs under, so both pay the same runtime costs. Resolves once it listens.
 */
export function startBareFastify(body: unknown): Promise<BareServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
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
