import { test } from 'node:test';
import assert from 'node:assert/strict';
import { floatRepr } from '../../../src/support/float-format.ts';
import { floatFromBits, loadGolden } from './golden.ts';

const golden = loadGolden('float-repr.json');

test('floatRepr matches repr(float) of CPython on the golden sample', () => {
  const items = golden.repr as [string, string][];
  assert.ok(items.length > 19000);
  for (const [bits, want] of items) {
    assert.equal(floatRepr(floatFromBits(bits)), want, `bits ${bits}`);
  }
});
