// Numeric hashes of CPython 3.12: ints, floats, complex and pointers (Python/pyhash.c, Objects/longobject.c
// long_hash, Objects/complexobject.c), and the tuple and frozenset combiners (Objects/tupleobject.c tuplehash,
// Objects/setobject.c frozenset_hash). A number hashes to its value reduced modulo P = 2**61 - 1, so equal
// numbers of any type hash alike. Results go to H64 (hash64.ts); no BigInt except for bigint input.

import { H64, mul64 } from './hash64.ts';

/** _PyHASH_BITS: the modulus is 2**61 - 1, a Mersenne prime. */
export const PYHASH_BITS = 61;
/** _PyHASH_MODULUS = 2**61 - 1. */
export const PYHASH_MODULUS = (1n << 61n) - 1n;
/** _PyHASH_INF: hash(float('inf')); -inf hashes to its negation. */
export const PYHASH_INF = 314159;
/** _PyHASH_IMAG: multiplier of the imaginary part in complex hashes. */
export const PYHASH_IMAG = 1000003;

const TWO32 = 4294967296;
const P_HI = 0x1fffffff; // high word of P; its low word is 0xffffffff

// Scratch to take a double apart without allocating.
const F64 = new Float64Array(1);
const F64_WORDS = new Int32Array(F64.buffer);

/** Writes -(hi:lo) with -1 turned into -2; returns the low word. */
function negateInto(lo: number, hi: number): number {
  // Two's complement: ~x + 1.
  let nlo = ~lo, nhi = ~hi;
  nlo = (nlo + 1) | 0;
  if (nlo === 0) nhi = (nhi + 1) | 0;
  if ((nlo & nhi) === -1) nlo = -2;
  H64[0] = nlo;
  H64[1] = nhi;
  return nlo;
}

/**
 * Hash of an address, as _Py_HashPointer: the 64-bit value rotated right by 4 bits (the low bits of
 * aligned addresses carry no information), -1 turned into -2. addr is a non-negative safe integer.
 */
export function hashPointer(addr: number): number {
  const low4 = addr % 16;
  const shifted = (addr - low4) / 16; // addr >> 4, below 2**49
  const lo = shifted % TWO32;
  const hi = ((shifted - lo) / TWO32) | (low4 << 28);
  H64[0] = lo;
  H64[1] = hi;
  if ((H64[0] & H64[1]) === -1) H64[0] = -2;
  return H64[0];
}

/**
 * hash(x) for a Python float, as _Py_HashDouble: the value modulo 2**61 - 1 with the sign applied;
 * +-inf give +-314159; a NaN hashes by identity (the object's address), as in 3.10+.
 * https://docs.python.org/3/library/stdtypes.html#hashing-of-numeric-types
 */
export function hashDouble(x: number, identity: number): number {
  if (x !== x) return hashPointer(identity);
  if (x === Infinity) { H64[0] = PYHASH_INF; H64[1] = 0; return PYHASH_INF; }
  if (x === -Infinity) { H64[0] = -PYHASH_INF; H64[1] = -1; return -PYHASH_INF; }
  F64[0] = x;
  const wlo = F64_WORDS[0], whi = F64_WORDS[1];
  const biased = (whi >>> 20) & 0x7ff;
  // |x| = m * 2**e with m a 53-bit integer (mhi:mlo).
  let mlo = wlo, mhi = whi & 0xfffff, e: number;
  if (biased === 0) {
    if ((mlo | mhi) === 0) { H64[0] = 0; H64[1] = 0; return 0; }
    e = -1074;
  } else {
    mhi |= 0x100000;
    e = biased - 1075;
  }
  // m < P, so reduce(|x|) = m * 2**e mod P: a left rotation of the 61-bit field by e mod 61.
  let r = e % PYHASH_BITS;
  if (r < 0) r += PYHASH_BITS;
  let lo = mlo, hi = mhi;
  if (r !== 0) {
    let llo: number, lhi: number, rlo: number, rhi: number;
    // (m << r) & P
    if (r < 32) { llo = mlo << r; lhi = (mhi << r) | (mlo >>> (32 - r)); }
    else { llo = 0; lhi = mlo << (r - 32); }
    lhi &= P_HI;
    // m >> (61 - r)
    const s = PYHASH_BITS - r;
    if (s < 32) { rlo = (mlo >>> s) | (mhi << (32 - s)); rhi = mhi >>> s; }
    else { rlo = mhi >>> (s - 32); rhi = 0; }
    lo = llo | rlo;
    hi = lhi | rhi;
  }
  if (x < 0) return negateInto(lo, hi);
  H64[0] = lo;
  H64[1] = hi;
  return lo;
}

/** hash(n) for a Python int given as a safe integer (|n| < 2**53 < P, so hash(n) == n, except -1 -> -2). */
export function hashIntNumber(n: number): number {
  if ((n | 0) === n) {
    const h = n === -1 ? -2 : n;
    H64[0] = h;
    H64[1] = h >> 31;
    return h;
  }
  const lo = n % TWO32; // exact, same sign as n
  const hi = (n - lo) / TWO32;
  H64[0] = lo;
  H64[1] = lo < 0 ? hi - 1 : hi;
  return H64[0];
}

/** hash(n) for a Python int given as a bigint: sign(n) * (|n| mod (2**61 - 1)), -1 -> -2. */
export function hashBigInt(n: bigint): number {
  if (n >= -0x1fffffffffffffn && n <= 0x1fffffffffffffn) return hashIntNumber(Number(n));
  const neg = n < 0n;
  const r = (neg ? -n : n) % PYHASH_MODULUS;
  const lo = Number(r & 0xffffffffn) | 0;
  const hi = Number(r >> 32n) | 0;
  if (neg) return negateInto(lo, hi);
  H64[0] = lo;
  H64[1] = hi;
  return lo;
}

/**
 * hash(n) for a Python int stored as CPython stores it: ndigits 30-bit digits, least significant first,
 * at digits[off ..], and a sign (-1, 0, 1). Mirrors long_hash; agrees with hashIntNumber and hashBigInt.
 */
export function hashIntDigits(digits: ArrayLike<number>, off: number, ndigits: number, sign: number): number {
  let lo = 0, hi = 0; // x in [0, P): hi holds bits 32..60
  for (let i = off + ndigits - 1; i >= off; i--) {
    // x = x * 2**30 mod P: rotate the 61-bit field left by 30.
    const nlo = (lo << 30) | (lo >>> 31) | (hi << 1);
    const nhi = ((hi << 30) | (lo >>> 2)) & P_HI;
    // x += digit, then subtract P once if x >= P.
    const sum = (nlo >>> 0) + digits[i];
    lo = sum | 0;
    hi = nhi + (sum > 0xffffffff ? 1 : 0);
    if (hi > P_HI || (hi === P_HI && lo === -1)) {
      // x - P = x + 1 - 2**61
      lo = (lo + 1) | 0;
      if (lo === 0) hi++;
      hi -= 0x20000000;
    }
  }
  if (sign < 0) return negateInto(lo, hi);
  H64[0] = lo;
  H64[1] = hi;
  return lo;
}

/**
 * hash(complex) from the hashes of its parts, as complex_hash: re + 1000003 * im (wrapping), -1 -> -2.
 */
export function hashComplex(reLo: number, reHi: number, imLo: number, imHi: number): number {
  mul64(imLo, imHi, PYHASH_IMAG, 0);
  const sum = (reLo >>> 0) + (H64[0] >>> 0);
  const lo = sum | 0;
  const hi = (reHi + H64[1] + (sum > 0xffffffff ? 1 : 0)) | 0;
  H64[0] = (lo & hi) === -1 ? -2 : lo;
  H64[1] = hi;
  return H64[0];
}

// Tuple hashing follows xxHash (XXH64's round): acc = rotl31(acc + lane * PRIME2) * PRIME1.
//   XXPRIME_1 = 0x9e3779b1_85ebca87, XXPRIME_2 = 0xc2b2ae3d_27d4eb4f, XXPRIME_5 = 0x27d4eb2f_165667c5
// The accumulator lives in the caller's locals, so hashing nested tuples needs no stack here:
//   let lo = TUPLE_HASH_INIT_LO, hi = TUPLE_HASH_INIT_HI;
//   for each item: (hash item into H64); tupleHashAdd(lo, hi, H64[0], H64[1]); lo = H64[0]; hi = H64[1];
//   tupleHashFinish(lo, hi, length); // the tuple's hash is in H64

/** Low word of the tuple hash accumulator's start value (XXPRIME_5). */
export const TUPLE_HASH_INIT_LO = 0x165667c5;
/** High word of the tuple hash accumulator's start value (XXPRIME_5). */
export const TUPLE_HASH_INIT_HI = 0x27d4eb2f;

/** One tuplehash step: acc += lane * XXPRIME_2; acc = rotl(acc, 31); acc *= XXPRIME_1. Writes H64. */
export function tupleHashAdd(accLo: number, accHi: number, laneLo: number, laneHi: number): number {
  // lane * XXPRIME_2 (low 64 bits), the 32x32 high word from 16-bit halves as in mul64
  let a0 = laneLo & 0xffff, a1 = laneLo >>> 16, p01 = Math.imul(a0, 0x27d4), p10 = Math.imul(a1, 0xeb4f);
  let mid = (Math.imul(a0, 0xeb4f) >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  let hi = Math.imul(a1, 0x27d4) + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)
    + Math.imul(laneHi, 0x27d4eb4f) + Math.imul(laneLo, 0xc2b2ae3d | 0);
  let lo = Math.imul(laneLo, 0x27d4eb4f);
  // acc += product
  const sum = (accLo + lo) | 0;
  hi = (accHi + hi + ((sum >>> 0) < (accLo >>> 0) ? 1 : 0)) | 0;
  // rotate left 31
  const rlo = (sum << 31) | (hi >>> 1);
  const rhi = (hi << 31) | (sum >>> 1);
  // acc * XXPRIME_1
  a0 = rlo & 0xffff; a1 = rlo >>> 16; p01 = Math.imul(a0, 0x85eb); p10 = Math.imul(a1, 0xca87);
  mid = (Math.imul(a0, 0xca87) >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  hi = Math.imul(a1, 0x85eb) + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)
    + Math.imul(rhi, 0x85ebca87 | 0) + Math.imul(rlo, 0x9e3779b1 | 0);
  lo = Math.imul(rlo, 0x85ebca87 | 0);
  H64[1] = hi;
  return (H64[0] = lo);
}

/** Last tuplehash step: acc += len ^ (XXPRIME_5 ^ 3527539); -1 -> 1546275796. Writes H64. */
export function tupleHashFinish(accLo: number, accHi: number, len: number): number {
  // len < 2**31, so it only touches the low word of the constant 0x27d4eb2f_1663b4b6.
  const add = (len ^ 0x1663b4b6) >>> 0;
  const sum = (accLo >>> 0) + add;
  const lo = sum | 0;
  const hi = (accHi + 0x27d4eb2f + (sum > 0xffffffff ? 1 : 0)) | 0;
  if ((lo & hi) === -1) { H64[0] = 1546275796; H64[1] = 0; return 1546275796; }
  H64[0] = lo;
  H64[1] = hi;
  return lo;
}

// frozenset hashing XORs a shuffled copy of every element's hash, so the order does not matter.
// CPython xors all table slots and then cancels the empty and dummy ones; the net effect is the xor over
// the active entries, which is what this accumulator takes. Start from 0 (both words):
//   lo = 0, hi = 0; for each entry: frozensetHashAdd(lo, hi, hLo, hHi); lo = H64[0]; hi = H64[1];
//   frozensetHashFinish(lo, hi, size);

/** acc ^ _shuffle_bits(h), where _shuffle_bits(h) = ((h ^ 89869747) ^ (h << 16)) * 3644798167. Writes H64. */
export function frozensetHashAdd(accLo: number, accHi: number, hLo: number, hHi: number): number {
  const xlo = hLo ^ 89869747 ^ (hLo << 16);
  const xhi = hHi ^ ((hHi << 16) | (hLo >>> 16));
  mul64(xlo, xhi, 3644798167 | 0, 0);
  H64[0] ^= accLo;
  H64[1] ^= accHi;
  return H64[0];
}

/** Final frozenset_hash steps over the xor accumulator for a set of `size` elements. Writes H64. */
export function frozensetHashFinish(accLo: number, accHi: number, size: number): number {
  // hash ^= (size + 1) * 1927868237
  mul64(size + 1, 0, 1927868237, 0);
  let lo = accLo ^ H64[0], hi = accHi ^ H64[1];
  // hash ^= (hash >> 11) ^ (hash >> 25), logical shifts of the 64-bit value
  const s11lo = (lo >>> 11) | (hi << 21), s11hi = hi >>> 11;
  const s25lo = (lo >>> 25) | (hi << 7), s25hi = hi >>> 25;
  lo ^= s11lo ^ s25lo;
  hi ^= s11hi ^ s25hi;
  // hash = hash * 69069 + 907133923
  mul64(lo, hi, 69069, 0);
  const sum = (H64[0] >>> 0) + 907133923;
  lo = sum | 0;
  hi = (H64[1] + (sum > 0xffffffff ? 1 : 0)) | 0;
  if ((lo & hi) === -1) { lo = 590923713; hi = 0; }
  H64[0] = lo;
  H64[1] = hi;
  return lo;
}
