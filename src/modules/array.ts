// array: the module of typed arrays (array.array, its iterator, _array_reconstructor). Written from the
// documentation and CPython 3.12's observable behaviour: typecodes b B u h H i I l L q Q f d with x86-64
// Linux sizes, little-endian storage, CPython's conversion errors, pickling through machine format codes.
// Invariants: the items live in a bytearray the array owns (`store`, never shared), whose size is always
// size * itemsize bytes; memoryview(a) and other buffer users see that bytearray's storage (see
// array_buffer_get), so its export count says whether the array may be resized. `alloc` only mirrors
// CPython's over-allocation so that __sizeof__ reports the same numbers.
//
//   array:      +0 ob_refcnt +4 ob_type +8 size (items) +12 typecode index +16 store (owned bytearray) +20 alloc
//   iterator:   +0 ob_refcnt +4 ob_type +8 index +12 array (owned, 0 once exhausted)

import { u8, i32, heapBuffer } from '../heap/views.ts';
import { incref, decref, xdecref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { nativeModuleNew, moduleAddSteal } from './native.ts';
import {
  typeNewFromSpec, typeGenericAlloc, objectType, slotsOf, typeOf, typeName, typeNameOf, typeIsSubtype, isType,
  Py_TPFLAGS_BASETYPE, Py_TPFLAGS_IMMUTABLETYPE, Py_EQ, Py_NE,
} from '../objects/type.ts';
import { objectFree, objectHashNotImplemented, objectRichCompare, objectRichCompareBool, objectRepr, notImplemented, boolNew, noneNew, objectLookupAttrJS } from '../objects/object.ts';
import { type MethodDef, argAt, argsNoKwnames, argsOne, argsNone, argsCheckPositional, cfunctionNew } from '../objects/methodobject.ts';
import { getsetDescriptorNew } from '../objects/getset.ts';
import { errSetString, errOccurred, errNoMemory, errClear } from '../objects/errors.ts';
import { TypeError, ValueError, IndexError, OverflowError, exceptionTypes } from '../objects/exceptions.ts';
import { isInt, intSafeValue, intToBigInt, intFromNumber, intFromBigInt } from '../objects/int.ts';
import { floatNew, isFloat } from '../objects/float.ts';
import { isStr, strLength, strKind, strDataOffset, strFromJS, strToJS } from '../objects/str.ts';
import { isBytes, bytesSize, bytesFromUint8Array, BYTES_DATA } from '../objects/bytes.ts';
import { isByteArray, bytearrayFromHeap, bytearrayResize, bytearrayData, BA_EXPORTS } from '../objects/bytearray.ts';
import { bufferGet, BUF, memoryviewFromExporter } from '../objects/memoryview.ts';
import { isList, listNew, listSize, listGetItemBorrow, listSetItemSteal } from '../objects/list.ts';
import { isTuple, tupleSize, tuplePack } from '../objects/tuple.ts';
import { isSlice, sliceUnpack, unpackStart, unpackStop, unpackStep, sliceAdjustIndices, sliceStart } from '../objects/slice.ts';
import {
  numberAsSsize, numberIndex, indexCheck, floatAsDoubleAny, objectGetIter, iterNext, callMethod, callMethodOneArg,
  objectCallArgs, iterHooks, objectGetAttrString,
} from '../objects/abstract.ts';
import { classGetItemDef } from '../objects/genericalias.ts';
import { moduleDictBorrow } from '../objects/module.ts';
import { dictGetItemStringBorrow } from '../objects/dict.ts';
import { selfIter } from '../objects/iterobject.ts';
import { importModuleLevel } from '../vm/import.ts';
import { weakrefClearRefs } from '../objects/weakref.ts';

const A_SIZE = 8, A_CODE = 12, A_STORE = 16, A_ALLOC = 20, ARRAY_SIZE = 24;
const I_INDEX = 8, I_ARRAY = 12, ITER_SIZE = 16;

const CODES = 'bBuhHiIlLqQfd';
const ITEMSIZE = [1, 1, 4, 2, 2, 4, 4, 8, 8, 8, 8, 4, 8];
/** The machine format code (pickling) of each typecode's native layout. */
const MFORMAT = [1, 0, 20, 4, 2, 8, 6, 12, 10, 12, 10, 14, 16];
const C_b = 0, C_B = 1, C_u = 2, C_h = 3, C_H = 4, C_i = 5, C_I = 6, C_l = 7, C_L = 8, C_q = 9, C_Q = 10, C_f = 11;

/** The module's types (borrowed: the module dict owns them; the latest module made wins). */
let arrayType = 0 as Borrowed;
let iterType = 0 as Borrowed;

const dv = new DataView(heapBuffer);

function isArray(o: Borrowed): boolean {
  const t = typeOf(o);
  return arrayType !== 0 && (t === arrayType || typeIsSubtype(t, arrayType));
}

function sizeOf(o: Borrowed): number { return i32[(o + A_SIZE) >> 2]; }
function codeOf(o: Borrowed): number { return i32[(o + A_CODE) >> 2]; }
function storeOf(o: Borrowed): Borrowed { return i32[(o + A_STORE) >> 2] as Borrowed; }
function dataOf(o: Borrowed): number { return bytearrayData(storeOf(o)); }
function itemsizeOf(o: Borrowed): number { return ITEMSIZE[codeOf(o)]; }
function exported(o: Borrowed): boolean { return i32[(storeOf(o) + BA_EXPORTS) >> 2] > 0; }

function bufferError(msg: string): void {
  errSetString(exceptionTypes.get('BufferError') as Borrowed, msg);
}

/**
 * Sets the item count to n (contents of kept items preserved). CPython's over-allocation is mirrored
 * in `alloc` (for __sizeof__). 0 / -1 with BufferError while exported or MemoryError.
 */
function resize(o: Borrowed, n: number): number {
  const size = sizeOf(o);
  if (n === size) return 0;
  if (exported(o)) {
    bufferError('cannot resize an array that is exporting buffers');
    return -1;
  }
  if (n * itemsizeOf(o) > 0x3fffffff) { errNoMemory(); return -1; }
  if (bytearrayResize(storeOf(o), n * itemsizeOf(o)) < 0) return -1;
  const cap = i32[(o + A_ALLOC) >> 2];
  if (!(cap >= n && n >= (cap >> 1))) {
    i32[(o + A_ALLOC) >> 2] = n === 0 ? 0 : n + (n >> 4) + (size < 8 ? 3 : 7);
  }
  i32[(o + A_SIZE) >> 2] = n;
  return 0;
}

/** A new array of `type` with typecode index `code` and n items (zeroed), allocated exactly. */
function arrayAlloc(type: Borrowed, code: number, n: number): Owned | Null {
  const o = typeGenericAlloc(type, 0);
  if (o === NULL) return NULL;
  const store = bytearrayFromHeap(0, 0);
  if (store === NULL) { decref(o); return NULL; }
  i32[(o + A_STORE) >> 2] = store;
  i32[(o + A_CODE) >> 2] = code;
  i32[(o + A_SIZE) >> 2] = 0;
  i32[(o + A_ALLOC) >> 2] = 0;
  if (n > 0) {
    if (n * ITEMSIZE[code] > 0x3fffffff) { decref(o); return errNoMemory(); }
    if (bytearrayResize(store, n * ITEMSIZE[code]) < 0) { decref(o); return NULL; }
    u8.fill(0, bytearrayData(store), bytearrayData(store) + n * ITEMSIZE[code]);
    i32[(o + A_SIZE) >> 2] = n;
    i32[(o + A_ALLOC) >> 2] = n;
  }
  return o;
}

/** A new array of `type` holding a copy of heap bytes [ptr, ptr + n * itemsize). */
function arrayFromHeap(type: Borrowed, code: number, ptr: number, n: number): Owned | Null {
  const o = arrayAlloc(type, code, n);
  if (o === NULL) return NULL;
  if (n > 0) u8.copyWithin(dataOf(o), ptr, ptr + n * ITEMSIZE[code]);
  return o;
}

function arrayDealloc(o: Owned): void {
  // array_dealloc begins with PyObject_ClearWeakRefs (the type is made from a spec: deallocate() leaves it to us).
  weakrefClearRefs(o);
  xdecref(i32[(o + A_STORE) >> 2] as Owned | Null);
  objectFree(o);
}

// ---- items ----

type Item = number | bigint;

/** The item at index i as a JS value (a bigint only for 8-byte ints outside the safe range). */
function readItem(code: number, p: number): Item {
  switch (code) {
    case C_b: return dv.getInt8(p);
    case C_B: return u8[p];
    case C_h: return dv.getInt16(p, true);
    case C_H: return dv.getUint16(p, true);
    case C_i: return dv.getInt32(p, true);
    case C_I: case C_u: return dv.getUint32(p, true);
    case C_l: case C_q: { const v = dv.getBigInt64(p, true); return v >= -0x1fffffffffffffn && v <= 0x1fffffffffffffn ? Number(v) : v; }
    case C_L: case C_Q: { const v = dv.getBigUint64(p, true); return v <= 0x1fffffffffffffn ? Number(v) : v; }
    case C_f: return dv.getFloat32(p, true);
    default: return dv.getFloat64(p, true);
  }
}

function writeItem(code: number, p: number, v: Item): void {
  switch (code) {
    case C_b: dv.setInt8(p, v as number); return;
    case C_B: u8[p] = v as number; return;
    case C_h: dv.setInt16(p, v as number, true); return;
    case C_H: dv.setUint16(p, v as number, true); return;
    case C_i: dv.setInt32(p, v as number, true); return;
    case C_I: case C_u: dv.setUint32(p, v as number, true); return;
    case C_l: case C_q: dv.setBigInt64(p, BigInt(v), true); return;
    case C_L: case C_Q: dv.setBigUint64(p, BigInt(v), true); return;
    case C_f: dv.setFloat32(p, v as number, true); return;
    default: dv.setFloat64(p, v as number, true);
  }
}

/** A Python object for an item value of typecode `code`. */
function itemObject(code: number, v: Item): Owned | Null {
  if (code === C_u) {
    const c = v as number;
    if (c > 0x10ffff) return errSetString(ValueError, 'chr() arg not in range(0x110000)');
    return strFromJS(String.fromCodePoint(c));
  }
  if (code >= C_f) return floatNew(v as number);
  return typeof v === 'bigint' ? intFromBigInt(v) : intFromNumber(v);
}

function getItem(o: Borrowed, i: number): Owned | Null {
  const code = codeOf(o);
  return itemObject(code, readItem(code, dataOf(o) + i * ITEMSIZE[code]));
}

const LONG_MIN = -(1n << 63n), LONG_MAX = (1n << 63n) - 1n, ULONG_MAX = (1n << 64n) - 1n;

function overflow(msg: string): null {
  errSetString(OverflowError, msg);
  return null;
}

/** The int value of v (through __index__), or null with TypeError set. */
function intValue(v: Borrowed): bigint | null {
  if (isInt(v)) {
    const x = intSafeValue(v);
    return x === x ? BigInt(x) : intToBigInt(v);
  }
  if (!indexCheck(v)) {
    errSetString(TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
    return null;
  }
  const r = numberIndex(v);
  if (r === NULL) return null;
  const x = intToBigInt(r);
  decref(r);
  return x;
}

/** Range check of a C conversion: "<name> is greater than maximum" / "is less than minimum". */
function ranged(x: bigint, lo: bigint, hi: bigint, name: string): boolean {
  if (x > hi) { overflow(`${name} is greater than maximum`); return false; }
  if (x < lo) { overflow(`${name} is less than minimum`); return false; }
  return true;
}

/** v converted for typecode `code` as CPython's setitem does it, or null with the error set. */
function convertItem(code: number, v: Borrowed): Item | null {
  if (code === C_u) {
    if (!isStr(v) || strLength(v) !== 1) {
      errSetString(TypeError, 'array item must be unicode character');
      return null;
    }
    const k = strKind(v), d = strDataOffset(v);
    return k === 1 ? u8[d] : k === 2 ? u8[d] | (u8[d + 1] << 8) : dv.getUint32(d, true);
  }
  if (code >= C_f) {
    // PyFloat_AsDouble: __float__ or __index__ only (a str is not parsed).
    const sl = slotsOf(v);
    if (!isFloat(v) && sl.float === null && sl.index === null) {
      errSetString(TypeError, `must be real number, not ${typeNameOf(v)}`);
      return null;
    }
    const x = floatAsDoubleAny(v);
    if (x === -1 && errOccurred() !== NULL) return null;
    return code === C_f ? Math.fround(x) : x;
  }
  const x = intValue(v);
  if (x === null) return null;
  switch (code) {
    case C_b:
      if (x < LONG_MIN || x > LONG_MAX) return overflow('Python int too large to convert to C long');
      if (!ranged(x, -32768n, 32767n, 'signed short integer')) return null;
      if (!ranged(x, -128n, 127n, 'signed char')) return null;
      break;
    case C_B:
      if (x < LONG_MIN || x > LONG_MAX) return overflow('Python int too large to convert to C long');
      if (!ranged(x, 0n, 255n, 'unsigned byte integer')) return null;
      break;
    case C_h:
      if (x < LONG_MIN || x > LONG_MAX) return overflow('Python int too large to convert to C long');
      if (!ranged(x, -32768n, 32767n, 'signed short integer')) return null;
      break;
    case C_H:
      if (x < LONG_MIN || x > LONG_MAX) return overflow('Python int too large to convert to C long');
      if (!ranged(x, -0x80000000n, 0x7fffffffn, 'signed integer')) return null;
      if (!ranged(x, 0n, 65535n, 'unsigned short')) return null;
      break;
    case C_i:
      if (x < LONG_MIN || x > LONG_MAX) return overflow('Python int too large to convert to C long');
      if (!ranged(x, -0x80000000n, 0x7fffffffn, 'signed integer')) return null;
      break;
    case C_I:
      if (x < 0n) return overflow("can't convert negative value to unsigned int");
      if (x > ULONG_MAX) return overflow('Python int too large to convert to C unsigned long');
      if (x > 0xffffffffn) return overflow('unsigned int is greater than maximum');
      break;
    case C_l:
      if (x < LONG_MIN || x > LONG_MAX) return overflow('Python int too large to convert to C long');
      break;
    case C_L:
      if (x < 0n) return overflow("can't convert negative value to unsigned int");
      if (x > ULONG_MAX) return overflow('Python int too large to convert to C unsigned long');
      break;
    case C_q:
      if (x < LONG_MIN || x > LONG_MAX) return overflow('int too big to convert');
      break;
    default: // C_Q
      if (x < 0n) return overflow("can't convert negative int to unsigned");
      if (x > ULONG_MAX) return overflow('int too big to convert');
  }
  return code >= C_l ? (x >= -0x1fffffffffffffn && x <= 0x1fffffffffffffn ? Number(x) : x) : Number(x);
}

/** a[i] = v (i in range). 0 / -1. */
function setItem(o: Borrowed, i: number, v: Borrowed): number {
  const code = codeOf(o);
  const x = convertItem(code, v);
  if (x === null) return -1;
  writeItem(code, dataOf(o) + i * ITEMSIZE[code], x);
  return 0;
}

/** Appends v. 0 / -1. */
function appendItem(o: Borrowed, v: Borrowed): number {
  const code = codeOf(o);
  const x = convertItem(code, v);
  if (x === null) return -1;
  const n = sizeOf(o);
  if (resize(o, n + 1) < 0) return -1;
  writeItem(code, dataOf(o) + n * ITEMSIZE[code], x);
  return 0;
}

/** The code points of a str. */
function codePoints(s: Borrowed): number[] {
  const n = strLength(s), k = strKind(s), d = strDataOffset(s);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = k === 1 ? u8[d + i] : k === 2 ? u8[d + 2 * i] | (u8[d + 2 * i + 1] << 8) : dv.getUint32(d + 4 * i, true);
  return out;
}

/** Appends the characters of str s to a 'u' array. 0 / -1. */
function appendUnicode(o: Borrowed, s: Borrowed): number {
  const cps = codePoints(s);
  const n = sizeOf(o);
  if (cps.length === 0) return 0;
  if (resize(o, n + cps.length) < 0) return -1;
  const d = dataOf(o) + 4 * n;
  for (let i = 0; i < cps.length; i++) dv.setUint32(d + 4 * i, cps[i], true);
  return 0;
}

/** Appends raw bytes (a multiple of the item size) to o. 0 / -1. */
function appendBytes(o: Borrowed, src: Uint8Array): number {
  const isz = itemsizeOf(o);
  if (src.length % isz !== 0) {
    errSetString(ValueError, 'bytes length not a multiple of item size');
    return -1;
  }
  const n = sizeOf(o);
  if (resize(o, n + src.length / isz) < 0) return -1;
  u8.set(src, dataOf(o) + n * isz);
  return 0;
}

/** Appends the bytes of a buffer object. 0 / -1. */
function frombytesObj(o: Borrowed, b: Borrowed): number {
  if (!bufferGet(b, true)) return -1;
  return appendBytes(o, u8.slice(BUF.ptr, BUF.ptr + BUF.len));
}

/** The str of a 'u' array's items; null with ValueError for a code point past U+10FFFF. */
function unicodeOf(o: Borrowed): Owned | Null {
  const n = sizeOf(o), d = dataOf(o);
  let s = '';
  for (let i = 0; i < n; i++) {
    const c = dv.getUint32(d + 4 * i, true);
    if (c > 0x10ffff) {
      return errSetString(ValueError, `character U+${c.toString(16)} is not in range [U+0000; U+10ffff]`);
    }
    s += String.fromCodePoint(c);
  }
  return strFromJS(s);
}

/** Appends every item of an iterable (array_iter_extend: no rollback on error). 0 / -1. */
function extendIter(o: Borrowed, v: Borrowed): number {
  const it = objectGetIter(v);
  if (it === NULL) return -1;
  for (;;) {
    const item = iterNext(it);
    if (item === NULL) break;
    const r = appendItem(o, item);
    decref(item);
    if (r < 0) { decref(it); return -1; }
  }
  decref(it);
  return errOccurred() !== NULL ? -1 : 0;
}

/** Appends a copy of array b's items (same typecode). 0 / -1. */
function extendArray(o: Borrowed, b: Borrowed): number {
  const isz = itemsizeOf(o);
  const src = u8.slice(dataOf(b), dataOf(b) + sizeOf(b) * isz);
  const n = sizeOf(o);
  if (resize(o, n + src.length / isz) < 0) return -1;
  u8.set(src, dataOf(o) + n * isz);
  return 0;
}

/** array.extend's body: an array must have the same typecode; anything else is iterated. 0 / -1. */
function doExtend(o: Borrowed, v: Borrowed): number {
  if (!isArray(v)) return extendIter(o, v);
  if (codeOf(v) !== codeOf(o)) {
    errSetString(TypeError, 'can only extend with array of same kind');
    return -1;
  }
  return extendArray(o, v);
}

// ---- construction ----

/** The short name of o's type (array, or a subclass's __name__), for reprs. */
function shortTypeName(o: Borrowed): string {
  const n = typeName(typeOf(o));
  return n.slice(n.lastIndexOf('.') + 1);
}

function array_new(type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (type === arrayType && !argsNoKwnames('array.array', kwnames)) return NULL;
  if (nargs < 1) return errSetString(TypeError, `array() takes at least 1 argument (${nargs} given)`);
  if (nargs > 2) return errSetString(TypeError, `array() takes at most 2 arguments (${nargs} given)`);
  const tc = argAt(args, 0);
  if (!isStr(tc) || strLength(tc) !== 1) {
    return errSetString(TypeError, `array() argument 1 must be a unicode character, not ${typeNameOf(tc)}`);
  }
  const code = CODES.indexOf(strToJS(tc));
  const init = nargs > 1 ? argAt(args, 1) : NULL;
  if (init !== NULL && code !== C_u && code >= 0) {
    if (isStr(init)) {
      return errSetString(TypeError, `cannot use a str to initialize an array with typecode '${CODES[code]}'`);
    }
    if (isArray(init) && codeOf(init) === C_u) {
      return errSetString(TypeError, `cannot use a unicode array to initialize an array with typecode '${CODES[code]}'`);
    }
  }
  if (code < 0) {
    return errSetString(ValueError, 'bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)');
  }
  if (init === NULL) return arrayAlloc(type, code, 0);
  if (isList(init) || isTuple(init)) {
    const lst = isList(init);
    const n = lst ? listSize(init) : tupleSize(init);
    const a = arrayAlloc(type, code, n);
    if (a === NULL) return NULL;
    for (let i = 0; i < n && i < sizeOf(a); i++) {
      const v = lst ? listGetItemBorrow(init, i) : i32[((init + 12) >> 2) + i] as Borrowed;
      if (setItem(a, i, v) < 0) { decref(a); return NULL; }
    }
    return a;
  }
  if (isArray(init) && codeOf(init) === code) return arrayFromHeap(type, code, dataOf(init), sizeOf(init));
  if (isArray(init)) {
    const n = sizeOf(init);
    const a = arrayAlloc(type, code, n);
    if (a === NULL) return NULL;
    for (let i = 0; i < n; i++) {
      const v = getItem(init, i);
      if (v === NULL) { decref(a); return NULL; }
      const r = setItem(a, i, v);
      decref(v);
      if (r < 0) { decref(a); return NULL; }
    }
    return a;
  }
  const a = arrayAlloc(type, code, 0);
  if (a === NULL) return NULL;
  let r: number;
  if (isStr(init)) r = appendUnicode(a, init);
  else if (isBytes(init) || isByteArray(init)) r = frombytesObj(a, init);
  else r = extendIter(a, init);
  if (r < 0) { decref(a); return NULL; }
  return a;
}

// ---- protocols ----

function arrayLength(o: Borrowed): number { return sizeOf(o); }

function arrayRepr(o: Borrowed): Owned | Null {
  const name = shortTypeName(o);
  const tc = CODES[codeOf(o)];
  if (sizeOf(o) === 0) return strFromJS(`${name}('${tc}')`);
  const inner = codeOf(o) === C_u ? unicodeOf(o) : array_tolist(o);
  if (inner === NULL) return NULL;
  const r = objectRepr(inner);
  decref(inner);
  if (r === NULL) return NULL;
  const s = strToJS(r);
  decref(r);
  return strFromJS(`${name}('${tc}', ${s})`);
}

/** An index argument as a number, or null with the error set (IndexError for huge values). */
function indexArg(key: Borrowed): number | null {
  const i = numberAsSsize(key, IndexError);
  if (i === -1 && errOccurred() !== NULL) return null;
  return i;
}

function arraySubscript(o: Borrowed, key: Borrowed): Owned | Null {
  const len = sizeOf(o);
  if (indexCheck(key)) {
    let i = indexArg(key);
    if (i === null) return NULL;
    if (i < 0) i += len;
    if (i < 0 || i >= len) return errSetString(IndexError, 'array index out of range');
    return getItem(o, i);
  }
  if (isSlice(key)) {
    if (sliceUnpack(key) < 0) return NULL;
    const n = sliceAdjustIndices(len, unpackStart, unpackStop, unpackStep);
    const start = sliceStart, step = unpackStep;
    const code = codeOf(o), isz = ITEMSIZE[code];
    if (step === 1) return arrayFromHeap(arrayType, code, dataOf(o) + start * isz, n);
    const r = arrayAlloc(arrayType, code, n);
    if (r === NULL) return NULL;
    const s = dataOf(o), d = dataOf(r);
    for (let i = 0, cur = start; i < n; i++, cur += step) u8.copyWithin(d + i * isz, s + cur * isz, s + (cur + 1) * isz);
    return r;
  }
  return errSetString(TypeError, 'array indices must be integers');
}

function arrayAssSubscript(o: Borrowed, key: Borrowed, value: Borrowed | Null): number {
  const len = sizeOf(o);
  const code = codeOf(o), isz = ITEMSIZE[code];
  if (indexCheck(key)) {
    let i = indexArg(key);
    if (i === null) return -1;
    if (i < 0) i += len;
    if (i < 0 || i >= len) { errSetString(IndexError, 'array assignment index out of range'); return -1; }
    if (value !== NULL) return setItem(o, i, value);
    const d = dataOf(o);
    if (exported(o)) { bufferError('cannot resize an array that is exporting buffers'); return -1; }
    u8.copyWithin(d + i * isz, d + (i + 1) * isz, d + len * isz);
    return resize(o, len - 1);
  }
  if (!isSlice(key)) {
    errSetString(TypeError, 'array indices must be integers');
    return -1;
  }
  if (sliceUnpack(key) < 0) return -1;
  const step = unpackStep;
  const n = sliceAdjustIndices(len, unpackStart, unpackStop, step);
  const start = sliceStart;
  let src: Uint8Array;
  if (value === NULL) src = new Uint8Array(0);
  else if (isArray(value)) {
    if (codeOf(value) !== code) {
      errSetString(TypeError, 'bad argument type for built-in operation');
      return -1;
    }
    src = u8.slice(dataOf(value), dataOf(value) + sizeOf(value) * isz);
  } else {
    errSetString(TypeError, `can only assign array (not "${typeNameOf(value)}") to array slice`);
    return -1;
  }
  const needed = src.length / isz;
  if (step === 1) {
    const lo = start, hi = start + (n > 0 ? n : 0);
    const growth = needed - (hi - lo);
    if (growth > 0) {
      if (resize(o, len + growth) < 0) return -1;
      const d = dataOf(o);
      u8.copyWithin(d + (hi + growth) * isz, d + hi * isz, d + len * isz);
    } else if (growth < 0) {
      if (exported(o)) { bufferError('cannot resize an array that is exporting buffers'); return -1; }
      const d = dataOf(o);
      u8.copyWithin(d + (lo + needed) * isz, d + hi * isz, d + len * isz);
      if (resize(o, len + growth) < 0) return -1;
    }
    u8.set(src, dataOf(o) + lo * isz);
    return 0;
  }
  if (value === NULL) {
    if (n <= 0) return 0;
    if (exported(o)) { bufferError('cannot resize an array that is exporting buffers'); return -1; }
    const lo = step > 0 ? start : start + step * (n - 1);
    const st = step > 0 ? step : -step;
    const d = dataOf(o);
    let k = 0;
    for (let i = 0; i < len; i++) {
      if (i >= lo && (i - lo) % st === 0 && (i - lo) / st < n) continue;
      if (k !== i) u8.copyWithin(d + k * isz, d + i * isz, d + (i + 1) * isz);
      k++;
    }
    return resize(o, len - n);
  }
  if (needed !== n) {
    errSetString(ValueError, `attempt to assign array of size ${needed} to extended slice of size ${n}`);
    return -1;
  }
  const d = dataOf(o);
  for (let i = 0, cur = start; i < n; i++, cur += step) u8.set(src.subarray(i * isz, (i + 1) * isz), d + cur * isz);
  return 0;
}

/** The first index in [lo, hi) whose item equals v, -1 if none, -2 on error. */
function findItem(o: Borrowed, v: Borrowed, lo: number, hi: number): number {
  for (let i = lo; i < hi && i < sizeOf(o); i++) {
    const x = getItem(o, i);
    if (x === NULL) return -2;
    const c = objectRichCompareBool(x, v, Py_EQ);
    decref(x);
    if (c < 0) return -2;
    if (c > 0) return i;
  }
  return -1;
}

function arrayContains(o: Borrowed, v: Borrowed): number {
  const i = findItem(o, v, 0, sizeOf(o));
  return i === -2 ? -1 : i >= 0 ? 1 : 0;
}

function arrayConcat(a: Borrowed, b: Borrowed): Owned | Null {
  if (!isArray(b)) return errSetString(TypeError, `can only append array (not "${typeNameOf(b)}") to array`);
  if (codeOf(a) !== codeOf(b)) return errSetString(TypeError, 'bad argument type for built-in operation');
  const r = arrayFromHeap(arrayType, codeOf(a), dataOf(a), sizeOf(a));
  if (r === NULL) return NULL;
  if (extendArray(r, b) < 0) { decref(r); return NULL; }
  return r;
}

function arrayInplaceConcat(a: Borrowed, b: Borrowed): Owned | Null {
  if (!isArray(b)) return errSetString(TypeError, `can only extend array with array (not "${typeNameOf(b)}")`);
  if (doExtend(a, b) < 0) return NULL;
  return newRef(a);
}

function repeatBytes(o: Borrowed, n: number): Uint8Array | null {
  const isz = itemsizeOf(o);
  const len = sizeOf(o) * isz;
  if (n <= 0 || len === 0) return new Uint8Array(0);
  if (len * n > 0x3fffffff) { errNoMemory(); return null; }
  const src = u8.slice(dataOf(o), dataOf(o) + len);
  const out = new Uint8Array(len * n);
  for (let i = 0; i < n; i++) out.set(src, i * len);
  return out;
}

function arrayRepeat(o: Borrowed, n: number): Owned | Null {
  const data = repeatBytes(o, n);
  if (data === null) return NULL;
  const code = codeOf(o);
  const r = arrayAlloc(arrayType, code, data.length / ITEMSIZE[code]);
  if (r === NULL) return NULL;
  u8.set(data, dataOf(r));
  return r;
}

function arrayInplaceRepeat(o: Borrowed, n: number): Owned | Null {
  const data = repeatBytes(o, n);
  if (data === null) return NULL;
  if (resize(o, data.length / itemsizeOf(o)) < 0) return NULL;
  u8.set(data, dataOf(o));
  return newRef(o);
}

function arrayRichCompare(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  if (!isArray(a) || !isArray(b)) return notImplemented();
  const la = sizeOf(a), lb = sizeOf(b);
  if (la !== lb && (op === Py_EQ || op === Py_NE)) return boolNew(op === Py_NE);
  let k = 0;
  let va: Owned | Null = NULL, vb: Owned | Null = NULL;
  for (; k < la && k < lb; k++) {
    va = getItem(a, k);
    if (va === NULL) return NULL;
    vb = getItem(b, k);
    if (vb === NULL) { decref(va); return NULL; }
    const c = objectRichCompareBool(va, vb, Py_EQ);
    if (c < 0) { decref(va); decref(vb); return NULL; }
    if (c === 0) break;
    decref(va); decref(vb);
    va = vb = NULL;
  }
  if (k >= la || k >= lb) {
    const c = la - lb;
    const res = [c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][op];
    return boolNew(res);
  }
  let r: Owned | Null;
  if (op === Py_EQ) r = boolNew(false);
  else if (op === Py_NE) r = boolNew(true);
  else r = objectRichCompare(va as Borrowed, vb as Borrowed, op);
  decref(va as Owned); decref(vb as Owned);
  return r;
}

// ---- iterator ----

function arrayIter(o: Borrowed): Owned | Null {
  const it = typeGenericAlloc(iterType, 0);
  if (it === NULL) return NULL;
  incref(o);
  i32[(it + I_ARRAY) >> 2] = o;
  i32[(it + I_INDEX) >> 2] = 0;
  return it;
}

function iterNextItem(it: Borrowed): Owned | Null {
  const o = i32[(it + I_ARRAY) >> 2] as Borrowed;
  if (o === 0) return NULL;
  const i = i32[(it + I_INDEX) >> 2];
  if (i < sizeOf(o)) {
    i32[(it + I_INDEX) >> 2] = i + 1;
    return getItem(o, i);
  }
  i32[(it + I_ARRAY) >> 2] = 0;
  decref(o);
  return NULL;
}

function iterDealloc(it: Owned): void {
  xdecref(i32[(it + I_ARRAY) >> 2] as Owned | Null);
  objectFree(it);
}

const arrayiter_reduce: MethodDef['fn'] = (self, _args, nargs, kwnames) => {
  if (!argsNone('__reduce__', nargs, kwnames)) return NULL;
  const it = self as Borrowed;
  const fn = iterHooks.builtin!('iter');
  if (fn === NULL) return NULL;
  const o = i32[(it + I_ARRAY) >> 2] as Borrowed;
  if (o === 0) {
    const empty = tuplePack([]);
    if (empty === NULL) return NULL;
    const a = tuplePack([empty]);
    decref(empty);
    if (a === NULL) return NULL;
    const r = tuplePack([fn, a]);
    decref(a);
    return r;
  }
  const a = tuplePack([o]);
  if (a === NULL) return NULL;
  const idx = intFromNumber(i32[(it + I_INDEX) >> 2]);
  if (idx === NULL) { decref(a); return NULL; }
  const r = tuplePack([fn, a, idx]);
  decref(a); decref(idx);
  return r;
};

const arrayiter_setstate: MethodDef['fn'] = (self, args, nargs, kwnames) => {
  if (!argsOne('__setstate__', nargs, kwnames)) return NULL;
  const it = self as Borrowed;
  let v = numberAsSsize(argAt(args, 0), OverflowError);
  if (v === -1 && errOccurred() !== NULL) return NULL;
  const o = i32[(it + I_ARRAY) >> 2] as Borrowed;
  if (o !== 0) {
    if (v < 0) v = 0;
    if (v > sizeOf(o)) v = sizeOf(o);
    i32[(it + I_INDEX) >> 2] = v;
  }
  return noneNew();
};

// ---- methods ----

type Fn = MethodDef['fn'];

const array_append: Fn = (self, args, nargs, kwnames) => {
  if (!argsOne('array.append', nargs, kwnames)) return NULL;
  return appendItem(self as Borrowed, argAt(args, 0)) < 0 ? NULL : noneNew();
};

const array_extend: Fn = (self, args, nargs, kwnames) => {
  if (!argsOne('array.extend', nargs, kwnames)) return NULL;
  return doExtend(self as Borrowed, argAt(args, 0)) < 0 ? NULL : noneNew();
};

const array_insert: Fn = (self, args, nargs, kwnames) => {
  if (!argsNoKwnames('insert', kwnames) || !argsCheckPositional('insert', nargs, 2, 2)) return NULL;
  const o = self as Borrowed;
  let i = numberAsSsize(argAt(args, 0), OverflowError);
  if (i === -1 && errOccurred() !== NULL) return NULL;
  const code = codeOf(o), isz = ITEMSIZE[code];
  const x = convertItem(code, argAt(args, 1));
  if (x === null) return NULL;
  const n = sizeOf(o);
  if (i < 0) { i += n; if (i < 0) i = 0; }
  if (i > n) i = n;
  if (resize(o, n + 1) < 0) return NULL;
  const d = dataOf(o);
  u8.copyWithin(d + (i + 1) * isz, d + i * isz, d + n * isz);
  writeItem(code, d + i * isz, x);
  return noneNew();
};

const array_pop: Fn = (self, args, nargs, kwnames) => {
  if (!argsNoKwnames('pop', kwnames) || !argsCheckPositional('pop', nargs, 0, 1)) return NULL;
  const o = self as Borrowed;
  let i = -1;
  if (nargs > 0) {
    i = numberAsSsize(argAt(args, 0), OverflowError);
    if (i === -1 && errOccurred() !== NULL) return NULL;
  }
  const n = sizeOf(o);
  if (n === 0) return errSetString(IndexError, 'pop from empty array');
  if (i < 0) i += n;
  if (i < 0 || i >= n) return errSetString(IndexError, 'pop index out of range');
  const v = getItem(o, i);
  if (v === NULL) return NULL;
  const isz = itemsizeOf(o);
  if (exported(o)) { decref(v); bufferError('cannot resize an array that is exporting buffers'); return NULL; }
  const d = dataOf(o);
  u8.copyWithin(d + i * isz, d + (i + 1) * isz, d + n * isz);
  if (resize(o, n - 1) < 0) { decref(v); return NULL; }
  return v;
};

/** index's start/stop (_PyEval_SliceIndexNotNone), clamped to [0, len]. */
function boundArg(v: Borrowed, len: number): number | null {
  if (!indexCheck(v)) {
    errSetString(TypeError, 'slice indices must be integers or have an __index__ method');
    return null;
  }
  let x = numberAsSsize(v, NULL);
  if (x === -1 && errOccurred() !== NULL) return null;
  if (x < 0) { x += len; if (x < 0) x = 0; }
  return x;
}

const array_index: Fn = (self, args, nargs, kwnames) => {
  if (!argsNoKwnames('index', kwnames) || !argsCheckPositional('index', nargs, 1, 3)) return NULL;
  const o = self as Borrowed;
  const len = sizeOf(o);
  let lo = 0, hi = len;
  if (nargs > 1) { const x = boundArg(argAt(args, 1), len); if (x === null) return NULL; lo = x; }
  if (nargs > 2) { const x = boundArg(argAt(args, 2), len); if (x === null) return NULL; hi = x; }
  const i = findItem(o, argAt(args, 0), lo, hi);
  if (i === -2) return NULL;
  if (i < 0) return errSetString(ValueError, 'array.index(x): x not in array');
  return intFromNumber(i);
};

const array_count: Fn = (self, args, nargs, kwnames) => {
  if (!argsOne('array.count', nargs, kwnames)) return NULL;
  const o = self as Borrowed, v = argAt(args, 0);
  let c = 0;
  for (let i = 0; i < sizeOf(o); i++) {
    const x = getItem(o, i);
    if (x === NULL) return NULL;
    const r = objectRichCompareBool(x, v, Py_EQ);
    decref(x);
    if (r < 0) return NULL;
    c += r;
  }
  return intFromNumber(c);
};

const array_remove: Fn = (self, args, nargs, kwnames) => {
  if (!argsOne('array.remove', nargs, kwnames)) return NULL;
  const o = self as Borrowed;
  const i = findItem(o, argAt(args, 0), 0, sizeOf(o));
  if (i === -2) return NULL;
  if (i < 0) return errSetString(ValueError, 'array.remove(x): x not in array');
  const n = sizeOf(o), isz = itemsizeOf(o);
  if (exported(o)) { bufferError('cannot resize an array that is exporting buffers'); return NULL; }
  const d = dataOf(o);
  u8.copyWithin(d + i * isz, d + (i + 1) * isz, d + n * isz);
  return resize(o, n - 1) < 0 ? NULL : noneNew();
};

const array_reverse: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNone('array.reverse', nargs, kwnames)) return NULL;
  const o = self as Borrowed;
  const n = sizeOf(o), isz = itemsizeOf(o), d = dataOf(o);
  const tmp = new Uint8Array(isz);
  for (let i = 0, j = n - 1; i < j; i++, j--) {
    tmp.set(u8.subarray(d + i * isz, d + (i + 1) * isz));
    u8.copyWithin(d + i * isz, d + j * isz, d + (j + 1) * isz);
    u8.set(tmp, d + j * isz);
  }
  return noneNew();
};

const array_byteswap: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNone('array.byteswap', nargs, kwnames)) return NULL;
  const o = self as Borrowed;
  const n = sizeOf(o), isz = itemsizeOf(o), d = dataOf(o);
  if (isz > 1) for (let i = 0; i < n; i++) u8.subarray(d + i * isz, d + (i + 1) * isz).reverse();
  return noneNew();
};

const array_buffer_info: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNone('array.buffer_info', nargs, kwnames)) return NULL;
  const o = self as Borrowed;
  const p = intFromNumber(sizeOf(o) === 0 ? 0 : dataOf(o));
  if (p === NULL) return NULL;
  const n = intFromNumber(sizeOf(o));
  if (n === NULL) { decref(p); return NULL; }
  const r = tuplePack([p, n]);
  decref(p); decref(n);
  return r;
};

function tobytesOf(o: Borrowed): Owned | Null {
  const d = dataOf(o);
  return bytesFromUint8Array(u8, d, d + sizeOf(o) * itemsizeOf(o));
}

const array_tobytes: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNone('array.tobytes', nargs, kwnames)) return NULL;
  return tobytesOf(self as Borrowed);
};

const array_frombytes: Fn = (self, args, nargs, kwnames) => {
  if (!argsOne('array.frombytes', nargs, kwnames)) return NULL;
  // CPython refuses an array's own buffer here.
  if (argAt(args, 0) === self) return errSetString(TypeError, 'a bytes-like object is required');
  return frombytesObj(self as Borrowed, argAt(args, 0)) < 0 ? NULL : noneNew();
};

function array_tolist(o: Borrowed): Owned | Null {
  const n = sizeOf(o);
  const l = listNew(n);
  if (l === NULL) return NULL;
  for (let i = 0; i < n; i++) {
    const v = getItem(o, i);
    if (v === NULL) { decref(l); return NULL; }
    listSetItemSteal(l, i, v);
  }
  return l;
}

const array_tolist_m: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNone('array.tolist', nargs, kwnames)) return NULL;
  return array_tolist(self as Borrowed);
};

const array_fromlist: Fn = (self, args, nargs, kwnames) => {
  if (!argsOne('array.fromlist', nargs, kwnames)) return NULL;
  const o = self as Borrowed, l = argAt(args, 0);
  if (!isList(l)) return errSetString(TypeError, 'arg must be list');
  const n = listSize(l), old = sizeOf(o);
  if (n === 0) return noneNew();
  if (resize(o, old + n) < 0) return NULL;
  for (let i = 0; i < n; i++) {
    if (i >= listSize(l)) break;
    if (setItem(o, old + i, listGetItemBorrow(l, i)) < 0) {
      if (resize(o, old) < 0) errClear();
      return NULL;
    }
  }
  return noneNew();
};

const array_tounicode: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNone('array.tounicode', nargs, kwnames)) return NULL;
  const o = self as Borrowed;
  if (codeOf(o) !== C_u) return errSetString(ValueError, 'tounicode() may only be called on unicode type arrays');
  return unicodeOf(o);
};

const array_fromunicode: Fn = (self, args, nargs, kwnames) => {
  if (!argsOne('array.fromunicode', nargs, kwnames)) return NULL;
  const o = self as Borrowed, s = argAt(args, 0);
  if (!isStr(s)) return errSetString(TypeError, `fromunicode() argument must be str, not ${typeNameOf(s)}`);
  if (codeOf(o) !== C_u) return errSetString(ValueError, 'fromunicode() may only be called on unicode type arrays');
  return appendUnicode(o, s) < 0 ? NULL : noneNew();
};

const BLOCKSIZE = 64 * 1024;

const array_tofile: Fn = (self, args, nargs, kwnames) => {
  if (!argsOne('array.tofile', nargs, kwnames)) return NULL;
  const o = self as Borrowed, f = argAt(args, 0);
  const nbytes = sizeOf(o) * itemsizeOf(o);
  for (let off = 0; off < nbytes; off += BLOCKSIZE) {
    const end = Math.min(nbytes, off + BLOCKSIZE);
    const b = bytesFromUint8Array(u8, dataOf(o) + off, dataOf(o) + end);
    if (b === NULL) return NULL;
    const r = callMethodOneArg(f, 'write', b);
    decref(b);
    if (r === NULL) return NULL;
    decref(r);
  }
  return noneNew();
};

const array_fromfile: Fn = (self, args, nargs, kwnames) => {
  if (!argsNoKwnames('fromfile', kwnames) || !argsCheckPositional('fromfile', nargs, 2, 2)) return NULL;
  const o = self as Borrowed, f = argAt(args, 0);
  const n = numberAsSsize(argAt(args, 1), OverflowError);
  if (n === -1 && errOccurred() !== NULL) return NULL;
  if (n < 0) return errSetString(ValueError, 'negative count');
  const nbytes = n * itemsizeOf(o);
  if (nbytes > 0x3fffffff) return errNoMemory();
  const want = intFromNumber(nbytes);
  if (want === NULL) return NULL;
  const b = callMethodOneArg(f, 'read', want);
  decref(want);
  if (b === NULL) return NULL;
  if (!isBytes(b)) { decref(b); return errSetString(TypeError, "read() didn't return bytes"); }
  const got = bytesSize(b);
  const r = appendBytes(o, u8.slice(b + BYTES_DATA, b + BYTES_DATA + got));
  decref(b);
  if (r < 0) return NULL;
  if (got !== nbytes) return errSetString(exceptionTypes.get('EOFError') as Borrowed, "read() didn't return enough bytes");
  return noneNew();
};

/** __copy__ / __deepcopy__: a plain array (a subclass's copy is an array.array, as a slice is). */
function copyOf(o: Borrowed): Owned | Null {
  return arrayFromHeap(arrayType, codeOf(o), dataOf(o), sizeOf(o));
}

const array_copy: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNone('array.__copy__', nargs, kwnames)) return NULL;
  return copyOf(self as Borrowed);
};

const array_deepcopy: Fn = (self, _args, nargs, kwnames) => {
  if (!argsOne('array.__deepcopy__', nargs, kwnames)) return NULL;
  return copyOf(self as Borrowed);
};

const array_sizeof: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNone('array.__sizeof__', nargs, kwnames)) return NULL;
  const o = self as Borrowed;
  return intFromNumber(64 + i32[(o + A_ALLOC) >> 2] * itemsizeOf(o));
};

const array_reduce_ex: Fn = (self, args, nargs, kwnames) => {
  if (!argsOne('array.__reduce_ex__', nargs, kwnames)) return NULL;
  const o = self as Borrowed;
  const p = argAt(args, 0);
  if (!isInt(p)) return errSetString(TypeError, `'${typeNameOf(p)}' object cannot be interpreted as an integer`);
  const protocol = numberAsSsize(p, OverflowError);
  if (protocol === -1 && errOccurred() !== NULL) return NULL;
  let dict = objectLookupAttrJS(o, '__dict__');
  if (dict === NULL) {
    if (errOccurred() !== NULL) return NULL;
    dict = noneNew();
  }
  const tc = strFromJS(CODES[codeOf(o)]);
  let r: Owned | Null = NULL;
  if (tc !== NULL) {
    if (protocol < 3) {
      const l = array_tolist(o);
      if (l !== NULL) {
        const a = tuplePack([tc, l]);
        if (a !== NULL) { r = tuplePack([typeOf(o), a, dict]); decref(a); }
        decref(l);
      }
    } else {
      const mf = intFromNumber(MFORMAT[codeOf(o)]);
      const b = tobytesOf(o);
      if (mf !== NULL && b !== NULL && reconstructor !== 0) {
        const a = tuplePack([typeOf(o), tc, mf, b]);
        if (a !== NULL) { r = tuplePack([reconstructor, a, dict]); decref(a); }
      }
      xdecref(mf); xdecref(b);
    }
    decref(tc);
  }
  decref(dict);
  return r;
};

/** The view returned by __buffer__: the store's bytes seen with the array's item format. */
const bufferFormat = ['b', 'B', 'I', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'f', 'd'];

const array_buffer: Fn = (self, args, nargs, kwnames) => {
  if (!argsOne('__buffer__', nargs, kwnames)) return NULL;
  if (!isInt(argAt(args, 0))) return errSetString(TypeError, `'${typeNameOf(argAt(args, 0))}' object cannot be interpreted as an integer`);
  const o = self as Borrowed;
  const mv = memoryviewFromExporter(storeOf(o));
  if (mv === NULL) return NULL;
  const fmt = strFromJS(bufferFormat[codeOf(o)]);
  if (fmt === NULL) { decref(mv); return NULL; }
  const r = callMethodOneArg(mv, 'cast', fmt);
  decref(fmt);
  decref(mv);
  return r;
};

const array_release_buffer: Fn = (_self, args, nargs, kwnames) => {
  if (!argsOne('__release_buffer__', nargs, kwnames)) return NULL;
  const r = callMethod(argAt(args, 0), 'release');
  if (r === NULL) return NULL;
  decref(r);
  return noneNew();
};

const bufferDef: MethodDef = { name: '__buffer__', fn: array_buffer };

// ---- _array_reconstructor ----

let reconstructor = 0 as Borrowed;

/** Machine format code -> [item size, signed, kind: 'i' int, 'f' float, 'u' utf-16/32, big-endian]. */
function mformatInfo(mf: number): { size: number; signed: boolean; kind: string; be: boolean } {
  if (mf <= 1) return { size: 1, signed: mf === 1, kind: 'i', be: false };
  if (mf <= 13) {
    const k = mf - 2;
    return { size: 2 << (k >> 2), signed: (k & 2) !== 0, kind: 'i', be: (k & 1) !== 0 };
  }
  if (mf <= 17) return { size: mf <= 15 ? 4 : 8, signed: true, kind: 'f', be: (mf & 1) !== 0 };
  return { size: mf <= 19 ? 2 : 4, signed: false, kind: 'u', be: (mf & 1) !== 0 };
}

const array__array_reconstructor: Fn = (_self, args, nargs, kwnames) => {
  if (!argsNoKwnames('_array_reconstructor', kwnames) || !argsCheckPositional('_array_reconstructor', nargs, 4, 4)) return NULL;
  const type = argAt(args, 0), tcObj = argAt(args, 1), mfObj = argAt(args, 2), items = argAt(args, 3);
  if (!isStr(tcObj) || strLength(tcObj) !== 1) {
    return errSetString(TypeError, `_array_reconstructor() argument 2 must be a unicode character, not ${typeNameOf(tcObj)}`);
  }
  const mfv = numberAsSsize(mfObj, OverflowError);
  if (mfv === -1 && errOccurred() !== NULL) return NULL;
  if (!isType(type)) return errSetString(TypeError, `first argument must be a type object, not ${typeNameOf(type)}`);
  if (!typeIsSubtype(type, arrayType)) return errSetString(TypeError, `${typeName(type)} is not a subtype of array.array`);
  const code = CODES.indexOf(strToJS(tcObj));
  if (code < 0) return errSetString(ValueError, 'second argument must be a valid type code');
  if (mfv < 0 || mfv > 21) return errSetString(ValueError, 'third argument must be a valid machine format code.');
  if (!isBytes(items)) return errSetString(TypeError, `fourth argument should be bytes, not ${typeNameOf(items)}`);
  const data = u8.slice(items + BYTES_DATA, items + BYTES_DATA + bytesSize(items));
  if (mfv === MFORMAT[code]) {
    const a = arrayAlloc(type, code, 0);
    if (a === NULL) return NULL;
    if (appendBytes(a, data) < 0) { decref(a); return NULL; }
    return a;
  }
  const info = mformatInfo(mfv);
  if (data.length % info.size !== 0) return errSetString(ValueError, 'string length not a multiple of item size');
  const n = data.length / info.size;
  const ddv = new DataView(data.buffer, data.byteOffset, data.length);
  const le = !info.be;
  if (info.kind === 'u') {
    let s = '';
    for (let i = 0; i < n; i++) {
      if (info.size === 2) s += String.fromCharCode(ddv.getUint16(2 * i, le));
      else {
        const c = ddv.getUint32(4 * i, le);
        if (c > 0x10ffff) return errSetString(ValueError, `character U+${c.toString(16)} is not in range [U+0000; U+10ffff]`);
        s += String.fromCodePoint(c);
      }
    }
    const str = strFromJS(s);
    if (str === NULL) return NULL;
    const r = objectCallArgs(type, [tcObj, str]);
    decref(str);
    return r;
  }
  const l = listNew(n);
  if (l === NULL) return NULL;
  let outCode = code;
  for (let i = 0; i < n; i++) {
    const p = i * info.size;
    let v: Owned | Null;
    if (info.kind === 'f') v = floatNew(info.size === 4 ? ddv.getFloat32(p, le) : ddv.getFloat64(p, le));
    else if (info.size === 1) v = intFromNumber(info.signed ? ddv.getInt8(p) : ddv.getUint8(p));
    else if (info.size === 2) v = intFromNumber(info.signed ? ddv.getInt16(p, le) : ddv.getUint16(p, le));
    else if (info.size === 4) v = intFromNumber(info.signed ? ddv.getInt32(p, le) : ddv.getUint32(p, le));
    else v = intFromBigInt(info.signed ? ddv.getBigInt64(p, le) : ddv.getBigUint64(p, le));
    if (v === NULL) { decref(l); return NULL; }
    listSetItemSteal(l, i, v);
  }
  if (info.kind === 'i') {
    // An integer format: the first typecode of that size and signedness holds the values.
    for (let c = 0; c < CODES.length; c++) {
      if (c === C_u || c >= C_f) continue;
      const signed = c === C_b || c === C_h || c === C_i || c === C_l || c === C_q;
      if (ITEMSIZE[c] === info.size && signed === info.signed) { outCode = c; break; }
    }
  }
  const tc = strFromJS(CODES[outCode]);
  if (tc === NULL) { decref(l); return NULL; }
  const r = objectCallArgs(type, [tc, l]);
  decref(tc); decref(l);
  return r;
};

// ---- getsets ----

function get_typecode(o: Borrowed): Owned | Null { return strFromJS(CODES[codeOf(o)]); }
function get_itemsize(o: Borrowed): Owned | Null { return intFromNumber(itemsizeOf(o)); }
/**
 * __buffer__ is a getset giving a bound builtin, not a method: the runtime's buffer protocol reaches a
 * native type's buffer only through a __buffer__ it doesn't take for a builtin's own (PEP 688's Python
 * path), so array's must not look like a method descriptor.
 */
function get_buffer(o: Borrowed): Owned | Null { return cfunctionNew(bufferDef, o, NULL); }

const arrayMethods: MethodDef[] = [
  { name: 'append', fn: array_append, doc: 'Append new value v to the end of the array.' },
  { name: 'buffer_info', fn: array_buffer_info, doc: 'Return a tuple (address, length) describing the memory buffer.' },
  { name: 'byteswap', fn: array_byteswap, doc: 'Swap the bytes of every item.' },
  { name: 'count', fn: array_count, doc: 'Return the number of occurrences of v in the array.' },
  { name: 'extend', fn: array_extend, doc: 'Append the items of an iterable to the end of the array.' },
  { name: 'frombytes', fn: array_frombytes, doc: 'Append items read from a bytes-like object.' },
  { name: 'fromfile', fn: array_fromfile, doc: 'Read n items from a file object and append them.' },
  { name: 'fromlist', fn: array_fromlist, doc: 'Append the items of a list.' },
  { name: 'fromunicode', fn: array_fromunicode, doc: "Append the characters of a str to a 'u' array." },
  { name: 'index', fn: array_index, doc: 'Return the index of the first occurrence of v.' },
  { name: 'insert', fn: array_insert, doc: 'Insert v before position i.' },
  { name: 'pop', fn: array_pop, doc: 'Remove and return the item at index i (the last by default).' },
  { name: 'remove', fn: array_remove, doc: 'Remove the first occurrence of v.' },
  { name: 'reverse', fn: array_reverse, doc: 'Reverse the order of the items in place.' },
  { name: 'tobytes', fn: array_tobytes, doc: 'Return the machine representation of the items as bytes.' },
  { name: 'tofile', fn: array_tofile, doc: 'Write the items to a file object as machine values.' },
  { name: 'tolist', fn: array_tolist_m, doc: 'Return the items as a list.' },
  { name: 'tounicode', fn: array_tounicode, doc: "Return a 'u' array's items as a str." },
  { name: '__copy__', fn: array_copy, doc: 'Return a copy of the array.' },
  { name: '__deepcopy__', fn: array_deepcopy, doc: 'Return a copy of the array.' },
  { name: '__reduce_ex__', fn: array_reduce_ex, doc: 'Return state information for pickling.' },
  { name: '__sizeof__', fn: array_sizeof, doc: 'Size of the array in memory, in bytes.' },
  { name: '__release_buffer__', fn: array_release_buffer, doc: 'Release the buffer object that exposes the array.' },
  classGetItemDef,
];

/** collections.abc.MutableSequence.register(array), as CPython's module does when it is created. 0 / -1. */
function registerMutableSequence(t: Borrowed): number {
  // _collections_abc is the module collections.abc re-exports (lighter to import than the collections package).
  const abc = importModuleLevel('_collections_abc', NULL, NULL, 0);
  if (abc === NULL) return -1;
  const r = callMethodPath(abc, t);
  decref(abc);
  return r;
}

function callMethodPath(abc: Borrowed, t: Borrowed): number {
  const ms = objectGetAttrString(abc, 'MutableSequence');
  if (ms === NULL) return -1;
  const r = callMethodOneArg(ms, 'register', t);
  decref(ms);
  if (r === NULL) return -1;
  decref(r);
  return 0;
}

export function arrayModuleNew(): Owned | Null {
  return nativeModuleNew('array', [
    { name: '_array_reconstructor', fn: array__array_reconstructor, doc: 'Internal. Used for pickling support.' },
  ], (m) => {
    const at = typeNewFromSpec({
      name: 'array.array',
      base: objectType,
      basicsize: ARRAY_SIZE,
      itemsize: 0,
      flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_IMMUTABLETYPE | (1 << 5),
      slots: {
        dealloc: arrayDealloc, new: array_new, repr: arrayRepr, hash: objectHashNotImplemented,
        richcompare: arrayRichCompare, length: arrayLength, getitem: arraySubscript, setitem: arrayAssSubscript,
        contains: arrayContains, concat: arrayConcat, repeat: arrayRepeat, inplaceConcat: arrayInplaceConcat,
        inplaceRepeat: arrayInplaceRepeat, iter: arrayIter,
      },
      methods: arrayMethods,
      dict: (t) => [
        ['itemsize', getsetDescriptorNew(t, { name: 'itemsize', get: get_itemsize, doc: 'the size, in bytes, of one array item' })],
        ['typecode', getsetDescriptorNew(t, { name: 'typecode', get: get_typecode, doc: 'the typecode character used to create the array' })],
        ['__buffer__', getsetDescriptorNew(t, { name: '__buffer__', get: get_buffer })],
        ['__doc__', strFromJS('array(typecode [, initializer]) -> array\n\nAn array of machine values of one type, given by a typecode.')],
      ],
    });
    if (at === NULL) return -1;
    arrayType = at;
    if (moduleAddSteal(m, 'array', at) < 0) return -1;
    if (moduleAddSteal(m, 'ArrayType', newRef(at)) < 0) return -1;
    const it = typeNewFromSpec({
      name: 'array.arrayiterator',
      base: objectType,
      basicsize: ITER_SIZE,
      itemsize: 0,
      flags: 0,
      slots: { dealloc: iterDealloc, iter: selfIter, iternext: iterNextItem },
      methods: [
        { name: '__reduce__', fn: arrayiter_reduce, doc: 'Return state information for pickling.' },
        { name: '__setstate__', fn: arrayiter_setstate, doc: 'Set state information for unpickling.' },
      ],
    });
    if (it === NULL) return -1;
    iterType = it;
    // CPython's module keeps the iterator type in its state only; ours keeps it under a private name
    // so that the module owns it.
    if (moduleAddSteal(m, '_arrayiterator', it) < 0) return -1;
    reconstructor = dictGetItemStringBorrow(moduleDictBorrow(m), '_array_reconstructor') as Borrowed;
    if (moduleAddSteal(m, 'typecodes', strFromJS(CODES)) < 0) return -1;
    return registerMutableSequence(at);
  }, 'Efficient arrays of numeric values (and unicode characters) with a fixed item type.');
}
