/**
 * Compiles the server into dist/ with esbuild: `companion-server.js` (the CLI, what bin/ runs) and
 * `sqlite-writer-thread-entry.js` (the SQLite writer thread). The thread is started by URL from
 * beside the module that spawns it, so its bundle keeps the name of the source entry: from source
 * (tests) `src/store/sqlite/sqlite-writer-thread-entry.js` registers tsx, from dist/ this bundle runs as is.
 *
 * Everything is bundled but the database drivers: one file parses faster than the hundreds that
 * Fastify, zod and prom-client load one by one (about half the start-up CPU here), and the SDK's
 * wire contract, which the workspace links as TypeScript source, needs compiling anyway.
 * better-sqlite3 loads a native addon and pg an optional native one, so both stay in node_modules.
 *
 * Runs with plain Node (no TypeScript loader): on `pnpm install` (prepare), before `pnpm start` and
 * before a test run (packages/test-kit/src/build-server.ts).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from 'esbuild';

const packageDir = new URL('.', import.meta.url);

const { outputFiles } = await build({
  absWorkingDir: packageDir.pathname,
  entryPoints: {
    'companion-server': 'src/cli/main.ts',
    'sqlite-writer-thread-entry': 'src/store/sqlite/sqlite-writer-thread-main.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20.11',
  format: 'esm',
  external: ['better-sqlite3', 'pg'],
  // CommonJS dependencies inside an ES module bundle still call require() for Node's built-ins.
  banner: {
    js: "import { createRequire as createRequireForBundle } from 'node:module';\nconst require = createRequireForBundle(import.meta.url);",
  },
  logLevel: 'warning',
  write: false,
});

// Test runs rebuild before they start servers, possibly while another run's server is starting
// from dist/: only changed files are written, each replaced in one rename, so no reader sees half.
for (const file of outputFiles) {
  let current;
  try {
    current = readFileSync(file.path);
  } catch {
    current = undefined;
  }
  if (current?.equals(file.contents)) continue;
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(`${file.path}.${process.pid}.tmp`, file.contents);
  renameSync(`${file.path}.${process.pid}.tmp`, file.path);
}
