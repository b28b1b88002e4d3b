// The slice type and the slice index arithmetic shared by the sequence types.
// Mirrors Objects/sliceobject.c (PySlice_New, PySlice_Unpack, PySlice_AdjustIndices, slice.indices).
// Invariant: results of unpacking/adjusting are left in module-level variables so that no call allocates.

import { i32 } from '../heap/views.ts';
import { freelistPop, FREELIST_SLICE } from '../heap/alloc.ts';
import { incref, decref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNewStatic, typeOf, Py_TPFLAGS_HAVE_GC, Py_EQ, Py_NE, typeStaticDictExtras, type VisitProc } from './type.ts';
import {
  objectGCNew, objectGCFree, objectGCFromFreeBlock, objectGCToFreelist, objectRepr, objectRichCompare, objectHash, notImplemented, hashFailed, boolNew,
} from './object.ts';
import { errSetString, errOccurred } from './errors.ts';
import { TypeError, ValueError } from './exceptions.ts';
import { Py_None } from './none.ts';
import { intSafeValue, intSign, intFromNumber } from './int.ts';
import { strFromJS, strToJS, strInternImmortal } from './str.ts';
import { tuplePack } from './tuple.ts';
import { numberIndexAny, indexCheck, numberAsSsize } from './abstract.ts';
import { H64 } from '../support/hash64.ts';
import { tupleHashAdd, TUPLE_HASH_INIT_LO, TUPLE_HASH_INIT_HI } from '../support/numhash.ts';
import { memberDescriptorNew } from './member.ts';
import { type MethodDef, typeAddMethods, argsOne, argsNoKwnames, argsCheckPositional, argAt, argsNone, METH_NOARGS, METH_O } from './methodobject.ts';

/** The start index left by the last sliceAdjustIndices call (its other results are not needed). */
export let sliceStart = 0;
/** The stop index left by the last sliceAdjustIndices call. */
export let sliceStop = 0;

/**
 * PySlice_AdjustIndices: clamps start/stop for a sequence of `length` and returns the slice length;
 * the adjusted start and stop are left in sliceStart/sliceStop. step must not be 0.
 */
export function sliceAdjustIndices(length: number, start: number, stop: number, step: number): number {
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  sliceStart = start;
  sliceStop = stop;
  if (step < 0) {
    if (stop < start) return Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    return Math.floor((stop - start - 1) / step) + 1;
  }
  return 0;
}

// ---- The slice type (Objects/sliceobject.c) -------------------------------------------------------------
//
// slice (GC): +8 start  +12 stop  +16 step   (each owned; None when omitted)

export const SLICE_START = 8;
export const SLICE_STOP = 12;
export const SLICE_STEP = 16;
const SLICE_SIZE = 20;

export let sliceType = 0 as Borrowed;

/** PySlice_Check. */
export function isSlice(o: Borrowed): boolean {
  return typeOf(o) === sliceType;
}

/**
 * PySlice_New: borrowed parts, NULL meaning None. The free list of slices (FREELIST_SLICE, heap/alloc.ts)
 * is CPython 3.12's one-slice cache (interp->slice_cache), reused without counting as a GC allocation;
 * x[a:b] and x[a:b] = y make and drop one each time.
 */
export function sliceNew(start: Borrowed | Null, stop: Borrowed | Null, step: Borrowed | Null): Owned | Null {
  let o: Owned | Null;
  const block = freelistPop(FREELIST_SLICE);
  if (block !== 0) o = objectGCFromFreeBlock(block, sliceType, true);
  else {
    o = objectGCNew(sliceType, SLICE_SIZE);
    if (o === NULL) return NULL;
  }
  const a = start === NULL ? Py_None : start, b = stop === NULL ? Py_None : stop, c = step === NULL ? Py_None : step;
  incref(a); incref(b); incref(c);
  i32[(o + SLICE_START) >> 2] = a;
  i32[(o + SLICE_STOP) >> 2] = b;
  i32[(o + SLICE_STEP) >> 2] = c;
  return o;
}

function sliceDealloc(o: Owned): void {
  // slice_dealloc's order: step, start, stop; then into the one-slice cache if it is empty.
  decref(i32[(o + SLICE_STEP) >> 2] as Owned);
  decref(i32[(o + SLICE_START) >> 2] as Owned);
  decref(i32[(o + SLICE_STOP) >> 2] as Owned);
  if (!objectGCToFreelist(o, FREELIST_SLICE)) objectGCFree(o);
}

function sliceTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  for (let k = 0; k < 3; k++) {
    const r = visit(i32[(o + SLICE_START + 4 * k) >> 2] as Borrowed, arg);
    if (r !== 0) return r;
  }
  return 0;
}

export function sliceStartBorrow(o: Borrowed): Borrowed { return i32[(o + SLICE_START) >> 2] as Borrowed; }
export function sliceStopBorrow(o: Borrowed): Borrowed { return i32[(o + SLICE_STOP) >> 2] as Borrowed; }
export function sliceStepBorrow(o: Borrowed): Borrowed { return i32[(o + SLICE_STEP) >> 2] as Borrowed; }

function sliceRepr(o: Borrowed): Owned | Null {
  const parts: string[] = [];
  for (let k = 0; k < 3; k++) {
    const r = objectRepr(i32[(o + SLICE_START + 4 * k) >> 2] as Borrowed);
    if (r === NULL) return NULL;
    parts.push(strToJS(r));
    decref(r);
  }
  return strFromJS(`slice(${parts.join(', ')})`);
}

function sliceAsTuple(o: Borrowed): Owned | Null {
  return tuplePack([sliceStartBorrow(o), sliceStopBorrow(o), sliceStepBorrow(o)]);
}

function sliceRichCompare(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  if (!isSlice(a) || !isSlice(b)) return notImplemented();
  if (a === b && (op === Py_EQ || op === Py_NE)) return boolNew(op === Py_EQ);
  const ta = sliceAsTuple(a);
  if (ta === NULL) return NULL;
  const tb = sliceAsTuple(b);
  if (tb === NULL) { decref(ta); return NULL; }
  const r = objectRichCompare(ta, tb, op);
  decref(ta);
  decref(tb);
  return r;
}


/** slice.__hash__ (3.12): tuplehash's xxHash lanes over (start, stop, step), without the length step. */
function sliceHash(o: Borrowed): number {
  let lo = TUPLE_HASH_INIT_LO, hi = TUPLE_HASH_INIT_HI;
  for (let k = 0; k < 3; k++) {
    const h = objectHash(i32[(o + SLICE_START + 4 * k) >> 2] as Borrowed);
    if (hashFailed(h)) return -1;
    lo = tupleHashAdd(lo, hi, h, H64[1]);
    hi = H64[1];
  }
  if ((lo & hi) === -1) { H64[0] = 1546275796; H64[1] = 0; return 1546275796; }
  H64[0] = lo;
  H64[1] = hi;
  return lo;
}

/** Results of sliceUnpack. */
export let unpackStart = 0;
export let unpackStop = 0;
export let unpackStep = 0;

const SSIZE_MAX = Number.MAX_SAFE_INTEGER;

/** _PyEval_SliceIndex: an index (clamped to the safe range), or -1 with TypeError; result in sliceIndexValue. */
let sliceIndexValue = 0;
function sliceIndex(v: Borrowed): number {
  if (!indexCheck(v)) {
    errSetString(TypeError, 'slice indices must be integers or None or have an __index__ method');
    return -1;
  }
  const x = numberAsSsize(v, NULL);
  if (x === -1 && errOccurred() !== NULL) return -1;
  sliceIndexValue = x;
  return 0;
}

/** PySlice_Unpack: start/stop/step as numbers (None as the defaults for the sign of step). 0 / -1. */
export function sliceUnpack(o: Borrowed): number {
  return sliceUnpackParts(sliceStartBorrow(o), sliceStopBorrow(o), sliceStepBorrow(o));
}

/**
 * PySlice_Unpack of a slice's three parts (the JIT's slicing of an exact list without making the
 * slice): into unpackStart/unpackStop/unpackStep. 0 / -1 with the exception set.
 */
export function sliceUnpackParts(sa: Borrowed, so: Borrowed, st: Borrowed): number {
  if (st === Py_None) unpackStep = 1;
  else {
    if (sliceIndex(st) < 0) return -1;
    if (sliceIndexValue === 0) {
      errSetString(ValueError, 'slice step cannot be zero');
      return -1;
    }
    unpackStep = sliceIndexValue < -SSIZE_MAX ? -SSIZE_MAX : sliceIndexValue;
  }
  if (sa === Py_None) unpackStart = unpackStep < 0 ? SSIZE_MAX : 0;
  else { if (sliceIndex(sa) < 0) return -1; unpackStart = sliceIndexValue; }
  if (so === Py_None) unpackStop = unpackStep < 0 ? -SSIZE_MAX - 1 : SSIZE_MAX;
  else { if (sliceIndex(so) < 0) return -1; unpackStop = sliceIndexValue; }
  return 0;
}

/** PySlice_GetIndicesEx: unpack + adjust for `length`; returns the slice length (-1 on error) and leaves start/stop in sliceStart/sliceStop, step in unpackStep. */
export function sliceGetIndices(o: Borrowed, length: number): number {
  if (sliceUnpack(o) < 0) return -1;
  return sliceAdjustIndices(length, unpackStart, unpackStop, unpackStep);
}

/** slice.indices(length) https://docs.python.org/3/reference/datamodel.html#slice.indices */
function slice_indices(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsOne('slice.indices', nargs, kwnames)) return NULL;
  const lenObj = i32[args >> 2] as Borrowed;
  const li = numberIndexAny(lenObj);
  if (li === NULL) return NULL;
  if (intSign(li) < 0) { decref(li); return errSetString(ValueError, 'length should not be negative'); }
  const length = intSafeValue(li);
  decref(li);
  if (length !== length) return errSetString(TypeError, 'slice.indices() length too large for this runtime');
  const s = self as Borrowed;
  let step = 1;
  const st = sliceStepBorrow(s);
  if (st !== Py_None) {
    if (sliceIndex(st) < 0) return NULL;
    step = sliceIndexValue;
    if (step === 0) return errSetString(ValueError, 'slice step cannot be zero');
  }
  const lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
  const bound = (v: Borrowed, dflt: number): number | null => {
    if (v === Py_None) return dflt;
    if (sliceIndex(v) < 0) return null;
    let x = sliceIndexValue;
    if (x < 0) { x += length; if (x < lower) x = lower; } else if (x > upper) x = upper;
    return x;
  };
  const start = bound(sliceStartBorrow(s), step < 0 ? upper : lower);
  if (start === null) return NULL;
  const stop = bound(sliceStopBorrow(s), step < 0 ? lower : upper);
  if (stop === null) return NULL;
  const a = intFromNumber(start), b = intFromNumber(stop), c = intFromNumber(step);
  if (a === NULL || b === NULL || c === NULL) { if (a) decref(a); if (b) decref(b); if (c) decref(c); return NULL; }
  const t = tuplePack([a, b, c]);
  decref(a); decref(b); decref(c);
  return t;
}

/** slice(stop) / slice(start, stop[, step]). */
function sliceNewVector(_type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('slice', kwnames)) return NULL;
  if (!argsCheckPositional('slice', nargs, 1, 3)) return NULL;
  if (nargs === 1) return sliceNew(NULL, argAt(args, 0), NULL);
  return sliceNew(argAt(args, 0), argAt(args, 1), nargs === 3 ? argAt(args, 2) : NULL);
}

/** slice.__reduce__() (slice_reduce): (slice, (start, stop, step)). */
function slice_reduce(self: Borrowed | Null, _args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!argsNone('slice.__reduce__', nargs, kw)) return NULL;
  const o = self as Borrowed;
  const args = tuplePack([sliceStartBorrow(o), sliceStopBorrow(o), sliceStepBorrow(o)]);
  if (args === NULL) return NULL;
  const r = tuplePack([typeOf(o), args]);
  decref(args);
  return r;
}

const sliceMethods: MethodDef[] = [
  { name: 'indices', fn: slice_indices, flags: METH_O },
  { name: '__reduce__', fn: slice_reduce, flags: METH_NOARGS, doc: 'Return state information for pickling.' },
];

/** Creates the slice type (static phase). */
export function sliceInitStatic(): void {
  sliceType = typeNewStatic({
    name: 'slice',
    basicsize: SLICE_SIZE,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: {
      dealloc: sliceDealloc, traverse: sliceTraverse, repr: sliceRepr, richcompare: sliceRichCompare, hash: sliceHash,
      new: sliceNewVector,
    },
  });
}

/** Registers slice's methods (after methodObjectInitStatic). */
export function sliceAddMethods(): void {
  typeAddMethods(sliceType, sliceMethods);
  // start / stop / step: read-only members, as in CPython (their fields always hold a value).
  typeStaticDictExtras(sliceType, (t) => [
    ['start', memberDescriptorNew(t, strInternImmortal('start'), SLICE_START, true)],
    ['stop', memberDescriptorNew(t, strInternImmortal('stop'), SLICE_START + 4, true)],
    ['step', memberDescriptorNew(t, strInternImmortal('step'), SLICE_START + 8, true)],
  ]);
}
