// The methods of str and bytes (str.split, str.join, str.format, bytes.decode ...), encode/decode,
// and printf-style `str % args`. Mirrors Objects/unicodeobject.c, Objects/bytesobject.c,
// Objects/stringlib/*.h and Python/formatter_unicode.c's str.format field handling.
// Invariant: text is processed as JS strings of code points; results are new str objects. Known
// limitation: indices returned by find/index count UTF-16 units for text outside the BMP.

import { decref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNameOf } from './type.ts';
import { objectStr, objectRepr, objectIsTrue, boolNew } from './object.ts';
import { errSetString, errSetObject, errOccurred } from './errors.ts';
import { TypeError, ValueError, IndexError, KeyError, LookupError, OverflowError } from './exceptions.ts';
import { Py_None } from './none.ts';
import { intFromNumber, isInt, intToBigInt } from './int.ts';
import { isFloat, floatValue } from './float.ts';
import {
  strType, isStr, isStrExact, strToJS, strFromJS, strJoin, strFromUTF8, strEncodeUTF8, strLength, 
} from './str.ts';
import { bytesType, isBytes, bytesToUint8Array, bytesFromUint8Array } from './bytes.ts';
import { isTuple, tupleSize, tupleGetItemBorrow, tupleNew, tupleSetItemSteal } from './tuple.ts';
import { isList, listNew, listAppendSteal } from './list.ts';
import {
  sequenceList, objectFormat, objectGetItem, objectGetAttr, numberAsSsize, indexCheck, objectASCII, numberIndex,
  numberFloat, parseArgs, PARSED, numberLong,
} from './abstract.ts';
import { type MethodDef, typeAddMethods, argAt, argsNoKwnames, argsCheckPositional } from './methodobject.ts';
import { formatDouble } from '../support/format-spec.ts';
import { UnicodeEncodeError, UnicodeDecodeError } from './exceptions.ts';
import { slotsOf } from './type.ts';
import { formatBuiltin as formatBuiltinLocal } from './abstract.ts';
import { unicodeIsPrintable } from '../support/str-repr.ts';
import { listSize as listSizeLocal, listGetItemBorrow as listItemLocal } from './list.ts';

const S = (o: Borrowed): string => strToJS(o);
const NEW = (s: string): Owned | Null => strFromJS(s);

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

// ---- whitespace, case ----------------------------------------------------------------------------------------

const WS = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
function isSpaceCh(c: string): boolean { return WS.test(c); }

function stripChars(s: string, chars: string | null, left: boolean, right: boolean): string {
  let a = 0, b = s.length;
  const test = chars === null ? isSpaceCh : (c: string) => chars.includes(c);
  if (left) while (a < b && test(s[a])) a++;
  if (right) while (b > a && test(s[b - 1])) b--;
  return s.slice(a, b);
}

function stripMethod(qual: string, left: boolean, right: boolean): MethodDef {
  const name = shortName(qual);
  return posOnly(qual, 0, 1, (self, args, nargs) => {
    let chars: string | null = null;
    if (nargs === 1 && argAt(args, 0) !== Py_None) {
      chars = needStr(argAt(args, 0), `${name} arg must be None or str`);
      if (chars === null) return NULL;
    }
    return NEW(stripChars(S(self), chars, left, right));
  });
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isSpaceCh(s[i])) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(i)); // the rest, trailing white space included
      return out;
    }
    let j = i;
    while (j < n && !isSpaceCh(s[j])) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isSpaceCh(s[i - 1])) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(0, i)); // the rest, leading white space included
      break;
    }
    let j = i;
    while (j > 0 && !isSpaceCh(s[j - 1])) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

function listOfStrings(parts: string[]): Owned | Null {
  const l = listNew(0);
  if (l === NULL) return NULL;
  for (const p of parts) {
    const s = NEW(p);
    if (s === NULL || listAppendSteal(l, s) < 0) { decref(l); return NULL; }
  }
  return l;
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
    const s = S(self as Borrowed);
    if (sepObj === NULL || sepObj === Py_None) {
      return listOfStrings(reverse ? rsplitWhitespace(s, maxsplit) : splitWhitespace(s, maxsplit));
    }
    const sep = needStr(sepObj, 'must be str or None, not %T');
    if (sep === null) return NULL;
    if (sep.length === 0) return errSetString(ValueError, 'empty separator');
    let parts = s.split(sep);
    if (maxsplit >= 0 && parts.length > maxsplit + 1) {
      if (!reverse) parts = [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sep)];
      else parts = [parts.slice(0, parts.length - maxsplit).join(sep), ...parts.slice(parts.length - maxsplit)];
    }
    return listOfStrings(parts);
  };
  return { name, fn };
}

function splitlines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  let i = 0, start = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i];
    let eol = 0;
    if (c === '\r') eol = s[i + 1] === '\n' ? 2 : 1;
    else if ('\n\v\f\x1c\x1d\x1e\x85\u2028\u2029'.includes(c)) eol = 1;
    if (eol > 0) {
      out.push(s.slice(start, keepends ? i + eol : i));
      i += eol;
      start = i;
    } else i++;
  }
  if (start < n) out.push(s.slice(start));
  return out;
}

function titleCase(s: string): string {
  let out = '';
  let prevCased = false;
  for (const ch of s) {
    const lower = ch.toLowerCase(), upper = ch.toUpperCase();
    const cased = lower !== upper || /\p{Lt}/u.test(ch);
    if (cased) out += prevCased ? lower : titleChar(ch);
    else out += ch;
    prevCased = cased;
  }
  return out;
}

function titleChar(ch: string): string {
  // Title case for the few digraphs that have one; upper case otherwise.
  const special: Record<string, string> = { 'ǆ': 'ǅ', 'Ǆ': 'ǅ', 'ǅ': 'ǅ', 'ǉ': 'ǈ', 'Ǉ': 'ǈ', 'ǈ': 'ǈ', 'ǌ': 'ǋ', 'Ǌ': 'ǋ', 'ǋ': 'ǋ', 'ǳ': 'ǲ', 'Ǳ': 'ǲ', 'ǲ': 'ǲ' };
  return special[ch] ?? ch.toUpperCase();
}

function isCased(ch: string): boolean { return ch.toLowerCase() !== ch.toUpperCase() || /\p{Lt}/u.test(ch); }

function predicate(name: string, test: (s: string) => boolean): MethodDef {
  return posOnly(name, 0, 0, (self) => boolNew(test(S(self))));
}

const allOf = (re: RegExp) => (s: string): boolean => s.length > 0 && Array.from(s).every((c) => re.test(c));

function isIdentifier(s: string): boolean {
  return /^[\p{L}\p{Nl}_\u1885\u1886\u2118\u212e\u309b\u309c][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_\u1885\u1886\u2118\u212e\u309b\u309c\u00b7\u0387\u1369-\u1371\u19da]*$/u.test(s.normalize('NFKC'));
}

function expandTabs(s: string, tab: number): string {
  let out = '', col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tab > 0) { const n = tab - (col % tab); out += ' '.repeat(n); col += n; }
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

function findMethod(name: string, reverse: boolean, raise: boolean): MethodDef {
  return posOnly(name, 1, 3, (self, args, nargs) => {
    const sub = needStr(argAt(args, 0), `must be str, not %T`);
    if (sub === null) return NULL;
    const s = S(self);
    const a = boundArg(args, nargs, 1, 0), b = boundArg(args, nargs, 2, Number.MAX_SAFE_INTEGER);
    if (a === null || b === null) return NULL;
    const [start, end] = adjust(s.length, a, b);
    let r = -1;
    if (start <= end && end - start >= sub.length) {
      const region = s.slice(start, end);
      const k = reverse ? region.lastIndexOf(sub) : region.indexOf(sub);
      if (k >= 0) r = k + start;
    } else if (sub.length === 0 && start <= s.length && start <= end) r = reverse ? end : start;
    if (r < 0 && raise) return errSetString(ValueError, 'substring not found');
    return intFromNumber(r);
  });
}

function countSub(s: string, sub: string, start: number, end: number): number {
  if (start > s.length || start > end) return 0;
  const region = s.slice(start, end);
  if (sub.length === 0) return Array.from(region).length + 1;
  let n = 0, i = 0;
  for (;;) {
    const k = region.indexOf(sub, i);
    if (k < 0) return n;
    n++;
    i = k + sub.length;
  }
}

function affix(qual: string, ends: boolean): MethodDef {
  const name = shortName(qual);
  return posOnly(qual, 1, 3, (self, args, nargs) => {
    const s = S(self);
    const a = boundArg(args, nargs, 1, 0), b = boundArg(args, nargs, 2, Number.MAX_SAFE_INTEGER);
    if (a === null || b === null) return NULL;
    const [start, end] = adjust(s.length, a, b);
    const x = argAt(args, 0);
    const test = (p: string): boolean => {
      if (start > s.length) return false;
      if (end - start < p.length) return false;
      return ends ? s.slice(start, end).endsWith(p) : s.slice(start, end).startsWith(p);
    };
    if (isTuple(x)) {
      for (let i = 0; i < tupleSize(x); i++) {
        const p = tupleGetItemBorrow(x, i);
        if (!isStr(p)) return errSetString(TypeError, `tuple for ${name} must only contain str, not ${typeNameOf(p)}`);
        if (test(S(p))) return boolNew(true);
      }
      return boolNew(false);
    }
    if (!isStr(x)) {
      return errSetString(TypeError, `${name} first arg must be str or a tuple of str, not ${typeNameOf(x)}`);
    }
    return boolNew(test(S(x)));
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
    if (len >= w) return isStrExact(self) ? newRef(self) : NEW(s);
    const marg = w - len;
    if (how === 'l') return NEW(s + fill.repeat(marg));
    if (how === 'r') return NEW(fill.repeat(marg) + s);
    const left = Math.floor(marg / 2) + (marg & w & 1);
    return NEW(fill.repeat(left) + s + fill.repeat(marg - left));
  });
}

// ---- encode / decode ------------------------------------------------------------------------------------------

function normEncoding(e: string): string {
  return e.toLowerCase().replace(/[-_ ]/g, '');
}

/** str.encode(encoding, errors) for utf-8, ascii, latin-1. */
export function strEncode(o: Borrowed, encoding: string, errors: string): Owned | Null {
  const e = normEncoding(encoding);
  if (e === 'utf8') return strEncodeUTF8(o, errors);
  const s = S(o);
  if (e === 'ascii' || e === 'latin1' || e === 'iso88591' || e === 'l1') {
    const limit = e === 'ascii' ? 0x80 : 0x100;
    const out: number[] = [];
    const cps = Array.from(s);
    for (let i = 0; i < cps.length; i++) {
      const cp = cps[i].codePointAt(0) as number;
      if (cp < limit) { out.push(cp); continue; }
      if (errors === 'ignore') continue;
      if (errors === 'replace') { out.push(63); continue; }
      if (errors === 'backslashreplace') {
        const h = cp.toString(16);
        const esc = cp <= 0xff ? '\\x' + h.padStart(2, '0') : cp <= 0xffff ? '\\u' + h.padStart(4, '0') : '\\U' + h.padStart(8, '0');
        for (const c of esc) out.push(c.charCodeAt(0));
        continue;
      }
      const name = e === 'ascii' ? 'ascii' : 'latin-1';
      return errSetString(unicodeEncodeErrorType(), `'${name}' codec can't encode character '\\${cp <= 0xff ? 'x' + cp.toString(16).padStart(2, '0') : cp <= 0xffff ? 'u' + cp.toString(16).padStart(4, '0') : 'U' + cp.toString(16).padStart(8, '0')}' in position ${i}: ordinal not in range(${limit})`);
    }
    return bytesFromUint8Array(Uint8Array.from(out));
  }
  return errSetString(LookupError, `unknown encoding: ${encoding}`);
}

function unicodeEncodeErrorType(): Borrowed { return UnicodeEncodeError; }

/** bytes.decode(encoding, errors) for utf-8, ascii, latin-1. */
export function strDecode(b: Borrowed, encoding: string, errors: string): Owned | Null {
  const e = normEncoding(encoding);
  const data = bytesToUint8Array(b);
  if (e === 'utf8') return strFromUTF8(data, errors);
  if (e === 'latin1' || e === 'iso88591' || e === 'l1') return NEW(String.fromCharCode(...data));
  if (e === 'ascii') {
    let out = '';
    for (let i = 0; i < data.length; i++) {
      if (data[i] < 0x80) out += String.fromCharCode(data[i]);
      else if (errors === 'ignore') continue;
      else if (errors === 'replace') out += '\ufffd';
      else return errSetString(UnicodeDecodeError, `'ascii' codec can't decode byte 0x${data[i].toString(16).padStart(2, '0')} in position ${i}: ordinal not in range(128)`);
    }
    return NEW(out);
  }
  return errSetString(LookupError, `unknown encoding: ${encoding}`);
}

// ---- str.format ----------------------------------------------------------------------------------------------

/** str.format(*args, **kwargs). https://docs.python.org/3/library/string.html#formatstrings */
function strFormatImpl(fmt: string, args: number, nargs: number, kwnames: Borrowed | Null, depth = 2): string | null {
  let out = '';
  let auto = 0;
  let manual = false, automatic = false;
  const n = fmt.length;
  for (let i = 0; i < n;) {
    const c = fmt[i];
    if (c === '{') {
      if (fmt[i + 1] === '{') { out += '{'; i += 2; continue; }
      // Find the matching '}' (nested braces allowed in the spec).
      let j = i + 1, level = 1;
      while (j < n) {
        if (fmt[j] === '{') level++;
        else if (fmt[j] === '}') { level--; if (level === 0) break; }
        j++;
      }
      if (j >= n) {
        errSetString(ValueError, i + 1 >= n ? "Single '{' encountered in format string" : "expected '}' before end of string");
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
        if (manual) { errSetString(ValueError, 'cannot switch from manual field specification to automatic field numbering'); return null; }
        automatic = true;
        first = String(auto++);
      } else if (/^\d+$/.test(first)) {
        if (automatic) { errSetString(ValueError, 'cannot switch from automatic field numbering to manual field specification'); return null; }
        manual = true;
      }
      if (/^\d+$/.test(first)) {
        const idx = Number(first);
        if (idx >= nargs) { errSetString(IndexError, `Replacement index ${idx} out of range for positional args tuple`); return null; }
        obj = newRef(argAt(args, idx));
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
        if (depth <= 0) { decref(obj); errSetString(ValueError, 'Max string recursion exceeded'); return null; }
        const inner = strFormatImplShared(spec, args, nargs, kwnames, depth - 1, () => auto, (v) => { auto = v; });
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

// Nested replacement fields share the automatic numbering of the outer string.
function strFormatImplShared(fmt: string, args: number, nargs: number, kwnames: Borrowed | Null, depth: number,
  _get: () => number, _set: (v: number) => void): string | null {
  return strFormatImpl(fmt, args, nargs, kwnames, depth);
}

/** str.format. */
function str_format(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const r = strFormatImpl(S(self as Borrowed), args, nargs, kwnames);
  return r === null ? NULL : NEW(r);
}

// ---- printf-style formatting -----------------------------------------------------------------------------------

/** str % args (PyUnicode_Format). https://docs.python.org/3/library/stdtypes.html#printf-style-string-formatting */
export function strMod(fmtObj: Borrowed, values: Borrowed): Owned | Null {
  const fmt = S(fmtObj);
  // PyMapping_Check and not a tuple or str: %(name)s lookups, and no 'not all arguments converted' check.
  const isMap = !isTuple(values) && !isStr(values) && slotsOf(values).getitem !== null;
  let argi = 0;
  const nargs = isTuple(values) ? tupleSize(values) : 1;
  const getArg = (): Borrowed | null => {
    if (isTuple(values)) {
      if (argi >= nargs) { errSetString(TypeError, 'not enough arguments for format string'); return null; }
      return tupleGetItemBorrow(values, argi++);
    }
    if (argi >= 1) { errSetString(TypeError, 'not enough arguments for format string'); return null; }
    argi++;
    return values;
  };
  let out = '';
  for (let i = 0; i < fmt.length;) {
    const c = fmt[i];
    if (c !== '%') {
      const j = fmt.indexOf('%', i);
      const end = j < 0 ? fmt.length : j;
      out += fmt.slice(i, end);
      i = end;
      continue;
    }
    i++;
    if (i >= fmt.length) return errSetString(ValueError, 'incomplete format');
    let arg: Borrowed | null = null;
    let owned: Owned | Null = NULL;
    if (fmt[i] === '(') {
      let depth = 1, j = i + 1;
      while (j < fmt.length && depth > 0) { if (fmt[j] === '(') depth++; else if (fmt[j] === ')') depth--; j++; }
      if (depth > 0) return errSetString(ValueError, 'incomplete format key');
      if (!isMap) return errSetString(TypeError, 'format requires a mapping');
      const key = NEW(fmt.slice(i + 1, j - 1));
      if (key === NULL) return NULL;
      owned = objectGetItem(values, key);
      decref(key);
      if (owned === NULL) return NULL;
      arg = owned;
      i = j;
    }
    let flags = '';
    while ('-+ #0'.includes(fmt[i]) && i < fmt.length) flags += fmt[i++];
    let width = -1, prec = -1;
    if (fmt[i] === '*') {
      const w = getArg(); if (w === null) return NULL;
      width = numberAsSsize(w, NULL); i++;
      if (width < 0) { flags += '-'; width = -width; }
    } else {
      let ws = '';
      while (fmt[i] >= '0' && fmt[i] <= '9') ws += fmt[i++];
      if (ws !== '') width = Number(ws);
    }
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') { const p = getArg(); if (p === null) return NULL; prec = numberAsSsize(p, NULL); i++; }
      else { let ps = ''; while (fmt[i] >= '0' && fmt[i] <= '9') ps += fmt[i++]; prec = ps === '' ? 0 : Number(ps); }
    }
    while ('hlL'.includes(fmt[i]) && i < fmt.length) i++;
    if (i >= fmt.length) { if (owned) decref(owned); return errSetString(ValueError, 'incomplete format'); }
    const conv = fmt[i++];
    if (conv === '%') { out += '%'; if (owned) decref(owned); continue; }
    if (arg === null) { arg = getArg(); if (arg === null) return NULL; }
    const piece = formatOne(conv, arg, flags, prec, i - 1);
    if (owned) decref(owned);
    if (piece === null) return NULL;
    let body = piece;
    if (width > body.length) {
      if (flags.includes('-')) body = body + ' '.repeat(width - body.length);
      else if (flags.includes('0') && 'diouxXeEfFgG'.includes(conv) && !/[a-z]{3}$/i.test(body)) {
        const sign = /^[-+ ]/.test(body) ? body[0] : '';
        let rest = sign ? body.slice(1) : body;
        let prefix = '';
        if (/^0[xXo]/.test(rest) && flags.includes('#')) { prefix = rest.slice(0, 2); rest = rest.slice(2); }
        body = sign + prefix + '0'.repeat(width - body.length) + rest;
      } else body = ' '.repeat(width - body.length) + body;
    }
    out += body;
  }
  if (!isMap && (isTuple(values) ? argi < nargs : argi === 0)) {
    return errSetString(TypeError, 'not all arguments converted during string formatting');
  }
  return NEW(out);
}

function formatOne(conv: string, arg: Borrowed, flags: string, prec: number, pos: number): string | null {
  const sign = (neg: boolean): string => (neg ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '');
  switch (conv) {
    case 's': case 'r': case 'a': {
      const r = conv === 's' ? objectStr(arg) : conv === 'r' ? objectRepr(arg) : objectASCII(arg);
      if (r === NULL) return null;
      let s = S(r);
      decref(r);
      if (prec >= 0) s = s.slice(0, prec);
      return s;
    }
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
      let iv: Owned | Null;
      if (isInt(arg)) iv = newRef(arg);
      else if (conv === 'd' || conv === 'i' || conv === 'u') {
        if (!isFloat(arg) && slotsOf(arg).int === null && slotsOf(arg).index === null) {
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
      if (flags.includes('#')) prefix = conv === 'x' ? '0x' : conv === 'X' ? '0X' : conv === 'o' ? '0o' : '';
      if (conv === 'X') digits = digits.toUpperCase();
      return sign(neg) + prefix + digits;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      const fv = numberFloat(arg);
      if (fv === NULL) {
        errSetString(TypeError, `must be real number, not ${typeNameOf(arg)}`);
        return null;
      }
      const x = floatValue(fv);
      decref(fv);
      const t = formatDouble(x, conv, prec < 0 ? 6 : prec, flags.includes('#'));
      const neg = t.startsWith('-');
      return sign(neg) + (neg ? t.slice(1) : t);
    }
    case 'c': {
      if (isStr(arg)) {
        if (strLength(arg) !== 1) { errSetString(TypeError, '%c requires an int or a unicode character, not a string of length ' + strLength(arg)); return null; }
        return S(arg);
      }
      const v = numberAsSsize(arg, OverflowError);
      if (v === -1 && errOccurred() !== NULL) return null;
      if (v < 0 || v > 0x10ffff) { errSetString(OverflowError, '%c arg not in range(0x110000)'); return null; }
      return String.fromCodePoint(v);
    }
    default:
      errSetString(ValueError, `unsupported format character '${conv}' (0x${conv.charCodeAt(0).toString(16)}) at index ${pos}`);
      return null;
  }
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
  if (count < 0) {
    if (o === '') return NEW(nw + Array.from(s).join(nw) + (s.length > 0 ? nw : ''));
    return NEW(s.split(o).join(nw));
  }
  let out = '', i = 0, done = 0;
  if (o === '') {
    const cps = Array.from(s);
    let r = '';
    for (let k = 0; k <= cps.length; k++) {
      if (done < count) { r += nw; done++; }
      if (k < cps.length) r += cps[k];
    }
    return NEW(r);
  }
  while (done < count) {
    const k = s.indexOf(o, i);
    if (k < 0) break;
    out += s.slice(i, k) + nw;
    i = k + o.length;
    done++;
  }
  return NEW(out + s.slice(i));
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
      const p = k < 0 && parts[i] === s && isStrExact(self) ? newRef(self) : NEW(parts[i]);
      if (p === NULL) { decref(t); return NULL; }
      tupleSetItemSteal(t, i, p);
    }
    return t;
  });
}

function str_encode(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('encode', args, nargs, kwnames, ['encoding', 'errors'], 0)) return NULL;
  const e = PARSED[0] as Borrowed | Null, er = PARSED[1] as Borrowed | Null;
  return strEncode(self as Borrowed, e === NULL ? 'utf-8' : S(e), er === NULL ? 'strict' : S(er));
}

function str_splitlines(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('splitlines', args, nargs, kwnames, ['keepends'], 0)) return NULL;
  const k = PARSED[0] as Borrowed | Null;
  const keep = k === NULL ? 0 : objectIsTrue(k);
  if (keep < 0) return NULL;
  return listOfStrings(splitlines(S(self as Borrowed), keep === 1));
}

function str_expandtabs(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('expandtabs', args, nargs, kwnames, ['tabsize'], 0)) return NULL;
  const t = PARSED[0] as Borrowed | Null;
  let tab = 8;
  if (t !== NULL) { tab = numberAsSsize(t, OverflowError); if (tab === -1 && errOccurred() !== NULL) return NULL; }
  return NEW(expandTabs(S(self as Borrowed), tab));
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
    const s = S(self);
    const a = boundArg(args, nargs, 1, 0), b = boundArg(args, nargs, 2, Number.MAX_SAFE_INTEGER);
    if (a === null || b === null) return NULL;
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
  posOnly('str.upper', 0, 0, (self) => NEW(S(self).toUpperCase())),
  posOnly('str.lower', 0, 0, (self) => NEW(S(self).toLowerCase())),
  posOnly('str.casefold', 0, 0, (self) => NEW(S(self).toLowerCase().replace(/ß/g, 'ss'))),
  posOnly('str.swapcase', 0, 0, (self) => NEW(Array.from(S(self)).map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''))),
  posOnly('str.title', 0, 0, (self) => NEW(titleCase(S(self)))),
  posOnly('str.capitalize', 0, 0, (self) => { const cps = Array.from(S(self)); return NEW(cps.length === 0 ? '' : titleChar(cps[0]) + cps.slice(1).join('').toLowerCase()); }),
  { name: 'replace', fn: str_replace },
  findMethod('str.find', false, false),
  findMethod('str.rfind', true, false),
  findMethod('str.index', false, true),
  findMethod('str.rindex', true, true),
  countMethod('str.count'),
  affix('str.startswith', false),
  affix('str.endswith', true),
  predicate('str.isdigit', allOf(/[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792]/u)),
  predicate('str.isdecimal', allOf(/\p{Nd}/u)),
  predicate('str.isnumeric', allOf(/[\p{Nd}\p{Nl}\p{No}\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]/u)),
  predicate('str.isalpha', allOf(/\p{L}/u)),
  predicate('str.isalnum', allOf(/[\p{L}\p{Nd}\p{Nl}\p{No}]/u)),
  predicate('str.isspace', (s) => s.length > 0 && Array.from(s).every(isSpaceCh)),
  predicate('str.isupper', (s) => { let cased = false; for (const c of s) { if (c !== c.toUpperCase() && isCased(c)) return false; if (isCased(c)) cased = true; } return cased; }),
  predicate('str.islower', (s) => { let cased = false; for (const c of s) { if (c !== c.toLowerCase() && isCased(c)) return false; if (isCased(c)) cased = true; } return cased; }),
  predicate('str.istitle', (s) => s.length > 0 && titleCase(s) === s && Array.from(s).some(isCased)),
  predicate('str.isidentifier', isIdentifier),
  predicate('str.isascii', (s) => /^[\x00-\x7f]*$/.test(s)),
  predicate('str.isprintable', (s) => Array.from(s).every((c) => unicodeIsPrintable(c.codePointAt(0) as number))),
  padMethod('str.center', 'c'),
  padMethod('str.ljust', 'l'),
  padMethod('str.rjust', 'r'),
  posOnly('str.zfill', 1, 1, (self, args) => {
    const w = numberAsSsize(argAt(args, 0), OverflowError);
    if (w === -1 && errOccurred() !== NULL) return NULL;
    const s = S(self);
    const len = strLength(self);
    if (len >= w) return NEW(s);
    const fill = '0'.repeat(w - len);
    return NEW(s[0] === '+' || s[0] === '-' ? s[0] + fill + s.slice(1) : fill + s);
  }),
  partitionMethod('str.partition', false),
  partitionMethod('str.rpartition', true),
  { name: 'encode', fn: str_encode },
  { name: 'format', fn: str_format },
  { name: 'expandtabs', fn: str_expandtabs },
  { name: '__format__', fn: str___format__ },
  posOnly('str.removeprefix', 1, 1, (self, args) => { const p = needStr(argAt(args, 0), 'removeprefix() argument must be str, not %T'); if (p === null) return NULL; const s = S(self); return NEW(p !== '' && s.startsWith(p) ? s.slice(p.length) : s); }),
  posOnly('str.removesuffix', 1, 1, (self, args) => { const p = needStr(argAt(args, 0), 'removesuffix() argument must be str, not %T'); if (p === null) return NULL; const s = S(self); return NEW(p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s); }),
  posOnly('str.__getnewargs__', 0, 0, (self) => { const t = tupleNew(1); if (t === NULL) return NULL; const c = NEW(S(self)); if (c === NULL) { decref(t); return NULL; } tupleSetItemSteal(t, 0, c); return t; }),
];

// ---- bytes ----------------------------------------------------------------------------------------------------

const B = (o: Borrowed): string => String.fromCharCode(...bytesToUint8Array(o));
function NEWB(s: string): Owned | Null {
  const u = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return bytesFromUint8Array(u);
}

function needBytes(o: Borrowed): string | null {
  if (isBytes(o)) return B(o);
  errSetString(TypeError, `a bytes-like object is required, not '${typeNameOf(o)}'`);
  return null;
}

function bytes_decode(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('decode', args, nargs, kwnames, ['encoding', 'errors'], 0)) return NULL;
  const e = PARSED[0] as Borrowed | Null, er = PARSED[1] as Borrowed | Null;
  return strDecode(self as Borrowed, e === NULL ? 'utf-8' : S(e), er === NULL ? 'strict' : S(er));
}

const bytesMethods: MethodDef[] = [
  { name: 'decode', fn: bytes_decode },
  posOnly('bytes.hex', 0, 2, (self) => NEW(Array.from(bytesToUint8Array(self), (x) => x.toString(16).padStart(2, '0')).join(''))),
  posOnly('bytes.join', 1, 1, (self, args) => {
    const seq = argAt(args, 0);
    const l = sequenceListChecked(seq, 'can only join an iterable');
    if (l === NULL) return NULL;
    const parts: string[] = [];
    const n = listSizeLocal(l);
    for (let i = 0; i < n; i++) {
      const it = listItemLocal(l, i);
      if (!isBytes(it)) { decref(l); return errSetString(TypeError, `sequence item ${i}: expected a bytes-like object, ${typeNameOf(it)} found`); }
      parts.push(B(it));
    }
    decref(l);
    return NEWB(parts.join(B(self)));
  }),
  posOnly('bytes.split', 0, 2, (self, args, nargs) => {
    const s = B(self);
    if (nargs === 0 || argAt(args, 0) === Py_None) return listOfBytes(s.split(/[ \t\n\r\x0b\x0c]+/).filter((x) => x !== ''));
    const sep = needBytes(argAt(args, 0)); if (sep === null) return NULL;
    if (sep === '') return errSetString(ValueError, 'empty separator');
    return listOfBytes(s.split(sep));
  }),
  posOnly('bytes.strip', 0, 1, (self, args, nargs) => { const ch = nargs === 1 && argAt(args, 0) !== Py_None ? needBytes(argAt(args, 0)) : ' \t\n\r\x0b\x0c'; if (ch === null) return NULL; return NEWB(stripChars(B(self), ch, true, true)); }),
  posOnly('bytes.lstrip', 0, 1, (self, args, nargs) => { const ch = nargs === 1 && argAt(args, 0) !== Py_None ? needBytes(argAt(args, 0)) : ' \t\n\r\x0b\x0c'; if (ch === null) return NULL; return NEWB(stripChars(B(self), ch, true, false)); }),
  posOnly('bytes.rstrip', 0, 1, (self, args, nargs) => { const ch = nargs === 1 && argAt(args, 0) !== Py_None ? needBytes(argAt(args, 0)) : ' \t\n\r\x0b\x0c'; if (ch === null) return NULL; return NEWB(stripChars(B(self), ch, false, true)); }),
  posOnly('bytes.startswith', 1, 1, (self, args) => { const p = needBytes(argAt(args, 0)); if (p === null) return NULL; return boolNew(B(self).startsWith(p)); }),
  posOnly('bytes.endswith', 1, 1, (self, args) => { const p = needBytes(argAt(args, 0)); if (p === null) return NULL; return boolNew(B(self).endsWith(p)); }),
  posOnly('bytes.find', 1, 1, (self, args) => { const p = needBytes(argAt(args, 0)); if (p === null) return NULL; return intFromNumber(B(self).indexOf(p)); }),
  posOnly('bytes.count', 1, 1, (self, args) => { const p = needBytes(argAt(args, 0)); if (p === null) return NULL; return intFromNumber(countSub(B(self), p, 0, Number.MAX_SAFE_INTEGER)); }),
  posOnly('bytes.replace', 2, 2, (self, args) => { const a = needBytes(argAt(args, 0)); if (a === null) return NULL; const b = needBytes(argAt(args, 1)); if (b === null) return NULL; return NEWB(B(self).split(a).join(b)); }),
  posOnly('bytes.upper', 0, 0, (self) => NEWB(B(self).replace(/[a-z]+/g, (m) => m.toUpperCase()))),
  posOnly('bytes.lower', 0, 0, (self) => NEWB(B(self).replace(/[A-Z]+/g, (m) => m.toLowerCase()))),
];

function listOfBytes(parts: string[]): Owned | Null {
  const l = listNew(0);
  if (l === NULL) return NULL;
  for (const p of parts) {
    const b = NEWB(p);
    if (b === NULL || listAppendSteal(l, b) < 0) { decref(l); return NULL; }
  }
  return l;
}

/** Registers str's and bytes' methods (after methodObjectInitStatic). */
export function strAddMethods(): void {
  typeAddMethods(strType, strMethods);
  typeAddMethods(bytesType, bytesMethods);
}

