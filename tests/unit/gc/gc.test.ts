// Unit tests for the cycle collector (src/gc/gc.ts): list invariants, what a collection frees, the
// static region staying untouched, finalizer order and resurrection, in both immortality modes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProgram } from '../../../src/vm/program.ts';

const dir = mkdtempSync(join(tmpdir(), 'immortal-gc-'));
let n = 0;
function run(src: string, immortal = true) {
  const f = join(dir, `p${n++}.py`);
  writeFileSync(f, src);
  return runProgram(f, { immortal, hashSeed: 0 });
}

for (const immortal of [true, false]) {
  const mode = immortal ? 'immortal' : 'immortal=0';

  test(`collects cycles of every container kind and leaks nothing (${mode})`, () => {
    const r = run([
      'import gc',
      'gc.collect()',
      'class A: pass',
      'a = A(); a.me = a',
      'l = []; l.append(l)',
      'd = {}; d[1] = d',
      's = A(); s.t = (s,)',
      'def f():',
      '    def g(): return g',
      '    return g',
      'h = f()',
      'class B: pass',
      'del a, l, d, s, h, B',
      'print(gc.collect())',
      'print(gc.collect())',
    ].join('\n') + '\n', immortal);
    assert.equal(r.stderr, '');
    const [first, second] = r.stdout.trim().split('\n').map(Number);
    assert.ok(first >= 8, `first collection found ${first}`);
    assert.equal(second, 0);
    assert.equal(r.leakedBlocks, 0);
  });

  test(`finalizers run once, in list order, and resurrection keeps the object (${mode})`, () => {
    const r = run([
      'import gc',
      'keep = []',
      'class R:',
      '    def __init__(self, n): self.n = n',
      '    def __del__(self):',
      '        print("del", self.n)',
      '        if self.n == 1: keep.append(self)',
      'a = R(0); b = R(1); a.o = b; b.o = a',
      'del a, b',
      'gc.collect()',
      'print(len(keep), gc.is_finalized(keep[0]))',
      'keep.clear()',
      'print(gc.collect())',
    ].join('\n') + '\n', immortal);
    assert.equal(r.stdout, 'del 0\ndel 1\n1 True\n2\n');
    assert.equal(r.leakedBlocks, 0);
  });

  test(`automatic collection keeps a cyclic workload bounded (${mode})`, () => {
    const r = run([
      'import gc',
      'for i in range(20000):',
      '    x = []; x.append(x)',
      'print(sum(s["collections"] for s in gc.get_stats()) > 10)',
    ].join('\n') + '\n', immortal);
    assert.equal(r.stdout, 'True\n');
    assert.equal(r.leakedBlocks, 0);
  });
}

test('exceptions in __del__ are printed as unraisable', () => {
  const r = run([
    'import gc',
    'class E:',
    '    def __del__(self): raise ValueError("in del")',
    'e = E(); e.me = e',
    'del e',
    'gc.collect()',
    'print("after")',
  ].join('\n') + '\n');
  assert.equal(r.stdout, 'after\n');
  assert.match(r.stderr, /^Exception ignored in: <function E.__del__ at 0x[0-9a-f]+>\nTraceback \(most recent call last\):\n/);
  assert.match(r.stderr, /ValueError: in del\n$/);
  assert.equal(r.leakedBlocks, 0);
});
