// str: Python text in CPython's compact representation (PEP 393), its hash, the latin-1 singletons, interning, UTF-8.
// Mirrors Objects/unicodeobject.c (PyASCIIObject, unicode_hash, get_latin1_char, 3.13's interning) and stringlib/codecs.h.
// Invariants: `kind` is the smallest width for the largest code point (equal strings have equal bytes); data ends
// with a NUL unit; static and immortal strings get their hash at creation (the static region is never written after
// the seal); constructors return the singletons for '' and one latin-1 character; the intern table owns no references.
//
//   +0  ob_refcnt
//   +4  ob_type
//   +8  length         code points
//   +12 hash (low)  \  cached hash(); -1/-1 = not computed yet
//   +16 hash (high) /
//   +20 state          bits 0-1 interned (SSTATE_*), 2-4 kind (1, 2, 4), 5 compact (always 1),
//                      6 ascii, 7 statically allocated, 8 freed by strFini (made immortal here, lives above the static region)
//   +24 data           (length + 1) code units of `kind` bytes, native order (little-endian on every
//                      platform Node runs on, which is what the hash needs), the last one 0
//
// Static block, built first so that the singletons are plain adds:
//   latin1Block + 0              ''
//   latin1Block + 32 * (1 + cp)  chr(cp) for cp in 0..255

import { u8, u16, u32, i32, heapBuffer } from '../heap/views.ts';
import { alloc, free, allocCurrent } from '../heap/alloc.ts';
import { incref, decref, newRef, isImmortal, setImmortal } from '../heap/refcount.ts';
import { refcntInitStatic, immortalMode } from '../heap/immortal.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { H64 } from '../support/hash64.ts';
import { hashBytes } from '../support/siphash.ts';
import { strReprUnits } from '../support/str-repr.ts';
import {
  typeNewStatic, typeHasFeature, typeOf, typeNameOf, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_UNICODE_SUBCLASS,
  Py_EQ, Py_NE,
} from './type.ts';
import { objectNew, objectFree, notImplemented, boolNew, richCompareResult } from './object.ts';
import { errSetString, errNoMemory } from './errors.ts';
import {
  IndexError, TypeError, LookupError, NotImplementedError, exceptionRaiseUnicodeDecode, exceptionRaiseUnicodeEncode,
} from './exceptions.ts';
import { isTuple, tupleSize, tupleGetItemBorrow } from './tuple.ts';
import { isList, listSize, listGetItemBorrow } from './list.ts';
import { bytesFromUint8Array } from './bytes.ts';

/**
 * The longest str this runtime can make: V8's string length limit. CPython's limit is PY_SSIZE_T_MAX, so
 * a size between the two is a MemoryError here (as it would be in CPython on a machine with less memory).
 */
export const STR_MAX_LENGTH = 0x1fffffe8;
/** PY_SSIZE_T_MAX as a double: past it, CPython's size computations raise OverflowError. */
export const PY_SSIZE_T_MAX_DOUBLE = 9223372036854775807;

/** A str of `n` characters can be made: true, or false with MemoryError set. */
export function strSizeCheck(n: number): boolean {
  if (n <= STR_MAX_LENGTH) return true;
  errNoMemory();
  return false;
}

export const STR_LENGTH = 8;
export const STR_HASH = 12;
export const STR_STATE = 20;
export const STR_DATA = 24;

/** Interning states, with CPython's values (Include/cpython/unicodeobject.h). */
export const SSTATE_NOT_INTERNED = 0;
export const SSTATE_INTERNED_MORTAL = 1;
export const SSTATE_INTERNED_IMMORTAL = 2;
export const SSTATE_INTERNED_IMMORTAL_STATIC = 3;

/** Bytes per code point (PyUnicode_1BYTE_KIND ...). */
export const PyUnicode_1BYTE_KIND = 1;
export const PyUnicode_2BYTE_KIND = 2;
export const PyUnicode_4BYTE_KIND = 4;

const ST_INTERNED = 3;
const ST_KIND_SHIFT = 2;
const ST_COMPACT = 1 << 5;
const ST_ASCII = 1 << 6;
const ST_STATIC = 1 << 7;
const ST_TABLE_OWNED = 1 << 8;

/** Bytes between consecutive static singletons: STR_DATA + one char + NUL, rounded up to 8. */
const LATIN1_STRIDE = 32;

export let strType = 0 as Borrowed;
let latin1Block = 0;

// CPython 3.12 interns its static identifiers (_Py_ID) before anything else, and eleven of them are one
// character long. Those interned strs are objects of their own, not the latin-1 singletons: in 3.12 the
// constant 'a' is not chr(97) and sys.intern(chr(97)) returns the constant. (3.13 folded them together.)
const IDENTIFIER_CHARS = '_abcdenprsx';
/** For each latin-1 code point, its separate interned identifier str, or 0 (the singleton is the interned one). */
const identifierChar = new Int32Array(256);

/** Strings interned during the static phase, by their JS text (the heap table can't exist before the seal). */
let staticInterned = new Map<string, Borrowed>();

// The interning table (see tableFind): a heap block, allocated after the seal, owning no references.
//   +0 capacity (a power of 2)   +4 used   +8 slots[capacity]: str references, 0 = empty
let internTable = 0;
const TABLE_CAPACITY = 0;
const TABLE_USED = 4;
const TABLE_SLOTS = 8;
const TABLE_MIN_CAPACITY = 1024;

// Scratch for a JS string laid out in str storage (interning lookups).
let rawScratch = new ArrayBuffer(1024);
let raw8 = new Uint8Array(rawScratch);
let raw16 = new Uint16Array(rawScratch);
let raw32 = new Uint32Array(rawScratch);

/** PyUnicode_Check: a str or an instance of a subclass. */
export function isStr(o: Borrowed): boolean {
  return typeHasFeature(o, Py_TPFLAGS_UNICODE_SUBCLASS);
}

/** PyUnicode_CheckExact. */
export function isStrExact(o: Borrowed): boolean {
  return typeOf(o) === strType;
}

/** PyUnicode_GET_LENGTH: the length in code points. */
export function strLength(o: Borrowed): number {
  return i32[(o + STR_LENGTH) >> 2];
}

/** PyUnicode_KIND: 1, 2 or 4 bytes per code point. */
export function strKind(o: Borrowed): number {
  return (i32[(o + STR_STATE) >> 2] >>> ST_KIND_SHIFT) & 7;
}

/** PyUnicode_IS_ASCII. */
export function strIsAscii(o: Borrowed): boolean {
  return (i32[(o + STR_STATE) >> 2] & ST_ASCII) !== 0;
}

/** The interning state (SSTATE_*). */
export function strInternState(o: Borrowed): number {
  return i32[(o + STR_STATE) >> 2] & ST_INTERNED;
}

/** sys._is_interned (3.13). */
export function strIsInterned(o: Borrowed): boolean {
  return (i32[(o + STR_STATE) >> 2] & ST_INTERNED) !== SSTATE_NOT_INTERNED;
}

/** Heap offset of the first code unit (PyUnicode_DATA). Index u8 / u16 / u32 with it by kind. */
export function strDataOffset(o: Borrowed): number {
  return o + STR_DATA;
}

/** PyUnicode_READ_CHAR: the code point at index i (0 <= i < length; not checked). */
export function strGetCodePoint(o: Borrowed, i: number): number {
  const k = (i32[(o + STR_STATE) >> 2] >>> ST_KIND_SHIFT) & 7;
  if (k === 1) return u8[o + STR_DATA + i];
  if (k === 2) return u16[((o + STR_DATA) >> 1) + i];
  return u32[((o + STR_DATA) >> 2) + i];
}

/** The code point at index i of str data at d of the given kind (strDataOffset, strKind). */
export function cpAt(d: number, kind: number, i: number): number {
  return kind === 1 ? u8[d + i] : kind === 2 ? u16[(d >> 1) + i] : u32[(d >> 2) + i];
}

function kindOf(maxchar: number): number {
  return maxchar < 0x100 ? 1 : maxchar < 0x10000 ? 2 : 4;
}

/** The static str chr(cp) for cp in 0..255 (CPython's latin-1 singletons). */
export function strLatin1Char(cp: number): Borrowed {
  return (latin1Block + LATIN1_STRIDE * (1 + cp)) as Borrowed;
}

/** A new reference to the empty string (a static immortal). */
export function strEmptyNew(): Owned {
  return newRef(latin1Block as Borrowed);
}

function staticPhase(): boolean {
  return allocCurrent().staticPhase;
}

/**
 * A new str of `length` code points whose largest is `maxchar`, data uninitialized except the NUL
 * terminator. Callers fill it and pass it through `finish`.
 */
function strAllocRaw(length: number, maxchar: number): Owned | Null {
  const kind = kindOf(maxchar);
  const o = objectNew(strType, STR_DATA + (length + 1) * kind);
  if (o === NULL) return NULL;
  i32[(o + STR_LENGTH) >> 2] = length;
  i32[(o + STR_HASH) >> 2] = -1;
  i32[(o + STR_HASH + 4) >> 2] = -1;
  i32[(o + STR_STATE) >> 2] = (kind << ST_KIND_SHIFT) | ST_COMPACT | (maxchar < 0x80 ? ST_ASCII : 0);
  const d = o + STR_DATA;
  if (kind === 1) u8[d + length] = 0;
  else if (kind === 2) u16[(d >> 1) + length] = 0;
  else u32[(d >> 2) + length] = 0;
  return o;
}

/**
 * A new str of `length` (>= 1) code points whose largest is `maxchar`, not a singleton: the caller writes
 * its code units at strDataOffset (the kind's width) and passes it to strFinish. For results CPython
 * makes with PyUnicode_New (case mappings), which are new objects even when one character long.
 */
export function strNewUninit(length: number, maxchar: number): Owned | Null {
  return strAllocRaw(length, maxchar);
}

/** Completes a str made by strNewUninit. */
export function strFinish(o: Owned): Owned {
  return finish(o);
}

/** Completes a freshly built str: in the static phase every str is interned immortal (it lives in the static region). */
function finish(o: Owned): Owned {
  if (!allocCurrent().staticPhase) return o;
  const s = strToJS(o);
  const old = staticInterned.get(s);
  // A duplicate stays behind as dead bytes of the static region; the static phase makes few strings.
  if (old !== undefined) return newRef(old);
  makeStatic(o);
  staticInterned.set(s, o);
  return o;
}

/** Turns a str built in the static phase into a static interned immortal with its hash computed. */
function makeStatic(o: number): void {
  refcntInitStatic(o);
  const st = i32[(o + STR_STATE) >> 2];
  i32[(o + STR_STATE) >> 2] = (st & ~ST_INTERNED) | SSTATE_INTERNED_IMMORTAL_STATIC | ST_STATIC;
  computeHash(o);
}

export function strInitStatic(): void {
  staticInterned = new Map();
  internTable = 0;
  strType = typeNewStatic({
    name: 'str',
    basicsize: STR_DATA,
    itemsize: 0,
    flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_UNICODE_SUBCLASS,
    slots: {
      dealloc: strDealloc,
      repr: strRepr,
      str: strStr,
      hash: strHash,
      richcompare: strRichCompare,
      length: strLength,
    },
  });
  latin1Block = alloc(LATIN1_STRIDE * 257);
  if (latin1Block === 0) throw new Error('static region: out of memory creating the latin-1 strings');
  for (let i = 0; i < 257; i++) {
    const o = latin1Block + i * LATIN1_STRIDE;
    const len = i === 0 ? 0 : 1;
    const cp = i - 1;
    i32[(o + 4) >> 2] = strType;
    i32[(o + STR_LENGTH) >> 2] = len;
    i32[(o + STR_STATE) >> 2] = (1 << ST_KIND_SHIFT) | ST_COMPACT | (cp < 0x80 ? ST_ASCII : 0);
    u8[o + STR_DATA] = len === 0 ? 0 : cp;
    u8[o + STR_DATA + 1] = 0;
    makeStatic(o);
    staticInterned.set(len === 0 ? '' : String.fromCharCode(cp), o as Borrowed);
  }
  identifierChar.fill(0);
  for (let i = 0; i < IDENTIFIER_CHARS.length; i++) {
    const cp = IDENTIFIER_CHARS.charCodeAt(i);
    const single = latin1Block + LATIN1_STRIDE * (1 + cp);
    const o = alloc(LATIN1_STRIDE);
    if (o === 0) throw new Error('static region: out of memory creating the identifier strings');
    u8.copyWithin(o, single, single + LATIN1_STRIDE);
    makeStatic(o);
    // The singleton stays static and immortal but not interned, so sys.intern maps it to the identifier.
    i32[(single + STR_STATE) >> 2] &= ~ST_INTERNED;
    identifierChar[cp] = o;
    staticInterned.set(IDENTIFIER_CHARS[i], o as Borrowed);
  }
}

/** After the seal: creates the interning table in the mortal heap and enters the static strings. */
export function strInitRuntime(): void {
  let cap = TABLE_MIN_CAPACITY;
  while (cap < staticInterned.size * 2 + 2) cap *= 2;
  internTable = tableNew(cap);
  if (internTable === 0) throw new Error('out of memory creating the interned-string table');
  for (const o of staticInterned.values()) tableInsert(o);
  staticInterned = new Map();
}

/**
 * Shutdown: frees the strings made immortal by interning after the seal, then the table. Mortal
 * interned strings still alive belong to whoever leaked them.
 */
export function strFini(): void {
  const t = internTable;
  if (t === 0) return;
  const cap = i32[(t + TABLE_CAPACITY) >> 2];
  const s = (t + TABLE_SLOTS) >> 2;
  for (let i = 0; i < cap; i++) {
    const e = i32[s + i];
    if (e !== 0 && (i32[(e + STR_STATE) >> 2] & ST_TABLE_OWNED) !== 0) objectFree(e as Owned);
  }
  internTable = 0;
  internMemo.clear();
  free(t);
}

function strDealloc(o: Owned): void {
  const st = i32[(o + STR_STATE) >> 2];
  const interned = st & ST_INTERNED;
  if (interned !== SSTATE_NOT_INTERNED) {
    if (interned !== SSTATE_INTERNED_MORTAL || (st & ST_STATIC) !== 0) {
      throw new Error(`dealloc of immortal str at ${o}: reference count went to zero`);
    }
    if (internTable !== 0) tableRemove(o);
  }
  objectFree(o);
}

// --- conversions from and to JS strings ---

let scanMax = 0;

/** Counts the code points of s (a surrogate pair is one, a lone surrogate is one) and leaves the largest in scanMax. */
function jsScan(s: string): number {
  const n = s.length;
  let max = 0, count = 0;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const c2 = s.charCodeAt(i + 1);
      if (c2 >= 0xdc00 && c2 < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00);
        i++;
      }
    }
    if (c > max) max = c;
    count++;
  }
  scanMax = max;
  return count;
}

/** Writes the code points of s at byte offset `d` of the given views, `kind` bytes each. */
function jsWrite(s: string, kind: number, v8: Uint8Array, v16: Uint16Array, v32: Uint32Array, d: number): void {
  const n = s.length;
  if (kind === 1) {
    for (let i = 0; i < n; i++) v8[d + i] = s.charCodeAt(i);
  } else if (kind === 2) {
    // No pairs here: a pair would make the largest code point astral, and the kind 4.
    const b = d >> 1;
    for (let i = 0; i < n; i++) v16[b + i] = s.charCodeAt(i);
  } else {
    let j = d >> 2;
    for (let i = 0; i < n; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
        const c2 = s.charCodeAt(i + 1);
        if (c2 >= 0xdc00 && c2 < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00);
          i++;
        }
      }
      v32[j++] = c;
    }
  }
}

/**
 * A str from a JS string (UTF-16): a surrogate pair becomes one code point, a lone surrogate stays a
 * code point of its own. '' and one latin-1 character give the static singletons.
 */
export function strFromJS(s: string): Owned | Null {
  const n = s.length;
  if (n <= 1) {
    if (n === 0) return newRef(latin1Block as Borrowed);
    const c = s.charCodeAt(0);
    if (c < 0x100) return newRef(strLatin1Char(c));
  }
  if (staticPhase()) return newRef(strInternImmortal(s));
  const count = jsScan(s);
  const o = strAllocRaw(count, scanMax);
  if (o === NULL) return NULL;
  jsWrite(s, kindOf(scanMax), u8, u16, u32, o + STR_DATA);
  return o;
}

/**
 * A str from a JS string built only from strs without astral characters (kind 1/2): each UTF-16 code
 * unit is one code point and surrogate units never merge, so '\ud83d' + '\ude00' stays two code points.
 */
export function strFromJSUnits(s: string): Owned | Null {
  const n = s.length;
  if (n <= 1) {
    if (n === 0) return newRef(latin1Block as Borrowed);
    const c = s.charCodeAt(0);
    if (c < 0x100) return newRef(strLatin1Char(c));
  }
  let max = 0;
  for (let i = 0; i < n; i++) max |= s.charCodeAt(i);
  if (staticPhase()) return strFromJS(s);
  const o = strAllocRaw(n, max < 0x80 ? 0x7f : max > 0xff ? 0xffff : 0xff);
  if (o === NULL) return NULL;
  jsWrite(s, max > 0xff ? 2 : 1, u8, u16, u32, o + STR_DATA);
  return o;
}

/**
 * strFromJS for a JS string built from strs: `wide` when one of them held an astral character (kind 4),
 * where a surrogate pair must mean that character; otherwise strFromJSUnits keeps lone surrogates apart.
 */
export function strFromJSAs(s: string, wide: boolean): Owned | Null {
  return wide ? strFromJS(s) : strFromJSUnits(s);
}

const CHUNK = 4096;

// Node's Buffer decodes latin-1 and UTF-16LE from memory far faster than JS loops (about 70 ns flat
// against 10 ns per character); it wraps the current heap and is re-made when another heap is active.
// Outside Node (no Buffer) the loops below do the work.
const NodeBuffer: typeof Buffer | undefined = (globalThis as { Buffer?: typeof Buffer }).Buffer;
let heapNodeBuffer: Buffer | null = null;

function heapBytes(): Buffer | null {
  if (NodeBuffer === undefined) return null;
  if (heapNodeBuffer === null || heapNodeBuffer.buffer !== heapBuffer) heapNodeBuffer = NodeBuffer.from(heapBuffer);
  return heapNodeBuffer;
}

/**
 * The JS string of a str. Code points above U+FFFF become surrogate pairs; surrogate code points stay
 * lone code units (so a str holding U+D83D U+DE00 as two code points reads back as one astral character).
 */
export function strToJS(o: Borrowed): string {
  const n = i32[(o + STR_LENGTH) >> 2];
  const kind = (i32[(o + STR_STATE) >> 2] >>> ST_KIND_SHIFT) & 7;
  const d = o + STR_DATA;
  if (n < 8 || (kind === 4 && n < 32)) {
    let s = '';
    if (kind === 1) for (let i = 0; i < n; i++) s += String.fromCharCode(u8[d + i]);
    else if (kind === 2) for (let i = 0, b = d >> 1; i < n; i++) s += String.fromCharCode(u16[b + i]);
    else for (let i = 0, b = d >> 2; i < n; i++) s += String.fromCodePoint(u32[b + i]);
    return s;
  }
  if (kind !== 4) {
    const buf = heapBytes();
    if (buf !== null) return buf.toString(kind === 1 ? 'latin1' : 'utf16le', d, d + n * kind);
  }
  let s = '';
  for (let i = 0; i < n; i += CHUNK) {
    const m = Math.min(CHUNK, n - i);
    if (kind === 1) s += String.fromCharCode.apply(null, u8.subarray(d + i, d + i + m) as unknown as number[]);
    else if (kind === 2) s += String.fromCharCode.apply(null, u16.subarray((d >> 1) + i, (d >> 1) + i + m) as unknown as number[]);
    else s += String.fromCodePoint.apply(null, u32.subarray((d >> 2) + i, (d >> 2) + i + m) as unknown as number[]);
  }
  return s;
}

/**
 * A str of the code points cps[start .. end) (each in 0..0x10FFFF). `fresh`: a new object even for one
 * character (CPython's PyUnicode_New results, e.g. case mappings), where the default returns the singleton.
 */
export function strNewFromCodePoints(cps: ArrayLike<number>, start = 0, end = cps.length, fresh = false): Owned | Null {
  const n = end - start;
  let max = 0;
  for (let i = start; i < end; i++) {
    const c = cps[i];
    if (!(c >= 0 && c <= 0x10ffff)) throw new RangeError(`strNewFromCodePoints: ${c} is not a code point`);
    if (c > max) max = c;
  }
  if (n === 0 || (n === 1 && !fresh)) {
    if (n === 0) return strEmptyNew();
    if (max < 0x100) return newRef(strLatin1Char(max));
  }
  const o = strAllocRaw(n, max);
  if (o === NULL) return NULL;
  const kind = kindOf(max), d = o + STR_DATA;
  if (kind === 1) for (let i = 0; i < n; i++) u8[d + i] = cps[start + i];
  else if (kind === 2) for (let i = 0, b = d >> 1; i < n; i++) u16[b + i] = cps[start + i];
  else for (let i = 0, b = d >> 2; i < n; i++) u32[b + i] = cps[start + i];
  return finish(o);
}

/** PyUnicode_DecodeLatin1: each byte of data[start .. end) is the code point of the same value. */
export function strFromLatin1(data: Uint8Array, start = 0, end = data.length): Owned | Null {
  const n = end - start;
  let max = 0;
  for (let i = start; i < end; i++) max |= data[i];
  if (n <= 1) {
    if (n === 0) return strEmptyNew();
    return newRef(strLatin1Char(data[start]));
  }
  const o = strAllocRaw(n, max);
  if (o === NULL) return NULL;
  if (n <= 32) {
    for (let i = start, to = o + STR_DATA; i < end; i++) u8[to++] = data[i];
  } else {
    u8.set(data.subarray(start, end), o + STR_DATA);
  }
  return finish(o);
}

// --- interning ---

// strInternImmortal's memo after the seal: JS text -> its immortal interned str, so hot callers that
// name a dunder by JS string skip hashing it each time. Immortal interned strs live as long as the
// table; the memo is dropped whenever the table or the heap changes (and when the table is freed).
const internMemo = new Map<string, Borrowed>();
let internMemoTable = 0;
let internMemoBuffer: SharedArrayBuffer | null = null;

/**
 * Compiler-style interning (identifiers, names in code objects): returns the one immortal str with
 * this text, creating it if needed; a mortal interned str with the same text is made immortal (as
 * _PyUnicode_InternImmortal does in 3.13). Works in both phases. Throws a JS Error only when the heap is
 * exhausted (see strInternImmortalOrNull for the MemoryError form).
 */
export function strInternImmortal(s: string): Borrowed {
  const o = strInternImmortalOrNull(s);
  if (o === NULL) throw new Error(`MemoryError: heap exhausted while interning ${JSON.stringify(s.slice(0, 40))}`);
  return o;
}

/**
 * Whether interning a constant with this text finds another object already interned (nothing is
 * created): a str in the table. Strings of at most one character are CPython's singletons, which are
 * what interning returns, except for the one-letter names CPython 3.12 keeps as separate static
 * identifiers (_Py_ID(a) ...: `sys.intern(c) is not chr(ord(c))` holds for exactly these).
 */
const STATIC_ONE_CHAR_IDS = '_abcdenprsx';

export function strInternedHas(s: string): boolean {
  if (s.length <= 1) return s.length === 1 && STATIC_ONE_CHAR_IDS.includes(s);
  if (staticPhase()) return staticInterned.has(s);
  if (internTable === 0) return false;
  const count = jsScan(s);
  const kind = kindOf(scanMax), nbytes = count * kind;
  if (raw8.length < nbytes) growRawScratch(nbytes);
  jsWrite(s, kind, raw8, raw16, raw32, 0);
  const lo = hashBytes(raw8, 0, nbytes), hi = H64[1];
  return tableFindRaw(lo, hi, count, kind, nbytes) !== 0;
}

/** strInternImmortal, returning NULL with MemoryError set when the heap is exhausted. */
export function strInternImmortalOrNull(s: string): Borrowed | Null {
  const n = s.length;
  if (n <= 1) {
    if (n === 0) return latin1Block as Borrowed;
    const c = s.charCodeAt(0);
    if (c < 0x100) return identifierChar[c] !== 0 ? identifierChar[c] as Borrowed : strLatin1Char(c);
  }
  if (staticPhase()) {
    const old = staticInterned.get(s);
    if (old !== undefined) return old;
    const count = jsScan(s);
    const o = strAllocRaw(count, scanMax);
    if (o === NULL) throw new Error('static region: out of memory creating an interned string');
    jsWrite(s, kindOf(scanMax), u8, u16, u32, o + STR_DATA);
    makeStatic(o);
    staticInterned.set(s, o);
    return o;
  }
  if (internTable === 0) throw new Error('strInternImmortal: called between the seal and strInitRuntime');
  if (internMemoTable !== internTable || internMemoBuffer !== heapBuffer) {
    internMemo.clear();
    internMemoTable = internTable;
    internMemoBuffer = heapBuffer;
  }
  const memo = internMemo.get(s);
  if (memo !== undefined) return memo;
  // Look the text up without building a str: lay it out in the scratch as it would be stored.
  const count = jsScan(s);
  const max = scanMax, kind = kindOf(max), nbytes = count * kind;
  if (raw8.length < nbytes) growRawScratch(nbytes);
  jsWrite(s, kind, raw8, raw16, raw32, 0);
  const lo = hashBytes(raw8, 0, nbytes), hi = H64[1];
  const found = tableFindRaw(lo, hi, count, kind, nbytes);
  if (found !== 0) {
    makeImmortalInterned(found);
    internMemo.set(s, found as Borrowed);
    return found as Borrowed;
  }
  if (!tableReserve()) return errNoMemory();
  const o = strAllocRaw(count, max);
  if (o === NULL) return NULL;
  u8.set(raw8.subarray(0, nbytes), o + STR_DATA);
  i32[(o + STR_HASH) >> 2] = lo;
  i32[(o + STR_HASH + 4) >> 2] = hi;
  i32[(o + STR_STATE) >> 2] |= SSTATE_INTERNED_IMMORTAL | ST_TABLE_OWNED;
  // With immortality off, the count of 1 from objectNew is the table's, never dropped.
  if (immortalMode()) setImmortal(o);
  tableInsert(o);
  if (internMemoTable === internTable) internMemo.set(s, o);
  return o;
}

/** A mortal interned str (or one no interning made) becomes an immortal interned one. */
function makeImmortalInterned(o: number): void {
  const st = i32[(o + STR_STATE) >> 2];
  const interned = st & ST_INTERNED;
  if (interned === SSTATE_INTERNED_IMMORTAL || interned === SSTATE_INTERNED_IMMORTAL_STATIC) return;
  i32[(o + STR_STATE) >> 2] = (st & ~ST_INTERNED) | SSTATE_INTERNED_IMMORTAL | ST_TABLE_OWNED;
  if (immortalMode()) setImmortal(o as Borrowed);
  else incref(o as Borrowed);
}

/**
 * sys.intern / PyUnicode_InternInPlace with 3.13's mortal interning (DESIGN.md §2): steals `o` and
 * returns the interned str with the same text. The table does not own it: when the last reference goes,
 * dealloc takes it out of the table. A str subclass instance is returned as it is (not interned), as are
 * strings when the table can't grow (CPython ignores that failure too).
 * https://docs.python.org/3/library/sys.html#sys.intern
 */
export function strIntern(o: Owned): Owned {
  if (!isStrExact(o)) return o;
  const st = i32[(o + STR_STATE) >> 2];
  if ((st & ST_INTERNED) !== SSTATE_NOT_INTERNED || internTable === 0) return o;
  const lo = strHash(o);
  const found = tableFind(o, lo, H64[1]);
  if (found !== 0) {
    decref(o);
    return newRef(found as Borrowed);
  }
  if (!tableReserve()) return o;
  // An immortal str that isn't interned (immortalized at run time) is entered, but stays its owner's to free.
  i32[(o + STR_STATE) >> 2] = st | (isImmortal(o) ? SSTATE_INTERNED_IMMORTAL : SSTATE_INTERNED_MORTAL);
  tableInsert(o);
  return o;
}

/** Number of strings in the interning table (for tests and stats). */
export function strInternedCount(): number {
  return internTable === 0 ? staticInterned.size : i32[(internTable + TABLE_USED) >> 2];
}

function growRawScratch(nbytes: number): void {
  let size = rawScratch.byteLength;
  while (size < nbytes) size *= 2;
  rawScratch = new ArrayBuffer(size);
  raw8 = new Uint8Array(rawScratch);
  raw16 = new Uint16Array(rawScratch);
  raw32 = new Uint32Array(rawScratch);
}

function tableNew(cap: number): number {
  const t = alloc(TABLE_SLOTS + 4 * cap);
  if (t === 0) return 0;
  i32[(t + TABLE_CAPACITY) >> 2] = cap;
  i32[(t + TABLE_USED) >> 2] = 0;
  i32.fill(0, (t + TABLE_SLOTS) >> 2, ((t + TABLE_SLOTS) >> 2) + cap);
  return t;
}

// Linear probing from hash & mask; the load stays at most 1/2, so probes are short and end at an empty slot.
function tableFind(o: number, lo: number, hi: number): number {
  const t = internTable;
  const mask = i32[(t + TABLE_CAPACITY) >> 2] - 1;
  const s = (t + TABLE_SLOTS) >> 2;
  for (let i = lo & mask; ; i = (i + 1) & mask) {
    const e = i32[s + i];
    if (e === 0) return 0;
    if (e === o) return e;
    if (i32[(e + STR_HASH) >> 2] === lo && i32[(e + STR_HASH + 4) >> 2] === hi && strEqual(e as Borrowed, o as Borrowed)) return e;
  }
}

// tableFind for text laid out in raw8[0 .. nbytes).
function tableFindRaw(lo: number, hi: number, count: number, kind: number, nbytes: number): number {
  const t = internTable;
  const mask = i32[(t + TABLE_CAPACITY) >> 2] - 1;
  const s = (t + TABLE_SLOTS) >> 2;
  for (let i = lo & mask; ; i = (i + 1) & mask) {
    const e = i32[s + i];
    if (e === 0) return 0;
    if (i32[(e + STR_HASH) >> 2] !== lo || i32[(e + STR_HASH + 4) >> 2] !== hi) continue;
    if (i32[(e + STR_LENGTH) >> 2] !== count || strKind(e as Borrowed) !== kind) continue;
    const d = e + STR_DATA;
    let j = 0;
    while (j < nbytes && u8[d + j] === raw8[j]) j++;
    if (j === nbytes) return e;
  }
}

/** Makes room for one more entry (growing the table); false when the heap is exhausted. */
function tableReserve(): boolean {
  const t = internTable;
  const cap = i32[(t + TABLE_CAPACITY) >> 2];
  if ((i32[(t + TABLE_USED) >> 2] + 1) * 2 <= cap) return true;
  const nt = tableNew(cap * 2);
  if (nt === 0) return false;
  internTable = nt;
  const s = (t + TABLE_SLOTS) >> 2;
  for (let i = 0; i < cap; i++) {
    const e = i32[s + i];
    if (e !== 0) tableInsert(e);
  }
  free(t);
  return true;
}

// Enters o (hash cached, not present, room reserved).
function tableInsert(o: number): void {
  const t = internTable;
  const mask = i32[(t + TABLE_CAPACITY) >> 2] - 1;
  const s = (t + TABLE_SLOTS) >> 2;
  let i = i32[(o + STR_HASH) >> 2] & mask;
  while (i32[s + i] !== 0) i = (i + 1) & mask;
  i32[s + i] = o;
  i32[(t + TABLE_USED) >> 2]++;
}

// Removes o, shifting later entries of its probe run back so that no lookup stops early.
function tableRemove(o: number): void {
  const t = internTable;
  const mask = i32[(t + TABLE_CAPACITY) >> 2] - 1;
  const s = (t + TABLE_SLOTS) >> 2;
  let i = i32[(o + STR_HASH) >> 2] & mask;
  while (i32[s + i] !== o) {
    if (i32[s + i] === 0) throw new Error(`interned str at ${o} is missing from the table`);
    i = (i + 1) & mask;
  }
  let j = i;
  for (;;) {
    j = (j + 1) & mask;
    const e = i32[s + j];
    if (e === 0) break;
    const home = i32[(e + STR_HASH) >> 2] & mask;
    // e may move to the hole at i unless its home lies cyclically in (i, j].
    const stays = i <= j ? home > i && home <= j : home > i || home <= j;
    if (!stays) {
      i32[s + i] = e;
      i = j;
    }
  }
  i32[s + i] = 0;
  i32[(t + TABLE_USED) >> 2]--;
}

// --- hash, equality, comparison ---

function computeHash(o: number): number {
  const n = i32[(o + STR_LENGTH) >> 2];
  const kind = (i32[(o + STR_STATE) >> 2] >>> ST_KIND_SHIFT) & 7;
  const lo = hashBytes(u8, o + STR_DATA, n * kind);
  i32[(o + STR_HASH) >> 2] = lo;
  i32[(o + STR_HASH + 4) >> 2] = H64[1];
  return lo;
}

/**
 * hash(s) as CPython's unicode_hash: siphash13 of the stored bytes under the process secret, cached in
 * the object. Returns the low word, leaves the 64-bit value in H64.
 */
export function strHash(o: Borrowed): number {
  const lo = i32[(o + STR_HASH) >> 2], hi = i32[(o + STR_HASH + 4) >> 2];
  if ((lo & hi) === -1) return computeHash(o);
  H64[0] = lo;
  H64[1] = hi;
  return lo;
}

/** _PyUnicode_Equal: same text (both must be str). */
export function strEqual(a: Borrowed, b: Borrowed): boolean {
  if (a === b) return true;
  const n = i32[(a + STR_LENGTH) >> 2];
  if (n !== i32[(b + STR_LENGTH) >> 2]) return false;
  const sa = i32[(a + STR_STATE) >> 2], sb = i32[(b + STR_STATE) >> 2];
  const kind = (sa >>> ST_KIND_SHIFT) & 7;
  if (kind !== ((sb >>> ST_KIND_SHIFT) & 7)) return false;
  const ha = i32[(a + STR_HASH) >> 2], hb = i32[(b + STR_HASH) >> 2];
  if (ha !== hb && (ha & i32[(a + STR_HASH + 4) >> 2]) !== -1 && (hb & i32[(b + STR_HASH + 4) >> 2]) !== -1) return false;
  const nbytes = n * kind;
  // Data starts 8-aligned: compare words, then the tail bytes.
  const wa = (a + STR_DATA) >> 2, wb = (b + STR_DATA) >> 2, nw = nbytes >> 2;
  for (let i = 0; i < nw; i++) if (i32[wa + i] !== i32[wb + i]) return false;
  const da = a + STR_DATA, db = b + STR_DATA;
  for (let i = nw << 2; i < nbytes; i++) if (u8[da + i] !== u8[db + i]) return false;
  return true;
}

/** Equality with a JS string, without allocating (useful for names). */
export function strEqualJS(o: Borrowed, s: string): boolean {
  const n = i32[(o + STR_LENGTH) >> 2];
  const kind = (i32[(o + STR_STATE) >> 2] >>> ST_KIND_SHIFT) & 7;
  const d = o + STR_DATA;
  let j = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const c2 = s.charCodeAt(i + 1);
      if (c2 >= 0xdc00 && c2 < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00);
        i++;
      }
    }
    if (j >= n || cpAt(d, kind, j) !== c) return false;
    j++;
  }
  return j === n;
}

/** Three-way comparison in code point order (PyUnicode_Compare for two str): <0, 0, >0. */
export function strCompare(a: Borrowed, b: Borrowed): number {
  if (a === b) return 0;
  const la = i32[(a + STR_LENGTH) >> 2], lb = i32[(b + STR_LENGTH) >> 2];
  const ka = strKind(a), kb = strKind(b);
  const da = a + STR_DATA, db = b + STR_DATA;
  const n = la < lb ? la : lb;
  if (ka === 1 && kb === 1) {
    for (let i = 0; i < n; i++) {
      const x = u8[da + i], y = u8[db + i];
      if (x !== y) return x - y;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const x = cpAt(da, ka, i), y = cpAt(db, kb, i);
      if (x !== y) return x < y ? -1 : 1;
    }
  }
  return la - lb;
}

/** str's tp_richcompare: NotImplemented unless both are str. */
export function strRichCompare(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  if (!isStr(a) || !isStr(b)) return notImplemented();
  if (op === Py_EQ) return boolNew(strEqual(a, b));
  if (op === Py_NE) return boolNew(!strEqual(a, b));
  return richCompareResult(strCompare(a, b), op);
}

/** repr(s). https://docs.python.org/3/library/functions.html#repr */
export function strRepr(o: Borrowed): Owned | Null {
  const n = i32[(o + STR_LENGTH) >> 2];
  const kind = strKind(o);
  const d = o + STR_DATA;
  const text = kind === 1 ? strReprUnits(u8, d, d + n)
    : kind === 2 ? strReprUnits(u16, d >> 1, (d >> 1) + n)
    : strReprUnits(u32, d >> 2, (d >> 2) + n);
  return strFromJS(text);
}

/** str(s): s itself for an exact str, else an exact copy (unicode_str / _PyUnicode_Copy). */
export function strStr(o: Borrowed): Owned | Null {
  if (isStrExact(o)) return newRef(o);
  return strSlice(o, 0, strLength(o), true);
}

// --- building strings ---

// Largest code point of the kind-`kind` data at d, elements [start, end).
function maxCodePoint(d: number, kind: number, start: number, end: number): number {
  let max = 0;
  if (kind === 1) for (let i = start; i < end; i++) max |= u8[d + i];
  else if (kind === 2) for (let i = start, b = d >> 1; i < end; i++) { const c = u16[b + i]; if (c > max) max = c; }
  else for (let i = start, b = d >> 2; i < end; i++) { const c = u32[b + i]; if (c > max) max = c; }
  return max;
}

// Copies n code points from (src data, srcKind, index si) to (dst data, dstKind, index di); dstKind >= what they need.
function copyCodePoints(dd: number, dk: number, di: number, sd: number, sk: number, si: number, n: number): void {
  if (dk === sk) {
    const from = sd + si * sk, to = dd + di * dk, nb = n * sk;
    // copyWithin costs a call into the runtime; the short strings most copies make are faster by hand.
    if (nb <= 64) for (let i = 0; i < nb; i++) u8[to + i] = u8[from + i];
    else u8.copyWithin(to, from, from + nb);
    return;
  }
  for (let i = 0; i < n; i++) {
    const c = cpAt(sd, sk, si + i);
    if (dk === 1) u8[dd + di + i] = c;
    else if (dk === 2) u16[(dd >> 1) + di + i] = c;
    else u32[(dd >> 2) + di + i] = c;
  }
}

/** a + b for two str (PyUnicode_Concat). https://docs.python.org/3/library/stdtypes.html#common-sequence-operations */
export function strConcat(a: Borrowed, b: Borrowed): Owned | Null {
  if (!isStr(b)) return errSetString(TypeError, `can only concatenate str (not "${typeNameOf(b)}") to str`);
  if (!isStr(a)) return errSetString(TypeError, `must be str, not ${typeNameOf(a)}`);
  const la = strLength(a), lb = strLength(b);
  if (la === 0) return strStr(b);
  if (lb === 0) return strStr(a);
  const ka = strKind(a), kb = strKind(b);
  const kind = ka > kb ? ka : kb;
  const maxchar = kind === 4 ? 0x10000 : kind === 2 ? 0x100 : strIsAscii(a) && strIsAscii(b) ? 0 : 0x80;
  const o = strAllocRaw(la + lb, maxchar);
  if (o === NULL) return NULL;
  copyCodePoints(o + STR_DATA, kind, 0, a + STR_DATA, ka, 0, la);
  copyCodePoints(o + STR_DATA, kind, la, b + STR_DATA, kb, 0, lb);
  return finish(o);
}

/**
 * s * n for n >= 2 (unicode_repeat): the code points copied on the heap in the string's own kind
 * (the first copy, then doubling), so lone surrogates stay as they are. The caller checks the size.
 */
export function strRepeatN(s: Borrowed, n: number): Owned | Null {
  const len = strLength(s), kind = strKind(s);
  const maxchar = kind === 4 ? 0x10000 : kind === 2 ? 0x100 : strIsAscii(s) ? 0 : 0x80;
  const o = strAllocRaw(len * n, maxchar);
  if (o === NULL) return NULL;
  const d = o + STR_DATA, total = len * n * kind;
  let done = len * kind;
  u8.copyWithin(d, s + STR_DATA, s + STR_DATA + done);
  while (done < total) {
    const c = done < total - done ? done : total - done;
    u8.copyWithin(d + done, d, d + c);
    done += c;
  }
  return finish(o);
}

/**
 * s[start:stop] with step 1 (PyUnicode_Substring): indices are clamped to 0..len; the result has the
 * kind its own largest code point needs. `forceCopy` makes a new exact str even for the whole string.
 */
export function strSlice(o: Borrowed, start: number, stop: number, forceCopy = false): Owned | Null {
  const len = strLength(o);
  if (start < 0) start = 0;
  if (stop > len) stop = len;
  if (start >= stop) return strEmptyNew();
  if (start === 0 && stop === len && !forceCopy && isStrExact(o)) return newRef(o);
  const kind = strKind(o), d = o + STR_DATA;
  const n = stop - start;
  if (n === 1) {
    const c = cpAt(d, kind, start);
    if (c < 0x100) return newRef(strLatin1Char(c));
  }
  const max = strIsAscii(o) ? 0 : maxCodePoint(d, kind, start, stop);
  const r = strAllocRaw(n, max);
  if (r === NULL) return NULL;
  copyCodePoints(r + STR_DATA, kindOf(max), 0, d, kind, start, n);
  return finish(r);
}

/** s[i] with Python's negative indexing: a one-character str, or IndexError. */
export function strGetItem(o: Borrowed, i: number): Owned | Null {
  const len = strLength(o);
  if (i < 0) i += len;
  if (i < 0 || i >= len) return errSetString(IndexError, 'string index out of range');
  const c = strGetCodePoint(o, i);
  if (c < 0x100) return newRef(strLatin1Char(c));
  const r = strAllocRaw(1, c);
  if (r === NULL) return NULL;
  if (c < 0x10000) u16[(r + STR_DATA) >> 1] = c;
  else u32[(r + STR_DATA) >> 2] = c;
  return finish(r);
}

/**
 * sep.join(items) for a list, tuple or str of str (PyUnicode_Join). Other iterables need the iteration
 * protocol, which doesn't exist yet: they raise NotImplementedError.
 * https://docs.python.org/3/library/stdtypes.html#str.join
 */
export function strJoin(sep: Borrowed, seq: Borrowed): Owned | Null {
  if (isStr(seq)) return joinStr(sep, seq);
  let n: number, get: (s: Borrowed, i: number) => Borrowed;
  if (isList(seq)) { n = listSize(seq); get = listGetItemBorrow; }
  else if (isTuple(seq)) { n = tupleSize(seq); get = tupleGetItemBorrow; }
  else {
    return errSetString(NotImplementedError,
      `str.join() of '${typeNameOf(seq)}' objects is not implemented yet (it needs the iteration protocol)`);
  }
  if (n === 0) return strEmptyNew();
  if (n === 1) {
    const item = get(seq, 0);
    if (isStrExact(item)) return newRef(item);
  }
  const lsep = strLength(sep);
  let total = 0, kind = strKind(sep), ascii = strIsAscii(sep);
  for (let i = 0; i < n; i++) {
    const item = get(seq, i);
    if (!isStr(item)) {
      return errSetString(TypeError, `sequence item ${i}: expected str instance, ${typeNameOf(item)} found`);
    }
    total += strLength(item) + (i > 0 ? lsep : 0);
    const k = strKind(item);
    if (k > kind) kind = k;
    if (!strIsAscii(item)) ascii = false;
  }
  // Lists can change while we look, not yet: no Python code runs between the two passes.
  const r = strAllocRaw(total, kind === 4 ? 0x10000 : kind === 2 ? 0x100 : ascii ? 0 : 0x80);
  if (r === NULL) return NULL;
  const rd = r + STR_DATA, sk = strKind(sep);
  let at = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && lsep > 0) { copyCodePoints(rd, kind, at, sep + STR_DATA, sk, 0, lsep); at += lsep; }
    const item = get(seq, i);
    const li = strLength(item);
    copyCodePoints(rd, kind, at, item + STR_DATA, strKind(item), 0, li);
    at += li;
  }
  return finish(r);
}

// sep.join(s) for a str s: its characters separated by sep.
function joinStr(sep: Borrowed, s: Borrowed): Owned | Null {
  const n = strLength(s);
  if (n <= 1) return strStr(s);
  const lsep = strLength(sep);
  const ks = strKind(s), kp = strKind(sep);
  const kind = ks > kp ? ks : kp;
  const ascii = strIsAscii(s) && strIsAscii(sep);
  const r = strAllocRaw(n + (n - 1) * lsep, kind === 4 ? 0x10000 : kind === 2 ? 0x100 : ascii ? 0 : 0x80);
  if (r === NULL) return NULL;
  const rd = r + STR_DATA;
  let at = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && lsep > 0) { copyCodePoints(rd, kind, at, sep + STR_DATA, kp, 0, lsep); at += lsep; }
    copyCodePoints(rd, kind, at, s + STR_DATA, ks, i, 1);
    at++;
  }
  return finish(r);
}

// --- searching ---

// ADJUST_INDICES of Objects/stringlib: negative indices count from the end; end is clamped to len.
let adjStart = 0, adjEnd = 0;
function adjustIndices(start: number, end: number, len: number): void {
  if (end > len) end = len;
  else if (end < 0) { end += len; if (end < 0) end = 0; }
  if (start < 0) { start += len; if (start < 0) start = 0; }
  adjStart = start;
  adjEnd = end;
}

function matchAt(d: number, kind: number, i: number, sub: Borrowed, m: number): boolean {
  const sd = sub + STR_DATA, sk = strKind(sub);
  for (let j = 0; j < m; j++) if (cpAt(d, kind, i + j) !== cpAt(sd, sk, j)) return false;
  return true;
}

/**
 * s.find(sub[, start[, end]]): the lowest index of sub in s[start:end], or -1 (both must be str).
 * https://docs.python.org/3/library/stdtypes.html#str.find
 */
export function strFind(o: Borrowed, sub: Borrowed, start = 0, end = Number.MAX_SAFE_INTEGER): number {
  const len = strLength(o), m = strLength(sub);
  adjustIndices(start, end, len);
  start = adjStart; end = adjEnd;
  if (end - start < m) return -1;
  if (m === 0) return start;
  if (strKind(sub) > strKind(o)) return -1;
  const d = o + STR_DATA, kind = strKind(o);
  const first = strGetCodePoint(sub, 0);
  for (let i = start, last = end - m; i <= last; i++) {
    if (cpAt(d, kind, i) === first && matchAt(d, kind, i, sub, m)) return i;
  }
  return -1;
}

/** s.rfind(sub[, start[, end]]): the highest index of sub in s[start:end], or -1. */
export function strRFind(o: Borrowed, sub: Borrowed, start = 0, end = Number.MAX_SAFE_INTEGER): number {
  const len = strLength(o), m = strLength(sub);
  adjustIndices(start, end, len);
  start = adjStart; end = adjEnd;
  if (end - start < m) return -1;
  if (m === 0) return end;
  if (strKind(sub) > strKind(o)) return -1;
  const d = o + STR_DATA, kind = strKind(o);
  const first = strGetCodePoint(sub, 0);
  for (let i = end - m; i >= start; i--) {
    if (cpAt(d, kind, i) === first && matchAt(d, kind, i, sub, m)) return i;
  }
  return -1;
}

/** `sub in s` (PyUnicode_Contains for two str). */
export function strContains(o: Borrowed, sub: Borrowed): boolean {
  return strFind(o, sub) >= 0;
}

// tailmatch of Objects/unicodeobject.c: does sub match s[start:end] at its start (dir < 0) or end (dir > 0)?
function tailMatch(o: Borrowed, sub: Borrowed, start: number, end: number, dir: number): boolean {
  const len = strLength(o), m = strLength(sub);
  adjustIndices(start, end, len);
  start = adjStart;
  end = adjEnd - m;
  if (end < start) return false;
  if (m === 0) return true;
  return matchAt(o + STR_DATA, strKind(o), dir > 0 ? end : start, sub, m);
}

/** s.startswith(prefix[, start[, end]]) for one str prefix. https://docs.python.org/3/library/stdtypes.html#str.startswith */
export function strStartsWith(o: Borrowed, prefix: Borrowed, start = 0, end = Number.MAX_SAFE_INTEGER): boolean {
  return tailMatch(o, prefix, start, end, -1);
}

/** s.endswith(suffix[, start[, end]]) for one str suffix. */
export function strEndsWith(o: Borrowed, suffix: Borrowed, start = 0, end = Number.MAX_SAFE_INTEGER): boolean {
  return tailMatch(o, suffix, start, end, 1);
}

// --- UTF-8 ---

const HEXDIGITS = '0123456789abcdef';

// The error handlers CPython implements natively for UTF-8 (Python/codecs.c).
const H_STRICT = 0, H_REPLACE = 1, H_IGNORE = 2, H_SURROGATEESCAPE = 3, H_SURROGATEPASS = 4;
const H_BACKSLASHREPLACE = 5, H_XMLCHARREFREPLACE = 6, H_NAMEREPLACE = 7;

// The handler named `errors`, or -1 with LookupError set (looked up only once an error happens, as CPython does).
function errorHandler(errors: string): number {
  switch (errors) {
    case 'strict': return H_STRICT;
    case 'replace': return H_REPLACE;
    case 'ignore': return H_IGNORE;
    case 'surrogateescape': return H_SURROGATEESCAPE;
    case 'surrogatepass': return H_SURROGATEPASS;
    case 'backslashreplace': return H_BACKSLASHREPLACE;
    case 'xmlcharrefreplace': return H_XMLCHARREFREPLACE;
    case 'namereplace': return H_NAMEREPLACE;
  }
  errSetString(LookupError, `unknown error handler name '${errors}'`);
  return -1;
}

function decodeError(data: Uint8Array, base: number, stop: number, s: number, e: number, reason: string): Null {
  return exceptionRaiseUnicodeDecode('utf-8', data.subarray(base, stop), s - base, e - base, reason);
}

function isCont(b: number): boolean {
  return (b & 0xc0) === 0x80;
}

/**
 * bytes.decode('utf-8', errors) of data[start .. end) (PyUnicode_DecodeUTF8Stateful): strict, replace,
 * ignore, surrogateescape, surrogatepass, backslashreplace. Invalid input is reported and replaced by
 * maximal subparts as CPython does. Two passes over the input (count, then write into the new str), so
 * nothing is allocated besides the result. https://docs.python.org/3/library/codecs.html#error-handlers
 */
export function strFromUTF8(data: Uint8Array, errors = 'strict', start = 0, end = data.length): Owned | Null {
  let i = start;
  while (i < end && data[i] < 0x80) i++;
  if (i === end) return strFromLatin1(data, start, end);
  const n = utf8Decode(data, start, end, errors, 0, 0);
  if (n < 0) return NULL;
  const max = decodedMax;
  if (n <= 1) {
    if (n === 0) return strEmptyNew();
    if (max < 0x100) return newRef(strLatin1Char(max));
  }
  const o = strAllocRaw(n, max);
  if (o === NULL) return NULL;
  utf8Decode(data, start, end, errors, o + STR_DATA, kindOf(max));
  return finish(o);
}

let decodedMax = 0;

// Stores code point cp at index n of kind-`kind` data at d.
function put(d: number, kind: number, n: number, cp: number): void {
  if (kind === 1) u8[d + n] = cp;
  else if (kind === 2) u16[(d >> 1) + n] = cp;
  else u32[(d >> 2) + n] = cp;
}

/**
 * The UTF-8 decoder: with d = 0 it only counts (returns the number of code points and leaves the largest
 * in decodedMax, or -1 with the exception set); with d != 0 it writes them as kind-`kind` data at d.
 */
function utf8Decode(data: Uint8Array, start: number, end: number, errors: string, d: number, kind: number): number {
  let n = 0, max = 0, handler = -2;
  for (let i = start; i < end;) {
    const b0 = data[i];
    if (b0 < 0x80) {
      if (d !== 0) put(d, kind, n, b0);
      else if (b0 > max) max = b0;
      n++;
      i++;
      continue;
    }
    // A valid sequence sets cp and len; an invalid one sets the error range [i, i + bad) and its reason.
    let cp = 0, len = 0, bad = 1, reason = 'invalid start byte';
    if (b0 >= 0xc2 && b0 < 0xe0) {
      if (i + 1 >= end) reason = 'unexpected end of data';
      else if (isCont(data[i + 1])) { cp = ((b0 & 0x1f) << 6) | (data[i + 1] & 0x3f); len = 2; }
      else reason = 'invalid continuation byte';
    } else if (b0 >= 0xe0 && b0 < 0xf0) {
      const lo1 = b0 === 0xe0 ? 0xa0 : 0x80, hi1 = b0 === 0xed ? 0x9f : 0xbf;
      if (i + 1 >= end) reason = 'unexpected end of data';
      else if (data[i + 1] < lo1 || data[i + 1] > hi1) reason = 'invalid continuation byte';
      else if (i + 2 >= end) { reason = 'unexpected end of data'; bad = end - i; }
      else if (!isCont(data[i + 2])) { reason = 'invalid continuation byte'; bad = 2; }
      else { cp = ((b0 & 0x0f) << 12) | ((data[i + 1] & 0x3f) << 6) | (data[i + 2] & 0x3f); len = 3; }
    } else if (b0 >= 0xf0 && b0 < 0xf5) {
      const lo1 = b0 === 0xf0 ? 0x90 : 0x80, hi1 = b0 === 0xf4 ? 0x8f : 0xbf;
      if (i + 1 >= end) reason = 'unexpected end of data';
      else if (data[i + 1] < lo1 || data[i + 1] > hi1) reason = 'invalid continuation byte';
      else if (i + 2 >= end) { reason = 'unexpected end of data'; bad = end - i; }
      else if (!isCont(data[i + 2])) { reason = 'invalid continuation byte'; bad = 2; }
      else if (i + 3 >= end) { reason = 'unexpected end of data'; bad = end - i; }
      else if (!isCont(data[i + 3])) { reason = 'invalid continuation byte'; bad = 3; }
      else {
        cp = ((b0 & 0x07) << 18) | ((data[i + 1] & 0x3f) << 12) | ((data[i + 2] & 0x3f) << 6) | (data[i + 3] & 0x3f);
        len = 4;
      }
    }
    if (len !== 0) {
      if (d !== 0) put(d, kind, n, cp);
      else if (cp > max) max = cp;
      n++;
      i += len;
      continue;
    }
    if (reason === 'unexpected end of data' && bad === 1) bad = end - i;
    if (handler === -2) handler = errorHandler(errors);
    if (handler < 0) return -1;
    const s = i, e = i + bad;
    switch (handler) {
      case H_REPLACE:
        if (d !== 0) put(d, kind, n, 0xfffd);
        else if (max < 0xfffd) max = 0xfffd;
        n++;
        i = e;
        break;
      case H_IGNORE:
        i = e;
        break;
      case H_SURROGATEESCAPE:
        // Every byte of the range is >= 0x80 (ASCII never starts or breaks a sequence here).
        for (let k = s; k < e; k++) {
          const c = 0xdc00 + data[k];
          if (d !== 0) put(d, kind, n, c);
          else if (c > max) max = c;
          n++;
        }
        i = e;
        break;
      case H_BACKSLASHREPLACE:
        for (let k = s; k < e; k++) {
          if (d !== 0) {
            put(d, kind, n, 0x5c); put(d, kind, n + 1, 0x78);
            put(d, kind, n + 2, HEXDIGITS.charCodeAt(data[k] >>> 4)); put(d, kind, n + 3, HEXDIGITS.charCodeAt(data[k] & 15));
          }
          n += 4;
        }
        if (max < 0x78) max = 0x78;
        i = e;
        break;
      case H_SURROGATEPASS:
        // A surrogate encoded as UTF-8 (ED A0..BF 80..BF) decodes to the surrogate code point.
        if (b0 === 0xed && i + 2 < end && data[i + 1] >= 0xa0 && data[i + 1] <= 0xbf && isCont(data[i + 2])) {
          const c = 0xd000 | ((data[i + 1] & 0x3f) << 6) | (data[i + 2] & 0x3f);
          if (d !== 0) put(d, kind, n, c);
          else if (c > max) max = c;
          n++;
          i += 3;
          break;
        }
        decodeError(data, start, end, s, e, reason);
        return -1;
      default:
        // xmlcharrefreplace and namereplace are encode-only handlers.
        if (handler === H_XMLCHARREFREPLACE || handler === H_NAMEREPLACE) {
          errSetString(TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        } else {
          decodeError(data, start, end, s, e, reason);
        }
        return -1;
    }
  }
  decodedMax = max;
  return n;
}

function encodeError(o: Borrowed, s: number, e: number): Null {
  return exceptionRaiseUnicodeEncode('utf-8', o, s, e, 'surrogates not allowed');
}

let encodedLength = 0;

// Encodes o as UTF-8 into `out` (when not null) and leaves the length in encodedLength; false with an exception set on error.
function utf8Encode(o: Borrowed, errors: string, out: Uint8Array | null): boolean {
  const n = strLength(o), kind = strKind(o), d = o + STR_DATA;
  let p = 0, handler = -2;
  for (let i = 0; i < n; i++) {
    const c = cpAt(d, kind, i);
    if (c < 0x80) { if (out) out[p] = c; p++; continue; }
    if (c < 0x800) {
      if (out) { out[p] = 0xc0 | (c >>> 6); out[p + 1] = 0x80 | (c & 0x3f); }
      p += 2;
      continue;
    }
    if (c < 0xd800 || (c > 0xdfff && c < 0x10000)) {
      if (out) { out[p] = 0xe0 | (c >>> 12); out[p + 1] = 0x80 | ((c >>> 6) & 0x3f); out[p + 2] = 0x80 | (c & 0x3f); }
      p += 3;
      continue;
    }
    if (c >= 0x10000) {
      if (out) {
        out[p] = 0xf0 | (c >>> 18); out[p + 1] = 0x80 | ((c >>> 12) & 0x3f);
        out[p + 2] = 0x80 | ((c >>> 6) & 0x3f); out[p + 3] = 0x80 | (c & 0x3f);
      }
      p += 4;
      continue;
    }
    // A run of surrogates [i, e) is one error, as CPython reports it.
    let e = i + 1;
    while (e < n) { const x = cpAt(d, kind, e); if (x < 0xd800 || x > 0xdfff) break; e++; }
    if (handler === -2) handler = errorHandler(errors);
    if (handler < 0) return false;
    let k = i;
    switch (handler) {
      case H_STRICT: encodeError(o, i, e); return false;
      case H_SURROGATEESCAPE:
        for (; k < e; k++) {
          const x = cpAt(d, kind, k);
          if (x < 0xdc80 || x > 0xdcff) break;
          if (out) out[p] = x & 0xff;
          p++;
        }
        if (k < e) { encodeError(o, k, e); return false; }
        break;
      case H_SURROGATEPASS:
        for (; k < e; k++) {
          const x = cpAt(d, kind, k);
          if (out) { out[p] = 0xe0 | (x >>> 12); out[p + 1] = 0x80 | ((x >>> 6) & 0x3f); out[p + 2] = 0x80 | (x & 0x3f); }
          p += 3;
        }
        break;
      case H_REPLACE:
        for (; k < e; k++) { if (out) out[p] = 0x3f; p++; }
        break;
      case H_IGNORE:
        break;
      case H_BACKSLASHREPLACE:
      case H_NAMEREPLACE: // surrogates have no names: namereplace writes \\uXXXX too
        for (; k < e; k++) p = writeAscii(out, p, '\\u' + cpAt(d, kind, k).toString(16));
        break;
      default:
        for (; k < e; k++) p = writeAscii(out, p, `&#${cpAt(d, kind, k)};`);
        break;
    }
    i = e - 1;
  }
  encodedLength = p;
  return true;
}

function writeAscii(out: Uint8Array | null, p: number, s: string): number {
  if (out) for (let i = 0; i < s.length; i++) out[p + i] = s.charCodeAt(i);
  return p + s.length;
}

/**
 * s.encode('utf-8', errors) as a JS Uint8Array (a copy outside the heap), or null with UnicodeEncodeError
 * (surrogates) or LookupError set. Handlers: strict, surrogateescape, surrogatepass, replace, ignore,
 * backslashreplace, xmlcharrefreplace. https://docs.python.org/3/library/stdtypes.html#str.encode
 */
export function strAsUTF8(o: Borrowed, errors = 'strict'): Uint8Array | null {
  const n = strLength(o), d = o + STR_DATA;
  if (strIsAscii(o)) return u8.slice(d, d + n);
  if (!utf8Encode(o, errors, null)) return null;
  const out = new Uint8Array(encodedLength);
  utf8Encode(o, errors, out);
  return out;
}

/** s.encode('utf-8', errors) as a bytes object. */
export function strEncodeUTF8(o: Borrowed, errors = 'strict'): Owned | Null {
  const b = strAsUTF8(o, errors);
  return b === null ? NULL : bytesFromUint8Array(b);
}
