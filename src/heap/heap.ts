// A heap: its allocator state on the thread's buffer (views.ts), and the static region's write check.
// Mirrors the role of the process address space plus obmalloc's arena bookkeeping in CPython.
// Invariants: the size is fixed at creation; heaps take turns on the one buffer: a new heap zeroes
// what the previous one touched and retires it (a heap a runtime still runs on can't be replaced);
// after heapSeal the static region [NULL_GUARD, staticEnd) is never written: heapStaticBytesWritten
// compares it with the snapshot taken at the seal and must stay 0.

import { u8, MAX_HEAP_SIZE } from './views.ts';
import { MIN_HEAP_SIZE } from './limits.ts';
import { AllocState, allocActivate, allocSeal, NULL_GUARD } from './alloc.ts';
import { rc } from './refcount.ts';

export const DEFAULT_HEAP_SIZE = 1 << 30;
export { MIN_HEAP_SIZE } from './limits.ts';
export { MAX_HEAP_SIZE };

const NodeBuffer: typeof Buffer | undefined = (globalThis as { Buffer?: typeof Buffer }).Buffer;

/** The heap created last on this thread's buffer (the others are retired). */
let newest: Heap | null = null;
/** The heap the allocator works on. */
let current: Heap | null = null;

export class Heap {
  readonly alloc: AllocState;
  readonly size: number;
  /** Copy of the static region taken at the seal; null before it. */
  snapshot: Uint8Array | null = null;
  /** A runtime runs on it (heapPin): no other heap may be created until it is unpinned. */
  pinned = false;
  /** A newer heap took the buffer over: this one's memory is gone. */
  retired = false;

  constructor(size: number = DEFAULT_HEAP_SIZE) {
    if (!(size >= MIN_HEAP_SIZE && size <= MAX_HEAP_SIZE)) {
      throw new RangeError(`heap size must be between ${MIN_HEAP_SIZE} and ${MAX_HEAP_SIZE} bytes, got ${size}`);
    }
    if (newest !== null) {
      if (newest.pinned) throw new Error('a runtime is running on this thread\'s heap: shut it down first (one heap per thread)');
      // The memory the previous heap touched: every block below its high-water mark, and the sentinel
      // and boundary tags at the end of its large-block region.
      const a = newest.alloc;
      u8.fill(0, 0, Math.min(a.highWater + 64, MAX_HEAP_SIZE));
      if (a.dynEnd > 0) u8.fill(0, Math.max(a.dynEnd - 64, 0), a.dynEnd);
      newest.retired = true;
      if (current === newest) current = null;
    }
    size = size & ~0x3fff;
    this.size = size;
    this.alloc = new AllocState(size);
    newest = this;
  }
  get staticEnd(): number { return this.alloc.staticPhase ? this.alloc.staticTop : this.alloc.staticEnd; }
  get sealed(): boolean { return !this.alloc.staticPhase; }
}

/** Makes `heap` the one the module-level views and the allocator work on. */
export function heapActivate(heap: Heap): void {
  if (current === heap) return;
  if (heap.retired) throw new Error('this heap was replaced by a newer one on the same thread');
  current = heap;
  allocActivate(heap.alloc);
  rc.staticEnd = heap.sealed ? heap.alloc.staticEnd : 0;
}

/** A runtime runs on `heap` (true) or has shut down (false): while pinned, no other heap can be created. */
export function heapPin(heap: Heap, pinned: boolean): void {
  heap.pinned = pinned;
}

export function heapCurrent(): Heap | null {
  return current;
}

/** Ends start-up for the current heap: freezes the static region and snapshots it for the write check. */
export function heapSeal(heap: Heap): void {
  heapActivate(heap);
  allocSeal();
  heap.snapshot = u8.slice(NULL_GUARD, heap.alloc.staticEnd);
  rc.staticEnd = heap.alloc.staticEnd;
}

/** Bytes of the static region that differ from the snapshot taken when it was sealed (must be 0). */
export function heapStaticBytesWritten(heap: Heap): number {
  const snap = heap.snapshot;
  if (snap === null) return 0;
  const mem = u8.subarray(NULL_GUARD, NULL_GUARD + snap.length);
  // The usual answer, 0, from one native comparison (memcmp, where Node's Buffer is there); a count
  // only when something differs.
  if (NodeBuffer !== undefined && NodeBuffer.compare(mem, snap) === 0) return 0;
  let n = 0;
  for (let i = 0; i < snap.length; i++) if (mem[i] !== snap[i]) n++;
  return n;
}

/** Number of distinct 4 KiB pages of the static region that differ from the snapshot. */
export function heapStaticPagesWritten(heap: Heap): number {
  const snap = heap.snapshot;
  if (snap === null) return 0;
  const mem = u8.subarray(NULL_GUARD, NULL_GUARD + snap.length);
  const pages = new Set<number>();
  for (let i = 0; i < snap.length; i++) if (mem[i] !== snap[i]) pages.add((i + NULL_GUARD) >>> 12);
  return pages.size;
}
