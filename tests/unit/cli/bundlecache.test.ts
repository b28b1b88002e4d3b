// src/cli/bundlecache.ts: a CommonJS bundle runs with Node's wrapper variables, its V8 code cache is
// written once the program is done and accepted on the next run, and a cache made for another
// version of the bundle (size/mtime in our header) or refused by V8 (another V8 version) is not
// used, then written again. Each run is a fresh worker thread: within one isolate V8 answers a
// second compile of the same source from its own in-memory cache, whatever the cached data says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleCachePath } from '../../../src/cli/bundlecache.ts';

const dir = mkdtempSync(join(tmpdir(), 'immortal-bundlecache-'));
const moduleUrl = new URL('../../../src/cli/bundlecache.ts', import.meta.url).href;
const tsxUrl = import.meta.resolve('tsx/esm/api');

function bundle(name: string, body: string): string {
  const p = join(dir, name);
  writeFileSync(p, `"use strict";\nconst { basename } = require("node:path");\n${body}\n`);
  return p;
}

interface Run { state: string; out: unknown[] }

/** bundleRun(file) then bundleCacheSave() in a new worker; what the bundle pushed to globalThis.out. */
function run(file: string, env: Record<string, string> = {}): Promise<Run> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    Object.assign(process.env, workerData.env);
    globalThis.out = [];
    import(workerData.tsx).then((api) => { api.register(); return import(workerData.mod); }).then((bc) => {
      bc.bundleRun(workerData.file, require);
      bc.bundleCacheSave();
      parentPort.postMessage({ state: bc.bundleCacheState, out: globalThis.out });
    });`;
  const w = new Worker(code, { eval: true, workerData: { file, env, tsx: tsxUrl, mod: moduleUrl } });
  return new Promise((resolve, reject) => {
    w.on('message', (m: Run) => { resolve(m); void w.terminate(); });
    w.on('error', reject);
  });
}

test('runs the file with require, module, __filename and __dirname; the cache is used on the next run', async () => {
  const f = bundle('a.cjs', 'function twice(x) { return 2 * x; }\n' +
    'out.push(basename(__filename), __dirname, typeof module.exports, twice(21), new Error().stack.split("\\n")[1].includes("a.cjs:4"));');
  const want = ['a.cjs', dir, 'object', 42, true];
  assert.deepEqual(await run(f), { state: 'miss', out: want });
  assert.equal(existsSync(bundleCachePath(f)), true);
  assert.deepEqual(await run(f), { state: 'hit', out: want });
});

test('a cache for another version of the bundle, or one V8 refuses, is not used and is written again', async () => {
  const f = bundle('b.cjs', 'out.push(1);');
  assert.equal((await run(f)).state, 'miss');
  // Same size, newer mtime: V8 alone would accept the cache (it checks only the source's length).
  const later = new Date(Date.now() + 5000);
  utimesSync(f, later, later);
  assert.equal((await run(f)).state, 'miss');
  assert.equal((await run(f)).state, 'hit');
  // V8's header follows ours (24 bytes): its magic number, then the hash of the V8 version.
  const c = readFileSync(bundleCachePath(f));
  c.writeUInt32LE(c.readUInt32LE(28) ^ 1, 28);
  writeFileSync(bundleCachePath(f), c);
  assert.deepEqual(await run(f), { state: 'rejected', out: [1] });
  assert.equal((await run(f)).state, 'hit');
});

test('IMMORTAL_BUNDLE_CACHE=0 neither reads nor writes the cache', async () => {
  const f = bundle('c.cjs', 'out.push(2);');
  assert.deepEqual(await run(f, { IMMORTAL_BUNDLE_CACHE: '0' }), { state: 'off', out: [2] });
  assert.equal(existsSync(bundleCachePath(f)), false);
});
