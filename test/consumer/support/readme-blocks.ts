import { readFileSync } from 'node:fs';

/**
 * The code blocks of a Markdown file that name a file after their language (```` ```ts config.ts ````),
 * by that file name: what a reader of the README would copy into those files.
 */
export function readNamedCodeBlocks(markdownPath: string): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const match of readFileSync(markdownPath, 'utf8').matchAll(/^```\w+ ([\w.-]+)\n([\s\S]*?)^```$/gm)) {
    const [, name, code] = match as unknown as [string, string, string];
    if (blocks.has(name)) throw new Error(`${markdownPath} has two code blocks named ${name}`);
    blocks.set(name, code);
  }
  return blocks;
}
