import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  HASH_KEY, HASH_SECRET, hashSecretFromSeed, hashSecretInit, hashSecretRandomize, hashSecretSetBytes, hashSeedParse,
} from '../../../src/support/hash-secret.ts';
import { hashBytes } from '../../../src/support/siphash.ts';
import { H64, h64ToString } from '../../../src/support/hash64.ts';
import { loadGolden } from './golden.ts';

const golden = loadGolden('hash-str-bytes.json');
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const ABC = new TextEncoder().encode('abc');

test('the secret for a seed is CPython\'s _Py_HashSecret (lcg_urandom)', () => {
  for (const [seed, want] of golden.secret as [number, string][]) {
    hashSecretFromSeed(seed);
    assert.equal(hex(HASH_SECRET), want, `seed ${seed}`);
    const view = new DataView(HASH_SECRET.buffer);
    for (let w = 0; w < 4; w++) assert.equal(HASH_KEY[w], view.getInt32(w * 4, true));
  }
});

test('PYTHONHASHSEED text is read as CPython reads it', () => {
  for (const [text, want] of golden.seed_text as [string, string][]) {
    const config = hashSecretInit(text);
    if (want === 'error') {
      assert.equal(config, null, `${JSON.stringify(text)} should be refused`);
    } else if (want === 'random') {
      assert.deepEqual(config, { useHashSeed: false, hashSeed: 0 }, JSON.stringify(text));
    } else {
      assert.equal(config?.useHashSeed, true, JSON.stringify(text));
      hashBytes(ABC, 0, 3);
      assert.equal(h64ToString(H64[0], H64[1]), want, `hash('abc') with PYTHONHASHSEED=${JSON.stringify(text)}`);
    }
  }
  assert.deepEqual(hashSeedParse(undefined), { useHashSeed: false, hashSeed: 0 });
  hashSecretFromSeed(0);
});

test('random secrets differ between draws, and a secret can be installed from bytes', () => {
  hashSecretRandomize();
  const first = hex(HASH_SECRET);
  hashSecretRandomize();
  assert.notEqual(hex(HASH_SECRET), first);
  hashSecretFromSeed(12345);
  const copy = HASH_SECRET.slice();
  hashSecretFromSeed(0);
  hashSecretSetBytes(copy);
  hashBytes(ABC, 0, 3);
  assert.equal(h64ToString(H64[0], H64[1]), '2962436275791859092');
  assert.throws(() => hashSecretSetBytes(new Uint8Array(16)));
  hashSecretFromSeed(0);
});
