// Unit tests for the cycle collector (src/gc/gc.ts): list invariants, what a collection frees, the
// static region staying untouched, finalizer order and resurrection, in both immortality modes; instance
// dicts embedded in their instance (traversed through it) until handed out.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProgram, Session } from '../../../src/vm/program.ts';
import { stdio, stdioSet, CapturedIO } from '../../../src/vm/io.ts';
import { i32 } from '../../../src/heap/views.ts';
import { incref, decref } from '../../../src/heap/refcount.ts';
import type { Borrowed } from '../../../src/heap/ref.ts';
import { gcState, gcIsTrackedObject, gcObjectsOf } from '../../../src/gc/gc.ts';
import { dictEmbeddedIn, dictGetItemStringBorrow } from '../../../src/objects/dict.ts';
import { moduleDictBorrow } from '../../../src/objects/module.ts';

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
    '        if r < 0.05: o = N(i); o.__dict__',  // materialized: a tracked dict of its own
    '        elif r < 0.3: o = N(i)',
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
    '        if isinstance(a, N) and random.random() < 0.3: setattr(a, "x%d" % (i % 4), b)',
    '        elif isinstance(a, N): a.refs.append(b)',
    '        elif isinstance(a, S): a.a = b',
    '        elif isinstance(a, list): a.append(b)',
    '        elif isinstance(a, dict): a[random.choice((random.randint(0, 40), "k%d" % i, (i,)))] = b',
    '    keep = objs[:50]',
    '    del objs, a, b, o',
    '    order.clear()',
    '    print(rnd, gc.collect(), order)',
    '    print([label(o) for o in gc.get_objects() if isinstance(o, (N, S, list, dict, tuple))][-300:])',
    '    print(sum(gc.is_tracked(t) for o in keep if isinstance(o, (list, dict)) for t in o))',
    '    print([sorted(map(label, gc.get_referents(o))) for o in keep[:20] if isinstance(o, N)])',
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

// An instance's managed __dict__ is "embedded" (untracked, traversed through its instance) until it is
// handed out (objects/dict.ts, dictEmbed). Looked at from JS between sources run in one Session.
describe('embedded instance dicts', () => {
  const MANAGED_DICT = -16;
  function session(): { s: Session; io: CapturedIO; prev: typeof stdio } {
    const io = new CapturedIO('');
    const prev = stdio;
    stdioSet(io);
    return { s: new Session({ hashSeed: 0 }, ['t.py'], ''), io, prev };
  }
  function global(s: Session, name: string): number {
    const v = dictGetItemStringBorrow(moduleDictBorrow(s.main as Borrowed), name);
    assert.ok(v !== 0, name);
    return v;
  }

  test('stays out of the generation lists until handed out, then is an ordinary dict', () => {
    const { s, io, prev } = session();
    let leaked = -1;
    try {
      assert.equal(s.runSource('import gc\nclass A: pass\na = A(); a.l = [1]; a.n = 2\nb = A(); b.n = 1\n', '<1>'), 0, io.err);
      const a = global(s, 'a'), d = i32[(a + MANAGED_DICT) >> 2];
      assert.ok(d !== 0 && !gcIsTrackedObject(d) && dictEmbeddedIn(d as Borrowed, a as Borrowed));
      assert.ok(!gcObjectsOf(-1).includes(d));
      assert.equal(s.runSource('print([type(r).__name__ for r in gc.get_referents(a)], any(r is a for r in gc.get_referrers(a.l)))\n', '<2>'), 0, io.err);
      assert.equal(s.runSource('d = a.__dict__\nprint(gc.is_tracked(d), gc.is_tracked(vars(b)))\n', '<3>'), 0, io.err);
      assert.ok(gcIsTrackedObject(d) && !dictEmbeddedIn(d as Borrowed, a as Borrowed));
      const bd = i32[(global(s, 'b') + MANAGED_DICT) >> 2];
      assert.ok(!gcIsTrackedObject(bd) && !dictEmbeddedIn(bd as Borrowed, global(s, 'b') as Borrowed));
      // Not embedded again once the outside reference is gone (CPython never re-inlines either).
      assert.equal(s.runSource('del d\nprint([type(r).__name__ for r in gc.get_referents(a)])\n', '<4>'), 0, io.err);
      assert.ok(!dictEmbeddedIn(i32[(a + MANAGED_DICT) >> 2] as Borrowed, a as Borrowed));
    } finally {
      leaked = s.shutdown();
      stdioSet(prev);
    }
    assert.equal(io.err, '');
    assert.equal(io.out, "['list', 'int', 'type'] True\nTrue False\n['dict', 'type']\n");
    assert.equal(leaked, 0);
  });

  for (const inline of [true, false]) {
    test(`a reference the collector can't see keeps what the dict holds alive (${inline ? 'inline' : 'slots'})`, () => {
      const { s, io, prev } = session();
      let leaked = -1;
      gcState.inlineTraverse = inline;
      try {
        assert.equal(s.runSource([
          'import gc, weakref',
          'gc.disable()',
          'class A: pass',
          'a = A(); a.me = a; a.l = [a, [1]]',
          'r = weakref.ref(a)',
          'gc.collect()',
        ].join('\n') + '\n', '<1>'), 0, io.err);
        const a = global(s, 'a'), d = i32[(a + MANAGED_DICT) >> 2];
        assert.ok(dictEmbeddedIn(d as Borrowed, a as Borrowed));
        // A holder outside everything the collector traverses (what a native path that forgot to
        // materialize the dict would be): the dict no longer counts as embedded.
        incref(d as Borrowed);
        assert.ok(!dictEmbeddedIn(d as Borrowed, a as Borrowed));
        assert.equal(s.runSource('del a\nprint(gc.collect(), r() is not None and r().l[0] is r() and r().l[1] == [1])\n', '<2>'), 0, io.err);
        decref(d as Borrowed);
        assert.equal(s.runSource('print(gc.collect(), r())\n', '<3>'), 0, io.err);
      } finally {
        gcState.inlineTraverse = true;
        leaked = s.shutdown();
        stdioSet(prev);
      }
      assert.equal(io.err, '');
      assert.equal(io.out, '0 True\n3 None\n');
      assert.equal(leaked, 0);
    });
  }

  test('gc.immortalize() immortalizes an embedded dict with its instance', () => {
    const r = run([
      'import gc, sys',
      'class P:',
      '    def __init__(self, x): self.x = x; self.l = [x]',
      'ps = [P(i) for i in range(50)]',
      'n = gc.immortalize()',
      'print(n > 150, sys.getrefcount(vars(ps[3])) > 10**9, sum(p.x + p.l[0] for p in ps))',
    ].join('\n') + '\n');
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, 'True True 2450\n');
    assert.equal(r.leakedBlocks, 0);
  });
});
