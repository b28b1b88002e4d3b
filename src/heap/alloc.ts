// The allocator of the linear heap: pymalloc-style pools for small blocks, boundary tags for large ones.
// Mirrors Objects/obmalloc.c (arenas of pools of same-size blocks, usedpools per size class,
// a free list threaded through freed blocks) plus a segregated-fit allocator standing in for libc malloc.
// Invariants: every block is 8-byte aligned; 0 is never returned for success (0 means out of memory,
// and the caller raises MemoryError); pool metadata lives in JS typed arrays, not in the heap, so a
// pool's 16 KiB are all blocks; nothing below `dynBase` (the static region) is ever freed.
// alloc/free/realloc and the free-list push/pop are swapped for tracing versions while tracemalloc traces (allocTrace),
// as refcountCounting swaps incref/decref, so the plain path pays nothing for it.
//
// Heap map:
//
//   0        NULL_GUARD                    staticEnd   dynBase                          dynEnd  heapSize
//   +--------+-----------------------------+-----------+----------------------------------+------+
//   | unused | static region (bump, sealed) | pad       | large blocks; arenas carved out   | tail |
//   +--------+-----------------------------+-----------+----------------------------------+------+
//
// Large block (16-aligned, size a multiple of 16, >= 32):
//
//   +0  u32  size | INUSE (bit 0) | PREV_INUSE (bit 1)
//   +4  u32  unused
//   +8       payload (8-aligned)                 free: +8 next free, +12 prev free, size-4 footer = size
//
// Arena: one large block of ARENA_POOLS + 1 pools, holding ARENA_POOLS pools aligned to POOL_SIZE,
// so a block's pool is `addr >>> POOL_BITS` and `poolClass[pool] < 0` means "not a small block".

import { u8, i32, MAX_HEAP_SIZE } from './views.ts';

export const NULL_GUARD = 64;
export const ALIGNMENT = 8;
export const SMALL_REQUEST_THRESHOLD = 512;
export const NB_SMALL_SIZE_CLASSES = SMALL_REQUEST_THRESHOLD / ALIGNMENT;
export const POOL_BITS = 14;
export const POOL_SIZE = 1 << POOL_BITS;
export const ARENA_POOLS = 16;
export const ARENA_SIZE = ARENA_POOLS * POOL_SIZE;

const INUSE = 1;
const PREV_INUSE = 2;
const FLAGS = 3;
const LARGE_HDR = 8;
const LARGE_MIN = 32;
const NBINS = 32;

/** Object free lists per heap: FREELIST_CAP (CPython keeps 100 floats) unless FREELIST_CAPS says otherwise. */
export const FREELIST_CAP = 100;
/**
 * Free-list kinds from this one on hold raw blocks (dict keys; slices, dicts and tuples, by the block's
 * start: they have a GC header in front), whose type reference, if any, their owner released already.
 */
export const FREELIST_FIRST_RAW = 3;
/** The one slice CPython keeps (interp->slice_cache), which a collection leaves alone. */
export const FREELIST_SLICE = FREELIST_FIRST_RAW + 1;
/** Dicts (dictobject.c's free list of PyDict_MAXFREELIST). */
export const FREELIST_DICT = FREELIST_FIRST_RAW + 2;
/** Lists (listobject.c's free list of PyList_MAXFREELIST; their item blocks are freed, not kept). */
export const FREELIST_LIST = FREELIST_FIRST_RAW + 3;
/** Tuples of n items (1 <= n < TUPLE_MAXSAVESIZE) use kind FREELIST_TUPLE + n - 1 (tupleobject.c's free lists). */
export const FREELIST_TUPLE = FREELIST_LIST + 1;
export const TUPLE_MAXSAVESIZE = 20;
export const FREELIST_KINDS = FREELIST_TUPLE + TUPLE_MAXSAVESIZE - 1;
/**
 * Each kind's capacity: CPython's where the kind stands for one of its free lists (1 slice, 80 dicts,
 * 80 lists, 2000 tuples of each size), else FREELIST_CAP. These decide gc.get_count(): CPython counts
 * neither a pop nor a push as a GC allocation or free.
 */
const FREELIST_CAPS = Array.from({ length: FREELIST_KINDS }, (_, k) =>
  k === FREELIST_SLICE ? 1 : k === FREELIST_DICT || k === FREELIST_LIST ? 80 : k >= FREELIST_TUPLE ? 2000 : FREELIST_CAP);
/** Where each kind's items start in flItems. */
const FREELIST_BASE = new Int32Array(FREELIST_KINDS + 1);
for (let k = 0; k < FREELIST_KINDS; k++) FREELIST_BASE[k + 1] = FREELIST_BASE[k] + FREELIST_CAPS[k];
const FREELIST_LIMIT = new Int32Array(FREELIST_CAPS);

// The pool metadata, free lists and bins live in one set of arrays per thread, sized for the largest
// heap and made once (`const`, so TurboFan embeds them, as views.ts does for the heap): heaps take
// turns on the thread's buffer, and a new heap's AllocState resets them.
const MAX_POOLS = Math.ceil(MAX_HEAP_SIZE / POOL_SIZE);
/** Size class of each pool (block size = (class + 1) * 8), or -1 when the page is not a pool. */
const poolClass = new Int8Array(MAX_POOLS);
const poolCount = new Int32Array(MAX_POOLS);
const poolFree = new Int32Array(MAX_POOLS);
const poolNextOff = new Int32Array(MAX_POOLS);
const poolNext = new Int32Array(MAX_POOLS);
const poolPrev = new Int32Array(MAX_POOLS);
/** For each pool, the first pool of its arena; for an arena's first pool, how many pools are not free. */
const poolArena = new Int32Array(MAX_POOLS);
const arenaUsed = new Int32Array(MAX_POOLS);
const arenaBlock = new Int32Array(MAX_POOLS);
const usedpools = new Int32Array(NB_SMALL_SIZE_CLASSES);
/** Free lists of objects (freelistPush/Pop): FREELIST_CAP addresses per kind, and how many each holds. */
const flItems = new Int32Array(FREELIST_BASE[FREELIST_KINDS]);
const flCount = new Int32Array(FREELIST_KINDS);
const bins = new Int32Array(NBINS);

/**
 * Per-heap allocator state. One exists per heap; `allocActivate` makes it the current one. Its arrays
 * are the thread's (above), reset when it is made: only the newest heap's state is valid.
 */
export class AllocState {
  readonly heapSize: number;
  readonly nPools: number;
  freePoolHead = -1;
  emptyArenas = 0;

  staticPhase = true;
  staticTop = NULL_GUARD;
  staticEnd = 0;
  dynBase = 0;
  dynEnd = 0;

  // Counters, always on: they are plain integer adds on paths that already write memory.
  liveBlocks = 0;
  liveBytes = 0;
  peakBytes = 0;
  allocs = 0;
  frees = 0;
  arenas = 0;
  pools = 0;
  largeBlocks = 0;
  /** Highest heap offset ever handed out: pages below it have been touched. */
  highWater = 0;

  constructor(heapSize: number) {
    this.heapSize = heapSize;
    this.nPools = Math.ceil(heapSize / POOL_SIZE);
    // The placeholder made when this module loads leaves the arrays alone: each heap resets them.
    if (heapSize !== 0) arraysReset(this.nPools);
  }
}

/**
 * Readies the thread's arrays for a heap of `nPools` pools. Only what is read before it is written needs
 * resetting, and only below `nPools` (no block of this heap lies above): poolClass (-1: not a pool, read
 * by free and blockSize for any block), poolArena (allocWalk tells arenas from large blocks by it), the
 * size-class heads, free lists and bins. The other pool arrays are written when a pool or arena is
 * made, before anything reads them. Start-up pays for 64 KiB + 256 KiB of a 1 GiB heap, not 2.6 MiB.
 */
function arraysReset(nPools: number): void {
  poolClass.fill(-1, 0, nPools);
  poolArena.fill(-1, 0, nPools);
  usedpools.fill(-1);
  flItems.fill(0);
  flCount.fill(0);
  bins.fill(0);
}

let A: AllocState = new AllocState(0);

/** Makes `state` the allocator that alloc/free use (its heap's, the newest on this thread's buffer). */
export function allocActivate(state: AllocState): void {
  A = state;
}

export function allocCurrent(): AllocState {
  return A;
}

/** Whether a block of `size` bytes could fit in the dynamic heap at all (it may still be too fragmented). */
export function heapCanHold(size: number): boolean {
  return size <= A.dynEnd - A.dynBase;
}

/** Returns an 8-aligned block of at least `size` bytes, or 0 when the heap is exhausted. */
function allocPlain(size: number): number {
  if (size <= SMALL_REQUEST_THRESHOLD) {
    const c = size <= ALIGNMENT ? 0 : (size - 1) >>> 3;
    const p = usedpools[c];
    if (p >= 0) {
      const bs = (c + 1) << 3;
      let b = poolFree[p];
      if (b !== 0) {
        poolFree[p] = i32[b >> 2];
      } else {
        const off = poolNextOff[p];
        b = (p << POOL_BITS) + off;
        poolNextOff[p] = off + bs;
      }
      if (poolFree[p] === 0 && poolNextOff[p] + bs > POOL_SIZE) unlinkUsed(p, c);
      poolCount[p]++;
      A.liveBlocks++;
      const live = (A.liveBytes += bs);
      if (live > A.peakBytes) A.peakBytes = live;
      A.allocs++;
      return b;
    }
  }
  return allocSlow(size);
}

/** Returns a block to the allocator. `addr` must come from alloc and not be freed already. */
function freePlain(addr: number): void {
  const p = addr >>> POOL_BITS;
  const c = poolClass[p];
  if (c >= 0) {
    const bs = (c + 1) << 3;
    const wasFull = poolFree[p] === 0 && poolNextOff[p] + bs > POOL_SIZE;
    i32[addr >> 2] = poolFree[p];
    poolFree[p] = addr;
    A.liveBlocks--;
    A.liveBytes -= bs;
    A.frees++;
    if (--poolCount[p] === 0) {
      if (!wasFull) unlinkUsed(p, c);
      releasePool(p);
    } else if (wasFull) {
      linkUsed(p, c);
    }
    return;
  }
  largeFree(addr);
}

// ------------------------------------------------------------------------------------------ free lists
// CPython's per-type free lists (floatobject.c's float freelist, tuple/list/dict freelists): a freed
// object of a type with a free list keeps its block, so the next object of that type is a pop instead of
// a trip through the pools. The block keeps its type word (and the reference the object held on its
// type), so a popped object only needs its count and value written. Blocks on a free list are not
// live: liveBlocks/liveBytes drop on push and rise on pop. freelistsClear frees them all (a full
// collection does it, as _PyGC_ClearAllFreeLists, and shutdown before counting leaks). Dict keys of
// the smallest size have one too (dictobject.c's keys free list): raw blocks, no type word.

/** Pushes a dead object's block on free list `kind`; false (nothing done) when the list is full. */
function freelistPushPlain(kind: number, addr: number): boolean {
  const n = flCount[kind];
  if (n >= FREELIST_LIMIT[kind]) return false;
  flItems[FREELIST_BASE[kind] + n] = addr;
  flCount[kind] = n + 1;
  A.liveBlocks--;
  A.liveBytes -= blockSize(addr);
  return true;
}

/** How many blocks free list `kind` holds. */
export function freelistLength(kind: number): number {
  return flCount[kind];
}

/** Pops a block from free list `kind` (its type word still set), or 0 when the list is empty. */
function freelistPopPlain(kind: number): number {
  const n = flCount[kind] - 1;
  if (n < 0) return 0;
  flCount[kind] = n;
  const addr = flItems[FREELIST_BASE[kind] + n];
  A.liveBlocks++;
  A.liveBytes += blockSize(addr);
  return addr;
}

/**
 * Frees every block on every free list. `release` is called first with each object's address (it gives
 * back the reference the dead object held on its type; not for the raw kinds); the blocks have no
 * pre-header.
 */
export function freelistsClear(release: (addr: number) => void, keepSlice = false): void {
  for (let k = 0; k < FREELIST_KINDS; k++) {
    if (keepSlice && k === FREELIST_SLICE) continue;
    for (let n = flCount[k]; n > 0; n = flCount[k]) {
      const addr = freelistPopPlain(k);
      if (k < FREELIST_FIRST_RAW) release(addr);
      free(addr);
    }
  }
}

/** Usable size of an allocated block. */
export function blockSize(addr: number): number {
  const c = poolClass[addr >>> POOL_BITS];
  if (c >= 0) return (c + 1) << 3;
  return (i32[(addr - LARGE_HDR) >> 2] & ~FLAGS) - LARGE_HDR;
}

/** Grows or shrinks a block, keeping its first min(old, new) bytes; 0 (old block untouched) when out of memory. */
function reallocPlain(addr: number, size: number): number {
  const old = blockSize(addr);
  // Keep the block when the new size still uses more than half of it.
  if (size <= old && size > old >> 1) return addr;
  const b = allocPlain(size);
  if (b === 0) return 0;
  u8.copyWithin(b, addr, addr + Math.min(old, size));
  freePlain(addr);
  return b;
}

// ------------------------------------------------------------------------------------------ tracing
// tracemalloc (modules/_tracemalloc.ts) installs an AllocTracer; while one is installed the exported
// bindings below are the tracing versions (ESM exports are live bindings: every importer, and the bundle,
// calls whichever is installed). The plain versions never look at the tracer, so tracing costs nothing
// when off. What is traced are blocks, as CPython's tracemalloc traces PyMem/PyObject_Malloc calls: a
// block put on an object free list stays traced, and taking it off again only renews its traceback
// (_PyTraceMalloc_NewReference, which _Py_NewReference calls).

/** What a tracer is told. Its methods must not allocate on the heap (they run inside alloc/free). */
export interface AllocTracer {
  /** Block `addr` was just handed out (by alloc or realloc). */
  onAlloc(addr: number): void;
  /** Block `addr` of `size` bytes is given back (it is still allocated while this runs). */
  onFree(addr: number, size: number): void;
  /** Block `addr` was taken off an object free list for a new object. */
  onReuse(addr: number): void;
}

let tracer: AllocTracer | null = null;

function allocTraced(size: number): number {
  const b = allocPlain(size);
  if (b !== 0) tracer!.onAlloc(b);
  return b;
}

function freeTraced(addr: number): void {
  tracer!.onFree(addr, blockSize(addr));
  freePlain(addr);
}

function reallocTraced(addr: number, size: number): number {
  const old = blockSize(addr);
  const b = reallocPlain(addr, size);
  // A resized block is traced again, with the traceback of the resize (tracemalloc_realloc).
  if (b !== 0) {
    tracer!.onFree(addr, old);
    tracer!.onAlloc(b);
  }
  return b;
}

/**
 * The kinds CPython has no free list for (ints of one and two digits, objects/int.ts): to a tracer a push
 * there is a free and a pop an allocation, as PyObject_Free / PyObject_Malloc would be in CPython.
 */
const FREELIST_OURS = new Uint8Array(FREELIST_KINDS);
FREELIST_OURS[1] = FREELIST_OURS[2] = 1;

function freelistPushTraced(kind: number, addr: number): boolean {
  if (FREELIST_OURS[kind] === 0) return freelistPushPlain(kind, addr);
  const size = blockSize(addr);
  if (!freelistPushPlain(kind, addr)) return false;
  tracer!.onFree(addr, size);
  return true;
}

function freelistPopTraced(kind: number): number {
  const b = freelistPopPlain(kind);
  if (b === 0) return 0;
  if (FREELIST_OURS[kind] !== 0) tracer!.onAlloc(b);
  // Dict keys (the first raw kind) are not objects: _Py_NewReference is never called for them.
  else if (kind !== FREELIST_FIRST_RAW) tracer!.onReuse(b);
  return b;
}

/** Returns an 8-aligned block of at least `size` bytes, or 0 when the heap is exhausted. */
export let alloc: (size: number) => number = allocPlain;
/** Returns a block to the allocator. `addr` must come from alloc and not be freed already. */
export let free: (addr: number) => void = freePlain;
/** Grows or shrinks a block, keeping its first min(old, new) bytes; 0 (old block untouched) when out of memory. */
export let realloc: (addr: number, size: number) => number = reallocPlain;
/** Pops a block from free list `kind` (its type word still set), or 0 when the list is empty. */
export let freelistPop: (kind: number) => number = freelistPopPlain;
/** Pushes a dead object's block on free list `kind`; false (nothing done) when the list is full. */
export let freelistPush: (kind: number, addr: number) => boolean = freelistPushPlain;

/**
 * Memory the tracer must not see: the interpreter's data stack (CPython takes it from the arena
 * allocator, which tracemalloc does not trace). A block from allocUntraced goes back through freeUntraced.
 */
export const allocUntraced = allocPlain;
export const freeUntraced = freePlain;

/** Installs `t` as the tracer (null: back to the plain functions). */
export function allocTrace(t: AllocTracer | null): void {
  tracer = t;
  alloc = t === null ? allocPlain : allocTraced;
  free = t === null ? freePlain : freeTraced;
  realloc = t === null ? reallocPlain : reallocTraced;
  freelistPop = t === null ? freelistPopPlain : freelistPopTraced;
  freelistPush = t === null ? freelistPushPlain : freelistPushTraced;
}

/** The installed tracer, or null. */
export function allocTracer(): AllocTracer | null {
  return tracer;
}

function allocSlow(size: number): number {
  if (A.staticPhase) return staticBump(size);
  if (size > SMALL_REQUEST_THRESHOLD) return largeAlloc(size);
  const c = size <= ALIGNMENT ? 0 : (size - 1) >>> 3;
  const p = takeFreePool();
  if (p < 0) return 0;
  poolClass[p] = c;
  poolCount[p] = 0;
  poolFree[p] = 0;
  poolNextOff[p] = 0;
  A.pools++;
  linkUsed(p, c);
  return allocPlain(size);
}

function staticBump(size: number): number {
  if (!(size <= A.heapSize)) return 0;
  const b = A.staticTop;
  const top = b + ((size + 7) & ~7);
  if (top > A.heapSize) return 0;
  A.staticTop = top;
  if (top > A.highWater) A.highWater = top;
  return b;
}

/**
 * Ends start-up: everything allocated so far is the static region, which is never freed, and the
 * pools and large blocks start above it.
 */
export function allocSeal(): void {
  if (!A.staticPhase) throw new Error('allocSeal: already sealed');
  A.staticPhase = false;
  A.staticEnd = A.staticTop;
  A.dynBase = (A.staticEnd + POOL_SIZE - 1) & ~(POOL_SIZE - 1);
  A.dynEnd = A.heapSize & ~15;
  // A permanent in-use 16-byte block at the end stops coalescing.
  const sentinel = A.dynEnd - 16;
  if (sentinel - A.dynBase < LARGE_MIN) {
    A.dynEnd = A.dynBase;
    return;
  }
  i32[sentinel >> 2] = 16 | INUSE;
  const size = sentinel - A.dynBase;
  i32[A.dynBase >> 2] = size | PREV_INUSE;
  i32[(A.dynBase + size - 4) >> 2] = size;
  binInsert(A.dynBase, size);
}

function linkUsed(p: number, c: number): void {
  const head = usedpools[c];
  poolPrev[p] = -1;
  poolNext[p] = head;
  if (head >= 0) poolPrev[head] = p;
  usedpools[c] = p;
}

function unlinkUsed(p: number, c: number): void {
  const next = poolNext[p], prev = poolPrev[p];
  if (prev >= 0) poolNext[prev] = next; else usedpools[c] = next;
  if (next >= 0) poolPrev[next] = prev;
  poolNext[p] = poolPrev[p] = -1;
}

function linkFree(p: number): void {
  poolPrev[p] = -1;
  poolNext[p] = A.freePoolHead;
  if (A.freePoolHead >= 0) poolPrev[A.freePoolHead] = p;
  A.freePoolHead = p;
}

function unlinkFree(p: number): void {
  const next = poolNext[p], prev = poolPrev[p];
  if (prev >= 0) poolNext[prev] = next; else A.freePoolHead = next;
  if (next >= 0) poolPrev[next] = prev;
  poolNext[p] = poolPrev[p] = -1;
}

function takeFreePool(): number {
  if (A.freePoolHead < 0 && !newArena()) return -1;
  const p = A.freePoolHead;
  unlinkFree(p);
  const first = poolArena[p];
  if (arenaUsed[first]++ === 0) A.emptyArenas--;
  return p;
}

function releasePool(p: number): void {
  poolClass[p] = -1;
  A.pools--;
  linkFree(p);
  const first = poolArena[p];
  if (--arenaUsed[first] !== 0) return;
  // Keep one empty arena around so that a program hovering at an arena boundary doesn't thrash.
  if (A.emptyArenas === 0) {
    A.emptyArenas = 1;
    return;
  }
  for (let q = first; q < first + ARENA_POOLS; q++) {
    unlinkFree(q);
    poolArena[q] = -1;
  }
  largeFreeRaw(arenaBlock[first]);
  A.arenas--;
}

function newArena(): boolean {
  // An arena is bookkeeping, not a block anybody asked for: the raw calls keep it out of the counters.
  const block = largeAllocRaw(ARENA_SIZE + POOL_SIZE);
  if (block === 0) return false;
  const first = (block + POOL_SIZE - 1) >>> POOL_BITS;
  arenaBlock[first] = block;
  arenaUsed[first] = 0;
  for (let q = first + ARENA_POOLS - 1; q >= first; q--) {
    poolArena[q] = first;
    linkFree(q);
  }
  A.arenas++;
  A.emptyArenas++;
  return true;
}

function binOf(size: number): number {
  return 31 - Math.clz32(size);
}

function binInsert(b: number, size: number): void {
  const k = binOf(size);
  const head = bins[k];
  i32[(b + 8) >> 2] = head;
  i32[(b + 12) >> 2] = 0;
  if (head !== 0) i32[(head + 12) >> 2] = b;
  bins[k] = b;
}

function binRemove(b: number, size: number): void {
  const next = i32[(b + 8) >> 2], prev = i32[(b + 12) >> 2];
  if (prev !== 0) i32[(prev + 8) >> 2] = next; else bins[binOf(size)] = next;
  if (next !== 0) i32[(next + 12) >> 2] = prev;
}

function largeAlloc(request: number): number {
  const b = largeAllocRaw(request);
  if (b === 0) return 0;
  const got = (i32[(b - LARGE_HDR) >> 2] & ~FLAGS) - LARGE_HDR;
  A.liveBlocks++;
  A.largeBlocks++;
  A.allocs++;
  const live = (A.liveBytes += got);
  if (live > A.peakBytes) A.peakBytes = live;
  return b;
}

function largeFree(addr: number): void {
  const b = addr - LARGE_HDR;
  if (b < A.dynBase || b >= A.dynEnd) throw new Error(`free: ${addr} is not a heap block (static or foreign)`);
  if ((i32[b >> 2] & INUSE) === 0) throw new Error(`free: block ${addr} freed twice`);
  A.liveBlocks--;
  A.largeBlocks--;
  A.frees++;
  A.liveBytes -= (i32[b >> 2] & ~FLAGS) - LARGE_HDR;
  largeFreeRaw(addr);
}

function largeAllocRaw(request: number): number {
  // Checked before the bit arithmetic, which would wrap a request past 2**31 to a small size.
  if (!(request <= A.dynEnd - A.dynBase)) return 0;
  const need = Math.max(LARGE_MIN, (request + LARGE_HDR + 15) & ~15);
  if (need > A.dynEnd - A.dynBase) return 0;
  let k = binOf(need);
  let b = 0;
  // First fit inside the request's own bin, then the head of any larger bin (all of which fit).
  for (let c = bins[k]; c !== 0; c = i32[(c + 8) >> 2]) {
    if ((i32[c >> 2] & ~FLAGS) >= need) { b = c; break; }
  }
  while (b === 0 && ++k < NBINS) b = bins[k];
  if (b === 0) return 0;
  const hdr = i32[b >> 2];
  const size = hdr & ~FLAGS;
  binRemove(b, size);
  const rest = size - need;
  if (rest >= LARGE_MIN) {
    const r = b + need;
    i32[r >> 2] = rest | PREV_INUSE;
    i32[(r + rest - 4) >> 2] = rest;
    binInsert(r, rest);
    i32[b >> 2] = need | INUSE | (hdr & PREV_INUSE);
  } else {
    i32[b >> 2] = size | INUSE | (hdr & PREV_INUSE);
    i32[(b + size) >> 2] |= PREV_INUSE;
  }
  const end = b + (i32[b >> 2] & ~FLAGS);
  if (end > A.highWater) A.highWater = end;
  return b + LARGE_HDR;
}

function largeFreeRaw(addr: number): void {
  let b = addr - LARGE_HDR;
  const hdr = i32[b >> 2];
  let size = hdr & ~FLAGS;
  const next = b + size;
  const nhdr = i32[next >> 2];
  if ((nhdr & INUSE) === 0) {
    const nsize = nhdr & ~FLAGS;
    binRemove(next, nsize);
    size += nsize;
  }
  let prevFlag = hdr & PREV_INUSE;
  if (prevFlag === 0) {
    const psize = i32[(b - 4) >> 2];
    b -= psize;
    binRemove(b, psize);
    size += psize;
    prevFlag = i32[b >> 2] & PREV_INUSE;
  }
  i32[b >> 2] = size | prevFlag;
  i32[(b + size - 4) >> 2] = size;
  i32[(b + size) >> 2] &= ~PREV_INUSE;
  binInsert(b, size);
}

/** Calls `visit(addr, size)` for every allocated block above the static region (heap checks, leak dumps). */
export function allocWalk(visit: (addr: number, size: number) => void): void {
  let b = A.dynBase;
  while (b < A.dynEnd - 16) {
    const hdr = i32[b >> 2];
    const size = hdr & ~FLAGS;
    if (hdr & INUSE) {
      const first = (b + LARGE_HDR + POOL_SIZE - 1) >>> POOL_BITS;
      if (poolArena[first] === first && arenaBlock[first] === b + LARGE_HDR) {
        for (let p = first; p < first + ARENA_POOLS; p++) walkPool(p, visit);
      } else {
        visit(b + LARGE_HDR, size - LARGE_HDR);
      }
    }
    b += size;
  }
}

function walkPool(p: number, visit: (addr: number, size: number) => void): void {
  const c = poolClass[p];
  if (c < 0) return;
  const bs = (c + 1) << 3;
  const base = p << POOL_BITS;
  const freeSet = new Set<number>();
  for (let f = poolFree[p]; f !== 0; f = i32[f >> 2]) freeSet.add(f);
  for (let off = 0; off < poolNextOff[p]; off += bs) {
    if (!freeSet.has(base + off)) visit(base + off, bs);
  }
}
