// The methods of str and bytes (str.split, str.join, str.format, bytes.decode ...), encode/decode,
// and printf-style `str % args`. Mirrors Objects/unicodeobject.c, Objects/bytesobject.c,
// Objects/stringlib/*.h and Python/formatter_unicode.c's str.format field handling.
// Invariant: positions are code point indices; case mappings, predicates, strip and kind-4 searches read
// the heap's code points (Unicode 15.0 tables of support/unicode.ts); the rest goes through JS strings,
// which merges an adjacent high+low surrogate code point pair (docs/internals/objects.md, str).

import { decref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNameOf } from './type.ts';
import { objectStr, objectRepr, objectIsTrue, boolNew } from './object.ts';
import { errSetString, errSetObject, errOccurred, errExceptionMatches, errClear } from './errors.ts';
import { TypeError, ValueError, IndexError, KeyError, OverflowError, LookupError } from './exceptions.ts';
import { Py_None } from './none.ts';
import { intFromNumber, isInt, intToBigInt } from './int.ts';
import { isFloat, floatValue } from './float.ts';
import {
  strType, isStr, isStrExact, strToJS, strFromJS, strFromJSAs, strJoin, strLength, strIsAscii, strGetCodePoint,
  strNewFromCodePoints, strEmptyNew, strKind, strFind, strNewUninit, strFinish, strDataOffset, strRFind, strStartsWith, strEndsWith,
} from './str.ts';
import { isBytes, bytesFromUint8Array } from './bytes.ts';
import { strSplitWhitespace, strSplitSep, strSplitLines, strStrip } from './str-split.ts';
import { isByteArray } from './bytearray.ts';
import { bufferGet, BUF } from './memoryview.ts';
import { bytesAddMethods, bytesLikeText } from './bytes-methods.ts';
import { strEncode as strEncodeCodec, bytesDecode } from './str-codecs.ts';
import { u8 } from '../heap/views.ts';
import { isTuple, tupleSize, tupleGetItemBorrow, tupleNew, tupleSetItemSteal } from './tuple.ts';
import { isList, listSize as listSizeOf, listGetItemBorrow as listItemBorrow } from './list.ts';
import {
  sequenceList, objectFormat, objectGetItem, objectGetAttr, numberAsSsize, indexCheck, objectASCII, numberIndex,
  numberFloat, parseArgs, PARSED, strArg, numberLong,
} from './abstract.ts';
import { type MethodDef, typeAddMethods, argAt, argsNoKwnames, argsCheckPositional, METH_STATIC } from './methodobject.ts';
import { dictNew, dictSetItem, isDict, dictItems } from './dict.ts';
import { formatDouble } from '../support/format-spec.ts';
import { slotsOf } from './type.ts';
import { formatBuiltin as formatBuiltinLocal } from './abstract.ts';
import {
  unicodeFlags, unicodeToUpperFull, unicodeToLowerFull, unicodeToTitleFull, unicodeToFoldedFull, CASE_OUT,
  U_ALPHA, U_DECIMAL, U_DIGIT, U_NUMERIC, U_SPACE, U_PRINTABLE, U_LOWER, U_UPPER, U_TITLE, U_CASED,
  U_CASE_IGNORABLE, U_XID_START, U_XID_CONTINUE,
} from '../support/unicode.ts';

// Surrogates: a JS string built only from strs of kind 1/2 has one UTF-16 unit per code point, so its
// result goes back with strFromJSAs(.., false) and lone surrogates never merge into an astral character.
// Methods pass `wide` (some source str is kind 4) to NEWW and split code points with cpsOf.
// S records kind-4 sources in `wideSeen` for str.format / % formatting, which gather text from many
// objects: they save it, clear it, and restore it (or-ed) around their work, so nesting stays correct.
let wideSeen = false;
const S = (o: Borrowed): string => { if (strKind(o) === 4) wideSeen = true; return strToJS(o); };
const NEW = (s: string): Owned | Null => strFromJS(s);
const NEWW = (s: string, wide: boolean): Owned | Null => strFromJSAs(s, wide);
const W = (o: Borrowed): boolean => strKind(o) === 4;
/** The code points of a JS string made from strs (`wide`: one of them was kind 4) as one string each. */
const cpsOf = (s: string, wide: boolean): string[] => (wide ? Array.from(s) : s.split(''));

type Fn = (self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null) => Owned | Null;

/** A method taking positional args only (min..max), with the JS strings of str args converted for it. */
// Method helpers take the qualified name ('list.append'): CPython's messages name the type for
// keyword and METH_NOARGS/METH_O errors, and only the method for Argument Clinic's count errors.
function shortName(qual: string): string {
  return qual.slice(qual.lastIndexOf('.') + 1);
}

function posOnly(qual: string, min: number, max: number, body: (self: Borrowed, args: number, nargs: number) => Owned | Null): MethodDef {
  const name = shortName(qual);
  const fn: Fn = (self, args, nargs, kwnames) => {
    if (!argsNoKwnames(qual, kwnames)) return NULL;
    // Clinic makes a method with no parameters METH_NOARGS and one with a single one METH_O.
    if (max === 0 && nargs !== 0) return errSetString(TypeError, `${qual}() takes no arguments (${nargs} given)`);
    if (min === 1 && max === 1 && nargs !== 1) return errSetString(TypeError, `${qual}() takes exactly one argument (${nargs} given)`);
    if (!argsCheckPositional(name, nargs, min, max)) return NULL;
    return body(self as Borrowed, args, nargs);
  };
  return { name, fn };
}

function needStr(o: Borrowed, what: string): string | null {
  if (isStr(o)) return S(o);
  errSetString(TypeError, what.replace('%T', typeNameOf(o)));
  return null;
}

/** An optional slice bound argument (None allowed), clamped like _PyEval_SliceIndex. */
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

function adjust(len: number, start: number, end: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) { end += len; if (end < 0) end = 0; }
  if (start < 0) { start += len; if (start < 0) start = 0; }
  return [start, end];
}

// ---- split, strip (objects/str-split.ts) -------------------------------------------------------------------------

function stripMethod(qual: string, left: boolean, right: boolean): MethodDef {
  const name = shortName(qual);
  return posOnly(qual, 0, 1, (self, args, nargs) => {
    let chars: Borrowed | Null = NULL;
    if (nargs === 1 && argAt(args, 0) !== Py_None) {
      chars = argAt(args, 0);
      if (!isStr(chars)) return errSetString(TypeError, `${name} arg must be None or str`);
    }
    return strStrip(self, chars, left, right);
  });
}

function splitImpl(qual: string, reverse: boolean): MethodDef {
  const name = shortName(qual);
  const fn: Fn = (self, args, nargs, kwnames) => {
    if (!parseArgs(name, args, nargs, kwnames, ['sep', 'maxsplit'], 0)) return NULL;
    const sepObj = PARSED[0] as Borrowed | Null, maxObj = PARSED[1] as Borrowed | Null;
    let maxsplit = -1;
    if (maxObj !== NULL) {
      maxsplit = numberAsSsize(maxObj, OverflowError);
      if (maxsplit === -1 && errOccurred() !== NULL) return NULL;
    }
    if (sepObj === NULL || sepObj === Py_None) return strSplitWhitespace(self as Borrowed, maxsplit, reverse);
    if (!isStr(sepObj)) return errSetString(TypeError, `must be str or None, not ${typeNameOf(sepObj)}`);
    if (strLength(sepObj) === 0) return errSetString(ValueError, 'empty separator');
    return strSplitSep(self as Borrowed, sepObj, maxsplit, reverse);
  };
  return { name, fn };
}

// ---- case mappings and predicates (Objects/unicodeobject.c do_lower/do_title ..., unicodectype.c) -------------

// The mapped code points of a case operation (at most 3 per input character).
let caseBuf = new Uint32Array(256);

// handle_capital_sigma: U+03A3 lowers to final sigma after a cased letter (case-ignorables between)
// when no cased letter follows (case-ignorables skipped).
function capitalSigma(o: Borrowed, n: number, i: number): number {
  let j = i - 1, c = 0;
  for (; j >= 0; j--) { c = strGetCodePoint(o, j); if (!(unicodeFlags(c) & U_CASE_IGNORABLE)) break; }
  let final = j >= 0 && (unicodeFlags(c) & U_CASED) !== 0;
  if (final) {
    for (j = i + 1; j < n; j++) { c = strGetCodePoint(o, j); if (!(unicodeFlags(c) & U_CASE_IGNORABLE)) break; }
    final = j === n || (unicodeFlags(c) & U_CASED) === 0;
  }
  return final ? 0x3c2 : 0x3c3;
}

// lower_ucs4: the full lower-case mapping of o[i] into CASE_OUT, final sigma included.
function lowerAt(o: Borrowed, n: number, i: number, c: number): number {
  if (c === 0x3a3) { CASE_OUT[0] = capitalSigma(o, n, i); return 1; }
  return unicodeToLowerFull(c);
}

const CASE_LOWER = 0, CASE_UPPER = 1, CASE_FOLD = 2, CASE_SWAP = 3, CASE_TITLE = 4, CASE_CAPITALIZE = 5;

/**
 * str.lower/upper/casefold/swapcase/title/capitalize over the code points of o (full mappings). The
 * result is a new str even when one character long (CPython builds it with PyUnicode_New), except ''.
 */
function caseMap(o: Borrowed, how: number): Owned | Null {
  const n = strLength(o);
  if (n === 0) return strEmptyNew();
  if (strIsAscii(o)) {
    // ASCII maps to ASCII, one to one.
    const r = strNewUninit(n, 0x7f);
    if (r === NULL) return NULL;
    const s = strDataOffset(o), d = strDataOffset(r);
    let prevCased = false;
    for (let i = 0; i < n; i++) {
      const c = u8[s + i];
      const up = c >= 0x61 && c <= 0x7a, low = c >= 0x41 && c <= 0x5a;
      let toUpper: boolean;
      switch (how) {
        case CASE_LOWER: case CASE_FOLD: toUpper = false; break;
        case CASE_UPPER: toUpper = true; break;
        case CASE_SWAP: toUpper = up; break;
        case CASE_TITLE: toUpper = !prevCased; prevCased = up || low; break;
        default: toUpper = i === 0;
      }
      u8[d + i] = toUpper ? (up ? c - 32 : c) : (low ? c + 32 : c);
    }
    return strFinish(r);
  }
  if (caseBuf.length < 3 * n) caseBuf = new Uint32Array(Math.max(3 * n, 2 * caseBuf.length));
  const out = caseBuf;
  let k = 0;
  let prevCased = false;
  for (let i = 0; i < n; i++) {
    const c = strGetCodePoint(o, i);
    let m: number;
    switch (how) {
      case CASE_LOWER: m = lowerAt(o, n, i, c); break;
      case CASE_UPPER: m = unicodeToUpperFull(c); break;
      case CASE_FOLD: m = unicodeToFoldedFull(c); break;
      case CASE_SWAP: {
        const f = unicodeFlags(c);
        if (f & U_UPPER) m = lowerAt(o, n, i, c);
        else if (f & U_LOWER) m = unicodeToUpperFull(c);
        else { CASE_OUT[0] = c; m = 1; }
        break;
      }
      case CASE_TITLE:
        m = prevCased ? lowerAt(o, n, i, c) : unicodeToTitleFull(c);
        prevCased = (unicodeFlags(c) & U_CASED) !== 0;
        break;
      default: m = i === 0 ? unicodeToTitleFull(c) : lowerAt(o, n, i, c);
    }
    for (let j = 0; j < m; j++) out[k++] = CASE_OUT[j];
  }
  return strNewFromCodePoints(out, 0, k, true);
}

function caseMethod(qual: string, how: number): MethodDef {
  return posOnly(qual, 0, 0, (self) => caseMap(self, how));
}

/** A predicate true when the str is non-empty and every code point has one of the flags `mask`. */
function allFlags(qual: string, mask: number, emptyValue = false): MethodDef {
  return posOnly(qual, 0, 0, (self) => {
    const n = strLength(self);
    if (n === 0) return boolNew(emptyValue);
    for (let i = 0; i < n; i++) if ((unicodeFlags(strGetCodePoint(self, i)) & mask) === 0) return boolNew(false);
    return boolNew(true);
  });
}

// unicode_islower_impl / unicode_isupper_impl: no character of the other case (or title case), one cased.
function caseTest(o: Borrowed, want: number, reject: number): boolean {
  let cased = false;
  for (let i = 0, n = strLength(o); i < n; i++) {
    const f = unicodeFlags(strGetCodePoint(o, i));
    if (f & reject) return false;
    if (f & want) cased = true;
  }
  return cased;
}

function isTitle(o: Borrowed): boolean {
  let cased = false, prevCased = false;
  for (let i = 0, n = strLength(o); i < n; i++) {
    const f = unicodeFlags(strGetCodePoint(o, i));
    if (f & (U_UPPER | U_TITLE)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (f & U_LOWER) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

/** str.isidentifier (no NFKC normalization, as CPython's str method). */
function isIdentifierStr(o: Borrowed): boolean {
  const n = strLength(o);
  if (n === 0) return false;
  if (!(unicodeFlags(strGetCodePoint(o, 0)) & U_XID_START)) return false; // '_' is in XID_START here
  for (let i = 1; i < n; i++) if (!(unicodeFlags(strGetCodePoint(o, i)) & U_XID_CONTINUE)) return false;
  return true;
}

function expandTabs(s: string, tab: number, wide: boolean): string {
  let out = '', col = 0;
  for (const ch of cpsOf(s, wide)) {
    if (ch === '\t') {
      if (tab > 0) { const n = tab - (col % tab); out += ' '.repeat(n); col += n; }
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

// Positions are code point indices: a str with code points above U+FFFF (kind 4) is searched on the
// heap; the others read back from JS as one UTF-16 unit per code point, so JS's indexOf is exact there.
function findMethod(name: string, reverse: boolean, raise: boolean): MethodDef {
  return posOnly(name, 1, 3, (self, args, nargs) => {
    const subObj = argAt(args, 0);
    const sub = needStr(subObj, `must be str, not %T`);
    if (sub === null) return NULL;
    const a = boundArg(args, nargs, 1, 0), b = boundArg(args, nargs, 2, Number.MAX_SAFE_INTEGER);
    if (a === null || b === null) return NULL;
    let r = -1;
    if (strKind(self) === 4) {
      r = reverse ? strRFind(self, subObj, a, b) : strFind(self, subObj, a, b);
    } else {
      const s = S(self);
      const [start, end] = adjust(s.length, a, b);
      if (start <= end && end - start >= sub.length) {
        const region = s.slice(start, end);
        const k = reverse ? region.lastIndexOf(sub) : region.indexOf(sub);
        if (k >= 0) r = k + start;
      } else if (sub.length === 0 && start <= s.length && start <= end) r = reverse ? end : start;
    }
    if (r < 0 && raise) return errSetString(ValueError, 'substring not found');
    return intFromNumber(r);
  });
}

function countSub(s: string, sub: string, start: number, end: number): number {
  if (start > s.length || start > end) return 0;
  const region = s.slice(start, end);
  if (sub.length === 0) return region.length + 1; // kind 1/2 only: one unit per code point
  let n = 0, i = 0;
  for (;;) {
    const k = region.indexOf(sub, i);
    if (k < 0) return n;
    n++;
    i = k + sub.length;
  }
}

// count for a kind-4 str, in code points on the heap.
function countCodePoints(o: Borrowed, sub: Borrowed, a: number, b: number): number {
  const len = strLength(o), m = strLength(sub);
  const [start, end] = adjust(len, a, b);
  if (start > len || start > end) return 0;
  if (m === 0) return end - start + 1;
  let n = 0;
  for (let i = start; ;) {
    const k = strFind(o, sub, i, end);
    if (k < 0) return n;
    n++;
    i = k + m;
  }
}

function affix(qual: string, ends: boolean): MethodDef {
  const name = shortName(qual);
  return posOnly(qual, 1, 3, (self, args, nargs) => {
    const a = boundArg(args, nargs, 1, 0), b = boundArg(args, nargs, 2, Number.MAX_SAFE_INTEGER);
    if (a === null || b === null) return NULL;
    const x = argAt(args, 0);
    if (isTuple(x)) {
      for (let i = 0; i < tupleSize(x); i++) {
        const p = tupleGetItemBorrow(x, i);
        if (!isStr(p)) return errSetString(TypeError, `tuple for ${name} must only contain str, not ${typeNameOf(p)}`);
        if (ends ? strEndsWith(self, p, a, b) : strStartsWith(self, p, a, b)) return boolNew(true);
      }
      return boolNew(false);
    }
    if (!isStr(x)) {
      return errSetString(TypeError, `${name} first arg must be str or a tuple of str, not ${typeNameOf(x)}`);
    }
    return boolNew(ends ? strEndsWith(self, x, a, b) : strStartsWith(self, x, a, b));
  });
}

function padMethod(name: string, how: 'c' | 'l' | 'r'): MethodDef {
  return posOnly(name, 1, 2, (self, args, nargs) => {
    const w = numberAsSsize(argAt(args, 0), OverflowError);
    if (w === -1 && errOccurred() !== NULL) return NULL;
    let fill = ' ';
    if (nargs === 2) {
      const f = argAt(args, 1);
      if (!isStr(f) || strLength(f) !== 1) {
        return errSetString(TypeError, isStr(f)
          ? 'The fill character must be exactly one character long'
          : `The fill character must be a unicode character, not ${typeNameOf(f)}`);
      }
      fill = S(f);
    }
    const s = S(self);
    const len = strLength(self);
    const wide = W(self) || (nargs === 2 && W(argAt(args, 1)));
    if (len >= w) return isStrExact(self) ? newRef(self) : NEWW(s, wide);
    const marg = w - len;
    if (how === 'l') return NEWW(s + fill.repeat(marg), wide);
    if (how === 'r') return NEWW(fill.repeat(marg) + s, wide);
    const left = Math.floor(marg / 2) + (marg & w & 1);
    return NEWW(fill.repeat(left) + s + fill.repeat(marg - left), wide);
  });
}

// ---- encode / decode ------------------------------------------------------------------------------------------

/** str.encode(encoding, errors). */
export function strEncode(o: Borrowed, encoding: string, errors: string): Owned | Null {
  return strEncodeCodec(o, encoding, errors);
}

/** bytes.decode(encoding, errors) of any bytes-like object (str(b, encoding) and friends). */
export function strDecode(b: Borrowed, encoding: string, errors: string): Owned | Null {
  if (!bufferGet(b, true)) return NULL;
  return bytesDecode(u8.slice(BUF.ptr, BUF.ptr + BUF.len), encoding, errors);
}

// ---- str.format ----------------------------------------------------------------------------------------------

/** str.format(*args, **kwargs). https://docs.python.org/3/library/string.html#formatstrings */
// Field numbering state of one str.format call, shared with its nested replacement fields.
interface FormatState { auto: number; manual: boolean; automatic: boolean; mapping: Borrowed | Null }

function strFormatImpl(fmt: string, args: number, nargs: number, kwnames: Borrowed | Null, depth = 2,
  st: FormatState = { auto: 0, manual: false, automatic: false, mapping: NULL }): string | null {
  let out = '';
  const n = fmt.length;
  for (let i = 0; i < n;) {
    const c = fmt[i];
    if (c === '{') {
      if (fmt[i + 1] === '{') { out += '{'; i += 2; continue; }
      // Find the matching '}' (nested braces allowed in the spec; a conversion character is taken as it is).
      let j = i + 1, level = 1, inSpec = false, bracket = false;
      while (j < n) {
        const ch = fmt[j];
        if (!inSpec && ch === '[') bracket = true;
        else if (!inSpec && ch === ']') bracket = false;
        else if (!inSpec && !bracket && ch === '!') {
          if (j + 1 >= n) { errSetString(ValueError, 'end of string while looking for conversion specifier'); return null; }
          inSpec = true;
          j += 2;
          if (j < n && fmt[j] !== ':' && fmt[j] !== '}') { errSetString(ValueError, "expected ':' after conversion specifier"); return null; }
          continue;
        } else if (!inSpec && !bracket && ch === ':') inSpec = true;
        else if (ch === '{') level++;
        else if (ch === '}') { level--; if (level === 0) break; }
        j++;
      }
      if (j >= n) {
        errSetString(ValueError, i + 1 >= n ? "Single '{' encountered in format string"
          : inSpec ? "unmatched '{' in format spec" : "expected '}' before end of string");
        return null;
      }
      const field = fmt.slice(i + 1, j);
      i = j + 1;
      // field_name [!conversion] [:format_spec]
      let k = 0;
      while (k < field.length && field[k] !== '!' && field[k] !== ':') {
        if (field[k] === '[') { while (k < field.length && field[k] !== ']') k++; }
        k++;
      }
      const name = field.slice(0, Math.min(k, field.length));
      let conv = '', spec = '';
      if (k < field.length && field[k] === '!') {
        conv = field[k + 1] ?? '';
        if (k + 2 < field.length && field[k + 2] !== ':') { errSetString(ValueError, "expected ':' after conversion specifier"); return null; }
        if (k + 2 >= field.length + 1 || conv === '') { errSetString(ValueError, 'end of string while looking for conversion specifier'); return null; }
        k += 2;
      }
      if (k < field.length && field[k] === ':') spec = field.slice(k + 1);
      // Resolve the object: first part is an index or a keyword name.
      const m = /^([^.[]*)(.*)$/s.exec(name) as RegExpExecArray;
      let first = m[1];
      let obj: Owned | Null;
      if (first === '') {
        if (st.manual) { errSetString(ValueError, 'cannot switch from manual field specification to automatic field numbering'); return null; }
        st.automatic = true;
        first = String(st.auto++);
      } else if (/^\d+$/.test(first)) {
        if (st.automatic) { errSetString(ValueError, 'cannot switch from automatic field numbering to manual field specification'); return null; }
        st.manual = true;
      }
      if (/^\d+$/.test(first) && st.mapping !== NULL) {
        errSetString(ValueError, 'Format string contains positional fields');
        return null;
      }
      if (/^\d+$/.test(first)) {
        const idx = Number(first);
        if (idx >= nargs) { errSetString(IndexError, `Replacement index ${idx} out of range for positional args tuple`); return null; }
        obj = newRef(argAt(args, idx));
      } else if (st.mapping !== NULL) {
        const k = NEW(first);
        if (k === NULL) return null;
        obj = objectGetItem(st.mapping, k);
        decref(k);
        if (obj === NULL) return null;
      } else {
        const nkw = kwnames === NULL ? 0 : tupleSize(kwnames);
        let found: Borrowed | Null = NULL;
        for (let q = 0; q < nkw; q++) if (S(tupleGetItemBorrow(kwnames as Borrowed, q)) === first) found = argAt(args, nargs + q);
        if (found === NULL) {
          const k = NEW(first);
          if (k !== NULL) { errSetObject(KeyError, k); decref(k); }
          return null;
        }
        obj = newRef(found);
      }
      // Attribute and index lookups.
      let rest = m[2];
      while (rest.length > 0 && obj !== NULL) {
        let next: Owned | Null;
        if (rest[0] === '.') {
          const mm = /^\.([^.[]*)(.*)$/s.exec(rest) as RegExpExecArray;
          const attr = NEW(mm[1]);
          if (attr === NULL) { decref(obj); return null; }
          next = objectGetAttr(obj, attr);
          decref(attr);
          rest = mm[2];
        } else if (rest[0] === '[') {
          const end = rest.indexOf(']');
          if (end < 0) { decref(obj); errSetString(ValueError, "Missing ']' in format string"); return null; }
          const key = rest.slice(1, end);
          const kobj = /^\d+$/.test(key) ? intFromNumber(Number(key)) : NEW(key);
          if (kobj === NULL) { decref(obj); return null; }
          next = objectGetItem(obj, kobj);
          decref(kobj);
          rest = rest.slice(end + 1);
        } else {
          decref(obj);
          errSetString(ValueError, 'Only \'.\' or \'[\' may follow \']\' in format field specifier');
          return null;
        }
        decref(obj);
        obj = next;
      }
      if (obj === NULL) return null;
      if (conv !== '') {
        let cv: Owned | Null;
        if (conv === 'r') cv = objectRepr(obj);
        else if (conv === 's') cv = objectStr(obj);
        else if (conv === 'a') cv = objectASCII(obj);
        else { decref(obj); errSetString(ValueError, `Unknown conversion specifier ${conv}`); return null; }
        decref(obj);
        if (cv === NULL) return null;
        obj = cv;
      }
      if (spec.includes('{')) {
        if (depth <= 1) { decref(obj); errSetString(ValueError, 'Max string recursion exceeded'); return null; }
        const inner = strFormatImpl(spec, args, nargs, kwnames, depth - 1, st);
        if (inner === null) { decref(obj); return null; }
        spec = inner;
      }
      const specObj = NEW(spec);
      if (specObj === NULL) { decref(obj); return null; }
      const r = objectFormat(obj, specObj);
      decref(specObj);
      decref(obj);
      if (r === NULL) return null;
      out += S(r);
      decref(r);
    } else if (c === '}') {
      if (fmt[i + 1] === '}') { out += '}'; i += 2; continue; }
      errSetString(ValueError, "Single '}' encountered in format string");
      return null;
    } else {
      let j = i;
      while (j < n && fmt[j] !== '{' && fmt[j] !== '}') j++;
      out += fmt.slice(i, j);
      i = j;
    }
  }
  return out;
}

/** str.format_map(mapping): keyword fields looked up with mapping[name]. */
function str_format_map(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('str.format_map', kwnames)) return NULL;
  if (nargs !== 1) return errSetString(TypeError, `format_map() takes exactly one argument (${nargs} given)`);
  const saved = wideSeen;
  wideSeen = false;
  const r = strFormatImpl(S(self as Borrowed), args, 0, NULL, 2, { auto: 0, manual: false, automatic: false, mapping: argAt(args, 0) });
  const wide = wideSeen;
  wideSeen = saved || wide;
  return r === null ? NULL : NEWW(r, wide);
}

/** str.maketrans(x[, y[, z]]): a dict from code points to code points, strings or None. */
function str_maketrans(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('maketrans', kwnames) || !argsCheckPositional('maketrans', nargs, 1, 3)) return NULL;
  const d = dictNew();
  if (d === NULL) return NULL;
  const put = (k: number, v: Owned | Null): boolean => {
    if (v === NULL) return false;
    const ko = intFromNumber(k);
    if (ko === NULL) { decref(v); return false; }
    const r = dictSetItem(d, ko, v);
    decref(ko); decref(v);
    return r >= 0;
  };
  fail: {
    const x = argAt(args, 0);
    if (nargs === 1) {
      if (!isDict(x)) { errSetString(TypeError, 'if you give only one argument to maketrans it must be a dict'); break fail; }
      const items = dictItems(x);
      if (items === NULL) break fail;
      let ok = true;
      for (let i = 0; ok && i < listSizeOf(items); i++) {
        const kv = listItemBorrow(items, i);
        const k = tupleGetItemBorrow(kv, 0), v = tupleGetItemBorrow(kv, 1);
        if (isStr(k)) {
          if (strLength(k) !== 1) { errSetString(ValueError, 'string keys in translate table must be of length 1'); ok = false; break; }
          ok = put(strToJS(k).codePointAt(0) as number, newRef(v));
        } else if (isInt(k)) {
          ok = dictSetItem(d, k, v) >= 0;
        } else { errSetString(TypeError, 'keys in translate table must be strings or integers'); ok = false; }
      }
      decref(items);
      if (!ok) break fail;
      return d;
    }
    if (!isStr(x)) { errSetString(TypeError, `maketrans() argument 1 must be str, not ${typeNameOf(x)}`); break fail; }
    const y = argAt(args, 1);
    if (!isStr(y)) { errSetString(TypeError, `maketrans() argument 2 must be str, not ${typeNameOf(y)}`); break fail; }
    const xs = cpsOf(S(x), W(x)), ys = cpsOf(S(y), W(y));
    if (xs.length !== ys.length) { errSetString(ValueError, 'the first two maketrans arguments must have equal length'); break fail; }
    for (let i = 0; i < xs.length; i++) if (!put(xs[i].codePointAt(0) as number, intFromNumber(ys[i].codePointAt(0) as number))) break fail;
    if (nargs === 3) {
      const z = argAt(args, 2);
      if (!isStr(z)) { errSetString(TypeError, `maketrans() argument 3 must be str, not ${typeNameOf(z)}`); break fail; }
      for (const c of cpsOf(S(z), W(z))) if (!put(c.codePointAt(0) as number, newRef(Py_None))) break fail;
    }
    return d;
  }
  decref(d);
  return NULL;
}

/** str.translate(table): table[ord(c)] gives a code point, a str, or None (delete); LookupError keeps c. */
function str_translate(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('str.translate', kwnames)) return NULL;
  if (nargs !== 1) return errSetString(TypeError, `str.translate() takes exactly one argument (${nargs} given)`);
  const table = argAt(args, 0);
  const s = S(self as Borrowed);
  let wide = W(self as Borrowed);
  const chars = cpsOf(s, wide);
  let out = '';
  // Results per code point, so repeated characters look the table up once (as CPython's cache does for ASCII).
  const cache = new Map<number, string | null>();
  for (const ch of chars) {
    const cp = ch.codePointAt(0) as number;
    let r = cache.get(cp);
    if (r === undefined) {
      const k = intFromNumber(cp);
      if (k === NULL) return NULL;
      const v = objectGetItem(table, k);
      decref(k);
      if (v === NULL) {
        if (!errExceptionMatches(LookupError)) return NULL;
        errClear();
        r = ch;
      } else if (v === Py_None) {
        r = null;
        decref(v);
      } else if (isInt(v)) {
        const big = intToBigInt(v);
        decref(v);
        if (big < 0n || big > 0x10ffffn) return errSetString(ValueError, 'character mapping must be in range(0x110000)');
        r = String.fromCodePoint(Number(big));
        if (big > 0xffffn) wide = true;
      } else if (isStr(v)) {
        r = S(v);
        if (W(v)) wide = true;
        decref(v);
      } else {
        decref(v);
        return errSetString(TypeError, 'character mapping must return integer, None or str');
      }
      cache.set(cp, r);
    }
    if (r !== null) out += r;
  }
  return NEWW(out, wide);
}

/** str.format. */
function str_format(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const saved = wideSeen;
  wideSeen = false;
  const r = strFormatImpl(S(self as Borrowed), args, nargs, kwnames);
  const wide = wideSeen;
  wideSeen = saved || wide;
  return r === null ? NULL : NEWW(r, wide);
}

// ---- printf-style formatting -----------------------------------------------------------------------------------

/** str % args (PyUnicode_Format). https://docs.python.org/3/library/stdtypes.html#printf-style-string-formatting */
export function strMod(fmtObj: Borrowed, values: Borrowed): Owned | Null {
  const saved = wideSeen;
  wideSeen = false;
  const r = percentFormat(S(fmtObj), values, false);
  const wide = wideSeen;
  wideSeen = saved || wide;
  return r === null ? NULL : NEWW(r, wide);
}

/**
 * printf-style formatting of `fmt` (a JS string; for bytes, one char per byte) with `values`, shared by
 * str % and bytes % (PEP 461: %b/%s take buffers or __bytes__, %c a byte, %r/%a ASCII). Null on error.
 */
export function percentFormat(fmt: string, values: Borrowed, bytesMode: boolean): string | null {
  // PyMapping_Check and not a tuple (or str / bytes): %(name)s lookups, and no 'not all arguments converted' check.
  const isMap = !isTuple(values) && !(bytesMode ? isBytes(values) : isStr(values)) && slotsOf(values).getitem !== null;
  const arglen = isTuple(values) ? tupleSize(values) : -1;
  let argidx = isTuple(values) ? 0 : -2;
  const getArg = (): Borrowed | null => {
    if (argidx < arglen) {
      argidx++;
      return arglen < 0 ? values : tupleGetItemBorrow(values, argidx - 1);
    }
    errSetString(TypeError, 'not enough arguments for format string');
    return null;
  };
  let out = '';
  const n = fmt.length;
  for (let i = 0; i < n;) {
    if (fmt.charCodeAt(i) !== 37) {
      const j = fmt.indexOf('%', i);
      const end = j < 0 ? n : j;
      out += fmt.slice(i, end);
      i = end;
      continue;
    }
    i++;
    let owned: Owned | Null = NULL;
    let arg: Borrowed | null = null;
    if (fmt[i] === '(') {
      if (!isMap) { errSetString(TypeError, 'format requires a mapping'); return null; }
      let depth = 1, j = i + 1;
      while (j < n && depth > 0) { if (fmt[j] === '(') depth++; else if (fmt[j] === ')') depth--; j++; }
      if (depth > 0) { errSetString(ValueError, 'incomplete format key'); return null; }
      const ktext = fmt.slice(i + 1, j - 1);
      const key = bytesMode ? bytesFromUint8Array(Uint8Array.from(ktext, (c) => c.charCodeAt(0))) : NEW(ktext);
      if (key === NULL) return null;
      owned = objectGetItem(values, key);
      decref(key);
      if (owned === NULL) return null;
      arg = owned;
      i = j;
    }
    const fail = (): null => { if (owned !== NULL) decref(owned); return null; };
    let fMinus = false, fPlus = false, fSpace = false, fAlt = false, fZero = false;
    for (; i < n; i++) {
      const c = fmt[i];
      if (c === '-') fMinus = true; else if (c === '+') fPlus = true; else if (c === ' ') fSpace = true;
      else if (c === '#') fAlt = true; else if (c === '0') fZero = true; else break;
    }
    let width = -1, prec = -1;
    if (fmt[i] === '*') {
      const w = getArg(); if (w === null) return fail();
      if (!isInt(w)) { errSetString(TypeError, '* wants int'); return fail(); }
      width = numberAsSsize(w, NULL);
      if (width === -1 && errOccurred() !== NULL) return fail();
      if (width < 0) { fMinus = true; width = -width; }
      i++;
    } else {
      let ws = '';
      while (i < n && fmt[i] >= '0' && fmt[i] <= '9') ws += fmt[i++];
      if (ws !== '') width = Number(ws);
      // unicode_format_arg_parse: a width past PY_SSIZE_T_MAX, a precision past INT_MAX.
      if (ws.length > 18 && BigInt(ws) > 0x7fffffffffffffffn) { errSetString(ValueError, 'width too big'); return fail(); }
    }
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') {
        const p = getArg(); if (p === null) return fail();
        if (!isInt(p)) { errSetString(TypeError, '* wants int'); return fail(); }
        prec = numberAsSsize(p, NULL);
        if (prec === -1 && errOccurred() !== NULL) return fail();
        if (prec < 0) prec = 0;
        i++;
      } else {
        let ps = '';
        while (i < n && fmt[i] >= '0' && fmt[i] <= '9') ps += fmt[i++];
        prec = ps === '' ? 0 : Number(ps);
        if (prec > 0x7fffffff) { errSetString(ValueError, bytesMode ? 'prec too big' : 'precision too big'); return fail(); }
      }
    }
    while (i < n && (fmt[i] === 'h' || fmt[i] === 'l' || fmt[i] === 'L')) i++;
    if (i >= n) { errSetString(ValueError, 'incomplete format'); return fail(); }
    const conv = fmt[i++];
    if (conv === '%') { out += '%'; if (owned !== NULL) decref(owned); continue; }
    if (arg === null) { arg = getArg(); if (arg === null) return fail(); }
    const piece = formatOne(conv, arg, fPlus ? '+' : fSpace ? ' ' : '', fAlt, prec, i - 1, bytesMode);
    if (piece === null) return fail();
    if (owned !== NULL) decref(owned);
    let body = piece;
    const numeric = 'diouxXeEfFgG'.includes(conv);
    if (width > body.length) {
      const pad = width - body.length;
      if (fMinus) body = body + ' '.repeat(pad);
      else if (fZero && numeric) {
        let k = 0;
        if (body[0] === '-' || body[0] === '+' || body[0] === ' ') k = 1;
        if (fAlt && body[k] === '0' && 'xXo'.includes(body[k + 1] ?? '') && 'xXo'.includes(conv)) k += 2;
        body = body.slice(0, k) + '0'.repeat(pad) + body.slice(k);
      } else body = ' '.repeat(pad) + body;
    }
    out += body;
  }
  if (argidx < arglen && !isMap) {
    errSetString(TypeError, `not all arguments converted during ${bytesMode ? 'bytes' : 'string'} formatting`);
    return null;
  }
  return out;
}

function formatOne(conv: string, arg: Borrowed, sign: string, alt: boolean, prec: number, pos: number, bytesMode: boolean): string | null {
  switch (conv) {
    case 's': case 'r': case 'a': case 'b': {
      if (bytesMode && (conv === 's' || conv === 'b')) {
        const t = bytesLikeText(arg);
        if (t === null) return null;
        return prec >= 0 ? t.slice(0, prec) : t;
      }
      if (conv === 'b') break;
      const r = conv === 's' ? objectStr(arg) : conv === 'r' && !bytesMode ? objectRepr(arg) : objectASCII(arg);
      if (r === NULL) return null;
      let s = S(r);
      const wide = W(r);
      decref(r);
      if (prec >= 0) s = wide ? Array.from(s).slice(0, prec).join('') : s.slice(0, prec);
      return s;
    }
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
      let iv: Owned | Null;
      if (isInt(arg)) iv = newRef(arg);
      else if (conv === 'd' || conv === 'i' || conv === 'u') {
        if (!isFloat(arg) && slotsOf(arg).int === null && slotsOf(arg).index === null && slotsOf(arg).float === null) {
          errSetString(TypeError, `%${conv} format: a real number is required, not ${typeNameOf(arg)}`);
          return null;
        }
        iv = numberLong(arg);
      } else {
        if (!indexCheck(arg)) { errSetString(TypeError, `%${conv} format: an integer is required, not ${typeNameOf(arg)}`); return null; }
        iv = numberIndex(arg);
      }
      if (iv === NULL) return null;
      const v = intToBigInt(iv);
      decref(iv);
      const neg = v < 0n;
      const a = neg ? -v : v;
      let digits = conv === 'x' || conv === 'X' ? a.toString(16) : conv === 'o' ? a.toString(8) : a.toString();
      if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
      let prefix = '';
      if (alt) prefix = conv === 'x' ? '0x' : conv === 'X' ? '0X' : conv === 'o' ? '0o' : '';
      if (conv === 'X') digits = digits.toUpperCase();
      return (neg ? '-' : sign) + prefix + digits;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      const fv = numberFloat(arg);
      if (fv === NULL) {
        errSetString(TypeError, `must be real number, not ${typeNameOf(arg)}`);
        return null;
      }
      const x = floatValue(fv);
      decref(fv);
      const t = formatDouble(x, conv, prec < 0 ? 6 : prec, alt);
      const neg = t.startsWith('-');
      return (neg ? '-' : sign) + (neg ? t.slice(1) : t);
    }
    case 'c': {
      if (bytesMode) {
        if ((isBytes(arg) || isByteArray(arg)) && (bufferGet(arg, false), BUF.len === 1)) return String.fromCharCode(u8[BUF.ptr]);
        if (indexCheck(arg)) {
          const v = numberAsSsize(arg, NULL);
          if (v === -1 && errOccurred() !== NULL) return null;
          if (v < 0 || v > 255) { errSetString(OverflowError, '%c arg not in range(256)'); return null; }
          return String.fromCharCode(v);
        }
        errSetString(TypeError, '%c requires an integer in range(256) or a single byte');
        return null;
      }
      if (isStr(arg)) {
        if (strLength(arg) !== 1) { errSetString(TypeError, '%c requires int or char'); return null; }
        return S(arg);
      }
      if (!isInt(arg)) { errSetString(TypeError, '%c requires int or char'); return null; }
      const big = intToBigInt(arg);
      if (big < 0n || big > 0x10ffffn) { errSetString(OverflowError, '%c arg not in range(0x110000)'); return null; }
      if (big > 0xffffn) wideSeen = true;
      return String.fromCodePoint(Number(big));
    }
  }
  const code = conv.codePointAt(0) as number;
  const shown = code >= 32 && code < 127 ? conv : '?';
  errSetString(ValueError, `unsupported format character '${shown}' (0x${code.toString(16)}) at index ${pos}`);
  return null;
}

// ---- the method table --------------------------------------------------------------------------------------------

function str_join(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('str.join', kwnames)) return NULL;
  if (nargs !== 1) return errSetString(TypeError, `str.join() takes exactly one argument (${nargs} given)`);
  const seq = argAt(args, 0);
  if (isList(seq) || isTuple(seq) || isStr(seq)) return strJoin(self as Borrowed, seq);
  const l = sequenceListChecked(seq, 'can only join an iterable');
  if (l === NULL) return NULL;
  const r = strJoin(self as Borrowed, l);
  decref(l);
  return r;
}

function sequenceListChecked(o: Borrowed, msg: string): Owned | Null {
  const s = slotsOf(o);
  if (s.iter === null && s.getitem === null) return errSetString(TypeError, msg);
  return sequenceList(o);
}

function str_replace(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  // 3.12: positional only (count= arrived in 3.13).
  if (!argsNoKwnames('str.replace', kwnames) || !argsCheckPositional('replace', nargs, 2, 3)) return NULL;
  const oldO = argAt(args, 0), newO = argAt(args, 1), countO = nargs === 3 ? argAt(args, 2) : NULL;
  const o = needStr(oldO, 'replace() argument 1 must be str, not %T'); if (o === null) return NULL;
  const nw = needStr(newO, 'replace() argument 2 must be str, not %T'); if (nw === null) return NULL;
  let count = -1;
  if (countO !== NULL) { count = numberAsSsize(countO, OverflowError); if (count === -1 && errOccurred() !== NULL) return NULL; }
  const s = S(self as Borrowed);
  const wide = W(self as Borrowed) || W(oldO) || W(newO);
  if (count < 0) {
    if (o === '') return NEWW(nw + cpsOf(s, wide).join(nw) + (s.length > 0 ? nw : ''), wide);
    return NEWW(s.split(o).join(nw), wide);
  }
  let out = '', i = 0, done = 0;
  if (o === '') {
    const cps = cpsOf(s, wide);
    let r = '';
    for (let k = 0; k <= cps.length; k++) {
      if (done < count) { r += nw; done++; }
      if (k < cps.length) r += cps[k];
    }
    return NEWW(r, wide);
  }
  while (done < count) {
    const k = s.indexOf(o, i);
    if (k < 0) break;
    out += s.slice(i, k) + nw;
    i = k + o.length;
    done++;
  }
  return NEWW(out + s.slice(i), wide);
}

function partitionMethod(name: string, reverse: boolean): MethodDef {
  return posOnly(name, 1, 1, (self, args) => {
    const sep = needStr(argAt(args, 0), 'must be str, not %T');
    if (sep === null) return NULL;
    if (sep === '') return errSetString(ValueError, 'empty separator');
    const s = S(self);
    const k = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
    const parts = k < 0 ? (reverse ? ['', '', s] : [s, '', '']) : [s.slice(0, k), sep, s.slice(k + sep.length)];
    const t = tupleNew(3);
    if (t === NULL) return NULL;
    for (let i = 0; i < 3; i++) {
      const p = k < 0 && parts[i] === s && isStrExact(self) ? newRef(self) : NEWW(parts[i], W(self) || W(argAt(args, 0)));
      if (p === NULL) { decref(t); return NULL; }
      tupleSetItemSteal(t, i, p);
    }
    return t;
  });
}

function str_encode(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('encode', args, nargs, kwnames, ['encoding', 'errors'], 0)) return NULL;
  const e = strArg('encode', 'encoding', PARSED[0] as Borrowed | Null, 'utf-8');
  const er = e === null ? null : strArg('encode', 'errors', PARSED[1] as Borrowed | Null, 'strict');
  if (e === null || er === null) return NULL;
  return strEncode(self as Borrowed, e, er);
}

function str_splitlines(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('splitlines', args, nargs, kwnames, ['keepends'], 0)) return NULL;
  const k = PARSED[0] as Borrowed | Null;
  const keep = k === NULL ? 0 : objectIsTrue(k);
  if (keep < 0) return NULL;
  return strSplitLines(self as Borrowed, keep === 1);
}

function str_expandtabs(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('expandtabs', args, nargs, kwnames, ['tabsize'], 0)) return NULL;
  const t = PARSED[0] as Borrowed | Null;
  let tab = 8;
  if (t !== NULL) { tab = numberAsSsize(t, OverflowError); if (tab === -1 && errOccurred() !== NULL) return NULL; }
  return NEWW(expandTabs(S(self as Borrowed), tab, W(self as Borrowed)), W(self as Borrowed));
}

function str___format__(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('str.__format__', kwnames)) return NULL;
  if (nargs !== 1) return errSetString(TypeError, `str.__format__() takes exactly one argument (${nargs} given)`);
  const spec = argAt(args, 0);
  if (!isStr(spec)) return errSetString(TypeError, `__format__() argument must be str, not ${typeNameOf(spec)}`);
  return formatBuiltinLocal(self as Borrowed, S(spec));
}

function countMethod(qual: string): MethodDef {
  return posOnly(qual, 1, 3, (self, args, nargs) => {
    const sub = needStr(argAt(args, 0), 'must be str, not %T');
    if (sub === null) return NULL;
    const a = boundArg(args, nargs, 1, 0), b = boundArg(args, nargs, 2, Number.MAX_SAFE_INTEGER);
    if (a === null || b === null) return NULL;
    if (strKind(self) === 4) return intFromNumber(countCodePoints(self, argAt(args, 0), a, b));
    const s = S(self);
    const [start, end] = adjust(s.length, a, b);
    return intFromNumber(countSub(s, sub, start, end));
  });
}

const strMethods: MethodDef[] = [
  { name: 'join', fn: str_join },
  splitImpl('str.split', false),
  splitImpl('str.rsplit', true),
  { name: 'splitlines', fn: str_splitlines },
  stripMethod('str.strip', true, true),
  stripMethod('str.lstrip', true, false),
  stripMethod('str.rstrip', false, true),
  caseMethod('str.upper', CASE_UPPER),
  caseMethod('str.lower', CASE_LOWER),
  caseMethod('str.casefold', CASE_FOLD),
  caseMethod('str.swapcase', CASE_SWAP),
  caseMethod('str.title', CASE_TITLE),
  caseMethod('str.capitalize', CASE_CAPITALIZE),
  { name: 'replace', fn: str_replace },
  findMethod('str.find', false, false),
  findMethod('str.rfind', true, false),
  findMethod('str.index', false, true),
  findMethod('str.rindex', true, true),
  countMethod('str.count'),
  affix('str.startswith', false),
  affix('str.endswith', true),
  allFlags('str.isdigit', U_DIGIT),
  allFlags('str.isdecimal', U_DECIMAL),
  allFlags('str.isnumeric', U_NUMERIC),
  allFlags('str.isalpha', U_ALPHA),
  allFlags('str.isalnum', U_ALPHA | U_DECIMAL | U_DIGIT | U_NUMERIC),
  allFlags('str.isspace', U_SPACE),
  posOnly('str.isupper', 0, 0, (self) => boolNew(caseTest(self, U_UPPER, U_LOWER | U_TITLE))),
  posOnly('str.islower', 0, 0, (self) => boolNew(caseTest(self, U_LOWER, U_UPPER | U_TITLE))),
  posOnly('str.istitle', 0, 0, (self) => boolNew(isTitle(self))),
  posOnly('str.isidentifier', 0, 0, (self) => boolNew(isIdentifierStr(self))),
  posOnly('str.isascii', 0, 0, (self) => boolNew(strIsAscii(self))),
  allFlags('str.isprintable', U_PRINTABLE, true),
  padMethod('str.center', 'c'),
  padMethod('str.ljust', 'l'),
  padMethod('str.rjust', 'r'),
  posOnly('str.zfill', 1, 1, (self, args) => {
    const w = numberAsSsize(argAt(args, 0), OverflowError);
    if (w === -1 && errOccurred() !== NULL) return NULL;
    const s = S(self);
    const len = strLength(self);
    if (len >= w) return NEWW(s, W(self));
    const fill = '0'.repeat(w - len);
    return NEWW(s[0] === '+' || s[0] === '-' ? s[0] + fill + s.slice(1) : fill + s, W(self));
  }),
  partitionMethod('str.partition', false),
  partitionMethod('str.rpartition', true),
  { name: 'encode', fn: str_encode },
  { name: 'format', fn: str_format },
  { name: 'format_map', fn: str_format_map },
  { name: 'maketrans', fn: str_maketrans, flags: METH_STATIC },
  { name: 'translate', fn: str_translate },
  { name: 'expandtabs', fn: str_expandtabs },
  { name: '__format__', fn: str___format__ },
  posOnly('str.removeprefix', 1, 1, (self, args) => { const p = needStr(argAt(args, 0), 'removeprefix() argument must be str, not %T'); if (p === null) return NULL; const s = S(self); return NEWW(p !== '' && s.startsWith(p) ? s.slice(p.length) : s, W(self)); }),
  posOnly('str.removesuffix', 1, 1, (self, args) => { const p = needStr(argAt(args, 0), 'removesuffix() argument must be str, not %T'); if (p === null) return NULL; const s = S(self); return NEWW(p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s, W(self)); }),
  posOnly('str.__getnewargs__', 0, 0, (self) => { const t = tupleNew(1); if (t === NULL) return NULL; const c = NEWW(S(self), W(self)); if (c === NULL) { decref(t); return NULL; } tupleSetItemSteal(t, 0, c); return t; }),
];

/** Registers str's and bytes' methods (after methodObjectInitStatic). */
export function strAddMethods(): void {
  typeAddMethods(strType, strMethods);
  bytesAddMethods();
}

