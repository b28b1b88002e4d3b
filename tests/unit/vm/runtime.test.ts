// Start-up and shutdown: the static immortals exist and are immortal, the static region is never
// written by a workload, shutdown leaves no live mortal blocks, and both immortality modes work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRuntime, PyTuple, PythonError, type PyRuntime } from '../../../src/api/runtime.ts';
import { staticTypes, typeName } from '../../../src/objects/type.ts';
import { Py_None } from '../../../src/objects/none.ts';
import { Py_NotImplemented } from '../../../src/objects/notimplemented.ts';
import { Py_Ellipsis } from '../../../src/objects/ellipsis.ts';
import { refcnt } from '../../../src/heap/refcount.ts';
import type { Owned } from '../../../src/heap/ref.ts';
import { tupleNew, tupleSetItemSteal } from '../../../src/objects/tuple.ts';
import { listNew, listSetItemSteal } from '../../../src/objects/list.ts';

const IMMORTAL = 4294967295;

function withRuntime(opts: Parameters<typeof createRuntime>[0], body: (rt: PyRuntime) => void): void {
  const rt = createRuntime(opts);
  try {
    body(rt);
  } finally {
    const report = rt.shutdown();
    assert.equal(report.liveBlocks, 0, `leaked ${report.liveBlocks} blocks (${report.liveBytes} bytes)`);
  }
}

/** A workload that reads and references every kind of static object many times. */
function workload(rt: PyRuntime): void {
  const values: unknown[] = [null, true, false, 0, -5, 256, '', 'a', '\xff', new Uint8Array([7]), new Uint8Array(0), new PyTuple([])];
  for (let round = 0; round < 50; round++) {
    const objs = values.map((v) => rt.fromJS(v));
    const list = rt.fromJS([0, 1, 'x', '', [null, true], new PyTuple([1, 'a'])]);
    const d = rt.fromJS(new Map<unknown, unknown>([['a', 1], [0, null], [new PyTuple([]), false]]));
    const s = rt.fromJS(new Set<unknown>([0, 1, 'b', '']));
    for (const o of [...objs, list, d, s]) {
      rt.repr(o);
      try { rt.hash(o); } catch (e) { assert.ok(e instanceof PythonError && e.type === 'TypeError'); }
      rt.equals(o, objs[0]);
    }
    for (const o of [...objs, list, d, s]) rt.decref(o);
  }
}

test('static immortals exist with the 3.12 count, and every static type is immortal', () => {
  withRuntime({ hashSeed: 0 }, (rt) => {
    for (const o of [Py_None, Py_NotImplemented, Py_Ellipsis, rt.True, rt.False]) assert.equal(rt.refcount(o), IMMORTAL);
    for (const v of [-5, 0, 1, 256, '', 'a', 'ÿ', new Uint8Array(0), new Uint8Array([255]), new PyTuple([])]) {
      const o = rt.fromJS(v);
      assert.equal(rt.refcount(o), IMMORTAL, `${String(v)} should be immortal`);
      rt.decref(o);
    }
    for (const v of [-6, 257, 'ab', 'Ā', new Uint8Array([1, 2]), new PyTuple([1])]) {
      const o = rt.fromJS(v);
      assert.equal(rt.refcount(o), 1, `${String(v)} should be mortal with one reference`);
      rt.decref(o);
    }
    assert.ok(staticTypes.length >= 70);
    for (const t of staticTypes) assert.equal(refcnt(t), IMMORTAL, `type ${typeName(t)}`);
    assert.equal(rt.repr(rt.None), 'None');
  });
});

test('the static region is never written after start-up', () => {
  withRuntime({ hashSeed: 0 }, (rt) => {
    rt.countRefs(true);
    workload(rt);
    rt.countRefs(false);
    const c = rt.counters();
    assert.ok(c.increfsSkipped > 1000, 'the workload used immortal objects');
    assert.equal(c.staticRefcountBytesWritten, 0);
    assert.equal(c.staticBytesWritten, 0);
    assert.equal(c.staticPagesWritten, 0);
  });
});

test('with immortality off the same objects are counted (3.11 behaviour) and everything still works', () => {
  withRuntime({ hashSeed: 0, immortal: false }, (rt) => {
    assert.equal(rt.immortal, false);
    const before = rt.refcount(rt.None);
    assert.ok(before < 100);
    const l = rt.fromJS([null, null, 0]);
    assert.equal(rt.refcount(rt.None), before + 2);
    rt.decref(l);
    assert.equal(rt.refcount(rt.None), before);
    rt.countRefs(true);
    workload(rt);
    rt.countRefs(false);
    const c = rt.counters();
    assert.equal(c.increfsSkipped + c.decrefsSkipped, 0, 'nothing is immortal');
    assert.ok(c.staticRefcountBytesWritten > 0, 'counting static objects writes the static region');
  });
});

test('a nested container graph is freed completely by its last decref', () => {
  withRuntime({ hashSeed: 0 }, (rt) => {
    const base = rt.liveBlocks();
    const inner = [1.5, 'text', 10n ** 40n, new Uint8Array([1, 2, 3])];
    const graph = rt.fromJS([inner, new PyTuple([inner, [inner]]), new Map<unknown, unknown>([['k', [inner]]]), new Set(['a', 'bb', 99999])]);
    assert.ok(rt.liveBlocks() > base + 10);
    rt.decref(graph);
    assert.equal(rt.liveBlocks(), base);
  });
});

test('MemoryError on a tiny heap, and the runtime keeps working afterwards', () => {
  withRuntime({ hashSeed: 0, heapSize: 2 << 20 }, (rt) => {
    const held: number[] = [];
    let error: unknown = null;
    try {
      for (let i = 0; i < 1_000_000; i++) held.push(rt.fromJS([i * 1000003, 'some text ' + i]));
    } catch (e) {
      error = e;
    }
    assert.ok(error instanceof PythonError, `expected a PythonError, got ${String(error)}`);
    assert.equal((error as PythonError).type, 'MemoryError');
    assert.ok(held.length > 1000);
    for (const o of held) rt.decref(o as never);
    const after = rt.fromJS(['still', 'working', 3.25]);
    assert.equal(rt.repr(after), "['still', 'working', 3.25]");
    rt.decref(after);
  });
});

test('one runtime per thread; a shut-down runtime can be followed by a new one', () => {
  const rt = createRuntime({ hashSeed: 0 });
  assert.throws(() => createRuntime(), /already running/);
  assert.equal(rt.shutdown().liveBlocks, 0);
  withRuntime({ hashSeed: 0 }, (rt2) => assert.equal(rt2.repr(rt2.True), 'True'));
});

test('an invalid PYTHONHASHSEED is refused with CPython\'s message', () => {
  assert.throws(() => createRuntime({ hashSeed: 'abc' }), /PYTHONHASHSEED must be "random" or an integer in range \[0; 4294967295\]/);
});

/** [[[...]]] or (((...),),) nested `depth` levels, built without JS recursion. */
function deepNest(rt: PyRuntime, depth: number, tuple: boolean): Owned {
  let o = rt.fromJS(tuple ? new PyTuple([]) : []);
  for (let i = 0; i < depth; i++) {
    const outer = tuple ? tupleNew(1) : listNew(1);
    if (outer === 0) throw new Error('out of memory');
    if (tuple) tupleSetItemSteal(outer, 0, o); else listSetItemSteal(outer, 0, o);
    o = outer;
  }
  return o;
}

test('deep nesting raises RecursionError (CPython\'s messages), never a JS stack overflow', () => {
  withRuntime({ hashSeed: 0 }, (rt) => {
    const deep = deepNest(rt, 20000, false);
    assert.throws(() => rt.repr(deep), (e: unknown) => e instanceof PythonError && e.type === 'RecursionError'
      && e.pyMessage === 'maximum recursion depth exceeded while getting the repr of an object');
    const deep2 = deepNest(rt, 20000, false);
    assert.throws(() => rt.equals(deep, deep2), (e: unknown) => e instanceof PythonError && e.type === 'RecursionError'
      && e.pyMessage === 'maximum recursion depth exceeded in comparison');
    const deepTuple = deepNest(rt, 20000, true);
    assert.throws(() => rt.hash(deepTuple), (e: unknown) => e instanceof PythonError && e.type === 'RecursionError');
    for (const o of [deep, deep2, deepTuple]) rt.decref(o);
    // The limit is restored: a shallow repr still works.
    const ok = rt.fromJS([[1]]);
    assert.equal(rt.repr(ok), '[[1]]');
    rt.decref(ok);
    assert.throws(() => {
      let v: unknown = [];
      for (let i = 0; i < 5000; i++) v = [v];
      rt.fromJS(v);
    }, /nested deeper than 2000/);
  });
});
