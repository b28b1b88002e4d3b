#!/usr/bin/env node
// The `immortal` command. Runs the esbuild bundle in dist/ (built by tools/build.mjs on `npm install`,
// and rebuilt here when one of its input files is newer than the build); falls back to running the
// TypeScript sources through tsx when the bundle can't be built (e.g. a read-only install).
// The freshness check (bundleStale) stats only the files the build's stamp lists, and is skipped
// without src/ (an install from a package, where dist/ is what there is).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleStale, buildCli } from '../tools/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'main.mjs');

async function loadMain() {
  let fresh = !existsSync(join(root, 'src')) || !bundleStale(root);
  if (!fresh) {
    try {
      await buildCli();
      fresh = true;
    } catch {
      // No esbuild or no write access: run from source below.
    }
  }
  if (fresh && existsSync(bundle)) return import(pathToFileURL(bundle).href);
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
