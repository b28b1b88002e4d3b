// memoryview: n-dimensional views of bytes, bytearray and memoryview buffers, and the simple buffer
// protocol natives use. Mirrors Objects/memoryobject.c (memory_subscript, memory_ass_sub, cast to and from
// C-contiguous shapes, tolist/tobytes/hex, memory_richcompare, memory_hash, release / the context manager,
// memory_getbuf for __buffer__) and PyObject_GetBuffer(PyBUF_SIMPLE).
// Invariants: a live view owns its exporter (a bytes or bytearray, or the memoryview whose __buffer__ made
// the view it was copied from) and holds one export on it (bytearray ob_exports, memoryview exports), so
// the storage it points into can't move; a released view owns nothing and its obj field is 0.

import { u8, i32, f64, heapBuffer } from '../heap/views.ts';
import { decref, newRef, incref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { H64 } from '../support/hash64.ts';
import { hashBytes } from '../support/siphash.ts';
import { float16Pack, float16Unpack } from '../support/float16.ts';
import { typeNewStatic, typeOf, typeNameOf, slotsOf, Py_EQ, Py_NE, typeWriteUnraisable } from './type.ts';
import { objectNew, objectFree, notImplemented, boolNew, noneNew, objectIsTrue, objectHash, hashFailed } from './object.ts';
import { errSetString, errOccurred, errExceptionMatches, errClear, errFetch, errSetRaised } from './errors.ts';
import {
  IndexError, TypeError, ValueError, OverflowError, NotImplementedError, exceptionTypes,
} from './exceptions.ts';
import { strFromJS, isStr, strToJS, strInternImmortal } from './str.ts';
import { strEncode } from './str-codecs.ts';
import { smallInt, intFromNumber, intFromBigInt, isInt, intToBigInt, intSafeValue } from './int.ts';
import { floatNew, floatValue, isFloat } from './float.ts';
import { isBytes, bytesSize, BYTES_DATA, bytesFromUint8Array, bytesSingle, bytesType } from './bytes.ts';
import { isByteArray, bytearraySize, bytearrayData, bytearrayExportsAdd, bytearrayType } from './bytearray.ts';
import { allocCurrent } from '../heap/alloc.ts';
import { isTuple, tupleNew, tupleSetItemSteal, tupleSize, tupleGetItemBorrow } from './tuple.ts';
import { listNew, listAppendSteal, isList, listSize, listGetItemBorrow } from './list.ts';
import { isSlice, sliceUnpack, unpackStart, unpackStop, unpackStep, sliceAdjustIndices, sliceStart } from './slice.ts';
import { numberAsSsize, numberIndexAny, indexCheck, parseArgs, PARSED, floatAsDoubleAny, typeLookup, callMethodOneArg } from './abstract.ts';
import {
  type MethodDef, typeAddMethods, argAt, argsNoKwnames, argsCheckPositional, argsWrapperNoKwnames, argBadArgument,
  methodDescriptorType, METH_NOARGS,
} from './methodobject.ts';
import { typeAddGetSets, type GetSetDef } from './getset.ts';
import { bytesHexImpl } from './bytes-methods.ts';
import { Py_None } from './none.ts';
import { cpythonItemCounts } from './sizeof.ts';
import { Py_Ellipsis } from './ellipsis.ts';

//   +0 ob_refcnt  +4 ob_type  +8 obj (owned exporter, 0 when released)  +12 buf (heap address of the item
//   at index 0 in every dimension)  +16 ndim (0..64)  +20 itemsize  +24 format (its character's code)
//   +28 flags  +32 hash low  +36 hash high (-1/-1: not computed)  +40 exports (views holding this one as
//   their exporter)  +44 nbytes (product(shape) * itemsize)
//   +48 shape[ndim] (f64), then strides[ndim] (f64, bytes, may be negative): 48 + 16 * ndim bytes in all
const MV_OBJ = 8;
const MV_BUF = 12;
const MV_NDIM = 16;
const MV_ITEMSIZE = 20;
const MV_FORMAT = 24;
const MV_FLAGS = 28;
const MV_HASH = 32;
const MV_EXPORTS = 40;
const MV_NBYTES = 44;
const MV_SHAPE = 48;

// flags: READONLY, C and F (C-/Fortran-contiguous, as init_flags computes them), AT (format written '@x').
const F_READONLY = 1;
const F_C = 2;
const F_F = 4;
const F_AT = 8;

const MAX_NDIM = 64; // PyBUF_MAX_NDIM
const SSIZE_MAX = (1n << 63n) - 1n;

export let memoryviewType = 0 as Borrowed;
export let memoryIterType = 0 as Borrowed;
/**
 * _buffer_wrapper (typeobject.c's PyBufferWrapper): the exporter of a view of an object whose class
 * defines __buffer__ (PEP 688). +8 the memoryview __buffer__ returned (owned), +12 the object (owned).
 * When the last view of it lets go, the object's __release_buffer__ is called with that memoryview.
 */
let bufferWrapperType = 0 as Borrowed;
const BW_MV = 8;
const BW_OBJ = 12;
/** PyBUF_FULL_RO: what memoryview() asks of an exporter. */
const PyBUF_FULL_RO = 284;

/** The result of bufferGet: a contiguous run of bytes in the heap. Valid until the exporter is resized. */
export const BUF = { ptr: 0, len: 0, readonly: false };

export function isMemoryView(o: Borrowed): boolean {
  return memoryviewType !== 0 && typeOf(o) === memoryviewType;
}

/** The object a memoryview exports (its view.obj): 0 once released. */
export function memoryviewExporterBorrow(o: Borrowed): Borrowed | Null {
  return i32[(o + MV_OBJ) >> 2] as Borrowed | Null;
}

function released(o: Borrowed): boolean {
  return i32[(o + MV_OBJ) >> 2] === 0;
}

function releasedError(): Null {
  return errSetString(ValueError, 'operation forbidden on released memoryview object');
}

function bufferError(msg: string): Null {
  return errSetString(exceptionTypes.get('BufferError') as Borrowed, msg);
}

/** A view's geometry as JS values: what creating, slicing, casting and copying work on. */
interface View {
  buf: number;
  ndim: number;
  shape: number[];
  strides: number[];
  itemsize: number;
  /** The format character, without the '@' prefix. */
  fmt: string;
}

function ndimOf(o: Borrowed): number {
  return i32[(o + MV_NDIM) >> 2];
}

function flagsOf(o: Borrowed): number {
  return i32[(o + MV_FLAGS) >> 2];
}

function fmtOf(o: Borrowed): string {
  return String.fromCharCode(i32[(o + MV_FORMAT) >> 2]);
}

function viewOf(o: Borrowed): View {
  const ndim = ndimOf(o);
  const shape: number[] = [], strides: number[] = [];
  const s = (o + MV_SHAPE) >> 3;
  for (let d = 0; d < ndim; d++) {
    shape.push(f64[s + d]);
    strides.push(f64[s + ndim + d]);
  }
  return { buf: i32[(o + MV_BUF) >> 2], ndim, shape, strides, itemsize: i32[(o + MV_ITEMSIZE) >> 2], fmt: fmtOf(o) };
}

/** The one-dimensional unsigned-byte view of a bytes or bytearray (what PyObject_GetBuffer gives). */
function bytesView(o: Borrowed): View {
  const isB = isBytes(o);
  const n = isB ? bytesSize(o) : bytearraySize(o);
  return { buf: isB ? o + BYTES_DATA : bytearrayData(o), ndim: 1, shape: [n], strides: [1], itemsize: 1, fmt: 'B' };
}

function itemCount(v: View): number {
  let n = 1;
  for (const x of v.shape) n *= x;
  return n;
}

// PyBuffer_IsContiguous for 'C' and 'F' (the order of the dimensions the strides must follow).
function isCContiguous(v: View): boolean {
  if (itemCount(v) === 0) return true;
  let sd = v.itemsize;
  for (let d = v.ndim - 1; d >= 0; d--) {
    if (v.shape[d] > 1 && v.strides[d] !== sd) return false;
    sd *= v.shape[d];
  }
  return true;
}

function isFContiguous(v: View): boolean {
  if (itemCount(v) === 0) return true;
  let sd = v.itemsize;
  for (let d = 0; d < v.ndim; d++) {
    if (v.shape[d] > 1 && v.strides[d] !== sd) return false;
    sd *= v.shape[d];
  }
  return true;
}

// init_flags: a one-dimensional view is contiguous when it has one item or unit stride (so an empty
// view with a step is not), others by PyBuffer_IsContiguous.
function contiguityFlags(v: View): number {
  if (v.ndim === 0) return F_C | F_F;
  if (v.ndim === 1) return v.shape[0] === 1 || v.strides[0] === v.itemsize ? F_C | F_F : 0;
  return (isCContiguous(v) ? F_C : 0) | (isFContiguous(v) ? F_F : 0);
}

function cStrides(shape: readonly number[], itemsize: number): number[] {
  const strides = new Array<number>(shape.length);
  let sd = itemsize;
  for (let d = shape.length - 1; d >= 0; d--) {
    strides[d] = sd;
    sd *= shape[d];
  }
  return strides;
}

// Every view counts as one export of its exporter. CPython counts managed buffers instead, so where views
// copied from a __buffer__ view keep its source busy, release()'s "has N exported buffers" counts them all.
function exporterAcquire(base: Borrowed): void {
  incref(base);
  if (isByteArray(base)) bytearrayExportsAdd(base, 1);
  else if (isMemoryView(base)) i32[(base + MV_EXPORTS) >> 2]++;
}

function exporterRelease(base: Borrowed): void {
  if (isByteArray(base)) bytearrayExportsAdd(base, -1);
  else if (isMemoryView(base)) i32[(base + MV_EXPORTS) >> 2]--;
  decref(base);
}

/** A new view of `base`'s memory with the geometry `v`. */
function mvMake(base: Borrowed, v: View, readonly: boolean, at: boolean): Owned | Null {
  const o = objectNew(memoryviewType, MV_SHAPE + 16 * v.ndim);
  if (o === NULL) return NULL;
  exporterAcquire(base);
  i32[(o + MV_OBJ) >> 2] = base;
  i32[(o + MV_BUF) >> 2] = v.buf;
  i32[(o + MV_NDIM) >> 2] = v.ndim;
  i32[(o + MV_ITEMSIZE) >> 2] = v.itemsize;
  i32[(o + MV_FORMAT) >> 2] = v.fmt.charCodeAt(0);
  i32[(o + MV_FLAGS) >> 2] = (readonly ? F_READONLY : 0) | (at ? F_AT : 0) | contiguityFlags(v);
  i32[(o + MV_HASH) >> 2] = -1;
  i32[(o + MV_HASH + 4) >> 2] = -1;
  i32[(o + MV_EXPORTS) >> 2] = 0;
  i32[(o + MV_NBYTES) >> 2] = itemCount(v) * v.itemsize;
  const s = (o + MV_SHAPE) >> 3;
  for (let d = 0; d < v.ndim; d++) {
    f64[s + d] = v.shape[d];
    f64[s + v.ndim + d] = v.strides[d];
  }
  return o;
}

/** A new view of the same exporter as `o` (a live view) with the geometry `v` and o's flags. */
function mvDerive(o: Borrowed, v: View, readonly = (flagsOf(o) & F_READONLY) !== 0): Owned | Null {
  return mvMake(i32[(o + MV_OBJ) >> 2] as Borrowed, v, readonly, (flagsOf(o) & F_AT) !== 0);
}

/**
 * PyObject_GetBuffer(PyBUF_SIMPLE) for the builtin exporters: fills BUF and returns true for bytes,
 * bytearray and C-contiguous memoryviews. Otherwise false; for a memoryview that can't give its bytes this
 * way the error (ValueError when released, BufferError when not C-contiguous) is always set, and with
 * `raise` a non-buffer gets TypeError ("a bytes-like object is required").
 */
export function bufferGet(o: Borrowed, raise: boolean): boolean {
  const t = typeOf(o);
  if (t !== bytesType && t !== bytearrayType && t !== memoryviewType && pythonBufferMethod(o)) return pythonBufferGet(o);
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
    if ((flagsOf(o) & F_C) === 0) {
      bufferError('memoryview: underlying buffer is not C-contiguous');
      return false;
    }
    BUF.ptr = i32[(o + MV_BUF) >> 2]; BUF.len = i32[(o + MV_NBYTES) >> 2]; BUF.readonly = (flagsOf(o) & F_READONLY) !== 0;
    return true;
  }
  if (raise) errSetString(TypeError, `a bytes-like object is required, not '${typeNameOf(o)}'`);
  return false;
}

/** True when o exports a buffer (PyObject_CheckBuffer), through a builtin exporter or a class's __buffer__. */
export function bufferCheck(o: Borrowed): boolean {
  return isBytes(o) || isByteArray(o) || isMemoryView(o) || pythonBufferMethod(o);
}

// bufferGet for a class's __buffer__ (PEP 688): the view's bytes are copied into a bytes object and the
// view is released at once (so __release_buffer__ runs before the caller goes on, as it does in CPython
// for a native that gets a buffer, copies, and releases it). BUF then points into that copy, which lives
// until the next such bufferGet on the same heap or the runtime's shutdown (bufferFini): callers of
// bufferGet use or copy BUF before they get another buffer. One copy per heap, keyed by its allocator.
const bufferTemps = new Map<object, number>();

function pythonBufferGet(o: Borrowed): boolean {
  const data = pythonBufferCopy(o);
  if (data === null) return false;
  const b = bytesFromUint8Array(data);
  if (b === NULL) return false;
  const key = allocCurrent();
  const old = bufferTemps.get(key);
  bufferTemps.set(key, b);
  if (old !== undefined) decref(old as Owned);
  BUF.ptr = b + BYTES_DATA; BUF.len = data.length; BUF.readonly = true;
  return true;
}

/** Runtime shutdown: frees this heap's __buffer__ copy (see pythonBufferGet). */
export function bufferFini(): void {
  const key = allocCurrent();
  const old = bufferTemps.get(key);
  if (old === undefined) return;
  bufferTemps.delete(key);
  decref(old as Owned);
}

/**
 * A memoryview's bytes in C order, whatever its strides (PyObject_GetBuffer(PyBUF_FULL_RO) and
 * PyBuffer_ToContiguous, as bytes(m) and bytearray(m) do); null with ValueError when it is released.
 */
export function memoryviewCopyBytes(o: Borrowed): Uint8Array | null {
  if (released(o)) { releasedError(); return null; }
  return toContiguous(viewOf(o), 'C');
}

// Byte offsets from v.buf of every item, in C order (last index fastest) or Fortran order (first fastest).
function itemOffsets(v: View, fortran: boolean): number[] {
  const n = itemCount(v);
  const out = new Array<number>(n);
  if (n === 0) return out;
  const nd = v.ndim;
  const idx = new Array<number>(nd).fill(0);
  let off = 0;
  for (let k = 0; k < n; k++) {
    out[k] = off;
    for (let j = 0; j < nd; j++) {
      const d = fortran ? j : nd - 1 - j;
      off += v.strides[d];
      if (++idx[d] < v.shape[d]) break;
      off -= v.strides[d] * v.shape[d];
      idx[d] = 0;
    }
  }
  return out;
}

// PyBuffer_ToContiguous: the items' bytes in `order` ('A': Fortran order only for a Fortran-contiguous
// buffer that is not C-contiguous; contiguous memory is copied as it lies).
function toContiguous(v: View, order: 'C' | 'F' | 'A'): Uint8Array {
  const isz = v.itemsize, nbytes = itemCount(v) * isz;
  const c = isCContiguous(v), f = isFContiguous(v);
  if (order === 'C' ? c : order === 'F' ? f : c || f) return u8.slice(v.buf, v.buf + nbytes);
  const out = new Uint8Array(nbytes);
  const offs = itemOffsets(v, order === 'F');
  for (let k = 0; k < offs.length; k++) {
    const p = v.buf + offs[k];
    if (isz === 1) out[k] = u8[p];
    else out.set(u8.subarray(p, p + isz), k * isz);
  }
  return out;
}

// ---- items ----
//
// Native formats ('@' is the only byte order and alignment a cast can ask for): itemsize and kind
// (u unsigned, i signed, f float, c one byte as bytes, ? bool, P pointer: unsigned, packed from any int
// in [-2**63, 2**64)). Native long and size_t are 8 bytes, as on CPython's 64-bit Linux builds.
const FORMATS: Record<string, [number, string]> = {
  B: [1, 'u'], b: [1, 'i'], c: [1, 'c'], '?': [1, '?'], H: [2, 'u'], h: [2, 'i'], I: [4, 'u'], i: [4, 'i'],
  L: [8, 'u'], l: [8, 'i'], Q: [8, 'u'], q: [8, 'i'], N: [8, 'u'], n: [8, 'i'], P: [8, 'P'], f: [4, 'f'],
  d: [8, 'f'], e: [2, 'f'],
};

const isByteFormat = (f: string): boolean => f === 'B' || f === 'b' || f === 'c';

let dataView = new DataView(new SharedArrayBuffer(0));

function heapData(): DataView {
  if (dataView.buffer !== heapBuffer) dataView = new DataView(heapBuffer);
  return dataView;
}

// An 8-byte integer at p: a JS number while it is exact, else a bigint.
function read64(dv: DataView, p: number, signed: boolean): number | bigint {
  const lo = dv.getUint32(p, true), hi = signed ? dv.getInt32(p + 4, true) : dv.getUint32(p + 4, true);
  if (hi > -0x200000 && hi < 0x200000) return hi * 4294967296 + lo;
  return signed ? dv.getBigInt64(p, true) : dv.getBigUint64(p, true);
}

// The item at p as a JS value: a number or bigint for integers, floats and bools (True is 1), a
// one-character string for 'c' (a bytes object, equal only to another one).
function itemValue(fmt: string, p: number): number | bigint | string {
  const dv = heapData();
  switch (fmt) {
    case 'B': return u8[p];
    case 'b': return dv.getInt8(p);
    case 'c': return String.fromCharCode(u8[p]);
    case '?': return u8[p] !== 0 ? 1 : 0;
    case 'H': return dv.getUint16(p, true);
    case 'h': return dv.getInt16(p, true);
    case 'I': return dv.getUint32(p, true);
    case 'i': return dv.getInt32(p, true);
    case 'L': case 'Q': case 'N': case 'P': return read64(dv, p, false);
    case 'l': case 'q': case 'n': return read64(dv, p, true);
    case 'f': return dv.getFloat32(p, true);
    case 'd': return dv.getFloat64(p, true);
    case 'e': return float16Unpack(dv.getUint16(p, true));
  }
  throw new Error(`memoryview: format ${fmt} has no reader`);
}

// unpack_single: the item at p as a Python object.
function unpackItem(fmt: string, p: number): Owned | Null {
  if (fmt === 'B') return newRef(smallInt(u8[p]));
  if (fmt === 'c') return newRef(bytesSingle(u8[p]));
  if (fmt === '?') return boolNew(u8[p] !== 0);
  const x = itemValue(fmt, p);
  if (FORMATS[fmt][1] === 'f') return floatNew(x as number);
  return typeof x === 'bigint' ? intFromBigInt(x) : intFromNumber(x as number);
}

function invalidType(fmt: string): number {
  errSetString(TypeError, `memoryview: invalid type for format '${fmt}'`);
  return -1;
}

function invalidValue(fmt: string): number {
  errSetString(ValueError, `memoryview: invalid value for format '${fmt}'`);
  return -1;
}

// fix_error_int: a conversion's TypeError becomes "invalid type", OverflowError and ValueError become
// "invalid value"; anything else (raised by __index__ or __float__) is kept.
function conversionFailed(fmt: string): number {
  if (errExceptionMatches(TypeError)) { errClear(); return invalidType(fmt); }
  if (errExceptionMatches(OverflowError) || errExceptionMatches(ValueError)) { errClear(); return invalidValue(fmt); }
  return -1;
}

// PyFloat_AsDouble: floats, objects with __float__ or __index__; -1 with an exception set otherwise.
function asDouble(v: Borrowed): number {
  if (isFloat(v)) return floatValue(v);
  const s = slotsOf(v);
  if (!isInt(v) && s.float === null && s.index === null) {
    errSetString(TypeError, `must be real number, not ${typeNameOf(v)}`);
    return -1;
  }
  return floatAsDoubleAny(v);
}

// Integer ranges by format: [lowest, highest].
const RANGES: Record<string, [bigint, bigint]> = {
  b: [-128n, 127n], B: [0n, 255n], h: [-32768n, 32767n], H: [0n, 65535n],
  i: [-(1n << 31n), (1n << 31n) - 1n], I: [0n, (1n << 32n) - 1n],
  l: [-(1n << 63n), SSIZE_MAX], q: [-(1n << 63n), SSIZE_MAX], n: [-(1n << 63n), SSIZE_MAX],
  L: [0n, (1n << 64n) - 1n], Q: [0n, (1n << 64n) - 1n], N: [0n, (1n << 64n) - 1n],
  P: [-(1n << 63n), (1n << 64n) - 1n],
};

// pack_single: writes v as the item at p of the view o; 0, or -1 with CPython's error. The conversion
// can run Python code (__index__, __float__, __bool__) that releases o, so o is checked again before
// the store (gh-92888).
function packItem(o: Borrowed, fmt: string, p: number, v: Borrowed): number {
  const dv = heapData();
  if (fmt === 'c') {
    if (!isBytes(v)) return invalidType(fmt);
    if (bytesSize(v) !== 1) return invalidValue(fmt);
    u8[p] = u8[v + BYTES_DATA];
    return 0;
  }
  const [size, kind] = FORMATS[fmt];
  if (kind === '?') {
    const t = objectIsTrue(v);
    if (t < 0) return -1;
    if (released(o)) { releasedError(); return -1; }
    u8[p] = t;
    return 0;
  }
  if (kind === 'f') {
    const x = asDouble(v);
    if (x === -1 && errOccurred() !== NULL) return conversionFailed(fmt);
    if (released(o)) { releasedError(); return -1; }
    if (size === 4) dv.setFloat32(p, x, true);
    else if (size === 8) dv.setFloat64(p, x, true);
    else {
      const h = float16Pack(x);
      if (h < 0) return invalidValue(fmt); // PyFloat_Pack2's OverflowError, as fix_error_int words it
      dv.setUint16(p, h, true);
    }
    return 0;
  }
  // Integers: __index__ (PyLong_AsVoidPtr for 'P' takes only ints).
  let n: number, big: bigint | null = null;
  if (kind === 'P') {
    if (!isInt(v)) return invalidType(fmt);
    n = intSafeValue(v);
    if (n !== n) big = intToBigInt(v);
  } else {
    const iv = numberIndexAny(v);
    if (iv === NULL) return conversionFailed(fmt);
    n = intSafeValue(iv);
    if (n !== n) big = intToBigInt(iv);
    decref(iv);
  }
  if (released(o)) { releasedError(); return -1; }
  const [lo, hi] = RANGES[fmt];
  if (big !== null ? big < lo || big > hi : n < Number(lo) || n > Number(hi)) return invalidValue(fmt);
  switch (size) {
    case 1: u8[p] = n & 0xff; return 0;
    case 2: dv.setUint16(p, n & 0xffff, true); return 0;
    case 4: dv.setUint32(p, n >>> 0, true); return 0;
  }
  dv.setBigUint64(p, BigInt.asUintN(64, big ?? BigInt(n)), true);
  return 0;
}

// ---- creation, release ----

/** memoryview(obj): a view of a bytes, bytearray or memoryview. */
export function memoryviewFromObject(obj: Borrowed): Owned | Null {
  if (pythonBufferMethod(obj)) return memoryviewFromPythonBuffer(obj);
  return memoryviewFromExporter(obj);
}

/** A view of a builtin exporter itself (bytes, bytearray, memoryview, subclasses included: their __buffer__). */
export function memoryviewFromExporter(obj: Borrowed): Owned | Null {
  if (isMemoryView(obj)) {
    if (released(obj)) return releasedError();
    return mvDerive(obj, viewOf(obj));
  }
  if (isBytes(obj)) return mvMake(obj, bytesView(obj), true, false);
  if (isByteArray(obj)) return mvMake(obj, bytesView(obj), false, false);
  return errSetString(TypeError, `memoryview: a bytes-like object is required, not '${typeNameOf(obj)}'`);
}

/**
 * PyObject_GetBuffer + PyBuffer_ToContiguous + PyBuffer_Release for an object whose class defines
 * __buffer__ in Python (bytes(obj), bytearray(obj)): its bytes in C order, or null with an error set.
 */
export function pythonBufferCopy(obj: Borrowed): Uint8Array | null {
  const m = memoryviewFromPythonBuffer(obj);
  if (m === NULL) return null;
  const data = toContiguous(viewOf(m), 'C');
  const r = mvRelease(m);
  decref(m);
  return r < 0 ? null : data;
}

/** Whether obj's class defines __buffer__ in Python (PEP 688: slot_bf_getbuffer), not a builtin's. */
export function pythonBufferMethod(obj: Borrowed): boolean {
  const m = typeLookup(typeOf(obj), strInternImmortal('__buffer__'));
  return m !== NULL && typeOf(m) !== methodDescriptorType;
}

/**
 * slot_bf_getbuffer: obj.__buffer__(PyBUF_FULL_RO), which must return a memoryview, wrapped in a
 * _buffer_wrapper that becomes the exporter of the new view (its `obj`).
 */
function memoryviewFromPythonBuffer(obj: Borrowed): Owned | Null {
  const flags = intFromNumber(PyBUF_FULL_RO);
  if (flags === NULL) return NULL;
  const mv = callMethodOneArg(obj, '__buffer__', flags);
  decref(flags);
  if (mv === NULL) return NULL;
  if (!isMemoryView(mv)) {
    decref(mv);
    return errSetString(TypeError, '__buffer__ returned non-memoryview object');
  }
  if (released(mv)) {
    decref(mv);
    return releasedError();
  }
  const w = objectNew(bufferWrapperType, 16);
  if (w === NULL) { decref(mv); return NULL; }
  incref(obj);
  i32[(w + BW_MV) >> 2] = mv;
  i32[(w + BW_OBJ) >> 2] = obj;
  const fl = flagsOf(mv);
  const r = mvMake(w, viewOf(mv), (fl & F_READONLY) !== 0, (fl & F_AT) !== 0);
  decref(w);
  return r;
}

/** The last view let go: obj.__release_buffer__(mv) (slot_bf_releasebuffer; its errors are unraisable), then both are dropped. */
function bufferWrapperDealloc(w: Owned): void {
  const mv = i32[(w + BW_MV) >> 2] as Owned, obj = i32[(w + BW_OBJ) >> 2] as Owned;
  if (typeLookup(typeOf(obj), strInternImmortal('__release_buffer__')) !== NULL) {
    const saved = errFetch();
    const r = callMethodOneArg(obj, '__release_buffer__', mv);
    if (r === NULL) typeWriteUnraisable(obj, 'Exception ignored in');
    else decref(r);
    errSetRaised(saved);
  }
  decref(mv);
  decref(obj);
  objectFree(w);
}

// _memory_release: 0, or -1 with BufferError while views made by this one's __buffer__ are alive.
function mvRelease(o: Borrowed): number {
  const base = i32[(o + MV_OBJ) >> 2];
  if (base === 0) return 0;
  const n = i32[(o + MV_EXPORTS) >> 2];
  if (n > 0) {
    bufferError(`memoryview has ${n} exported buffer${n === 1 ? '' : 's'}`);
    return -1;
  }
  i32[(o + MV_OBJ) >> 2] = 0;
  exporterRelease(base as Borrowed);
  return 0;
}

function mvDealloc(o: Owned): void {
  // A view with exports can't die: each of them owns a reference to it.
  mvRelease(o);
  objectFree(o);
}

function mvRepr(o: Borrowed): Owned | Null {
  const addr = '0x' + (0x7f0000000000 + o).toString(16);
  return strFromJS(released(o) ? `<released memory at ${addr}>` : `<memory at ${addr}>`);
}

function mvLength(o: Borrowed): number {
  if (released(o)) { releasedError(); return -1; }
  if (ndimOf(o) === 0) { errSetString(TypeError, '0-dim memory has no length'); return -1; }
  return f64[(o + MV_SHAPE) >> 3];
}

// ---- subscripts ----

// lookup_dimension: the address of item `index` along dimension `dim` from ptr, or -1 with IndexError.
function lookupDimension(o: Borrowed, ptr: number, dim: number, index: number): number {
  const ndim = ndimOf(o), s = (o + MV_SHAPE) >> 3;
  const n = f64[s + dim];
  if (index < 0) index += n;
  if (index < 0 || index >= n) {
    errSetString(IndexError, `index out of bounds on dimension ${dim + 1}`);
    return -1;
  }
  return ptr + f64[s + ndim + dim] * index;
}

// A tuple of ints, as long as every element has __index__ (the empty tuple included).
function isMultiIndex(key: Borrowed): boolean {
  if (!isTuple(key)) return false;
  for (let i = 0; i < tupleSize(key); i++) if (!indexCheck(tupleGetItemBorrow(key, i))) return false;
  return true;
}

function isMultiSlice(key: Borrowed): boolean {
  if (!isTuple(key) || tupleSize(key) === 0) return false;
  for (let i = 0; i < tupleSize(key); i++) if (!isSlice(tupleGetItemBorrow(key, i))) return false;
  return true;
}

// ptr_from_tuple: the address of the item a full tuple of indices names, or -1 with the error set.
function ptrFromTuple(o: Borrowed, key: Borrowed): number {
  const nindices = tupleSize(key), ndim = ndimOf(o);
  if (nindices > ndim) {
    errSetString(TypeError, `cannot index ${ndim}-dimension view with ${nindices}-element tuple`);
    return -1;
  }
  let ptr = i32[(o + MV_BUF) >> 2];
  for (let d = 0; d < nindices; d++) {
    const index = numberAsSsize(tupleGetItemBorrow(key, d), IndexError);
    if (index === -1 && errOccurred() !== NULL) return -1;
    ptr = lookupDimension(o, ptr, d, index);
    if (ptr < 0) return -1;
  }
  return ptr;
}

// init_slice on dimension 0 of v (sliceUnpack has run): the items the slice selects, in its order.
function sliceFirstDimension(v: View): void {
  const n = sliceAdjustIndices(v.shape[0], unpackStart, unpackStop, unpackStep);
  v.buf += v.strides[0] * sliceStart;
  v.shape[0] = n;
  v.strides[0] *= unpackStep;
}

function mvSubscript(o: Borrowed, key: Borrowed): Owned | Null {
  if (released(o)) return releasedError();
  const ndim = ndimOf(o), fmt = fmtOf(o);
  if (ndim === 0) {
    if (isTuple(key) && tupleSize(key) === 0) return unpackItem(fmt, i32[(o + MV_BUF) >> 2]);
    if (key === Py_Ellipsis) return newRef(o);
    return errSetString(TypeError, 'invalid indexing of 0-dim memory');
  }
  if (indexCheck(key)) {
    const index = numberAsSsize(key, IndexError);
    if (index === -1 && errOccurred() !== NULL) return NULL;
    if (ndim !== 1) return errSetString(NotImplementedError, 'multi-dimensional sub-views are not implemented');
    const p = lookupDimension(o, i32[(o + MV_BUF) >> 2], 0, index);
    return p < 0 ? NULL : unpackItem(fmt, p);
  }
  if (isSlice(key)) {
    // Slicing works on the first dimension only; the others are kept as they are.
    if (sliceUnpack(key) < 0) return NULL;
    const v = viewOf(o);
    sliceFirstDimension(v);
    return mvDerive(o, v);
  }
  if (isMultiIndex(key)) {
    if (tupleSize(key) < ndim) return errSetString(NotImplementedError, 'sub-views are not implemented');
    const p = ptrFromTuple(o, key);
    return p < 0 ? NULL : unpackItem(fmt, p);
  }
  if (isMultiSlice(key)) return errSetString(NotImplementedError, 'multi-dimensional slicing is not implemented');
  return errSetString(TypeError, 'memoryview: invalid slice key');
}

// equiv_shape: the same number of dimensions and the same extents up to the first empty one.
function equivShape(a: View, b: View): boolean {
  if (a.ndim !== b.ndim) return false;
  for (let d = 0; d < a.ndim; d++) {
    if (a.shape[d] !== b.shape[d]) return false;
    if (a.shape[d] === 0) break;
  }
  return true;
}

// m[a:b] = src on a one-dimensional view (memory_ass_sub's fast path and copy_single).
function assignSlice(o: Borrowed, key: Borrowed, value: Borrowed): number {
  let src: View;
  if (isMemoryView(value)) {
    if (released(value)) { releasedError(); return -1; }
    src = viewOf(value);
  } else if (isBytes(value) || isByteArray(value)) {
    src = bytesView(value);
  } else {
    errSetString(TypeError, `a bytes-like object is required, not '${typeNameOf(value)}'`);
    return -1;
  }
  if (sliceUnpack(key) < 0) return -1;
  if (released(o)) { releasedError(); return -1; }
  const dest = viewOf(o);
  sliceFirstDimension(dest);
  if (dest.fmt !== src.fmt || dest.itemsize !== src.itemsize || !equivShape(dest, src)) {
    errSetString(ValueError, 'memoryview assignment: lvalue and rvalue have different structures');
    return -1;
  }
  // Through a copy: source and destination may overlap.
  const data = toContiguous(src, 'C'), isz = dest.itemsize;
  for (let k = 0; k < dest.shape[0]; k++) u8.set(data.subarray(k * isz, (k + 1) * isz), dest.buf + k * dest.strides[0]);
  return 0;
}

function mvAssSubscript(o: Borrowed, key: Borrowed, value: Borrowed | Null): number {
  if (released(o)) { releasedError(); return -1; }
  if ((flagsOf(o) & F_READONLY) !== 0) { errSetString(TypeError, 'cannot modify read-only memory'); return -1; }
  if (value === NULL) { errSetString(TypeError, 'cannot delete memory'); return -1; }
  const ndim = ndimOf(o), fmt = fmtOf(o);
  if (ndim === 0) {
    if (key === Py_Ellipsis || isTuple(key) && tupleSize(key) === 0) return packItem(o, fmt, i32[(o + MV_BUF) >> 2], value);
    errSetString(TypeError, 'invalid indexing of 0-dim memory');
    return -1;
  }
  if (indexCheck(key)) {
    if (ndim > 1) { errSetString(NotImplementedError, 'sub-views are not implemented'); return -1; }
    const index = numberAsSsize(key, IndexError);
    if (index === -1 && errOccurred() !== NULL) return -1;
    const p = lookupDimension(o, i32[(o + MV_BUF) >> 2], 0, index);
    return p < 0 ? -1 : packItem(o, fmt, p, value);
  }
  if (isSlice(key) && ndim === 1) return assignSlice(o, key, value);
  if (isMultiIndex(key)) {
    if (tupleSize(key) < ndim) { errSetString(NotImplementedError, 'sub-views are not implemented'); return -1; }
    const p = ptrFromTuple(o, key);
    return p < 0 ? -1 : packItem(o, fmt, p, value);
  }
  if (isSlice(key) || isMultiSlice(key)) {
    errSetString(NotImplementedError, 'memoryview slice assignments are currently restricted to ndim = 1');
    return -1;
  }
  errSetString(TypeError, 'memoryview: invalid slice key');
  return -1;
}

// ---- comparison, hash ----

// Python's == between two items' values (int == float exactly, NaN unequal, bytes only with bytes).
function itemsEqual(x: number | bigint | string, y: number | bigint | string): boolean {
  if (typeof x === 'string' || typeof y === 'string') return x === y;
  if (typeof x === typeof y) return x === y;
  // One bigint (an integer beyond 2**53) and one number.
  const [big, num] = typeof x === 'bigint' ? [x, y as number] : [y as bigint, x as number];
  return Number.isInteger(num) && BigInt(num) === big;
}

// memory_richcompare: views are equal when their shapes match and their items are equal by value, read
// each with its own format; a released view is equal only to itself.
function mvRichCompare(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  if (op !== Py_EQ && op !== Py_NE) return notImplemented();
  const result = (eq: boolean): Owned => boolNew(op === Py_EQ ? eq : !eq);
  const [v, w] = isMemoryView(a) ? [a, b] : [b, a];
  if (released(v)) return result(v === w);
  let wv: View;
  if (isMemoryView(w)) {
    if (released(w)) return result(v === w);
    wv = viewOf(w);
  } else if (isBytes(w) || isByteArray(w)) {
    wv = bytesView(w);
  } else {
    return notImplemented();
  }
  const vv = viewOf(v);
  if (!equivShape(vv, wv)) return result(false);
  const vo = itemOffsets(vv, false), wo = itemOffsets(wv, false);
  if (vv.fmt === wv.fmt && vv.fmt !== 'f' && vv.fmt !== 'd' && vv.fmt !== 'e' && vv.fmt !== '?') {
    // Same integer or byte format: equal values are equal bytes.
    const isz = vv.itemsize;
    for (let k = 0; k < vo.length; k++) {
      const p = vv.buf + vo[k], q = wv.buf + wo[k];
      for (let j = 0; j < isz; j++) if (u8[p + j] !== u8[q + j]) return result(false);
    }
    return result(true);
  }
  for (let k = 0; k < vo.length; k++) {
    if (!itemsEqual(itemValue(vv.fmt, vv.buf + vo[k]), itemValue(wv.fmt, wv.buf + wo[k]))) return result(false);
  }
  return result(true);
}

// memory_hash: only read-only views of the byte formats hash (as bytes with the same items do), and
// only when the exporter itself is hashable; the hash is kept, so it survives release().
function mvHash(o: Borrowed): number {
  const lo = i32[(o + MV_HASH) >> 2], hi = i32[(o + MV_HASH + 4) >> 2];
  if ((lo & hi) !== -1) { H64[0] = lo; H64[1] = hi; return lo; }
  const fail = (): number => { H64[0] = -1; H64[1] = -1; return -1; };
  if (released(o)) { releasedError(); return fail(); }
  if ((flagsOf(o) & F_READONLY) === 0) {
    errSetString(ValueError, 'cannot hash writable memoryview object');
    return fail();
  }
  if (!isByteFormat(fmtOf(o))) {
    errSetString(ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    return fail();
  }
  if (hashFailed(objectHash(i32[(o + MV_OBJ) >> 2] as Borrowed))) return fail();
  const data = toContiguous(viewOf(o), 'C');
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

// ---- iterator (one-dimensional views) ----
//
//   +8 seq (owned view, 0 when exhausted)  +12 index  +16 length (fixed when the iterator is made)

const IT_SEQ = 8;
const IT_INDEX = 12;
const IT_LENGTH = 16;

function mvIter(o: Borrowed): Owned | Null {
  // CPython 3.12.1 returns an iterator with ValueError set for a released view (a SystemError); this
  // raises the ValueError.
  if (released(o)) return releasedError();
  const ndim = ndimOf(o);
  if (ndim === 0) return errSetString(TypeError, 'invalid indexing of 0-dim memory');
  if (ndim !== 1) return errSetString(NotImplementedError, 'multi-dimensional sub-views are not implemented');
  const it = objectNew(memoryIterType, 24);
  if (it === NULL) return NULL;
  incref(o);
  i32[(it + IT_SEQ) >> 2] = o;
  i32[(it + IT_INDEX) >> 2] = 0;
  i32[(it + IT_LENGTH) >> 2] = f64[(o + MV_SHAPE) >> 3];
  return it;
}

function mvIterNext(it: Borrowed): Owned | Null {
  const o = i32[(it + IT_SEQ) >> 2] as Borrowed;
  if (o === 0) return NULL;
  const i = i32[(it + IT_INDEX) >> 2];
  if (i < i32[(it + IT_LENGTH) >> 2]) {
    if (released(o)) return releasedError();
    i32[(it + IT_INDEX) >> 2] = i + 1;
    return unpackItem(fmtOf(o), i32[(o + MV_BUF) >> 2] + f64[(o + MV_SHAPE + 8) >> 3] * i);
  }
  i32[(it + IT_SEQ) >> 2] = 0;
  decref(o);
  return NULL;
}

function mvIterDealloc(it: Owned): void {
  const o = i32[(it + IT_SEQ) >> 2];
  if (o !== 0) decref(o as Borrowed);
  objectFree(it);
}

// ---- methods and attributes ----

type Fn = (self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null) => Owned | Null;

function noArgs(qual: string, fn: (o: Borrowed) => Owned | Null): Fn {
  return (self, _args, nargs, kwnames) => {
    if (!argsNoKwnames(qual, kwnames)) return NULL;
    if (nargs !== 0) return errSetString(TypeError, `${qual}() takes no arguments (${nargs} given)`);
    if (released(self as Borrowed)) return releasedError();
    return fn(self as Borrowed);
  };
}

/** https://docs.python.org/3/library/stdtypes.html#memoryview.tobytes */
function mv_tobytes(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('tobytes', args, nargs, kwnames, ['order'], 0)) return NULL;
  const order = PARSED[0] as Borrowed | Null;
  let ord: 'C' | 'F' | 'A' = 'C';
  if (order !== NULL && order !== Py_None) {
    if (!isStr(order)) return errSetString(TypeError, `tobytes() argument 'order' must be str or None, not ${typeNameOf(order)}`);
    const s = strToJS(order);
    if (s !== 'C' && s !== 'F' && s !== 'A') {
      if (released(self as Borrowed)) return releasedError();
      return errSetString(ValueError, "order must be 'C', 'F' or 'A'");
    }
    ord = s;
  }
  if (released(self as Borrowed)) return releasedError();
  return bytesFromUint8Array(toContiguous(viewOf(self as Borrowed), ord));
}

// tolist_rec: nested lists, one level per dimension.
function tolistDim(v: View, ptr: number, dim: number): Owned | Null {
  const l = listNew(0);
  if (l === NULL) return NULL;
  const n = v.shape[dim], st = v.strides[dim], last = dim === v.ndim - 1;
  for (let i = 0; i < n; i++) {
    const x = last ? unpackItem(v.fmt, ptr + i * st) : tolistDim(v, ptr + i * st, dim + 1);
    if (x === NULL || listAppendSteal(l, x) < 0) { decref(l); return NULL; }
  }
  return l;
}

/** https://docs.python.org/3/library/stdtypes.html#memoryview.tolist */
function mvToList(o: Borrowed): Owned | Null {
  const v = viewOf(o);
  return v.ndim === 0 ? unpackItem(v.fmt, v.buf) : tolistDim(v, v.buf, 0);
}

// copy_shape: the shape argument of cast as numbers, or null with CPython's error.
function castShape(shape: Borrowed, itemsize: number): number[] | null {
  const n = isTuple(shape) ? tupleSize(shape) : listSize(shape);
  const out: number[] = [];
  let len = BigInt(itemsize);
  for (let i = 0; i < n; i++) {
    const x = isTuple(shape) ? tupleGetItemBorrow(shape, i) : listGetItemBorrow(shape, i);
    if (!isInt(x)) { errSetString(TypeError, 'memoryview.cast(): elements of shape must be integers'); return null; }
    const b = intToBigInt(x);
    if (b > SSIZE_MAX || b < -SSIZE_MAX - 1n) { errSetString(OverflowError, 'Python int too large to convert to C ssize_t'); return null; }
    if (b <= 0n) { errSetString(ValueError, 'memoryview.cast(): elements of shape must be integers > 0'); return null; }
    if (b > SSIZE_MAX / len) { errSetString(ValueError, 'memoryview.cast(): product(shape) > SSIZE_MAX'); return null; }
    len *= b;
    out.push(Number(b));
  }
  return out;
}

/** https://docs.python.org/3/library/stdtypes.html#memoryview.cast */
function mv_cast(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('cast', args, nargs, kwnames, ['format', 'shape'], 1)) return NULL;
  const fo = PARSED[0] as Borrowed, shapeArg = PARSED[1] as Borrowed | Null;
  if (!isStr(fo)) return argBadArgument('cast', "argument 'format'", 'str', fo);
  const o = self as Borrowed;
  if (released(o)) return releasedError();
  const v = viewOf(o);
  if ((flagsOf(o) & F_C) === 0) return errSetString(TypeError, 'memoryview: casts are restricted to C-contiguous views');
  if ((shapeArg !== NULL || v.ndim !== 1) && v.shape.includes(0)) {
    return errSetString(TypeError, 'memoryview: cannot cast view with zeros in shape or strides');
  }
  let ndim = 1;
  if (shapeArg !== NULL) {
    if (!isTuple(shapeArg) && !isList(shapeArg)) return errSetString(TypeError, 'shape must be a list or a tuple');
    ndim = isTuple(shapeArg) ? tupleSize(shapeArg) : listSize(shapeArg);
    if (ndim > MAX_NDIM) return errSetString(ValueError, `memoryview: number of dimensions must not exceed ${MAX_NDIM}`);
    if (v.ndim !== 1 && ndim !== 1) return errSetString(TypeError, 'memoryview: cast must be 1D -> ND or ND -> 1D');
  }
  // cast_to_1D: the destination format.
  const ascii = strEncode(fo, 'ascii', 'strict');
  if (ascii === NULL) return NULL;
  let f = String.fromCharCode(...u8.subarray(ascii + BYTES_DATA, ascii + BYTES_DATA + bytesSize(ascii)));
  decref(ascii);
  const at = f.length === 2 && f[0] === '@';
  if (at) f = f[1];
  if (f.length !== 1 || FORMATS[f] === undefined) {
    return errSetString(ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  }
  if (!isByteFormat(v.fmt) && !isByteFormat(f)) return errSetString(TypeError, 'memoryview: cannot cast between two non-byte formats');
  const itemsize = FORMATS[f][0], nbytes = i32[(o + MV_NBYTES) >> 2];
  if (nbytes % itemsize !== 0) return errSetString(TypeError, 'memoryview: length is not a multiple of itemsize');
  let shape = [nbytes / itemsize];
  if (shapeArg !== NULL) {
    // cast_to_ND
    const s = castShape(shapeArg, itemsize);
    if (s === null) return NULL;
    shape = s;
    let len = itemsize;
    for (const x of shape) len *= x;
    if (len !== nbytes) return errSetString(TypeError, 'memoryview: product(shape) * itemsize != buffer size');
  }
  return mvMake(i32[(o + MV_OBJ) >> 2] as Borrowed,
    { buf: v.buf, ndim: shape.length, shape, strides: cStrides(shape, itemsize), itemsize, fmt: f },
    (flagsOf(o) & F_READONLY) !== 0, at);
}

/** https://docs.python.org/3/library/stdtypes.html#memoryview.hex */
function mv_hex(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (released(self as Borrowed)) return releasedError();
  return bytesHexImpl(toContiguous(viewOf(self as Borrowed), 'C'), 'hex', args, nargs, kwnames);
}

/** https://docs.python.org/3/library/stdtypes.html#memoryview.release */
function mv_release(self: Borrowed | Null, _args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('memoryview.release', kwnames)) return NULL;
  if (nargs !== 0) return errSetString(TypeError, `memoryview.release() takes no arguments (${nargs} given)`);
  return mvRelease(self as Borrowed) < 0 ? NULL : noneNew();
}

function mv_exit(self: Borrowed | Null, _args: number, _nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('memoryview.__exit__', kwnames)) return NULL;
  return mvRelease(self as Borrowed) < 0 ? NULL : noneNew();
}

// PyBUF_* request bits that memory_getbuf looks at.
const PyBUF_WRITABLE = 0x1;
const PyBUF_FORMAT = 0x4;
const PyBUF_ND = 0x8;
const PyBUF_STRIDES = 0x10 | PyBUF_ND;
const PyBUF_C_CONTIGUOUS = 0x20 | PyBUF_STRIDES;
const PyBUF_F_CONTIGUOUS = 0x40 | PyBUF_STRIDES;
const PyBUF_ANY_CONTIGUOUS = 0x80 | PyBUF_STRIDES;

/**
 * memoryview.__buffer__(flags): memory_getbuf's view of this one (obj is this view, which can't be
 * released until the new one is), shaped by the request: without PyBUF_FORMAT the items read as 'B'
 * (keeping the itemsize), without PyBUF_ND it is one-dimensional.
 */
function mv_buffer(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  // CPython's is a slot wrapper (wrap_buffer): PyArg_UnpackTuple(args, "", 1, 1).
  if (!argsWrapperNoKwnames('__buffer__', kwnames) || !argsCheckPositional('', nargs, 1, 1)) return NULL;
  const flags = numberAsSsize(argAt(args, 0), OverflowError);
  if (flags === -1 && errOccurred() !== NULL) return NULL;
  if (flags > 0x7fffffff) return errSetString(OverflowError, 'buffer flags too large');
  const o = self as Borrowed;
  if (released(o)) return releasedError();
  const fl = flagsOf(o), v = viewOf(o);
  const req = (bits: number): boolean => (flags & bits) === bits;
  if (req(PyBUF_WRITABLE) && (fl & F_READONLY) !== 0) return bufferError('memoryview: underlying buffer is not writable');
  let at = (fl & F_AT) !== 0;
  if (!req(PyBUF_FORMAT)) { v.fmt = 'B'; at = false; }
  if (req(PyBUF_C_CONTIGUOUS) && (fl & F_C) === 0) return bufferError('memoryview: underlying buffer is not C-contiguous');
  if (req(PyBUF_F_CONTIGUOUS) && (fl & F_F) === 0) return bufferError('memoryview: underlying buffer is not Fortran contiguous');
  if (req(PyBUF_ANY_CONTIGUOUS) && (fl & (F_C | F_F)) === 0) return bufferError('memoryview: underlying buffer is not contiguous');
  if (!req(PyBUF_STRIDES)) {
    if ((fl & F_C) === 0) return bufferError('memoryview: underlying buffer is not C-contiguous');
    v.strides = cStrides(v.shape, v.itemsize);
  }
  if (!req(PyBUF_ND)) {
    if (req(PyBUF_FORMAT)) return bufferError('memoryview: cannot cast to unsigned bytes if the format flag is present');
    v.ndim = 1;
    v.shape = [i32[(o + MV_NBYTES) >> 2] / v.itemsize];
    v.strides = [v.itemsize];
  }
  return mvMake(o, v, (fl & F_READONLY) !== 0, at);
}

/** memoryview.__release_buffer__(view): releases a view this one's __buffer__ made. */
function mv_release_buffer(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsWrapperNoKwnames('__release_buffer__', kwnames) || !argsCheckPositional('', nargs, 1, 1)) return NULL;
  const m = argAt(args, 0);
  if (!isMemoryView(m)) return errSetString(TypeError, 'expected a memoryview object');
  if (released(m)) return errSetString(ValueError, "memoryview's buffer has already been released");
  if (i32[(m + MV_OBJ) >> 2] !== self) return errSetString(ValueError, "memoryview's buffer is not this object");
  return mvRelease(m) < 0 ? NULL : noneNew();
}

const mvMethods: MethodDef[] = [
  { name: 'tobytes', fn: mv_tobytes },
  { name: 'tolist', fn: noArgs('memoryview.tolist', mvToList), flags: METH_NOARGS },
  { name: 'hex', fn: mv_hex },
  { name: 'cast', fn: mv_cast },
  { name: 'release', fn: mv_release, flags: METH_NOARGS },
  { name: 'toreadonly', fn: noArgs('memoryview.toreadonly', (o) => mvDerive(o, viewOf(o), true)), flags: METH_NOARGS },
  { name: '__enter__', fn: noArgs('memoryview.__enter__', (o) => newRef(o)), flags: METH_NOARGS },
  { name: '__exit__', fn: mv_exit },
  { name: '__buffer__', fn: mv_buffer },
  { name: '__release_buffer__', fn: mv_release_buffer },
];

function attr(name: string, get: (o: Borrowed) => Owned | Null): GetSetDef {
  return { name, get: (o) => (released(o) ? releasedError() : get(o)) };
}

// _IntTupleFromSsizet: the shape or strides as a tuple of ints.
function intTuple(xs: readonly number[]): Owned | Null {
  const t = tupleNew(xs.length);
  if (t === NULL) return NULL;
  for (let i = 0; i < xs.length; i++) {
    const v = intFromNumber(xs[i]);
    if (v === NULL) { decref(t); return NULL; }
    tupleSetItemSteal(t, i, v);
  }
  return t;
}

const mvGetSets: GetSetDef[] = [
  attr('obj', (o) => newRef(i32[(o + MV_OBJ) >> 2] as Borrowed)),
  attr('nbytes', (o) => intFromNumber(i32[(o + MV_NBYTES) >> 2])),
  attr('readonly', (o) => boolNew((flagsOf(o) & F_READONLY) !== 0)),
  attr('itemsize', (o) => intFromNumber(i32[(o + MV_ITEMSIZE) >> 2])),
  attr('format', (o) => strFromJS(((flagsOf(o) & F_AT) !== 0 ? '@' : '') + fmtOf(o))),
  attr('ndim', (o) => newRef(smallInt(ndimOf(o)))),
  attr('shape', (o) => intTuple(viewOf(o).shape)),
  attr('strides', (o) => intTuple(viewOf(o).strides)),
  attr('suboffsets', () => tupleNew(0)),
  attr('c_contiguous', (o) => boolNew((flagsOf(o) & F_C) !== 0)),
  attr('f_contiguous', (o) => boolNew((flagsOf(o) & F_F) !== 0)),
  attr('contiguous', (o) => boolNew((flagsOf(o) & (F_C | F_F)) !== 0)),
];

export function memoryviewInitStatic(): void {
  // CPython's memoryview keeps shape, strides and suboffsets in its var-sized part: ob_size = 3 * ndim
  // (a 0-d view made by cast() is allocated as a 1-d one).
  cpythonItemCounts.set('memoryview', (o) => 3 * Math.max(1, ndimOf(o)));
  memoryviewType = typeNewStatic({
    name: 'memoryview',
    basicsize: MV_SHAPE,
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
    basicsize: 24,
    slots: {
      dealloc: mvIterDealloc,
      iter: (o: Borrowed) => newRef(o),
      iternext: mvIterNext,
    },
  });
  bufferWrapperType = typeNewStatic({
    name: '_buffer_wrapper',
    basicsize: 16,
    slots: { dealloc: bufferWrapperDealloc },
  });
  typeAddGetSets(memoryviewType, mvGetSets);
}

/** Registers memoryview's methods (with the other method tables). */
export function memoryviewAddMethods(): void {
  typeAddMethods(memoryviewType, mvMethods);
}
