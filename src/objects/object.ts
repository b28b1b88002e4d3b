// Generic object operations: allocation, repr/str/hash/richcompare/truth dispatch, attribute access
// (generic getattr/setattr with descriptor precedence, _PyObject_GetMethod) and calls from native code.
// Mirrors Objects/object.c (PyObject_Repr, PyObject_Hash, PyObject_RichCompare, PyObject_IsTrue,
// PyObject_GetAttr, PyObject_GenericGetAttr/SetAttr) and the allocation half of Objects/typeobject.c /
// Modules/gcmodule.c (PyObject_New, PyObject_GC_New). Invariants: a new object has count 1 and its type
// set; what sits in front of it (GC header, managed-dict pre-header) follows its type's flags, so
// allocation and freeing agree for builtins and their subclasses alike; GC objects are born untracked.

import { pointerText } from '../support/pointer.ts';
import { i32 } from '../heap/views.ts';
import { alloc, free, freelistPush } from '../heap/alloc.ts';
import {
  OB_REFCNT, OB_TYPE, OB_SIZE, GC_HEAD_SIZE, GC_NEXT, GC_PREV, TP_INDEX, GC_FINALIZED, gcTrack, gcUntrack, gcCounts,
} from '../heap/header.ts';
import { gcOnAlloc } from '../gc/gc.ts';
import { decref, incref, xdecref, typeDealloc, rc } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { H64 } from '../support/hash64.ts';
import { hashPointer } from '../support/numhash.ts';
import {
  typeOf, slotsOf, typeNameOf, typeIsSubtype, typeLookup, typeName, typeModuleName, typeGetAttro, typeGetAttroImpl,
  objectDictPtr, TP_FLAGS, TP_QUALNAME, TP_DICTOFFSET, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_MANAGED_DICT,
  Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_METHOD_DESCRIPTOR, MANAGED_PREHEADER_SIZE, MANAGED_DICT_OFFSET,
  typeEmbedsInstanceDicts,
} from './type.ts';
import { Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT, Py_SwappedOp, Py_OpSymbol } from './compare-op.ts';
import { errNoMemory, errSetString, errOccurred, errExceptionMatches, errClear } from './errors.ts';
import { TypeError, RecursionError, AttributeError, KeyError } from './exceptions.ts';
import { Py_True, Py_False } from './bool.ts';
import { Py_None } from './none.ts';
import { Py_NotImplemented } from './notimplemented.ts';
import { strFromJS, strToJS, isStr, strInternImmortal } from './str.ts';
import { dictNew, dictNewForEmbedding, dictGetItemBorrow, dictSetItem, dictDelItem, dictEmbed, dictShareKeysOf } from './dict.ts';

/**
 * Bytes in front of an object of type `type`: the GC header for GC types, plus the managed
 * dict/weaklist pre-header for classes that add a __dict__ (see type.ts).
 */
function preHeaderSize(type: number): number {
  const f = i32[(type + TP_FLAGS) >> 2];
  return ((f & Py_TPFLAGS_HAVE_GC) !== 0 ? GC_HEAD_SIZE : 0) + ((f & Py_TPFLAGS_MANAGED_DICT) !== 0 ? MANAGED_PREHEADER_SIZE : 0);
}

/**
 * PyObject_New: an object of `size` bytes with count 1, or NULL with MemoryError. The memory in front
 * of it follows its type's flags, so a builtin's allocator works unchanged for a subclass's instances.
 */
export function objectNew(type: Borrowed, size: number): Owned | Null {
  const pre = preHeaderSize(type);
  if (pre !== 0) return allocWithPreHeader(type, size, pre);
  const o = alloc(size);
  if (o === 0) return errNoMemory();
  i32[(o + OB_REFCNT) >> 2] = 1;
  i32[(o + OB_TYPE) >> 2] = type;
  incref(type);
  return o as Owned;
}

function allocWithPreHeader(type: Borrowed, size: number, pre: number): Owned | Null {
  const gc = (i32[(type + TP_FLAGS) >> 2] & Py_TPFLAGS_HAVE_GC) !== 0;
  if (gc) gcOnAlloc();
  const b = alloc(size + pre);
  if (b === 0) return errNoMemory();
  for (let p = b; p < b + pre; p += 4) i32[p >> 2] = 0;
  const o = b + pre;
  i32[(o + OB_REFCNT) >> 2] = 1;
  i32[(o + OB_TYPE) >> 2] = type;
  incref(type);
  if (gc) {
    for (let p = o + 8; p < o + size; p += 4) i32[p >> 2] = 0;
    gcTrack(o);
  }
  return o as Owned;
}

/** PyObject_NewVar: like objectNew, with ob_size set. */
export function objectNewVar(type: Borrowed, size: number, n: number): Owned | Null {
  const o = objectNew(type, size);
  if (o !== NULL) i32[(o + OB_SIZE) >> 2] = n;
  return o;
}

/**
 * PyObject_GC_New + PyObject_GC_Track: a GC object (GC header before the reference) with its fields
 * zeroed, tracked in generation 0 at once (the collector runs only at eval-breaker points and in
 * gc.collect(), and every traverse accepts zeroed fields), or NULL with MemoryError. Counts the
 * allocation towards generation 0's threshold (_PyObject_GC_Link). Untracked during the static phase.
 */
export function objectGCNew(type: Borrowed, size: number): Owned | Null {
  const f = i32[(type + TP_FLAGS) >> 2];
  if ((f & Py_TPFLAGS_MANAGED_DICT) !== 0) return allocWithPreHeader(type, size, GC_HEAD_SIZE + MANAGED_PREHEADER_SIZE);
  gcOnAlloc();
  return objectGCNewUncounted(type, size);
}

/**
 * objectGCNew without counting towards generation 0 (no managed dict): for a block CPython has no
 * object for (an instance's embedded __dict__, which stands for its inline values).
 */
export function objectGCNewUncounted(type: Borrowed, size: number): Owned | Null {
  const b = alloc(size + GC_HEAD_SIZE);
  if (b === 0) return errNoMemory();
  const o = b + GC_HEAD_SIZE;
  i32[(o + GC_NEXT) >> 2] = 0;
  i32[(o + GC_PREV) >> 2] = 0;
  i32[(o + OB_REFCNT) >> 2] = 1;
  i32[(o + OB_TYPE) >> 2] = type;
  for (let p = o + 8; p < o + size; p += 4) i32[p >> 2] = 0;
  incref(type);
  gcTrack(o);
  return o as Owned;
}

/**
 * A GC object of `type` in a block taken off a free list (the block's start; the GC header in front):
 * count 1, a reference to its type, tracked when `track`. Not counted for generation 0: CPython's
 * free-list pops skip _PyObject_GC_Link. The caller writes the fields.
 */
export function objectGCFromFreeBlock(block: number, type: Borrowed, track: boolean): Owned {
  const o = (block + GC_HEAD_SIZE) as Owned;
  i32[(o + GC_NEXT) >> 2] = 0;
  i32[(o + GC_PREV) >> 2] = 0;
  i32[(o + OB_REFCNT) >> 2] = 1;
  i32[(o + OB_TYPE) >> 2] = type;
  incref(type);
  if (track) gcTrack(o);
  return o;
}

/**
 * Puts dead GC object `o` (untracked, no pre-header beyond the GC header) on free list `kind`, dropping
 * its type reference: CPython's free-list pushes, which skip PyObject_GC_Del's count. False (nothing
 * done) when the list is full.
 */
export function objectGCToFreelist(o: Owned, kind: number): boolean {
  if (i32[(o + GC_NEXT) >> 2] !== 0 || !freelistPush(kind, o - GC_HEAD_SIZE)) return false;
  decref(i32[(o + OB_TYPE) >> 2] as Owned);
  return true;
}

/** PyObject_Free (tp_free): frees the memory (and what is in front of it) and drops the reference to its type. */
export function objectFree(o: Owned): void {
  const t = i32[(o + OB_TYPE) >> 2] as Borrowed;
  // A GC type's tp_free is PyObject_GC_Del, which counts the free for generation 0 (a class's
  // instances reach here through object's dealloc).
  if ((i32[(t + TP_FLAGS) >> 2] & Py_TPFLAGS_HAVE_GC) !== 0 && gcCounts[0] > 0) gcCounts[0]--;
  free(o - preHeaderSize(t));
  decref(t);
}

/** PyObject_GC_Del (untracks first if a dealloc left the object tracked; counts the free for generation 0). */
export function objectGCFree(o: Owned): void {
  if (gcCounts[0] > 0) gcCounts[0]--;
  objectGCFreeUncounted(o);
}

/** objectGCFree without the generation-0 count (the pair of objectGCNewUncounted). */
export function objectGCFreeUncounted(o: Owned): void {
  if (i32[(o + GC_NEXT) >> 2] !== 0) gcUntrack(o);
  const t = i32[(o + OB_TYPE) >> 2] as Borrowed;
  const f = i32[(t + TP_FLAGS) >> 2];
  free(o - GC_HEAD_SIZE - ((f & Py_TPFLAGS_MANAGED_DICT) !== 0 ? MANAGED_PREHEADER_SIZE : 0));
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

/**
 * _PyEval_EvalFrameDefault's entry: native code running a Python frame (a function called from native
 * code, a class body, exec, a generator resumed by next()) costs PY_EVAL_C_STACK_UNITS (2) of the C
 * budget, with the plain "maximum recursion depth exceeded"; calls between Python frames cost none.
 * True (RecursionError set) at the limit; else call leaveRecursiveEval after.
 */
export function enterRecursiveEval(): boolean {
  cRecursionRemaining--;
  if (enterRecursiveCall('')) {
    cRecursionRemaining++;
    return true;
  }
  return false;
}

/** The pair of enterRecursiveEval. */
export function leaveRecursiveEval(): void {
  cRecursionRemaining += 2;
}

/**
 * A class called with its `__init__` run as a frame of the caller's loop: what 3.12 charges for it
 * (_PyObject_MakeTpCall's unit, then the eval entry of `__init__`), so recursion through `__init__`
 * stops where CPython's does. True (RecursionError set) at the limit; else leaveRecursiveClassCall after.
 */
export function enterRecursiveClassCall(): boolean {
  if (enterRecursiveCall(' while calling a Python object')) return true;
  if (enterRecursiveEval()) {
    cRecursionRemaining++;
    return true;
  }
  return false;
}

/** The pair of enterRecursiveClassCall. */
export function leaveRecursiveClassCall(): void {
  cRecursionRemaining += 3;
}

/** PyObject_Repr. https://docs.python.org/3/library/functions.html#repr */
export function objectRepr(o: Borrowed): Owned | Null {
  return strResult(objectReprUnchecked(o), '__repr__');
}

/** tp_repr without PyObject_Repr's check of the result (object.__str__ calls tp_repr so). */
export function objectReprUnchecked(o: Borrowed): Owned | Null {
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
  return strResult(r, '__str__');
}

/** PyObject_Repr / PyObject_Str's check: "__repr__ returned non-string (type int)". */
function strResult(r: Owned | Null, what: string): Owned | Null {
  if (r === NULL || isStr(r)) return r;
  errSetString(TypeError, `${what} returned non-string (type ${typeNameOf(r)})`);
  decref(r);
  return NULL;
}

/** object.__repr__: `<T object at 0x...>`, `<module.Qualname object at 0x...>` for classes. */
export function defaultRepr(o: Borrowed): Owned | Null {
  const t = typeOf(o);
  const addr = pointerText(o);
  if ((i32[(t + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) !== 0) {
    const mod = typeModuleName(t);
    if (mod === null) return NULL;
    const qual = strToJS(i32[(t + TP_QUALNAME) >> 2] as Borrowed);
    if (mod !== 'builtins' && mod !== '') return strFromJS(`<${mod}.${qual} object at ${addr}>`);
    return strFromJS(`<${qual} object at ${addr}>`);
  }
  return strFromJS(`<${typeNameOf(o)} object at ${addr}>`);
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
    i32[(o + GC_PREV) >> 2] = trashLater | (i32[(o + GC_PREV) >> 2] & GC_FINALIZED);
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
    trashLater = i32[(o + GC_PREV) >> 2] & ~3;
    i32[(o + GC_PREV) >> 2] &= GC_FINALIZED;
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

// Calls from native code. The eval loop calls with its value stack in place; code that has no heap
// array at hand copies its few arguments into a small temporary block (freed right after).

/** PyObject_Vectorcall: calls through the type's call slot, or TypeError "'X' object is not callable". */
export function objectVectorcall(callable: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const f = slotsOf(callable).call;
  if (f === null) return errSetString(TypeError, `'${typeNameOf(callable)}' object is not callable`);
  return f(callable, args, nargs, kwnames);
}

/** Calls `callable` with `n` (0..4) positional arguments given as JS values (borrowed references). */
export function objectCallArgs(callable: Borrowed, n: number, a0: Borrowed | Null = NULL, a1: Borrowed | Null = NULL,
  a2: Borrowed | Null = NULL, a3: Borrowed | Null = NULL): Owned | Null {
  const f = slotsOf(callable).call;
  if (f === null) return errSetString(TypeError, `'${typeNameOf(callable)}' object is not callable`);
  if (n === 0) return f(callable, 0, 0, NULL);
  const b = alloc(4 * n);
  if (b === 0) return errNoMemory();
  const k = b >> 2;
  i32[k] = a0;
  if (n > 1) i32[k + 1] = a1;
  if (n > 2) i32[k + 2] = a2;
  if (n > 3) i32[k + 3] = a3;
  const r = f(callable, b, n, NULL);
  free(b);
  return r;
}

/** Calls `callable(self, *args[0..nargs))` where args is a heap array: prepends `self` in a temporary block. */
export function objectCallPrepend(callable: Borrowed, self: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const f = slotsOf(callable).call;
  if (f === null) return errSetString(TypeError, `'${typeNameOf(callable)}' object is not callable`);
  const total = nargs + (kwnames === NULL ? 0 : i32[(kwnames + 8) >> 2]);
  const b = alloc(4 * (total + 1));
  if (b === 0) return errNoMemory();
  i32[b >> 2] = self;
  for (let i = 0; i < total; i++) i32[(b >> 2) + 1 + i] = i32[(args >> 2) + i];
  const r = f(callable, b, nargs + 1, kwnames);
  free(b);
  return r;
}

// Attribute access (Objects/object.c: PyObject_GetAttr, PyObject_GenericGetAttr, PyObject_GenericSetAttr,
// _PyObject_GetMethod). Names are str objects; the JS-string forms use interned immortal names.

function attrNameError(name: Borrowed): Null {
  return errSetString(TypeError, `attribute name must be string, not '${typeNameOf(name)}'`);
}

function noAttribute(o: Borrowed, name: Borrowed): Null {
  return errSetString(AttributeError, `'${typeNameOf(o)}' object has no attribute '${strToJS(name)}'`);
}

/**
 * _PyObject_GenericGetAttrWithDict: data descriptors on the type, then the instance __dict__, then
 * non-data descriptors and plain class attributes. With `suppress`, a missing attribute returns NULL
 * with no exception set.
 */
export function objectGenericGetAttrImpl(o: Borrowed, name: Borrowed, suppress: boolean): Owned | Null {
  if (!isStr(name)) return attrNameError(name);
  const tp = typeOf(o);
  const descr = typeLookup(tp, name);
  let get: ((d: Borrowed, obj: Borrowed | Null, t: Borrowed | Null) => Owned | Null) | null = null;
  if (descr !== NULL) {
    incref(descr);
    const ds = slotsOf(descr);
    get = ds.descrGet;
    if (get !== null && ds.descrSet !== null) {
      const r = get(descr, o, tp);
      decref(descr);
      if (r === NULL && suppress && errExceptionMatches(AttributeError)) errClear();
      return r;
    }
  }
  const off = i32[(tp + TP_DICTOFFSET) >> 2];
  if (off !== 0) {
    const d = i32[(o + off) >> 2];
    if (d !== 0) {
      const v = dictGetItemBorrow(d as Borrowed, name);
      if (v !== NULL) {
        incref(v);
        xdecref(descr);
        return v as Owned;
      }
      if (errOccurred() !== NULL) { xdecref(descr); return NULL; }
    }
  }
  if (get !== null) {
    const r = get(descr as Borrowed, o, tp);
    decref(descr as Borrowed);
    if (r === NULL && suppress && errExceptionMatches(AttributeError)) errClear();
    return r;
  }
  if (descr !== NULL) return descr as Owned;
  if (suppress) return NULL;
  return noAttribute(o, name);
}

/** PyObject_GenericGetAttr (object.__getattribute__). */
export function objectGenericGetAttr(o: Borrowed, name: Borrowed): Owned | Null {
  return objectGenericGetAttrImpl(o, name, false);
}

/** PyObject_GenericSetAttr (object.__setattr__ / __delattr__ when value is NULL): 0 / -1. */
export function objectGenericSetAttr(o: Borrowed, name: Borrowed, value: Borrowed | Null): number {
  if (!isStr(name)) { attrNameError(name); return -1; }
  const tp = typeOf(o);
  const descr = typeLookup(tp, name);
  if (descr !== NULL) {
    const set = slotsOf(descr).descrSet;
    if (set !== null) {
      incref(descr);
      const r = set(descr, o, value);
      decref(descr);
      return r;
    }
  }
  const p = objectDictPtr(o);
  if (p === 0) {
    if (descr === NULL) {
      errSetString(AttributeError, `'${typeNameOf(o)}' object has no attribute '${strToJS(name)}'`);
    } else {
      errSetString(AttributeError, `'${typeNameOf(o)}' object attribute '${strToJS(name)}' is read-only`);
    }
    return -1;
  }
  if (o < rc.staticEnd) {
    // A static object (a builtin type's staticmethod ...) is never written after the seal.
    errSetString(TypeError, `cannot set '${strToJS(name)}' attribute of immutable object '${typeNameOf(o)}'`);
    return -1;
  }
  let d = i32[p >> 2];
  if (value === NULL) {
    if (d === 0) { noAttribute(o, name); return -1; }
    const r = dictDelItem(d as Borrowed, name);
    if (r < 0 && errExceptionMatches(KeyError)) {
      errClear();
      noAttribute(o, name);
    }
    return r;
  }
  if (d === 0) {
    d = instanceDictNew(o, p, tp);
    if (d === NULL) return -1;
  }
  return dictSetItem(d as Borrowed, name, value);
}

/**
 * The __dict__ an instance of `tp` gets on its first attribute store, put in its dict slot at address
 * `p` (borrowed: the slot owns it); NULL on MemoryError. Shared with STORE_ATTR's cached path.
 */
export function instanceDictNew(o: Borrowed, p: number, tp: Borrowed): Borrowed | Null {
  // The managed __dict__ of an instance made by object.__new__ starts embedded: traversed through its
  // instance until handed out (dictEmbed), where CPython 3.12 keeps the values inline.
  const embed = p === o + MANAGED_DICT_OFFSET && (i32[(tp + TP_FLAGS) >> 2] & Py_TPFLAGS_MANAGED_DICT) !== 0
    && typeEmbedsInstanceDicts(tp);
  const d = embed ? dictNewForEmbedding() : dictNew();
  if (d === NULL) return NULL;
  // CPython's dict here shares the class's keys (split), which its size counts (dict.ts sharedKeysOf).
  if (p === o + MANAGED_DICT_OFFSET && dictShareKeysOf(d as Borrowed, tp) < 0) {
    decref(d);
    return NULL;
  }
  i32[p >> 2] = d;
  if (embed) dictEmbed(d as Borrowed, o);
  return d as Borrowed;
}

/** PyObject_GetAttr. https://docs.python.org/3/library/functions.html#getattr */
export function objectGetAttr(o: Borrowed, name: Borrowed): Owned | Null {
  if (!isStr(name)) return attrNameError(name);
  const f = slotsOf(o).getattro;
  if (f === null) return objectGenericGetAttrImpl(o, name, false);
  return f(o, name);
}

/** PyObject_GetAttrString: `name` is interned immortal (use it for identifier-like names only). */
export function objectGetAttrJS(o: Borrowed, name: string): Owned | Null {
  return objectGetAttr(o, strInternImmortal(name));
}

/**
 * PyObject_GetOptionalAttr (_PyObject_LookupAttr): the attribute, or NULL with no exception when it
 * is missing (AttributeError swallowed), or NULL with an exception set on other errors.
 */
export function objectLookupAttr(o: Borrowed, name: Borrowed): Owned | Null {
  if (!isStr(name)) return attrNameError(name);
  const f = slotsOf(o).getattro;
  if (f === null || f === objectGenericGetAttr) return objectGenericGetAttrImpl(o, name, true);
  const r = f === typeGetAttro ? typeGetAttroImpl(o, name, true) : f(o, name);
  if (r === NULL && errExceptionMatches(AttributeError)) errClear();
  return r;
}

/** objectLookupAttr with a JS name (interned immortal). */
export function objectLookupAttrJS(o: Borrowed, name: string): Owned | Null {
  return objectLookupAttr(o, strInternImmortal(name));
}

/** PyObject_HasAttr: 1, 0, or -1 with an exception set (3.12 keeps errors other than AttributeError). */
export function objectHasAttr(o: Borrowed, name: Borrowed): number {
  const r = objectLookupAttr(o, name);
  if (r === NULL) return errOccurred() !== NULL ? -1 : 0;
  decref(r);
  return 1;
}

/** PyObject_SetAttr (value NULL deletes): 0 / -1. */
export function objectSetAttr(o: Borrowed, name: Borrowed, value: Borrowed | Null): number {
  if (!isStr(name)) { attrNameError(name); return -1; }
  const f = slotsOf(o).setattro;
  if (f === null) {
    const hasGet = slotsOf(o).getattro !== null;
    errSetString(TypeError, hasGet
      ? `'${typeNameOf(o)}' object has only read-only attributes (${value === NULL ? 'del' : 'assign to'} .${strToJS(name)})`
      : `'${typeNameOf(o)}' object has no attributes (${value === NULL ? 'del' : 'assign to'} .${strToJS(name)})`);
    return -1;
  }
  return f(o, name, value);
}

/** PyObject_SetAttrString with a JS name (interned immortal). */
export function objectSetAttrJS(o: Borrowed, name: string, value: Borrowed | Null): number {
  return objectSetAttr(o, strInternImmortal(name), value);
}

/** PyObject_DelAttr. */
export function objectDelAttr(o: Borrowed, name: Borrowed): number {
  return objectSetAttr(o, name, NULL);
}

/**
 * Set by objectGetMethod: true when the returned attribute is an unbound method (a function or method
 * descriptor found on the type) to be called with the object as first argument; false when the
 * returned value is the attribute itself (already bound, or from the instance dict).
 */
export let objectGetMethodUnbound = false;

/**
 * _PyObject_GetMethod, for LOAD_ATTR's method form: looks `name` up on `o` without making a bound
 * method when the attribute is a plain method. Returns the attribute (owned) or NULL with an exception;
 * read objectGetMethodUnbound right after to know whether to prepend `o` to the arguments.
 */
export function objectGetMethod(o: Borrowed, name: Borrowed): Owned | Null {
  objectGetMethodUnbound = false;
  const tp = typeOf(o);
  const s = slotsOf(o);
  // Every path that may run Python code (a __get__, __getattr__, a key's __eq__) clears the flag
  // again afterwards: that code makes method calls of its own, which set it.
  if (s.getattro !== objectGenericGetAttr || !isStr(name)) {
    const r = objectGetAttr(o, name);
    objectGetMethodUnbound = false;
    return r;
  }
  const descr = typeLookup(tp, name);
  let get: ((d: Borrowed, obj: Borrowed | Null, t: Borrowed | Null) => Owned | Null) | null = null;
  let methFound = false;
  if (descr !== NULL) {
    incref(descr);
    if ((i32[(typeOf(descr) + TP_FLAGS) >> 2] & Py_TPFLAGS_METHOD_DESCRIPTOR) !== 0) {
      methFound = true;
    } else {
      const ds = slotsOf(descr);
      get = ds.descrGet;
      if (get !== null && ds.descrSet !== null) {
        const r = get(descr, o, tp);
        objectGetMethodUnbound = false;
        decref(descr);
        return r;
      }
    }
  }
  const off = i32[(tp + TP_DICTOFFSET) >> 2];
  if (off !== 0) {
    const d = i32[(o + off) >> 2];
    if (d !== 0) {
      const v = dictGetItemBorrow(d as Borrowed, name);
      objectGetMethodUnbound = false;
      if (v !== NULL) {
        incref(v);
        xdecref(descr);
        return v as Owned;
      }
      if (errOccurred() !== NULL) { xdecref(descr); return NULL; }
    }
  }
  if (methFound) {
    objectGetMethodUnbound = true;
    return descr as Owned;
  }
  if (get !== null) {
    const r = get(descr as Borrowed, o, tp);
    objectGetMethodUnbound = false;
    decref(descr as Borrowed);
    return r;
  }
  if (descr !== NULL) return descr as Owned;
  const r = noAttribute(o, name);
  objectGetMethodUnbound = false;
  return r;
}

/** Type name of `t` for messages (re-exported for descriptor files). */
export function objectTypeName(t: Borrowed): string {
  return typeName(t);
}
