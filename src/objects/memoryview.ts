// memoryview over bytes and bytearray (one dimension), and the simple buffer protocol natives use.
// Mirrors Objects/memoryobject.c (memory_subscript, memory_ass_sub, memory_richcompare, cast to byte and
// native single-character formats, release / the context manager) and PyObject_GetBuffer(PyBUF_SIMPLE).
// Invariants: a live view owns its exporter (the bytes or bytearray at the bottom, never another view) and
// holds one export on a bytearray, so the storage it points into can't move; a released view owns nothing.
//
//   +0 ob_refcnt  +4 ob_type  +8 obj (owned exporter, 0 when released)  +12 buf (heap address of item 0)
//   +16 len (items)  +20 stride (bytes, may be negative)  +24 itemsize  +28 format (char code)
//   +32 flags (1 readonly)  +36 hash low  +40 hash high (-1/-1: not computed)

import { u8, i32 } from '../heap/views.ts';
import { decref, newRef, incref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { H64 } from '../support/hash64.ts';
import { hashBytes } from '../support/siphash.ts';
import { typeNewStatic, typeOf, typeNameOf, Py_EQ, Py_NE } from './type.ts';
import { objectNew, objectFree, notImplemented, boolNew, noneNew, objectIsTrue } from './object.ts';
import { errSetString, errOccurred } from './errors.ts';
import { IndexError, TypeError, ValueError, NotImplementedError, exceptionTypes } from './exceptions.ts';
import { strFromJS, isStr, strToJS } from './str.ts';
import { smallInt, intFromNumber, intFromBigInt, isInt, intToBigInt } from './int.ts';
import { floatNew, floatValue, isFloat } from './float.ts';
import { isBytes, bytesSize, BYTES_DATA, bytesFromUint8Array, bytesSingle } from './bytes.ts';
import {
  isByteArray, bytearraySize, bytearrayData, bytearrayExportsAdd,
} from './bytearray.ts';
import { isTuple, tupleNew, tupleSetItemSteal, tupleSize, tupleGetItemBorrow } from './tuple.ts';
import { listNew, listAppendSteal, isList, listSize, listGetItemBorrow } from './list.ts';
import { isSlice, sliceUnpack, unpackStart, unpackStop, unpackStep, sliceAdjustIndices, sliceStart } from './slice.ts';
import { numberAsSsize, indexCheck, parseArgs, PARSED } from './abstract.ts';
import { type MethodDef, typeAddMethods, argAt, argsNoKwnames, argsCheckPositional } from './methodobject.ts';
import { typeAddGetSets, type GetSetDef } from './getset.ts';
import { bytesHexImpl } from './bytes-methods.ts';
import { Py_None } from './none.ts';

const MV_OBJ = 8;
const MV_BUF = 12;
const MV_LEN = 16;
const MV_STRIDE = 20;
const MV_ITEMSIZE = 24;
const MV_FORMAT = 28;
const MV_FLAGS = 32;
const MV_HASH = 36;
const MV_SIZE = 48;

const F_READONLY = 1;

export let memoryviewType = 0 as Borrowed;
export let memoryIterType = 0 as Borrowed;

/** The result of bufferGet: a contiguous run of bytes in the heap. Valid until the exporter is resized. */
export const BUF = { ptr: 0, len: 0, readonly: false };

export function isMemoryView(o: Borrowed): boolean {
  return memoryviewType !== 0 && typeOf(o) === memoryviewType;
}

function released(o: Borrowed): boolean {
  return i32[(o + MV_OBJ) >> 2] === 0;
}

function releasedError(): Null {
  return errSetString(ValueError, 'operation forbidden on released memoryview object');
}

/**
 * PyObject_GetBuffer(PyBUF_SIMPLE) for the builtin exporters: fills BUF and returns true for bytes,
 * bytearray and C-contiguous memoryviews. Otherwise false; with `raise`, TypeError ("a bytes-like object
 * is required") or the memoryview's error is set, without it nothing is set for a non-buffer.
 */
export function bufferGet(o: Borrowed, raise: boolean): boolean {
  if (isBytes(o)) {
    BUF.ptr = o + BYTES_DATA; BUF.len = bytesSize(o); BUF.readonly = true;
    return true;
  }
  if (isByteArray(o)) {
    BUF.ptr = bytearrayData(o); BUF.len = bytearraySize(o); BUF.readonly = false;
    return true;
  }
  if (isMemoryView(o)) {
    if (released(o)) { releasedError(); return false; }
    const n = i32[(o + MV_LEN) >> 2], isz = i32[(o + MV_ITEMSIZE) >> 2], st = i32[(o + MV_STRIDE) >> 2];
    if (st !== isz && n > 1) {
      errSetString(exceptionTypes.get('BufferError') as Borrowed, 'memoryview: underlying buffer is not C-contiguous');
      return false;
    }
    BUF.ptr = i32[(o + MV_BUF) >> 2]; BUF.len = n * isz; BUF.readonly = (i32[(o + MV_FLAGS) >> 2] & F_READONLY) !== 0;
    return true;
  }
  if (raise) errSetString(TypeError, `a bytes-like object is required, not '${typeNameOf(o)}'`);
  return false;
}

/** True when o exports a buffer (PyObject_CheckBuffer). */
export function bufferCheck(o: Borrowed): boolean {
  return isBytes(o) || isByteArray(o) || isMemoryView(o);
}

// Native single-character formats: [itemsize, kind] with kind u (unsigned), i (signed), f (float), c (char), ? (bool).
const FORMATS: Record<string, [number, string]> = {
  B: [1, 'u'], b: [1, 'i'], c: [1, 'c'], '?': [1, '?'], H: [2, 'u'], h: [2, 'i'], I: [4, 'u'], i: [4, 'i'],
  L: [8, 'u'], l: [8, 'i'], Q: [8, 'u'], q: [8, 'i'], N: [8, 'u'], n: [8, 'i'], P: [8, 'u'], f: [4, 'f'],
  d: [8, 'f'], e: [2, 'f'],
};

function fmtOf(o: Borrowed): string {
  return String.fromCharCode(i32[(o + MV_FORMAT) >> 2]);
}

function mvNew(base: Borrowed, buf: number, len: number, stride: number, itemsize: number, fmt: string, readonly: boolean): Owned | Null {
  const o = objectNew(memoryviewType, MV_SIZE);
  if (o === NULL) return NULL;
  incref(base);
  if (isByteArray(base)) bytearrayExportsAdd(base, 1);
  i32[(o + MV_OBJ) >> 2] = base;
  i32[(o + MV_BUF) >> 2] = buf;
  i32[(o + MV_LEN) >> 2] = len;
  i32[(o + MV_STRIDE) >> 2] = stride;
  i32[(o + MV_ITEMSIZE) >> 2] = itemsize;
  i32[(o + MV_FORMAT) >> 2] = fmt.charCodeAt(0);
  i32[(o + MV_FLAGS) >> 2] = readonly ? F_READONLY : 0;
  i32[(o + MV_HASH) >> 2] = -1;
  i32[(o + MV_HASH + 4) >> 2] = -1;
  return o;
}

/** memoryview(obj): a view of a bytes, bytearray or memoryview. */
export function memoryviewFromObject(obj: Borrowed): Owned | Null {
  if (isMemoryView(obj)) {
    if (released(obj)) return releasedError();
    return mvNew(i32[(obj + MV_OBJ) >> 2] as Borrowed, i32[(obj + MV_BUF) >> 2], i32[(obj + MV_LEN) >> 2],
      i32[(obj + MV_STRIDE) >> 2], i32[(obj + MV_ITEMSIZE) >> 2], fmtOf(obj), (i32[(obj + MV_FLAGS) >> 2] & F_READONLY) !== 0);
  }
  if (isBytes(obj)) return mvNew(obj, obj + BYTES_DATA, bytesSize(obj), 1, 1, 'B', true);
  if (isByteArray(obj)) return mvNew(obj, bytearrayData(obj), bytearraySize(obj), 1, 1, 'B', false);
  return errSetString(TypeError, `memoryview: a bytes-like object is required, not '${typeNameOf(obj)}'`);
}

function mvRelease(o: Borrowed): void {
  const base = i32[(o + MV_OBJ) >> 2];
  if (base === 0) return;
  i32[(o + MV_OBJ) >> 2] = 0;
  if (isByteArray(base as Borrowed)) bytearrayExportsAdd(base as Borrowed, -1);
  decref(base as Borrowed);
}

function mvDealloc(o: Owned): void {
  mvRelease(o);
  objectFree(o);
}

function mvRepr(o: Borrowed): Owned | Null {
  const addr = '0x' + (0x7f0000000000 + o).toString(16);
  return strFromJS(released(o) ? `<released memory at ${addr}>` : `<memory at ${addr}>`);
}

function mvLength(o: Borrowed): number {
  if (released(o)) { releasedError(); return -1; }
  return i32[(o + MV_LEN) >> 2];
}

// Reads item i (already bounds-checked) as a Python object.
function unpackItem(o: Borrowed, i: number): Owned | Null {
  const p = i32[(o + MV_BUF) >> 2] + i * i32[(o + MV_STRIDE) >> 2];
  const f = fmtOf(o);
  if (f === 'B') return newRef(smallInt(u8[p]));
  if (f === 'c') return newRef(bytesSingle(u8[p]));
  const [size, kind] = FORMATS[f];
  const dv = new DataView(u8.buffer, p, size);
  switch (kind) {
    case 'u': return size === 8 ? intFromBigInt(dv.getBigUint64(0, true)) : intFromNumber(size === 1 ? dv.getUint8(0) : size === 2 ? dv.getUint16(0, true) : dv.getUint32(0, true));
    case 'i': return size === 8 ? intFromBigInt(dv.getBigInt64(0, true)) : intFromNumber(size === 1 ? dv.getInt8(0) : size === 2 ? dv.getInt16(0, true) : dv.getInt32(0, true));
    case '?': return boolNew(u8[p] !== 0);
    default:
      if (size === 2) return errSetString(NotImplementedError, "memoryview format 'e' is not supported by Immortal yet");
      return floatNew(size === 4 ? dv.getFloat32(0, true) : dv.getFloat64(0, true));
  }
}

// Writes v into item i; -1 with ValueError/TypeError as CPython words it.
function packItem(o: Borrowed, i: number, v: Borrowed): number {
  const p = i32[(o + MV_BUF) >> 2] + i * i32[(o + MV_STRIDE) >> 2];
  const f = fmtOf(o);
  const bad = (): number => { errSetString(ValueError, `memoryview: invalid value for format '${f}'`); return -1; };
  if (f === 'c') {
    if (!isBytes(v) || bytesSize(v) !== 1) return bad();
    u8[p] = u8[v + BYTES_DATA];
    return 0;
  }
  const [size, kind] = FORMATS[f];
  const dv = new DataView(u8.buffer, p, size);
  if (kind === 'f') {
    if (!isFloat(v) && !isInt(v)) { errSetString(TypeError, `memoryview: invalid type for format '${f}'`); return -1; }
    const x = isFloat(v) ? floatValue(v) : Number(intToBigInt(v));
    if (size === 4) dv.setFloat32(0, x, true);
    else if (size === 8) dv.setFloat64(0, x, true);
    else { errSetString(NotImplementedError, "memoryview format 'e' is not supported by Immortal yet"); return -1; }
    return 0;
  }
  if (kind === '?') {
    const t = objectIsTrue(v);
    if (t < 0) return -1;
    u8[p] = t;
    return 0;
  }
  if (!isInt(v)) { errSetString(TypeError, `memoryview: invalid type for format '${f}'`); return -1; }
  const x = intToBigInt(v);
  const bits = BigInt(size * 8);
  const lo = kind === 'u' ? 0n : -(1n << (bits - 1n));
  const hi = kind === 'u' ? (1n << bits) - 1n : (1n << (bits - 1n)) - 1n;
  if (x < lo || x > hi) return bad();
  if (size === 8) dv.setBigUint64(0, BigInt.asUintN(64, x), true);
  else {
    const n = Number(BigInt.asUintN(size * 8, x));
    if (size === 1) dv.setUint8(0, n); else if (size === 2) dv.setUint16(0, n, true); else dv.setUint32(0, n, true);
  }
  return 0;
}

function mvSubscript(o: Borrowed, key: Borrowed): Owned | Null {
  if (released(o)) return releasedError();
  const len = i32[(o + MV_LEN) >> 2];
  if (indexCheck(key)) {
    let i = numberAsSsize(key, IndexError);
    if (i === -1 && errOccurred() !== NULL) return NULL;
    if (i < 0) i += len;
    if (i < 0 || i >= len) return errSetString(IndexError, 'index out of bounds on dimension 1');
    return unpackItem(o, i);
  }
  if (isSlice(key)) {
    if (sliceUnpack(key) < 0) return NULL;
    const n = sliceAdjustIndices(len, unpackStart, unpackStop, unpackStep);
    const stride = i32[(o + MV_STRIDE) >> 2];
    return mvNew(i32[(o + MV_OBJ) >> 2] as Borrowed, i32[(o + MV_BUF) >> 2] + sliceStart * stride, n, stride * unpackStep,
      i32[(o + MV_ITEMSIZE) >> 2], fmtOf(o), (i32[(o + MV_FLAGS) >> 2] & F_READONLY) !== 0);
  }
  if (key === Py_None || isTuple(key)) {
    return errSetString(NotImplementedError, 'multi-dimensional memoryview indexing is not supported by Immortal yet');
  }
  return errSetString(TypeError, 'memoryview: invalid slice key');
}

function mvAssSubscript(o: Borrowed, key: Borrowed, value: Borrowed | Null): number {
  if (released(o)) { releasedError(); return -1; }
  if ((i32[(o + MV_FLAGS) >> 2] & F_READONLY) !== 0) { errSetString(TypeError, 'cannot modify read-only memory'); return -1; }
  if (value === NULL) { errSetString(TypeError, 'cannot delete memory'); return -1; }
  const len = i32[(o + MV_LEN) >> 2];
  if (indexCheck(key)) {
    let i = numberAsSsize(key, IndexError);
    if (i === -1 && errOccurred() !== NULL) return -1;
    if (i < 0) i += len;
    if (i < 0 || i >= len) { errSetString(IndexError, 'index out of bounds on dimension 1'); return -1; }
    return packItem(o, i, value);
  }
  if (isSlice(key)) {
    if (sliceUnpack(key) < 0) return -1;
    const n = sliceAdjustIndices(len, unpackStart, unpackStop, unpackStep);
    const isz = i32[(o + MV_ITEMSIZE) >> 2], stride = i32[(o + MV_STRIDE) >> 2];
    // The source must be a buffer with the same format and number of items.
    let sp: number, slen: number, sstride: number;
    if (isMemoryView(value)) {
      if (released(value)) { releasedError(); return -1; }
      if (fmtOf(value) !== fmtOf(o)) {
        errSetString(ValueError, 'memoryview assignment: lvalue and rvalue have different structures');
        return -1;
      }
      sp = i32[(value + MV_BUF) >> 2]; slen = i32[(value + MV_LEN) >> 2]; sstride = i32[(value + MV_STRIDE) >> 2];
    } else {
      if (!bufferGet(value, false)) {
        errSetString(TypeError, `a bytes-like object is required, not '${typeNameOf(value)}'`);
        return -1;
      }
      if (fmtOf(o) !== 'B' && fmtOf(o) !== 'c' && fmtOf(o) !== 'b') {
        errSetString(ValueError, 'memoryview assignment: lvalue and rvalue have different structures');
        return -1;
      }
      sp = BUF.ptr; slen = BUF.len; sstride = 1;
    }
    if (slen !== n) {
      errSetString(ValueError, 'memoryview assignment: lvalue and rvalue have different structures');
      return -1;
    }
    const tmp = new Uint8Array(n * isz);
    for (let i = 0; i < n; i++) tmp.set(u8.subarray(sp + i * sstride, sp + i * sstride + isz), i * isz);
    const d = i32[(o + MV_BUF) >> 2] + sliceStart * stride, st = stride * unpackStep;
    for (let i = 0; i < n; i++) u8.set(tmp.subarray(i * isz, (i + 1) * isz), d + i * st);
    return 0;
  }
  errSetString(TypeError, 'memoryview: invalid slice key');
  return -1;
}

/** A contiguous copy of the view's bytes. */
function mvBytes(o: Borrowed): Uint8Array {
  const n = i32[(o + MV_LEN) >> 2], isz = i32[(o + MV_ITEMSIZE) >> 2], st = i32[(o + MV_STRIDE) >> 2];
  const p = i32[(o + MV_BUF) >> 2];
  if (st === isz) return u8.slice(p, p + n * isz);
  const out = new Uint8Array(n * isz);
  for (let i = 0; i < n; i++) out.set(u8.subarray(p + i * st, p + i * st + isz), i * isz);
  return out;
}

function mvRichCompare(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  if (op !== Py_EQ && op !== Py_NE) return notImplemented();
  const eq = (r: boolean): Owned => boolNew(op === Py_EQ ? r : !r);
  if (isMemoryView(a) && released(a) || isMemoryView(b) && released(b)) return eq(a === b);
  if (!bufferCheck(a) || !bufferCheck(b)) return notImplemented();
  const mv = isMemoryView(a) ? a : b, other = mv === a ? b : a;
  let x: Owned | Null, y: Owned | Null;
  const xs = tolistValues(mv);
  if (xs === null) return NULL;
  let ys: Owned[] | null;
  if (isMemoryView(other)) ys = tolistValues(other);
  else {
    bufferGet(other, false);
    ys = [];
    for (let i = 0; i < BUF.len; i++) ys.push(newRef(smallInt(u8[BUF.ptr + i])));
  }
  if (ys === null) { for (const v of xs) decref(v); return NULL; }
  let same = xs.length === ys.length;
  // Items compare by value (struct unpacking in CPython): 'c' bytes with 'c' bytes, numbers as numbers.
  for (let i = 0; same && i < xs.length; i++) {
    x = xs[i]; y = ys[i];
    if (isBytes(x) !== isBytes(y)) same = false;
    else if (isBytes(x)) same = u8[x + BYTES_DATA] === u8[y + BYTES_DATA];
    else if (isFloat(x) || isFloat(y)) same = (isFloat(x) ? floatValue(x) : Number(intToBigInt(x))) === (isFloat(y) ? floatValue(y) : Number(intToBigInt(y)));
    else same = intToBigInt(x) === intToBigInt(y);
  }
  for (const v of xs) decref(v);
  for (const v of ys) decref(v);
  return eq(same);
}

function tolistValues(o: Borrowed): Owned[] | null {
  const n = i32[(o + MV_LEN) >> 2];
  const out: Owned[] = [];
  for (let i = 0; i < n; i++) {
    const v = unpackItem(o, i);
    if (v === NULL) { for (const x of out) decref(x); return null; }
    out.push(v);
  }
  return out;
}

function mvHash(o: Borrowed): number {
  const lo = i32[(o + MV_HASH) >> 2], hi = i32[(o + MV_HASH + 4) >> 2];
  if ((lo & hi) !== -1) { H64[0] = lo; H64[1] = hi; return lo; }
  const fail = (): number => { H64[0] = -1; H64[1] = -1; return -1; };
  if (released(o)) { releasedError(); return fail(); }
  if ((i32[(o + MV_FLAGS) >> 2] & F_READONLY) === 0) {
    errSetString(ValueError, 'cannot hash writable memoryview object');
    return fail();
  }
  const f = fmtOf(o);
  if (f !== 'B' && f !== 'b' && f !== 'c') {
    errSetString(ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    return fail();
  }
  const data = mvBytes(o);
  const h = hashBytes(data, 0, data.length);
  i32[(o + MV_HASH) >> 2] = h;
  i32[(o + MV_HASH + 4) >> 2] = H64[1];
  H64[0] = h;
  return h;
}

function mvNewVector(_type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('memoryview', args, nargs, kwnames, ['object'], 1)) return NULL;
  return memoryviewFromObject(PARSED[0] as Borrowed);
}

// ---- iterator ----

const IT_SEQ = 8;
const IT_INDEX = 12;

function mvIter(o: Borrowed): Owned | Null {
  if (released(o)) return releasedError();
  const it = objectNew(memoryIterType, 16);
  if (it === NULL) return NULL;
  incref(o);
  i32[(it + IT_SEQ) >> 2] = o;
  i32[(it + IT_INDEX) >> 2] = 0;
  return it;
}

function mvIterNext(it: Borrowed): Owned | Null {
  const o = i32[(it + IT_SEQ) >> 2];
  if (o === 0) return NULL;
  const i = i32[(it + IT_INDEX) >> 2];
  if (!released(o as Borrowed) && i < i32[(o + MV_LEN) >> 2]) {
    i32[(it + IT_INDEX) >> 2] = i + 1;
    return unpackItem(o as Borrowed, i);
  }
  i32[(it + IT_SEQ) >> 2] = 0;
  decref(o as Borrowed);
  return NULL;
}

function mvIterDealloc(it: Owned): void {
  const o = i32[(it + IT_SEQ) >> 2];
  if (o !== 0) decref(o as Borrowed);
  objectFree(it);
}

// ---- methods and attributes ----

type Fn = (self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null) => Owned | Null;

function live(fn: (o: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null) => Owned | Null): Fn {
  return (self, args, nargs, kwnames) => (released(self as Borrowed) ? releasedError() : fn(self as Borrowed, args, nargs, kwnames));
}

function noArgs(qual: string, fn: (o: Borrowed) => Owned | Null): Fn {
  return (self, _args, nargs, kwnames) => {
    if (!argsNoKwnames(qual, kwnames)) return NULL;
    if (nargs !== 0) return errSetString(TypeError, `${qual}() takes no arguments (${nargs} given)`);
    if (released(self as Borrowed)) return releasedError();
    return fn(self as Borrowed);
  };
}

function mv_tobytes(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('tobytes', args, nargs, kwnames, ['order'], 0)) return NULL;
  if (released(self as Borrowed)) return releasedError();
  const order = PARSED[0] as Borrowed | Null;
  if (order !== NULL && order !== Py_None) {
    if (!isStr(order)) return errSetString(TypeError, `tobytes() argument 'order' must be str or None, not ${typeNameOf(order)}`);
    const s = strToJS(order);
    if (s !== 'C' && s !== 'F' && s !== 'A') return errSetString(ValueError, "order must be 'C', 'F' or 'A'");
  }
  return bytesFromUint8Array(mvBytes(self as Borrowed));
}

function mvToList(o: Borrowed): Owned | Null {
  const l = listNew(0);
  if (l === NULL) return NULL;
  const n = i32[(o + MV_LEN) >> 2];
  for (let i = 0; i < n; i++) {
    const v = unpackItem(o, i);
    if (v === NULL || listAppendSteal(l, v) < 0) { decref(l); return NULL; }
  }
  return l;
}

function mv_cast(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('cast', args, nargs, kwnames, ['format', 'shape'], 1)) return NULL;
  const o = self as Borrowed;
  if (released(o)) return releasedError();
  const fo = PARSED[0] as Borrowed, shape = PARSED[1] as Borrowed | Null;
  if (!isStr(fo)) return errSetString(TypeError, 'memoryview: format argument must be a string');
  let f = strToJS(fo);
  if (f.length === 2 && f[0] === '@') f = f[1];
  if (f.length !== 1 || FORMATS[f] === undefined) {
    return errSetString(ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  }
  const isz = i32[(o + MV_ITEMSIZE) >> 2], st = i32[(o + MV_STRIDE) >> 2], n = i32[(o + MV_LEN) >> 2];
  if (st !== isz && n > 1) return errSetString(TypeError, 'memoryview: casts are restricted to C-contiguous views');
  const byteFmt = (x: string): boolean => x === 'B' || x === 'b' || x === 'c';
  if (!byteFmt(fmtOf(o)) && !byteFmt(f)) return errSetString(TypeError, 'memoryview: cannot cast between two non-byte formats');
  const nsz = FORMATS[f][0];
  const nbytes = n * isz;
  if (nbytes % nsz !== 0) return errSetString(TypeError, 'memoryview: length is not a multiple of itemsize');
  if (shape !== NULL) {
    // Only a one-dimensional shape matching the length is supported.
    const items = isTuple(shape) ? tupleSize(shape) : isList(shape) ? listSize(shape) : -1;
    if (items < 0) return errSetString(TypeError, 'shape must be a list or a tuple');
    const dim0 = items === 1 ? (isTuple(shape) ? tupleGetItemBorrow(shape, 0) : listGetItemBorrow(shape, 0)) : NULL;
    if (items !== 1 || dim0 === NULL || !isInt(dim0) || Number(intToBigInt(dim0)) * nsz !== nbytes) {
      return errSetString(NotImplementedError, 'memoryview.cast with a multi-dimensional shape is not supported by Immortal yet');
    }
  }
  return mvNew(i32[(o + MV_OBJ) >> 2] as Borrowed, i32[(o + MV_BUF) >> 2], nbytes / nsz, nsz, nsz, f,
    (i32[(o + MV_FLAGS) >> 2] & F_READONLY) !== 0);
}

function mv_hex(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (released(self as Borrowed)) return releasedError();
  const data = mvBytes(self as Borrowed);
  return bytesHexImpl(data, 'hex', args, nargs, kwnames);
}

function mv_release(self: Borrowed | Null, _args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('memoryview.release', kwnames)) return NULL;
  if (nargs !== 0) return errSetString(TypeError, `memoryview.release() takes no arguments (${nargs} given)`);
  mvRelease(self as Borrowed);
  return noneNew();
}

function mv_exit(self: Borrowed | Null, _args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('__exit__', kwnames)) return NULL;
  void nargs;
  mvRelease(self as Borrowed);
  return noneNew();
}

const mvMethods: MethodDef[] = [
  { name: 'tobytes', fn: mv_tobytes },
  { name: 'tolist', fn: noArgs('memoryview.tolist', mvToList) },
  { name: 'hex', fn: mv_hex },
  { name: 'cast', fn: mv_cast },
  { name: 'release', fn: mv_release },
  { name: 'toreadonly', fn: noArgs('memoryview.toreadonly', (o) => mvNew(i32[(o + MV_OBJ) >> 2] as Borrowed,
    i32[(o + MV_BUF) >> 2], i32[(o + MV_LEN) >> 2], i32[(o + MV_STRIDE) >> 2], i32[(o + MV_ITEMSIZE) >> 2], fmtOf(o), true)) },
  { name: '__enter__', fn: noArgs('memoryview.__enter__', (o) => newRef(o)) },
  { name: '__exit__', fn: mv_exit },
  { name: '__buffer__', fn: live((o, args, nargs) => {
    if (!argsCheckPositional('__buffer__', nargs, 1, 1)) return NULL;
    void args;
    return memoryviewFromObject(o);
  }) },
  { name: '__release_buffer__', fn: (_self, args, nargs) => {
    if (!argsCheckPositional('__release_buffer__', nargs, 1, 1)) return NULL;
    if (isMemoryView(argAt(args, 0))) mvRelease(argAt(args, 0));
    return noneNew();
  } },
];

function attr(name: string, get: (o: Borrowed) => Owned | Null, checkReleased = true): GetSetDef {
  return { name, get: (o) => (checkReleased && released(o) ? releasedError() : get(o)) };
}

function tuple1(v: Owned | Null): Owned | Null {
  if (v === NULL) return NULL;
  const t = tupleNew(1);
  if (t === NULL) { decref(v); return NULL; }
  tupleSetItemSteal(t, 0, v);
  return t;
}

const mvGetSets: GetSetDef[] = [
  attr('obj', (o) => newRef(i32[(o + MV_OBJ) >> 2] as Borrowed)),
  attr('nbytes', (o) => intFromNumber(i32[(o + MV_LEN) >> 2] * i32[(o + MV_ITEMSIZE) >> 2])),
  attr('readonly', (o) => boolNew((i32[(o + MV_FLAGS) >> 2] & F_READONLY) !== 0)),
  attr('itemsize', (o) => intFromNumber(i32[(o + MV_ITEMSIZE) >> 2])),
  attr('format', (o) => strFromJS(fmtOf(o))),
  attr('ndim', () => newRef(smallInt(1))),
  attr('shape', (o) => tuple1(intFromNumber(i32[(o + MV_LEN) >> 2]))),
  attr('strides', (o) => tuple1(intFromNumber(i32[(o + MV_STRIDE) >> 2]))),
  attr('suboffsets', () => tupleNew(0)),
  attr('c_contiguous', (o) => boolNew(contiguous(o))),
  attr('f_contiguous', (o) => boolNew(contiguous(o))),
  attr('contiguous', (o) => boolNew(contiguous(o))),
];

function contiguous(o: Borrowed): boolean {
  return i32[(o + MV_LEN) >> 2] <= 1 || i32[(o + MV_STRIDE) >> 2] === i32[(o + MV_ITEMSIZE) >> 2];
}

export function memoryviewInitStatic(): void {
  memoryviewType = typeNewStatic({
    name: 'memoryview',
    basicsize: MV_SIZE,
    slots: {
      dealloc: mvDealloc,
      repr: mvRepr,
      hash: mvHash,
      richcompare: mvRichCompare,
      length: mvLength,
      getitem: mvSubscript,
      setitem: mvAssSubscript,
      iter: mvIter,
      new: mvNewVector,
    },
  });
  memoryIterType = typeNewStatic({
    name: 'memory_iterator',
    basicsize: 16,
    slots: {
      dealloc: mvIterDealloc,
      iter: (o: Borrowed) => newRef(o),
      iternext: mvIterNext,
    },
  });
  typeAddGetSets(memoryviewType, mvGetSets);
}

/** Registers memoryview's methods (with the other method tables). */
export function memoryviewAddMethods(): void {
  typeAddMethods(memoryviewType, mvMethods);
}
