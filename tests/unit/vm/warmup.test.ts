// The JIT warm-up (src/vm/warmup.ts) is invisible to programs: a probe of the state it could touch
// prints the same with and without it (IMMORTAL_WARMUP=0), leaks nothing, and the warm-up program
// itself runs as CPython 3.12 runs it (it must not fail silently and warm nothing up). Not compared:
// how many start-up objects are still tracked (the warm-up's collections untrack tuples and dicts of
// atomic values early, as CPython's start-up collections do).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../../bin/immortal.js', import.meta.url));
const WARMUP = fileURLToPath(new URL('../../../src/lib/_immortal_warmup.py', import.meta.url));

const probe = [
  'import sys, gc',
  'print(sorted(sys.modules))',
  'print(gc.get_count(), gc.get_stats(), gc.get_threshold(), gc.isenabled())',
  'print(gc.collect())',
  "print(sorted(k for k in globals() if not k.startswith('__')))",
].join('\n');

function run(env: Record<string, string>, args: string[]): { out: string; err: string; status: number | null } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { out: r.stdout, err: r.stderr, status: r.status };
}

test('the warm-up leaves modules, collector state and globals as they were', () => {
  const cold = run({ IMMORTAL_WARMUP: '0' }, ['-c', probe]);
  const warm = run({ IMMORTAL_WARMUP: '1' }, ['-c', probe]);
  assert.equal(cold.status, 0, cold.err);
  assert.equal(warm.status, 0, warm.err);
  assert.equal(warm.out, cold.out);
});

test('the warm-up program runs to completion with the result CPython 3.12 gives', () => {
  const src = `g = {'__name__': 'w'}\nexec(compile(open(${JSON.stringify(WARMUP)}).read(), 'w', 'exec'), g)\nprint(g['_counter'])\n`;
  const ours = run({ IMMORTAL_WARMUP: '0' }, ['-c', src]);
  assert.equal(ours.status, 0, ours.err);
  const cpython = spawnSync('python3', ['-c', src], { encoding: 'utf8', env: { ...process.env, PYENV_VERSION: '3.12.1' } });
  if (cpython.status !== 0) return; // no CPython 3.12 here: the completion check above still holds
  assert.equal(ours.out, cpython.stdout);
});
