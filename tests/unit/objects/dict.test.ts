// dict: iteration order, sys.getsizeof and return values after scripted operations, replayed against CPython 3.12
// (tests/golden/dict-order.json from tools/gen-golden.py, tests/golden/mappings-dict.json from
// tools/gen-golden-mappings.py), plus exact reference counts, recursive deallocation, errors and messages,
// repr, comparison, and lookups whose comparisons mutate the dict. Every test ends with no leaked blocks
// and an untouched static region; both immortality modes run the replays.
import '../../../src/objects/object.ts'; // loads object.ts before type.ts (their import cycle needs that order)
import { describe, test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createRuntime, type PyRuntime } from '../../../src/api/runtime.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../../../src/heap/ref.ts';
import { decref, refcnt } from '../../../src/heap/refcount.ts';
import { i32 } from '../../../src/heap/views.ts';
import { free } from '../../../src/heap/alloc.ts';
import { errFetch, errOccurred } from '../../../src/objects/errors.ts';
import { exceptionArgsBorrow, KeyError, TypeError, RuntimeError, ValueError } from '../../../src/objects/exceptions.ts';
import {
  objectRepr, objectHash, objectRichCompare, objectRichCompareBool, boolNew, notImplemented, objectNew, objectFree,
} from '../../../src/objects/object.ts';
import { typeNewStatic, typeOf, typeNameOf, slotsOf, Py_EQ, Py_NE, Py_LT, type VisitProc } from '../../../src/objects/type.ts';
import { Py_True } from '../../../src/objects/bool.ts';
import { Py_NotImplemented } from '../../../src/objects/notimplemented.ts';
import { Py_None } from '../../../src/objects/none.ts';
import { strFromJS, strToJS } from '../../../src/objects/str.ts';
import { intFromNumber, intFromBigInt } from '../../../src/objects/int.ts';
import { tupleNew, tupleSetItemSteal, tupleGetItemBorrow, tupleSize, tuplePack } from '../../../src/objects/tuple.ts';
import { listNew, listSetItemSteal, listGetItemBorrow, listSize } from '../../../src/objects/list.ts';
import {
  dictType, isDict, isDictExact, dictNew, dictNewPresized, dictSetItem, dictGetItemBorrow, dictGetItem, dictGet,
  dictGetItemStringBorrow, dictDelItem, dictContains, dictSize, dictNext, dictKeys, dictValues, dictItems,
  dictCopy, dictUpdate, dictMerge, dictMergeFromSeq2, dictPop, dictPopItem, dictSetDefault, dictClear, dictRepr,
  dictSizeOf, dictCapacity, dictHasUnicodeKeys, dictEqual,
} from '../../../src/objects/dict.ts';
import { loadGolden } from '../support/golden.ts';
import { dec, enc, j, expand, makeComplexType, dropComplexType, type Enc } from './mapping-golden.ts';

const GC_HEAD = 16; // sys.getsizeof adds sizeof(PyGC_Head) for GC objects

interface Step { op: any[]; items?: [Enc, number][]; len?: number; sample?: [number, Enc, number][]; sizeof: number; ret?: unknown }
interface Case { name: string; steps: Step[] }
const orderGolden = loadGolden<{ cases: Case[] }>('dict-order.json');
const mapGolden = loadGolden<{ cases: Case[]; mutation: { name: string; items: [string | number, number][]; sizeof: number; ret?: boolean }[] }>('mappings-dict.json');

function ok<T extends number>(o: T | Null): T {
  if (o === NULL) {
    const e = errFetch();
    throw new Error(`unexpected NULL: ${e === NULL ? 'no exception' : typeNameOf(e)}`);
  }
  return o;
}

function check(r: number): void {
  if (r < 0) ok(NULL);
}

/** The current exception's type and args[0] (taken off the thread state, reference released). */
function takeError(): { type: Borrowed; arg0: unknown; argsLen: number } {
  const e = errFetch();
  assert.notEqual(e, NULL, 'an exception is set');
  const args = exceptionArgsBorrow(e as Borrowed);
  const n = tupleSize(args);
  let arg0: unknown = undefined;
  if (n > 0) {
    const a = tupleGetItemBorrow(args, 0);
    try { arg0 = enc(a); } catch { arg0 = a; }
  }
  const type = typeOf(e as Borrowed);
  decref(e as Owned);
  return { type, arg0, argsLen: n };
}

function items(d: Borrowed): [Enc, Enc][] {
  const out: [Enc, Enc][] = [];
  const pos = new Int32Array(1);
  const kv = new Int32Array(2);
  while (dictNext(d, pos, kv)) out.push([enc(kv[0] as Borrowed), enc(kv[1] as Borrowed)]);
  return out;
}

function set(d: Borrowed, k: Enc, v: Enc): void {
  const K = dec(k), V = dec(v);
  check(dictSetItem(d, K, V));
  decref(K);
  decref(V);
}

function delKey(d: Borrowed, k: Enc): void {
  const K = dec(k);
  check(dictDelItem(d, K));
  decref(K);
}

/** dict(pairs) as CPython builds it: PyDict_MergeFromSeq2 over a list of 2-tuples. */
function dictFromPairs(pairs: [Enc, Enc][]): Owned {
  const l = ok(listNew(pairs.length));
  for (let i = 0; i < pairs.length; i++) {
    const t = ok(tupleNew(2));
    tupleSetItemSteal(t, 0, dec(pairs[i][0]));
    tupleSetItemSteal(t, 1, dec(pairs[i][1]));
    listSetItemSteal(l, i, t);
  }
  const d = ok(dictNew());
  check(dictMergeFromSeq2(d, l, true));
  decref(l);
  return d;
}

function checkContents(d: Borrowed, step: Step, where: string): void {
  assert.equal(dictSizeOf(d) + GC_HEAD, step.sizeof, `${where}: sys.getsizeof`);
  if (step.items !== undefined) {
    assert.equal(j(items(d)), j(step.items), `${where}: items`);
  } else {
    const all = items(d);
    assert.equal(all.length, step.len, `${where}: len`);
    for (const [i, k, v] of step.sample!) assert.equal(j(all[i]), j([k, v]), `${where}: item ${i}`);
  }
  assert.equal(dictSize(d), step.items?.length ?? step.len);
}

/** Replays one case of dict-order.json (one dict, replaced by `new` and `copy`). */
function replayOrderCase(c: Case): void {
  let d = ok(dictNew());
  for (let s = 0; s < c.steps.length; s++) {
    const step = c.steps[s], op = step.op, where = `${c.name} step ${s} ${j(op)}`;
    let ret: unknown = undefined;
    switch (op[0]) {
      case 'new': decref(d); d = dictFromPairs(op[1]); break;
      case 'set': set(d, op[1], op[2]); break;
      case 'del': { const k = dec(op[1]); check(dictDelItem(d, k)); decref(k); break; }
      case 'pop': { const k = dec(op[1]); const v = ok(dictPop(d, k, NULL)); ret = enc(v); decref(v); decref(k); break; }
      case 'popitem': {
        const t = ok(dictPopItem(d));
        ret = [enc(tupleGetItemBorrow(t, 0)), enc(tupleGetItemBorrow(t, 1))];
        decref(t);
        break;
      }
      case 'setdefault': {
        const k = dec(op[1]), v = dec(op[2]);
        ret = enc(ok(dictSetDefault(d, k, v)));
        decref(k);
        decref(v);
        break;
      }
      case 'copy': { const nd = ok(dictCopy(d)); decref(d); d = nd; break; }
      case 'clear': dictClear(d); break;
      default: throw new Error(`unknown op ${op[0]}`);
    }
    if ('ret' in step) assert.equal(j(ret), j(step.ret), `${where}: return value`);
    checkContents(d, step, where);
  }
  decref(d);
}

/** Replays one case of mappings-dict.json (several named dicts). */
function replayMapCase(c: Case): void {
  const vars = new Map<string, Owned>();
  const get = (name: string): Owned => vars.get(name) ?? assert.fail(`no variable ${name}`);
  const put = (name: string, d: Owned) => { const old = vars.get(name); vars.set(name, d); if (old !== undefined) decref(old); };
  for (let s = 0; s < c.steps.length; s++) {
    const step = c.steps[s], op = step.op, where = `${c.name} step ${s} ${j(op).slice(0, 200)}`;
    let ret: unknown = undefined;
    const v = op[1] as string;
    switch (op[0]) {
      case 'new': put(v, dictFromPairs(op[2])); break;
      case 'set': set(get(v), op[2], op[3]); break;
      case 'del': { const k = dec(op[2]); check(dictDelItem(get(v), k)); decref(k); break; }
      case 'pop': { const k = dec(op[2]); const x = ok(dictPop(get(v), k, NULL)); ret = enc(x); decref(x); decref(k); break; }
      case 'popitem': {
        const t = ok(dictPopItem(get(v)));
        ret = [enc(tupleGetItemBorrow(t, 0)), enc(tupleGetItemBorrow(t, 1))];
        decref(t);
        break;
      }
      case 'setdefault': {
        const k = dec(op[2]), x = dec(op[3]);
        ret = enc(ok(dictSetDefault(get(v), k, x)));
        decref(k);
        decref(x);
        break;
      }
      case 'clear': dictClear(get(v)); break;
      case 'copy': put(v, ok(dictCopy(get(op[2])))); break;
      case 'dict_of': { const d = ok(dictNew()); check(dictMerge(d, get(op[2]), 1)); put(v, d); break; }
      case 'update': check(dictUpdate(get(v), get(op[2]))); break;
      case 'or': { const d = ok(dictCopy(get(op[2]))); check(dictUpdate(d, get(op[3]))); put(v, d); break; }
      case 'bulk_set': {
        const x = dec(op[3]);
        for (const k of expand(op[2])) {
          const K = dec(k);
          check(dictSetItem(get(v), K, x));
          decref(K);
        }
        decref(x);
        break;
      }
      case 'bulk_del':
        for (const k of expand(op[2])) {
          const K = dec(k);
          check(dictDelItem(get(v), K));
          decref(K);
        }
        break;
      case 'eq': {
        const r = ok(objectRichCompare(get(v), get(op[2]), Py_EQ));
        ret = r === Py_True;
        decref(r);
        break;
      }
      case 'repr': { const r = ok(dictRepr(get(v))); ret = strToJS(r); decref(r); break; }
      default: throw new Error(`unknown op ${op[0]}`);
    }
    if ('ret' in step) assert.equal(j(ret), j(step.ret), `${where}: return value`);
    checkContents(get(v), step, where);
  }
  for (const d of vars.values()) decref(d);
}

/** Runs the tests of `body` in one runtime, checking for leaks after each test and at shutdown. */
function withRuntime(name: string, immortal: boolean, body: () => void): void {
  describe(name, () => {
    let rt: PyRuntime;
    before(() => {
      rt = createRuntime({ hashSeed: 0, immortal, heapSize: 256 << 20 });
      makeComplexType();
      permanentBlocks = 1;
    });
    afterEach(() => {
      assert.equal(errFetch(), NULL, 'no exception left pending');
      assert.equal(rt.liveBlocks(), rt.baselineBlocks + permanentBlocks, 'no leaked blocks');
      if (immortal) assert.equal(rt.counters().staticBytesWritten, 0, 'static region untouched');
    });
    after(() => {
      dropTestTypes();
      const report = rt.shutdown();
      assert.equal(report.liveBlocks, 0, `leaked ${report.liveBlocks} blocks`);
      if (immortal) assert.equal(report.staticBytesWritten, 0);
    });
    body();
  });
}

// A key type whose == runs a one-shot JS action (the Evil class of tools/gen-golden-mappings.py): layout
// header, hash, tag (a char code). Its type object is made after start-up, so it counts as a permanent
// block until dropTestTypes.
let evilType = 0 as Borrowed;
let permanentBlocks = 0;
const evilActions = new Map<number, () => void>();

function makeEvilType(): void {
  if (evilType !== 0) return;
  evilType = typeNewStatic({
    name: 'Evil',
    basicsize: 16,
    slots: {
      dealloc: (o: Owned) => { evilActions.delete(o); objectFree(o); },
      hash: (o: Borrowed) => hashOfInt(i32[(o + 8) >> 2]),
      richcompare: (v: Borrowed, w: Borrowed, op: number): Owned | Null => {
        if (op !== Py_EQ) return notImplemented();
        const act = evilActions.get(v);
        if (act !== undefined) {
          evilActions.delete(v);
          act();
        }
        return boolNew(v === w);
      },
    },
  });
  permanentBlocks++;
}

function hashOfInt(h: number): number {
  const i = ok(intFromNumber(h));
  const lo = objectHash(i); // leaves the high word in H64, which decref doesn't touch
  decref(i);
  return lo;
}

function evilNew(h: number, tag: string): Owned {
  const o = ok(objectNew(evilType, 16));
  i32[(o + 8) >> 2] = h;
  i32[(o + 12) >> 2] = tag.charCodeAt(0);
  return o;
}

function evilTag(o: Borrowed): string | null {
  return typeOf(o) === evilType ? String.fromCharCode(i32[(o + 12) >> 2]) : null;
}

function dropTestTypes(): void {
  dropComplexType();
  if (evilType !== 0) free(evilType);
  evilType = 0 as Borrowed;
  permanentBlocks = 0;
}

for (const immortal of [true, false]) {
  withRuntime(`dict golden replays (immortal=${immortal})`, immortal, () => {
    test('dict-order.json: items, sizeof and results after every step', () => {
      assert.ok(orderGolden.cases.length >= 20);
      for (const c of orderGolden.cases) replayOrderCase(c);
    });

    test('mappings-dict.json: merges, copies, str tables meeting other keys, big tables, repr, ==', () => {
      assert.ok(mapGolden.cases.length >= 30);
      for (const c of mapGolden.cases) replayMapCase(c);
    });
  });
}

withRuntime('dict behaviour', true, () => {
  test('types, the empty dict shares the static empty keys', () => {
    const d = ok(dictNew());
    assert.ok(isDict(d) && isDictExact(d));
    assert.equal(typeOf(d), dictType);
    assert.equal(typeNameOf(d), 'dict');
    assert.equal(dictSize(d), 0);
    assert.equal(dictCapacity(d), 1);
    assert.equal(dictSizeOf(d) + GC_HEAD, 64);
    assert.ok(dictHasUnicodeKeys(d));
    dictClear(d); // nothing to do
    const k = ok(strFromJS('missing'));
    assert.equal(dictGetItemBorrow(d, k), NULL);
    assert.equal(errOccurred(), NULL);
    assert.equal(dictDelItem(d, k), -1);
    const e = takeError();
    assert.equal(e.type, KeyError);
    assert.equal(e.arg0, 'missing');
    decref(k);
    decref(d);
    const i = ok(intFromNumber(3));
    assert.ok(!isDict(i));
    decref(i);
  });

  test('a stored key and value hold one reference each, released on replace, delete and dealloc', () => {
    const d = ok(dictNew());
    const k = ok(strFromJS('some key'));
    const v1 = ok(intFromBigInt(10n ** 30n));
    const v2 = ok(intFromBigInt(10n ** 31n));
    check(dictSetItem(d, k, v1));
    assert.equal(refcnt(k), 2);
    assert.equal(refcnt(v1), 2);
    check(dictSetItem(d, k, v2)); // replace: the key is not stored again, the old value is released
    assert.equal(refcnt(k), 2);
    assert.equal(refcnt(v1), 1);
    assert.equal(refcnt(v2), 2);
    check(dictSetItem(d, k, v2)); // same value again
    assert.equal(refcnt(v2), 2);
    assert.equal(dictGetItemBorrow(d, k), v2);
    assert.equal(refcnt(v2), 2, 'borrowed lookup');
    const got = ok(dictGetItem(d, k));
    assert.equal(refcnt(v2), 3);
    decref(got);
    check(dictDelItem(d, k));
    assert.equal(refcnt(k), 1);
    assert.equal(refcnt(v2), 1);
    check(dictSetItem(d, k, v1));
    const other = ok(intFromBigInt(-(10n ** 40n)));
    check(dictSetItem(d, other, v1));
    assert.equal(refcnt(v1), 3);
    assert.equal(refcnt(other), 2);
    decref(d); // dealloc releases every key and value
    assert.equal(refcnt(k), 1);
    assert.equal(refcnt(v1), 1);
    assert.equal(refcnt(other), 1);
    decref(k); decref(v1); decref(v2); decref(other);
  });

  test('pop, popitem, setdefault, clear and copy move references exactly', () => {
    const d = ok(dictNew());
    const k1 = ok(intFromBigInt(2n ** 70n)), k2 = ok(strFromJS('k2')), v = ok(strFromJS('value'));
    check(dictSetItem(d, k1, v));
    check(dictSetItem(d, k2, v));
    assert.equal(refcnt(v), 3);
    const p = ok(dictPop(d, k1, NULL));
    assert.equal(p, v);
    assert.equal(refcnt(k1), 1);
    assert.equal(refcnt(v), 3, 'the table reference went to the caller');
    decref(p);
    const dflt = ok(strFromJS('default'));
    const p2 = ok(dictPop(d, k1, dflt));
    assert.equal(p2, dflt);
    assert.equal(refcnt(dflt), 2);
    decref(p2);
    assert.equal(dictPop(d, k1, NULL), NULL);
    const e = takeError();
    assert.equal(e.type, KeyError);
    const sd = ok(dictSetDefault(d, k1, dflt));
    assert.equal(sd, dflt);
    assert.equal(refcnt(dflt), 2);
    assert.equal(refcnt(k1), 2);
    const sd2 = ok(dictSetDefault(d, k1, v));
    assert.equal(sd2, dflt, 'existing value, borrowed');
    assert.equal(refcnt(v), 2);
    const c = ok(dictCopy(d));
    assert.equal(refcnt(k1), 3);
    assert.equal(refcnt(dflt), 3);
    const t = ok(dictPopItem(d)); // LIFO: (k1, dflt)
    assert.equal(tupleGetItemBorrow(t, 0), k1);
    assert.equal(tupleGetItemBorrow(t, 1), dflt);
    assert.equal(refcnt(k1), 3, 'moved into the tuple');
    decref(t);
    assert.equal(refcnt(k1), 2);
    dictClear(c);
    assert.equal(refcnt(k1), 1);
    assert.equal(refcnt(dflt), 1);
    assert.equal(dictSize(c), 0);
    assert.equal(dictCapacity(c), 1, 'a cleared dict shares the empty keys again');
    const t2 = ok(dictPopItem(d));
    decref(t2);
    assert.equal(dictPopItem(d), NULL);
    const e2 = takeError();
    assert.equal(e2.type, KeyError);
    assert.equal(e2.arg0, 'popitem(): dictionary is empty');
    assert.equal(refcnt(v), 1);
    assert.equal(refcnt(k2), 1);
    decref(c); decref(d); decref(k1); decref(k2); decref(v); decref(dflt);
  });

  test('dealloc releases contents recursively; 200000 nested dicts free without deep recursion', () => {
    const shared = ok(strFromJS('shared value'));
    let outer = ok(dictNew());
    const key = ok(strFromJS('x'));
    for (let i = 0; i < 1000; i++) {
      const inner = ok(dictNew());
      check(dictSetItem(inner, key, shared));
      const l = ok(listNew(1));
      listSetItemSteal(l, 0, inner);
      const k = ok(intFromNumber(i + 1000));
      check(dictSetItem(outer, k, l));
      decref(k);
      decref(l);
    }
    assert.equal(refcnt(shared), 1001);
    decref(outer);
    assert.equal(refcnt(shared), 1);
    // A chain: d_n = {'x': d_(n-1)}.
    outer = ok(dictNew());
    for (let i = 0; i < 200000; i++) {
      const d = ok(dictNew());
      check(dictSetItem(d, key, outer));
      decref(outer);
      outer = d;
    }
    decref(outer);
    decref(key);
    decref(shared);
  });

  test('hash and lookup errors, KeyError carries the key (a tuple key stays one argument)', () => {
    const d = ok(dictNew());
    const l = ok(listNew(0));
    const v = ok(intFromNumber(1));
    assert.equal(dictSetItem(d, l, v), -1);
    let e = takeError();
    assert.equal(e.type, TypeError);
    assert.equal(e.arg0, "unhashable type: 'list'");
    assert.equal(dictGetItemBorrow(d, l), NULL);
    assert.notEqual(errOccurred(), NULL, 'error, not just missing');
    e = takeError();
    assert.equal(dictContains(d, l), -1);
    takeError();
    assert.equal(objectHash(d), -1);
    e = takeError();
    assert.equal(e.arg0, "unhashable type: 'dict'");
    const t = ok(tuplePack([v, v]));
    assert.equal(dictGetItem(d, t), NULL);
    e = takeError();
    assert.equal(e.type, KeyError);
    assert.equal(e.argsLen, 1);
    assert.equal(j(e.arg0), j({ t: [1, 1] }));
    assert.equal(dictContains(d, t), 0);
    const g = ok(dictGet(d, t, Py_None));
    assert.equal(g, Py_None);
    decref(g);
    assert.equal(dictGetItemStringBorrow(d, 'nope'), NULL);
    assert.equal(errOccurred(), NULL);
    check(dictSetItem(d, t, v));
    assert.equal(dictContains(d, t), 1);
    decref(t); decref(l); decref(v); decref(d);
  });

  test('repr: {}, nested, and {...} for a dict that contains itself', () => {
    const d = ok(dictNew());
    const r0 = ok(objectRepr(d));
    assert.equal(strToJS(r0), '{}');
    decref(r0);
    set(d, 1, 2);
    set(d, 'a', { t: [1, 'b'] });
    const inner = ok(dictNew());
    set(inner, 'k', -5);
    const kin = ok(strFromJS('in'));
    check(dictSetItem(d, kin, inner));
    check(dictSetItem(d, kin, d)); // replaces inner: d contains itself
    const r = ok(objectRepr(d));
    assert.equal(strToJS(r), "{1: 2, 'a': (1, 'b'), 'in': {...}}");
    decref(r);
    check(dictDelItem(d, kin)); // break the cycle (no collector yet)
    check(dictSetItem(d, kin, inner));
    const r2 = ok(objectRepr(d));
    assert.equal(strToJS(r2), "{1: 2, 'a': (1, 'b'), 'in': {'k': -5}}");
    decref(r2);
    decref(kin); decref(inner); decref(d);
  });

  test('== and != compare contents; other operators and other types give NotImplemented', () => {
    const a = ok(dictNew()), b = ok(dictNew());
    set(a, 1, 1); set(a, 'x', 2);
    set(b, 'x', 2); set(b, { f: '3ff0000000000000' }, 1); // 1.0 == 1, same hash
    assert.equal(objectRichCompareBool(a, b, Py_EQ), 1);
    assert.equal(objectRichCompareBool(a, b, Py_NE), 0);
    assert.equal(dictEqual(a, b), 1);
    set(b, 'x', 3);
    assert.equal(objectRichCompareBool(a, b, Py_EQ), 0);
    const lt = slotsOf(a).richcompare!(a, b, Py_LT);
    assert.equal(lt, Py_NotImplemented);
    decref(lt as Owned);
    const i = ok(intFromNumber(5));
    const r = slotsOf(a).richcompare!(a, i, Py_EQ);
    assert.equal(r, Py_NotImplemented);
    decref(r as Owned);
    assert.equal(objectRichCompare(a, b, Py_LT), NULL);
    const e = takeError();
    assert.equal(e.arg0, "'<' not supported between instances of 'dict' and 'dict'");
    decref(i); decref(a); decref(b);
  });

  test('keys, values, items lists; dictNext with hashes; presized dicts', () => {
    const d = ok(dictNewPresized(100));
    assert.equal(dictCapacity(d), 256);
    assert.ok(!dictHasUnicodeKeys(d));
    for (let i = 0; i < 10; i++) set(d, `k${i}`, i * i);
    delKey(d, 'k3');
    const ks = ok(dictKeys(d)), vs = ok(dictValues(d)), its = ok(dictItems(d));
    assert.equal(listSize(ks), 9);
    assert.equal(strToJS(listGetItemBorrow(ks, 8)), 'k9');
    assert.equal(j(enc(listGetItemBorrow(vs, 8))), '81');
    assert.equal(listSize(its), 9);
    const it = listGetItemBorrow(its, 3);
    assert.equal(j([enc(tupleGetItemBorrow(it, 0)), enc(tupleGetItemBorrow(it, 1))]), j(['k4', 16]));
    decref(ks); decref(vs); decref(its);
    const pos = new Int32Array(1), kv = new Int32Array(4);
    let n = 0;
    while (dictNext(d, pos, kv)) {
      const lo = objectHash(kv[0] as Borrowed);
      assert.equal(kv[2], lo);
      n++;
    }
    assert.equal(n, 9);
    decref(d);
    const small = ok(dictNewPresized(5));
    assert.equal(dictCapacity(small), 1, 'small presized dicts are plain empty dicts');
    decref(small);
  });

  test('merge with override 0 keeps, 2 raises KeyError on duplicates; MergeFromSeq2 errors', () => {
    const a = ok(dictNew()), b = ok(dictNew());
    set(a, 1, 10); set(b, 1, 20); set(b, 2, 30);
    check(dictMerge(a, b, 0));
    assert.equal(j(items(a)), j([[1, 10], [2, 30]]));
    assert.equal(dictMerge(a, b, 2), -1);
    const e = takeError();
    assert.equal(e.type, KeyError);
    assert.equal(e.arg0, 1);
    const bad = ok(listNew(1));
    listSetItemSteal(bad, 0, ok(tuplePack([])));
    assert.equal(dictMergeFromSeq2(a, bad, true), -1);
    let e2 = takeError();
    assert.equal(e2.type, ValueError);
    assert.equal(e2.arg0, 'dictionary update sequence element #0 has length 0; 2 is required');
    decref(bad);
    const bad2 = ok(listNew(1));
    listSetItemSteal(bad2, 0, ok(intFromNumber(7)));
    assert.equal(dictMergeFromSeq2(a, bad2, true), -1);
    e2 = takeError();
    assert.equal(e2.type, TypeError);
    assert.equal(e2.arg0, 'cannot convert dictionary update sequence element #0 to a sequence');
    decref(bad2);
    decref(a); decref(b);
  });

  test('lookups whose comparison mutates the dict restart as in CPython (mappings-dict.json mutation)', () => {
    makeEvilType();
    const want = new Map(mapGolden.mutation.map((m) => [m.name, m]));
    const tagged = (d: Borrowed) => {
      const out: [string | number, number][] = [];
      const pos = new Int32Array(1), kv = new Int32Array(2);
      while (dictNext(d, pos, kv)) out.push([evilTag(kv[0] as Borrowed) ?? (enc(kv[0] as Borrowed) as number), enc(kv[1] as Borrowed) as number]);
      return out;
    };
    const expect = (name: string, d: Borrowed, ret?: boolean) => {
      const m = want.get(name)!;
      assert.equal(j(tagged(d)), j(m.items), `${name}: items`);
      assert.equal(dictSizeOf(d) + GC_HEAD, m.sizeof, `${name}: sizeof`);
      if (ret !== undefined) assert.equal(ret, m.ret, `${name}: result`);
    };
    const one = ok(intFromNumber(1)), two = ok(intFromNumber(2));
    {
      const d = ok(dictNew());
      const a = evilNew(1, 'a'), b = evilNew(1, 'b');
      check(dictSetItem(d, a, one));
      evilActions.set(a, () => {
        const tmp = ok(dictNew());
        for (let i = 0; i < 10; i++) set(tmp, i, i);
        check(dictUpdate(d, tmp));
        decref(tmp);
      });
      check(dictSetItem(d, b, two));
      expect('eq-grows-table', d);
      decref(a); decref(b); decref(d);
    }
    {
      const d = ok(dictNew());
      const a = evilNew(9, 'a'), b = evilNew(9, 'b'), c = evilNew(17, 'c');
      const three = ok(intFromNumber(3));
      check(dictSetItem(d, a, one));
      check(dictSetItem(d, c, three));
      evilActions.set(a, () => { const x = ok(dictPop(d, a, NULL)); decref(x); });
      const r = dictContains(d, b);
      assert.ok(r >= 0);
      expect('eq-deletes-key', d, r === 1);
      decref(a); decref(b); decref(c); decref(three); decref(d);
    }
    {
      const d = ok(dictNew());
      const a = evilNew(5, 'a'), b = evilNew(5, 'b');
      check(dictSetItem(d, a, one));
      check(dictSetItem(d, b, two));
      evilActions.set(a, () => { const ten = ok(intFromNumber(10)); check(dictSetItem(d, a, ten)); decref(ten); });
      const twenty = ok(intFromNumber(20));
      check(dictSetItem(d, b, twenty));
      expect('eq-replaces-value', d);
      decref(a); decref(b); decref(twenty); decref(d);
    }
    decref(one); decref(two);
  });

  test('a comparison that clears the dict: the key lands in a general table (deliberate difference)', () => {
    makeEvilType();
    const d = ok(dictNew());
    const a = evilNew(1, 'a'), b = evilNew(1, 'b');
    const one = ok(intFromNumber(1));
    check(dictSetItem(d, a, one));
    evilActions.set(a, () => dictClear(d));
    check(dictSetItem(d, b, one));
    assert.equal(dictSize(d), 1);
    assert.ok(!dictHasUnicodeKeys(d), 'CPython 3.12 would store b in an all-str table (sys.getsizeof 184)');
    assert.equal(dictSizeOf(d) + GC_HEAD, 224);
    assert.equal(dictGetItemBorrow(d, b), one);
    decref(a); decref(b); decref(one); decref(d);
  });

  test('dict_merge notices a source mutated during the update', () => {
    makeEvilType();
    const src = ok(dictNew()), dst = ok(dictNew());
    const a = evilNew(3, 'a'), b = evilNew(3, 'b');
    const one = ok(intFromNumber(1));
    check(dictSetItem(dst, a, one));
    check(dictSetItem(src, b, one));
    set(src, 100, 1);
    // Merging src into dst compares a == b; a's action adds to src.
    evilActions.set(a, () => set(src, 'new', 2));
    assert.equal(dictMerge(dst, src, 1), -1);
    const e = takeError();
    assert.equal(e.type, RuntimeError);
    assert.equal(e.arg0, 'dict mutated during update');
    decref(a); decref(b); decref(one); decref(src); decref(dst);
  });

  test('traverse visits each value and key once', () => {
    const d = ok(dictNew());
    set(d, 'a', 1); set(d, 2, 'b'); set(d, 'c', 3);
    delKey(d, 2);
    const seen: string[] = [];
    const visit: VisitProc = (o) => { seen.push(j(enc(o))); return 0; };
    slotsOf(d).traverse!(d, visit, null);
    assert.deepEqual(seen, ['1', '"a"', '3', '"c"']);
    decref(d);
  });
});
