// The writer thread's entry. A thread starts without the loader the CLI registered, so it
// registers tsx itself before loading its TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./sqlite-writer-thread-main.ts');
