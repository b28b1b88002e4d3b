// 64-bit hash values (CPython's Py_hash_t / Py_uhash_t) carried in two int32 words.
// JS numbers hold only 53 bits, so every hash function writes its result into the shared scratch H64
// (H64[0] = low 32 bits, H64[1] = high 32 bits, two's complement) and also returns the low word.
// Read H64 right after the call: the next hash call overwrites it. Nothing here allocates except the
// BigInt helpers, which are for tests, debugging and rare big cases.

/** Shared result of the last hash computed: [low word, high word] of a signed 64-bit value. */
export const H64 = new Int32Array(2);

const TWO32 = 4294967296;

/** Signed 64-bit value of the pair (lo, hi) as a BigInt. */
export function h64ToBigInt(lo: number, hi: number): bigint {
  return (BigInt(hi | 0) << 32n) | BigInt(lo >>> 0);
}

/** Unsigned 64-bit value (Py_uhash_t) of the pair (lo, hi) as a BigInt. */
export function h64ToBigIntUnsigned(lo: number, hi: number): bigint {
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

/** Writes b (taken modulo 2**64, as a C cast would) into H64; returns the low word. */
export function bigIntToH64(b: bigint): number {
  const u = BigInt.asUintN(64, b);
  H64[0] = Number(u & 0xffffffffn);
  H64[1] = Number(u >> 32n);
  return H64[0];
}

/** The current H64 as a signed BigInt. */
export function h64Get(): bigint {
  return h64ToBigInt(H64[0], H64[1]);
}

/** Writes a safe integer (|n| < 2**53) into H64 as a signed 64-bit value; returns the low word. */
export function numberToH64(n: number): number {
  const lo = n % TWO32; // exact, same sign as n
  const hi = (n - lo) / TWO32;
  H64[0] = lo;
  H64[1] = lo < 0 ? hi - 1 : hi;
  return H64[0];
}

/** The pair (lo, hi) as a JS number when it is a safe integer, else NaN. */
export function h64ToNumber(lo: number, hi: number): number {
  hi |= 0;
  if (hi > 0x1fffff || hi < -0x200000) return NaN;
  const v = hi * TWO32 + (lo >>> 0);
  return Number.isSafeInteger(v) ? v : NaN;
}

/** Decimal text of the signed 64-bit pair, as Python prints hash(x). */
export function h64ToString(lo: number, hi: number): string {
  const n = h64ToNumber(lo, hi);
  return Number.isNaN(n) ? h64ToBigInt(lo, hi).toString() : String(n);
}

/** True when (lo, hi) is -1, the error value that hash functions never return. */
export function h64IsMinusOne(lo: number, hi: number): boolean {
  return (lo & hi) === -1;
}

/** Low 64 bits of (ahi:alo) * (bhi:blo), as C's uint64_t multiply wraps; writes H64, returns the low word. */
export function mul64(alo: number, ahi: number, blo: number, bhi: number): number {
  // High word of the 32x32 product from 16-bit halves, in int32 arithmetic; then the cross terms.
  const a0 = alo & 0xffff, a1 = alo >>> 16, b0 = blo & 0xffff, b1 = blo >>> 16;
  const p01 = Math.imul(a0, b1), p10 = Math.imul(a1, b0);
  const mid = (Math.imul(a0, b0) >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  H64[1] = (Math.imul(a1, b1) + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16) + Math.imul(ahi, blo) + Math.imul(alo, bhi)) | 0;
  return (H64[0] = Math.imul(alo, blo));
}
