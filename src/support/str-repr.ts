// repr() of Python str and bytes, as CPython 3.12 writes them (Objects/unicodeobject.c unicode_repr,
// Objects/bytesobject.c PyBytes_Repr with smart quotes). Printability follows CPython's Unicode 15.0.0
// tables (unicode-printable.ts, generated from CPython), not Node's ICU, which is newer and would print
// characters that CPython 3.12 escapes as unassigned.

import { PRINTABLE_BOUNDS } from './unicode-printable.ts';

const HEX = '0123456789abcdef';
const BOUNDS_LEN = PRINTABLE_BOUNDS.length;

/** Py_UNICODE_ISPRINTABLE(cp), as str.isprintable() for one character. */
export function unicodeIsPrintable(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  // Count the boundaries <= cp: printable when odd.
  let lo = 0, hi = BOUNDS_LEN;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (PRINTABLE_BOUNDS[mid] <= cp) lo = mid + 1;
    else hi = mid;
  }
  return (lo & 1) === 1;
}

// True when the code point is written as itself inside quotes (other than the quote itself).
function plain(cp: number): boolean {
  return cp < 0x7f ? cp >= 0x20 && cp !== 0x5c : unicodeIsPrintable(cp);
}

function hex(cp: number, width: number): string {
  let s = '';
  for (let shift = (width - 1) * 4; shift >= 0; shift -= 4) s += HEX[(cp >>> shift) & 0xf];
  return s;
}

// The escape or text for one code point that is not plain, or is the quote.
function escaped(cp: number, quote: number): string {
  if (cp === quote || cp === 0x5c) return '\\' + String.fromCharCode(cp);
  if (cp === 0x09) return '\\t';
  if (cp === 0x0a) return '\\n';
  if (cp === 0x0d) return '\\r';
  if (cp < 0x20 || cp === 0x7f) return '\\x' + hex(cp, 2);
  if (cp < 0x7f || unicodeIsPrintable(cp)) return String.fromCodePoint(cp);
  if (cp <= 0xff) return '\\x' + hex(cp, 2);
  if (cp <= 0xffff) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

// CPython's choice: single quotes, unless the text has ' and no ", then double quotes.
function chooseQuote(hasSingle: boolean, hasDouble: boolean): number {
  return hasSingle && !hasDouble ? 0x22 : 0x27;
}

/**
 * repr(s) for a Python str given as a JS string. Each code point of the JS string is one character;
 * a lone surrogate code unit is a lone surrogate character (written \udXXX). Limitation: a Python str
 * holding a high surrogate followed by a low surrogate cannot be told from an astral character here;
 * use strReprUnits for such text. https://docs.python.org/3/library/functions.html#repr
 */
export function strRepr(s: string): string {
  const n = s.length;
  let hasSingle = false, hasDouble = false, simple = true;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
    else if (c < 0x7f) { if (c < 0x20 || c === 0x5c) simple = false; }
    else simple = false;
  }
  const quote = chooseQuote(hasSingle, hasDouble);
  const q = String.fromCharCode(quote);
  if (simple && !(quote === 0x27 && hasSingle)) return q + s + q;
  let out = q;
  let run = 0; // start of the pending run of plain characters
  for (let i = 0; i < n;) {
    const cp = s.codePointAt(i) as number;
    const w = cp > 0xffff ? 2 : 1;
    if (cp === quote || !plain(cp)) {
      out += s.slice(run, i) + escaped(cp, quote);
      run = i + w;
    }
    i += w;
  }
  return out + s.slice(run) + q;
}

/**
 * repr() of a Python str stored as CPython stores it: one code point per element of a 1-, 2- or 4-byte
 * array (latin-1, UCS-2, UCS-4), elements [start, end). Surrogates are always separate characters here.
 */
export function strReprUnits(units: Uint8Array | Uint16Array | Uint32Array, start: number, end: number): string {
  let hasSingle = false, hasDouble = false;
  for (let i = start; i < end; i++) {
    const c = units[i];
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = chooseQuote(hasSingle, hasDouble);
  const q = String.fromCharCode(quote);
  let out = q;
  for (let i = start; i < end; i++) {
    const cp = units[i];
    out += cp !== quote && plain(cp) ? String.fromCodePoint(cp) : escaped(cp, quote);
  }
  return out + q;
}

/** repr(b) for Python bytes: b'...' (b"..." when the data has ' and no "), escapes \t \n \r \\ \xhh. */
export function bytesRepr(data: Uint8Array, start = 0, end = data.length): string {
  let hasSingle = false, hasDouble = false;
  for (let i = start; i < end; i++) {
    const c = data[i];
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = chooseQuote(hasSingle, hasDouble);
  const q = String.fromCharCode(quote);
  let out = 'b' + q;
  for (let i = start; i < end; i++) {
    const c = data[i];
    if (c === quote || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + HEX[c >>> 4] + HEX[c & 0xf];
    else out += String.fromCharCode(c);
  }
  return out + q;
}
