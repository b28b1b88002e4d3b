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
