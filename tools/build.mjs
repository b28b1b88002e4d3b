#!/usr/bin/env node
// Bundles the `immortal` command with esbuild into dist/ (main thread + interpreter worker).
// One ESM bundle per entry: module-level bindings become plain variables, which V8 reads far faster
// than the per-import getters a loader like tsx produces for each file (DEBUG is off in the bundle).
// Runs on `npm install` (the "prepare" script) and by bin/immortal.js when the sources are newer.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildCli() {
  const result = await build({
    metafile: true,
    absWorkingDir: root,
    entryPoints: { main: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
    // tsx is only needed when running from source.
    external: ['tsx', 'tsx/*'],
  });
  // Chunk names are content hashes: drop the ones this build didn't write, so they don't pile up.
  // (Not emptying dist/ first keeps a concurrent run of bin/immortal.js working.)
  const written = new Set(Object.keys(result.metafile.outputs).map((p) => p.replace(/^dist\//, '')));
  for (const name of readdirSync(join(root, 'dist'))) {
    if (!written.has(name)) rmSync(join(root, 'dist', name), { force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli();
}
