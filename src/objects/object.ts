// Generic object operations: allocation of objects, repr/str/hash/richcompare/truth dispatch.
// Mirrors Objects/object.c (PyObject_Repr, PyObject_Hash, PyObject_RichCompare, PyObject_IsTrue)
// and the allocation half of Objects/typeobject.c / Modules/gcmodule.c (PyObject_New, PyObject_GC_New).
// Invariants: a new object has count 1 and its type set; GC objects carry an 8-byte GC header before
// the reference and are born untracked (gc_next = gc_prev = 0) until the collector exists.

import { i32 } from '../heap/views.ts';
import { alloc, free } from '../heap/alloc.ts';
import { OB_REFCNT, OB_TYPE, OB_SIZE, GC_HEAD_SIZE, GC_NEXT, GC_PREV, TP_INDEX } from '../heap/header.ts';
import { decref, incref, typeDealloc } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { H64 } from '../support/hash64.ts';
import { hashPointer } from '../support/numhash.ts';
import {
  typeOf, slotsOf, typeNameOf, typeIsSubtype,
} from './type.ts';
import { Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT, Py_SwappedOp, Py_OpSymbol } from './compare-op.ts';
import { errNoMemory, errSetString, errOccurred } from './errors.ts';
import { TypeError, RecursionError } from './exceptions.ts';
import { Py_True, Py_False } from './bool.ts';
import { Py_None } from './none.ts';
import { Py_NotImplemented } from './notimplemented.ts';
import { strFromJS } from './str.ts';

/** PyObject_New: a non-GC object of `size` bytes with count 1, or NULL with MemoryError. */
export function objectNew(type: Borrowed, size: number): Owned | Null {
  const o = alloc(size);
  if (o === 0) return errNoMemory();
  i32[(o + OB_REFCNT) >> 2] = 1;
  i32[(o + OB_TYPE) >> 2] = type;
  incref(type);
  return o as Owned;
}

/** PyObject_NewVar: like objectNew, with ob_size set. */
export function objectNewVar(type: Borrowed, size: number, n: number): Owned | Null {
  const o = objectNew(type, size);
  if (o !== NULL) i32[(o + OB_SIZE) >> 2] = n;
  return o;
}

/** PyObject_GC_New: an untracked GC object (GC header before the reference), or NULL with MemoryError. */
export function objectGCNew(type: Borrowed, size: number): Owned | Null {
  const b = alloc(size + GC_HEAD_SIZE);
  if (b === 0) return errNoMemory();
  const o = b + GC_HEAD_SIZE;
  i32[(o + GC_NEXT) >> 2] = 0;
  i32[(o + GC_PREV) >> 2] = 0;
  i32[(o + OB_REFCNT) >> 2] = 1;
  i32[(o + OB_TYPE) >> 2] = type;
  incref(type);
  return o as Owned;
}

/** PyObject_Free for a non-GC object: frees the memory and drops the reference to its type. */
export function objectFree(o: Owned): void {
  const t = i32[(o + OB_TYPE) >> 2] as Borrowed;
  free(o);
  decref(t);
}

/** PyObject_GC_Del. */
export function objectGCFree(o: Owned): void {
  const t = i32[(o + OB_TYPE) >> 2] as Borrowed;
  free(o - GC_HEAD_SIZE);
  decref(t);
}

// Py_EnterRecursiveCall: native recursion (repr of nested containers, comparisons, hashing) is bounded
// like CPython's C recursion (3.12: Py_C_RECURSION_LIMIT), so deep structures raise RecursionError
// instead of overflowing the JS stack.
const C_RECURSION_LIMIT = 1500;
let cRecursionRemaining = C_RECURSION_LIMIT;

/** Py_EnterRecursiveCall: true (with RecursionError set) when the limit is reached; else call leaveRecursiveCall after. */
export function enterRecursiveCall(where: string): boolean {
  if (--cRecursionRemaining < 0) {
    cRecursionRemaining++;
    errSetString(RecursionError, `maximum recursion depth exceeded${where}`);
    return true;
  }
  return false;
}

/** Py_LeaveRecursiveCall. */
export function leaveRecursiveCall(): void {
  cRecursionRemaining++;
}

/** PyObject_Repr. https://docs.python.org/3/library/functions.html#repr */
export function objectRepr(o: Borrowed): Owned | Null {
  const f = slotsOf(o).repr;
  if (f === null) return defaultRepr(o);
  if (enterRecursiveCall(' while getting the repr of an object')) return NULL;
  const r = f(o);
  cRecursionRemaining++;
  return r;
}

/** PyObject_Str. https://docs.python.org/3/library/functions.html#func-str */
export function objectStr(o: Borrowed): Owned | Null {
  const f = slotsOf(o).str;
  if (f === null) return objectRepr(o);
  if (enterRecursiveCall(' while getting the str of an object')) return NULL;
  const r = f(o);
  cRecursionRemaining++;
  return r;
}

/** object.__repr__: `<T object at 0x...>`. */
export function defaultRepr(o: Borrowed): Owned | Null {
  return strFromJS(`<${typeNameOf(o)} object at 0x${o.toString(16).padStart(12, '0')}>`);
}

/**
 * PyObject_Hash: returns the low 32 bits and leaves the 64-bit hash in H64; returns -1 with
 * H64 = (-1, -1) and TypeError set for unhashable objects.
 */
export function objectHash(o: Borrowed): number {
  const f = slotsOf(o).hash;
  if (f === null) return objectHashNotImplemented(o);
  // CPython doesn't guard hashing (a deep enough tuple overflows the C stack); we can't crash, so we
  // raise RecursionError instead.
  if (enterRecursiveCall('')) {
    H64[0] = -1;
    H64[1] = -1;
    return -1;
  }
  const r = f(o);
  cRecursionRemaining++;
  return r;
}

/** object.__hash__: _Py_HashPointer of the address. */
export function objectHashDefault(o: Borrowed): number {
  return hashPointer(o);
}

/** Hash slot for types that set __hash__ = None (list, dict, set). */
export function objectHashNotImplemented(o: Borrowed): number {
  errSetString(TypeError, `unhashable type: '${typeNameOf(o)}'`);
  H64[0] = -1;
  H64[1] = -1;
  return -1;
}

/** True when a hash result (low word + H64) is the error value. */
export function hashFailed(lo: number): boolean {
  return lo === -1 && H64[1] === -1;
}


/** PyObject_RichCompare, with the reflected operation and the identity fallback for == and !=. */
export function objectRichCompare(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  if (enterRecursiveCall(' in comparison')) return NULL;
  const r = doRichCompare(a, b, op);
  cRecursionRemaining++;
  return r;
}

function doRichCompare(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  const ta = typeOf(a), tb = typeOf(b);
  const fa = slotsOf(a).richcompare, fb = slotsOf(b).richcompare;
  let checkedReverse = false;
  if (ta !== tb && fb !== null && typeIsSubtype(tb, ta)) {
    checkedReverse = true;
    const r = fb(b, a, Py_SwappedOp[op]);
    if (r !== Py_NotImplemented) return r;
    decref(r as Owned);
  }
  if (fa !== null) {
    const r = fa(a, b, op);
    if (r !== Py_NotImplemented) return r;
    decref(r as Owned);
  }
  if (!checkedReverse && fb !== null) {
    const r = fb(b, a, Py_SwappedOp[op]);
    if (r !== Py_NotImplemented) return r;
    decref(r as Owned);
  }
  if (op === Py_EQ) return boolNew(a === b);
  if (op === Py_NE) return boolNew(a !== b);
  return errSetString(TypeError,
    `'${Py_OpSymbol[op]}' not supported between instances of '${typeNameOf(a)}' and '${typeNameOf(b)}'`);
}

/** PyObject_RichCompareBool: 1, 0, or -1 with an exception set; identity implies equality. */
export function objectRichCompareBool(a: Borrowed, b: Borrowed, op: number): number {
  if (a === b) {
    if (op === Py_EQ) return 1;
    if (op === Py_NE) return 0;
  }
  const r = objectRichCompare(a, b, op);
  if (r === NULL) return -1;
  const t = r === Py_True ? 1 : r === Py_False ? 0 : objectIsTrue(r);
  decref(r);
  return t;
}

/** PyObject_IsTrue: 1, 0, or -1 with an exception set. */
export function objectIsTrue(o: Borrowed): number {
  if (o === Py_True) return 1;
  if (o === Py_False || o === Py_None) return 0;
  const s = slotsOf(o);
  if (s.bool !== null) return s.bool(o);
  if (s.length !== null) {
    const n = s.length(o);
    return n < 0 ? -1 : n > 0 ? 1 : 0;
  }
  return 1;
}

/** PyObject_Length. */
export function objectLength(o: Borrowed): number {
  const f = slotsOf(o).length;
  if (f === null) {
    errSetString(TypeError, `object of type '${typeNameOf(o)}' has no len()`);
    return -1;
  }
  return f(o);
}

/** PyBool_FromLong. */
export function boolNew(v: boolean): Owned {
  const r = v ? Py_True : Py_False;
  incref(r);
  return r as Owned;
}

/** Py_RETURN_NOTIMPLEMENTED. */
export function notImplemented(): Owned {
  incref(Py_NotImplemented);
  return Py_NotImplemented as Owned;
}

/** Py_RETURN_NONE. */
export function noneNew(): Owned {
  incref(Py_None);
  return Py_None as Owned;
}

/** Compares the result of a three-way comparison `c` (<0, 0, >0) according to `op`. */
export function richCompareResult(c: number, op: number): Owned {
  switch (op) {
    case Py_LT: return boolNew(c < 0);
    case Py_LE: return boolNew(c <= 0);
    case Py_EQ: return boolNew(c === 0);
    case Py_NE: return boolNew(c !== 0);
    case Py_GT: return boolNew(c > 0);
    default: return boolNew(c >= 0);
  }
}

// Py_ReprEnter / Py_ReprLeave.
// CPython keeps the objects whose repr is in progress in a list in the thread state's dict; a JS array
// of references plays that part (one per interpreter, reset at start-up).

const reprStack: number[] = [];

/**
 * Py_ReprEnter: 0 when `o` is not being repr'd yet (it is pushed; call reprLeave after), 1 when it
 * already is (write '[...]' or similar instead), -1 on error (never, here).
 */
export function reprEnter(o: Borrowed): number {
  for (let i = reprStack.length - 1; i >= 0; i--) if (reprStack[i] === o) return 1;
  reprStack.push(o);
  return 0;
}

/** Py_ReprLeave: forgets the last entry for `o`. */
export function reprLeave(o: Borrowed): void {
  for (let i = reprStack.length - 1; i >= 0; i--) {
    if (reprStack[i] === o) {
      reprStack.splice(i, 1);
      return;
    }
  }
}

// The trashcan.
// Py_TRASHCAN_BEGIN/END (Objects/object.c _PyTrash_begin/_PyTrash_end): freeing a deeply nested
// container would recurse once per level (decref -> dealloc -> decref ...). Past TRASH_UNWIND_LEVEL
// nested deallocs, a container is parked on a chain (linked through its gc_prev word, which is free once
// the object is untracked) and destroyed when the outermost dealloc unwinds, so the JS stack stays flat.

const TRASH_UNWIND_LEVEL = 50;
let trashNesting = 0;
let trashLater = 0;

/**
 * _PyTrash_begin for a GC container whose count just reached 0: true to run the dealloc body now
 * (call trashcanEnd after it), false when the object was parked for later (return at once).
 * `dealloc` is the caller's own function; a subclass with another dealloc bypasses the trashcan.
 */
export function trashcanBegin(o: Owned, dealloc: (o: Owned) => void): boolean {
  if (typeDealloc[i32[(i32[(o + OB_TYPE) >> 2] + TP_INDEX) >> 2]] !== dealloc) {
    trashNesting++;
    return true;
  }
  if (trashNesting >= TRASH_UNWIND_LEVEL) {
    i32[(o + GC_PREV) >> 2] = trashLater;
    trashLater = o;
    return false;
  }
  trashNesting++;
  return true;
}

/** _PyTrash_end: closes a trashcanBegin that returned true; frees the parked objects at the outermost level. */
export function trashcanEnd(): void {
  trashNesting--;
  if (trashLater !== 0 && trashNesting <= 0) trashDestroyChain();
}

function trashDestroyChain(): void {
  // Keep the nesting above zero so that deallocs run from here park their children instead of recursing.
  trashNesting++;
  while (trashLater !== 0) {
    const o = trashLater;
    trashLater = i32[(o + GC_PREV) >> 2];
    i32[(o + GC_PREV) >> 2] = 0;
    typeDealloc[i32[(i32[(o + OB_TYPE) >> 2] + TP_INDEX) >> 2]](o as Owned);
  }
  trashNesting--;
}

/** Resets the per-interpreter state kept here (repr stack, trashcan, recursion depth) at start-up. */
export function objectStateReset(): void {
  reprStack.length = 0;
  trashNesting = 0;
  trashLater = 0;
  cRecursionRemaining = C_RECURSION_LIMIT;
}

export { errOccurred };
