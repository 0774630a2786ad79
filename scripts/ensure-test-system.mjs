#!/usr/bin/env node
// Checks the system programs the test suite drives for real (Chromium, Firefox ESR, Prometheus/promtool,
// PostgreSQL) and, when they are missing on a Debian machine where we are root, installs them from
// Debian's packages and starts PostgreSQL (scripts/ensure-postgres.sh). Elsewhere it stops with the
// command to run, rather than letting fifty tests fail obscurely.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const WANTED = [
  { program: '/usr/bin/chromium', packages: ['chromium'], recommends: true },
  { program: '/usr/bin/firefox-esr', packages: ['firefox-esr'], recommends: true },
  { program: '/usr/bin/promtool', packages: ['prometheus'], recommends: false },
  { program: '/usr/bin/prometheus', packages: ['prometheus'], recommends: false },
];
const DEFAULT_TEST_DATABASE_URL = 'postgres://companion:companion@127.0.0.1:5432/companion_test';

const missing = WANTED.filter((w) => !existsSync(w.program));
if (missing.length > 0) installFromDebian(missing);
ensurePostgres();

function installFromDebian(programs) {
  const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
  if (!canInstall) {
    console.error(`Missing for the tests: ${programs.map((m) => m.program).join(', ')}.`);
    console.error(
      'Install them with: sudo apt-get install -y chromium firefox-esr && sudo apt-get install -y --no-install-recommends prometheus',
    );
    process.exit(1);
  }
  console.log(
    `Installing ${[...new Set(programs.flatMap((m) => m.packages))].join(', ')} from Debian's packages (first run only)…`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  // Chromium wants its recommended fonts; Prometheus without recommends avoids ~377 MB of extras.
  for (const group of [programs.filter((m) => m.recommends), programs.filter((m) => !m.recommends)]) {
    const packages = [...new Set(group.flatMap((m) => m.packages))];
    if (packages.length === 0) continue;
    const flags = group[0]?.recommends ? [] : ['--no-install-recommends'];
    execFileSync('apt-get', ['install', '-y', '-qq', ...flags, ...packages], { stdio: 'inherit', env });
  }
}

/** The store contract tests run against PostgreSQL too, unless COMPANION_TEST_SKIP_POSTGRES=1. */
function ensurePostgres() {
  if (process.env.COMPANION_TEST_SKIP_POSTGRES === '1') return;
  const script = new URL('./ensure-postgres.sh', import.meta.url).pathname;
  const result = spawnSync('bash', [script], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (result.status !== 0) {
    console.error('PostgreSQL is not available for the store contract tests: run scripts/ensure-postgres.sh,');
    console.error('point COMPANION_TEST_DATABASE_URL at a server, or set COMPANION_TEST_SKIP_POSTGRES=1.');
    process.exit(1);
  }
  const url = result.stdout.trim();
  if (url !== (process.env.COMPANION_TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL)) {
    console.error(`PostgreSQL answers at ${url}: export COMPANION_TEST_DATABASE_URL=${url} and run the tests again.`);
    process.exit(1);
  }
}
