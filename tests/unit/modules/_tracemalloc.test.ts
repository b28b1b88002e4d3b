// tracemalloc's hooks in the allocator (src/heap/alloc.ts allocTrace) and the parts of
// src/modules/_tracemalloc.ts the tests/py corpus cannot show: the plain allocator is back whenever
// tracing is off (also after a program that never stopped it), what the tracer is told for alloc, free,
// realloc and free-list reuse, the data stack kept out of the traces, and -X tracemalloc /
// PYTHONTRACEMALLOC on the command line (CPython's fatal errors for bad values).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as heapAlloc from '../../../src/heap/alloc.ts';
import { Heap, heapActivate, heapSeal } from '../../../src/heap/heap.ts';
import { runProgram } from '../../../src/vm/program.ts';

const { allocTrace, allocTracer, allocUntraced, freeUntraced, blockSize, FREELIST_FIRST_RAW } = heapAlloc;
const PLAIN = {
  alloc: heapAlloc.alloc, free: heapAlloc.free, realloc: heapAlloc.realloc,
  freelistPop: heapAlloc.freelistPop, freelistPush: heapAlloc.freelistPush,
};
const BIN = fileURLToPath(new URL('../../../bin/immortal.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'immortal-tracemalloc-'));

function assertPlain(): void {
  assert.equal(allocTracer(), null);
  assert.equal(heapAlloc.alloc, PLAIN.alloc);
  assert.equal(heapAlloc.free, PLAIN.free);
  assert.equal(heapAlloc.realloc, PLAIN.realloc);
  assert.equal(heapAlloc.freelistPop, PLAIN.freelistPop);
  assert.equal(heapAlloc.freelistPush, PLAIN.freelistPush);
}

test('the tracer sees alloc, free (with the size), realloc and free lists; the plain functions return', () => {
  const h = new Heap(4 << 20);
  heapActivate(h);
  heapSeal(h);
  const events: string[] = [];
  allocTrace({
    onAlloc: (a) => events.push(`alloc ${a} ${blockSize(a)}`),
    onFree: (a, size) => events.push(`free ${a} ${size}`),
    onReuse: (a) => events.push(`reuse ${a}`),
  });
  assert.notEqual(heapAlloc.alloc, PLAIN.alloc);
  const a = heapAlloc.alloc(20);
  const b = heapAlloc.realloc(a, 18); // kept in place: traced again
  assert.equal(b, a);
  const c = heapAlloc.realloc(b, 600); // moved
  const cs = blockSize(c);
  heapAlloc.free(c);
  const u = allocUntraced(40);
  freeUntraced(u);
  const d = PLAIN.alloc(16); // made while not traced, then put on free lists and taken off
  assert.ok(heapAlloc.freelistPush(0, d)); // floats: CPython's free list too, the block stays allocated
  assert.equal(heapAlloc.freelistPop(0), d); // ... and a new object in it renews the traceback
  assert.ok(heapAlloc.freelistPush(FREELIST_FIRST_RAW, d)); // dict keys: not an object, no new reference
  assert.equal(heapAlloc.freelistPop(FREELIST_FIRST_RAW), d);
  assert.ok(heapAlloc.freelistPush(1, d)); // ints: no free list in CPython, so a free and an allocation
  assert.equal(heapAlloc.freelistPop(1), d);
  heapAlloc.free(d);
  assert.deepEqual(events, [
    `alloc ${a} 24`, `free ${a} 24`, `alloc ${a} 24`, `free ${a} 24`, `alloc ${c} ${cs}`, `free ${c} ${cs}`,
    `reuse ${d}`, `free ${d} 16`, `alloc ${d} 16`, `free ${d} 16`,
  ]);
  allocTrace(null);
  assertPlain();
  const n = events.length;
  PLAIN.free(PLAIN.alloc(8));
  assert.equal(events.length, n);
});

function py(name: string, source: string, immortal = true): ReturnType<typeof runProgram> {
  const path = join(dir, name);
  writeFileSync(path, source);
  return runProgram(path, { cwd: dir, hashSeed: 0, immortal });
}

test('a program that leaves tracing on: no leak, and the next runtime starts with the plain allocator', () => {
  for (const immortal of [true, false]) {
    const r = py('left_on.py', 'import tracemalloc\ntracemalloc.start(3)\nkeep = [str(i) * 9 for i in range(500)]\n' +
      'print(tracemalloc.is_tracing(), len(tracemalloc.take_snapshot().traces) > 400)\n', immortal);
    assert.deepEqual([r.stdout, r.stderr, r.exitCode, r.leakedBlocks], ['True True\n', '', 0, 0]);
    assertPlain();
    const s = py('stopped.py', 'import tracemalloc\ntracemalloc.start()\nx = bytes(1000)\ntracemalloc.stop()\n' +
      'print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())\n', immortal);
    assert.deepEqual([s.stdout, s.leakedBlocks], ['False 1\n', 0]);
    assertPlain();
  }
});

test('the data stack is not traced (arena memory in CPython): deep recursion adds no 256 KiB block', () => {
  const r = py('deep.py', 'import sys, tracemalloc\nsys.setrecursionlimit(20000)\n' +
    'def down(n):\n    if n == 0:\n        return tracemalloc.take_snapshot()\n    return down(n - 1)\n' +
    'tracemalloc.start()\nsnap = down(6000)\nprint(max(t.size for t in snap.traces) < 100_000)\n' +
    'print(sum(t.size for t in snap.traces) < 1_000_000)\n');
  assert.deepEqual([r.stdout, r.stderr, r.leakedBlocks], ['True\nTrue\n', '', 0]);
});

function cli(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: dir, timeout: 60000, env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('-X tracemalloc[=N] and PYTHONTRACEMALLOC start tracing at start-up, as CPython', () => {
  const show = 'import tracemalloc; print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())';
  const cases: Array<[string[], Record<string, string>, string]> = [
    [['-X', 'tracemalloc'], {}, 'True 1\n'],
    [['-X', 'tracemalloc=5'], {}, 'True 5\n'],
    [['-X', 'tracemalloc=0'], {}, 'False 1\n'],
    [[], { PYTHONTRACEMALLOC: '3' }, 'True 3\n'],
    [[], { PYTHONTRACEMALLOC: '0' }, 'False 1\n'],
    [[], { PYTHONTRACEMALLOC: '' }, 'False 1\n'],
    [['-X', 'tracemalloc=2'], { PYTHONTRACEMALLOC: '7' }, 'True 2\n'],
  ];
  for (const [args, env, out] of cases) {
    const r = cli([...args, '-c', show], { PYTHONTRACEMALLOC: '', ...env });
    assert.deepEqual([r.status, r.stdout, r.stderr], [0, out, ''], `${args.join(' ')} ${JSON.stringify(env)}`);
  }
  const traced = cli(['-X', 'tracemalloc=2', '-c',
    'import tracemalloc\ndef f():\n    return bytearray(100)\nb = f()\nprint(tracemalloc.get_object_traceback(b).format())']);
  assert.equal(traced.stdout, "['  File \"<string>\", line 4', '  File \"<string>\", line 3']\n");
});

test('bad -X tracemalloc / PYTHONTRACEMALLOC values are fatal errors (status 1), as in CPython', () => {
  const bad = cli(['-X', 'tracemalloc=x', '-c', 'pass']);
  assert.deepEqual([bad.status, bad.stderr], [1, 'Fatal Python error: config_init_tracemalloc: -X tracemalloc=NFRAME: ' +
    'invalid number of frames\nPython runtime state: preinitialized\n\n']);
  const env = cli(['-c', 'pass'], { PYTHONTRACEMALLOC: '-1' });
  assert.deepEqual([env.status, env.stderr], [1, 'Fatal Python error: config_init_tracemalloc: PYTHONTRACEMALLOC: ' +
    'invalid number of frames\nPython runtime state: preinitialized\n\n']);
  const big = cli(['-X', 'tracemalloc=65536', '-c', 'pass']);
  assert.equal(big.status, 1);
  assert.match(big.stderr, /^Fatal Python error: init_interp_main: can't start tracemalloc\n[\s\S]*ValueError: the number of frames must be in range \[1; 65535\]\n$/);
});
