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

test('the inline traversal of common types gives the same collections, in the same order, as their slots', async () => {
  const { gcState } = await import('../../../src/gc/gc.ts');
  const src = [
    'import gc, random',
    'random.seed(7)',
    'order = []',
    'class N:',
    '    def __init__(self, k): self.k = k; self.refs = []',
    '    def __del__(self, order=order): order.append(self.k)',
    'class S:',
    '    __slots__ = ("a", "k")',
    'class D(dict): pass',
    'def label(o):',
    '    return "%s%s" % (type(o).__name__, getattr(o, "k", ""))',
    'for rnd in range(3):',
    '    objs = []',
    '    for i in range(300):',
    '        r = random.random()',
    '        if r < 0.3: o = N(i)',
    '        elif r < 0.4: o = S(); o.k = i; o.a = None',
    '        elif r < 0.55: o = []',
    '        elif r < 0.7: o = {}',
    '        elif r < 0.75: o = D()',
    '        else: o = None',
    '        objs.append(o)',
    '    for i in range(900):',
    '        a = random.choice(objs); b = random.choice(objs)',
    '        if b is None: b = (random.randint(0, 5), "x")',
    '        if random.random() < 0.2: b = (b, (i, 2), ((i,),))',
    '        if isinstance(a, N): a.refs.append(b)',
    '        elif isinstance(a, S): a.a = b',
    '        elif isinstance(a, list): a.append(b)',
    '        elif isinstance(a, dict): a[random.choice((random.randint(0, 40), "k%d" % i, (i,)))] = b',
    '    keep = objs[:50]',
    '    del objs, a, b, o',
    '    order.clear()',
    '    print(rnd, gc.collect(), order)',
    '    print([label(o) for o in gc.get_objects() if isinstance(o, (N, S, list, dict, tuple))][-300:])',
    '    print(sum(gc.is_tracked(t) for o in keep if isinstance(o, (list, dict)) for t in o))',
    '    gc.set_debug(gc.DEBUG_SAVEALL)',
    '    x = [N(-1)]; x.append(x); x.append((x, 1)); del x',
    '    gc.collect(); print([label(o) for o in gc.garbage]); gc.garbage.clear(); gc.set_debug(0)',
    '    del keep',
    '    gc.collect(0); gc.collect(1); order.clear()',
  ].join('\n') + '\n';
  const inline = run(src);
  gcState.inlineTraverse = false;
  let slots;
  try {
    slots = run(src);
  } finally {
    gcState.inlineTraverse = true;
  }
  assert.equal(inline.stderr, '');
  assert.ok(inline.stdout.split('\n').length > 10 && /N\d/.test(inline.stdout));
  assert.equal(inline.stdout, slots.stdout);
  assert.equal(inline.leakedBlocks, 0);
});
