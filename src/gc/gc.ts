// The cycle collector: three generations of tracked containers, CPython's thresholds, and a full
// collection (update_refs, subtract_refs, move_unreachable, weakref handling, PEP 442 finalizers,
// resurrection, tp_clear). Mirrors Modules/gcmodule.c of CPython 3.12 (gc_collect_main and helpers).
// Invariants: only mortal GC objects outside the static region are ever linked; a tracked object's
// traverse visits exactly what it owns; the collector runs only at eval-breaker points (3.12's
// _Py_ScheduleGC / _Py_RunGC) or from gc.collect(), never inside an arbitrary native allocation.
// The analysis (update/subtract/move_unreachable) works on typed-array scratch indexed by the
// object's position, stored in gc_prev (index << 2 | flags) while it runs; it produces the same
// young and unreachable lists, in the same order, as CPython's in-place version.

import { i32 } from '../heap/views.ts';
import { alloc, free } from '../heap/alloc.ts';
import {
  GC_NEXT, GC_PREV, GC_FINALIZED, GC_COLLECTING, gcCounts, gcSetYoungHead, gcUntrack, OB_TYPE,
} from '../heap/header.ts';
import { incref, decref } from '../heap/refcount.ts';
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
const TYPE_SUBCLASS = 1 << 31;

/** The per-type functions the collector needs, indexed by TP_INDEX (installed by gcInstallTypeHooks). */
export interface GCTypeView {
  traverse(o: number): ((o: Borrowed, visit: (o: Borrowed, arg: unknown) => number, arg: unknown) => number) | null;
  clear(o: number): ((o: Borrowed) => number) | null | undefined;
  finalize(o: number): ((o: Borrowed) => void) | null;
  isTupleExact(o: number): boolean;
  isDictExact(o: number): boolean;
  /** Calls f(item) for each item of an exact tuple / each key and value of an exact dict, stopping when f returns true. */
  tupleAny(o: number, f: (item: number) => boolean): boolean;
  dictAny(o: number, f: (item: number) => boolean): boolean;
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

let view: GCTypeView | null = null;

/** Installs the type-specific helpers (objects/ and modules/ code; see src/gc/types.ts). */
export function gcInstallTypeView(v: GCTypeView): void {
  view = v;
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
  /** -X gc_stress: schedule a collection after every GC allocation. */
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

/** Calls f on each object of list h (f must not unlink anything but the current object). */
function listForEach(h: number, f: (o: number) => void): void {
  for (let g = nextOf(h); g !== h;) {
    const n = nextOf(g);
    f(g);
    g = n;
  }
}

/** _PyObject_IS_GC: the type has HAVE_GC, and a type object is GC only when it is a heap type. */
export function gcIsGC(o: number): boolean {
  const t = i32[(o + OB_TYPE) >> 2];
  const f = i32[(t + TP_FLAGS) >> 2];
  if ((f & HAVE_GC) === 0) return false;
  if ((f & TYPE_SUBCLASS) !== 0 && (i32[(o + TP_FLAGS) >> 2] & HEAPTYPE) === 0) return false;
  return true;
}

/** _PyObject_GC_MAY_BE_TRACKED: a GC object, and for an exact tuple, one that is still tracked. */
function mayBeTracked(o: number): boolean {
  if (!gcIsGC(o)) return false;
  if (view!.isTupleExact(o)) return i32[(o + GC_NEXT) >> 2] !== 0;
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
  if (gcState.stress) gcCollectWithCallback(2);
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

// The analysis (deduce_unreachable): scratch arrays reused between collections.

let objs = new Int32Array(1024);
let refs = new Int32Array(1024);
let state = new Uint8Array(1024);
let queue = new Int32Array(2048);
let kept = new Int32Array(1024);
let unreachOrder = new Int32Array(1024);
let qlen = 0;

const PENDING = 0, UNREACH = 1, REACHED = 2;
const MAX_REFS = (1 << 29) - 1;

function grow(n: number): void {
  if (n <= objs.length) return;
  let size = objs.length;
  while (size < n) size *= 2;
  objs = new Int32Array(size);
  refs = new Int32Array(size);
  state = new Uint8Array(size);
  queue = new Int32Array(2 * size);
  kept = new Int32Array(size);
  unreachOrder = new Int32Array(size);
}

function visitDecref(o: Borrowed): number {
  const pw = i32[(o + GC_PREV) >> 2];
  if ((pw & GC_COLLECTING) !== 0 && gcIsGC(o)) refs[pw >> 2]--;
  return 0;
}

function visitReachable(o: Borrowed): number {
  const pw = i32[(o + GC_PREV) >> 2];
  if ((pw & GC_COLLECTING) === 0 || !gcIsGC(o)) return 0;
  const i = pw >> 2;
  const s = state[i];
  if (s === UNREACH) {
    // Tentatively unreachable, but reachable after all: back to the tail of young.
    state[i] = PENDING;
    refs[i] = 1;
    queue[qlen++] = i;
  } else if (s === PENDING && refs[i] <= 0) {
    refs[i] = 1;
  }
  return 0;
}

/**
 * deduce_unreachable: splits list `young` into the objects reachable from outside it (left in
 * `young`, COLLECTING cleared) and the rest (appended to `unreachable`, COLLECTING set). Immortal
 * objects met on the way move to the permanent generation (3.12's update_refs).
 */
function deduceUnreachable(young: number, unreachable: number): void {
  const v = view!;
  // update_refs
  grow(listSize(young));
  let n = 0;
  const permanent = gcState.heads[PERMANENT];
  for (let g = nextOf(young); g !== young;) {
    const nx = nextOf(g);
    if (i32[g >> 2] < 0) {
      gcListMove(g, permanent);
    } else {
      objs[n] = g;
      const c = i32[g >> 2];
      refs[n] = c > MAX_REFS ? MAX_REFS : c;
      state[n] = PENDING;
      i32[(g + GC_PREV) >> 2] = (n << 2) | GC_COLLECTING | (i32[(g + GC_PREV) >> 2] & GC_FINALIZED);
      n++;
    }
    g = nx;
  }
  if (n === 0) return;
  // subtract_refs
  for (let i = 0; i < n; i++) {
    const o = objs[i];
    const tr = v.traverse(o);
    if (tr !== null) tr(o as Borrowed, visitDecref, null);
  }
  // move_unreachable, simulated on indices: same final order as CPython's list surgery.
  for (let i = 0; i < n; i++) queue[i] = i;
  qlen = n;
  let nk = 0, nu = 0;
  for (let p = 0; p < qlen; p++) {
    const i = queue[p];
    if (refs[i] > 0 || refs[i] < 0) {
      if (refs[i] < 0) gcState.badTraversals++;
      state[i] = REACHED;
      kept[nk++] = i;
      const o = objs[i];
      const tr = v.traverse(o);
      if (tr !== null) tr(o as Borrowed, visitReachable, null);
    } else {
      state[i] = UNREACH;
      unreachOrder[nu++] = i;
    }
  }
  // Rebuild both lists with real links.
  let prev = young;
  for (let k = 0; k < nk; k++) {
    const g = objs[kept[k]];
    i32[(prev + GC_NEXT) >> 2] = g;
    i32[(g + GC_PREV) >> 2] = prev | (i32[(g + GC_PREV) >> 2] & GC_FINALIZED);
    prev = g;
  }
  i32[(prev + GC_NEXT) >> 2] = young;
  setPrev(young, prev);
  prev = prevOf(unreachable);
  for (let k = 0; k < nu; k++) {
    const i = unreachOrder[k];
    if (state[i] !== UNREACH) continue;
    const g = objs[i];
    i32[(prev + GC_NEXT) >> 2] = g;
    i32[(g + GC_PREV) >> 2] = prev | GC_COLLECTING | (i32[(g + GC_PREV) >> 2] & GC_FINALIZED);
    prev = g;
  }
  i32[(prev + GC_NEXT) >> 2] = unreachable;
  setPrev(unreachable, prev);
}

/** untrack_tuples: tuples holding nothing that could ever be part of a cycle leave the lists. */
function untrackTuples(h: number): void {
  const v = view!;
  listForEach(h, (o) => {
    if (v.isTupleExact(o) && !v.tupleAny(o, mayBeTracked)) gcUntrack(o);
  });
}

/** untrack_dicts (full collections only): dicts of atomic keys and values leave the lists. */
function untrackDicts(h: number): void {
  const v = view!;
  listForEach(h, (o) => {
    if (v.isDictExact(o) && !v.dictAny(o, mayBeTracked)) gcUntrack(o);
  });
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

const MANAGED_DICT = 1 << 4;
const MANAGED_DICT_OFFSET = -16;

/**
 * Whether `d` is the __dict__ of an instance in the same garbage set and referenced by nothing else.
 * CPython 3.12 keeps such attributes inline in the instance (no dict object), so it neither counts
 * nor prints them; leaving them out keeps gc.collect()'s result and DEBUG_COLLECTABLE the same.
 */
function isInlineDict(d: number): boolean {
  if (!view!.isDictExact(d) || i32[d >> 2] !== 1) return false;
  const owner = inlineOwner.get(d);
  return owner !== undefined && (i32[(owner + GC_PREV) >> 2] & GC_COLLECTING) !== 0 && i32[(owner + MANAGED_DICT_OFFSET) >> 2] === d;
}

/** Managed dict -> its instance, for the garbage set being examined (filled by noteInlineDicts). */
const inlineOwner = new Map<number, number>();

function noteInlineDicts(h: number): void {
  inlineOwner.clear();
  for (let g = nextOf(h); g !== h; g = nextOf(g)) {
    if ((i32[(i32[(g + OB_TYPE) >> 2] + TP_FLAGS) >> 2] & MANAGED_DICT) === 0) continue;
    const d = i32[(g + MANAGED_DICT_OFFSET) >> 2];
    if (d !== 0) inlineOwner.set(d, g);
  }
}

function debugCycle(msg: string, o: number): void {
  view!.writeErr(`gc: ${msg} <${view!.typeName(o)} 0x${o.toString(16).padStart(12, '0')}>\n`);
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
  deduceUnreachable(young, unreachable);
  untrackTuples(young);
  if (young !== old) {
    if (generation === NUM_GENERATIONS - 2) gcState.longLivedPending += listSize(young);
    listMerge(young, old);
  } else {
    untrackDicts(young);
    gcState.longLivedPending = 0;
    gcState.longLivedTotal = listSize(young);
  }
  // No legacy (tp_del) finalizers exist here, so nothing is uncollectable.
  noteInlineDicts(unreachable);
  if ((gcState.debug & DEBUG_COLLECTABLE) !== 0) {
    for (let g = nextOf(unreachable); g !== unreachable; g = nextOf(g)) {
      if (!isInlineDict(g)) debugCycle('collectable', g);
    }
  }
  let m = 0;
  if (gcWeakrefHooks.handle !== null) m += gcWeakrefHooks.handle(unreachable, old);
  finalizeGarbage(unreachable);
  // handle_resurrected_objects: what a finalizer made reachable again goes to the old generation.
  clearCollecting(unreachable);
  const still = heads[H_STILL];
  listInit(still);
  deduceUnreachable(unreachable, still);
  listMerge(unreachable, old);
  noteInlineDicts(still);
  for (let g = nextOf(still); g !== still; g = nextOf(g)) if (!isInlineDict(g)) m++;
  deleteGarbage(still, old);
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
