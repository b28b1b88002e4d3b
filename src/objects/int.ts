// The int type: arbitrary-precision integers stored as CPython stores them, and the small-int cache.
// Mirrors Objects/longobject.c (PyLongObject with 30-bit digits, long_add ... long_pow, long_true_divide,
// PyLong_FromString, long_to_decimal_string, long_hash, int.to_bytes/from_bytes).
// Invariants: digits are normalized (the top digit is never 0; zero has ob_size 0); the 262 ints -5..256
// are static immortals in one contiguous block, so smallInt(v) is one add; every result is an exact int.
//
//   +0 ob_refcnt  +4 ob_type  +8 ob_size (i32)  +12 digit[0]  +16 digit[1] ...  (u32 words, 30 bits used)
//
//   |ob_size| is the number of digits, its sign the sign of the value (0 for zero); digit[0] is the least
//   significant. Zero still owns one digit word (0), so every int is at least 16 bytes and a 1-digit value
//   is `ob_size * digit[0]` without a branch. sys.getsizeof differs from CPython 3.12 on 64-bit, whose
//   header is 24 bytes (getsizeof(0) == getsizeof(1) == 28, getsizeof(2**30) == 32): ours is
//   12 + 4 * max(1, ndigits) (16, 16, 20).
//
// Arithmetic on values below 2**53 runs on JS numbers (exactness is checked before a double is trusted);
// add, sub, mul (up to 4096 digit pairs) and division by a one-digit int loop over the digits in place;
// the rest (long division, big products, pow, shifts, bitwise ops, str) goes through BigInt for now
// (TODO: digit loops there too, to stop allocating JS objects on big-number math).

import { i32, u32, u8 } from '../heap/views.ts';
import { alloc, blockSize, freelistPop, freelistPush } from '../heap/alloc.ts';

/** The heap free lists of ints in 16- and 24-byte blocks (one digit; two or three), and those sizes. */
const FREELIST_INT = 1, FREELIST_INT2 = 2;
const INT_BLOCK1 = 16, INT_BLOCK2 = 24;
import { OB_TYPE, OB_SIZE } from '../heap/header.ts';
import { incref, decref } from '../heap/refcount.ts';
import { refcntInitStatic } from '../heap/immortal.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { hashIntNumber, hashIntDigits } from '../support/numhash.ts';
import { strRepr, bytesRepr as bytesReprOf } from '../support/str-repr.ts';
import {
  typeNewStatic, typeHasFeature, typeNameOf, Py_TPFLAGS_LONG_SUBCLASS, Py_TPFLAGS_BASETYPE,
} from './type.ts';
import { objectNew, objectFree, notImplemented, richCompareResult } from './object.ts';
import { errSetString, errNoMemory, errOccurred } from './errors.ts';
import { TypeError, ValueError, OverflowError, ZeroDivisionError } from './exceptions.ts';
import { strFromJS } from './str.ts';
import { bytesFromUint8Array } from './bytes.ts';
import { bufferGet, BUF } from './memoryview.ts';
import { tupleNew, tupleSetItemSteal } from './tuple.ts';
import { Py_None } from './none.ts';
import { floatNew, floatPow, floatLdexp } from './float.ts';

/** Bits per digit (PyLong_SHIFT). */
export const PyLong_SHIFT = 30;
const BASE = 0x40000000;
const MASK = 0x3fffffff;
/** Offset of digit[0] (offsetof(PyLongObject, ob_digit)); also the type's basicsize. */
export const INT_DIGITS = 12;
/** The small-int cache covers -NSMALLNEGINTS .. NSMALLPOSINTS - 1, as _PY_NSMALLNEGINTS/_PY_NSMALLPOSINTS. */
export const NSMALLNEGINTS = 5;
export const NSMALLPOSINTS = 257;
const SMALL_CELL = 16;
/** CPython 3.12's default sys.int_info.default_max_str_digits. */
export const INT_MAX_STR_DIGITS_DEFAULT = 4300;
/** sys.int_info.str_digits_check_threshold: the smallest limit sys.set_int_max_str_digits accepts. */
export const INT_MAX_STR_DIGITS_THRESHOLD = 640;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MAX_SAFE_BIG = BigInt(MAX_SAFE);
/**
 * Largest int we build, in bits: V8's BigInt limit (2**30 bits, 128 MiB). Asking for more is a
 * MemoryError, as CPython's would be for `1 << 2**62`.
 */
const MAX_BITS = 2 ** 30;
/** 2**i for i < 64: a variable `2 ** y` is a call to Math.pow in V8, a table load is not. */
export const POW2 = new Float64Array(64).map((_, i) => 2 ** i);

export let intType = 0 as Borrowed;
/** Address of the cell of -5; the cell of v is at smallBase + (v + 5) * 16. */
let smallBase = 0;
let maxStrDigits = INT_MAX_STR_DIGITS_DEFAULT;

/** Creates the int type and the static immortal small ints -5..256. */
export function intInitStatic(): void {
  intType = typeNewStatic({
    name: 'int',
    basicsize: INT_DIGITS,
    itemsize: 4,
    flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_LONG_SUBCLASS,
    slots: {
      dealloc: intDealloc, repr: intRepr, hash: intHash, richcompare: intRichCompare, bool: intBool,
      add: intAdd, sub: intSub, mul: intMul, mod: intMod, divmod: intDivmod, pow: intPow,
      neg: intNeg, pos: intPos, abs: intAbs, invert: intInvert, lshift: intLshift, rshift: intRshift,
      and: intAnd, xor: intXor, or: intOr, int: intInt, float: intFloat, floordiv: intFloorDiv,
      truediv: intTrueDiv, index: intInt,
    },
  });
  const n = NSMALLNEGINTS + NSMALLPOSINTS;
  const block = alloc(n * SMALL_CELL);
  if (block === 0) throw new Error('static region: out of memory creating the small ints');
  smallBase = block;
  for (let i = 0; i < n; i++) {
    const o = block + i * SMALL_CELL;
    const v = i - NSMALLNEGINTS;
    refcntInitStatic(o);
    i32[(o + OB_TYPE) >> 2] = intType;
    i32[(o + OB_SIZE) >> 2] = v < 0 ? -1 : v > 0 ? 1 : 0;
    u32[(o + INT_DIGITS) >> 2] = v < 0 ? -v : v;
  }
  maxStrDigits = INT_MAX_STR_DIGITS_DEFAULT;
}

function intDealloc(o: Owned): void {
  if (o - smallBase >>> 0 < (NSMALLNEGINTS + NSMALLPOSINTS) * SMALL_CELL) {
    throw new Error(`dealloc of small int ${o}: reference count went to zero`);
  }
  // Ints in the two smallest blocks (one digit; two or three) go on free lists (CPython 3.12 has none
  // for ints; the block is reused the same way pymalloc would reuse it, minus the trip through the
  // pools). The block size decides the list, whatever the digit count is now (normalized down or not).
  const bs = blockSize(o);
  if (i32[(o + OB_TYPE) >> 2] !== intType
    || !(bs === INT_BLOCK1 ? freelistPush(FREELIST_INT, o) : bs === INT_BLOCK2 && freelistPush(FREELIST_INT2, o))) objectFree(o);
}

/** The cached int for -5 <= v <= 256 (borrowed; the cells are immortal, or counted with immortality off). */
export function smallInt(v: number): Borrowed {
  return (smallBase + (v + NSMALLNEGINTS) * SMALL_CELL) as Borrowed;
}

/** PyLong_Check: an int, a bool, or an instance of an int subclass. */
export function isInt(o: Borrowed): boolean {
  return typeHasFeature(o, Py_TPFLAGS_LONG_SUBCLASS);
}

/** PyLong_CheckExact. */
export function isIntExact(o: Borrowed): boolean {
  return i32[(o + OB_TYPE) >> 2] === intType;
}

/** sys.get_int_max_str_digits(). */
export function intMaxStrDigits(): number {
  return maxStrDigits;
}

/** sys.set_int_max_str_digits(n) after its argument check (0 = no limit, else >= 640). */
export function intMaxStrDigitsSet(n: number): void {
  maxStrDigits = n;
}

// ------------------------------------------------------------------------------------------ construction

/** A new int with room for n digits (ob_size and digits to be written by the caller). */
function allocDigits(n: number): Owned | Null {
  if (n <= 3) {
    const o = freelistPop(n <= 1 ? FREELIST_INT : FREELIST_INT2) as Owned;
    if (o !== 0) {
      i32[o >> 2] = 1; // the block kept its type word and its reference to the type
      return o;
    }
  } else if (n > MAX_BITS / PyLong_SHIFT) return errNoMemory();
  return objectNew(intType, INT_DIGITS + 4 * (n > 0 ? n : 1));
}

/**
 * PyLong_FromLong for any integral JS number (a safe integer, or any integral double: its exact value).
 * Small values return the cached immortal (with a new reference).
 */
export function intFromNumber(n: number): Owned | Null {
  if (n >= -NSMALLNEGINTS && n < NSMALLPOSINTS && (n | 0) === n) {
    const o = smallBase + (n + NSMALLNEGINTS) * SMALL_CELL;
    incref(o as Borrowed);
    return o as Owned;
  }
  let a = n < 0 ? -n : n;
  if (a < BASE) {
    if ((a | 0) !== a) throw new Error(`intFromNumber: ${n} is not an integer`);
    const o = allocDigits(1);
    if (o === NULL) return NULL;
    i32[(o + OB_SIZE) >> 2] = n < 0 ? -1 : 1;
    u32[(o + INT_DIGITS) >> 2] = a;
    return o;
  }
  if (a < BASE * BASE) {
    // two digits (every safe integer past 2**30): one exact division by a power of two
    if (!Number.isInteger(a)) throw new Error(`intFromNumber: ${n} is not an integer`);
    const hi = Math.floor(a / BASE);
    const o = allocDigits(2);
    if (o === NULL) return NULL;
    i32[(o + OB_SIZE) >> 2] = n < 0 ? -2 : 2;
    u32[(o + INT_DIGITS) >> 2] = a - hi * BASE;
    u32[(o + INT_DIGITS + 4) >> 2] = hi;
    return o;
  }
  if (!Number.isInteger(a)) throw new Error(`intFromNumber: ${n} is not an integer`);
  let nd = 0;
  for (let t = a; t >= 1; t = Math.floor(t / BASE)) nd++;
  const o = allocDigits(nd);
  if (o === NULL) return NULL;
  const k = (o + INT_DIGITS) >> 2;
  for (let i = 0; i < nd; i++) {
    // the division by a power of two and its floor are exact for integral doubles (no fmod)
    const hi = Math.floor(a / BASE);
    u32[k + i] = a - hi * BASE;
    a = hi;
  }
  i32[(o + OB_SIZE) >> 2] = n < 0 ? -nd : nd;
  return o;
}

/** PyLong_FromDouble: int(x) for a float, truncating; errors for inf and nan as CPython words them. */
export function intFromDouble(x: number): Owned | Null {
  if (x !== x) return errSetString(ValueError, 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) return errSetString(OverflowError, 'cannot convert float infinity to integer');
  return intFromNumber(Math.trunc(x));
}

function hexValue(c: number): number {
  return c <= 57 ? c - 48 : c - 87; // '0'..'9', 'a'..'f' (BigInt.toString(16) is lower case)
}

/** An int from a JS bigint. */
export function intFromBigInt(b: bigint): Owned | Null {
  if (b >= -MAX_SAFE_BIG && b <= MAX_SAFE_BIG) return intFromNumber(Number(b));
  const neg = b < 0n;
  const hex = (neg ? -b : b).toString(16);
  const nbits = 4 * (hex.length - 1) + (32 - Math.clz32(hexValue(hex.charCodeAt(0))));
  const nd = Math.ceil(nbits / PyLong_SHIFT);
  const o = allocDigits(nd);
  if (o === NULL) return NULL;
  const k = (o + INT_DIGITS) >> 2;
  let acc = 0, accBits = 0, di = 0;
  for (let j = hex.length - 1; j >= 0; j--) {
    const nib = hexValue(hex.charCodeAt(j));
    acc |= nib << accBits;
    accBits += 4;
    if (accBits >= PyLong_SHIFT) {
      u32[k + di++] = acc & MASK;
      accBits -= PyLong_SHIFT;
      acc = nib >>> (4 - accBits);
    }
  }
  if (di < nd) u32[k + di] = acc;
  i32[(o + OB_SIZE) >> 2] = neg ? -nd : nd;
  return o;
}

const HEX_CODES = new Uint8Array([48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102]);
const latin1Decoder = new TextDecoder('latin1');
let hexScratch = new Uint8Array(256);

/** The value of an int (or bool) as a JS bigint. */
export function intToBigInt(o: Borrowed): bigint {
  const size = i32[(o + OB_SIZE) >> 2];
  const k = (o + INT_DIGITS) >> 2;
  const n = size < 0 ? -size : size;
  if (n <= 1) return BigInt(size * u32[k]);
  let r: bigint;
  if (n === 2) {
    r = (BigInt(u32[k + 1]) << 30n) | BigInt(u32[k]);
  } else {
    // Hex text, 15 nibbles per pair of digits from the top (linear, where shifting a bigint per digit is
    // quadratic), decoded natively.
    const pairs = (n + 1) >> 1;
    const len = 2 + 15 * pairs;
    if (hexScratch.length < len) hexScratch = new Uint8Array(Math.max(len, hexScratch.length * 2));
    const h = hexScratch;
    h[0] = 48; h[1] = 120; // '0x'
    let p = 2;
    for (let i = 2 * pairs - 1; i > 0; i -= 2) {
      const d1 = i < n ? u32[k + i] : 0, d0 = u32[k + i - 1];
      const top = d1 >>> 2; // 28 bits: 7 nibbles
      for (let sh = 24; sh >= 0; sh -= 4) h[p++] = HEX_CODES[(top >>> sh) & 15];
      const low = ((d1 & 3) << 30) | d0; // 32 bits: 8 nibbles
      for (let sh = 28; sh >= 0; sh -= 4) h[p++] = HEX_CODES[(low >>> sh) & 15];
    }
    r = BigInt(latin1Decoder.decode(h.subarray(0, p)));
  }
  return size < 0 ? -r : r;
}

/** The value as an exact JS number when |value| < 2**53, else NaN. */
export function intSafeValue(o: Borrowed): number {
  const size = i32[(o + OB_SIZE) >> 2];
  const k = (o + INT_DIGITS) >> 2;
  if (size <= 1 && size >= -1) return size * u32[k];
  if (size === 2 || size === -2) {
    const hi = u32[k + 1];
    if (hi < 0x800000) return size > 0 ? hi * BASE + u32[k] : -(hi * BASE + u32[k]);
  }
  return NaN;
}

/** -1, 0 or 1: the sign of an int (_PyLong_Sign). */
export function intSign(o: Borrowed): number {
  const size = i32[(o + OB_SIZE) >> 2];
  return size < 0 ? -1 : size > 0 ? 1 : 0;
}

/** Number of 30-bit digits of |o|. */
export function intDigitCount(o: Borrowed): number {
  const size = i32[(o + OB_SIZE) >> 2];
  return size < 0 ? -size : size;
}

/** Bits in |o| (0 for zero), as a JS number. */
export function intBitLengthNumber(o: Borrowed): number {
  const size = i32[(o + OB_SIZE) >> 2];
  const n = size < 0 ? -size : size;
  if (n === 0) return 0;
  return (n - 1) * PyLong_SHIFT + (32 - Math.clz32(u32[((o + INT_DIGITS) >> 2) + n - 1]));
}

/**
 * PyLong_AsLong over the safe-integer range: the exact value, or -1 with OverflowError when
 * |o| > 2**53 - 1; TypeError for non-ints (there is no __index__ yet).
 */
export function intAsNumber(o: Borrowed): number {
  if (!isInt(o)) {
    errSetString(TypeError, `'${typeNameOf(o)}' object cannot be interpreted as an integer`);
    return -1;
  }
  const v = intSafeValue(o);
  if (v !== v) {
    errSetString(OverflowError, 'Python int too large to convert to C long');
    return -1;
  }
  return v;
}

/** _PyLong_AsInt: an int within a C int, else -1 with OverflowError ("... to C int") or TypeError set. */
export function intAsCInt(o: Borrowed): number {
  if (!isInt(o)) return intAsNumber(o);
  const v = intSafeValue(o);
  if (v <= 0x7fffffff && v >= -0x80000000) return v;
  errSetString(OverflowError, 'Python int too large to convert to C int');
  return -1;
}

/** The nearest double to an int (round-half-even), or NaN with OverflowError set when it is too large. */
export function intToDouble(o: Borrowed): number {
  const v = intSafeValue(o);
  if (v === v) return v;
  if (intBitLengthNumber(o) <= 1024) {
    // Number(bigint) rounds to nearest, ties to even (ECMA-262 NumberValue of a mathematical value).
    const d = Number(intToBigInt(o));
    if (d !== Infinity && d !== -Infinity) return d;
  }
  errSetString(OverflowError, 'int too large to convert to float');
  return NaN;
}

/** PyLong_AsDouble: -1 with OverflowError set when too large. */
export function intAsDouble(o: Borrowed): number {
  const d = intToDouble(o);
  return d === d ? d : -1;
}

// ------------------------------------------------------------------------------------------ text

/**
 * First code point (digit zero) of each run of ten Unicode decimal digits beyond ASCII, from unicodedata
 * 15.0 (CPython 3.12); tests/unit/objects/int.test.ts checks it against the recorded golden list.
 */
export const UNICODE_DECIMAL_ZEROS: readonly number[] = [
  0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0,
  0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50,
  0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0,
  0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50,
  0x11d50, 0x11da0, 0x11f50, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6,
  0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950, 0x1fbf0,
];

/** Py_UNICODE_ISSPACE (str.isspace for one code point, unicodedata 15.0). */
export function unicodeIsSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** The decimal value (0..9) of a non-ASCII Unicode decimal digit, or -1. */
function unicodeDecimalValue(c: number): number {
  const z = UNICODE_DECIMAL_ZEROS;
  let lo = 0, hi = z.length - 1;
  if (c < z[0] || c > z[hi] + 9) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (z[mid] <= c) lo = mid; else hi = mid - 1;
  }
  const d = c - z[lo];
  return d <= 9 ? d : -1;
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode white space becomes ' ', Unicode decimal digits their
 * ASCII digit, any other non-ASCII character '?'. Returns s itself when it is ASCII.
 */
export function unicodeToAsciiDecimal(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) { ascii = false; break; }
  if (ascii) return s;
  let out = '';
  for (let i = 0; i < s.length;) {
    const c = s.codePointAt(i) as number;
    i += c > 0xffff ? 2 : 1;
    if (c < 0x80) out += String.fromCharCode(c);
    else if (unicodeIsSpace(c)) out += ' ';
    else {
      const d = unicodeDecimalValue(c);
      out += d >= 0 ? String.fromCharCode(48 + d) : '?';
    }
  }
  return out;
}

/** repr(s) cut to its first n code points, as the %.<n>R format does. */
export function reprTruncated(s: string, n: number): string {
  const r = strRepr(s);
  if (r.length <= n) return r;
  let i = 0;
  for (let cps = 0; cps < n && i < r.length; cps++) i += (r.codePointAt(i) as number) > 0xffff ? 2 : 1;
  return r.slice(0, i);
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

// `shown` is the repr used in the message when the text came from a buffer (b'...'), else the str's repr.
let shown: string | null = null;

function invalidLiteral(s: string, base: number): Null {
  const r = shown ?? reprTruncated(s, 200);
  return errSetString(ValueError, `invalid literal for int() with base ${base}: ${r}`);
}

/** int(b, base) for bytes, bytearray or a memoryview (bufferCheck(o) is true); errors show the bytes' repr. */
export function intFromBuffer(o: Borrowed, base: number): Owned | Null {
  if (!bufferGet(o, true)) return NULL;
  const u = u8.slice(BUF.ptr, BUF.ptr + BUF.len);
  let s = '';
  for (let i = 0; i < u.length; i++) s += String.fromCharCode(u[i]);
  shown = bytesReprOf(u, 0, Math.min(u.length, 200));
  const r = intFromString(s, base);
  shown = null;
  return r;
}

/**
 * int(s, base) for a str (PyLong_FromUnicodeObject): surrounding white space, a sign, a 0x/0o/0b prefix
 * (base 0 or the matching base), single underscores between digits, Unicode decimal digits; the
 * 4300-digit limit for bases that are not powers of two. https://docs.python.org/3/library/functions.html#int
 */
export function intFromString(s: string, base: number): Owned | Null {
  if ((base !== 0 && base < 2) || base > 36) {
    return errSetString(ValueError, 'int() base must be >= 2 and <= 36, or 0');
  }
  const t = unicodeToAsciiDecimal(s);
  const n = t.length;
  let p = 0;
  while (p < n && isAsciiSpace(t.charCodeAt(p))) p++;
  let neg = false;
  if (p < n && t.charCodeAt(p) === 43) p++;
  else if (p < n && t.charCodeAt(p) === 45) { neg = true; p++; }
  let b = base, zeroOnly = false;
  const c0 = p < n ? t.charCodeAt(p) : 0, c1 = p + 1 < n ? t.charCodeAt(p + 1) | 0x20 : 0;
  if (b === 0) {
    if (c0 !== 48) b = 10;
    else if (c1 === 120) b = 16;
    else if (c1 === 111) b = 8;
    else if (c1 === 98) b = 2;
    else { b = 10; zeroOnly = true; } // an old-style octal literal: only zeros are allowed
  }
  if (c0 === 48 && ((b === 16 && c1 === 120) || (b === 8 && c1 === 111) || (b === 2 && c1 === 98))) {
    p += 2;
    if (p < n && t.charCodeAt(p) === 95) p++; // one underscore may follow the prefix
  }
  const start = p;
  let ndigits = 0, prevUnderscore = true; // no underscore first
  for (; p < n; p++) {
    const c = t.charCodeAt(p);
    if (c === 95) {
      if (prevUnderscore) return invalidLiteral(s, base);
      prevUnderscore = true;
      continue;
    }
    if (digitValue(c) >= b) break;
    ndigits++;
    prevUnderscore = false;
  }
  if (ndigits === 0 || prevUnderscore) return invalidLiteral(s, base);
  const end = p;
  while (p < n && isAsciiSpace(t.charCodeAt(p))) p++;
  if (p !== n) return invalidLiteral(s, base);
  if ((b & (b - 1)) !== 0 && maxStrDigits > 0 && ndigits > maxStrDigits) {
    return errSetString(ValueError, `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: ` +
      `value has ${ndigits} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  let digits = t.slice(start, end);
  if (ndigits !== end - start) digits = digits.replaceAll('_', '');
  if (zeroOnly && !/^0+$/.test(digits)) return invalidLiteral(s, 0);
  if (ndigits <= 10 || (b === 10 && ndigits <= 15)) {
    const v = parseInt(digits, b);
    return intFromNumber(neg ? -v : v);
  }
  const v = parseBigDigits(digits, b);
  return intFromBigInt(neg ? -v : v);
}

/** The value of validated digit text in base b as a bigint. */
function parseBigDigits(digits: string, b: number): bigint {
  if (b === 10) return BigInt(digits);
  if (b === 16) return BigInt('0x' + digits);
  if (b === 8) return BigInt('0o' + digits);
  if (b === 2) return BigInt('0b' + digits);
  // Other bases: chunks of k digits with b**k < 2**53, combined with bigint multiply-adds.
  let k = 1;
  while (b ** (k + 1) < 2 ** 53) k++;
  const bk = BigInt(b ** k);
  let r = 0n;
  let i = digits.length % k;
  if (i > 0) r = BigInt(parseInt(digits.slice(0, i), b));
  for (; i < digits.length; i += k) r = r * bk + BigInt(parseInt(digits.slice(i, i + k), b));
  return r;
}

const limitToStr = (n: number) =>
  `Exceeds the limit (${n} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`;

/** str(o) for an int as a JS string, or null with ValueError set past the digit limit. */
export function intToDecimalString(o: Borrowed): string | null {
  const v = intSafeValue(o);
  if (v === v) return String(v);
  const n = intDigitCount(o);
  // CPython's cheap early refusal (n digits of 30 bits have at least 9 * (n - 1) decimal digits).
  if (maxStrDigits > 0 && n >= 73 && ((maxStrDigits / 90) | 0) <= (((n - 11) / 10) | 0)) {
    errSetString(ValueError, limitToStr(maxStrDigits));
    return null;
  }
  const s = intToBigInt(o).toString();
  if (maxStrDigits > 0 && s.length - (s.charCodeAt(0) === 45 ? 1 : 0) > maxStrDigits) {
    errSetString(ValueError, limitToStr(maxStrDigits));
    return null;
  }
  return s;
}

/** int.__repr__ (and __str__): decimal text. */
export function intRepr(o: Borrowed): Owned | Null {
  const s = intToDecimalString(o);
  return s === null ? NULL : strFromJS(s);
}

/** bin()/oct()/hex() text for base 2, 8 or 16: '-0x1f' (no digit limit for these bases). */
export function intToBaseString(o: Borrowed, base: 2 | 8 | 16): string {
  const prefix = base === 16 ? '0x' : base === 8 ? '0o' : '0b';
  const v = intSafeValue(o);
  if (v === v) return v < 0 ? '-' + prefix + (-v).toString(base) : prefix + v.toString(base);
  const b = intToBigInt(o);
  return b < 0n ? '-' + prefix + (-b).toString(base) : prefix + b.toString(base);
}

// ------------------------------------------------------------------------------------------ slots

/** int.__hash__: the value modulo 2**61 - 1 with its sign (-1 becomes -2); result in H64. */
export function intHash(o: Borrowed): number {
  const size = i32[(o + OB_SIZE) >> 2];
  const k = (o + INT_DIGITS) >> 2;
  if (size <= 1 && size >= -1) return hashIntNumber(size * u32[k]);
  return hashIntDigits(u32, k, size < 0 ? -size : size, size < 0 ? -1 : 1);
}

/** nb_bool: nonzero. */
export function intBool(o: Borrowed): number {
  return i32[(o + OB_SIZE) >> 2] !== 0 ? 1 : 0;
}

/** Three-way comparison of two ints: -1, 0 or 1. */
export function intCompare(a: Borrowed, b: Borrowed): number {
  const sa = i32[(a + OB_SIZE) >> 2], sb = i32[(b + OB_SIZE) >> 2];
  if (sa !== sb) return sa < sb ? -1 : 1;
  const ka = (a + INT_DIGITS) >> 2, kb = (b + INT_DIGITS) >> 2;
  for (let i = (sa < 0 ? -sa : sa) - 1; i >= 0; i--) {
    const da = u32[ka + i], db = u32[kb + i];
    if (da !== db) return (da < db) === (sa > 0) ? -1 : 1;
  }
  return 0;
}

/** int.__lt__ ... int.__ge__: NotImplemented unless both are ints. */
export function intRichCompare(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  if (!isInt(a) || !isInt(b)) return notImplemented();
  return richCompareResult(intCompare(a, b), op);
}

/** A copy of an int (of any int subclass) as an exact int. */
function copyExact(a: Borrowed, negate: boolean): Owned | Null {
  const size = i32[(a + OB_SIZE) >> 2];
  if (size <= 1 && size >= -1) return intFromNumber((negate ? -size : size) * u32[(a + INT_DIGITS) >> 2]);
  const n = size < 0 ? -size : size;
  const o = allocDigits(n);
  if (o === NULL) return NULL;
  u32.copyWithin((o + INT_DIGITS) >> 2, (a + INT_DIGITS) >> 2, ((a + INT_DIGITS) >> 2) + n);
  i32[(o + OB_SIZE) >> 2] = negate ? -size : size;
  return o;
}

/** int.__neg__. */
export function intNeg(a: Borrowed): Owned | Null {
  return copyExact(a, true);
}

/** int.__pos__: the same object for an exact int, else an exact int copy (+True is 1). */
export function intPos(a: Borrowed): Owned | Null {
  if (isIntExact(a)) { incref(a); return a as Owned; }
  return copyExact(a, false);
}

/** int.__abs__. */
export function intAbs(a: Borrowed): Owned | Null {
  return i32[(a + OB_SIZE) >> 2] < 0 ? copyExact(a, true) : intPos(a);
}

/** int.__invert__: -(a + 1). */
export function intInvert(a: Borrowed): Owned | Null {
  const x = intSafeValue(a);
  if (x === x) return intFromNumber(-x - 1);
  return intFromBigInt(-intToBigInt(a) - 1n);
}

/** int.__int__ / __index__ / __trunc__: an exact int with the same value. */
export function intInt(a: Borrowed): Owned | Null {
  return intPos(a);
}

/** int.__float__. */
export function intFloat(a: Borrowed): Owned | Null {
  const d = intToDouble(a);
  return d === d ? floatNew(d) : NULL;
}

// Digit loops (x_add, x_sub, x_mul, inplace_divrem1 of longobject.c) for values past the safe range:
// they read the operands' digits in place and write the result's, with no JS allocation.

/** Strips leading zero digits of a fresh result; one in the small-int range becomes the cached object. */
function normalize(z: Owned): Owned {
  const size = i32[(z + OB_SIZE) >> 2];
  const k = (z + INT_DIGITS) >> 2;
  let n = size < 0 ? -size : size;
  while (n > 0 && u32[k + n - 1] === 0) n--;
  if (n <= 1) {
    const v = n === 0 ? 0 : size < 0 ? -u32[k] : u32[k];
    if (v >= -NSMALLNEGINTS && v < NSMALLPOSINTS) {
      decref(z);
      const o = smallInt(v);
      incref(o);
      return o as Owned;
    }
  }
  i32[(z + OB_SIZE) >> 2] = size < 0 ? -n : n;
  return z;
}

/** sign * (|a| + |b|). */
function addMagnitudes(a: Borrowed, b: Borrowed, sign: number): Owned | Null {
  let na = intDigitCount(a), nb = intDigitCount(b);
  if (na < nb) { const t = a; a = b; b = t; const u = na; na = nb; nb = u; }
  const z = allocDigits(na + 1);
  if (z === NULL) return NULL;
  const ka = (a + INT_DIGITS) >> 2, kb = (b + INT_DIGITS) >> 2, kz = (z + INT_DIGITS) >> 2;
  let carry = 0, i = 0;
  for (; i < nb; i++) {
    carry += u32[ka + i] + u32[kb + i]; // < 2**31 + 1
    u32[kz + i] = carry & MASK;
    carry >>>= PyLong_SHIFT;
  }
  for (; i < na; i++) {
    carry += u32[ka + i];
    u32[kz + i] = carry & MASK;
    carry >>>= PyLong_SHIFT;
  }
  u32[kz + i] = carry;
  i32[(z + OB_SIZE) >> 2] = sign * (na + 1);
  return normalize(z);
}

/** sign * (|a| - |b|). */
function subMagnitudes(a: Borrowed, b: Borrowed, sign: number): Owned | Null {
  let na = intDigitCount(a), nb = intDigitCount(b);
  let ka = (a + INT_DIGITS) >> 2, kb = (b + INT_DIGITS) >> 2;
  if (na < nb || (na === nb && na > 0 && u32[ka + na - 1] < u32[kb + nb - 1])) {
    // |a| < |b| (equal lengths are settled below, digit by digit)
    const t = ka; ka = kb; kb = t; const u = na; na = nb; nb = u;
    sign = -sign;
  } else if (na === nb) {
    let i = na - 1;
    while (i >= 0 && u32[ka + i] === u32[kb + i]) i--;
    if (i < 0) return intFromNumber(0);
    if (u32[ka + i] < u32[kb + i]) { const t = ka; ka = kb; kb = t; sign = -sign; }
    na = nb = i + 1; // the equal leading digits cancel
  }
  const z = allocDigits(na);
  if (z === NULL) return NULL;
  const kz = (z + INT_DIGITS) >> 2;
  let borrow = 0, i = 0;
  for (; i < nb; i++) {
    borrow = u32[ka + i] - u32[kb + i] - borrow;
    u32[kz + i] = borrow & MASK;
    borrow = (borrow >>> PyLong_SHIFT) & 1;
  }
  for (; i < na; i++) {
    borrow = u32[ka + i] - borrow;
    u32[kz + i] = borrow & MASK;
    borrow = (borrow >>> PyLong_SHIFT) & 1;
  }
  i32[(z + OB_SIZE) >> 2] = sign * na;
  return normalize(z);
}

/**
 * Schoolbook sign * |a| * |b|. Each 60-bit digit product is assembled from four 15-bit half products,
 * so every intermediate stays an int32 (V8 keeps the loop in small-integer arithmetic).
 */
function mulMagnitudes(a: Borrowed, b: Borrowed, sign: number): Owned | Null {
  let na = intDigitCount(a), nb = intDigitCount(b);
  if (na > nb) { const t = a; a = b; b = t; const u = na; na = nb; nb = u; }
  const z = allocDigits(na + nb);
  if (z === NULL) return NULL;
  const ka = (a + INT_DIGITS) >> 2, kb = (b + INT_DIGITS) >> 2, kz = (z + INT_DIGITS) >> 2;
  if (na === 1) {
    // One digit times many (a factorial's step, a spigot's): one row, nothing to accumulate.
    const f = u32[ka];
    const fl = f & 0x7fff, fh = f >>> 15;
    let carry = 0;
    for (let j = 0; j < nb; j++) {
      const d = u32[kb + j];
      const dl = d & 0x7fff, dh = d >>> 15;
      const mid = dl * fh + dh * fl; // < 2**31
      const t = dl * fl + ((mid & 0x7fff) << 15) + carry; // < 2**32: >>> and & read it exactly
      u32[kz + j] = t & MASK;
      carry = dh * fh + (mid >>> 15) + (t >>> 30); // < 2**30 + 2**17
    }
    u32[kz + nb] = carry;
    i32[(z + OB_SIZE) >> 2] = sign * (nb + 1);
    return normalize(z);
  }
  for (let w = kz, end = kz + na + nb; w < end; w++) u32[w] = 0;
  for (let i = 0; i < na; i++) {
    const f = u32[ka + i];
    if (f === 0) continue;
    const fl = f & 0x7fff, fh = f >>> 15;
    let carry = 0;
    const kzi = kz + i;
    for (let j = 0; j < nb; j++) {
      const d = u32[kb + j];
      const dl = d & 0x7fff, dh = d >>> 15;
      const mid = dl * fh + dh * fl; // < 2**31
      let t = dl * fl + ((mid & 0x7fff) << 15); // < 2**31
      const hi = dh * fh + (mid >>> 15) + (t >>> 30);
      t = (t & MASK) + u32[kzi + j];
      const c1 = t >>> 30;
      t = (t & MASK) + carry;
      u32[kzi + j] = t & MASK;
      carry = hi + c1 + (t >>> 30); // < 2**30: the running total never exceeds 2**60
    }
    u32[kzi + nb] = carry;
  }
  i32[(z + OB_SIZE) >> 2] = sign * (na + nb);
  return normalize(z);
}

/** int.__add__. */
export function intAdd(a: Borrowed, b: Borrowed): Owned | Null {
  if (!isInt(a) || !isInt(b)) return notImplemented();
  const x = intSafeValue(a), y = intSafeValue(b);
  if (x === x && y === y) {
    const r = x + y; // exact whenever it lands in the safe range
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return intFromNumber(r);
  }
  const sa = intSign(a), sb = intSign(b);
  if (sa === 0) return copyExact(b, false);
  return sa === sb || sb === 0 ? addMagnitudes(a, b, sa) : subMagnitudes(a, b, sa);
}

/** int.__sub__. */
export function intSub(a: Borrowed, b: Borrowed): Owned | Null {
  if (!isInt(a) || !isInt(b)) return notImplemented();
  const x = intSafeValue(a), y = intSafeValue(b);
  if (x === x && y === y) {
    const r = x - y;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return intFromNumber(r);
  }
  const sa = intSign(a), sb = intSign(b);
  if (sa === 0) return copyExact(b, true);
  return sa !== sb || sb === 0 ? addMagnitudes(a, b, sa) : subMagnitudes(a, b, sa);
}

// Product of two 30-bit digits as 30-bit halves (mul30's results; module scope: no allocation).
let mulLo = 0, mulHi = 0;

/**
 * a * b for 0 <= a, b < 2**30, exactly: mulLo + mulHi * 2**30. In 15-bit halves every partial
 * product and sum stays below 2**31, so the arithmetic is int32's (a double `%` is a call to fmod).
 */
function mul30(a: number, b: number): void {
  const ah = a >>> 15, al = a & 0x7fff, bh = b >>> 15, bl = b & 0x7fff;
  const mid = ah * bl + al * bh; // below 2**31
  const lo = al * bl + ((mid & 0x7fff) << 15); // below 2**31
  mulLo = lo & MASK;
  mulHi = ah * bh + (mid >>> 15) + (lo >>> 30);
}

/**
 * x * y for safe integers (|x|, |y| < 2**53) whose product may exceed 2**53: the exact product built
 * digit by digit from 30-bit halves (at most four digits), without reading the operands' objects again.
 */
export function intFromSafeProduct(x: number, y: number): Owned | Null {
  const r = x * y;
  if (r <= MAX_SAFE && r >= -MAX_SAFE) return intFromNumber(r === 0 ? 0 : r);
  const neg = (x < 0) !== (y < 0);
  if (x < 0) x = -x;
  if (y < 0) y = -y;
  // Division by a power of two is exact; the high halves are below 2**23.
  const a1 = Math.floor(x / BASE), b1 = Math.floor(y / BASE);
  const a0 = x - a1 * BASE, b0 = y - b1 * BASE;
  mul30(a0, b0);
  const d0 = mulLo;
  let c1 = mulHi, c2 = 0;
  mul30(a0, b1); c1 += mulLo; c2 += mulHi;
  mul30(a1, b0); c1 += mulLo; c2 += mulHi;
  mul30(a1, b1); c2 += mulLo;
  let c3 = mulHi;
  // carries: every column sum is below 2**32, so >>> and & are exact on it
  const d1 = c1 & MASK;
  c2 += c1 >>> 30;
  const d2 = c2 & MASK;
  c3 += c2 >>> 30;
  const nd = c3 !== 0 ? 4 : d2 !== 0 ? 3 : 2;
  const z = allocDigits(nd);
  if (z === NULL) return NULL;
  const k = (z + INT_DIGITS) >> 2;
  u32[k] = d0;
  u32[k + 1] = d1;
  if (nd > 2) u32[k + 2] = d2;
  if (nd > 3) u32[k + 3] = c3;
  i32[(z + OB_SIZE) >> 2] = neg ? -nd : nd;
  return z;
}

/** Products with fewer digit pairs than this use the digit loop; larger ones BigInt's (Karatsuba) multiply. */
const MUL_DIGIT_PAIRS = 100000;

/** int.__mul__. */
export function intMul(a: Borrowed, b: Borrowed): Owned | Null {
  if (!isInt(a) || !isInt(b)) return notImplemented();
  const x = intSafeValue(a), y = intSafeValue(b);
  // A rounded product below 2**53 means the exact one is below 2**53 too, hence representable;
  // past it, the product of two safe integers is assembled from 30-bit halves.
  if (x === x && y === y) return intFromSafeProduct(x, y);
  const sign = intSign(a) * intSign(b);
  if (sign === 0) return intFromNumber(0);
  if (intDigitCount(a) + intDigitCount(b) <= 8) return mulMagnitudes(a, b, sign); // far below MAX_BITS
  const bits = intBitLengthNumber(a) + intBitLengthNumber(b);
  if (bits > MAX_BITS) return errNoMemory();
  if (intDigitCount(a) * intDigitCount(b) <= MUL_DIGIT_PAIRS) return mulMagnitudes(a, b, sign);
  return intFromBigInt(intToBigInt(a) * intToBigInt(b));
}

// Floor division results of the safe-number path (l_divmod).
let divQ = 0, divR = 0;

function divmodSafe(x: number, y: number): void {
  // fmod and the division of the exact difference are exact on safe integers.
  let r = x % y;
  let q = (x - r) / y;
  if (r !== 0 && (r < 0) !== (y < 0)) { r += y; q -= 1; }
  divQ = q === 0 ? 0 : q;
  divR = r === 0 ? 0 : r;
}

let rem1 = 0;

/**
 * Floor division of a multi-digit a by a one-digit b (inplace_divrem1): the quotient as a new int, the
 * remainder (with b's sign) in rem1. Each 60-bit step is split in two 45-bit ones, exact in doubles.
 */
function divmod1(a: Borrowed, b: Borrowed): Owned | Null {
  const na = intDigitCount(a);
  const y = u32[(b + INT_DIGITS) >> 2];
  const q = allocDigits(na + 1);
  if (q === NULL) return NULL;
  const ka = (a + INT_DIGITS) >> 2, kq = (q + INT_DIGITS) >> 2;
  let r = 0;
  for (let i = na - 1; i >= 0; i--) {
    const d = u32[ka + i];
    const t1 = r * 32768 + (d >>> 15);
    const q1 = Math.floor(t1 / y);
    const t2 = (t1 - q1 * y) * 32768 + (d & 0x7fff);
    const q2 = Math.floor(t2 / y);
    r = t2 - q2 * y;
    u32[kq + i] = q1 * 32768 + q2;
  }
  u32[kq + na] = 0;
  const sa = intSign(a), sb = intSign(b);
  if (sa !== sb && r !== 0) {
    // floor: one more in magnitude for the quotient, and the remainder moves to b's side
    let i = 0;
    while (u32[kq + i] === MASK) u32[kq + i++] = 0;
    u32[kq + i]++;
    r = y - r;
  }
  rem1 = sb < 0 ? -r : r;
  i32[(q + OB_SIZE) >> 2] = sa === sb ? na + 1 : -(na + 1);
  return normalize(q);
}

/** Scratch digits for long division (the shifted dividend and divisor); grows, never shrinks. */
let divScratch = new Uint32Array(256);
/** Results of divmodDigits: floor quotient and remainder (owned, or NULL when not asked for). */
let dq: Owned | Null = NULL, dr: Owned | Null = NULL;

/**
 * Floor division of a by b where |b| has two or more digits (x_divrem: Knuth's algorithm D on 30-bit
 * digits), then floor rounding for the signs. Sets dq/dr (each only when asked for); false on
 * MemoryError. A 60-bit step is split into 15-bit halves, so everything is exact in int32/doubles.
 */
function divmodDigits(a: Borrowed, b: Borrowed, wantQ: boolean, wantR: boolean): boolean {
  dq = NULL; dr = NULL;
  const sa = intSign(a), sb = intSign(b);
  const na = intDigitCount(a), nb = intDigitCount(b);
  const ka = (a + INT_DIGITS) >> 2, kb = (b + INT_DIGITS) >> 2;
  const nu = (na >= nb ? na : nb) + 1;
  if (divScratch.length < nu + nb) divScratch = new Uint32Array(Math.max(nu + nb, divScratch.length * 2));
  const S = divScratch;
  const W = nu; // the divisor lives at S[W .. W + nb)
  let s = 0, qn = 0;
  const q = wantQ || sa !== sb ? allocDigits(Math.max(na - nb + 2, 1)) : NULL;
  if ((wantQ || sa !== sb) && q === NULL) return false;
  const kq = q === NULL ? 0 : (q + INT_DIGITS) >> 2;
  if (na < nb) {
    for (let i = 0; i < na; i++) S[i] = u32[ka + i];
    S.fill(0, na, nu);
  } else {
    s = PyLong_SHIFT - (32 - Math.clz32(u32[kb + nb - 1])); // puts the divisor's top bit at bit 29
    const r = PyLong_SHIFT - s;
    let prev = 0;
    for (let i = 0; i < nb; i++) {
      const d = u32[kb + i];
      S[W + i] = ((d << s) | (prev >>> r)) & MASK;
      prev = d;
    }
    prev = 0;
    for (let i = 0; i < na; i++) {
      const d = u32[ka + i];
      S[i] = ((d << s) | (prev >>> r)) & MASK;
      prev = d;
    }
    S[na] = prev >>> r;
    const wtop = S[W + nb - 1], wsec = S[W + nb - 2];
    const wsl = wsec & 0x7fff, wsh = wsec >>> 15;
    qn = na - nb + 1;
    for (let j = na - nb; j >= 0; j--) {
      const utop = S[j + nb], unext = S[j + nb - 1], u2 = S[j + nb - 2];
      let qhat: number, rhat: number;
      if (utop >= wtop) {
        qhat = MASK; rhat = unext + wtop; // utop == wtop
      } else {
        const t1 = utop * 32768 + (unext >>> 15);
        const q1 = Math.floor(t1 / wtop);
        const t2 = (t1 - q1 * wtop) * 32768 + (unext & 0x7fff);
        const q2 = Math.floor(t2 / wtop);
        rhat = t2 - q2 * wtop;
        qhat = q1 * 32768 + q2;
      }
      // Knuth's test: while wsec * qhat > rhat * BASE + u2, qhat is one too big.
      while (rhat < BASE) {
        const ql = qhat & 0x7fff, qh = qhat >>> 15;
        const mid = wsl * qh + wsh * ql;
        const lo = wsl * ql + ((mid & 0x7fff) << 15);
        const ph = wsh * qh + (mid >>> 15) + (lo >>> 30), pl = lo & MASK;
        if (ph > rhat || (ph === rhat && pl > u2)) { qhat--; rhat += wtop; } else break;
      }
      // S[j .. j + nb] -= qhat * W
      const ql = qhat & 0x7fff, qh = qhat >>> 15;
      let borrow = 0;
      for (let i = 0; i < nb; i++) {
        const w = S[W + i];
        const wl = w & 0x7fff, wh = w >>> 15;
        const mid = wl * qh + wh * ql;
        const lo = wl * ql + ((mid & 0x7fff) << 15);
        const ph = wh * qh + (mid >>> 15) + (lo >>> 30);
        const t = S[j + i] - (lo & MASK) - borrow; // > -2**31
        S[j + i] = t & MASK;
        borrow = ph - (t >> 30);
      }
      const top = S[j + nb] - borrow;
      if (top < 0) {
        // qhat was still one too big (rare): add the divisor back.
        qhat--;
        let carry = 0;
        for (let i = 0; i < nb; i++) {
          const t = S[j + i] + S[W + i] + carry;
          S[j + i] = t & MASK;
          carry = t >>> 30;
        }
      }
      S[j + nb] = 0;
      if (q !== NULL) u32[kq + j] = qhat;
    }
  }
  // The remainder is S[0 .. nb) shifted back right by s (looked at only when needed).
  let rnz = false;
  if (wantR) {
    for (let i = 0; i < nb; i++) S[i] = ((S[i] >>> s) | (S[i + 1] << (PyLong_SHIFT - s))) & MASK;
  }
  if (sa !== sb) for (let i = 0; i < nb && !rnz; i++) rnz = S[i] !== 0;
  const adjust = sa !== sb && rnz; // floor: the quotient's magnitude grows by one, the remainder is b - r
  if (q !== NULL) {
    for (let i = qn; i < Math.max(na - nb + 2, 1); i++) u32[kq + i] = 0;
    if (adjust) {
      let i = 0;
      while (u32[kq + i] === MASK) u32[kq + i++] = 0;
      u32[kq + i]++;
    }
    i32[(q + OB_SIZE) >> 2] = (sa === sb ? 1 : -1) * Math.max(na - nb + 2, 1);
    if (wantQ) dq = normalize(q); else decref(q);
  }
  if (wantR) {
    const r = allocDigits(nb);
    if (r === NULL) { if (dq !== NULL) { decref(dq); dq = NULL; } return false; }
    const kr = (r + INT_DIGITS) >> 2;
    if (adjust) {
      let borrow = 0;
      for (let i = 0; i < nb; i++) {
        borrow = u32[kb + i] - S[i] - borrow;
        u32[kr + i] = borrow & MASK;
        borrow = (borrow >>> PyLong_SHIFT) & 1;
      }
    } else {
      for (let i = 0; i < nb; i++) u32[kr + i] = S[i];
    }
    i32[(r + OB_SIZE) >> 2] = sb * nb;
    dr = normalize(r);
  }
  return true;
}

/** int.__floordiv__. */
export function intFloorDiv(a: Borrowed, b: Borrowed): Owned | Null {
  if (!isInt(a) || !isInt(b)) return notImplemented();
  const sb = i32[(b + OB_SIZE) >> 2];
  if (sb === 0) return errSetString(ZeroDivisionError, 'integer division or modulo by zero');
  const x = intSafeValue(a), y = intSafeValue(b);
  if (x === x && y === y) { divmodSafe(x, y); return intFromNumber(divQ); }
  if (sb === 1 || sb === -1) return divmod1(a, b);
  return divmodDigits(a, b, true, false) ? dq : NULL;
}

/**
 * a % 2**k for a >= 0 and a positive power-of-two b of two or more digits (e.g. `% 2**64` in 64-bit
 * generators): the low digits of a, the top one masked; NULL (no error set) when b is not of that form.
 */
function modPowerOfTwo(a: Borrowed, b: Borrowed, sb: number): Owned | Null {
  const kb = (b + INT_DIGITS) >> 2;
  const top = u32[kb + sb - 1];
  if ((top & (top - 1)) !== 0) return NULL;
  for (let i = 0; i < sb - 1; i++) if (u32[kb + i] !== 0) return NULL;
  const na = i32[(a + OB_SIZE) >> 2];
  if (na < sb) { incref(a); return a as Owned; }
  const z = allocDigits(sb);
  if (z === NULL) return NULL;
  const ka = (a + INT_DIGITS) >> 2, kz = (z + INT_DIGITS) >> 2;
  for (let i = 0; i < sb - 1; i++) u32[kz + i] = u32[ka + i];
  u32[kz + sb - 1] = u32[ka + sb - 1] & (top - 1);
  i32[(z + OB_SIZE) >> 2] = sb;
  return normalize(z);
}

/** int.__mod__. */
export function intMod(a: Borrowed, b: Borrowed): Owned | Null {
  if (!isInt(a) || !isInt(b)) return notImplemented();
  const sb = i32[(b + OB_SIZE) >> 2];
  if (sb === 0) return errSetString(ZeroDivisionError, 'integer modulo by zero');
  if (sb >= 2 && i32[(a + OB_SIZE) >> 2] >= 0 && isIntExact(a)) {
    // (an int subclass instance must not come back as itself)
    const r = modPowerOfTwo(a, b, sb);
    if (r !== NULL) return r;
    if (errOccurred() !== NULL) return NULL;
  }
  const x = intSafeValue(a), y = intSafeValue(b);
  if (x === x && y === y) { divmodSafe(x, y); return intFromNumber(divR); }
  if (sb === 1 || sb === -1) {
    const q = divmod1(a, b);
    if (q === NULL) return NULL;
    decref(q);
    return intFromNumber(rem1);
  }
  return divmodDigits(a, b, false, true) ? dr : NULL;
}

/** int.__divmod__: the tuple (a // b, a % b). */
export function intDivmod(a: Borrowed, b: Borrowed): Owned | Null {
  if (!isInt(a) || !isInt(b)) return notImplemented();
  const sb = i32[(b + OB_SIZE) >> 2];
  if (sb === 0) return errSetString(ZeroDivisionError, 'integer division or modulo by zero');
  const x = intSafeValue(a), y = intSafeValue(b);
  let q: Owned | Null, r: Owned | Null;
  if (x === x && y === y) {
    divmodSafe(x, y);
    const dr = divR;
    q = intFromNumber(divQ);
    if (q === NULL) return NULL;
    r = intFromNumber(dr);
  } else if (sb === 1 || sb === -1) {
    q = divmod1(a, b);
    if (q === NULL) return NULL;
    r = intFromNumber(rem1);
  } else {
    if (!divmodDigits(a, b, true, true)) return NULL;
    q = dq as Owned;
    r = dr;
  }
  return pairSteal(q, r);
}

/** A 2-tuple made of two owned values (r may be NULL: then q is released and NULL returned). */
function pairSteal(q: Owned, r: Owned | Null): Owned | Null {
  if (r === NULL) { decref(q); return NULL; }
  const t = tupleNew(2);
  if (t === NULL) { decref(q); decref(r); return NULL; }
  tupleSetItemSteal(t, 0, q);
  tupleSetItemSteal(t, 1, r);
  return t;
}

function bitLengthBig(x: bigint): number {
  // x > 0
  const s = x.toString(16);
  return 4 * (s.length - 1) + (32 - Math.clz32(hexValue(s.charCodeAt(0))));
}

/**
 * a / b correctly rounded to a double (long_true_divide), b nonzero; NaN with OverflowError set when the
 * quotient is too large.
 */
function trueDivideBig(a: bigint, b: bigint): number {
  const neg = (a < 0n) !== (b < 0n);
  const na = a < 0n ? -a : a, nb = b < 0n ? -b : b;
  if (na === 0n) return neg ? -0 : 0;
  const diff = bitLengthBig(na) - bitLengthBig(nb); // 2**(diff-1) < a/b < 2**(diff+1)
  if (diff > 1024) {
    errSetString(OverflowError, 'integer division result too large for a float');
    return NaN;
  }
  if (diff < -1021 - 53 - 1) return neg ? -0 : 0; // below half the smallest subnormal
  // Keep 55 or 56 quotient bits (fewer for subnormal results), plus a sticky bit for the remainder.
  const shift = Math.max(diff, -1021) - 53 - 2;
  let x: bigint, inexact: boolean;
  if (shift >= 0) {
    const d = nb << BigInt(shift);
    x = na / d;
    inexact = na % d !== 0n;
  } else {
    const n = na << BigInt(-shift);
    x = n / nb;
    inexact = n % nb !== 0n;
  }
  const xbits = bitLengthBig(x);
  const extra = Math.max(xbits, -1021 - shift) - 53; // bits to round away, >= 2
  const mask = 1n << BigInt(extra - 1);
  // The rounded-away bits, the sticky bit, and the last kept bit (2 * mask) for ties to even.
  const low = (x & (4n * mask - 1n)) | (inexact ? 1n : 0n);
  if ((low & mask) !== 0n && (low & (3n * mask - 1n)) !== 0n) x += mask;
  x &= ~(2n * mask - 1n);
  const r = floatLdexp(Number(x), shift);
  if (r === Infinity) {
    errSetString(OverflowError, 'integer division result too large for a float');
    return NaN;
  }
  return neg ? -r : r;
}

/** int.__truediv__: correctly rounded, even for huge operands. */
export function intTrueDiv(a: Borrowed, b: Borrowed): Owned | Null {
  if (!isInt(a) || !isInt(b)) return notImplemented();
  if (i32[(b + OB_SIZE) >> 2] === 0) return errSetString(ZeroDivisionError, 'division by zero');
  const x = intSafeValue(a), y = intSafeValue(b);
  if (x === x && y === y) return floatNew(x / y); // both exact: one IEEE division rounds correctly
  const r = trueDivideBig(intToBigInt(a), intToBigInt(b));
  return r === r ? floatNew(r) : NULL;
}

/** Modular inverse of a modulo m (m > 1, 0 <= a < m), or -1n when gcd(a, m) != 1. */
function modInverse(a: bigint, m: bigint): bigint {
  let r0 = m, r1 = a, t0 = 0n, t1 = 1n;
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  if (r0 !== 1n) return -1n;
  return t0 < 0n ? t0 + m : t0;
}

/**
 * int.__pow__ / pow(a, b, m): exact for b >= 0; a negative b without modulus gives a float (via float
 * pow, as CPython); with a modulus, a negative b uses the modular inverse (3.8+). `m` is None or NULL
 * for two-argument pow. https://docs.python.org/3/library/functions.html#pow
 */
export function intPow(a: Borrowed, b: Borrowed, m: Borrowed | Null): Owned | Null {
  if (!isInt(a) || !isInt(b)) return notImplemented();
  if (m !== NULL && m !== Py_None) {
    if (!isInt(m)) return notImplemented();
    return powMod(a, b, m);
  }
  const sb = i32[(b + OB_SIZE) >> 2];
  if (sb < 0) return floatPow(a, b, Py_None);
  if (sb === 0) return intFromNumber(1);
  const x = intSafeValue(a);
  if (x === 0 || x === 1) return intFromNumber(x);
  if (x === -1) return intFromNumber((u32[(b + INT_DIGITS) >> 2] & 1) === 0 ? 1 : -1);
  const y = intSafeValue(b);
  if (y !== y) return errNoMemory(); // |a| >= 2 to a power of 2**53 or more
  if (x === x) {
    // Square and multiply on doubles while everything stays exact.
    let r = 1, p = x, e = y, ok = true;
    for (;;) {
      if (e % 2 === 1) {
        r *= p;
        if (r > MAX_SAFE || r < -MAX_SAFE) { ok = false; break; }
      }
      e = Math.floor(e / 2);
      if (e === 0) break;
      p *= p;
      if (p > MAX_SAFE) { ok = false; break; }
    }
    if (ok) return intFromNumber(r);
  }
  if ((intBitLengthNumber(a) - 1) * y > MAX_BITS) return errNoMemory();
  return intFromBigInt(intToBigInt(a) ** BigInt(y));
}

function powMod(a: Borrowed, b: Borrowed, m: Borrowed): Owned | Null {
  let M = intToBigInt(m);
  if (M === 0n) return errSetString(ValueError, 'pow() 3rd argument cannot be 0');
  const negOut = M < 0n;
  if (negOut) M = -M;
  if (M === 1n) return intFromNumber(0);
  let A = intToBigInt(a) % M;
  if (A < 0n) A += M;
  let B = intToBigInt(b);
  if (B < 0n) {
    A = modInverse(A, M);
    if (A < 0n) return errSetString(ValueError, 'base is not invertible for the given modulus');
    B = -B;
  }
  let r = 1n;
  while (B > 0n) {
    if (B & 1n) r = (r * A) % M;
    B >>= 1n;
    if (B > 0n) A = (A * A) % M;
  }
  if (negOut && r !== 0n) r -= M;
  return intFromBigInt(r);
}

/** int.__lshift__. */
export function intLshift(a: Borrowed, b: Borrowed): Owned | Null {
  if (!isInt(a) || !isInt(b)) return notImplemented();
  if (i32[(b + OB_SIZE) >> 2] < 0) return errSetString(ValueError, 'negative shift count');
  if (i32[(a + OB_SIZE) >> 2] === 0) return intFromNumber(0);
  const y = intSafeValue(b);
  if (y !== y || intBitLengthNumber(a) + y > MAX_BITS) return errNoMemory();
  const x = intSafeValue(a);
  if (x === x && y < 53) {
    const r = x * POW2[y];
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return intFromNumber(r);
  }
  return shiftLeftDigits(a, y);
}

/** sign(a) * (|a| << y) on digits (long_lshift1). */
function shiftLeftDigits(a: Borrowed, y: number): Owned | Null {
  const size = i32[(a + OB_SIZE) >> 2];
  const na = size < 0 ? -size : size;
  const wshift = Math.floor(y / PyLong_SHIFT), bshift = y - wshift * PyLong_SHIFT;
  const nz = na + wshift + 1;
  const z = allocDigits(nz);
  if (z === NULL) return NULL;
  const ka = (a + INT_DIGITS) >> 2, kz = (z + INT_DIGITS) >> 2;
  u32.fill(0, kz, kz + wshift);
  let prev = 0;
  for (let i = 0; i < na; i++) {
    const d = u32[ka + i];
    u32[kz + wshift + i] = ((d << bshift) | (prev >>> (PyLong_SHIFT - bshift))) & MASK;
    prev = d;
  }
  u32[kz + wshift + na] = prev >>> (PyLong_SHIFT - bshift);
  i32[(z + OB_SIZE) >> 2] = size < 0 ? -nz : nz;
  return normalize(z);
}

/** floor(a / 2**y) on digits for 0 < y < bit_length(a) (long_rshift1): negatives round toward -inf. */
function shiftRightDigits(a: Borrowed, y: number): Owned | Null {
  const size = i32[(a + OB_SIZE) >> 2];
  const na = size < 0 ? -size : size;
  const wshift = Math.floor(y / PyLong_SHIFT), bshift = y - wshift * PyLong_SHIFT;
  const nz = na - wshift;
  const z = allocDigits(nz + 1); // room for the carry of a negative's rounding
  if (z === NULL) return NULL;
  const ka = (a + INT_DIGITS) >> 2, kz = (z + INT_DIGITS) >> 2;
  u32[kz + nz] = 0;
  for (let i = 0; i < nz; i++) {
    const lo = u32[ka + wshift + i], hi = i + 1 < nz ? u32[ka + wshift + i + 1] : 0;
    u32[kz + i] = ((lo >>> bshift) | (hi << (PyLong_SHIFT - bshift))) & MASK;
  }
  if (size < 0) {
    // -m >> y is -ceil(m / 2**y): one more in magnitude when any shifted-out bit is set.
    let lost = (u32[ka + wshift] & ((1 << bshift) - 1)) !== 0;
    for (let i = 0; i < wshift && !lost; i++) lost = u32[ka + i] !== 0;
    if (lost) {
      let i = 0;
      while (u32[kz + i] === MASK) u32[kz + i++] = 0;
      u32[kz + i]++;
    }
  }
  i32[(z + OB_SIZE) >> 2] = size < 0 ? -(nz + 1) : nz + 1;
  return normalize(z);
}

/** int.__rshift__: floor division by a power of two. */
export function intRshift(a: Borrowed, b: Borrowed): Owned | Null {
  if (!isInt(a) || !isInt(b)) return notImplemented();
  if (i32[(b + OB_SIZE) >> 2] < 0) return errSetString(ValueError, 'negative shift count');
  const sa = i32[(a + OB_SIZE) >> 2];
  if (sa === 0) return intFromNumber(0);
  const y = intSafeValue(b);
  if (y !== y || y >= intBitLengthNumber(a)) return intFromNumber(sa < 0 ? -1 : 0);
  const x = intSafeValue(a);
  if (x === x) return intFromNumber(y < 64 ? Math.floor(x / POW2[y]) : (x < 0 ? -1 : 0));
  return shiftRightDigits(a, y);
}

/** a & b (op 0), a | b (1) or a ^ b (2) digit by digit, for a, b > 0 (negatives go through BigInt). */
function bitwisePositive(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  let na = intDigitCount(a), nb = intDigitCount(b);
  if (na < nb) { const t = a; a = b; b = t; const u = na; na = nb; nb = u; }
  const nz = op === 0 ? nb : na;
  const z = allocDigits(nz);
  if (z === NULL) return NULL;
  const ka = (a + INT_DIGITS) >> 2, kb = (b + INT_DIGITS) >> 2, kz = (z + INT_DIGITS) >> 2;
  for (let i = 0; i < nb; i++) {
    const x = u32[ka + i], y = u32[kb + i];
    u32[kz + i] = op === 0 ? x & y : op === 1 ? x | y : x ^ y;
  }
  for (let i = nb; i < nz; i++) u32[kz + i] = u32[ka + i];
  i32[(z + OB_SIZE) >> 2] = nz;
  return normalize(z);
}

/** The low 30 bits of o's infinite two's complement form (o has size `size`, nonzero). */
function lowDigitTwos(o: Borrowed, size: number): number {
  const d = u32[(o + INT_DIGITS) >> 2];
  return size > 0 ? d : -d & MASK;
}

/** int.__and__. */
export function intAnd(a: Borrowed, b: Borrowed): Owned | Null {
  if (!isInt(a) || !isInt(b)) return notImplemented();
  const sa = i32[(a + OB_SIZE) >> 2], sb = i32[(b + OB_SIZE) >> 2];
  if (sa <= 1 && sa >= -1 && sb <= 1 && sb >= -1) {
    // |values| < 2**30: int32 two's complement gives Python's infinite two's complement result
    return intFromNumber((sa * u32[(a + INT_DIGITS) >> 2]) & (sb * u32[(b + INT_DIGITS) >> 2]));
  }
  if (sa > 0 && sb > 0) return bitwisePositive(a, b, 0);
  // One operand a one-digit non-negative mask: only the other's low digit (in two's complement) counts.
  if (sb === 1 || sb === 0) return intFromNumber(lowDigitTwos(a, sa) & u32[(b + INT_DIGITS) >> 2]);
  if (sa === 1 || sa === 0) return intFromNumber(lowDigitTwos(b, sb) & u32[(a + INT_DIGITS) >> 2]);
  return intFromBigInt(intToBigInt(a) & intToBigInt(b));
}

/** int.__or__. */
export function intOr(a: Borrowed, b: Borrowed): Owned | Null {
  if (!isInt(a) || !isInt(b)) return notImplemented();
  const sa = i32[(a + OB_SIZE) >> 2], sb = i32[(b + OB_SIZE) >> 2];
  if (sa <= 1 && sa >= -1 && sb <= 1 && sb >= -1) {
    return intFromNumber((sa * u32[(a + INT_DIGITS) >> 2]) | (sb * u32[(b + INT_DIGITS) >> 2]));
  }
  if (sa > 0 && sb > 0) return bitwisePositive(a, b, 1);
  return intFromBigInt(intToBigInt(a) | intToBigInt(b));
}

/** int.__xor__. */
export function intXor(a: Borrowed, b: Borrowed): Owned | Null {
  if (!isInt(a) || !isInt(b)) return notImplemented();
  const sa = i32[(a + OB_SIZE) >> 2], sb = i32[(b + OB_SIZE) >> 2];
  if (sa <= 1 && sa >= -1 && sb <= 1 && sb >= -1) {
    return intFromNumber((sa * u32[(a + INT_DIGITS) >> 2]) ^ (sb * u32[(b + INT_DIGITS) >> 2]));
  }
  if (sa > 0 && sb > 0) return bitwisePositive(a, b, 2);
  return intFromBigInt(intToBigInt(a) ^ intToBigInt(b));
}

/** int.bit_length(). https://docs.python.org/3/library/stdtypes.html#int.bit_length */
export function intBitLength(a: Borrowed): Owned | Null {
  return intFromNumber(intBitLengthNumber(a));
}

/** The value of a lowercase hex digit's char code. */
function hexDigit(c: number): number {
  return c <= 57 ? c - 48 : c - 87;
}

/**
 * int.to_bytes(length, byteorder, *, signed): two's complement in `length` bytes.
 * https://docs.python.org/3/library/stdtypes.html#int.to_bytes
 */
export function intToBytes(a: Borrowed, length: number, byteorder: string, signed: boolean): Owned | Null {
  let little: boolean;
  if (byteorder === 'little') little = true;
  else if (byteorder === 'big') little = false;
  else return errSetString(ValueError, "byteorder must be either 'little' or 'big'");
  if (length < 0) return errSetString(ValueError, 'length argument must be non-negative');
  const sa = i32[(a + OB_SIZE) >> 2];
  if (sa < 0 && !signed) return errSetString(OverflowError, "can't convert negative int to unsigned");
  // Bits needed: the magnitude's bits, plus a sign bit when signed (except for -2**(k-1) exactly).
  let v = intToBigInt(a);
  const nbits = intBitLengthNumber(a);
  let need = nbits;
  if (signed && sa !== 0) {
    need = nbits + 1;
    if (sa < 0 && (-v & (-v - 1n)) === 0n) need = nbits; // a power of two: -2**(k-1) fits in k bits
  }
  // CPython lets -1 through in zero bytes (its sign-extension check has no last byte to look at).
  if (need > 8 * length && !(length === 0 && signed && v === -1n)) {
    return errSetString(OverflowError, 'int too big to convert');
  }
  const out = new Uint8Array(length);
  if (v < 0n) v += 1n << BigInt(8 * length);
  // Through hex digits: linear, where shifting a big BigInt a byte at a time is quadratic.
  const hex = v.toString(16);
  for (let i = 0, end = hex.length; end > 0 && i < length; i++, end -= 2) {
    out[little ? i : length - 1 - i] = (hexDigit(hex.charCodeAt(end - 1)) | (end >= 2 ? hexDigit(hex.charCodeAt(end - 2)) << 4 : 0));
  }
  return bytesFromUint8Array(out);
}

/**
 * int.from_bytes(bytes, byteorder, *, signed) on raw bytes.
 * https://docs.python.org/3/library/stdtypes.html#int.from_bytes
 */
export function intFromBytes(data: Uint8Array, byteorder: string, signed: boolean): Owned | Null {
  let little: boolean;
  if (byteorder === 'little') little = true;
  else if (byteorder === 'big') little = false;
  else return errSetString(ValueError, "byteorder must be either 'little' or 'big'");
  const n = data.length;
  if (n === 0) return intFromNumber(0);
  let hex = '';
  for (let i = 0; i < n; i++) {
    const byte = data[little ? n - 1 - i : i];
    hex += (byte < 16 ? '0' : '') + byte.toString(16);
  }
  let v = BigInt('0x' + hex);
  if (signed && (data[little ? n - 1 : 0] & 0x80) !== 0) v -= 1n << BigInt(8 * n);
  return intFromBigInt(v);
}

// ------------------------------------------------------------------------------------------ number slots

export type UnaryFunc = (a: Borrowed) => Owned | Null;
export type BinaryFunc = (a: Borrowed, b: Borrowed) => Owned | Null;
export type TernaryFunc = (a: Borrowed, b: Borrowed, c: Borrowed | Null) => Owned | Null;

/**
 * A type's number slots (PyNumberMethods), for the eval loop's BINARY_OP / UNARY_* dispatch (which tries
 * the left operand's slot, then the right one's, as abstract.c's binary_op1 does; a slot returning
 * NotImplemented passes). `null`: the type has no such slot.
 */
export interface NumberSlots {
  add: BinaryFunc; subtract: BinaryFunc; multiply: BinaryFunc; remainder: BinaryFunc; divmod: BinaryFunc;
  power: TernaryFunc; negative: UnaryFunc; positive: UnaryFunc; absolute: UnaryFunc;
  bool: (a: Borrowed) => number; invert: UnaryFunc | null;
  lshift: BinaryFunc | null; rshift: BinaryFunc | null; and: BinaryFunc | null; xor: BinaryFunc | null;
  or: BinaryFunc | null; int: UnaryFunc; float: UnaryFunc;
  floorDivide: BinaryFunc; trueDivide: BinaryFunc; index: UnaryFunc | null;
}

/** int's number slots (long_as_number). */
/**
 * BINARY_OP on two exact ints that the loop's safe-number path did not take (values past 2**53):
 * the int slot for `op` (the NB_* index) called directly, skipping PyNumber_*'s slot lookups. -1 (as
 * a number, never a valid reference) for operators it does not cover.
 */
export function intBinaryExact(a: Borrowed, b: Borrowed, op: number): Owned | Null | -1 {
  switch (op) {
    case 0: return intAdd(a, b);
    case 1: return intAnd(a, b);
    case 2: return intFloorDiv(a, b);
    case 3: return intLshift(a, b);
    case 5: return intMul(a, b);
    case 6: return intMod(a, b);
    case 7: return intOr(a, b);
    case 9: return intRshift(a, b);
    case 10: return intSub(a, b);
    case 12: return intXor(a, b);
    default: return -1;
  }
}

export const intNumberSlots: NumberSlots = {
  add: intAdd, subtract: intSub, multiply: intMul, remainder: intMod, divmod: intDivmod, power: intPow,
  negative: intNeg, positive: intPos, absolute: intAbs, bool: intBool, invert: intInvert,
  lshift: intLshift, rshift: intRshift, and: intAnd, xor: intXor, or: intOr, int: intInt, float: intFloat,
  floorDivide: intFloorDiv, trueDivide: intTrueDiv, index: intInt,
};
