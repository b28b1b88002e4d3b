// The _random module: the Mersenne Twister (MT19937) behind random.Random, with CPython's seeding.
// Mirrors Modules/_randommodule.c: init_genrand / init_by_array, random_seed (an int's absolute value split
// into 32-bit words, least significant first; None seeds from the OS), random() from two draws (53 bits),
// getrandbits(k) filling 32-bit words from the least significant end, getstate/setstate (624 words + index).
// Invariants: the state lives in the object (no module state); results equal CPython's for equal seeds.
//
//   +0 ob_refcnt  +4 ob_type  +8 index (i32)  +12 mt[624] (u32)

import { randomFillSync, createHash } from 'node:crypto';
import { i32, u32 } from '../heap/views.ts';
import { incref, decref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { nativeModuleNew, moduleAddSteal } from './native.ts';
import { typeNewStatic, typeGenericAlloc, typeOf, typeNameOf, Py_TPFLAGS_BASETYPE } from '../objects/type.ts';
import { objectFree, objectHash, hashFailed } from '../objects/object.ts';
import { type MethodDef, typeAddMethods, argAt, argsNoKwnames } from '../objects/methodobject.ts';
import { errSetString, errOccurred } from '../objects/errors.ts';
import { TypeError, ValueError, OverflowError } from '../objects/exceptions.ts';
import { isInt, intToBigInt, intFromBigInt, intFromNumber } from '../objects/int.ts';
import { floatNew } from '../objects/float.ts';
import { tupleNew, tupleSetItemSteal, tupleSize, tupleGetItemBorrow, isTuple } from '../objects/tuple.ts';
import { Py_None } from '../objects/none.ts';
import { noneNew } from '../objects/object.ts';
import { isBytes, bytesToUint8Array, bytesFromUint8Array } from '../objects/bytes.ts';
import { numberAsSsize } from '../objects/abstract.ts';
import { H64 } from '../support/hash64.ts';

const N = 624, M = 397;
const MATRIX_A = 0x9908b0df, UPPER_MASK = 0x80000000, LOWER_MASK = 0x7fffffff;
const R_INDEX = 8;
const R_MT = 12;
const RANDOM_SIZE = R_MT + 4 * N;

export let randomType = 0 as Borrowed;

function mtBase(o: Borrowed): number {
  return (o + R_MT) >> 2;
}

function initGenrand(o: Borrowed, s: number): void {
  const mt = mtBase(o);
  u32[mt] = s >>> 0;
  for (let i = 1; i < N; i++) {
    const prev = u32[mt + i - 1];
    u32[mt + i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
  }
  i32[(o + R_INDEX) >> 2] = N;
}

function initByArray(o: Borrowed, key: Uint32Array): void {
  const mt = mtBase(o);
  initGenrand(o, 19650218);
  let i = 1, j = 0;
  const len = key.length;
  for (let k = N > len ? N : len; k > 0; k--) {
    const prev = u32[mt + i - 1];
    u32[mt + i] = ((u32[mt + i] ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j] + j) >>> 0;
    i++; j++;
    if (i >= N) { u32[mt] = u32[mt + N - 1]; i = 1; }
    if (j >= len) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const prev = u32[mt + i - 1];
    u32[mt + i] = ((u32[mt + i] ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) >>> 0;
    i++;
    if (i >= N) { u32[mt] = u32[mt + N - 1]; i = 1; }
  }
  u32[mt] = 0x80000000; // MSB is 1, assuring a non-zero initial array
  i32[(o + R_INDEX) >> 2] = N;
}

/** genrand_uint32: the next 32-bit output. */
function genrand(o: Borrowed): number {
  const mt = mtBase(o);
  let idx = i32[(o + R_INDEX) >> 2];
  if (idx >= N) {
    let kk = 0, y: number;
    for (; kk < N - M; kk++) {
      y = (u32[mt + kk] & UPPER_MASK) | (u32[mt + kk + 1] & LOWER_MASK);
      u32[mt + kk] = u32[mt + kk + M] ^ (y >>> 1) ^ ((y & 1) !== 0 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      y = (u32[mt + kk] & UPPER_MASK) | (u32[mt + kk + 1] & LOWER_MASK);
      u32[mt + kk] = u32[mt + kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) !== 0 ? MATRIX_A : 0);
    }
    y = (u32[mt + N - 1] & UPPER_MASK) | (u32[mt] & LOWER_MASK);
    u32[mt + N - 1] = u32[mt + M - 1] ^ (y >>> 1) ^ ((y & 1) !== 0 ? MATRIX_A : 0);
    idx = 0;
  }
  let y = u32[mt + idx];
  i32[(o + R_INDEX) >> 2] = idx + 1;
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

/** random_seed: None seeds from the OS, an int by its absolute value, anything else by its hash. */
function randomSeed(o: Borrowed, arg: Borrowed | Null): number {
  if (arg === NULL || arg === Py_None) {
    const key = new Uint32Array(N);
    randomFillSync(key);
    initByArray(o, key);
    return 0;
  }
  let n: bigint;
  if (isInt(arg)) n = intToBigInt(arg);
  else {
    const lo = objectHash(arg);
    if (hashFailed(lo)) return -1;
    // (size_t)hash: the 64-bit pattern as unsigned
    n = (BigInt(H64[1] >>> 0) << 32n) | BigInt(H64[0] >>> 0);
  }
  if (n < 0n) n = -n;
  const words: number[] = [];
  do {
    words.push(Number(n & 0xffffffffn));
    n >>= 32n;
  } while (n > 0n);
  initByArray(o, Uint32Array.from(words));
  return 0;
}

// ------------------------------------------------------------------------------------------ methods

type Fn = (self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null) => Owned | Null;

const random_random: Fn = (self, _a, nargs, kwnames) => {
  if (!argsNoKwnames('random', kwnames)) return NULL;
  if (nargs !== 0) return errSetString(TypeError, `Random.random() takes no arguments (${nargs} given)`);
  const o = self as Borrowed;
  const a = genrand(o) >>> 5, b = genrand(o) >>> 6;
  return floatNew((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
};

const random_seed: Fn = (self, args, nargs, kwnames) => {
  if (!argsNoKwnames('seed', kwnames)) return NULL;
  if (nargs > 1) return errSetString(TypeError, `seed expected at most 1 argument, got ${nargs}`);
  if (randomSeed(self as Borrowed, nargs === 1 ? argAt(args, 0) : NULL) < 0) return NULL;
  return noneNew();
};

const random_getrandbits: Fn = (self, args, nargs, kwnames) => {
  if (!argsNoKwnames('getrandbits', kwnames)) return NULL;
  if (nargs !== 1) return errSetString(TypeError, `Random.getrandbits() takes exactly one argument (${nargs} given)`);
  const k = numberAsSsize(argAt(args, 0), OverflowError);
  if (k === -1 && errOccurred() !== NULL) return NULL;
  if (k < 0) return errSetString(ValueError, 'number of bits must be non-negative');
  const o = self as Borrowed;
  if (k === 0) return intFromNumber(0);
  if (k <= 32) return intFromNumber(genrand(o) >>> (32 - k));
  // words filled from the least significant end; the last one keeps its top bits
  let acc = 0n, shift = 0n, left = k;
  while (left > 0) {
    let r = genrand(o);
    if (left < 32) r >>>= 32 - left;
    acc |= BigInt(r) << shift;
    shift += 32n;
    left -= 32;
  }
  return intFromBigInt(acc);
};

const random_getstate: Fn = (self, _a, nargs, kwnames) => {
  if (!argsNoKwnames('getstate', kwnames)) return NULL;
  if (nargs !== 0) return errSetString(TypeError, `Random.getstate() takes no arguments (${nargs} given)`);
  const o = self as Borrowed;
  const t = tupleNew(N + 1);
  if (t === NULL) return NULL;
  const mt = mtBase(o);
  for (let i = 0; i < N; i++) {
    const v = intFromNumber(u32[mt + i]);
    if (v === NULL) { decref(t); return NULL; }
    tupleSetItemSteal(t, i, v);
  }
  const idx = intFromNumber(i32[(o + R_INDEX) >> 2]);
  if (idx === NULL) { decref(t); return NULL; }
  tupleSetItemSteal(t, N, idx);
  return t;
};

const random_setstate: Fn = (self, args, nargs, kwnames) => {
  if (!argsNoKwnames('setstate', kwnames)) return NULL;
  if (nargs !== 1) return errSetString(TypeError, `Random.setstate() takes exactly one argument (${nargs} given)`);
  const state = argAt(args, 0);
  if (!isTuple(state)) return errSetString(TypeError, 'state vector must be a tuple');
  if (tupleSize(state) !== N + 1) return errSetString(ValueError, 'state vector is the wrong size');
  const words = new Uint32Array(N);
  for (let i = 0; i < N; i++) {
    const item = tupleGetItemBorrow(state, i);
    if (!isInt(item)) return errSetString(TypeError, `'${typeNameOf(item)}' object cannot be interpreted as an integer`);
    const v = intToBigInt(item);
    if (v < 0n || v > 0xffffffffn) {
      return errSetString(OverflowError, v < 0n ? "can't convert negative int to unsigned" : 'Python int too large to convert to C unsigned long');
    }
    words[i] = Number(v);
  }
  const idxO = tupleGetItemBorrow(state, N);
  const idx = numberAsSsize(idxO, OverflowError);
  if (idx === -1 && errOccurred() !== NULL) return NULL;
  if (idx < 0 || idx > N) return errSetString(ValueError, 'invalid state');
  const o = self as Borrowed;
  const mt = mtBase(o);
  for (let i = 0; i < N; i++) u32[mt + i] = words[i];
  i32[(o + R_INDEX) >> 2] = idx;
  return noneNew();
};

/** random_init: Random(x=None) seeds; only the exact base type refuses keywords. */
function randomInit(self: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): number {
  if (typeOf(self) === randomType && kwnames !== NULL && tupleSize(kwnames) > 0) {
    errSetString(TypeError, 'Random() takes no keyword arguments');
    return -1;
  }
  if (nargs > 1) { errSetString(TypeError, 'Random() requires 0 or 1 argument'); return -1; }
  return randomSeed(self, nargs === 1 ? argAt(args, 0) : NULL);
}

function randomNew(type: Borrowed, _args: number, _nargs: number, _kwnames: Borrowed | Null): Owned | Null {
  const o = typeGenericAlloc(type, 0);
  if (o === NULL) return NULL;
  i32[(o + R_INDEX) >> 2] = N + 1; // unseeded: init seeds before any use
  return o;
}

const randomMethods: MethodDef[] = [
  { name: 'random', fn: random_random },
  { name: 'seed', fn: random_seed },
  { name: 'getstate', fn: random_getstate },
  { name: 'setstate', fn: random_setstate },
  { name: 'getrandbits', fn: random_getrandbits },
];

/** Creates _random.Random (static phase, after methodObjectInitStatic). */
export function randomInitStatic(): void {
  randomType = typeNewStatic({
    name: 'Random',
    basicsize: RANDOM_SIZE,
    flags: Py_TPFLAGS_BASETYPE,
    slots: { dealloc: objectFree, new: randomNew, init: randomInit },
  });
  typeAddMethods(randomType, randomMethods);
}

/** _sha512(data: bytes) -> bytes: the digest random.seed uses for str/bytes seeds (version 2). */
const random_sha512: Fn = (_self, args, nargs, kwnames) => {
  if (!argsNoKwnames('_sha512', kwnames)) return NULL;
  if (nargs !== 1 || !isBytes(argAt(args, 0))) return errSetString(TypeError, '_sha512() takes one bytes argument');
  const digest = createHash('sha512').update(bytesToUint8Array(argAt(args, 0))).digest();
  return bytesFromUint8Array(new Uint8Array(digest.buffer, digest.byteOffset, digest.length));
};

/** Creates the _random module. */
export function randomModuleNew(): Owned | Null {
  return nativeModuleNew('_random', [{ name: '_sha512', fn: random_sha512 }], (m) => {
    return moduleAddSteal(m, 'Random', newTypeRef());
  }, 'Module implements the Mersenne Twister random number generator.');
}

function newTypeRef(): Owned {
  incref(randomType);
  return randomType as Owned;
}
