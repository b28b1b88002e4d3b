// str.split/rsplit/splitlines/strip on the heap's code units (Objects/stringlib/split.h, unicodeobject.c
// do_strip/_PyUnicode_XStrip): no JS string is made, and the pieces are strSlice copies, so a lone
// surrogate stays a code point of its own and a str of kind 4 needs no special case.
// Invariants: positions are code point indices; a piece that is the whole of an exact str is that str
// (strSlice returns it with a new reference, as CPython's SPLIT_ADD of `self`); white space is
// Py_UNICODE_ISSPACE (support/unicode.ts U_SPACE), line breaks are those of str.splitlines.

import { decref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { strLength, strKind, strSlice, strFind, strRFind, cpAt as at, STR_DATA } from './str.ts';
import { listNew, listAppendSteal, listReverse } from './list.ts';
import { unicodeFlags, U_SPACE } from '../support/unicode.ts';

/** Whether each code point below 256 is white space (filled on first use from the Unicode tables). */
let latin1Space: Uint8Array | null = null;

function spaceTable(): Uint8Array {
  if (latin1Space === null) {
    latin1Space = new Uint8Array(256);
    for (let c = 0; c < 256; c++) latin1Space[c] = (unicodeFlags(c) & U_SPACE) !== 0 ? 1 : 0;
  }
  return latin1Space;
}

function isSpace(c: number, t: Uint8Array): boolean {
  return c < 256 ? t[c] !== 0 : (unicodeFlags(c) & U_SPACE) !== 0;
}

/** Appends o[i:j] to list l; false (l released) on MemoryError. */
function add(l: Owned, o: Borrowed, i: number, j: number): boolean {
  const s = strSlice(o, i, j);
  if (s === NULL || listAppendSteal(l, s) < 0) {
    decref(l);
    return false;
  }
  return true;
}

/** s.split() / s.rsplit() with no separator: runs of white space separate, and none are kept at the ends. */
export function strSplitWhitespace(o: Borrowed, maxsplit: number, reverse: boolean): Owned | Null {
  const l = listNew(0);
  if (l === NULL) return NULL;
  const n = strLength(o), kind = strKind(o), d = o + STR_DATA, t = spaceTable();
  let count = maxsplit < 0 ? Number.MAX_SAFE_INTEGER : maxsplit;
  if (!reverse) {
    let i = 0;
    while (count-- > 0) {
      while (i < n && isSpace(at(d, kind, i), t)) i++;
      if (i === n) return l;
      const j = i++;
      while (i < n && !isSpace(at(d, kind, i), t)) i++;
      if (!add(l, o, j, i)) return NULL;
    }
    while (i < n && isSpace(at(d, kind, i), t)) i++;
    if (i < n && !add(l, o, i, n)) return NULL;
    return l;
  }
  let i = n - 1;
  while (count-- > 0) {
    while (i >= 0 && isSpace(at(d, kind, i), t)) i--;
    if (i < 0) break;
    const j = i--;
    while (i >= 0 && !isSpace(at(d, kind, i), t)) i--;
    if (!add(l, o, i + 1, j + 1)) return NULL;
  }
  if (i >= 0) {
    while (i >= 0 && isSpace(at(d, kind, i), t)) i--;
    if (i >= 0 && !add(l, o, 0, i + 1)) return NULL;
  }
  listReverse(l);
  return l;
}

/** s.split(sep) / s.rsplit(sep) for a non-empty str sep: every occurrence separates (pieces may be empty). */
export function strSplitSep(o: Borrowed, sep: Borrowed, maxsplit: number, reverse: boolean): Owned | Null {
  const l = listNew(0);
  if (l === NULL) return NULL;
  const n = strLength(o), m = strLength(sep);
  let count = maxsplit < 0 ? Number.MAX_SAFE_INTEGER : maxsplit;
  if (!reverse) {
    let j = 0;
    for (let i = strFind(o, sep, 0); i >= 0 && count > 0; i = strFind(o, sep, j), count--) {
      if (!add(l, o, j, i)) return NULL;
      j = i + m;
    }
    return add(l, o, j, n) ? l : NULL;
  }
  let j = n;
  for (let i = strRFind(o, sep, 0, j); i >= 0 && count > 0; i = strRFind(o, sep, 0, j), count--) {
    if (!add(l, o, i + m, j)) return NULL;
    j = i;
  }
  if (!add(l, o, 0, j)) return NULL;
  listReverse(l);
  return l;
}

/** The line-break code points of str.splitlines besides \r (which pairs with a following \n). */
function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0b || c === 0x0c || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** s.splitlines(keepends). */
export function strSplitLines(o: Borrowed, keepends: boolean): Owned | Null {
  const l = listNew(0);
  if (l === NULL) return NULL;
  const n = strLength(o), kind = strKind(o), d = o + STR_DATA;
  let i = 0;
  while (i < n) {
    const j = i;
    let c = 0;
    while (i < n) {
      c = at(d, kind, i);
      if (c === 0x0d || isLineBreak(c)) break;
      i++;
    }
    let eol = i;
    if (i < n) {
      i += c === 0x0d && i + 1 < n && at(d, kind, i + 1) === 0x0a ? 2 : 1;
      if (keepends) eol = i;
    }
    if (!add(l, o, j, eol)) return NULL;
  }
  return l;
}

/** s.strip/lstrip/rstrip(chars): chars NULL strips white space. */
export function strStrip(o: Borrowed, chars: Borrowed | Null, left: boolean, right: boolean): Owned | Null {
  const n = strLength(o), kind = strKind(o), d = o + STR_DATA;
  let a = 0, b = n;
  if (chars === NULL) {
    const t = spaceTable();
    if (left) while (a < b && isSpace(at(d, kind, a), t)) a++;
    if (right) while (b > a && isSpace(at(d, kind, b - 1), t)) b--;
  } else {
    const m = strLength(chars), ck = strKind(chars), cd = chars + STR_DATA;
    if (left) while (a < b && inChars(at(d, kind, a), cd, ck, m)) a++;
    if (right) while (b > a && inChars(at(d, kind, b - 1), cd, ck, m)) b--;
  }
  return strSlice(o, a, b);
}

function inChars(c: number, cd: number, ck: number, m: number): boolean {
  for (let k = 0; k < m; k++) if (at(cd, ck, k) === c) return true;
  return false;
}
