// The project's lint: the import boundaries the architecture relies on (docs/ARCHITECTURE.md,
// "What the linter enforces"), no explicit `any`, and nothing stylistic. Rules need no type
// information: ESLint with type-aware rules is too slow for the machines this runs on.
//
// Boundaries are `no-restricted-imports` per folder, with regex patterns over the import string: no
// plugin, and a breach names the reason. ESLint replaces a rule's options per file instead of merging
// them, so each area's config lists every restriction that applies to it (global ones included).
// Tests (`*.test.ts`, `testing/` folders) may reach the platform: they run in Node and drive the real
// parts. Only the SDK's independence from the server holds for them too.
import { builtinModules } from 'node:module';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

const TESTS = ['**/*.test.ts', '**/testing/**'];
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const bareBuiltins = builtinModules
  .filter((name) => !name.startsWith('_'))
  .map(escape)
  .join('|');

const forbid = (regex, message) => ({ regex, message });

const NOT_THE_SERVER = forbid(
  '^@companion-autofill/server(/|$)|(^|/)server/src(/|$)',
  'The SDK never imports the server: both sides share only the wire contract in sdk/src/protocol.',
);
const NOT_NODE = forbid(
  `^node:|^(${bareBuiltins})(/|$)`,
  'Browser code: Node built-ins do not exist in a content script or a service worker.',
);
const NOT_KY = forbid(
  '^ky(/|$)',
  'Only the background talks to the network (ky); the content side posts messages to it.',
);
const NOT_ZOD = forbid(
  '^zod(/|$)',
  'zod is parsed in sdk/src/protocol (the one wire contract) and in the background; the content side imports the protocol instead.',
);
const NOT_SDK_BACKGROUND = forbid(
  '(^|/)background(/|$)|^@companion-autofill/sdk/background$',
  'The content side never imports background code: the two run in different processes and talk by messages.',
);
const NOT_DEMO_BACKGROUND = forbid(
  '(^|/)background(/|$)',
  'The demo content script never imports the service worker: they talk by messages.',
);
const NOT_DEMO_ZOD = forbid(
  '^zod(/|$)',
  'The demo content script checks messages through src/messages, which owns the zod schemas.',
);
const pureServer = (what) =>
  forbid(
    '^(better-sqlite3|pg|fastify|prom-client|node:fs|fs)(/|$)',
    `${what} is pure computation: storage, HTTP, metrics and files stay at the edges (store/, routes/, metrics/).`,
  );
const STORE_NOT_ITS_READERS = forbid(
  '(^|/)(aggregator|report|stats|simulator)/',
  'The store implements the ports that the aggregator, the report and the stats read; it never imports them back (a folder cycle). Types its ports need live beside the ports in store/.',
);
const notBackend = (folder, driver) =>
  forbid(
    `(^|/)${folder}/|^${driver}(/|$)`,
    `One folder per store backend: another backend's folder and driver (${folder}, ${driver}) stay out; what backends share lives in store/.`,
  );

/**
 * The SDK's shared and service-worker folders. Every other SDK folder is content side (runs in the
 * page, next to the form), so a new folder is guarded until someone decides otherwise here.
 */
const SDK_NOT_CONTENT_SIDE = ['packages/sdk/src/protocol/**', 'packages/sdk/src/background/**'];
/** Server folders of pure functions (no I/O). */
const PURE_SERVER = ['aggregator', 'guard', 'report/statistics', 'experiments'];
/**
 * The aggregator's scheduler edge lives beside the pure vote: it registers a Fastify plugin. It is the
 * one file of a pure folder allowed to, named here so that a second one shows up in review.
 */
const PURE_SERVER_EDGES = ['packages/server/src/aggregator/aggregator-plugin.ts'];

const restrict = (files, patterns, ignores = TESTS) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default defineConfig(
  // Build output, and hidden folders (local scratch, tool state): not project sources.
  globalIgnores(['**/dist/**', '.*/**']),
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    // Zero disables (STYLE.md): a boundary that needs one means the code is in the wrong place. Inline
    // `eslint-disable` comments have no effect and each one is reported, which fails --max-warnings 0.
    linterOptions: { noInlineConfig: true },
    plugins: { '@typescript-eslint': tseslint.plugin },
    // No `any` at any boundary (STYLE.md): unknown input is parsed with the zod contract instead.
    // No control character in a regex: a `\b` written through a tool that unescapes it lands as a
    // literal backspace, and the pattern silently never matches (it happened, twice).
    rules: { '@typescript-eslint/no-explicit-any': 'error', 'no-control-regex': 'error' },
  },
  // The two patterns that name control characters on purpose, escaped: NUL refused on the wire, control
  // characters escaped in a CSS string.
  {
    files: ['packages/sdk/src/protocol/field-names.ts', 'packages/sdk/src/scan/css-string.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  restrict(['packages/sdk/**/*.ts'], [NOT_THE_SERVER], []),
  restrict(
    ['packages/sdk/src/**/*.ts'],
    [NOT_THE_SERVER, NOT_SDK_BACKGROUND, NOT_KY, NOT_ZOD, NOT_NODE],
    [...TESTS, ...SDK_NOT_CONTENT_SIDE],
  ),
  restrict(['packages/sdk/src/protocol/**/*.ts'], [NOT_THE_SERVER, NOT_SDK_BACKGROUND, NOT_KY, NOT_NODE]),
  restrict(['packages/sdk/src/background/**/*.ts'], [NOT_THE_SERVER, NOT_NODE]),
  restrict(['packages/extension-demo/src/content/**/*.ts'], [NOT_DEMO_BACKGROUND, NOT_DEMO_ZOD, NOT_NODE]),
  restrict(['packages/server/src/store/**/*.ts'], [STORE_NOT_ITS_READERS]),
  restrict(['packages/server/src/store/sqlite/**/*.ts'], [STORE_NOT_ITS_READERS, notBackend('postgres', 'pg')]),
  restrict(
    ['packages/server/src/store/postgres/**/*.ts'],
    [STORE_NOT_ITS_READERS, notBackend('sqlite', 'better-sqlite3')],
  ),
  ...PURE_SERVER.map((folder) =>
    restrict(
      [`packages/server/src/${folder}/**/*.ts`],
      [pureServer(`server/src/${folder}`)],
      [...TESTS, ...PURE_SERVER_EDGES],
    ),
  ),
);
