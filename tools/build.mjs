#!/usr/bin/env node
// Bundles the `immortal` command with esbuild into dist/ (docs/internals/startup.md):
//   main.mjs (+ chunks)  the main thread: command line, SIGINT, the REPL's input (ESM, split so that
//                        --dis / --dump-ast load the parser and compiler only when asked);
//   boot.cjs             the interpreter thread's entry: sets V8's flags, runs worker.cjs from V8's code cache;
//   worker.cjs           the interpreter (src/cli/worker.ts and everything it imports), one CommonJS
//                        script, so that node:vm can compile it with cachedData (V8 caches scripts,
//                        not ES modules, in Node 20);
//   build.json           the stamp bin/immortal.js checks: when the build started and its input files.
// One bundle per thread: module-level bindings become plain variables, which V8 reads far faster than
// the per-import getters a loader like tsx produces for each file (DEBUG is off in the bundle).
// Runs on `npm install` (the "prepare" script) and from bin/immortal.js when an input is newer
// (bundleStale: bin/immortal.js imports this file on every start, so esbuild is loaded only to build).
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** The stamp's name in dist/ (bin/immortal.js reads it). */
export const STAMP = 'build.json';

/**
 * A hash (FNV-1a) of the text of the sources that decide what the compiler produces: src/parser,
 * src/compiler, src/bytecode, src/support and src/vm/codecache.ts (the list is COMPILER_DIRS there).
 * The bundle's .pyc files carry it (src/vm/codecache.ts), so a rebuild that changes only the runtime
 * keeps them valid.
 */
/** The hash of the compiler's source text; src/vm/codecache.ts computes the same from the sources (a test checks). */
export function compilerFingerprint() {
  let h = 0x811c9dc5;
  const mix = (s) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  };
  const files = [];
  for (const dir of ['parser', 'compiler', 'bytecode', 'support']) {
    for (const name of readdirSync(join(root, 'src', dir)).sort()) if (name.endsWith('.ts')) files.push(`src/${dir}/${name}`);
  }
  files.push('src/vm/codecache.ts');
  for (const f of files) mix(`${f}\0${readFileSync(join(root, f), 'utf8')}\0`);
  return h | 0;
}

const common = {
  metafile: true,
  absWorkingDir: root,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  // tsx is only needed when running from source.
  external: ['tsx', 'tsx/*'],
};

/**
 * Whether the bundle in `root`/dist must be built: no stamp or no main.mjs, or one of the files the
 * stamp lists is missing or was modified after the build started. Stats only those files (no walk).
 */
export function bundleStale(root) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(root, 'dist', STAMP), 'utf8'));
  } catch {
    return true;
  }
  if (typeof stamp.startedAt !== 'number' || !Array.isArray(stamp.inputs) || !existsSync(join(root, 'dist', 'main.mjs'))) return true;
  for (const f of stamp.inputs) {
    const st = statSync(join(root, f), { throwIfNoEntry: false });
    if (st === undefined || st.mtimeMs >= stamp.startedAt) return true;
  }
  return false;
}

/** Builds dist/ (the bundles and the stamp). */
export async function buildCli() {
  const { build } = await import('esbuild');
  // Inputs saved after this instant may have been read before or after the change: the stamp calls
  // them newer, so the next run builds again (never a stale bundle, at worst one extra build).
  const startedAt = Date.now();
  const fingerprint = { __IMMORTAL_COMPILER_FINGERPRINT: String(compilerFingerprint()) };
  const cjs = {
    ...common,
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    // The sources use import.meta.url (src/lib and the compiler fingerprint are found relative to
    // the file): in a CommonJS bundle it is this file's URL.
    define: { 'import.meta.url': '__immortalBundleUrl', ...fingerprint },
    banner: { js: 'var __immortalBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  };
  const [mainResult, workerResult] = await Promise.all([
    build({
      ...common,
      entryPoints: { main: 'src/cli/main.ts' },
      outExtension: { '.js': '.mjs' },
      define: fingerprint,
      splitting: true,
      format: 'esm',
    }),
    build({ ...cjs, entryPoints: { worker: 'src/cli/worker.ts' } }),
  ]);
  // boot.cjs loads the built-ins worker.cjs requires before it sets V8's flags (src/cli/boot.ts).
  const builtins = [...new Set(workerResult.metafile.outputs['dist/worker.cjs'].imports
    .filter((i) => i.external && i.path.startsWith('node:')).map((i) => i.path))].sort();
  const bootResult = await build({
    ...cjs,
    entryPoints: { boot: 'src/cli/boot.ts' },
    define: { ...cjs.define, __IMMORTAL_WORKER_BUILTINS: JSON.stringify(builtins) },
  });
  const results = [mainResult, workerResult, bootResult];
  // esbuild escapes non-ASCII characters (charset 'ascii'): boot.cjs reads worker.cjs as latin1,
  // which makes a one-byte string without UTF-8 decoding. Check that it holds.
  const text = readFileSync(join(dist, 'worker.cjs'));
  if (text.some((b) => b > 0x7f)) throw new Error('dist/worker.cjs is not ASCII: boot.cjs reads it as latin1');
  const outputs = new Set(results.flatMap((r) => Object.keys(r.metafile.outputs)).map((p) => p.replace(/^dist\//, '')));
  // Files only: esbuild also lists pseudo-inputs such as '<define:NAME>'.
  const inputs = new Set(results.flatMap((r) => Object.keys(r.metafile.inputs))
    .filter((p) => !p.startsWith('node_modules/') && !p.startsWith('<')));
  inputs.add(relative(root, fileURLToPath(import.meta.url)));
  const tmp = join(dist, `${STAMP}.${process.pid}.tmp`);
  writeFileSync(tmp, JSON.stringify({ startedAt, inputs: [...inputs].sort() }) + '\n');
  renameSync(tmp, join(dist, STAMP));
  outputs.add(STAMP);
  // Chunk names are content hashes: drop the files this build didn't write (old chunks, the code
  // cache of the previous worker.cjs), so they don't pile up. (Not emptying dist/ first keeps a
  // concurrent run of bin/immortal.js working.)
  // A temporary file is kept while another process may still be writing it (a minute).
  for (const name of readdirSync(dist)) {
    if (outputs.has(name)) continue;
    const st = statSync(join(dist, name), { throwIfNoEntry: false });
    if (st !== undefined && (!name.endsWith('.tmp') || st.mtimeMs < Date.now() - 60_000)) rmSync(join(dist, name), { force: true });
  }
  // Runs of the command: the first writes the interpreter's V8 code cache (dist/worker.cjs.v8cache),
  // so that even an install nobody can write to afterwards starts from it, and they compile the
  // Python library in src/lib into its __pycache__ folders (tools/precompile-lib.py), as CPython's
  // install compiles its standard library: PYTHONDONTWRITEBYTECODE only stops writing, so a program
  // then starts from those files even where it is set. One run per level, as compileall's -o 0 -o 1
  // -o 2 (NAME.immortal-312.pyc, and .opt-1.pyc for -O, .opt-2.pyc for -OO), else `-O` programs would
  // compile every library module they import, every time (docs/internals/startup.md). A run costs
  // ~2-3 s even when it only loads valid files, so the -O and -OO runs happen only when a plain file
  // has no current counterpart at that level (the compiler changed, a module was added or edited).
  // (IMMORTAL_PRECOMPILING: a build started by such a run, were an input saved meanwhile, stops there.)
  if (process.env.IMMORTAL_PRECOMPILING === '1') return;
  const env = { ...process.env, IMMORTAL_PRECOMPILING: '1' };
  delete env.PYTHONDONTWRITEBYTECODE;
  const precompile = (level) => new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'immortal.js'), ...level, join(root, 'tools', 'precompile-lib.py')], { stdio: 'ignore', env });
    child.on('close', resolve);
    child.on('error', resolve);
  });
  await precompile([]);
  await Promise.all([[1, '-O'], [2, '-OO']].filter(([n]) => !precompiledCurrent(n)).map(([, flag]) => precompile([flag])));
}

/**
 * Whether every plain .pyc of src/lib (NAME.immortal-312.pyc) has a current counterpart compiled at
 * `level` (NAME.immortal-312.opt-LEVEL.pyc): one whose header (src/vm/codecache.ts: magic, format,
 * compiler fingerprint, source size and mtime, the first 24 bytes) is the plain file's.
 */
function precompiledCurrent(level) {
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && !walk(path)) return false;
      // (_immortal_warmup is a program, compiled at level 0 when the warm-up runs: precompile-lib.py's SKIP.)
      if (!entry.isFile() || !entry.name.endsWith('.immortal-312.pyc') || entry.name.startsWith('_immortal_warmup.')) continue;
      const header = (p) => {
        let fd = -1;
        try {
          fd = openSync(p, 'r');
          const b = Buffer.alloc(24);
          return readSync(fd, b, 0, 24, 0) === 24 ? b : null;
        } catch {
          return null;
        } finally {
          if (fd >= 0) closeSync(fd);
        }
      };
      const plain = header(path), opt = header(path.replace(/\.pyc$/, `.opt-${level}.pyc`));
      if (opt === null || plain === null || !plain.equals(opt)) return false;
    }
    return true;
  };
  return walk(join(root, 'src', 'lib'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli();
}
