// Test helpers for the list and tuple tests: build heap objects from the value encoding of
// tools/gen-golden-seq.py (ints, floats, str, bytes, None, bool, lists, tuples), encode heap objects back
// the same way so results compare as JSON, take pending exceptions, and run a test body in a fresh
// runtime that must end with no leaked blocks and an untouched static region.

// Loaded first: object.ts reads type.ts constants at load time, and a cycle entered from type.ts breaks that.
import '../../../src/objects/object.ts';
import assert from 'node:assert/strict';
import { createRuntime, type PyRuntime } from '../../../src/api/runtime.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../../../src/heap/ref.ts';
import { decref, newRef } from '../../../src/heap/refcount.ts';
import { errFetch } from '../../../src/objects/errors.ts';
import { objectStr } from '../../../src/objects/object.ts';
import { typeNameOf } from '../../../src/objects/type.ts';
import { Py_None } from '../../../src/objects/none.ts';
import { Py_True, Py_False } from '../../../src/objects/bool.ts';
import { intFromNumber, intFromBigInt, intToBigInt, isInt } from '../../../src/objects/int.ts';
import { floatNew, floatValue, isFloat } from '../../../src/objects/float.ts';
import { strFromJS, strToJS, isStr } from '../../../src/objects/str.ts';
import { bytesFromUint8Array, bytesToUint8Array, isBytes } from '../../../src/objects/bytes.ts';
import { tupleNew, tupleSetItemSteal, isTuple, tupleSize, tupleGetItemBorrow } from '../../../src/objects/tuple.ts';
import { listNew, listSetItemSteal, isList, listSize, listGetItemBorrow } from '../../../src/objects/list.ts';
import { floatFromBits, bytesFromHex } from '../support/golden.ts';

/** A value as tools/gen-golden-seq.py encodes it. */
export type Enc = number | string | null | { i: string } | { f: string } | { b: string } | { bool: number } |
  { t: Enc[] } | Enc[];

/** An exception as the golden files record it. */
export interface EncError { error: string; msg: string }

/** Unwraps a non-NULL result; on NULL, throws with the pending exception. */
export function ok<T>(o: T | Null): T {
  if (o === NULL) {
    const e = takeError();
    throw new Error(`unexpected ${e.error}: ${e.msg}`);
  }
  return o as T;
}

/** Takes the pending exception (which must be set) as {error, msg}. */
export function takeError(): EncError {
  const e = errFetch();
  assert.notEqual(e, NULL, 'an exception should be set');
  const type = typeNameOf(e as Borrowed);
  const s = objectStr(e as Borrowed);
  let msg = '<str() failed>';
  if (s !== NULL) {
    msg = strToJS(s);
    decref(s);
  } else {
    decref(errFetch() as Owned);
  }
  decref(e as Owned);
  return { error: type, msg };
}

/** A new heap object for an encoded value (lists are allocated exactly, as PyList_New). */
export function dec(v: Enc): Owned {
  if (v === null) return newRef(Py_None);
  if (typeof v === 'number') return ok(intFromNumber(v));
  if (typeof v === 'string') return ok(strFromJS(v));
  if (Array.isArray(v)) {
    const l = ok(listNew(v.length));
    for (let i = 0; i < v.length; i++) listSetItemSteal(l, i, dec(v[i]));
    return l;
  }
  if ('i' in v) return ok(intFromBigInt(BigInt(v.i)));
  if ('f' in v) return ok(floatNew(floatFromBits(v.f)));
  if ('b' in v) return ok(bytesFromUint8Array(bytesFromHex(v.b)));
  if ('bool' in v) return newRef(v.bool ? Py_True : Py_False);
  const t = ok(tupleNew(v.t.length));
  for (let i = 0; i < v.t.length; i++) tupleSetItemSteal(t, i, dec(v.t[i]));
  return t;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

function floatBits(x: number): string {
  F64[0] = x;
  return U32[1].toString(16).padStart(8, '0') + U32[0].toString(16).padStart(8, '0');
}

/** Encodes a heap object back (the inverse of dec). */
export function enc(o: Borrowed): Enc {
  if (o === Py_None) return null;
  if (o === Py_True) return { bool: 1 };
  if (o === Py_False) return { bool: 0 };
  if (isInt(o)) {
    const b = intToBigInt(o);
    return b > -(2n ** 53n) && b < 2n ** 53n ? Number(b) : { i: b.toString() };
  }
  if (isFloat(o)) return { f: floatBits(floatValue(o)) };
  if (isStr(o)) return strToJS(o);
  if (isBytes(o)) return { b: Buffer.from(bytesToUint8Array(o)).toString('hex') };
  if (isList(o)) {
    const out: Enc[] = [];
    for (let i = 0; i < listSize(o); i++) out.push(enc(listGetItemBorrow(o, i)));
    return out;
  }
  if (isTuple(o)) {
    const out: Enc[] = [];
    for (let i = 0; i < tupleSize(o); i++) out.push(enc(tupleGetItemBorrow(o, i)));
    return { t: out };
  }
  throw new Error(`enc: no encoding for a '${typeNameOf(o)}'`);
}

/**
 * Runs `body` in a fresh runtime (PYTHONHASHSEED=0, 64 MiB heap unless given); afterwards the live
 * blocks must be back at the start-up baseline, no exception may be pending, and shutdown must find
 * no leak and an unwritten static region.
 */
export function withRuntime(body: (rt: PyRuntime) => void, options: Parameters<typeof createRuntime>[0] = {}): void {
  const rt = createRuntime({ hashSeed: 0, heapSize: 1 << 26, ...options });
  const base = rt.liveBlocks();
  let failed = true;
  try {
    body(rt);
    failed = false;
  } finally {
    if (!failed) {
      assert.equal(errFetch(), NULL, 'no exception should be left pending');
      assert.equal(rt.liveBlocks() - base, 0, 'live blocks should be back at the baseline');
      const written = rt.counters().staticBytesWritten;
      if (rt.immortal) assert.equal(written, 0, 'the static region must not be written');
    }
    const report = rt.shutdown();
    if (!failed) assert.equal(report.liveBlocks, 0, `shutdown leaked ${report.liveBlocks} blocks`);
  }
}
