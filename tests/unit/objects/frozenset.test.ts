// frozenset: hash() parity with CPython 3.12 (tests/golden/hash-containers.json from tools/gen-golden.py, nested
// frozensets and tuples of every hashable kind), hash caching and order independence, the identity rules of
// frozenset(f) and f.copy(), result types of mixed set/frozenset algebra, frozensets as dict keys and set
// elements, repr, and the "only a new frozenset may be filled" rule. Iteration orders of frozensets are
// replayed with the set tests (set.test.ts: frozenset/frozenset_of/copy steps). No leaks, untouched static region.
import '../../../src/objects/object.ts'; // loads object.ts before type.ts (their import cycle needs that order)
import { describe, test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createRuntime, type PyRuntime } from '../../../src/api/runtime.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../../../src/heap/ref.ts';
import { decref, refcnt } from '../../../src/heap/refcount.ts';
import { H64, h64ToString } from '../../../src/support/hash64.ts';
import { errFetch } from '../../../src/objects/errors.ts';
import { objectHash, objectRepr, objectRichCompareBool } from '../../../src/objects/object.ts';
import { typeOf, typeNameOf, Py_EQ, Py_NE, Py_LT } from '../../../src/objects/type.ts';
import { strToJS } from '../../../src/objects/str.ts';
import { intFromNumber } from '../../../src/objects/int.ts';
import { dictNew, dictSetItem, dictGetItemBorrow } from '../../../src/objects/dict.ts';
import {
  setType, frozensetType, isFrozenSet, isAnySet, isSet, setNew, frozensetNew, frozensetCall, setAdd, setSize,
  setContains, setCopy, setOr, setAnd, setSub, setXor, setSizeOf, frozenset_copy,
} from '../../../src/objects/set.ts';
import { loadGolden } from '../support/golden.ts';
import { dec, setOrder, j, listOf, makeComplexType, dropComplexType, type Enc } from './mapping-golden.ts';

const hashes = loadGolden<{ frozenset: [{ fs: Enc[] }, string][] }>('hash-containers.json');

function ok<T extends number>(o: T | Null): T {
  if (o === NULL) {
    const e = errFetch();
    throw new Error(`unexpected NULL: ${e === NULL ? 'no exception' : typeNameOf(e)}`);
  }
  return o;
}

function hashText(o: Borrowed): string {
  const lo = objectHash(o);
  return h64ToString(lo, H64[1]);
}

describe('frozenset', () => {
  let rt: PyRuntime;
  before(() => {
    rt = createRuntime({ hashSeed: 0, heapSize: 64 << 20 });
    makeComplexType();
  });
  afterEach(() => {
    assert.equal(errFetch(), NULL, 'no exception left pending');
    assert.equal(rt.liveBlocks(), rt.baselineBlocks + 1 /* the complex stand-in type */, 'no leaked blocks');
    assert.equal(rt.counters().staticBytesWritten, 0, 'static region untouched');
  });
  after(() => {
    dropComplexType();
    const report = rt.shutdown();
    assert.equal(report.liveBlocks, 0, `leaked ${report.liveBlocks} blocks`);
    assert.equal(report.staticBytesWritten, 0);
  });

  test('hash() matches CPython (hash-containers.json), is cached, and ignores insertion order', () => {
    assert.ok(hashes.frozenset.length >= 300);
    for (const [value, want] of hashes.frozenset) {
      const f = dec(value);
      assert.ok(isFrozenSet(f));
      assert.equal(setSize(f), value.fs.length);
      assert.equal(hashText(f), want, `hash of ${j(value)}`);
      assert.equal(hashText(f), want, 'cached');
      // The same elements added in reverse order: maybe another layout, the same hash.
      const g = dec({ fs: [...value.fs].reverse() });
      assert.equal(hashText(g), want, `reversed ${j(value)}`);
      assert.equal(objectRichCompareBool(f, g, Py_EQ), 1);
      decref(f);
      decref(g);
    }
  });

  test('frozenset(f) and f.copy() return f itself; PyFrozenSet_New and set(f) make new objects', () => {
    const l = listOf([3, 1, 2]);
    const f = ok(frozensetNew(l));
    decref(l);
    assert.equal(refcnt(f), 1);
    const same = ok(frozensetCall(f));
    assert.equal(same, f);
    const copy = ok(frozenset_copy(f));
    assert.equal(copy, f);
    assert.equal(refcnt(f), 3);
    const fresh = ok(frozensetNew(f));
    assert.notEqual(fresh, f);
    assert.equal(j(setOrder(fresh)), j(setOrder(f)), 'a copy of the same size keeps the slot layout');
    const c2 = ok(setCopy(f));
    assert.notEqual(c2, f);
    assert.equal(typeOf(c2), frozensetType);
    const s = ok(setNew(f));
    assert.equal(typeOf(s), setType);
    const back = ok(frozensetCall(s));
    assert.notEqual(back, s);
    assert.equal(typeOf(back), frozensetType);
    for (const o of [same, copy, fresh, c2, s, back, f]) decref(o);
  });

  test('mixed algebra: the result has the left operand\'s type', () => {
    const la = listOf([1, 2, 3, 4]), lb = listOf([3, 4, 5]);
    const f = ok(frozensetNew(la)), s = ok(setNew(lb));
    decref(la);
    decref(lb);
    for (const op of [setOr, setAnd, setSub, setXor]) {
      const r1 = ok(op(f, s));
      assert.equal(typeOf(r1), frozensetType);
      const r2 = ok(op(s, f));
      assert.equal(typeOf(r2), setType);
      decref(r1);
      decref(r2);
    }
    assert.equal(objectRichCompareBool(f, s, Py_LT), 0);
    assert.equal(objectRichCompareBool(f, s, Py_NE), 1);
    decref(f);
    decref(s);
  });

  test('frozensets as dict keys and set elements; a set argument is looked up as a frozenset', () => {
    const l = listOf(['a', { t: [1, 2] }, 7]);
    const f = ok(frozensetNew(l));
    const s = ok(setNew(l));
    decref(l);
    const d = ok(dictNew());
    const v = ok(intFromNumber(99));
    assert.equal(dictSetItem(d, f, v), 0);
    const f2 = ok(frozensetCall(s)); // equal, not identical
    assert.equal(dictGetItemBorrow(d, f2), v);
    const outer = ok(setNew());
    assert.equal(setAdd(outer, f), 0);
    assert.equal(setContains(outer, f2), 1);
    assert.equal(setContains(outer, s), 1, 'the unhashable set is retried as frozenset(s)');
    assert.equal(objectHash(s), -1);
    decref(errFetch() as Owned);
    for (const o of [outer, f2, v, d, s, f]) decref(o);
  });

  test('repr, sizeof, and filling only a new frozenset', () => {
    const e = ok(frozensetNew());
    const r = ok(objectRepr(e));
    assert.equal(strToJS(r), 'frozenset()');
    decref(r);
    assert.equal(setSizeOf(e) + 16, 216);
    const l = listOf([1, 2]);
    const f = ok(frozensetNew(l));
    decref(l);
    const r2 = ok(objectRepr(f));
    assert.equal(strToJS(r2), 'frozenset({1, 2})');
    decref(r2);
    assert.ok(isAnySet(f) && !isSet(f));
    const one = ok(intFromNumber(5));
    assert.equal(setAdd(e, one), 0, 'count 1: still being built');
    const extra = ok(frozensetCall(e)); // now shared
    assert.throws(() => setAdd(e, one), /bad internal call/);
    decref(extra);
    decref(one);
    decref(e);
    decref(f);
  });
});
