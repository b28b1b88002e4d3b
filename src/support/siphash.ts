// SipHash-1-3 over bytes, as CPython 3.12 hashes str and bytes (Python/pyhash.c: siphash13, _Py_HashBytes).
// 64-bit lanes are (lo, hi) pairs of int32 locals: no BigInt, no allocation. The result goes to H64
// (see hash64.ts); the low word is returned. Keys come from hash-secret.ts.

import { H64 } from './hash64.ts';
import { HASH_KEY } from './hash-secret.ts';

/**
 * SipHash-1-3 of data[off .. off+len) with key (k0, k1), each given as low/high 32-bit words.
 * Writes the raw 64-bit result to H64 and returns its low word (no -1 fix-up, no empty special case).
 */
export function siphash13(
  k0lo: number, k0hi: number, k1lo: number, k1hi: number,
  data: Uint8Array, off: number, len: number,
): number {
  // v0 = k0 ^ "somepseudorandomlygeneratedbytes" constants, as in the SipHash paper.
  let v0lo = k0lo ^ 0x70736575, v0hi = k0hi ^ 0x736f6d65;
  let v1lo = k1lo ^ 0x6e646f6d, v1hi = k1hi ^ 0x646f7261;
  let v2lo = k0lo ^ 0x6e657261, v2hi = k0hi ^ 0x6c796765;
  let v3lo = k1lo ^ 0x79746573, v3hi = k1hi ^ 0x74656462;
  let t = 0, u = 0, mlo = 0, mhi = 0;
  // SipRound is written out where it is used (blocks, last block, finalization) rather than called, so the
  // state stays in int32 locals. Adds carry when the low word wraps: (lo >>> 0) < (old lo >>> 0).

  let p = off;
  const blocksEnd = off + (len & ~7);
  while (p < blocksEnd) {
    mlo = data[p] | (data[p + 1] << 8) | (data[p + 2] << 16) | (data[p + 3] << 24);
    mhi = data[p + 4] | (data[p + 5] << 8) | (data[p + 6] << 16) | (data[p + 7] << 24);
    p += 8;
    v3lo ^= mlo; v3hi ^= mhi;
    // SINGLE_ROUND: HALF_ROUND(v0,v1,v2,v3,13,16); HALF_ROUND(v2,v1,v0,v3,17,21)
    t = (v0lo + v1lo) | 0; v0hi = (v0hi + v1hi + ((t >>> 0) < (v0lo >>> 0) ? 1 : 0)) | 0; v0lo = t;
    t = (v2lo + v3lo) | 0; v2hi = (v2hi + v3hi + ((t >>> 0) < (v2lo >>> 0) ? 1 : 0)) | 0; v2lo = t;
    t = (v1lo << 13) | (v1hi >>> 19); u = (v1hi << 13) | (v1lo >>> 19); v1lo = t ^ v0lo; v1hi = u ^ v0hi;
    t = (v3lo << 16) | (v3hi >>> 16); u = (v3hi << 16) | (v3lo >>> 16); v3lo = t ^ v2lo; v3hi = u ^ v2hi;
    t = v0lo; v0lo = v0hi; v0hi = t;
    t = (v2lo + v1lo) | 0; v2hi = (v2hi + v1hi + ((t >>> 0) < (v2lo >>> 0) ? 1 : 0)) | 0; v2lo = t;
    t = (v0lo + v3lo) | 0; v0hi = (v0hi + v3hi + ((t >>> 0) < (v0lo >>> 0) ? 1 : 0)) | 0; v0lo = t;
    t = (v1lo << 17) | (v1hi >>> 15); u = (v1hi << 17) | (v1lo >>> 15); v1lo = t ^ v2lo; v1hi = u ^ v2hi;
    t = (v3lo << 21) | (v3hi >>> 11); u = (v3hi << 21) | (v3lo >>> 11); v3lo = t ^ v0lo; v3hi = u ^ v0hi;
    t = v2lo; v2lo = v2hi; v2hi = t;
    v0lo ^= mlo; v0hi ^= mhi;
  }

  // The final block: the 0-7 trailing bytes, with (len & 0xff) in the top byte.
  const end = off + len;
  mlo = 0;
  mhi = (len & 0xff) << 24;
  for (let k = end - p - 1; k >= 4; k--) mhi |= data[p + k] << ((k - 4) << 3);
  for (let k = Math.min(end - p, 4) - 1; k >= 0; k--) mlo |= data[p + k] << (k << 3);
  v3lo ^= mlo; v3hi ^= mhi;
  // SINGLE_ROUND: HALF_ROUND(v0,v1,v2,v3,13,16); HALF_ROUND(v2,v1,v0,v3,17,21)
  t = (v0lo + v1lo) | 0; v0hi = (v0hi + v1hi + ((t >>> 0) < (v0lo >>> 0) ? 1 : 0)) | 0; v0lo = t;
  t = (v2lo + v3lo) | 0; v2hi = (v2hi + v3hi + ((t >>> 0) < (v2lo >>> 0) ? 1 : 0)) | 0; v2lo = t;
  t = (v1lo << 13) | (v1hi >>> 19); u = (v1hi << 13) | (v1lo >>> 19); v1lo = t ^ v0lo; v1hi = u ^ v0hi;
  t = (v3lo << 16) | (v3hi >>> 16); u = (v3hi << 16) | (v3lo >>> 16); v3lo = t ^ v2lo; v3hi = u ^ v2hi;
  t = v0lo; v0lo = v0hi; v0hi = t;
  t = (v2lo + v1lo) | 0; v2hi = (v2hi + v1hi + ((t >>> 0) < (v2lo >>> 0) ? 1 : 0)) | 0; v2lo = t;
  t = (v0lo + v3lo) | 0; v0hi = (v0hi + v3hi + ((t >>> 0) < (v0lo >>> 0) ? 1 : 0)) | 0; v0lo = t;
  t = (v1lo << 17) | (v1hi >>> 15); u = (v1hi << 17) | (v1lo >>> 15); v1lo = t ^ v2lo; v1hi = u ^ v2hi;
  t = (v3lo << 21) | (v3hi >>> 11); u = (v3hi << 21) | (v3lo >>> 11); v3lo = t ^ v0lo; v3hi = u ^ v0hi;
  t = v2lo; v2lo = v2hi; v2hi = t;
  v0lo ^= mlo; v0hi ^= mhi;

  v2lo ^= 0xff;
  for (let r = 0; r < 3; r++) {
    t = (v0lo + v1lo) | 0; v0hi = (v0hi + v1hi + ((t >>> 0) < (v0lo >>> 0) ? 1 : 0)) | 0; v0lo = t;
    t = (v2lo + v3lo) | 0; v2hi = (v2hi + v3hi + ((t >>> 0) < (v2lo >>> 0) ? 1 : 0)) | 0; v2lo = t;
    t = (v1lo << 13) | (v1hi >>> 19); u = (v1hi << 13) | (v1lo >>> 19); v1lo = t ^ v0lo; v1hi = u ^ v0hi;
    t = (v3lo << 16) | (v3hi >>> 16); u = (v3hi << 16) | (v3lo >>> 16); v3lo = t ^ v2lo; v3hi = u ^ v2hi;
    t = v0lo; v0lo = v0hi; v0hi = t;
    t = (v2lo + v1lo) | 0; v2hi = (v2hi + v1hi + ((t >>> 0) < (v2lo >>> 0) ? 1 : 0)) | 0; v2lo = t;
    t = (v0lo + v3lo) | 0; v0hi = (v0hi + v3hi + ((t >>> 0) < (v0lo >>> 0) ? 1 : 0)) | 0; v0lo = t;
    t = (v1lo << 17) | (v1hi >>> 15); u = (v1hi << 17) | (v1lo >>> 15); v1lo = t ^ v2lo; v1hi = u ^ v2hi;
    t = (v3lo << 21) | (v3hi >>> 11); u = (v3hi << 21) | (v3lo >>> 11); v3lo = t ^ v0lo; v3hi = u ^ v0hi;
    t = v2lo; v2lo = v2hi; v2hi = t;
  }

  const lo = (v0lo ^ v1lo ^ v2lo ^ v3lo) | 0;
  H64[0] = lo;
  H64[1] = v0hi ^ v1hi ^ v2hi ^ v3hi;
  return lo;
}

/**
 * Hash of data[off .. off+len) as CPython's _Py_HashBytes: 0 for no bytes, else siphash13 under the
 * process secret, with -1 turned into -2. Writes H64, returns the low word. str hashes its internal
 * representation: 1, 2 or 4 bytes per code point, little-endian.
 */
export function hashBytes(data: Uint8Array, off: number, len: number): number {
  if (len === 0) {
    H64[0] = 0;
    H64[1] = 0;
    return 0;
  }
  const lo = siphash13(HASH_KEY[0], HASH_KEY[1], HASH_KEY[2], HASH_KEY[3], data, off, len);
  if ((lo & H64[1]) === -1) {
    H64[0] = -2;
    return -2;
  }
  return lo;
}
