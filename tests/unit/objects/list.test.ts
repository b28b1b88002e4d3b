// list: every operation replayed against CPython 3.12 (results, errors, contents and capacities after each
// step, tests/golden/seq-list-ops.json), list.sort against CPython's exact sequence of `<` calls, its
// failure states and 'list modified during sort' (seq-sort.json), repr with the recursion guard and rich
// comparison (seq-values.json), exact reference counts, recursive freeing of nested containers (deep ones
// through the trashcan), MemoryError paths, and both immortality modes. Every test runs in its own
// runtime and ends with live blocks back at the baseline (seq-golden.ts withRuntime).
import './seq-golden.ts';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { NULL, type Borrowed, type Owned, type Null } from '../../../src/heap/ref.ts';
import { decref, newRef, refcnt } from '../../../src/heap/refcount.ts';
import { i32 } from '../../../src/heap/views.ts';
import { alloc, free } from '../../../src/heap/alloc.ts';
import { OB_TYPE } from '../../../src/heap/header.ts';
import { errSetString } from '../../../src/objects/errors.ts';
import { RuntimeError, ValueError } from '../../../src/objects/exceptions.ts';
import {
  objectRepr, objectRichCompare, objectHash, objectNew, objectFree, notImplemented,
} from '../../../src/objects/object.ts';
import { typeNewStatic, typeOf, Py_LT } from '../../../src/objects/type.ts';
import { Py_True } from '../../../src/objects/bool.ts';
import { intFromNumber, intToBigInt } from '../../../src/objects/int.ts';
import { strFromJS, strToJS } from '../../../src/objects/str.ts';
import { tupleNew, tupleSetItemSteal, tupleEmpty, isTupleExact } from '../../../src/objects/tuple.ts';
import {
  listType, isList, isListExact, listNew, listSize, listAllocated, listGetItemBorrow, listSetItemSteal,
  listGetItem, listSetItem, listDelItem, listAppend, listAppendSteal, listInsert, listPop, listClear,
  listReverse, listContains, listIndex, listCount, listRemove, listGetSlice, listSetSlice, listCopy,
  listAsTuple, listSubscriptSlice, listAssSubscriptSlice, listExtend, listFromSequence, listConcat,
  listRepeat, listInplaceRepeat, listSort, LIST_MAX_SIZE,
} from '../../../src/objects/list.ts';
import { loadGolden } from '../support/golden.ts';
import { dec, enc, ok, takeError, withRuntime, type Enc } from './seq-golden.ts';

const listOps = loadGolden('seq-list-ops.json');
const sorts = loadGolden('seq-sort.json');
const values = loadGolden('seq-values.json');

const OPS = ['<', '<=', '==', '!=', '>', '>='];

function reprJS(o: Borrowed): string {
  const r = ok(objectRepr(o));
  const s = strToJS(r);
  decref(r);
  return s;
}

function intOf(o: Borrowed): number {
  return Number(intToBigInt(o));
}

/** A list of the given objects (stolen). */
function listOf(items: Owned[]): Owned {
  const l = ok(listNew(items.length));
  items.forEach((v, i) => listSetItemSteal(l, i, v));
  return l;
}

// ---- Golden replay of list operations --------------------------------------------------------------------

type Src = ['list', Enc[]] | ['tuple', Enc[]] | ['self'];

function buildSrc(l: Borrowed, src: Src): Borrowed {
  if (src[0] === 'self') return l;
  return src[0] === 'list' ? dec(src[1]) : dec({ t: src[1] });
}

function dropSrc(l: Borrowed, s: Borrowed): void {
  if (s !== l) decref(s);
}

function retList(r: Owned): unknown {
  const out = { list: enc(r), cap: listAllocated(r) };
  decref(r);
  return out;
}

function retValue(r: Owned): unknown {
  const out = enc(r);
  decref(r);
  return out;
}

function sliceArgs(start: number | null, stop: number | null, step: number | null): [number, number, number] {
  const st = step ?? 1;
  return [start ?? (st < 0 ? Infinity : 0), stop ?? (st < 0 ? -Infinity : Infinity), st];
}

/** Applies one golden op; returns the recorded form of its result (undefined when it has none). */
function applyOp(l: Borrowed, op: any[]): unknown {
  const status = (r: number): unknown => (r < 0 ? takeError() : undefined);
  const owned = (r: Owned | Null, f: (o: Owned) => unknown): unknown => (r === NULL ? takeError() : f(r));
  const withArg = <T>(v: Enc, f: (x: Owned) => T): T => {
    const x = dec(v);
    try {
      return f(x);
    } finally {
      decref(x);
    }
  };
  switch (op[0]) {
    case 'append': return withArg(op[1], (x) => status(listAppend(l, x)));
    case 'insert': return withArg(op[2], (x) => status(listInsert(l, op[1], x)));
    case 'pop': return owned(op.length > 1 ? listPop(l, op[1]) : listPop(l), retValue);
    case 'remove': return withArg(op[1], (x) => status(listRemove(l, x)));
    case 'index': return withArg(op[1], (x) => {
      const r = listIndex(l, x, op[2] ?? 0, op[3] ?? Infinity);
      return r < 0 ? takeError() : r;
    });
    case 'count': return withArg(op[1], (x) => {
      const r = listCount(l, x);
      return r < 0 ? takeError() : r;
    });
    case 'contains': return withArg(op[1], (x) => {
      const r = listContains(l, x);
      return r < 0 ? takeError() : { bool: r };
    });
    case 'getitem': return owned(listGetItem(l, op[1]), retValue);
    case 'setitem': return withArg(op[2], (x) => status(listSetItem(l, op[1], x)));
    case 'delitem': return status(listDelItem(l, op[1]));
    case 'getslice': return owned(listSubscriptSlice(l, ...sliceArgs(op[1], op[2], op[3])), retList);
    case 'setslice': {
      const s = buildSrc(l, op[4]);
      const r = listAssSubscriptSlice(l, ...sliceArgs(op[1], op[2], op[3]), s);
      dropSrc(l, s);
      return status(r);
    }
    case 'delslice': return status(listAssSubscriptSlice(l, ...sliceArgs(op[1], op[2], op[3]), NULL));
    case 'extend': {
      const s = buildSrc(l, op[1]);
      const r = listExtend(l, s);
      dropSrc(l, s);
      return status(r);
    }
    case 'clear': listClear(l); return undefined;
    case 'reverse': listReverse(l); return undefined;
    case 'copy': return owned(listCopy(l), retList);
    case 'concat': {
      const s = buildSrc(l, op[1]);
      const r = listConcat(l, s);
      dropSrc(l, s);
      return owned(r, retList);
    }
    case 'repeat': return owned(listRepeat(l, op[1]), retList);
    case 'irepeat': return status(listInplaceRepeat(l, op[1]));
    case 'sort': return status(listSort(l, null, op[1] === 1));
    case 'tuple': return owned(listAsTuple(l), retValue);
    default: throw new Error(`unknown op ${op[0]}`);
  }
}

describe('list operations replayed against CPython 3.12 (results, contents, capacities)', () => {
  for (const c of listOps.cases) {
    test(c.name, () => withRuntime(() => {
      const l = dec(c.start);
      assert.equal(listAllocated(l), c.start.length);
      c.steps.forEach((step: any, k: number) => {
        const where = `${c.name} step ${k} ${JSON.stringify(step.op)}`;
        const ret = applyOp(l, step.op);
        assert.deepEqual(ret, step.ret, `${where}: result`);
        assert.deepEqual(enc(l), step.items, `${where}: items`);
        assert.equal(listAllocated(l), step.cap, `${where}: capacity`);
      });
      decref(l);
    }));
  }
});

test('append grows the capacity in CPython 3.12\'s sequence 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...', () => {
  const c = listOps.cases.find((x: any) => x.name === 'append-0-200');
  const caps = [...new Set(c.steps.map((s: any) => s.cap))];
  assert.deepEqual(caps.slice(0, 10), [4, 8, 16, 24, 32, 40, 52, 64, 76, 92]);
  withRuntime(() => {
    const l = ok(listNew(0));
    const seen: number[] = [];
    for (let i = 0; i < 200; i++) {
      assert.equal(listAppend(l, intFromNumber(i) as Borrowed), 0);
      if (seen[seen.length - 1] !== listAllocated(l)) seen.push(listAllocated(l));
    }
    assert.deepEqual(seen, caps);
    decref(l);
  });
});

// ---- Sorting ------------------------------------------------------------------------------------------------

// A key type that logs every `<` as CPython's recording object does: +8 value (owned), +12 index.
let recType = 0 as Borrowed;
let recLog: number[] = [];
let recFailAt = -1;
let recHook: (() => void) | null = null;

function makeRecType(): void {
  recType = typeNewStatic({
    name: 'Rec',
    basicsize: 16,
    slots: {
      dealloc: (o: Owned) => {
        decref(i32[(o + 8) >> 2] as Owned);
        objectFree(o);
      },
      richcompare: (v: Borrowed, w: Borrowed, op: number): Owned | Null => {
        if (op !== Py_LT || typeOf(w) !== recType) return notImplemented();
        if (recHook !== null && recLog.length / 2 === hookAt) {
          const h = recHook;
          recHook = null;
          h();
        }
        if (recLog.length / 2 === recFailAt) {
          return errSetString(RuntimeError, `comparison ${recLog.length / 2} fails`);
        }
        recLog.push(i32[(v + 12) >> 2], i32[(w + 12) >> 2]);
        return objectRichCompare(i32[(v + 8) >> 2] as Borrowed, i32[(w + 8) >> 2] as Borrowed, Py_LT);
      },
    },
  });
}
let hookAt = -1;

function dropRecType(): void {
  free(recType);
  recType = 0 as Borrowed;
}

function recNew(value: Enc, index: number): Owned {
  const o = ok(objectNew(recType, 16));
  i32[(o + 8) >> 2] = dec(value);
  i32[(o + 12) >> 2] = index;
  return o;
}

function fnv(log: number[]): number {
  let h = 0x811c9dc5;
  for (const x of log) h = Math.imul((h ^ x) >>> 0, 0x01000193) >>> 0;
  return h;
}

describe('list.sort makes CPython 3.12\'s comparisons, in its order, and ends in its state', () => {
  let prevValues: Enc[] = [];
  const groups: any[][] = [];
  for (const c of sorts.cases) {
    if (c.values === 'same') c.values = prevValues;
    prevValues = c.values;
    if (groups.length === 0 || groups[groups.length - 1].length >= 12) groups.push([]);
    groups[groups.length - 1].push(c);
  }
  for (const group of groups) {
    test(`${group[0].name} .. ${group[group.length - 1].name}`, () => withRuntime(() => {
      makeRecType();
      for (const c of group) {
        const n = c.values.length;
        const recs = c.values.map((v: Enc, i: number) => recNew(v, i));
        recLog = [];
        recFailAt = c.failAt;
        let l: Owned;
        let r: number;
        if (c.key) {
          l = listOf(c.values.map((_: Enc, i: number) => ok(intFromNumber(i))));
          r = listSort(l, (item) => newRef(recs[intOf(item)]), c.reverse === 1);
        } else {
          l = listOf(recs.map((o: Owned) => newRef(o)));
          r = listSort(l, null, c.reverse === 1);
        }
        const where = c.name;
        if (c.error !== undefined) {
          assert.equal(r, -1, `${where}: should fail`);
          assert.deepEqual(takeError(), { error: 'RuntimeError', msg: c.error }, where);
        } else {
          assert.equal(r, 0, `${where}: should succeed`);
        }
        const order: number[] = [];
        for (let i = 0; i < listSize(l); i++) {
          const item = listGetItemBorrow(l, i);
          order.push(c.key ? intOf(item) : i32[(item + 12) >> 2]);
        }
        assert.equal(listSize(l), n);
        assert.deepEqual(order, c.order, `${where}: order`);
        if (c.cmps !== undefined) assert.deepEqual(recLog, c.cmps, `${where}: comparisons`);
        assert.equal(recLog.length / 2, c.ncmp, `${where}: number of comparisons`);
        assert.equal(fnv(recLog), c.cmphash, `${where}: comparison sequence hash`);
        // The keys were released: each record is held by recs (and, without a key function, by l).
        for (const o of recs) assert.equal(refcnt(o), c.key ? 1 : 2, `${where}: key refcount`);
        decref(l);
        for (const o of recs) decref(o);
      }
      recFailAt = -1;
      dropRecType();
    }));
  }
});

test('list.sort of builtin values (numbers, NaN, tuples, str, type errors) as CPython 3.12', () => withRuntime(() => {
  for (const c of sorts.misc) {
    const l = dec(c.values);
    const r = listSort(l, null, c.reverse === 1);
    const where = `${c.name} reverse=${c.reverse}`;
    if (c.ret !== undefined) {
      assert.equal(r, -1, where);
      assert.deepEqual(takeError(), c.ret, where);
    } else {
      assert.equal(r, 0, where);
    }
    assert.deepEqual(enc(l), c.sorted, where);
    decref(l);
  }
}));

test('list.sort: a list changed by a key or a comparison raises "list modified during sort" as CPython', () => withRuntime(() => {
  makeRecType();
  for (const c of sorts.modified) {
    const where = `${c.action} in ${c.where} at ${c.at}`;
    const recs = c.values.map((v: Enc, i: number) => recNew(v, i));
    const l = listOf(recs.map((o: Owned) => newRef(o)));
    let actionError: unknown;
    const act = (): void => {
      switch (c.action) {
        case 'append': assert.equal(listAppendSteal(l, recNew(-1, 99)), 0); break;
        case 'extend': {
          const more = listOf([recNew(-2, 98), recNew(-3, 97)]);
          assert.equal(listExtend(l, more), 0);
          decref(more);
          break;
        }
        case 'clear': listClear(l); break;
        case 'sort': assert.equal(listSort(l), 0); break;
        case 'pop': {
          const p = listPop(l);
          if (p === NULL) actionError = takeError().msg;
          else decref(p);
          break;
        }
        default: throw new Error(c.action);
      }
    };
    recLog = [];
    let r: number;
    if (c.where === 'key') {
      let calls = 0;
      r = listSort(l, (item) => {
        if (calls++ === c.at) act();
        return newRef(item);
      });
    } else {
      hookAt = c.at;
      recHook = act;
      r = listSort(l);
      recHook = null;
    }
    if (c.ret === null) assert.equal(r, 0, where);
    else {
      assert.equal(r, -1, where);
      assert.deepEqual(takeError(), c.ret, where);
    }
    assert.equal(actionError, c.actionError, where);
    const order: number[] = [];
    for (let i = 0; i < listSize(l); i++) order.push(i32[(listGetItemBorrow(l, i) + 12) >> 2]);
    assert.deepEqual(order, c.order, where);
    assert.equal(recLog.length / 2, c.ncmp, where);
    decref(l);
    for (const o of recs) {
      assert.equal(refcnt(o), 1, `${where}: nothing else holds the records`);
      decref(o);
    }
  }
  dropRecType();
}));

test('list.sort: a failing key function leaves the list as it was and releases the keys made so far', () => withRuntime(() => {
  const items = [5, 1, 4, 2, 3].map((v) => ok(intFromNumber(v + 1000)));
  const l = listOf(items.map((o) => newRef(o)));
  const keys: Owned[] = [];
  let calls = 0;
  const r = listSort(l, (item) => {
    if (calls++ === 3) return errSetString(ValueError, 'bad key');
    const k = ok(strFromJS(`key-${intOf(item)}`));
    keys.push(newRef(k));
    return k;
  });
  assert.equal(r, -1);
  assert.deepEqual(takeError(), { error: 'ValueError', msg: 'bad key' });
  assert.deepEqual(enc(l), [1005, 1001, 1004, 1002, 1003]);
  for (const k of keys) {
    assert.equal(refcnt(k), 1);
    decref(k);
  }
  for (const o of items) {
    assert.equal(refcnt(o), 2);
    decref(o);
  }
  // A key function on an empty list is never called; reverse of one item is a no-op.
  const e = ok(listNew(0));
  assert.equal(listSort(e, () => { throw new Error('not called'); }, true), 0);
  decref(e);
  decref(l);
}));

test('list.sort is stable, with and without key and reverse, on random data', () => withRuntime(() => {
  // Items (k, i) sorted by k alone (key function): equal keys must keep i ascending, also reversed.
  let seed = 12345;
  const rand = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  for (const n of [0, 1, 7, 64, 65, 300, 2000]) {
    for (const reverse of [false, true]) {
      const ks = Array.from({ length: n }, () => rand(20));
      const l = listOf(ks.map((k, i) => ok(intFromNumber(k * 100000 + i))));
      assert.equal(listSort(l, (item) => intFromNumber(Math.floor(intOf(item) / 100000)), reverse), 0);
      const got = (enc(l) as number[]).map((v) => [Math.floor(v / 100000), v % 100000]);
      const want = ks.map((k, i) => [k, i]).sort((a, b) => (reverse ? b[0] - a[0] : a[0] - b[0]) || a[1] - b[1]);
      assert.deepEqual(got, want, `n=${n} reverse=${reverse}`);
      decref(l);
    }
  }
}));

// ---- repr, comparison, hash -------------------------------------------------------------------------------

test('repr of lists matches CPython 3.12', () => withRuntime(() => {
  let n = 0;
  for (const c of values.repr) {
    if (!Array.isArray(c.value)) continue;
    const o = dec(c.value);
    assert.equal(reprJS(o), c.repr);
    decref(o);
    n++;
  }
  assert.ok(n > 100);
}));

test('repr of self-referential lists uses [...] as CPython 3.12 (Py_ReprEnter)', () => withRuntime(() => {
  const want = new Map<string, string>(values.recursive.map((c: any) => [c.recipe, c.repr]));
  // a=[]; a.append(a)
  let a = ok(listNew(0));
  listAppend(a, a);
  assert.equal(reprJS(a), want.get('a=[]; a.append(a)'));
  listClear(a);
  decref(a);
  // a=[1]; a.append(a); a.append((a,))
  a = listOf([ok(intFromNumber(1))]);
  listAppend(a, a);
  let t = ok(tupleNew(1));
  tupleSetItemSteal(t, 0, newRef(a));
  listAppendSteal(a, t);
  assert.equal(reprJS(a), want.get('a=[1]; a.append(a); a.append((a,))'));
  listClear(a);
  decref(a);
  // a=[]; b=[a]; a.append(b)
  a = ok(listNew(0));
  const b = listOf([newRef(a)]);
  listAppend(a, b);
  assert.equal(reprJS(a), want.get('a=[]; b=[a]; a.append(b); repr(a)'));
  t = ok(tupleNew(2));
  tupleSetItemSteal(t, 0, newRef(a));
  tupleSetItemSteal(t, 1, newRef(b));
  assert.equal(reprJS(t), want.get('a=[]; b=[a]; a.append(b); repr((a, b))'));
  decref(t);
  listClear(a);
  decref(a);
  decref(b);
  // a=[]; t=(a, a); a.append(t)
  a = ok(listNew(0));
  t = ok(tupleNew(2));
  tupleSetItemSteal(t, 0, newRef(a));
  tupleSetItemSteal(t, 1, newRef(a));
  listAppend(a, t);
  assert.equal(reprJS(t), want.get('a=[]; t=(a, a); a.append(t); repr(t)'));
  listClear(a);
  decref(a);
  decref(t);
}));

test('a repr that fails leaves the recursion guard clean', () => withRuntime(() => {
  const badType = typeNewStatic({
    name: 'Bad', basicsize: 8,
    slots: { dealloc: objectFree, repr: () => errSetString(ValueError, 'no repr') },
  });
  const a = ok(listNew(0));
  listAppend(a, a);
  const bad = ok(objectNew(badType, 8));
  listAppendSteal(a, bad);
  assert.equal(objectRepr(a), NULL);
  assert.deepEqual(takeError(), { error: 'ValueError', msg: 'no repr' });
  decref(ok(listPop(a)));
  assert.equal(reprJS(a), values.recursive[0].repr);
  listClear(a);
  decref(a);
  free(badType);
}));

test('rich comparison of lists (and list vs tuple) matches CPython 3.12', () => withRuntime(() => {
  let n = 0;
  for (const c of values.compare) {
    if (!Array.isArray(c.a)) continue;
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

test('lists are unhashable', () => withRuntime(() => {
  const want = values.tupleHash.find((c: any) => typeof c.hash === 'object').hash;
  const l = ok(listNew(0));
  assert.equal(objectHash(l), -1);
  assert.deepEqual(takeError(), want);
  decref(l);
}));

// ---- Reference counts, freeing, memory errors -----------------------------------------------------------

test('reference counts are exact after every operation', () => withRuntime(() => {
  const x = ok(strFromJS('a mortal string x'));
  const y = ok(strFromJS('a mortal string y'));
  const rx = (): number => refcnt(x), ry = (): number => refcnt(y);
  const l = ok(listNew(0));
  assert.equal(listAppend(l, x), 0);
  assert.equal(listAppend(l, x), 0);
  assert.equal(listInsert(l, 0, y), 0);
  assert.deepEqual([rx(), ry()], [3, 2]);
  const s = ok(listGetSlice(l, 0, 3));
  assert.deepEqual([rx(), ry()], [5, 3]);
  decref(s);
  const e = ok(listSubscriptSlice(l, Infinity, -Infinity, -2));
  assert.deepEqual([rx(), ry()], [4, 3]);
  decref(e);
  const p = ok(listPop(l));
  assert.equal(p, x);
  assert.equal(rx(), 3);
  decref(p);
  assert.equal(rx(), 2);
  assert.equal(listSetItem(l, -1, y), 0);
  assert.deepEqual([rx(), ry()], [1, 3]);
  assert.equal(listExtend(l, l), 0);
  assert.deepEqual([rx(), ry()], [1, 5]);
  const g = ok(listGetItem(l, 0));
  assert.equal(ry(), 6);
  decref(g);
  assert.equal(listDelItem(l, 0), 0);
  assert.equal(ry(), 4);
  const rep = ok(listRepeat(l, 3));
  assert.equal(ry(), 13);
  decref(rep);
  assert.equal(listInplaceRepeat(l, 2), 0);
  assert.equal(ry(), 7);
  assert.equal(listAssSubscriptSlice(l, 0, Infinity, 2, NULL), 0);
  assert.equal(ry(), 4);
  const tx = ok(tupleNew(2));
  tupleSetItemSteal(tx, 0, newRef(x));
  tupleSetItemSteal(tx, 1, newRef(x));
  assert.equal(listSetSlice(l, 1, 2, tx), 0);
  assert.deepEqual([rx(), ry()], [5, 3]);
  assert.equal(listAssSubscriptSlice(l, 0, 2, 1, NULL), 0);
  assert.deepEqual([rx(), ry()], [4, 2]);
  assert.equal(listRemove(l, x), 0);
  assert.deepEqual([rx(), ry()], [3, 2]);
  const c = ok(listConcat(l, l));
  const t = ok(listAsTuple(c));
  assert.deepEqual([rx(), ry()], [3, 6]);
  decref(t);
  decref(c);
  assert.equal(listSort(l, (item) => newRef(item), true), 0);
  assert.deepEqual([rx(), ry()], [3, 2]);
  listReverse(l);
  listClear(l);
  assert.deepEqual([rx(), ry()], [3, 1]);
  decref(tx);
  assert.equal(rx(), 1);
  decref(l);
  decref(x);
  decref(y);
}));

test('freeing a list frees a whole nested graph of lists and tuples', () => withRuntime((rt) => {
  const before = rt.liveBlocks();
  // A shared leaf referenced from several places, lists inside tuples inside lists, big ints and strs.
  const leaf = ok(strFromJS('shared leaf'));
  const build = (depth: number): Owned => {
    if (depth === 0) return newRef(leaf);
    const l = ok(listNew(0));
    for (let i = 0; i < 3; i++) {
      const t = ok(tupleNew(2));
      tupleSetItemSteal(t, 0, build(depth - 1));
      tupleSetItemSteal(t, 1, ok(intFromNumber(1e12 + i)));
      listAppendSteal(l, t);
    }
    return l;
  };
  const root = build(5);
  decref(leaf);
  assert.ok(rt.liveBlocks() - before > 3 ** 5);
  decref(root);
  assert.equal(rt.liveBlocks(), before);
}));

test('freeing deeply nested lists and tuples does not recurse (trashcan)', () => withRuntime((rt) => {
  const before = rt.liveBlocks();
  for (const kind of ['list', 'tuple', 'mixed']) {
    let o = ok(listNew(0)) as Owned;
    for (let i = 0; i < 200_000; i++) {
      const useTuple = kind === 'tuple' || (kind === 'mixed' && i % 2 === 0);
      if (useTuple) {
        const t = ok(tupleNew(1));
        tupleSetItemSteal(t, 0, o);
        o = t;
      } else {
        o = listOf([o]);
      }
    }
    decref(o);
    assert.equal(rt.liveBlocks(), before, kind);
  }
}));

test('an item block that cannot grow raises MemoryError and leaves the list intact', () => withRuntime((rt) => {
  const l = ok(listNew(0));
  const one = ok(intFromNumber(1e12));
  let n = 0;
  while (listAppend(l, one) === 0) n++;
  assert.deepEqual(takeError(), { error: 'MemoryError', msg: '' });
  assert.equal(listSize(l), n);
  assert.ok(n > 10_000);
  // The same list fails to double in place, and so does a copy of it times a large count.
  assert.equal(listInplaceRepeat(l, 2), -1);
  assert.deepEqual(takeError(), { error: 'MemoryError', msg: '' });
  assert.equal(listSize(l), n);
  assert.equal(listRepeat(l, 3), NULL);
  assert.deepEqual(takeError(), { error: 'MemoryError', msg: '' });
  assert.equal(listRepeat(l, 2 ** 62), NULL);
  assert.deepEqual(takeError(), { error: 'MemoryError', msg: '' });
  assert.equal(listNew(LIST_MAX_SIZE + 1), NULL);
  assert.deepEqual(takeError(), { error: 'MemoryError', msg: '' });
  assert.equal(refcnt(one), 1 + n);
  decref(l);
  decref(one);
  void rt;
}, { heapSize: 1 << 20 }));

test('lists work the same with immortality off (3.11 counting)', () => withRuntime((rt) => {
  assert.equal(rt.immortal, false);
  const l = dec([3, 1, [2, { t: [] }], 'x', null, { bool: 1 }]);
  const before = refcnt(tupleEmpty);
  const c = ok(listCopy(l));
  assert.equal(refcnt(tupleEmpty), before);
  const inner = listGetItemBorrow(l, 2);
  assert.equal(refcnt(listGetItemBorrow(inner, 1)), before);
  const r = ok(listRepeat(c, 4));
  const inner4 = reprJS(c).slice(1, -1);
  assert.equal(reprJS(r), `[${[inner4, inner4, inner4, inner4].join(', ')}]`);
  decref(r);
  decref(c);
  assert.equal(listPop(l, 3) !== NULL, true);
  decref(l);
}, { immortal: false }));

test('type checks, sizes and borrowed access', () => withRuntime(() => {
  const l = dec([1, [2], { t: [3] }]);
  assert.ok(isList(l) && isListExact(l));
  assert.equal(typeOf(l), listType);
  assert.equal(listSize(l), 3);
  assert.ok(isList(listGetItemBorrow(l, 1)));
  assert.ok(isTupleExact(listGetItemBorrow(l, 2)));
  assert.ok(!isList(listGetItemBorrow(l, 2)));
  assert.equal(i32[(l + OB_TYPE) >> 2], listType);
  const copy = ok(listFromSequence(listGetItemBorrow(l, 2)));
  assert.deepEqual(enc(copy), [3]);
  assert.equal(listAllocated(copy), 2); // list((3,)): preallocated exactly, rounded up to even
  decref(copy);
  const s = ok(strFromJS('x'));
  assert.equal(listExtend(l, s), -1);
  assert.equal(takeError().error, 'NotImplementedError');
  decref(s);
  decref(l);
}));

test('a sort that cannot get memory for keys or merges raises MemoryError and keeps every item', () => withRuntime(() => {
  const l = ok(listNew(0));
  let seed = 7;
  for (let i = 0; i < 3000; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    assert.equal(listAppend(l, intFromNumber((seed >>> 8) % 250) as Borrowed), 0);
  }
  const before = (enc(l) as number[]).slice().sort((a, b) => a - b);
  // Use up the heap with filler blocks (freed at the end).
  const fillers: number[] = [];
  for (const size of [65536, 4096, 256, 8]) {
    for (let b = alloc(size); b !== 0; b = alloc(size)) fillers.push(b);
  }
  assert.equal(listSort(l, (item) => newRef(item)), -1);
  assert.deepEqual(takeError(), { error: 'MemoryError', msg: '' });
  assert.equal(listSort(l), -1);
  assert.deepEqual(takeError(), { error: 'MemoryError', msg: '' });
  for (const b of fillers) free(b);
  assert.deepEqual((enc(l) as number[]).slice().sort((a, b) => a - b), before);
  assert.equal(listSort(l), 0);
  assert.deepEqual(enc(l), before);
  decref(l);
}, { heapSize: 1 << 20 }));
