import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The repository's own eslint.config.js, applied to code that is never written to disk: `filePath`
// places it in the folder whose boundary is under test.
const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The boundary messages ESLint reports for `code` as if it were the file at `path`. */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('import boundaries (eslint.config.js)', () => {
  it('refuses ky, zod, background code and Node built-ins on the SDK content side', async () => {
    const path = 'packages/sdk/src/content/boundary-probe.ts';
    expect(await boundaryErrors(path, "import ky from 'ky';")).toEqual([
      expect.stringContaining('Only the background talks to the network'),
    ]);
    expect(await boundaryErrors(path, "import * as z from 'zod/mini';")).toEqual([
      expect.stringContaining('zod is parsed in sdk/src/protocol'),
    ]);
    expect(await boundaryErrors(path, "import { createOutbox } from '../background/outbox.ts';")).toEqual([
      expect.stringContaining('never imports background code'),
    ]);
    expect(
      await boundaryErrors(path, "export type { CompanionBackground } from '@companion-autofill/sdk/background';"),
    ).toHaveLength(1);
    expect(await boundaryErrors(path, "import { readFileSync } from 'node:fs';")).toEqual([
      expect.stringContaining('Node built-ins'),
    ]);
    expect(await boundaryErrors(path, "import { EventEmitter } from 'events';")).toEqual([
      expect.stringContaining('Node built-ins'),
    ]);
  });

  it('lets no inline comment silence a boundary, and reports the comment', async () => {
    const code = "// eslint-disable-next-line no-restricted-imports\nimport ky from 'ky';";
    const [result] = await eslint.lintText(code, { filePath: `${root}packages/sdk/src/content/boundary-probe.ts` });
    expect(result?.errorCount).toBe(1);
    expect(result?.warningCount).toBe(1);
  });

  it('lets the content side import the protocol and the pure core', async () => {
    const code =
      "import { LIMITS } from '../protocol/index.ts';\nimport { scanForm } from '../scan/scan-form.ts';\nimport { mergeMappings } from '../merge/index.ts';";
    expect(await boundaryErrors('packages/sdk/src/content/boundary-probe.ts', code)).toEqual([]);
  });

  it('guards every SDK folder but the background against ky, so a new folder cannot slip past', async () => {
    const folders = readdirSync(`${root}packages/sdk/src`, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    const unguarded: string[] = [];
    for (const folder of folders.filter((name) => name !== 'background')) {
      const errors = await boundaryErrors(`packages/sdk/src/${folder}/boundary-probe.ts`, "import ky from 'ky';");
      if (errors.length === 0) unguarded.push(folder);
    }
    expect(unguarded).toEqual([]);
    expect(await boundaryErrors('packages/sdk/src/background/boundary-probe.ts', "import ky from 'ky';")).toEqual([]);
  });

  it('keeps the whole SDK, tests included, away from the server', async () => {
    const errors = await boundaryErrors(
      'packages/sdk/src/background/outbox.test.ts',
      "import { buildApp } from '@companion-autofill/server';",
    );
    expect(errors).toEqual([expect.stringContaining('The SDK never imports the server')]);
    expect(
      await boundaryErrors('packages/sdk/src/scan/x.test.ts', "import { x } from '../../../server/src/app.ts';"),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'packages/sdk/test/outbox-server.test.ts',
        "import { buildApp } from '../../server/src/app.ts';",
      ),
    ).toHaveLength(1);
  });

  it('keeps the pure server folders off SQLite, PostgreSQL, Fastify, prom-client and files', async () => {
    for (const folder of ['aggregator', 'guard', 'report/statistics', 'experiments']) {
      for (const module of ['better-sqlite3', 'pg', 'fastify', 'prom-client', 'node:fs']) {
        const errors = await boundaryErrors(
          `packages/server/src/${folder}/boundary-probe.ts`,
          `import x from '${module}';`,
        );
        expect(errors, `${folder} importing ${module}`).toEqual([expect.stringContaining('is pure computation')]);
      }
    }
    expect(await boundaryErrors('packages/server/src/store/boundary-probe.ts', "import pg from 'pg';")).toEqual([]);
  });

  it('keeps the store off the folders that read its ports, and each backend in its own folder', async () => {
    for (const folder of ['store', 'store/sqlite', 'store/postgres']) {
      for (const reader of ['aggregator/window-votes.ts', 'report/collect-report.ts', 'stats/user-stats.ts']) {
        const errors = await boundaryErrors(
          `packages/server/src/${folder}/boundary-probe.ts`,
          `import { x } from '../../${reader}';`,
        );
        expect(errors, `${folder} importing ${reader}`).toEqual([expect.stringContaining('never imports them back')]);
      }
    }
    const sqlite = 'packages/server/src/store/sqlite/boundary-probe.ts';
    const postgres = 'packages/server/src/store/postgres/boundary-probe.ts';
    expect(await boundaryErrors(sqlite, "import pg from 'pg';")).toEqual([
      expect.stringContaining('One folder per store backend'),
    ]);
    expect(await boundaryErrors(sqlite, "import { x } from '../postgres/postgres-store.ts';")).toHaveLength(1);
    expect(await boundaryErrors(postgres, "import Database from 'better-sqlite3';")).toHaveLength(1);
    expect(await boundaryErrors(postgres, "import { x } from '../sqlite/sqlite-store.ts';")).toHaveLength(1);
    expect(await boundaryErrors(postgres, "import { formKey } from '../form-key.ts';")).toEqual([]);
  });

  it('keeps the demo content script off zod and the service worker', async () => {
    const path = 'packages/extension-demo/src/content/boundary-probe.ts';
    expect(await boundaryErrors(path, "import * as z from 'zod/mini';")).toHaveLength(1);
    expect(await boundaryErrors(path, "import { x } from '../background/event-hub.ts';")).toHaveLength(1);
    expect(await boundaryErrors(path, "import { x } from '../messages/demo-messages.ts';")).toEqual([]);
  });
});
