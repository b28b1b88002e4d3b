// The Python-visible methods of int, bool and float: bit_length, to_bytes/from_bytes,
// as_integer_ratio, is_integer, hex/fromhex, conjugate, __format__, __round__, __trunc__ ...
// Mirrors the method tables of Objects/longobject.c and Objects/floatobject.c (3.12 names and
// messages). Invariant: no state; every method returns a new reference or NULL with an exception.

import { decref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNameOf } from './type.ts';
import { boolNew, objectIsTrue } from './object.ts';
import { errSetString, errOccurred, errExceptionMatches, errClear } from './errors.ts';
import { TypeError, ValueError, OverflowError } from './exceptions.ts';
import { Py_None } from './none.ts';
import {
  intType, intToBigInt, intFromBigInt, intFromNumber, intBitLength, intToBytes, intFromBytes, intFromDouble,
  smallInt, isIntExact,
} from './int.ts';
import { floatType, floatValue, floatNew } from './float.ts';
import { complexAddMethods } from './complex.ts';
import { strToJS, strFromJS, isStr } from './str.ts';
import { isBytes, isBytesExact, bytesToUint8Array } from './bytes.ts';
import { tupleNew, tupleSetItemSteal } from './tuple.ts';
import {
  parseArgs, PARSED, numberAsSsize, formatBuiltin, sequenceList, numberIndex, objectCallOneArg, objectCallNoArgs,
  lookupSpecial, objectGetIter,
} from './abstract.ts';
import {
  type MethodDef, typeAddMethods, argAt, argsNoKwnames, argsCheckPositional, argsOne, argBadArgument, METH_CLASS, METH_NOARGS, METH_O,
} from './methodobject.ts';
import { roundFloat } from '../support/round.ts';
import { typeAddGetSets } from './getset.ts';
import { listSize, listGetItemBorrow } from './list.ts';
import { bufferGet, BUF, isMemoryView, memoryviewCopyBytes } from './memoryview.ts';
import { u8 } from '../heap/views.ts';

type Fn = (self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null) => Owned | Null;

function noArgs(qual: string, body: (self: Borrowed) => Owned | Null): MethodDef {
  const fn: Fn = (self, _a, nargs, kwnames) => {
    if (!argsNoKwnames(qual, kwnames)) return NULL;
    if (nargs !== 0) return errSetString(TypeError, `${qual}() takes no arguments (${nargs} given)`);
    return body(self as Borrowed);
  };
  // METH_NOARGS: the call machinery words the errors after the bound method's type (`bool.__ceil__`).
  return { name: qual.slice(qual.lastIndexOf('.') + 1), fn, flags: METH_NOARGS };
}

function pair(a: Owned | Null, b: Owned | Null): Owned | Null {
  if (a === NULL || b === NULL) { if (a !== NULL) decref(a); if (b !== NULL) decref(b); return NULL; }
  const t = tupleNew(2);
  if (t === NULL) { decref(a); decref(b); return NULL; }
  tupleSetItemSteal(t, 0, a);
  tupleSetItemSteal(t, 1, b);
  return t;
}

function exactInt(o: Borrowed): Owned | Null {
  return isIntExact(o) ? newRef(o) : intFromBigInt(intToBigInt(o));
}

/** int.__format__ / float.__format__: Argument Clinic's METH_O with a str argument. */
function format__(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsOne(`${typeNameOf(self as Borrowed)}.__format__`, nargs, kwnames)) return NULL;
  const spec = argAt(args, 0);
  if (!isStr(spec)) return argBadArgument('__format__', 'argument', 'str', spec);
  return formatBuiltin(self as Borrowed, strToJS(spec));
}

function int_to_bytes(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('to_bytes', args, nargs, kwnames, ['length', 'byteorder', 'signed'], 0, 2)) return NULL;
  const lenO = PARSED[0] as Borrowed | Null, orderO = PARSED[1] as Borrowed | Null, signedO = PARSED[2] as Borrowed | Null;
  let length = 1;
  if (lenO !== NULL) {
    length = numberAsSsize(lenO, OverflowError);
    if (length === -1 && errOccurred() !== NULL) return NULL;
    if (length < 0) return errSetString(ValueError, 'length argument must be non-negative');
  }
  let order = 'big';
  if (orderO !== NULL) {
    if (!isStr(orderO)) return argBadArgument('to_bytes', "argument 'byteorder'", 'str', orderO);
    order = strToJS(orderO);
    if (order !== 'big' && order !== 'little') return errSetString(ValueError, "byteorder must be either 'little' or 'big'");
  }
  const signed = signedO === NULL ? 0 : objectIsTrue(signedO);
  if (signed < 0) return NULL;
  return intToBytes(self as Borrowed, length, order, signed === 1);
}

function int_from_bytes(type: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('from_bytes', args, nargs, kwnames, ['bytes', 'byteorder', 'signed'], 1, 2)) return NULL;
  const src = PARSED[0] as Borrowed, orderO = PARSED[1] as Borrowed | Null, signedO = PARSED[2] as Borrowed | Null;
  let order = 'big';
  if (orderO !== NULL) {
    if (!isStr(orderO)) return argBadArgument('from_bytes', "argument 'byteorder'", 'str', orderO);
    order = strToJS(orderO);
    if (order !== 'big' && order !== 'little') return errSetString(ValueError, "byteorder must be either 'little' or 'big'");
  }
  const signed = signedO === NULL ? 0 : objectIsTrue(signedO);
  if (signed < 0) return NULL;
  let data: Uint8Array;
  let bytesMeth: Owned | Null;
  // PyObject_Bytes: an exact bytes, else __bytes__, else PyBytes_FromObject (buffer, iterable of ints).
  if (isBytesExact(src)) data = bytesToUint8Array(src);
  else if ((bytesMeth = lookupSpecial(src, '__bytes__')) !== NULL) {
    const b = objectCallNoArgs(bytesMeth);
    decref(bytesMeth);
    if (b === NULL) return NULL;
    if (!isBytes(b)) {
      errSetString(TypeError, `__bytes__ returned non-bytes (type ${typeNameOf(b)})`);
      decref(b);
      return NULL;
    }
    data = bytesToUint8Array(b);
    decref(b);
  } else if (errOccurred() !== NULL) return NULL;
  else if (isBytes(src)) data = bytesToUint8Array(src);
  else if (isMemoryView(src)) {
    // bytes(src): any memoryview gives its items' bytes in C order.
    const d = memoryviewCopyBytes(src);
    if (d === null) return NULL;
    data = d;
  } else if (bufferGet(src, false)) data = u8.slice(BUF.ptr, BUF.ptr + BUF.len);
  else if (errOccurred() !== NULL) return NULL;
  else if (isStr(src)) return errSetString(TypeError, "cannot convert 'str' object to bytes");
  else {
    const it = objectGetIter(src);
    if (it === NULL) {
      if (!errExceptionMatches(TypeError)) return NULL;
      errClear();
      return errSetString(TypeError, `cannot convert '${typeNameOf(src)}' object to bytes`);
    }
    const l = sequenceList(it);
    decref(it);
    if (l === NULL) return NULL;
    data = new Uint8Array(listSize(l));
    for (let i = 0; i < data.length; i++) {
      const v = numberAsSsize(listGetItemBorrow(l, i), NULL);
      if (v < 0 || v > 255) { decref(l); if (errOccurred() === NULL) errSetString(ValueError, 'bytes must be in range(0, 256)'); return NULL; }
      data[i] = v;
    }
    decref(l);
  }
  const r = intFromBytes(data, order, signed === 1);
  if (r === NULL || type === intType) return r;
  const sub = objectCallOneArg(type as Borrowed, r);
  decref(r);
  return sub;
}

function int_round(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('int.__round__', kwnames) || !argsCheckPositional('__round__', nargs, 0, 1)) return NULL;
  // Unlike float's, int's ndigits has no None default: round(7, None) calls __round__() with none.
  if (nargs === 0) return exactInt(self as Borrowed);
  const nd = numberIndex(argAt(args, 0));
  if (nd === NULL) return NULL;
  const n = intToBigInt(nd);
  decref(nd);
  if (n >= 0n) return exactInt(self as Borrowed);
  // Round half to even at 10**-n.
  const v = intToBigInt(self as Borrowed);
  const p = 10n ** -n;
  let q = v / p, r = v % p;
  if (r < 0n) { r += p; q -= 1n; }
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return intFromBigInt(q * p);
}

const intMethods: MethodDef[] = [
  noArgs('int.bit_length', (self) => intBitLength(self)),
  noArgs('int.bit_count', (self) => { let v = intToBigInt(self); if (v < 0n) v = -v; let c = 0; for (const ch of v.toString(2)) if (ch === '1') c++; return intFromNumber(c); }),
  { name: 'to_bytes', fn: int_to_bytes },
  { name: 'from_bytes', fn: int_from_bytes, flags: METH_CLASS },
  noArgs('int.conjugate', exactInt),
  noArgs('int.as_integer_ratio', (self) => pair(exactInt(self), newRef(smallInt(1)))),
  noArgs('int.is_integer', () => boolNew(true)),
  noArgs('int.__trunc__', exactInt),
  noArgs('int.__floor__', exactInt),
  noArgs('int.__ceil__', exactInt),
  { name: '__round__', fn: int_round },
  { name: '__format__', fn: format__, flags: METH_O },
  noArgs('int.__getnewargs__', (self) => { const t = tupleNew(1); if (t === NULL) return NULL; const v = exactInt(self); if (v === NULL) { decref(t); return NULL; } tupleSetItemSteal(t, 0, v); return t; }),
  noArgs('int.__sizeof__', (self) => intFromNumber(24 + 4 * Math.max(1, Math.ceil(intToBigInt(self).toString(2).replace('-', '').length / 30)))),
];

// ---- float -----------------------------------------------------------------------------------------------------

function floatAsIntegerRatio(x: number): [bigint, bigint] | null {
  if (x !== x) { errSetString(ValueError, 'cannot convert NaN to integer ratio'); return null; }
  if (!Number.isFinite(x)) { errSetString(OverflowError, 'cannot convert Infinity to integer ratio'); return null; }
  if (x === 0) return [0n, 1n];
  let m = x, e = 0;
  while (!Number.isInteger(m)) { m *= 2; e--; }
  let num = BigInt(m), den = 1n;
  if (e < 0) den = 1n << BigInt(-e);
  while (den > 1n && (num & 1n) === 0n) { num >>= 1n; den >>= 1n; }
  return [num, den];
}

function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const sign = x < 0 || (x === 0 && 1 / x < 0) ? '-' : '';
  const a = Math.abs(x);
  if (a === 0) return sign + '0x0.0p+0';
  const F = new Float64Array([a]);
  const U = new Uint32Array(F.buffer);
  const bexp = (U[1] >>> 20) & 0x7ff;
  const mant = (BigInt(U[1] & 0xfffff) << 32n) | BigInt(U[0]);
  let lead = 1, e = bexp - 1023;
  if (bexp === 0) { lead = 0; e = -1022; }
  const hex = mant.toString(16).padStart(13, '0');
  return `${sign}0x${lead}.${hex}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

function floatFromHex(s: string): number | null {
  const t = s.trim().toLowerCase();
  const m = /^([+-])?(?:(inf|infinity)|(nan)|(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?)$/.exec(t);
  if (m === null || (m[2] === undefined && m[3] === undefined && (m[4] ?? '') === '' && (m[5] ?? '') === '')) {
    errSetString(ValueError, 'invalid hexadecimal floating-point string');
    return null;
  }
  const neg = m[1] === '-';
  if (m[2] !== undefined) return neg ? -Infinity : Infinity;
  if (m[3] !== undefined) return NaN;
  const intPart = m[4] ?? '', frac = m[5] ?? '';
  const exp = m[6] !== undefined ? Number(m[6]) : 0;
  const digits = (intPart + frac).replace(/^0+/, '');
  if (digits === '') return neg ? -0 : 0;
  // value = digits(hex) * 2**(exp - 4*len(frac)); round to double exactly via BigInt.
  const n = BigInt('0x' + digits);
  const e2 = exp - 4 * frac.length;
  const bits = n.toString(2).length;
  const top = bits + e2; // value in [2**(top-1), 2**top)
  if (top > 1024) { errSetString(OverflowError, 'hexadecimal value too large to represent as a float'); return null; }
  // keep 53 significant bits (fewer for subnormals), ties to even
  const keep = Math.max(Math.min(53, top + 1074), 0);
  const shift = bits - keep;
  let q: bigint;
  if (shift > 0) {
    q = n >> BigInt(shift);
    const rem = n & ((1n << BigInt(shift)) - 1n);
    const half = 1n << BigInt(shift - 1);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  } else q = n << BigInt(-shift);
  const v = Number(q) * 2 ** (e2 + Math.max(shift, 0) + Math.min(shift, 0));
  if (!Number.isFinite(v)) { errSetString(OverflowError, 'hexadecimal value too large to represent as a float'); return null; }
  return neg ? -v : v;
}

function float_round(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('float.__round__', kwnames) || !argsCheckPositional('__round__', nargs, 0, 1)) return NULL;
  const x = floatValue(self as Borrowed);
  if (nargs === 0 || argAt(args, 0) === Py_None) {
    let r = Math.round(x);
    if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
    if (x !== x) return errSetString(ValueError, 'cannot convert float NaN to integer');
    if (!Number.isFinite(x)) return errSetString(OverflowError, 'cannot convert float infinity to integer');
    return intFromDouble(r);
  }
  const nd = numberAsSsize(argAt(args, 0), NULL);
  if (nd === -1 && errOccurred() !== NULL) return NULL;
  return floatNew(roundFloat(x, nd));
}

const floatMethods: MethodDef[] = [
  noArgs('float.is_integer', (self) => { const x = floatValue(self); return boolNew(Number.isFinite(x) && Number.isInteger(x)); }),
  noArgs('float.as_integer_ratio', (self) => { const r = floatAsIntegerRatio(floatValue(self)); return r === null ? NULL : pair(intFromBigInt(r[0]), intFromBigInt(r[1])); }),
  noArgs('float.hex', (self) => strFromJS(floatHex(floatValue(self)))),
  { name: 'fromhex', flags: METH_CLASS | METH_O, fn: (type, args, nargs, kwnames) => {
    if (!argsOne('float.fromhex', nargs, kwnames)) return NULL;
    const s = argAt(args, 0);
    if (!isStr(s)) return errSetString(TypeError, `bad argument type for built-in operation`);
    const v = floatFromHex(strToJS(s));
    if (v === null) return NULL;
    const f = floatNew(v);
    if (f === NULL || type === floatType) return f;
    const r = objectCallOneArg(type as Borrowed, f);
    decref(f);
    return r;
  } },
  { name: '__getformat__', flags: METH_CLASS | METH_O, fn: (_type, args, nargs, kwnames) => {
    if (!argsOne('float.__getformat__', nargs, kwnames)) return NULL;
    const s = argAt(args, 0);
    if (!isStr(s)) return argBadArgument('__getformat__', 'argument', 'str', s);
    const t = strToJS(s);
    if (t !== 'double' && t !== 'float') return errSetString(ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return strFromJS('IEEE, little-endian'); // the heap's Float64Array is little-endian on every host we run on
  } },
  noArgs('float.conjugate', (self) => floatNew(floatValue(self))),
  noArgs('float.__trunc__', (self) => floatToIntChecked(Math.trunc(floatValue(self)), floatValue(self))),
  noArgs('float.__floor__', (self) => floatToIntChecked(Math.floor(floatValue(self)), floatValue(self))),
  noArgs('float.__ceil__', (self) => floatToIntChecked(Math.ceil(floatValue(self)), floatValue(self))),
  { name: '__round__', fn: float_round },
  { name: '__format__', fn: format__, flags: METH_O },
  noArgs('float.__getnewargs__', (self) => { const t = tupleNew(1); if (t === NULL) return NULL; const f = floatNew(floatValue(self)); if (f === NULL) { decref(t); return NULL; } tupleSetItemSteal(t, 0, f); return t; }),
];

function floatToIntChecked(v: number, x: number): Owned | Null {
  if (x !== x) return errSetString(ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) return errSetString(OverflowError, 'cannot convert float infinity to integer');
  return intFromDouble(v);
}

/** Registers int's and float's methods and attributes (after methodObjectInitStatic). bool inherits int's. */
export function numberAddMethods(): void {
  typeAddMethods(intType, intMethods);
  typeAddMethods(floatType, floatMethods);
  complexAddMethods();
  typeAddGetSets(intType, [
    { name: 'real', get: exactInt }, { name: 'imag', get: () => newRef(smallInt(0)) },
    { name: 'numerator', get: exactInt }, { name: 'denominator', get: () => newRef(smallInt(1)) },
  ]);
  typeAddGetSets(floatType, [
    { name: 'real', get: (o) => floatNew(floatValue(o)) }, { name: 'imag', get: () => floatNew(0) },
  ]);
}

