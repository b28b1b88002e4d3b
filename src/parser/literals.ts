// Values of number and string literals. Mirrors Parser/string_parser.c (escape decoding, with
// CPython's error messages) and the NUMBER handling of Parser/pegen.c (parsenumber).
// Decoders return a value or an error message; the parser attaches the position.

import type { ConstantValue, PyComplex, PyFloat } from './ast.ts';
import { unicodeNameLookup } from './unicode-names.ts';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Value of a NUMBER token: int (number or bigint), PyFloat, or PyComplex. */
export function numberValue(text: string): ConstantValue {
  const s = text.indexOf('_') === -1 ? text : text.replace(/_/g, '');
  const last = s.charCodeAt(s.length - 1) | 32;
  if (last === 106) {
    const c: PyComplex = { _complex: true, imag: Number(s.slice(0, -1)) };
    return c;
  }
  const c1 = s.charCodeAt(1) | 32;
  if (s.charCodeAt(0) === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
    const big = BigInt(s);
    return big <= MAX_SAFE ? Number(big) : big;
  }
  if (/[.eE]/.test(s)) {
    const f: PyFloat = { _float: true, value: Number(s) };
    return f;
  }
  if (s.length <= 15) return parseInt(s, 10);
  const big = BigInt(s);
  return big <= MAX_SAFE ? Number(big) : big;
}

export interface DecodeResult {
  value: string;
  /** True when an escape produced a surrogate code point (U+D800..U+DFFF): see PyStrCodePoints. */
  surrogates: boolean;
  /** With `surrogates`: the value as code points (escaped surrogates kept as single code points). */
  cps: number[] | null;
  /** SyntaxWarning text for the first invalid escape (CPython warns once per literal), or null. */
  warning: string | null;
  /** Error message (already CPython's full text) or null. */
  error: string | null;
}

function isOct(c: number): boolean {
  return c >= 48 && c <= 55;
}
function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/**
 * Decodes the escapes of a str literal body (already without prefix and quotes).
 * `offsetBase` is added to positions in error messages (the body's offset in CPython's buffer).
 */
export function decodeStrEscapes(body: string): DecodeResult {
  if (body.indexOf('\\') === -1) return { value: body, surrogates: false, cps: null, warning: null, error: null };
  let out = '';
  let i = 0;
  const n = body.length;
  let chunk = 0;
  // Code points so far, kept only once an escape has produced a surrogate.
  let cps: number[] | null = null;
  let cpsUpTo = 0; // out.length already copied into cps
  let warning: string | null = null;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c !== 92) { i++; continue; }
    out += body.slice(chunk, i);
    const escStart = i;
    i++;
    if (i >= n) {
      return { value: '', surrogates: false, cps: null, warning: null, error: `(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position ${utf8Pos(body, escStart)}: \\ at end of string` };
    }
    const d = body.charCodeAt(i);
    i++;
    switch (d) {
      case 10: break;
      case 92: out += '\\'; break;
      case 39: out += "'"; break;
      case 34: out += '"'; break;
      case 97: out += '\x07'; break;
      case 98: out += '\b'; break;
      case 102: out += '\f'; break;
      case 110: out += '\n'; break;
      case 114: out += '\r'; break;
      case 116: out += '\t'; break;
      case 118: out += '\v'; break;
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: {
        let v = d - 48;
        if (i < n && isOct(body.charCodeAt(i))) {
          v = v * 8 + body.charCodeAt(i++) - 48;
          if (i < n && isOct(body.charCodeAt(i))) v = v * 8 + body.charCodeAt(i++) - 48;
        }
        if (v > 0o377 && warning === null) warning = `invalid octal escape sequence '\\${body.slice(escStart + 1, i)}'`;
        out += String.fromCharCode(v);
        break;
      }
      case 120: case 117: case 85: {
        const len = d === 120 ? 2 : d === 117 ? 4 : 8;
        let v = 0;
        let k = 0;
        for (; k < len && i + k < n; k++) {
          const h = hexVal(body.charCodeAt(i + k));
          if (h < 0) break;
          v = v * 16 + h;
        }
        if (k < len) {
          const what = d === 120 ? 'truncated \\xXX escape' : d === 117 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
          return { value: '', surrogates: false, cps: null, warning: null, error: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${utf8Pos(body, escStart)}-${utf8Pos(body, i + k) - 1}: ${what}` };
        }
        i += len;
        if (v > 0x10ffff) {
          return { value: '', surrogates: false, cps: null, warning: null, error: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${utf8Pos(body, escStart)}-${utf8Pos(body, i) - 1}: illegal Unicode character` };
        }
        if (v >= 0xd800 && v < 0xe000) {
          if (cps === null) cps = [];
          for (const ch of out.slice(cpsUpTo)) cps.push(ch.codePointAt(0)!);
          cps.push(v);
          out += String.fromCharCode(v);
          cpsUpTo = out.length;
          break;
        }
        out += String.fromCodePoint(v);
        break;
      }
      case 78: {
        // \N{name}
        let ok = false;
        if (i < n && body.charCodeAt(i) === 123) {
          const close = body.indexOf('}', i + 1);
          if (close > i + 1) {
            const cp = unicodeNameLookup(body.slice(i + 1, close));
            if (cp !== null) {
              out += String.fromCodePoint(cp);
              i = close + 1;
              ok = true;
            } else {
              return { value: '', surrogates: false, cps: null, warning: null, error: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${utf8Pos(body, escStart)}-${utf8Pos(body, close)}: unknown Unicode character name` };
            }
          }
        }
        if (!ok) {
          return { value: '', surrogates: false, cps: null, warning: null, error: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${utf8Pos(body, escStart)}-${utf8Pos(body, i) - 1}: malformed \\N character escape` };
        }
        break;
      }
      default:
        // Invalid escape: kept as is, with a SyntaxWarning, except before a non-ASCII character
        // (CPython rewrites those as \U escapes first, so its decoder sees an escaped backslash).
        if (warning === null && d < 0x80) warning = `invalid escape sequence '\\${String.fromCodePoint(body.codePointAt(i - 1)!)}'`;
        out += '\\';
        i--;
        break;
    }
    chunk = i;
  }
  out += body.slice(chunk);
  if (cps !== null) for (const ch of out.slice(cpsUpTo)) cps.push(ch.codePointAt(0)!);
  return { value: out, surrogates: cps !== null, cps, warning, error: null };
}

function utf8Pos(s: string, i: number): number {
  let n = 0;
  for (let k = 0; k < i; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) { n += 4; k++; }
    else n += 3;
  }
  return n;
}

export interface BytesResult {
  value: Uint8Array;
  warning: string | null;
  error: string | null;
}

/** Decodes a bytes literal body (ASCII only, checked by the caller). */
export function decodeBytes(body: string, raw: boolean): BytesResult {
  const out: number[] = [];
  const n = body.length;
  let i = 0;
  let warning: string | null = null;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c !== 92 || raw) { out.push(c); i++; continue; }
    const escStart = i;
    i++;
    if (i >= n) return { value: new Uint8Array(0), warning: null, error: '(value error) Trailing \\ in string' };
    const d = body.charCodeAt(i);
    i++;
    switch (d) {
      case 10: break;
      case 92: out.push(92); break;
      case 39: out.push(39); break;
      case 34: out.push(34); break;
      case 97: out.push(7); break;
      case 98: out.push(8); break;
      case 102: out.push(12); break;
      case 110: out.push(10); break;
      case 114: out.push(13); break;
      case 116: out.push(9); break;
      case 118: out.push(11); break;
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: {
        let v = d - 48;
        if (i < n && isOct(body.charCodeAt(i))) {
          v = v * 8 + body.charCodeAt(i++) - 48;
          if (i < n && isOct(body.charCodeAt(i))) v = v * 8 + body.charCodeAt(i++) - 48;
        }
        if (v > 0o377 && warning === null) warning = `invalid octal escape sequence '\\${body.slice(escStart + 1, i)}'`;
        out.push(v & 0xff);
        break;
      }
      case 120: {
        const h1 = hexVal(body.charCodeAt(i));
        const h2 = i + 1 < n ? hexVal(body.charCodeAt(i + 1)) : -1;
        if (h1 < 0 || h2 < 0) return { value: new Uint8Array(0), warning: null, error: `(value error) invalid \\x escape at position ${escStart}` };
        out.push(h1 * 16 + h2);
        i += 2;
        break;
      }
      default:
        if (warning === null) warning = `invalid escape sequence '\\${body[i - 1]}'`;
        out.push(92);
        i--;
        break;
    }
  }
  return { value: Uint8Array.from(out), warning, error: null };
}
