// The math module: every function and constant of CPython 3.12's math.
// Mirrors Modules/mathmodule.c: math_1/math_2 error rules ("math domain error" / "math range error"),
// fsum (Shewchuk's exact partials, CPython's half-even fix-up), vector_norm for hypot/dist, m_tgamma and
// m_lgamma (Lanczos, N=13), m_remainder, loghelper for huge ints, exact integer comb/perm/isqrt/factorial.
// Invariants: no module state; exp/exp2/log/log2/log10/pow are glibc's algorithms, bit for bit
// (support/libm.ts), and so are cbrt (libm-cbrt.ts) and expm1/log1p and the hyperbolics (libm-hyp.ts);
// sin/cos/tan/atan/atan2/asin/acos are correctly rounded (libm-trig.ts), which is what glibc returns for
// all but rare inputs (glibc's own last-bit errors there are not reproduced).

import { incref, decref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { nativeModuleNew, moduleAddSteal } from './native.ts';
import { type MethodDef, argAt, argsNoKwnames } from '../objects/methodobject.ts';
import { errSetString, errOccurred, errClear, errExceptionMatches } from '../objects/errors.ts';
import { TypeError, ValueError, OverflowError, ZeroDivisionError } from '../objects/exceptions.ts';
import { typeNameOf, slotsOf } from '../objects/type.ts';
import { boolNew } from '../objects/object.ts';
import {
  isInt, isIntExact, intToBigInt, intFromBigInt, intFromNumber, intToDouble, intAsDouble, intSign, intBitLengthNumber,
} from '../objects/int.ts';
import { isFloat, isFloatExact, floatValue, floatNew, floatPowDouble, floatExpDouble, floatLogDouble, floatLdexp } from '../objects/float.ts';
import { tupleNew, tupleSetItemSteal, tupleSize, tupleGetItemBorrow, isTuple } from '../objects/tuple.ts';
import { libmExp2 } from '../support/libm.ts';
import { libmSin, libmCos, libmTan, libmAtan, libmAtan2, libmAsin, libmAcos } from '../support/libm-trig.ts';
import { libmCbrt } from '../support/libm-cbrt.ts';
import { libmExpm1, libmLog1p, libmCosh, libmSinh, libmTanh, libmAsinh, libmAcosh, libmAtanh } from '../support/libm-hyp.ts';
import { Py_None } from '../objects/none.ts';
import {
  floatAsDoubleAny, numberIndex, lookupSpecial, objectCallNoArgs, objectGetIter, iterNext, sequenceTuple,
  numberMultiply, numberAdd, parseArgs, PARSED,
} from '../objects/abstract.ts';
import { twoProd, DD, nextAfter, ulp as ulpOf } from '../support/numeric.ts';
import { erf as erfD, erfc as erfcD } from '../support/erf.ts';

type Fn = (self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null) => Owned | Null;

const domainError = (): Null => errSetString(ValueError, 'math domain error');
const rangeError = (): Null => errSetString(OverflowError, 'math range error');

/** ASSIGN_DOUBLE: a float argument (__float__ / __index__ accepted); NaN-safe, check errOccurred on -1. */
function toDouble(o: Borrowed): number {
  if (isFloatExact(o)) return floatValue(o);
  if (isInt(o)) return intAsDouble(o); // -1 with OverflowError set when too large
  const s = slotsOf(o);
  if (s.float === null && s.index === null && !isFloat(o)) {
    errSetString(TypeError, `must be real number, not ${typeNameOf(o)}`);
    return -1;
  }
  return floatAsDoubleAny(o);
}

function failed(v: number): boolean {
  return v === -1 && errOccurred() !== NULL;
}

/** A METH_O function: exactly one positional argument. */
function meth1(name: string, body: (x: Borrowed) => Owned | Null): MethodDef {
  const fn: Fn = (_self, args, nargs, kwnames) => {
    if (!argsNoKwnames(name, kwnames)) return NULL;
    if (nargs !== 1) return errSetString(TypeError, `math.${name}() takes exactly one argument (${nargs} given)`);
    return body(argAt(args, 0));
  };
  return { name, fn };
}

/** A METH_FASTCALL function with exactly `n` positional arguments ("atan2 expected 2 arguments, got 1"). */
function methN(name: string, n: number, body: (args: number) => Owned | Null): MethodDef {
  const fn: Fn = (_self, args, nargs, kwnames) => {
    if (!argsNoKwnames(name, kwnames)) return NULL;
    if (nargs !== n) return errSetString(TypeError, `${name} expected ${n} argument${n === 1 ? '' : 's'}, got ${nargs}`);
    return body(args);
  };
  return { name, fn };
}

/** math_1: f(x) with CPython's error rules; canOverflow picks OverflowError over ValueError for inf. */
function math1(name: string, f: (x: number) => number, canOverflow: boolean): MethodDef {
  return meth1(name, (a) => {
    const x = toDouble(a);
    if (failed(x)) return NULL;
    const r = f(x);
    if (r !== r && x === x) return domainError();
    if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) return canOverflow ? rangeError() : domainError();
    return floatNew(r);
  });
}

// errno for the functions that report errors the C way (math_1a, math_2, pow)
const EDOM = 33, ERANGE = 34;
let errno = 0;

/** is_error: EDOM is a ValueError; ERANGE an OverflowError unless the result underflowed (|r| < 1.5). */
function isError(r: number): boolean {
  if (errno === EDOM) { domainError(); return true; }
  if (errno === ERANGE) {
    if (Math.abs(r) < 1.5) return false;
    rangeError();
    return true;
  }
  return false;
}

/** math_1a: f sets errno itself (gamma, lgamma). */
function math1a(name: string, f: (x: number) => number): MethodDef {
  return meth1(name, (a) => {
    const x = toDouble(a);
    if (failed(x)) return NULL;
    errno = 0;
    const r = f(x);
    if (errno !== 0 && isError(r)) return NULL;
    return floatNew(r);
  });
}

/** math_2: f(x, y); a NaN from non-NaN inputs is EDOM, an inf from finite ones ERANGE. */
function math2(name: string, f: (x: number, y: number) => number): MethodDef {
  return methN(name, 2, (args) => {
    const x = toDouble(argAt(args, 0));
    if (failed(x)) return NULL;
    const y = toDouble(argAt(args, 1));
    if (failed(y)) return NULL;
    errno = 0;
    const r = f(x, y);
    if (r !== r) errno = x === x && y === y ? EDOM : 0;
    else if (r === Infinity || r === -Infinity) errno = Number.isFinite(x) && Number.isFinite(y) ? ERANGE : 0;
    if (errno !== 0 && isError(r)) return NULL;
    return floatNew(r);
  });
}

// ------------------------------------------------------------------------------------------ real functions

const PI = Math.PI;
const LOGPI = 1.144729885849400174143427351353058711647;

function copysign(x: number, y: number): number {
  const neg = y < 0 || (y === 0 && 1 / y < 0) || (y !== y && signBitNaN(y));
  const ax = Math.abs(x);
  return neg ? -ax : ax;
}

const SF = new Float64Array(1);
const SW = new Int32Array(SF.buffer);
function signBitNaN(x: number): boolean {
  SF[0] = x;
  return SW[1] < 0;
}

/** m_sinpi: sin(pi * x), exact at integers and half-integers. */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y);
  let r: number;
  switch (n) {
    case 0: r = libmSin(PI * y); break;
    case 1: r = libmCos(PI * (y - 0.5)); break;
    case 2: r = libmSin(PI * (1 - y)); break;
    case 3: r = -libmCos(PI * (y - 1.5)); break;
    default: r = libmSin(PI * (y - 2)); break;
  }
  return copysign(1, x) * r;
}

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
// the denominator x (x+1) ... (x+11), expanded
const LANCZOS_DEN = [0, 39916800, 120543840, 150917976, 105258076, 45995730, 13339535, 2637558, 357423, 32670, 1925, 66, 1];

function lanczosSum(x: number): number {
  let num = 0, den = 0;
  if (x < 5) {
    for (let i = 12; i >= 0; i--) { num = num * x + LANCZOS_NUM[i]; den = den * x + LANCZOS_DEN[i]; }
  } else {
    for (let i = 0; i < 13; i++) { num = num / x + LANCZOS_NUM[i]; den = den / x + LANCZOS_DEN[i]; }
  }
  return num / den;
}

function factorialDouble(n: number): number {
  let r = 1;
  for (let i = 2; i <= n; i++) r *= i; // exact up to 22! (all below 2**53 * small powers of two)
  return r;
}

/** m_tgamma (Lanczos approximation, reflection for x < 0). */
function tgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (x !== x || x > 0) return x;
    errno = EDOM;
    return NaN;
  }
  if (x === 0) { errno = EDOM; return copysign(Infinity, x); }
  if (x === Math.floor(x)) {
    if (x < 0) { errno = EDOM; return NaN; }
    if (x <= 23) return factorialDouble(x - 1);
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1 / x;
    if (r === Infinity || r === -Infinity) errno = ERANGE;
    return r;
  }
  if (absx > 200) {
    if (x < 0) return 0 / sinpi(x);
    errno = ERANGE;
    return Infinity;
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) { const q = y - absx; z = q - LANCZOS_G_MINUS_HALF; }
  else { const q = y - LANCZOS_G_MINUS_HALF; z = q - absx; }
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0) {
    r = -PI / sinpi(absx) / absx * floatExpDouble(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) r /= floatPowDouble(y, absx - 0.5);
    else { const sp = floatPowDouble(y, absx / 2 - 0.25); r /= sp; r /= sp; }
  } else {
    r = lanczosSum(absx) / floatExpDouble(y);
    r += z * r;
    if (absx < 140) r *= floatPowDouble(y, absx - 0.5);
    else { const sp = floatPowDouble(y, absx / 2 - 0.25); r *= sp; r *= sp; }
  }
  if (r === Infinity || r === -Infinity) errno = ERANGE;
  return r;
}

function clog(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x === 0) return -Infinity;
  if (x < 0) return NaN;
  return floatLogDouble(x, 0);
}

/** m_lgamma. */
function lgamma(x: number): number {
  if (!Number.isFinite(x)) return x !== x ? x : Infinity;
  if (x === Math.floor(x) && x <= 2) {
    if (x <= 0) { errno = EDOM; return Infinity; }
    return 0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -clog(absx);
  let r = clog(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (clog(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOGPI - clog(Math.abs(sinpi(absx))) - clog(absx) - r;
  if (r === Infinity || r === -Infinity) errno = ERANGE;
  return r;
}

/** m_remainder: IEEE 754 remainder, exact. */
function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x), absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2 * ((0.5 * (absx - m)) % absy);
    return copysign(1, x) * r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === Infinity || x === -Infinity) return NaN;
  return x;
}

/** C's pow for finite x and y (negative bases with integral exponents, zeros with signs). */
function cpow(x: number, y: number): number {
  if (x >= 0 && !(x === 0 && 1 / x < 0)) {
    if (x === 0) return y < 0 ? Infinity : y === 0 ? 1 : 0;
    return floatPowDouble(x, y);
  }
  const oddY = Math.abs(y) % 2 === 1;
  if (x === 0) { // -0.0
    if (y < 0) return oddY ? -Infinity : Infinity;
    if (y === 0) return 1;
    return oddY ? -0 : 0;
  }
  if (y !== Math.floor(y)) return NaN;
  const r = floatPowDouble(-x, y);
  return oddY ? -r : r;
}

function math_pow(args: number): Owned | Null {
  const x = toDouble(argAt(args, 0));
  if (failed(x)) return NULL;
  const y = toDouble(argAt(args, 1));
  if (failed(y)) return NULL;
  let r = 0;
  errno = 0;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x !== x) r = y === 0 ? 1 : x;
    else if (y !== y) r = x === 1 ? 1 : y;
    else if (x === Infinity || x === -Infinity) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) r = oddY ? x : Math.abs(x);
      else if (y === 0) r = 1;
      else r = oddY ? copysign(0, x) : 0;
    } else {
      if (Math.abs(x) === 1) r = 1;
      else if (y > 0 && Math.abs(x) > 1) r = y;
      else if (y < 0 && Math.abs(x) < 1) r = -y;
      else r = 0;
    }
  } else {
    r = cpow(x, y);
    if (!Number.isFinite(r)) {
      if (r !== r) errno = EDOM;
      else errno = x === 0 ? EDOM : ERANGE;
    }
  }
  if (errno !== 0 && isError(r)) return NULL;
  return floatNew(r);
}

/** frexp as a pair (mantissa in [0.5, 1), exponent). */
function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  SF[0] = x;
  let e = (SW[1] >>> 20) & 0x7ff;
  let adj = 0;
  if (e === 0) { SF[0] = x * 18014398509481984; e = (SW[1] >>> 20) & 0x7ff; adj = -54; }
  SW[1] = (SW[1] & 0x800fffff) | (1022 << 20);
  return [SF[0], e - 1022 + adj];
}

// ------------------------------------------------------------------------------------------ helpers

function pairNew(a: Owned | Null, b: Owned | Null): Owned | Null {
  if (a === NULL || b === NULL) { if (a !== NULL) decref(a); if (b !== NULL) decref(b); return NULL; }
  const t = tupleNew(2);
  if (t === NULL) { decref(a); decref(b); return NULL; }
  tupleSetItemSteal(t, 0, a);
  tupleSetItemSteal(t, 1, b);
  return t;
}

/** Collects the items of an iterable as owned references (released by the caller), or null on error. */
function collect(o: Borrowed): Owned[] | null {
  const it = objectGetIter(o);
  if (it === NULL) return null;
  const out: Owned[] = [];
  for (;;) {
    const v = iterNext(it);
    if (v === NULL) break;
    out.push(v);
  }
  decref(it);
  if (errOccurred() !== NULL) { for (const v of out) decref(v); return null; }
  return out;
}

function releaseAll(a: Owned[]): void {
  for (const v of a) decref(v);
}

/** An exact int argument through __index__, as a bigint (null with the exception set). */
function indexBig(o: Borrowed): bigint | null {
  if (isInt(o)) return intToBigInt(o);
  const i = numberIndex(o);
  if (i === NULL) return null;
  const v = intToBigInt(i);
  decref(i);
  return v;
}

function bigAbs(v: bigint): bigint {
  return v < 0n ? -v : v;
}

function bigGcd(a: bigint, b: bigint): bigint {
  a = bigAbs(a); b = bigAbs(b);
  while (b !== 0n) { const t = a % b; a = b; b = t; }
  return a;
}

/** isqrt for n >= 0: Newton's iteration from an upper bound. */
export function bigIsqrt(n: bigint): bigint {
  if (n < 2n) return n;
  const bits = n.toString(2).length;
  let x = 1n << BigInt((bits >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** Product of the integers in [lo, hi) by binary splitting (fast for factorial, perm and comb). */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const n = hi - lo;
  if (n <= 0n) return 1n;
  if (n <= 16n) { let r = 1n; for (let i = lo; i < hi; i++) r *= i; return r; }
  const mid = lo + n / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

// ------------------------------------------------------------------------------------------ fsum, hypot

/** math.fsum: Shewchuk's algorithm, exact before the final rounding. */
function math_fsum(o: Borrowed): Owned | Null {
  const it = objectGetIter(o);
  if (it === NULL) return NULL;
  const p: number[] = [];
  let n = 0;
  let specialSum = 0, infSum = 0;
  for (;;) {
    const item = iterNext(it);
    if (item === NULL) break;
    let x = toDouble(item);
    decref(item);
    if (failed(x)) { decref(it); return NULL; }
    const xsave = x;
    let i = 0;
    for (let j = 0; j < n; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    n = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) { decref(it); return errSetString(OverflowError, 'intermediate overflow in fsum'); }
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        specialSum += xsave;
        n = 0;
      } else p[n++] = x;
    }
  }
  decref(it);
  if (errOccurred() !== NULL) return NULL;
  if (specialSum !== 0) {
    if (infSum !== infSum) return errSetString(ValueError, '-inf + inf in fsum');
    return floatNew(specialSum);
  }
  let hi = 0;
  if (n > 0) {
    hi = p[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi, y = p[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return floatNew(hi);
}

const DBL_MIN = 2.2250738585072014e-308;

/** vector_norm: the Euclidean norm, scaled, with exact squares and a differential correction. */
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || n <= 1) return max;
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    for (let i = 0; i < n; i++) vec[i] /= DBL_MIN;
    return DBL_MIN * vectorNorm(vec, max / DBL_MIN, foundNan);
  }
  const scale = floatLdexp(1, -maxE);
  let csum = 1, frac1 = 0, frac2 = 0;
  for (let i = 0; i < n; i++) {
    const x = vec[i] * scale;
    twoProd(x, x);
    const prHi = DD[0], prLo = DD[1];
    const smHi = csum + prHi;
    const smLo = (csum - smHi) + prHi;
    csum = smHi;
    frac1 += prLo;
    frac2 += smLo;
  }
  let h = Math.sqrt(csum - 1 + (frac1 + frac2));
  twoProd(-h, h);
  const prHi = DD[0], prLo = DD[1];
  const smHi = csum + prHi;
  const smLo = (csum - smHi) + prHi;
  csum = smHi;
  frac1 += prLo;
  frac2 += smLo;
  const x = csum - 1 + (frac1 + frac2);
  h += x / (2 * h);
  return h / scale;
}

const math_hypot: Fn = (_self, args, nargs, kwnames) => {
  if (!argsNoKwnames('hypot', kwnames)) return NULL;
  const vec: number[] = [];
  let max = 0, foundNan = false;
  for (let i = 0; i < nargs; i++) {
    const x = toDouble(argAt(args, i));
    if (failed(x)) return NULL;
    const a = Math.abs(x);
    vec.push(a);
    foundNan ||= a !== a;
    if (a > max) max = a;
  }
  return floatNew(vectorNorm(vec, max, foundNan));
};

function math_dist(args: number): Owned | Null {
  let p: Owned | Null = NULL, q: Owned | Null = NULL;
  fail: {
    p = isTuple(argAt(args, 0)) ? sequenceTupleRef(argAt(args, 0)) : sequenceTuple(argAt(args, 0));
    if (p === NULL) break fail;
    q = isTuple(argAt(args, 1)) ? sequenceTupleRef(argAt(args, 1)) : sequenceTuple(argAt(args, 1));
    if (q === NULL) break fail;
    const n = tupleSize(p);
    if (n !== tupleSize(q)) { errSetString(ValueError, 'both points must have the same number of dimensions'); break fail; }
    const vec: number[] = [];
    let max = 0, foundNan = false;
    for (let i = 0; i < n; i++) {
      const px = toDouble(tupleGetItemBorrow(p, i));
      if (failed(px)) break fail;
      const qx = toDouble(tupleGetItemBorrow(q, i));
      if (failed(qx)) break fail;
      const x = Math.abs(px - qx);
      vec.push(x);
      foundNan ||= x !== x;
      if (x > max) max = x;
    }
    decref(p); decref(q);
    return floatNew(vectorNorm(vec, max, foundNan));
  }
  if (p !== NULL) decref(p);
  if (q !== NULL) decref(q);
  return NULL;
}

function sequenceTupleRef(t: Borrowed): Owned {
  return sequenceTuple(t) as Owned; // a tuple converts without failing
}

// ------------------------------------------------------------------------------------------ log

/** loghelper: log of an int of any size (via frexp for ints beyond the float range), or of a float. */
function logHelper(o: Borrowed, base: 0 | 2 | 10): number | null {
  if (isInt(o)) {
    if (intSign(o) <= 0) { domainError(); return null; }
    const d = intToDouble(o);
    if (d !== d) {
      // too large for a double: x = m * 2**e with m in [0.5, 1) rounded to 53 bits
      errClearOverflow();
      const e = intBitLengthNumber(o);
      const v = intToBigInt(o);
      const shift = e - 55;
      let top = Number(v >> BigInt(shift)); // 55 bits, then round to 53 half-even with a sticky bit
      const sticky = (v & ((1n << BigInt(shift)) - 1n)) !== 0n;
      const low = top % 4;
      top -= low;
      if (low > 2 || (low === 2 && (sticky || (top / 4) % 2 === 1))) top += 4;
      const m = top / 2 ** 55;
      return logOf(m, base) + logOf(2, base) * e;
    }
    return logOf(d, base);
  }
  const x = toDouble(o);
  if (failed(x)) return null;
  if (x !== x) return x;
  if (x <= 0) { domainError(); return null; }
  if (x === Infinity) return x;
  return logOf(x, base);
}

function errClearOverflow(): void {
  if (errExceptionMatches(OverflowError)) errClear();
}

function logOf(x: number, base: 0 | 2 | 10): number {
  return floatLogDouble(x, base);
}

const math_log: Fn = (_self, args, nargs, kwnames) => {
  if (!argsNoKwnames('log', kwnames)) return NULL;
  if (nargs < 1 || nargs > 2) {
    return errSetString(TypeError, nargs < 1 ? `log expected at least 1 argument, got ${nargs}` : `log expected at most 2 arguments, got ${nargs}`);
  }
  const num = logHelper(argAt(args, 0), 0);
  if (num === null) return NULL;
  if (nargs === 1) return floatNew(num);
  const den = logHelper(argAt(args, 1), 0);
  if (den === null) return NULL;
  if (den === 0) return errSetString(ZeroDivisionError, 'float division by zero');
  return floatNew(num / den);
};


// ------------------------------------------------------------------------------------------ integers

function math_gcd(lcm: boolean): Fn {
  const name = lcm ? 'lcm' : 'gcd';
  return (_self, args, nargs, kwnames) => {
    if (!argsNoKwnames(name, kwnames)) return NULL;
    let acc = lcm ? 1n : 0n;
    for (let i = 0; i < nargs; i++) {
      const v = indexBig(argAt(args, i));
      if (v === null) return NULL;
      if (lcm) {
        if (acc === 0n || v === 0n) acc = 0n;
        else acc = bigAbs(acc / bigGcd(acc, v) * v);
      } else acc = bigGcd(acc, v);
    }
    if (nargs === 1 && !lcm) return intFromBigInt(acc);
    return intFromBigInt(acc);
  };
}

function math_factorial(o: Borrowed): Owned | Null {
  if (isFloat(o)) return errSetString(TypeError, "'float' object cannot be interpreted as an integer");
  const n = indexBig(o);
  if (n === null) return NULL;
  if (n < 0n) return errSetString(ValueError, 'factorial() not defined for negative values');
  if (n > 9223372036854775807n) return errSetString(OverflowError, 'factorial() argument should not exceed 9223372036854775807');
  return intFromBigInt(rangeProduct(2n, n + 1n));
}

function math_isqrt(o: Borrowed): Owned | Null {
  const n = indexBig(o);
  if (n === null) return NULL;
  if (n < 0n) return errSetString(ValueError, 'isqrt() argument must be nonnegative');
  return intFromBigInt(bigIsqrt(n));
}

function combPermArgs(args: number, nArgs: number): [bigint, bigint | null] | null {
  const n = indexBig(argAt(args, 0));
  if (n === null) return null;
  let k: bigint | null = null;
  if (nArgs > 1 && argAt(args, 1) !== Py_None) {
    k = indexBig(argAt(args, 1));
    if (k === null) return null;
  }
  if (n < 0n) { errSetString(ValueError, 'n must be a non-negative integer'); return null; }
  if (k !== null && k < 0n) { errSetString(ValueError, 'k must be a non-negative integer'); return null; }
  return [n, k];
}

function math_comb(args: number): Owned | Null {
  const a = combPermArgs(args, 2);
  if (a === null) return NULL;
  const n = a[0];
  let k = a[1] as bigint;
  if (k > n) return intFromNumber(0);
  if (n - k < k) k = n - k;
  // C(n, k) = n (n-1) ... (n-k+1) / k!
  return intFromBigInt(rangeProduct(n - k + 1n, n + 1n) / rangeProduct(2n, k + 1n));
}

const math_perm: Fn = (_self, args, nargs, kwnames) => {
  if (!argsNoKwnames('perm', kwnames)) return NULL;
  if (nargs < 1 || nargs > 2) {
    return errSetString(TypeError, nargs < 1 ? `perm expected at least 1 argument, got ${nargs}` : `perm expected at most 2 arguments, got ${nargs}`);
  }
  const a = combPermArgs(args, nargs);
  if (a === null) return NULL;
  const n = a[0], k = a[1] === null ? n : a[1];
  if (k > n) return intFromNumber(0);
  return intFromBigInt(rangeProduct(n - k + 1n, n + 1n));
};

// ------------------------------------------------------------------------------------------ rounding and parts

function roundVia(name: '__floor__' | '__ceil__', f: (x: number) => number): (o: Borrowed) => Owned | Null {
  return (o) => {
    if (isFloatExact(o)) return intFromDoubleChecked(f(floatValue(o)));
    if (isIntExact(o)) return intFromBigInt(intToBigInt(o));
    const m = lookupSpecial(o, name);
    if (m !== NULL) {
      const r = objectCallNoArgs(m);
      decref(m);
      return r;
    }
    if (errOccurred() !== NULL) return NULL;
    const x = toDouble(o);
    if (failed(x)) return NULL;
    return intFromDoubleChecked(f(x));
  };
}

function intFromDoubleChecked(x: number): Owned | Null {
  if (x !== x) return errSetString(ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) return errSetString(OverflowError, 'cannot convert float infinity to integer');
  return intFromBigInt(BigInt(x));
}

function math_trunc(o: Borrowed): Owned | Null {
  if (isFloatExact(o)) return intFromDoubleChecked(Math.trunc(floatValue(o)));
  const m = lookupSpecial(o, '__trunc__');
  if (m === NULL) {
    if (errOccurred() !== NULL) return NULL;
    return errSetString(TypeError, `type ${typeNameOf(o)} doesn't define __trunc__ method`);
  }
  const r = objectCallNoArgs(m);
  decref(m);
  return r;
}

function math_ldexp(args: number): Owned | Null {
  const x = toDouble(argAt(args, 0));
  if (failed(x)) return NULL;
  const eo = argAt(args, 1);
  if (!isInt(eo)) return errSetString(TypeError, 'Expected an int as second argument to ldexp.');
  const eb = intToBigInt(eo);
  let r: number;
  if (x === 0 || !Number.isFinite(x)) r = x;
  else if (eb > 100000n) return rangeError();
  else if (eb < -100000n) r = copysign(0, x);
  else {
    r = floatLdexp(x, Number(eb));
    if (!Number.isFinite(r)) return rangeError();
  }
  return floatNew(r);
}

function math_modf(o: Borrowed): Owned | Null {
  const x = toDouble(o);
  if (failed(x)) return NULL;
  if (x === Infinity || x === -Infinity) return pairNew(floatNew(copysign(0, x)), floatNew(x));
  if (x !== x) return pairNew(floatNew(x), floatNew(x));
  const ip = Math.trunc(x);
  const fp = x - ip;
  return pairNew(floatNew(copysign(fp, x)), floatNew(copysign(ip, x) === 0 ? copysign(0, x) : ip));
}

function math_fmod(args: number): Owned | Null {
  const x = toDouble(argAt(args, 0));
  if (failed(x)) return NULL;
  const y = toDouble(argAt(args, 1));
  if (failed(y)) return NULL;
  if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return floatNew(x);
  const r = x % y;
  if (r !== r && x === x && y === y) return domainError();
  return floatNew(r);
}

const math_isclose: Fn = (_self, args, nargs, kwnames) => {
  if (!parseArgs('isclose', args, nargs, kwnames, ['a', 'b', 'rel_tol', 'abs_tol'], 2, 2)) return NULL;
  const ao = PARSED[0] as Borrowed, bo = PARSED[1] as Borrowed;
  const ro = PARSED[2] as Borrowed | Null, tao = PARSED[3] as Borrowed | Null;
  const a = toDouble(ao);
  if (failed(a)) return NULL;
  const b = toDouble(bo);
  if (failed(b)) return NULL;
  let relTol = 1e-9, absTol = 0;
  if (ro !== NULL) { relTol = toDouble(ro); if (failed(relTol)) return NULL; }
  if (tao !== NULL) { absTol = toDouble(tao); if (failed(absTol)) return NULL; }
  if (relTol < 0 || absTol < 0) return errSetString(ValueError, 'tolerances must be non-negative');
  if (a === b) return boolNew(true);
  if (a === Infinity || a === -Infinity || b === Infinity || b === -Infinity) return boolNew(false);
  const diff = Math.abs(b - a);
  return boolNew((diff <= Math.abs(relTol * b)) || (diff <= Math.abs(relTol * a)) || diff <= absTol);
};

const math_nextafter: Fn = (_self, args, nargs, kwnames) => {
  if (!parseArgs('nextafter', args, nargs, kwnames, ['x', 'y', 'steps'], 2, 2, 2)) return NULL;
  const x = toDouble(PARSED[0] as Borrowed);
  const so = PARSED[2] as Borrowed | Null;
  if (failed(x)) return NULL;
  const y = toDouble(PARSED[1] as Borrowed);
  if (failed(y)) return NULL;
  if (so === NULL || so === Py_None) return floatNew(nextAfter(x, y));
  const steps = indexBig(so);
  if (steps === null) return NULL;
  if (steps < 0n) return errSetString(ValueError, 'steps must be a non-negative integer');
  if (steps === 0n || x !== x) return floatNew(x);
  if (y !== y) return floatNew(y);
  // walk the ordered integer encoding of doubles
  const ux = orderedBits(x), uy = orderedBits(y);
  if (ux === uy) return floatNew(x);
  let r: bigint;
  if (uy > ux) r = uy - ux < steps ? uy : ux + steps;
  else r = ux - uy < steps ? uy : ux - steps;
  return floatNew(fromOrderedBits(r));
};

const B64 = new BigInt64Array(SF.buffer);
/** Maps doubles to integers that order as the doubles do (-0.0 and 0.0 both map to 0). */
function orderedBits(x: number): bigint {
  SF[0] = x;
  const b = B64[0];
  return b < 0n ? -(b & 0x7fffffffffffffffn) : b;
}
function fromOrderedBits(v: bigint): number {
  B64[0] = v < 0n ? (-v) | -0x8000000000000000n : v;
  return SF[0];
}

// ------------------------------------------------------------------------------------------ prod, sumprod

const math_prod: Fn = (_self, args, nargs, kwnames) => {
  if (!parseArgs('prod', args, nargs, kwnames, ['iterable', 'start'], 1, 1)) return NULL;
  const iterable = PARSED[0] as Borrowed, start = PARSED[1] as Borrowed | Null;
  const items = collect(iterable);
  if (items === null) return NULL;
  let acc: Owned | Null = start === NULL ? intFromNumber(1) : (incRef(start));
  for (const v of items) {
    if (acc === NULL) break;
    const r: Owned | Null = numberMultiply(acc, v);
    decref(acc);
    acc = r;
  }
  releaseAll(items);
  return acc;
};

function incRef(o: Borrowed): Owned {
  incref(o);
  return o as Owned;
}

function math_sumprod(args: number): Owned | Null {
  const p = collect(argAt(args, 0));
  if (p === null) return NULL;
  const q = collect(argAt(args, 1));
  if (q === null) { releaseAll(p); return NULL; }
  try {
    if (p.length !== q.length) return errSetString(ValueError, 'Inputs are not the same length');
    const allInt = p.every((v) => isIntExact(v)) && q.every((v) => isIntExact(v));
    if (allInt) {
      let s = 0n;
      for (let i = 0; i < p.length; i++) s += intToBigInt(p[i]) * intToBigInt(q[i]);
      return intFromBigInt(s);
    }
    const numeric = (v: Borrowed) => isFloatExact(v) || (isIntExact(v) && Number.isFinite(intToDouble(v)));
    const allFloatish = p.every((v, i) => numeric(v) && numeric(q[i]) && (isFloatExact(v) || isFloatExact(q[i])));
    if (allFloatish) {
      // exact products (hi + lo), summed exactly: the correctly rounded dot product
      const parts: number[] = [];
      for (let i = 0; i < p.length; i++) {
        const a = isFloatExact(p[i]) ? floatValue(p[i]) : intToDouble(p[i]);
        const b = isFloatExact(q[i]) ? floatValue(q[i]) : intToDouble(q[i]);
        const prod = a * b;
        if (!Number.isFinite(prod) || Math.abs(a) > 1e300 || Math.abs(b) > 1e300) { parts.length = 0; break; }
        twoProd(a, b);
        parts.push(DD[0], DD[1]);
      }
      if (parts.length === 2 * p.length) return floatNew(exactSum(parts));
    }
    let acc: Owned | Null = intFromNumber(0);
    for (let i = 0; i < p.length && acc !== NULL; i++) {
      const m = numberMultiply(p[i], q[i]);
      if (m === NULL) { decref(acc); acc = NULL; break; }
      const s: Owned | Null = numberAdd(acc, m);
      decref(m); decref(acc);
      acc = s;
    }
    return acc;
  } finally {
    releaseAll(p); releaseAll(q);
  }
}

/** The correctly rounded sum of finite doubles (Shewchuk partials, as fsum). */
function exactSum(xs: number[]): number {
  const p: number[] = [];
  let n = 0;
  for (let x of xs) {
    let i = 0;
    for (let j = 0; j < n; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y, lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    n = i;
    if (x !== 0) p[n++] = x;
  }
  let hi = 0;
  if (n > 0) {
    hi = p[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi, y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2, x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

// ------------------------------------------------------------------------------------------ the table

function expm1(x: number): number { return libmExpm1(x); }

const mathMethods: MethodDef[] = [
  math1('acos', libmAcos, false),
  math1('acosh', libmAcosh, false),
  math1('asin', libmAsin, false),
  math1('asinh', libmAsinh, false),
  math1('atan', libmAtan, false),
  math2('atan2', libmAtan2),
  math1('atanh', libmAtanh, false),
  math1('cbrt', libmCbrt, false),
  meth1('ceil', roundVia('__ceil__', Math.ceil)),
  methN('comb', 2, math_comb),
  math2('copysign', copysign),
  math1('cos', libmCos, false),
  math1('cosh', libmCosh, true),
  meth1('degrees', (o) => { const x = toDouble(o); return failed(x) ? NULL : floatNew(x * (180 / PI)); }),
  methN('dist', 2, math_dist),
  math1('erf', erfD, false),
  math1('erfc', erfcD, false),
  math1('exp', floatExpDouble, true),
  math1('exp2', libmExp2, true),
  math1('expm1', expm1, true),
  math1('fabs', Math.abs, false),
  meth1('factorial', math_factorial),
  meth1('floor', roundVia('__floor__', Math.floor)),
  methN('fmod', 2, math_fmod),
  meth1('frexp', (o) => {
    const x = toDouble(o);
    if (failed(x)) return NULL;
    const [m, e] = frexp(x);
    return pairNew(floatNew(m), intFromNumber(e));
  }),
  meth1('fsum', math_fsum),
  math1a('gamma', tgamma),
  { name: 'gcd', fn: math_gcd(false) },
  { name: 'hypot', fn: math_hypot },
  { name: 'isclose', fn: math_isclose },
  meth1('isfinite', (o) => { const x = toDouble(o); return failed(x) ? NULL : boolNew(Number.isFinite(x)); }),
  meth1('isinf', (o) => { const x = toDouble(o); return failed(x) ? NULL : boolNew(x === Infinity || x === -Infinity); }),
  meth1('isnan', (o) => { const x = toDouble(o); return failed(x) ? NULL : boolNew(x !== x); }),
  meth1('isqrt', math_isqrt),
  { name: 'lcm', fn: math_gcd(true) },
  methN('ldexp', 2, math_ldexp),
  math1a('lgamma', lgamma),
  { name: 'log', fn: math_log },
  meth1('log10', (o) => { const r = logHelper(o, 10); return r === null ? NULL : floatNew(r); }),
  math1('log1p', libmLog1p, false),
  meth1('log2', (o) => { const r = logHelper(o, 2); return r === null ? NULL : floatNew(r); }),
  meth1('modf', math_modf),
  { name: 'nextafter', fn: math_nextafter },
  { name: 'perm', fn: math_perm },
  methN('pow', 2, math_pow),
  { name: 'prod', fn: math_prod },
  meth1('radians', (o) => { const x = toDouble(o); return failed(x) ? NULL : floatNew(x * (PI / 180)); }),
  math2('remainder', remainder),
  math1('sin', libmSin, false),
  math1('sinh', libmSinh, true),
  math1('sqrt', Math.sqrt, false),
  methN('sumprod', 2, math_sumprod),
  math1('tan', libmTan, false),
  math1('tanh', libmTanh, false),
  meth1('trunc', math_trunc),
  meth1('ulp', (o) => { const x = toDouble(o); return failed(x) ? NULL : floatNew(ulpOf(x)); }),
];

/** Creates the math module. https://docs.python.org/3/library/math.html */
export function mathModuleNew(): Owned | Null {
  return nativeModuleNew('math', mathMethods, (m) => {
    if (moduleAddSteal(m, 'pi', floatNew(PI)) < 0) return -1;
    if (moduleAddSteal(m, 'e', floatNew(Math.E)) < 0) return -1;
    if (moduleAddSteal(m, 'tau', floatNew(2 * PI)) < 0) return -1;
    if (moduleAddSteal(m, 'inf', floatNew(Infinity)) < 0) return -1;
    if (moduleAddSteal(m, 'nan', floatNew(NaN)) < 0) return -1;
    return 0;
  }, 'This module provides access to the mathematical functions\ndefined by the C standard.');
}

