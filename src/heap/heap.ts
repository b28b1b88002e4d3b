// A heap: the SharedArrayBuffer, its allocator state, and the static region's write check.
// Mirrors the role of the process address space plus obmalloc's arena bookkeeping in CPython.
// Invariants: the maximum size is fixed at creation (the OS commits pages only when touched);
// after heapSeal the static region [NULL_GUARD, staticEnd) is never written: heapStaticBytesWritten
// compares it with the snapshot taken at the seal and must stay 0.

import { viewsInstall, u8 } from './views.ts';
import { AllocState, allocActivate, allocSeal, NULL_GUARD } from './alloc.ts';
import { rc } from './refcount.ts';

export const DEFAULT_HEAP_SIZE = 1 << 30;
export const MIN_HEAP_SIZE = 1 << 20;
export const MAX_HEAP_SIZE = 0x7fff_f000;

export class Heap {
  readonly buffer: SharedArrayBuffer;
  readonly alloc: AllocState;
  /** Copy of the static region taken at the seal; null before it. */
  snapshot: Uint8Array | null = null;

  constructor(size: number = DEFAULT_HEAP_SIZE) {
    if (!(size >= MIN_HEAP_SIZE && size <= MAX_HEAP_SIZE)) {
      throw new RangeError(`heap size must be between ${MIN_HEAP_SIZE} and ${MAX_HEAP_SIZE} bytes, got ${size}`);
    }
    size = size & ~0x3fff;
    this.buffer = new SharedArrayBuffer(size);
    this.alloc = new AllocState(size);
  }

  get size(): number { return this.buffer.byteLength; }
  get staticEnd(): number { return this.alloc.staticPhase ? this.alloc.staticTop : this.alloc.staticEnd; }
  get sealed(): boolean { return !this.alloc.staticPhase; }
}

let current: Heap | null = null;

/** Makes `heap` the one the module-level views and the allocator work on. */
export function heapActivate(heap: Heap): void {
  if (current === heap) return;
  current = heap;
  viewsInstall(heap.buffer);
  allocActivate(heap.alloc);
  rc.staticEnd = heap.sealed ? heap.alloc.staticEnd : 0;
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
  const mem = new Uint8Array(heap.buffer, NULL_GUARD, snap.length);
  let n = 0;
  for (let i = 0; i < snap.length; i++) if (mem[i] !== snap[i]) n++;
  return n;
}

/** Number of distinct 4 KiB pages of the static region that differ from the snapshot. */
export function heapStaticPagesWritten(heap: Heap): number {
  const snap = heap.snapshot;
  if (snap === null) return 0;
  const mem = new Uint8Array(heap.buffer, NULL_GUARD, snap.length);
  const pages = new Set<number>();
  for (let i = 0; i < snap.length; i++) if (mem[i] !== snap[i]) pages.add((i + NULL_GUARD) >>> 12);
  return pages.size;
}
