// _struct: packing Python values into C structs held in bytes, and back (the engine of the struct
// module, src/lib/struct.py). Mirrors Modules/_struct.c in role: Struct objects, module-level functions
// with a format cache, unpack_iterator, struct.error; sizes and alignment as CPython on x86-64 Linux.
// Invariants: a format is parsed once into a JS Layout (kept per Struct object, keyed by its address,
// and per format text for the module-level functions); buffers are read and written in place.
//
//   Struct:           +0 ob_refcnt  +4 ob_type  +8 s_format (owned str, or 0 before __init__)  +12 s_size (i32)
// The parsed layout of a Struct is JS data keyed by the object's address (structLayouts), removed by
// structDealloc, which also runs for a Python subclass's instances (subtype_dealloc calls the nearest
// base's own dealloc).
//   unpack_iterator:  +0 ob_refcnt  +4 ob_type  +8 buffer object (owned)  +12 offset  +16 end

import { u8, i32, heapBuffer } from '../heap/views.ts';
import { decref, xdecref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { GC_NEXT, gcTrack, gcUntrack } from '../heap/header.ts';
import { nativeModuleNew, moduleAddSteal, exceptionClassNew } from './native.ts';
import { type MethodDef, argAt, argsNoKwnames, argsCheckPositional } from '../objects/methodobject.ts';
import { cpythonBasicSize } from '../objects/sizeof.ts';
import { errSetString, errOccurred } from '../objects/errors.ts';
import {
  TypeError, OverflowError, SystemError, Exception, exceptionRaiseUnicodeEncode,
} from '../objects/exceptions.ts';
import {
  typeNewFromSpec, typeGenericAlloc, objectType, typeNameOf, typeOf, slotsOf, Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_HAVE_GC, type VisitProc,
} from '../objects/type.ts';
import { objectGCFree, objectIsTrue } from '../objects/object.ts';
import { getsetDescriptorNew, type GetSetDef } from '../objects/getset.ts';
import { isStr, strLength, strKind, strDataOffset, strFromJS } from '../objects/str.ts';
import { isBytes, bytesSize, bytesNew, bytesFinish, bytesFromUint8Array, BYTES_DATA } from '../objects/bytes.ts';
import { isByteArray, bytearraySize, bytearrayData } from '../objects/bytearray.ts';
import { bufferGet, BUF } from '../objects/memoryview.ts';
import { isInt, intSafeValue, intToBigInt, intFromNumber, intFromBigInt } from '../objects/int.ts';
import { floatNew } from '../objects/float.ts';
import { tupleNew, tupleSetItemSteal } from '../objects/tuple.ts';
import { Py_True, Py_False } from '../objects/bool.ts';
import { noneNew } from '../objects/object.ts';
import { numberIndex, numberAsSsize, floatAsDoubleAny, parseArgs, PARSED } from '../objects/abstract.ts';
import { selfIter } from '../objects/iterobject.ts';

type Fn = (self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null) => Owned | Null;

const S_FORMAT = 8;
const S_SIZE = 12;
const STRUCT_SIZE = 16;
const IT_BUF = 8;
const IT_OFF = 12;
const IT_END = 16;
const ITER_SIZE = 24;

/** The module's struct.error and types, set when the module is created (borrowed: its dict owns them). */
let structError = 0 as Borrowed;
let iterType = 0 as Borrowed;

const dv = new DataView(heapBuffer);

// --- formats ---

/** One format code with its repeat count, at its byte offset in the packed data. */
interface Item { code: number; count: number; offset: number; size: number }

interface Layout {
  text: string;
  items: Item[];
  size: number;
  /** Number of Python values packed/unpacked. */
  len: number;
  little: boolean;
  native: boolean;
}

// Native ('@') item sizes on x86-64 Linux (alignment equals size); standard sizes for = < > !.
const NATIVE_SIZES: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8,
  e: 2, f: 4, d: 8, s: 1, p: 1, P: 8,
};
const STD_SIZES: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1,
};

const MAX_SIZE = 9223372036854775807;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** The layout of format text `t`, or null with struct.error set. */
function parseFormat(t: string): Layout | null {
  if (t.indexOf('\0') >= 0) { errSetString(structError, 'embedded null character'); return null; }
  let i = 0;
  let little = true, native = true;
  const p0 = t.charAt(0);
  if (p0 === '@' || p0 === '=' || p0 === '<' || p0 === '>' || p0 === '!') {
    i = 1;
    if (p0 !== '@') native = false;
    if (p0 === '>' || p0 === '!') little = false;
  }
  const table = native ? NATIVE_SIZES : STD_SIZES;
  const items: Item[] = [];
  let size = 0, len = 0;
  const tooLong = (): null => { errSetString(structError, 'total struct size too long'); return null; };
  while (i < t.length) {
    let c = t.charCodeAt(i++);
    if (isSpace(c)) continue;
    let num = 1;
    if (c >= 48 && c <= 57) {
      num = c - 48;
      while (i < t.length && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) {
        num = num * 10 + (t.charCodeAt(i++) - 48);
        if (num > MAX_SIZE) return tooLong();
      }
      if (i >= t.length) { errSetString(structError, 'repeat count given without format specifier'); return null; }
      c = t.charCodeAt(i++);
    }
    const ch = String.fromCharCode(c);
    const isz = Object.prototype.hasOwnProperty.call(table, ch) ? table[ch] : undefined;
    if (isz === undefined) { errSetString(structError, 'bad char in struct format'); return null; }
    if (native && isz > 1) size = Math.ceil(size / isz) * isz;
    const item: Item = { code: c, count: num, offset: size, size: isz };
    if (ch === 's' || ch === 'p') { size += num; len += 1; items.push(item); }
    else if (ch === 'x') size += num;
    else { size += num * isz; len += num; if (num > 0) items.push(item); }
    if (size > MAX_SIZE) return tooLong();
  }
  return { text: t, items, size, len, little, native };
}

/** The text of a format argument (str, ASCII only, or bytes), or null with an error set. */
function formatText(fmt: Borrowed): string | null {
  if (isStr(fmt)) {
    const n = strLength(fmt), kind = strKind(fmt), d = strDataOffset(fmt);
    let s = '';
    for (let k = 0; k < n; k++) {
      const c = kind === 1 ? u8[d + k] : kind === 2 ? (u8[d + 2 * k] | (u8[d + 2 * k + 1] << 8)) : i32[(d >> 2) + k];
      if (c > 127) { exceptionRaiseUnicodeEncode('ascii', fmt, k, k + 1, 'ordinal not in range(128)'); return null; }
      s += String.fromCharCode(c);
    }
    return s;
  }
  if (isBytes(fmt)) {
    const n = bytesSize(fmt), d = fmt + BYTES_DATA;
    let s = '';
    for (let k = 0; k < n; k++) s += String.fromCharCode(u8[d + k]);
    return s;
  }
  errSetString(TypeError, `Struct() argument 1 must be a str or bytes object, not ${typeNameOf(fmt)}`);
  return null;
}

// The module-level functions' cache (CPython keeps up to 100 Struct objects; _clearcache empties it).
const cache = new Map<string, Layout>();
const CACHE_MAX = 100;

function cachedLayout(fmt: Borrowed): Layout | null {
  const t = formatText(fmt);
  if (t === null) return null;
  const hit = cache.get(t);
  if (hit !== undefined) return hit;
  const lay = parseFormat(t);
  if (lay === null) return null;
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(t, lay);
  return lay;
}

// --- packing ---

function structErr(msg: string): -1 {
  errSetString(structError, msg);
  return -1;
}

/** An int argument as a JS number or bigint, or null with an error set (get_pylong). */
function getInteger(v: Borrowed): number | bigint | null {
  let o: Owned | Null;
  if (isInt(v)) o = newRef(v);
  else if (slotsOf(v).index !== null) {
    o = numberIndex(v);
    if (o === NULL) return null;
  } else {
    structErr('required argument is not an integer');
    return null;
  }
  const n = intSafeValue(o);
  const r = n === n ? n : intToBigInt(o);
  decref(o);
  return r;
}

function rangeError(code: number, lo: bigint, hi: bigint): -1 {
  return structErr(`'${String.fromCharCode(code)}' format requires ${lo} <= number <= ${hi}`);
}

function writeInt(p: number, size: number, little: boolean, v: number | bigint): void {
  let lo: number, hi: number;
  if (typeof v === 'number') {
    lo = v >>> 0;
    hi = size > 4 ? Math.floor(v / 4294967296) >>> 0 : 0;
  } else {
    const b = BigInt.asUintN(64, v);
    lo = Number(b & 0xffffffffn);
    hi = Number(b >> 32n);
  }
  for (let k = 0; k < size; k++) {
    const byte = k < 4 ? (lo >>> (8 * k)) & 0xff : (hi >>> (8 * (k - 4))) & 0xff;
    u8[little ? p + k : p + size - 1 - k] = byte;
  }
}

const F64 = new Float64Array(1);
const F64W = new Uint32Array(F64.buffer);
const F32 = new Float32Array(1);
const F32W = new Uint32Array(F32.buffer);

function roundHalfEven(v: number): number {
  const f = Math.floor(v), d = v - f;
  return d > 0.5 ? f + 1 : d < 0.5 ? f : f + (f % 2);
}

/** IEEE 754 binary16 bits of x (PyFloat_Pack2), or -1 when it is too large. */
function halfBits(x: number): number {
  F64[0] = x;
  const sign = (F64W[1] >>> 31) << 15;
  if (x !== x) return sign | 0x7e00;
  const a = Math.abs(x);
  if (a === Infinity) return sign | 0x7c00;
  if (a === 0) return sign;
  let bits: number;
  if (a < 2 ** -14) bits = roundHalfEven(a * 2 ** 24);
  else {
    let e = Math.floor(Math.log2(a));
    if (2 ** e > a) e--;
    else if (2 ** (e + 1) <= a) e++;
    bits = ((e + 15) << 10) + roundHalfEven((a / 2 ** e - 1) * 1024);
  }
  if (bits >= 0x7c00) return -1;
  return sign | bits;
}

function halfValue(h: number): number {
  const e = (h >> 10) & 0x1f, m = h & 0x3ff;
  let v: number;
  if (e === 0) v = m * 2 ** -24;
  else if (e === 31) v = m === 0 ? Infinity : NaN;
  else v = (1024 + m) * 2 ** (e - 25);
  if ((h & 0x8000) === 0) return v;
  if (v !== v) { F64W[1] = 0xfff80000; F64W[0] = 0; return F64[0]; }
  return -v;
}

/** float32 bits of x, keeping a NaN's sign and payload top bits as a C cast does. */
function floatBits(x: number): number {
  if (x !== x) {
    F64[0] = x;
    const hi = F64W[1], lo = F64W[0];
    return ((hi & 0x80000000) | 0x7fc00000 | ((hi & 0x7ffff) << 3) | (lo >>> 29)) >>> 0;
  }
  F32[0] = x;
  return F32W[0];
}

function floatFromBits(b: number): number {
  if ((b & 0x7f800000) === 0x7f800000 && (b & 0x7fffff) !== 0) {
    F64W[1] = (b & 0x80000000) | 0x7ff80000 | ((b & 0x7ffff) >>> 3);
    F64W[0] = (b & 7) << 29;
    return F64[0];
  }
  F32W[0] = b;
  return F32[0];
}

/** Packs value v for `code` at p (one value). 0 / -1 with an error set. */
function packOne(lay: Layout, code: number, size: number, p: number, v: Borrowed): number {
  const little = lay.little;
  switch (code) {
    case 99: { // c
      if (!isBytes(v) || bytesSize(v) !== 1) return structErr('char format requires a bytes object of length 1');
      u8[p] = u8[v + BYTES_DATA];
      return 0;
    }
    case 63: { // ?
      const t = objectIsTrue(v);
      if (t < 0) return -1;
      u8[p] = t;
      return 0;
    }
    case 101: case 102: case 100: { // e f d
      const x = floatAsDoubleAny(v);
      if (x === -1 && errOccurred() !== NULL) return structErr('required argument is not a float');
      if (code === 101) {
        const h = halfBits(x);
        if (h < 0) { errSetString(OverflowError, 'float too large to pack with e format'); return -1; }
        writeInt(p, 2, little, h);
      } else if (code === 102) {
        const b = floatBits(x);
        if (!lay.native && (b & 0x7fffffff) === 0x7f800000 && Math.abs(x) !== Infinity) {
          errSetString(OverflowError, 'float too large to pack with f format');
          return -1;
        }
        writeInt(p, 4, little, b);
      } else dv.setFloat64(p, x, little);
      return 0;
    }
    default: {
      const n = getInteger(v);
      if (n === null) return -1;
      const ch = String.fromCharCode(code);
      if (ch === 'P') {
        if (n < -(2 ** 63) || n > 18446744073709551615n) return structErr('int too large to convert');
      } else {
        const bits = BigInt(8 * size);
        const signed = ch === 'b' || ch === 'h' || ch === 'i' || ch === 'l' || ch === 'q' || ch === 'n';
        const lo = signed ? -(1n << (bits - 1n)) : 0n;
        const hi = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
        if (typeof n === 'number' ? (n < Number(lo) || n > Number(hi)) : (n < lo || n > hi)) return rangeError(code, lo, hi);
      }
      writeInt(p, size, little, n);
      return 0;
    }
  }
}

/** Packs `args` (n values at args, a vectorcall array) into memory at base. 0 / -1. */
function packInto(lay: Layout, base: number, args: number, n: number): number {
  u8.fill(0, base, base + lay.size);
  let a = 0;
  for (const it of lay.items) {
    const code = it.code;
    if (code === 115 || code === 112) { // s p
      const v = argAt(args, a++);
      let src: number, len: number;
      if (isBytes(v)) { src = v + BYTES_DATA; len = bytesSize(v); }
      else if (isByteArray(v)) { src = bytearrayData(v); len = bytearraySize(v); }
      else return structErr(`argument for '${String.fromCharCode(code)}' must be a bytes object`);
      const p = base + it.offset;
      if (code === 115) {
        u8.copyWithin(p, src, src + Math.min(len, it.count));
      } else if (it.count > 0) {
        const k = Math.min(len, it.count - 1);
        u8.copyWithin(p + 1, src, src + k);
        u8[p] = Math.min(k, 255);
      }
      continue;
    }
    for (let k = 0; k < it.count; k++) {
      if (packOne(lay, code, it.size, base + it.offset + k * it.size, argAt(args, a++)) < 0) return -1;
    }
  }
  void n;
  return 0;
}

function packToBytes(lay: Layout, args: number, n: number): Owned | Null {
  if (n !== lay.len) return errSetString(structError, `pack expected ${lay.len} items for packing (got ${n})`);
  const b = bytesNew(lay.size);
  if (b === NULL) return NULL;
  if (lay.size === 0) return b;
  if (packInto(lay, b + BYTES_DATA, args, n) < 0) { decref(b); return NULL; }
  return bytesFinish(b);
}

// --- unpacking ---

function readUint(p: number, size: number, little: boolean): number | bigint {
  if (size <= 4) {
    let v = 0;
    for (let k = size - 1; k >= 0; k--) v = v * 256 + u8[little ? p + k : p + size - 1 - k];
    return v;
  }
  const lo = dv.getUint32(little ? p : p + 4, little), hi = dv.getUint32(little ? p + 4 : p, little);
  if (hi < 0x200000) return hi * 4294967296 + lo;
  return (BigInt(hi) << 32n) | BigInt(lo);
}

function unpackOne(lay: Layout, code: number, size: number, p: number): Owned | Null {
  const little = lay.little;
  switch (code) {
    case 99: return bytesFromUint8Array(u8, p, p + 1);
    case 63: return newRef(u8[p] !== 0 ? Py_True : Py_False);
    case 101: return floatNew(halfValue(Number(readUint(p, 2, little))));
    case 102: return floatNew(floatFromBits(Number(readUint(p, 4, little))));
    case 100: return floatNew(dv.getFloat64(p, little));
    default: {
      const u = readUint(p, size, little);
      const signed = code === 98 || code === 104 || code === 105 || code === 108 || code === 113 || code === 110;
      if (typeof u === 'number') {
        const half = 2 ** (8 * size - 1);
        return intFromNumber(signed && u >= half ? u - 2 * half : u);
      }
      return intFromBigInt(signed ? BigInt.asIntN(8 * size, u) : u);
    }
  }
}

/** The tuple of values packed at base (lay.size bytes). */
function unpackAt(lay: Layout, base: number): Owned | Null {
  const t = tupleNew(lay.len);
  if (t === NULL) return NULL;
  let a = 0;
  for (const it of lay.items) {
    const code = it.code;
    const p = base + it.offset;
    let v: Owned | Null;
    if (code === 115) v = bytesFromUint8Array(u8, p, p + it.count);
    else if (code === 112) {
      if (it.count === 0) { decref(t); return errSetString(SystemError, 'Negative size passed to PyBytes_FromStringAndSize'); }
      const k = Math.min(u8[p], it.count - 1);
      v = bytesFromUint8Array(u8, p + 1, p + 1 + k);
    } else {
      for (let k = 0; k < it.count; k++) {
        const x = unpackOne(lay, code, it.size, p + k * it.size);
        if (x === NULL) { decref(t); return NULL; }
        tupleSetItemSteal(t, a++, x);
      }
      continue;
    }
    if (v === NULL) { decref(t); return NULL; }
    tupleSetItemSteal(t, a++, v);
  }
  return t;
}

function unpackBuffer(lay: Layout, buf: Borrowed): Owned | Null {
  if (!bufferGet(buf, true)) return NULL;
  if (BUF.len !== lay.size) return errSetString(structError, `unpack requires a buffer of ${lay.size} bytes`);
  return unpackAt(lay, BUF.ptr);
}

function unpackFrom(lay: Layout, buf: Borrowed, offArg: Borrowed | Null): Owned | Null {
  let off = 0;
  if (offArg !== NULL) {
    off = numberAsSsize(offArg, OverflowError);
    if (off === -1 && errOccurred() !== NULL) return NULL;
  }
  if (!bufferGet(buf, true)) return NULL;
  const len = BUF.len, ptr = BUF.ptr;
  if (off < 0) {
    if (off + len < 0) return errSetString(structError, `offset ${off} out of range for ${len}-byte buffer`);
    if (off + lay.size > 0) return errSetString(structError, `not enough data to unpack ${lay.size} bytes at offset ${off}`);
    off += len;
  }
  if (len - off < lay.size) {
    return errSetString(structError,
      `unpack_from requires a buffer of at least ${lay.size + off} bytes for unpacking ${lay.size} bytes at offset ${off} (actual buffer size is ${len})`);
  }
  return unpackAt(lay, ptr + off);
}

function packIntoBuffer(lay: Layout, buf: Borrowed, offArg: Borrowed, args: number, n: number): Owned | Null {
  if (n !== lay.len) return errSetString(structError, `pack_into expected ${lay.len} items for packing (got ${n})`);
  if (!bufferGet(buf, false) || BUF.readonly) {
    if (errOccurred() === NULL) errSetString(TypeError, `argument must be read-write bytes-like object, not ${typeNameOf(buf)}`);
    return NULL;
  }
  const ptr = BUF.ptr, len = BUF.len;
  let off = numberAsSsize(offArg, OverflowError);
  if (off === -1 && errOccurred() !== NULL) return NULL;
  if (off < 0) {
    if (off + len < 0) return errSetString(structError, `offset ${off} out of range for ${len}-byte buffer`);
    if (off + lay.size > 0) return errSetString(structError, `no space to pack ${lay.size} bytes at offset ${off}`);
    off += len;
  }
  if (len - off < lay.size) {
    return errSetString(structError,
      `pack_into requires a buffer of at least ${lay.size + off} bytes for packing ${lay.size} bytes at offset ${off} (actual buffer size is ${len})`);
  }
  // Pack into a scratch bytes first so that a failure leaves the buffer as it was? CPython writes in
  // place and stops at the first bad value; so do we.
  if (packInto(lay, ptr + off, args, n) < 0) return NULL;
  return noneNew();
}

// --- unpack_iterator ---

const iterLayouts = new Map<number, Layout>();

function iterNew(lay: Layout, buf: Borrowed): Owned | Null {
  if (lay.size === 0) return errSetString(structError, 'cannot iteratively unpack with a struct of length 0');
  if (!bufferGet(buf, true)) return NULL;
  if (BUF.len % lay.size !== 0) {
    return errSetString(structError, `iterative unpacking requires a buffer of a multiple of ${lay.size} bytes`);
  }
  const o = typeGenericAlloc(iterType, 0);
  if (o === NULL) return NULL;
  i32[(o + IT_BUF) >> 2] = newRef(buf);
  i32[(o + IT_OFF) >> 2] = 0;
  i32[(o + IT_END) >> 2] = BUF.len;
  iterLayouts.set(o, lay);
  gcTrack(o);
  return o;
}

function iterDealloc(o: Owned): void {
  if (i32[(o + GC_NEXT) >> 2] !== 0) gcUntrack(o);
  iterLayouts.delete(o);
  xdecref(i32[(o + IT_BUF) >> 2] as Owned);
  objectGCFree(o);
}

/** Both heap types' traverse: the type, then the object held at `field` (if any). */
function traverseWith(field: number): (o: Borrowed, visit: VisitProc, arg: unknown) => number {
  return (o, visit, arg) => {
    const r = visit(typeOf(o), arg);
    if (r !== 0) return r;
    const v = field === 0 ? 0 : i32[(o + field) >> 2];
    return v !== 0 ? visit(v as Borrowed, arg) : 0;
  };
}

function iterNext(o: Borrowed): Owned | Null {
  const lay = iterLayouts.get(o);
  const b = i32[(o + IT_BUF) >> 2] as Borrowed;
  if (lay === undefined || b === 0) return NULL;
  const off = i32[(o + IT_OFF) >> 2];
  if (off + lay.size > i32[(o + IT_END) >> 2]) {
    i32[(o + IT_BUF) >> 2] = 0;
    decref(b as Owned);
    return NULL;
  }
  if (!bufferGet(b, true)) return NULL;
  if (off + lay.size > BUF.len) return NULL;
  i32[(o + IT_OFF) >> 2] = off + lay.size;
  return unpackAt(lay, BUF.ptr + off);
}

const iter_length_hint: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNoKwnames('__length_hint__', kwnames)) return NULL;
  if (nargs !== 0) return errSetString(TypeError, `unpack_iterator.__length_hint__() takes no arguments (${nargs} given)`);
  const o = self as Borrowed;
  const lay = iterLayouts.get(o);
  if (lay === undefined || i32[(o + IT_BUF) >> 2] === 0) return intFromNumber(0);
  return intFromNumber((i32[(o + IT_END) >> 2] - i32[(o + IT_OFF) >> 2]) / lay.size);
};

// --- Struct objects ---

const structLayouts = new Map<number, Layout>();

function structNew(type: Borrowed, _args: number, _nargs: number, _kwnames: Borrowed | Null): Owned | Null {
  const o = typeGenericAlloc(type, 0);
  if (o === NULL) return NULL;
  i32[(o + S_SIZE) >> 2] = -1;
  gcTrack(o);
  return o;
}

function structInit(self: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): number {
  if (!parseArgs('Struct', args, nargs, kwnames, ['format'], 1)) return -1;
  const fmt = PARSED[0] as Borrowed;
  const t = formatText(fmt);
  if (t === null) return -1;
  const lay = parseFormat(t);
  if (lay === null) return -1;
  const text = strFromJS(t);
  if (text === NULL) return -1;
  const old = i32[(self + S_FORMAT) >> 2];
  i32[(self + S_FORMAT) >> 2] = text;
  if (old !== 0) decref(old as Borrowed);
  i32[(self + S_SIZE) >> 2] = lay.size;
  structLayouts.set(self, lay);
  return 0;
}

function structDealloc(o: Owned): void {
  if (i32[(o + GC_NEXT) >> 2] !== 0) gcUntrack(o);
  structLayouts.delete(o);
  xdecref(i32[(o + S_FORMAT) >> 2] as Borrowed | Null);
  objectGCFree(o);
}

function layoutOf(self: Borrowed): Layout | null {
  const lay = structLayouts.get(self);
  if (lay === undefined) { errSetString(TypeError, 'Struct object is not initialized'); return null; }
  return lay;
}

const struct_pack: Fn = (self, args, nargs, kwnames) => {
  if (!argsNoKwnames('Struct.pack', kwnames)) return NULL;
  const lay = layoutOf(self as Borrowed);
  if (lay === null) return NULL;
  return packToBytes(lay, args, nargs);
};

const struct_pack_into: Fn = (self, args, nargs, kwnames) => {
  if (!argsNoKwnames('Struct.pack_into', kwnames)) return NULL;
  const lay = layoutOf(self as Borrowed);
  if (lay === null) return NULL;
  if (nargs < 1) return errSetString(structError, 'pack_into expected buffer argument');
  if (nargs < 2) return errSetString(structError, 'pack_into expected offset argument');
  return packIntoBuffer(lay, argAt(args, 0), argAt(args, 1), args + 8, nargs - 2);
};

const struct_unpack: Fn = (self, args, nargs, kwnames) => {
  if (!argsNoKwnames('Struct.unpack', kwnames)) return NULL;
  if (nargs !== 1) return errSetString(TypeError, `Struct.unpack() takes exactly one argument (${nargs} given)`);
  const lay = layoutOf(self as Borrowed);
  if (lay === null) return NULL;
  return unpackBuffer(lay, argAt(args, 0));
};

const struct_unpack_from: Fn = (self, args, nargs, kwnames) => {
  if (!parseArgs('unpack_from', args, nargs, kwnames, ['buffer', 'offset'], 1)) return NULL;
  const buf = PARSED[0] as Borrowed, off = PARSED[1] as Borrowed | Null;
  const lay = layoutOf(self as Borrowed);
  if (lay === null) return NULL;
  return unpackFrom(lay, buf, off);
};

const struct_iter_unpack: Fn = (self, args, nargs, kwnames) => {
  if (!argsNoKwnames('Struct.iter_unpack', kwnames)) return NULL;
  if (nargs !== 1) return errSetString(TypeError, `Struct.iter_unpack() takes exactly one argument (${nargs} given)`);
  const lay = layoutOf(self as Borrowed);
  if (lay === null) return NULL;
  return iterNew(lay, argAt(args, 0));
};

const struct_sizeof: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNoKwnames('__sizeof__', kwnames)) return NULL;
  if (nargs !== 0) return errSetString(TypeError, `Struct.__sizeof__() takes no arguments (${nargs} given)`);
  const lay = structLayouts.get(self as Borrowed);
  // sizeof(PyStructObject) plus one formatcode per code and a terminator, as CPython counts them
  return intFromNumber(cpythonBasicSize(typeOf(self as Borrowed)) + 32 * ((lay === undefined ? 0 : lay.items.length) + 1));
};

const formatGetSet: GetSetDef = {
  name: 'format',
  get: (o) => {
    const f = i32[(o + S_FORMAT) >> 2] as Borrowed;
    return f === 0 ? noneNew() : newRef(f);
  },
  doc: 'struct format string',
};
const sizeGetSet: GetSetDef = {
  name: 'size',
  get: (o) => intFromNumber(i32[(o + S_SIZE) >> 2]),
  doc: 'struct size in bytes',
};

// --- module functions ---

const mod_pack: Fn = (_self, args, nargs, kwnames) => {
  if (!argsNoKwnames('_struct.pack', kwnames)) return NULL;
  if (nargs < 1) return errSetString(TypeError, 'missing format argument');
  const lay = cachedLayout(argAt(args, 0));
  if (lay === null) return NULL;
  return packToBytes(lay, args + 4, nargs - 1);
};

const mod_pack_into: Fn = (_self, args, nargs, kwnames) => {
  if (!argsNoKwnames('_struct.pack_into', kwnames)) return NULL;
  if (nargs < 1) return errSetString(TypeError, 'missing format argument');
  const lay = cachedLayout(argAt(args, 0));
  if (lay === null) return NULL;
  if (nargs < 2) return errSetString(structError, 'pack_into expected buffer argument');
  if (nargs < 3) return errSetString(structError, 'pack_into expected offset argument');
  return packIntoBuffer(lay, argAt(args, 1), argAt(args, 2), args + 12, nargs - 3);
};

const mod_unpack: Fn = (_self, args, nargs, kwnames) => {
  if (!argsNoKwnames('unpack', kwnames)) return NULL;
  if (!argsCheckPositional('unpack', nargs, 2, 2)) return NULL;
  const lay = cachedLayout(argAt(args, 0));
  if (lay === null) return NULL;
  return unpackBuffer(lay, argAt(args, 1));
};

const mod_unpack_from: Fn = (_self, args, nargs, kwnames) => {
  if (!parseArgs('unpack_from', args, nargs, kwnames, ['format', 'buffer', 'offset'], 2, 3, 1)) return NULL;
  const fmt = PARSED[0] as Borrowed, buf = PARSED[1] as Borrowed, off = PARSED[2] as Borrowed | Null;
  const lay = cachedLayout(fmt);
  if (lay === null) return NULL;
  return unpackFrom(lay, buf, off);
};

const mod_iter_unpack: Fn = (_self, args, nargs, kwnames) => {
  if (!argsNoKwnames('_struct.iter_unpack', kwnames)) return NULL;
  if (!argsCheckPositional('iter_unpack', nargs, 2, 2)) return NULL;
  const lay = cachedLayout(argAt(args, 0));
  if (lay === null) return NULL;
  return iterNew(lay, argAt(args, 1));
};

const mod_calcsize: Fn = (_self, args, nargs, kwnames) => {
  if (!argsNoKwnames('_struct.calcsize', kwnames)) return NULL;
  if (nargs !== 1) return errSetString(TypeError, `_struct.calcsize() takes exactly one argument (${nargs} given)`);
  const lay = cachedLayout(argAt(args, 0));
  if (lay === null) return NULL;
  return intFromNumber(lay.size);
};

const mod_clearcache: Fn = (_self, _args, nargs, kwnames) => {
  if (!argsNoKwnames('_clearcache', kwnames)) return NULL;
  if (nargs !== 0) return errSetString(TypeError, `_struct._clearcache() takes no arguments (${nargs} given)`);
  cache.clear();
  return noneNew();
};

const moduleDefs: MethodDef[] = [
  { name: '_clearcache', fn: mod_clearcache, doc: 'Clear the internal cache.' },
  { name: 'calcsize', fn: mod_calcsize, doc: 'Return size in bytes of the struct described by the format string.' },
  { name: 'iter_unpack', fn: mod_iter_unpack, doc: 'Return an iterator yielding tuples unpacked from the buffer.' },
  { name: 'pack', fn: mod_pack, doc: 'Return a bytes object containing the values packed according to the format.' },
  { name: 'pack_into', fn: mod_pack_into, doc: 'Pack the values according to the format into a writable buffer at offset.' },
  { name: 'unpack', fn: mod_unpack, doc: 'Return a tuple containing values unpacked according to the format.' },
  { name: 'unpack_from', fn: mod_unpack_from, doc: 'Return a tuple unpacked from the buffer starting at offset.' },
];


/** Creates the _struct module. */
export function structModuleNew(): Owned | Null {
  return nativeModuleNew('_struct', moduleDefs, (m) => {
    const err = exceptionClassNew('struct', 'error', Exception);
    if (err === NULL) return -1;
    structError = err;
    if (moduleAddSteal(m, 'error', err) < 0) return -1;
    const st = typeNewFromSpec({
      name: '_struct.Struct',
      base: objectType,
      basicsize: STRUCT_SIZE,
      itemsize: 0,
      flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
      slots: { dealloc: structDealloc, traverse: traverseWith(0), new: structNew, init: structInit },
      methods: [
        { name: 'iter_unpack', fn: struct_iter_unpack },
        { name: 'pack', fn: struct_pack },
        { name: 'pack_into', fn: struct_pack_into },
        { name: 'unpack', fn: struct_unpack },
        { name: 'unpack_from', fn: struct_unpack_from },
        { name: '__sizeof__', fn: struct_sizeof },
      ],
      dict: (t) => [['format', getsetDescriptorNew(t, formatGetSet)], ['size', getsetDescriptorNew(t, sizeGetSet)]],
    });
    if (st === NULL) return -1;
    if (moduleAddSteal(m, 'Struct', st) < 0) return -1;
    const it = typeNewFromSpec({
      name: '_struct.unpack_iterator',
      base: objectType,
      basicsize: ITER_SIZE,
      itemsize: 0,
      flags: Py_TPFLAGS_HAVE_GC,
      slots: { dealloc: iterDealloc, traverse: traverseWith(IT_BUF), iter: selfIter, iternext: iterNext },
      methods: [{ name: '__length_hint__', fn: iter_length_hint }],
    });
    if (it === NULL) return -1;
    iterType = it;
    // CPython's module holds the iterator type in its state only, not in its dict; ours keeps it
    // under a private name so that the module owns it.
    return moduleAddSteal(m, '_unpack_iterator', it);
  }, 'Functions to convert between Python values and C structs.');
}

