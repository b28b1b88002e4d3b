// expm1, log1p, cosh, sinh, tanh, asinh, acosh and atanh on doubles, computed the way glibc 2.36 (x86-64)
// computes them, so that math and cmath give what CPython on Linux gives, bit for bit where the method
// allows. glibc's versions are Sun's fdlibm algorithms (s_expm1.c, s_log1p.c, e_cosh.c, e_sinh.c, s_tanh.c,
// s_asinh.c, e_acosh.c, e_atanh.c): argument reduction by ln2 and a short rational/polynomial correction
// for expm1 and log1p, and the hyperbolics written through exp, expm1, log and log1p. What decides the
// last bit, reproduced here: exp and log are glibc's own (support/libm.ts, not fdlibm's), and glibc
// evaluates the expm1/log1p polynomials in a split (Estrin-like) order, not fdlibm's Horner order.
// Coefficients are fdlibm's:
//   Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved. Developed at SunPro, a Sun
//   Microsystems, Inc. business. Permission to use, copy, modify, and distribute this software is freely
//   granted, provided that this notice is preserved.
// Not correctly rounded (< 1 ulp); special values as C99 Annex F (NaN out of the domain, +-inf at poles).

import { libmExp, libmLog, libmFma as fma } from './libm.ts';

const F = new Float64Array(1);
const W = new Uint32Array(F.buffer);

function hiWord(x: number): number {
  F[0] = x;
  return W[1];
}

/** x with its high word replaced (the low word kept). */
function withHi(x: number, hi: number): number {
  F[0] = x;
  W[1] = hi;
  return F[0];
}

const LN2_HI = 6.93147180369123816490e-01, LN2_LO = 1.90821492927058770002e-10;
const INVLN2 = 1.44269504088896338700e+00;
const O_THRESHOLD = 7.09782712893383973096e+02;
const Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03, Q3 = -7.93650757867487942473e-05,
  Q4 = 4.00821782732936239552e-06, Q5 = -2.01099218183624371326e-07;

export function libmExpm1(x: number): number {
  let hx = hiWord(x);
  const xsb = hx >>> 31;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) { // |x| >= 56 ln2
    if (hx >= 0x40862e42) { // |x| >= 709.78
      if (hx >= 0x7ff00000) return x !== x ? x + x : xsb === 0 ? x : -1;
      if (x > O_THRESHOLD) return Infinity;
    }
    if (xsb !== 0) return -1;
  }
  let k: number, c = 0;
  if (hx > 0x3fd62e42) { // |x| > 0.5 ln2
    let hi: number;
    if (hx < 0x3ff0a2b2) { // and < 1.5 ln2: k = +-1
      k = xsb === 0 ? 1 : -1;
      hi = xsb === 0 ? x - LN2_HI : x + LN2_HI;
      const lo = xsb === 0 ? LN2_LO : -LN2_LO;
      x = hi - lo;
      c = (hi - x) - lo;
    } else { // the product k*ln2_lo is fused into both of its uses
      k = Math.trunc(fma(INVLN2, x, xsb === 0 ? 0.5 : -0.5));
      hi = fma(-k, LN2_HI, x);
      x = fma(-k, LN2_LO, hi);
      c = fma(-k, LN2_LO, hi - x);
    }
  } else if (hx < 0x3c900000) { // |x| < 2^-54
    return x;
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const h2 = hxs * hxs, h4 = h2 * h2;
  const r1 = fma(h4, fma(hxs, Q5, Q4), fma(h2, fma(hxs, Q3, Q2), fma(hxs, Q1, 1)));
  let t = fma(-r1, hfx, 3.0);
  let e = hxs * ((r1 - t) / fma(-x, t, 6.0));
  if (k === 0) return x - fma(x, e, -hxs);
  e = fma(x, e - c, -c);
  e -= hxs;
  if (k === -1) return fma(0.5, x - e, -0.5);
  if (k === 1) return x < -0.25 ? -2.0 * (e - (x + 0.5)) : fma(2.0, x - e, 1);
  let y: number;
  if (k <= -2 || k > 56) {
    y = 1 - (e - x);
    y = k === 1024 ? y * 2 * 2 ** 1023 : y * 2 ** k;
    return y - 1;
  }
  if (k < 20) {
    t = withHi(0, 0x3ff00000 - (0x200000 >> k)); // 1 - 2^-k
    y = t - (e - x);
  } else {
    t = withHi(0, (0x3ff - k) << 20); // 2^-k
    y = x - (e + t);
    y += 1;
  }
  return y * 2 ** k;
}

const LP1 = 6.666666666666735130e-01, LP2 = 3.999999999940941908e-01, LP3 = 2.857142874366239149e-01,
  LP4 = 2.222219843214978396e-01, LP5 = 1.818357216161805012e-01, LP6 = 1.531383769920937332e-01,
  LP7 = 1.479819860511658591e-01;

export function libmLog1p(x: number): number {
  const hx = hiWord(x) | 0;
  const ax = hx & 0x7fffffff;
  let k = 1, f = 0, hu = 0, c = 0;
  if (hx < 0x3fda827a) { // x < 0.41422
    if (ax >= 0x3ff00000) return x === -1 ? -Infinity : NaN; // x <= -1
    if (ax < 0x3e200000) { // |x| < 2^-29
      if (ax < 0x3c900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec4 | 0)) { k = 0; f = x; hu = 1; } // -0.2929 < x < 0.41422
  }
  if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = hiWord(u);
      k = (hu >>> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = hiWord(u);
      k = (hu >>> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = withHi(u, hu | 0x3ff00000);
    } else {
      k += 1;
      u = withHi(u, hu | 0x3fe00000);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) { // |f| < 2^-20
    if (f === 0) {
      if (k === 0) return 0;
      c += k * LN2_LO;
      return k * LN2_HI + c;
    }
    const R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k === 0) return f - R;
    return k * LN2_HI - ((R - (k * LN2_LO + c)) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const z2 = z * z, z4 = z2 * z2, z6 = z4 * z2;
  const R = fma(z6, fma(z, LP7, LP6), fma(z4, fma(z, LP5, LP4), fma(z, LP1, z2 * fma(z, LP3, LP2))));
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return k * LN2_HI - ((hfsq - (s * (hfsq + R) + (k * LN2_LO + c))) - f);
}

export function libmCosh(x: number): number {
  const ix = hiWord(x) & 0x7fffffff;
  if (ix >= 0x7ff00000) return x * x;
  const ax = Math.abs(x);
  if (ix < 0x3fd62e43) { // |x| < 0.5 ln2
    if (ix < 0x3c800000) return 1;
    const t = libmExpm1(ax);
    const w = 1 + t;
    return 1 + (t * t) / (w + w);
  }
  if (ix < 0x40360000) { // |x| < 22
    const t = libmExp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * libmExp(ax); // |x| < log(DBL_MAX)
  if (ax <= 7.10475860073943863426e+02) { // overflow threshold
    const w = libmExp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  return Infinity;
}

export function libmSinh(x: number): number {
  const ix = hiWord(x) & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ix < 0x40360000) { // |x| < 22
    if (ix < 0x3e300000) return x; // |x| < 2^-28
    const t = libmExpm1(ax);
    if (ix < 0x3ff00000) return h * (2.0 * t - t * t / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * libmExp(ax);
  if (ax <= 7.10475860073943863426e+02) {
    const w = libmExp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * Infinity;
}

export function libmTanh(x: number): number {
  const jx = hiWord(x) | 0;
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x !== x ? x + x : jx >= 0 ? 1 : -1;
  let z: number;
  if (ix < 0x40360000) { // |x| < 22
    if (ix < 0x3c800000) return x * (1 + x); // |x| < 2^-55
    const ax = Math.abs(x);
    if (ix >= 0x3ff00000) { // |x| >= 1
      const t = libmExpm1(2 * ax);
      z = 1 - 2 / (t + 2);
    } else {
      const t = libmExpm1(-2 * ax);
      z = -t / (t + 2);
    }
  } else {
    z = 1;
  }
  return jx >= 0 ? z : -z;
}

const LN2 = 6.93147180559945286227e-01;

export function libmAsinh(x: number): number {
  const hx = hiWord(x) | 0;
  const ix = hx & 0x7fffffff;
  if (ix < 0x3e300000) return x; // |x| < 2^-28 (and +-0)
  if (ix >= 0x7ff00000) return x + x;
  const ax = Math.abs(x);
  let w: number;
  if (ix > 0x41b00000) { // |x| > 2^28
    w = libmLog(ax) + LN2;
  } else if (ix > 0x40000000) { // 2 < |x| <= 2^28
    w = libmLog(2.0 * ax + 1 / (Math.sqrt(x * x + 1) + ax));
  } else {
    const t = x * x;
    w = libmLog1p(ax + t / (1 + Math.sqrt(1 + t)));
  }
  return hx > 0 ? w : -w;
}

export function libmAcosh(x: number): number {
  const hx = hiWord(x) | 0;
  if (hx < 0x3ff00000) return NaN; // x < 1 (and negative)
  if (hx >= 0x41b00000) { // x >= 2^28
    if (hx >= 0x7ff00000) return x + x;
    return libmLog(x) + LN2;
  }
  if (x === 1) return 0;
  if (hx > 0x40000000) { // 2 < x < 2^28
    const t = x * x;
    return libmLog(2.0 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  const t = x - 1;
  return libmLog1p(t + Math.sqrt(2.0 * t + t * t));
}

export function libmAtanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 3.725290298461914e-9) return x; // 2^-28
    t = xa + xa;
    t = 0.5 * libmLog1p(t + t * xa / (1 - xa));
  } else if (xa < 1) {
    t = 0.5 * libmLog1p((xa + xa) / (1 - xa));
  } else if (xa === 1) {
    t = Infinity;
  } else {
    return NaN; // |x| > 1 and NaN (x - x / x - x keeps a NaN's payload; CPython raises either way)
  }
  return x < 0 ? -t : t;
}
