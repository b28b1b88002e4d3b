#!/usr/bin/env node
// The `immortal` command. Runs the esbuild bundle in dist/ (built by tools/build.mjs on `npm install`,
// and rebuilt here when a source file is newer); falls back to running the TypeScript sources through
// tsx when the bundle can't be built (e.g. a read-only install).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'main.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, name.name);
    if (name.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (name.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

async function loadMain() {
  const src = join(root, 'src');
  if (existsSync(src)) {
    const stale = !existsSync(bundle) || statSync(bundle).mtimeMs < newestSource(src);
    if (stale) {
      try {
        const { buildCli } = await import(pathToFileURL(join(root, 'tools', 'build.mjs')).href);
        await buildCli();
      } catch {
        // No esbuild or no write access: run from source below.
      }
    }
  }
  if (existsSync(bundle) && (!existsSync(src) || statSync(bundle).mtimeMs >= newestSource(src))) {
    return import(pathToFileURL(bundle).href);
  }
  const { register } = await import('tsx/esm/api');
  register();
  return import(pathToFileURL(join(root, 'src', 'cli', 'main.ts')).href);
}

const { main } = await loadMain();
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`immortal: internal error: ${e && e.stack ? e.stack : e}\n`);
  process.exitCode = 70;
}
