// tp_clear helpers shared by the container types: drop the references held in given fields.
// Mirrors the Py_CLEAR sequences of CPython's *_clear functions (funcobject.c func_clear,
// classobject.c cm_clear, descrobject.c property_clear, exceptions.c BaseException_clear ...).
// Invariants: each field is set to NULL before its old value is released (a decref may run code
// that reads the object again).

import { i32 } from '../heap/views.ts';
import { decref } from '../heap/refcount.ts';
import type { Borrowed } from '../heap/ref.ts';

/** Py_CLEAR on each field at the byte offsets `offsets` of `o`; returns 0 (a tp_clear result). */
export function gcClearFields(o: Borrowed, offsets: readonly number[]): number {
  for (const off of offsets) gcClearField(o, off);
  return 0;
}

/**
 * Py_CLEAR on the field at byte offset `off` of `o`. Deallocs that run for every object of their type
 * call this per field rather than gcClearFields, whose array of offsets V8 allocates at each call.
 */
export function gcClearField(o: number, off: number): void {
  const v = i32[(o + off) >> 2];
  if (v !== 0) {
    i32[(o + off) >> 2] = 0;
    decref(v as Borrowed);
  }
}
