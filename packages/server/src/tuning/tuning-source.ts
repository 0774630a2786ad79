/**
 * The live tuning (experiments and quality overrides), kept in step with COMPANION_TUNING_FILE
 * without a restart.
 *
 * Owner: the app (one per server). Lifecycle: created at start-up (a bad file stops the start with
 * a ConfigError naming the variable), then reloaded on every settled change of the file and on
 * SIGHUP; `close()` removes the watcher, its timer and the signal listener.
 *
 *   file change ─► debounce ─┐
 *   SIGHUP ──────────────────┼─► reload() ─► read ─► parse ─┬─ ok ────► swap live tuning, version metric
 *   reload() (tests, admin) ─┘   (one at a time, in order)   └─ error ─► keep last good, log problems
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import type { Registry } from 'prom-client';
import { ConfigError } from '../config/load-config.ts';
import { watchFileChanges, type FileWatch } from './file-watch.ts';
import { createTuningMetrics } from '../metrics/tuning-metrics.ts';
import { EMPTY_TUNING, parseTuning, type Tuning } from './tuning-schema.ts';

/** The variable that names the tuning file; it appears in every error about the file. */
export const TUNING_FILE_ENV = 'COMPANION_TUNING_FILE';

/** The `version` shown when no tuning file is configured. */
export const NO_TUNING_VERSION = 'none';

export type ReloadResult =
  { result: 'ok'; version: string; changed: boolean } | { result: 'error'; version: string; problems: string[] };

/** Where reloads are reported. Fastify's `app.log` fits. */
export interface TuningLog {
  info(message: string): void;
  error(message: string): void;
}

export interface TuningSourceOptions {
  /** The tuning file; undefined means no file: no experiment, no override, nothing watched. */
  path: string | undefined;
  registry: Registry;
  log: TuningLog;
  /** Reload when the file changes on disk. @default true */
  watch?: boolean;
  /** The signal that asks for a reload; null for none. @default 'SIGHUP' */
  reloadSignal?: NodeJS.Signals | null;
  /** @default 200 */
  debounceMs?: number;
  /** Called after each reload, whatever triggered it. */
  onReload?: (result: ReloadResult) => void;
}

export interface TuningSource {
  /** The live tuning: the last file that parsed. Cheap; call it per request. */
  current(): Tuning;
  /** The live file's version (first 12 hex of its SHA-256), or `none`. */
  version(): string;
  /** Reads the file again. Never rejects: a bad file keeps the last good tuning. */
  reload(): Promise<ReloadResult>;
  /** Stops watching and listening for the signal. */
  close(): void;
}

/**
 * Loads the tuning file and keeps it live. Throws ConfigError when the file cannot be read or
 * parsed at start-up: a server must not start on a configuration nobody meant.
 */
export function createTuningSource(options: TuningSourceOptions): TuningSource {
  const { path, log } = options;
  const metrics = createTuningMetrics(options.registry);
  if (path === undefined) {
    metrics.showLiveVersion(NO_TUNING_VERSION);
    return staticSource();
  }

  let live = loadAtStart(path);
  metrics.showLiveVersion(live.version);
  log.info(`tuning: loaded ${path} (version ${live.version})`);

  async function load(): Promise<ReloadResult> {
    const next = await readAndParse(path as string);
    if (!next.ok) {
      metrics.recordReload('error');
      log.error(
        `tuning: ${TUNING_FILE_ENV}=${path as string} rejected, keeping version ${live.version}: ${next.problems.join('; ')}`,
      );
      return { result: 'error', version: live.version, problems: next.problems };
    }
    const changed = next.version !== live.version;
    live = { tuning: next.tuning, version: next.version };
    metrics.recordReload('ok');
    metrics.showLiveVersion(live.version);
    if (changed) log.info(`tuning: reloaded ${path as string} (version ${live.version})`);
    return { result: 'ok', version: live.version, changed };
  }

  // Reloads run one after another, so an older read can never overwrite a newer one.
  let queue: Promise<unknown> = Promise.resolve();
  function reload(): Promise<ReloadResult> {
    const run = queue.then(load).then((result) => {
      options.onReload?.(result);
      return result;
    });
    queue = run.catch(() => undefined);
    return run;
  }

  const watch: FileWatch | undefined =
    options.watch === false
      ? undefined
      : watchFileChanges({
          path,
          debounceMs: options.debounceMs ?? 200,
          onChange: () => void reload(),
          onError: (error) => log.error(`tuning: watching ${path} failed (${error.message}); reload with SIGHUP`),
        });
  const signal = options.reloadSignal === undefined ? 'SIGHUP' : options.reloadSignal;
  const onSignal = () => {
    log.info(`tuning: ${signal ?? 'signal'} received, reloading ${path}`);
    void reload();
  };
  if (signal !== null) process.on(signal, onSignal);

  return {
    current: () => live.tuning,
    version: () => live.version,
    reload,
    close() {
      watch?.close();
      if (signal !== null) process.off(signal, onSignal);
    },
  };
}

type Loaded = { ok: true; tuning: Tuning; version: string } | { ok: false; problems: string[] };

function loadAtStart(path: string): { tuning: Tuning; version: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ConfigError(`${TUNING_FILE_ENV}=${path} cannot be read: ${(error as Error).message}`);
  }
  const loaded = parseBytes(bytes);
  if (!loaded.ok) throw new ConfigError(`${TUNING_FILE_ENV}=${path} is invalid: ${loaded.problems.join('; ')}`);
  return loaded;
}

async function readAndParse(path: string): Promise<Loaded> {
  try {
    return parseBytes(await readFile(path));
  } catch (error) {
    return { ok: false, problems: [`cannot be read: ${(error as Error).message}`] };
  }
}

function parseBytes(bytes: Buffer): Loaded {
  const parsed = parseTuning(bytes.toString('utf8'));
  if (!parsed.ok) return parsed;
  return { ok: true, tuning: parsed.tuning, version: createHash('sha256').update(bytes).digest('hex').slice(0, 12) };
}

function staticSource(): TuningSource {
  return {
    current: () => EMPTY_TUNING,
    version: () => NO_TUNING_VERSION,
    reload: async () => ({ result: 'ok', version: NO_TUNING_VERSION, changed: false }),
    close() {},
  };
}
