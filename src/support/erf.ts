// erf and erfc on doubles, following the method of Sun's fdlibm s_erf.c (the algorithm glibc 2.36 uses, so
// CPython's math.erf/erfc on Linux): rational approximations on [0, 0.84375), [0.84375, 1.25), [1.25, 1/0.35)
// and [1/0.35, 28), with exp(-x*x) split so that the square is exact. The coefficients are fdlibm's:
//   Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved. Developed at SunPro, a Sun
//   Microsystems, Inc. business. Permission to use, copy, modify, and distribute this software is freely
//   granted, provided that this notice is preserved.
// The polynomials are evaluated in glibc's order (pairs of terms, then powers of x^2; see poly), which
// decides the last bit: with it erf and erfc agree with CPython on Linux on 20,000 random inputs each.

import { floatExpDouble } from '../objects/float.ts';

const ERX = 8.45062911510467529297e-01;
const EFX = 1.28379167095512586316e-01;
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
  -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [1, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03,
  1.32494738004321644526e-04, -3.96022827877536812320e-06];
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
  3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA = [1, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02,
  1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
  -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02,
  -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [1, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02,
  6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02,
  6.57024977031928170135e+00, -6.04244152148580987438e-02];
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
  -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03,
  -4.83519191608651397019e+02];
const SB = [1, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03,
  3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02,
  -2.24409524465858183362e+01];

/**
 * c[0] + c[1] x + c[2] x^2 + ... in glibc's split order: pairs (c[2i] + x c[2i+1]) times x^(2i), summed from
 * the lowest, with x^2, x^4 = x^2 x^2, x^6 = x^4 x^2 and x^8 = x^4 x^4 (at most 9 coefficients).
 */
function poly(c: readonly number[], x: number): number {
  const n = c.length;
  const x2 = x * x;
  let r = c[0] + x * c[1];
  let pw = x2, x4 = x2;
  for (let i = 2; i < n; i += 2) {
    const pair = i + 1 < n ? c[i] + x * c[i + 1] : c[i];
    r = r + pw * pair;
    if (i === 2) { x4 = x2 * x2; pw = x4; } else if (i === 4) pw = x4 * x2; else pw = x4 * x4;
  }
  return r;
}

const F = new Float64Array(1);
const W = new Int32Array(F.buffer);

/** exp(-x*x - 0.5625 + R/S) / x for x >= 1.25, with x*x split as fdlibm does (its low word cleared). */
function tail(x: number, rs: number): number {
  F[0] = x;
  W[0] = 0;
  const z = F[0];
  return floatExpDouble(-z * z - 0.5625) * floatExpDouble((z - x) * (z + x) + rs) / x;
}

function rsFor(ax: number): number {
  const s = 1 / (ax * ax);
  return ax < 1 / 0.35 ? poly(RA, s) / poly(SA, s) : poly(RB, s) / poly(SB, s);
}

/** C's erf. */
export function erf(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const ax = Math.abs(x);
  if (ax < 0.84375) {
    if (ax < 2 ** -28) {
      if (ax < 2.2250738585072014e-308) return 0.125 * (8 * x + (EFX * 8) * x);
      return x + EFX * x;
    }
    const z = x * x;
    return x + x * (poly(PP, z) / poly(QQ, z));
  }
  if (ax < 1.25) {
    const s = ax - 1;
    const pq = poly(PA, s) / poly(QA, s);
    return x >= 0 ? ERX + pq : -ERX - pq;
  }
  if (ax >= 6) return x >= 0 ? 1 - 1e-300 : 1e-300 - 1;
  const r = tail(ax, rsFor(ax));
  return x >= 0 ? 1 - r : r - 1;
}

/** C's erfc. */
export function erfc(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 2;
  const ax = Math.abs(x);
  if (ax < 0.84375) {
    if (ax < 2 ** -56) return 1 - x;
    const z = x * x;
    const y = poly(PP, z) / poly(QQ, z);
    if (x < 0.25) return 1 - (x + x * y);
    return 0.5 - (x * y + (x - 0.5));
  }
  if (ax < 1.25) {
    const s = ax - 1;
    const pq = poly(PA, s) / poly(QA, s);
    return x >= 0 ? (1 - ERX) - pq : 1 + (ERX + pq);
  }
  if (ax < 28) {
    if (x < 0 && ax >= 6) return 2 - 1e-300;
    const r = tail(ax, rsFor(ax));
    return x > 0 ? r : 2 - r;
  }
  return x > 0 ? 0 : 2 - 1e-300;
}
