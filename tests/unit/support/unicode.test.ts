// Tests src/support/unicode.ts: the base64 table decoder, and every property it reports against the
// sampled code points tools/gen-unicode-tables.py records from CPython 3.12 (tests/golden/unicode-samples.json).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  unicodeBase64Decode, unicodeDecodeTable, unicodeFlags, unicodeCategory, unicodeDecimal, unicodeDigit,
  unicodeNumeric, unicodeToLowerFull, unicodeToUpperFull, unicodeToTitleFull, unicodeToFoldedFull, CASE_OUT,
  unicodeBidirectional, unicodeEastAsianWidth, unicodeMirrored, unicodeCombining, UNIDATA_VERSION,
  U_ALPHA, U_DECIMAL, U_DIGIT, U_NUMERIC, U_SPACE, U_PRINTABLE, U_LOWER, U_UPPER, U_XID_START,
} from '../../../src/support/unicode.ts';
import { loadGolden } from './golden.ts';

type Row = [number, string, string, number, number, number | null, number[], number[], number[], number[],
  string, string, number, number, string | null];
const golden = loadGolden<{ version: string; predicates: string[]; rows: Row[] }>('unicode-samples.json');

test('base64 decoding matches Node\'s Buffer', () => {
  const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 37 + 11) & 255);
  for (const n of [0, 1, 2, 3, 4, 5, 299, 300]) {
    const b64 = Buffer.from(bytes.subarray(0, n)).toString('base64');
    assert.deepEqual(Array.from(unicodeBase64Decode(b64)), Array.from(bytes.subarray(0, n)));
  }
});

test('tables of 1-, 2- and 4-byte little-endian entries', () => {
  const b64 = Buffer.from([1, 2, 3, 4, 0xff, 0xff, 0xff, 0xff]).toString('base64');
  assert.deepEqual(Array.from(unicodeDecodeTable({ width: 1, data: b64 })), [1, 2, 3, 4, 255, 255, 255, 255]);
  assert.deepEqual(Array.from(unicodeDecodeTable({ width: 2, data: b64 })), [0x201, 0x403, 0xffff, 0xffff]);
  assert.deepEqual(Array.from(unicodeDecodeTable({ width: 4, data: b64 })), [0x04030201, -1]);
});

const FLAG_OF: Record<string, number> = {
  isalpha: U_ALPHA, isdecimal: U_DECIMAL, isdigit: U_DIGIT, isnumeric: U_NUMERIC, isspace: U_SPACE,
  isprintable: U_PRINTABLE, islower: U_LOWER, isupper: U_UPPER, isidentifier: U_XID_START,
};

function mapped(n: number): number[] {
  return Array.from(CASE_OUT.subarray(0, n));
}

test('properties of sampled code points equal CPython 3.12\'s', () => {
  assert.equal(UNIDATA_VERSION, golden.version);
  assert.ok(golden.rows.length > 1000);
  for (const [cp, cat, preds, dec, dig, num, lower, upper, title, fold, bidi, eaw, mir, comb] of golden.rows) {
    const where = `U+${cp.toString(16)}`;
    assert.equal(unicodeCategory(cp), cat, where);
    const f = unicodeFlags(cp);
    golden.predicates.forEach((p, i) => assert.equal((f & FLAG_OF[p]!) !== 0, preds[i] === '1', `${where} ${p}`));
    assert.equal(unicodeDecimal(cp), dec, where);
    assert.equal(unicodeDigit(cp), dig, where);
    assert.equal(unicodeNumeric(cp), num, where);
    assert.deepEqual(mapped(unicodeToLowerFull(cp)), lower, `${where} lower`);
    assert.deepEqual(mapped(unicodeToUpperFull(cp)), upper, `${where} upper`);
    assert.deepEqual(mapped(unicodeToTitleFull(cp)), title, `${where} title`);
    assert.deepEqual(mapped(unicodeToFoldedFull(cp)), fold, `${where} casefold`);
    assert.equal(unicodeBidirectional(cp), bidi, where);
    assert.equal(unicodeEastAsianWidth(cp), eaw, where);
    assert.equal(unicodeMirrored(cp), mir, where);
    assert.equal(unicodeCombining(cp), comb, where);
  }
});
