// The object header every heap object starts with, and the GC header containers carry before it.
// Mirrors PyObject / PyVarObject / PyGC_Head (Include/object.h, Include/internal/pycore_gc.h),
// with 32-bit references. Invariants: a reference points at ob_refcnt; GC links sit at negative
// offsets so that code which doesn't know about GC sees the same layout for every object.
//
//          -8        -4        +0          +4        +8
//   ... | gc_next | gc_prev | ob_refcnt | ob_type | ob_size (var objects) | type-specific fields
//          \ only for types with Py_TPFLAGS_HAVE_GC /
//
// ob_refcnt is an unsigned 32-bit word. Bit 31 set means immortal (the 3.12 sign test on the low
// 32 bits); immortals are created with 0xFFFFFFFF, so `i32[o >> 2] < 0` is the whole test.

import { i32 } from './views.ts';

export const OB_REFCNT = 0;
export const OB_TYPE = 4;
export const OB_SIZE = 8;
export const OBJECT_HEAD_SIZE = 8;
export const VAR_HEAD_SIZE = 12;

export const GC_HEAD_SIZE = 8;
export const GC_NEXT = -8;
export const GC_PREV = -4;

/** The count of an immortal object, as sys.getrefcount reports it for None in 3.12 on 64-bit. */
export const IMMORTAL_REFCNT = 0xffff_ffff;
/** A mortal count that reaches this value becomes immortal (CPython's accidental immortality). */
export const IMMORTAL_BIT = 0x8000_0000;

/**
 * Offset, in a type object, of the index of its JS-side slot table. Declared here because
 * decref dispatches dealloc through it; objects/type.ts lays out the rest of the type object.
 */
export const TP_INDEX = 12;

// The GC header words (Modules/gcmodule.c, Include/internal/pycore_gc.h):
//   gc_next: the next object (a reference) in the object's generation list; 0 = untracked.
//   gc_prev: the previous object | flags in the low bits (references are 8-aligned):
//            bit 0 FINALIZED (PEP 442: tp_finalize already ran), bit 1 COLLECTING (in the set a
//            collection is examining). During a collection's analysis gc_prev holds gc_refs << 2 | flags
//            and gc_next of a tentatively unreachable object has bit 0 set (NEXT_MASK_UNREACHABLE).
// A list head is a pseudo-object whose two GC words live in a small block owned by the collector,
// so that list code never needs a special case. Objects in the static region are never linked.

/** bit 0 of gc_prev (_PyGC_PREV_MASK_FINALIZED). */
export const GC_FINALIZED = 1;
/** bit 1 of gc_prev (_PyGC_PREV_MASK_COLLECTING). */
export const GC_COLLECTING = 2;
/** Offset of tp_flags in a type object and its HAVE_GC bit (type.ts owns the layout; dealloc needs these two). */
export const TP_FLAGS_OFFSET = 28;
export const TPFLAGS_HAVE_GC = 1 << 14;

/** The generation-0 list head (a pseudo-object reference); 0 while tracking is off (static phase). */
export let gcYoungHead = 0;
/** Allocations of GC objects minus frees since the last collection (generations[0].count). */
export const gcCounts = new Int32Array(3);

/** Installs the generation-0 head (0 turns tracking off: objects are born untracked). */
export function gcSetYoungHead(h: number): void {
  gcYoungHead = h;
}

/** _PyObject_GC_IS_TRACKED. */
export function gcIsTracked(o: number): boolean {
  return i32[(o + GC_NEXT) >> 2] !== 0;
}

/** _PyObject_GC_TRACK: links `o` at the tail of generation 0 (no-op while tracking is off or when tracked). */
export function gcTrack(o: number): void {
  const h = gcYoungHead;
  if (h === 0 || i32[(o + GC_NEXT) >> 2] !== 0) return;
  const last = i32[(h + GC_PREV) >> 2] & ~3;
  i32[(last + GC_NEXT) >> 2] = o;
  i32[(o + GC_PREV) >> 2] = last | (i32[(o + GC_PREV) >> 2] & GC_FINALIZED);
  i32[(o + GC_NEXT) >> 2] = h;
  i32[(h + GC_PREV) >> 2] = o;
}

/** _PyObject_GC_UNTRACK: unlinks `o` from its list if it is in one; keeps only the FINALIZED bit. */
export function gcUntrack(o: number): void {
  const next = i32[(o + GC_NEXT) >> 2];
  if (next === 0) return;
  const pw = i32[(o + GC_PREV) >> 2];
  const prev = pw & ~3;
  i32[(prev + GC_NEXT) >> 2] = next;
  i32[(next + GC_PREV) >> 2] = (i32[(next + GC_PREV) >> 2] & 3) | prev;
  i32[(o + GC_NEXT) >> 2] = 0;
  i32[(o + GC_PREV) >> 2] = pw & GC_FINALIZED;
}
