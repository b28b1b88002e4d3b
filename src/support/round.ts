// round(x, ndigits) for floats, as CPython's double_round (Objects/floatobject.c): round the exact
// binary value to a decimal string with ties to even (dtoa mode 3), then read that string back.

import { formatDouble } from './format-spec.ts';

const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** round(x, n) for a finite or infinite double; returns Infinity when the rounded value overflows. */
export function roundFloat(x: number, n: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (n > NDIGITS_MAX) return x;
  if (n < NDIGITS_MIN) return 0 * x;
  if (n >= 0) {
    const r = Number(formatDouble(x, 'f', n));
    return r === 0 ? (x < 0 ? -0 : 0) : r;
  }
  // Round |x| to a multiple of 10**k exactly: |x| = m * 2**e.
  const neg = x < 0;
  F64[0] = neg ? -x : x;
  const bexp = (U32[1] >>> 20) & 0x7ff;
  let m = (BigInt(U32[1] & 0xfffff) << 32n) | BigInt(U32[0]);
  let e: number;
  if (bexp === 0) e = -1074; else { m += 1n << 52n; e = bexp - 1075; }
  const p = 10n ** BigInt(-n);
  let num = m, den = p;
  if (e >= 0) num <<= BigInt(e); else den <<= BigInt(-e);
  let q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  const v = q === 0n ? 0 : Number(q.toString() + '0'.repeat(-n));
  return neg ? -v : v;
}
