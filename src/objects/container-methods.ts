// The Python-visible methods of list, tuple, dict and set/frozenset, and the dict views
// (dict_keys / dict_values / dict_items). Mirrors the method tables of Objects/listobject.c,
// tupleobject.c, dictobject.c (incl. dictviews) and setobject.c, with CPython 3.12's names, argument
// handling and messages. Invariant: methods call the containers' own C-level functions; key functions
// and other Python callables go through abstract.ts (objectCall*).
//
// dict view (GC): +8 dict (owned)

import { cpythonBasicSize } from './sizeof.ts';
import { i32 } from '../heap/views.ts';
import { decref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeAddGetSets } from './getset.ts';
import { mappingproxyNew } from './mappingproxy.ts';
import { typeNewStatic, typeNameOf, typeOf, typeSlotsOf, Py_TPFLAGS_HAVE_GC, Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT, Py_GE, type VisitProc } from './type.ts';
import {
  objectGCNew, objectGCFree, objectRepr, objectRichCompareBool, objectIsTrue, boolNew, noneNew, notImplemented,
  reprEnter, reprLeave,
  objectHashNotImplemented,
} from './object.ts';
import { errSetString, errOccurred } from './errors.ts';
import { TypeError, IndexError } from './exceptions.ts';
import { Py_None } from './none.ts';
import { intFromNumber } from './int.ts';
import { strFromJS, strToJS } from './str.ts';
import {
  tupleType, isTuple, tupleSize, tupleGetItemBorrow, tupleIndex, tupleCount, tupleNew, tupleSetItemSteal, tuplePack,
} from './tuple.ts';
import {
  listType, listInsert, listPop, listRemove, listIndex, listCount, listSort, listReverse, listCopy,
  listClear, listAppend, LIST_ALLOCATED,
} from './list.ts';
import {
  dictType, dictGet, dictPop, dictPopItem, dictSetDefault, dictClear, dictCopy, dictSize, dictContains,
  dictNew, dictSetItem, dictGetItemBorrow, isDictExact, dictNext, dictDelItem, dictGetItemKnownHash, dictSizeOf, dictUnshareIfEmpty,
} from './dict.ts';
import {
  setType, frozensetType, isAnySet, setMethods, frozensetMethods, setMakeNew, setContains, setSize,
  setUpdate, setDifferenceUpdate, setSymmetricDifferenceUpdate, setIntersection, setAdd, isSetExact,
  type SetMethodDef,
} from './set.ts';
import {
  clinicSsize,
  objectCallOneArg, numberAsSsize, indexCheck, parseArgs, PARSED, listExtendIterable, objectGetIter, iterNext,
  sequenceList,
} from './abstract.ts';
import {
  type MethodDef, typeAddMethods, argAt, argsNoKwnames, argsCheckPositional, METH_CLASS, METH_NOARGS, METH_O, METH_COEXIST,
  CALL_SPEC_LIST_APPEND,
} from './methodobject.ts';
import { listReversedIter, dictIterNew, dictRevIterNew } from './iterobject.ts';
import { dictUpdateFrom, setIterableSource } from './protocols.ts';
import { objectCallNoArgs } from './abstract.ts';
import { objectSetItem as objectSetItemLocal } from './abstract.ts';

type Fn = (self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null) => Owned | Null;

// Method helpers take the qualified name ('list.append'): CPython's messages name the type for
// keyword and METH_NOARGS/METH_O errors, and only the method for Argument Clinic's count errors.
function shortName(qual: string): string {
  return qual.slice(qual.lastIndexOf('.') + 1);
}

function posOnly(qual: string, min: number, max: number, body: (self: Borrowed, args: number, nargs: number) => Owned | Null): MethodDef {
  const name = shortName(qual);
  const fn: Fn = (self, args, nargs, kwnames) => {
    if (!argsNoKwnames(qual, kwnames)) return NULL;
    // Clinic makes a method with no parameters METH_NOARGS and one with a single one METH_O.
    if (max === 0 && nargs !== 0) return errSetString(TypeError, `${qual}() takes no arguments (${nargs} given)`);
    if (min === 1 && max === 1 && nargs !== 1) return errSetString(TypeError, `${qual}() takes exactly one argument (${nargs} given)`);
    if (!argsCheckPositional(name, nargs, min, max)) return NULL;
    return body(self as Borrowed, args, nargs);
  };
  return { name, fn, flags: max === 0 ? METH_NOARGS : min === 1 && max === 1 ? METH_O : undefined };
}

function noArgs(qual: string, body: (self: Borrowed) => Owned | Null): MethodDef {
  const fn: Fn = (self, _args, nargs, kwnames) => {
    if (!argsNoKwnames(qual, kwnames)) return NULL;
    if (nargs !== 0) return errSetString(TypeError, `${qual}() takes no arguments (${nargs} given)`);
    return body(self as Borrowed);
  };
  return { name: qual.slice(qual.lastIndexOf('.') + 1), fn, flags: METH_NOARGS };
}

function oneArg(qual: string, body: (self: Borrowed, a: Borrowed) => Owned | Null): MethodDef {
  const fn: Fn = (self, args, nargs, kwnames) => {
    if (!argsNoKwnames(qual, kwnames)) return NULL;
    if (nargs !== 1) return errSetString(TypeError, `${qual}() takes exactly one argument (${nargs} given)`);
    return body(self as Borrowed, argAt(args, 0));
  };
  return { name: qual.slice(qual.lastIndexOf('.') + 1), fn, flags: METH_O };
}

/** A METH_COEXIST method standing for the type's own slot (list.__getitem__ is list_subscript). */
function coexist(def: MethodDef): MethodDef {
  return { ...def, flags: (def.flags ?? 0) | METH_COEXIST };
}

function containsResult(r: number): Owned | Null {
  return r < 0 ? NULL : boolNew(r !== 0);
}

function noneOr(r: number): Owned | Null {
  return r < 0 ? NULL : noneNew();
}

/** An index argument (start/stop of index()): clamped; null on error. */
function ssizeArg(args: number, nargs: number, i: number, dflt: number): number | null {
  if (i >= nargs) return dflt;
  const v = argAt(args, i);
  if (!indexCheck(v)) {
    errSetString(TypeError, 'slice indices must be integers or have an __index__ method');
    return null;
  }
  const x = numberAsSsize(v, NULL);
  if (x === -1 && errOccurred() !== NULL) return null;
  return x;
}

// ---- list ----------------------------------------------------------------------------------------------------

function list_sort(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('sort', args, nargs, kwnames, ['key', 'reverse'], 0, 0)) return NULL;
  const key = PARSED[0] as Borrowed | Null, rev = PARSED[1] as Borrowed | Null;
  let reverse = false;
  if (rev !== NULL) {
    if (!indexCheck(rev)) return errSetString(TypeError, `'${typeNameOf(rev)}' object cannot be interpreted as an integer`);
    const t = objectIsTrue(rev);
    if (t < 0) return NULL;
    reverse = t === 1;
  }
  const keyfunc = key === NULL || key === Py_None ? null : (item: Borrowed) => objectCallOneArg(key, item);
  return noneOr(listSort(self as Borrowed, keyfunc, reverse));
}

const listMethods: MethodDef[] = [
  { ...oneArg('list.append', (self, v) => noneOr(listAppend(self, v))), spec: CALL_SPEC_LIST_APPEND },
  oneArg('list.extend', (self, v) => noneOr(listExtendIterable(self, v))),
  posOnly('list.insert', 2, 2, (self, args) => {
    const i = clinicSsize(argAt(args, 0));
    if (i === -1 && errOccurred() !== NULL) return NULL;
    return noneOr(listInsert(self, i, argAt(args, 1)));
  }),
  posOnly('list.pop', 0, 1, (self, args, nargs) => {
    let i = -1;
    if (nargs === 1) {
      i = numberAsSsize(argAt(args, 0), IndexError);
      if (i === -1 && errOccurred() !== NULL) return NULL;
    }
    return listPop(self, i);
  }),
  oneArg('list.remove', (self, v) => noneOr(listRemove(self, v))),
  posOnly('list.index', 1, 3, (self, args, nargs) => {
    const a = ssizeArg(args, nargs, 1, 0), b = ssizeArg(args, nargs, 2, Number.MAX_SAFE_INTEGER);
    if (a === null || b === null) return NULL;
    const r = listIndex(self, argAt(args, 0), a, b);
    return r < 0 ? NULL : intFromNumber(r);
  }),
  oneArg('list.count', (self, v) => { const r = listCount(self, v); return r < 0 ? NULL : intFromNumber(r); }),
  { name: 'sort', fn: list_sort },
  noArgs('list.reverse', (self) => { listReverse(self); return noneNew(); }),
  noArgs('list.copy', (self) => listCopy(self)),
  noArgs('list.clear', (self) => { listClear(self); return noneNew(); }),
  noArgs('list.__reversed__', (self) => listReversedIter(self)),
  coexist(oneArg('list.__getitem__', (self, i) => typeSlotsOf(listType).getitem!(self, i))),
  // sys.getsizeof arithmetic of CPython 3.12 on 64-bit: the list struct plus a pointer per allocated item.
  noArgs('list.__sizeof__', (self) => intFromNumber(cpythonBasicSize(typeOf(self)) + 8 * i32[(self + LIST_ALLOCATED) >> 2])),
];

// ---- tuple ----------------------------------------------------------------------------------------------------

const tupleMethods: MethodDef[] = [
  posOnly('tuple.index', 1, 3, (self, args, nargs) => {
    const a = ssizeArg(args, nargs, 1, 0), b = ssizeArg(args, nargs, 2, Number.MAX_SAFE_INTEGER);
    if (a === null || b === null) return NULL;
    const r = tupleIndex(self, argAt(args, 0), a, b);
    return r < 0 ? NULL : intFromNumber(r);
  }),
  oneArg('tuple.count', (self, v) => { const r = tupleCount(self, v); return r < 0 ? NULL : intFromNumber(r); }),
  noArgs('tuple.__getnewargs__', (self) => { const t = tupleNew(1); if (t === NULL) return NULL; tupleSetItemSteal(t, 0, newRef(self)); return t; }),
];

// ---- dict ------------------------------------------------------------------------------------------------------

export let dictKeysType = 0 as Borrowed;
export let dictValuesType = 0 as Borrowed;
export let dictItemsType = 0 as Borrowed;
const DV_DICT = 8, DV_SIZE = 12;

function viewNew(type: Borrowed, d: Borrowed): Owned | Null {
  const v = objectGCNew(type, DV_SIZE);
  if (v === NULL) return NULL;
  i32[(v + DV_DICT) >> 2] = newRef(d);
  return v;
}

function viewDict(v: Borrowed): Borrowed {
  return i32[(v + DV_DICT) >> 2] as Borrowed;
}

function viewDealloc(o: Owned): void {
  decref(i32[(o + DV_DICT) >> 2] as Owned);
  objectGCFree(o);
}

function viewTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  return visit(i32[(o + DV_DICT) >> 2] as Borrowed, arg);
}

function viewLen(v: Borrowed): number {
  return dictSize(viewDict(v));
}

function viewPart(v: Borrowed): number {
  const t = typeOf(v);
  return t === dictKeysType ? 0 : t === dictValuesType ? 1 : 2;
}

function viewIter(v: Borrowed): Owned | Null {
  return dictIterNew(viewDict(v), viewPart(v));
}

/** dict_keys([...]) */
function viewRepr(v: Borrowed): Owned | Null {
  const name = typeNameOf(v);
  const r = reprEnter(v);
  if (r > 0) return strFromJS('...');
  const l = sequenceList(v);
  let out: Owned | Null = NULL;
  if (l !== NULL) {
    const s = objectRepr(l);
    decref(l);
    if (s !== NULL) { out = strFromJS(`${name}(${strToJS(s)})`); decref(s); }
  }
  reprLeave(v);
  return out;
}

function keysContains(v: Borrowed, k: Borrowed): number {
  return dictContains(viewDict(v), k);
}

function itemsContains(v: Borrowed, item: Borrowed): number {
  if (!isTuple(item) || tupleSize(item) !== 2) return 0;
  const found = dictGetItemBorrow(viewDict(v), tupleGetItemBorrow(item, 0));
  if (found === NULL) return errOccurred() !== NULL ? -1 : 0;
  newRef(found);
  const r = objectRichCompareBool(found, tupleGetItemBorrow(item, 1), Py_EQ);
  decref(found);
  return r;
}

/**
 * dictviews_to_set: a new set of a view's (or any iterable's) items. A keys view of an exact dict is read
 * from the dict itself, so the table is presized as CPython's PySet_New(dict) does (same iteration order).
 */
function viewToSet(o: Borrowed): Owned | Null {
  if (typeOf(o) === dictKeysType && isDictExact(viewDict(o))) return setMakeNew(setType, viewDict(o));
  const src = setIterableSource(o);
  if (src === NULL) return NULL;
  const r = setMakeNew(setType, src);
  decref(src);
  return r;
}

function isSetLikeView(o: Borrowed): boolean {
  const t = typeOf(o);
  return t === dictKeysType || t === dictItemsType;
}

/**
 * The binary set operations of keys/items views, as CPython's dictviews_{sub,or,xor} and
 * _PyDictView_Intersect: `a` is the left operand (a view, or anything when the view is on the right);
 * the result is a copy of `a` updated in place by `b`, which fixes the result's iteration order.
 */
function viewSetOp(update: (so: Borrowed, other: Borrowed) => number): (a: Borrowed, b: Borrowed) => Owned | Null {
  return (a, b) => {
    if (!isSetLikeView(a) && !isSetLikeView(b)) return notImplemented();
    const r = viewToSet(a);
    if (r === NULL) return NULL;
    const other = setIterableSource(b);
    const rc = other === NULL ? -1 : update(r, other);
    if (other !== NULL) decref(other);
    if (rc !== 0) { decref(r); return NULL; }
    return r;
  };
}

const viewSub = viewSetOp(setDifferenceUpdate);
const viewOr = viewSetOp(setUpdate);

function viewXor(a: Borrowed, b: Borrowed): Owned | Null {
  if (typeOf(a) === dictItemsType && typeOf(b) === dictItemsType) return itemsXor(viewDict(a), viewDict(b));
  return viewSetOp(setSymmetricDifferenceUpdate)(a, b);
}

/** dictitems_xor: pairs of d2 missing from or differing in d1, then d1's pairs not matched in d2. */
function itemsXor(d1: Borrowed, d2: Borrowed): Owned | Null {
  const temp = dictCopy(d1);
  if (temp === NULL) return NULL;
  const result = setMakeNew(setType, NULL);
  if (result === NULL) { decref(temp); return NULL; }
  const fail = (): Null => { decref(temp); decref(result); return NULL; };
  const pos = new Int32Array(1), kv = new Int32Array(4);
  while (dictNext(d2, pos, kv)) {
    const key = newRef(kv[0] as Borrowed), val2 = newRef(kv[1] as Borrowed);
    const val1 = dictGetItemKnownHash(temp, key, kv[2], kv[3]);
    let keep = true;
    if (val1 === NULL) {
      if (errOccurred() !== NULL) { decref(key); decref(val2); return fail(); }
    } else {
      newRef(val1);
      const eq = objectRichCompareBool(val1, val2, Py_EQ);
      decref(val1);
      if (eq < 0 || (eq === 1 && dictDelItem(temp, key) < 0)) { decref(key); decref(val2); return fail(); }
      keep = eq === 0;
    }
    if (keep) {
      const pair = tuplePack([key, val2]);
      const rc = pair === NULL ? -1 : setAdd(result, pair);
      if (pair !== NULL) decref(pair);
      if (rc < 0) { decref(key); decref(val2); return fail(); }
    }
    decref(key); decref(val2);
  }
  const view = viewNew(dictItemsType, temp);
  const remaining = view === NULL ? NULL : setIterableSource(view);
  if (view !== NULL) decref(view);
  if (remaining === NULL) return fail();
  const rc = setUpdate(result, remaining);
  decref(remaining);
  decref(temp);
  if (rc < 0) { decref(result); return NULL; }
  return result;
}

/** _PyDictView_Intersect: walks the smaller operand, keeping what the other (a view) contains. */
function viewAnd(a: Borrowed, b: Borrowed): Owned | Null {
  let self = a, other = b;
  if (!isSetLikeView(self)) { self = b; other = a; }
  if (!isSetLikeView(self)) return notImplemented();
  const lenSelf = viewLen(self);
  if (isSetExact(other) && lenSelf <= setSize(other)) {
    const items = setIterableSource(self);
    if (items === NULL) return NULL;
    const r = setIntersection(other, items);
    decref(items);
    return r;
  }
  if (isSetLikeView(other) && viewLen(other) > lenSelf) { const t = other; other = self; self = t; }
  const result = setMakeNew(setType, NULL);
  if (result === NULL) return NULL;
  const it = objectGetIter(other);
  if (it === NULL) { decref(result); return NULL; }
  const contains = typeOf(self) === dictKeysType ? keysContains : itemsContains;
  for (;;) {
    const key = iterNext(it);
    if (key === NULL) break;
    const c = contains(self, key);
    const rc = c > 0 ? setAdd(result, key) : c;
    decref(key);
    if (rc < 0) { decref(it); decref(result); return NULL; }
  }
  decref(it);
  if (errOccurred() !== NULL) { decref(result); return NULL; }
  return result;
}

function viewRichCompare(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  const tb = typeOf(b);
  if (!isAnySet(b) && tb !== dictKeysType && tb !== dictItemsType) return notImplemented();
  const la = viewLen(a), lb = isAnySet(b) ? setSize(b) : viewLen(b);
  // all(x in b for x in a) style checks, as dictview_richcompare's all_contained_in.
  const allIn = (x: Borrowed, y: Borrowed): number => {
    const it = objectGetIter(x);
    if (it === NULL) return -1;
    for (;;) {
      const item = iterNext(it);
      if (item === NULL) { decref(it); return errOccurred() !== NULL ? -1 : 1; }
      const c = isAnySet(y) ? setContains(y, item) : (typeOf(y) === dictKeysType ? keysContains : itemsContains)(y, item);
      decref(item);
      if (c <= 0) { decref(it); return c; }
    }
  };
  let r: number;
  switch (op) {
    case Py_EQ: case Py_NE: r = la === lb ? allIn(a, b) : 0; if (r >= 0 && op === Py_NE) r = r ? 0 : 1; break;
    case Py_LT: r = la < lb ? allIn(a, b) : 0; break;
    case Py_LE: r = la <= lb ? allIn(a, b) : 0; break;
    case Py_GT: r = la > lb ? allIn(b, a) : 0; break;
    case Py_GE: r = la >= lb ? allIn(b, a) : 0; break;
    default: return notImplemented();
  }
  return r < 0 ? NULL : boolNew(r === 1);
}

function dictViewMethods(part: number): MethodDef[] {
  return [
    noArgs(part === 0 ? 'dict_keys.__reversed__' : 'dict_items.__reversed__', (self) => dictRevIterNew(viewDict(self), part)),
    oneArg(part === 0 ? 'dict_keys.isdisjoint' : 'dict_items.isdisjoint', (self, other) => {
      const it = objectGetIter(other);
      if (it === NULL) return NULL;
      const contains = part === 0 ? keysContains : itemsContains;
      for (;;) {
        const item = iterNext(it);
        if (item === NULL) { decref(it); return errOccurred() !== NULL ? NULL : boolNew(true); }
        const c = contains(self, item);
        decref(item);
        if (c !== 0) { decref(it); return c < 0 ? NULL : boolNew(false); }
      }
    }),
  ];
}

function dict_get(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('dict.get', kwnames) || !argsCheckPositional('get', nargs, 1, 2)) return NULL;
  return dictGet(self as Borrowed, argAt(args, 0), nargs === 2 ? argAt(args, 1) : Py_None);
}

function dict_update(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (nargs > 1) return errSetString(TypeError, `update expected at most 1 argument, got ${nargs}`);
  if (nargs === 1 && dictUpdateFrom(self as Borrowed, argAt(args, 0)) < 0) return NULL;
  const nkw = kwnames === NULL ? 0 : tupleSize(kwnames);
  // CPython merges a kwargs dict, which an empty dict clones: its table is the one inserting the
  // keywords builds here, but a split instance dict becomes combined.
  if (nkw > 0) dictUnshareIfEmpty(self as Borrowed);
  for (let k = 0; k < nkw; k++) {
    if (dictSetItem(self as Borrowed, tupleGetItemBorrow(kwnames as Borrowed, k), argAt(args, nargs + k)) < 0) return NULL;
  }
  return noneNew();
}

function dict_fromkeys(type: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('dict.fromkeys', kwnames) || !argsCheckPositional('fromkeys', nargs, 1, 2)) return NULL;
  const value = nargs === 2 ? argAt(args, 1) : Py_None;
  const d = type === dictType ? dictNew() : objectCallNoArgs(type as Borrowed);
  if (d === NULL) return NULL;
  const it = objectGetIter(argAt(args, 0));
  if (it === NULL) { decref(d); return NULL; }
  for (;;) {
    const k = iterNext(it);
    if (k === NULL) break;
    // Only an exact dict is filled directly; a subclass's own __setitem__ runs (dict_fromkeys).
    const r = typeOf(d) === dictType ? dictSetItem(d, k, value) : objectSetItemLocal(d, k, value);
    decref(k);
    if (r < 0) { decref(it); decref(d); return NULL; }
  }
  decref(it);
  if (errOccurred() !== NULL) { decref(d); return NULL; }
  return d;
}

const dictMethods: MethodDef[] = [
  { name: 'get', fn: dict_get },
  noArgs('dict.keys', (self) => viewNew(dictKeysType, self)),
  noArgs('dict.values', (self) => viewNew(dictValuesType, self)),
  noArgs('dict.items', (self) => viewNew(dictItemsType, self)),
  posOnly('dict.pop', 1, 2, (self, args, nargs) => dictPop(self, argAt(args, 0), nargs === 2 ? argAt(args, 1) : NULL)),
  noArgs('dict.popitem', (self) => dictPopItem(self)),
  posOnly('dict.setdefault', 1, 2, (self, args, nargs) => {
    const r = dictSetDefault(self, argAt(args, 0), nargs === 2 ? argAt(args, 1) : Py_None);
    return r === NULL ? NULL : newRef(r);
  }),
  { name: 'update', fn: dict_update },
  noArgs('dict.copy', (self) => dictCopy(self)),
  noArgs('dict.clear', (self) => { dictClear(self); return noneNew(); }),
  { name: 'fromkeys', fn: dict_fromkeys, flags: METH_CLASS },
  noArgs('dict.__reversed__', (self) => dictRevIterNew(self, 0)),
  coexist(oneArg('dict.__contains__', (self, k) => containsResult(typeSlotsOf(dictType).contains!(self, k)))),
  coexist(oneArg('dict.__getitem__', (self, k) => typeSlotsOf(dictType).getitem!(self, k))),
  noArgs('dict.__sizeof__', (self) => intFromNumber(dictSizeOf(self))),
];

// ---- set / frozenset -------------------------------------------------------------------------------------------


function wrapSetMethod(d: SetMethodDef, typeName: string): MethodDef {
  const name = `${typeName}.${d.name}`;
  if (d.kind === 'NOARGS') {
    const f = d.fn as (self: Borrowed) => Owned | Null;
    return noArgs(name, f);
  }
  if (d.kind === 'O') {
    const f = d.fn as (self: Borrowed, a: Borrowed) => Owned | Null;
    const iterableArg = d.name !== 'add' && d.name !== 'discard' && d.name !== 'remove' && d.name !== '__contains__';
    return oneArg(name, (self, a) => {
      if (!iterableArg) return f(self, a);
      const n = setIterableSource(a);
      if (n === NULL) return NULL;
      const r = f(self, n);
      decref(n);
      return r;
    });
  }
  const f = d.fn as (self: Borrowed, a: Borrowed) => Owned | Null;
  const fn: Fn = (self, args, nargs, kwnames) => {
    if (!argsNoKwnames(name, kwnames)) return NULL;
    const t = tupleNew(nargs);
    if (t === NULL) return NULL;
    for (let i = 0; i < nargs; i++) {
      const n = setIterableSource(argAt(args, i));
      if (n === NULL) { for (let j = i; j < nargs; j++) i32[(t + 12 + 4 * j) >> 2] = 0; decref(t); return NULL; }
      tupleSetItemSteal(t, i, n);
    }
    const r = f(self as Borrowed, t);
    decref(t);
    return r;
  };
  return { name: d.name, fn };
}

/** Creates the dict view types (static phase). */
export function containerMethodsInitStatic(): void {
  const mk = (name: string, contains: ((o: Borrowed, v: Borrowed) => number) | null, setLike: boolean): Borrowed => typeNewStatic({
    name, basicsize: DV_SIZE, flags: Py_TPFLAGS_HAVE_GC,
    slots: {
      dealloc: viewDealloc, traverse: viewTraverse, length: viewLen, iter: viewIter, repr: viewRepr,
      ...(contains !== null ? { contains } : {}),
      ...(setLike ? {
        // Set-like views compare by value, so they are unhashable (__hash__ is None), as in CPython.
        richcompare: viewRichCompare, hash: objectHashNotImplemented, or: viewOr, and: viewAnd, sub: viewSub, xor: viewXor,
      } : {}),
    },
  });
  dictKeysType = mk('dict_keys', keysContains, true);
  dictValuesType = mk('dict_values', null, false);
  dictItemsType = mk('dict_items', itemsContains, true);
}

/** Registers the methods of list, tuple, dict, the views, set and frozenset (after methodObjectInitStatic). */
export function containerAddMethods(): void {
  typeAddMethods(listType, listMethods);
  typeAddMethods(tupleType, tupleMethods);
  typeAddMethods(dictType, dictMethods);
  typeAddMethods(dictKeysType, dictViewMethods(0));
  typeAddMethods(dictValuesType, [noArgs('dict_values.__reversed__', (self) => dictRevIterNew(viewDict(self), 1))]);
  typeAddMethods(dictItemsType, dictViewMethods(2));
  // view.mapping: a read-only proxy of the viewed dict.
  for (const t of [dictKeysType, dictValuesType, dictItemsType]) {
    typeAddGetSets(t, [{ name: 'mapping', get: (v) => mappingproxyNew(viewDict(v)) }]);
  }
  // __contains__ is METH_COEXIST (set_direct_contains): the slot's, as a method.
  const setContainsDef = (t: Borrowed, name: string): MethodDef => coexist(oneArg(`${name}.__contains__`, (self, k) => containsResult(typeSlotsOf(t).contains!(self, k))));
  typeAddMethods(setType, [...setMethods.filter((d) => d.name !== '__contains__').map((d) => wrapSetMethod(d, 'set')), setContainsDef(setType, 'set')]);
  typeAddMethods(frozensetType, [
    ...frozensetMethods.filter((d) => d.name !== '__contains__').map((d) => wrapSetMethod(d, 'frozenset')), setContainsDef(frozensetType, 'frozenset'),
  ]);
}

