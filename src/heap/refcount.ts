// Reference counting: incref, decref and dealloc dispatch.
// Mirrors Py_INCREF / Py_DECREF / _Py_Dealloc of CPython 3.12 (Include/object.h) with PEP 683:
// incref and decref never write the count of an immortal object (bit 31 set), a count that reaches
// 2**31 is immortal from then on, and a count that reaches 0 calls the type's dealloc at once.
// Counting versions are swapped in by refcountCounting, so counters cost nothing when off.

import { i32 } from './views.ts';
import { OB_TYPE, TP_INDEX, IMMORTAL_REFCNT, GC_NEXT, TP_FLAGS_OFFSET, TPFLAGS_HAVE_GC, gcUntrack } from './header.ts';
import type { Borrowed, Owned, Null } from './ref.ts';
import { freelistsClear } from './alloc.ts';

/** dealloc of each type, indexed by the type object's TP_INDEX; registered by objects/type.ts. */
export const typeDealloc: Array<(o: Owned) => void> = [];

/** Reference-count counters (DESIGN.md §8); updated only while counting is on (refcountCounting). */
export const rc = {
  counting: false,
  increfs: 0,
  decrefs: 0,
  increfsSkipped: 0,
  decrefsSkipped: 0,
  /** Deallocations started by a decref that took a mortal count from 1 to 0. */
  deallocs: 0,
  /** Bytes of count words written below staticEnd (in the static region); 0 with immortality on. */
  staticBytesWritten: 0,
  /** End of the static region, set when the heap is sealed. */
  staticEnd: 0,
};

/**
 * Weak reference hooks, installed by objects/weakref.ts. `onDealloc` is non-null only while some object
 * outside a class's managed pre-header is weakly referenced, so deallocation pays one load otherwise.
 * `clearInstance` is PyObject_ClearWeakRefs for subtype_dealloc; `head` reads an object's first weakref.
 */
export const weakrefHooks = {
  onDealloc: null as ((o: number) => void) | null,
  clearInstance: null as ((o: number) => void) | null,
  head: null as ((o: number) => number) | null,
};

/** Py_TPFLAGS_HEAPTYPE (type.ts owns the flags; instances of classes clear their weakrefs in subtype_dealloc). */
const TPFLAGS_HEAPTYPE = 1 << 9;

/**
 * _Py_Dealloc for a count that just reached 0. A tracked GC object is untracked first (CPython's
 * deallocs begin with PyObject_GC_UnTrack), so the collector never sees an object being torn down.
 */
function deallocate(o: Owned): void {
  const t = i32[(o + OB_TYPE) >> 2];
  const f = i32[(t + TP_FLAGS_OFFSET) >> 2];
  if ((f & TPFLAGS_HAVE_GC) !== 0 && i32[(o + GC_NEXT) >> 2] !== 0) gcUntrack(o);
  // Builtin deallocs begin with PyObject_ClearWeakRefs (after the untrack), as func_dealloc/set_dealloc do.
  const wh = weakrefHooks.onDealloc;
  if (wh !== null && (f & TPFLAGS_HEAPTYPE) === 0) wh(o);
  typeDealloc[i32[(t + TP_INDEX) >> 2]](o);
}

function increfPlain(o: Borrowed): void {
  const k = o >> 2;
  const c = i32[k];
  if (c < 0) return;
  i32[k] = c + 1;
}

function decrefPlain(o: Owned | Borrowed): void {
  const k = o >> 2;
  const c = i32[k];
  if (c < 0) return;
  if (c === 1) {
    i32[k] = 0;
    deallocate(o as Owned);
    return;
  }
  i32[k] = c - 1;
}

function increfCounting(o: Borrowed): void {
  const k = o >> 2;
  const c = i32[k];
  if (c < 0) {
    rc.increfsSkipped++;
    return;
  }
  rc.increfs++;
  if (o < rc.staticEnd) rc.staticBytesWritten += 4;
  i32[k] = c + 1;
}

function decrefCounting(o: Owned | Borrowed): void {
  const k = o >> 2;
  const c = i32[k];
  if (c < 0) {
    rc.decrefsSkipped++;
    return;
  }
  rc.decrefs++;
  if (o < rc.staticEnd) rc.staticBytesWritten += 4;
  if (c === 1) {
    rc.deallocs++;
    i32[k] = 0;
    deallocate(o as Owned);
    return;
  }
  i32[k] = c - 1;
}

// The counting versions are swapped in only while counting, so the counters cost nothing when off
// (ESM exports are live bindings: every importer calls whichever pair is installed).

/** Py_INCREF. */
export let incref: (o: Borrowed) => void = increfPlain;

/** Py_DECREF: the owner gives up `o`; at zero, the object is deallocated now. */
export let decref: (o: Owned | Borrowed) => void = decrefPlain;

/** Turns the incref/decref counters on or off. */
export function refcountCounting(on: boolean): void {
  rc.counting = on;
  incref = on ? increfCounting : increfPlain;
  decref = on ? decrefCounting : decrefPlain;
}

/** Py_XDECREF: decref unless NULL. */
export function xdecref(o: Owned | Borrowed | Null): void {
  if (o !== 0) decref(o);
}

/** Py_NewRef: a new reference to a borrowed object. */
export function newRef<T>(o: Borrowed<T>): Owned<T> {
  incref(o);
  return o as Owned<T>;
}

/** Py_XNewRef. */
export function xnewRef<T>(o: Borrowed<T> | Null): Owned<T> | Null {
  if (o !== 0) incref(o);
  return o as Owned<T> | Null;
}

/** Py_REFCNT as sys.getrefcount sees it (an immortal reads as 4294967295). */
export function refcnt(o: Borrowed): number {
  return i32[o >> 2] >>> 0;
}

/** _Py_IsImmortal. */
export function isImmortal(o: Borrowed): boolean {
  return i32[o >> 2] < 0;
}

/** Writes the count of a freshly built object (1 for a new reference). */
export function refcntInit(o: number, count: number): void {
  i32[o >> 2] = count | 0;
}

/** _Py_SetImmortal: used at start-up for static objects and by run-time immortalization. */
export function setImmortal(o: Borrowed): void {
  i32[o >> 2] = IMMORTAL_REFCNT | 0;
}

function releaseType(addr: number): void {
  decref(i32[(addr + OB_TYPE) >> 2] as Owned);
}

/**
 * Frees the blocks kept on the object free lists: at shutdown, before leaks are counted, all of them;
 * in a full collection (`collecting`) those _PyGC_ClearAllFreeLists clears (not the slice cache).
 */
export function freelistsFlush(collecting = false): void {
  freelistsClear(releaseType, collecting);
}
