// The active heap's memory: one SharedArrayBuffer seen through fixed-length typed arrays.
// Mirrors nothing in CPython (whose heap is the process address space); this is our "RAM".
// Invariants: views never track a growable buffer (10-15x slower on Node 20, DESIGN.md §3);
// offset 0 is NULL and the first NULL_GUARD bytes are never handed out; views are swapped only
// by heapActivate, so hot code can keep them in module-level bindings.

export let u8: Uint8Array = new Uint8Array(0);
export let u16: Uint16Array = new Uint16Array(0);
export let i32: Int32Array = new Int32Array(0);
export let u32: Uint32Array = new Uint32Array(0);
export let f64: Float64Array = new Float64Array(0);
export let heapBuffer: SharedArrayBuffer = new SharedArrayBuffer(0);

/** Points the module-level views at `buffer` (called when a runtime becomes the current one). */
export function viewsInstall(buffer: SharedArrayBuffer): void {
  heapBuffer = buffer;
  u8 = new Uint8Array(buffer);
  u16 = new Uint16Array(buffer, 0, buffer.byteLength >>> 1);
  i32 = new Int32Array(buffer, 0, buffer.byteLength >>> 2);
  u32 = new Uint32Array(buffer, 0, buffer.byteLength >>> 2);
  f64 = new Float64Array(buffer, 0, buffer.byteLength >>> 3);
}
