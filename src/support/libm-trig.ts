// sin, cos, tan, atan, atan2, asin and acos on doubles, so that math and cmath give what CPython on Linux
// gives (glibc 2.36, x86-64 with FMA: the IBM Accurate Mathematical Library's s_sin.c, s_tan.c, s_atan.c,
// e_atan2.c and e_asin.c).
// sin and cos reproduce glibc's own table method and its fused operations (see "sin and cos as glibc
// computes them" below), so they agree with glibc also where glibc is not correctly rounded: 0 or 1
// difference in 50,000 random inputs each (tests/py/stdlib/math_bitexact_trig.py).
// tan, atan, atan2, asin and acos are correctly rounded; glibc's are too except for rare inputs within
// ~0.01 ulp of a rounding boundary (~1 in 400 for tan, ~1 in 1000-2000 for the others), where they differ.
// Correct rounding by Ziv's method: a fast evaluation in double-double arithmetic (~2^-70 relative error),
// accepted when both ends of its error interval round to the same double; otherwise (about one call in
// 10^4) an exact evaluation in BigInt fixed point with 320 fractional bits (argument reduction against pi
// to as many bits as the exponent needs), rounded once.
// Fast paths: tan reduces x by k*pi/2 (|x| < 2^28; pi/2 in three doubles, exact products), then
// sin(a + h) = S_a cos h + C_a sin h with a = j/64 and S_a, C_a from a double-double table; atan uses
// atan(t) = atan(c) + atan((t - c)/(1 + tc)) with c = j/64; atan2, asin and acos reduce to that atan
// (asin x = atan2(x, sqrt(1 - x^2)), acos x = atan2(sqrt(1 - x^2), x), with 1 - x^2 exact).
// Special values follow C99 Annex F (as glibc): NaN for infinities and |x| > 1 (the callers raise).
// No per-call allocation except for |x| >= 2^28 in sin/cos/tan and the rare exact fallback (BigInt);
// double-double results travel in the module variables RH, RL.

import { libmFma as fma } from './libm.ts';

const SPLIT = 134217729; // 2^27 + 1

let RH = 0, RL = 0; // the last double-double result

/** a*b - p exactly, where p = RN(a*b) (Dekker; |a|, |b| < 2^995 and no underflow). */
function prodErr(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** RH + RL = (ah + al) + (bh + bl), accurate to ~2^-104 relative. */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  let s = ah + bh;
  let v = s - ah;
  let e = (ah - (s - v)) + (bh - v);
  const t = al + bl;
  v = t - al;
  const f = (al - (t - v)) + (bl - v);
  e += t;
  let h = s + e;
  e = e - (h - s);
  e += f;
  s = h + e;
  RL = e - (s - h);
  RH = s;
}

/** RH + RL = (ah + al) * (bh + bl). */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  const p = ah * bh;
  const e = prodErr(ah, bh, p) + (ah * bl + al * bh);
  RH = p + e;
  RL = e - (RH - p);
}

/** RH + RL = (ah + al) / (bh + bl). */
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  const p = q1 * bh;
  const pe = prodErr(q1, bh, p) + q1 * bl; // q1 * b = p + pe
  const r = ((ah - p) - pe) + al;
  const q2 = r / bh;
  RH = q1 + q2;
  RL = q2 - (RH - q1);
}

/** RH + RL = sqrt(ah + al), ah > 0. */
function ddSqrt(ah: number, al: number): void {
  const s = Math.sqrt(ah);
  const p = s * s;
  const r = ((ah - p) - prodErr(s, s, p)) + al;
  const c = r / (2 * s);
  RH = s + c;
  RL = c - (RH - s);
}

/** The double nearest h + l if the whole interval (h + l)(1 +- rel) rounds to it, else NaN. */
function roundOrNaN(h: number, l: number, rel: number): number {
  const e = Math.abs(h) * rel;
  const a = h + (l + e);
  return a === h + (l - e) ? a : NaN;
}

// pi/2 = PIO2_1 + PIO2_2 + PIO2_3 (to ~2^-160); pi/2 and pi as double-doubles
const PIO2_1 = 1.5707963267948966, PIO2_2 = 6.123233995736766e-17, PIO2_3 = -1.4973849048591698e-33;
const PIO2_H = 1.5707963267948966, PIO2_L = 6.123233995736766e-17;
const PI_H = 3.141592653589793, PI_L = 1.2246467991473532e-16;
const TWO_OVER_PI = 0.6366197723675814;

// sin(j/64), cos(j/64) for j = 0..52 and atan(j/64) for j = 0..64, as double-doubles (built on first use)
let SIN_H: Float64Array | null = null, SIN_L = new Float64Array(0), COS_H = SIN_L, COS_L = SIN_L;
let ATAN_H = SIN_L, ATAN_L = SIN_L;

function tablesInit(): void {
  const n = 53;
  const sh = new Float64Array(n), sl = new Float64Array(n), ch = new Float64Array(n), cl = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    bigSinCos(BigInt(j) << (P - 6n));
    splitFixed(BIG_S, sh, sl, j);
    splitFixed(BIG_C, ch, cl, j);
  }
  const ah = new Float64Array(65), al = new Float64Array(65);
  for (let j = 0; j <= 64; j++) splitFixed(bigAtan(BigInt(j) << (P - 6n)), ah, al, j);
  COS_H = ch; COS_L = cl; SIN_L = sl; ATAN_H = ah; ATAN_L = al;
  SIN_H = sh;
}

function splitFixed(v: bigint, h: Float64Array, l: Float64Array, i: number): void {
  const a = fixedToDouble(v);
  h[i] = a;
  l[i] = fixedToDouble(v - doubleToFixed(a));
}

// ---------------------------------------------------------------------------------------- sin, cos, tan

/**
 * x reduced: x = k*pi/2 + (RH + RL), |RH + RL| <= pi/4 (a little more), absolute error ~2^-130; returns k
 * (an integer-valued double), or NaN when |x| is too large for the fast reduction.
 */
function reduce(x: number): number {
  const ax = Math.abs(x);
  if (ax <= 0.7853981633974483) {
    RH = x;
    RL = 0;
    return 0;
  }
  if (!(ax < 268435456)) return NaN; // 2^28
  const k = Math.round(x * TWO_OVER_PI);
  const p = k * PIO2_1;
  const pe = prodErr(k, PIO2_1, p);
  const s = x - p; // exact (Sterbenz)
  const q2 = k * PIO2_2;
  const q2e = prodErr(k, PIO2_2, q2);
  // s - pe - q2 - q2e - k * PIO2_3
  ddAdd(s, -pe, -q2, -(q2e + k * PIO2_3));
  return k;
}

let SR_H = 0, SR_L = 0, CR_H = 0, CR_L = 0; // sin r and cos r

/** sin and cos of r = rh + rl (|r| <= ~0.79), each to ~2^-72 relative, into SR_*, CR_*. */
function sinCosReduced(rh: number, rl: number): void {
  if (SIN_H === null) tablesInit();
  const neg = rh < 0;
  if (neg) { rh = -rh; rl = -rl; }
  const j = Math.round(rh * 64);
  const hh0 = rh - j * 0.015625; // exact
  const h = hh0 + rl, hl = rl - (h - hh0);
  const t = h * h;
  // sin h = h + h^3 (-1/6 + t/120 - ...), |h| <= 1/128: the tail is below 2^-90 |h|
  const ps = h * t * (-0.16666666666666666 + t * (0.008333333333333333 + t * (-1.984126984126984e-4 + t * 2.7557319223985893e-6)))
    - 0.5 * t * hl;
  const snh = h + (hl + ps), snl = (hl + ps) - (snh - h);
  // cos h - 1 = -h^2/2 + h^4/24 - ...; h^2 exactly
  const te = prodErr(h, h, t);
  const pc = t * t * (0.041666666666666664 + t * (-0.001388888888888889 + t * (2.48015873015873e-5 - t * 2.755731922398589e-7)));
  const c2 = -0.5 * t;
  const c2l = (-0.5 * te - h * hl) + pc;
  const cmh = c2 + c2l, cml = c2l - (cmh - c2);
  if (j === 0) {
    SR_H = snh; SR_L = snl;
    ddAdd(1, 0, cmh, cml);
  } else {
    const Sh = SIN_H![j], Sl = SIN_L[j], Ch = COS_H[j], Cl = COS_L[j];
    // sin r = S + S (cos h - 1) + C sin h;  cos r = C + C (cos h - 1) - S sin h
    ddMul(Sh, Sl, cmh, cml);
    let ah = RH, al = RL;
    ddMul(Ch, Cl, snh, snl);
    const bh = RH, bl = RL;
    ddAdd(ah, al, bh, bl);
    ddAdd(Sh, Sl, RH, RL);
    SR_H = RH; SR_L = RL;
    ddMul(Ch, Cl, cmh, cml);
    ah = RH; al = RL;
    ddMul(Sh, Sl, -snh, -snl);
    ddAdd(ah, al, RH, RL);
    ddAdd(Ch, Cl, RH, RL);
  }
  CR_H = RH; CR_L = RL;
  if (neg) { SR_H = -SR_H; SR_L = -SR_L; }
}

const TRIG_REL = 2 ** -66;

/** tan x, correctly rounded. */
export function libmTan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 7.450580596923828e-9) return x; // 2^-27: rounds to x
  const k = reduce(x);
  if (k !== k) return tanSlow(x);
  sinCosReduced(RH, RL);
  if ((k & 1) === 0) ddDiv(SR_H, SR_L, CR_H, CR_L); // tan(r + k pi/2) = tan r or -cot r
  else ddDiv(-CR_H, -CR_L, SR_H, SR_L);
  const r = roundOrNaN(RH, RL, TRIG_REL);
  return r === r ? r : tanSlow(x);
}

// ------------------------------------------------------------------------ sin and cos as glibc computes them
//
// glibc's sin and cos (IBM's method, FMA build) are not correctly rounded: near a rounding boundary they
// return what their table method gives. Reproduced here, found by experiment against CPython (0 or 1
// difference in 50,000 random inputs for each): with Xi = i/128 the nearest multiple of 1/128 to |a| (found
// by adding and subtracting 1.5 * 2^45) and h = |a| - Xi, and sin(Xi), cos(Xi) as double + double tables,
//   do_sin(a, da): |a| < 0.126: a + fma(fma(P(a^2), a, -da/2), a^2, da), P the Taylor series of (sin a - a)/a^3
//                  to a^10; else sin Xi + [with s ~ sin h (da added in), c ~ 1 - cos h] the fused
//                  ssn + s ccs - sn c + cs s
//   do_cos(a, da): h + da first, then cos Xi + (ccs - s ssn - cs c - sn s), fused the same way
// and by range: |x| < 2^-26: x (sin); |x| < 2^-27: 1 (cos); |x| < 0.855469: do_sin(x, 0) / do_cos(|x|, 0);
// |x| < 2.426265: with y + dy = pi/2 - |x| (dy the low part of pi/2), do_cos(y, dy) / do_sin(y, dy);
// beyond: x = k pi/2 + a + da (k by fma(x, 2/pi, 1.5 * 2^52), a + da normalized) and do_sin/do_cos by k mod 4.

const BIG = 52776558133248.0; // 1.5 * 2^45: x + BIG - BIG rounds x to a multiple of 1/128
const TOINT = 6755399441055744.0; // 1.5 * 2^52
const SN3 = -1 / 6, SN5 = 1 / 120, CS2 = 0.5, CS4 = -1 / 24, CS6 = 1 / 720;
const T1 = -1 / 6, T2 = 1 / 120, T3 = -1 / 5040, T4 = 1 / 362880, T5 = -1 / 39916800;

// sin(i/128), cos(i/128) for i = 0..110: each the nearest double and the nearest double to the rest
let SC_TAB: Float64Array | null = null;

function scTableInit(): Float64Array {
  const t = new Float64Array(4 * 111);
  for (let i = 0; i <= 110; i++) {
    bigSinCos(BigInt(i) << (P - 7n));
    const sn = fixedToDouble(BIG_S), cs = fixedToDouble(BIG_C);
    t[4 * i] = sn;
    t[4 * i + 1] = fixedToDouble(BIG_S - doubleToFixed(sn));
    t[4 * i + 2] = cs;
    t[4 * i + 3] = fixedToDouble(BIG_C - doubleToFixed(cs));
  }
  SC_TAB = t;
  return t;
}

function doSin(x: number, dx: number): number {
  if (Math.abs(x) < 0.126) {
    const xx = x * x;
    const p = fma(fma(fma(fma(T5, xx, T4), xx, T3), xx, T2), xx, T1);
    return x + fma(fma(p, x, -0.5 * dx), xx, dx);
  }
  const tab = SC_TAB ?? scTableInit();
  const neg = x < 0;
  if (neg) { x = -x; dx = -dx; }
  const u = (x + BIG) - BIG;
  const h = x - u;
  const i = 4 * Math.round(u * 128);
  const sn = tab[i], ssn = tab[i + 1], cs = tab[i + 2], ccs = tab[i + 3];
  const xx = h * h;
  const s = h + fma(h * xx, fma(xx, SN5, SN3), dx);
  const c = fma(h, dx, xx * fma(xx, fma(xx, CS6, CS4), CS2));
  const r = sn + fma(cs, s, fma(-sn, c, fma(s, ccs, ssn)));
  return neg ? -r : r;
}

function doCos(x: number, dx: number): number {
  const tab = SC_TAB ?? scTableInit();
  if (x < 0) { x = -x; dx = -dx; }
  const u = (x + BIG) - BIG;
  const h = (x - u) + dx;
  const i = 4 * Math.round(u * 128);
  const sn = tab[i], ssn = tab[i + 1], cs = tab[i + 2], ccs = tab[i + 3];
  const xx = h * h;
  const s = h + h * xx * fma(xx, SN5, SN3);
  const c = xx * fma(xx, fma(xx, CS6, CS4), CS2);
  return cs + fma(-sn, s, fma(-cs, c, fma(-s, ssn, ccs)));
}

/** x = k pi/2 + RH + RL (RH = RN(RH + RL)), k as glibc picks it; returns k mod 4. */
function reduceGlibc(x: number): number {
  if (!(Math.abs(x) < 268435456)) return bigReduce(x); // 2^28
  const k = fma(x, TWO_OVER_PI, TOINT) - TOINT;
  // three-part pi/2, exact products
  const p = k * PIO2_1;
  const pe = prodErr(k, PIO2_1, p);
  const s = x - p; // exact (Sterbenz)
  const q2 = k * PIO2_2;
  const q2e = prodErr(k, PIO2_2, q2);
  ddAdd(s, -pe, -q2, -(q2e + k * PIO2_3));
  return k - 4 * Math.floor(k / 4);
}

export function libmSin(x: number): number {
  const ax = Math.abs(x);
  if (ax < 1.4901161193847656e-8) return x; // 2^-26 (and +-0)
  if (ax < 0.855469) return doSin(x, 0);
  if (ax < 2.426265) {
    const r = doCos(PIO2_H - ax, PIO2_L);
    return x < 0 ? -r : r;
  }
  if (ax === Infinity || ax !== ax) return NaN;
  const n = reduceGlibc(x);
  const a = RH, da = RL;
  const r = n & 1 ? doCos(a, da) : doSin(a, da);
  return n & 2 ? -r : r;
}

export function libmCos(x: number): number {
  const ax = Math.abs(x);
  if (ax < 7.450580596923828e-9) return 1; // 2^-27
  if (ax < 0.855469) return doCos(ax, 0);
  if (ax < 2.426265) return doSin(PIO2_H - ax, PIO2_L);
  if (ax === Infinity || ax !== ax) return NaN;
  const n = (reduceGlibc(x) + 1) & 3;
  const a = RH, da = RL;
  const r = n & 1 ? doCos(a, da) : doSin(a, da);
  return n & 2 ? -r : r;
}

// ---------------------------------------------------------------------------------- atan, atan2, asin, acos

/** atan(th + tl) for 0 <= t <= 1 into RH + RL, ~2^-72 relative. */
function atanDD(th: number, tl: number): void {
  if (SIN_H === null) tablesInit();
  const j = Math.round(th * 64);
  let uh: number, ul: number;
  if (j === 0) {
    uh = th; ul = tl;
  } else {
    const c = j * 0.015625;
    // u = (t - c) / (1 + t c)
    const num = th - c; // exact
    const p = th * c;
    const pe = prodErr(th, c, p) + tl * c;
    ddAdd(1, 0, p, pe);
    ddDiv(num, tl, RH, RL);
    uh = RH; ul = RL;
  }
  const t = uh * uh;
  // atan u = u + u^3 (-1/3 + u^2/5 - ...), |u| <= 1/128: the tail is below 2^-90 |u|
  const ps = uh * t * (-0.3333333333333333 + t * (0.2 + t * (-0.14285714285714285 + t * (0.1111111111111111 - t * 0.09090909090909091))))
    - t * ul;
  const sh = uh + (ul + ps), sl = (ul + ps) - (sh - uh);
  if (j === 0) { RH = sh; RL = sl; } else ddAdd(ATAN_H[j], ATAN_L[j], sh, sl);
}

const ATAN_REL = 2 ** -66;

/**
 * The angle of (xh + xl, yh + yl), y > 0 (both double-doubles, within 2^-900..2^900, y/x and x/y above
 * 2^-70 in magnitude) into RH + RL: atan(y/x) for |y| <= |x|, pi/2 - atan(x/y) otherwise; pi - that for x < 0.
 */
function angleDD(yh: number, yl: number, xh: number, xl: number): void {
  const neg = xh < 0;
  if (neg) { xh = -xh; xl = -xl; }
  if (yh <= xh) {
    ddDiv(yh, yl, xh, xl);
    atanDD(RH, RL);
  } else {
    ddDiv(xh, xl, yh, yl);
    atanDD(RH, RL);
    ddAdd(PIO2_H, PIO2_L, -RH, -RL);
  }
  if (neg) ddAdd(PI_H, PI_L, -RH, -RL);
}

export function libmAtan(x: number): number {
  const ax = Math.abs(x);
  if (ax !== ax) return x;
  if (ax < 7.450580596923828e-9) return x; // 2^-27: rounds to x
  if (ax > 1152921504606846976) return x > 0 ? PIO2_H : -PIO2_H; // 2^60 (and inf)
  if (ax <= 1) atanDD(ax, 0);
  else {
    ddDiv(1, 0, ax, 0);
    atanDD(RH, RL);
    ddAdd(PIO2_H, PIO2_L, -RH, -RL);
  }
  let r = roundOrNaN(RH, RL, ATAN_REL);
  if (r !== r) r = fixedToDouble(bigAngle(doubleToFixedScaled(ax, 0), ONE));
  return x < 0 ? -r : r;
}

const TWO600 = 2 ** 600, TWOM600 = 2 ** -600, TWOM60 = 2 ** -60;

export function libmAtan2(y: number, x: number): number {
  if (y !== y || x !== x) return y + x;
  if (y === 0 || x === 0 || !Number.isFinite(x) || !Number.isFinite(y)) return Math.atan2(y, x); // exact cases
  let ay = Math.abs(y), ax = Math.abs(x);
  if (ay < ax * TWOM60) return x > 0 ? y / x : (y > 0 ? PI_H : -PI_H);
  if (ax < ay * TWOM60) return y > 0 ? PIO2_H : -PIO2_H;
  const big = ay > ax ? ay : ax;
  if (big > 1e270) { ay *= TWOM600; ax *= TWOM600; } else if (big < 1e-270) { ay *= TWO600; ax *= TWO600; }
  angleDD(ay, 0, x < 0 ? -ax : ax, 0);
  let r = roundOrNaN(RH, RL, ATAN_REL);
  if (r !== r) {
    // both as fixed point relative to the larger one's binade
    const e = exponentOf(big);
    r = fixedToDouble(bigAngle(doubleToFixedScaled(Math.abs(y), e), doubleToFixedScaled(x, e)));
  }
  return y < 0 ? -r : r;
}

/** asin (which 0) or acos (which 1). */
function asinAcos(x: number, which: number): number {
  const ax = Math.abs(x);
  if (!(ax <= 1)) return NaN;
  if (which === 0 && ax < 1.4901161193847656e-8) return x; // 2^-26: asin x rounds to x
  // s = sqrt(1 - x^2), 1 - x^2 exactly as a double-double
  const p = ax * ax;
  const pe = prodErr(ax, ax, p);
  const d = 1 - p;
  const de = ((1 - d) - p) - pe; // 1 - p is exact when p >= 1/2; otherwise the error, recovered
  let sh = 0, sl = 0;
  if (d !== 0 || de !== 0) {
    const dh = d + de, dl = de - (dh - d);
    ddSqrt(dh, dl);
    sh = RH; sl = RL;
  }
  if (which === 0) {
    if (sh === 0) return x > 0 ? PIO2_H : -PIO2_H;
    angleDD(ax, 0, sh, sl);
  } else {
    if (sh === 0) return x > 0 ? 0 : PI_H;
    if (ax === 0) return PIO2_H;
    angleDD(sh, sl, x, 0);
  }
  let r = roundOrNaN(RH, RL, ATAN_REL);
  if (r !== r) {
    const X = doubleToFixed(ax);
    const S = isqrt((ONE << P) - X * X);
    r = fixedToDouble(which === 0 ? bigAngle(X, S) : bigAngle(S, x < 0 ? -X : X));
  }
  return which === 0 && x < 0 ? -r : r;
}

export function libmAsin(x: number): number { return asinAcos(x, 0); }
export function libmAcos(x: number): number { return asinAcos(x, 1); }

// --------------------------------------------------------------------------------- the exact (slow) paths

const P = 320n; // fractional bits of the fixed-point values below
const ONE = 1n << P;

const FB = new Float64Array(1);
const WB = new Uint32Array(FB.buffer);

/** The unbiased exponent of a finite nonzero |x| (as frexp's minus one). */
function exponentOf(x: number): number {
  FB[0] = x;
  const e = (WB[1] >>> 20) & 0x7ff;
  if (e === 0) return exponentOf(x * 18014398509481984) - 54;
  return e - 1023;
}

/** x = m * 2^e with m an integer (|m| < 2^53); returns m, sets MANT_EXP = e. */
let MANT_EXP = 0;
function mantissa(x: number): bigint {
  const e = exponentOf(x) - 52;
  MANT_EXP = e;
  return BigInt(x * 2 ** -e); // exact
}

/** x * 2^(P - e) as a fixed-point value (truncated toward zero below 2^-P). */
function doubleToFixedScaled(x: number, e: number): bigint {
  if (x === 0) return 0n;
  const m = mantissa(x);
  const s = MANT_EXP - e + Number(P);
  return s >= 0 ? m << BigInt(s) : m / (1n << BigInt(-s));
}

function doubleToFixed(x: number): bigint { return doubleToFixedScaled(x, 0); }

function bitLength(v: bigint): number { return v === 0n ? 0 : v.toString(2).length; }

/** v * 2^-P rounded once to the nearest double (ties to even). */
function fixedToDouble(v: bigint): number {
  const neg = v < 0n;
  if (neg) v = -v;
  const bl = bitLength(v);
  let r: number;
  if (bl <= 64) r = Number(v) * 2 ** -Number(P);
  else {
    const s = bl - 64;
    const low = v & ((1n << BigInt(s)) - 1n);
    const top = (v >> BigInt(s)) | (low !== 0n ? 1n : 0n); // sticky bit: one rounding of 64 bits to 53
    r = Number(top) * 2 ** (s - Number(P));
  }
  return neg ? -r : r;
}

function isqrt(n: bigint): bigint {
  if (n <= 0n) return 0n;
  let x = 1n << BigInt((bitLength(n) >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

let PI_FIX = 0n, PI_FIX_BITS = 0;

/** pi * 2^bits, truncated. */
function piFixed(bits: number): bigint {
  if (bits > PI_FIX_BITS) {
    const b = BigInt(bits + 64);
    const one = 1n << b;
    const atanInv = (n: bigint): bigint => {
      let term = one / n, sum = term, k = 1n;
      const n2 = n * n;
      while (term !== 0n) {
        term /= n2;
        const d = term / (2n * k + 1n);
        sum += k & 1n ? -d : d;
        k++;
      }
      return sum;
    };
    PI_FIX = 16n * atanInv(5n) - 4n * atanInv(239n);
    PI_FIX_BITS = bits + 64;
  }
  return PI_FIX >> BigInt(PI_FIX_BITS - bits);
}

let BIG_S = 0n, BIG_C = 0n;

/** sin and cos of the fixed-point r (|r| <= 1) into BIG_S, BIG_C. */
function bigSinCos(r: bigint): void {
  const r2 = (r * r) >> P;
  let term = r, s = r, n = 2n;
  while (term !== 0n) {
    term = -((term * r2) >> P) / (n * (n + 1n));
    s += term;
    n += 2n;
  }
  let c = ONE;
  term = ONE;
  n = 1n;
  while (term !== 0n) {
    term = -((term * r2) >> P) / (n * (n + 1n));
    c += term;
    n += 2n;
  }
  BIG_S = s;
  BIG_C = c;
}

/** atan of the fixed-point t, 0 <= t <= 1. */
function bigAtan(t: bigint): bigint {
  let k = 0n;
  const lim = ONE >> 3n;
  while (t > lim) { // atan t = 2 atan(t / (1 + sqrt(1 + t^2)))
    t = (t << P) / (ONE + isqrt((ONE << P) + t * t));
    k++;
  }
  const t2 = (t * t) >> P;
  let term = t, sum = t, n = 3n;
  while (term !== 0n) {
    term = -((term * t2) >> P);
    sum += term / n;
    n += 2n;
  }
  return sum << k;
}

/** The angle of (x, y), y >= 0, both fixed point (same scale, not both 0), in fixed point. */
function bigAngle(y: bigint, x: bigint): bigint {
  const neg = x < 0n;
  if (neg) x = -x;
  const pi = piFixed(Number(P));
  let a: bigint;
  if (y <= x) a = bigAtan((y << P) / x);
  else a = (pi >> 1n) - bigAtan((x << P) / y);
  return neg ? pi - a : a;
}

function tanSlow(x: number): number {
  bigReduceFixed(Math.abs(x), true);
  const v = BIG_K & 1 ? -(BIG_C << P) / BIG_S : (BIG_S << P) / BIG_C;
  const res = fixedToDouble(v);
  return x < 0 ? -res : res;
}

let BIG_R = 0n, BIG_K = 0; // the last exact reduction: x - k pi/2 in fixed point, and k mod 4

/** x = k pi/2 + BIG_R exactly to ~2^-300, k nearest x * 2/pi; with sc, sin and cos of BIG_R into BIG_S, BIG_C. */
function bigReduceFixed(x: number, sc: boolean): void {
  const m = mantissa(x), e = MANT_EXP;
  const q = Number(P) + Math.max(0, e + 53) + 32;
  const pio2 = piFixed(q - 1); // pi/2 * 2^q
  const xq = e + q >= 0 ? m << BigInt(e + q) : m >> BigInt(-(e + q));
  const half = pio2 >> 1n;
  const k = (xq < 0n ? xq - half : xq + half) / pio2;
  BIG_R = (xq - k * pio2) >> BigInt(q - Number(P));
  BIG_K = Number(k & 3n);
  if (sc) bigSinCos(BIG_R);
}

/** RH + RL = x - k pi/2 for the k nearest x * 2/pi, exact to ~2^-300, RH = RN(RH + RL); returns k mod 4. */
function bigReduce(x: number): number {
  bigReduceFixed(x, false);
  const a = fixedToDouble(BIG_R);
  RH = a;
  RL = fixedToDouble(BIG_R - doubleToFixed(a));
  return BIG_K;
}
