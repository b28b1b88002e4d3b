// _json: the native speedups of the json package (src/lib/json): a whole-document decoder (scanner),
// scanstring, the two string escapers and a one-shot encoder. Mirrors Modules/_json.c in role
// (scanner/encoder objects become plain functions taking the decoder's/encoder's settings).
// Invariants: the text is read straight from the str's heap data; output is built in a reusable code
// point buffer (kept per call on a JS stack, so hooks and default() may re-enter json); the Python
// fallbacks in src/lib/json give the same results and the same errors.

import { u8, u16, u32 } from '../heap/views.ts';
import { decref, incref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { nativeModuleNew } from './native.ts';
import { type MethodDef, argAt, argsNoKwnames, argsCheckPositional } from '../objects/methodobject.ts';
import { errSetString, errSetRaised } from '../objects/errors.ts';
import { TypeError, ValueError } from '../objects/exceptions.ts';
import {
  isStr, strLength, strKind, strDataOffset, strSlice, strNewFromCodePoints, strFromJS,
} from '../objects/str.ts';
import { isInt, intSafeValue, intFromNumber, intRepr, intType } from '../objects/int.ts';
import { isFloat, floatNew, floatValue } from '../objects/float.ts';
import { floatRepr } from '../support/float-format.ts';
import { Py_None } from '../objects/none.ts';
import { Py_True, Py_False } from '../objects/bool.ts';
import { tupleNew, tupleSetItemSteal, isTuple, tupleSize, tupleGetItemBorrow } from '../objects/tuple.ts';
import { listNew, listAppendSteal, isList, listSize, listGetItemBorrow, listSort } from '../objects/list.ts';
import {
  dictNew, dictSetItem, dictGetItemBorrow, isDict, isDictExact, dictItems,
} from '../objects/dict.ts';
import { objectCallOneArg, callMethod, sequenceList } from '../objects/abstract.ts';
import { objectCallArgs } from '../objects/object.ts';
import { enterRecursiveCall, leaveRecursiveCall } from '../objects/object.ts';
import { typeNameOf } from '../objects/type.ts';

// --- reading a str ---

// The text being decoded: kind (1/2/4), index of its first unit in the matching view, length.
interface Text { kind: number; base: number; len: number; obj: Borrowed }

function textOf(s: Borrowed): Text {
  const kind = strKind(s), d = strDataOffset(s);
  return { kind, base: kind === 1 ? d : kind === 2 ? d >> 1 : d >> 2, len: strLength(s), obj: s };
}

function at(t: Text, i: number): number {
  return t.kind === 1 ? u8[t.base + i] : t.kind === 2 ? u16[t.base + i] : u32[t.base + i];
}

// --- the output buffer: code points, on a stack so that nested calls each get their own ---

class Out {
  buf = new Int32Array(256);
  n = 0;
  grow(k: number): void {
    const nb = new Int32Array(Math.max(2 * this.buf.length, this.n + k));
    nb.set(this.buf.subarray(0, this.n));
    this.buf = nb;
  }
  ascii(s: string): void {
    const k = s.length;
    if (this.n + k > this.buf.length) this.grow(k);
    for (let i = 0; i < k; i++) this.buf[this.n++] = s.charCodeAt(i);
  }
  cp(c: number): void {
    if (this.n + 1 > this.buf.length) this.grow(1);
    this.buf[this.n++] = c;
  }
  /** The code points of a str (or a slice of it). */
  str(o: Borrowed, s = 0, e = strLength(o)): void {
    const k = e - s;
    if (this.n + k > this.buf.length) this.grow(k);
    const kind = strKind(o), d = strDataOffset(o), b = this.buf;
    let w = this.n;
    if (kind === 1) for (let i = d + s, stop = d + e; i < stop; i++) b[w++] = u8[i];
    else if (kind === 2) for (let i = (d >> 1) + s, stop = (d >> 1) + e; i < stop; i++) b[w++] = u16[i];
    else for (let i = (d >> 2) + s, stop = (d >> 2) + e; i < stop; i++) b[w++] = u32[i];
    this.n = w;
  }
  take(): Owned | Null {
    return strNewFromCodePoints(this.buf, 0, this.n);
  }
}

const outPool: Out[] = [];
function outGet(): Out {
  const o = outPool.pop() ?? new Out();
  o.n = 0;
  return o;
}
function outPut(o: Out): void {
  if (o.buf.length > (1 << 20)) o.buf = new Int32Array(256);
  if (outPool.length < 4) outPool.push(o);
}

// --- decoding ---

interface Dec {
  t: Text;
  strict: boolean;
  objectHook: Borrowed; // Py_None: none
  pairsHook: Borrowed;
  parseFloat: Borrowed; // Py_None: float()
  parseInt: Borrowed; // Py_None: int()
  parseConstant: Borrowed; // Py_None: the default constants
  memo: Owned;
  errCls: Borrowed;
  end: number; // index after the value just scanned
  stopAt: number; // >= 0: no value at this index (StopIteration in CPython's scanner)
}

/** Raises errCls(msg, doc, pos) (json.JSONDecodeError). Returns NULL. */
function decodeError(errCls: Borrowed, doc: Borrowed, msg: string, pos: number): Null {
  const m = strFromJS(msg);
  if (m === NULL) return NULL;
  const p = intFromNumber(pos);
  if (p === NULL) { decref(m); return NULL; }
  const e = objectCallArgs(errCls, 3, m, doc, p);
  decref(m); decref(p);
  if (e === NULL) return NULL;
  errSetRaised(e);
  return NULL;
}

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function skipWs(t: Text, i: number): number {
  while (i < t.len && isWs(at(t, i))) i++;
  return i;
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** The 4 hex digits after the 'u' at `u`, or -1. */
function hex4(t: Text, u: number): number {
  if (u + 4 >= t.len) return -1;
  let v = 0;
  for (let k = 1; k <= 4; k++) {
    const h = hexVal(at(t, u + k));
    if (h < 0) return -1;
    v = (v << 4) | h;
  }
  return v;
}

const SIMPLE_ESC: Record<number, number> = { 34: 34, 92: 92, 47: 47, 98: 8, 102: 12, 110: 10, 114: 13, 116: 9 };

/**
 * The str whose opening quote is at end - 1; sets endOut to the index after the closing quote.
 * Errors are raised as errCls (JSONDecodeError) with CPython's messages and positions.
 */
let endOut = 0;
function scanString(t: Text, end: number, strict: boolean, errCls: Borrowed): Owned | Null {
  const begin = end - 1;
  // Fast path: no escapes.
  let i = end;
  for (; i < t.len; i++) {
    const c = at(t, i);
    if (c === 34 || c === 92 || (c < 0x20 && strict)) break;
  }
  if (i < t.len && at(t, i) === 34) {
    endOut = i + 1;
    return strSlice(t.obj, end, i);
  }
  const out = outGet();
  try {
    out.str(t.obj, end, i);
    for (;;) {
      // i: at a terminator ('"', '\\' or a control character) or the end of the text
      if (i >= t.len) return decodeError(errCls, t.obj, 'Unterminated string starting at', begin);
      const c = at(t, i);
      if (c === 34) { endOut = i + 1; return out.take(); }
      if (c !== 92) return decodeError(errCls, t.obj, 'Invalid control character at', i);
      i++;
      if (i >= t.len) return decodeError(errCls, t.obj, 'Unterminated string starting at', begin);
      const esc = at(t, i);
      if (esc !== 117) {
        const r = SIMPLE_ESC[esc];
        if (r === undefined) return decodeError(errCls, t.obj, 'Invalid \\escape', i - 1);
        out.cp(r);
        i++;
      } else {
        let uni = hex4(t, i);
        if (uni < 0) return decodeError(errCls, t.obj, 'Invalid \\uXXXX escape', i);
        i += 5;
        if (uni >= 0xd800 && uni <= 0xdbff && i + 1 < t.len && at(t, i) === 92 && at(t, i + 1) === 117) {
          const uni2 = hex4(t, i + 1);
          if (uni2 < 0) return decodeError(errCls, t.obj, 'Invalid \\uXXXX escape', i + 1);
          if (uni2 >= 0xdc00 && uni2 <= 0xdfff) {
            uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00));
            i += 6;
          }
        }
        out.cp(uni);
      }
      const from = i;
      for (; i < t.len; i++) {
        const ch = at(t, i);
        if (ch === 34 || ch === 92 || (ch < 0x20 && strict)) break;
      }
      out.str(t.obj, from, i);
    }
  } finally {
    outPut(out);
  }
}

function startsWith(t: Text, i: number, lit: string): boolean {
  if (i + lit.length > t.len) return false;
  for (let k = 0; k < lit.length; k++) if (at(t, i + k) !== lit.charCodeAt(k)) return false;
  return true;
}

function constant(d: Dec, name: string, v: number, next: number): Owned | Null {
  d.end = next;
  if (d.parseConstant === Py_None) return floatNew(v);
  const s = strFromJS(name);
  if (s === NULL) return NULL;
  const r = objectCallOneArg(d.parseConstant, s);
  decref(s);
  return r;
}

function scanNumber(d: Dec, idx: number): Owned | Null {
  const t = d.t;
  let i = idx;
  if (i < t.len && at(t, i) === 45) i++;
  if (i >= t.len) { d.stopAt = idx; return NULL; }
  let c = at(t, i);
  if (c === 48) i++;
  else if (c >= 49 && c <= 57) { i++; while (i < t.len && (c = at(t, i)) >= 48 && c <= 57) i++; } else { d.stopAt = idx; return NULL; }
  let isFloatNum = false;
  if (i + 1 < t.len && at(t, i) === 46 && (c = at(t, i + 1)) >= 48 && c <= 57) {
    i += 2;
    while (i < t.len && (c = at(t, i)) >= 48 && c <= 57) i++;
    isFloatNum = true;
  }
  if (i < t.len && ((c = at(t, i)) === 101 || c === 69)) {
    let j = i + 1;
    if (j < t.len && ((c = at(t, j)) === 43 || c === 45)) j++;
    const ds = j;
    while (j < t.len && (c = at(t, j)) >= 48 && c <= 57) j++;
    if (j > ds) { i = j; isFloatNum = true; }
  }
  d.end = i;
  const n = i - idx;
  if (isFloatNum) {
    if (d.parseFloat === Py_None) {
      let s = '';
      for (let k = idx; k < i; k++) s += String.fromCharCode(at(t, k));
      return floatNew(Number(s));
    }
  } else if (d.parseInt === Py_None && n <= 15) {
    let v = 0;
    let k = idx;
    const neg = at(t, k) === 45;
    if (neg) k++;
    for (; k < i; k++) v = v * 10 + (at(t, k) - 48);
    return intFromNumber(neg ? -v : v);
  }
  const s = strSlice(t.obj, idx, i);
  if (s === NULL) return NULL;
  const fn = isFloatNum ? d.parseFloat : d.parseInt === Py_None ? intType : d.parseInt;
  const r = objectCallOneArg(fn, s);
  decref(s);
  return r;
}

/** The value at idx (d.end after it); NULL with d.stopAt set (no exception) when there is none. */
function scanValue(d: Dec, idx: number): Owned | Null {
  const t = d.t;
  d.stopAt = -1;
  if (idx >= t.len || idx < 0) { d.stopAt = idx; return NULL; }
  const c = at(t, idx);
  switch (c) {
    case 34: {
      const r = scanString(t, idx + 1, d.strict, d.errCls);
      d.end = endOut;
      return r;
    }
    case 123: return scanObject(d, idx + 1);
    case 91: return scanArray(d, idx + 1);
    case 110: if (startsWith(t, idx, 'null')) { d.end = idx + 4; return newRef(Py_None); } break;
    case 116: if (startsWith(t, idx, 'true')) { d.end = idx + 4; return newRef(Py_True); } break;
    case 102: if (startsWith(t, idx, 'false')) { d.end = idx + 5; return newRef(Py_False); } break;
    case 78: if (startsWith(t, idx, 'NaN')) return constant(d, 'NaN', NaN, idx + 3); break;
    case 73: if (startsWith(t, idx, 'Infinity')) return constant(d, 'Infinity', Infinity, idx + 8); break;
    case 45: if (startsWith(t, idx, '-Infinity')) return constant(d, '-Infinity', -Infinity, idx + 9); break;
    default: break;
  }
  if (c === 45 || (c >= 48 && c <= 57)) return scanNumber(d, idx);
  d.stopAt = idx;
  return NULL;
}

/** Turns a missing value (d.stopAt) into JSONDecodeError; NULL as it is when an error is already set. */
function expectingValue(d: Dec): Null {
  const at0 = d.stopAt;
  if (at0 < 0) return NULL;
  d.stopAt = -1;
  return decodeError(d.errCls, d.t.obj, 'Expecting value', at0);
}

function scanObject(d: Dec, end: number): Owned | Null {
  if (enterRecursiveCall(' while decoding a JSON object from a unicode string')) return NULL;
  try {
    return scanObjectBody(d, end);
  } finally {
    leaveRecursiveCall();
  }
}

function scanObjectBody(d: Dec, end: number): Owned | Null {
  const t = d.t;
  const usePairs = d.pairsHook !== Py_None;
  const acc = usePairs ? listNew(0) : dictNew();
  if (acc === NULL) return NULL;
  end = skipWs(t, end);
  if (end >= t.len || at(t, end) !== 34) {
    if (end < t.len && at(t, end) === 125) {
      d.end = end + 1;
      return finishObject(d, acc, usePairs);
    }
    decref(acc);
    return decodeError(d.errCls, t.obj, 'Expecting property name enclosed in double quotes', end);
  }
  end++;
  for (;;) {
    let key = scanString(t, end, d.strict, d.errCls);
    if (key === NULL) { decref(acc); return NULL; }
    end = endOut;
    const memoKey = dictGetItemBorrow(d.memo, key);
    if (memoKey !== NULL) { decref(key); key = newRef(memoKey); } else if (dictSetItem(d.memo, key, key) < 0) { decref(key); decref(acc); return NULL; }
    if (end >= t.len || at(t, end) !== 58) {
      end = skipWs(t, end);
      if (end >= t.len || at(t, end) !== 58) {
        decref(key); decref(acc);
        return decodeError(d.errCls, t.obj, "Expecting ':' delimiter", end);
      }
    }
    end = skipWs(t, end + 1);
    const v = scanValue(d, end);
    if (v === NULL) { decref(key); decref(acc); return expectingValue(d); }
    end = d.end;
    if (usePairs) {
      const pair = tupleNew(2);
      if (pair === NULL) { decref(key); decref(v); decref(acc); return NULL; }
      tupleSetItemSteal(pair, 0, key);
      tupleSetItemSteal(pair, 1, v);
      if (listAppendSteal(acc, pair) < 0) { decref(acc); return NULL; }
    } else {
      const rc = dictSetItem(acc, key, v);
      decref(key); decref(v);
      if (rc < 0) { decref(acc); return NULL; }
    }
    end = skipWs(t, end);
    const nc = end < t.len ? at(t, end) : -1;
    end++;
    if (nc === 125) break;
    if (nc !== 44) { decref(acc); return decodeError(d.errCls, t.obj, "Expecting ',' delimiter", end - 1); }
    end = skipWs(t, end);
    const q = end < t.len ? at(t, end) : -1;
    end++;
    if (q !== 34) {
      decref(acc);
      return decodeError(d.errCls, t.obj, 'Expecting property name enclosed in double quotes', end - 1);
    }
  }
  d.end = end;
  return finishObject(d, acc, usePairs);
}

function finishObject(d: Dec, acc: Owned, usePairs: boolean): Owned | Null {
  const end = d.end;
  let r: Owned | Null = acc;
  if (usePairs) {
    r = objectCallOneArg(d.pairsHook, acc);
    decref(acc);
  } else if (d.objectHook !== Py_None) {
    r = objectCallOneArg(d.objectHook, acc);
    decref(acc);
  }
  d.end = end;
  return r;
}

function scanArray(d: Dec, end: number): Owned | Null {
  if (enterRecursiveCall(' while decoding a JSON array from a unicode string')) return NULL;
  try {
    return scanArrayBody(d, end);
  } finally {
    leaveRecursiveCall();
  }
}

function scanArrayBody(d: Dec, end: number): Owned | Null {
  const t = d.t;
  const out = listNew(0);
  if (out === NULL) return NULL;
  end = skipWs(t, end);
  if (end < t.len && at(t, end) === 93) { d.end = end + 1; return out; }
  for (;;) {
    const v = scanValue(d, end);
    if (v === NULL) { decref(out); return expectingValue(d); }
    if (listAppendSteal(out, v) < 0) { decref(out); return NULL; }
    end = skipWs(t, d.end);
    const nc = end < t.len ? at(t, end) : -1;
    end++;
    if (nc === 93) break;
    if (nc !== 44) { decref(out); return decodeError(d.errCls, t.obj, "Expecting ',' delimiter", end - 1); }
    end = skipWs(t, end);
  }
  d.end = end;
  return out;
}

/**
 * _json.scan(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant,
 * JSONDecodeError) -> (value, end): the JSON value at s[idx] (hooks None: the defaults). A missing
 * value raises JSONDecodeError('Expecting value') at its index.
 */
function json_scan(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('scan', kwnames) || !argsCheckPositional('scan', nargs, 9, 9)) return NULL;
  const s = argAt(args, 0);
  if (!isStr(s)) return errSetString(TypeError, `first argument must be a string, not ${typeNameOf(s)}`);
  const idx = intSafeValue(argAt(args, 1));
  const memo = dictNew();
  if (memo === NULL) return NULL;
  const d: Dec = {
    t: textOf(s), strict: argAt(args, 2) !== Py_False, objectHook: argAt(args, 3), pairsHook: argAt(args, 4),
    parseFloat: argAt(args, 5), parseInt: argAt(args, 6), parseConstant: argAt(args, 7), memo,
    errCls: argAt(args, 8), end: 0, stopAt: -1,
  };
  const v = scanValue(d, idx);
  decref(memo);
  if (v === NULL) return expectingValue(d);
  const e = intFromNumber(d.end);
  if (e === NULL) { decref(v); return NULL; }
  const r = tupleNew(2);
  if (r === NULL) { decref(v); decref(e); return NULL; }
  tupleSetItemSteal(r, 0, v);
  tupleSetItemSteal(r, 1, e);
  return r;
}

/** _json.scanstring(s, end, strict, JSONDecodeError) -> (str, end after the closing quote). */
function json_scanstring(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('scanstring', kwnames) || !argsCheckPositional('scanstring', nargs, 4, 4)) return NULL;
  const s = argAt(args, 0);
  if (!isStr(s)) return errSetString(TypeError, `first argument must be a string, not ${typeNameOf(s)}`);
  const end = intSafeValue(argAt(args, 1));
  const t = textOf(s);
  if (end < 0 || end > t.len) return errSetString(ValueError, 'end is out of bounds');
  const v = scanString(t, end, argAt(args, 2) !== Py_False, argAt(args, 3));
  if (v === NULL) return NULL;
  const e = intFromNumber(endOut);
  if (e === NULL) { decref(v); return NULL; }
  const r = tupleNew(2);
  if (r === NULL) { decref(v); decref(e); return NULL; }
  tupleSetItemSteal(r, 0, v);
  tupleSetItemSteal(r, 1, e);
  return r;
}

// --- encoding ---

const HEX = '0123456789abcdef';

function escU(out: Out, c: number): void {
  out.cp(92); out.cp(117);
  out.cp(HEX.charCodeAt((c >> 12) & 15)); out.cp(HEX.charCodeAt((c >> 8) & 15));
  out.cp(HEX.charCodeAt((c >> 4) & 15)); out.cp(HEX.charCodeAt(c & 15));
}

/** Appends s as a JSON string literal (ASCII only when `ascii`). */
function encodeStr(out: Out, s: Borrowed, ascii: boolean): void {
  const n = strLength(s), kind = strKind(s), d = strDataOffset(s);
  const base = kind === 1 ? d : kind === 2 ? d >> 1 : d >> 2;
  out.cp(34);
  for (let i = 0; i < n; i++) {
    const c = kind === 1 ? u8[base + i] : kind === 2 ? u16[base + i] : u32[base + i];
    if (c >= 0x20 && c !== 34 && c !== 92 && (c < 0x7f || !ascii)) { out.cp(c); continue; }
    switch (c) {
      case 34: out.cp(92); out.cp(34); break;
      case 92: out.cp(92); out.cp(92); break;
      case 10: out.cp(92); out.cp(110); break;
      case 13: out.cp(92); out.cp(114); break;
      case 9: out.cp(92); out.cp(116); break;
      case 8: out.cp(92); out.cp(98); break;
      case 12: out.cp(92); out.cp(102); break;
      default:
        if (c >= 0x10000) {
          const v = c - 0x10000;
          escU(out, 0xd800 | (v >> 10));
          escU(out, 0xdc00 | (v & 0x3ff));
        } else escU(out, c);
    }
  }
  out.cp(34);
}

function escaper(ascii: boolean) {
  return (_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null => {
    const name = ascii ? 'encode_basestring_ascii' : 'encode_basestring';
    if (!argsNoKwnames(name, kwnames) || !argsCheckPositional(name, nargs, 1, 1)) return NULL;
    const s = argAt(args, 0);
    if (!isStr(s)) return errSetString(TypeError, `first argument must be a string, not ${typeNameOf(s)}`);
    const out = outGet();
    encodeStr(out, s, ascii);
    const r = out.take();
    outPut(out);
    return r;
  };
}

interface Enc {
  out: Out;
  markers: Set<number> | null;
  dflt: Borrowed;
  ascii: boolean;
  allowNan: boolean;
  keySep: Borrowed;
  itemSep: Borrowed;
  sortKeys: boolean;
  skipKeys: boolean;
  indent: Borrowed; // Py_None: no newlines
}

/** float text as JSON writes it (NaN/Infinity unless allow_nan is false); false with ValueError set. */
function encodeFloat(e: Enc, o: Borrowed): boolean {
  const x = floatValue(o);
  if (x === x && x !== Infinity && x !== -Infinity) { e.out.ascii(floatRepr(x)); return true; }
  if (!e.allowNan) {
    errSetString(ValueError, `Out of range float values are not JSON compliant: ${floatRepr(x)}`);
    return false;
  }
  e.out.ascii(x !== x ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity');
  return true;
}

function encodeInt(e: Enc, o: Borrowed): boolean {
  const v = intSafeValue(o);
  if (v === v) { e.out.ascii(String(v)); return true; }
  const r = intRepr(o);
  if (r === NULL) return false;
  e.out.str(r);
  decref(r);
  return true;
}

function newline(e: Enc, level: number): void {
  e.out.cp(10);
  for (let i = 0; i < level; i++) e.out.str(e.indent);
}

function markEnter(e: Enc, o: Borrowed): boolean {
  if (e.markers === null) return true;
  if (e.markers.has(o)) { errSetString(ValueError, 'Circular reference detected'); return false; }
  e.markers.add(o);
  return true;
}

function encodeValue(e: Enc, o: Borrowed, level: number): boolean {
  if (isStr(o)) { encodeStr(e.out, o, e.ascii); return true; }
  if (o === Py_None) { e.out.ascii('null'); return true; }
  if (o === Py_True) { e.out.ascii('true'); return true; }
  if (o === Py_False) { e.out.ascii('false'); return true; }
  if (isInt(o)) return encodeInt(e, o);
  if (isFloat(o)) return encodeFloat(e, o);
  if (enterRecursiveCall(' while encoding a JSON object')) return false;
  let ok: boolean;
  if (isList(o) || isTuple(o)) ok = encodeList(e, o, level);
  else if (isDict(o)) ok = encodeDict(e, o, level);
  else {
    ok = markEnter(e, o);
    if (ok) {
      const v = objectCallOneArg(e.dflt, o);
      if (v === NULL) ok = false;
      else {
        ok = encodeValue(e, v, level);
        decref(v);
      }
      if (ok && e.markers !== null) e.markers.delete(o);
    }
  }
  leaveRecursiveCall();
  return ok;
}

function encodeList(e: Enc, o: Borrowed, level: number): boolean {
  const list = isList(o);
  const n0 = list ? listSize(o) : tupleSize(o);
  if (n0 === 0) { e.out.ascii('[]'); return true; }
  if (!markEnter(e, o)) return false;
  e.out.cp(91);
  const ind = e.indent !== Py_None;
  if (ind) newline(e, level + 1);
  for (let i = 0; i < (list ? listSize(o) : n0); i++) {
    if (i > 0) {
      e.out.str(e.itemSep);
      if (ind) newline(e, level + 1);
    }
    const v = list ? listGetItemBorrow(o, i) : tupleGetItemBorrow(o, i);
    incref(v);
    const ok = encodeValue(e, v, level + 1);
    decref(v);
    if (!ok) return false;
  }
  if (ind) newline(e, level);
  e.out.cp(93);
  if (e.markers !== null) e.markers.delete(o);
  return true;
}

/** A dict key as JSON text: false with an error, or (skipkeys) -1 to skip it. */
function encodeKey(e: Enc, k: Borrowed): number {
  if (isStr(k)) { encodeStr(e.out, k, e.ascii); return 1; }
  const save = e.out.n;
  e.out.cp(34);
  let ok = true;
  if (isFloat(k)) ok = encodeFloat(e, k);
  else if (k === Py_True) e.out.ascii('true');
  else if (k === Py_False) e.out.ascii('false');
  else if (k === Py_None) e.out.ascii('null');
  else if (isInt(k)) ok = encodeInt(e, k);
  else {
    e.out.n = save;
    if (e.skipKeys) return -1;
    errSetString(TypeError, `keys must be str, int, float, bool or None, not ${typeNameOf(k)}`);
    return 0;
  }
  if (!ok) return 0;
  e.out.cp(34);
  return 1;
}

function encodeDict(e: Enc, o: Borrowed, level: number): boolean {
  const items = isDictExact(o) ? dictItems(o) : dictItemsOfSubclass(o);
  if (items === NULL) return false;
  try {
    const n = listSize(items);
    if (n === 0) { e.out.ascii('{}'); return true; }
    if (!markEnter(e, o)) return false;
    if (e.sortKeys && listSort(items) < 0) return false;
    e.out.cp(123);
    const ind = e.indent !== Py_None;
    if (ind) newline(e, level + 1);
    let first = true;
    for (let i = 0; i < listSize(items); i++) {
      const it = listGetItemBorrow(items, i);
      if (!isTuple(it) || tupleSize(it) !== 2) {
        errSetString(ValueError, 'items must return 2-tuples');
        return false;
      }
      const save = e.out.n;
      if (!first) {
        e.out.str(e.itemSep);
        if (ind) newline(e, level + 1);
      }
      const kr = encodeKey(e, tupleGetItemBorrow(it, 0));
      if (kr === 0) return false;
      if (kr < 0) { e.out.n = save; continue; }
      first = false;
      e.out.str(e.keySep);
      if (!encodeValue(e, tupleGetItemBorrow(it, 1), level + 1)) return false;
    }
    if (ind) newline(e, level);
    e.out.cp(125);
    if (e.markers !== null) e.markers.delete(o);
    return true;
  } finally {
    decref(items);
  }
}

function dictItemsOfSubclass(o: Borrowed): Owned | Null {
  const it = callMethod(o, 'items');
  if (it === NULL) return NULL;
  const l = sequenceList(it);
  decref(it);
  return l;
}

/**
 * _json.encode(o, check_circular, default, ensure_ascii, allow_nan, key_separator, item_separator,
 * sort_keys, skipkeys, indent) -> str: the whole JSON text of o (indent: None or the indent str).
 */
function json_encode(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('encode', kwnames) || !argsCheckPositional('encode', nargs, 10, 10)) return NULL;
  const keySep = argAt(args, 5), itemSep = argAt(args, 6), indent = argAt(args, 9);
  if (!isStr(keySep) || !isStr(itemSep) || (indent !== Py_None && !isStr(indent))) {
    return errSetString(TypeError, 'separators and indent must be str');
  }
  const out = outGet();
  const e: Enc = {
    out, markers: argAt(args, 1) !== Py_False ? new Set<number>() : null, dflt: argAt(args, 2),
    ascii: argAt(args, 3) !== Py_False, allowNan: argAt(args, 4) !== Py_False, keySep, itemSep,
    sortKeys: argAt(args, 7) !== Py_False, skipKeys: argAt(args, 8) !== Py_False, indent,
  };
  const ok = encodeValue(e, argAt(args, 0), 0);
  const r = ok ? out.take() : NULL;
  outPut(out);
  return r;
}

const JSON_METHODS: MethodDef[] = [
  { name: 'encode', fn: json_encode },
  { name: 'encode_basestring', fn: escaper(false) },
  { name: 'encode_basestring_ascii', fn: escaper(true) },
  { name: 'scan', fn: json_scan },
  { name: 'scanstring', fn: json_scanstring },
];

/** The _json module. */
export function jsonModuleNew(): Owned | Null {
  return nativeModuleNew('_json', JSON_METHODS);
}
