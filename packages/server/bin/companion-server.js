#!/usr/bin/env node
// Runs the compiled server: dist/ is built by build.mjs on `pnpm install` (prepare) and by `pnpm start`.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/companion-server.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'companion-server: the compiled server is missing; build it with `pnpm --filter @companion-autofill/server build`\n',
  );
  process.exit(1);
}
const { main } = await import(entry.href);
await main(process.argv.slice(2));
