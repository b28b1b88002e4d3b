// The format-spec mini-language for int, float and str (format(value, spec), f-strings, str.format),
// and exact float-to-decimal conversion ('e', 'f', 'g', '%', 'r' as PyOS_double_to_string does).
// Mirrors Python/formatter_unicode.c (parse_internal_render_format_spec, calc_number_widths,
// fill_number, _PyUnicode_InsertThousandsGrouping) and Python/pystrtod.c. Knows nothing about the heap:
// errors are thrown as FormatSpecError and turned into ValueError/OverflowError by the caller.
// Rounding is exact (BigInt arithmetic on the binary value) with ties to even, as David Gay's dtoa.

import { unicodeDecimal } from './unicode.ts';
import { floatRepr } from './float-format.ts';

/** A ValueError (or OverflowError when `overflow`) with CPython's message. */
export class FormatSpecError extends Error {
  constructor(message: string, readonly overflow = false) {
    super(message);
  }
}

/** InternalFormatSpec. */
export interface FormatSpec {
  fill: string;
  align: string;
  alternate: boolean;
  sign: string;
  noNegZero: boolean;
  width: number;
  /** '' none, ',' or '_' (LT_DEFAULT_LOCALE / LT_UNDERSCORE_LOCALE), '_4' every four digits (bin/oct/hex). */
  grouping: string;
  precision: number;
  type: string;
  /** The text of the spec, for messages. */
  text: string;
}

function isAlign(c: string): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

function charDesc(c: string): string {
  const cp = c === '' ? 0 : c.codePointAt(0) as number;
  return cp > 32 && cp < 128 ? `'${c}'` : `'\\x${cp.toString(16)}'`;
}

const MAX_SSIZE = 2 ** 63 - 1;

function readInt(spec: string[], pos: { i: number }): number {
  let acc = 0, n = 0;
  while (pos.i < spec.length) {
    const c = spec[pos.i];
    const d = decimalValue(c);
    if (d < 0) break;
    if (acc > (MAX_SSIZE - d) / 10) throw new FormatSpecError('Too many decimal digits in format string');
    acc = acc * 10 + d;
    pos.i++;
    n++;
  }
  return n === 0 ? -1 : acc;
}

// Py_UNICODE_TODECIMAL (Unicode 15.0 tables, not the JS engine's version).
function decimalValue(c: string): number {
  const cp = c.codePointAt(0) as number;
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 128) return -1;
  return unicodeDecimal(cp);
}

/**
 * parse_internal_render_format_spec: `typeName` is the object's type for messages, `defaultType`
 * 's' for str, 'd' for int, '' for float; `defaultAlign` '<' for str, '>' for numbers.
 */
export function parseFormatSpec(text: string, defaultType: string, typeName = '', defaultAlign = defaultType === 's' ? '<' : '>'): FormatSpec {
  const spec = Array.from(text);
  const end = spec.length;
  const f: FormatSpec = {
    fill: ' ', align: defaultAlign, alternate: false, sign: '', noNegZero: false, width: -1, grouping: '',
    precision: -1, type: defaultType, text,
  };
  let alignSpecified = false, fillSpecified = false;
  const p = { i: 0 };
  if (end >= 2 && isAlign(spec[1])) {
    f.align = spec[1]; f.fill = spec[0];
    fillSpecified = alignSpecified = true;
    p.i = 2;
  } else if (end >= 1 && isAlign(spec[0])) {
    f.align = spec[0];
    alignSpecified = true;
    p.i = 1;
  }
  if (p.i < end && (spec[p.i] === ' ' || spec[p.i] === '+' || spec[p.i] === '-')) f.sign = spec[p.i++];
  if (p.i < end && spec[p.i] === 'z') { f.noNegZero = true; p.i++; }
  if (p.i < end && spec[p.i] === '#') { f.alternate = true; p.i++; }
  if (!fillSpecified && p.i < end && spec[p.i] === '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    p.i++;
  }
  f.width = readInt(spec, p);
  if (p.i < end && spec[p.i] === ',') { f.grouping = ','; p.i++; }
  if (p.i < end && spec[p.i] === '_') {
    if (f.grouping !== '') throw new FormatSpecError("Cannot specify both ',' and '_'.");
    f.grouping = '_';
    p.i++;
  }
  // A ',' after '_' is an error here; after ',' it is read as the type (and rejected below).
  if (p.i < end && spec[p.i] === ',' && f.grouping === '_') throw new FormatSpecError("Cannot specify both ',' and '_'.");
  if (p.i < end && spec[p.i] === '.') {
    p.i++;
    f.precision = readInt(spec, p);
    if (f.precision < 0) throw new FormatSpecError('Format specifier missing precision');
  }
  if (end - p.i > 1) {
    throw new FormatSpecError(`Invalid format specifier '${text}' for object of type '${typeName}'`);
  }
  // C keeps the type in a char where NUL means "none": an explicit '\0' is the default of float/complex.
  if (end - p.i === 1) f.type = spec[p.i] === '\0' ? '' : spec[p.i];
  if (f.grouping !== '') {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.grouping === '_') { f.grouping = '_4'; break; }
        throw new FormatSpecError(`Cannot specify '${f.grouping}' with ${charDesc(f.type)}.`);
      default:
        throw new FormatSpecError(`Cannot specify '${f.grouping}' with ${charDesc(f.type)}.`);
    }
  }
  return f;
}

function unknownType(type: string, typeName: string): FormatSpecError {
  return new FormatSpecError(`Unknown format code ${charDesc(type)} for object of type '${typeName}'`);
}

/** calc_padding + fill_padding for a plain string of `len` characters. */
function pad(s: string, len: number, f: FormatSpec): string {
  const total = f.width >= 0 && f.width > len ? f.width : len;
  const n = total - len;
  if (n <= 0) return s;
  const left = f.align === '>' ? n : f.align === '^' ? (n / 2) | 0 : 0;
  return f.fill.repeat(left) + s + f.fill.repeat(n - left);
}

/** format(str, spec). */
/** `units`: value came from a str without astral characters, so each UTF-16 unit is one code point. */
export function formatStr(value: string, f: FormatSpec, typeName = 'str', units = false): string {
  if (f.type !== 's') throw unknownType(f.type, typeName);
  if (f.sign !== '') throw new FormatSpecError(f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  if (f.noNegZero) throw new FormatSpecError('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) throw new FormatSpecError('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw new FormatSpecError("'=' alignment not allowed in string format specifier");
  let cps: string[] | null = null;
  let len = value.length;
  if (!units && /[\ud800-\udfff]/.test(value)) { cps = Array.from(value); len = cps.length; }
  if ((f.width < 0 || f.width <= len) && (f.precision < 0 || f.precision >= len)) return value;
  let s = value;
  if (f.precision >= 0 && len >= f.precision) {
    s = cps !== null ? cps.slice(0, f.precision).join('') : value.slice(0, f.precision);
    len = f.precision;
  }
  return pad(s, len, f);
}

/**
 * _PyUnicode_InsertThousandsGrouping: `digits` grouped by `group` (0: no grouping) with `sep`,
 * left-padded with zeros (and separators) to at least `minWidth` characters.
 */
export function groupDigits(digits: string, minWidth: number, group: number, sep: string): string {
  const parts: string[] = [];
  let remaining = digits.length;
  let end = digits.length;
  let useSep = false;
  let broken = false;
  if (group > 0) {
    for (;;) {
      const l = Math.min(group, Math.max(remaining, minWidth, 1));
      const nZeros = Math.max(0, l - remaining);
      const nChars = Math.max(0, Math.min(remaining, l));
      if (useSep) parts.push(sep);
      parts.push(digits.slice(end - nChars, end));
      if (nZeros > 0) parts.push('0'.repeat(nZeros));
      end -= nChars;
      useSep = true;
      remaining -= nChars;
      minWidth -= l;
      if (remaining <= 0 && minWidth <= 0) { broken = true; break; }
      minWidth -= sep.length;
    }
  }
  if (!broken) {
    const l = Math.max(remaining, minWidth, 1);
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    if (useSep) parts.push(sep);
    parts.push(digits.slice(end - nChars, end));
    if (nZeros > 0) parts.push('0'.repeat(nZeros));
  }
  // parts were pushed right to left, each already in reading order except the zero runs' placement.
  let out = '';
  for (let i = parts.length - 1; i >= 0; i--) out += parts[i];
  return out;
}

/**
 * calc_number_widths + fill_number: lays out sign, prefix, padding, grouped digits and the remainder
 * (decimal point, fraction, exponent, '%').
 */
function layoutNumber(
  negative: boolean, prefix: string, digits: string, remainder: string, f: FormatSpec, upper: boolean,
): string {
  let sign = '';
  if (f.sign === '+') sign = negative ? '-' : '+';
  else if (f.sign === ' ') sign = negative ? '-' : ' ';
  else if (negative) sign = '-';
  const nonDigit = sign.length + prefix.length + remainder.length;
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigit : 0;
  let grouped = '';
  if (digits.length > 0) {
    const g = f.type === 'n' ? 0 : f.grouping === ',' ? 3 : f.grouping === '_' ? 3 : f.grouping === '_4' ? 4 : 0;
    const sep = f.grouping === ',' ? ',' : '_';
    grouped = groupDigits(digits, minWidth, g, sep);
  }
  if (upper) { grouped = grouped.toUpperCase(); prefix = prefix.toUpperCase(); }
  const nPad = f.width - (nonDigit + grouped.length);
  let l = '', s = '', r = '';
  if (nPad > 0) {
    switch (f.align) {
      case '<': r = f.fill.repeat(nPad); break;
      case '^': l = f.fill.repeat((nPad / 2) | 0); r = f.fill.repeat(nPad - ((nPad / 2) | 0)); break;
      case '=': s = f.fill.repeat(nPad); break;
      default: l = f.fill.repeat(nPad);
    }
  }
  return l + sign + prefix + s + grouped + remainder + r;
}

/** format(int, spec) for an int value (not for the float presentation types, which go to formatFloat). */
/**
 * `maxStrDigits`: sys.get_int_max_str_digits() (0: no limit), which decimal output ('d', 'n') obeys as
 * int's str does.
 */
export function formatInt(v: bigint, f: FormatSpec, typeName = 'int', maxStrDigits = 0): string {
  // _PyLong_FormatAdvancedWriter rejects an unknown type before format_long_internal looks at the rest.
  if (!'bcdoxXn'.includes(f.type) || f.type === '') throw unknownType(f.type, typeName);
  if (f.precision >= 0) throw new FormatSpecError('Precision not allowed in integer format specifier');
  if (f.noNegZero) throw new FormatSpecError('Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') throw new FormatSpecError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw new FormatSpecError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (v >= 1n << 63n || v < -(1n << 63n)) throw new FormatSpecError('Python int too large to convert to C long', true);
    if (v < 0n || v > 0x10ffffn) throw new FormatSpecError('%c arg not in range(0x110000)', true);
    return layoutNumber(false, '', '', String.fromCodePoint(Number(v)), f, false);
  }
  let base: number, prefix = '';
  switch (f.type) {
    case 'b': base = 2; prefix = '0b'; break;
    case 'o': base = 8; prefix = '0o'; break;
    case 'x': case 'X': base = 16; prefix = '0x'; break;
    case 'd': case 'n': base = 10; break;
    default: throw unknownType(f.type, typeName);
  }
  const neg = v < 0n;
  const digits = (neg ? -v : v).toString(base);
  if (base === 10 && maxStrDigits > 0 && digits.length > maxStrDigits) {
    throw new FormatSpecError(`Exceeds the limit (${maxStrDigits} digits) for integer string conversion; ` +
      'use sys.set_int_max_str_digits() to increase the limit');
  }
  return layoutNumber(neg, f.alternate ? prefix : '', digits, '', f, f.type === 'X');
}

// ---- Exact double to decimal ----------------------------------------------------------------------------

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
let decM = 0n;
let decE = 0;

/** x = decM * 2**decE for finite x > 0. */
function decompose(x: number): void {
  F64[0] = x;
  const hi = U32[1], lo = U32[0];
  const bexp = (hi >>> 20) & 0x7ff;
  let m = BigInt(hi & 0xfffff) * 4294967296n + BigInt(lo);
  if (bexp === 0) {
    decE = -1074;
  } else {
    m += 1n << 52n;
    decE = bexp - 1075;
  }
  decM = m;
}

const POW10: bigint[] = [1n];
function pow10(n: number): bigint {
  while (POW10.length <= n && POW10.length < 400) POW10.push(POW10[POW10.length - 1] * 10n);
  return n < POW10.length ? POW10[n] : 10n ** BigInt(n);
}

/** round(num / den) with ties to even. */
function roundDiv(num: bigint, den: bigint): bigint {
  const q = num / den, r = num % den;
  const r2 = r * 2n;
  return r2 > den || (r2 === den && (q & 1n) === 1n) ? q + 1n : q;
}

/**
 * The exact decimal digits of x = decM * 2**decE (after decompose) as an integer N with x = N / 10**k,
 * k = max(0, -decE): a double has at most 1074 fractional digits, so precisions beyond them only add zeros.
 */
function exactDecimal(): [bigint, number] {
  if (decE >= 0) return [decM << BigInt(decE), 0];
  return [decM * 5n ** BigInt(-decE), -decE];
}

/** The digits of round(|x| * 10**p), x finite (p >= 0). */
function fixedDigits(ax: number, p: number): string {
  if (ax === 0) return '0';
  decompose(ax);
  if (decE >= 0 || p >= -decE) {
    // Exact: no rounding, and the digits past the value's own are zeros (appended as text, not multiplied).
    const [n, k] = exactDecimal();
    return n.toString() + '0'.repeat(p - k);
  }
  return roundDiv(decM * pow10(p), 1n << BigInt(-decE)).toString();
}

let sciExp = 0;
/** p+1 significant digits of |x| > 0 (rounded, ties to even); the decimal exponent goes to sciExp. */
function sciDigits(ax: number, p: number): string {
  decompose(ax);
  if (p > 330) {
    // The value has few enough significant digits to be written exactly: pad them with zeros.
    const [n, k] = exactDecimal();
    const d = n.toString();
    if (d.length <= p + 1) {
      sciExp = d.length - 1 - k;
      return d + '0'.repeat(p + 1 - d.length);
    }
  }
  let e10 = Math.floor(Math.log10(ax));
  const lo = pow10(p), hi = pow10(p + 1);
  for (;;) {
    const k = p - e10;
    let num = decM, den = 1n;
    if (k >= 0) num *= pow10(k); else den *= pow10(-k);
    if (decE >= 0) num <<= BigInt(decE); else den <<= BigInt(-decE);
    const q = num / den;
    if (q >= hi) { e10++; continue; }
    if (q < lo) { e10--; continue; }
    let r = roundDiv(num, den);
    if (r === hi) { r = lo; e10++; }
    sciExp = e10;
    return r.toString();
  }
}

function expText(e: number): string {
  const a = e < 0 ? -e : e;
  return (e < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
}

/**
 * PyOS_double_to_string(x, type, precision, flags) for 'e' 'E' 'f' 'F' 'g' 'G' 'r', without the sign
 * of negative values handled separately: returns the text of |x| and leaves whether x is negative to the caller.
 */
export function doubleToString(x: number, type: string, precision: number, alt: boolean, addDot0: boolean): string {
  const upper = type === 'E' || type === 'F' || type === 'G';
  const neg = x < 0 || (x === 0 && 1 / x < 0);
  const ax = neg ? -x : x;
  let body: string;
  if (x !== x) body = upper ? 'NAN' : 'nan';
  else if (ax === Infinity) body = upper ? 'INF' : 'inf';
  else {
    switch (type) {
      case 'r': {
        body = floatRepr(ax);
        if (alt && body.indexOf('.') < 0) {
          const e = body.indexOf('e');
          body = e < 0 ? body + '.' : body.slice(0, e) + '.' + body.slice(e);
        }
        break;
      }
      case 'f': case 'F': {
        const d = fixedDigits(ax, precision);
        if (precision === 0) body = d + (alt ? '.' : '');
        else {
          const padded = d.length <= precision ? '0'.repeat(precision - d.length + 1) + d : d;
          body = padded.slice(0, padded.length - precision) + '.' + padded.slice(padded.length - precision);
        }
        break;
      }
      case 'e': case 'E': {
        let d: string, e: number;
        if (ax === 0) { d = '0'.repeat(precision + 1); e = 0; }
        else { d = sciDigits(ax, precision); e = sciExp; }
        body = d[0] + (precision > 0 || alt ? '.' : '') + d.slice(1) + (upper ? 'E' : 'e') + expText(e);
        break;
      }
      case 'g': case 'G': {
        const P = precision === 0 ? 1 : precision;
        let d: string, e: number;
        if (ax === 0) { d = '0'.repeat(P); e = 0; }
        else { d = sciDigits(ax, P - 1); e = sciExp; }
        const useExp = e < -4 || e >= (addDot0 ? P - 1 : P);
        let intPart: string, frac: string;
        if (useExp) { intPart = d[0]; frac = d.slice(1); }
        else if (e >= 0) { intPart = d.slice(0, e + 1); frac = d.slice(e + 1); }
        else { intPart = '0'; frac = '0'.repeat(-e - 1) + d; }
        if (!alt) frac = frac.replace(/0+$/, '');
        let t = intPart + (frac.length > 0 || alt ? '.' + frac : '');
        if (!useExp && addDot0 && frac.length === 0 && !alt) t += '.0';
        if (useExp) t += (upper ? 'E' : 'e') + expText(e);
        body = t;
        break;
      }
      default:
        throw new Error(`doubleToString: bad type ${type}`);
    }
  }
  return body;
}

/** format(float, spec). */
export function formatFloat(x: number, f: FormatSpec, typeName = 'float'): string {
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let addDot0 = false;
  switch (type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
    default: throw unknownType(type, typeName);
  }
  if (type === '') { addDot0 = true; type = 'r'; defaultPrecision = 0; }
  if (type === 'n') type = 'g';
  let val = x;
  let pct = false;
  if (type === '%') { type = 'f'; val *= 100; pct = true; }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  if (precision > 0x7fffffff) throw new FormatSpecError('precision too big');
  let neg = val < 0 || (val === 0 && 1 / val < 0);
  if (val !== val) neg = false;
  let body = doubleToString(val, type, precision, f.alternate, addDot0);
  if (neg && f.noNegZero && Number.isFinite(val) && !/[1-9]/.test(body.replace(/[eE][+-]\d+$/, ''))) neg = false;
  if (pct) body += '%';
  // parse_number: the integer digits, then the remainder.
  let i = 0;
  while (i < body.length && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 57) i++;
  return layoutNumber(neg, '', body.slice(0, i), body.slice(i), f, false);
}

/** repr-style text of a float with the sign (for callers that need PyOS_double_to_string directly). */
export function formatDouble(x: number, type: string, precision: number, alt = false): string {
  const neg = x < 0 || (x === 0 && 1 / x < 0);
  const body = doubleToString(x, type, precision, alt, false);
  return neg && x === x ? '-' + body : body;
}

/** ascii(): escapes every non-ASCII code point of a repr as \xhh, \uhhhh or \Uhhhhhhhh. */
export function asciiEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}
