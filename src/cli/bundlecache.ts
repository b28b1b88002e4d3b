// Runs the interpreter bundle (dist/worker.cjs) through V8's code cache, so that a start-up neither
// parses 2 MB of JavaScript nor compiles again the functions every run executes (docs/internals/startup.md).
// CPython has no counterpart (its interpreter is machine code); this is Node's own CommonJS wrapper
// plus vm.Script's cachedData. Invariants: a cache is used only for the bundle it was made from (its
// size and mtime are in the header; V8 checks its own version and flags); a missing or rejected cache
// is written again once the program is done (bundleCacheSave), atomically, and never when writing
// fails or IMMORTAL_BUNDLE_CACHE=0.

import { accessSync, closeSync, constants, fstatSync, openSync, readFileSync, readSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

//   0        4          8              12         16                 24
//   | 'IMBC' | version  | bundle size  | reserved | bundle mtime (ms) | V8 cached data ...
const MAGIC = 0x43424d49; // 'IMBC', little-endian
const VERSION = 1;
const HEADER_BYTES = 24;

/** The cache file of a bundle. */
export function bundleCachePath(bundle: string): string {
  return `${bundle}.v8cache`;
}

/** How the last bundleRun was served: 'hit' (cache accepted), 'miss' (none), 'rejected' (by V8 or our header), 'off'. */
export let bundleCacheState: 'hit' | 'miss' | 'rejected' | 'off' = 'off';

// The save hook lives on globalThis: bundleRun runs in boot.cjs and bundleCacheSave in worker.cjs,
// two bundles with separate copies of this module.
const SAVE = Symbol.for('immortal.bundleCacheSave');
type Hooks = { [SAVE]?: () => void };

function header(size: number, mtimeMs: number): Buffer {
  const h = Buffer.alloc(HEADER_BYTES);
  h.writeUInt32LE(MAGIC, 0);
  h.writeUInt32LE(VERSION, 4);
  h.writeUInt32LE(size, 8);
  h.writeDoubleLE(mtimeMs, 16);
  return h;
}

/** The V8 data of `cacheFile` when its header names this bundle (size, mtime), else undefined. */
function readCache(cacheFile: string, size: number, mtimeMs: number): Buffer | undefined {
  let c: Buffer;
  try { c = readFileSync(cacheFile); } catch { return undefined; }
  if (c.length <= HEADER_BYTES || !c.subarray(0, HEADER_BYTES).equals(header(size, mtimeMs))) return undefined;
  return c.subarray(HEADER_BYTES);
}

/** Reads a whole file with its stat from one descriptor (a rebuild between the two can't mix them up). */
function readWithStat(file: string): { text: string; size: number; mtimeMs: number } {
  const fd = openSync(file, 'r');
  try {
    const st = fstatSync(fd);
    const buf = Buffer.allocUnsafe(st.size);
    let n = 0;
    while (n < st.size) {
      const k = readSync(fd, buf, n, st.size - n, n);
      if (k === 0) break;
      n += k;
    }
    // The bundle is ASCII (tools/build.mjs checks): latin1 makes a one-byte string without decoding.
    return { text: buf.toString('latin1', 0, n), size: n, mtimeMs: st.mtimeMs };
  } finally {
    closeSync(fd);
  }
}

/**
 * Runs the CommonJS bundle `file` in this thread as Node's loader would (same wrapper, so line
 * numbers match the file and its source map), compiled from its code cache when there is a valid one.
 */
export function bundleRun(file: string, req: NodeJS.Require): void {
  const { text, size, mtimeMs } = readWithStat(file);
  const enabled = process.env.IMMORTAL_BUNDLE_CACHE !== '0';
  const cacheFile = bundleCachePath(file);
  const cached = enabled ? readCache(cacheFile, size, mtimeMs) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${text}\n})`, {
    filename: file,
    cachedData: cached,
  });
  bundleCacheState = !enabled ? 'off' : cached === undefined ? 'miss' : script.cachedDataRejected === true ? 'rejected' : 'hit';
  if (bundleCacheState === 'miss' || bundleCacheState === 'rejected') {
    (globalThis as Hooks)[SAVE] = () => {
      // A read-only install: don't serialize what can't be written (each run would pay for it).
      try { accessSync(dirname(file), constants.W_OK); } catch { return; }
      writeCache(cacheFile, header(size, mtimeMs), script.createCachedData());
    };
  }
  const fn = script.runInThisContext() as (e: object, r: NodeJS.Require, m: object, f: string, d: string) => void;
  const module = { exports: {} };
  fn.call(module.exports, module.exports, req, module, file, dirname(file));
}

/**
 * Writes the code cache of the running bundle if bundleRun asked for one: called when the program
 * is done, so the cache holds every function this run compiled (V8 includes the lazily compiled ones).
 */
export function bundleCacheSave(): void {
  const save = (globalThis as Hooks)[SAVE];
  if (save === undefined) return;
  (globalThis as Hooks)[SAVE] = undefined;
  save();
}

/** Writes header + data to `path` through a temporary file and a rename; any failure is ignored. */
function writeCache(path: string, head: Buffer, data: Buffer): void {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(tmp, Buffer.concat([head, data]), { mode: 0o644 });
    renameSync(tmp, path);
  } catch {
    try { unlinkSync(tmp); } catch { /* never created */ }
  }
}
