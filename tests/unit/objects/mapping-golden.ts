// Test helpers for the dict/set/frozenset tests: build heap objects from the value encoding of the golden
// files (tools/gen-golden.py, tools/gen-golden-mappings.py) and encode heap objects back the same way, so a
// recorded iteration order can be compared as JSON. Also a stand-in `complex` type: the golden key pools
// contain 1+0j, 0j and 2j, and the runtime has no complex type yet (see makeComplexType).

import { i32, f64 } from '../../../src/heap/views.ts';
import { free } from '../../../src/heap/alloc.ts';
import { decref } from '../../../src/heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../../../src/heap/ref.ts';
import { H64 } from '../../../src/support/hash64.ts';
import { hashDouble, hashComplex } from '../../../src/support/numhash.ts';
import { typeNewStatic, typeOf, typeNameOf, Py_EQ, Py_NE } from '../../../src/objects/type.ts';
import { objectNew, objectFree, notImplemented, boolNew } from '../../../src/objects/object.ts';
import { strFromJS } from '../../../src/objects/str.ts';
import { intFromNumber, intFromBigInt, intToBigInt, isInt } from '../../../src/objects/int.ts';
import { floatNew, floatValue, isFloat } from '../../../src/objects/float.ts';
import { strToJS, isStr, strNewFromCodePoints } from '../../../src/objects/str.ts';
import { bytesFromUint8Array, bytesToUint8Array, isBytes } from '../../../src/objects/bytes.ts';
import { tupleNew, tupleSetItemSteal, isTuple, tupleSize, tupleGetItemBorrow } from '../../../src/objects/tuple.ts';
import { isFrozenSet, frozensetNew, setAdd, setNext } from '../../../src/objects/set.ts';
import { listNew, listSetItemSteal } from '../../../src/objects/list.ts';
import { floatFromBits, bytesFromHex } from '../support/golden.ts';

/** A golden value: see the encoding at the top of tools/gen-golden.py. */
export type Enc = number | string | { i: string } | { f: string } | { c: [string, string] } | { u: number[] } |
  { b: string } | { t: Enc[] } | { fs: Enc[] };

let complexType = 0 as Borrowed;

/**
 * A minimal complex type for the golden replays (the project has no complex yet): a header and two doubles,
 * CPython's complex_hash, and == / != against complex, float and int as complex_richcompare does. Created
 * after start-up, so its type object lives in the mortal heap: call dropComplexType before shutdown.
 */
export function makeComplexType(): void {
  complexType = typeNewStatic({
    name: 'complex',
    basicsize: 24,
    slots: {
      dealloc: objectFree,
      hash: (o: Borrowed) => {
        hashDouble(f64[(o + 8) >> 3], o);
        const rlo = H64[0], rhi = H64[1];
        hashDouble(f64[(o + 16) >> 3], o);
        return hashComplex(rlo, rhi, H64[0], H64[1]);
      },
      richcompare: (v: Borrowed, w: Borrowed, op: number): Owned | Null => {
        if (op !== Py_EQ && op !== Py_NE) return notImplemented();
        const re = f64[(v + 8) >> 3], im = f64[(v + 16) >> 3];
        let eq: boolean;
        if (typeOf(w) === complexType) eq = re === f64[(w + 8) >> 3] && im === f64[(w + 16) >> 3];
        else if (isFloat(w)) eq = im === 0 && re === floatValue(w);
        else if (isInt(w)) eq = im === 0 && Number.isInteger(re) && BigInt(re) === intToBigInt(w);
        else return notImplemented();
        return boolNew(eq === (op === Py_EQ));
      },
    },
  });
}

/** Frees the stand-in type object (it is immortal, so nothing else ever frees it). */
export function dropComplexType(): void {
  if (complexType !== 0) free(complexType);
  complexType = 0 as Borrowed;
}

function complexNew(re: number, im: number): Owned | Null {
  if (complexType === 0) throw new Error('complex value in golden data: call makeComplexType() first');
  const o = objectNew(complexType, 24);
  if (o === NULL) return NULL;
  f64[(o + 8) >> 3] = re;
  f64[(o + 16) >> 3] = im;
  return o;
}

/** A new heap object for a golden value. Throws on failure (tests only). */
export function dec(v: Enc): Owned {
  const o = decOrNull(v);
  if (o === NULL) throw new Error(`could not build ${JSON.stringify(v)}`);
  return o;
}

function decOrNull(v: Enc): Owned | Null {
  if (typeof v === 'number') return intFromNumber(v);
  if (typeof v === 'string') return strFromJS(v);
  if ('i' in v) return intFromBigInt(BigInt(v.i));
  if ('f' in v) return floatNew(floatFromBits(v.f));
  if ('c' in v) return complexNew(floatFromBits(v.c[0]), floatFromBits(v.c[1]));
  if ('u' in v) return strNewFromCodePoints(v.u);
  if ('b' in v) return bytesFromUint8Array(bytesFromHex(v.b));
  if ('t' in v) {
    const t = tupleNew(v.t.length);
    if (t === NULL) return NULL;
    for (let i = 0; i < v.t.length; i++) tupleSetItemSteal(t, i, dec(v.t[i]));
    return t;
  }
  const fs = frozensetNew();
  if (fs === NULL) return NULL;
  for (const x of v.fs) {
    const k = dec(x);
    const r = setAdd(fs, k);
    decref(k);
    if (r < 0) throw new Error('setAdd failed');
  }
  return fs;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

function bits(x: number): string {
  F64[0] = x;
  return U32[1].toString(16).padStart(8, '0') + U32[0].toString(16).padStart(8, '0');
}

/** The golden encoding of a heap object (as tools/gen-golden.py's enc). */
export function enc(o: Borrowed): Enc {
  if (complexType !== 0 && typeOf(o) === complexType) return { c: [bits(f64[(o + 8) >> 3]), bits(f64[(o + 16) >> 3])] };
  if (isInt(o)) {
    const b = intToBigInt(o);
    return b > -(2n ** 53n) && b < 2n ** 53n ? Number(b) : { i: b.toString() };
  }
  if (isFloat(o)) return { f: bits(floatValue(o)) };
  if (isStr(o)) {
    const s = strToJS(o);
    const cps: number[] = [];
    let sur = false;
    for (const ch of s) {
      const c = ch.codePointAt(0) as number;
      if (c >= 0xd800 && c <= 0xdfff) sur = true;
      cps.push(c);
    }
    return sur ? { u: cps } : s;
  }
  if (isBytes(o)) return { b: Buffer.from(bytesToUint8Array(o)).toString('hex') };
  if (isTuple(o)) {
    const t: Enc[] = [];
    for (let i = 0; i < tupleSize(o); i++) t.push(enc(tupleGetItemBorrow(o, i)));
    return { t };
  }
  if (isFrozenSet(o)) return { fs: setOrder(o) };
  throw new Error(`no golden encoding for '${typeNameOf(o)}'`);
}

/** The elements of a set or frozenset in iteration order, encoded. */
export function setOrder(s: Borrowed): Enc[] {
  const out: Enc[] = [];
  const pos = new Int32Array(1);
  const k = new Int32Array(1);
  while (setNext(s, pos, k)) out.push(enc(k[0] as Borrowed));
  return out;
}

// Key specs of tools/gen-golden-mappings.py (expand): regenerated here with the same 64-bit LCG.
const specCache = new Map<string, Enc[]>();
/** The keys of a list or of a compact key spec (tools/gen-golden-mappings.py expand), regenerated with its LCG. */
export function expand(spec: any): Enc[] {
  if (Array.isArray(spec)) return spec;
  const key = JSON.stringify(spec);
  let out = specCache.get(key);
  if (out !== undefined) return out;
  let all: Enc[];
  let a: number, b: number | null, c: number;
  if ('g' in spec) {
    const [seed, n, bits] = spec.g as number[];
    [a, b, c] = spec.g.slice(3);
    all = [];
    const seen = new Set<bigint>();
    let x = BigInt(seed);
    const M = (1n << 64n) - 1n;
    while (all.length < n) {
      x = (x * 6364136223846793005n + 1442695040888963407n) & M;
      const k = (x >> BigInt(64 - bits)) - (1n << BigInt(bits - 1));
      if (!seen.has(k)) {
        seen.add(k);
        all.push(k > -(2n ** 53n) && k < 2n ** 53n ? Number(k) : { i: k.toString() });
      }
    }
  } else {
    const [prefix, n] = spec.s as [string, number];
    [a, b, c] = spec.s.slice(2);
    all = Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  }
  out = [];
  for (let i = a; i < (b ?? all.length); i += c) out.push(all[i]);
  specCache.set(key, out);
  return out;
}

/** JSON text of an encoded value, for assert messages and comparisons. */
export function j(v: unknown): string {
  return JSON.stringify(v);
}

/** A new list of new objects for encoded values. */
export function listOf(values: readonly Enc[]): Owned {
  const l = listNew(values.length);
  if (l === NULL) throw new Error('listNew failed');
  for (let i = 0; i < values.length; i++) listSetItemSteal(l, i, dec(values[i]));
  return l;
}

/** Reads a 32-bit word of an object (for layout checks in tests). */
export function word(o: number, off: number): number {
  return i32[(o + off) >> 2];
}
