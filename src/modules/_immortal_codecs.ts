// _immortal_codecs: the loops of the charmap codec (CPython's charmap_decode_string and the EncodingMap
// path of _PyUnicode_EncodeCharmap in Objects/unicodeobject.c), of the unicode_escape and
// raw_unicode_escape decoders and of utf-7 (RFC 2152), for src/lib/_codecs_extra.py, which owns the
// public functions, argument checks, warnings and the error handlers registered from Python.
// Invariants: a decoding table is a str whose character at index b is byte b's ('\ufffe', or an index
// past its end: no character); the encoding map reverses it, the later byte winning, and '\0' always
// encodes to 0 (an EncodingMap exists only for tables that start with '\0'). The built-in error
// handlers run here; at any other handler a loop stops and reports where, and _codecs_extra.py calls
// the handler and resumes. The escape and utf-7 decoders stop at every error. Heap data is read only
// while nothing is allocated (or copied out first).

import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { decref, xdecref } from '../heap/refcount.ts';
import { u8 } from '../heap/views.ts';
import { nativeModuleNew } from './native.ts';
import { type MethodDef, argAt, argsNoKwnames, argsCheckPositional } from '../objects/methodobject.ts';
import { errSetString } from '../objects/errors.ts';
import { TypeError, exceptionRaiseUnicodeDecode, exceptionRaiseUnicodeEncode } from '../objects/exceptions.ts';
import { isStr, strLength, strDataOffset, strKind, cpAt, strToJS, strFromJS, strNewFromCodePoints } from '../objects/str.ts';
import { isBytes, bytesSize, bytesDataOffset, bytesFromUint8Array } from '../objects/bytes.ts';
import { isInt, intSafeValue, intFromNumber } from '../objects/int.ts';
import { tuplePack } from '../objects/tuple.ts';
import { Py_None } from '../objects/none.ts';
import { objectIsTrue } from '../objects/object.ts';
import { unicodeNameLookup } from '../parser/unicode-names.ts';

type Fn = (self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null) => Owned | Null;

const UNDEFINED = 'character maps to <undefined>';

/** A growable array of code points (or bytes, with `bytes`): the output of one call. */
class Out {
  buf: Uint32Array | Uint8Array;
  n = 0;
  constructor(size: number, readonly bytes = false) {
    this.buf = bytes ? new Uint8Array(Math.max(16, size)) : new Uint32Array(Math.max(16, size));
  }
  push(v: number): void {
    if (this.n === this.buf.length) {
      const b = this.bytes ? new Uint8Array(this.buf.length * 2) : new Uint32Array(this.buf.length * 2);
      b.set(this.buf);
      this.buf = b;
    }
    this.buf[this.n++] = v;
  }
  text(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }
}

/** The code points of str `o` (copied). */
function codePoints(o: Borrowed): Uint32Array {
  const n = strLength(o), d = strDataOffset(o), k = strKind(o);
  const cps = new Uint32Array(n);
  for (let i = 0; i < n; i++) cps[i] = cpAt(d, k, i);
  return cps;
}

// Reverse tables by the text of their decoding table: most programs use a handful of codecs, and
// incremental encoders call once per piece.
const encodeMaps = new Map<string, Map<number, number>>();

function encodeMap(table: Borrowed): Map<number, number> {
  // JS text can't tell lone surrogates side by side from a pair, so 4-byte strs key by code points.
  const cps = codePoints(table);
  const key = strKind(table) === 4 ? cps.join(',') : strKind(table) + strToJS(table);
  let m = encodeMaps.get(key);
  if (m === undefined) {
    m = new Map([[0, 0]]);
    for (let b = 1; b < cps.length && b < 256; b++) if (cps[b] !== 0xfffe) m.set(cps[b]!, b);
    if (encodeMaps.size >= 64) encodeMaps.clear();
    encodeMaps.set(key, m);
  }
  return m;
}

/** A position argument (an int, 0 or more), or -1 with an exception set. */
function intArg(o: Borrowed, fname: string): number {
  const v = isInt(o) ? intSafeValue(o) : -1;
  if (!(v >= 0)) { errSetString(TypeError, `${fname}() position must be an int >= 0`); return -1; }
  return v;
}

/**
 * charmap_decode(data: bytes, errors: str, table: str, pos: int) -> (text, stop): decodes data[pos:],
 * stopping at the first byte with no character when `errors` is not a built-in handler (stop is then
 * that byte's index, else len(data)).
 */
const charmap_decode: Fn = (_self, args, nargs, kwnames) => {
  if (!argsNoKwnames('charmap_decode', kwnames) || !argsCheckPositional('charmap_decode', nargs, 4, 4)) return NULL;
  const dataObj = argAt(args, 0), errObj = argAt(args, 1), tableObj = argAt(args, 2);
  if (!isBytes(dataObj) || !isStr(errObj) || !isStr(tableObj)) return errSetString(TypeError, 'charmap_decode(bytes, str, str, int)');
  const pos = intArg(argAt(args, 3), 'charmap_decode');
  if (pos < 0) return NULL;
  const errors = strToJS(errObj);
  const table = new Int32Array(256).fill(0xfffe);
  const cps = codePoints(tableObj);
  for (let b = 0; b < 256 && b < cps.length; b++) table[b] = cps[b]!;
  // Nothing is allocated in the loop, so the bytes are read in place.
  const d = bytesDataOffset(dataObj), n = bytesSize(dataObj);
  const out = new Out(n - pos);
  let i = pos;
  for (; i < n; i++) {
    const b = u8[d + i]!;
    const c = table[b]!;
    if (c !== 0xfffe) { out.push(c); continue; }
    if (errors === 'strict' || errors === 'surrogatepass' || (errors === 'surrogateescape' && b < 0x80)) {
      return exceptionRaiseUnicodeDecode('charmap', u8.slice(d, d + n), i, i + 1, UNDEFINED);
    }
    if (errors === 'ignore') continue;
    if (errors === 'replace') out.push(0xfffd);
    else if (errors === 'backslashreplace') out.text('\\x' + b.toString(16).padStart(2, '0'));
    else if (errors === 'surrogateescape') out.push(0xdc00 + b);
    else if (errors === 'xmlcharrefreplace' || errors === 'namereplace') {
      return errSetString(TypeError, "don't know how to handle UnicodeDecodeError in error callback");
    } else break;
  }
  return pair(strNewFromCodePoints(out.buf, 0, out.n), i, -1);
};

/**
 * charmap_encode(text: str, errors: str, table: str, pos: int) -> (data, stop, end): encodes text[pos:]
 * with the reverse of `table`, stopping at the first run text[stop:end] of characters it lacks when
 * `errors` is not strict, ignore, replace or xmlcharrefreplace (stop is len(text) when it got through).
 */
const charmap_encode: Fn = (_self, args, nargs, kwnames) => {
  if (!argsNoKwnames('charmap_encode', kwnames) || !argsCheckPositional('charmap_encode', nargs, 4, 4)) return NULL;
  const textObj = argAt(args, 0), errObj = argAt(args, 1), tableObj = argAt(args, 2);
  if (!isStr(textObj) || !isStr(errObj) || !isStr(tableObj)) return errSetString(TypeError, 'charmap_encode(str, str, str, int)');
  const pos = intArg(argAt(args, 3), 'charmap_encode');
  if (pos < 0) return NULL;
  const map = encodeMap(tableObj);
  const errors = strToJS(errObj);
  const text = codePoints(textObj);
  const n = text.length;
  const out = new Out(n - pos, true);
  // Puts the bytes of an ASCII replacement; false when the map lacks one of them.
  const put = (s: string): boolean => {
    for (let k = 0; k < s.length; k++) {
      const b = map.get(s.charCodeAt(k));
      if (b === undefined) return false;
      out.push(b);
    }
    return true;
  };
  let i = pos;
  while (i < n) {
    const b = map.get(text[i]!);
    if (b !== undefined) { out.push(b); i++; continue; }
    let e = i + 1;
    while (e < n && !map.has(text[e]!)) e++;
    if (errors === 'strict') return exceptionRaiseUnicodeEncode('charmap', textObj, i, e, UNDEFINED);
    if (errors === 'ignore') { i = e; continue; }
    if (errors === 'replace' || errors === 'xmlcharrefreplace') {
      for (let k = i; k < e; k++) {
        if (!put(errors === 'replace' ? '?' : `&#${text[k]};`)) {
          return exceptionRaiseUnicodeEncode('charmap', textObj, i, e, UNDEFINED);
        }
      }
      i = e;
      continue;
    }
    return encodeResult(out, i, e);
  }
  return encodeResult(out, n, n);
};

function encodeResult(out: Out, stop: number, end: number): Owned | Null {
  return pair(bytesFromUint8Array(out.buf as Uint8Array, 0, out.n), stop, end);
}

/** (first, stop) or, when end >= 0, (first, stop, end); `first` is stolen. */
function pair(first: Owned | Null, stop: number, end: number): Owned | Null {
  if (first === NULL) return NULL;
  const a = intFromNumber(stop);
  const b = end >= 0 ? intFromNumber(end) : NULL;
  let t: Owned | Null = NULL;
  if (a !== NULL && (end < 0 || b !== NULL)) t = tuplePack(end >= 0 ? [first, a, b as Borrowed] : [first, a]);
  decref(first); xdecref(a); xdecref(b);
  return t;
}

// The escapes of unicode_escape with a fixed meaning, by the byte after the backslash (-1: nothing, for
// the line continuation of a backslash before a line feed).
const SIMPLE_ESCAPES = new Map<number, number>([
  [0x0a, -1], [0x5c, 0x5c], [0x27, 0x27], [0x22, 0x22], [0x61, 0x07], [0x62, 0x08], [0x66, 0x0c],
  [0x6e, 0x0a], [0x72, 0x0d], [0x74, 0x09], [0x76, 0x0b],
]);

function hexValue(b: number): number {
  return b >= 0x30 && b <= 0x39 ? b - 0x30 : b >= 0x61 && b <= 0x66 ? b - 0x57 : b >= 0x41 && b <= 0x46 ? b - 0x37 : -1;
}

/**
 * unicode_escape_step(data: bytes, pos: int, final: bool, raw: bool) -> (text, pos, error, invalid):
 * decodes data[pos:] as unicode_escape (raw false) or raw_unicode_escape until the end, an escape the
 * data ends in the middle of (final false: pos is where it starts), or an error: then `error` is
 * (start, end, reason) and pos is start. `invalid` is the index of the character after the backslash of
 * the first escape CPython warns about (unknown, or octal past 0o377), or -1.
 */
const unicode_escape_step: Fn = (_self, args, nargs, kwnames) => {
  if (!argsNoKwnames('unicode_escape_step', kwnames) || !argsCheckPositional('unicode_escape_step', nargs, 4, 4)) return NULL;
  const dataObj = argAt(args, 0);
  if (!isBytes(dataObj)) return errSetString(TypeError, 'unicode_escape_step(bytes, int, bool, bool)');
  let pos = intArg(argAt(args, 1), 'unicode_escape_step');
  if (pos < 0) return NULL;
  const final = objectIsTrue(argAt(args, 2)), raw = objectIsTrue(argAt(args, 3));
  if (final < 0 || raw < 0) return NULL;
  // Nothing is allocated until the loop ends, so the bytes are read in place.
  const d = bytesDataOffset(dataObj), n = bytesSize(dataObj);
  const at = (i: number): number => u8[d + i]!;
  const out = new Out(n - pos);
  let invalid = -1;
  let error: [number, number, string] | null = null;
  // A \x, \u or \U escape of `width` hex digits after data[i]: the code point, or -1 with `error` set
  // (or -2: the data ends inside it and final is false).
  const hexEscape = (start: number, i: number, width: number, truncated: string, outOfRange: string): number => {
    let v = 0, k = 0;
    for (; k < width && i + k < n; k++) {
      const h = hexValue(at(i + k));
      if (h < 0) break;
      v = v * 16 + h;
    }
    if (k < width) {
      if (i + k >= n && !final) return -2;
      error = [start, i + k, truncated];
      return -1;
    }
    if (v > 0x10ffff) { error = [start, i + k, outOfRange]; return -1; }
    return v;
  };
  while (pos < n) {
    const b = at(pos);
    if (b !== 0x5c) { out.push(b); pos++; continue; }
    if (raw) {
      // Pairs of backslashes stand for themselves; an odd one out may start \u or \U.
      let run = pos;
      while (run < n && at(run) === 0x5c) run++;
      const odd = (run - pos) % 2 === 1;
      for (let k = pos; k < run - (odd ? 1 : 0); k++) out.push(0x5c);
      const esc = run - 1;
      pos = run;
      if (!odd) continue;
      if (run >= n) {
        if (!final) { pos = esc; break; }
        out.push(0x5c);
        continue;
      }
      const c = at(run);
      if (c !== 0x75 && c !== 0x55) { out.push(0x5c); continue; }
      const width = c === 0x75 ? 4 : 8;
      const v = hexEscape(esc, run + 1, width, width === 4 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape',
        '\\Uxxxxxxxx out of range');
      if (v === -2) { pos = esc; break; }
      if (v < 0) { pos = esc; break; }
      out.push(v);
      pos = run + 1 + width;
      continue;
    }
    const start = pos;
    if (pos + 1 >= n) {
      if (final) error = [start, n, '\\ at end of string'];
      break;
    }
    const c = at(pos + 1);
    const simple = SIMPLE_ESCAPES.get(c);
    if (simple !== undefined) {
      if (simple >= 0) out.push(simple);
      pos += 2;
      continue;
    }
    if (c >= 0x30 && c <= 0x37) {
      let v = c - 0x30, e = pos + 2;
      while (e < n && e < pos + 4 && at(e) >= 0x30 && at(e) <= 0x37) v = v * 8 + at(e++) - 0x30;
      if (v > 0o377 && invalid < 0) invalid = pos + 1;
      out.push(v);
      pos = e;
      continue;
    }
    if (c === 0x78 || c === 0x75 || c === 0x55) {
      const width = c === 0x78 ? 2 : c === 0x75 ? 4 : 8;
      const v = hexEscape(start, pos + 2, width,
        width === 2 ? 'truncated \\xXX escape' : width === 4 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape',
        'illegal Unicode character');
      if (v < 0) break;
      out.push(v);
      pos += 2 + width;
      continue;
    }
    if (c === 0x4e) {
      const malformed = 'malformed \\N character escape';
      const open = pos + 2;
      if (open >= n) { if (final) error = [start, n, malformed]; break; }
      if (at(open) !== 0x7b) { error = [start, open, malformed]; break; }
      let close = open + 1;
      while (close < n && at(close) !== 0x7d) close++;
      if (close >= n) { if (final) error = [start, n, malformed]; break; }
      if (close === open + 1) { error = [start, close, malformed]; break; }
      let name = '';
      for (let k = open + 1; k < close; k++) name += String.fromCharCode(at(k));
      const cp = unicodeNameLookup(name);
      if (cp === null) { error = [start, close + 1, 'unknown Unicode character name']; break; }
      out.push(cp);
      pos = close + 1;
      continue;
    }
    if (invalid < 0) invalid = pos + 1;
    out.push(0x5c);
    out.push(c);
    pos += 2;
  }
  const text = strNewFromCodePoints(out.buf, 0, out.n);
  if (text === NULL) return NULL;
  return withError(text, pos, error, invalid);
};

// utf-7's base64 alphabet, and the value of each of its bytes (-1 for the rest).
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) BASE64_VALUE[BASE64.charCodeAt(i)] = i;
// What the utf-7 encoder writes as itself: RFC 2152's Set D, its optional Set O, and tab, line feed,
// carriage return and space (CPython's choice). NUL, the other controls, '+', '\\', '~' and DEL go in base64.
const UTF7_DIRECT = new Uint8Array(128);
for (const c of "\t\n\r !\"#$%&'()*,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}") {
  UTF7_DIRECT[c.charCodeAt(0)] = 1;
}

/** utf_7_encode(text: str) -> bytes. */
const utf_7_encode: Fn = (_self, args, nargs, kwnames) => {
  if (!argsNoKwnames('utf_7_encode', kwnames) || !argsCheckPositional('utf_7_encode', nargs, 1, 1)) return NULL;
  const textObj = argAt(args, 0);
  if (!isStr(textObj)) return errSetString(TypeError, 'utf_7_encode(str)');
  const text = codePoints(textObj);
  const out = new Out(text.length + 8, true);
  let inShift = false, bits = 0, buf = 0;
  const put16 = (unit: number): void => {
    buf = ((buf << 16) | unit) & 0x3fffff;
    bits += 16;
    while (bits >= 6) { bits -= 6; out.push(BASE64.charCodeAt((buf >> bits) & 0x3f)); }
  };
  for (let i = 0; i < text.length; i++) {
    const cp = text[i]!;
    if (cp < 128 && UTF7_DIRECT[cp]) {
      if (inShift) {
        if (bits) { out.push(BASE64.charCodeAt((buf << (6 - bits)) & 0x3f)); bits = buf = 0; }
        inShift = false;
        // A base64 character or '-' right after the run needs the explicit end '-'.
        if (BASE64_VALUE[cp]! >= 0 || cp === 0x2d) out.push(0x2d);
      }
      out.push(cp);
      continue;
    }
    if (!inShift) {
      if (cp === 0x2b) { out.push(0x2b); out.push(0x2d); continue; }
      out.push(0x2b);
      inShift = true;
    }
    if (cp >= 0x10000) {
      put16(0xd800 | ((cp - 0x10000) >> 10));
      put16(0xdc00 | (cp & 0x3ff));
    } else put16(cp);
  }
  if (bits) out.push(BASE64.charCodeAt((buf << (6 - bits)) & 0x3f));
  if (inShift) out.push(0x2d);
  return bytesFromUint8Array(out.buf as Uint8Array, 0, out.n);
};

/**
 * utf_7_step(data: bytes, pos: int, final: bool) -> (text, pos, error): decodes data[pos:] as utf-7
 * (starting outside a base64 run) up to the end or the first error: then `error` is (start, end,
 * reason) and pos is end. With final false, a base64 run still open at the end is left unconsumed.
 */
const utf_7_step: Fn = (_self, args, nargs, kwnames) => {
  if (!argsNoKwnames('utf_7_step', kwnames) || !argsCheckPositional('utf_7_step', nargs, 3, 3)) return NULL;
  const dataObj = argAt(args, 0);
  if (!isBytes(dataObj)) return errSetString(TypeError, 'utf_7_step(bytes, int, bool)');
  let pos = intArg(argAt(args, 1), 'utf_7_step');
  if (pos < 0) return NULL;
  const final = objectIsTrue(argAt(args, 2));
  if (final < 0) return NULL;
  // Nothing is allocated until the loop ends, so the bytes are read in place.
  const d = bytesDataOffset(dataObj), n = bytesSize(dataObj);
  const out = new Out(n - pos);
  let inShift = false, shiftStart = 0, shiftOut = 0;
  let bits = 0, buf = 0, high = 0; // undecoded bits, and a high surrogate waiting for its low half
  let error: [number, number, string] | null = null;
  while (pos < n && error === null) {
    const c = u8[d + pos]!;
    if (inShift) {
      const v = BASE64_VALUE[c]!;
      if (v >= 0) {
        buf = ((buf << 6) | v) & 0x3fffff;
        bits += 6;
        pos++;
        if (bits >= 16) {
          bits -= 16;
          const unit = (buf >> bits) & 0xffff;
          buf &= (1 << bits) - 1;
          if (high) {
            if (unit >= 0xdc00 && unit <= 0xdfff) {
              out.push(0x10000 + ((high - 0xd800) << 10) + (unit - 0xdc00));
              high = 0;
              continue;
            }
            out.push(high);
            high = 0;
          }
          if (unit >= 0xd800 && unit <= 0xdbff) high = unit;
          else out.push(unit);
        }
        continue;
      }
      inShift = false;
      if (bits >= 6) { pos++; error = [shiftStart, pos, 'partial character in shift sequence']; break; }
      if (buf) { pos++; error = [shiftStart, pos, 'non-zero padding bits in shift sequence']; break; }
      if (high && c < 128 && c !== 0x2b) out.push(high);
      high = 0;
      if (c === 0x2d) pos++;
      continue;
    }
    if (c === 0x2b) {
      shiftStart = pos++;
      if (pos < n && u8[d + pos] === 0x2d) { pos++; out.push(0x2b); continue; }
      if (pos < n && BASE64_VALUE[u8[d + pos]!]! < 0) { pos++; error = [shiftStart, pos, 'ill-formed sequence']; break; }
      inShift = true;
      shiftOut = out.n;
      bits = buf = high = 0;
      continue;
    }
    if (c < 128) { out.push(c); pos++; continue; }
    error = [pos, pos + 1, 'unexpected special character'];
    pos++;
  }
  if (error === null && inShift) {
    if (!final) {
      out.n = shiftOut;
      pos = shiftStart;
    } else if (high || bits >= 6 || (bits && buf)) {
      error = [shiftStart, n, 'unterminated shift sequence'];
    }
  }
  const text = strNewFromCodePoints(out.buf, 0, out.n);
  if (text === NULL) return NULL;
  return withError(text, pos, error);
};

/**
 * (text, pos, error) or, with `invalid`, (text, pos, error, invalid), where error is None or
 * (start, end, reason); `text` is stolen.
 */
function withError(text: Owned, pos: number, error: [number, number, string] | null, invalid?: number): Owned | Null {
  let err: Owned | Null = NULL;
  if (error !== null) {
    const a = intFromNumber(error[0]), b = intFromNumber(error[1]), r = strFromJS(error[2]);
    if (a !== NULL && b !== NULL && r !== NULL) err = tuplePack([a, b, r]);
    xdecref(a); xdecref(b); xdecref(r);
    if (err === NULL) { decref(text); return NULL; }
  }
  const p = intFromNumber(pos), inv = invalid === undefined ? NULL : intFromNumber(invalid);
  let t: Owned | Null = NULL;
  if (p !== NULL && (invalid === undefined || inv !== NULL)) {
    const items: Borrowed[] = [text, p, err === NULL ? Py_None : err];
    if (invalid !== undefined) items.push(inv as Borrowed);
    t = tuplePack(items);
  }
  decref(text); xdecref(err); xdecref(p); xdecref(inv);
  return t;
}

const methods: MethodDef[] = [
  { name: 'charmap_decode', fn: charmap_decode },
  { name: 'charmap_encode', fn: charmap_encode },
  { name: 'unicode_escape_step', fn: unicode_escape_step },
  { name: 'utf_7_encode', fn: utf_7_encode },
  { name: 'utf_7_step', fn: utf_7_step },
];

/** The module object (src/modules/index.ts). */
export function immortalCodecsModuleNew(): Owned | Null {
  return nativeModuleNew('_immortal_codecs', methods);
}
