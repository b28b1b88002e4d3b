import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  frozensetHashAdd, frozensetHashFinish, hashBigInt, hashComplex, hashDouble, hashIntDigits, hashIntNumber, hashPointer,
  PYHASH_INF, TUPLE_HASH_INIT_HI, TUPLE_HASH_INIT_LO, tupleHashAdd, tupleHashFinish,
} from '../../../src/support/numhash.ts';
import { hashBytes } from '../../../src/support/siphash.ts';
import { hashSecretFromSeed } from '../../../src/support/hash-secret.ts';
import { H64, h64Get, h64ToString } from '../../../src/support/hash64.ts';
import { bytesFromHex, codePoints, floatFromBits, loadGolden, longDigits, strStorage } from './golden.ts';

const numbers = loadGolden('hash-numbers.json');
const containers = loadGolden('hash-containers.json');
const got = () => h64ToString(H64[0], H64[1]);

test('hash(int): safe-integer, bigint and 30-bit-digit paths all match CPython', () => {
  const items = numbers.int as [string, string][];
  assert.ok(items.length > 3000);
  for (const [dec, want] of items) {
    const n = BigInt(dec);
    const lo = hashBigInt(n);
    assert.equal(lo, H64[0]);
    assert.equal(got(), want, `hashBigInt(${dec})`);
    const { digits, sign } = longDigits(n);
    hashIntDigits(digits, 0, digits.length, sign);
    assert.equal(got(), want, `hashIntDigits(${dec})`);
    if (Number.isSafeInteger(Number(n)) && BigInt(Number(n)) === n) {
      hashIntNumber(Number(n));
      assert.equal(got(), want, `hashIntNumber(${dec})`);
    }
  }
  // digits at an offset in a bigger array
  const { digits, sign } = longDigits(-(3n ** 200n));
  const padded = new Uint32Array(digits.length + 4);
  padded.set(digits, 3);
  hashIntDigits(padded, 3, digits.length, sign);
  const h = h64Get();
  hashBigInt(-(3n ** 200n));
  assert.equal(h64Get(), h);
});

test('hash(float) matches CPython, and equals hash(int) for integral floats', () => {
  const items = numbers.float as [string, string][];
  assert.ok(items.length > 3000);
  for (const [bits, want] of items) {
    const x = floatFromBits(bits);
    const lo = hashDouble(x, 0);
    assert.equal(lo, H64[0]);
    assert.equal(got(), want, `hash(${x}) bits ${bits}`);
    if (Number.isFinite(x) && Number.isInteger(x)) {
      hashBigInt(BigInt(x));
      assert.equal(got(), want, `hash(int(${x}))`);
    }
  }
  hashDouble(Infinity, 0);
  assert.equal(h64Get(), BigInt(PYHASH_INF));
  hashDouble(-Infinity, 0);
  assert.equal(h64Get(), -BigInt(PYHASH_INF));
});

test('hash of an address (object identity, NaN) matches _Py_HashPointer', () => {
  for (const [addr, want] of numbers.pointer as [number, string][]) {
    hashPointer(addr);
    assert.equal(got(), want, `_Py_HashPointer(${addr})`);
    hashDouble(NaN, addr);
    assert.equal(got(), want, `hash(nan at ${addr})`);
  }
});

test('hash(complex) matches CPython', () => {
  for (const [re, im, want] of numbers.complex as [string, string, string][]) {
    hashDouble(floatFromBits(re), 0);
    const rlo = H64[0], rhi = H64[1];
    hashDouble(floatFromBits(im), 0);
    hashComplex(rlo, rhi, H64[0], H64[1]);
    assert.equal(got(), want, `hash(complex(${floatFromBits(re)}, ${floatFromBits(im)}))`);
  }
});

// Hash of a golden-encoded value, combining with the functions under test. Writes H64.
function hashValue(v: any): void {
  if (typeof v === 'number') { hashIntNumber(v); return; }
  if (typeof v === 'string') { hashStr(codePoints(v)); return; }
  if ('i' in v) { hashBigInt(BigInt(v.i)); return; }
  if ('f' in v) { hashDouble(floatFromBits(v.f), 0); return; }
  if ('u' in v) { hashStr(v.u); return; }
  if ('b' in v) { const b = bytesFromHex(v.b); hashBytes(b, 0, b.length); return; }
  if ('c' in v) {
    hashDouble(floatFromBits(v.c[0]), 0);
    const lo = H64[0], hi = H64[1];
    hashDouble(floatFromBits(v.c[1]), 0);
    hashComplex(lo, hi, H64[0], H64[1]);
    return;
  }
  if ('t' in v) {
    let lo = TUPLE_HASH_INIT_LO, hi = TUPLE_HASH_INIT_HI;
    for (const item of v.t) {
      hashValue(item);
      tupleHashAdd(lo, hi, H64[0], H64[1]);
      lo = H64[0]; hi = H64[1];
    }
    tupleHashFinish(lo, hi, v.t.length);
    return;
  }
  if ('fs' in v) {
    let lo = 0, hi = 0;
    for (const item of v.fs) {
      hashValue(item);
      frozensetHashAdd(lo, hi, H64[0], H64[1]);
      lo = H64[0]; hi = H64[1];
    }
    frozensetHashFinish(lo, hi, v.fs.length);
    return;
  }
  throw new Error(`unknown golden value ${JSON.stringify(v)}`);
}

function hashStr(cps: number[]): void {
  const data = strStorage(cps);
  hashBytes(data, 0, data.length);
}

test('hash(tuple) matches CPython (nested, mixed element types)', () => {
  hashSecretFromSeed(0);
  const items = containers.tuple as [any, string][];
  assert.ok(items.length >= 600);
  for (const [v, want] of items) {
    hashValue(v);
    assert.equal(got(), want, `hash of ${JSON.stringify(v).slice(0, 200)}`);
  }
});

test('hash(frozenset) matches CPython', () => {
  hashSecretFromSeed(0);
  for (const [v, want] of containers.frozenset as [any, string][]) {
    hashValue(v);
    assert.equal(got(), want, `hash of ${JSON.stringify(v).slice(0, 200)}`);
  }
});

test('-1 is never a hash: ints and floats give -2, tuples 1546275796 when their sum is -1', () => {
  hashIntNumber(-1);
  assert.equal(h64Get(), -2n);
  hashDouble(-1, 0);
  assert.equal(h64Get(), -2n);
  hashBigInt(-(2n ** 61n)); // -(P + 1) reduces to -1
  assert.equal(h64Get(), -2n);
  tupleHashFinish(-1 - (3 ^ 0x1663b4b6), -1 - 0x27d4eb2f, 3);
  assert.equal(h64Get(), 1546275796n);
});
