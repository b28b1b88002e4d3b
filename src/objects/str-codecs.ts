// The codecs str.encode / bytes.decode know: utf-8 (in str.ts), ascii, latin-1, utf-16 and utf-32 (with and
// without BOM, both byte orders), with the error handlers of Python/codecs.c. Mirrors the codec name
// normalization of Lib/encodings/__init__.py and the builtin codecs of Objects/unicodeobject.c.
// Invariant: decoding works on a JS copy of the bytes, so the source may be any buffer (bytes, bytearray, view).
// Any other encoding name, and any error handler beyond the eight built-in ones, goes to the Python codec
// registry (codecs.lookup / lookup_error, src/lib/codecs.py) through codecHooks, which the vm installs:
// PyUnicode_AsEncodedString / PyUnicode_Decode's path for codecs that are not built in.

import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { errSetString } from './errors.ts';
import { decref } from '../heap/refcount.ts';
import {
  TypeError, LookupError, NotImplementedError,
  exceptionRaiseUnicodeEncode, exceptionRaiseUnicodeDecode,
} from './exceptions.ts';
import {
  strFromUTF8, strEncodeUTF8, strLength, strGetCodePoint, strNewFromCodePoints, strFromLatin1,
} from './str.ts';
import { bytesFromUint8Array } from './bytes.ts';
import { CP1252_DECODE, CP437_DECODE } from '../support/unicode-tables.ts';
import { unicodeNameOf } from '../parser/unicode-names.ts';

// The charmap codecs (Lib/encodings/cp1252.py, cp437.py): byte -> code point (-1 undefined), and the
// reverse map built on first use.
const CHARMAP_DECODE: Record<string, readonly number[]> = { cp1252: CP1252_DECODE, cp437: CP437_DECODE };
const charmapEncodeMaps = new Map<string, Map<number, number>>();

function charmapEncodeMap(codec: string): Map<number, number> {
  let m = charmapEncodeMaps.get(codec);
  if (m === undefined) {
    m = new Map();
    const t = CHARMAP_DECODE[codec]!;
    for (let b = 0; b < 256; b++) if (t[b]! >= 0) m.set(t[b]!, b);
    charmapEncodeMaps.set(codec, m);
  }
  return m;
}

// Canonical codec names by normalized alias (lower case, '-' and ' ' as '_').
const ALIASES: Record<string, string> = {
  utf_8: 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', cp65001: 'utf-8', utf8_ucs2: 'utf-8', utf8_ucs4: 'utf-8',
  ascii: 'ascii', us_ascii: 'ascii', '646': 'ascii', us: 'ascii', 'ansi_x3.4_1968': 'ascii', iso646_us: 'ascii', cp367: 'ascii',
  latin_1: 'latin-1', latin1: 'latin-1', latin: 'latin-1', l1: 'latin-1', iso_8859_1: 'latin-1', iso8859_1: 'latin-1',
  '8859': 'latin-1', cp819: 'latin-1', iso_ir_100: 'latin-1',
  utf_16: 'utf-16', utf16: 'utf-16', u16: 'utf-16',
  utf_16_le: 'utf-16-le', utf_16le: 'utf-16-le', utf16le: 'utf-16-le',
  utf_16_be: 'utf-16-be', utf_16be: 'utf-16-be', utf16be: 'utf-16-be',
  utf_32: 'utf-32', utf32: 'utf-32', u32: 'utf-32',
  utf_32_le: 'utf-32-le', utf_32le: 'utf-32-le', utf32le: 'utf-32-le',
  utf_32_be: 'utf-32-be', utf_32be: 'utf-32-be', utf32be: 'utf-32-be',
  cp1252: 'cp1252', windows_1252: 'cp1252', '1252': 'cp1252',
  cp437: 'cp437', '437': 'cp437', ibm437: 'cp437', cspc8codepage437: 'cp437',
};

// Codecs CPython has that we don't (an error that says so rather than "unknown encoding").
const UNSUPPORTED = new Set([
  'cp1251', 'cp1250', 'cp850', 'utf_7', 'utf7', 'idna', 'mac_roman', 'koi8_r', 'shift_jis',
  'sjis', 'gbk', 'gb2312', 'gb18030', 'big5', 'euc_jp', 'euc_kr', 'iso8859_15', 'iso_8859_15', 'latin9',
  'iso8859_2', 'iso_8859_2', 'cp037', 'unicode_escape', 'raw_unicode_escape', 'punycode', 'utf_8_sig', 'utf8_sig',
  'hex', 'base64', 'rot13', 'rot_13', 'zlib', 'charmap',
]);

/**
 * The registry path (vm/codecs-bridge.ts): encodes str `o` (decode false) or decodes bytes `o` (decode
 * true) through codecs.lookup(encoding), checking that the codec is a text encoding and what it returns.
 */
export const codecHooks = {
  viaRegistry: null as ((o: Borrowed, encoding: string, errors: string, decode: boolean) => Owned | Null) | null,
};

/** The built-in codec's canonical name for `encoding`, or null (no exception set). */
function nativeCodec(encoding: string): string | null {
  if (encoding === 'utf-8' || encoding === 'utf8') return 'utf-8';
  return ALIASES[encoding.toLowerCase().replace(/[- ]/g, '_')] ?? null;
}

/** The canonical codec name for `encoding`, or null with LookupError (or NotImplementedError) set. */
export function codecLookup(encoding: string): string | null {
  const c = nativeCodec(encoding);
  if (c !== null) return c;
  const key = encoding.toLowerCase().replace(/[- ]/g, '_');
  if (UNSUPPORTED.has(key)) {
    errSetString(NotImplementedError, `the '${encoding}' codec is not supported by Immortal yet`);
    return null;
  }
  errSetString(LookupError, `unknown encoding: ${encoding}`);
  return null;
}

const HANDLERS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']);

function checkHandler(errors: string): boolean {
  if (HANDLERS.has(errors)) return true;
  errSetString(LookupError, `unknown error handler name '${errors}'`);
  return false;
}

function hex(n: number, w: number): string {
  return n.toString(16).padStart(w, '0');
}

function escapeCp(cp: number): string {
  return cp <= 0xff ? '\\x' + hex(cp, 2) : cp <= 0xffff ? '\\u' + hex(cp, 4) : '\\U' + hex(cp, 8);
}

// ---- encoding ----

/** str.encode(encoding, errors) for every codec we have. https://docs.python.org/3/library/stdtypes.html#str.encode */
export function strEncode(o: Borrowed, encoding: string, errors: string): Owned | Null {
  const native = nativeCodec(encoding);
  if ((native === null || !HANDLERS.has(errors)) && codecHooks.viaRegistry !== null) {
    return codecHooks.viaRegistry(o, encoding, errors, false);
  }
  const codec = native ?? codecLookup(encoding);
  if (codec === null) return NULL;
  if (codec === 'utf-8') return strEncodeUTF8(o, errors);
  const n = strLength(o);
  const charmap = CHARMAP_DECODE[codec] !== undefined ? charmapEncodeMap(codec) : null;
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  const width = codec.startsWith('utf-16') ? 2 : codec.startsWith('utf-32') ? 4 : 1;
  const be = codec.endsWith('-be');
  const out: number[] = [];
  const put = (cp: number): void => {
    if (charmap !== null) out.push(charmap.get(cp) ?? cp); // replacements are ASCII, mapped to themselves
    else if (width === 1) out.push(cp);
    else if (width === 4) {
      if (be) out.push(cp >>> 24, (cp >>> 16) & 255, (cp >>> 8) & 255, cp & 255);
      else out.push(cp & 255, (cp >>> 8) & 255, (cp >>> 16) & 255, cp >>> 24);
    } else if (cp >= 0x10000) {
      const hi = 0xd800 + ((cp - 0x10000) >> 10), lo = 0xdc00 + ((cp - 0x10000) & 0x3ff);
      put(hi); put(lo);
    } else if (be) out.push(cp >>> 8, cp & 255);
    else out.push(cp & 255, cp >>> 8);
  };
  if (codec === 'utf-16' || codec === 'utf-32') put(0xfeff);
  const bad = (cp: number): boolean => (charmap !== null ? !charmap.has(cp) : width === 1 ? cp >= limit : cp >= 0xd800 && cp <= 0xdfff);
  const reason = charmap !== null ? 'character maps to <undefined>' : width === 1 ? `ordinal not in range(${limit})` : 'surrogates not allowed';
  const errName = charmap !== null ? 'charmap' : codec;
  let handlerOk = false;
  for (let i = 0; i < n; i++) {
    const cp = strGetCodePoint(o, i);
    if (!bad(cp)) { put(cp); continue; }
    let e = i + 1;
    while (e < n && bad(strGetCodePoint(o, e))) e++;
    if (!handlerOk) { if (!checkHandler(errors)) return NULL; handlerOk = true; }
    let k = i;
    switch (errors) {
      case 'ignore': break;
      case 'replace': for (; k < e; k++) put(0x3f); break;
      case 'backslashreplace':
      case 'namereplace':
        for (; k < e; k++) {
          const cp = strGetCodePoint(o, k);
          const name = errors === 'namereplace' ? unicodeNameOf(cp) : null;
          for (const c of name !== null ? `\\N{${name}}` : escapeCp(cp)) put(c.charCodeAt(0));
        }
        break;
      case 'xmlcharrefreplace':
        for (; k < e; k++) for (const c of `&#${strGetCodePoint(o, k)};`) put(c.charCodeAt(0));
        break;
      case 'surrogateescape':
        for (; k < e; k++) {
          const c = strGetCodePoint(o, k);
          if (c < 0xdc80 || c > 0xdcff || (width > 1 && c < 0xdd00 && (c & 0xff) < 0x80)) break;
          out.push(c & 0xff);
        }
        if (k < e) return encodeError(errName, o, k, e, reason);
        break;
      case 'surrogatepass':
        if (width === 1) return encodeError(errName, o, i, e, reason);
        for (; k < e; k++) put(strGetCodePoint(o, k));
        break;
      default:
        return encodeError(errName, o, i, e, reason);
    }
    i = e - 1;
  }
  return bytesFromUint8Array(Uint8Array.from(out));
}

function encodeError(codec: string, o: Borrowed, s: number, e: number, reason: string): Null {
  return exceptionRaiseUnicodeEncode(codec, o, s, e, reason);
}

// ---- decoding ----

function decodeError(codec: string, data: Uint8Array, s: number, e: number, reason: string): Null {
  return exceptionRaiseUnicodeDecode(codec, data, s, e, reason);
}

/**
 * Applies the decode error handler to data[s .. e): pushes the replacement into `out`. False with the
 * exception set when the handler is strict (or can't handle it).
 */
function decodeHandle(codec: string, errors: string, data: Uint8Array, s: number, e: number, reason: string, out: number[]): boolean {
  switch (errors) {
    case 'ignore': return true;
    case 'replace': out.push(0xfffd); return true;
    case 'backslashreplace':
      for (let k = s; k < e; k++) for (const c of '\\x' + hex(data[k], 2)) out.push(c.charCodeAt(0));
      return true;
    case 'surrogateescape':
      for (let k = s; k < e; k++) if (data[k] < 0x80) { decodeError(codec, data, s, e, reason); return false; }
      for (let k = s; k < e; k++) out.push(0xdc00 + data[k]);
      return true;
    case 'xmlcharrefreplace':
    case 'namereplace':
      errSetString(TypeError, "don't know how to handle UnicodeDecodeError in error callback");
      return false;
    case 'strict':
    case 'surrogatepass':
      decodeError(codec, data, s, e, reason);
      return false;
  }
  checkHandler(errors);
  return false;
}

/** bytes.decode(encoding, errors) of the JS bytes `data`. https://docs.python.org/3/library/stdtypes.html#bytes.decode */
export function bytesDecode(data: Uint8Array, encoding: string, errors: string): Owned | Null {
  const native = nativeCodec(encoding);
  if ((native === null || !HANDLERS.has(errors)) && codecHooks.viaRegistry !== null) {
    const b = bytesFromUint8Array(data);
    if (b === NULL) return NULL;
    const r = codecHooks.viaRegistry(b, encoding, errors, true);
    decref(b);
    return r;
  }
  const codec = native ?? codecLookup(encoding);
  if (codec === null) return NULL;
  if (codec === 'utf-8') return strFromUTF8(data, errors);
  if (codec === 'latin-1') return strFromLatin1(data);
  const out: number[] = [];
  const table = CHARMAP_DECODE[codec];
  if (table !== undefined) {
    for (let i = 0; i < data.length; i++) {
      const c = table[data[i]!]!;
      if (c >= 0) out.push(c);
      else if (!decodeHandle('charmap', errors, data, i, i + 1, 'character maps to <undefined>', out)) return NULL;
    }
    return strNewFromCodePoints(out);
  }
  if (codec === 'ascii') {
    let i = 0;
    while (i < data.length && data[i] < 0x80) i++;
    if (i === data.length) return strFromLatin1(data);
    for (i = 0; i < data.length; i++) {
      if (data[i] < 0x80) out.push(data[i]);
      else if (!decodeHandle('ascii', errors, data, i, i + 1, 'ordinal not in range(128)', out)) return NULL;
    }
    return strNewFromCodePoints(out);
  }
  let be = codec.endsWith('-be');
  let name = codec;
  let start = 0;
  const n = data.length;
  if (codec.startsWith('utf-16')) {
    if (codec === 'utf-16') {
      if (n >= 2 && data[0] === 0xfe && data[1] === 0xff) { be = true; start = 2; }
      else if (n >= 2 && data[0] === 0xff && data[1] === 0xfe) start = 2;
      name = be ? 'utf-16-be' : 'utf-16-le';
    }
    for (let i = start; i < n;) {
      if (i + 1 >= n) {
        if (!decodeHandle(name, errors, data, i, n, 'truncated data', out)) return NULL;
        break;
      }
      const u = be ? (data[i] << 8) | data[i + 1] : data[i] | (data[i + 1] << 8);
      if (u < 0xd800 || u > 0xdfff) { out.push(u); i += 2; continue; }
      if (u >= 0xdc00) {
        if (errors === 'surrogatepass') { out.push(u); i += 2; continue; }
        if (!decodeHandle(name, errors, data, i, i + 2, 'illegal encoding', out)) return NULL;
        i += 2;
        continue;
      }
      if (i + 3 >= n) {
        if (errors === 'surrogatepass' && i + 3 > n - 1 && i + 2 >= n) { out.push(u); i += 2; continue; }
        if (!decodeHandle(name, errors, data, i, n, 'unexpected end of data', out)) return NULL;
        break;
      }
      const u2 = be ? (data[i + 2] << 8) | data[i + 3] : data[i + 2] | (data[i + 3] << 8);
      if (u2 >= 0xdc00 && u2 <= 0xdfff) { out.push(0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00)); i += 4; continue; }
      if (errors === 'surrogatepass') { out.push(u); i += 2; continue; }
      if (!decodeHandle(name, errors, data, i, i + 2, 'illegal UTF-16 surrogate', out)) return NULL;
      i += 2;
    }
    return strNewFromCodePoints(out);
  }
  // utf-32
  if (codec === 'utf-32') {
    if (n >= 4 && data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff) { be = true; start = 4; }
    else if (n >= 4 && data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0) start = 4;
    name = be ? 'utf-32-be' : 'utf-32-le';
  }
  for (let i = start; i < n; i += 4) {
    if (i + 3 >= n) {
      if (!decodeHandle(name, errors, data, i, n, 'truncated data', out)) return NULL;
      break;
    }
    const u = be
      ? ((data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3]) >>> 0
      : ((data[i + 3] << 24) | (data[i + 2] << 16) | (data[i + 1] << 8) | data[i]) >>> 0;
    if (u > 0x10ffff) {
      if (!decodeHandle(name, errors, data, i, i + 4, 'code point not in range(0x110000)', out)) return NULL;
    } else if (u >= 0xd800 && u <= 0xdfff && errors !== 'surrogatepass') {
      if (!decodeHandle(name, errors, data, i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)', out)) return NULL;
    } else out.push(u);
  }
  return strNewFromCodePoints(out);
}
