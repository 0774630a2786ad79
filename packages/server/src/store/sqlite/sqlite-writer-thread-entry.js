// The writer thread's entry when the server runs from source (tests import src/ directly). A thread
// starts without the loader of the process that spawned it, so it registers tsx itself before
// loading its TypeScript. The compiled server never loads this file: build.mjs bundles the thread
// under this same name into dist/, next to the CLI that spawns it.
import { register } from 'tsx/esm/api';

register();
await import('./sqlite-writer-thread-main.ts');
