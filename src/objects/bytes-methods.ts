// The methods bytes and bytearray share (split, strip, find, hex, translate, the ASCII case methods ...),
// bytearray's mutators (append, extend, insert, pop, remove ...), and bytes % args (PEP 461).
// Mirrors Objects/bytes_methods.c, Objects/bytesobject.c and Objects/bytearrayobject.c with stringlib.
// Invariants: a method reads its receiver through bufferGet (bytes or bytearray) and returns the
// receiver's kind (bytes for bytes and subclasses, bytearray for bytearray); arguments accept any buffer.

import { cpythonBasicSize } from './sizeof.ts';
import { u8 } from '../heap/views.ts';
import { decref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNameOf, typeOf, typeSlotsOf, typeIsSubtype } from './type.ts';
import { Py_NotImplemented } from './notimplemented.ts';
import { boolNew, objectIsTrue, noneNew, objectLength } from './object.ts';
import { errSetString, errOccurred, errClear, errNoMemory } from './errors.ts';
import { heapCanHold } from '../heap/alloc.ts';
import { TypeError, ValueError, IndexError, OverflowError, exceptionTypes } from './exceptions.ts';
import { Py_None } from './none.ts';
import { intFromNumber, smallInt, intAsCInt } from './int.ts';
import { isStr, strToJS, strFromLatin1, strFromJS, strKind } from './str.ts';
import { bytesType, isBytes, isBytesExact, bytesFromUint8Array, BYTES_DATA, bytesSize } from './bytes.ts';
import {
  bytearrayType, isByteArray, bytearrayFromUint8Array, bytearraySize, bytearrayData, bytearrayResize,
  bytearraySetSlice, bytearrayAppendHeap, byteValue, iterableBytes,
} from './bytearray.ts';
import {
  bufferGet, BUF, memoryviewAddMethods, memoryviewFromExporter, isMemoryView, memoryviewCopyBytes, memoryviewExporterBorrow,
} from './memoryview.ts';
import { isTuple, tupleSize, tupleGetItemBorrow, tupleNew, tupleSetItemSteal, tuplePack } from './tuple.ts';
import { listNew, listAppendSteal, listGetItemBorrow } from './list.ts';
import {
  clinicInt,
  numberAsSsize, numberIndex, indexCheck, parseArgs, PARSED, strArg, sequenceFast, fastSize, lookupSpecial, objectCallNoArgs, objectCallOneArg,
  callMethod,
} from './abstract.ts';
import {
  type MethodDef, typeAddMethods, argAt, argsNoKwnames, argsCheckPositional, argsWrapperNoKwnames, METH_CLASS, METH_STATIC, METH_O,
} from './methodobject.ts';
import { i32 } from '../heap/views.ts';
import { bytesDecode } from './str-codecs.ts';
import { percentFormat, varargsFinds } from './str-methods.ts';

type Fn = (self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null) => Owned | Null;

/** The receiver's bytes as a view into the heap (no copy; valid until a bytearray receiver is resized). */
function view(o: Borrowed): Uint8Array {
  if (isByteArray(o)) { const d = bytearrayData(o); return u8.subarray(d, d + bytearraySize(o)); }
  const d = o + BYTES_DATA;
  return u8.subarray(d, d + bytesSize(o));
}

/** A new object of the receiver's kind holding a copy of `data`. */
function make(self: Borrowed, data: Uint8Array): Owned | Null {
  return isByteArray(self) ? bytearrayFromUint8Array(data) : bytesFromUint8Array(data);
}

/** An argument's bytes (a copy), or null with "a bytes-like object is required" set. */
function bufArg(o: Borrowed): Uint8Array | null {
  if (!bufferGet(o, true)) return null;
  return u8.slice(BUF.ptr, BUF.ptr + BUF.len);
}

/** find/count/index's sub argument: an int 0..255 or a buffer. */
function subArg(o: Borrowed): Uint8Array | null {
  if (bufferGet(o, false)) return u8.slice(BUF.ptr, BUF.ptr + BUF.len);
  if (errOccurred() !== NULL) return null;
  if (indexCheck(o)) {
    const b = byteValue(o);
    return b < 0 ? null : Uint8Array.of(b);
  }
  errSetString(TypeError, `argument should be integer or bytes-like object, not '${typeNameOf(o)}'`);
  return null;
}

function shortName(qual: string): string {
  return qual.slice(qual.lastIndexOf('.') + 1);
}

function posOnly(qual: string, min: number, max: number, body: (self: Borrowed, args: number, nargs: number) => Owned | Null): Fn {
  const name = shortName(qual);
  return (self, args, nargs, kwnames) => {
    if (!argsNoKwnames(qual, kwnames)) return NULL;
    if (max === 0 && nargs !== 0) return errSetString(TypeError, `${qual}() takes no arguments (${nargs} given)`);
    if (min === 1 && max === 1 && nargs !== 1) return errSetString(TypeError, `${qual}() takes exactly one argument (${nargs} given)`);
    if (!argsCheckPositional(name, nargs, min, max)) return NULL;
    return body(self as Borrowed, args, nargs);
  };
}

function boundArg(args: number, nargs: number, i: number, dflt: number): number | null {
  if (i >= nargs) return dflt;
  const v = argAt(args, i);
  if (v === Py_None) return dflt;
  if (!indexCheck(v)) {
    errSetString(TypeError, 'slice indices must be integers or None or have an __index__ method');
    return null;
  }
  const x = numberAsSsize(v, NULL);
  if (x === -1 && errOccurred() !== NULL) return null;
  return x;
}

let adjS = 0, adjE = 0;
function adjust(len: number, start: number, end: number): void {
  if (end > len) end = len;
  else if (end < 0) { end += len; if (end < 0) end = 0; }
  if (start < 0) { start += len; if (start < 0) start = 0; }
  adjS = start; adjE = end;
}

function indexOf(d: Uint8Array, sub: Uint8Array, from: number, to: number): number {
  const m = sub.length;
  if (m === 0) return from <= to ? from : -1;
  const first = sub[0];
  outer: for (let i = from; i + m <= to; i++) {
    if (d[i] !== first) continue;
    for (let j = 1; j < m; j++) if (d[i + j] !== sub[j]) continue outer;
    return i;
  }
  return -1;
}

function lastIndexOf(d: Uint8Array, sub: Uint8Array, from: number, to: number): number {
  const m = sub.length;
  if (m === 0) return from <= to ? to : -1;
  outer: for (let i = to - m; i >= from; i--) {
    for (let j = 0; j < m; j++) if (d[i + j] !== sub[j]) continue outer;
    return i;
  }
  return -1;
}

// ---- ASCII character classes ----

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlpha = (c: number): boolean => isLower(c) || isUpper(c);
const toLower = (c: number): number => (isUpper(c) ? c + 32 : c);
const toUpper = (c: number): number => (isLower(c) ? c - 32 : c);

function all(d: Uint8Array, test: (c: number) => boolean): boolean {
  if (d.length === 0) return false;
  for (let i = 0; i < d.length; i++) if (!test(d[i])) return false;
  return true;
}

function mapBytes(d: Uint8Array, f: (c: number) => number): Uint8Array {
  const out = new Uint8Array(d.length);
  for (let i = 0; i < d.length; i++) out[i] = f(d[i]);
  return out;
}

function titleBytes(d: Uint8Array): Uint8Array {
  const out = new Uint8Array(d.length);
  let prevCased = false;
  for (let i = 0; i < d.length; i++) {
    const c = d[i];
    out[i] = prevCased ? toLower(c) : toUpper(c);
    prevCased = isAlpha(c);
  }
  return out;
}

function isTitle(d: Uint8Array): boolean {
  let cased = false, prevCased = false;
  for (let i = 0; i < d.length; i++) {
    const c = d[i];
    if (isUpper(c)) { if (prevCased) return false; prevCased = true; cased = true; }
    else if (isLower(c)) { if (!prevCased) return false; prevCased = true; cased = true; }
    else prevCased = false;
  }
  return cased;
}

function caseCheck(d: Uint8Array, want: (c: number) => boolean, other: (c: number) => boolean): boolean {
  let cased = false;
  for (let i = 0; i < d.length; i++) {
    if (other(d[i])) return false;
    if (want(d[i])) cased = true;
  }
  return cased;
}

// ---- building results ----

function listOf(self: Borrowed, d: Uint8Array, bounds: number[]): Owned | Null {
  const l = listNew(0);
  if (l === NULL) return NULL;
  for (let i = 0; i < bounds.length; i += 2) {
    const p = make(self, d.subarray(bounds[i], bounds[i + 1]));
    if (p === NULL || listAppendSteal(l, p) < 0) { decref(l); return NULL; }
  }
  return l;
}

function tuple3(a: Owned | Null, b: Owned | Null, c: Owned | Null): Owned | Null {
  if (a === NULL || b === NULL || c === NULL) {
    if (a !== NULL) decref(a);
    if (b !== NULL) decref(b);
    if (c !== NULL) decref(c);
    return NULL;
  }
  const t = tupleNew(3);
  if (t === NULL) { decref(a); decref(b); decref(c); return NULL; }
  tupleSetItemSteal(t, 0, a); tupleSetItemSteal(t, 1, b); tupleSetItemSteal(t, 2, c);
  return t;
}

// ---- methods ----

function splitMethod(reverse: boolean): Fn {
  const name = reverse ? 'rsplit' : 'split';
  return (self, args, nargs, kwnames) => {
    if (!parseArgs(name, args, nargs, kwnames, ['sep', 'maxsplit'], 0)) return NULL;
    const sepObj = PARSED[0] as Borrowed | Null, maxObj = PARSED[1] as Borrowed | Null;
    let maxsplit = -1;
    if (maxObj !== NULL) {
      maxsplit = numberAsSsize(maxObj, OverflowError);
      if (maxsplit === -1 && errOccurred() !== NULL) return NULL;
    }
    if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
    const s = self as Borrowed;
    let sep: Uint8Array | null = null;
    if (sepObj !== NULL && sepObj !== Py_None) {
      sep = bufArg(sepObj);
      if (sep === null) return NULL;
      if (sep.length === 0) return errSetString(ValueError, 'empty separator');
    }
    const d = view(s), n = d.length;
    const b: number[] = [];
    if (sep === null) {
      if (!reverse) {
        let i = 0, count = 0;
        while (i < n) {
          while (i < n && isSpace(d[i])) i++;
          if (i === n) break;
          if (count++ >= maxsplit) { let e = n; while (e > i && isSpace(d[e - 1])) e--; b.push(i, n); void e; break; }
          let j = i;
          while (j < n && !isSpace(d[j])) j++;
          b.push(i, j);
          i = j;
        }
      } else {
        let i = n, count = 0;
        const rev: number[] = [];
        while (i > 0) {
          while (i > 0 && isSpace(d[i - 1])) i--;
          if (i === 0) break;
          if (count++ >= maxsplit) { rev.push(0, i); break; }
          let j = i;
          while (j > 0 && !isSpace(d[j - 1])) j--;
          rev.push(j, i);
          i = j;
        }
        for (let k = rev.length - 2; k >= 0; k -= 2) b.push(rev[k], rev[k + 1]);
      }
      return listOf(s, d, b);
    }
    const m = sep.length;
    if (!reverse) {
      let i = 0, count = 0;
      for (;;) {
        const k = count < maxsplit ? indexOf(d, sep, i, n) : -1;
        if (k < 0) { b.push(i, n); break; }
        b.push(i, k);
        i = k + m;
        count++;
      }
    } else {
      let j = n, count = 0;
      const rev: number[] = [];
      for (;;) {
        const k = count < maxsplit ? lastIndexOf(d, sep, 0, j) : -1;
        if (k < 0) { rev.push(0, j); break; }
        rev.push(k + m, j);
        j = k;
        count++;
      }
      for (let k = rev.length - 2; k >= 0; k -= 2) b.push(rev[k], rev[k + 1]);
    }
    return listOf(s, d, b);
  };
}

function stripMethod(qual: string, left: boolean, right: boolean): Fn {
  return posOnly(qual, 0, 1, (self, args, nargs) => {
    let chars: Uint8Array | null = null;
    if (nargs === 1 && argAt(args, 0) !== Py_None) {
      chars = bufArg(argAt(args, 0));
      if (chars === null) return NULL;
    }
    const d = view(self);
    const test = chars === null ? isSpace : (c: number) => (chars as Uint8Array).includes(c);
    let a = 0, b = d.length;
    if (left) while (a < b && test(d[a])) a++;
    if (right) while (b > a && test(d[b - 1])) b--;
    if (a === 0 && b === d.length && isBytesExact(self)) return newRef(self);
    return make(self, d.subarray(a, b));
  });
}

function findMethod(qual: string, reverse: boolean, raise: boolean): Fn {
  return varargsFinds(qual, (self, args, nargs) => {
    // parse_args_finds_byte: the slice bounds first, then the sub argument.
    const a = boundArg(args, nargs, 1, 0), e = boundArg(args, nargs, 2, Number.MAX_SAFE_INTEGER);
    if (a === null || e === null) return NULL;
    const sub = subArg(argAt(args, 0));
    if (sub === null) return NULL;
    const d = view(self);
    adjust(d.length, a, e);
    let r = -1;
    if (adjS <= d.length && adjE - adjS >= sub.length) {
      r = reverse ? lastIndexOf(d, sub, adjS, adjE) : indexOf(d, sub, adjS, adjE);
    }
    if (r < 0 && raise) return errSetString(ValueError, 'subsection not found');
    return intFromNumber(r);
  });
}

function countMethod(qual: string): Fn {
  return varargsFinds(qual, (self, args, nargs) => {
    const a = boundArg(args, nargs, 1, 0), e = boundArg(args, nargs, 2, Number.MAX_SAFE_INTEGER);
    if (a === null || e === null) return NULL;
    const sub = subArg(argAt(args, 0));
    if (sub === null) return NULL;
    const d = view(self);
    adjust(d.length, a, e);
    if (adjS > d.length || adjE < adjS) return intFromNumber(0);
    if (sub.length === 0) return intFromNumber(adjE - adjS + 1);
    let count = 0;
    for (let i = adjS; ;) {
      const k = indexOf(d, sub, i, adjE);
      if (k < 0) break;
      count++;
      i = k + sub.length;
    }
    return intFromNumber(count);
  });
}

function affixMethod(qual: string, ends: boolean): Fn {
  const name = shortName(qual);
  return varargsFinds(qual, (self, args, nargs) => {
    const a = boundArg(args, nargs, 1, 0), e = boundArg(args, nargs, 2, Number.MAX_SAFE_INTEGER);
    if (a === null || e === null) return NULL;
    const d = view(self);
    adjust(d.length, a, e);
    const start = adjS, end = adjE;
    const test = (p: Uint8Array): boolean => {
      if (start > d.length || end - start < p.length) return false;
      const at = ends ? end - p.length : start;
      for (let i = 0; i < p.length; i++) if (d[at + i] !== p[i]) return false;
      return true;
    };
    const x = argAt(args, 0);
    if (isTuple(x)) {
      for (let i = 0; i < tupleSize(x); i++) {
        const p = tupleGetItemBorrow(x, i);
        if (!bufferGet(p, false)) {
          if (errOccurred() !== NULL) return NULL;
          return errSetString(TypeError, `a bytes-like object is required, not '${typeNameOf(p)}'`);
        }
        if (test(u8.slice(BUF.ptr, BUF.ptr + BUF.len))) return boolNew(true);
      }
      return boolNew(false);
    }
    if (!bufferGet(x, false)) {
      if (errOccurred() !== NULL) return NULL;
      return errSetString(TypeError, `${name} first arg must be bytes or a tuple of bytes, not ${typeNameOf(x)}`);
    }
    return boolNew(test(u8.slice(BUF.ptr, BUF.ptr + BUF.len)));
  });
}

function fillArg(qual: string, args: number, nargs: number): number {
  if (nargs < 2) return 32;
  const f = argAt(args, 1);
  if ((isBytes(f) || isByteArray(f)) && (bufferGet(f, false), BUF.len === 1)) return u8[BUF.ptr];
  errSetString(TypeError, `${shortName(qual)}() argument 2 must be a byte string of length 1, not ${typeNameOf(f)}`);
  return -1;
}

function padMethod(qual: string, how: 'c' | 'l' | 'r'): Fn {
  return posOnly(qual, 1, 2, (self, args, nargs) => {
    const w = numberAsSsize(argAt(args, 0), OverflowError);
    if (w === -1 && errOccurred() !== NULL) return NULL;
    const fill = fillArg(qual, args, nargs);
    if (fill < 0) return NULL;
    const d = view(self), len = d.length;
    if (len >= w) return isBytesExact(self) ? newRef(self) : make(self, d);
    if (!heapCanHold(w)) return errNoMemory();
    const marg = w - len;
    const left = how === 'l' ? 0 : how === 'r' ? marg : Math.floor(marg / 2) + (marg & w & 1);
    const out = new Uint8Array(w).fill(fill);
    out.set(d, left);
    return make(self, out);
  });
}

/** bytes.hex / bytearray.hex / memoryview.hex over `data`. */
export function bytesHexImpl(data: Uint8Array, name: string, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs(name, args, nargs, kwnames, ['sep', 'bytes_per_sep'], 0)) return NULL;
  const sepObj = PARSED[0] as Borrowed | Null, bpsObj = PARSED[1] as Borrowed | Null;
  let sep = -1, bps = 1;
  // Argument Clinic converts bytes_per_sep (a C int) first; then _Py_strhex_impl asks len(sep).
  if (bpsObj !== NULL) {
    const iv = numberIndex(bpsObj);
    if (iv === NULL) return NULL;
    bps = intAsCInt(iv);
    decref(iv);
    if (bps === -1 && errOccurred() !== NULL) return NULL;
  }
  if (sepObj !== NULL) {
    const seplen = objectLength(sepObj);
    if (seplen < 0) return NULL;
    if (seplen !== 1) return errSetString(ValueError, 'sep must be length 1.');
    if (isStr(sepObj)) {
      if (strKind(sepObj) !== 1) return errSetString(ValueError, 'sep must be ASCII.');
      sep = strToJS(sepObj).charCodeAt(0);
    } else if (isBytes(sepObj)) sep = u8[sepObj + BYTES_DATA];
    else return errSetString(TypeError, 'sep must be str or bytes.');
    if (sep > 127) return errSetString(ValueError, 'sep must be ASCII.');
  }
  const H = '0123456789abcdef';
  const n = data.length;
  let out = '';
  if (sep < 0 || bps === 0 || n === 0) {
    for (let i = 0; i < n; i++) out += H[data[i] >> 4] + H[data[i] & 15];
  } else {
    const g = bps < 0 ? -bps : bps;
    const sc = String.fromCharCode(sep);
    for (let i = 0; i < n; i++) {
      // Groups count from the right for a positive bytes_per_sep, from the left for a negative one.
      if (i > 0 && (bps > 0 ? (n - i) % g === 0 : i % g === 0)) out += sc;
      out += H[data[i] >> 4] + H[data[i] & 15];
    }
  }
  return strFromLatin1(Uint8Array.from(out, (c) => c.charCodeAt(0)));
}

function fromhex(qual: string, type: Borrowed, args: number, nargs: number): Owned | Null {
  // Argument Clinic's METH_O|METH_CLASS with a str argument.
  if (nargs !== 1) return errSetString(TypeError, `${qual}() takes exactly one argument (${nargs} given)`);
  const a = argAt(args, 0);
  if (!isStr(a)) return errSetString(TypeError, `fromhex() argument must be str, not ${a === Py_None ? 'None' : typeNameOf(a)}`);
  const s = strToJS(a);
  const out: number[] = [];
  const hv = (c: string | undefined): number => {
    if (c === undefined) return -1;
    const x = c.charCodeAt(0);
    if (x >= 48 && x <= 57) return x - 48;
    if (x >= 97 && x <= 102) return x - 87;
    if (x >= 65 && x <= 70) return x - 55;
    return -1;
  };
  for (let i = 0; ;) {
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    if (i >= s.length) break;
    const hi = hv(s[i]);
    if (hi < 0) return errSetString(ValueError, `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = hv(s[i + 1]);
    if (lo < 0) return errSetString(ValueError, `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  const data = Uint8Array.from(out);
  if (type === bytesType) return bytesFromUint8Array(data);
  if (type === bytearrayType) return bytearrayFromUint8Array(data);
  // A subclass: type(the bytes), as CPython calls it.
  const b = type === bytearrayType || typeIsSubtype(type, bytearrayType) ? bytearrayFromUint8Array(data) : bytesFromUint8Array(data);
  if (b === NULL) return NULL;
  const r = callType(type, b);
  decref(b);
  return r;
}


function callType(type: Borrowed, arg: Borrowed): Owned | Null {
  const s = typeSlotsOf(type);
  if (s.new === null) return errSetString(TypeError, 'cannot create instances');
  return objectCallOneArg(type, arg);
}


function translateMethod(qual: string): Fn {
  return (self, args, nargs, kwnames) => {
    if (!parseArgs(shortName(qual), args, nargs, kwnames, ['table', 'delete'], 1, 2, 1)) return NULL;
    const t = PARSED[0] as Borrowed, del = PARSED[1] as Borrowed | Null;
    let table: Uint8Array | null = null;
    if (t !== Py_None) {
      table = bufArg(t);
      if (table === null) return NULL;
      if (table.length !== 256) return errSetString(ValueError, 'translation table must be 256 characters long');
    }
    let dset: Uint8Array | null = null;
    if (del !== NULL) { dset = bufArg(del); if (dset === null) return NULL; }
    const d = view(self as Borrowed);
    const out: number[] = [];
    for (let i = 0; i < d.length; i++) {
      const c = d[i];
      if (dset !== null && dset.includes(c)) continue;
      out.push(table === null ? c : table[c]);
    }
    return make(self as Borrowed, Uint8Array.from(out));
  };
}

/** bytes.maketrans / bytearray.maketrans (static): Argument Clinic's METH_FASTCALL, named by its type for keywords. */
const maketransMethod = (qual: string): Fn => (_self, args, nargs, kwnames) => maketrans(qual, args, nargs, kwnames);

function maketrans(qual: string, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames(qual, kwnames) || !argsCheckPositional('maketrans', nargs, 2, 2)) return NULL;
  const a = bufArg(argAt(args, 0)); if (a === null) return NULL;
  const b = bufArg(argAt(args, 1)); if (b === null) return NULL;
  if (a.length !== b.length) return errSetString(ValueError, 'maketrans arguments must have same length');
  const t = new Uint8Array(256);
  for (let i = 0; i < 256; i++) t[i] = i;
  for (let i = 0; i < a.length; i++) t[a[i]] = b[i];
  return bytesFromUint8Array(t);
}

function partitionMethod(qual: string, reverse: boolean): Fn {
  return posOnly(qual, 1, 1, (self, args) => {
    const sep = bufArg(argAt(args, 0));
    if (sep === null) return NULL;
    if (sep.length === 0) return errSetString(ValueError, 'empty separator');
    const d = view(self), n = d.length;
    const k = reverse ? lastIndexOf(d, sep, 0, n) : indexOf(d, sep, 0, n);
    const E = new Uint8Array(0);
    if (k < 0) {
      return reverse ? tuple3(make(self, E), make(self, E), make(self, d)) : tuple3(make(self, d), make(self, E), make(self, E));
    }
    return tuple3(make(self, d.subarray(0, k)), make(self, sep), make(self, d.subarray(k + sep.length)));
  });
}

function replaceMethod(qual: string): Fn {
  return posOnly(qual, 2, 3, (self, args, nargs) => {
    const old = bufArg(argAt(args, 0)); if (old === null) return NULL;
    const nw = bufArg(argAt(args, 1)); if (nw === null) return NULL;
    let count = -1;
    if (nargs === 3) { count = numberAsSsize(argAt(args, 2), OverflowError); if (count === -1 && errOccurred() !== NULL) return NULL; }
    if (count < 0) count = Number.MAX_SAFE_INTEGER;
    const d = view(self), n = d.length;
    const out: number[] = [];
    let done = 0;
    if (old.length === 0) {
      for (let i = 0; i <= n; i++) {
        if (done < count) { for (const c of nw) out.push(c); done++; }
        if (i < n) out.push(d[i]);
      }
      return make(self, Uint8Array.from(out));
    }
    let i = 0;
    while (done < count) {
      const k = indexOf(d, old, i, n);
      if (k < 0) break;
      for (let j = i; j < k; j++) out.push(d[j]);
      for (const c of nw) out.push(c);
      i = k + old.length;
      done++;
    }
    for (let j = i; j < n; j++) out.push(d[j]);
    return make(self, Uint8Array.from(out));
  });
}

function affixRemove(qual: string, suffix: boolean): Fn {
  return posOnly(qual, 1, 1, (self, args) => {
    const p = bufArg(argAt(args, 0)); if (p === null) return NULL;
    const d = view(self), n = d.length, m = p.length;
    let match = m > 0 && m <= n;
    for (let i = 0; match && i < m; i++) if (d[suffix ? n - m + i : i] !== p[i]) match = false;
    if (!match) return isBytesExact(self) ? newRef(self) : make(self, d);
    return make(self, suffix ? d.subarray(0, n - m) : d.subarray(m));
  });
}

function joinMethod(qual: string): Fn {
  return posOnly(qual, 1, 1, (self, args) => {
    const seq = sequenceFast(argAt(args, 0), 'can only join an iterable');
    if (seq === NULL) return NULL;
    const n = fastSize(seq);
    const sep = view(self).slice();
    const parts: Uint8Array[] = [];
    let total = 0;
    for (let i = 0; i < n; i++) {
      const it = fastItem(seq, i);
      if (!bufferGet(it, false)) {
        decref(seq);
        // CPython replaces whatever error getting the buffer set.
        errClear();
        return errSetString(TypeError, `sequence item ${i}: expected a bytes-like object, ${typeNameOf(it)} found`);
      }
      const p = u8.slice(BUF.ptr, BUF.ptr + BUF.len);
      parts.push(p);
      total += p.length + (i > 0 ? sep.length : 0);
    }
    decref(seq);
    const out = new Uint8Array(total);
    let at = 0;
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) { out.set(sep, at); at += sep.length; }
      out.set(parts[i], at);
      at += parts[i].length;
    }
    return make(self, out);
  });
}

function fastItem(seq: Borrowed, i: number): Borrowed {
  return isTuple(seq) ? tupleGetItemBorrow(seq, i) : listGetItemBorrow(seq, i);
}

function splitlinesMethod(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('splitlines', args, nargs, kwnames, ['keepends'], 0)) return NULL;
  const k = PARSED[0] as Borrowed | Null;
  const keep = k === NULL ? 0 : objectIsTrue(k);
  if (keep < 0) return NULL;
  const d = view(self as Borrowed), n = d.length;
  const b: number[] = [];
  let i = 0, start = 0;
  while (i < n) {
    const c = d[i];
    let eol = 0;
    if (c === 13) eol = i + 1 < n && d[i + 1] === 10 ? 2 : 1;
    else if (c === 10) eol = 1;
    if (eol > 0) { b.push(start, keep ? i + eol : i); i += eol; start = i; } else i++;
  }
  if (start < n) b.push(start, n);
  return listOf(self as Borrowed, d, b);
}

function expandtabsMethod(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('expandtabs', args, nargs, kwnames, ['tabsize'], 0)) return NULL;
  const t = PARSED[0] as Borrowed | Null;
  let tab = 8;
  if (t !== NULL) { tab = clinicInt(t); if (tab === -1 && errOccurred() !== NULL) return NULL; }
  const d = view(self as Borrowed);
  const out: number[] = [];
  let col = 0;
  for (let i = 0; i < d.length; i++) {
    const c = d[i];
    if (c === 9) { if (tab > 0) { const k = tab - (col % tab); for (let j = 0; j < k; j++) out.push(32); col += k; } }
    else { out.push(c); col = c === 10 || c === 13 ? 0 : col + 1; }
  }
  return make(self as Borrowed, Uint8Array.from(out));
}

function decodeMethod(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('decode', args, nargs, kwnames, ['encoding', 'errors'], 0)) return NULL;
  const e = strArg('decode', 'encoding', PARSED[0] as Borrowed | Null, 'utf-8');
  const er = e === null ? null : strArg('decode', 'errors', PARSED[1] as Borrowed | Null, 'strict');
  if (e === null || er === null) return NULL;
  return bytesDecode(view(self as Borrowed).slice(), e, er);
}

function zfillMethod(qual: string): Fn {
  return posOnly(qual, 1, 1, (self, args) => {
    const w = numberAsSsize(argAt(args, 0), OverflowError);
    if (w === -1 && errOccurred() !== NULL) return NULL;
    const d = view(self), len = d.length;
    if (len >= w) return isBytesExact(self) ? newRef(self) : make(self, d);
    const out = new Uint8Array(w).fill(48);
    out.set(d, w - len);
    if (len > 0 && (d[0] === 43 || d[0] === 45)) { out[0] = d[0]; out[w - len] = 48; }
    return make(self, out);
  });
}

function hexMethod(qual: string): Fn {
  return (self, args, nargs, kwnames) => bytesHexImpl(view(self as Borrowed).slice(), shortName(qual), args, nargs, kwnames);
}

function sharedMethods(t: string): MethodDef[] {
  const q = (n: string): string => `${t}.${n}`;
  const unary = (n: string, f: (d: Uint8Array) => Uint8Array): MethodDef =>
    ({ name: n, fn: posOnly(q(n), 0, 0, (self) => make(self, f(view(self)))) });
  const pred = (n: string, f: (d: Uint8Array) => boolean): MethodDef =>
    ({ name: n, fn: posOnly(q(n), 0, 0, (self) => boolNew(f(view(self)))) });
  return [
    { name: 'capitalize', fn: posOnly(q('capitalize'), 0, 0, (self) => make(self, view(self).map((c, i) => (i === 0 ? toUpper(c) : toLower(c))))) },
    { name: 'center', fn: padMethod(q('center'), 'c') },
    { name: 'count', fn: countMethod(q('count')) },
    { name: 'decode', fn: decodeMethod },
    { name: 'endswith', fn: affixMethod(q('endswith'), true) },
    { name: 'expandtabs', fn: expandtabsMethod },
    { name: 'find', fn: findMethod(q('find'), false, false) },
    { name: 'fromhex', fn: (type, args, nargs, kwnames) => (argsNoKwnames(q('fromhex'), kwnames) ? fromhex(q('fromhex'), type as Borrowed, args, nargs) : NULL), flags: METH_CLASS | METH_O },
    { name: 'hex', fn: hexMethod(q('hex')) },
    { name: 'index', fn: findMethod(q('index'), false, true) },
    pred('isalnum', (d) => all(d, (c) => isAlpha(c) || isDigit(c))),
    pred('isalpha', (d) => all(d, isAlpha)),
    pred('isascii', (d) => d.every((c) => c < 128)),
    pred('isdigit', (d) => all(d, isDigit)),
    pred('islower', (d) => caseCheck(d, isLower, isUpper)),
    pred('isspace', (d) => all(d, isSpace)),
    pred('istitle', isTitle),
    pred('isupper', (d) => caseCheck(d, isUpper, isLower)),
    { name: 'join', fn: joinMethod(q('join')) },
    { name: 'ljust', fn: padMethod(q('ljust'), 'l') },
    unary('lower', (d) => mapBytes(d, toLower)),
    { name: 'lstrip', fn: stripMethod(q('lstrip'), true, false) },
    { name: 'maketrans', fn: maketransMethod(q('maketrans')), flags: METH_STATIC },
    { name: 'partition', fn: partitionMethod(q('partition'), false) },
    { name: 'removeprefix', fn: affixRemove(q('removeprefix'), false) },
    { name: 'removesuffix', fn: affixRemove(q('removesuffix'), true) },
    { name: 'replace', fn: replaceMethod(q('replace')) },
    { name: 'rfind', fn: findMethod(q('rfind'), true, false) },
    { name: 'rindex', fn: findMethod(q('rindex'), true, true) },
    { name: 'rjust', fn: padMethod(q('rjust'), 'r') },
    { name: 'rpartition', fn: partitionMethod(q('rpartition'), true) },
    { name: 'rsplit', fn: splitMethod(true) },
    { name: 'rstrip', fn: stripMethod(q('rstrip'), false, true) },
    { name: 'split', fn: splitMethod(false) },
    { name: 'splitlines', fn: splitlinesMethod },
    { name: 'startswith', fn: affixMethod(q('startswith'), false) },
    { name: 'strip', fn: stripMethod(q('strip'), true, true) },
    unary('swapcase', (d) => mapBytes(d, (c) => (isUpper(c) ? c + 32 : isLower(c) ? c - 32 : c))),
    unary('title', titleBytes),
    { name: 'translate', fn: translateMethod(q('translate')) },
    unary('upper', (d) => mapBytes(d, toUpper)),
    { name: 'zfill', fn: zfillMethod(q('zfill')) },
  ];
}

// ---- bytearray's mutators ----

function ba_append(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('bytearray.append', kwnames)) return NULL;
  if (nargs !== 1) return errSetString(TypeError, `bytearray.append() takes exactly one argument (${nargs} given)`);
  const v = argAt(args, 0);
  if (!indexCheck(v)) return errSetString(TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  const b = byteValue(v);
  if (b < 0) return NULL;
  const o = self as Borrowed, n = bytearraySize(o);
  if (bytearrayResize(o, n + 1) < 0) return NULL;
  u8[bytearrayData(o) + n] = b;
  return noneNew();
}

function ba_extend(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('bytearray.extend', kwnames)) return NULL;
  if (nargs !== 1) return errSetString(TypeError, `bytearray.extend() takes exactly one argument (${nargs} given)`);
  const v = argAt(args, 0), o = self as Borrowed;
  if (bufferGet(v, false)) { if (bytearrayAppendHeap(o, BUF.ptr, BUF.len) < 0) return NULL; return noneNew(); }
  if (errOccurred() !== NULL) return NULL;
  const data = iterableBytes(v, `can't extend bytearray with ${typeNameOf(v)}`);
  if (data === null) return NULL;
  const n = bytearraySize(o);
  if (bytearrayResize(o, n + data.length) < 0) return NULL;
  u8.set(data, bytearrayData(o) + n);
  return noneNew();
}

function ba_insert(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('bytearray.insert', kwnames) || !argsCheckPositional('insert', nargs, 2, 2)) return NULL;
  const o = self as Borrowed, n = bytearraySize(o);
  let i = numberAsSsize(argAt(args, 0), OverflowError);
  if (i === -1 && errOccurred() !== NULL) return NULL;
  const v = argAt(args, 1);
  if (!indexCheck(v)) return errSetString(TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  const b = byteValue(v);
  if (b < 0) return NULL;
  if (i < 0) { i += n; if (i < 0) i = 0; }
  if (i > n) i = n;
  if (bytearraySetSlice(o, i, i, Uint8Array.of(b)) < 0) return NULL;
  return noneNew();
}

function ba_pop(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('bytearray.pop', kwnames) || !argsCheckPositional('pop', nargs, 0, 1)) return NULL;
  const o = self as Borrowed, n = bytearraySize(o);
  let i = -1;
  if (nargs === 1) { i = numberAsSsize(argAt(args, 0), OverflowError); if (i === -1 && errOccurred() !== NULL) return NULL; }
  if (n === 0) return errSetString(IndexError, 'pop from empty bytearray');
  if (i < 0) i += n;
  if (i < 0 || i >= n) return errSetString(IndexError, 'pop index out of range');
  const c = u8[bytearrayData(o) + i];
  if (bytearraySetSlice(o, i, i + 1, new Uint8Array(0)) < 0) return NULL;
  return newRef(smallInt(c));
}

function ba_remove(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('bytearray.remove', kwnames)) return NULL;
  if (nargs !== 1) return errSetString(TypeError, `bytearray.remove() takes exactly one argument (${nargs} given)`);
  const v = argAt(args, 0);
  if (!indexCheck(v)) return errSetString(TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  const b = byteValue(v);
  if (b < 0) return NULL;
  const o = self as Borrowed, d = view(o);
  const i = d.indexOf(b);
  if (i < 0) return errSetString(ValueError, 'value not found in bytearray');
  if (bytearraySetSlice(o, i, i + 1, new Uint8Array(0)) < 0) return NULL;
  return noneNew();
}

/**
 * _common_reduce of bytearray: (type, args, state) with args () when empty, else (latin-1 text,
 * 'latin-1') below protocol 3 and (bytes,) from 3 on; state is what __getstate__ gives (None, or a
 * subclass instance's __dict__).
 */
function bytearrayCommonReduce(self: Borrowed, proto: number): Owned | Null {
  const state = callMethod(self, '__getstate__');
  if (state === NULL) return NULL;
  const n = bytearraySize(self);
  let args: Owned | Null;
  if (n === 0) {
    args = tupleNew(0);
  } else if (proto < 3) {
    const text = strFromLatin1(u8, bytearrayData(self), bytearrayData(self) + n);
    const enc = text === NULL ? NULL : strFromJS('latin-1');
    args = text === NULL || enc === NULL ? NULL : tuplePack([text, enc]);
    if (text !== NULL) decref(text);
    if (enc !== NULL) decref(enc);
  } else {
    const b = bytesFromUint8Array(u8.slice(bytearrayData(self), bytearrayData(self) + n));
    args = b === NULL ? NULL : tuplePack([b]);
    if (b !== NULL) decref(b);
  }
  if (args === NULL) { decref(state); return NULL; }
  const r = tuplePack([typeOf(self), args, state]);
  decref(args);
  decref(state);
  return r;
}

function ba_reduce(self: Borrowed | Null, _args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('bytearray.__reduce__', kwnames)) return NULL;
  if (nargs !== 0) return errSetString(TypeError, `bytearray.__reduce__() takes no arguments (${nargs} given)`);
  return bytearrayCommonReduce(self as Borrowed, 2);
}

function ba_reduce_ex(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('bytearray.__reduce_ex__', kwnames)) return NULL;
  if (nargs > 1) return errSetString(TypeError, `__reduce_ex__ expected at most 1 argument, got ${nargs}`);
  let proto = 0;
  if (nargs === 1) {
    const p = argAt(args, 0);
    if (!indexCheck(p)) return errSetString(TypeError, `'${typeNameOf(p)}' object cannot be interpreted as an integer`);
    proto = numberAsSsize(p, OverflowError);
    if (proto === -1 && errOccurred() !== NULL) return NULL;
  }
  return bytearrayCommonReduce(self as Borrowed, proto);
}

const bytearrayOwnMethods: MethodDef[] = [
  { name: '__reduce__', fn: ba_reduce, doc: 'Return state information for pickling.' },
  { name: '__reduce_ex__', fn: ba_reduce_ex, doc: 'Return state information for pickling.' },
  { name: 'append', fn: ba_append },
  { name: 'extend', fn: ba_extend },
  { name: 'insert', fn: ba_insert },
  { name: 'pop', fn: ba_pop },
  { name: 'remove', fn: ba_remove },
  { name: 'reverse', fn: posOnly('bytearray.reverse', 0, 0, (self) => { view(self).reverse(); return noneNew(); }) },
  { name: 'clear', fn: posOnly('bytearray.clear', 0, 0, (self) => (bytearrayResize(self, 0) < 0 ? NULL : noneNew())) },
  { name: 'copy', fn: posOnly('bytearray.copy', 0, 0, (self) => bytearrayFromUint8Array(view(self))) },
  { name: '__alloc__', fn: posOnly('bytearray.__alloc__', 0, 0, (self) => intFromNumber(i32[(self + 12) >> 2])) },
  // CPython's struct plus the allocated buffer (ob_alloc).
  { name: '__sizeof__', fn: posOnly('bytearray.__sizeof__', 0, 0, (self) => intFromNumber(cpythonBasicSize(typeOf(self)) + i32[(self + 12) >> 2])) },
  { name: '__buffer__', fn: bufferWrapper(false) },
  // CPython's is the slot wrapper of bf_releasebuffer (wrap_releasebuffer): its checks and wording.
  { name: '__release_buffer__', fn: (self, args, nargs, kwnames) => {
    if (!argsWrapperNoKwnames('__release_buffer__', kwnames) || !argsCheckPositional('', nargs, 1, 1)) return NULL;
    const m = argAt(args, 0);
    if (!isMemoryView(m)) return errSetString(TypeError, 'expected a memoryview object');
    // A released view no longer knows its exporter here (CPython checks that one first).
    const exporter = memoryviewExporterBorrow(m);
    if (exporter === NULL) return errSetString(ValueError, "memoryview's buffer has already been released");
    if (exporter !== self) return errSetString(ValueError, "memoryview's buffer is not this object");
    const rel = lookupSpecial(m, 'release');
    if (rel === NULL) return NULL;
    const r = objectCallNoArgs(rel);
    decref(rel);
    if (r === NULL) return NULL;
    decref(r);
    return noneNew();
  } },
];

const bytesOwnMethods: MethodDef[] = [
  { name: '__getnewargs__', fn: posOnly('bytes.__getnewargs__', 0, 0, (self) => {
    const b = bytesFromUint8Array(view(self));
    if (b === NULL) return NULL;
    const t = tupleNew(1);
    if (t === NULL) { decref(b); return NULL; }
    tupleSetItemSteal(t, 0, b);
    return t;
  }) },
  { name: '__bytes__', fn: posOnly('bytes.__bytes__', 0, 0, (self) => (isBytesExact(self) ? newRef(self) : bytesFromUint8Array(view(self)))) },
  { name: '__buffer__', fn: bufferWrapper(true) },
];

/** The __buffer__(flags) slot wrapper (wrap_buffer): the flags are checked; bytes refuse PyBUF_WRITABLE. */
function bufferWrapper(readonly: boolean): Fn {
  return (self, args, nargs, kwnames) => {
    if (kwnames !== NULL && tupleSize(kwnames) > 0) return errSetString(TypeError, 'wrapper __buffer__() takes no keyword arguments');
    if (!argsCheckPositional('', nargs, 1, 1)) return NULL;
    const flags = numberAsSsize(argAt(args, 0), OverflowError);
    if (flags === -1 && errOccurred() !== NULL) return NULL;
    if (flags > 0x7fffffff) return errSetString(OverflowError, 'buffer flags too large');
    if (readonly && (flags & 1) !== 0) return errSetString(exceptionTypes.get('BufferError') as Borrowed, 'Object is not writable.');
    return memoryviewFromExporter(self as Borrowed);
  };
}

// ---- bytes % args ----

/** The latin-1 JS string of any buffer, or of an object's __bytes__(); null (exception set) when neither. */
export function bytesLikeText(o: Borrowed): string | null {
  let data: Uint8Array | null = null;
  if (isMemoryView(o)) {
    // PyBytes_FromObject: any memoryview gives its items' bytes in C order.
    data = memoryviewCopyBytes(o);
    if (data === null) return null;
  } else if (bufferGet(o, false)) data = u8.slice(BUF.ptr, BUF.ptr + BUF.len);
  else {
    if (errOccurred() !== NULL) return null;
    const m = isStr(o) ? NULL : lookupSpecial(o, '__bytes__');
    if (m === NULL) {
      if (errOccurred() !== NULL) return null;
      errSetString(TypeError, `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeNameOf(o)}'`);
      return null;
    }
    const r = objectCallNoArgs(m);
    decref(m);
    if (r === NULL) return null;
    if (!isBytes(r)) {
      errSetString(TypeError, `__bytes__ returned non-bytes (type ${typeNameOf(r)})`);
      decref(r);
      return null;
    }
    data = u8.slice(r + BYTES_DATA, r + BYTES_DATA + bytesSize(r));
    decref(r);
  }
  let s = '';
  for (let i = 0; i < data.length; i += 4096) s += String.fromCharCode.apply(null, data.subarray(i, i + 4096) as unknown as number[]);
  return s;
}

/** bytes % values and bytearray % values (PEP 461). */
function bytesModSlot(a: Borrowed, b: Borrowed): Owned | Null {
  if (!isBytes(a)) return newRef(Py_NotImplemented);
  return bytesMod(a, b);
}

/** bytearray_mod: NotImplemented unless the left operand is a bytearray (so bytearray.__rmod__ declines). */
function bytearrayModSlot(a: Borrowed, b: Borrowed): Owned | Null {
  if (!isByteArray(a)) return newRef(Py_NotImplemented);
  return bytesMod(a, b);
}

function bytesMod(a: Borrowed, b: Borrowed): Owned | Null {
  const d = view(a);
  let fmt = '';
  for (let i = 0; i < d.length; i += 4096) fmt += String.fromCharCode.apply(null, d.subarray(i, i + 4096) as unknown as number[]);
  const r = percentFormat(fmt, b, true);
  if (r === null) return NULL;
  const out = new Uint8Array(r.length);
  for (let i = 0; i < r.length; i++) out[i] = r.charCodeAt(i);
  return isByteArray(a) ? bytearrayFromUint8Array(out) : bytesFromUint8Array(out);
}


/** `x in bytes`: an int byte or a bytes-like subsequence. */
function bytesContains(o: Borrowed, v: Borrowed): number {
  const d = view(o);
  if (indexCheck(v)) {
    const b = byteValue(v);
    if (b < 0) return -1;
    return d.includes(b) ? 1 : 0;
  }
  if (!bufferGet(v, true)) return -1;
  return indexOf(d, u8.slice(BUF.ptr, BUF.ptr + BUF.len), 0, d.length) >= 0 ? 1 : 0;
}

/** Registers the bytes, bytearray and memoryview method tables and bytes' extra slots (after protocolsInstallSlots). */
export function bytesAddMethods(): void {
  typeAddMethods(bytesType, [...sharedMethods('bytes'), ...bytesOwnMethods]);
  typeAddMethods(bytearrayType, [...sharedMethods('bytearray'), ...bytearrayOwnMethods]);
  memoryviewAddMethods();
  const bs = typeSlotsOf(bytesType);
  bs.mod = bytesModSlot;
  bs.contains = bytesContains;
  typeSlotsOf(bytearrayType).mod = bytearrayModSlot;
}
