import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bytesRepr, strRepr, strReprUnits, unicodeIsPrintable } from '../../../src/support/str-repr.ts';
import { PRINTABLE_BOUNDS, PRINTABLE_UNIDATA_VERSION } from '../../../src/support/unicode-printable.ts';
import { bytesFromHex, loadGolden } from './golden.ts';

const reprs = loadGolden('str-repr.json');
const printable = loadGolden('unicode-printable.json');

// A high surrogate directly followed by a low one: a JS string would read the pair as one character.
function hasSurrogatePair(cps: number[]): boolean {
  for (let i = 0; i + 1 < cps.length; i++) {
    if (cps[i] >= 0xd800 && cps[i] < 0xdc00 && cps[i + 1] >= 0xdc00 && cps[i + 1] < 0xe000) return true;
  }
  return false;
}

test('strReprUnits matches repr(str) of CPython for 1-, 2- and 4-byte storage', () => {
  const items = reprs.str as [number[], string][];
  assert.ok(items.length > 1500);
  for (const [cps, want] of items) {
    const max = cps.reduce((a, b) => Math.max(a, b), 0);
    const units = max < 0x100 ? Uint8Array.from(cps) : max < 0x10000 ? Uint16Array.from(cps) : Uint32Array.from(cps);
    const padded = new (units.constructor as Uint32ArrayConstructor)(units.length + 3);
    padded.set(units, 2);
    assert.equal(strReprUnits(padded, 2, 2 + cps.length), want, `code points ${JSON.stringify(cps)}`);
  }
});

test('strRepr (JS string input) matches repr(str) of CPython', () => {
  let checked = 0;
  for (const [cps, want] of reprs.str as [number[], string][]) {
    if (hasSurrogatePair(cps)) continue; // the documented limitation of JS string input
    assert.equal(strRepr(String.fromCodePoint(...cps)), want, `code points ${JSON.stringify(cps)}`);
    checked++;
  }
  assert.ok(checked > 1500);
  // The limitation itself: the two code points U+D83D U+DE00 read as one astral character.
  assert.equal(strRepr('\ud83d\ude00'), '\'\u{1f600}\'');
  assert.equal(strReprUnits(Uint16Array.of(0xd83d, 0xde00), 0, 2), '\'\\ud83d\\ude00\'');
});

test('bytesRepr matches repr(bytes) of CPython', () => {
  for (const [hex, want] of reprs.bytes as [string, string][]) {
    const b = bytesFromHex(hex);
    assert.equal(bytesRepr(b), want, `bytes.fromhex('${hex}')`);
    const buf = new Uint8Array(b.length + 4);
    buf.set(b, 1);
    assert.equal(bytesRepr(buf, 1, 1 + b.length), want);
  }
});

test('unicodeIsPrintable agrees with str.isprintable over all code points', () => {
  assert.equal(PRINTABLE_UNIDATA_VERSION, printable.unidata_version);
  const ranges = printable.ranges as [number, number][];
  assert.equal(PRINTABLE_BOUNDS.length, ranges.length * 2);
  let next = 0;
  for (const [lo, hi] of ranges) {
    for (let c = next; c < lo; c++) if (unicodeIsPrintable(c)) assert.fail(`U+${c.toString(16)} should not be printable`);
    for (let c = lo; c <= hi; c++) if (!unicodeIsPrintable(c)) assert.fail(`U+${c.toString(16)} should be printable`);
    next = hi + 1;
  }
  for (let c = next; c <= 0x10ffff; c++) if (unicodeIsPrintable(c)) assert.fail(`U+${c.toString(16)} should not be printable`);
});

test('Node\'s ICU differs from CPython 3.12 only on code points unassigned in Unicode 15.0', (t) => {
  // The rule CPython applies, through Node's own (newer) Unicode data. Where it disagrees with the table,
  // the code point must be one CPython treats as unassigned (Cn), which the newer data has assigned.
  const nonPrintable = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
  const notCn = /\P{Cn}/u;
  let disagree = 0, ranges = 0, prev = -2;
  for (let c = 0; c <= 0x10ffff; c++) {
    const icu = c === 0x20 || !nonPrintable.test(String.fromCodePoint(c));
    if (icu === unicodeIsPrintable(c)) continue;
    assert.ok(icu && notCn.test(String.fromCodePoint(c)), `U+${c.toString(16)}: ICU says printable=${icu}`);
    disagree++;
    if (c !== prev + 1) ranges++;
    prev = c;
  }
  t.diagnostic(`Node ICU Unicode ${process.versions.unicode} vs CPython ${PRINTABLE_UNIDATA_VERSION}: ` +
    `${disagree} code points in ${ranges} ranges assigned since (table used, not ICU)`);
});
