// The heap's memory: one SharedArrayBuffer per thread, seen through fixed-length typed arrays.
// Mirrors nothing in CPython (whose heap is the process address space); this is our "RAM".
// Invariants: the buffer and the views are created once, when this module is loaded, and never
// replaced: they are `const`, so V8's optimizing compiler embeds each view (its base address and
// length) as a constant in the code of every function that reads the heap, instead of loading a
// mutable binding, then the array's backing store and length, at each access (docs/internals/heap.md:
// 5-16% of the execution benchmarks). The buffer has the largest heap's size; the OS commits its pages
// only when touched. Heaps (heap.ts) take turns on it, one at a time; views never track a growable
// buffer (10-15x slower on Node 20, DESIGN.md §3); offset 0 is NULL and the first NULL_GUARD bytes
// are never handed out.

import { MAX_HEAP_SIZE } from './limits.ts';

export { MAX_HEAP_SIZE };

export const heapBuffer: SharedArrayBuffer = new SharedArrayBuffer(MAX_HEAP_SIZE);
export const u8: Uint8Array = new Uint8Array(heapBuffer);
export const u16: Uint16Array = new Uint16Array(heapBuffer);
export const i32: Int32Array = new Int32Array(heapBuffer);
export const u32: Uint32Array = new Uint32Array(heapBuffer);
export const f64: Float64Array = new Float64Array(heapBuffer);
