// Weak references: weakref.ReferenceType (subclassable), ProxyType and CallableProxyType, the per-object
// list of weak references, and clearing them when the referent dies (refcount death or cycle collection).
// Mirrors Objects/weakrefobject.c (PyWeakref_NewRef/NewProxy, PyObject_ClearWeakRefs, proxy slots) and
// handle_weakrefs of Modules/gcmodule.c. Invariants: a weakref owns its callback, never its referent
// (wr_object is 0 once dead); every live weakref is linked in its referent's list, basic ref first,
// then the basic proxy, then the others newest first (so callbacks run in reverse order of creation).
//
//   -8 gc_next  -4 gc_prev | +0 ob_refcnt  +4 ob_type  +8 wr_object  +12 wr_callback  +16 hash lo
//   +20 hash hi  +24 hashed (0/1)  +28 wr_prev  +32 wr_next
//
// Where an object's list head lives: instances of classes with a managed __dict__ and __weakref__ keep
// it in the pre-header (o-12, MANAGED_WEAKLIST_OFFSET); every other weakly referenceable object
// (functions, types, sets, generators, modules, code, methods, __slots__ classes with __weakref__) has
// it in a side table keyed by address, because their static types carry no weaklist field (static
// types are never written after the seal, like 3.12's static builtin types keep theirs per interpreter).

import { pointerText } from '../support/pointer.ts';
import { i32 } from '../heap/views.ts';
import { incref, decref, newRef, weakrefHooks } from '../heap/refcount.ts';
import { GC_PREV, GC_COLLECTING } from '../heap/header.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { H64 } from '../support/hash64.ts';
import {
  typeNewStatic, typeOf, slotsOf, typeIsSubtype, typeName, typeNameOf, typeBasicSize, typeWriteUnraisable,
  Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_MANAGED_DICT, Py_TPFLAGS_MANAGED_WEAKREF,
  TP_FLAGS, TP_BASE, TP_WEAKLISTOFFSET, Py_TPFLAGS_IMMUTABLETYPE, MANAGED_WEAKLIST_OFFSET, Py_EQ, Py_NE, type VisitProc,
} from './type.ts';
import {
  objectGCNew, objectGCFree, objectHash, objectRichCompare, objectStr, objectIsTrue, objectLength,
  objectLookupAttr, noneNew, notImplemented, boolNew, objectSetAttr, objectGetAttr as objectGetAttrGeneric,
} from './object.ts';
import {
  numberAdd, numberSubtract, numberMultiply, numberMatrixMultiply, numberTrueDivide, numberFloorDivide, numberRemainder,
  numberDivmod, numberLshift, numberRshift, numberAnd, numberOr, numberXor, numberPower, numberInPlaceAdd,
  numberInPlaceSubtract, numberInPlaceMultiply, numberInPlaceMatrixMultiply, numberInPlaceTrueDivide,
  numberInPlaceFloorDivide, numberInPlaceRemainder, numberInPlaceLshift, numberInPlaceRshift, numberInPlaceAnd,
  numberInPlaceOr, numberInPlaceXor, numberInPlacePower, numberNegative, numberPositive, numberInvert, numberAbsolute,
  numberIndex, numberLong, numberFloat, objectGetItem, objectSetItem, objectDelItem, sequenceContains, objectGetIter,
  iterNext, iterCheck, objectVectorcall, objectCallOneArg,
} from './abstract.ts';
import { strFromJS, strToJS, isStr, strInternImmortal } from './str.ts';
import { tupleSize } from './tuple.ts';
import { Py_None } from './none.ts';
import { errSetString, errFetch, errSetRaised, errOccurred } from './errors.ts';
import { TypeError, exceptionTypes } from './exceptions.ts';
import { typeAddMethods } from './methodobject.ts';
import { typeAddGetSets } from './getset.ts';
import { classGetItemDef } from './genericalias.ts';

export const WR_OBJECT = 8;
export const WR_CALLBACK = 12;
const WR_HASH_LO = 16;
const WR_HASH_HI = 20;
const WR_HASHED = 24;
const WR_PREV = 28;
const WR_NEXT = 32;
export const WEAKREF_SIZE = 36;

export let refType = 0 as Borrowed;
export let proxyType = 0 as Borrowed;
export let callableProxyType = 0 as Borrowed;

/** List heads of objects without an in-object weaklist: referent -> first weakref. */
const sideHeads = new Map<number, number>();

const addr = pointerText;

export function isWeakref(o: Borrowed): boolean {
  const t = typeOf(o);
  return t === refType || t === proxyType || t === callableProxyType || typeIsSubtype(t, refType);
}

export function isProxy(o: Borrowed): boolean {
  const t = typeOf(o);
  return t === proxyType || t === callableProxyType;
}

/** The nearest static type of `t` (where the instance layout comes from). */
function staticBase(t: number): number {
  while ((i32[(t + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) !== 0) t = i32[(t + TP_BASE) >> 2];
  return t;
}

/** Static types whose instances CPython lets be weakly referenced (their names; filled lazily). */
const WEAKREFABLE_STATIC = new Set([
  'type', 'function', 'set', 'frozenset', 'generator', 'coroutine', 'async_generator', 'module', 'code', 'method',
  'builtin_function_or_method', 'weakref.ReferenceType', '_io.TextIOWrapper', '_io.BufferedReader', '_io.BufferedWriter',
  '_io.FileIO', '_io.StringIO', '_io.BytesIO', 're.Pattern', 'functools.partial', 'classmethod_descriptor',
  'collections.deque', 'ExceptionGroup', 'array.array',
]);

/**
 * Where `o` keeps its list: 1 = pre-header word (o-12), 2 = side table, 0 = cannot be weakly referenced.
 * (_PyType_SUPPORTS_WEAKREFS.)
 */
function listKind(o: number): number {
  const t = typeOf(o as Borrowed);
  const f = i32[(t + TP_FLAGS) >> 2];
  if ((f & Py_TPFLAGS_HEAPTYPE) !== 0) {
    // The class or one of its bases added __weakref__ (type_new sets tp_weaklistoffset to the managed slot).
    if ((f & Py_TPFLAGS_MANAGED_WEAKREF) !== 0 || i32[(t + TP_WEAKLISTOFFSET) >> 2] === MANAGED_WEAKLIST_OFFSET) {
      return (f & Py_TPFLAGS_MANAGED_DICT) !== 0 ? 1 : 2;
    }
    // A class whose layout adds no __weakref__ inherits the ability from its static base, or from a
    // native module's type made from a spec (array.array) on its base chain.
    for (let b = t; b !== 0; b = i32[(b + TP_BASE) >> 2] as Borrowed) {
      if ((i32[(b + TP_FLAGS) >> 2] & Py_TPFLAGS_IMMUTABLETYPE) !== 0 && WEAKREFABLE_STATIC.has(typeName(b))) return 2;
    }
    return WEAKREFABLE_STATIC.has(typeName(staticBase(t) as Borrowed)) ? 2 : 0;
  }
  return WEAKREFABLE_STATIC.has(typeName(t)) ? 2 : 0;
}

function headOf(o: number, kind: number): number {
  if (kind === 1) return i32[(o + MANAGED_WEAKLIST_OFFSET) >> 2];
  return sideHeads.get(o) ?? 0;
}

function setHead(o: number, kind: number, w: number): void {
  if (kind === 1) { i32[(o + MANAGED_WEAKLIST_OFFSET) >> 2] = w; return; }
  if (w === 0) {
    sideHeads.delete(o);
    if (sideHeads.size === 0) weakrefHooks.onDealloc = null;
  } else {
    sideHeads.set(o, w);
    weakrefHooks.onDealloc = clearOnDealloc;
  }
}

/** The first weakref to `o` (0 when none). */
function firstWeakref(o: number): number {
  const k = listKind(o);
  return k === 0 ? 0 : headOf(o, k);
}

/** clear_weakref without dropping the callback (_PyWeakref_ClearRef): unlinks `w` and marks it dead. */
function unlink(w: number): void {
  const o = i32[(w + WR_OBJECT) >> 2];
  if (o === 0) return;
  const prev = i32[(w + WR_PREV) >> 2], next = i32[(w + WR_NEXT) >> 2];
  if (prev === 0) setHead(o, listKind(o), next);
  else i32[(prev + WR_NEXT) >> 2] = next;
  if (next !== 0) i32[(next + WR_PREV) >> 2] = prev;
  i32[(w + WR_OBJECT) >> 2] = 0;
  i32[(w + WR_PREV) >> 2] = 0;
  i32[(w + WR_NEXT) >> 2] = 0;
}

/** clear_weakref: unlinks and drops the callback. */
function clearWeakref(w: number): void {
  unlink(w);
  const cb = i32[(w + WR_CALLBACK) >> 2];
  if (cb !== 0) { i32[(w + WR_CALLBACK) >> 2] = 0; decref(cb as Borrowed); }
}

function weakrefDealloc(w: Owned): void {
  clearWeakref(w);
  objectGCFree(w);
}

function weakrefTraverse(w: Borrowed, visit: VisitProc, arg: unknown): number {
  const cb = i32[(w + WR_CALLBACK) >> 2];
  return cb !== 0 ? visit(cb as Borrowed, arg) : 0;
}

function weakrefClear(w: Borrowed): number {
  clearWeakref(w);
  return 0;
}

/** get_basic_refs: the callback-less exact ref and proxy at the head of `o`'s list (0 when absent). */
function basicRefs(head: number): [number, number] {
  let ref = 0, proxy = 0, w = head;
  if (w !== 0 && typeOf(w as Borrowed) === refType && i32[(w + WR_CALLBACK) >> 2] === 0) {
    ref = w;
    w = i32[(w + WR_NEXT) >> 2];
  }
  if (w !== 0 && (typeOf(w as Borrowed) === proxyType || typeOf(w as Borrowed) === callableProxyType) && i32[(w + WR_CALLBACK) >> 2] === 0) proxy = w;
  return [ref, proxy];
}

function insertHead(w: number, o: number, kind: number): void {
  const next = headOf(o, kind);
  i32[(w + WR_PREV) >> 2] = 0;
  i32[(w + WR_NEXT) >> 2] = next;
  if (next !== 0) i32[(next + WR_PREV) >> 2] = w;
  setHead(o, kind, w);
}

function insertAfter(w: number, prev: number): void {
  const next = i32[(prev + WR_NEXT) >> 2];
  i32[(w + WR_PREV) >> 2] = prev;
  i32[(w + WR_NEXT) >> 2] = next;
  if (next !== 0) i32[(next + WR_PREV) >> 2] = w;
  i32[(prev + WR_NEXT) >> 2] = w;
}

function cannotRef(o: Borrowed): Null {
  return errSetString(TypeError, `cannot create weak reference to '${typeNameOf(o)}' object`);
}

/** Makes a weakref (or proxy) of `type` to `o` with `callback` (None/NULL for none), linked as CPython links it. */
function newWeak(type: Borrowed, o: Borrowed, callback: Borrowed | Null, proxy: boolean): Owned | Null {
  const kind = listKind(o);
  if (kind === 0) return cannotRef(o);
  if (callback !== NULL && callback === Py_None) callback = NULL;
  const [ref, px] = basicRefs(headOf(o, kind));
  if (callback === NULL) {
    if (!proxy && type === refType && ref !== 0) return newRef(ref as Borrowed);
    if (proxy && px !== 0) return newRef(px as Borrowed);
  }
  const size = (i32[(type + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) !== 0 ? typeBasicSize(type) : WEAKREF_SIZE;
  const w = objectGCNew(type, size);
  if (w === NULL) return NULL;
  i32[(w + WR_OBJECT) >> 2] = o;
  if (callback !== NULL) { incref(callback); i32[(w + WR_CALLBACK) >> 2] = callback; }
  // The list may have changed while allocating (a collection can't run here, but stay exact).
  const [ref2, px2] = basicRefs(headOf(o, kind));
  if (callback === NULL && !proxy && type === refType) insertHead(w, o, kind);
  else if (callback === NULL && proxy) {
    if (ref2 !== 0) insertAfter(w, ref2);
    else insertHead(w, o, kind);
  } else {
    const prev = px2 !== 0 ? px2 : ref2;
    if (prev === 0) insertHead(w, o, kind);
    else insertAfter(w, prev);
  }
  return w;
}


/** PyWeakref_NewRef. */
export function weakrefNewRef(o: Borrowed, callback: Borrowed | Null): Owned | Null {
  return newWeak(refType, o, callback, false);
}

/** PyWeakref_NewProxy: a CallableProxyType when `o` is callable. */
export function weakrefNewProxy(o: Borrowed, callback: Borrowed | Null): Owned | Null {
  return newWeak(slotsOf(o).call !== null ? callableProxyType : proxyType, o, callback, true);
}

/** PyWeakref_GetObject (borrowed; 0 when dead). */
export function weakrefGetObjectBorrow(w: Borrowed): Borrowed | Null {
  return i32[(w + WR_OBJECT) >> 2] as Borrowed | Null;
}

/** _PyWeakref_GetWeakrefCount. */
export function weakrefCount(o: Borrowed): number {
  let n = 0;
  for (let w = firstWeakref(o); w !== 0; w = i32[(w + WR_NEXT) >> 2]) n++;
  return n;
}

/** The weakrefs to `o` in list order (borrowed). */
export function weakrefList(o: Borrowed): number[] {
  const out: number[] = [];
  for (let w = firstWeakref(o); w !== 0; w = i32[(w + WR_NEXT) >> 2]) out.push(w);
  return out;
}

/** The head of `o`'s list (for `__weakref__`), 0 when none. */
export function weakrefHeadBorrow(o: Borrowed): Borrowed | Null {
  return firstWeakref(o) as Borrowed | Null;
}

/** handle_callback: callback(w); an error is reported as unraisable, naming the callback. */
function handleCallback(w: number, cb: number): void {
  const r = objectCallOneArg(cb as Borrowed, w as Borrowed);
  if (r === NULL) typeWriteUnraisable(cb as Borrowed, 'Exception ignored in');
  else decref(r);
}

/**
 * PyObject_ClearWeakRefs: called while `o` is being deallocated. Every weakref to it is cleared, then
 * the callbacks of those still alive run, in list order, with any pending exception saved around them.
 */
export function weakrefClearRefs(o: Borrowed): void {
  const kind = listKind(o);
  if (kind === 0) return;
  let w = headOf(o, kind);
  if (w === 0) return;
  const saved = errFetch();
  const pending: number[] = [];
  while (w !== 0) {
    const next = i32[(w + WR_NEXT) >> 2];
    const cb = i32[(w + WR_CALLBACK) >> 2];
    i32[(w + WR_CALLBACK) >> 2] = 0;
    unlink(w);
    if (cb !== 0) {
      if (i32[w >> 2] !== 0) { incref(w as Borrowed); pending.push(w, cb); }
      else decref(cb as Borrowed);
    }
    w = next;
  }
  for (let i = 0; i < pending.length; i += 2) {
    handleCallback(pending[i], pending[i + 1]);
    decref(pending[i + 1] as Borrowed);
    decref(pending[i] as Borrowed);
  }
  errSetRaised(saved);
}

/** The refcount-death hook (heap/refcount.ts): objects with their list in the side table. */
function clearOnDealloc(o: number): void {
  if (sideHeads.has(o)) weakrefClearRefs(o as Borrowed);
}

/**
 * handle_weakrefs (Modules/gcmodule.c): weakrefs in the garbage are cleared; weakrefs to garbage are
 * cleared, and those with a callback that are not garbage themselves get it called. Returns 0 (freed
 * weakrefs are not counted as collected here: they were never in the unreachable set).
 */
function gcHandleWeakrefs(unreachable: number, old: number): number {
  void old;
  const calls: number[] = [];
  const GC_NEXT = -8;
  for (let g = i32[(unreachable + GC_NEXT) >> 2]; g !== unreachable; g = i32[(g + GC_NEXT) >> 2]) {
    if (isWeakref(g as Borrowed)) unlink(g);
    const kind = listKind(g);
    if (kind === 0) continue;
    for (let w = headOf(g, kind); w !== 0; w = headOf(g, kind)) {
      unlink(w);
      if (i32[(w + WR_CALLBACK) >> 2] === 0) continue;
      if ((i32[(w + GC_PREV) >> 2] & GC_COLLECTING) !== 0) continue;
      incref(w as Borrowed);
      calls.push(w);
    }
  }
  for (const w of calls) {
    const cb = i32[(w + WR_CALLBACK) >> 2];
    if (cb !== 0) {
      incref(cb as Borrowed);
      handleCallback(w, cb);
      decref(cb as Borrowed);
    }
    decref(w as Borrowed);
  }
  return 0;
}

export { gcHandleWeakrefs };

// The ref type's slots.

function weakrefCall(w: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  void args;
  if (kwnames !== NULL && tupleSize(kwnames) > 0) return errSetString(TypeError, 'weakref() takes no keyword arguments');
  if (nargs !== 0) return errSetString(TypeError, `weakref() takes exactly 0 arguments (${nargs} given)`);
  const o = i32[(w + WR_OBJECT) >> 2];
  return o === 0 ? noneNew() : newRef(o as Borrowed);
}

function weakrefHash(w: Borrowed): number {
  if (i32[(w + WR_HASHED) >> 2] !== 0) {
    H64[0] = i32[(w + WR_HASH_LO) >> 2];
    H64[1] = i32[(w + WR_HASH_HI) >> 2];
    return H64[0];
  }
  const o = i32[(w + WR_OBJECT) >> 2];
  if (o === 0) {
    errSetString(TypeError, 'weak object has gone away');
    H64[0] = H64[1] = -1;
    return -1;
  }
  incref(o as Borrowed);
  const lo = objectHash(o as Borrowed);
  const hi = H64[1];
  decref(o as Borrowed);
  if (lo === -1 && hi === -1) { H64[0] = H64[1] = -1; return -1; }
  i32[(w + WR_HASH_LO) >> 2] = lo;
  i32[(w + WR_HASH_HI) >> 2] = hi;
  i32[(w + WR_HASHED) >> 2] = 1;
  H64[0] = lo;
  H64[1] = hi;
  return lo;
}

function weakrefRichCompare(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  if ((op !== Py_EQ && op !== Py_NE) || !isRef(a) || !isRef(b)) return notImplemented();
  const oa = i32[(a + WR_OBJECT) >> 2], ob = i32[(b + WR_OBJECT) >> 2];
  if (oa === 0 || ob === 0) return boolNew((a === b) === (op === Py_EQ));
  incref(oa as Borrowed);
  incref(ob as Borrowed);
  const r = objectRichCompare(oa as Borrowed, ob as Borrowed, op);
  decref(oa as Borrowed);
  decref(ob as Borrowed);
  return r;
}

function isRef(o: Borrowed): boolean {
  const t = typeOf(o);
  return t === refType || typeIsSubtype(t, refType);
}

function weakrefRepr(w: Borrowed): Owned | Null {
  const o = i32[(w + WR_OBJECT) >> 2];
  if (o === 0) return strFromJS(`<weakref at ${addr(w)}; dead>`);
  incref(o as Borrowed);
  const name = objectLookupAttr(o as Borrowed, strInternImmortal('__name__'));
  if (name === NULL && errOccurred() !== NULL) { decref(o as Borrowed); return NULL; }
  let text = `<weakref at ${addr(w)}; to '${typeNameOf(o as Borrowed)}' at ${addr(o)}`;
  if (name !== NULL) {
    if (isStr(name as Borrowed)) text += ` (${strToJS(name as Borrowed)})`;
    decref(name as Borrowed);
  }
  decref(o as Borrowed);
  return strFromJS(text + '>');
}

/** Positional (ob, callback=None) for ref.__new__/__init__; keyword arguments are ignored (as CPython). */
function unpackArgs(fname: string, nargs: number): boolean {
  if (nargs < 1) { errSetString(TypeError, `${fname} expected at least 1 argument, got ${nargs}`); return false; }
  if (nargs > 2) { errSetString(TypeError, `${fname} expected at most 2 arguments, got ${nargs}`); return false; }
  return true;
}

function weakrefNewSlot(type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (type === refType && kwnames !== NULL && tupleSize(kwnames) > 0) return errSetString(TypeError, 'ref() takes no keyword arguments');
  if (!unpackArgs('__new__', nargs)) return NULL;
  const o = i32[args >> 2] as Borrowed;
  const cb = nargs > 1 ? i32[(args >> 2) + 1] as Borrowed : NULL;
  return newWeak(type, o, cb, false);
}

function weakrefInitSlot(_self: Borrowed, _args: number, nargs: number, _kwnames: Borrowed | Null): number {
  return unpackArgs('__init__', nargs) ? 0 : -1;
}

// Proxies: every operation is forwarded to the referent (ReferenceError once it is gone).

function referenceError(): Null {
  return errSetString(exceptionTypes.get('ReferenceError')!, 'weakly-referenced object no longer exists');
}

/** UNWRAP: a proxy's referent (new reference), or `o` itself (new reference); NULL when a proxy is dead. */
function unwrap(o: Borrowed): Owned | Null {
  if (!isProxy(o)) return newRef(o);
  const r = i32[(o + WR_OBJECT) >> 2];
  if (r === 0) return referenceError();
  return newRef(r as Borrowed);
}

function un1(f: (a: Borrowed) => Owned | Null): (a: Borrowed) => Owned | Null {
  return (a) => {
    const x = unwrap(a);
    if (x === NULL) return NULL;
    const r = f(x);
    decref(x);
    return r;
  };
}

function bin(f: (a: Borrowed, b: Borrowed) => Owned | Null): (a: Borrowed, b: Borrowed) => Owned | Null {
  return (a, b) => {
    const x = unwrap(a);
    if (x === NULL) return NULL;
    const y = unwrap(b);
    if (y === NULL) { decref(x); return NULL; }
    const r = f(x, y);
    decref(x);
    decref(y);
    return r;
  };
}

function ter(f: (a: Borrowed, b: Borrowed, c: Borrowed) => Owned | Null): (a: Borrowed, b: Borrowed, c: Borrowed) => Owned | Null {
  return (a, b, c) => bin((x, y) => f(x, y, c))(a, b);
}

function proxyRepr(p: Borrowed): Owned | Null {
  const o = i32[(p + WR_OBJECT) >> 2];
  if (o === 0) return strFromJS(`<weakproxy at ${addr(p)}; dead>`);
  return strFromJS(`<weakproxy at ${addr(p)}; to '${typeNameOf(o as Borrowed)}' at ${addr(o)}>`);
}

function proxyIterNext(p: Borrowed): Owned | Null {
  const o = unwrap(p);
  if (o === NULL) return NULL;
  if (!iterCheck(o)) {
    errSetString(TypeError, `Weakref proxy referenced a non-iterator '${typeNameOf(o)}' object`);
    decref(o);
    return NULL;
  }
  const r = iterNext(o);
  decref(o);
  return r;
}

function proxySlots(callable: boolean) {
  return {
    dealloc: weakrefDealloc, traverse: weakrefTraverse, clear: weakrefClear,
    repr: proxyRepr,
    str: un1(objectStr),
    hash: (p: Borrowed) => { errSetString(TypeError, `unhashable type: '${typeNameOf(p)}'`); H64[0] = H64[1] = -1; return -1; },
    richcompare: (a: Borrowed, b: Borrowed, op: number) => bin((x, y) => objectRichCompare(x, y, op))(a, b),
    bool: (p: Borrowed) => { const o = unwrap(p); if (o === NULL) return -1; const r = objectIsTrue(o); decref(o); return r; },
    length: (p: Borrowed) => { const o = unwrap(p); if (o === NULL) return -1; const r = objectLength(o); decref(o); return r; },
    getattro: (p: Borrowed, n: Borrowed) => { const o = unwrap(p); if (o === NULL) return NULL; const r = objectGetAttrGeneric(o, n); decref(o); return r; },
    setattro: (p: Borrowed, n: Borrowed, v: Borrowed | Null) => { const o = unwrap(p); if (o === NULL) return -1; const r = objectSetAttr(o, n, v); decref(o); return r; },
    call: callable ? (p: Borrowed, args: number, nargs: number, kw: Borrowed | Null) => {
      const o = unwrap(p); if (o === NULL) return NULL; const r = objectVectorcall(o, args, nargs, kw); decref(o); return r;
    } : null,
    iter: un1(objectGetIter),
    iternext: proxyIterNext,
    getitem: bin(objectGetItem),
    setitem: (p: Borrowed, k: Borrowed, v: Borrowed | Null) => {
      const o = unwrap(p); if (o === NULL) return -1;
      const r = v === NULL ? objectDelItem(o, k) : objectSetItem(o, k, v);
      decref(o); return r;
    },
    contains: (p: Borrowed, v: Borrowed) => { const o = unwrap(p); if (o === NULL) return -1; const r = sequenceContains(o, v); decref(o); return r; },
    add: bin(numberAdd), sub: bin(numberSubtract), mul: bin(numberMultiply), matmul: bin(numberMatrixMultiply),
    truediv: bin(numberTrueDivide), floordiv: bin(numberFloorDivide), mod: bin(numberRemainder), divmod: bin(numberDivmod),
    pow: ter(numberPower), lshift: bin(numberLshift), rshift: bin(numberRshift), and: bin(numberAnd), or: bin(numberOr),
    xor: bin(numberXor),
    inplaceAdd: bin(numberInPlaceAdd), inplaceSub: bin(numberInPlaceSubtract), inplaceMul: bin(numberInPlaceMultiply),
    inplaceMatmul: bin(numberInPlaceMatrixMultiply), inplaceTruediv: bin(numberInPlaceTrueDivide),
    inplaceFloordiv: bin(numberInPlaceFloorDivide), inplaceMod: bin(numberInPlaceRemainder), inplacePow: ter(numberInPlacePower),
    inplaceLshift: bin(numberInPlaceLshift), inplaceRshift: bin(numberInPlaceRshift), inplaceAnd: bin(numberInPlaceAnd),
    inplaceOr: bin(numberInPlaceOr), inplaceXor: bin(numberInPlaceXor),
    neg: un1(numberNegative), pos: un1(numberPositive), abs: un1(numberAbsolute), invert: un1(numberInvert),
    index: un1(numberIndex), int: un1(numberLong), float: un1(numberFloat),
  };
}

/** Creates ReferenceType, ProxyType and CallableProxyType (static phase). */
export function weakrefInitStatic(): void {
  refType = typeNewStatic({
    name: 'weakref.ReferenceType',
    basicsize: WEAKREF_SIZE,
    flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    slots: {
      dealloc: weakrefDealloc, traverse: weakrefTraverse, clear: weakrefClear, repr: weakrefRepr, hash: weakrefHash,
      richcompare: weakrefRichCompare, call: weakrefCall, new: weakrefNewSlot, init: weakrefInitSlot,
    },
  });
  proxyType = typeNewStatic({ name: 'weakref.ProxyType', basicsize: WEAKREF_SIZE, flags: Py_TPFLAGS_HAVE_GC, slots: proxySlots(false) });
  callableProxyType = typeNewStatic({ name: 'weakref.CallableProxyType', basicsize: WEAKREF_SIZE, flags: Py_TPFLAGS_HAVE_GC, slots: proxySlots(true) });
  typeAddMethods(refType, [classGetItemDef]);
  typeAddGetSets(refType, [{
    name: '__callback__',
    get: (w: Borrowed) => { const cb = i32[(w + WR_CALLBACK) >> 2]; return cb !== 0 ? newRef(cb as Borrowed) : noneNew(); },
    set: null,
    doc: 'the callback of the weak reference (None when there is none)',
  }]);
}

/** Installs the collector hook and the instance-dealloc hook (after the seal). */
export function weakrefRuntimeInit(): void {
  sideHeads.clear();
  weakrefHooks.onDealloc = null;
  weakrefHooks.clearInstance = (o: number) => weakrefClearRefs(o as Borrowed);
  weakrefHooks.head = (o: number) => firstWeakref(o);
}

export function weakrefRuntimeFini(): void {
  sideHeads.clear();
  weakrefHooks.onDealloc = null;
  weakrefHooks.clearInstance = null;
  weakrefHooks.head = null;
}

