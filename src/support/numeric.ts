// Numeric helpers on JS doubles that know nothing about Python objects: a correctly rounded (in all
// but astronomically rare cases) hypot, exact products and sums (Dekker / Knuth), ulp and nextafter.
// These stand in for the glibc functions CPython calls (hypot, nextafter) where V8's Math differs.
// Invariant: no allocation; the double-double helpers leave their result in DD[0] (hi), DD[1] (lo).

/** Scratch result of twoProd / twoSum: hi in DD[0], lo in DD[1]. */
export const DD = new Float64Array(2);

const SPLIT = 134217729; // 2**27 + 1

/** a * b = DD[0] + DD[1] exactly (Dekker; |a|, |b| well inside the exponent range). */
export function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  DD[0] = p;
  DD[1] = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** a + b = DD[0] + DD[1] exactly (Knuth). */
export function twoSum(a: number, b: number): void {
  const s = a + b, v = s - a;
  DD[1] = (a - (s - v)) + (b - v);
  DD[0] = s;
}

const F = new Float64Array(1);
const W = new Int32Array(F.buffer);

/** The binary exponent of a finite nonzero x: x = m * 2**e with 0.5 <= |m| < 1 (frexp's e). */
export function frexpExp(x: number): number {
  F[0] = x;
  const e = (W[1] >>> 20) & 0x7ff;
  if (e === 0) { F[0] = x * 18014398509481984; return ((W[1] >>> 20) & 0x7ff) - 1022 - 54; } // 2**54
  return e - 1022;
}

/**
 * sqrt(x*x + y*y) without undue overflow or underflow, rounded correctly except in near-halfway cases
 * far rarer than glibc's own misses: the sum of squares is formed exactly as a double-double after scaling
 * by a power of two, its square root refined by one Newton step in double-double.
 */
export function preciseHypot(x: number, y: number): number {
  if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Infinity;
  if (x !== x || y !== y) return NaN;
  x = Math.abs(x); y = Math.abs(y);
  if (x < y) { const t = x; x = y; y = t; }
  if (x === 0) return 0;
  if (y === 0) return x;
  // Scale by 2**-e (in two steps: 2**-e alone may be out of range) so that x lands in [0.5, 1).
  const e = frexpExp(x);
  const e1 = e >> 1, e2 = e - e1;
  const h1 = 2 ** -e1, h2 = 2 ** -e2;
  const xs = (x * h1) * h2, ys = (y * h1) * h2;
  // s = xs^2 + ys^2 as a double-double (ys*ys may lose bits to underflow only when y/x < 2**-500: harmless)
  twoProd(xs, xs);
  const xh = DD[0], xl = DD[1];
  twoProd(ys, ys);
  const yh = DD[0], yl = DD[1];
  twoSum(xh, yh);
  const sh = DD[0];
  const sl = DD[1] + xl + yl;
  const s = sh + sl;
  const sLo = sl - (s - sh);
  // r = sqrt(s); correction: r + (s - r*r) / (2r)
  const r = Math.sqrt(s);
  twoProd(r, r);
  const d = ((s - DD[0]) - DD[1]) + sLo;
  const res = r + d / (2 * r);
  return (res * 2 ** e1) * 2 ** e2; // exact unless the result is subnormal or overflows
}

/** C's nextafter(x, y). */
export function nextAfter(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  F[0] = x;
  const up = (y > x) === (x > 0);
  // step the 64-bit pattern by one
  let lo = W[0] >>> 0, hi = W[1];
  if (up) { lo = (lo + 1) >>> 0; if (lo === 0) hi++; }
  else { if (lo === 0) hi--; lo = (lo - 1) >>> 0; }
  W[0] = lo | 0; W[1] = hi;
  return F[0];
}

/** math.ulp(x) for a finite x. */
export function ulp(x: number): number {
  x = Math.abs(x);
  if (x !== x || x === Infinity) return x;
  const x2 = nextAfter(x, Infinity);
  if (x2 === Infinity) return x - nextAfter(x, -Infinity);
  return x2 - x;
}
