// The float type: IEEE-754 doubles, and the int/float mixed arithmetic and comparisons.
// Mirrors Objects/floatobject.c (float_add ... float_pow, float_rem/_float_div_mod, float_richcompare,
// float_from_string, float_hash, float___trunc__), where an int operand is converted as CONVERT_TO_DOUBLE does.
// Invariants: a float object never changes its value; comparisons with ints are exact at any size;
// int op float reaches these functions because int's slots return NotImplemented for float operands;
// ** rounds like C's pow (computed in double-double below: V8's Math.pow is often an ulp off).
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
  let ix = powPositive(iv, iw);
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

// pow for x > 0 (finite, not 1) and y finite nonzero, rounded as C's pow is: V8's Math.pow is often an ulp
// off (Math.pow(2, 0.5) !== Math.sqrt(2)). x**y = exp(y log x) is evaluated in double-double arithmetic
// (about 2**-94 relative error) and rounded once, subnormal results included. That reproduces glibc's pow,
// which is correctly rounded except in astronomically rare near-halfway cases; it is not its code.
//
// A double-double value is hi + lo with |lo| <= ulp(hi) / 2; the operations leave their result in DH, DL.

let DH = 0, DL = 0;
const SPLIT = 134217729; // 2**27 + 1, Veltkamp's splitter

/** DH + DL = a * b exactly (Dekker's product; |a|, |b| well below 2**996). */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  DH = p;
  DL = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** DH + DL = a + b exactly. */
function twoSum(a: number, b: number): void {
  const s = a + b, v = s - a;
  DL = (a - (s - v)) + (b - v);
  DH = s;
}

function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  const s = ah + bh, v = s - ah;
  let e = (ah - (s - v)) + (bh - v);
  const t = al + bl, w = t - al;
  const f = (al - (t - w)) + (bl - w);
  e += t;
  const h = s + e;
  e = e - (h - s) + f;
  DH = h + e;
  DL = e - (DH - h);
}

function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = DH, e = DL + (ah * bl + al * bh);
  DH = p + e;
  DL = e - (DH - p);
}

/** (nh + nl) / (dh + dl): a quotient, its remainder, and a correction. */
function ddDiv(nh: number, nl: number, dh: number, dl: number): void {
  const q1 = nh / dh;
  ddMul(q1, 0, dh, dl);
  ddAdd(nh, nl, -DH, -DL);
  const q2 = DH / dh;
  twoSum(q1, q2);
}

const ATANH_TERMS = 40;
const ATANH_HI = new Float64Array(ATANH_TERMS);
const ATANH_LO = new Float64Array(ATANH_TERMS);
const EXP_TERMS = 10;
const EXP_SQUARINGS = 10;
const INVFACT_HI = new Float64Array(EXP_TERMS + 1);
const INVFACT_LO = new Float64Array(EXP_TERMS + 1);
let LN2_HI = 0, LN2_LO = 0;

/** atanh(t) = t (1 + t^2/3 + t^4/5 + ...) with n terms. */
function ddAtanh(th: number, tl: number, n: number): void {
  ddMul(th, tl, th, tl);
  const t2h = DH, t2l = DL;
  let sh = ATANH_HI[n - 1], sl = ATANH_LO[n - 1];
  for (let i = n - 2; i >= 0; i--) {
    ddMul(sh, sl, t2h, t2l);
    ddAdd(DH, DL, ATANH_HI[i], ATANH_LO[i]);
    sh = DH; sl = DL;
  }
  ddMul(sh, sl, th, tl);
}

// The constants (1/(2i+1), 1/k!, ln 2) are computed here rather than typed in.
function powTablesInit(): void {
  for (let i = 0; i < ATANH_TERMS; i++) {
    const d = 2 * i + 1;
    ddDiv(1, 0, d, 0);
    ATANH_HI[i] = DH;
    ATANH_LO[i] = DL;
  }
  INVFACT_HI[0] = 1;
  INVFACT_LO[0] = 0;
  for (let k = 1; k <= EXP_TERMS; k++) {
    ddDiv(INVFACT_HI[k - 1], INVFACT_LO[k - 1], k, 0);
    INVFACT_HI[k] = DH;
    INVFACT_LO[k] = DL;
  }
  ddDiv(1, 0, 3, 0); // ln 2 = 2 atanh(1/3)
  ddAtanh(DH, DL, ATANH_TERMS);
  LN2_HI = 2 * DH;
  LN2_LO = 2 * DL;
}
powTablesInit();

/** log(x) for a finite x > 0, in DH + DL. */
function ddLog(x: number): void {
  let k = 0;
  if (x < 2.2250738585072014e-308) { x *= 18014398509481984; k = -54; } // 2**54: subnormals become normal
  SCRATCH[0] = x;
  const hi = SCRATCH_HI[0];
  k += (hi >>> 20) - 1023;
  SCRATCH_HI[0] = (hi & 0x000fffff) | 0x3ff00000; // x = m * 2**k, m in [1, 2)
  let m = SCRATCH[0];
  if (m > 1.4142135623730951) { m *= 0.5; k++; } // m in [sqrt(1/2), sqrt(2)]
  // log(m) = 2 atanh((m - 1) / (m + 1)); m - 1 is exact, |t| <= 0.172, so 22 terms reach 2**-110
  twoSum(m, 1);
  ddDiv(m - 1, 0, DH, DL);
  ddAtanh(DH, DL, 22);
  const lh = 2 * DH, ll = 2 * DL;
  if (k === 0) { DH = lh; DL = ll; return; }
  twoProd(k, LN2_HI);
  ddAdd(DH, DL + k * LN2_LO, lh, ll);
}

/** C's pow(x, y) for x >= 0 (any y, infinities and NaNs included), rounded as glibc's is. */
export function floatPowDouble(x: number, y: number): number {
  if (x > 0 && x !== 1 && x !== Infinity && y !== 0 && Number.isFinite(y)) return powPositive(x, y);
  if (x === 1 || y === 0) return 1;
  return Math.pow(x, y);
}

/** x**y for x > 0 finite (x != 1), y finite nonzero; Infinity on overflow, rounded like C's pow. */
function powPositive(x: number, y: number): number {
  if (y === 1) return x;
  if (y === 2) return x * x; // one IEEE operation: correctly rounded
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  ddLog(x);
  const lh = DH, ll = DL;
  const z0 = y * lh;
  if (z0 > 710) return Infinity; // e**710 > 2**1024
  if (z0 < -746) return 0; // e**-746 < 2**-1075; past here |y| < 2**63, so the product below is exact
  twoProd(y, lh);
  const zh = DH + (DL + y * ll), zl = (DL + y * ll) - (zh - DH);
  return expDD(zh, zl);
}

/** exp(zh + zl) for |zh| <= 746, rounded once (subnormals included). */
function expDD(zh: number, zl: number): number {
  // z = n ln2 + r with |r| <= ln2 / 2
  const n = Math.round(zh / LN2_HI);
  twoProd(n, LN2_HI);
  const ph = DH, pl = DL + n * LN2_LO;
  ddAdd(zh, zl, -ph, -pl);
  // expm1(r / 2**10) by Taylor, then (1 + e)**(2**10) through e <- 2e + e**2
  const rh = DH * 0.0009765625, rl = DL * 0.0009765625;
  let sh = INVFACT_HI[EXP_TERMS], sl = INVFACT_LO[EXP_TERMS];
  for (let k = EXP_TERMS - 1; k >= 1; k--) {
    ddMul(sh, sl, rh, rl);
    ddAdd(DH, DL, INVFACT_HI[k], INVFACT_LO[k]);
    sh = DH; sl = DL;
  }
  ddMul(sh, sl, rh, rl);
  let eh = DH, el = DL;
  for (let i = 0; i < EXP_SQUARINGS; i++) {
    ddMul(eh, el, eh, el);
    ddAdd(2 * eh, 2 * el, DH, DL);
    eh = DH; el = DL;
  }
  ddAdd(1, 0, eh, el); // exp(r) = DH + DL, with DH = fl(DH + DL)
  return scaleRound(DH, DL, n);
}

/** (h + l) * 2**n rounded once to a double, where h = fl(h + l) and h is about 1. */
function scaleRound(h: number, l: number, n: number): number {
  SCRATCH[0] = h;
  const e = ((SCRATCH_HI[0] >>> 20) & 0x7ff) - 1023;
  if (e + n >= -1022) return floatLdexp(h, n); // normal (or overflow to inf): exact scaling of the rounded h
  // Subnormal: count in units of 2**-1074 and round h + l half to even.
  const s = n + 1074;
  if (s < -60) return 0;
  const a = floatLdexp(h, s), b = floatLdexp(l, s);
  const f = Math.floor(a);
  const rem = (a - f) + b;
  let q = f;
  if (rem > 0.5 || (rem === 0.5 && f % 2 === 1)) q = f + 1;
  else if (rem < 0) q = rem < -0.5 || (rem === -0.5 && f % 2 === 1) ? f - 1 : f;
  return q * 5e-324;
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

/** C's exp(x), correctly rounded except in astronomically rare near-halfway cases (as glibc's). */
export function floatExpDouble(x: number): number {
  if (x !== x) return x;
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  if (x === 0) return 1;
  return expDD(x, 0);
}

let LN10_HI = 0, LN10_LO = 0;

/**
 * C's log(x) (base 0: e), log2 (base 2) or log10 (base 10) for a finite x > 0, computed in double-double
 * and rounded once (glibc's are correctly rounded in practice; V8's Math.log can be an ulp off).
 */
export function floatLogDouble(x: number, base: 0 | 2 | 10): number {
  if (x === 1) return 0;
  ddLog(x);
  if (base === 0) return DH + DL;
  if (base === 2) {
    ddDiv(DH, DL, LN2_HI, LN2_LO);
    return DH + DL;
  }
  if (LN10_HI === 0) {
    const h = DH, l = DL;
    ddLog(10);
    LN10_HI = DH; LN10_LO = DL;
    DH = h; DL = l;
  }
  ddDiv(DH, DL, LN10_HI, LN10_LO);
  return DH + DL;
}
