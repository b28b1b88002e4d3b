import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  H64, bigIntToH64, h64Get, h64IsMinusOne, h64ToBigInt, h64ToBigIntUnsigned, h64ToNumber, h64ToString, mul64,
  numberToH64,
} from '../../../src/support/hash64.ts';

// xorshift so the samples are the same on every run
let seed = 0x2545f491;
function rand32(): number {
  seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
  return seed | 0;
}

test('numberToH64 and h64ToNumber round-trip safe integers', () => {
  const samples = [0, 1, -1, -2, 2 ** 31, -(2 ** 31), 2 ** 32, -(2 ** 32), 2 ** 32 + 5, -(2 ** 32) - 5,
    Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 123456789012345, -987654321098765];
  for (const n of samples) {
    numberToH64(n);
    assert.equal(h64Get(), BigInt(n), `numberToH64(${n})`);
    assert.equal(h64ToNumber(H64[0], H64[1]), n);
    assert.equal(h64ToString(H64[0], H64[1]), String(n));
  }
});

test('bigIntToH64 wraps modulo 2**64 and h64ToBigInt reads it back signed', () => {
  assert.equal(bigIntToH64(-1n), -1);
  assert.ok(h64IsMinusOne(H64[0], H64[1]));
  bigIntToH64(1n << 63n);
  assert.equal(h64Get(), -(1n << 63n));
  assert.ok(Number.isNaN(h64ToNumber(H64[0], H64[1])));
  assert.equal(h64ToString(H64[0], H64[1]), '-9223372036854775808');
  bigIntToH64((1n << 64n) + 7n);
  assert.equal(h64Get(), 7n);
  assert.equal(h64ToBigIntUnsigned(-1, -1), (1n << 64n) - 1n);
  for (let i = 0; i < 1000; i++) {
    const lo = rand32(), hi = rand32();
    bigIntToH64(h64ToBigInt(lo, hi));
    assert.equal(H64[0], lo);
    assert.equal(H64[1], hi);
  }
});

test('mul64 matches 64-bit wrapping multiplication', () => {
  const M = (1n << 64n) - 1n;
  for (let i = 0; i < 5000; i++) {
    const alo = rand32(), ahi = i % 7 === 0 ? 0 : rand32(), blo = rand32(), bhi = i % 5 === 0 ? -1 : rand32();
    mul64(alo, ahi, blo, bhi);
    const want = (h64ToBigIntUnsigned(alo, ahi) * h64ToBigIntUnsigned(blo, bhi)) & M;
    assert.equal(h64ToBigIntUnsigned(H64[0], H64[1]), want);
  }
});
