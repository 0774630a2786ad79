#!/usr/bin/env node
// The CLI runs from TypeScript source through tsx's loader: no build step between a checkout and a server.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv.slice(2));
