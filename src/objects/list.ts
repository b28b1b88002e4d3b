// The list type: a growable array of references kept in a separately allocated item block.
// Mirrors Objects/listobject.c of CPython 3.12: list_resize's over-allocation, list_ass_slice and the
// extended-slice paths, list_repr's Py_ReprEnter guard, list_richcompare, and listsort (timsort with
// powersort merging, Objects/listsort.txt), so that capacities (sys.getsizeof) and the sequence of
// comparisons a sort makes are CPython's. Invariants: a list owns its ob_size non-NULL items; ob_item
// holds `allocated` slots (allocated is -1 while a sort has the items out); decrefs that may run
// arbitrary code happen only once the list is in a consistent state again.
//
//   -8 gc_next  -4 gc_prev | +0 ob_refcnt  +4 ob_type  +8 ob_size  +12 ob_item (heap address)  +16 allocated
//
// ob_item == 0 only for a list that never had items, or was cleared; like PyMem_Realloc(p, 0), resizing
// to 0 keeps a (minimal) block, which is why `list_extend` can see ob_item != NULL on an empty list.

import { i32 } from '../heap/views.ts';
import { alloc, free, realloc, freelistPop, FREELIST_LIST } from '../heap/alloc.ts';
import { OB_SIZE, OB_TYPE } from '../heap/header.ts';
import { decref, incref, newRef, rc } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import {
  typeNewStatic, typeHasFeature, typeNameOf, slotsOf, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_LIST_SUBCLASS, Py_EQ, Py_NE, Py_LT, type VisitProc, type TypeSlots,
} from './type.ts';
import {
  objectGCNew, objectGCFree, objectGCFromFreeBlock, objectGCToFreelist, objectRepr, objectRichCompare, objectRichCompareBool, objectIsTrue, objectHashNotImplemented, richCompareResult, notImplemented, boolNew, reprEnter, reprLeave, trashcanBegin, trashcanEnd,
} from './object.ts';
import { errSetString, errNoMemory } from './errors.ts';
import { TypeError, IndexError, ValueError, SystemError, NotImplementedError } from './exceptions.ts';
import { strFromJS, strToJS, strType, strCompare } from './str.ts';
import { intType, intCompare } from './int.ts';
import { floatType, floatValue } from './float.ts';
import { Py_True, Py_False } from './bool.ts';
import { Py_NotImplemented } from './notimplemented.ts';
import {
  tupleType, isTuple, isTupleExact, tupleNew, TUPLE_ITEMS,
} from './tuple.ts';
import { sliceAdjustIndices, sliceStart, sliceStop } from './slice.ts';

export const LIST_ITEMS = 12;
export const LIST_ALLOCATED = 16;
export const LIST_BASICSIZE = 20;
/** The most items an item block can hold (its byte size must stay below 2**31). */
export const LIST_MAX_SIZE = (0x7fff_ffff / 4) | 0;

export let listType = 0 as Borrowed;

/** PyList_Check: a list or an instance of a subclass. */
export function isList(o: Borrowed): boolean {
  return typeHasFeature(o, Py_TPFLAGS_LIST_SUBCLASS);
}

/** PyList_CheckExact. */
export function isListExact(o: Borrowed): boolean {
  return i32[(o + OB_TYPE) >> 2] === listType;
}

/** PyList_GET_SIZE (unchecked). */
export function listSize(l: Borrowed): number {
  return i32[(l + OB_SIZE) >> 2];
}

/** The number of item slots allocated (what sys.getsizeof reports, as (size - 56) / 8 in CPython). */
export function listAllocated(l: Borrowed): number {
  return i32[(l + LIST_ALLOCATED) >> 2];
}

/** Heap address of ob_item[0] (0 when the list has no item block). Changes whenever the list is resized. */
export function listItemsAddr(l: Borrowed): number {
  return i32[(l + LIST_ITEMS) >> 2];
}

/** PyList_GET_ITEM (unchecked, borrowed). */
export function listGetItemBorrow(l: Borrowed, i: number): Borrowed {
  return i32[(i32[(l + LIST_ITEMS) >> 2] >> 2) + i] as Borrowed;
}

/** PyList_SET_ITEM (unchecked): stores `v` into slot i without releasing what was there (a new list's NULL). */
export function listSetItemSteal(l: Borrowed, i: number, v: Owned): void {
  i32[(i32[(l + LIST_ITEMS) >> 2] >> 2) + i] = v;
}

// ---- Allocation -----------------------------------------------------------------------------------

/** PyList_New: a list of `n` NULL items (to be filled with listSetItemSteal), allocated exactly. */
export function listNew(n: number): Owned | Null {
  if (n < 0) return errSetString(SystemError, 'bad argument to internal function');
  if (n > LIST_MAX_SIZE) return errNoMemory();
  // PyList_New: a dead list off the free list (not counted as a GC allocation), else a new one.
  const block = freelistPop(FREELIST_LIST);
  const l = block !== 0 ? objectGCFromFreeBlock(block, listType, true) : objectGCNew(listType, LIST_BASICSIZE);
  if (l === NULL) return NULL;
  let items = 0;
  if (n > 0) {
    items = alloc(4 * n);
    if (items === 0) {
      // Free the bare object: nothing in it is owned yet.
      i32[(l + OB_SIZE) >> 2] = 0;
      i32[(l + LIST_ITEMS) >> 2] = 0;
      i32[(l + LIST_ALLOCATED) >> 2] = 0;
      decref(l);
      return errNoMemory();
    }
    const k = items >> 2;
    if (n <= 16) for (let i = 0; i < n; i++) i32[k + i] = 0;
    else i32.fill(0, k, k + n);
  }
  i32[(l + OB_SIZE) >> 2] = n;
  i32[(l + LIST_ITEMS) >> 2] = items;
  i32[(l + LIST_ALLOCATED) >> 2] = n;
  // TODO: _PyObject_GC_TRACK once the cycle collector exists (objects are born untracked for now).
  return l;
}

// list_new_prealloc: an empty list (size 0) with room for exactly `n` > 0 items, not zeroed.
function newPrealloc(n: number): Owned | Null {
  if (n > LIST_MAX_SIZE) return errNoMemory();
  const l = listNew(0);
  if (l === NULL) return NULL;
  const items = alloc(4 * n);
  if (items === 0) {
    decref(l);
    return errNoMemory();
  }
  i32[(l + LIST_ITEMS) >> 2] = items;
  i32[(l + LIST_ALLOCATED) >> 2] = n;
  return l;
}

// list_preallocate_exact: gives a list without an item block room for `n` items, rounded up to even.
function preallocateExact(l: Borrowed, n: number): number {
  n = n + (n & 1);
  if (n > LIST_MAX_SIZE) {
    errNoMemory();
    return -1;
  }
  const items = alloc(4 * n);
  if (items === 0) {
    errNoMemory();
    return -1;
  }
  i32[(l + LIST_ITEMS) >> 2] = items;
  i32[(l + LIST_ALLOCATED) >> 2] = n;
  return 0;
}

/**
 * list_resize: makes room for `newsize` items and sets ob_size (new slots hold garbage). Over-allocates
 * as CPython 3.12: new_allocated = (newsize + newsize/8 + 6) & ~3, or just newsize rounded up to 4 when
 * that is closer to the growth asked for, and 0 for 0; nothing moves while allocated/2 <= newsize <= allocated.
 */
function resize(l: Borrowed, newsize: number): number {
  const allocated = i32[(l + LIST_ALLOCATED) >> 2];
  if (allocated >= newsize && newsize >= allocated >> 1) {
    i32[(l + OB_SIZE) >> 2] = newsize;
    return 0;
  }
  // Plain arithmetic: newsize + newsize/8 can pass 2**31.
  let na = Math.floor((newsize + Math.floor(newsize / 8) + 6) / 4) * 4;
  if (newsize - i32[(l + OB_SIZE) >> 2] > na - newsize) na = Math.floor((newsize + 3) / 4) * 4;
  if (newsize === 0) na = 0;
  if (na > LIST_MAX_SIZE) {
    errNoMemory();
    return -1;
  }
  const old = i32[(l + LIST_ITEMS) >> 2];
  const items = old === 0 ? alloc(4 * na) : realloc(old, 4 * na);
  if (items === 0) {
    errNoMemory();
    return -1;
  }
  i32[(l + LIST_ITEMS) >> 2] = items;
  i32[(l + OB_SIZE) >> 2] = newsize;
  i32[(l + LIST_ALLOCATED) >> 2] = na;
  return 0;
}

// _Py_RefcntAdd: n increfs at once (immortals untouched; a count that would pass 2**31 - 1 saturates
// to the immortal value, as incref's accidental immortality does).
function increfN(o: Borrowed, n: number): void {
  const k = o >> 2;
  const c = i32[k];
  if (c < 0) {
    if (rc.counting) rc.increfsSkipped++;
    return;
  }
  if (rc.counting) rc.increfs++;
  const v = c + n;
  i32[k] = v > 0x7fff_ffff ? -1 : v;
}

// A stack of scratch words for the references a list operation removes: they are decrefed only after
// the list is consistent again, and those decrefs may re-enter list code, which pushes above.
let scratch = new Int32Array(256);
let scratchTop = 0;

function scratchPush(n: number): number {
  const base = scratchTop;
  if (base + n > scratch.length) {
    let len = scratch.length * 2;
    while (len < base + n) len *= 2;
    const bigger = new Int32Array(len);
    bigger.set(scratch.subarray(0, base));
    scratch = bigger;
  }
  scratchTop = base + n;
  return base;
}

// Decrefs scratch[base + n - 1] down to scratch[base], then pops the segment.
function scratchDecrefPop(base: number, n: number): void {
  for (let k = n - 1; k >= 0; k--) {
    const v = scratch[base + k];
    if (v !== 0) decref(v as Owned);
  }
  scratchTop = base;
}

// ---- Item access ----------------------------------------------------------------------------------

/** list[i] with Python's negative indices: a new reference, or IndexError('list index out of range'). */
export function listGetItem(l: Borrowed, i: number): Owned | Null {
  const n = i32[(l + OB_SIZE) >> 2];
  if (i < 0) i += n;
  if (!(i >= 0 && i < n)) return errSetString(IndexError, 'list index out of range');
  return newRef(i32[(i32[(l + LIST_ITEMS) >> 2] >> 2) + i] as Borrowed);
}

/** list[i] = v (v borrowed) with negative indices: 0, or -1 with IndexError('list assignment index out of range'). */
export function listSetItem(l: Borrowed, i: number, v: Borrowed): number {
  const n = i32[(l + OB_SIZE) >> 2];
  if (i < 0) i += n;
  if (!(i >= 0 && i < n)) {
    errSetString(IndexError, 'list assignment index out of range');
    return -1;
  }
  const k = (i32[(l + LIST_ITEMS) >> 2] >> 2) + i;
  const old = i32[k] as Owned;
  incref(v);
  i32[k] = v;
  decref(old);
  return 0;
}

/** del list[i] with negative indices: 0, or -1 with IndexError('list assignment index out of range'). */
export function listDelItem(l: Borrowed, i: number): number {
  const n = i32[(l + OB_SIZE) >> 2];
  if (i < 0) i += n;
  if (!(i >= 0 && i < n)) {
    errSetString(IndexError, 'list assignment index out of range');
    return -1;
  }
  return assSlice(l, i, i + 1, NULL);
}

/** list.append(v) (PyList_Append): 0, or -1 with MemoryError. */
export function listAppend(l: Borrowed, v: Borrowed): number {
  incref(v);
  return listAppendSteal(l, v as Owned);
}

/** _PyList_AppendTakeRef: appends and takes over `v` (released on failure). */
export function listAppendSteal(l: Borrowed, v: Owned): number {
  const len = i32[(l + OB_SIZE) >> 2];
  if (i32[(l + LIST_ALLOCATED) >> 2] > len) {
    i32[(i32[(l + LIST_ITEMS) >> 2] >> 2) + len] = v;
    i32[(l + OB_SIZE) >> 2] = len + 1;
    return 0;
  }
  if (resize(l, len + 1) < 0) {
    decref(v);
    return -1;
  }
  i32[(i32[(l + LIST_ITEMS) >> 2] >> 2) + len] = v;
  return 0;
}

/** list.insert(where, v) (ins1): negative `where` counts from the end; out-of-range positions clamp. */
export function listInsert(l: Borrowed, where: number, v: Borrowed): number {
  const n = i32[(l + OB_SIZE) >> 2];
  if (resize(l, n + 1) < 0) return -1;
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  const k = i32[(l + LIST_ITEMS) >> 2] >> 2;
  i32.copyWithin(k + where + 1, k + where, k + n);
  incref(v);
  i32[k + where] = v;
  return 0;
}

/**
 * list.pop(index=-1): the removed item (owned), or NULL with IndexError ('pop from empty list',
 * 'pop index out of range'). https://docs.python.org/3/library/stdtypes.html#mutable-sequence-types
 */
export function listPop(l: Borrowed, index = -1): Owned | Null {
  const size = i32[(l + OB_SIZE) >> 2];
  if (size === 0) return errSetString(IndexError, 'pop from empty list');
  if (index < 0) index += size;
  if (!(index >= 0 && index < size)) return errSetString(IndexError, 'pop index out of range');
  const k = i32[(l + LIST_ITEMS) >> 2] >> 2;
  const v = i32[k + index] as Owned;
  const after = size - 1;
  if (after === 0) {
    // _list_clear drops the list's reference: keep ours.
    incref(v);
    listClear(l);
    return v;
  }
  if (after - index > 0) i32.copyWithin(k + index, k + index + 1, k + size);
  if (resize(l, after) < 0) {
    const k2 = i32[(l + LIST_ITEMS) >> 2] >> 2;
    i32.copyWithin(k2 + index + 1, k2 + index, k2 + after);
    i32[k2 + index] = v;
    return NULL;
  }
  return v;
}

/** list.clear() (_list_clear): empties the list and frees its item block; the items are released last. */
export function listClear(l: Borrowed): void {
  const items = i32[(l + LIST_ITEMS) >> 2];
  if (items === 0) return;
  // Released items may run code that uses this list: make it empty first.
  let i = i32[(l + OB_SIZE) >> 2];
  i32[(l + OB_SIZE) >> 2] = 0;
  i32[(l + LIST_ITEMS) >> 2] = 0;
  i32[(l + LIST_ALLOCATED) >> 2] = 0;
  const k = items >> 2;
  while (--i >= 0) {
    const v = i32[k + i];
    if (v !== 0) decref(v as Owned);
  }
  free(items);
}

/**
 * list_extend's "make room" for an iterator whose length hint is `n`: a list with no item array yet
 * (new, or cleared by list.__init__) gets exactly n (list_preallocate_exact); otherwise allocated for
 * size + n with the usual over-allocation. Size unchanged.
 */
export function listReserve(l: Borrowed, n: number): number {
  const m = i32[(l + OB_SIZE) >> 2];
  if (m + n > LIST_MAX_SIZE) return 0; // n lied, or memory runs out during the loop: CPython ignores it too.
  if (i32[(l + LIST_ITEMS) >> 2] === 0) return n > 0 ? preallocateExact(l, n) : 0;
  if (resize(l, m + n) < 0) return -1;
  i32[(l + OB_SIZE) >> 2] = m;
  return 0;
}

/** list_extend's end: cuts the room back when the length hint was too large. 0 / -1. */
export function listTrim(l: Borrowed): number {
  const m = i32[(l + OB_SIZE) >> 2];
  return m < i32[(l + LIST_ALLOCATED) >> 2] ? resize(l, m) : 0;
}

/** list.reverse(), in place. */
export function listReverse(l: Borrowed): void {
  const n = i32[(l + OB_SIZE) >> 2];
  if (n > 1) {
    const k = i32[(l + LIST_ITEMS) >> 2] >> 2;
    reverseWords(k, k + n);
  }
}

function reverseWords(lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) {
    const t = i32[lo];
    i32[lo] = i32[hi];
    i32[hi] = t;
  }
}

// ---- Searching ------------------------------------------------------------------------------------

/** x in list (list_contains): 1, 0, or -1 with an exception set. Compares item == x, item first. */
export function listContains(l: Borrowed, x: Borrowed): number {
  let cmp = 0;
  for (let i = 0; cmp === 0 && i < i32[(l + OB_SIZE) >> 2]; i++) {
    const item = i32[(i32[(l + LIST_ITEMS) >> 2] >> 2) + i] as Borrowed;
    incref(item);
    cmp = objectRichCompareBool(item, x, Py_EQ);
    decref(item);
  }
  return cmp;
}

/**
 * list.index(x, start, stop): the index, or -1 with ValueError('<repr(x)> is not in list') or the
 * comparison's exception set.
 */
export function listIndex(l: Borrowed, x: Borrowed, start = 0, stop = Infinity): number {
  const n = i32[(l + OB_SIZE) >> 2];
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += n;
    if (stop < 0) stop = 0;
  }
  for (let i = start; i < stop && i < i32[(l + OB_SIZE) >> 2]; i++) {
    const item = i32[(i32[(l + LIST_ITEMS) >> 2] >> 2) + i] as Borrowed;
    incref(item);
    const cmp = objectRichCompareBool(item, x, Py_EQ);
    decref(item);
    if (cmp > 0) return i;
    if (cmp < 0) return -1;
  }
  const r = objectRepr(x);
  if (r !== NULL) {
    const s = strToJS(r);
    decref(r);
    errSetString(ValueError, `${s} is not in list`);
  }
  return -1;
}

/** list.count(x): how many items == x, or -1 with an exception set. */
export function listCount(l: Borrowed, x: Borrowed): number {
  let count = 0;
  for (let i = 0; i < i32[(l + OB_SIZE) >> 2]; i++) {
    const item = i32[(i32[(l + LIST_ITEMS) >> 2] >> 2) + i] as Borrowed;
    if (item === x) {
      count++;
      continue;
    }
    incref(item);
    const cmp = objectRichCompareBool(item, x, Py_EQ);
    decref(item);
    if (cmp > 0) count++;
    else if (cmp < 0) return -1;
  }
  return count;
}

/** list.remove(x): removes the first item == x; 0, or -1 with ValueError('list.remove(x): x not in list'). */
export function listRemove(l: Borrowed, x: Borrowed): number {
  for (let i = 0; i < i32[(l + OB_SIZE) >> 2]; i++) {
    const item = i32[(i32[(l + LIST_ITEMS) >> 2] >> 2) + i] as Borrowed;
    incref(item);
    const cmp = objectRichCompareBool(item, x, Py_EQ);
    decref(item);
    if (cmp > 0) return assSlice(l, i, i + 1, NULL);
    if (cmp < 0) return -1;
  }
  errSetString(ValueError, 'list.remove(x): x not in list');
  return -1;
}

// ---- Slices and whole-list operations ----------------------------------------------------------------

// list_slice: a new list of a[ilow:ihigh] (bounds already valid), allocated exactly.
function slice(a: Borrowed, ilow: number, ihigh: number): Owned | Null {
  const len = ihigh - ilow;
  if (len <= 0) return listNew(0);
  const np = newPrealloc(len);
  if (np === NULL) return NULL;
  copyIncref(i32[(np + LIST_ITEMS) >> 2] >> 2, (i32[(a + LIST_ITEMS) >> 2] >> 2) + ilow, len);
  i32[(np + OB_SIZE) >> 2] = len;
  return np;
}

function copyIncref(dst: number, src: number, n: number): void {
  for (let i = 0; i < n; i++) {
    const v = i32[src + i] as Borrowed;
    incref(v);
    i32[dst + i] = v;
  }
}

/** PyList_GetSlice: list[lo:hi] with the bounds clamped to the list. */
export function listGetSlice(l: Borrowed, lo: number, hi: number): Owned | Null {
  const n = i32[(l + OB_SIZE) >> 2];
  if (lo < 0) lo = 0;
  else if (lo > n) lo = n;
  if (hi < lo) hi = lo;
  else if (hi > n) hi = n;
  return slice(l, lo, hi);
}

/** list.copy(): a shallow copy, allocated exactly. */
export function listCopy(l: Borrowed): Owned | Null {
  return slice(l, 0, i32[(l + OB_SIZE) >> 2]);
}

/** PyList_AsTuple. */
export function listAsTuple(l: Borrowed): Owned | Null {
  const n = i32[(l + OB_SIZE) >> 2];
  const t = tupleNew(n);
  if (t === NULL) return NULL;
  copyIncref((t + TUPLE_ITEMS) >> 2, i32[(l + LIST_ITEMS) >> 2] >> 2, n);
  return t;
}

/**
 * The items of `v` as PySequence_Fast would give them, for v a list or tuple (of any subclass): the
 * word index of the first item in fastItems and the count returned; -1 with an exception otherwise.
 * TODO: other iterables once iterators exist.
 */
let fastItems = 0;
function sequenceFast(v: Borrowed, what: string): number {
  if (isList(v)) {
    fastItems = i32[(v + LIST_ITEMS) >> 2] >> 2;
    return i32[(v + OB_SIZE) >> 2];
  }
  if (isTuple(v)) {
    fastItems = (v + TUPLE_ITEMS) >> 2;
    return i32[(v + OB_SIZE) >> 2];
  }
  errSetString(NotImplementedError, `${what} from '${typeNameOf(v)}' objects is not implemented yet (only list and tuple)`);
  return -1;
}

/**
 * list_ass_slice: a[ilow:ihigh] = v (v a list or tuple), or del a[ilow:ihigh] when v is NULL. The
 * removed references are released only once the list is consistent again.
 */
function assSlice(a: Borrowed, ilow: number, ihigh: number, v: Borrowed | Null): number {
  if (v === a) {
    // a[i:j] = a: copy first.
    const copy = slice(a, 0, i32[(a + OB_SIZE) >> 2]);
    if (copy === NULL) return -1;
    const r = assSlice(a, ilow, ihigh, copy);
    decref(copy);
    return r;
  }
  let n = 0;
  let vSrc = 0;
  if (v !== NULL) {
    n = sequenceFast(v, 'slice assignment');
    if (n < 0) return -1;
    vSrc = v;
  }
  const size = i32[(a + OB_SIZE) >> 2];
  if (ilow < 0) ilow = 0;
  else if (ilow > size) ilow = size;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > size) ihigh = size;
  const norig = ihigh - ilow;
  const d = n - norig;
  if (size + d === 0) {
    listClear(a);
    return 0;
  }
  // Keep v alive while we copy from it (its items may be released by our decrefs only at the end).
  if (vSrc !== 0) incref(vSrc as Borrowed);
  let k = i32[(a + LIST_ITEMS) >> 2] >> 2;
  const recycle = scratchPush(norig);
  for (let i = 0; i < norig; i++) scratch[recycle + i] = i32[k + ilow + i];
  if (d < 0) {
    // Delete -d items.
    i32.copyWithin(k + ihigh + d, k + ihigh, k + size);
    if (resize(a, size + d) < 0) {
      i32.copyWithin(k + ihigh, k + ihigh + d, k + size + d);
      for (let i = 0; i < norig; i++) i32[k + ilow + i] = scratch[recycle + i];
      scratchTop = recycle;
      if (vSrc !== 0) decref(vSrc as Owned);
      return -1;
    }
    k = i32[(a + LIST_ITEMS) >> 2] >> 2;
  } else if (d > 0) {
    // Insert d items.
    if (resize(a, size + d) < 0) {
      scratchTop = recycle;
      if (vSrc !== 0) decref(vSrc as Owned);
      return -1;
    }
    k = i32[(a + LIST_ITEMS) >> 2] >> 2;
    i32.copyWithin(k + ihigh + d, k + ihigh, k + size);
  }
  if (n > 0) {
    // v's items: re-read the source now (resizing did not move v, which is not a).
    sequenceFast(v as Borrowed, '');
    copyIncref(k + ilow, fastItems, n);
  }
  scratchDecrefPop(recycle, norig);
  if (vSrc !== 0) decref(vSrc as Owned);
  return 0;
}

/** PyList_SetSlice: list[lo:hi] = v (a list or tuple), or del list[lo:hi] when v is NULL. 0 or -1. */
export function listSetSlice(l: Borrowed, lo: number, hi: number, v: Borrowed | Null): number {
  return assSlice(l, lo, hi, v);
}

/**
 * list[start:stop:step] for a slice already unpacked (PySlice_Unpack: None becomes the defaults for the
 * sign of step; any numbers, including +-Infinity, are accepted). step 0 raises ValueError.
 */
export function listSubscriptSlice(l: Borrowed, start: number, stop: number, step: number): Owned | Null {
  if (step === 0) return errSetString(ValueError, 'slice step cannot be zero');
  const len = sliceAdjustIndices(i32[(l + OB_SIZE) >> 2], start, stop, step);
  start = sliceStart;
  if (len <= 0) return listNew(0);
  if (step === 1) return slice(l, start, sliceStop);
  const r = newPrealloc(len);
  if (r === NULL) return NULL;
  const src = i32[(l + LIST_ITEMS) >> 2] >> 2, dst = i32[(r + LIST_ITEMS) >> 2] >> 2;
  for (let i = 0, cur = start; i < len; i++, cur += step) {
    const v = i32[src + cur] as Borrowed;
    incref(v);
    i32[dst + i] = v;
  }
  i32[(r + OB_SIZE) >> 2] = len;
  return r;
}

/**
 * list[start:stop:step] = v (a list or tuple), or del list[start:stop:step] when v is NULL, for an
 * unpacked slice as listSubscriptSlice takes it. Errors as CPython's list_ass_subscript.
 */
export function listAssSubscriptSlice(
  l: Borrowed, start: number, stop: number, step: number, v: Borrowed | Null,
): number {
  if (step === 0) {
    errSetString(ValueError, 'slice step cannot be zero');
    return -1;
  }
  const size = i32[(l + OB_SIZE) >> 2];
  const slicelength = sliceAdjustIndices(size, start, stop, step);
  start = sliceStart;
  stop = sliceStop;
  if (step === 1) return assSlice(l, start, stop, v);
  // Make sure s[5:2] = [..] inserts at the right place: before 5, not before 2.
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (v === NULL) {
    if (slicelength <= 0) return 0;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelength - 1) - 1;
      step = -step;
    }
    const garbage = scratchPush(slicelength);
    const k = i32[(l + LIST_ITEMS) >> 2] >> 2;
    // Slide down the items between the removed ones, then the tail after the last removed one.
    let cur = start, i = 0;
    for (; cur < stop; cur += step, i++) {
      scratch[garbage + i] = i32[k + cur];
      let lim = step - 1;
      if (cur + step >= size) lim = size - cur - 1;
      i32.copyWithin(k + cur - i, k + cur + 1, k + cur + 1 + lim);
    }
    cur = start + slicelength * step;
    if (cur < size) i32.copyWithin(k + cur - slicelength, k + cur, k + size);
    i32[(l + OB_SIZE) >> 2] = size - slicelength;
    const res = resize(l, size - slicelength);
    scratchDecrefPop(garbage, slicelength);
    return res;
  }
  // Assign: protect against a[::-1] = a.
  let seq: Owned | Null;
  if (v === l) {
    seq = slice(l, 0, size);
    if (seq === NULL) return -1;
  } else {
    if (!isList(v) && !isTuple(v)) {
      errSetString(NotImplementedError,
        `extended slice assignment from '${typeNameOf(v)}' objects is not implemented yet (only list and tuple)`);
      return -1;
    }
    seq = newRef(v);
  }
  const n = sequenceFast(seq, '');
  if (n !== slicelength) {
    decref(seq);
    errSetString(ValueError,
      `attempt to assign sequence of size ${n} to extended slice of size ${slicelength}`);
    return -1;
  }
  if (slicelength === 0) {
    decref(seq);
    return 0;
  }
  const garbage = scratchPush(slicelength);
  const k = i32[(l + LIST_ITEMS) >> 2] >> 2;
  const src = fastItems;
  for (let cur = start, i = 0; i < slicelength; cur += step, i++) {
    scratch[garbage + i] = i32[k + cur];
    const ins = i32[src + i] as Borrowed;
    incref(ins);
    i32[k + cur] = ins;
  }
  // CPython releases these first to last.
  for (let i = 0; i < slicelength; i++) decref(scratch[garbage + i] as Owned);
  scratchTop = garbage;
  decref(seq);
  return 0;
}

/**
 * list.extend(v) / list += v for v a list or tuple (of any subclass) or the list itself.
 * Other iterables raise NotImplementedError until iterators exist.
 */
export function listExtend(l: Borrowed, v: Borrowed): number {
  if (isListExact(v) || isTupleExact(v) || v === l) {
    const n = i32[(v + OB_SIZE) >> 2];
    if (n === 0) return 0;
    const m = i32[(l + OB_SIZE) >> 2];
    if (i32[(l + LIST_ITEMS) >> 2] === 0) {
      if (preallocateExact(l, n) < 0) return -1;
      i32[(l + OB_SIZE) >> 2] = n;
    } else if (resize(l, m + n) < 0) {
      return -1;
    }
    // Read v's items after the resize: v may be l.
    const src = isTuple(v) ? (v + TUPLE_ITEMS) >> 2 : i32[(v + LIST_ITEMS) >> 2] >> 2;
    copyIncref((i32[(l + LIST_ITEMS) >> 2] >> 2) + m, src, n);
    return 0;
  }
  if (isList(v) || isTuple(v)) return extendIter(l, v);
  errSetString(NotImplementedError,
    `list.extend() from '${typeNameOf(v)}' objects is not implemented yet (only list and tuple)`);
  return -1;
}

// The iterator path of list_extend, for list and tuple subclasses: guess the size from len(), then
// append item by item, then give back the unused room. TODO: use real iterators (a subclass may
// override __iter__).
function extendIter(l: Borrowed, v: Borrowed): number {
  incref(v);
  const n = i32[(v + OB_SIZE) >> 2];
  const m = i32[(l + OB_SIZE) >> 2];
  if (i32[(l + LIST_ITEMS) >> 2] === 0) {
    if (n !== 0 && preallocateExact(l, n) < 0) { decref(v as Owned); return -1; }
  } else {
    if (resize(l, m + n) < 0) { decref(v as Owned); return -1; }
    i32[(l + OB_SIZE) >> 2] = m;
  }
  for (let i = 0; i < i32[(v + OB_SIZE) >> 2]; i++) {
    const src = isTuple(v) ? (v + TUPLE_ITEMS) >> 2 : i32[(v + LIST_ITEMS) >> 2] >> 2;
    const item = i32[src + i] as Borrowed;
    incref(item);
    const size = i32[(l + OB_SIZE) >> 2];
    if (size < i32[(l + LIST_ALLOCATED) >> 2]) {
      i32[(i32[(l + LIST_ITEMS) >> 2] >> 2) + size] = item;
      i32[(l + OB_SIZE) >> 2] = size + 1;
    } else if (listAppendSteal(l, item as Owned) < 0) {
      decref(v as Owned);
      return -1;
    }
  }
  const size = i32[(l + OB_SIZE) >> 2];
  if (size < i32[(l + LIST_ALLOCATED) >> 2] && resize(l, size) < 0) {
    decref(v as Owned);
    return -1;
  }
  decref(v as Owned);
  return 0;
}

/** list(v) for v a list or tuple: preallocated from len(v), as list.__init__ does. */
export function listFromSequence(v: Borrowed): Owned | Null {
  const l = listNew(0);
  if (l === NULL) return NULL;
  const n = i32[(v + OB_SIZE) >> 2];
  if ((isList(v) || isTuple(v)) && n > 0 && preallocateExact(l, n) < 0) {
    decref(l);
    return NULL;
  }
  if (listExtend(l, v) < 0) {
    decref(l);
    return NULL;
  }
  return l;
}

/** list_concat (a + b): TypeError('can only concatenate list (not "T") to list') unless b is a list. */
export function listConcat(a: Borrowed, b: Borrowed): Owned | Null {
  if (!isList(b)) {
    return errSetString(TypeError, `can only concatenate list (not "${typeNameOf(b)}") to list`);
  }
  const na = i32[(a + OB_SIZE) >> 2], nb = i32[(b + OB_SIZE) >> 2];
  const size = na + nb;
  if (size === 0) return listNew(0);
  const np = newPrealloc(size);
  if (np === NULL) return NULL;
  const dst = i32[(np + LIST_ITEMS) >> 2] >> 2;
  copyIncref(dst, i32[(a + LIST_ITEMS) >> 2] >> 2, na);
  copyIncref(dst + na, i32[(b + LIST_ITEMS) >> 2] >> 2, nb);
  i32[(np + OB_SIZE) >> 2] = size;
  return np;
}

/** list_repeat (a * n): [] for n <= 0; MemoryError when the result could not exist. */
export function listRepeat(a: Borrowed, n: number): Owned | Null {
  const size = i32[(a + OB_SIZE) >> 2];
  if (size === 0 || n <= 0) return listNew(0);
  if (size > LIST_MAX_SIZE / n) return errNoMemory();
  const total = size * n;
  const np = newPrealloc(total);
  if (np === NULL) return NULL;
  const src = i32[(a + LIST_ITEMS) >> 2] >> 2, dst = i32[(np + LIST_ITEMS) >> 2] >> 2;
  for (let j = 0; j < size; j++) increfN(i32[src + j] as Borrowed, n);
  repeatWords(dst, src, size, total);
  i32[(np + OB_SIZE) >> 2] = total;
  return np;
}

/** list_inplace_repeat (a *= n): 0, or -1 with MemoryError. */
export function listInplaceRepeat(l: Borrowed, n: number): number {
  const size = i32[(l + OB_SIZE) >> 2];
  if (size === 0 || n === 1) return 0;
  if (n < 1) {
    listClear(l);
    return 0;
  }
  if (size > LIST_MAX_SIZE / n) {
    errNoMemory();
    return -1;
  }
  const total = size * n;
  if (resize(l, total) < 0) return -1;
  const k = i32[(l + LIST_ITEMS) >> 2] >> 2;
  for (let j = 0; j < size; j++) increfN(i32[k + j] as Borrowed, n - 1);
  repeatWords(k, k, size, total);
  return 0;
}

// _Py_memory_repeat: fills dst[0:total] with copies of src[0:size], doubling the copied run.
function repeatWords(dst: number, src: number, size: number, total: number): void {
  if (dst !== src) i32.copyWithin(dst, src, src + size);
  let done = size;
  while (done < total) {
    const chunk = Math.min(done, total - done);
    i32.copyWithin(dst + done, dst, dst + chunk);
    done += chunk;
  }
}

// ---- Slots ----------------------------------------------------------------------------------------

function listDealloc(o: Owned): void {
  // TODO: PyObject_GC_UnTrack once the cycle collector exists.
  if (!trashcanBegin(o, listDealloc)) return;
  const items = i32[(o + LIST_ITEMS) >> 2];
  if (items !== 0) {
    // Backwards, as CPython does.
    const k = items >> 2;
    for (let i = i32[(o + OB_SIZE) >> 2] - 1; i >= 0; i--) {
      const v = i32[k + i];
      if (v !== 0) decref(v as Owned);
    }
    free(items);
  }
  // list_dealloc: an exact list's block goes on the free list while it has room.
  if (i32[(o + OB_TYPE) >> 2] !== listType || !objectGCToFreelist(o, FREELIST_LIST)) objectGCFree(o);
  trashcanEnd();
}

function listTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  for (let i = i32[(o + OB_SIZE) >> 2] - 1; i >= 0; i--) {
    const v = i32[(i32[(o + LIST_ITEMS) >> 2] >> 2) + i];
    if (v !== 0) {
      const r = visit(v as Borrowed, arg);
      if (r !== 0) return r;
    }
  }
  return 0;
}

/** list_repr: '[1, 2]'; '[...]' for a list already being repr'd further up (a list that contains itself). */
function listRepr(o: Borrowed): Owned | Null {
  if (i32[(o + OB_SIZE) >> 2] === 0) return strFromJS('[]');
  const busy = reprEnter(o);
  if (busy !== 0) return busy > 0 ? strFromJS('[...]') : NULL;
  let s = '[';
  // An item's repr may change the list: re-read the size and the item block every time.
  for (let i = 0; i < i32[(o + OB_SIZE) >> 2]; i++) {
    if (i > 0) s += ', ';
    const item = i32[(i32[(o + LIST_ITEMS) >> 2] >> 2) + i] as Borrowed;
    incref(item);
    const r = objectRepr(item);
    decref(item);
    if (r === NULL) {
      reprLeave(o);
      return NULL;
    }
    s += strToJS(r);
    decref(r);
  }
  s += ']';
  reprLeave(o);
  return strFromJS(s);
}

/**
 * list_richcompare: lists of different lengths are unequal at once; otherwise find the first index
 * where the items differ (identical items are equal), then compare those items with `op`.
 */
function listRichCompare(v: Borrowed, w: Borrowed, op: number): Owned | Null {
  if (!isList(v) || !isList(w)) return notImplemented();
  if (i32[(v + OB_SIZE) >> 2] !== i32[(w + OB_SIZE) >> 2] && (op === Py_EQ || op === Py_NE)) {
    return boolNew(op === Py_NE);
  }
  let i = 0;
  // Either list may change during a comparison: re-read sizes and item blocks each time.
  for (; i < i32[(v + OB_SIZE) >> 2] && i < i32[(w + OB_SIZE) >> 2]; i++) {
    const vi = i32[(i32[(v + LIST_ITEMS) >> 2] >> 2) + i] as Borrowed;
    const wi = i32[(i32[(w + LIST_ITEMS) >> 2] >> 2) + i] as Borrowed;
    if (vi === wi) continue;
    incref(vi);
    incref(wi);
    const k = objectRichCompareBool(vi, wi, Py_EQ);
    decref(vi);
    decref(wi);
    if (k < 0) return NULL;
    if (k === 0) break;
  }
  const vlen = i32[(v + OB_SIZE) >> 2], wlen = i32[(w + OB_SIZE) >> 2];
  if (i >= vlen || i >= wlen) return richCompareResult(vlen - wlen, op);
  if (op === Py_EQ) return boolNew(false);
  if (op === Py_NE) return boolNew(true);
  const vi = i32[(i32[(v + LIST_ITEMS) >> 2] >> 2) + i] as Borrowed;
  const wi = i32[(i32[(w + LIST_ITEMS) >> 2] >> 2) + i] as Borrowed;
  incref(vi);
  incref(wi);
  const r = objectRichCompare(vi, wi, op);
  decref(vi);
  decref(wi);
  return r;
}

function listLength(o: Borrowed): number {
  return i32[(o + OB_SIZE) >> 2];
}

// ---- Sorting ----------------------------------------------------------------------------------------
// CPython 3.12's listsort, step for step (Objects/listsort.txt): count_run finds natural runs (strictly
// descending ones are reversed), short runs are extended to minrun by binary insertion, and runs are
// merged by the powersort rule with galloping merges. Every comparison is `<` (ISLT), made in the same
// order as CPython, so a key or __lt__ with side effects sees the same calls.
//
// Arrays are word indices into i32. A sort slice is a pair (keys, values); values is -1 when the keys
// are the values (no key function). i32 is read through the module binding after every comparison,
// since a comparison may run arbitrary code.

const MIN_GALLOP = 7;
const MAX_MERGE_PENDING = 64;

// The comparisons the pre-sort check can pick. The int/float/str ones are CPython's unsafe_long_compare,
// unsafe_float_compare and unsafe_latin_compare: for keys that are all of that exact type they compute
// what the type's own `<` would, without a call or a bool object (CPython only uses them for compact ints
// and 1-byte strings, but the results are the same for all, so no call can tell the difference).
const CMP_SAFE = 0, CMP_UNSAFE_OBJECT = 1, CMP_UNSAFE_TUPLE = 2, CMP_INT = 3, CMP_FLOAT = 4, CMP_STR = 5;

class MergeState {
  minGallop = MIN_GALLOP;
  listlen = 0;
  basekeys = 0;
  /** Temp storage: keys (and values, if any) as word indices; 0 words allocated until needed. */
  aKeys = 0;
  aValues = -1;
  alloced = 0;
  /** The heap block behind aKeys (0 when none). */
  aBlock = 0;
  n = 0;
  readonly pendKeys = new Int32Array(MAX_MERGE_PENDING);
  readonly pendValues = new Int32Array(MAX_MERGE_PENDING);
  readonly pendLen = new Int32Array(MAX_MERGE_PENDING);
  readonly pendPower = new Int32Array(MAX_MERGE_PENDING);
  compare = CMP_SAFE;
  /** For CMP_UNSAFE_OBJECT / the tuple element compare: the keys' tp_richcompare. */
  keyRichcompare: TypeSlots['richcompare'] = null;
  tupleElemCompare = CMP_SAFE;
  /** count_run's second result. */
  descending = false;
}

// One MergeState per level of sort nesting (a comparison may sort another list).
const mergeStates: MergeState[] = [];
let sortDepth = 0;

// unsafe_object_compare: the keys' own tp_richcompare, straight; NotImplemented falls back to the full protocol.
function unsafeObjectLt(ms: MergeState, v: Borrowed, w: Borrowed): number {
  if (slotsOf(v).richcompare !== ms.keyRichcompare) return objectRichCompareBool(v, w, Py_LT);
  const res = ms.keyRichcompare!(v, w, Py_LT);
  if (res === NULL) return -1;
  if (res === Py_NotImplemented) {
    decref(res);
    return objectRichCompareBool(v, w, Py_LT);
  }
  const r = res === Py_True ? 1 : res === Py_False ? 0 : objectIsTrue(res);
  decref(res);
  return r;
}

function elemLt(ms: MergeState, mode: number, v: Borrowed, w: Borrowed): number {
  switch (mode) {
    case CMP_INT: return intCompare(v, w) < 0 ? 1 : 0;
    case CMP_FLOAT: return floatValue(v) < floatValue(w) ? 1 : 0;
    case CMP_STR: return strCompare(v, w) < 0 ? 1 : 0;
    case CMP_UNSAFE_OBJECT: return unsafeObjectLt(ms, v, w);
    default: return objectRichCompareBool(v, w, Py_LT);
  }
}

// ISLT: 1 if v < w, 0 if not, -1 on error, with the compare chosen by the pre-sort check.
function islt(ms: MergeState, v: number, w: number): number {
  const mode = ms.compare;
  if (mode !== CMP_UNSAFE_TUPLE) return elemLt(ms, mode, v as Borrowed, w as Borrowed);
  // unsafe_tuple_compare: both are non-empty exact tuples.
  const vlen = i32[(v + OB_SIZE) >> 2], wlen = i32[(w + OB_SIZE) >> 2];
  let i = 0;
  for (; i < vlen && i < wlen; i++) {
    const k = objectRichCompareBool(
      i32[(v + TUPLE_ITEMS + 4 * i) >> 2] as Borrowed, i32[(w + TUPLE_ITEMS + 4 * i) >> 2] as Borrowed, Py_EQ);
    if (k < 0) return -1;
    if (k === 0) break;
  }
  if (i >= vlen || i >= wlen) return vlen < wlen ? 1 : 0;
  const vi = i32[(v + TUPLE_ITEMS + 4 * i) >> 2] as Borrowed, wi = i32[(w + TUPLE_ITEMS + 4 * i) >> 2] as Borrowed;
  if (i === 0) return elemLt(ms, ms.tupleElemCompare, vi, wi);
  return objectRichCompareBool(vi, wi, Py_LT);
}

// binarysort: sorts [lo, hi) by binary insertion, given [lo, start) already sorted. -1 on error
// (the slice is then still a permutation of its input).
function binarysort(ms: MergeState, loK: number, loV: number, hi: number, start: number): number {
  if (loK === start) start++;
  for (; start < hi; start++) {
    let l = loK, r = start;
    const pivot = i32[r];
    // pivot >= all in [lo, l), pivot < all in [r, start).
    do {
      const p = l + ((r - l) >> 1);
      const k = islt(ms, pivot, i32[p]);
      if (k < 0) return -1;
      if (k) r = p;
      else l = p + 1;
    } while (l < r);
    // Equal elements stay before pivot: stable.
    i32.copyWithin(l + 1, l, start);
    i32[l] = pivot;
    if (loV >= 0) {
      const off = loV - loK;
      const pv = i32[start + off];
      i32.copyWithin(l + off + 1, l + off, start + off);
      i32[l + off] = pv;
    }
  }
  return 0;
}

// count_run: the length of the run starting at lo in [lo, hi): the longest non-descending prefix, or
// the longest strictly descending one (ms.descending = true). -1 on error.
function countRun(ms: MergeState, lo: number, hi: number): number {
  ms.descending = false;
  lo++;
  if (lo === hi) return 1;
  let n = 2;
  let k = islt(ms, i32[lo], i32[lo - 1]);
  if (k < 0) return -1;
  if (k) {
    ms.descending = true;
    for (lo = lo + 1; lo < hi; lo++, n++) {
      k = islt(ms, i32[lo], i32[lo - 1]);
      if (k < 0) return -1;
      if (!k) break;
    }
  } else {
    for (lo = lo + 1; lo < hi; lo++, n++) {
      k = islt(ms, i32[lo], i32[lo - 1]);
      if (k < 0) return -1;
      if (k) break;
    }
  }
  return n;
}

// gallop_left: the k in 0..n with a[k-1] < key <= a[k], searching from a[hint]. -1 on error.
function gallopLeft(ms: MergeState, key: number, a: number, n: number, hint: number): number {
  let ofs: number, lastofs = 0, k: number;
  a += hint;
  ofs = 1;
  k = islt(ms, i32[a], key);
  if (k < 0) return -1;
  if (k) {
    // a[hint] < key: gallop right until a[hint + lastofs] < key <= a[hint + ofs].
    const maxofs = n - hint;
    while (ofs < maxofs) {
      k = islt(ms, i32[a + ofs], key);
      if (k < 0) return -1;
      if (k) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else {
        break;
      }
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - lastofs].
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      k = islt(ms, i32[a - ofs], key);
      if (k < 0) return -1;
      if (k) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const t = lastofs;
    lastofs = hint - ofs;
    ofs = hint - t;
  }
  a -= hint;
  // a[lastofs] < key <= a[ofs]: binary search in between.
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    k = islt(ms, i32[a + m], key);
    if (k < 0) return -1;
    if (k) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

// gallop_right: the k in 0..n with a[k-1] <= key < a[k], searching from a[hint]. -1 on error.
function gallopRight(ms: MergeState, key: number, a: number, n: number, hint: number): number {
  let ofs: number, lastofs = 0, k: number;
  a += hint;
  ofs = 1;
  k = islt(ms, key, i32[a]);
  if (k < 0) return -1;
  if (k) {
    // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - lastofs].
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      k = islt(ms, key, i32[a - ofs]);
      if (k < 0) return -1;
      if (k) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else {
        break;
      }
    }
    if (ofs > maxofs) ofs = maxofs;
    const t = lastofs;
    lastofs = hint - ofs;
    ofs = hint - t;
  } else {
    // a[hint] <= key: gallop right until a[hint + lastofs] <= key < a[hint + ofs].
    const maxofs = n - hint;
    while (ofs < maxofs) {
      k = islt(ms, key, i32[a + ofs]);
      if (k < 0) return -1;
      if (k) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  a -= hint;
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    k = islt(ms, key, i32[a + m]);
    if (k < 0) return -1;
    if (k) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

function mergeFreemem(ms: MergeState): void {
  if (ms.aBlock !== 0) {
    free(ms.aBlock);
    ms.aBlock = 0;
  }
  ms.aKeys = 0;
  ms.alloced = 0;
}

// merge_getmem: room for `need` keys (and values) in the temp area; -1 with MemoryError.
function mergeGetmem(ms: MergeState, need: number): number {
  if (need <= ms.alloced) return 0;
  const hasValues = ms.aValues >= 0;
  mergeFreemem(ms);
  const words = hasValues ? 2 * need : need;
  if (words > LIST_MAX_SIZE) {
    errNoMemory();
    return -1;
  }
  const b = alloc(4 * words);
  if (b === 0) {
    errNoMemory();
    return -1;
  }
  ms.aBlock = b;
  ms.aKeys = b >> 2;
  ms.alloced = need;
  if (hasValues) ms.aValues = ms.aKeys + need;
  return 0;
}

// Moves n keys (and values) from (sk, sv) to (dk, dv); overlapping ranges are fine.
function moveSlice(hasValues: boolean, dk: number, dv: number, sk: number, sv: number, n: number): void {
  i32.copyWithin(dk, sk, sk + n);
  if (hasValues) i32.copyWithin(dv, sv, sv + n);
}

// merge_lo: merges the na items at ssa with the nb items right after them, na <= nb, in place, stable.
function mergeLo(ms: MergeState, aK: number, aV: number, na: number, bK: number, bV: number, nb: number): number {
  const hv = aV >= 0;
  if (mergeGetmem(ms, na) < 0) return -1;
  moveSlice(hv, ms.aKeys, ms.aValues, aK, aV, na);
  let dK = aK, dV = aV;
  aK = ms.aKeys;
  aV = ms.aValues;
  let k: number;
  let result = -1;
  // copy_incr(dest, ssb)
  i32[dK++] = i32[bK++];
  if (hv) i32[dV++] = i32[bV++];
  --nb;
  let copyB = false;
  fail: {
    if (nb === 0) { result = 0; break fail; }
    if (na === 1) { copyB = true; break fail; }
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0, bcount = 0;
      // Straightforward merging until one run wins consistently.
      for (;;) {
        k = islt(ms, i32[bK], i32[aK]);
        if (k) {
          if (k < 0) break fail;
          i32[dK++] = i32[bK++];
          if (hv) i32[dV++] = i32[bV++];
          ++bcount;
          acount = 0;
          --nb;
          if (nb === 0) { result = 0; break fail; }
          if (bcount >= minGallop) break;
        } else {
          i32[dK++] = i32[aK++];
          if (hv) i32[dV++] = i32[aV++];
          ++acount;
          bcount = 0;
          --na;
          if (na === 1) { copyB = true; break fail; }
          if (acount >= minGallop) break;
        }
      }
      // Galloping, until neither run wins consistently.
      ++minGallop;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        k = gallopRight(ms, i32[bK], aK, na, 0);
        acount = k;
        if (k) {
          if (k < 0) break fail;
          moveSlice(hv, dK, dV, aK, aV, k);
          dK += k; dV += k; aK += k; aV += k;
          na -= k;
          if (na === 1) { copyB = true; break fail; }
          // na == 0 is impossible for a consistent comparison, but can't be assumed.
          if (na === 0) { result = 0; break fail; }
        }
        i32[dK++] = i32[bK++];
        if (hv) i32[dV++] = i32[bV++];
        --nb;
        if (nb === 0) { result = 0; break fail; }

        k = gallopLeft(ms, i32[aK], bK, nb, 0);
        bcount = k;
        if (k) {
          if (k < 0) break fail;
          moveSlice(hv, dK, dV, bK, bV, k);
          dK += k; dV += k; bK += k; bV += k;
          nb -= k;
          if (nb === 0) { result = 0; break fail; }
        }
        i32[dK++] = i32[aK++];
        if (hv) i32[dV++] = i32[aV++];
        --na;
        if (na === 1) { copyB = true; break fail; }
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      ++minGallop; // penalty for leaving galloping mode
      ms.minGallop = minGallop;
    }
  }
  if (copyB) {
    // The last item of a belongs at the end of the merge.
    moveSlice(hv, dK, dV, bK, bV, nb);
    i32[dK + nb] = i32[aK];
    if (hv) i32[dV + nb] = i32[aV];
    return 0;
  }
  if (na) moveSlice(hv, dK, dV, aK, aV, na);
  return result;
}

// merge_hi: like mergeLo for na >= nb, merging from the right end.
function mergeHi(ms: MergeState, aK: number, aV: number, na: number, bK: number, bV: number, nb: number): number {
  const hv = aV >= 0;
  if (mergeGetmem(ms, nb) < 0) return -1;
  let dK = bK + nb - 1, dV = bV + nb - 1;
  moveSlice(hv, ms.aKeys, ms.aValues, bK, bV, nb);
  const baseaK = aK;
  const basebK = ms.aKeys, basebV = ms.aValues;
  bK = ms.aKeys + nb - 1;
  bV = ms.aValues + nb - 1;
  aK += na - 1;
  aV += na - 1;
  let k: number;
  let result = -1;
  // copy_decr(dest, ssa)
  i32[dK--] = i32[aK--];
  if (hv) i32[dV--] = i32[aV--];
  --na;
  let copyA = false;
  fail: {
    if (na === 0) { result = 0; break fail; }
    if (nb === 1) { copyA = true; break fail; }
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0, bcount = 0;
      for (;;) {
        k = islt(ms, i32[bK], i32[aK]);
        if (k) {
          if (k < 0) break fail;
          i32[dK--] = i32[aK--];
          if (hv) i32[dV--] = i32[aV--];
          ++acount;
          bcount = 0;
          --na;
          if (na === 0) { result = 0; break fail; }
          if (acount >= minGallop) break;
        } else {
          i32[dK--] = i32[bK--];
          if (hv) i32[dV--] = i32[bV--];
          ++bcount;
          acount = 0;
          --nb;
          if (nb === 1) { copyA = true; break fail; }
          if (bcount >= minGallop) break;
        }
      }
      ++minGallop;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        k = gallopRight(ms, i32[bK], baseaK, na, na - 1);
        if (k < 0) break fail;
        k = na - k;
        acount = k;
        if (k) {
          dK -= k; dV -= k; aK -= k; aV -= k;
          moveSlice(hv, dK + 1, dV + 1, aK + 1, aV + 1, k);
          na -= k;
          if (na === 0) { result = 0; break fail; }
        }
        i32[dK--] = i32[bK--];
        if (hv) i32[dV--] = i32[bV--];
        --nb;
        if (nb === 1) { copyA = true; break fail; }

        k = gallopLeft(ms, i32[aK], basebK, nb, nb - 1);
        if (k < 0) break fail;
        k = nb - k;
        bcount = k;
        if (k) {
          dK -= k; dV -= k; bK -= k; bV -= k;
          moveSlice(hv, dK + 1, dV + 1, bK + 1, bV + 1, k);
          nb -= k;
          if (nb === 1) { copyA = true; break fail; }
          // nb == 0 is impossible for a consistent comparison, but can't be assumed.
          if (nb === 0) { result = 0; break fail; }
        }
        i32[dK--] = i32[aK--];
        if (hv) i32[dV--] = i32[aV--];
        --na;
        if (na === 0) { result = 0; break fail; }
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      ++minGallop;
      ms.minGallop = minGallop;
    }
  }
  if (copyA) {
    // The first item of b belongs at the front of the merge.
    moveSlice(hv, dK + 1 - na, dV + 1 - na, aK + 1 - na, aV + 1 - na, na);
    dK -= na; dV -= na;
    i32[dK] = i32[bK];
    if (hv) i32[dV] = i32[bV];
    return 0;
  }
  if (nb) moveSlice(hv, dK - (nb - 1), dV - (nb - 1), basebK, basebV, nb);
  return result;
}

// merge_at: merges the runs at stack indices i and i + 1.
function mergeAt(ms: MergeState, i: number): number {
  let aK = ms.pendKeys[i], aV = ms.pendValues[i], na = ms.pendLen[i];
  const bK = ms.pendKeys[i + 1], bV = ms.pendValues[i + 1];
  let nb = ms.pendLen[i + 1];
  ms.pendLen[i] = na + nb;
  if (i === ms.n - 3) {
    ms.pendKeys[i + 1] = ms.pendKeys[i + 2];
    ms.pendValues[i + 1] = ms.pendValues[i + 2];
    ms.pendLen[i + 1] = ms.pendLen[i + 2];
    ms.pendPower[i + 1] = ms.pendPower[i + 2];
  }
  --ms.n;
  // Where does b start in a? Items of a before that are already in place.
  const k = gallopRight(ms, i32[bK], aK, na, 0);
  if (k < 0) return -1;
  aK += k;
  if (aV >= 0) aV += k;
  na -= k;
  if (na === 0) return 0;
  // Where does a end in b? Items of b after that are already in place.
  nb = gallopLeft(ms, i32[aK + na - 1], bK, nb, nb - 1);
  if (nb <= 0) return nb;
  if (na <= nb) return mergeLo(ms, aK, aV, na, bK, bV, nb);
  return mergeHi(ms, aK, aV, na, bK, bV, nb);
}

// powerloop: the powersort "power" of the run boundary between [s1, s1+n1) and [s1+n1, s1+n1+n2) in a list of n.
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  // Midpoints doubled: a = 2*s1 + n1, b = a + n1 + n2 (all below 2**33: exact in doubles).
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}

// found_new_run: merges pending runs of greater power than the boundary before the new run of n2 items.
function foundNewRun(ms: MergeState, n2: number): number {
  if (ms.n) {
    const s1 = ms.pendKeys[ms.n - 1] - ms.basekeys;
    const n1 = ms.pendLen[ms.n - 1];
    const power = powerloop(s1, n1, n2, ms.listlen);
    while (ms.n > 1 && ms.pendPower[ms.n - 2] > power) {
      if (mergeAt(ms, ms.n - 2) < 0) return -1;
    }
    ms.pendPower[ms.n - 1] = power;
  }
  return 0;
}

function mergeForceCollapse(ms: MergeState): number {
  while (ms.n > 1) {
    let n = ms.n - 2;
    if (n > 0 && ms.pendLen[n - 1] < ms.pendLen[n + 1]) --n;
    if (mergeAt(ms, n) < 0) return -1;
  }
  return 0;
}

// merge_compute_minrun: n for n < 64, else a k in [32, 64] with n/k just below a power of 2.
function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

// The pre-sort check: picks the comparison as CPython does.
function presortCheck(ms: MergeState, keys: number, n: number): void {
  let inTuples = isTupleExact(i32[keys] as Borrowed) && i32[(i32[keys] + OB_SIZE) >> 2] > 0;
  const first = i32[keys];
  const keyType = inTuples ? i32[(i32[(first + TUPLE_ITEMS) >> 2] + OB_TYPE) >> 2] : i32[(first + OB_TYPE) >> 2];
  let sameType = true;
  for (let i = 0; i < n; i++) {
    const o = i32[keys + i];
    if (inTuples && !(i32[(o + OB_TYPE) >> 2] === tupleType && i32[(o + OB_SIZE) >> 2] !== 0)) {
      inTuples = false;
      sameType = false;
      break;
    }
    const key = inTuples ? i32[(o + TUPLE_ITEMS) >> 2] : o;
    if (i32[(key + OB_TYPE) >> 2] !== keyType) {
      sameType = false;
      // Keys in tuples: keep checking that every key is a non-empty tuple.
      if (!inTuples) break;
    }
  }
  ms.keyRichcompare = null;
  if (sameType && keyType === intType) {
    ms.compare = CMP_INT;
  } else if (sameType && keyType === floatType) {
    ms.compare = CMP_FLOAT;
  } else if (sameType && keyType === strType) {
    ms.compare = CMP_STR;
  } else if (sameType) {
    const f = slotsOf((inTuples ? i32[(first + TUPLE_ITEMS) >> 2] : first) as Borrowed).richcompare;
    if (f !== null) {
      ms.keyRichcompare = f;
      ms.compare = CMP_UNSAFE_OBJECT;
    } else {
      ms.compare = CMP_SAFE;
    }
  } else {
    ms.compare = CMP_SAFE;
  }
  if (inTuples) {
    ms.tupleElemCompare = keyType === tupleType ? CMP_SAFE : ms.compare;
    ms.compare = CMP_UNSAFE_TUPLE;
  }
}

/**
 * list.sort(key=keyfunc, reverse=reverse): CPython's stable timsort, in place. keyfunc (a JS callback
 * for now) is called once per item, in order, before any comparison. Returns 0, or -1 with the
 * exception set (the list then holds some permutation of its items); a list changed by a key or a
 * comparison raises ValueError('list modified during sort').
 * https://docs.python.org/3/library/stdtypes.html#list.sort
 */
export function listSort(
  l: Borrowed, keyfunc: ((item: Borrowed) => Owned | Null) | null = null, reverse = false,
): number {
  // The list looks empty while sorting, so that code run by comparisons can't pull the items from
  // under us; any change to it sets `allocated` back to >= 0.
  const savedSize = i32[(l + OB_SIZE) >> 2];
  const savedItems = i32[(l + LIST_ITEMS) >> 2];
  const savedAllocated = i32[(l + LIST_ALLOCATED) >> 2];
  i32[(l + OB_SIZE) >> 2] = 0;
  i32[(l + LIST_ITEMS) >> 2] = 0;
  i32[(l + LIST_ALLOCATED) >> 2] = -1;
  const items = savedItems >> 2;

  let ok = false;
  let keysBlock = 0;
  let keyfuncFailed = false;
  if (keyfunc !== null && savedSize > 0) {
    keysBlock = alloc(4 * savedSize);
    if (keysBlock === 0) {
      errNoMemory();
      keyfuncFailed = true;
    } else {
      for (let i = 0; i < savedSize; i++) {
        const key = keyfunc(i32[items + i] as Borrowed);
        if (key === NULL) {
          for (let j = i - 1; j >= 0; j--) decref(i32[(keysBlock >> 2) + j] as Owned);
          free(keysBlock);
          keyfuncFailed = true;
          break;
        }
        i32[(keysBlock >> 2) + i] = key;
      }
    }
  }

  if (!keyfuncFailed) {
    const hasKeys = keyfunc !== null && savedSize > 0;
    let loK = hasKeys ? keysBlock >> 2 : items;
    let loV = hasKeys ? items : -1;
    const depth = sortDepth++;
    if (mergeStates.length <= depth) mergeStates.push(new MergeState());
    const ms = mergeStates[depth];
    ms.compare = CMP_SAFE;
    ms.keyRichcompare = null;
    ms.tupleElemCompare = CMP_SAFE;
    if (savedSize > 1) presortCheck(ms, loK, savedSize);
    // merge_init
    ms.aKeys = 0;
    ms.aValues = hasKeys ? 0 : -1;
    ms.alloced = 0;
    ms.aBlock = 0;
    ms.n = 0;
    ms.minGallop = MIN_GALLOP;
    ms.listlen = savedSize;
    ms.basekeys = loK;

    sort: {
      let nremaining = savedSize;
      if (nremaining < 2) { ok = true; break sort; }
      // Reverse first and last so that equal items keep their order in a reversed sort.
      if (reverse) {
        if (hasKeys) reverseWords(loK, loK + savedSize);
        reverseWords(items, items + savedSize);
      }
      const minrun = computeMinrun(nremaining);
      do {
        let n = countRun(ms, loK, loK + nremaining);
        if (n < 0) break sort;
        if (ms.descending) {
          reverseWords(loK, loK + n);
          if (loV >= 0) reverseWords(loV, loV + n);
        }
        if (n < minrun) {
          const force = nremaining <= minrun ? nremaining : minrun;
          if (binarysort(ms, loK, loV, loK + force, loK + n) < 0) break sort;
          n = force;
        }
        if (foundNewRun(ms, n) < 0) break sort;
        ms.pendKeys[ms.n] = loK;
        ms.pendValues[ms.n] = loV;
        ms.pendLen[ms.n] = n;
        ++ms.n;
        loK += n;
        if (loV >= 0) loV += n;
        nremaining -= n;
      } while (nremaining);
      if (mergeForceCollapse(ms) < 0) break sort;
      ok = true;
    }

    if (hasKeys) {
      for (let i = 0; i < savedSize; i++) decref(i32[(keysBlock >> 2) + i] as Owned);
      free(keysBlock);
    }
    if (i32[(l + LIST_ALLOCATED) >> 2] !== -1 && ok) {
      errSetString(ValueError, 'list modified during sort');
      ok = false;
    }
    if (reverse && savedSize > 1) reverseWords(items, items + savedSize);
    mergeFreemem(ms);
    ms.keyRichcompare = null;
    sortDepth--;
  }

  // Put the items back; drop whatever was put into the list meanwhile.
  const finalItems = i32[(l + LIST_ITEMS) >> 2];
  let i = i32[(l + OB_SIZE) >> 2];
  i32[(l + OB_SIZE) >> 2] = savedSize;
  i32[(l + LIST_ITEMS) >> 2] = savedItems;
  i32[(l + LIST_ALLOCATED) >> 2] = savedAllocated;
  if (finalItems !== 0) {
    while (--i >= 0) {
      const v = i32[(finalItems >> 2) + i];
      if (v !== 0) decref(v as Owned);
    }
    free(finalItems);
  }
  return ok ? 0 : -1;
}

// ---- Start-up -------------------------------------------------------------------------------------

/** Creates the list type (static phase). */
export function listInitStatic(): void {
  scratch = new Int32Array(256);
  scratchTop = 0;
  mergeStates.length = 0;
  sortDepth = 0;
  listType = typeNewStatic({
    name: 'list',
    basicsize: LIST_BASICSIZE,
    flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_LIST_SUBCLASS,
    slots: {
      dealloc: listDealloc, traverse: listTraverse, clear: (o) => { listClear(o); return 0; }, repr: listRepr, hash: objectHashNotImplemented,
      richcompare: listRichCompare, length: listLength,
    },
  });
}
