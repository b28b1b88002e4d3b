// bytearray: the mutable byte buffer, its iterator, and the buffer exports that pin its storage.
// Mirrors Objects/bytearrayobject.c (PyByteArray_Resize's growth policy, bytearray_setslice_linear,
// bytearray_ass_subscript, the export count of bytearray_getbuffer / _canresize).
// Invariants: the data lives in its own heap block (ob_bytes, 0 when alloc is 0) of `alloc` bytes with a NUL after
// the last byte; the block never moves or changes size while exports > 0 (memoryviews point into it).
//
//   +0  ob_refcnt
//   +4  ob_type
//   +8  ob_size     number of bytes
//   +12 ob_alloc    bytes allocated at ob_bytes (ob_size + 1 at least, or 0)
//   +16 ob_bytes    heap address of the data block
//   +20 ob_exports  buffers exported (live memoryviews)

import { u8, i32 } from '../heap/views.ts';
import { alloc, free } from '../heap/alloc.ts';
import { incref, decref, newRef, xdecref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { OB_SIZE } from '../heap/header.ts';
import {
  typeNewStatic, typeOf, typeNameOf, typeName, typeIsSubtype, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, TP_FLAGS,
  typeGenericAlloc, Py_EQ, Py_NE, type VisitProc,
} from './type.ts';
import {
  objectNew, objectFree, objectGCFree, objectGCNew, notImplemented, boolNew, richCompareResult, objectHashNotImplemented,
} from './object.ts';
import { errSetString, errOccurred, errExceptionMatches, errClear, errNoMemory } from './errors.ts';
import { IndexError, TypeError, ValueError, OverflowError, exceptionTypes } from './exceptions.ts';
import { strFromJS, isStr } from './str.ts';
import { smallInt } from './int.ts';
import { bytesRepr as bytesReprText } from '../support/str-repr.ts';
import { bytesConcatError, bytesWarn } from './bytes.ts';
import { config } from '../support/config.ts';
import { isSlice, sliceUnpack, unpackStart, unpackStop, unpackStep, sliceAdjustIndices, sliceStart } from './slice.ts';
import { strArg,
  numberAsSsize, indexCheck, objectGetIter, iterNext, parseArgs, PARSED,
} from './abstract.ts';
import { bufferGet, BUF, isMemoryView, memoryviewCopyBytes, pythonBufferMethod, pythonBufferCopy } from './memoryview.ts';
import { strEncode } from './str-methods.ts';

export const BA_SIZE = OB_SIZE;
export const BA_ALLOC = 12;
export const BA_BYTES = 16;
export const BA_EXPORTS = 20;
const BA_OBJECT_SIZE = 24;

export let bytearrayType = 0 as Borrowed;
export let bytearrayIterType = 0 as Borrowed;

/** PyByteArray_Check. */
export function isByteArray(o: Borrowed): boolean {
  const t = typeOf(o);
  return t === bytearrayType || (bytearrayType !== 0 && typeIsSubtype(t, bytearrayType));
}

/** PyByteArray_GET_SIZE. */
export function bytearraySize(o: Borrowed): number {
  return i32[(o + BA_SIZE) >> 2];
}

/** Heap address of the first byte (valid until the next resize). */
export function bytearrayData(o: Borrowed): number {
  return i32[(o + BA_BYTES) >> 2];
}

/** Buffer exports: memoryviews pinning the storage. */
export function bytearrayExportsAdd(o: Borrowed, delta: number): void {
  i32[(o + BA_EXPORTS) >> 2] += delta;
}

/** BufferError for a resize while memoryviews pin the storage. */
export function resizeError(): void {
  errSetString(exceptionTypes.get('BufferError') as Borrowed, 'Existing exports of data: object cannot be re-sized');
}

function freeSelf(o: Owned): void {
  const t = typeOf(o);
  if ((i32[(t + TP_FLAGS) >> 2] & Py_TPFLAGS_HAVE_GC) !== 0) objectGCFree(o);
  else objectFree(o);
}

function bytearrayDealloc(o: Owned): void {
  const b = i32[(o + BA_BYTES) >> 2];
  if (b !== 0) free(b);
  freeSelf(o);
}

/**
 * PyByteArray_Resize: sets the size to n, growing or shrinking the storage as CPython does. 0, or -1 with
 * BufferError (exported) or MemoryError set.
 */
export function bytearrayResize(o: Borrowed, n: number): number {
  const size = i32[(o + BA_SIZE) >> 2];
  if (n === size) return 0;
  if (i32[(o + BA_EXPORTS) >> 2] > 0) {
    resizeError();
    return -1;
  }
  let cap = i32[(o + BA_ALLOC) >> 2];
  if (n + 1 <= cap) {
    if (n >= (cap >> 1)) {
      i32[(o + BA_SIZE) >> 2] = n;
      u8[i32[(o + BA_BYTES) >> 2] + n] = 0;
      return 0;
    }
    cap = n + 1;
  } else if (n <= cap * 1.125) {
    cap = n + (n >> 3) + (n < 9 ? 3 : 6);
  } else {
    cap = n + 1;
  }
  const old = i32[(o + BA_BYTES) >> 2];
  const nb = alloc(cap);
  if (nb === 0) { errNoMemory(); return -1; }
  const keep = size < n ? size : n;
  if (old !== 0) {
    u8.copyWithin(nb, old, old + keep);
    free(old);
  }
  u8[nb + n] = 0;
  i32[(o + BA_BYTES) >> 2] = nb;
  i32[(o + BA_ALLOC) >> 2] = cap;
  i32[(o + BA_SIZE) >> 2] = n;
  return 0;
}

/** A new empty bytearray of type `type` (bytearray or a heap subclass). */
function bytearrayAlloc(type: Borrowed): Owned | Null {
  let o: Owned | Null;
  if (type === bytearrayType) o = objectNew(bytearrayType, BA_OBJECT_SIZE);
  else o = typeGenericAlloc(type, 0);
  if (o === NULL) return NULL;
  i32[(o + BA_SIZE) >> 2] = 0;
  i32[(o + BA_ALLOC) >> 2] = 0;
  i32[(o + BA_BYTES) >> 2] = 0;
  i32[(o + BA_EXPORTS) >> 2] = 0;
  return o;
}

/** PyByteArray_FromStringAndSize: a new bytearray holding a copy of heap bytes [ptr, ptr + n). */
export function bytearrayFromHeap(ptr: number, n: number): Owned | Null {
  const o = bytearrayAlloc(bytearrayType);
  if (o === NULL) return NULL;
  if (n > 0) {
    const nb = alloc(n + 1);
    if (nb === 0) { decref(o); return errNoMemory(); }
    u8.copyWithin(nb, ptr, ptr + n);
    u8[nb + n] = 0;
    i32[(o + BA_BYTES) >> 2] = nb;
    i32[(o + BA_ALLOC) >> 2] = n + 1;
    i32[(o + BA_SIZE) >> 2] = n;
  }
  return o;
}

/** A new bytearray holding a copy of the JS bytes u[start .. end). */
export function bytearrayFromUint8Array(u: Uint8Array, start = 0, end = u.length): Owned | Null {
  const o = bytearrayAlloc(bytearrayType);
  if (o === NULL) return NULL;
  const n = end - start;
  if (n > 0) {
    if (bytearrayResize(o, n) < 0) { decref(o); return NULL; }
    u8.set(u.subarray(start, end), i32[(o + BA_BYTES) >> 2]);
  }
  return o;
}

/** Appends heap bytes [ptr, ptr + n) (which may lie inside o itself). 0 / -1. */
export function bytearrayAppendHeap(o: Borrowed, ptr: number, n: number): number {
  if (n === 0) return 0;
  // Copy first: the source may be o's own storage, which a resize moves.
  const tmp = u8.slice(ptr, ptr + n);
  const size = bytearraySize(o);
  if (bytearrayResize(o, size + n) < 0) return -1;
  u8.set(tmp, bytearrayData(o) + size);
  return 0;
}

function bytearrayRepr(o: Borrowed): Owned | Null {
  const d = bytearrayData(o);
  let body = bytesReprText(u8, d, d + bytearraySize(o));
  // bytearray_repr escapes a single quote even inside double quotes (CPython's quirk).
  if (body.startsWith('b"')) body = 'b"' + body.slice(2, -1).replace(/'/g, "\\'") + '"';
  return strFromJS(`${typeName(typeOf(o))}(${body})`);
}

/** str(b) (bytearray_str): repr(b), after a BytesWarning under -b. */
function bytearrayStr(o: Borrowed): Owned | Null {
  if (config.bytesWarning > 0 && bytesWarn('str() on a bytearray instance') < 0) return NULL;
  return bytearrayRepr(o);
}

/** Compares o with any bytes-like object: NotImplemented otherwise. */
function bytearrayRichCompare(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  if (!bufferGet(a, false)) return bytearrayNotComparable(a, b, op);
  const pa = BUF.ptr, la = BUF.len;
  if (!bufferGet(b, false)) return bytearrayNotComparable(a, b, op);
  const pb = BUF.ptr, lb = BUF.len;
  if ((op === Py_EQ || op === Py_NE) && la !== lb) return boolNew(op === Py_NE);
  const n = la < lb ? la : lb;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const x = u8[pa + i], y = u8[pb + i];
    if (x !== y) { c = x - y; break; }
  }
  if (c === 0) c = la - lb;
  return richCompareResult(c, op);
}

/** NotImplemented for an operand without a buffer; under -b, == and != with a str warn first. */
function bytearrayNotComparable(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  if (config.bytesWarning > 0 && (op === Py_EQ || op === Py_NE) && (isStr(a) || isStr(b))
    && bytesWarn('Comparison between bytearray and string') < 0) return NULL;
  return notImplemented();
}

// The value of an int argument as a byte, or -1 with an exception set.
export function byteValue(v: Borrowed): number {
  const x = numberAsSsize(v, NULL);
  if (x === -1 && errOccurred() !== NULL) return -1;
  if (x < 0 || x > 255) { errSetString(ValueError, 'byte must be in range(0, 256)'); return -1; }
  return x;
}

function bytearraySubscript(o: Borrowed, key: Borrowed): Owned | Null {
  const len = bytearraySize(o);
  if (indexCheck(key)) {
    let i = numberAsSsize(key, IndexError);
    if (i === -1 && errOccurred() !== NULL) return NULL;
    if (i < 0) i += len;
    if (i < 0 || i >= len) return errSetString(IndexError, 'bytearray index out of range');
    return newRef(smallInt(u8[bytearrayData(o) + i]));
  }
  if (isSlice(key)) {
    if (sliceUnpack(key) < 0) return NULL;
    const n = sliceAdjustIndices(len, unpackStart, unpackStop, unpackStep);
    const start = sliceStart, step = unpackStep;
    if (step === 1) return bytearrayFromHeap(bytearrayData(o) + start, n);
    const out = new Uint8Array(n > 0 ? n : 0);
    const d = bytearrayData(o);
    for (let i = 0, cur = start; i < n; i++, cur += step) out[i] = u8[d + cur];
    return bytearrayFromUint8Array(out);
  }
  return errSetString(TypeError, `bytearray indices must be integers or slices, not ${typeNameOf(key)}`);
}

/** The bytes of a slice-assignment value (a buffer or an iterable of ints), or null with an exception set. */
function assignedBytes(v: Borrowed): Uint8Array | null {
  if (bufferGet(v, false)) return u8.slice(BUF.ptr, BUF.ptr + BUF.len);
  if (indexCheck(v) || isStr(v)) {
    errSetString(TypeError, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
    return null;
  }
  const r = iterableBytes(v, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  return r;
}

/** The ints of an iterable as bytes; `notIterable` is the TypeError text when v can't be iterated. */
export function iterableBytes(v: Borrowed, notIterable: string | null): Uint8Array | null {
  const it = objectGetIter(v);
  if (it === NULL) {
    if (notIterable !== null && errExceptionMatches(TypeError)) { errClear(); errSetString(TypeError, notIterable); }
    return null;
  }
  let out = new Uint8Array(16), n = 0;
  for (;;) {
    const item = iterNext(it);
    if (item === NULL) break;
    if (!indexCheck(item)) {
      errSetString(TypeError, `'${typeNameOf(item)}' object cannot be interpreted as an integer`);
      decref(item); decref(it);
      return null;
    }
    const b = byteValue(item);
    decref(item);
    if (b < 0) { decref(it); return null; }
    if (n === out.length) { const g = new Uint8Array(n * 2); g.set(out); out = g; }
    out[n++] = b;
  }
  decref(it);
  if (errOccurred() !== NULL) return null;
  return out.subarray(0, n);
}

/** Replaces o[lo:hi] by `data` (bytearray_setslice_linear). 0 / -1. */
export function bytearraySetSlice(o: Borrowed, lo: number, hi: number, data: Uint8Array): number {
  const size = bytearraySize(o);
  if (hi < lo) hi = lo;
  const growth = data.length - (hi - lo);
  if (growth !== 0) {
    if (i32[(o + BA_EXPORTS) >> 2] > 0) {
      resizeError();
      return -1;
    }
    if (growth > 0) {
      if (bytearrayResize(o, size + growth) < 0) return -1;
      const d = bytearrayData(o);
      u8.copyWithin(d + hi + growth, d + hi, d + size);
    } else {
      const d = bytearrayData(o);
      u8.copyWithin(d + lo + data.length, d + hi, d + size);
      if (bytearrayResize(o, size + growth) < 0) return -1;
    }
  }
  u8.set(data, bytearrayData(o) + lo);
  return 0;
}

function bytearrayAssSubscript(o: Borrowed, key: Borrowed, value: Borrowed | Null): number {
  const len = bytearraySize(o);
  if (indexCheck(key)) {
    let i = numberAsSsize(key, IndexError);
    if (i === -1 && errOccurred() !== NULL) return -1;
    if (i < 0) i += len;
    if (i < 0 || i >= len) { errSetString(IndexError, 'bytearray index out of range'); return -1; }
    if (value === NULL) return bytearraySetSlice(o, i, i + 1, new Uint8Array(0));
    if (!indexCheck(value)) {
      errSetString(TypeError, `'${typeNameOf(value)}' object cannot be interpreted as an integer`);
      return -1;
    }
    const b = byteValue(value);
    if (b < 0) return -1;
    u8[bytearrayData(o) + i] = b;
    return 0;
  }
  if (!isSlice(key)) {
    errSetString(TypeError, `bytearray indices must be integers or slices, not ${typeNameOf(key)}`);
    return -1;
  }
  if (sliceUnpack(key) < 0) return -1;
  const step = unpackStep;
  const n = sliceAdjustIndices(len, unpackStart, unpackStop, step);
  const start = sliceStart;
  let data: Uint8Array;
  if (value === NULL) data = new Uint8Array(0);
  else {
    const d = assignedBytes(value);
    if (d === null) return -1;
    data = d;
  }
  if (step === 1) return bytearraySetSlice(o, start, start + (n > 0 ? n : 0), data);
  if (value === NULL) {
    if (n <= 0) return 0;
    // Delete every step-th byte: compact the kept ones in order.
    const keep = new Uint8Array(len - n);
    const d = bytearrayData(o);
    const lo = step > 0 ? start : start + step * (n - 1);
    const st = step > 0 ? step : -step;
    let k = 0;
    for (let i = 0; i < len; i++) {
      if (i >= lo && (i - lo) % st === 0 && (i - lo) / st < n) continue;
      keep[k++] = u8[d + i];
    }
    if (i32[(o + BA_EXPORTS) >> 2] > 0) {
      resizeError();
      return -1;
    }
    u8.set(keep, d);
    return bytearrayResize(o, len - n);
  }
  if (data.length !== n) {
    errSetString(ValueError, `attempt to assign bytes of size ${data.length} to extended slice of size ${n}`);
    return -1;
  }
  const d = bytearrayData(o);
  for (let i = 0, cur = start; i < n; i++, cur += step) u8[d + cur] = data[i];
  return 0;
}

function bytearrayContains(o: Borrowed, v: Borrowed): number {
  const d = bytearrayData(o), n = bytearraySize(o);
  if (indexCheck(v)) {
    const b = byteValue(v);
    if (b < 0) return -1;
    for (let i = 0; i < n; i++) if (u8[d + i] === b) return 1;
    return 0;
  }
  if (!bufferGet(v, true)) return -1;
  return heapFind(d, n, BUF.ptr, BUF.len) >= 0 ? 1 : 0;
}

/** The first index of needle [p, p + m) in [d, d + n), or -1. */
export function heapFind(d: number, n: number, p: number, m: number): number {
  if (m === 0) return 0;
  const first = u8[p];
  outer: for (let i = 0; i + m <= n; i++) {
    if (u8[d + i] !== first) continue;
    for (let j = 1; j < m; j++) if (u8[d + i + j] !== u8[p + j]) continue outer;
    return i;
  }
  return -1;
}

function bytearrayConcat(a: Borrowed, b: Borrowed): Owned | Null {
  // Each buffer is asked for once, and a's bytes are copied before b's buffer is (see bufferGet).
  if (!bufferGet(a, false)) return bytesConcatError(a, b);
  const r = bytearrayFromHeap(BUF.ptr, BUF.len);
  if (r === NULL) return NULL;
  if (!bufferGet(b, false)) { decref(r); return bytesConcatError(a, b); }
  if (bytearrayAppendHeap(r, BUF.ptr, BUF.len) < 0) { decref(r); return NULL; }
  return r;
}

function bytearrayInplaceConcat(a: Borrowed, b: Borrowed): Owned | Null {
  if (!bufferGet(b, false)) return bytesConcatError(a, b);
  if (bytearrayAppendHeap(a, BUF.ptr, BUF.len) < 0) return NULL;
  return newRef(a);
}

function repeatInto(o: Borrowed, src: Uint8Array, n: number): number {
  const len = src.length;
  if (len * n > 0x3fffffff) { errNoMemory(); return -1; }
  if (bytearrayResize(o, len * n) < 0) return -1;
  const d = bytearrayData(o);
  for (let i = 0; i < n; i++) u8.set(src, d + i * len);
  return 0;
}

function bytearrayRepeat(o: Borrowed, n: number): Owned | Null {
  const r = bytearrayAlloc(bytearrayType);
  if (r === NULL) return NULL;
  if (n > 0 && repeatInto(r, u8.slice(bytearrayData(o), bytearrayData(o) + bytearraySize(o)), n) < 0) {
    decref(r);
    return NULL;
  }
  return r;
}

function bytearrayInplaceRepeat(o: Borrowed, n: number): Owned | Null {
  const src = u8.slice(bytearrayData(o), bytearrayData(o) + bytearraySize(o));
  if (repeatInto(o, src, n > 0 ? n : 0) < 0) return NULL;
  return newRef(o);
}

function bytearrayNew(type: Borrowed, _args: number, _nargs: number, _kwnames: Borrowed | Null): Owned | Null {
  return bytearrayAlloc(type);
}

/** bytearray.__init__(source=b'', encoding, errors). */
function bytearrayInit(self: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): number {
  if (!parseArgs('bytearray', args, nargs, kwnames, ['source', 'encoding', 'errors'], 0)) return -1;
  const src = PARSED[0] as Borrowed | Null, enc = PARSED[1] as Borrowed | Null, errs = PARSED[2] as Borrowed | Null;
  // Argument Clinic converts encoding and errors (`str`) before the body runs.
  // (a C string: no NUL, no lone surrogate)
  const encName = strArg('bytearray', 'encoding', enc, 'utf-8');
  if (encName === null) return -1;
  const errName = strArg('bytearray', 'errors', errs, 'strict');
  if (errName === null) return -1;
  if (bytearraySize(self) > 0 && bytearrayResize(self, 0) < 0) return -1;
  if (src === NULL) {
    if (enc !== NULL || errs !== NULL) {
      errSetString(TypeError, enc !== NULL ? 'encoding without a string argument' : 'errors without a string argument');
      return -1;
    }
    return 0;
  }
  if (isStr(src)) {
    if (enc === NULL) { errSetString(TypeError, 'string argument without an encoding'); return -1; }
    const b = strEncode(src, encName, errName);
    if (b === NULL) return -1;
    bufferGet(b, false);
    const r = bytearrayAppendHeap(self, BUF.ptr, BUF.len);
    decref(b);
    return r;
  }
  if (enc !== NULL || errs !== NULL) {
    errSetString(TypeError, enc !== NULL ? 'encoding without a string argument' : 'errors without a string argument');
    return -1;
  }
  if (pythonBufferMethod(src) || isMemoryView(src)) {
    // A class's own __buffer__ (PEP 688), or any memoryview, contiguous or not: the bytes in C order
    // (PyBuffer_ToContiguous).
    const data = isMemoryView(src) ? memoryviewCopyBytes(src) : pythonBufferCopy(src);
    if (data === null) return -1;
    if (data.length > 0) {
      if (bytearrayResize(self, data.length) < 0) return -1;
      u8.set(data, bytearrayData(self));
    }
    return 0;
  }
  if (bufferGet(src, false)) return bytearrayAppendHeap(self, BUF.ptr, BUF.len);
  if (indexCheck(src)) {
    const n = numberAsSsize(src, OverflowError);
    if (n === -1 && errOccurred() !== NULL) return -1;
    if (n < 0) { errSetString(ValueError, 'negative count'); return -1; }
    if (bytearrayResize(self, n) < 0) return -1;
    u8.fill(0, bytearrayData(self), bytearrayData(self) + n);
    return 0;
  }
  const data = iterableBytes(src, `cannot convert '${typeNameOf(src)}' object to bytearray`);
  if (data === null) return -1;
  if (bytearrayResize(self, data.length) < 0) return -1;
  if (data.length > 0) u8.set(data, bytearrayData(self));
  return 0;
}

// ---- iterator ----

// The layout of objects/iterobject.ts's index iterators (+8 index, +12 sequence, 0 once exhausted), whose
// __reduce__/__setstate__ bytearray_iterator shares (iterobjectAddMethods).
const IT_INDEX = 8;
const IT_SEQ = 12;

function bytearrayIter(o: Borrowed): Owned | Null {
  const it = objectGCNew(bytearrayIterType, 16);
  if (it === NULL) return NULL;
  incref(o);
  i32[(it + IT_SEQ) >> 2] = o;
  i32[(it + IT_INDEX) >> 2] = 0;
  return it;
}

function bytearrayIterNext(it: Borrowed): Owned | Null {
  const o = i32[(it + IT_SEQ) >> 2];
  if (o === 0) return NULL;
  const i = i32[(it + IT_INDEX) >> 2];
  if (i < bytearraySize(o as Borrowed)) {
    i32[(it + IT_INDEX) >> 2] = i + 1;
    return newRef(smallInt(u8[bytearrayData(o as Borrowed) + i]));
  }
  i32[(it + IT_SEQ) >> 2] = 0;
  decref(o as Borrowed);
  return NULL;
}

function bytearrayIterDealloc(it: Owned): void {
  xdecref(i32[(it + IT_SEQ) >> 2] as Owned | Null);
  objectGCFree(it);
}

function bytearrayIterTraverse(it: Borrowed, visit: VisitProc, arg: unknown): number {
  const s = i32[(it + IT_SEQ) >> 2];
  return s !== 0 ? visit(s as Borrowed, arg) : 0;
}

export function bytearrayInitStatic(): void {
  bytearrayType = typeNewStatic({
    name: 'bytearray',
    basicsize: BA_OBJECT_SIZE,
    itemsize: 0,
    flags: Py_TPFLAGS_BASETYPE,
    slots: {
      dealloc: bytearrayDealloc,
      repr: bytearrayRepr,
      str: bytearrayStr,
      hash: objectHashNotImplemented,
      richcompare: bytearrayRichCompare,
      length: bytearraySize,
      getitem: bytearraySubscript,
      setitem: bytearrayAssSubscript,
      contains: bytearrayContains,
      concat: bytearrayConcat,
      repeat: bytearrayRepeat,
      inplaceConcat: bytearrayInplaceConcat,
      inplaceRepeat: bytearrayInplaceRepeat,
      iter: bytearrayIter,
      new: bytearrayNew,
      init: bytearrayInit,
    },
  });
  bytearrayIterType = typeNewStatic({
    name: 'bytearray_iterator',
    basicsize: 16,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: {
      dealloc: bytearrayIterDealloc,
      traverse: bytearrayIterTraverse,
      iter: (o: Borrowed) => newRef(o),
      iternext: bytearrayIterNext,
    },
  });
}
