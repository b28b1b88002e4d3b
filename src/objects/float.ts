// The float type: IEEE-754 doubles, and the int/float mixed arithmetic and comparisons.
// Mirrors Objects/floatobject.c (float_add ... float_pow, float_rem/_float_div_mod, float_richcompare,
// float_from_string, float_hash, float___trunc__), where an int operand is converted as CONVERT_TO_DOUBLE does.
// Invariants: a float object never changes its value; comparisons with ints are exact at any size;
// int op float reaches these functions because int's slots return NotImplemented for float operands;
// ** is glibc's pow bit for bit (support/libm.ts: V8's Math.pow is often an ulp off, and glibc's pow is not
// correctly rounded either, so only the same algorithm gives the same results).
//
//   +0 ob_refcnt  +4 ob_type  +8 ob_fval (f64)

import { i32, f64, u8 } from '../heap/views.ts';
import { OB_TYPE } from '../heap/header.ts';
import { incref, decref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { freelistPop, freelistPush } from '../heap/alloc.ts';
import { floatRepr as doubleRepr } from '../support/float-format.ts';
import { strRepr } from '../support/str-repr.ts';
import { hashDouble } from '../support/numhash.ts';
import { libmPow, libmExp, libmLog, libmLog2, libmLog10 } from '../support/libm.ts';
import {
  typeNewStatic, typeCheck, typeNameOf, Py_TPFLAGS_BASETYPE, Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT,
} from './type.ts';
import { objectNew, objectFree, notImplemented, richCompareResult, boolNew, objectRepr } from './object.ts';
import { errSetString, errSetRaised } from './errors.ts';
import {
  TypeError, ValueError, OverflowError, ZeroDivisionError, exceptionNew,
} from './exceptions.ts';
import { strFromJS, strToJS } from './str.ts';
import { bufferGet, BUF } from './memoryview.ts';
import { tupleNew, tupleSetItemSteal } from './tuple.ts';
import { Py_None } from './none.ts';
import {
  isInt, intToDouble, intSafeValue, intSign, intBitLengthNumber, intToBigInt, intFromDouble, intFromNumber,
  unicodeToAsciiDecimal, type NumberSlots,
} from './int.ts';
import { complexPowDoubles } from './complex.ts';

export const FLOAT_VALUE = 8;
export const FLOAT_SIZE = 16;

export let floatType = 0 as Borrowed;

/** Creates the float type. */
export function floatInitStatic(): void {
  floatType = typeNewStatic({
    name: 'float',
    basicsize: FLOAT_SIZE,
    flags: Py_TPFLAGS_BASETYPE,
    slots: {
      dealloc: floatDealloc, repr: floatReprSlot, hash: floatHash, richcompare: floatRichCompare, bool: floatBool,
      add: floatAdd, sub: floatSub, mul: floatMul, mod: floatMod, divmod: floatDivmod, pow: floatPow,
      neg: floatNeg, pos: floatPos, abs: floatAbs, int: floatInt, float: floatPos, floordiv: floatFloorDiv,
      truediv: floatTrueDiv,
    },
  });
}

/** PyFloat_Check. */
export function isFloat(o: Borrowed): boolean {
  const t = i32[(o + OB_TYPE) >> 2] as Borrowed;
  return t === floatType || typeCheck(o, floatType);
}

/** PyFloat_CheckExact. */
export function isFloatExact(o: Borrowed): boolean {
  return i32[(o + OB_TYPE) >> 2] === floatType;
}

/** The heap free list floats use (heap/alloc.ts; one kind per type that keeps one). */
export const FREELIST_FLOAT = 0;

/** PyFloat_FromDouble: from the free list when it has a block (CPython keeps up to 100 floats). */
export function floatNew(x: number): Owned | Null {
  let o = freelistPop(FREELIST_FLOAT) as Owned | Null;
  if (o !== 0) i32[o >> 2] = 1; // the block kept its type word and its reference to the type
  else {
    o = objectNew(floatType, FLOAT_SIZE);
    if (o === NULL) return NULL;
  }
  f64[(o + FLOAT_VALUE) >> 3] = x;
  return o;
}

/** float_dealloc: an exact float goes on the free list while it has room. */
function floatDealloc(o: Owned): void {
  if (i32[(o + OB_TYPE) >> 2] !== floatType || !freelistPush(FREELIST_FLOAT, o)) objectFree(o);
}

/** PyFloat_AS_DOUBLE: the value of a float (no check). */
export function floatValue(o: Borrowed): number {
  return f64[(o + FLOAT_VALUE) >> 3];
}

/**
 * PyFloat_AsDouble for floats and ints: -1 with an exception set on error (OverflowError for a huge
 * int, TypeError for anything else; there is no __float__/__index__ dispatch yet).
 */
export function floatAsDouble(o: Borrowed): number {
  if (isFloat(o)) return floatValue(o);
  if (isInt(o)) {
    const d = intToDouble(o);
    return d === d ? d : -1;
  }
  errSetString(TypeError, `must be real number, not ${typeNameOf(o)}`);
  return -1;
}

/** float(int): the nearest double; OverflowError 'int too large to convert to float'. */
export function floatFromInt(o: Borrowed): Owned | Null {
  const d = intToDouble(o);
  return d === d ? floatNew(d) : NULL;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

// A NaN with its sign bit set (a literal -NaN may be folded to the plain NaN).
const NEG_NAN = new Float64Array(new BigUint64Array([0xfff8000000000000n]).buffer)[0];

const DECIMAL = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const INF_NAN = /^([+-]?)(?:(inf|infinity)|nan)$/i;

/**
 * float(s) for a str (PyFloat_FromString): white space around, underscores between digits only, Unicode
 * decimal digits, 'inf'/'infinity'/'nan' in any case with a sign; correctly rounded.
 * https://docs.python.org/3/library/functions.html#float
 */
export function floatFromString(s: string): Owned | Null {
  const t = unicodeToAsciiDecimal(s);
  let u = t;
  if (t.includes('_')) {
    // _Py_string_to_number_with_underscores: an underscore must sit between two digits.
    let prev = 0;
    u = '';
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 95) {
        if (!isDigit(prev)) return cannotConvert(s);
      } else {
        if (prev === 95 && !isDigit(c)) return cannotConvert(s);
        u += t[i];
      }
      prev = c;
    }
    if (prev === 95) return cannotConvert(s);
  }
  let a = 0, b = u.length;
  while (a < b && isAsciiSpace(u.charCodeAt(a))) a++;
  while (b > a && isAsciiSpace(u.charCodeAt(b - 1))) b--;
  const body = a === 0 && b === u.length ? u : u.slice(a, b);
  if (DECIMAL.test(body)) return floatNew(Number(body)); // JS's string-to-number rounds correctly
  const m = INF_NAN.exec(body);
  if (m !== null) {
    const neg = m[1] === '-';
    if (m[2] !== undefined) return floatNew(neg ? -Infinity : Infinity);
    return floatNew(neg ? NEG_NAN : NaN); // -fabs(NAN): the sign bit is set, as CPython's
  }
  return cannotConvert(s);
}

// The object whose repr the error shows when the text came from a buffer (bytes, bytearray, memoryview).
let shownObject: Borrowed | Null = NULL;

function cannotConvert(s: string): Null {
  let shown = strRepr(s);
  if (shownObject !== NULL) {
    const r = objectRepr(shownObject);
    if (r === NULL) return NULL;
    shown = strToJS(r);
    decref(r);
  }
  return errSetString(ValueError, `could not convert string to float: ${shown}`);
}

/** float(b) for an object exporting a buffer (bufferCheck(o)): its bytes parsed as latin-1 text. */
export function floatFromBuffer(o: Borrowed): Owned | Null {
  if (!bufferGet(o, true)) return NULL;
  let s = '';
  for (let i = BUF.ptr, end = BUF.ptr + BUF.len; i < end; i++) s += String.fromCharCode(u8[i]);
  shownObject = o;
  const r = floatFromString(s);
  shownObject = NULL;
  return r;
}

// ------------------------------------------------------------------------------------------ slots

function floatReprSlot(o: Borrowed): Owned | Null {
  return strFromJS(doubleRepr(floatValue(o)));
}

/** float.__repr__ (and __str__) as a JS string: the shortest text that round-trips. */
export function floatToString(o: Borrowed): string {
  return doubleRepr(floatValue(o));
}

/** float.__hash__: numeric hash (equal to the hash of an equal int); a NaN hashes by identity. */
export function floatHash(o: Borrowed): number {
  return hashDouble(f64[(o + FLOAT_VALUE) >> 3], o);
}

/** nb_bool. */
export function floatBool(o: Borrowed): number {
  return f64[(o + FLOAT_VALUE) >> 3] !== 0 ? 1 : 0; // NaN is true
}

function compareDoubles(i: number, j: number, op: number): Owned {
  let r: boolean;
  switch (op) {
    case Py_LT: r = i < j; break;
    case Py_LE: r = i <= j; break;
    case Py_EQ: r = i === j; break;
    case Py_NE: r = i !== j; break;
    case Py_GT: r = i > j; break;
    default: r = i >= j; break;
  }
  return boolNew(r);
}

/**
 * float_richcompare: with a float, IEEE comparison; with an int of any size, the exact mathematical
 * comparison (2**53 + 1 > float(2**53) is True); NotImplemented otherwise.
 */
export function floatRichCompare(v: Borrowed, w: Borrowed, op: number): Owned | Null {
  if (!isFloat(v)) return notImplemented();
  const i = floatValue(v);
  if (isFloat(w)) return compareDoubles(i, floatValue(w), op);
  if (!isInt(w)) return notImplemented();
  // inf and nan compare with any int as with 0.0: the int's size no longer matters
  if (i !== i || i === Infinity || i === -Infinity) return compareDoubles(i, 0, op);
  const j = intSafeValue(w);
  if (j === j) return compareDoubles(i, j, op); // both exact doubles
  // |w| >= 2**53: compare signs, then magnitudes by bit length, then exactly.
  const vs = i < 0 ? -1 : i > 0 ? 1 : 0, ws = intSign(w);
  if (vs !== ws) return richCompareResult(vs - ws, op);
  const nbits = intBitLengthNumber(w);
  const ai = i < 0 ? -i : i;
  let mag: number;
  if (ai < 2 ** (nbits - 1)) mag = -1;
  else if (ai >= 2 ** nbits) mag = 1;
  else {
    // 2**(nbits-1) <= |i| with nbits > 53: i is an integer, exact as a bigint
    const bi = BigInt(ai), bw = intToBigInt(w);
    const aw = bw < 0n ? -bw : bw;
    mag = bi < aw ? -1 : bi > aw ? 1 : 0;
  }
  return richCompareResult(vs > 0 ? mag : -mag, op);
}

// Operands of the binary slots after CONVERT_TO_DOUBLE.
let opA = 0, opB = 0;

/** Converts both operands: 1 done (opA, opB), 0 one is not a float or an int (NotImplemented), -1 error. */
function convertOperands(a: Borrowed, b: Borrowed): number {
  if (isFloat(a)) opA = floatValue(a);
  else if (isInt(a)) {
    if (!isFloat(b) && !isInt(b)) return 0;
    opA = intToDouble(a);
    if (opA !== opA) return -1;
  } else return 0;
  if (isFloat(b)) opB = floatValue(b);
  else if (isInt(b)) {
    opB = intToDouble(b);
    if (opB !== opB) return -1;
  } else return 0;
  return 1;
}

function unconverted(c: number): Owned | Null {
  return c === 0 ? notImplemented() : NULL;
}

/** float.__add__ (and int + float). */
export function floatAdd(a: Borrowed, b: Borrowed): Owned | Null {
  const c = convertOperands(a, b);
  return c === 1 ? floatNew(opA + opB) : unconverted(c);
}

/** float.__sub__. */
export function floatSub(a: Borrowed, b: Borrowed): Owned | Null {
  const c = convertOperands(a, b);
  return c === 1 ? floatNew(opA - opB) : unconverted(c);
}

/** float.__mul__. */
export function floatMul(a: Borrowed, b: Borrowed): Owned | Null {
  const c = convertOperands(a, b);
  return c === 1 ? floatNew(opA * opB) : unconverted(c);
}

/** float.__truediv__. */
export function floatTrueDiv(a: Borrowed, b: Borrowed): Owned | Null {
  const c = convertOperands(a, b);
  if (c !== 1) return unconverted(c);
  if (opB === 0) return errSetString(ZeroDivisionError, 'float division by zero');
  return floatNew(opA / opB);
}

function copysignZero(x: number): number {
  return x < 0 || (x === 0 && 1 / x < 0) || (x !== x && signBit(x)) ? -0 : 0;
}

const SCRATCH = new Float64Array(1);
const SCRATCH_HI = new Int32Array(SCRATCH.buffer, 4, 1);

function signBit(x: number): boolean {
  SCRATCH[0] = x;
  return SCRATCH_HI[0] < 0;
}

/** float % float: the result takes the sign of the divisor (float_rem). */
function remainder(vx: number, wx: number): number {
  let mod = vx % wx; // C's fmod: exact
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) mod += wx;
  } else {
    mod = copysignZero(wx);
  }
  return mod;
}

let dmDiv = 0, dmMod = 0;

/** _float_div_mod: floor quotient and remainder, with CPython's signs of zeros and nan handling. */
function divMod(vx: number, wx: number): void {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) { // NaN counts as nonzero, as in C
    if ((wx < 0) !== (mod < 0)) { mod += wx; div -= 1.0; }
  } else {
    mod = copysignZero(wx);
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = copysignZero(vx / wx);
  }
  dmDiv = floordiv;
  dmMod = mod;
}

/** float.__floordiv__. */
export function floatFloorDiv(a: Borrowed, b: Borrowed): Owned | Null {
  const c = convertOperands(a, b);
  if (c !== 1) return unconverted(c);
  if (opB === 0) return errSetString(ZeroDivisionError, 'float floor division by zero');
  divMod(opA, opB);
  return floatNew(dmDiv);
}

/** float.__mod__. */
export function floatMod(a: Borrowed, b: Borrowed): Owned | Null {
  const c = convertOperands(a, b);
  if (c !== 1) return unconverted(c);
  if (opB === 0) return errSetString(ZeroDivisionError, 'float modulo');
  return floatNew(remainder(opA, opB));
}

/** float.__divmod__: (a // b, a % b) as floats. */
export function floatDivmod(a: Borrowed, b: Borrowed): Owned | Null {
  const c = convertOperands(a, b);
  if (c !== 1) return unconverted(c);
  if (opB === 0) return errSetString(ZeroDivisionError, 'float divmod()');
  divMod(opA, opB);
  const m = dmMod;
  const q = floatNew(dmDiv);
  if (q === NULL) return NULL;
  return pairSteal(q, floatNew(m));
}

function isOddInteger(x: number): boolean {
  return Math.abs(x) % 2 === 1;
}

/** Raises OverflowError(34, 'Numerical result out of range'), as PyErr_SetFromErrno(ERANGE) does. */
function errRange(): Null {
  const args = tupleNew(2);
  if (args === NULL) return NULL;
  const code = intFromNumber(34); // a small int: never fails
  tupleSetItemSteal(args, 0, code as Owned);
  const msg = strFromJS('Numerical result out of range');
  if (msg === NULL) { decref(args); return NULL; }
  tupleSetItemSteal(args, 1, msg);
  const e = exceptionNew(OverflowError, args);
  if (e === NULL) return NULL;
  errSetRaised(e);
  return NULL;
}

/**
 * float.__pow__ (and int ** float, int ** negative int): C99 pow with CPython's special cases; `m` must
 * be None (or NULL). https://docs.python.org/3/library/functions.html#pow
 */
export function floatPow(a: Borrowed, b: Borrowed, m: Borrowed | Null): Owned | Null {
  if (m !== NULL && m !== Py_None) {
    return errSetString(TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
  }
  const c = convertOperands(a, b);
  if (c !== 1) return unconverted(c);
  let iv = opA;
  const iw = opB;
  if (iw === 0) return floatNew(1.0); // v**0 is 1, even 0**0 and nan**0
  if (iv !== iv) return floatNew(iv);
  if (iw !== iw) return floatNew(iv === 1.0 ? 1.0 : iw);
  if (iw === Infinity || iw === -Infinity) {
    // |v| < 1: v**inf is 0, v**-inf inf; |v| > 1 the other way round; |v| == 1 gives 1
    iv = Math.abs(iv);
    if (iv === 1.0) return floatNew(1.0);
    if ((iw > 0) === (iv > 1.0)) return floatNew(Infinity);
    return floatNew(0.0);
  }
  if (iv === Infinity || iv === -Infinity) {
    const odd = isOddInteger(iw);
    if (iw > 0) return floatNew(odd ? iv : Math.abs(iv));
    return floatNew(odd ? copysignZero(iv) : 0.0);
  }
  if (iv === 0) {
    if (iw < 0) return errSetString(ZeroDivisionError, '0.0 cannot be raised to a negative power');
    return floatNew(isOddInteger(iw) ? iv : 0.0);
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) {
      // CPython returns complex(v) ** complex(w) here.
      return complexPowDoubles(iv, 0, iw, 0);
    }
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return floatNew(negate ? -1.0 : 1.0);
  let ix = libmPow(iv, iw);
  if (ix === Infinity) return errRange();
  if (negate) ix = -ix;
  return floatNew(ix);
}

/** C's ldexp: x * 2**e, exact whenever the result is representable (x carries at most 53 significant bits). */
export function floatLdexp(x: number, e: number): number {
  while (e > 1023) {
    x *= 8.98846567431158e307; // 2**1023
    e -= 1023;
    if (x === Infinity || x === -Infinity) return x;
  }
  while (e < -1022) {
    x *= 2.2250738585072014e-308; // 2**-1022
    e += 1022;
    if (x === 0) return x;
  }
  return x * 2 ** e;
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

/** C's pow(x, y), special cases included: glibc's, bit for bit (support/libm.ts). */
export function floatPowDouble(x: number, y: number): number {
  return libmPow(x, y);
}

/** float.__neg__. */
export function floatNeg(a: Borrowed): Owned | Null {
  return floatNew(-floatValue(a));
}

/** float.__abs__. */
export function floatAbs(a: Borrowed): Owned | Null {
  return floatNew(Math.abs(floatValue(a)));
}

/** float.__pos__ / float.__float__: the same object for an exact float, else a new exact float. */
export function floatPos(a: Borrowed): Owned | Null {
  if (isFloatExact(a)) { incref(a); return a as Owned; }
  return floatNew(floatValue(a));
}

/** float.__int__ / __trunc__: truncates; ValueError for nan, OverflowError for inf. */
export function floatInt(a: Borrowed): Owned | Null {
  return intFromDouble(floatValue(a));
}

/** float's number slots (float_as_number); the binary ones also take int operands. */
export const floatNumberSlots: NumberSlots = {
  add: floatAdd, subtract: floatSub, multiply: floatMul, remainder: floatMod, divmod: floatDivmod,
  power: floatPow, negative: floatNeg, positive: floatPos, absolute: floatAbs, bool: floatBool, invert: null,
  lshift: null, rshift: null, and: null, xor: null, or: null, int: floatInt, float: floatPos,
  floorDivide: floatFloorDiv, trueDivide: floatTrueDiv, index: null,
};

/** C's exp(x): glibc's, bit for bit (support/libm.ts). */
export function floatExpDouble(x: number): number {
  return libmExp(x);
}

/** C's log(x) (base 0: e), log2 (base 2) or log10 (base 10) for a finite x > 0: glibc's, bit for bit. */
export function floatLogDouble(x: number, base: 0 | 2 | 10): number {
  return base === 0 ? libmLog(x) : base === 2 ? libmLog2(x) : libmLog10(x);
}
