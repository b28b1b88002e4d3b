// The range type and its iterators (range_iterator for safe-integer ranges, longrange_iterator otherwise).
// Mirrors Objects/rangeobject.c. Invariants: start/stop/step/length are exact ints (owned), step != 0,
// length computed once at creation; a range is immutable. The fast iterator keeps doubles (exact for
// |values| < 2**53) and allocates nothing but the ints it yields.
//
// range:            +8 start  +12 stop  +16 step  +20 length   (owned ints)
// range_iterator:   +8 next (f64) +16 step (f64) +24 remaining (f64)
// longrange_iterator (GC): +8 start +12 step +16 len (owned ints)  +20 index (owned int)

import { i32, f64 } from '../heap/views.ts';
import { decref, newRef, xdecref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNewStatic, typeOf, typeNameOf, Py_TPFLAGS_HAVE_GC, Py_EQ, Py_NE, Py_LT, typeStaticDictExtras, type VisitProc } from './type.ts';
import {
  objectGCNew, objectGCFree, objectNew, objectFree, objectRepr, objectRichCompareBool, objectHash, hashFailed,
  notImplemented, boolNew, noneNew,
} from './object.ts';
import { errSetString, errOccurred } from './errors.ts';
import { TypeError, ValueError, IndexError, OverflowError } from './exceptions.ts';
import { Py_None } from './none.ts';
import {
  isIntExact, intSafeValue, intSign, intFromNumber, intToBigInt, intFromBigInt, smallInt, intCompare, isInt,
  intBitLengthNumber,
} from './int.ts';
import { boolType } from './bool.ts';
import { strFromJS, strToJS, strInternImmortal } from './str.ts';
import { tupleNew, tupleSetItemSteal, tuplePack } from './tuple.ts';
import { H64 } from '../support/hash64.ts';
import {
  numberIndex, objectGetIter, iterNext, indexCheck, iterHooks,
} from './abstract.ts';
import { isSlice, sliceStartBorrow, sliceStopBorrow, sliceStepBorrow } from './slice.ts';
import { memberDescriptorNew } from './member.ts';
import { type MethodDef, typeAddMethods, argsOne, argsNone, argsNoKwnames, argAt, METH_NOARGS, METH_O } from './methodobject.ts';
import { selfIter } from './iterobject.ts';

const R_START = 8, R_STOP = 12, R_STEP = 16, R_LEN = 20, RANGE_SIZE = 24;
const RI_NEXT = 8, RI_STEP = 16, RI_LEN = 24, RANGEITER_SIZE = 32;
const LRI_START = 8, LRI_STEP = 12, LRI_LEN = 16, LRI_INDEX = 20, LRANGEITER_SIZE = 24;

export let rangeType = 0 as Borrowed;
export let rangeIterType = 0 as Borrowed;
export let longRangeIterType = 0 as Borrowed;

export function isRange(o: Borrowed): boolean {
  return typeOf(o) === rangeType;
}

function field(o: Borrowed, off: number): Borrowed {
  return i32[(o + off) >> 2] as Borrowed;
}

/** compute_range_length: max(0, ceil((stop - start) / step)) as a bigint. */
function rangeLengthBig(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
}

/** make_range_object from owned exact ints (all stolen). */
function rangeFromSteal(start: Owned, stop: Owned, step: Owned): Owned | Null {
  const a = intSafeValue(start), b = intSafeValue(stop), c = intSafeValue(step);
  let len: Owned | Null;
  if (a === a && b === b && c === c) {
    let n = 0;
    if (c > 0) { if (a < b) n = Math.floor((b - a - 1) / c) + 1; }
    else if (a > b) n = Math.floor((a - b - 1) / -c) + 1;
    len = intFromNumber(n);
  } else {
    len = intFromBigInt(rangeLengthBig(intToBigInt(start), intToBigInt(stop), intToBigInt(step)));
  }
  if (len === NULL) { decref(start); decref(stop); decref(step); return NULL; }
  const r = objectNew(rangeType, RANGE_SIZE);
  if (r === NULL) { decref(start); decref(stop); decref(step); decref(len); return NULL; }
  i32[(r + R_START) >> 2] = start;
  i32[(r + R_STOP) >> 2] = stop;
  i32[(r + R_STEP) >> 2] = step;
  i32[(r + R_LEN) >> 2] = len;
  return r;
}

/** range(...) (tp_new / vectorcall): the type is `callable`. */
export function rangeNewVector(_type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('range', kwnames)) return NULL;
  if (nargs === 0) return errSetString(TypeError, 'range expected at least 1 argument, got 0');
  if (nargs > 3) return errSetString(TypeError, `range expected at most 3 arguments, got ${nargs}`);
  let start: Owned | Null, stop: Owned | Null, step: Owned | Null;
  if (nargs === 1) {
    stop = numberIndex(argAt(args, 0));
    if (stop === NULL) return NULL;
    return rangeFromSteal(newRef(smallInt(0)), stop, newRef(smallInt(1)));
  }
  start = numberIndex(argAt(args, 0));
  if (start === NULL) return NULL;
  stop = numberIndex(argAt(args, 1));
  if (stop === NULL) { decref(start); return NULL; }
  if (nargs === 3) {
    step = numberIndex(argAt(args, 2));
    if (step === NULL) { decref(start); decref(stop); return NULL; }
    if (intSign(step) === 0) {
      decref(start); decref(stop); decref(step);
      return errSetString(ValueError, 'range() arg 3 must not be zero');
    }
  } else {
    step = newRef(smallInt(1));
  }
  return rangeFromSteal(start, stop, step);
}

/** range(start, stop, step) from JS numbers (safe integers). */
export function rangeNew(start: number, stop: number, step: number): Owned | Null {
  const a = intFromNumber(start);
  if (a === NULL) return NULL;
  const b = intFromNumber(stop);
  if (b === NULL) { decref(a); return NULL; }
  const c = intFromNumber(step);
  if (c === NULL) { decref(a); decref(b); return NULL; }
  return rangeFromSteal(a, b, c);
}

function rangeDealloc(o: Owned): void {
  decref(field(o, R_START) as Owned);
  decref(field(o, R_STOP) as Owned);
  decref(field(o, R_STEP) as Owned);
  decref(field(o, R_LEN) as Owned);
  objectFree(o);
}

function rangeRepr(o: Borrowed): Owned | Null {
  const parts: string[] = [];
  const offs = intSafeValue(field(o, R_STEP)) === 1 ? [R_START, R_STOP] : [R_START, R_STOP, R_STEP];
  for (const off of offs) {
    const r = objectRepr(field(o, off));
    if (r === NULL) return NULL;
    parts.push(strToJS(r));
    decref(r);
  }
  return strFromJS(`range(${parts.join(', ')})`);
}

/** len(range): OverflowError when the length doesn't fit. */
function rangeLength(o: Borrowed): number {
  // Py_ssize_t here is the JS safe-integer range (CPython's limit is 2**63 - 1).
  const n = intSafeValue(field(o, R_LEN));
  if (n !== n) {
    errSetString(OverflowError, 'Python int too large to convert to C ssize_t');
    return -1;
  }
  return n;
}

function rangeBool(o: Borrowed): number {
  return intSign(field(o, R_LEN)) !== 0 ? 1 : 0;
}

/** The i-th item (0 <= i < len) as start + i * step. */
function rangeItemBig(o: Borrowed, i: bigint): Owned | Null {
  return intFromBigInt(intToBigInt(field(o, R_START)) + i * intToBigInt(field(o, R_STEP)));
}

/** range[i] / range[slice]. */
function rangeSubscript(o: Borrowed, key: Borrowed): Owned | Null {
  if (isSlice(key)) return rangeSlice(o, key);
  if (!indexCheck(key)) {
    return errSetString(TypeError, `range indices must be integers or slices, not ${typeNameOf(key)}`);
  }
  const ik = numberIndex(key);
  if (ik === NULL) return NULL;
  const len = intToBigInt(field(o, R_LEN));
  let i = intToBigInt(ik);
  decref(ik);
  if (i < 0n) i += len;
  if (i < 0n || i >= len) return errSetString(IndexError, 'range object index out of range');
  return rangeItemBig(o, i);
}


function rangeSlice(o: Borrowed, slice: Borrowed): Owned | Null {
  // compute_slice with big ints: slice.indices(len) then start/stop/step of the sub-range.
  const len = intToBigInt(field(o, R_LEN));
  const big = (v: Borrowed): bigint | null => {
    const i = numberIndex(v);
    if (i === NULL) return null;
    const b = intToBigInt(i);
    decref(i);
    return b;
  };
  let step = 1n;
  const st = sliceStepBorrow(slice);
  if (st !== Py_None) {
    if (!indexCheck(st)) { errSetString(TypeError, 'slice indices must be integers or None or have an __index__ method'); return NULL; }
    const s = big(st);
    if (s === null) return NULL;
    if (s === 0n) return errSetString(ValueError, 'slice step cannot be zero');
    step = s;
  }
  const lower = step < 0n ? -1n : 0n, upper = step < 0n ? len - 1n : len;
  const bound = (v: Borrowed, dflt: bigint): bigint | null => {
    if (v === Py_None) return dflt;
    if (!indexCheck(v)) { errSetString(TypeError, 'slice indices must be integers or None or have an __index__ method'); return null; }
    let x = big(v);
    if (x === null) return null;
    if (x < 0n) { x += len; if (x < lower) x = lower; } else if (x > upper) x = upper;
    return x;
  };
  const sStart = bound(sliceStartBorrow(slice), step < 0n ? upper : lower);
  if (sStart === null) return NULL;
  const sStop = bound(sliceStopBorrow(slice), step < 0n ? lower : upper);
  if (sStop === null) return NULL;
  const rStart = intToBigInt(field(o, R_START)), rStep = intToBigInt(field(o, R_STEP));
  const a = intFromBigInt(rStart + sStart * rStep);
  if (a === NULL) return NULL;
  const b = intFromBigInt(rStart + sStop * rStep);
  if (b === NULL) { decref(a); return NULL; }
  const c = intFromBigInt(rStep * step);
  if (c === NULL) { decref(a); decref(b); return NULL; }
  return rangeFromSteal(a, b, c);
}

/** The position of int `v` in the range, or -1 (big-int arithmetic). */
function rangeIndexOfInt(o: Borrowed, v: Borrowed): bigint {
  const start = intToBigInt(field(o, R_START)), stop = intToBigInt(field(o, R_STOP)), step = intToBigInt(field(o, R_STEP));
  const x = intToBigInt(v);
  if (step > 0n ? !(x >= start && x < stop) : !(x <= start && x > stop)) return -1n;
  const d = x - start;
  if (d % step !== 0n) return -1n;
  return d / step;
}

function isIntLike(v: Borrowed): boolean {
  return isIntExact(v) || typeOf(v) === boolType;
}

function rangeContains(o: Borrowed, v: Borrowed): number {
  if (isIntLike(v)) return rangeIndexOfInt(o, v) >= 0n ? 1 : 0;
  // Generic: compare with every item.
  const it = objectGetIter(o);
  if (it === NULL) return -1;
  for (;;) {
    const item = iterNext(it);
    if (item === NULL) { decref(it); return errOccurred() !== NULL ? -1 : 0; }
    const c = objectRichCompareBool(item, v, Py_EQ);
    decref(item);
    if (c !== 0) { decref(it); return c; }
  }
}

function rangeRichCompare(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  if (!isRange(a) || !isRange(b) || (op !== Py_EQ && op !== Py_NE)) return notImplemented();
  let eq: boolean;
  if (a === b) eq = true;
  else {
    const la = field(a, R_LEN), lb = field(b, R_LEN);
    if (intCompare(la, lb) !== 0) eq = false;
    else if (intSign(la) === 0) eq = true;
    else if (intCompare(field(a, R_START), field(b, R_START)) !== 0) eq = false;
    else if (intSafeValue(la) === 1) eq = true;
    else eq = intCompare(field(a, R_STEP), field(b, R_STEP)) === 0;
  }
  return boolNew(op === Py_EQ ? eq : !eq);
}

/** range.__hash__: hash((len, start, step)) with None for the parts that don't matter. */
function rangeHash(o: Borrowed): number {
  const len = field(o, R_LEN);
  const t = tupleNew(3);
  if (t === NULL) { H64[0] = -1; H64[1] = -1; return -1; }
  tupleSetItemSteal(t, 0, newRef(len));
  if (intSign(len) === 0) {
    tupleSetItemSteal(t, 1, newRef(Py_None));
    tupleSetItemSteal(t, 2, newRef(Py_None));
  } else {
    tupleSetItemSteal(t, 1, newRef(field(o, R_START)));
    tupleSetItemSteal(t, 2, newRef(intSafeValue(len) === 1 ? Py_None : field(o, R_STEP)));
  }
  const h = objectHash(t);
  const hi = H64[1];
  decref(t);
  H64[0] = h; H64[1] = hi;
  if (hashFailed(h)) return -1;
  return h;
}


// ---- iterators ----------------------------------------------------------------------------------------------

function fastIterNew(start: number, step: number, len: number): Owned | Null {
  const it = objectNew(rangeIterType, RANGEITER_SIZE);
  if (it === NULL) return NULL;
  f64[(it + RI_NEXT) >> 3] = start;
  f64[(it + RI_STEP) >> 3] = step;
  f64[(it + RI_LEN) >> 3] = len;
  return it;
}

function longIterNew(start: bigint, step: bigint, len: bigint): Owned | Null {
  const a = intFromBigInt(start);
  if (a === NULL) return NULL;
  const b = intFromBigInt(step);
  if (b === NULL) { decref(a); return NULL; }
  const c = intFromBigInt(len);
  if (c === NULL) { decref(a); decref(b); return NULL; }
  const it = objectGCNew(longRangeIterType, LRANGEITER_SIZE);
  if (it === NULL) { decref(a); decref(b); decref(c); return NULL; }
  i32[(it + LRI_START) >> 2] = a;
  i32[(it + LRI_STEP) >> 2] = b;
  i32[(it + LRI_LEN) >> 2] = c;
  i32[(it + LRI_INDEX) >> 2] = newRef(smallInt(0));
  return it;
}

function iterFor(start: bigint, step: bigint, len: bigint): Owned | Null {
  const last = start + (len > 0n ? (len - 1n) * step : 0n);
  const safe = (x: bigint): boolean => x <= 9007199254740991n && x >= -9007199254740991n;
  if (safe(start) && safe(last) && safe(step) && safe(len) && safe(last + step)) {
    return fastIterNew(Number(start), Number(step), Number(len));
  }
  return longIterNew(start, step, len);
}

/** iter(range). */
export function rangeIter(o: Borrowed): Owned | Null {
  const a = intSafeValue(field(o, R_START)), c = intSafeValue(field(o, R_STEP)), n = intSafeValue(field(o, R_LEN));
  if (a === a && c === c && n === n) {
    const last = a + (n > 0 ? (n - 1) * c : 0);
    if (Number.isSafeInteger(last) && Number.isSafeInteger(last + c)) return fastIterNew(a, c, n);
  }
  return iterFor(intToBigInt(field(o, R_START)), intToBigInt(field(o, R_STEP)), intToBigInt(field(o, R_LEN)));
}

/** reversed(range). */
export function rangeReversed(o: Borrowed): Owned | Null {
  const start = intToBigInt(field(o, R_START)), step = intToBigInt(field(o, R_STEP)), len = intToBigInt(field(o, R_LEN));
  const last = start + (len - 1n) * step;
  return iterFor(len > 0n ? last : start, -step, len);
}

/** tp_iternext of range iterators (the JIT's FOR_ITER calls it directly); NULL at the end or with MemoryError. */
export function rangeIterNext(it: Borrowed): Owned | Null {
  const n = f64[(it + RI_LEN) >> 3];
  if (n <= 0) return NULL;
  const v = f64[(it + RI_NEXT) >> 3];
  f64[(it + RI_NEXT) >> 3] = v + f64[(it + RI_STEP) >> 3];
  f64[(it + RI_LEN) >> 3] = n - 1;
  return intFromNumber(v);
}

function longIterNext(it: Borrowed): Owned | Null {
  const idx = field(it, LRI_INDEX), len = field(it, LRI_LEN);
  if (intCompare(idx, len) >= 0) return NULL;
  const i = intToBigInt(idx);
  const v = intFromBigInt(intToBigInt(field(it, LRI_START)) + i * intToBigInt(field(it, LRI_STEP)));
  if (v === NULL) return NULL;
  const ni = intFromBigInt(i + 1n);
  if (ni === NULL) { decref(v); return NULL; }
  i32[(it + LRI_INDEX) >> 2] = ni;
  decref(idx as Owned);
  return v;
}

function longIterDealloc(o: Owned): void {
  for (const off of [LRI_START, LRI_STEP, LRI_LEN, LRI_INDEX]) xdecref(field(o, off) as Owned);
  objectGCFree(o);
}

function longIterTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  for (const off of [LRI_START, LRI_STEP, LRI_LEN, LRI_INDEX]) {
    const r = visit(field(o, off), arg);
    if (r !== 0) return r;
  }
  return 0;
}

// ---- methods -------------------------------------------------------------------------------------------------

function range_count(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsOne('range.count', nargs, kwnames)) return NULL;
  const v = argAt(args, 0);
  if (isIntLike(v)) return newRef(smallInt(rangeIndexOfInt(self as Borrowed, v) >= 0n ? 1 : 0));
  const it = objectGetIter(self as Borrowed);
  if (it === NULL) return NULL;
  let n = 0;
  for (;;) {
    const item = iterNext(it);
    if (item === NULL) break;
    const c = objectRichCompareBool(item, v, Py_EQ);
    decref(item);
    if (c < 0) { decref(it); return NULL; }
    n += c;
  }
  decref(it);
  if (errOccurred() !== NULL) return NULL;
  return intFromNumber(n);
}

function range_index(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsOne('range.index', nargs, kwnames)) return NULL;
  const v = argAt(args, 0);
  if (isIntLike(v)) {
    const i = rangeIndexOfInt(self as Borrowed, v);
    if (i >= 0n) return intFromBigInt(i);
  } else {
    const it = objectGetIter(self as Borrowed);
    if (it === NULL) return NULL;
    for (let i = 0; ; i++) {
      const item = iterNext(it);
      if (item === NULL) break;
      const c = objectRichCompareBool(item, v, Py_EQ);
      decref(item);
      if (c < 0) { decref(it); return NULL; }
      if (c > 0) { decref(it); return intFromNumber(i); }
    }
    decref(it);
    if (errOccurred() !== NULL) return NULL;
    // Not an int: _PySequence_IterSearch's wording.
    return errSetString(ValueError, 'sequence.index(x): x not in sequence');
  }
  const r = objectRepr(v);
  if (r === NULL) return NULL;
  const s = strToJS(r);
  decref(r);
  return errSetString(ValueError, `${s} is not in range`);
}

function range_reversed(self: Borrowed | Null, _args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNone('range.__reversed__', nargs, kwnames)) return NULL;
  return rangeReversed(self as Borrowed);
}

function rangeiter_length_hint(self: Borrowed | Null): Owned | Null {
  return intFromNumber(Math.max(0, f64[((self as number) + RI_LEN) >> 3]));
}

/** range_iterator.__reduce__: (iter, (range(next, next + remaining * step, step),), None), as CPython 3.12. */
function rangeiter_reduce(self: Borrowed | Null): Owned | Null {
  const it = self as number;
  const fn = iterHooks.builtin!('iter');
  if (fn === NULL) return NULL;
  const next = f64[(it + RI_NEXT) >> 3], step = f64[(it + RI_STEP) >> 3], len = Math.max(0, f64[(it + RI_LEN) >> 3]);
  const r = rangeNew(next, next + len * step, step);
  if (r === NULL) return NULL;
  const a = tuplePack([r]);
  decref(r);
  if (a === NULL) return NULL;
  const res = tuplePack([fn, a, Py_None]);
  decref(a);
  return res;
}

/** range_iterator.__setstate__(n): skips n items (clamped to [0, remaining]). */
function rangeiter_setstate(self: Borrowed | Null, args: number, nargs: number): Owned | Null {
  const it = self as number;
  if (nargs !== 1) return errSetString(TypeError, `range_iterator.__setstate__() takes exactly one argument (${nargs} given)`);
  // PyLong_AsLong: any object with __index__.
  const st = numberIndex(argAt(args, 0));
  if (st === NULL) return NULL;
  let n = intSafeValue(st);
  if (n !== n) {
    const tooBig = intBitLengthNumber(st) > 63;
    n = intSign(st) < 0 ? 0 : Infinity;
    if (tooBig) { decref(st); return errSetString(OverflowError, 'Python int too large to convert to C long'); }
  }
  decref(st);
  const len = Math.max(0, f64[(it + RI_LEN) >> 3]);
  const k = n < 0 ? 0 : n > len ? len : n;
  f64[(it + RI_NEXT) >> 3] += k * f64[(it + RI_STEP) >> 3];
  f64[(it + RI_LEN) >> 3] = len - k;
  return noneNew();
}

/**
 * longrange_iterator.__reduce__ (longrangeiter_reduce): (iter, (range(next, next + remaining * step, step),),
 * None), the range of what is left to produce.
 */
function longrangeiter_reduce(self: Borrowed | Null): Owned | Null {
  const it = self as Borrowed;
  const fn = iterHooks.builtin!('iter');
  if (fn === NULL) return NULL;
  const step = intToBigInt(field(it, LRI_STEP)), idx = intToBigInt(field(it, LRI_INDEX));
  let left = intToBigInt(field(it, LRI_LEN)) - idx;
  if (left < 0n) left = 0n;
  const next = intToBigInt(field(it, LRI_START)) + idx * step;
  const a = intFromBigInt(next);
  if (a === NULL) return NULL;
  const b = intFromBigInt(next + left * step);
  if (b === NULL) { decref(a); return NULL; }
  const r = rangeFromSteal(a, b, newRef(field(it, LRI_STEP)));
  if (r === NULL) return NULL;
  const args = tuplePack([r]);
  decref(r);
  if (args === NULL) return NULL;
  const res = tuplePack([fn, args, Py_None]);
  decref(args);
  return res;
}

/** longrange_iterator.__length_hint__(): how many items are left. */
function longrangeiter_length_hint(self: Borrowed | Null): Owned | Null {
  const it = self as Borrowed;
  const left = intToBigInt(field(it, LRI_LEN)) - intToBigInt(field(it, LRI_INDEX));
  return intFromBigInt(left > 0n ? left : 0n);
}

/** longrange_iterator.__setstate__(n): skips n items (clamped to [0, remaining]). */
function longrangeiter_setstate(self: Borrowed | Null, args: number, nargs: number): Owned | Null {
  if (nargs !== 1) return errSetString(TypeError, `longrange_iterator.__setstate__() takes exactly one argument (${nargs} given)`);
  const st = argAt(args, 0);
  if (!isInt(st)) {
    // CPython clips the state by comparing it with 0 first: that comparison's error, else not an int.
    if (objectRichCompareBool(st, smallInt(0), Py_LT) < 0) return NULL;
    return errSetString(TypeError, `'${typeNameOf(st)}' object cannot be interpreted as an integer`);
  }
  const it = self as Borrowed;
  const idx = intToBigInt(field(it, LRI_INDEX)), len = intToBigInt(field(it, LRI_LEN));
  const left = len > idx ? len - idx : 0n;
  let n = intToBigInt(st);
  n = n < 0n ? 0n : n > left ? left : n;
  const ni = intFromBigInt(idx + n);
  if (ni === NULL) return NULL;
  decref(field(it, LRI_INDEX) as Owned);
  i32[(it + LRI_INDEX) >> 2] = ni;
  return noneNew();
}

/** range.__reduce__() (range_reduce): (range, (start, stop, step)). */
function range_reduce(self: Borrowed | Null, _args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!argsNone('range.__reduce__', nargs, kw)) return NULL;
  const o = self as Borrowed;
  const args = tuplePack([field(o, R_START), field(o, R_STOP), field(o, R_STEP)]);
  if (args === NULL) return NULL;
  const r = tuplePack([typeOf(o), args]);
  decref(args);
  return r;
}

// The call machinery checks the METH_NOARGS / METH_O counts (the natives' own checks are a fallback).
const rangeMethods: MethodDef[] = [
  { name: '__reversed__', fn: range_reversed, flags: METH_NOARGS },
  { name: '__reduce__', fn: range_reduce, flags: METH_NOARGS, doc: 'Return state information for pickling.' },
  { name: 'count', fn: range_count, flags: METH_O },
  { name: 'index', fn: range_index, flags: METH_O },
];

/** Creates range, range_iterator and longrange_iterator (static phase). */
export function rangeInitStatic(): void {
  rangeType = typeNewStatic({
    name: 'range',
    basicsize: RANGE_SIZE,
    slots: {
      dealloc: rangeDealloc, repr: rangeRepr, length: rangeLength, bool: rangeBool, getitem: rangeSubscript,
      contains: rangeContains, richcompare: rangeRichCompare, hash: rangeHash, iter: rangeIter,
      new: rangeNewVector,
    },
  });
  rangeIterType = typeNewStatic({
    name: 'range_iterator',
    basicsize: RANGEITER_SIZE,
    slots: { dealloc: objectFree, iter: selfIter, iternext: rangeIterNext },
  });
  longRangeIterType = typeNewStatic({
    name: 'longrange_iterator',
    basicsize: LRANGEITER_SIZE,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: { dealloc: longIterDealloc, traverse: longIterTraverse, iter: selfIter, iternext: longIterNext },
  });
}

/** Registers range's methods (after methodObjectInitStatic). */
export function rangeAddMethods(): void {
  typeAddMethods(rangeType, rangeMethods);
  // start / stop / step: read-only members, as in CPython (their fields always hold a value).
  typeStaticDictExtras(rangeType, (t) => [
    ['start', memberDescriptorNew(t, strInternImmortal('start'), R_START, true)],
    ['stop', memberDescriptorNew(t, strInternImmortal('stop'), R_STOP, true)],
    ['step', memberDescriptorNew(t, strInternImmortal('step'), R_STEP, true)],
  ]);
  typeAddMethods(rangeIterType, [
    { name: '__length_hint__', fn: rangeiter_length_hint, flags: METH_NOARGS },
    { name: '__reduce__', fn: rangeiter_reduce, flags: METH_NOARGS, doc: 'Return state information for pickling.' },
    { name: '__setstate__', fn: rangeiter_setstate, flags: METH_O, doc: 'Set state information for unpickling.' },
  ]);
  typeAddMethods(longRangeIterType, [
    { name: '__length_hint__', fn: longrangeiter_length_hint, flags: METH_NOARGS },
    { name: '__reduce__', fn: longrangeiter_reduce, flags: METH_NOARGS, doc: 'Return state information for pickling.' },
    { name: '__setstate__', fn: longrangeiter_setstate, flags: METH_O, doc: 'Set state information for unpickling.' },
  ]);
}

