// tuple: hash parity with CPython 3.12 (tests/golden/seq-values.json and the nested mixed tuples of
// hash-containers.json), repr, rich comparison, slicing/index/count/contains/concat/repeat including the
// cases where CPython hands back the same object, the immortal static `()`, exact reference counts,
// traverse, freeing, and the error paths. Every test runs in its own runtime and ends with live blocks
// back at the baseline (seq-golden.ts withRuntime).
import './seq-golden.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NULL, type Borrowed, type Owned } from '../../../src/heap/ref.ts';
import { decref, incref, newRef, refcnt, isImmortal } from '../../../src/heap/refcount.ts';
import { i32 } from '../../../src/heap/views.ts';
import { alloc, free } from '../../../src/heap/alloc.ts';
import { H64, h64ToBigInt } from '../../../src/support/hash64.ts';
import { errSetString } from '../../../src/objects/errors.ts';
import { ValueError } from '../../../src/objects/exceptions.ts';
import { objectRepr, objectRichCompare, objectHash, hashFailed, objectNew, objectFree } from '../../../src/objects/object.ts';
import { typeNewStatic, slotsOf, typeOf } from '../../../src/objects/type.ts';
import { Py_True } from '../../../src/objects/bool.ts';
import { intFromNumber } from '../../../src/objects/int.ts';
import { strFromJS, strToJS } from '../../../src/objects/str.ts';
import {
  tupleType, tupleEmpty, isTuple, isTupleExact, tupleNew, tupleEmptyNew, tuplePack, tupleFromArray,
  tupleFromArraySteal, tupleSize, tupleGetItemBorrow, tupleSetItemSteal, tupleGetItem, tupleSlice,
  tupleSubscriptSlice, tupleConcat, tupleRepeat, tupleContains, tupleIndex, tupleCount, TUPLE_MAX_SIZE,
} from '../../../src/objects/tuple.ts';
import { listNew, listAppend, listPop as listPopLast } from '../../../src/objects/list.ts';
import { loadGolden } from '../support/golden.ts';
import { makeComplexType, dropComplexType, dec as decMapping, type Enc as MappingEnc } from './mapping-golden.ts';
import { dec, enc, ok, takeError, withRuntime, type Enc } from './seq-golden.ts';

const values = loadGolden('seq-values.json');
const containers = loadGolden('hash-containers.json');
const IMMORTAL = 4294967295;
const OPS = ['<', '<=', '==', '!=', '>', '>='];

function reprJS(o: Borrowed): string {
  const r = ok(objectRepr(o));
  const s = strToJS(r);
  decref(r);
  return s;
}

function hashOf(o: Borrowed): bigint | null {
  const lo = objectHash(o);
  if (hashFailed(lo)) return null;
  return h64ToBigInt(lo, H64[1]);
}

function isTupleEnc(v: Enc): v is { t: Enc[] } {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && 't' in v;
}

test('hash() of tuples matches CPython 3.12 (seq-values.json)', () => withRuntime(() => {
  for (const c of values.tupleHash) {
    const t = dec(c.value);
    const h = hashOf(t);
    if (typeof c.hash === 'string') {
      assert.equal(h, BigInt(c.hash), JSON.stringify(c.value));
    } else {
      assert.equal(h, null);
      assert.deepEqual(takeError(), c.hash);
    }
    decref(t);
  }
}));

test('hash() of nested mixed tuples matches CPython 3.12 (hash-containers.json)', () => withRuntime(() => {
  makeComplexType();
  let n = 0;
  for (const [v, want] of containers.tuple as [MappingEnc, string][]) {
    const t = decMapping(v);
    assert.equal(hashOf(t), BigInt(want), JSON.stringify(v));
    decref(t);
    n++;
  }
  assert.ok(n >= 500);
  dropComplexType();
}));

test('repr of tuples matches CPython 3.12', () => withRuntime(() => {
  let n = 0;
  for (const c of values.repr) {
    if (!isTupleEnc(c.value)) continue;
    const o = dec(c.value);
    assert.equal(reprJS(o), c.repr);
    decref(o);
    n++;
  }
  assert.ok(n > 100);
}));

test('rich comparison of tuples matches CPython 3.12 (no length shortcut for ==)', () => withRuntime(() => {
  let n = 0;
  for (const c of values.compare) {
    if (!isTupleEnc(c.a)) continue;
    const a = dec(c.a), b = dec(c.b);
    for (let op = 0; op < 6; op++) {
      const r = objectRichCompare(a, b, op);
      const got = r === NULL ? takeError() : (decref(r), r === Py_True ? 1 : 0);
      assert.deepEqual(got, c.results[op], `${JSON.stringify(c.a)} ${OPS[op]} ${JSON.stringify(c.b)}`);
    }
    decref(a);
    decref(b);
    n++;
  }
  assert.ok(n > 100);
}));

function sliceArgs(start: number | null, stop: number | null, step: number | null): [number, number, number] {
  const st = step ?? 1;
  return [start ?? (st < 0 ? Infinity : 0), stop ?? (st < 0 ? -Infinity : Infinity), st];
}

test('tuple slicing, indexing, search, concat and repeat match CPython 3.12, identity included', () => withRuntime(() => {
  for (const c of values.tupleOps) {
    const t = dec(c.t);
    const op = c.op;
    const where = `${JSON.stringify(c.t)} ${JSON.stringify(op)}`;
    const result = (r: Owned | 0, other?: Borrowed): unknown => {
      if (r === NULL) return takeError();
      const out: Record<string, unknown> = { value: enc(r) };
      if (op[0] === 'getslice' || op[0] === 'repeat' || op[0] === 'concat') out.same = r === t ? 1 : 0;
      if (other !== undefined) out.sameOther = r === other ? 1 : 0;
      decref(r);
      return out;
    };
    let got: unknown;
    switch (op[0]) {
      case 'getslice': got = result(tupleSubscriptSlice(t, ...sliceArgs(op[1], op[2], op[3]))); break;
      case 'getitem': got = result(tupleGetItem(t, op[1])); break;
      case 'repeat': got = result(tupleRepeat(t, op[1])); break;
      case 'concat': {
        const other = dec(op[1]);
        got = result(tupleConcat(t, other), other);
        decref(other);
        break;
      }
      case 'count': case 'contains': case 'index': {
        const x = dec(op[1]);
        const r = op[0] === 'count' ? tupleCount(t, x)
          : op[0] === 'contains' ? tupleContains(t, x)
            : tupleIndex(t, x, op[2] ?? 0, op[3] ?? Infinity);
        got = r < 0 ? takeError() : { value: r };
        decref(x);
        break;
      }
      default: throw new Error(op[0]);
    }
    assert.deepEqual(got, c.ret, where);
    decref(t);
  }
}));

test('() is one static immortal: every empty tuple is it, and its count is never written', () => withRuntime((rt) => {
  assert.ok(isImmortal(tupleEmpty));
  assert.equal(refcnt(tupleEmpty), IMMORTAL);
  const a = ok(tupleNew(0)), b = tupleEmptyNew(), c = ok(tuplePack([]));
  const d = ok(tupleSlice(a, 0, 0));
  const one = ok(tupleNew(1));
  tupleSetItemSteal(one, 0, ok(intFromNumber(5)));
  const e = ok(tupleSlice(one, 1, 1)), f = ok(tupleRepeat(one, 0)), g = ok(tupleSubscriptSlice(one, 0, 0, 1));
  for (const o of [a, b, c, d, e, f, g]) assert.equal(o, tupleEmpty);
  for (let i = 0; i < 1000; i++) decref(tupleEmptyNew());
  for (const o of [a, b, c, d, e, f, g]) decref(o);
  decref(one);
  assert.equal(refcnt(tupleEmpty), IMMORTAL);
  assert.equal(reprJS(tupleEmpty), values.repr.find((x: any) => isTupleEnc(x.value) && x.value.t.length === 0).repr);
  assert.equal(rt.counters().staticBytesWritten, 0);
}));

test('() is counted (not immortal) when the runtime runs with immortality off', () => withRuntime((rt) => {
  assert.equal(rt.immortal, false);
  assert.ok(!isImmortal(tupleEmpty));
  const before = refcnt(tupleEmpty);
  const a = ok(tupleNew(0));
  assert.equal(a, tupleEmpty);
  assert.equal(refcnt(tupleEmpty), before + 1);
  decref(a);
  assert.equal(refcnt(tupleEmpty), before);
}, { immortal: false }));

test('constructors take or share references exactly', () => withRuntime(() => {
  const x = ok(strFromJS('mortal x')), y = ok(strFromJS('mortal y'));
  const p = ok(tuplePack([x, y, x]));
  assert.deepEqual([refcnt(x), refcnt(y)], [3, 2]);
  assert.ok(isTuple(p) && isTupleExact(p) && typeOf(p) === tupleType);
  assert.equal(tupleSize(p), 3);
  assert.equal(tupleGetItemBorrow(p, 2), x);
  // A heap array of references, as the eval loop's stack will hold them.
  const arr = alloc(12);
  i32[arr >> 2] = y;
  i32[(arr >> 2) + 1] = x;
  i32[(arr >> 2) + 2] = y;
  const f = ok(tupleFromArray(arr, 3));
  assert.deepEqual([refcnt(x), refcnt(y)], [4, 4]);
  incref(y); incref(x); incref(y);
  const s = ok(tupleFromArraySteal(arr, 3));
  assert.deepEqual([refcnt(x), refcnt(y)], [5, 6]);
  free(arr);
  assert.deepEqual(enc(s), { t: ['mortal y', 'mortal x', 'mortal y'] });
  const sl = ok(tupleSlice(p, 1, 100));
  assert.deepEqual([refcnt(x), refcnt(y)], [6, 7]);
  const whole = ok(tupleSlice(p, -5, 3));
  assert.equal(whole, p);
  assert.equal(refcnt(p), 2);
  const cat = ok(tupleConcat(p, s));
  assert.deepEqual([refcnt(x), refcnt(y)], [9, 10]);
  const rep = ok(tupleRepeat(sl, 4));
  assert.deepEqual([refcnt(x), refcnt(y)], [13, 14]);
  const item = ok(tupleGetItem(p, -1));
  assert.equal(item, x);
  assert.equal(refcnt(x), 14);
  for (const o of [item, rep, cat, whole, sl, s, f, p]) decref(o);
  assert.deepEqual([refcnt(x), refcnt(y)], [1, 1]);
  decref(x);
  decref(y);
}));

test('traverse visits exactly the items; freeing releases them all', () => withRuntime((rt) => {
  const before = rt.liveBlocks();
  const x = ok(strFromJS('visited'));
  const inner = ok(listNew(0));
  listAppend(inner, x);
  const t = ok(tupleNew(3));
  tupleSetItemSteal(t, 0, newRef(x));
  tupleSetItemSteal(t, 1, inner);
  tupleSetItemSteal(t, 2, ok(intFromNumber(7)));
  const seen: number[] = [];
  assert.equal(slotsOf(t).traverse!(t, (o) => { seen.push(o); return 0; }, null), 0);
  assert.deepEqual(seen.sort(), [x, inner, tupleGetItemBorrow(t, 2)].sort());
  assert.equal(slotsOf(t).traverse!(t, () => 7, null), 7);
  assert.equal(slotsOf(t).length!(t), 3);
  assert.equal(slotsOf(tupleEmpty).length!(tupleEmpty), 0);
  // The list's traverse too.
  seen.length = 0;
  slotsOf(inner).traverse!(inner, (o) => { seen.push(o); return 0; }, null);
  assert.deepEqual(seen, [x]);
  // A tuple still being filled (NULL items) can be freed.
  const partial = ok(tupleNew(4));
  tupleSetItemSteal(partial, 1, newRef(x));
  decref(partial);
  assert.equal(refcnt(x), 3);
  decref(t);
  assert.equal(refcnt(x), 1);
  decref(x);
  assert.equal(rt.liveBlocks(), before);
}));

test('error paths: bad sizes, and a failing item repr leaves the recursion guard clean', () => withRuntime(() => {
  assert.equal(tupleNew(-1), NULL);
  assert.equal(takeError().error, 'SystemError');
  assert.equal(tupleNew(TUPLE_MAX_SIZE + 1), NULL);
  assert.deepEqual(takeError(), { error: 'MemoryError', msg: '' });
  const badType = typeNewStatic({
    name: 'Bad', basicsize: 8,
    slots: { dealloc: objectFree, repr: () => errSetString(ValueError, 'no repr') },
  });
  // a = []; t = (a, a); a.append(t); u = (t, Bad())
  const a = ok(listNew(0));
  const t = ok(tuplePack([a, a]));
  listAppend(a, t);
  const bad = ok(objectNew(badType, 8));
  const u = ok(tuplePack([t, bad]));
  decref(bad);
  assert.equal(objectRepr(u), NULL);
  assert.deepEqual(takeError(), { error: 'ValueError', msg: 'no repr' });
  const want = values.recursive.find((c: any) => c.recipe === 'a=[]; t=(a, a); a.append(t); repr(t)').repr;
  assert.equal(reprJS(t), want);
  decref(u);
  // Break the cycle by hand (no collector yet).
  decref(t);
  const ta = tupleGetItemBorrow(t, 0);
  assert.equal(ta, a);
  const popped = ok(listPopLast(a));
  decref(popped);
  decref(a);
  free(badType);
}));
