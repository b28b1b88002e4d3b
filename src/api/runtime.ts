// The embedding API for JS hosts: start a runtime, make objects from JS values, read them back,
// look at reference counts and counters, shut down. Mirrors the spirit of CPython's embedding API
// (Py_InitializeFromConfig, PyLong_FromLong, PyObject_Repr, Py_FinalizeEx).
// Invariants: every reference this API returns is owned by the caller, who gives it back with
// `decref`; a Python exception surfaces as a thrown PythonError (the exception is taken off the
// thread state), never as a NULL the host could misuse.

import { refcnt, incref, decref, isImmortal, rc, refcountCounting } from '../heap/refcount.ts';
import { allocCurrent } from '../heap/alloc.ts';
import { heapStaticBytesWritten, heapStaticPagesWritten } from '../heap/heap.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { h64ToBigInt, H64 } from '../support/hash64.ts';
import {
  runtimeStart, runtimeShutdown, runtimeActivate, type Runtime, type RuntimeOptions, type ShutdownReport,
} from '../vm/runtime.ts';
import { objectRepr, objectStr, objectHash, hashFailed, objectRichCompareBool } from '../objects/object.ts';
import { errFetch } from '../objects/errors.ts';
import { exceptionArgsBorrow } from '../objects/exceptions.ts';
import { typeNameOf, Py_EQ } from '../objects/type.ts';
import { Py_None } from '../objects/none.ts';
import { Py_True, Py_False } from '../objects/bool.ts';
import { intFromNumber, intFromBigInt, intToBigInt, isInt } from '../objects/int.ts';
import { floatNew, floatValue, isFloat } from '../objects/float.ts';
import { strFromJS, strToJS, isStr, strIntern, strInternImmortal } from '../objects/str.ts';
import { bytesFromUint8Array, bytesToUint8Array, isBytes } from '../objects/bytes.ts';
import { tupleNew, tupleSetItemSteal, tupleSize, tupleGetItemBorrow, isTuple } from '../objects/tuple.ts';
import { listNew, listSetItemSteal, listSize, listGetItemBorrow, isList } from '../objects/list.ts';
import { dictNew, dictSetItem, isDict, dictNext, dictSize } from '../objects/dict.ts';
import { setNew, frozensetNew, setAdd, isAnySet, setNext, setSize, frozensetType } from '../objects/set.ts';
import { typeOf } from '../objects/type.ts';

export type { Owned, Borrowed, RuntimeOptions, ShutdownReport };

/** A Python exception that crossed into JS. */
export class PythonError extends Error {
  constructor(readonly type: string, readonly pyMessage: string) {
    super(pyMessage === '' ? type : `${type}: ${pyMessage}`);
    this.name = 'PythonError';
  }
}

/** A JS value marked to become a Python tuple (arrays become lists). */
export class PyTuple {
  constructor(readonly items: readonly unknown[]) {}
}

/** A JS value marked to become a frozenset (Sets become sets). */
export class PyFrozenSet {
  constructor(readonly items: Iterable<unknown>) {}
}

export interface Counters {
  increfs: number;
  decrefs: number;
  increfsSkipped: number;
  decrefsSkipped: number;
  allocs: number;
  frees: number;
  liveBlocks: number;
  liveBytes: number;
  peakBytes: number;
  arenas: number;
  pools: number;
  largeBlocks: number;
  /** Count words written in the static region by incref/decref while counting (0 with immortality on). */
  staticRefcountBytesWritten: number;
  /** Bytes of the static region that differ from the snapshot taken at the seal. */
  staticBytesWritten: number;
  staticPagesWritten: number;
}

export class PyRuntime {
  private constructor(private readonly rt: Runtime) {}

  /** Starts a runtime. One runtime is alive per thread at a time. */
  static create(options: RuntimeOptions = {}): PyRuntime {
    return new PyRuntime(runtimeStart(options));
  }

  get immortal(): boolean { return this.rt.immortal; }
  get heapSize(): number { return this.rt.heap.size; }
  /** Live blocks right after start-up (the runtime's own mortal objects). */
  get baselineBlocks(): number { return this.rt.baselineBlocks; }

  /** Converts a JS value: number (int if integral, else float), bigint, string, boolean, null, Uint8Array, Array (list), PyTuple, Map (dict), Set (set), PyFrozenSet. */
  fromJS(v: unknown): Owned {
    runtimeActivate(this.rt);
    checkDepth(v, 0);
    return this.check(fromJS(v));
  }

  /** Converts back to JS (int -> number when safe, else bigint; tuple -> PyTuple; list -> Array ...). */
  toJS(o: Borrowed): unknown {
    runtimeActivate(this.rt);
    return toJS(o);
  }

  get None(): Borrowed { return Py_None; }
  get True(): Borrowed { return Py_True; }
  get False(): Borrowed { return Py_False; }

  repr(o: Borrowed): string {
    runtimeActivate(this.rt);
    const r = this.check(objectRepr(o));
    const s = strToJS(r);
    decref(r);
    return s;
  }

  str(o: Borrowed): string {
    runtimeActivate(this.rt);
    const r = this.check(objectStr(o));
    const s = strToJS(r);
    decref(r);
    return s;
  }

  /** hash(o) as Python computes it (64-bit signed). */
  hash(o: Borrowed): bigint {
    runtimeActivate(this.rt);
    const lo = objectHash(o);
    if (hashFailed(lo)) this.check(NULL);
    return h64ToBigInt(lo, H64[1]);
  }

  /** o == other, through rich comparison. */
  equals(a: Borrowed, b: Borrowed): boolean {
    runtimeActivate(this.rt);
    const r = objectRichCompareBool(a, b, Py_EQ);
    if (r < 0) this.check(NULL);
    return r === 1;
  }

  typeName(o: Borrowed): string { return typeNameOf(o); }

  /** sys.getrefcount minus the argument's own reference: the count stored in the object. */
  refcount(o: Borrowed): number { return refcnt(o); }
  isImmortal(o: Borrowed): boolean { return isImmortal(o); }
  incref(o: Borrowed): void { runtimeActivate(this.rt); incref(o); }
  decref(o: Borrowed): void { runtimeActivate(this.rt); decref(o); }

  /** sys.intern: mortal run-time interning (DESIGN.md §2). Steals `o`. */
  intern(o: Owned): Owned { runtimeActivate(this.rt); return strIntern(o); }
  /** Compiler-style interning: an immortal str (borrowed: it lives as long as the runtime). */
  internImmortal(s: string): Borrowed { runtimeActivate(this.rt); return strInternImmortal(s); }

  /** Starts or stops counting increfs/decrefs. */
  countRefs(on: boolean): void { refcountCounting(on); }

  counters(): Counters {
    const a = allocCurrent();
    return {
      increfs: rc.increfs, decrefs: rc.decrefs, increfsSkipped: rc.increfsSkipped, decrefsSkipped: rc.decrefsSkipped,
      allocs: a.allocs, frees: a.frees, liveBlocks: a.liveBlocks, liveBytes: a.liveBytes, peakBytes: a.peakBytes,
      arenas: a.arenas, pools: a.pools, largeBlocks: a.largeBlocks,
      staticRefcountBytesWritten: rc.staticBytesWritten,
      staticBytesWritten: heapStaticBytesWritten(this.rt.heap),
      staticPagesWritten: heapStaticPagesWritten(this.rt.heap),
    };
  }

  liveBlocks(): number { return this.rt.heap.alloc.liveBlocks; }

  /** Releases the runtime's own objects and reports what is left (leaks) and static-region writes. */
  shutdown(): ShutdownReport { return runtimeShutdown(this.rt); }

  /** Turns a NULL result into a thrown PythonError (taking the exception). */
  check(o: Owned | Null): Owned {
    if (o !== NULL) return o;
    const e = errFetch();
    if (e === NULL) throw new Error('NULL result without an exception set (runtime bug)');
    const type = typeNameOf(e);
    const args = exceptionArgsBorrow(e);
    let msg = '';
    if (args !== 0 && tupleSize(args) === 1 && isStr(tupleGetItemBorrow(args, 0))) msg = strToJS(tupleGetItemBorrow(args, 0));
    else {
      const s = objectStr(e);
      if (s !== NULL) { msg = strToJS(s); decref(s); } else decref(errFetch() as Owned);
    }
    decref(e);
    throw new PythonError(type, msg);
  }
}

/** fromJS recurses per level of nesting: refuse (before allocating anything) what the JS stack can't take. */
const FROM_JS_MAX_DEPTH = 2000;

function checkDepth(v: unknown, depth: number): void {
  if (depth > FROM_JS_MAX_DEPTH) throw new RangeError(`fromJS: value nested deeper than ${FROM_JS_MAX_DEPTH} levels`);
  if (Array.isArray(v)) for (const x of v) checkDepth(x, depth + 1);
  else if (v instanceof PyTuple) for (const x of v.items) checkDepth(x, depth + 1);
  else if (v instanceof Map) for (const [k, x] of v) { checkDepth(k, depth + 1); checkDepth(x, depth + 1); }
  else if (v instanceof Set) for (const x of v) checkDepth(x, depth + 1);
  else if (v instanceof PyFrozenSet) for (const x of v.items) checkDepth(x, depth + 1);
}

function fromJS(v: unknown): Owned | Null {
  if (v === null || v === undefined) { incref(Py_None); return Py_None as Owned; }
  if (typeof v === 'boolean') { const b = v ? Py_True : Py_False; incref(b); return b as Owned; }
  if (typeof v === 'number') return Number.isInteger(v) && !Object.is(v, -0) ? intFromNumber(v) : floatNew(v);
  if (typeof v === 'bigint') return intFromBigInt(v);
  if (typeof v === 'string') return strFromJS(v);
  if (v instanceof Uint8Array) return bytesFromUint8Array(v);
  if (Array.isArray(v)) {
    const l = listNew(v.length);
    if (l === NULL) return NULL;
    for (let i = 0; i < v.length; i++) {
      const item = fromJS(v[i]);
      if (item === NULL) { decref(l); return NULL; }
      listSetItemSteal(l, i, item);
    }
    return l;
  }
  if (v instanceof PyTuple) {
    const t = tupleNew(v.items.length);
    if (t === NULL) return NULL;
    for (let i = 0; i < v.items.length; i++) {
      const item = fromJS(v.items[i]);
      if (item === NULL) { decref(t); return NULL; }
      tupleSetItemSteal(t, i, item);
    }
    return t;
  }
  if (v instanceof Map) {
    const d = dictNew();
    if (d === NULL) return NULL;
    for (const [k, val] of v) {
      const pk = fromJS(k);
      if (pk === NULL) { decref(d); return NULL; }
      const pv = fromJS(val);
      if (pv === NULL) { decref(pk); decref(d); return NULL; }
      const r = dictSetItem(d, pk, pv);
      decref(pk); decref(pv);
      if (r < 0) { decref(d); return NULL; }
    }
    return d;
  }
  if (v instanceof Set || v instanceof PyFrozenSet) {
    const s = setNew();
    if (s === NULL) return NULL;
    for (const k of v instanceof Set ? v : v.items) {
      const pk = fromJS(k);
      if (pk === NULL) { decref(s); return NULL; }
      const r = setAdd(s, pk);
      decref(pk);
      if (r < 0) { decref(s); return NULL; }
    }
    if (v instanceof Set) return s;
    const f = frozensetNew(s);
    decref(s);
    return f;
  }
  throw new TypeError(`fromJS: cannot convert ${typeof v} to a Python object`);
}

function toJS(o: Borrowed): unknown {
  if (o === Py_None) return null;
  if (o === Py_True) return true;
  if (o === Py_False) return false;
  if (isInt(o)) {
    const b = intToBigInt(o);
    return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
  }
  if (isFloat(o)) return floatValue(o);
  if (isStr(o)) return strToJS(o);
  if (isBytes(o)) return bytesToUint8Array(o);
  if (isTuple(o)) {
    const out: unknown[] = [];
    for (let i = 0; i < tupleSize(o); i++) out.push(toJS(tupleGetItemBorrow(o, i)));
    return new PyTuple(out);
  }
  if (isList(o)) {
    const out: unknown[] = [];
    for (let i = 0; i < listSize(o); i++) out.push(toJS(listGetItemBorrow(o, i)));
    return out;
  }
  if (isDict(o)) {
    const out = new Map<unknown, unknown>();
    const pos = new Int32Array(1);
    const kv = new Int32Array(2);
    for (let n = dictSize(o); n > 0 && dictNext(o, pos, kv); n--) out.set(toJS(kv[0] as Borrowed), toJS(kv[1] as Borrowed));
    return out;
  }
  if (isAnySet(o)) {
    const items: unknown[] = [];
    const pos = new Int32Array(1);
    const k = new Int32Array(1);
    for (let n = setSize(o); n > 0 && setNext(o, pos, k); n--) items.push(toJS(k[0] as Borrowed));
    return typeOf(o) === frozensetType ? new PyFrozenSet(items) : new Set(items);
  }
  throw new TypeError(`toJS: no JS value for a '${typeNameOf(o)}' object`);
}

/** Starts a runtime (see RuntimeOptions). */
export function createRuntime(options: RuntimeOptions = {}): PyRuntime {
  return PyRuntime.create(options);
}
