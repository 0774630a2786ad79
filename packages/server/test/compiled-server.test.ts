import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { makeEvent, postBatch } from '@companion-autofill/test-kit/learning-events';
import { CLI_PATH, makeTempDir } from '@companion-autofill/test-kit/server-process';

/**
 * A module-resolution hook that appends every URL the process (and its worker threads, which
 * inherit `--import`) resolves through the ES module loader to the file in COMPANION_TEST_LOADED.
 */
const RECORD_HOOKS = `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(process.env.COMPANION_TEST_LOADED, resolved.url + '\\n');
  return resolved;
}
`;
const REGISTER = `import { register } from 'node:module';
register('./record-hooks.mjs', import.meta.url);
`;

let stopServer: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stopServer?.();
  stopServer = undefined;
});

describe('the compiled server', () => {
  it('serves and writes events from dist/ without tsx, in the main process and the writer thread', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'record-hooks.mjs'), RECORD_HOOKS);
    writeFileSync(join(dir, 'register.mjs'), REGISTER);
    const loadedLog = join(dir, 'loaded.txt');
    writeFileSync(loadedLog, '');
    const child = spawn(
      process.execPath,
      [
        '--import',
        pathToFileURL(join(dir, 'register.mjs')).href,
        CLI_PATH,
        'serve',
        '--port',
        '0',
        '--host',
        '127.0.0.1',
        '--db',
        join(dir, 'c.db'),
      ],
      {
        env: { ...process.env, COMPANION_AUTOFILL_AGG_ENABLED: '0', COMPANION_TEST_LOADED: loadedLog },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    stopServer = async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    };
    let output = '';
    const port = await new Promise<number>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /companion-server on 127\.0\.0\.1:(\d+)/.exec(output);
        if (match) resolve(Number(match[1]));
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => reject(new Error(`server exited with ${String(code)}:\n${output}`)));
    });
    const url = `http://127.0.0.1:${port}`;

    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const sync = await postBatch(url, [makeEvent()]);
    expect(sync.status).toBe(200);
    expect(sync.body.accepted).toHaveLength(1);
    await stopServer();

    const loaded = readFileSync(loadedLog, 'utf8').split('\n').filter(Boolean);
    expect(loaded).toContainEqual(expect.stringMatching(/\/packages\/server\/dist\/companion-server\.js$/));
    expect(loaded).toContainEqual(expect.stringMatching(/\/packages\/server\/dist\/sqlite-writer-thread-entry\.js$/));
    expect(loaded.filter((moduleUrl) => /\/tsx\/|\.tsx?$|\/src\//.test(moduleUrl))).toEqual([]);
  });
});
