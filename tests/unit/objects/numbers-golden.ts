// Test helpers for the numeric types: decode the values that tools/gen-golden-numbers.py records from
// CPython 3.12, encode our results the same way (so a comparison is one string equality), and dispatch
// binary/ternary operators over the number slots as abstract.c's binary_op1 / ternary_op do.

import assert from 'node:assert/strict';
import { NULL, type Borrowed, type Owned, type Null } from '../../../src/heap/ref.ts';
import { decref, incref } from '../../../src/heap/refcount.ts';
import { H64, h64ToString } from '../../../src/support/hash64.ts';
import { typeOf, typeNameOf, typeIsSubtype } from '../../../src/objects/type.ts';
import { objectStr, objectHash, hashFailed } from '../../../src/objects/object.ts';
import { errFetch, errOccurred } from '../../../src/objects/errors.ts';
import { strToJS, isStr } from '../../../src/objects/str.ts';
import { bytesToUint8Array, isBytes } from '../../../src/objects/bytes.ts';
import { isTuple, tupleSize, tupleGetItemBorrow } from '../../../src/objects/tuple.ts';
import { Py_None } from '../../../src/objects/none.ts';
import { Py_NotImplemented } from '../../../src/objects/notimplemented.ts';
import {
  intType, intFromBigInt, intToBigInt, intNumberSlots, type NumberSlots,
} from '../../../src/objects/int.ts';
import { boolType, Py_True, Py_False, boolNumberSlots } from '../../../src/objects/bool.ts';
import { floatType, floatNew, floatValue, floatNumberSlots } from '../../../src/objects/float.ts';
import { complexType, complexReal, complexImag } from '../../../src/objects/complex.ts';
import { floatFromBits, loadGolden } from '../support/golden.ts';

export { loadGolden };

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

export function bitsOf(x: number): string {
  F64[0] = x;
  return U32[1].toString(16).padStart(8, '0') + U32[0].toString(16).padStart(8, '0');
}

/** A new reference to the object an encoded golden value stands for ('i..', 'x..', 'f..', 'T', 'F'). */
export function decode(e: string): Owned {
  let r: Owned | Null;
  switch (e[0]) {
    case 'i': r = intFromBigInt(BigInt(e.slice(1))); break;
    case 'x': r = intFromBigInt(e[1] === '-' ? -BigInt('0x' + e.slice(2)) : BigInt('0x' + e.slice(1))); break;
    case 'f': r = floatNew(floatFromBits(e.slice(1))); break;
    case 'T': incref(Py_True); r = Py_True as Owned; break;
    case 'F': incref(Py_False); r = Py_False as Owned; break;
    default: throw new Error(`cannot decode ${e}`);
  }
  assert.notEqual(r, NULL, `decoding ${e} failed`);
  return r as Owned;
}

function encodeInt(v: bigint): string {
  const a = v < 0n ? -v : v;
  if (a < 10n ** 80n) return 'i' + v.toString();
  return v < 0n ? 'x-' + a.toString(16) : 'x' + a.toString(16);
}

/** The encoding of a borrowed value, as gen-golden-numbers.py's enc(). */
export function encodeValue(o: Borrowed): string {
  const t = typeOf(o);
  if (t === boolType) return o === Py_True ? 'T' : 'F';
  if (t === intType) return encodeInt(intToBigInt(o));
  if (t === floatType) return 'f' + bitsOf(floatValue(o));
  if (t === complexType) return 'c' + bitsOf(complexReal(o)) + bitsOf(complexImag(o));
  if (isTuple(o)) {
    const parts: string[] = [];
    for (let i = 0; i < tupleSize(o); i++) parts.push(encodeValue(tupleGetItemBorrow(o, i)));
    return '(' + parts.join(',') + ')';
  }
  if (isStr(o)) return 's' + strToJS(o);
  if (isBytes(o)) return 'b' + Buffer.from(bytesToUint8Array(o)).toString('hex');
  throw new Error(`cannot encode a '${typeNameOf(o)}'`);
}

/** Takes the current exception and encodes it as '!Type:str(e)'. */
export function encodeError(): string {
  assert.notEqual(errOccurred(), NULL, 'NULL result without an exception');
  const e = errFetch() as Owned;
  const name = typeNameOf(e);
  const s = objectStr(e);
  let msg: string;
  if (s === NULL) { decref(errFetch() as Owned); msg = '<str failed>'; } else { msg = strToJS(s); decref(s); }
  decref(e);
  return `!${name}:${msg}`;
}

/** Encodes a result and releases it; NULL becomes the exception's encoding; 'U' is returned as '!U'. */
export function encodeResult(r: Owned | Null | 'U'): string {
  if (r === 'U') return '!U';
  if (r === NULL) return encodeError();
  const s = encodeValue(r);
  decref(r);
  return s;
}

/** hash(o) encoded as an int ('i<decimal>'), or the error. */
export function encodeHash(o: Borrowed): string {
  const lo = objectHash(o);
  if (hashFailed(lo)) return encodeError();
  return 'i' + h64ToString(lo, H64[1]);
}

/** The number slots of a numeric object, or null. */
export function numberSlots(o: Borrowed): NumberSlots | null {
  const t = typeOf(o);
  if (t === intType) return intNumberSlots;
  if (t === boolType) return boolNumberSlots;
  if (t === floatType) return floatNumberSlots;
  return null;
}

export type BinarySlot = 'add' | 'subtract' | 'multiply' | 'remainder' | 'divmod' | 'lshift' | 'rshift' | 'and' |
  'xor' | 'or' | 'floorDivide' | 'trueDivide';

function notImpl(r: Owned | Null): boolean {
  if (r === Py_NotImplemented) { decref(r as Owned); return true; }
  return false;
}

/** binary_op1: the left slot, the right one (first when its type is a subtype), 'U' when none takes it. */
export function binaryOp(slot: BinarySlot, a: Borrowed, b: Borrowed): Owned | Null | 'U' {
  const sv = numberSlots(a)?.[slot] ?? null;
  let sw = typeOf(a) !== typeOf(b) ? numberSlots(b)?.[slot] ?? null : null;
  if (sw === sv) sw = null;
  if (sv !== null) {
    if (sw !== null && typeIsSubtype(typeOf(b), typeOf(a))) {
      const r = sw(a, b);
      if (!notImpl(r)) return r;
      sw = null;
    }
    const r = sv(a, b);
    if (!notImpl(r)) return r;
  }
  if (sw !== null) {
    const r = sw(a, b);
    if (!notImpl(r)) return r;
  }
  return 'U';
}

/** ternary_op for pow(a, b[, c]): c is None for two arguments. */
export function powerOp(a: Borrowed, b: Borrowed, c: Borrowed): Owned | Null | 'U' {
  const sv = numberSlots(a)?.power ?? null;
  let sw = typeOf(a) !== typeOf(b) ? numberSlots(b)?.power ?? null : null;
  if (sw === sv) sw = null;
  if (sv !== null) {
    if (sw !== null && typeIsSubtype(typeOf(b), typeOf(a))) {
      const r = sw(a, b, c);
      if (!notImpl(r)) return r;
      sw = null;
    }
    const r = sv(a, b, c);
    if (!notImpl(r)) return r;
  }
  if (sw !== null) {
    const r = sw(a, b, c);
    if (!notImpl(r)) return r;
  }
  if (c !== Py_None) {
    const sz = numberSlots(c)?.power ?? null;
    if (sz !== null && sz !== sv && sz !== sw) {
      const r = sz(a, b, c);
      if (!notImpl(r)) return r;
    }
  }
  return 'U';
}

/** Whether our outcome matches the recorded one (complex results included, bit for bit). */
export function sameOutcome(got: string, want: string): boolean {
  return got === want;
}
