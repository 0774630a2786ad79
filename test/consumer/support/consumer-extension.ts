import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { REPO_ROOT } from './packed-sdk.ts';
import { readNamedCodeBlocks } from './readme-blocks.ts';

const run = promisify(execFile);

/** The SDK README, whose example is the extension built here. */
export const SDK_README = join(REPO_ROOT, 'packages', 'sdk', 'README.md');

/** What differs from the README when the example runs here: a local server and local pages. */
export interface LocalTarget {
  serverUrl: string;
  apiKey: string;
  /** Match pattern of the pages the content script runs on, e.g. `http://127.0.0.1/*`. */
  pagesMatch: string;
}

/** The README's example as a developer outside this repository would build it. */
export interface ConsumerExtension {
  /** The project: package.json, node_modules from the tarball, the README's files. */
  projectDir: string;
  /** The bundled, loadable extension. */
  distDir: string;
  /** `tsc -p` output (empty when the example type-checks). */
  typecheckOutput: string;
}

/**
 * Builds the SDK README's example in a fresh project under the OS temp folder (outside the
 * workspace, so nothing resolves to its sources): `npm install` of only the tarball and the
 * packages the README's install line names, the README's files as written (but `config.ts` and the
 * manifest's hosts, which point at `target`), `tsc -p .` with the README's strict tsconfig, then
 * esbuild as the README's build line does. TypeScript and esbuild are the workspace's binaries;
 * they resolve imports from the project's files, so only its node_modules are seen.
 */
export async function buildConsumerExtension(tarball: string, target: LocalTarget): Promise<ConsumerExtension> {
  const blocks = readNamedCodeBlocks(SDK_README);
  const block = (name: string): string => {
    const code = blocks.get(name);
    if (code === undefined) throw new Error(`the SDK README has no code block named ${name}`);
    return code;
  };
  const projectDir = mkdtempSync(join(tmpdir(), 'companion-sdk-consumer-'));
  const packageJson = {
    name: 'sdk-consumer',
    private: true,
    type: 'module',
    dependencies: { '@companion-autofill/sdk': `file:${tarball}`, 'webextension-polyfill': '^0.12.0' },
    devDependencies: { '@types/webextension-polyfill': '^0.12.6' },
  };
  writeFileSync(join(projectDir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: projectDir, timeout: 180_000 });

  for (const name of ['tsconfig.json', 'service-worker.ts', 'content-script.ts'])
    writeFileSync(join(projectDir, name), block(name));
  const readmeConfig = block('config.ts');
  const localConfig = readmeConfig
    .replace(/SERVER_URL = '[^']*'/, `SERVER_URL = '${target.serverUrl}'`)
    .replace(/API_KEY = '[^']*'/, `API_KEY = '${target.apiKey}'`);
  if (!localConfig.includes(target.serverUrl) || !localConfig.includes(target.apiKey))
    throw new Error(
      `the README's config.ts no longer declares SERVER_URL and API_KEY as string constants:\n${readmeConfig}`,
    );
  writeFileSync(join(projectDir, 'config.ts'), localConfig);

  const typecheck = await run(join(REPO_ROOT, 'node_modules', '.bin', 'tsc'), ['-p', projectDir]).then(
    (result) => `${result.stdout}${result.stderr}`,
    (error: { stdout?: string; stderr?: string; message: string }) =>
      `${error.stdout ?? ''}${error.stderr ?? ''}` || error.message,
  );

  const distDir = join(projectDir, 'dist');
  mkdirSync(distDir);
  await build({
    absWorkingDir: projectDir,
    entryPoints: ['content-script.ts', 'service-worker.ts'],
    bundle: true,
    format: 'iife',
    outdir: distDir,
    logLevel: 'silent',
  });
  const manifest = JSON.parse(block('manifest.json')) as {
    host_permissions: string[];
    content_scripts: { matches: string[] }[];
  };
  manifest.host_permissions = [`${new URL(target.serverUrl).origin.replace(/:\d+$/, '')}/*`];
  for (const script of manifest.content_scripts) script.matches = [target.pagesMatch];
  writeFileSync(join(distDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { projectDir, distDir, typecheckOutput: typecheck.trim() };
}
