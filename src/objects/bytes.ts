// bytes: immutable byte strings, with the static empty and one-byte singletons.
// Mirrors Objects/bytesobject.c (PyBytesObject with 3.12's ob_shash, bytes_hash, bytes_richcompare,
// bytes_concat, the characters[] singletons of pycore_global_objects.h).
// Invariants: the data is followed by a NUL byte, as CPython keeps it; the hash is cached once computed
// (at creation for static bytes, so the static region is never written after the seal); constructors
// return the static singletons for b'' and every one-byte value.
//
//   +0  ob_refcnt
//   +4  ob_type
//   +8  ob_size        number of bytes
//   +12 hash (low)  \  ob_shash: cached hash(); -1/-1 = not computed yet
//   +16 hash (high) /
//   +20 data           ob_size bytes, then a NUL
//
// Static block: b'' at bytesBlock, bytes([v]) at bytesBlock + 24 * (1 + v).

import { u8, i32 } from '../heap/views.ts';
import { alloc, allocCurrent } from '../heap/alloc.ts';
import { newRef } from '../heap/refcount.ts';
import { refcntInitStatic } from '../heap/immortal.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { OB_SIZE } from '../heap/header.ts';
import { H64 } from '../support/hash64.ts';
import { hashBytes } from '../support/siphash.ts';
import { bytesRepr as bytesReprText } from '../support/str-repr.ts';
import {
  typeNewStatic, typeHasFeature, typeOf, typeNameOf, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_BYTES_SUBCLASS, Py_EQ, Py_NE,
} from './type.ts';
import { objectNew, objectFree, notImplemented, boolNew, richCompareResult } from './object.ts';
import { errSetString } from './errors.ts';
import { IndexError, TypeError } from './exceptions.ts';
import { strFromJS, isStr } from './str.ts';
import { smallInt, isInt } from './int.ts';
import { config, configHooks } from '../support/config.ts';
import { bufferGet, BUF } from './memoryview.ts';

export const BYTES_SIZE = OB_SIZE;
export const BYTES_HASH = 12;
export const BYTES_DATA = 20;

/** Bytes between consecutive static singletons: BYTES_DATA + one byte + NUL, rounded up to 8. */
const SINGLE_STRIDE = 24;

export let bytesType = 0 as Borrowed;
let bytesBlock = 0;

/** PyBytes_Check: bytes or an instance of a subclass. */
export function isBytes(o: Borrowed): boolean {
  return typeHasFeature(o, Py_TPFLAGS_BYTES_SUBCLASS);
}

/** PyBytes_CheckExact. */
export function isBytesExact(o: Borrowed): boolean {
  return typeOf(o) === bytesType;
}

/** PyBytes_GET_SIZE. */
export function bytesSize(o: Borrowed): number {
  return i32[(o + BYTES_SIZE) >> 2];
}

/** Heap offset of the first byte (PyBytes_AS_STRING): read it through u8. */
export function bytesDataOffset(o: Borrowed): number {
  return o + BYTES_DATA;
}

/** The static bytes([v]) for v in 0..255. */
export function bytesSingle(v: number): Borrowed {
  return (bytesBlock + SINGLE_STRIDE * (1 + v)) as Borrowed;
}

/** A new reference to b'' (a static immortal). */
export function bytesEmptyNew(): Owned {
  return newRef(bytesBlock as Borrowed);
}

export function bytesInitStatic(): void {
  bytesType = typeNewStatic({
    name: 'bytes',
    basicsize: BYTES_DATA + 1,
    itemsize: 1,
    flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_BYTES_SUBCLASS,
    slots: {
      dealloc: bytesDealloc,
      repr: bytesRepr,
      str: bytesStr,
      hash: bytesHash,
      richcompare: bytesRichCompare,
      length: bytesSize,
    },
  });
  bytesBlock = alloc(SINGLE_STRIDE * 257);
  if (bytesBlock === 0) throw new Error('static region: out of memory creating the one-byte bytes');
  for (let i = 0; i < 257; i++) {
    const o = bytesBlock + i * SINGLE_STRIDE;
    const n = i === 0 ? 0 : 1;
    i32[(o + 4) >> 2] = bytesType;
    i32[(o + BYTES_SIZE) >> 2] = n;
    u8[o + BYTES_DATA] = n === 0 ? 0 : i - 1;
    u8[o + BYTES_DATA + 1] = 0;
    makeStatic(o);
  }
}

// A bytes object built in the static phase lives in the static region: immortal, hash computed now.
function makeStatic(o: number): void {
  refcntInitStatic(o);
  computeHash(o);
}

function bytesDealloc(o: Owned): void {
  if (o < allocCurrent().dynBase) throw new Error(`dealloc of static bytes at ${o}: reference count went to zero`);
  objectFree(o);
}

/**
 * PyBytes_FromStringAndSize(NULL, n): a new bytes of n bytes for the caller to fill (then pass to
 * bytesFinish). n = 0 gives b''.
 */
export function bytesNew(n: number): Owned | Null {
  if (n === 0) return bytesEmptyNew();
  const o = objectNew(bytesType, BYTES_DATA + n + 1);
  if (o === NULL) return NULL;
  i32[(o + BYTES_SIZE) >> 2] = n;
  i32[(o + BYTES_HASH) >> 2] = -1;
  i32[(o + BYTES_HASH + 4) >> 2] = -1;
  u8[o + BYTES_DATA + n] = 0;
  return o;
}

/** Completes a bytes from bytesNew once filled: the singleton for one byte, a static immortal in the static phase. */
export function bytesFinish(o: Owned): Owned {
  const n = i32[(o + BYTES_SIZE) >> 2];
  if (n === 1) {
    const s = bytesSingle(u8[o + BYTES_DATA]);
    // In the static phase the block can't be given back; it stays as dead bytes of the static region.
    if (!allocCurrent().staticPhase) objectFree(o);
    return newRef(s);
  }
  if (n > 1 && allocCurrent().staticPhase) makeStatic(o);
  return o;
}

/** bytes(u): a copy of the JS bytes u[start .. end). */
export function bytesFromUint8Array(u: Uint8Array, start = 0, end = u.length): Owned | Null {
  const n = end - start;
  if (n <= 1) return n === 0 ? bytesEmptyNew() : newRef(bytesSingle(u[start]));
  const o = bytesNew(n);
  if (o === NULL) return NULL;
  copyBytes(u, start, end, o + BYTES_DATA);
  return bytesFinish(o);
}

/**
 * Copies u[start:end] to heap address `to`: short runs byte by byte (a subarray view per copy costs more
 * than the copy, and short strs and bytes are most of them), longer ones with one set().
 */
export function copyBytes(u: Uint8Array, start: number, end: number, to: number): void {
  if (end - start <= 32) {
    for (let i = start; i < end; i++) u8[to++] = u[i];
  } else {
    u8.set(u.subarray(start, end), to);
  }
}

/** The bytes of o as a JS Uint8Array (a copy outside the heap). */
export function bytesToUint8Array(o: Borrowed): Uint8Array {
  const d = o + BYTES_DATA;
  return u8.slice(d, d + i32[(o + BYTES_SIZE) >> 2]);
}

function computeHash(o: number): number {
  const lo = hashBytes(u8, o + BYTES_DATA, i32[(o + BYTES_SIZE) >> 2]);
  i32[(o + BYTES_HASH) >> 2] = lo;
  i32[(o + BYTES_HASH + 4) >> 2] = H64[1];
  return lo;
}

/** hash(b) as CPython's bytes_hash: _Py_HashBytes of the data, cached. Returns the low word; H64 holds all 64 bits. */
export function bytesHash(o: Borrowed): number {
  const lo = i32[(o + BYTES_HASH) >> 2], hi = i32[(o + BYTES_HASH + 4) >> 2];
  if ((lo & hi) === -1) return computeHash(o);
  H64[0] = lo;
  H64[1] = hi;
  return lo;
}

/** repr(b): b'...' with CPython's quoting and escapes. */
export function bytesRepr(o: Borrowed): Owned | Null {
  const d = o + BYTES_DATA;
  return strFromJS(bytesReprText(u8, d, d + i32[(o + BYTES_SIZE) >> 2]));
}

/** str(b) (bytes_str): repr(b), after a BytesWarning under -b. */
function bytesStr(o: Borrowed): Owned | Null {
  if (config.bytesWarning > 0 && bytesWarn('str() on a bytes instance') < 0) return NULL;
  return bytesRepr(o);
}

/** PyErr_WarnEx(PyExc_BytesWarning, msg, 1) (-b; -bb's filter makes it an error): 0, or -1 with the error set. */
export function bytesWarn(msg: string): number {
  const warn = configHooks.warn;
  return warn === null ? 0 : warn('BytesWarning', msg, 1);
}

/** Same contents (both must be bytes). */
export function bytesEqual(a: Borrowed, b: Borrowed): boolean {
  if (a === b) return true;
  const n = i32[(a + BYTES_SIZE) >> 2];
  if (n !== i32[(b + BYTES_SIZE) >> 2]) return false;
  const ha = i32[(a + BYTES_HASH) >> 2], hb = i32[(b + BYTES_HASH) >> 2];
  if (ha !== hb && (ha & i32[(a + BYTES_HASH + 4) >> 2]) !== -1 && (hb & i32[(b + BYTES_HASH + 4) >> 2]) !== -1) return false;
  const da = a + BYTES_DATA, db = b + BYTES_DATA;
  for (let i = 0; i < n; i++) if (u8[da + i] !== u8[db + i]) return false;
  return true;
}

/** Three-way lexicographic comparison of two bytes (memcmp, then length): <0, 0, >0. */
export function bytesCompare(a: Borrowed, b: Borrowed): number {
  if (a === b) return 0;
  const la = i32[(a + BYTES_SIZE) >> 2], lb = i32[(b + BYTES_SIZE) >> 2];
  const da = a + BYTES_DATA, db = b + BYTES_DATA;
  const n = la < lb ? la : lb;
  for (let i = 0; i < n; i++) {
    const x = u8[da + i], y = u8[db + i];
    if (x !== y) return x - y;
  }
  return la - lb;
}

/** bytes' tp_richcompare: NotImplemented unless both are bytes (under -b, == and != with a str or an int warn). */
export function bytesRichCompare(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  if (!isBytes(a) || !isBytes(b)) {
    if (config.bytesWarning > 0 && (op === Py_EQ || op === Py_NE)) {
      const what = isStr(a) || isStr(b) ? 'string' : isInt(a) || isInt(b) ? 'int' : null;
      if (what !== null && bytesWarn(`Comparison between bytes and ${what}`) < 0) return NULL;
    }
    return notImplemented();
  }
  if (op === Py_EQ) return boolNew(bytesEqual(a, b));
  if (op === Py_NE) return boolNew(!bytesEqual(a, b));
  return richCompareResult(bytesCompare(a, b), op);
}

/** a + b for bytes (bytes_concat): the other operand may be any bytes-like object. */
/** bytes_concat's and bytearray_concat's TypeError, which replaces whatever error getting a buffer set. */
export function bytesConcatError(a: Borrowed, b: Borrowed): Null {
  return errSetString(TypeError, `can't concat ${typeNameOf(b)} to ${typeNameOf(a)}`);
}

export function bytesConcat(a: Borrowed, b: Borrowed): Owned | Null {
  if (!isBytesExact(a) || !isBytesExact(b)) {
    // Any buffer concatenates (bytes + bytearray / memoryview gives bytes).
    // Each operand's bytes are copied before the next buffer is asked for (a __buffer__ copy lasts until then).
    if (!bufferGet(a, false)) return bytesConcatError(a, b);
    const da = u8.slice(BUF.ptr, BUF.ptr + BUF.len);
    if (!bufferGet(b, false)) return bytesConcatError(a, b);
    if (da.length === 0 && isBytesExact(b)) return newRef(b);
    if (BUF.len === 0 && isBytesExact(a)) return newRef(a);
    const out = new Uint8Array(da.length + BUF.len);
    out.set(da);
    out.set(u8.subarray(BUF.ptr, BUF.ptr + BUF.len), da.length);
    return bytesFromUint8Array(out);
  }
  const la = bytesSize(a), lb = bytesSize(b);
  // CPython's end cases: an empty operand gives the other one back when it is an exact bytes.
  if (la === 0 && isBytesExact(b)) return newRef(b);
  if (lb === 0 && isBytesExact(a)) return newRef(a);
  const o = bytesNew(la + lb);
  if (o === NULL) return NULL;
  if (la + lb === 0) return o;
  u8.copyWithin(o + BYTES_DATA, a + BYTES_DATA, a + BYTES_DATA + la);
  u8.copyWithin(o + BYTES_DATA + la, b + BYTES_DATA, b + BYTES_DATA + lb);
  return bytesFinish(o);
}

/** b[start:stop] with step 1: indices clamped to 0..len. */
export function bytesSlice(o: Borrowed, start: number, stop: number): Owned | Null {
  const len = bytesSize(o);
  if (start < 0) start = 0;
  if (stop > len) stop = len;
  if (start >= stop) return bytesEmptyNew();
  if (start === 0 && stop === len && isBytesExact(o)) return newRef(o);
  const n = stop - start;
  if (n === 1) return newRef(bytesSingle(u8[o + BYTES_DATA + start]));
  const r = bytesNew(n);
  if (r === NULL) return NULL;
  u8.copyWithin(r + BYTES_DATA, o + BYTES_DATA + start, o + BYTES_DATA + stop);
  return bytesFinish(r);
}

/** b[i] with Python's negative indexing: an int 0..255, or IndexError. */
export function bytesGetItem(o: Borrowed, i: number): Owned | Null {
  const len = bytesSize(o);
  if (i < 0) i += len;
  if (i < 0 || i >= len) return errSetString(IndexError, 'index out of range');
  return newRef(smallInt(u8[o + BYTES_DATA + i]));
}
