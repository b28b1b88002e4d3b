// The traceback type: one entry per frame an exception passed through, newest first via tb_next
// pointing at the older... (as CPython: the head is the outermost frame, tb_next goes inward).
// Mirrors Python/traceback.c (PyTracebackObject, PyTraceBack_Here). We keep the code object and the
// line; tb_frame is a frame object (objects/frameobject.ts) holding the frame's locals when the
// exception left that frame (the unwinder attaches it), else None while the frame still runs.
// Invariants: a traceback owns tb_next, tb_code and tb_frame (0 or a frame object).
//
//   -8 gc_next -4 gc_prev | +0 ob_refcnt +4 ob_type +8 tb_next +12 tb_frame (0) +16 tb_code +20 tb_lasti +24 tb_lineno

import { gcClearFields } from '../gc/clear.ts';
import { i32 } from '../heap/views.ts';
import { incref, decref, xdecref, rc } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNewStatic, Py_TPFLAGS_HAVE_GC, type VisitProc } from './type.ts';
import { objectGCNew, objectGCFree, objectHashDefault } from './object.ts';
import { errSetString } from './errors.ts';
import { AttributeError } from './exceptions.ts';
import { strToJS } from './str.ts';
import { intFromNumber } from './int.ts';
import { Py_None } from './none.ts';
import { frameObjectNew } from './frameobject.ts';
import { tupleEmptyNew } from './tuple.ts';

export const TB_NEXT = 8;
export const TB_FRAME = 12;
export const TB_CODE = 16;
export const TB_LASTI = 20;
export const TB_LINENO = 24;
export const TB_SIZE = 28;

export let tracebackType = 0 as Borrowed;

export function isTraceback(o: Borrowed): boolean {
  return i32[(o + 4) >> 2] === tracebackType;
}

/** A traceback entry for `code` at instruction `lasti` (line `lineno`) in front of `next` (borrowed, may be NULL). */
export function tracebackNew(next: Borrowed | Null, code: Borrowed, lasti: number, lineno: number): Owned | Null {
  const tb = objectGCNew(tracebackType, TB_SIZE);
  if (tb === NULL) return NULL;
  if (next !== NULL) incref(next);
  i32[(tb + TB_NEXT) >> 2] = next;
  i32[(tb + TB_FRAME) >> 2] = 0;
  incref(code);
  i32[(tb + TB_CODE) >> 2] = code;
  i32[(tb + TB_LASTI) >> 2] = lasti;
  i32[(tb + TB_LINENO) >> 2] = lineno;
  return tb;
}

/** tb_dealloc. A chain can be as long as the recursion limit (100000 entries): free it in a loop
 *  (CPython uses the trashcan) instead of recursing through decref. */
function tbDealloc(tb: Owned): void {
  let t: number = tb;
  for (;;) {
    const next = i32[(t + TB_NEXT) >> 2];
    const code = i32[(t + TB_CODE) >> 2] as Owned | Null;
    const frame = i32[(t + TB_FRAME) >> 2] as Owned | Null;
    i32[(t + TB_NEXT) >> 2] = 0;
    i32[(t + TB_CODE) >> 2] = 0;
    i32[(t + TB_FRAME) >> 2] = 0;
    xdecref(code);
    objectGCFree(t as Owned);
    // The frame's locals may run __del__, which may even raise and print: do it last.
    xdecref(frame);
    if (next === 0) return;
    // Follow the chain only while we hold its last reference (and it is a mortal traceback).
    const cnt = i32[next >> 2];
    if (cnt !== 1 || i32[(next + 4) >> 2] !== tracebackType) { decref(next as Owned); return; }
    i32[next >> 2] = 0;
    if (rc.counting) rc.decrefs++; // the decref this loop stands for
    t = next;
  }
}

function tbTraverse(tb: Borrowed, visit: VisitProc, arg: unknown): number {
  for (const off of [TB_NEXT, TB_FRAME, TB_CODE]) {
    const v = i32[(tb + off) >> 2];
    if (v !== 0) {
      const r = visit(v as Borrowed, arg);
      if (r !== 0) return r;
    }
  }
  return 0;
}

function tbGetAttr(tb: Borrowed, name: Borrowed): Owned | Null {
  const s = strToJS(name);
  if (s === 'tb_frame' && i32[(tb + TB_FRAME) >> 2] === 0) {
    // The frame kept no locals (or still runs): a frame object with its code and line only (G2).
    const t = tupleEmptyNew();
    const fo = frameObjectNew(i32[(tb + TB_CODE) >> 2] as Borrowed, NULL, i32[(tb + TB_LINENO) >> 2], t, i32[(tb + TB_LASTI) >> 2]);
    if (fo === NULL) return NULL;
    i32[(tb + TB_FRAME) >> 2] = fo;
  }
  if (s === 'tb_next' || s === 'tb_frame') {
    const v = i32[(tb + (s === 'tb_next' ? TB_NEXT : TB_FRAME)) >> 2];
    const r = v === 0 ? Py_None : (v as Borrowed);
    incref(r);
    return r as Owned;
  }
  if (s === 'tb_lineno') return intFromNumber(i32[(tb + TB_LINENO) >> 2]);
  if (s === 'tb_lasti') return intFromNumber(i32[(tb + TB_LASTI) >> 2] * 2);
  return errSetString(AttributeError, `'traceback' object has no attribute '${s}'`);
}

/** Creates the traceback type (static phase). */
export function tracebackInitStatic(): void {
  tracebackType = typeNewStatic({
    name: 'traceback',
    basicsize: TB_SIZE,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: { dealloc: tbDealloc, traverse: tbTraverse, clear: (o) => gcClearFields(o, [TB_NEXT, TB_FRAME]), hash: objectHashDefault, getattro: tbGetAttr },
  });
}
