import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashBytes, siphash13 } from '../../../src/support/siphash.ts';
import { hashSecretFromSeed } from '../../../src/support/hash-secret.ts';
import { H64, h64ToString } from '../../../src/support/hash64.ts';
import { bytesFromHex, loadGolden, strStorage } from './golden.ts';

const golden = loadGolden('hash-str-bytes.json');

for (const seed of [0, 12345]) {
  test(`hash(str) matches CPython with PYTHONHASHSEED=${seed}`, () => {
    hashSecretFromSeed(seed);
    const items = golden[`str_seed${seed}`] as [number[], string][];
    assert.ok(items.length > 300);
    for (const [cps, want] of items) {
      const data = strStorage(cps);
      hashBytes(data, 0, data.length);
      assert.equal(h64ToString(H64[0], H64[1]), want, `hash of code points ${JSON.stringify(cps)}`);
    }
    hashSecretFromSeed(0);
  });

  test(`hash(bytes) matches CPython with PYTHONHASHSEED=${seed}`, () => {
    hashSecretFromSeed(seed);
    for (const [hex, want] of golden[`bytes_seed${seed}`] as [string, string][]) {
      // Hash the bytes in the middle of a bigger buffer, as the heap will hold them.
      const b = bytesFromHex(hex);
      const buf = new Uint8Array(b.length + 13).fill(0xa5);
      buf.set(b, 5);
      const lo = hashBytes(buf, 5, b.length);
      assert.equal(lo, H64[0]);
      assert.equal(h64ToString(H64[0], H64[1]), want, `hash(bytes.fromhex('${hex}'))`);
    }
    hashSecretFromSeed(0);
  });
}

test('siphash13 is the raw function: an empty input is not special-cased', () => {
  siphash13(0, 0, 0, 0, new Uint8Array(0), 0, 0);
  assert.notEqual(H64[0] | H64[1], 0);
  hashBytes(new Uint8Array(4), 2, 0);
  assert.equal(H64[0], 0);
  assert.equal(H64[1], 0);
});
