// marshal: Python values to and from CPython's marshal format, versions 0-4 (mirrors
// Python/marshal.c's format, written for Immortal). The bytes are CPython 3.12's, back-references
// included: from version 3 an object whose reference count is not 1 (or an interned str) is entered
// in the writer's table and flagged FLAG_REF, and a later occurrence is written as TYPE_REF, so the
// output depends on refcounts exactly as CPython's does. Code objects are not supported: dumping one
// is "unmarshallable object", loading one raises NotImplementedError.
// Invariants: the writer holds a reference to every object in its table (as CPython's hashtable
// does) until it finishes; the reader's refs list owns its entries (0 = reserved for a frozenset
// still being read). Neither keeps anything across calls.

import { u8 } from '../heap/views.ts';
import { decref, newRef, refcnt } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { nativeModuleNew, moduleAddSteal } from './native.ts';
import { type MethodDef, argAt, argsOne, argsNoKwnames, argsCheckPositional } from '../objects/methodobject.ts';
import { errSetString, errOccurred, errClear, errExceptionMatches } from '../objects/errors.ts';
import { TypeError, ValueError, NotImplementedError, StopIteration, exceptionTypes } from '../objects/exceptions.ts';
import { Py_None } from '../objects/none.ts';
import { Py_True, Py_False } from '../objects/bool.ts';
import { Py_Ellipsis } from '../objects/ellipsis.ts';
import { isIntExact, intFromNumber, intFromBigInt, intToBigInt, intSafeValue } from '../objects/int.ts';
import { isFloatExact, floatNew, FLOAT_VALUE } from '../objects/float.ts';
import { isComplexExact, complexNew, COMPLEX_REAL, COMPLEX_IMAG } from '../objects/complex.ts';
import { isBytesExact, isBytes, bytesSize, bytesDataOffset, bytesFromUint8Array } from '../objects/bytes.ts';
import {
  isStrExact, strIsAscii, strIsInterned, strLength, strDataOffset, strAsUTF8, strFromUTF8, strFromLatin1, strIntern,
} from '../objects/str.ts';
import { isTupleExact, tupleSize, tupleGetItemBorrow, tupleNew, tupleSetItemSteal } from '../objects/tuple.ts';
import { isListExact, listSize, listGetItemBorrow, listNew, listSetItemSteal } from '../objects/list.ts';
import { isDictExact, dictNext, dictNew, dictSetItem } from '../objects/dict.ts';
import { isAnySetExact, isFrozenSetExact, setSize, setNext, setNew, frozensetNew, setAdd } from '../objects/set.ts';
import { bufferCheck, bufferGet, BUF, memoryviewFromObject } from '../objects/memoryview.ts';
import { bytearrayFromUint8Array, bytearrayData } from '../objects/bytearray.ts';
import { callMethod, callMethodOneArg, clinicInt, numberAsSsize } from '../objects/abstract.ts';
import { typeNameOf } from '../objects/type.ts';
import { formatDouble } from '../support/format-spec.ts';

/** The format version dumps() writes by default (marshal.version). */
const MARSHAL_VERSION = 4;
/** Nesting deeper than this is refused both ways (MAX_MARSHAL_STACK_DEPTH). */
const MAX_DEPTH = 2000;
const SIZE32_MAX = 0x7fffffff;

// Type codes. A code with FLAG_REF set also enters the object in the reader's refs list.
const TYPE_NULL = 0x30;           // '0' ends a dict
const TYPE_NONE = 0x4e;           // 'N'
const TYPE_FALSE = 0x46;          // 'F'
const TYPE_TRUE = 0x54;           // 'T'
const TYPE_STOPITER = 0x53;       // 'S'
const TYPE_ELLIPSIS = 0x2e;       // '.'
const TYPE_INT = 0x69;            // 'i' 32-bit signed
const TYPE_INT64 = 0x49;          // 'I' read only (old files)
const TYPE_FLOAT = 0x66;          // 'f' repr text (versions 0-1)
const TYPE_BINARY_FLOAT = 0x67;   // 'g' IEEE 754, little-endian
const TYPE_COMPLEX = 0x78;        // 'x'
const TYPE_BINARY_COMPLEX = 0x79; // 'y'
const TYPE_LONG = 0x6c;           // 'l' 15-bit digits
const TYPE_STRING = 0x73;         // 's' bytes
const TYPE_INTERNED = 0x74;       // 't'
const TYPE_REF = 0x72;            // 'r'
const TYPE_TUPLE = 0x28;          // '('
const TYPE_LIST = 0x5b;           // '['
const TYPE_DICT = 0x7b;           // '{'
const TYPE_CODE = 0x63;           // 'c'
const TYPE_UNICODE = 0x75;        // 'u'
const TYPE_UNKNOWN = 0x3f;        // '?'
const TYPE_SET = 0x3c;            // '<'
const TYPE_FROZENSET = 0x3e;      // '>'
const TYPE_ASCII = 0x61;          // 'a'
const TYPE_ASCII_INTERNED = 0x41; // 'A'
const TYPE_SMALL_TUPLE = 0x29;    // ')'
const TYPE_SHORT_ASCII = 0x7a;    // 'z'
const TYPE_SHORT_ASCII_INTERNED = 0x5a; // 'Z'
const FLAG_REF = 0x80;

// Writer errors; the last one raised while writing decides the message, as in CPython.
const WFERR_OK = 0;
const WFERR_UNMARSHALLABLE = 1;
const WFERR_NESTEDTOODEEP = 2;

const scratch = new DataView(new ArrayBuffer(8));

class Writer {
  buf = new Uint8Array(64);
  len = 0;
  depth = 0;
  error = WFERR_OK;
  /** object address -> index, from version 3; each key holds a reference until finish(). */
  refs: Map<number, number> | null;

  constructor(readonly version: number) {
    this.refs = version >= 3 ? new Map() : null;
  }

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const bigger = new Uint8Array(cap);
    bigger.set(this.buf.subarray(0, this.len));
    this.buf = bigger;
  }

  byte(b: number): void {
    this.room(1);
    this.buf[this.len++] = b & 0xff;
  }

  long(v: number): void {
    this.room(4);
    const b = this.buf, i = this.len;
    b[i] = v & 0xff; b[i + 1] = (v >>> 8) & 0xff; b[i + 2] = (v >>> 16) & 0xff; b[i + 3] = (v >>> 24) & 0xff;
    this.len += 4;
  }

  /** Bytes from the heap (ptr, n) or from a JS array. */
  heapBytes(ptr: number, n: number): void {
    this.room(n);
    this.buf.set(u8.subarray(ptr, ptr + n), this.len);
    this.len += n;
  }

  jsBytes(data: Uint8Array): void {
    this.room(data.length);
    this.buf.set(data, this.len);
    this.len += data.length;
  }

  /** A size-prefixed run (w_pstring); sizes past 2**31-1 are unmarshallable. */
  sized(ptr: number, n: number): void {
    if (n > SIZE32_MAX) { this.error = WFERR_UNMARSHALLABLE; return; }
    this.long(n);
    this.heapBytes(ptr, n);
  }

  floatText(x: number): void {
    // PyOS_double_to_string(x, 'g', 17): "0.10000000000000001", "1e+300", "inf", "-0".
    const text = x !== x ? 'nan' : formatDouble(x, 'g', 17);
    this.byte(text.length);
    for (let i = 0; i < text.length; i++) this.byte(text.charCodeAt(i));
  }

  /** The 8 stored bytes of a double at a heap address (NaN payloads kept). */
  floatBits(addr: number): void {
    this.heapBytes(addr, 8);
  }

  /** The contents so far (a copy), the table's references released. */
  finish(): Uint8Array {
    if (this.refs !== null) {
      for (const addr of this.refs.keys()) decref(addr as Owned);
      this.refs = null;
    }
    return this.buf.slice(0, this.len);
  }

  object(v: Borrowed | Null): void {
    this.depth++;
    if (this.depth > MAX_DEPTH) this.error = WFERR_NESTEDTOODEEP;
    else if (v === NULL) this.byte(TYPE_NULL);
    else if (v === Py_None) this.byte(TYPE_NONE);
    else if (v === StopIteration) this.byte(TYPE_STOPITER);
    else if (v === Py_Ellipsis) this.byte(TYPE_ELLIPSIS);
    else if (v === Py_False) this.byte(TYPE_FALSE);
    else if (v === Py_True) this.byte(TYPE_TRUE);
    else {
      const flag = this.ref(v);
      if (flag >= 0) this.complexObject(v, flag);
    }
    this.depth--;
  }

  /**
   * w_ref: -1 when v was written as a back-reference; else the flag for its type code (FLAG_REF
   * when v may be shared and is now in the table, 0 when it can't be: refcount 1, not interned).
   */
  private ref(v: Borrowed): number {
    const refs = this.refs;
    if (refs === null) return 0;
    if (refcnt(v) === 1 && !(isStrExact(v) && strIsInterned(v))) return 0;
    const index = refs.get(v);
    if (index !== undefined) {
      this.byte(TYPE_REF);
      this.long(index);
      return -1;
    }
    refs.set(v, refs.size);
    newRef(v);
    return FLAG_REF;
  }

  private complexObject(v: Borrowed, flag: number): void {
    if (isIntExact(v)) this.int(v, flag);
    else if (isFloatExact(v)) {
      if (this.version > 1) {
        this.byte(TYPE_BINARY_FLOAT | flag);
        this.floatBits(v + FLOAT_VALUE);
      } else {
        this.byte(TYPE_FLOAT | flag);
        this.floatText(floatAt(v + FLOAT_VALUE));
      }
    } else if (isComplexExact(v)) {
      if (this.version > 1) {
        this.byte(TYPE_BINARY_COMPLEX | flag);
        this.floatBits(v + COMPLEX_REAL);
        this.floatBits(v + COMPLEX_IMAG);
      } else {
        this.byte(TYPE_COMPLEX | flag);
        this.floatText(floatAt(v + COMPLEX_REAL));
        this.floatText(floatAt(v + COMPLEX_IMAG));
      }
    } else if (isBytesExact(v)) {
      this.byte(TYPE_STRING | flag);
      this.sized(bytesDataOffset(v), bytesSize(v));
    } else if (isStrExact(v)) this.str(v, flag);
    else if (isTupleExact(v)) {
      const n = tupleSize(v);
      if (this.version >= 4 && n < 256) {
        this.byte(TYPE_SMALL_TUPLE | flag);
        this.byte(n);
      } else {
        this.byte(TYPE_TUPLE | flag);
        this.long(n);
      }
      for (let i = 0; i < n; i++) this.object(tupleGetItemBorrow(v, i));
    } else if (isListExact(v)) {
      this.byte(TYPE_LIST | flag);
      const n = listSize(v);
      this.long(n);
      for (let i = 0; i < n; i++) this.object(listGetItemBorrow(v, i));
    } else if (isDictExact(v)) {
      this.byte(TYPE_DICT | flag);
      const pos = new Int32Array(1), out = new Int32Array(2);
      while (dictNext(v, pos, out)) {
        this.object(out[0] as Borrowed);
        this.object(out[1] as Borrowed);
      }
      this.object(NULL);
    } else if (isAnySetExact(v)) this.set(v, flag);
    else if (bufferCheck(v)) {
      // Any other bytes-like object (bytearray, memoryview, array, a bytes subclass) is written as bytes.
      if (!bufferGet(v, false)) {
        errClear();
        this.byte(TYPE_UNKNOWN);
        this.error = WFERR_UNMARSHALLABLE;
        return;
      }
      this.byte(TYPE_STRING | flag);
      this.sized(BUF.ptr, BUF.len);
    } else {
      // Code objects land here too: Immortal's code objects have no marshal form.
      this.byte(TYPE_UNKNOWN | flag);
      this.error = WFERR_UNMARSHALLABLE;
    }
  }

  private int(v: Borrowed, flag: number): void {
    const small = intSafeValue(v);
    if (small === small && small >= -0x80000000 && small <= 0x7fffffff) {
      this.byte(TYPE_INT | flag);
      this.long(small);
      return;
    }
    // TYPE_LONG: the number of 15-bit digits (negative for a negative int), then the digits, low first.
    let mag = intToBigInt(v);
    const neg = mag < 0n;
    if (neg) mag = -mag;
    const digits: number[] = [];
    while (mag > 0n) {
      digits.push(Number(mag & 0x7fffn));
      mag >>= 15n;
    }
    if (digits.length > SIZE32_MAX) { this.error = WFERR_UNMARSHALLABLE; return; }
    this.byte(TYPE_LONG | flag);
    this.long(neg ? -digits.length : digits.length);
    for (const d of digits) {
      this.byte(d);
      this.byte(d >> 8);
    }
  }

  private str(v: Borrowed, flag: number): void {
    const interned = strIsInterned(v);
    if (this.version >= 4 && strIsAscii(v)) {
      const n = strLength(v), data = strDataOffset(v);
      if (n < 256) {
        this.byte((interned ? TYPE_SHORT_ASCII_INTERNED : TYPE_SHORT_ASCII) | flag);
        this.byte(n);
        this.heapBytes(data, n);
      } else {
        this.byte((interned ? TYPE_ASCII_INTERNED : TYPE_ASCII) | flag);
        this.sized(data, n);
      }
      return;
    }
    const utf8 = strAsUTF8(v, 'surrogatepass');
    if (utf8 === null) {
      errClear();
      this.error = WFERR_UNMARSHALLABLE;
      return;
    }
    this.byte((this.version >= 3 && interned ? TYPE_INTERNED : TYPE_UNICODE) | flag);
    if (utf8.length > SIZE32_MAX) { this.error = WFERR_UNMARSHALLABLE; return; }
    this.long(utf8.length);
    this.jsBytes(utf8);
  }

  private set(v: Borrowed, flag: number): void {
    this.byte((isFrozenSetExact(v) ? TYPE_FROZENSET : TYPE_SET) | flag);
    const n = setSize(v);
    this.long(n);
    // Elements go out in the order of their own marshalled bytes (sorted(v, key=marshal.dumps)),
    // so the output does not depend on hash order. Each element is held while the set is written,
    // as CPython's list of (dump, element) pairs holds it: that reference shows in the refcounts.
    const items: { dump: Uint8Array; item: Owned }[] = [];
    const pos = new Int32Array(1), out = new Int32Array(2);
    let failed = false;
    while (setNext(v, pos, out)) {
      const item = out[0] as Borrowed;
      const dump = dumpToArray(item, this.version);
      if (dump === null) { errClear(); failed = true; break; }
      items.push({ dump, item: newRef(item) });
    }
    if (failed) this.error = WFERR_UNMARSHALLABLE;
    else {
      items.sort((a, b) => compareBytes(a.dump, b.dump));
      for (const { item } of items) this.object(item);
    }
    for (const { item } of items) decref(item);
  }
}

function floatAt(addr: number): number {
  scratch.setUint32(0, u8[addr] | (u8[addr + 1] << 8) | (u8[addr + 2] << 16) | (u8[addr + 3] << 24), true);
  scratch.setUint32(4, u8[addr + 4] | (u8[addr + 5] << 8) | (u8[addr + 6] << 16) | (u8[addr + 7] << 24), true);
  return scratch.getFloat64(0, true);
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** PyMarshal_WriteObjectToString as JS bytes, or null with ValueError set. */
function dumpToArray(v: Borrowed, version: number): Uint8Array | null {
  const w = new Writer(version);
  w.object(v);
  const data = w.finish();
  if (w.error === WFERR_OK) return data;
  errSetString(ValueError, w.error === WFERR_UNMARSHALLABLE ? 'unmarshallable object' : 'object too deeply nested to marshal');
  return null;
}

function dumpToBytes(v: Borrowed, version: number): Owned | Null {
  const data = dumpToArray(v, version);
  return data === null ? NULL : bytesFromUint8Array(data);
}

// --- reading

function eofError(msg: string): Null {
  return errSetString(exceptionTypes.get('EOFError') as Borrowed, msg);
}

class Reader {
  depth = 0;
  /** Objects entered with FLAG_REF, in order (0: reserved for a frozenset not finished yet). */
  refs: (Owned | 0)[] = [];
  private pos = 0;

  /** From bytes in memory (loads) or from a file's readinto (load). */
  constructor(private readonly data: Uint8Array | null, private readonly file: Borrowed | Null) {}

  release(): void {
    for (const o of this.refs) if (o !== 0) decref(o);
    this.refs = [];
  }

  /** r_string: the next n bytes, or null with EOFError/ValueError set. */
  take(n: number): Uint8Array | null {
    const data = this.data;
    if (data !== null) {
      if (data.length - this.pos < n) { eofError('marshal data too short'); return null; }
      const got = data.subarray(this.pos, this.pos + n);
      this.pos += n;
      return got;
    }
    return this.takeFromFile(n);
  }

  private takeFromFile(n: number): Uint8Array | null {
    const store = bytearrayFromUint8Array(new Uint8Array(n));
    if (store === NULL) return null;
    let result: Uint8Array | null = null;
    const view = memoryviewFromObject(store);
    if (view !== NULL) {
      const r = callMethodOneArg(this.file as Borrowed, 'readinto', view);
      decref(view);
      if (r !== NULL) {
        const read = numberAsSsize(r, ValueError);
        decref(r);
        if (read === n) result = u8.slice(bytearrayData(store), bytearrayData(store) + n);
        else if (errOccurred() === NULL) {
          if (read > n) errSetString(ValueError, `read() returned too much data: ${n} bytes requested, ${read} returned`);
          else eofError('EOF read where not expected');
        }
      }
    }
    decref(store);
    return result;
  }

  /** r_byte: 0-255, or -1 with EOFError set. */
  byte(): number {
    if (this.data !== null) {
      if (this.pos < this.data.length) return this.data[this.pos++];
      eofError('EOF read where not expected');
      return -1;
    }
    const b = this.take(1);
    return b === null ? -1 : b[0];
  }

  /** r_long: a signed 32-bit value; null with the error set. */
  long(): number | null {
    const b = this.take(4);
    return b === null ? null : (b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24));
  }

  private short(): number | null {
    const b = this.take(2);
    if (b === null) return null;
    const x = b[0] | (b[1] << 8);
    return x & 0x8000 ? x - 0x10000 : x;
  }

  /** R_REF: enters o in refs when the type code had FLAG_REF. */
  private remember(o: Owned | Null, flag: number): Owned | Null {
    if (o !== NULL && flag) this.refs.push(newRef(o));
    return o;
  }

  object(): Owned | Null {
    const code = this.byte();
    if (code < 0) {
      if (errExceptionMatches(exceptionTypes.get('EOFError') as Borrowed)) eofError('EOF read where object expected');
      return NULL;
    }
    // The depth is checked once the type code is read (so data that ends early says EOF first).
    this.depth++;
    let r: Owned | Null;
    if (this.depth > MAX_DEPTH) r = errSetString(ValueError, 'recursion limit exceeded');
    else r = this.objectBody(code);
    this.depth--;
    return r;
  }

  private objectBody(code: number): Owned | Null {
    const flag = code & FLAG_REF;
    const type = code & ~FLAG_REF;
    switch (type) {
      case TYPE_NULL: return NULL;
      case TYPE_NONE: return newRef(Py_None);
      case TYPE_STOPITER: return newRef(StopIteration);
      case TYPE_ELLIPSIS: return newRef(Py_Ellipsis);
      case TYPE_FALSE: return newRef(Py_False);
      case TYPE_TRUE: return newRef(Py_True);
      case TYPE_INT: {
        const n = this.long();
        return n === null ? NULL : this.remember(intFromNumber(n), flag);
      }
      case TYPE_INT64: {
        const b = this.take(8);
        if (b === null) return NULL;
        const lo = BigInt((b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24)) >>> 0);
        const hi = BigInt(b[4] | (b[5] << 8) | (b[6] << 16) | (b[7] << 24));
        return this.remember(intFromBigInt((hi << 32n) | lo), flag);
      }
      case TYPE_LONG: return this.remember(this.readLong(), flag);
      case TYPE_FLOAT: {
        const x = this.floatText();
        return x === null ? NULL : this.remember(floatNew(x), flag);
      }
      case TYPE_BINARY_FLOAT: {
        const b = this.take(8);
        return b === null ? NULL : this.remember(floatFromBits(b, 0), flag);
      }
      case TYPE_COMPLEX: {
        const re = this.floatText();
        if (re === null) return NULL;
        const im = this.floatText();
        return im === null ? NULL : this.remember(complexNew(re, im), flag);
      }
      case TYPE_BINARY_COMPLEX: {
        const b = this.take(16);
        if (b === null) return NULL;
        const c = complexNew(0, 0);
        if (c !== NULL) u8.set(b, c + COMPLEX_REAL); // both doubles, bits as written
        return this.remember(c, flag);
      }
      case TYPE_STRING: {
        const n = this.size('bytes object');
        if (n === null) return NULL;
        const b = this.take(n);
        return b === null ? NULL : this.remember(bytesFromUint8Array(b), flag);
      }
      case TYPE_UNICODE:
      case TYPE_INTERNED: {
        const n = this.size('string');
        if (n === null) return NULL;
        const b = this.take(n);
        if (b === null) return NULL;
        let s = strFromUTF8(b, 'surrogatepass');
        if (s !== NULL && type === TYPE_INTERNED) s = strIntern(s);
        return this.remember(s, flag);
      }
      case TYPE_ASCII:
      case TYPE_ASCII_INTERNED: {
        const n = this.size('string');
        return n === null ? NULL : this.ascii(n, type === TYPE_ASCII_INTERNED, flag);
      }
      case TYPE_SHORT_ASCII:
      case TYPE_SHORT_ASCII_INTERNED: {
        const n = this.byte();
        if (n < 0) return NULL;
        return this.ascii(n, type === TYPE_SHORT_ASCII_INTERNED, flag);
      }
      case TYPE_TUPLE: {
        const n = this.size('tuple');
        return n === null ? NULL : this.tuple(n, flag);
      }
      case TYPE_SMALL_TUPLE: {
        const n = this.byte();
        return n < 0 ? NULL : this.tuple(n, flag);
      }
      case TYPE_LIST: return this.list(flag);
      case TYPE_DICT: return this.dict(flag);
      case TYPE_SET:
      case TYPE_FROZENSET: return this.set(type === TYPE_FROZENSET, flag);
      case TYPE_REF: {
        const n = this.long();
        if (n === null) return NULL;
        const o = n >= 0 && n < this.refs.length ? this.refs[n] : 0;
        if (o === 0) return errSetString(ValueError, 'bad marshal data (invalid reference)');
        return newRef(o);
      }
      case TYPE_CODE:
        return errSetString(NotImplementedError, 'marshal: code objects are not supported by Immortal');
      default:
        return errSetString(ValueError, 'bad marshal data (unknown type code)');
    }
  }

  /** A 32-bit size field; a negative one is "bad marshal data (<what> size out of range)". */
  private size(what: string): number | null {
    const n = this.long();
    if (n === null) return null;
    if (n < 0) { errSetString(ValueError, `bad marshal data (${what} size out of range)`); return null; }
    return n;
  }

  private floatText(): number | null {
    const n = this.byte();
    if (n < 0) return null;
    const b = this.take(n);
    if (b === null) return null;
    let text = '';
    for (const c of b) text += String.fromCharCode(c);
    // PyOS_string_to_double: the whole text, no spaces or underscores; inf/infinity/nan in any case.
    if (!/^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)$/i.test(text)) {
      errSetString(ValueError, `could not convert string to float: '${text}'`);
      return null;
    }
    const body = text.replace(/^[+-]/, '').toLowerCase();
    const neg = text[0] === '-';
    if (body.startsWith('inf')) return neg ? -Infinity : Infinity;
    if (body === 'nan') return NaN;
    return Number(text);
  }

  private readLong(): Owned | Null {
    const n = this.long();
    if (n === null) return NULL;
    if (n === 0) return intFromNumber(0);
    if (n === -0x80000000) return errSetString(ValueError, 'bad marshal data (long size out of range)');
    const count = Math.abs(n);
    let mag = 0n;
    for (let i = 0; i < count; i++) {
      const d = this.short();
      if (d === null) return NULL;
      if (d < 0) return errSetString(ValueError, 'bad marshal data (digit out of range in long)');
      // The top 15-bit digit must be nonzero: CPython checks it in the top 30-bit digit's last half.
      if (d === 0 && i === count - 1) return errSetString(ValueError, 'bad marshal data (unnormalized long data)');
      mag |= BigInt(d) << BigInt(15 * i);
    }
    return intFromBigInt(n < 0 ? -mag : mag);
  }

  private ascii(n: number, interned: boolean, flag: number): Owned | Null {
    const b = this.take(n);
    if (b === null) return NULL;
    let s = strFromLatin1(b);
    if (s !== NULL && interned) s = strIntern(s);
    return this.remember(s, flag);
  }

  private tuple(n: number, flag: number): Owned | Null {
    const t = this.remember(tupleNew(n), flag);
    if (t === NULL) return NULL;
    for (let i = 0; i < n; i++) {
      const item = this.object();
      if (item === NULL) {
        if (errOccurred() === NULL) errSetString(TypeError, 'NULL object in marshal data for tuple');
        decref(t);
        return NULL;
      }
      tupleSetItemSteal(t, i, item);
    }
    return t;
  }

  private list(flag: number): Owned | Null {
    const n = this.size('list');
    if (n === null) return NULL;
    const l = this.remember(listNew(n), flag);
    if (l === NULL) return NULL;
    for (let i = 0; i < n; i++) {
      const item = this.object();
      if (item === NULL) {
        if (errOccurred() === NULL) errSetString(TypeError, 'NULL object in marshal data for list');
        decref(l);
        return NULL;
      }
      listSetItemSteal(l, i, item);
    }
    return l;
  }

  private dict(flag: number): Owned | Null {
    const d = this.remember(dictNew(), flag);
    if (d === NULL) return NULL;
    // Key/value pairs up to TYPE_NULL (or the first error).
    for (;;) {
      const key = this.object();
      if (key === NULL) break;
      const value = this.object();
      if (value === NULL) { decref(key); break; }
      const r = dictSetItem(d, key, value);
      decref(key);
      decref(value);
      if (r < 0) break;
    }
    if (errOccurred() !== NULL) { decref(d); return NULL; }
    return d;
  }

  private set(frozen: boolean, flag: number): Owned | Null {
    const n = this.size('set');
    if (n === null) return NULL;
    if (n === 0 && frozen) return this.remember(frozensetNew(), flag);
    const s = frozen ? frozensetNew() : setNew();
    if (s === NULL) return NULL;
    // A set is entered at once; a frozenset only once filled (setAdd needs it unshared), its slot
    // reserved meanwhile so that later indexes stay right.
    let slot = -1;
    if (!frozen) this.remember(s, flag);
    else if (flag) { slot = this.refs.length; this.refs.push(0); }
    for (let i = 0; i < n; i++) {
      const item = this.object();
      if (item === NULL) {
        if (errOccurred() === NULL) errSetString(TypeError, 'NULL object in marshal data for set');
        decref(s);
        return NULL;
      }
      const r = setAdd(s, item);
      decref(item);
      if (r < 0) { decref(s); return NULL; }
    }
    if (slot >= 0) this.refs[slot] = newRef(s);
    return s;
  }
}

function floatFromBits(b: Uint8Array, at: number): Owned | Null {
  const f = floatNew(0);
  if (f !== NULL) u8.set(b.subarray(at, at + 8), f + FLOAT_VALUE);
  return f;
}

function readObject(r: Reader): Owned | Null {
  const v = r.object();
  r.release();
  if (v === NULL && errOccurred() === NULL) errSetString(TypeError, 'NULL object in marshal data for object');
  return v;
}

// --- the module's functions

/** The version argument (a C int), or null with the error set. */
function versionArg(args: number, nargs: number, at: number): number | null {
  if (nargs <= at) return MARSHAL_VERSION;
  const v = clinicInt(argAt(args, at));
  return v === -1 && errOccurred() !== NULL ? null : v;
}

/** https://docs.python.org/3/library/marshal.html#marshal.dumps */
function marshal_dumps(args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('marshal.dumps', kwnames) || !argsCheckPositional('dumps', nargs, 1, 2)) return NULL;
  const version = versionArg(args, nargs, 1);
  return version === null ? NULL : dumpToBytes(argAt(args, 0), version);
}

/** https://docs.python.org/3/library/marshal.html#marshal.dump */
function marshal_dump(args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('marshal.dump', kwnames) || !argsCheckPositional('dump', nargs, 2, 3)) return NULL;
  const version = versionArg(args, nargs, 2);
  if (version === null) return NULL;
  const data = dumpToBytes(argAt(args, 0), version);
  if (data === NULL) return NULL;
  const r = callMethodOneArg(argAt(args, 1), 'write', data);
  decref(data);
  return r;
}

/** https://docs.python.org/3/library/marshal.html#marshal.loads */
function marshal_loads(o: Borrowed): Owned | Null {
  if (!bufferGet(o, true)) return NULL;
  return readObject(new Reader(u8.slice(BUF.ptr, BUF.ptr + BUF.len), NULL));
}

/** https://docs.python.org/3/library/marshal.html#marshal.load */
function marshal_load(file: Borrowed): Owned | Null {
  // A zero-byte read first checks that the file gives bytes; the data then comes through readinto,
  // exactly as much as each value needs, so several values can be loaded one after another.
  const zero = intFromNumber(0);
  if (zero === NULL) return NULL;
  const probe = callMethod(file, 'read', [zero]);
  decref(zero);
  if (probe === NULL) return NULL;
  const ok = isBytes(probe);
  const typeName = typeNameOf(probe);
  decref(probe);
  if (!ok) return errSetString(TypeError, `file.read() returned not bytes but ${typeName.slice(0, 100)}`);
  return readObject(new Reader(null, file));
}

const DEFS: MethodDef[] = [
  {
    name: 'dump',
    fn: (_m, args, nargs, kw) => marshal_dump(args, nargs, kw),
    doc: 'Write the marshalled value to an open binary file.',
  },
  {
    name: 'load',
    fn: (_m, args, nargs, kw) => argsOne('marshal.load', nargs, kw) ? marshal_load(argAt(args, 0)) : NULL,
    doc: 'Read one marshalled value from an open binary file.',
  },
  {
    name: 'dumps',
    fn: (_m, args, nargs, kw) => marshal_dumps(args, nargs, kw),
    doc: 'The bytes that dump(value, file) would write.',
  },
  {
    name: 'loads',
    fn: (_m, args, nargs, kw) => argsOne('marshal.loads', nargs, kw) ? marshal_loads(argAt(args, 0)) : NULL,
    doc: 'The value marshalled in a bytes-like object (extra bytes are ignored).',
  },
];

export function marshalModuleNew(): Owned | Null {
  return nativeModuleNew('marshal', DEFS, (m) => moduleAddSteal(m, 'version', intFromNumber(MARSHAL_VERSION)),
    'Python values in the binary format of .pyc files (marshal versions 0 to 4).\n\n'
    + 'Only the built-in value types can be written; the format may change between Python versions.');
}
