// cmath: mathematical functions on complex numbers. Written from the documentation (C99 Annex G's special
// values) and CPython 3.12's observable behaviour: each function's special values for infinite and NaN parts
// come from a 7x7 table by the class of each part (CPython's results, recorded by experiment), finite inputs
// go through formulas that avoid needless overflow and cancellation (Kahan's branch-cut formulas for the
// inverse functions, scaling in sqrt and log), and errors follow C's errno: EDOM becomes ValueError("math
// domain error"), ERANGE OverflowError("math range error").
// exp and log are glibc's (support/libm.ts), and so are log1p and the hyperbolic helpers (libm-hyp.ts);
// sin, cos, tan and atan2 are correctly rounded (libm-trig.ts), as glibc's are for all but rare inputs.

import { decref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { nativeModuleNew, moduleAddSteal } from './native.ts';
import { type MethodDef, argAt, argsNoKwnames, argsCheckPositional } from '../objects/methodobject.ts';
import { errSetString, errOccurred } from '../objects/errors.ts';
import { TypeError, ValueError, OverflowError } from '../objects/exceptions.ts';
import { typeNameOf, slotsOf } from '../objects/type.ts';
import { boolNew } from '../objects/object.ts';
import { isInt, intAsDouble } from '../objects/int.ts';
import { isFloat, isFloatExact, floatValue, floatNew } from '../objects/float.ts';
import { isComplex, complexNew, complexReal, complexImag } from '../objects/complex.ts';
import { tuplePack } from '../objects/tuple.ts';
import { floatAsDoubleAny, lookupSpecial, objectCallNoArgs, parseArgs, PARSED } from '../objects/abstract.ts';
import { libmExp, libmLog } from '../support/libm.ts';
import { libmSin, libmCos, libmTan, libmAtan2 } from '../support/libm-trig.ts';
import { libmLog1p, libmCosh, libmSinh, libmTanh, libmAsinh } from '../support/libm-hyp.ts';
import { preciseHypot } from '../support/numeric.ts';

type Fn = MethodDef['fn'];

const PI = Math.PI;
const P2 = PI / 2, P4 = PI / 4, P34 = 3 * PI / 4;
const I = Infinity, N = NaN;
const DBL_MAX = Number.MAX_VALUE;
const DBL_MIN = 2.2250738585072014e-308;
const LARGE = DBL_MAX / 4;
const SQRT_LARGE = Math.sqrt(LARGE);
const LOG_LARGE = libmLog(LARGE);
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const LN2 = 0.6931471805599453;
const LN10 = 2.302585092994046;

/** C's errno for the last computation. */
const EDOM = 33, ERANGE = 34;
let errno = 0;

/** The result of the last computation (real, imaginary). */
let rr = 0, ri = 0;

function set(re: number, im: number): void { rr = re; ri = im; }

function isfinite(x: number): boolean { return x - x === 0; }
function isinf(x: number): boolean { return x === Infinity || x === -Infinity; }
function copysign(x: number, y: number): number {
  const neg = y < 0 || (y === 0 && 1 / y < 0);
  const ax = Math.abs(x);
  return neg ? -ax : ax;
}

// Special values for non-finite parts: row = class of the real part, column = class of the imaginary part,
// each entry (real, imaginary). Entries with both parts finite are never read; NaN stands for them.
// Classes: -inf, negative finite, -0, +0, positive finite, +inf, nan.
const TABLES: Record<string, number[]> = {
  sqrt: [
    I, -I, 0, -I, 0, -I, 0, I, 0, I, I, I, N, I,
    I, -I, N, N, N, N, N, N, N, N, I, I, N, N,
    I, -I, N, N, N, N, N, N, N, N, I, I, N, N,
    I, -I, N, N, N, N, N, N, N, N, I, I, N, N,
    I, -I, N, N, N, N, N, N, N, N, I, I, N, N,
    I, -I, I, -0, I, -0, I, 0, I, 0, I, I, I, N,
    I, -I, N, N, N, N, N, N, N, N, I, I, N, N,
  ],
  log: [
    I, -P34, I, -PI, I, -PI, I, PI, I, PI, I, P34, I, N,
    I, -P2, N, N, N, N, N, N, N, N, I, P2, N, N,
    I, -P2, N, N, N, N, N, N, N, N, I, P2, N, N,
    I, -P2, N, N, N, N, N, N, N, N, I, P2, N, N,
    I, -P2, N, N, N, N, N, N, N, N, I, P2, N, N,
    I, -P4, I, -0, I, -0, I, 0, I, 0, I, P4, I, N,
    I, N, N, N, N, N, N, N, N, N, I, N, N, N,
  ],
  acos: [
    P34, I, PI, I, PI, I, PI, -I, PI, -I, P34, -I, N, I,
    P2, I, N, N, N, N, N, N, N, N, P2, -I, N, N,
    P2, I, N, N, N, N, N, N, N, N, P2, -I, P2, N,
    P2, I, N, N, N, N, N, N, N, N, P2, -I, P2, N,
    P2, I, N, N, N, N, N, N, N, N, P2, -I, N, N,
    P4, I, 0, I, 0, I, 0, -I, 0, -I, P4, -I, N, I,
    N, I, N, N, N, N, N, N, N, N, N, -I, N, N,
  ],
  asin: [
    -P4, -I, -P2, -I, -P2, -I, -P2, I, -P2, I, -P4, I, N, -I,
    -0, -I, N, N, N, N, N, N, N, N, -0, I, N, N,
    -0, -I, N, N, N, N, N, N, N, N, -0, I, -0, N,
    0, -I, N, N, N, N, N, N, N, N, 0, I, 0, N,
    0, -I, N, N, N, N, N, N, N, N, 0, I, N, N,
    P4, -I, P2, -I, P2, -I, P2, I, P2, I, P4, I, N, -I,
    N, -I, N, N, N, N, N, N, N, N, N, I, N, N,
  ],
  atan: [
    -P2, -0, -P2, -0, -P2, -0, -P2, 0, -P2, 0, -P2, 0, -P2, -0,
    -P2, -0, N, N, N, N, N, N, N, N, -P2, 0, N, N,
    -P2, -0, N, N, N, N, N, N, N, N, -P2, 0, N, N,
    P2, -0, N, N, N, N, N, N, N, N, P2, 0, N, N,
    P2, -0, N, N, N, N, N, N, N, N, P2, 0, N, N,
    P2, -0, P2, -0, P2, -0, P2, 0, P2, 0, P2, 0, P2, -0,
    N, -0, N, N, N, -0, N, 0, N, N, N, 0, N, N,
  ],
  acosh: [
    I, -P34, I, -PI, I, -PI, I, PI, I, PI, I, P34, I, N,
    I, -P2, N, N, N, N, N, N, N, N, I, P2, N, N,
    I, -P2, N, N, N, N, N, N, N, N, I, P2, N, N,
    I, -P2, N, N, N, N, N, N, N, N, I, P2, N, N,
    I, -P2, N, N, N, N, N, N, N, N, I, P2, N, N,
    I, -P4, I, -0, I, -0, I, 0, I, 0, I, P4, I, N,
    I, N, N, N, N, N, N, N, N, N, I, N, N, N,
  ],
  asinh: [
    -I, -P4, -I, -0, -I, -0, -I, 0, -I, 0, -I, P4, -I, N,
    -I, -P2, N, N, N, N, N, N, N, N, -I, P2, N, N,
    -I, -P2, N, N, N, N, N, N, N, N, -I, P2, N, N,
    I, -P2, N, N, N, N, N, N, N, N, I, P2, N, N,
    I, -P2, N, N, N, N, N, N, N, N, I, P2, N, N,
    I, -P4, I, -0, I, -0, I, 0, I, 0, I, P4, I, N,
    I, N, N, N, N, -0, N, 0, N, N, I, N, N, N,
  ],
  atanh: [
    -0, -P2, -0, -P2, -0, -P2, -0, P2, -0, P2, -0, P2, -0, N,
    -0, -P2, N, N, N, N, N, N, N, N, -0, P2, N, N,
    -0, -P2, N, N, N, N, N, N, N, N, -0, P2, -0, N,
    0, -P2, N, N, N, N, N, N, N, N, 0, P2, 0, N,
    0, -P2, N, N, N, N, N, N, N, N, 0, P2, N, N,
    0, -P2, 0, -P2, 0, -P2, 0, P2, 0, P2, 0, P2, 0, N,
    0, -P2, N, N, N, N, N, N, N, N, 0, P2, N, N,
  ],
  exp: [
    0, 0, N, N, 0, -0, 0, 0, N, N, 0, 0, 0, 0,
    N, N, N, N, N, N, N, N, N, N, N, N, N, N,
    N, N, N, N, N, N, N, N, N, N, N, N, N, N,
    N, N, N, N, N, N, N, N, N, N, N, N, N, N,
    N, N, N, N, N, N, N, N, N, N, N, N, N, N,
    N, N, N, N, I, -0, I, 0, N, N, N, N, I, N,
    N, N, N, N, N, -0, N, 0, N, N, N, N, N, N,
  ],
  cosh: [
    N, N, N, N, I, 0, I, -0, N, N, N, N, I, N,
    N, N, N, N, N, N, N, N, N, N, N, N, N, N,
    N, N, N, N, N, N, N, N, N, N, N, N, N, 0,
    N, N, N, N, N, N, N, N, N, N, N, N, N, 0,
    N, N, N, N, N, N, N, N, N, N, N, N, N, N,
    N, N, N, N, I, -0, I, 0, N, N, N, N, I, N,
    N, N, N, N, N, 0, N, 0, N, N, N, N, N, N,
  ],
  sinh: [
    N, N, N, N, -I, -0, -I, 0, N, N, N, N, I, N,
    N, N, N, N, N, N, N, N, N, N, N, N, N, N,
    N, N, N, N, N, N, N, N, N, N, N, N, 0, N,
    N, N, N, N, N, N, N, N, N, N, N, N, 0, N,
    N, N, N, N, N, N, N, N, N, N, N, N, N, N,
    N, N, N, N, I, -0, I, 0, N, N, N, N, I, N,
    N, N, N, N, N, -0, N, 0, N, N, N, N, N, N,
  ],
  tanh: [
    -1, 0, N, N, -1, -0, -1, 0, N, N, -1, 0, -1, 0,
    N, N, N, N, N, N, N, N, N, N, N, N, N, N,
    N, N, N, N, N, N, N, N, N, N, N, N, N, N,
    N, N, N, N, N, N, N, N, N, N, N, N, N, N,
    N, N, N, N, N, N, N, N, N, N, N, N, N, N,
    1, 0, N, N, 1, -0, 1, 0, N, N, 1, 0, 1, 0,
    N, N, N, N, N, -0, N, 0, N, N, N, N, N, N,
  ],
  rect: [
    N, N, N, N, -I, 0, -I, -0, N, N, N, N, I, N,
    N, N, N, N, N, N, N, N, N, N, N, N, N, N,
    0, 0, N, N, N, N, N, N, N, N, 0, 0, 0, 0,
    0, 0, N, N, N, N, N, N, N, N, 0, 0, 0, 0,
    N, N, N, N, N, N, N, N, N, N, N, N, N, N,
    N, N, N, N, I, -0, I, 0, N, N, N, N, I, N,
    N, N, N, N, N, 0, N, 0, N, N, N, N, N, N,
  ],
};

function classOf(x: number): number {
  if (x !== x) return 6;
  if (x === Infinity) return 5;
  if (x === -Infinity) return 0;
  if (x === 0) return 1 / x < 0 ? 2 : 3;
  return x < 0 ? 1 : 4;
}

function special(name: string, re: number, im: number): void {
  const t = TABLES[name];
  const k = (classOf(re) * 7 + classOf(im)) * 2;
  set(t[k], t[k + 1]);
}

// ---- the functions (each sets rr, ri and errno) ----

function cSqrt(re: number, im: number): void {
  errno = 0;
  if (!isfinite(re) || !isfinite(im)) { special('sqrt', re, im); return; }
  if (re === 0 && im === 0) { set(0, im); return; }
  let ax = Math.abs(re);
  const ay = Math.abs(im);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // Scale subnormal inputs up by 2**53 and the result back down by 2**27.
    ax *= 2 ** 53;
    s = Math.sqrt(ax + preciseHypot(ax, ay * 2 ** 53)) * 2 ** -27;
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + preciseHypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  if (re >= 0) set(s, copysign(d, im));
  else set(d, copysign(s, im));
}

function cLog(re: number, im: number): void {
  errno = 0;
  if (!isfinite(re) || !isfinite(im)) { special('log', re, im); return; }
  const ax = Math.abs(re), ay = Math.abs(im);
  let lr: number;
  if (ax > LARGE || ay > LARGE) {
    lr = libmLog(preciseHypot(ax / 2, ay / 2)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) {
      lr = libmLog(preciseHypot(ax * 2 ** 53, ay * 2 ** 53)) - 53 * LN2;
    } else {
      lr = -Infinity;
      errno = EDOM;
    }
  } else {
    const h = preciseHypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      lr = libmLog1p((am - 1) * (am + 1) + an * an) / 2;
    } else {
      lr = libmLog(h);
    }
  }
  set(lr, libmAtan2(im, re));
}

function cExp(re: number, im: number): void {
  if (!isfinite(re) || !isfinite(im)) {
    if (isinf(re) && isfinite(im) && im !== 0) {
      if (re > 0) set(copysign(I, libmCos(im)), copysign(I, libmSin(im)));
      else set(copysign(0, libmCos(im)), copysign(0, libmSin(im)));
    } else {
      special('exp', re, im);
    }
    errno = isinf(im) && (isfinite(re) || re === Infinity) ? EDOM : 0;
    return;
  }
  if (re > LOG_LARGE) {
    const l = libmExp(re - 1);
    set(l * libmCos(im) * Math.E, l * libmSin(im) * Math.E);
  } else {
    const l = libmExp(re);
    set(l * libmCos(im), l * libmSin(im));
  }
  errno = isinf(rr) || isinf(ri) ? ERANGE : 0;
}

function cCosh(re: number, im: number): void {
  if (!isfinite(re) || !isfinite(im)) {
    if (isinf(re) && isfinite(im) && im !== 0) {
      if (re > 0) set(copysign(I, libmCos(im)), copysign(I, libmSin(im)));
      else set(copysign(I, libmCos(im)), -copysign(I, libmSin(im)));
    } else {
      special('cosh', re, im);
    }
    errno = isinf(im) && re === re ? EDOM : 0;
    return;
  }
  if (Math.abs(re) > LOG_LARGE) {
    const x1 = re - copysign(1, re);
    set(libmCos(im) * libmCosh(x1) * Math.E, libmSin(im) * libmSinh(x1) * Math.E);
  } else {
    set(libmCos(im) * libmCosh(re), libmSin(im) * libmSinh(re));
  }
  errno = isinf(rr) || isinf(ri) ? ERANGE : 0;
}

function cSinh(re: number, im: number): void {
  if (!isfinite(re) || !isfinite(im)) {
    if (isinf(re) && isfinite(im) && im !== 0) {
      if (re > 0) set(copysign(I, libmCos(im)), copysign(I, libmSin(im)));
      else set(-copysign(I, libmCos(im)), copysign(I, libmSin(im)));
    } else {
      special('sinh', re, im);
    }
    errno = isinf(im) && re === re ? EDOM : 0;
    return;
  }
  if (Math.abs(re) > LOG_LARGE) {
    const x1 = re - copysign(1, re);
    set(libmCos(im) * libmSinh(x1) * Math.E, libmSin(im) * libmCosh(x1) * Math.E);
  } else {
    set(libmCos(im) * libmSinh(re), libmSin(im) * libmCosh(re));
  }
  errno = isinf(rr) || isinf(ri) ? ERANGE : 0;
}

function cTanh(re: number, im: number): void {
  if (!isfinite(re) || !isfinite(im)) {
    if (isinf(re) && isfinite(im) && im !== 0) {
      set(re > 0 ? 1 : -1, copysign(0, 2 * libmSin(im) * libmCos(im)));
    } else {
      special('tanh', re, im);
    }
    errno = isinf(im) && isfinite(re) ? EDOM : 0;
    return;
  }
  if (Math.abs(re) > LOG_LARGE) {
    set(copysign(1, re), 4 * libmSin(im) * libmCos(im) * libmExp(-2 * Math.abs(re)));
  } else {
    const tx = libmTanh(re), ty = libmTan(im), cx = 1 / libmCosh(re);
    const txty = tx * ty;
    const denom = 1 + txty * txty;
    set(tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx);
  }
  errno = 0;
}

function cAsinh(re: number, im: number): void {
  errno = 0;
  if (!isfinite(re) || !isfinite(im)) { special('asinh', re, im); return; }
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
    const l = libmLog(preciseHypot(re / 2, im / 2)) + LN2 * 2;
    set(im >= 0 ? copysign(l, re) : -copysign(l, -re), libmAtan2(im, Math.abs(re)));
    return;
  }
  cSqrt(1 + im, -re);
  const s1r = rr, s1i = ri;
  cSqrt(1 - im, re);
  const s2r = rr, s2i = ri;
  errno = 0;
  set(libmAsinh(s1r * s2i - s2r * s1i), libmAtan2(im, s1r * s2r - s1i * s2i));
}

function cAcos(re: number, im: number): void {
  errno = 0;
  if (!isfinite(re) || !isfinite(im)) { special('acos', re, im); return; }
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
    const l = libmLog(preciseHypot(re / 2, im / 2)) + LN2 * 2;
    set(libmAtan2(Math.abs(im), re), re < 0 ? -copysign(l, im) : copysign(l, -im));
    return;
  }
  cSqrt(1 - re, -im);
  const s1r = rr, s1i = ri;
  cSqrt(1 + re, im);
  const s2r = rr, s2i = ri;
  errno = 0;
  set(2 * libmAtan2(s1r, s2r), libmAsinh(s2r * s1i - s2i * s1r));
}

function cAcosh(re: number, im: number): void {
  errno = 0;
  if (!isfinite(re) || !isfinite(im)) { special('acosh', re, im); return; }
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
    set(libmLog(preciseHypot(re / 2, im / 2)) + LN2 * 2, libmAtan2(im, re));
    return;
  }
  cSqrt(re - 1, im);
  const s1r = rr, s1i = ri;
  cSqrt(re + 1, im);
  const s2r = rr, s2i = ri;
  errno = 0;
  set(libmAsinh(s1r * s2r + s1i * s2i), 2 * libmAtan2(s1i, s2r));
}

function cAtanh(re: number, im: number): void {
  errno = 0;
  if (!isfinite(re) || !isfinite(im)) { special('atanh', re, im); return; }
  if (re < 0) {
    // atanh is odd: work on the right half-plane.
    cAtanh(-re, -im);
    set(-rr, -ri);
    return;
  }
  const ay = Math.abs(im);
  if (re > SQRT_LARGE || ay > SQRT_LARGE) {
    const h = preciseHypot(re / 2, im / 2);
    set(re / 4 / h / h, -copysign(P2, -im));
  } else if (re === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) {
      set(I, im);
      errno = EDOM;
    } else {
      set(-libmLog(Math.sqrt(ay) / Math.sqrt(preciseHypot(ay, 2))), copysign(libmAtan2(2, -ay) / 2, im));
    }
  } else {
    set(libmLog1p(4 * re / ((1 - re) * (1 - re) + ay * ay)) / 4, -libmAtan2(-2 * im, (1 - re) * (1 + re) - ay * ay) / 2);
  }
}

// The circular functions through the hyperbolic ones: f(z) = -i g(iz) or g(iz).
function cAsin(re: number, im: number): void { cAsinh(-im, re); set(ri, -rr); }
function cAtan(re: number, im: number): void { cAtanh(-im, re); set(ri, -rr); }
function cSin(re: number, im: number): void { cSinh(-im, re); set(ri, -rr); }
function cTan(re: number, im: number): void { cTanh(-im, re); set(ri, -rr); }
function cCos(re: number, im: number): void { cCosh(-im, re); }

function cLog10(re: number, im: number): void {
  cLog(re, im);
  set(rr / LN10, ri / LN10);
}

/** Complex division as Python's complex '/' does it (Smith's method); errno EDOM for a zero divisor. */
function cQuot(ar: number, ai: number, br: number, bi: number): void {
  const abr = Math.abs(br), abi = Math.abs(bi);
  if (abr >= abi) {
    if (abr === 0) {
      errno = EDOM;
      set(0, 0);
    } else {
      const ratio = bi / br;
      const denom = br + bi * ratio;
      set((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
    }
  } else if (abi >= abr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    set((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
  } else {
    set(NaN, NaN);
  }
}

/** abs(z) as complex's abs: inf when a part is infinite, nan when one is nan; ERANGE on overflow. */
function cAbs(re: number, im: number): number {
  errno = 0;
  if (!isfinite(re) || !isfinite(im)) return isinf(re) || isinf(im) ? Infinity : NaN;
  const r = preciseHypot(re, im);
  if (!isfinite(r)) errno = ERANGE;
  return r;
}

// ---- arguments and results ----

let ARG_RE = 0, ARG_IM = 0;

/** PyComplex_AsCComplex: a complex, __complex__, or a real number. Into ARG_RE/ARG_IM; false with an error set. */
function toComplex(o: Borrowed): boolean {
  if (isComplex(o)) { ARG_RE = complexReal(o); ARG_IM = complexImag(o); return true; }
  const f = lookupSpecial(o, '__complex__');
  if (f !== NULL) {
    const r = objectCallNoArgs(f);
    decref(f);
    if (r === NULL) return false;
    if (!isComplex(r)) {
      errSetString(TypeError, `__complex__ returned non-complex (type ${typeNameOf(r)})`);
      decref(r);
      return false;
    }
    ARG_RE = complexReal(r); ARG_IM = complexImag(r);
    decref(r);
    return true;
  }
  if (errOccurred() !== NULL) return false;
  const x = toDouble(o);
  if (x === -1 && errOccurred() !== NULL) return false;
  ARG_RE = x; ARG_IM = 0;
  return true;
}

/** PyFloat_AsDouble: a float, an int, or __float__ / __index__; -1 with an error set. */
function toDouble(o: Borrowed): number {
  if (isFloatExact(o)) return floatValue(o);
  if (isInt(o)) return intAsDouble(o);
  const s = slotsOf(o);
  if (s.float === null && s.index === null && !isFloat(o)) {
    errSetString(TypeError, `must be real number, not ${typeNameOf(o)}`);
    return -1;
  }
  return floatAsDoubleAny(o);
}

function mathError(): Null {
  if (errno === EDOM) return errSetString(ValueError, 'math domain error');
  return errSetString(OverflowError, 'math range error');
}

function result(): Owned | Null {
  if (errno !== 0) return mathError();
  return complexNew(rr, ri);
}

function func1(name: string, f: (re: number, im: number) => void, doc: string): MethodDef {
  const fn: Fn = (_self, args, nargs, kwnames) => {
    if (!argsNoKwnames(`cmath.${name}`, kwnames)) return NULL;
    if (nargs !== 1) return errSetString(TypeError, `cmath.${name}() takes exactly one argument (${nargs} given)`);
    if (!toComplex(argAt(args, 0))) return NULL;
    errno = 0;
    f(ARG_RE, ARG_IM);
    return result();
  };
  return { name, fn, doc };
}

function pred(name: string, f: (re: number, im: number) => boolean, doc: string): MethodDef {
  const fn: Fn = (_self, args, nargs, kwnames) => {
    if (!argsNoKwnames(`cmath.${name}`, kwnames)) return NULL;
    if (nargs !== 1) return errSetString(TypeError, `cmath.${name}() takes exactly one argument (${nargs} given)`);
    if (!toComplex(argAt(args, 0))) return NULL;
    return boolNew(f(ARG_RE, ARG_IM));
  };
  return { name, fn, doc };
}

const cmath_log: Fn = (_self, args, nargs, kwnames) => {
  if (!argsNoKwnames('cmath.log', kwnames) || !argsCheckPositional('log', nargs, 1, 2)) return NULL;
  if (!toComplex(argAt(args, 0))) return NULL;
  const xr = ARG_RE, xi = ARG_IM;
  errno = 0;
  cLog(xr, xi);
  if (nargs > 1) {
    const lr = rr, li = ri;
    if (!toComplex(argAt(args, 1))) return NULL;
    // errno is what log(base) leaves, then the division's.
    cLog(ARG_RE, ARG_IM);
    cQuot(lr, li, rr, ri);
  }
  return result();
};

const cmath_phase: Fn = (_self, args, nargs, kwnames) => {
  if (!argsNoKwnames('cmath.phase', kwnames)) return NULL;
  if (nargs !== 1) return errSetString(TypeError, `cmath.phase() takes exactly one argument (${nargs} given)`);
  if (!toComplex(argAt(args, 0))) return NULL;
  const phi = libmAtan2(ARG_IM, ARG_RE);
  // glibc's atan2 reports an underflow to zero as ERANGE, which phase turns into OverflowError.
  if (phi === 0 && ARG_IM !== 0 && isfinite(ARG_RE)) return errSetString(OverflowError, 'math range error');
  return floatNew(phi);
};

const cmath_polar: Fn = (_self, args, nargs, kwnames) => {
  if (!argsNoKwnames('cmath.polar', kwnames)) return NULL;
  if (nargs !== 1) return errSetString(TypeError, `cmath.polar() takes exactly one argument (${nargs} given)`);
  if (!toComplex(argAt(args, 0))) return NULL;
  const phi = libmAtan2(ARG_IM, ARG_RE);
  const r = cAbs(ARG_RE, ARG_IM);
  if (errno !== 0) return mathError();
  const a = floatNew(r);
  if (a === NULL) return NULL;
  const b = floatNew(phi);
  if (b === NULL) { decref(a); return NULL; }
  const t = tuplePack([a, b]);
  decref(a); decref(b);
  return t;
};

const cmath_rect: Fn = (_self, args, nargs, kwnames) => {
  if (!argsNoKwnames('cmath.rect', kwnames) || !argsCheckPositional('rect', nargs, 2, 2)) return NULL;
  const r = toDouble(argAt(args, 0));
  if (r === -1 && errOccurred() !== NULL) return NULL;
  const phi = toDouble(argAt(args, 1));
  if (phi === -1 && errOccurred() !== NULL) return NULL;
  errno = 0;
  if (!isfinite(r) || !isfinite(phi)) {
    if (isinf(r) && isfinite(phi) && phi !== 0) {
      if (r > 0) set(copysign(I, libmCos(phi)), copysign(I, libmSin(phi)));
      else set(-copysign(I, libmCos(phi)), -copysign(I, libmSin(phi)));
    } else {
      special('rect', r, phi);
    }
    errno = r !== 0 && r === r && isinf(phi) ? EDOM : 0;
  } else if (phi === 0) {
    // r * cos(-0.0) and r * sin(-0.0) keep the sign of zero right.
    set(r, r * phi);
  } else {
    set(r * libmCos(phi), r * libmSin(phi));
  }
  return result();
};

const cmath_isclose: Fn = (_self, args, nargs, kwnames) => {
  if (nargs > 2) return errSetString(TypeError, `isclose() takes exactly 2 positional arguments (${nargs} given)`);
  if (!parseArgs('isclose', args, nargs, kwnames, ['a', 'b', 'rel_tol', 'abs_tol'], 2, 2)) return NULL;
  const pa = PARSED[0] as Borrowed, pb = PARSED[1] as Borrowed;
  const pRel = PARSED[2] as Borrowed | Null, pAbs = PARSED[3] as Borrowed | Null;
  if (!toComplex(pa)) return NULL;
  const ar = ARG_RE, ai = ARG_IM;
  if (!toComplex(pb)) return NULL;
  const br = ARG_RE, bi = ARG_IM;
  let relTol = 1e-9, absTol = 0;
  if (pRel !== NULL) { relTol = toDouble(pRel); if (relTol === -1 && errOccurred() !== NULL) return NULL; }
  if (pAbs !== NULL) { absTol = toDouble(pAbs); if (absTol === -1 && errOccurred() !== NULL) return NULL; }
  if (relTol < 0 || absTol < 0) return errSetString(ValueError, 'tolerances must be non-negative');
  if (ar === br && ai === bi) return boolNew(true);
  if (isinf(ar) || isinf(ai) || isinf(br) || isinf(bi)) return boolNew(false);
  const diff = cAbs(ar - br, ai - bi);
  return boolNew(diff <= relTol * cAbs(br, bi) || diff <= relTol * cAbs(ar, ai) || diff <= absTol);
};

const cmathMethods: MethodDef[] = [
  func1('acos', cAcos, 'Return the arc cosine of z.'),
  func1('acosh', cAcosh, 'Return the inverse hyperbolic cosine of z.'),
  func1('asin', cAsin, 'Return the arc sine of z.'),
  func1('asinh', cAsinh, 'Return the inverse hyperbolic sine of z.'),
  func1('atan', cAtan, 'Return the arc tangent of z.'),
  func1('atanh', cAtanh, 'Return the inverse hyperbolic tangent of z.'),
  func1('cos', cCos, 'Return the cosine of z.'),
  func1('cosh', cCosh, 'Return the hyperbolic cosine of z.'),
  func1('exp', cExp, 'Return the exponential value e**z.'),
  { name: 'isclose', fn: cmath_isclose, doc: 'Return True if a is close in value to b, and False otherwise.' },
  pred('isfinite', (re, im) => isfinite(re) && isfinite(im), 'Return True if both the real and imaginary parts of z are finite, else False.'),
  pred('isinf', (re, im) => isinf(re) || isinf(im), 'Return True if the real or the imaginary part of z is infinite, else False.'),
  pred('isnan', (re, im) => re !== re || im !== im, 'Checks if the real or imaginary part of z not a number (NaN).'),
  { name: 'log', fn: cmath_log, doc: 'log(z[, base]) -> the logarithm of z to the given base.' },
  func1('log10', cLog10, 'Return the base-10 logarithm of z.'),
  { name: 'phase', fn: cmath_phase, doc: 'Return argument, also known as the phase angle, of a complex.' },
  { name: 'polar', fn: cmath_polar, doc: 'Convert a complex from rectangular coordinates to polar coordinates.' },
  { name: 'rect', fn: cmath_rect, doc: 'Convert from polar coordinates to rectangular coordinates.' },
  func1('sin', cSin, 'Return the sine of z.'),
  func1('sinh', cSinh, 'Return the hyperbolic sine of z.'),
  func1('sqrt', cSqrt, 'Return the square root of z.'),
  func1('tan', cTan, 'Return the tangent of z.'),
  func1('tanh', cTanh, 'Return the hyperbolic tangent of z.'),
];

export function cmathModuleNew(): Owned | Null {
  return nativeModuleNew('cmath', cmathMethods, (m) => {
    if (moduleAddSteal(m, 'pi', floatNew(PI)) < 0) return -1;
    if (moduleAddSteal(m, 'e', floatNew(Math.E)) < 0) return -1;
    if (moduleAddSteal(m, 'tau', floatNew(2 * PI)) < 0) return -1;
    if (moduleAddSteal(m, 'inf', floatNew(Infinity)) < 0) return -1;
    if (moduleAddSteal(m, 'infj', complexNew(0, Infinity)) < 0) return -1;
    if (moduleAddSteal(m, 'nan', floatNew(NaN)) < 0) return -1;
    return moduleAddSteal(m, 'nanj', complexNew(0, NaN));
  }, 'Mathematical functions for complex numbers (the cmath module of the C standard library).');
}
