// The complex type: a pair of IEEE-754 doubles, with int/float operands mixed in.
// Mirrors Objects/complexobject.c (complex_new / complex_subtype_from_string, _Py_c_sum ... _Py_c_quot,
// _Py_c_pow and c_powi, _Py_c_abs, complex_hash, complex_richcompare, complex_repr) and the complex part
// of Python/formatter_unicode.c (format_complex_internal). Invariants: a complex object never changes;
// int and float operands are converted as to_complex does (an int too large for a float is OverflowError).
//
//   +0 ob_refcnt  +4 ob_type  +8 cval.real (f64)  +16 cval.imag (f64)

import { f64, i32 } from '../heap/views.ts';
import { OB_TYPE } from '../heap/header.ts';
import { incref, decref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { hashDouble, hashComplex } from '../support/numhash.ts';
import { H64 } from '../support/hash64.ts';
import { floatRepr } from '../support/float-format.ts';
import { doubleToString, groupDigits, parseFormatSpec, FormatSpecError } from '../support/format-spec.ts';
import { strRepr } from '../support/str-repr.ts';
import { preciseHypot } from '../support/numeric.ts';
import { typeNewStatic, typeCheck, typeNameOf, typeSlotsOf, slotsOf, Py_TPFLAGS_BASETYPE, Py_EQ, Py_NE } from './type.ts';
import { objectNew, objectFree, notImplemented, boolNew, objectRichCompare, objectStr } from './object.ts';
import { errSetString, errOccurred } from './errors.ts';
import { TypeError, ValueError, OverflowError, ZeroDivisionError, AttributeError } from './exceptions.ts';
import { strFromJS, strToJS, isStr, strLength } from './str.ts';
import { tupleNew, tupleSetItemSteal } from './tuple.ts';
import { Py_None } from './none.ts';
import { isInt, intToDouble, unicodeToAsciiDecimal, smallInt } from './int.ts';
import { isFloat, floatValue, floatNew, floatPowDouble } from './float.ts';
import { libmExp, libmLog } from '../support/libm.ts';
import { libmSin, libmCos, libmAtan2 } from '../support/libm-trig.ts';
import { parseArgs, PARSED, lookupSpecial, objectCallNoArgs, numberFloat } from './abstract.ts';
import { type MethodDef, typeAddMethods, argAt, argsNoKwnames, METH_NOARGS, METH_O } from './methodobject.ts';
import { typeAddGetSets } from './getset.ts';
import { protocolHooks } from './protocols.ts';

export const COMPLEX_REAL = 8;
export const COMPLEX_IMAG = 16;
export const COMPLEX_SIZE = 24;

export let complexType = 0 as Borrowed;

/** PyComplex_Check. */
export function isComplex(o: Borrowed): boolean {
  const t = i32[(o + OB_TYPE) >> 2] as Borrowed;
  return t === complexType || typeCheck(o, complexType);
}

/** PyComplex_CheckExact. */
export function isComplexExact(o: Borrowed): boolean {
  return i32[(o + OB_TYPE) >> 2] === complexType;
}

/** PyComplex_FromDoubles. */
export function complexNew(re: number, im: number): Owned | Null {
  const o = objectNew(complexType, COMPLEX_SIZE);
  if (o === NULL) return NULL;
  f64[(o + COMPLEX_REAL) >> 3] = re;
  f64[(o + COMPLEX_IMAG) >> 3] = im;
  return o;
}

/** PyComplex_RealAsDouble for a complex (no check). */
export function complexReal(o: Borrowed): number {
  return f64[(o + COMPLEX_REAL) >> 3];
}

/** PyComplex_ImagAsDouble for a complex (no check). */
export function complexImag(o: Borrowed): number {
  return f64[(o + COMPLEX_IMAG) >> 3];
}

// ------------------------------------------------------------------------------------------ operands

// The operands of a binary slot after to_complex (kept outside so the slots allocate nothing else).
let aRe = 0, aIm = 0, bRe = 0, bIm = 0;
// Results of the c_* helpers below.
let rRe = 0, rIm = 0;
// errno of the c_* helpers: 0, EDOM (division by zero) or ERANGE (overflow).
const EDOM = 33, ERANGE = 34;
let cErrno = 0;

/** to_complex for one operand: 1 converted into (re, im) via the out pair, 0 NotImplemented, -1 error. */
let convRe = 0, convIm = 0;
function toComplex(o: Borrowed): number {
  if (isComplex(o)) { convRe = complexReal(o); convIm = complexImag(o); return 1; }
  if (isFloat(o)) { convRe = floatValue(o); convIm = 0; return 1; }
  if (isInt(o)) {
    const d = intToDouble(o); // OverflowError 'int too large to convert to float' when NaN
    if (d !== d) return -1;
    convRe = d; convIm = 0;
    return 1;
  }
  return 0;
}

function convertOperands(a: Borrowed, b: Borrowed): number {
  let c = toComplex(a);
  if (c !== 1) return c;
  aRe = convRe; aIm = convIm;
  c = toComplex(b);
  if (c !== 1) return c;
  bRe = convRe; bIm = convIm;
  return 1;
}

function unconverted(c: number): Owned | Null {
  return c === 0 ? notImplemented() : NULL;
}

// ------------------------------------------------------------------------------------------ arithmetic

/** _Py_c_prod into (rRe, rIm). */
function cProd(ar: number, ai: number, br: number, bi: number): void {
  rRe = ar * br - ai * bi;
  rIm = ar * bi + ai * br;
}

/** _Py_c_quot into (rRe, rIm): Smith's algorithm with CPython's branches; EDOM for a zero divisor. */
function cQuot(ar: number, ai: number, br: number, bi: number): void {
  const absBr = br < 0 ? -br : br;
  const absBi = bi < 0 ? -bi : bi;
  if (absBr >= absBi) {
    if (absBr === 0) {
      cErrno = EDOM;
      rRe = 0; rIm = 0;
    } else {
      const ratio = bi / br;
      const denom = br + bi * ratio;
      rRe = (ar + ai * ratio) / denom;
      rIm = (ai - ar * ratio) / denom;
    }
  } else if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    rRe = (ar * ratio + ai) / denom;
    rIm = (ai * ratio - ar) / denom;
  } else {
    rRe = NaN; rIm = NaN; // a NaN in the divisor
  }
}

/** c_powu: x**n for an integer n >= 1 by binary powering, into (rRe, rIm). */
function cPowu(xr: number, xi: number, n: number): void {
  let accR = 1, accI = 0, pr = xr, pi = xi;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if ((n & mask) !== 0) { cProd(accR, accI, pr, pi); accR = rRe; accI = rIm; }
    mask <<= 1;
    cProd(pr, pi, pr, pi); pr = rRe; pi = rIm;
  }
  rRe = accR; rIm = accI;
}

/** _Py_c_pow: the polar-form power, into (rRe, rIm). */
function cPow(ar: number, ai: number, br: number, bi: number): void {
  if (br === 0 && bi === 0) { rRe = 1; rIm = 0; return; }
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) cErrno = EDOM;
    rRe = 0; rIm = 0;
    return;
  }
  const vabs = preciseHypot(ar, ai);
  let len = floatPowDouble(vabs, br);
  const at = libmAtan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= libmExp(at * bi);
    phase += bi * libmLog(vabs);
  }
  rRe = len * libmCos(phase);
  rIm = len * libmSin(phase);
}

/** complex ** complex (complex_pow): small integral exponents by repeated multiplication, else polar. */
export function complexPowDoubles(ar: number, ai: number, br: number, bi: number): Owned | Null {
  cErrno = 0;
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    const n = br;
    if (n > 0) cPowu(ar, ai, n);
    else if (n === 0) { rRe = 1; rIm = 0; }
    else {
      cPowu(ar, ai, -n);
      cQuot(1, 0, rRe, rIm);
    }
  } else {
    cPow(ar, ai, br, bi);
  }
  // _Py_ADJUST_ERANGE2: an infinite part is an overflow
  if (rRe === Infinity || rRe === -Infinity || rIm === Infinity || rIm === -Infinity) {
    if (cErrno === 0) cErrno = ERANGE;
  } else if (cErrno === ERANGE) cErrno = 0;
  if (cErrno === EDOM) return errSetString(ZeroDivisionError, '0.0 to a negative or complex power');
  if (cErrno === ERANGE) return errSetString(OverflowError, 'complex exponentiation');
  return complexNew(rRe, rIm);
}

function complexAdd(a: Borrowed, b: Borrowed): Owned | Null {
  const c = convertOperands(a, b);
  return c === 1 ? complexNew(aRe + bRe, aIm + bIm) : unconverted(c);
}

function complexSub(a: Borrowed, b: Borrowed): Owned | Null {
  const c = convertOperands(a, b);
  return c === 1 ? complexNew(aRe - bRe, aIm - bIm) : unconverted(c);
}

function complexMul(a: Borrowed, b: Borrowed): Owned | Null {
  const c = convertOperands(a, b);
  if (c !== 1) return unconverted(c);
  cProd(aRe, aIm, bRe, bIm);
  return complexNew(rRe, rIm);
}

function complexDiv(a: Borrowed, b: Borrowed): Owned | Null {
  const c = convertOperands(a, b);
  if (c !== 1) return unconverted(c);
  cErrno = 0;
  cQuot(aRe, aIm, bRe, bIm);
  if (cErrno === EDOM) return errSetString(ZeroDivisionError, 'complex division by zero');
  return complexNew(rRe, rIm);
}

function complexPow(a: Borrowed, b: Borrowed, m: Borrowed | Null): Owned | Null {
  const c = convertOperands(a, b);
  if (c !== 1) return unconverted(c);
  if (m !== NULL && m !== Py_None) return errSetString(ValueError, 'complex modulo');
  return complexPowDoubles(aRe, aIm, bRe, bIm);
}

function complexNeg(a: Borrowed): Owned | Null {
  return complexNew(-complexReal(a), -complexImag(a));
}

function complexPos(a: Borrowed): Owned | Null {
  if (isComplexExact(a)) { incref(a); return a as Owned; }
  return complexNew(complexReal(a), complexImag(a));
}

/** _Py_c_abs: inf when a part is infinite (even with a NaN), NaN when a part is NaN, else hypot. */
export function complexAbsDouble(re: number, im: number): number {
  if (re === Infinity || re === -Infinity || im === Infinity || im === -Infinity) return Infinity;
  if (re !== re || im !== im) return NaN;
  return preciseHypot(re, im);
}

function complexAbs(a: Borrowed): Owned | Null {
  const r = complexAbsDouble(complexReal(a), complexImag(a));
  if (r === Infinity && Number.isFinite(complexReal(a)) && Number.isFinite(complexImag(a))) {
    return errSetString(OverflowError, 'absolute value too large');
  }
  return floatNew(r);
}

function complexBool(a: Borrowed): number {
  return complexReal(a) !== 0 || complexImag(a) !== 0 ? 1 : 0;
}

function complexHash(o: Borrowed): number {
  hashDouble(complexReal(o), o);
  const reLo = H64[0], reHi = H64[1];
  hashDouble(complexImag(o), o);
  return hashComplex(reLo, reHi, H64[0], H64[1]);
}

/** complex_richcompare: only == and !=; an int compares exactly with a complex whose imag is 0. */
function complexRichCompare(v: Borrowed, w: Borrowed, op: number): Owned | Null {
  if (op !== Py_EQ && op !== Py_NE) return notImplemented();
  if (!isComplex(v)) return notImplemented();
  const re = complexReal(v), im = complexImag(v);
  let equal: boolean;
  if (isInt(w)) {
    if (im === 0) {
      const j = floatNew(re);
      if (j === NULL) return NULL;
      const r = objectRichCompare(j, w, op);
      decref(j);
      return r;
    }
    equal = false;
  } else if (isFloat(w)) {
    equal = re === floatValue(w) && im === 0;
  } else if (isComplex(w)) {
    equal = re === complexReal(w) && im === complexImag(w);
  } else {
    return notImplemented();
  }
  return boolNew(op === Py_EQ ? equal : !equal);
}

// ------------------------------------------------------------------------------------------ repr and format

/** PyOS_double_to_string(x, 'r', 0, flags): a NaN never shows a sign; `sign` forces '+' on the others. */
function partRepr(x: number, sign: boolean): string {
  let s: string;
  if (x !== x) s = 'nan';
  else {
    s = floatRepr(x);
    if (s.endsWith('.0')) s = s.slice(0, -2);
  }
  return sign && s.charCodeAt(0) !== 45 ? '+' + s : s;
}

/** complex.__repr__ as a JS string: '1j', '(1+2j)', '(-0-0j)', '(nan+infj)'. */
export function complexToString(re: number, im: number): string {
  if (re === 0 && 1 / re > 0) return partRepr(im, false) + 'j';
  return '(' + partRepr(re, false) + partRepr(im, true) + 'j)';
}

function complexRepr(o: Borrowed): Owned | Null {
  return strFromJS(complexToString(complexReal(o), complexImag(o)));
}

/** One part of a formatted complex: sign, grouped integer digits, the rest (format_complex_internal). */
function formatPart(x: number, type: string, precision: number, alt: boolean, noNegZero: boolean, sign: string, grouping: string): string {
  let body: string;
  if (type === 'r' && Number.isFinite(x)) {
    // repr digits without the '.0' float's repr adds; '#' puts the point back ('2.j', '1.e+16j')
    body = floatRepr(Math.abs(x));
    if (body.endsWith('.0')) body = body.slice(0, -2);
    if (alt && body.indexOf('.') < 0) {
      const e = body.indexOf('e');
      body = e < 0 ? body + '.' : body.slice(0, e) + '.' + body.slice(e);
    }
  } else body = doubleToString(x, type, precision, alt, false);
  let neg = x < 0 || (x === 0 && 1 / x < 0);
  if (x !== x) neg = false;
  if (neg && noNegZero && Number.isFinite(x) && !/[1-9]/.test(body.replace(/[eE][+-]\d+$/, ''))) neg = false;
  let i = 0;
  while (i < body.length && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 57) i++;
  if (grouping !== '' && i > 0) body = groupDigits(body.slice(0, i), 0, 3, grouping === ',' ? ',' : '_') + body.slice(i);
  const s = neg ? '-' : sign === '+' ? '+' : sign === ' ' ? ' ' : '';
  return s + body;
}

/** format(complex, spec). https://docs.python.org/3/library/string.html#format-specification-mini-language */
export function complexFormat(re: number, im: number, spec: string, typeName = 'complex'): string {
  if (spec === '') return complexToString(re, im);
  const f = parseFormatSpec(spec, '', typeName);
  // _PyComplex_FormatAdvancedWriter rejects an unknown type before format_complex_internal's checks.
  if (!['', 'e', 'E', 'f', 'F', 'g', 'G', 'n'].includes(f.type)) {
    const cp = f.type === '' ? 0 : f.type.codePointAt(0) as number;
    const desc = cp > 32 && cp < 128 ? `'${f.type}'` : `'\\x${cp.toString(16)}'`;
    throw new FormatSpecError(`Unknown format code ${desc} for object of type '${typeName}'`);
  }
  if (f.fill === '0') throw new FormatSpecError('Zero padding is not allowed in complex format specifier');
  if (f.align === '=') throw new FormatSpecError("'=' alignment flag is not allowed in complex format specifier");
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let skipRe = false, parens = false;
  if (type === '') {
    type = 'r';
    defaultPrecision = 0;
    if (re === 0 && 1 / re > 0) skipRe = true;
    else parens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  if (precision > 0x7fffffff) throw new FormatSpecError('precision too big');
  const grouping = f.type === 'n' ? '' : f.grouping;
  const reText = skipRe ? '' : formatPart(re, type, precision, f.alternate, f.noNegZero, f.sign, grouping);
  const imText = formatPart(im, type, precision, f.alternate, f.noNegZero, skipRe ? f.sign : '+', grouping);
  const text = (parens ? '(' : '') + reText + imText + 'j' + (parens ? ')' : '');
  const len = Array.from(text).length;
  const nPad = f.width - len;
  if (nPad <= 0) return text;
  switch (f.align) {
    case '<': return text + f.fill.repeat(nPad);
    case '^': return f.fill.repeat((nPad / 2) | 0) + text + f.fill.repeat(nPad - ((nPad / 2) | 0));
    default: return f.fill.repeat(nPad) + text;
  }
}

// ------------------------------------------------------------------------------------------ construction

// Longest prefix that C's strtod (PyOS_string_to_double) reads as a float.
const FLOAT_PREFIX = /^[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|infinity|inf|nan)/i;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function prefixToDouble(t: string): number {
  const neg = t.charCodeAt(0) === 45;
  const body = t.charCodeAt(0) === 43 || neg ? t.slice(1) : t;
  const lower = body.toLowerCase();
  if (lower === 'nan') return NaN;
  if (lower === 'inf' || lower === 'infinity') return neg ? -Infinity : Infinity;
  const v = Number(body);
  return neg ? -v : v;
}

const MALFORMED = 'complex() arg is a malformed string';

/** complex(str): complex_from_string_inner, after the underscores and Unicode digits are normalized. */
function complexFromString(s: string): Owned | Null {
  let t = unicodeToAsciiDecimal(s);
  if (t.includes('_')) {
    // _Py_string_to_number_with_underscores: each underscore between two digits
    let out = '';
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 95) {
        const p = i > 0 ? t.charCodeAt(i - 1) : 0, n = i + 1 < t.length ? t.charCodeAt(i + 1) : 0;
        if (!(p >= 48 && p <= 57 && n >= 48 && n <= 57)) {
          return errSetString(ValueError, `could not convert string to complex: ${strRepr(s)}`);
        }
      } else out += t[i];
    }
    t = out;
  }
  let i = 0;
  const n = t.length;
  while (i < n && isSpace(t.charCodeAt(i))) i++;
  let bracket = false;
  if (t[i] === '(') {
    bracket = true;
    i++;
    while (i < n && isSpace(t.charCodeAt(i))) i++;
  }
  let x = 0, y = 0;
  let m = FLOAT_PREFIX.exec(t.slice(i));
  if (m !== null) {
    const z = prefixToDouble(m[0]);
    i += m[0].length;
    const c = t[i];
    if (c === '+' || c === '-') {
      x = z;
      m = FLOAT_PREFIX.exec(t.slice(i));
      if (m !== null) { y = prefixToDouble(m[0]); i += m[0].length; }
      else { y = c === '+' ? 1 : -1; i++; }
      if (t[i] !== 'j' && t[i] !== 'J') return errSetString(ValueError, MALFORMED);
      i++;
    } else if (c === 'j' || c === 'J') {
      i++;
      y = z;
    } else {
      x = z;
    }
  } else {
    const c = t[i];
    if (c === '+' || c === '-') { y = c === '+' ? 1 : -1; i++; }
    else y = 1;
    if (t[i] !== 'j' && t[i] !== 'J') return errSetString(ValueError, MALFORMED);
    i++;
  }
  while (i < n && isSpace(t.charCodeAt(i))) i++;
  if (bracket) {
    if (t[i] !== ')') return errSetString(ValueError, MALFORMED);
    i++;
    while (i < n && isSpace(t.charCodeAt(i))) i++;
  }
  if (i !== n) return errSetString(ValueError, MALFORMED);
  return complexNew(x, y);
}

/** try_complex_special_method: o.__complex__() when defined (NULL with no error when it is not). */
function tryComplexSpecial(o: Borrowed): Owned | Null {
  const f = lookupSpecial(o, '__complex__');
  if (f === NULL) return NULL;
  const r = objectCallNoArgs(f);
  decref(f);
  if (r !== NULL && !isComplex(r)) {
    const name = typeNameOf(r);
    decref(r);
    return errSetString(TypeError, `__complex__ returned non-complex (type ${name})`);
  }
  return r;
}

function hasNumberSlot(o: Borrowed): boolean {
  const s = slotsOf(o);
  return s.float !== null || s.index !== null || isComplex(o);
}

function complexFromDoublesType(type: Borrowed, re: number, im: number): Owned | Null {
  const r = complexNew(re, im);
  if (r === NULL || type === complexType) return r;
  const hook = protocolHooks.subclassFromBase;
  if (hook === null) { decref(r); return errSetString(TypeError, `cannot create '${typeNameOf(type)}' instances`); }
  return hook(type, r);
}

/** complex(real=0, imag=0) / complex(str). https://docs.python.org/3/library/functions.html#complex */
function complexNewVector(type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('complex', args, nargs, kwnames, ['real', 'imag'], 0)) return NULL;
  const r0 = PARSED[0] as Borrowed | Null, i = PARSED[1] as Borrowed | Null;
  if (r0 === NULL && i === NULL) return complexFromDoublesType(type, 0, 0);
  let r: Borrowed = r0 === NULL ? smallInt(0) : r0;
  if (isComplexExact(r) && i === NULL && type === complexType) { incref(r); return r as Owned; }
  if (isStr(r)) {
    if (i !== NULL) return errSetString(TypeError, "complex() can't take second arg if first is a string");
    const v = complexFromString(strToJS(r));
    if (v === NULL || type === complexType) return v;
    const re = complexReal(v), im = complexImag(v);
    decref(v);
    return complexFromDoublesType(type, re, im);
  }
  if (i !== NULL && isStr(i)) return errSetString(TypeError, "complex() second arg can't be a string");
  let owned: Owned | Null = tryComplexSpecial(r);
  if (owned === NULL) {
    if (errOccurredLocal()) return NULL;
  } else r = owned;
  let crRe = 0, crIm = 0, crIsComplex = false;
  let ciRe = 0, ciIm = 0, ciIsComplex = false;
  fail: {
    if (!hasNumberSlot(r)) {
      errSetString(TypeError, `complex() first argument must be a string or a number, not '${typeNameOf(r)}'`);
      break fail;
    }
    if (i !== NULL && !hasNumberSlot(i)) {
      errSetString(TypeError, `complex() second argument must be a number, not '${typeNameOf(i)}'`);
      break fail;
    }
    if (isComplex(r)) {
      crRe = complexReal(r); crIm = complexImag(r); crIsComplex = true;
    } else {
      const f = numberFloat(r);
      if (f === NULL) break fail;
      crRe = floatValue(f);
      decref(f);
    }
    if (i === NULL) {
      ciRe = crIm;
    } else if (isComplex(i)) {
      ciRe = complexReal(i); ciIm = complexImag(i); ciIsComplex = true;
    } else {
      const f = numberFloat(i);
      if (f === NULL) break fail;
      ciRe = floatValue(f);
      decref(f);
    }
    if (ciIsComplex) crRe -= ciIm;
    if (crIsComplex && i !== NULL) ciRe += crIm;
    if (owned !== NULL) decref(owned);
    return complexFromDoublesType(type, crRe, ciRe);
  }
  if (owned !== NULL) decref(owned);
  return NULL;
}

function errOccurredLocal(): boolean {
  return errOccurred() !== NULL;
}

// ------------------------------------------------------------------------------------------ methods

function noArgs(name: string, body: (self: Borrowed) => Owned | Null): MethodDef {
  return {
    name,
    fn: (self, _a, nargs, kwnames) => {
      if (!argsNoKwnames(`complex.${name}`, kwnames)) return NULL;
      if (nargs !== 0) return errSetString(TypeError, `complex.${name}() takes no arguments (${nargs} given)`);
      return body(self as Borrowed);
    },
    // METH_NOARGS: the call machinery words the errors after the bound method's type (a subclass's).
    flags: METH_NOARGS,
  };
}

function complex_format(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  // Argument Clinic's METH_O with a str argument.
  if (!argsNoKwnames('complex.__format__', kwnames)) return NULL;
  if (nargs !== 1) return errSetString(TypeError, `complex.__format__() takes exactly one argument (${nargs} given)`);
  const spec = argAt(args, 0);
  if (!isStr(spec)) return errSetString(TypeError, `__format__() argument must be str, not ${spec === Py_None ? 'None' : typeNameOf(spec)}`);
  const o = self as Borrowed;
  // An empty spec gives str(self) (format_obj), which a subclass's __str__ may change.
  if (strLength(spec) === 0) return objectStr(o);
  try {
    return strFromJS(complexFormat(complexReal(o), complexImag(o), strToJS(spec), typeNameOf(o)));
  } catch (e) {
    if (e instanceof FormatSpecError) return errSetString(e.overflow ? OverflowError : ValueError, e.message);
    throw e;
  }
}

const complexMethods: MethodDef[] = [
  noArgs('conjugate', (o) => complexNew(complexReal(o), -complexImag(o))),
  noArgs('__complex__', (o) => complexPos(o)),
  noArgs('__getnewargs__', (o) => {
    const t = tupleNew(2);
    if (t === NULL) return NULL;
    const a = floatNew(complexReal(o));
    if (a === NULL) { decref(t); return NULL; }
    tupleSetItemSteal(t, 0, a);
    const b = floatNew(complexImag(o));
    if (b === NULL) { decref(t); return NULL; }
    tupleSetItemSteal(t, 1, b);
    return t;
  }),
  { name: '__format__', fn: complex_format, flags: METH_O },
];

function readonly(): number {
  errSetString(AttributeError, 'readonly attribute');
  return -1;
}

/** Creates the complex type (static phase, after float). */
export function complexInitStatic(): void {
  complexType = typeNewStatic({
    name: 'complex',
    basicsize: COMPLEX_SIZE,
    flags: Py_TPFLAGS_BASETYPE,
    slots: {
      dealloc: objectFree, repr: complexRepr, hash: complexHash, richcompare: complexRichCompare, bool: complexBool,
      add: complexAdd, sub: complexSub, mul: complexMul, truediv: complexDiv, pow: complexPow,
      neg: complexNeg, pos: complexPos, abs: complexAbs,
    },
  });
  typeSlotsOf(complexType).new = complexNewVector;
}

/** Registers complex's methods and attributes (with the other number types' tables). */
export function complexAddMethods(): void {
  typeAddMethods(complexType, complexMethods);
  typeAddGetSets(complexType, [
    { name: 'real', get: (o) => floatNew(complexReal(o)), set: readonly },
    { name: 'imag', get: (o) => floatNew(complexImag(o)), set: readonly },
  ]);
}
