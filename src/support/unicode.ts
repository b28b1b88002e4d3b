// Unicode character properties of CPython 3.12 (Unicode 15.0.0): the type records str's methods use
// (Objects/unicodectype.c: _PyUnicode_IsAlpha, _PyUnicode_ToLowerFull ...) and the extra properties of
// Modules/unicodedata.c, read from the generated tables in unicode-tables.ts.
// Invariant: the tables are decoded once, on first use; every lookup is a few typed-array reads, and
// the full case mappings write into the shared CASE_OUT buffer (no allocation per character).

import {
  TYPE_RECORDS, TYPE_SHIFT, TYPE_INDEX1, TYPE_INDEX2, NUMERIC_VALUES, PROP_RECORDS, PROP_SHIFT, PROP_INDEX1,
  PROP_INDEX2, FULL_LOWER, FULL_UPPER, FULL_TITLE, FULL_FOLD, CATEGORY_NAMES, BIDI_NAMES, EAW_NAMES,
  UNICODE_TABLES_VERSION,
} from './unicode-tables.ts';

/** unicodedata.unidata_version of the tables. */
export const UNIDATA_VERSION = UNICODE_TABLES_VERSION;

// Flag bits of a type record, in the generator's FLAG_NAMES order.
export const U_ALPHA = 1 << 0;
export const U_DECIMAL = 1 << 1;
export const U_DIGIT = 1 << 2;
export const U_NUMERIC = 1 << 3;
export const U_SPACE = 1 << 4;
export const U_PRINTABLE = 1 << 5;
export const U_LOWER = 1 << 6;
export const U_UPPER = 1 << 7;
export const U_TITLE = 1 << 8;
export const U_CASED = 1 << 9;
export const U_CASE_IGNORABLE = 1 << 10;
export const U_XID_START = 1 << 11;
export const U_XID_CONTINUE = 1 << 12;
const U_FULL_LOWER = 1 << 13;
const U_FULL_UPPER = 1 << 14;
const U_FULL_TITLE = 1 << 15;
const U_FULL_FOLD = 1 << 16;

// Record fields (6 per record), see TYPE_RECORDS.
const R_CAT_FLAGS = 0, R_VALUES = 1, R_UPPER = 2, R_LOWER = 3, R_TITLE = 4, R_FOLD = 5;

/** Where the full case mappings write their characters (at most 3). */
export const CASE_OUT = new Int32Array(3);

let records: Int32Array = new Int32Array(0);
let index1: Uint8Array | Uint16Array = new Uint8Array(0);
let index2: Uint8Array | Uint16Array = new Uint8Array(0);
let typeMask = 0;
let propIndex1: Uint8Array | Uint16Array = new Uint8Array(0);
let propIndex2: Uint8Array | Uint16Array = new Uint8Array(0);
let propMask = 0;
let fullLower = new Map<number, number>(), fullUpper = new Map<number, number>();
let fullTitle = new Map<number, number>(), fullFold = new Map<number, number>();
let decoded = false, propsDecoded = false;
let categoryNames: string[] = [];

/** Decodes base64 into a fresh (aligned) byte array; exported for the table unit test. */
export function unicodeBase64Decode(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** A base64 table of 1-, 2- or 4-byte little-endian entries as the matching typed array. */
export function unicodeDecodeTable(t: { width: number; data: string }): Uint8Array | Uint16Array | Int32Array {
  const bytes = unicodeBase64Decode(t.data);
  if (t.width === 1) return bytes;
  if (t.width === 2) return new Uint16Array(bytes.buffer, 0, bytes.length >> 1);
  return new Int32Array(bytes.buffer, 0, bytes.length >> 2);
}

function fullMap(flat: readonly number[]): Map<number, number> {
  // Code point -> offset of its length in `flat`.
  const m = new Map<number, number>();
  for (let i = 0; i < flat.length; i += 2 + flat[i + 1]!) m.set(flat[i]!, i + 1);
  return m;
}

function decode(): void {
  records = unicodeDecodeTable(TYPE_RECORDS) as Int32Array;
  index1 = unicodeDecodeTable(TYPE_INDEX1) as Uint8Array | Uint16Array;
  index2 = unicodeDecodeTable(TYPE_INDEX2) as Uint8Array | Uint16Array;
  typeMask = (1 << TYPE_SHIFT) - 1;
  fullLower = fullMap(FULL_LOWER);
  fullUpper = fullMap(FULL_UPPER);
  fullTitle = fullMap(FULL_TITLE);
  fullFold = fullMap(FULL_FOLD);
  categoryNames = CATEGORY_NAMES.split(' ');
  decoded = true;
}

/** The type record offset (index * 6) of code point cp (0 <= cp < 0x110000). */
function rec(cp: number): number {
  if (!decoded) decode();
  return index2[(index1[cp >> TYPE_SHIFT]! << TYPE_SHIFT) | (cp & typeMask)]! * 6;
}

/** The U_* flags of cp. */
export function unicodeFlags(cp: number): number {
  const r = rec(cp); // before reading `records`: the first call decodes the tables
  return records[r + R_CAT_FLAGS]! >>> 5;
}

/** unicodedata.category(chr(cp)). */
export function unicodeCategory(cp: number): string {
  const r = rec(cp); // before reading `records`: the first call decodes the tables
  return categoryNames[records[r + R_CAT_FLAGS]! & 31]!;
}

/** _PyUnicode_ToDecimalDigit: 0..9, or -1. */
export function unicodeDecimal(cp: number): number {
  const r = rec(cp); // before reading `records`: the first call decodes the tables
  return (records[r + R_VALUES]! & 15) - 1;
}

/** _PyUnicode_ToDigit: 0..9, or -1. */
export function unicodeDigit(cp: number): number {
  const r = rec(cp); // before reading `records`: the first call decodes the tables
  return ((records[r + R_VALUES]! >> 4) & 15) - 1;
}

/** _PyUnicode_ToNumeric: the numeric value, or null. */
export function unicodeNumeric(cp: number): number | null {
  const r = rec(cp); // before reading `records`: the first call decodes the tables
  const i = records[r + R_VALUES]! >>> 8;
  return i === 0 ? null : NUMERIC_VALUES[i - 1]!;
}

/** Simple (one character) mappings: _PyUnicode_ToLowercase & co. */
export function unicodeToLower(cp: number): number {
  const r = rec(cp);
  return records[r + R_CAT_FLAGS]! & (U_FULL_LOWER << 5) ? cp : cp + records[r + R_LOWER]!;
}
export function unicodeToUpper(cp: number): number {
  const r = rec(cp);
  return records[r + R_CAT_FLAGS]! & (U_FULL_UPPER << 5) ? cp : cp + records[r + R_UPPER]!;
}

function full(cp: number, field: number, flag: number, m: Map<number, number>, flat: readonly number[]): number {
  const r = rec(cp);
  if ((records[r + R_CAT_FLAGS]! & (flag << 5)) === 0) {
    CASE_OUT[0] = cp + records[r + field]!;
    return 1;
  }
  const at = m.get(cp)!;
  const n = flat[at]!;
  for (let k = 0; k < n; k++) CASE_OUT[k] = flat[at + 1 + k]!;
  return n;
}

/** _PyUnicode_ToLowerFull: writes the mapping into CASE_OUT, returns its length (1..3). */
export function unicodeToLowerFull(cp: number): number {
  if (!decoded) decode(); // fullLower is replaced by the first decode
  return full(cp, R_LOWER, U_FULL_LOWER, fullLower, FULL_LOWER);
}
/** _PyUnicode_ToUpperFull (CASE_OUT). */
export function unicodeToUpperFull(cp: number): number {
  if (!decoded) decode(); // fullUpper is replaced by the first decode
  return full(cp, R_UPPER, U_FULL_UPPER, fullUpper, FULL_UPPER);
}
/** _PyUnicode_ToTitleFull (CASE_OUT). */
export function unicodeToTitleFull(cp: number): number {
  if (!decoded) decode(); // fullTitle is replaced by the first decode
  return full(cp, R_TITLE, U_FULL_TITLE, fullTitle, FULL_TITLE);
}
/** _PyUnicode_ToFoldedFull (CASE_OUT). */
export function unicodeToFoldedFull(cp: number): number {
  if (!decoded) decode(); // fullFold is replaced by the first decode
  return full(cp, R_FOLD, U_FULL_FOLD, fullFold, FULL_FOLD);
}

function decodeProps(): void {
  propIndex1 = unicodeDecodeTable(PROP_INDEX1) as Uint8Array | Uint16Array;
  propIndex2 = unicodeDecodeTable(PROP_INDEX2) as Uint8Array | Uint16Array;
  propMask = (1 << PROP_SHIFT) - 1;
  propsDecoded = true;
}

function prop(cp: number): number {
  if (!propsDecoded) decodeProps();
  return PROP_RECORDS[propIndex2[(propIndex1[cp >> PROP_SHIFT]! << PROP_SHIFT) | (cp & propMask)]!]!;
}

const bidiNames = BIDI_NAMES.split(' ');
const eawNames = EAW_NAMES.split(' ');

/** unicodedata.bidirectional(chr(cp)) ('' for none). */
export function unicodeBidirectional(cp: number): string {
  return bidiNames[prop(cp) & 31]!;
}
/** unicodedata.east_asian_width(chr(cp)). */
export function unicodeEastAsianWidth(cp: number): string {
  return eawNames[(prop(cp) >> 5) & 7]!;
}
/** unicodedata.mirrored(chr(cp)): 0 or 1. */
export function unicodeMirrored(cp: number): number {
  return (prop(cp) >> 8) & 1;
}
/** unicodedata.combining(chr(cp)): the canonical combining class. */
export function unicodeCombining(cp: number): number {
  return prop(cp) >>> 9;
}
