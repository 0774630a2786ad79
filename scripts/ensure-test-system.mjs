#!/usr/bin/env node
// Checks the system programs the test suite drives for real (Chromium, Prometheus/promtool) and,
// when they are missing on a Debian machine where we are root, installs them from Debian's packages.
// Elsewhere it stops with the command to run, rather than letting fifty tests fail obscurely.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = [
  { program: '/usr/bin/chromium', packages: ['chromium'], recommends: true },
  { program: '/usr/bin/promtool', packages: ['prometheus'], recommends: false },
  { program: '/usr/bin/prometheus', packages: ['prometheus'], recommends: false },
];

const missing = wanted.filter((w) => !existsSync(w.program));
if (missing.length === 0) process.exit(0);

const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
const names = [...new Set(missing.flatMap((m) => m.packages))];
if (!canInstall) {
  console.error(`Missing for the tests: ${missing.map((m) => m.program).join(', ')}.`);
  console.error(`Install them with: sudo apt-get install -y chromium && sudo apt-get install -y --no-install-recommends prometheus`);
  process.exit(1);
}
console.log(`Installing ${names.join(', ')} from Debian's packages (first run only)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
for (const group of [missing.filter((m) => m.recommends), missing.filter((m) => !m.recommends)]) {
  const packages = [...new Set(group.flatMap((m) => m.packages))];
  if (packages.length === 0) continue;
  const args = ['install', '-y', '-qq', ...(group[0]?.recommends ? [] : ['--no-install-recommends']), ...packages];
  execFileSync('apt-get', args, { stdio: 'inherit', env });
}
