// The methods of str and bytes (str.split, str.join, str.format, bytes.decode ...), encode/decode,
// and printf-style `str % args`. Mirrors Objects/unicodeobject.c, Objects/bytesobject.c,
// Objects/stringlib/*.h and Python/formatter_unicode.c's str.format field handling.
// Invariant: positions are code point indices; case mappings, predicates, strip and kind-4 searches read
// the heap's code points (Unicode 15.0 tables of support/unicode.ts); the rest goes through JS strings,
// which merges an adjacent high+low surrogate code point pair (docs/internals/objects.md, str).

import { strSizeOf } from './sizeof.ts';
import { decref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNameOf } from './type.ts';
import { objectStr, objectRepr, objectIsTrue, boolNew } from './object.ts';
import { errSetString, errSetObject, errOccurred, errExceptionMatches, errClear, errNoMemory } from './errors.ts';
import { TypeError, ValueError, IndexError, KeyError, OverflowError, LookupError } from './exceptions.ts';
import { Py_None } from './none.ts';
import { intFromNumber, isInt, intToBigInt, intAsCInt, intToDecimalString } from './int.ts';
import { isComplex } from './complex.ts';
import { isFloat, floatValue } from './float.ts';
import {
  strSizeCheck, STR_MAX_LENGTH,
  strType, isStr, isStrExact, strToJS, strFromJSAs, strJoin, strLength, strIsAscii, strGetCodePoint,
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
  clinicInt,
  sequenceList, objectFormat, objectGetItem, objectGetAttr, numberAsSsize, indexCheck, objectASCII, numberIndex,
  numberFloat, parseArgs, PARSED, strArg, numberLong,
} from './abstract.ts';
import { type MethodDef, typeAddMethods, argAt, argsNoKwnames, argsCheckPositional, METH_STATIC } from './methodobject.ts';
import { dictNew, dictSetItem, isDictExact, dictItems } from './dict.ts';
import { formatDouble } from '../support/format-spec.ts';
import { slotsOf } from './type.ts';
import { formatBuiltin as formatBuiltinLocal } from './abstract.ts';
import {
  unicodeFlags, unicodeToUpperFull, unicodeToLowerFull, unicodeToTitleFull, unicodeToFoldedFull, CASE_OUT,
  U_ALPHA, U_DECIMAL, U_DIGIT, U_NUMERIC, U_SPACE, U_PRINTABLE, U_LOWER, U_UPPER, U_TITLE, U_CASED,
  U_CASE_IGNORABLE, U_XID_START, U_XID_CONTINUE,
  unicodeDecimal,
} from '../support/unicode.ts';

// Surrogates: a JS string built only from strs of kind 1/2 has one UTF-16 unit per code point, so its
// result goes back with strFromJSAs(.., false) and lone surrogates never merge into an astral character.
// Methods pass `wide` (some source str is kind 4) to NEWW and split code points with cpsOf.
// S records kind-4 sources in `wideSeen` for str.format / % formatting, which gather text from many
// objects: they save it, clear it, and restore it (or-ed) around their work, so nesting stays correct.
let wideSeen = false;
const S = (o: Borrowed): string => { if (strKind(o) === 4) wideSeen = true; return strToJS(o); };
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

/**
 * A METH_VARARGS method parsed with PyArg_ParseTuple("O|OO:name") (the find/count/startswith family in
 * 3.12): its count errors read "find() takes at most 3 arguments (4 given)".
 */
export function varargsFinds(qual: string, body: (self: Borrowed, args: number, nargs: number) => Owned | Null): Fn {
  const name = shortName(qual);
  return (self, args, nargs, kwnames) => {
    if (!argsNoKwnames(qual, kwnames)) return NULL;
    if (nargs < 1 || nargs > 3) {
      const n = nargs < 1 ? 1 : 3;
      return errSetString(TypeError, `${name}() takes ${nargs < 1 ? 'at least' : 'at most'} ${n} argument${n === 1 ? '' : 's'} (${nargs} given)`);
    }
    return body(self as Borrowed, args, nargs);
  };
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

/** _PyArg_BadArgument's name of an argument's type: None is "None", not "NoneType". */
function clinicTypeName(o: Borrowed): string {
  return o === Py_None ? 'None' : typeNameOf(o);
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

/** str.expandtabs on JS text; null when the result would be longer than a str can be. */
function expandTabs(s: string, tab: number, wide: boolean): string | null {
  let out = '', col = 0;
  for (const ch of cpsOf(s, wide)) {
    if (ch === '\t') {
      if (tab > 0) {
        const n = tab - (col % tab);
        if (out.length + n > STR_MAX_LENGTH) return null;
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

// Positions are code point indices: a str with code points above U+FFFF (kind 4) is searched on the
// heap; the others read back from JS as one UTF-16 unit per code point, so JS's indexOf is exact there.
function findMethod(qual: string, reverse: boolean, raise: boolean): MethodDef {
  return { name: shortName(qual), fn: varargsFinds(qual, (self, args, nargs) => {
    // parse_args_finds_unicode: the slice bounds first, then the substring's type.
    const a = boundArg(args, nargs, 1, 0), b = boundArg(args, nargs, 2, Number.MAX_SAFE_INTEGER);
    if (a === null || b === null) return NULL;
    const subObj = argAt(args, 0);
    const sub = needStr(subObj, `must be str, not %T`);
    if (sub === null) return NULL;
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
  }) };
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
  return { name, fn: varargsFinds(qual, (self, args, nargs) => {
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
  }) };
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
    if (!strSizeCheck(w)) return NULL;
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
// A port of Objects/stringlib/unicode_format.h: MarkupIterator_next and parse_field split the text into
// literals and fields, field_name_split and FieldNameIterator_next walk a field's name, output_markup
// converts and formats the object. Scanning works on UTF-16 units: every character it looks for is ASCII.
// Field numbering state of one str.format call (AutoNumber), shared with its nested replacement fields;
// `mapping` is format_map's argument (then there are no positional arguments).
interface FormatState { state: number; field: number; mapping: Borrowed | Null }
const ANS_INIT = 0, ANS_AUTO = 1, ANS_MANUAL = 2;
const SSIZE_MAX_BIG = 0x7fffffffffffffffn;

/**
 * get_integer: the value of a field name part made only of decimal digits (any script's), -1 when it is
 * not one (or empty), null with ValueError set when it overflows Py_ssize_t.
 */
function fieldInteger(s: string): number | null {
  if (s === '') return -1;
  let acc = 0;
  let big = -1n;
  for (let k = 0; k < s.length; k++) {
    const cp = s.codePointAt(k) as number;
    if (cp > 0xffff) k++;
    const d = cp >= 48 && cp <= 57 ? cp - 48 : cp < 128 ? -1 : unicodeDecimal(cp);
    if (d < 0) return -1;
    if (big < 0n && acc < 1e15) { acc = acc * 10 + d; continue; }
    if (big < 0n) big = BigInt(acc);
    if (big > (SSIZE_MAX_BIG - BigInt(d)) / 10n) {
      errSetString(ValueError, 'Too many decimal digits in format string');
      return null;
    }
    big = big * 10n + BigInt(d);
  }
  return big < 0n ? acc : Number(big);
}

/** get_field_object: the object a field name designates (first part, then each .attr and [key]). */
function formatFieldObject(name: string, args: number, nargs: number, kwnames: Borrowed | Null, st: FormatState,
  wide: boolean): Owned | Null {
  // field_name_split
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  let index = fieldInteger(first);
  if (index === null) return NULL;
  const empty = first === '';
  if (empty || index !== -1) {
    if (st.state === ANS_INIT) st.state = empty ? ANS_AUTO : ANS_MANUAL;
    if (st.state === ANS_MANUAL && empty) {
      return errSetString(ValueError, 'cannot switch from manual field specification to automatic field numbering');
    }
    if (st.state === ANS_AUTO && !empty) {
      return errSetString(ValueError, 'cannot switch from automatic field numbering to manual field specification');
    }
    if (empty) index = st.field++;
  }
  let obj: Owned | Null;
  if (index === -1) {
    const key = NEWW(first, wide);
    if (key === NULL) return NULL;
    if (st.mapping !== NULL) {
      obj = objectGetItem(st.mapping, key);
    } else {
      obj = NULL;
      const nkw = kwnames === NULL ? 0 : tupleSize(kwnames);
      for (let q = 0; q < nkw; q++) {
        if (strToJS(tupleGetItemBorrow(kwnames as Borrowed, q)) === first) { obj = newRef(argAt(args, nargs + q)); break; }
      }
      if (obj === NULL) errSetObject(KeyError, key);
    }
    decref(key);
    if (obj === NULL) return NULL;
  } else {
    if (st.mapping !== NULL) return errSetString(ValueError, 'Format string contains positional fields');
    if (index >= nargs) {
      const shown = index > Number.MAX_SAFE_INTEGER ? fieldIntegerText(first) : String(index);
      return errSetString(IndexError, `Replacement index ${shown} out of range for positional args tuple`);
    }
    obj = newRef(argAt(args, index));
  }
  return formatFieldRest(obj, name, i, wide);
}

/** FieldNameIterator_next over the rest of a field name (from `i`): each .attr and [key] lookup in turn. */
function formatFieldRest(obj: Owned, name: string, i: number, wide: boolean): Owned | Null {
  const end = name.length;
  while (i < end) {
    const c = name[i++];
    let key: Owned | Null;
    let isAttr: boolean;
    let part: string;
    if (c === '.') {
      isAttr = true;
      const s0 = i;
      while (i < end && name[i] !== '.' && name[i] !== '[') i++;
      part = name.slice(s0, i);
    } else if (c === '[') {
      isAttr = false;
      const s0 = i;
      let seen = false;
      while (i < end) if (name[i++] === ']') { seen = true; break; }
      if (!seen) { decref(obj); return errSetString(ValueError, "Missing ']' in format string"); }
      part = name.slice(s0, i - 1);
    } else {
      decref(obj);
      return errSetString(ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
    const idx = isAttr ? -1 : fieldInteger(part);
    if (idx === null) { decref(obj); return NULL; }
    if (part === '') { decref(obj); return errSetString(ValueError, 'Empty attribute in format string'); }
    key = idx === -1 ? NEWW(part, wide) : intFromNumber(idx);
    if (key === NULL) { decref(obj); return NULL; }
    const next = isAttr ? objectGetAttr(obj, key) : objectGetItem(obj, key);
    decref(key);
    decref(obj);
    if (next === NULL) return NULL;
    obj = next;
  }
  return obj;
}

/** The exact decimal value of a field index past 2**53, for the IndexError message. */
function fieldIntegerText(s: string): string {
  let v = 0n;
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    v = v * 10n + BigInt(cp >= 48 && cp <= 57 ? cp - 48 : unicodeDecimal(cp));
  }
  return v.toString();
}

/** build_string: str.format's result text, or null with the error set. */
function strFormatImpl(fmt: string, args: number, nargs: number, kwnames: Borrowed | Null, depth = 2,
  st: FormatState = { state: ANS_INIT, field: 0, mapping: NULL }): string | null {
  if (depth <= 0) { errSetString(ValueError, 'Max string recursion exceeded'); return null; }
  const wide = wideSeen;
  let out = '';
  const end = fmt.length;
  let pos = 0;
  while (pos < end) {
    // MarkupIterator_next: literal text up to the first '{' or '}'.
    const start = pos;
    let c = '';
    let markup = false;
    while (pos < end) {
      c = fmt[pos++];
      if (c === '{' || c === '}') { markup = true; break; }
    }
    const atEnd = pos >= end;
    let len = pos - start;
    if (c === '}' && (atEnd || fmt[pos] !== '}')) { errSetString(ValueError, "Single '}' encountered in format string"); return null; }
    if (atEnd && c === '{') { errSetString(ValueError, "Single '{' encountered in format string"); return null; }
    if (!atEnd) {
      if (fmt[pos] === c) { pos++; markup = false; } else len--;
    }
    out += fmt.slice(start, start + len);
    if (!markup) continue;
    // parse_field: the field name ends at '}', ':' or '!' (a '[' skips to its ']').
    const nameStart = pos;
    c = '';
    while (pos < end) {
      c = fmt[pos++];
      if (c === '{') { errSetString(ValueError, "unexpected '{' in field name"); return null; }
      if (c === '[') { while (pos < end && fmt[pos] !== ']') pos++; continue; }
      if (c === '}' || c === ':' || c === '!') break;
    }
    const fieldName = fmt.slice(nameStart, pos - 1);
    let conversion = -1;
    let spec = '';
    let expand = false;
    if (c === '!' || c === ':') {
      let specDone = false;
      if (c === '!') {
        if (pos >= end) { errSetString(ValueError, 'end of string while looking for conversion specifier'); return null; }
        conversion = fmt.codePointAt(pos) as number;
        pos += conversion > 0xffff ? 2 : 1;
        if (pos < end) {
          const c2 = fmt[pos++];
          if (c2 === '}') specDone = true;
          else if (c2 !== ':') { errSetString(ValueError, "expected ':' after conversion specifier"); return null; }
        }
      }
      if (!specDone) {
        const specStart = pos;
        let count = 1;
        for (;;) {
          if (pos >= end) { errSetString(ValueError, "unmatched '{' in format spec"); return null; }
          const ch = fmt[pos++];
          if (ch === '{') { expand = true; count++; } else if (ch === '}' && --count === 0) break;
        }
        spec = fmt.slice(specStart, pos - 1);
      }
    } else if (c !== '}') {
      errSetString(ValueError, "expected '}' before end of string");
      return null;
    }
    // output_markup
    let obj = formatFieldObject(fieldName, args, nargs, kwnames, st, wide);
    if (obj === NULL) return null;
    if (conversion >= 0) {
      let cv: Owned | Null;
      if (conversion === 0x72) cv = objectRepr(obj);
      else if (conversion === 0x73) cv = objectStr(obj);
      else if (conversion === 0x61) cv = objectASCII(obj);
      else {
        decref(obj);
        errSetString(ValueError, conversion > 32 && conversion < 127
          ? `Unknown conversion specifier ${String.fromCharCode(conversion)}`
          : `Unknown conversion specifier \\x${conversion.toString(16)}`);
        return null;
      }
      decref(obj);
      if (cv === NULL) return null;
      obj = cv;
    }
    if (expand) {
      const inner = strFormatImpl(spec, args, nargs, kwnames, depth - 1, st);
      if (inner === null) { decref(obj); return null; }
      spec = inner;
    }
    const specObj = NEWW(spec, wideSeen);
    if (specObj === NULL) { decref(obj); return null; }
    const r = objectFormat(obj, specObj);
    decref(specObj);
    decref(obj);
    if (r === NULL) return null;
    out += S(r);
    decref(r);
  }
  return out;
}

/** str.format_map(mapping): keyword fields looked up with mapping[name]. */
function str_format_map(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('str.format_map', kwnames)) return NULL;
  if (nargs !== 1) return errSetString(TypeError, `str.format_map() takes exactly one argument (${nargs} given)`);
  const saved = wideSeen;
  wideSeen = false;
  const r = strFormatImpl(S(self as Borrowed), args, 0, NULL, 2, { state: ANS_INIT, field: 0, mapping: argAt(args, 0) });
  const wide = wideSeen;
  wideSeen = saved || wide;
  return r === null ? NULL : NEWW(r, wide);
}

/** str.maketrans(x[, y[, z]]): a dict from code points to code points, strings or None. */
function str_maketrans(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('str.maketrans', kwnames) || !argsCheckPositional('maketrans', nargs, 1, 3)) return NULL;
  // Argument Clinic checks y and z (str) before the body looks at x.
  for (let k = 1; k < nargs; k++) {
    const a = argAt(args, k);
    if (!isStr(a)) return errSetString(TypeError, `maketrans() argument ${k + 1} must be str, not ${clinicTypeName(a)}`);
  }
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
      if (!isDictExact(x)) { errSetString(TypeError, 'if you give only one argument to maketrans it must be a dict'); break fail; }
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
    if (!isStr(x)) { errSetString(TypeError, 'first maketrans argument must be a string if there is a second argument'); break fail; }
    const y = argAt(args, 1);
    const xs = cpsOf(S(x), W(x)), ys = cpsOf(S(y), W(y));
    if (xs.length !== ys.length) { errSetString(ValueError, 'the first two maketrans arguments must have equal length'); break fail; }
    for (let i = 0; i < xs.length; i++) if (!put(xs[i].codePointAt(0) as number, intFromNumber(ys[i].codePointAt(0) as number))) break fail;
    if (nargs === 3) {
      const z = argAt(args, 2);
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
  const o = self as Borrowed;
  const n = strLength(o);
  // Code points, not JS text: lone surrogates side by side must stay two characters.
  const out: number[] = [];
  // Results per code point, so repeated characters look the table up once (as CPython's cache does for ASCII).
  const cache = new Map<number, number | number[] | null>();
  for (let i = 0; i < n; i++) {
    const cp = strGetCodePoint(o, i);
    let r = cache.get(cp);
    if (r === undefined) {
      const k = intFromNumber(cp);
      if (k === NULL) return NULL;
      const v = objectGetItem(table, k);
      decref(k);
      if (v === NULL) {
        if (!errExceptionMatches(LookupError)) return NULL;
        errClear();
        r = cp;
      } else if (v === Py_None) {
        r = null;
        decref(v);
      } else if (isInt(v)) {
        const big = intToBigInt(v);
        decref(v);
        if (big < 0n || big > 0x10ffffn) return errSetString(ValueError, 'character mapping must be in range(0x110000)');
        r = Number(big);
      } else if (isStr(v)) {
        const m = strLength(v);
        r = m === 1 ? strGetCodePoint(v, 0) : Array.from({ length: m }, (_, j) => strGetCodePoint(v, j));
        decref(v);
      } else {
        decref(v);
        return errSetString(TypeError, 'character mapping must return integer, None or str');
      }
      cache.set(cp, r);
    }
    if (typeof r === 'number') out.push(r);
    else if (r !== null) for (const c of r) out.push(c);
  }
  return strNewFromCodePoints(out);
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
 * A port of PyUnicode_Format (unicode_format_arg_parse/_format/_output) and _PyBytes_FormatEx: the
 * argument state (args, arglen, argidx) is theirs, so a %(key) conversion replaces the arguments with
 * the looked-up value, and '%' with flags or a width ('%5%') takes an argument before it is rejected.
 */
export function percentFormat(fmt: string, values: Borrowed, bytesMode: boolean): string | null {
  const fmtWide = wideSeen; // strMod's S(fmt) set it for a kind-4 format only
  const tuple = isTuple(values);
  let args: Borrowed = values;
  let argsOwned: Owned | Null = NULL;
  let arglen = tuple ? tupleSize(values) : -1;
  let argidx = tuple ? 0 : -2;
  // PyMapping_Check(args) and not a tuple or str (bytes: nor bytes or bytearray).
  const dict: Borrowed | Null = !tuple && !isStr(values) && !(bytesMode && (isBytes(values) || isByteArray(values)))
    && slotsOf(values).getitem !== null ? values : NULL;
  const nextArg = (): Borrowed | null => {
    if (argidx < arglen) {
      const k = argidx++;
      return arglen < 0 ? args : tupleGetItemBorrow(args, k);
    }
    errSetString(TypeError, 'not enough arguments for format string');
    return null;
  };
  const what = bytesMode ? 'bytes' : 'string';
  let out = '';
  const n = fmt.length;
  let i = 0;
  fail: {
    while (i < n) {
      if (fmt.charCodeAt(i) !== 37) {
        const j = fmt.indexOf('%', i);
        const end = j < 0 ? n : j;
        out += fmt.slice(i, end);
        i = end;
        continue;
      }
      i++;
      if (fmt[i] === '%') { out += '%'; i++; continue; }
      // unicode_format_arg_parse. `eof`: a read went past the end (C's fmtcnt < 0).
      let ch = i < n ? fmt[i] : '', eof = false;
      const read = (): boolean => {
        if (i < n) { ch = fmt[i++]; return true; }
        eof = true;
        return false;
      };
      if (ch === '(') {
        if (dict === NULL) { errSetString(TypeError, 'format requires a mapping'); break fail; }
        i++;
        const keyStart = i;
        let pcount = 1;
        while (pcount > 0 && read()) {
          if ((ch as string) === ')') pcount--;
          else if (ch === '(') pcount++;
        }
        if (eof || pcount > 0) { errSetString(ValueError, 'incomplete format key'); break fail; }
        const ktext = fmt.slice(keyStart, i - 1);
        const key = bytesMode ? bytesFromUint8Array(Uint8Array.from(ktext, (c) => c.charCodeAt(0))) : NEWW(ktext, fmtWide);
        if (key === NULL) break fail;
        if (argsOwned !== NULL) { decref(argsOwned); argsOwned = NULL; }
        argsOwned = objectGetItem(dict, key);
        decref(key);
        if (argsOwned === NULL) break fail;
        args = argsOwned;
        arglen = -1;
        argidx = -2;
      }
      let flags = 0;
      while (read()) {
        if (ch === '-') flags |= F_LJUST;
        else if (ch === '+') flags |= F_SIGN;
        else if (ch === ' ') flags |= F_BLANK;
        else if (ch === '#') flags |= F_ALT;
        else if (ch === '0') flags |= F_ZERO;
        else break;
      }
      let width = -1, prec = -1;
      if (ch === '*') {
        const v = nextArg(); if (v === null) break fail;
        if (!isInt(v)) { errSetString(TypeError, '* wants int'); break fail; }
        width = ssizeOf(v); if (width === -1 && errOccurred() !== NULL) break fail;
        if (width < 0) { flags |= F_LJUST; width = -width; }
        read();
      } else if (ch >= '0' && ch <= '9') {
        let digits = ch;
        while (read() && ch >= '0' && ch <= '9') digits += ch;
        if (digits.length > 18 && BigInt(digits) > 0x7fffffffffffffffn) { errSetString(ValueError, 'width too big'); break fail; }
        width = Number(digits);
      }
      if (ch === '.') {
        prec = 0;
        read();
        if ((ch as string) === '*') {
          const v = nextArg(); if (v === null) break fail;
          if (!isInt(v)) { errSetString(TypeError, '* wants int'); break fail; }
          prec = intAsCInt(v); if (prec === -1 && errOccurred() !== NULL) break fail;
          if (prec < 0) prec = 0;
          read();
        } else if (ch >= '0' && ch <= '9') {
          let digits = ch;
          while (read() && ch >= '0' && ch <= '9') digits += ch;
          if (digits.length > 9 && BigInt(digits) > 0x7fffffffn) { errSetString(ValueError, bytesMode ? 'prec too big' : 'precision too big'); break fail; }
          prec = Number(digits);
        }
      }
      if (!eof && (ch === 'h' || ch === 'l' || ch === 'L')) read();
      if (eof) { errSetString(ValueError, 'incomplete format'); break fail; }
      // unicode_format_arg_format: the argument is taken before the conversion character is checked.
      const v = nextArg(); if (v === null) break fail;
      const conv = formatArg(ch, v, flags, prec, bytesMode, fmt, i - 1, fmtWide);
      if (conv === null) break fail;
      if (width > MAX_PIECE && width > conv.len) { errNoMemory(); break fail; }
      out += formatOutput(conv.text, conv.len, ch, flags, width, prec, conv.sign);
      if (dict !== NULL && argidx < arglen) { errSetString(TypeError, `not all arguments converted during ${what} formatting`); break fail; }
    }
    if (argidx < arglen && dict === NULL) { errSetString(TypeError, `not all arguments converted during ${what} formatting`); break fail; }
    if (argsOwned !== NULL) decref(argsOwned);
    return out;
  }
  if (argsOwned !== NULL) decref(argsOwned);
  return null;
}

const F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16;
// The longest result allowed: beyond it CPython's allocation fails (MemoryError), and JS strings stop near 2**29.
const MAX_PIECE = 2 ** 28;

/** PyLong_AsSsize_t of an int. */
function ssizeOf(v: Borrowed): number {
  const b = intToBigInt(v);
  if (b > 0x7fffffffffffffffn || b < -0x8000000000000000n) { errSetString(OverflowError, 'Python int too large to convert to C ssize_t'); return -1; }
  return Number(b);
}

/** PyLong_AsLongAndOverflow: the int value of v (through __index__), or null with the error set. */
function indexValue(v: Borrowed): bigint | null {
  if (isInt(v)) return intToBigInt(v);
  const iv = numberIndex(v);
  if (iv === NULL) return null;
  const b = intToBigInt(iv);
  decref(iv);
  return b;
}

/** Number of code points of a piece of text (`wide`: it came from a str with astral characters). */
function cpLength(s: string, wide: boolean): number {
  return wide ? Array.from(s).length : s.length;
}

interface Converted { text: string; len: number; sign: boolean }

/** unicode_format_arg_format / the switch of _PyBytes_FormatEx: one conversion, before padding. */
function formatArg(ch: string, v: Borrowed, flags: number, prec: number, bytesMode: boolean,
  fmt: string, pos: number, fmtWide: boolean): Converted | null {
  switch (ch) {
    case 's': case 'r': case 'a': case 'b': {
      if (bytesMode && (ch === 's' || ch === 'b')) {
        const t = bytesLikeText(v);
        if (t === null) return null;
        return { text: t, len: t.length, sign: false };
      }
      if (ch === 'b') break;
      let r: Owned | Null;
      if (bytesMode || ch === 'a') r = objectASCII(v);
      else if (ch === 'r') r = objectRepr(v);
      else r = isStrExact(v) ? newRef(v) : objectStr(v);
      if (r === NULL) return null;
      const wide = W(r);
      const s = S(r);
      decref(r);
      return { text: s, len: cpLength(s, wide), sign: false };
    }
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X': {
      // _PyBytes_FormatEx reads %i as %d (its error messages say so).
      const t = formatLong(v, bytesMode && ch === 'i' ? 'd' : ch, flags, prec);
      if (t === null) return null;
      return { text: t, len: t.length, sign: true };
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      let x: number;
      if (isFloat(v)) x = floatValue(v);
      else {
        // PyFloat_AsDouble: __float__, else __index__.
        const sl = slotsOf(v);
        const fv = sl.float !== null || sl.index !== null ? numberFloat(v) : NULL;
        if (fv === NULL) {
          if (sl.float === null && sl.index === null) errSetString(TypeError, `must be real number, not ${typeNameOf(v)}`);
          // The bytes formatter replaces any error with its own message.
          if (bytesMode) { errClear(); errSetString(TypeError, `float argument required, not ${typeNameOf(v)}`); }
          return null;
        }
        x = floatValue(fv);
        decref(fv);
      }
      const p = prec < 0 ? 6 : prec;
      if (p > MAX_PIECE) { errNoMemory(); return null; }
      const t = formatDouble(x, ch, p, (flags & F_ALT) !== 0);
      return { text: t, len: t.length, sign: true };
    }
    case 'c': {
      if (bytesMode) {
        if ((isBytes(v) || isByteArray(v)) && (bufferGet(v, false), BUF.len === 1)) {
          return { text: String.fromCharCode(u8[BUF.ptr]), len: 1, sign: false };
        }
        const b = indexValue(v);
        if (b === null) {
          if (errExceptionMatches(TypeError)) { errClear(); errSetString(TypeError, '%c requires an integer in range(256) or a single byte'); }
          return null;
        }
        if (b < 0n || b > 255n) { errSetString(OverflowError, '%c arg not in range(256)'); return null; }
        return { text: String.fromCharCode(Number(b)), len: 1, sign: false };
      }
      if (isStr(v)) {
        if (strLength(v) !== 1) { errSetString(TypeError, '%c requires int or char'); return null; }
        return { text: S(v), len: 1, sign: false };
      }
      const b = indexValue(v);
      if (b === null) {
        if (errExceptionMatches(TypeError)) { errClear(); errSetString(TypeError, '%c requires int or char'); }
        return null;
      }
      if (b < 0n || b > 0x10ffffn) { errSetString(OverflowError, '%c arg not in range(0x110000)'); return null; }
      if (b > 0xffffn) wideSeen = true;
      return { text: String.fromCodePoint(Number(b)), len: 1, sign: false };
    }
  }
  const code = ch.codePointAt(0) as number;
  if (bytesMode) {
    // C's `%c` of a (signed) char: a byte from 0x80 up is a negative character.
    if (code >= 0x80) { errSetString(OverflowError, 'character argument not in range(0x110000)'); return null; }
    errSetString(ValueError, `unsupported format character '${ch}' (0x${code.toString(16)}) at index ${pos}`);
    return null;
  }
  const shown = code >= 31 && code <= 126 ? ch : '?';
  const index = fmtWide ? Array.from(fmt.slice(0, pos)).length : pos;
  errSetString(ValueError, `unsupported format character '${shown}' (0x${code.toString(16)}) at index ${index}`);
  return null;
}

/** mainformatlong / formatlong + _PyUnicode_FormatLong: the digits of an integer conversion. */
function formatLong(v: Borrowed, ch: string, flags: number, prec: number): string | null {
  const hexOct = ch === 'o' || ch === 'x' || ch === 'X';
  let iv: Owned | Null;
  if (isInt(v)) iv = newRef(v);
  else {
    const sl = slotsOf(v);
    // PyNumber_Check
    iv = sl.index !== null || sl.int !== null || sl.float !== null || isComplex(v)
      ? (hexOct ? numberIndex(v) : numberLong(v)) : NULL;
    if (iv === NULL) {
      if (errOccurred() !== NULL && !errExceptionMatches(TypeError)) return null;
      errClear();
      errSetString(TypeError, `%${ch} format: ${hexOct ? 'an integer' : 'a real number'} is required, not ${typeNameOf(v)}`);
      return null;
    }
  }
  if (prec > 0x7fffffff - 3) { decref(iv); errSetString(OverflowError, 'precision too large'); return null; }
  if (prec > MAX_PIECE) { decref(iv); errNoMemory(); return null; }
  // Decimal text goes through int's str (long_to_decimal_string), with its sys.set_int_max_str_digits limit.
  const dec = hexOct ? '' : intToDecimalString(iv);
  const val = intToBigInt(iv);
  decref(iv);
  if (dec === null) return null;
  const neg = val < 0n;
  const a = neg ? -val : val;
  let digits = ch === 'x' || ch === 'X' ? a.toString(16) : ch === 'o' ? a.toString(8) : neg ? dec.slice(1) : dec;
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  let prefix = '';
  if ((flags & F_ALT) !== 0 && hexOct) prefix = ch === 'o' ? '0o' : '0x';
  const t = (neg ? '-' : '') + prefix + digits;
  return ch === 'X' ? t.toUpperCase() : t;
}

/** unicode_format_arg_output: precision for %s/%r/%a, then the sign, the '0x' prefix and the padding. */
function formatOutput(s: string, len: number, ch: string, flags: number, width: number, prec: number, sign: boolean): string {
  const fill = sign && (flags & F_ZERO) !== 0 ? '0' : ' ';
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && (flags & (F_SIGN | F_BLANK)) === 0) return s;
  if ((ch === 's' || ch === 'r' || ch === 'a' || ch === 'b') && prec >= 0 && len > prec) {
    s = len === s.length ? s.slice(0, prec) : Array.from(s).slice(0, prec).join('');
    len = prec;
  }
  let signChar = '';
  if (sign) {
    const c0 = s[0];
    if (c0 === '-' || c0 === '+') { signChar = c0; s = s.slice(1); len--; }
    else if ((flags & F_SIGN) !== 0) signChar = '+';
    else if ((flags & F_BLANK) !== 0) signChar = ' ';
    else sign = false;
  }
  if (width < len) width = len;
  let out = '';
  if (sign) {
    if (fill !== ' ') out += signChar;
    if (width > len) width--;
  }
  let prefix = '';
  if ((flags & F_ALT) !== 0 && (ch === 'x' || ch === 'X' || ch === 'o')) {
    prefix = s.slice(0, 2);
    s = s.slice(2);
    if (fill !== ' ') out += prefix;
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && (flags & F_LJUST) === 0) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (sign) out += signChar;
    out += prefix;
  }
  out += s;
  if (width > len) out += ' '.repeat(width - len);
  return out;
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
  if (t !== NULL) { tab = clinicInt(t); if (tab === -1 && errOccurred() !== NULL) return NULL; }
  const r = expandTabs(S(self as Borrowed), tab, W(self as Borrowed));
  return r === null ? errNoMemory() : NEWW(r, W(self as Borrowed));
}

function str___format__(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('str.__format__', kwnames)) return NULL;
  if (nargs !== 1) return errSetString(TypeError, `str.__format__() takes exactly one argument (${nargs} given)`);
  const spec = argAt(args, 0);
  if (!isStr(spec)) return errSetString(TypeError, `__format__() argument must be str, not ${clinicTypeName(spec)}`);
  // _PyUnicode_FormatAdvancedWriter: an empty spec gives str(self), which a subclass's __str__ may change.
  if (strLength(spec) === 0 && !isStrExact(self as Borrowed)) return objectStr(self as Borrowed);
  return formatBuiltinLocal(self as Borrowed, S(spec));
}

function countMethod(qual: string): MethodDef {
  return { name: shortName(qual), fn: varargsFinds(qual, (self, args, nargs) => {
    const a = boundArg(args, nargs, 1, 0), b = boundArg(args, nargs, 2, Number.MAX_SAFE_INTEGER);
    if (a === null || b === null) return NULL;
    const sub = needStr(argAt(args, 0), 'must be str, not %T');
    if (sub === null) return NULL;
    if (strKind(self) === 4) return intFromNumber(countCodePoints(self, argAt(args, 0), a, b));
    const s = S(self);
    const [start, end] = adjust(s.length, a, b);
    return intFromNumber(countSub(s, sub, start, end));
  }) };
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
    if (!strSizeCheck(w)) return NULL;
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
  posOnly('str.removeprefix', 1, 1, (self, args) => { const a = argAt(args, 0); if (!isStr(a)) return errSetString(TypeError, `removeprefix() argument must be str, not ${clinicTypeName(a)}`); const p = S(a); const s = S(self); return NEWW(p !== '' && s.startsWith(p) ? s.slice(p.length) : s, W(self)); }),
  posOnly('str.removesuffix', 1, 1, (self, args) => { const a = argAt(args, 0); if (!isStr(a)) return errSetString(TypeError, `removesuffix() argument must be str, not ${clinicTypeName(a)}`); const p = S(a); const s = S(self); return NEWW(p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s, W(self)); }),
  posOnly('str.__sizeof__', 0, 0, (self) => intFromNumber(strSizeOf(self))),
  posOnly('str.__getnewargs__', 0, 0, (self) => { const t = tupleNew(1); if (t === NULL) return NULL; const c = NEWW(S(self), W(self)); if (c === NULL) { decref(t); return NULL; } tupleSetItemSteal(t, 0, c); return t; }),
];

/** Registers str's and bytes' methods (after methodObjectInitStatic). */
export function strAddMethods(): void {
  typeAddMethods(strType, strMethods);
  bytesAddMethods();
}

