// The cycle collector: three generations of tracked containers, CPython's thresholds, and a full
// collection (update_refs, subtract_refs, move_unreachable, weakref handling, PEP 442 finalizers,
// resurrection, tp_clear). Mirrors Modules/gcmodule.c of CPython 3.12 (gc_collect_main and helpers).
// Invariants: only mortal GC objects outside the static region are ever linked; a tracked object's
// traverse visits exactly what it owns; the collector runs only at eval-breaker points (3.12's
// _Py_ScheduleGC / _Py_RunGC) or from gc.collect(), never inside an arbitrary native allocation.
// The analysis (update/subtract/move_unreachable) works in place as CPython's does (gc_refs in
// gc_prev, NEXT_MASK_UNREACHABLE in gc_next), so the young and unreachable lists come out in the
// same order; common exact types are traversed inline (no call per edge, no JS allocation).

import { pointerText } from '../support/pointer.ts';
import { i32, u8 } from '../heap/views.ts';
import { alloc, free } from '../heap/alloc.ts';
import {
  GC_NEXT, GC_PREV, GC_FINALIZED, GC_COLLECTING, gcCounts, gcSetYoungHead, gcUntrack, OB_TYPE, OB_SIZE,
} from '../heap/header.ts';
import { incref, decref, freelistsFlush } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { tstate, errFetch, errSetRaised } from '../objects/errors.ts';
import { interruptFlag } from '../vm/state.ts';

/** The interruptFlag bit that asks the eval loop to run a scheduled collection (the eval breaker's GC bit). */
export const EVAL_GC_BIT = 2;

// Type-object layout constants (objects/type.ts owns them; repeated here to keep gc below objects/).
const TP_FLAGS = 28;
const TP_INDEX = 12;
const HAVE_GC = 1 << 14;
const HEAPTYPE = 1 << 9;
const MANAGED_DICT_OFFSET = -16;
const TYPE_SUBCLASS = 1 << 31;

/** The per-type functions the collector needs, indexed by TP_INDEX (installed by gcInstallTypeHooks). */
export interface GCTypeView {
  traverse(o: number): ((o: Borrowed, visit: (o: Borrowed, arg: unknown) => number, arg: unknown) => number) | null;
  clear(o: number): ((o: Borrowed) => number) | null | undefined;
  finalize(o: number): ((o: Borrowed) => void) | null;
  /** How the collector traverses instances of type `t` (a GC_KIND_* constant): inline for common exact types. */
  traverseKind(t: number): number;
  /** Layout of the types traversed inline (objects/list.ts, tuple.ts, dict.ts own it). */
  layout: GCLayout;
  typeName(o: number): string;
  /** PyList_Append for gc.garbage (0 / -1). */
  listAppend(l: number, v: number): number;
  listNew(): Owned | Null;
  /** Calls `cb(phase, info)` for gc.callbacks; returns 0 or -1 with an exception set. */
  callCallback(cb: number, phase: string, generation: number, collected: number, uncollectable: number): number;
  listItems(l: number): number[];
  writeUnraisable(obj: number, where: string): void;
  writeErr(text: string): void;
}

/** Type objects and field offsets the analysis reads directly (see traverseDecref). */
export interface GCLayout {
  listType: number;
  tupleType: number;
  dictType: number;
  listItems: number;
  tupleItems: number;
  maKeys: number;
  dkKind: number;
  dkNentries: number;
  dkIndices: number;
  dkLog2IndexBytes: number;
  dictKeysGeneral: number;
}

let view: GCTypeView | null = null;

// The layout the inline traversal reads, as constants (checked against the owners' at install).
const LIST_ITEMS = 12, TUPLE_ITEMS = 12, MA_KEYS = 12, DK_KIND = 6, DK_NENTRIES = 16, DK_INDICES = 24,
  DK_LOG2_INDEX_BYTES = 5, DICT_KEYS_GENERAL = 0;
let listType = -1, tupleType = -1, dictType = -1;

/** Installs the type-specific helpers (objects/ and modules/ code; see src/gc/types.ts). */
export function gcInstallTypeView(v: GCTypeView): void {
  const L = v.layout;
  if (L.listItems !== LIST_ITEMS || L.tupleItems !== TUPLE_ITEMS || L.maKeys !== MA_KEYS || L.dkKind !== DK_KIND
    || L.dkNentries !== DK_NENTRIES || L.dkIndices !== DK_INDICES || L.dkLog2IndexBytes !== DK_LOG2_INDEX_BYTES
    || L.dictKeysGeneral !== DICT_KEYS_GENERAL) {
    throw new Error('gc: list/tuple/dict layout changed; update the constants in src/gc/gc.ts');
  }
  view = v;
  listType = L.listType;
  tupleType = L.tupleType;
  dictType = L.dictType;
}

/** Weak reference handling during a collection (src/objects/weakref.ts installs it). */
export const gcWeakrefHooks = {
  /** handle_weakrefs(unreachable, old): clears weakrefs to garbage, calls callbacks; returns weakrefs freed. */
  handle: null as ((unreachable: number, old: number) => number) | null,
  /** Clears the weak references to `o` (no callbacks), for runtime immortalization and shutdown. */
  clearAll: null as ((o: number) => void) | null,
};

export const DEBUG_STATS = 1;
export const DEBUG_COLLECTABLE = 2;
export const DEBUG_UNCOLLECTABLE = 4;
export const DEBUG_SAVEALL = 32;
export const DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

const NUM_GENERATIONS = 3;

/** The collector's state (GCState in CPython). Heads are pseudo-object references (see header.ts). */
export const gcState = {
  enabled: true,
  debug: 0,
  thresholds: [700, 10, 10],
  /** List heads: generations 0..2, permanent, then scratch heads (unreachable, still unreachable, wr callbacks, seen). */
  heads: [0, 0, 0, 0, 0, 0, 0, 0],
  headBlock: 0,
  collecting: false,
  scheduled: false,
  /**
   * -X gc_stress: a collection after every GC allocation, with thresholds (1, 10, 10) and no
   * long-lived heuristic (so generation 2 every 121 of them); see gcCollectStress.
   */
  stress: false,
  longLivedTotal: 0,
  longLivedPending: 0,
  /** Per generation: collections, collected, uncollectable (gc.get_stats). */
  stats: [[0, 0, 0], [0, 0, 0], [0, 0, 0]],
  /** gc.garbage and gc.callbacks (owned lists), 0 before gcInit. */
  garbage: 0,
  callbacks: 0,
  /** Collections run (all generations), for -X stats. */
  totalCollections: 0,
  /** Objects whose gc_refs went below zero in subtract_refs (a traverse visiting what it doesn't own). */
  badTraversals: 0,
  /** Traverse list, tuple, dict and plain instances inline (false: through their slots; tests compare both). */
  inlineTraverse: true,
  /** Objects made immortal by gc.immortalize(), freed at shutdown by gcImmortalFini (src/gc/immortalize.ts). */
  immortals: [] as number[],
};

const PERMANENT = 3;
const H_UNREACHABLE = 4;
const H_STILL = 5;
const H_SEEN = 7;

// List primitives on pseudo-object references (gc_prev's low two bits are flags and are preserved).

function nextOf(g: number): number { return i32[(g + GC_NEXT) >> 2]; }
function prevOf(g: number): number { return i32[(g + GC_PREV) >> 2] & ~3; }
function setPrev(g: number, p: number): void { i32[(g + GC_PREV) >> 2] = (i32[(g + GC_PREV) >> 2] & 3) | p; }

function listInit(h: number): void {
  i32[(h + GC_NEXT) >> 2] = h;
  i32[(h + GC_PREV) >> 2] = h;
}

export function gcListIsEmpty(h: number): boolean {
  return nextOf(h) === h;
}

/** gc_list_move: unlinks `g` and appends it to list `h`. */
export function gcListMove(g: number, h: number): void {
  const p = prevOf(g), n = nextOf(g);
  i32[(p + GC_NEXT) >> 2] = n;
  setPrev(n, p);
  const last = prevOf(h);
  i32[(last + GC_NEXT) >> 2] = g;
  setPrev(g, last);
  i32[(g + GC_NEXT) >> 2] = h;
  setPrev(h, g);
}

/** gc_list_merge: appends list `from` to list `to`; `from` becomes empty. */
function listMerge(from: number, to: number): void {
  if (!gcListIsEmpty(from)) {
    const tail = prevOf(to);
    const first = nextOf(from), last = prevOf(from);
    i32[(tail + GC_NEXT) >> 2] = first;
    setPrev(first, tail);
    i32[(last + GC_NEXT) >> 2] = to;
    setPrev(to, last);
  }
  listInit(from);
}

function listSize(h: number): number {
  let n = 0;
  for (let g = nextOf(h); g !== h; g = nextOf(g)) n++;
  return n;
}

/** _PyObject_IS_GC: the type has HAVE_GC, and a type object is GC only when it is a heap type. */
export function gcIsGC(o: number): boolean {
  const t = i32[(o + OB_TYPE) >> 2];
  const f = i32[(t + TP_FLAGS) >> 2];
  if ((f & HAVE_GC) === 0) return false;
  if ((f & TYPE_SUBCLASS) !== 0 && (i32[(o + TP_FLAGS) >> 2] & HEAPTYPE) === 0) return false;
  return true;
}

/** The generation heads (gc.get_objects, get_referrers); tests may read them too. */
export function gcGenerationHead(i: number): number {
  return gcState.heads[i];
}

// Start-up and shutdown.

/** Allocates the list heads and turns tracking on (after the static region is sealed). */
export function gcInit(): void {
  const block = alloc(8 * gcState.heads.length);
  if (block === 0) throw new Error('heap too small to start the runtime');
  gcState.headBlock = block;
  for (let i = 0; i < gcState.heads.length; i++) {
    const h = block + 8 * i + 8;
    gcState.heads[i] = h;
    listInit(h);
  }
  gcState.enabled = true;
  gcState.debug = 0;
  gcState.thresholds = [700, 10, 10];
  gcState.collecting = false;
  gcState.scheduled = false;
  gcState.longLivedTotal = gcState.longLivedPending = 0;
  gcState.stats = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
  gcState.totalCollections = 0;
  gcState.badTraversals = 0;
  gcState.immortals = [];
  gcCounts.fill(0);
  gcSetYoungHead(gcState.heads[0]);
  gcState.garbage = view!.listNew();
  gcState.callbacks = view!.listNew();
  if (gcState.garbage === 0 || gcState.callbacks === 0) throw new Error('heap too small to start the runtime');
}

/** Releases gc.garbage and gc.callbacks (their contents were collected by then or are reported as leaks). */
export function gcReleaseLists(): void {
  const g = gcState.garbage, c = gcState.callbacks;
  gcState.garbage = gcState.callbacks = 0;
  if (g !== 0) decref(g as Borrowed);
  if (c !== 0) decref(c as Borrowed);
}

/** Unlinks every object still tracked (leaks, reported by the shutdown's block count), turns tracking off, frees the heads. */
export function gcFini(): void {
  if (gcState.headBlock === 0) return;
  const dbg = typeof process !== 'undefined' && process.env.IMMORTAL_GC_DEBUG === '1';
  for (const h of gcState.heads) {
    while (!gcListIsEmpty(h)) {
      const o = nextOf(h);
      if (dbg) view!.writeErr(`gc: still tracked at shutdown: <${view!.typeName(o)} 0x${o.toString(16)}> refcnt ${i32[o >> 2]}\n`);
      gcUntrack(o);
    }
  }
  gcSetYoungHead(0);
  free(gcState.headBlock);
  gcState.headBlock = 0;
  gcState.heads.fill(0);
}

/** Number of objects in every generation list and the permanent one (tests; -X stats). */
export function gcTrackedCount(): number {
  let n = 0;
  for (let i = 0; i <= PERMANENT; i++) n += listSize(gcState.heads[i]);
  return n;
}

// Scheduling (_PyObject_GC_Link, _Py_ScheduleGC, _Py_RunGC).

/** Called for every GC allocation: counts it and schedules a collection past the threshold. */
export function gcOnAlloc(): void {
  const c = ++gcCounts[0];
  if ((gcState.stress || (c > gcState.thresholds[0] && gcState.thresholds[0] !== 0 && gcState.enabled))
    && !gcState.collecting && tstate.exc === 0 && gcState.headBlock !== 0 && (interruptFlag[0] & EVAL_GC_BIT) === 0) {
    gcState.scheduled = true;
    Atomics.or(interruptFlag, 0, EVAL_GC_BIT);
  }
}

/** _Py_RunGC: the eval loop saw EVAL_GC_BIT; collects the generations whose counts exceed their thresholds. */
export function gcRunScheduled(): void {
  gcState.scheduled = false;
  if (gcState.collecting || gcState.headBlock === 0) return;
  const saved = errFetch();
  if (gcState.stress) gcCollectStress();
  else gcCollectGenerations();
  errSetRaised(saved);
}

/** gc_collect_generations: the oldest generation over its threshold (with the long-lived heuristic for 2). */
function gcCollectGenerations(): number {
  for (let i = NUM_GENERATIONS - 1; i >= 0; i--) {
    if (gcCounts[i] > gcState.thresholds[i]) {
      if (i === NUM_GENERATIONS - 1 && gcState.longLivedPending < gcState.longLivedTotal / 4) continue;
      return gcCollectWithCallback(i);
    }
  }
  return 0;
}

/**
 * -X gc_stress's schedule: like gc.set_threshold(1, 10, 10) without the long-lived heuristic.
 * Young objects meet a collection at every allocation and every object a full one every 121
 * allocations; a full collection at every allocation would make programs that fill the heap
 * (errors/memory_*.py) quadratic.
 */
function gcCollectStress(): number {
  for (let i = NUM_GENERATIONS - 1; i > 0; i--) {
    if (gcCounts[i] > 10) return gcCollectWithCallback(i);
  }
  return gcCollectWithCallback(0);
}

// The analysis (deduce_unreachable), in place as in CPython: while it runs, gc_prev of an object of
// the examined list holds gc_refs << 2 | flags, and an object moved to the unreachable list has bit 0
// of gc_next set (NEXT_MASK_UNREACHABLE) and a real gc_prev link. No JS allocation per object: the
// common exact types (list, tuple, dict, instances of plain classes with a managed __dict__) are
// traversed inline, visiting in exactly the order of their traverse slots (the order decides where
// move_unreachable puts objects); every other type goes through its slot.

const NEXT_MASK_UNREACHABLE = 1;
const REFS_ONE = 4;
const MAX_REFS = (1 << 29) - 1;

/** Traversal kinds a GCTypeView.traverseKind returns (0 = not classified yet, in the cache). */
export const GC_KIND_NONE = 1, GC_KIND_GENERIC = 2, GC_KIND_LIST = 3, GC_KIND_TUPLE = 4, GC_KIND_DICT = 5,
  GC_KIND_INSTANCE = 6;

/** Kind per TP_INDEX, filled lazily during one analysis and reset before the next (indices are reused). */
let kinds = new Uint8Array(1024);
/** Exact dicts kept in young by a full collection's move_unreachable (candidates for untrack_dicts). */
let dictsSeen = new Int32Array(1024);
let nDicts = 0;
/** gcState.inlineTraverse, read once per analysis (deduceUnreachable). */
let inlineTraverse = true;
/** move_unreachable's young list: its head and its current tail (visitReachable appends there). */
let youngHead = 0, youngTail = 0;

function kindOf(t: number): number {
  const idx = i32[(t + TP_INDEX) >> 2];
  if (idx >= kinds.length) {
    const k = new Uint8Array(Math.max(2 * kinds.length, idx + 1));
    k.set(kinds);
    kinds = k;
  }
  let k = kinds[idx];
  if (k === 0) kinds[idx] = k = view!.traverseKind(t);
  return k;
}

/** _PyObject_IS_GC on the heap view `m` (gcIsGC, for the hot loops). */
function isGC(m: Int32Array, o: number): boolean {
  const t = m[(o + OB_TYPE) >> 2];
  const f = m[(t + TP_FLAGS) >> 2];
  if ((f & HAVE_GC) === 0) return false;
  return (f & TYPE_SUBCLASS) === 0 || (m[(o + TP_FLAGS) >> 2] & HEAPTYPE) !== 0;
}

/** visit_decref: one reference from inside the set. */
function decrefIn(m: Int32Array, o: number): void {
  const a = (o + GC_PREV) >> 2;
  const pw = m[a];
  if ((pw & GC_COLLECTING) !== 0 && isGC(m, o)) m[a] = pw - REFS_ONE;
}

/** visit_reachable: `o` is reachable; a tentatively unreachable object moves back to young's tail. */
function reachIn(m: Int32Array, o: number): void {
  const a = (o + GC_PREV) >> 2;
  const pw = m[a];
  if ((pw & GC_COLLECTING) === 0 || !isGC(m, o)) return;
  const nx = m[(o + GC_NEXT) >> 2];
  if ((nx & NEXT_MASK_UNREACHABLE) !== 0) {
    const prev = pw & ~3;
    m[(prev + GC_NEXT) >> 2] = nx; // keeps the mask
    const next = nx & ~NEXT_MASK_UNREACHABLE;
    m[(next + GC_PREV) >> 2] = (m[(next + GC_PREV) >> 2] & 3) | prev;
    m[(youngTail + GC_NEXT) >> 2] = o;
    m[(o + GC_NEXT) >> 2] = youngHead;
    m[a] = REFS_ONE | (pw & 3);
    youngTail = o;
  } else if ((pw >> 2) === 0) {
    m[a] = pw | REFS_ONE;
  }
}

function visitDecref(o: Borrowed): number {
  decrefIn(i32, o);
  return 0;
}

function visitReachable(o: Borrowed): number {
  reachIn(i32, o);
  return 0;
}

/**
 * Whether the managed dict `d` of instance `o` is embedded in it (objects/dict.ts, dictEmbeddedIn):
 * untracked, marked with its owner in gc_prev, and referenced only from the instance's slot. Its
 * keys and values are then visited as the instance's own; otherwise the dict itself is visited.
 */
function isEmbedded(m: Int32Array, d: number, o: number): boolean {
  return m[(d + GC_NEXT) >> 2] === 0 && (m[(d + GC_PREV) >> 2] & ~3) === o && m[d >> 2] === 1;
}

/** dict_traverse(d, visit_decref) (an exact dict, or the embedded dict of an instance). */
function dictDecref(m: Int32Array, d: number): void {
  const b = u8;
  const k = m[(d + MA_KEYS) >> 2];
  const general = b[k + DK_KIND] === DICT_KEYS_GENERAL;
  const es = general ? 16 : 8;
  const n = m[(k + DK_NENTRIES) >> 2];
  let ep = k + DK_INDICES + (1 << b[k + DK_LOG2_INDEX_BYTES]) + es - 8;
  for (let i = 0; i < n; i++, ep += es) {
    const value = m[(ep + 4) >> 2];
    if (value === 0) continue;
    decrefIn(m, value);
    if (general) decrefIn(m, m[ep >> 2]);
  }
}

/** dict_traverse(d, visit_reachable); keep in step with dictDecref. */
function dictReach(m: Int32Array, d: number): void {
  const b = u8;
  const k = m[(d + MA_KEYS) >> 2];
  const general = b[k + DK_KIND] === DICT_KEYS_GENERAL;
  const es = general ? 16 : 8;
  const n = m[(k + DK_NENTRIES) >> 2];
  let ep = k + DK_INDICES + (1 << b[k + DK_LOG2_INDEX_BYTES]) + es - 8;
  for (let i = 0; i < n; i++, ep += es) {
    const value = m[(ep + 4) >> 2];
    if (value === 0) continue;
    reachIn(m, value);
    if (general) reachIn(m, m[ep >> 2]);
  }
}

/**
 * subtract_refs for one object: tp_traverse(o, visit_decref), common exact types inlined (same order as
 * their slots). traverseReach is its twin for move_unreachable: folding the two into one function with a
 * per-edge mode test measured 5-8% slower pauses (1e5 and 1e6 objects), so they stay separate.
 */
function traverseDecref(o: number): void {
  const m = i32;
  const t = m[(o + OB_TYPE) >> 2];
  if (!inlineTraverse) {
    const tr = view!.traverse(o);
    if (tr !== null) tr(o as Borrowed, visitDecref, null);
  } else if (t === listType) {
    const items = m[(o + LIST_ITEMS) >> 2] >> 2;
    for (let i = m[(o + OB_SIZE) >> 2] - 1; i >= 0; i--) {
      const v = m[items + i];
      if (v !== 0) decrefIn(m, v);
    }
  } else if (t === dictType) {
    dictDecref(m, o);
  } else if (t === tupleType) {
    const items = (o + TUPLE_ITEMS) >> 2;
    for (let i = m[(o + OB_SIZE) >> 2] - 1; i >= 0; i--) {
      const v = m[items + i];
      if (v !== 0) decrefIn(m, v);
    }
  } else {
    const k = kindOf(t);
    if (k === GC_KIND_INSTANCE) {
      const d = m[(o + MANAGED_DICT_OFFSET) >> 2];
      if (d !== 0) {
        if (isEmbedded(m, d, o)) dictDecref(m, d);
        else decrefIn(m, d);
      }
      decrefIn(m, t);
    } else if (k !== GC_KIND_NONE) {
      const tr = view!.traverse(o);
      if (tr !== null) tr(o as Borrowed, visitDecref, null);
    }
  }
}

/** move_unreachable for one object: tp_traverse(o, visit_reachable); keep in step with traverseDecref. */
function traverseReach(o: number): void {
  const m = i32;
  const t = m[(o + OB_TYPE) >> 2];
  if (!inlineTraverse) {
    const tr = view!.traverse(o);
    if (tr !== null) tr(o as Borrowed, visitReachable, null);
  } else if (t === listType) {
    const items = m[(o + LIST_ITEMS) >> 2] >> 2;
    for (let i = m[(o + OB_SIZE) >> 2] - 1; i >= 0; i--) {
      const v = m[items + i];
      if (v !== 0) reachIn(m, v);
    }
  } else if (t === dictType) {
    dictReach(m, o);
  } else if (t === tupleType) {
    const items = (o + TUPLE_ITEMS) >> 2;
    for (let i = m[(o + OB_SIZE) >> 2] - 1; i >= 0; i--) {
      const v = m[items + i];
      if (v !== 0) reachIn(m, v);
    }
  } else {
    const k = kindOf(t);
    if (k === GC_KIND_INSTANCE) {
      const d = m[(o + MANAGED_DICT_OFFSET) >> 2];
      if (d !== 0) {
        if (isEmbedded(m, d, o)) dictReach(m, d);
        else reachIn(m, d);
      }
      reachIn(m, t);
    } else if (k !== GC_KIND_NONE) {
      const tr = view!.traverse(o);
      if (tr !== null) tr(o as Borrowed, visitReachable, null);
    }
  }
}

/** _PyObject_GC_MAY_BE_TRACKED: a GC object, and for an exact tuple, one that is still tracked. */
function mayBeTracked(o: number): boolean {
  if (!gcIsGC(o)) return false;
  if (i32[(o + OB_TYPE) >> 2] === tupleType) return i32[(o + GC_NEXT) >> 2] !== 0;
  return true;
}

/** Whether no item of the exact tuple `o` may be tracked (untrack_tuples' test). */
function tupleIsAtomic(o: number): boolean {
  const items = (o + TUPLE_ITEMS) >> 2;
  const n = i32[(o + OB_SIZE) >> 2];
  for (let i = 0; i < n; i++) {
    const v = i32[items + i];
    if (v !== 0 && mayBeTracked(v)) return false;
  }
  return true;
}

const DICT_TRACKED = 0, DICT_MAYBE = 1, DICT_ATOMIC = 2;

/**
 * untrack_dicts' test on the exact dict `o`: DICT_ATOMIC when no key or value may be tracked,
 * DICT_TRACKED when one is a GC object other than an exact tuple (that never changes), DICT_MAYBE
 * when only tracked exact tuples stand in the way (untrack_tuples may still untrack them).
 */
function dictAtomicity(o: number): number {
  const k = i32[(o + MA_KEYS) >> 2];
  const general = u8[k + DK_KIND] === DICT_KEYS_GENERAL;
  const es = general ? 16 : 8;
  const n = i32[(k + DK_NENTRIES) >> 2];
  let ep = k + DK_INDICES + (1 << u8[k + DK_LOG2_INDEX_BYTES]) + es - 8;
  let r = DICT_ATOMIC;
  for (let i = 0; i < n; i++, ep += es) {
    const value = i32[(ep + 4) >> 2];
    if (value === 0) continue;
    for (let j = 0; j < 2; j++) {
      const v = j === 0 ? i32[ep >> 2] : value;
      if (!gcIsGC(v)) continue;
      if (i32[(v + OB_TYPE) >> 2] !== tupleType) return DICT_TRACKED;
      if (i32[(v + GC_NEXT) >> 2] !== 0) r = DICT_MAYBE;
    }
  }
  return r;
}

/**
 * deduce_unreachable: splits list `young` into the objects reachable from outside it (left in
 * `young`, COLLECTING cleared) and the rest (appended to `unreachable`, COLLECTING set). Immortal
 * objects met on the way move to the permanent generation (3.12's update_refs). With `untrack` 1,
 * untrack_tuples runs fused with move_unreachable (the same order: an object's place in young is
 * final when move_unreachable keeps it); with 2 (full collections), so does untrack_dicts for dicts
 * whose contents decide it already; those holding tracked tuples are noted for untrackDicts.
 * Returns the number of objects left in young.
 */
function deduceUnreachable(young: number, unreachable: number, untrack: number): number {
  const m = i32;
  kinds.fill(0);
  nDicts = 0;
  inlineTraverse = gcState.inlineTraverse;
  // update_refs
  const permanent = gcState.heads[PERMANENT];
  for (let g = m[(young + GC_NEXT) >> 2]; g !== young;) {
    const nx = m[(g + GC_NEXT) >> 2];
    const c = m[g >> 2];
    if (c < 0) {
      gcListMove(g, permanent);
    } else {
      m[(g + GC_PREV) >> 2] = ((c > MAX_REFS ? MAX_REFS : c) << 2) | GC_COLLECTING | (m[(g + GC_PREV) >> 2] & GC_FINALIZED);
    }
    g = nx;
  }
  // subtract_refs
  for (let g = m[(young + GC_NEXT) >> 2]; g !== young; g = m[(g + GC_NEXT) >> 2]) traverseDecref(g);
  // move_unreachable
  youngHead = young;
  youngTail = prevOf(young);
  let prev = young, kept = 0;
  for (let g = m[(young + GC_NEXT) >> 2]; g !== young; g = m[(prev + GC_NEXT) >> 2]) {
    const pw = m[(g + GC_PREV) >> 2];
    if ((pw >> 2) !== 0) {
      if (pw < 0) gcState.badTraversals++;
      traverseReach(g);
      const t = m[(g + OB_TYPE) >> 2];
      let atomicity = DICT_TRACKED;
      if (untrack !== 0 && ((t === tupleType && tupleIsAtomic(g))
        || (untrack === 2 && t === dictType && (atomicity = dictAtomicity(g)) === DICT_ATOMIC))) {
        // untrack_tuples / untrack_dicts: leaves the list (gcUntrack's effect) instead of being linked.
        // Untracking a dict early changes no other decision (a dict always "may be tracked").
        m[(prev + GC_NEXT) >> 2] = m[(g + GC_NEXT) >> 2];
        m[(g + GC_NEXT) >> 2] = 0;
        m[(g + GC_PREV) >> 2] = pw & GC_FINALIZED;
        continue;
      }
      m[(g + GC_PREV) >> 2] = prev | (pw & GC_FINALIZED);
      prev = g;
      kept++;
      if (atomicity === DICT_MAYBE) {
        if (nDicts === dictsSeen.length) {
          const d = new Int32Array(2 * nDicts);
          d.set(dictsSeen);
          dictsSeen = d;
        }
        dictsSeen[nDicts++] = g;
      }
    } else {
      // Tentatively unreachable: to the tail of `unreachable`, marked in gc_next.
      m[(prev + GC_NEXT) >> 2] = m[(g + GC_NEXT) >> 2];
      const last = prevOf(unreachable);
      m[(last + GC_NEXT) >> 2] = g | NEXT_MASK_UNREACHABLE;
      m[(g + GC_PREV) >> 2] = last | (pw & 3);
      m[(g + GC_NEXT) >> 2] = unreachable | NEXT_MASK_UNREACHABLE;
      setPrev(unreachable, g);
    }
  }
  setPrev(young, prev);
  for (let g = unreachable; ;) {
    const a = (g + GC_NEXT) >> 2;
    const nx = m[a] & ~NEXT_MASK_UNREACHABLE;
    m[a] = nx;
    if (nx === unreachable) break;
    g = nx;
  }
  return kept;
}

/**
 * _PyTuple_MaybeUntrack for constants: untracks the exact tuple `t` when no item may be tracked.
 * The compiler's tuple constants live as long as their code object and CPython's collector untracks
 * them at its first collection (in practice before the code runs: start-up and compiling allocate far
 * more than 700 containers), so gc.is_tracked((1, 2)) is False there; doing it at creation gives the
 * same answer without depending on when a collection happens.
 */
export function gcTupleMaybeUntrack(t: number): void {
  if (i32[(t + GC_NEXT) >> 2] !== 0 && i32[(t + OB_TYPE) >> 2] === tupleType && tupleIsAtomic(t)) gcUntrack(t);
}

/** untrack_dicts (full collections only) for the dicts deduceUnreachable could not decide: after untrack_tuples. */
function untrackDicts(): number {
  let n = 0;
  for (let i = 0; i < nDicts; i++) {
    const d = dictsSeen[i];
    if (dictAtomicity(d) === DICT_ATOMIC) {
      gcUntrack(d);
      n++;
    }
  }
  nDicts = 0;
  return n;
}

function clearCollecting(h: number): void {
  for (let g = nextOf(h); g !== h; g = nextOf(g)) i32[(g + GC_PREV) >> 2] &= ~GC_COLLECTING;
}

/** finalize_garbage: tp_finalize (__del__, generator close) once per object (PEP 442). */
function finalizeGarbage(collectable: number): void {
  const v = view!;
  const seen = gcState.heads[H_SEEN];
  listInit(seen);
  while (!gcListIsEmpty(collectable)) {
    const g = nextOf(collectable);
    gcListMove(g, seen);
    if ((i32[(g + GC_PREV) >> 2] & GC_FINALIZED) !== 0) continue;
    const fin = v.finalize(g);
    if (fin === null) continue;
    i32[(g + GC_PREV) >> 2] |= GC_FINALIZED;
    incref(g as Borrowed);
    fin(g as Borrowed);
    decref(g as Borrowed);
  }
  listMerge(seen, collectable);
}

/** delete_garbage: tp_clear on each object (or save it in gc.garbage with DEBUG_SAVEALL). */
function deleteGarbage(collectable: number, old: number): void {
  const v = view!;
  while (!gcListIsEmpty(collectable)) {
    const g = nextOf(collectable);
    if ((gcState.debug & DEBUG_SAVEALL) !== 0) {
      if (gcState.garbage !== 0 && v.listAppend(gcState.garbage, g) < 0) { const e = errFetch(); if (e !== NULL) decref(e); }
    } else {
      const clear = v.clear(g);
      if (clear !== null && clear !== undefined) {
        incref(g as Borrowed);
        clear(g as Borrowed);
        if (tstate.exc !== 0) v.writeUnraisable(i32[(g + OB_TYPE) >> 2], 'Exception ignored in tp_clear of');
        decref(g as Borrowed);
      }
    }
    if (nextOf(collectable) === g) {
      // Still alive (no tp_clear, or something else holds it): it may die later.
      i32[(g + GC_PREV) >> 2] &= ~GC_COLLECTING;
      gcListMove(g, old);
    }
  }
}

function debugCycle(msg: string, o: number): void {
  view!.writeErr(`gc: ${msg} <${view!.typeName(o)} ${pointerText(o)}>\n`);
}

/** gc_collect_main: collects `generation` and the younger ones; returns [collected, uncollectable]. */
function collectMain(generation: number): [number, number] {
  const heads = gcState.heads;
  let t0 = 0;
  if ((gcState.debug & DEBUG_STATS) !== 0) {
    view!.writeErr(`gc: collecting generation ${generation}...\n`);
    view!.writeErr(`gc: objects in each generation: ${listSize(heads[0])} ${listSize(heads[1])} ${listSize(heads[2])}\n`);
    view!.writeErr(`gc: objects in permanent generation: ${listSize(heads[PERMANENT])}\n`);
    t0 = performance.now();
  }
  if (generation + 1 < NUM_GENERATIONS) gcCounts[generation + 1]++;
  for (let i = 0; i <= generation; i++) gcCounts[i] = 0;
  for (let i = 0; i < generation; i++) listMerge(heads[i], heads[generation]);
  const young = heads[generation];
  const old = generation < NUM_GENERATIONS - 1 ? heads[generation + 1] : young;
  const unreachable = heads[H_UNREACHABLE];
  listInit(unreachable);
  // untrack_tuples runs inside deduceUnreachable, untrack_dicts (full collections) right after it.
  const kept = deduceUnreachable(young, unreachable, young !== old ? 1 : 2);
  if (young !== old) {
    if (generation === NUM_GENERATIONS - 2) gcState.longLivedPending += kept;
    listMerge(young, old);
  } else {
    const untracked = untrackDicts();
    gcState.longLivedPending = 0;
    gcState.longLivedTotal = kept - untracked;
  }
  // No legacy (tp_del) finalizers exist here, so nothing is uncollectable.
  if ((gcState.debug & DEBUG_COLLECTABLE) !== 0) {
    for (let g = nextOf(unreachable); g !== unreachable; g = nextOf(g)) debugCycle('collectable', g);
  }
  let m = 0;
  if (gcWeakrefHooks.handle !== null) m += gcWeakrefHooks.handle(unreachable, old);
  finalizeGarbage(unreachable);
  // handle_resurrected_objects: what a finalizer made reachable again goes to the old generation.
  clearCollecting(unreachable);
  const still = heads[H_STILL];
  listInit(still);
  deduceUnreachable(unreachable, still, 0);
  listMerge(unreachable, old);
  m += listSize(still);
  deleteGarbage(still, old);
  // A full collection also empties the object free lists (_PyGC_ClearAllFreeLists).
  if (generation === NUM_GENERATIONS - 1) freelistsFlush(true);
  const n = 0;
  if ((gcState.debug & DEBUG_STATS) !== 0) {
    const secs = (performance.now() - t0) / 1000;
    view!.writeErr(`gc: done, ${n + m} unreachable, ${n} uncollectable, ${secs.toFixed(4)}s elapsed\n`);
  }
  if (tstate.exc !== 0) view!.writeUnraisable(0, 'Exception ignored in garbage collection');
  const st = gcState.stats[generation];
  st[0]++;
  st[1] += m;
  st[2] += n;
  gcState.totalCollections++;
  return [m, n];
}

function invokeCallbacks(phase: string, generation: number, collected: number, uncollectable: number): void {
  const cbs = gcState.callbacks;
  if (cbs === 0) return;
  const items = view!.listItems(cbs);
  if (items.length === 0) return;
  for (const cb of items) incref(cb as Borrowed);
  for (const cb of items) {
    if (view!.callCallback(cb, phase, generation, collected, uncollectable) < 0) view!.writeUnraisable(cb, 'Exception ignored in');
    decref(cb as Borrowed);
  }
}

/** gc_collect_with_callback: a collection with gc.callbacks around it; returns collected + uncollectable. */
export function gcCollectWithCallback(generation: number): number {
  if (gcState.collecting || gcState.headBlock === 0) return 0;
  gcState.collecting = true;
  try {
    invokeCallbacks('start', generation, 0, 0);
    const [m, n] = collectMain(generation);
    invokeCallbacks('stop', generation, m, n);
    return m + n;
  } finally {
    gcState.collecting = false;
  }
}

/** _PyGC_CollectNoFail (shutdown): a full collection even when disabled; errors are dropped. */
export function gcCollectNoFail(): number {
  if (gcState.collecting || gcState.headBlock === 0) return 0;
  gcState.collecting = true;
  try {
    const saved = errFetch();
    const [m] = collectMain(2);
    const e = errFetch();
    if (e !== NULL) decref(e);
    errSetRaised(saved);
    return m;
  } finally {
    gcState.collecting = false;
  }
}

// gc.freeze / unfreeze / get_freeze_count, get_objects, get_referrers.

export function gcFreeze(): void {
  for (let i = 0; i < NUM_GENERATIONS; i++) {
    listMerge(gcState.heads[i], gcState.heads[PERMANENT]);
    gcCounts[i] = 0;
  }
}

export function gcUnfreeze(): void {
  listMerge(gcState.heads[PERMANENT], gcState.heads[NUM_GENERATIONS - 1]);
}

export function gcFreezeCount(): number {
  return listSize(gcState.heads[PERMANENT]);
}

/** The objects of generation `gen` (or all three when gen < 0), in list order. */
export function gcObjectsOf(gen: number): number[] {
  const out: number[] = [];
  const lo = gen < 0 ? 0 : gen, hi = gen < 0 ? NUM_GENERATIONS - 1 : gen;
  for (let i = lo; i <= hi; i++) {
    const h = gcState.heads[i];
    for (let g = nextOf(h); g !== h; g = nextOf(g)) out.push(g);
  }
  return out;
}

/** The references `o` owns, as its traverse visits them. */
export function gcReferents(o: number): number[] {
  const out: number[] = [];
  const tr = view!.traverse(o);
  if (tr !== null) tr(o as Borrowed, (r) => { out.push(r); return 0; }, null);
  return out;
}

/** Whether `o` is tracked (gc.is_tracked). */
export function gcIsTrackedObject(o: number): boolean {
  return gcIsGC(o) && i32[(o + GC_NEXT) >> 2] !== 0;
}

/** Whether tp_finalize already ran on `o` (gc.is_finalized). */
export function gcIsFinalizedObject(o: number): boolean {
  return gcIsGC(o) && (i32[(o + GC_PREV) >> 2] & GC_FINALIZED) !== 0;
}

export { TP_INDEX };
