// The tuple type: an immutable array of references stored inline after the header.
// Mirrors Objects/tupleobject.c of CPython 3.12 (PyTupleObject, tuplehash, tuplerepr, tuplerichcompare),
// plus two helpers CPython keeps in Objects/object.c (Py_ReprEnter/Py_ReprLeave, the trashcan), which
// live here until object.ts takes them. Invariants: a tuple owns every non-NULL item; `()` is one
// static immortal shared by every tupleNew(0); tuples are GC objects (they can hold containers).
//
//   -8 gc_next  -4 gc_prev | +0 ob_refcnt  +4 ob_type  +8 ob_size  +12 ob_item[0]  +16 ob_item[1] ...
//
// No per-size freelist: CPython 3.12 keeps up to 2000 tuples of each size below 20 because malloc is
// slow; our allocator's size-class pools already hand a freed block of the same class back on the next
// alloc. Measured (Node 20, this machine): creating and freeing a 2-tuple costs ~76 ns, of which
// alloc + free are ~22 ns, so a freelist could save at most about a quarter, while keeping dead blocks
// live would blur the live-block leak accounting that tests and shutdown rely on.

import { i32 } from '../heap/views.ts';
import { alloc, freelistPop, FREELIST_TUPLE, TUPLE_MAXSAVESIZE } from '../heap/alloc.ts';
import { OB_SIZE, GC_HEAD_SIZE, GC_NEXT, GC_PREV, OB_TYPE, gcTrack } from '../heap/header.ts';
import { decref, incref, newRef } from '../heap/refcount.ts';
import { refcntInitStatic } from '../heap/immortal.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { H64 } from '../support/hash64.ts';
import { TUPLE_HASH_INIT_LO, TUPLE_HASH_INIT_HI, tupleHashAdd, tupleHashFinish } from '../support/numhash.ts';
import {
  typeNewStatic, typeHasFeature, typeNameOf, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_TUPLE_SUBCLASS, Py_EQ, Py_NE, type VisitProc,
} from './type.ts';
import {
  objectGCNew, objectGCFree, objectGCFromFreeBlock, objectGCToFreelist, objectRepr, objectHash, objectRichCompare, objectRichCompareBool,
  richCompareResult, notImplemented, boolNew, reprEnter, reprLeave, trashcanBegin, trashcanEnd,
} from './object.ts';
import { sliceAdjustIndices, sliceStart } from './slice.ts';
import { errSetString, errNoMemory } from './errors.ts';
import { TypeError, IndexError, ValueError, SystemError } from './exceptions.ts';
import { strFromJS, strToJS } from './str.ts';

/** Offset of ob_item[0]. */
export const TUPLE_ITEMS = 12;
/** tp_basicsize of tuple (the header up to ob_item). */
export const TUPLE_BASICSIZE = 12;
/** Largest size tupleNew accepts: the whole object must stay below 2**31 bytes. */
export const TUPLE_MAX_SIZE = ((0x7fff_ffff - TUPLE_BASICSIZE - GC_HEAD_SIZE) / 4) | 0;

export let tupleType = 0 as Borrowed;
/** The empty tuple `()`: a static immortal. */
export let tupleEmpty = 0 as Borrowed;

/** PyTuple_Check: a tuple or an instance of a subclass. */
export function isTuple(o: Borrowed): boolean {
  return typeHasFeature(o, Py_TPFLAGS_TUPLE_SUBCLASS);
}

/** PyTuple_CheckExact. */
export function isTupleExact(o: Borrowed): boolean {
  return i32[(o + OB_TYPE) >> 2] === tupleType;
}

/** PyTuple_GET_SIZE (unchecked). */
export function tupleSize(t: Borrowed): number {
  return i32[(t + OB_SIZE) >> 2];
}

/** PyTuple_GET_ITEM (unchecked, borrowed; NULL only while a new tuple is being filled). */
export function tupleGetItemBorrow(t: Borrowed, i: number): Borrowed {
  return i32[(t + TUPLE_ITEMS + 4 * i) >> 2] as Borrowed;
}

/** PyTuple_SET_ITEM (unchecked): stores `v` into a slot of a tuple being built; the old slot must be NULL. */
export function tupleSetItemSteal(t: Borrowed, i: number, v: Owned): void {
  i32[(t + TUPLE_ITEMS + 4 * i) >> 2] = v;
}

/** Heap address of ob_item[0] (for code that walks or copies the items). */
export function tupleItemsAddr(t: Borrowed): number {
  return t + TUPLE_ITEMS;
}

/** PyTuple_New: a tuple of `n` NULL items to be filled with tupleSetItemSteal; `()` (shared) for n = 0. */
export function tupleNew(n: number): Owned | Null {
  if (n === 0) return newRef(tupleEmpty);
  if (n < 0) return errSetString(SystemError, 'bad argument to internal function');
  if (n > TUPLE_MAX_SIZE) return errNoMemory();
  let t: Owned | Null;
  // tuple_alloc: a dead tuple of the same size off its free list (not counted as a GC allocation).
  const block = n < TUPLE_MAXSAVESIZE ? freelistPop(FREELIST_TUPLE + n - 1) : 0;
  if (block !== 0) t = objectGCFromFreeBlock(block, tupleType, true);
  else {
    t = objectGCNew(tupleType, TUPLE_BASICSIZE + 4 * n);
    if (t === NULL) return NULL;
  }
  i32[(t + OB_SIZE) >> 2] = n;
  const k = (t + TUPLE_ITEMS) >> 2;
  // A plain loop for small tuples: TypedArray.fill costs more than a few stores.
  if (n <= 16) for (let i = 0; i < n; i++) i32[k + i] = 0;
  else i32.fill(0, k, k + n);
  // TODO: _PyObject_GC_TRACK once the cycle collector exists (objects are born untracked for now).
  return t;
}

/**
 * Whether an iterator's kept result tuple (CPython's en_result, di_result, zip's result) may be refilled
 * for its next value: only the iterator holds it. If so it is returned increfed and, as CPython does,
 * re-tracked (the collector may have untracked it); its items are then replaced with tupleItemReplace.
 */
export function tupleResultReusable(r: Borrowed): boolean {
  if (i32[r >> 2] !== 1) return false;
  incref(r);
  gcTrack(r);
  return true;
}

/** Puts `v` into item i of a reused result tuple and releases the item it replaces (after the store). */
export function tupleItemReplace(t: Borrowed, i: number, v: Owned): void {
  const w = (t + TUPLE_ITEMS + 4 * i) >> 2;
  const old = i32[w] as Owned;
  i32[w] = v;
  decref(old);
}

/**
 * The pair (a, b) (both stolen) an iterator returns: its kept result tuple `r` refilled when only the
 * iterator holds it (the old items released after both new ones are in, as enumerate and the dict
 * item iterators do), else a new tuple.
 */
export function tuplePairFromResult(r: Borrowed, a: Owned, b: Owned): Owned | Null {
  if (tupleResultReusable(r)) {
    const w = (r + TUPLE_ITEMS) >> 2;
    const oa = i32[w] as Owned, ob = i32[w + 1] as Owned;
    i32[w] = a;
    i32[w + 1] = b;
    decref(oa);
    decref(ob);
    return r as Owned;
  }
  const t = tupleNew(2);
  if (t === NULL) { decref(a); decref(b); return NULL; }
  i32[(t + TUPLE_ITEMS) >> 2] = a;
  i32[(t + TUPLE_ITEMS + 4) >> 2] = b;
  return t;
}

/** The empty tuple, as a new reference. */
export function tupleEmptyNew(): Owned {
  return newRef(tupleEmpty);
}

/** PyTuple_Pack: a tuple of the given (borrowed, increfed) items. */
export function tuplePack(items: readonly Borrowed[]): Owned | Null {
  const n = items.length;
  const t = tupleNew(n);
  if (t === NULL) return NULL;
  const k = (t + TUPLE_ITEMS) >> 2;
  for (let i = 0; i < n; i++) {
    const v = items[i];
    incref(v);
    i32[k + i] = v;
  }
  return t;
}

/** _PyTuple_FromArray: a tuple of the `n` references stored at heap address `src` (increfed). */
export function tupleFromArray(src: number, n: number): Owned | Null {
  const t = tupleNew(n);
  if (t === NULL) return NULL;
  const k = (t + TUPLE_ITEMS) >> 2, s = src >> 2;
  for (let i = 0; i < n; i++) {
    const v = i32[s + i] as Borrowed;
    incref(v);
    i32[k + i] = v;
  }
  return t;
}

/**
 * _PyTuple_FromArraySteal: a tuple that takes over the `n` references stored at heap address `src`.
 * On failure the references are released (decrefed), as CPython does.
 */
export function tupleFromArraySteal(src: number, n: number): Owned | Null {
  const t = tupleNew(n);
  if (t === NULL) {
    for (let i = 0; i < n; i++) decref(i32[(src >> 2) + i] as Owned);
    return NULL;
  }
  i32.copyWithin((t + TUPLE_ITEMS) >> 2, src >> 2, (src >> 2) + n);
  return t;
}

/** PyTuple_GetItem with Python's negative indices: a new reference, or IndexError. */
export function tupleGetItem(t: Borrowed, i: number): Owned | Null {
  const n = i32[(t + OB_SIZE) >> 2];
  if (i < 0) i += n;
  if (!(i >= 0 && i < n)) return errSetString(IndexError, 'tuple index out of range');
  return newRef(i32[(t + TUPLE_ITEMS + 4 * i) >> 2] as Borrowed);
}

/** PyTuple_GetSlice: t[lo:hi] with the bounds clamped; an exact tuple's full slice is the tuple itself. */
export function tupleSlice(t: Borrowed, lo: number, hi: number): Owned | Null {
  const n = i32[(t + OB_SIZE) >> 2];
  if (lo < 0) lo = 0;
  if (hi > n) hi = n;
  if (hi < lo) hi = lo;
  if (lo === 0 && hi === n && isTupleExact(t)) return newRef(t);
  return tupleFromArray(t + TUPLE_ITEMS + 4 * lo, hi - lo);
}

/**
 * t[start:stop:step] for a slice already unpacked (PySlice_Unpack: None becomes the defaults for the
 * sign of step; any numbers, including +-Infinity, are accepted). step 0 raises ValueError.
 */
export function tupleSubscriptSlice(t: Borrowed, start: number, stop: number, step: number): Owned | Null {
  if (step === 0) return errSetString(ValueError, 'slice step cannot be zero');
  const n = i32[(t + OB_SIZE) >> 2];
  const len = sliceAdjustIndices(n, start, stop, step);
  start = sliceStart;
  if (len <= 0) return tupleEmptyNew();
  if (start === 0 && step === 1 && len === n && isTupleExact(t)) return newRef(t);
  const r = tupleNew(len);
  if (r === NULL) return NULL;
  const src = (t + TUPLE_ITEMS) >> 2, dst = (r + TUPLE_ITEMS) >> 2;
  for (let i = 0, cur = start; i < len; i++, cur += step) {
    const v = i32[src + cur] as Borrowed;
    incref(v);
    i32[dst + i] = v;
  }
  return r;
}

/** tupleconcat (a + b): TypeError unless b is a tuple; an empty side gives back the other exact tuple. */
export function tupleConcat(a: Borrowed, b: Borrowed): Owned | Null {
  if (!isTuple(b)) {
    return errSetString(TypeError, `can only concatenate tuple (not "${typeNameOf(b)}") to tuple`);
  }
  const na = i32[(a + OB_SIZE) >> 2], nb = i32[(b + OB_SIZE) >> 2];
  if (nb === 0 && isTupleExact(a)) return newRef(a);
  if (na === 0 && isTupleExact(b)) return newRef(b);
  if (na + nb > TUPLE_MAX_SIZE) return errNoMemory();
  const r = tupleNew(na + nb);
  if (r === NULL) return NULL;
  copyIncref(r + TUPLE_ITEMS, a + TUPLE_ITEMS, na);
  copyIncref(r + TUPLE_ITEMS + 4 * na, b + TUPLE_ITEMS, nb);
  return r;
}

/** tuplerepeat (a * n): () for n <= 0, the tuple itself for n == 1 (exact), MemoryError on overflow. */
export function tupleRepeat(a: Borrowed, n: number): Owned | Null {
  const size = i32[(a + OB_SIZE) >> 2];
  if (size === 0 || n <= 0) return tupleEmptyNew();
  if (n === 1 && isTupleExact(a)) return newRef(a);
  if (size > TUPLE_MAX_SIZE / n) return errNoMemory();
  const total = size * n;
  const r = tupleNew(total);
  if (r === NULL) return NULL;
  const src = (a + TUPLE_ITEMS) >> 2, dst = (r + TUPLE_ITEMS) >> 2;
  for (let j = 0; j < size; j++) {
    const v = i32[src + j] as Borrowed;
    // _Py_RefcntAdd(v, n): n increfs in one go would need a helper that knows immortality.
    for (let k = 0; k < n; k++) incref(v);
  }
  for (let k = 0; k < n; k++) i32.copyWithin(dst + k * size, src, src + size);
  return r;
}

/** tuplecontains (x in t): 1, 0, or -1 with an exception set. Compares item == x, item first. */
export function tupleContains(t: Borrowed, x: Borrowed): number {
  const k = (t + TUPLE_ITEMS) >> 2;
  let cmp = 0;
  for (let i = 0; cmp === 0 && i < i32[(t + OB_SIZE) >> 2]; i++) {
    cmp = objectRichCompareBool(i32[k + i] as Borrowed, x, Py_EQ);
  }
  return cmp;
}

/**
 * tuple.index(x, start, stop): the index, or -1 with ValueError ('tuple.index(x): x not in tuple') or
 * the comparison's exception set. https://docs.python.org/3/library/stdtypes.html#common-sequence-operations
 */
export function tupleIndex(t: Borrowed, x: Borrowed, start = 0, stop = Infinity): number {
  const n = i32[(t + OB_SIZE) >> 2];
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  if (stop < 0) stop += n;
  else if (stop > n) stop = n;
  for (let i = start; i < stop; i++) {
    const cmp = objectRichCompareBool(i32[(t + TUPLE_ITEMS + 4 * i) >> 2] as Borrowed, x, Py_EQ);
    if (cmp > 0) return i;
    if (cmp < 0) return -1;
  }
  errSetString(ValueError, 'tuple.index(x): x not in tuple');
  return -1;
}

/** tuple.count(x): how many items == x, or -1 with an exception set. */
export function tupleCount(t: Borrowed, x: Borrowed): number {
  let count = 0;
  for (let i = 0; i < i32[(t + OB_SIZE) >> 2]; i++) {
    const cmp = objectRichCompareBool(i32[(t + TUPLE_ITEMS + 4 * i) >> 2] as Borrowed, x, Py_EQ);
    if (cmp > 0) count++;
    else if (cmp < 0) return -1;
  }
  return count;
}

// Copies n references from src to dst (heap addresses), increfing each.
function copyIncref(dst: number, src: number, n: number): void {
  const d = dst >> 2, s = src >> 2;
  for (let i = 0; i < n; i++) {
    const v = i32[s + i] as Borrowed;
    incref(v);
    i32[d + i] = v;
  }
}

// ---- Slots ----------------------------------------------------------------------------------------

function tupleDealloc(o: Owned): void {
  const n = i32[(o + OB_SIZE) >> 2];
  if (n === 0 && o === tupleEmpty) {
    throw new Error('dealloc of the empty tuple: its reference count went to zero');
  }
  // TODO: PyObject_GC_UnTrack once the cycle collector exists.
  if (!trashcanBegin(o, tupleDealloc)) return;
  const k = (o + TUPLE_ITEMS) >> 2;
  for (let i = n - 1; i >= 0; i--) {
    const v = i32[k + i];
    if (v !== 0) decref(v as Owned);
  }
  // maybe_freelist_push: an exact tuple of fewer than 20 items keeps its block (no GC free counted).
  if (n === 0 || n >= TUPLE_MAXSAVESIZE || i32[(o + OB_TYPE) >> 2] !== tupleType
    || !objectGCToFreelist(o, FREELIST_TUPLE + n - 1)) {
    objectGCFree(o);
  }
  trashcanEnd();
}

function tupleTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  const k = (o + TUPLE_ITEMS) >> 2;
  for (let i = i32[(o + OB_SIZE) >> 2] - 1; i >= 0; i--) {
    const v = i32[k + i];
    if (v !== 0) {
      const r = visit(v as Borrowed, arg);
      if (r !== 0) return r;
    }
  }
  return 0;
}

/** tuplerepr: '()', '(1,)', '(1, 2)'; '(...)' for a tuple already being repr'd further up. */
function tupleRepr(o: Borrowed): Owned | Null {
  const n = i32[(o + OB_SIZE) >> 2];
  if (n === 0) return strFromJS('()');
  // A tuple can contain itself only through a mutable object, but the guard is cheap (as in CPython).
  const busy = reprEnter(o);
  if (busy !== 0) return busy > 0 ? strFromJS('(...)') : NULL;
  let s = '(';
  for (let i = 0; i < n; i++) {
    const r = objectRepr(i32[(o + TUPLE_ITEMS + 4 * i) >> 2] as Borrowed);
    if (r === NULL) {
      reprLeave(o);
      return NULL;
    }
    if (i > 0) s += ', ';
    s += strToJS(r);
    decref(r);
  }
  s += n === 1 ? ',)' : ')';
  reprLeave(o);
  return strFromJS(s);
}

/** tuplehash: CPython 3.12's xxHash-based combination of the item hashes (not cached in 3.12). */
function tupleHash(o: Borrowed): number {
  const n = i32[(o + OB_SIZE) >> 2];
  let lo = TUPLE_HASH_INIT_LO, hi = TUPLE_HASH_INIT_HI;
  for (let i = 0; i < n; i++) {
    const h = objectHash(i32[(o + TUPLE_ITEMS + 4 * i) >> 2] as Borrowed);
    if (h === -1 && H64[1] === -1) return -1;
    tupleHashAdd(lo, hi, h, H64[1]);
    lo = H64[0];
    hi = H64[1];
  }
  return tupleHashFinish(lo, hi, n);
}

/**
 * tuplerichcompare: find the first index where the items differ (by ==), then compare those items
 * with `op`; when one tuple is a prefix of the other, compare the lengths. No length shortcut for ==.
 */
function tupleRichCompare(v: Borrowed, w: Borrowed, op: number): Owned | Null {
  if (!isTuple(v) || !isTuple(w)) return notImplemented();
  const vlen = i32[(v + OB_SIZE) >> 2], wlen = i32[(w + OB_SIZE) >> 2];
  let i = 0;
  for (; i < vlen && i < wlen; i++) {
    const k = objectRichCompareBool(
      i32[(v + TUPLE_ITEMS + 4 * i) >> 2] as Borrowed, i32[(w + TUPLE_ITEMS + 4 * i) >> 2] as Borrowed, Py_EQ);
    if (k < 0) return NULL;
    if (k === 0) break;
  }
  if (i >= vlen || i >= wlen) return richCompareResult(vlen - wlen, op);
  if (op === Py_EQ) return boolNew(false);
  if (op === Py_NE) return boolNew(true);
  return objectRichCompare(
    i32[(v + TUPLE_ITEMS + 4 * i) >> 2] as Borrowed, i32[(w + TUPLE_ITEMS + 4 * i) >> 2] as Borrowed, op);
}

function tupleLength(o: Borrowed): number {
  return i32[(o + OB_SIZE) >> 2];
}

// ---- Start-up -------------------------------------------------------------------------------------

/** Creates the tuple type and the static immortal `()` (static phase). */
export function tupleInitStatic(): void {
  tupleType = typeNewStatic({
    name: 'tuple',
    basicsize: TUPLE_BASICSIZE,
    itemsize: 4,
    flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_TUPLE_SUBCLASS,
    slots: {
      dealloc: tupleDealloc, traverse: tupleTraverse, repr: tupleRepr, hash: tupleHash,
      richcompare: tupleRichCompare, length: tupleLength,
    },
  });
  // The empty tuple carries a (zeroed, never used) GC header like every tuple, so that code walking
  // GC objects sees the same layout.
  const b = alloc(GC_HEAD_SIZE + TUPLE_BASICSIZE);
  if (b === 0) throw new Error('static region: out of memory creating ()');
  const o = b + GC_HEAD_SIZE;
  i32[(o + GC_NEXT) >> 2] = 0;
  i32[(o + GC_PREV) >> 2] = 0;
  refcntInitStatic(o);
  i32[(o + OB_TYPE) >> 2] = tupleType;
  i32[(o + OB_SIZE) >> 2] = 0;
  tupleEmpty = o as Borrowed;
}
