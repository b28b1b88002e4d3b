// The traceback type: one entry per frame an exception passed through, newest first via tb_next
// pointing at the older... (as CPython: the head is the outermost frame, tb_next goes inward).
// Mirrors Python/traceback.c (PyTracebackObject, PyTraceBack_Here, tb_new, tb_next_set). We keep the
// code object, the globals and the line; tb_frame is a frame object (objects/frameobject.ts) holding the
// frame's locals when the exception left that frame (the unwinder attaches it), else one made on first
// access with the code, globals and line only.
// Invariants: a traceback owns tb_next, tb_frame (0 or a frame object), tb_code and tb_globals (0 or a
// dict); tb_lasti is CPython's byte offset (instruction index * 2); the tb_next chain has no loop.
//
//   -8 gc_next -4 gc_prev | +0 ob_refcnt +4 ob_type +8 tb_next +12 tb_frame (0) +16 tb_code +20 tb_lasti
//   +24 tb_lineno +28 tb_globals

import { gcClearFields } from '../gc/clear.ts';
import { i32 } from '../heap/views.ts';
import { incref, decref, xdecref, newRef, rc } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNewStatic, typeOf, typeNameOf, Py_TPFLAGS_HAVE_GC, type VisitProc } from './type.ts';
import { objectGCNew, objectGCFree, objectHashDefault } from './object.ts';
import { errSetString, errOccurred } from './errors.ts';
import { AttributeError, TypeError, ValueError } from './exceptions.ts';
import { intFromNumber, intAsCInt } from './int.ts';
import { Py_None } from './none.ts';
import { frameObjectNew, frameType, F_CODE_, F_GLOBALS_, F_LOCALSDICT_ } from './frameobject.ts';
import { CO_FLAGS, CO_OPTIMIZED, CO_NAME } from './code.ts';
import { strToJS } from './str.ts';
import { tupleEmptyNew } from './tuple.ts';
import { typeAddGetSets, type GetSetDef } from './getset.ts';
import { parseArgs, PARSED } from './abstract.ts';

export const TB_NEXT = 8;
export const TB_FRAME = 12;
export const TB_CODE = 16;
export const TB_LASTI = 20;
export const TB_LINENO = 24;
export const TB_GLOBALS = 28;
export const TB_SIZE = 32;

export let tracebackType = 0 as Borrowed;

export function isTraceback(o: Borrowed): boolean {
  return i32[(o + 4) >> 2] === tracebackType;
}

/**
 * A traceback entry for `code` run with `globals` at instruction index `lasti` (line `lineno`) in front
 * of `next` (borrowed, may be NULL).
 */
export function tracebackNew(next: Borrowed | Null, code: Borrowed, globals: Borrowed | Null, lasti: number, lineno: number): Owned | Null {
  const tb = objectGCNew(tracebackType, TB_SIZE);
  if (tb === NULL) return NULL;
  if (next !== NULL) incref(next);
  i32[(tb + TB_NEXT) >> 2] = next;
  i32[(tb + TB_FRAME) >> 2] = 0;
  incref(code);
  i32[(tb + TB_CODE) >> 2] = code;
  i32[(tb + TB_LASTI) >> 2] = lasti * 2;
  i32[(tb + TB_LINENO) >> 2] = lineno;
  if (globals !== NULL) incref(globals);
  i32[(tb + TB_GLOBALS) >> 2] = globals;
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
    const globals = i32[(t + TB_GLOBALS) >> 2] as Owned | Null;
    i32[(t + TB_NEXT) >> 2] = 0;
    i32[(t + TB_CODE) >> 2] = 0;
    i32[(t + TB_FRAME) >> 2] = 0;
    i32[(t + TB_GLOBALS) >> 2] = 0;
    xdecref(code);
    xdecref(globals);
    objectGCFree(t as Owned);
    // The frame's locals may run __del__, which may even raise and print: do it last.
    xdecref(frame);
    if (next === 0) return;
    // Follow the chain only while we hold its last reference (and it is a mortal traceback).
    const cnt = i32[next >> 2];
    if (cnt !== 1 || i32[(next + 4) >> 2] !== tracebackType) { decref(next as Owned); return; }
    i32[next >> 2] = 0;
    if (rc.counting) { rc.decrefs++; rc.deallocs++; } // the decref to 0 this loop stands for
    t = next;
  }
}

function tbTraverse(tb: Borrowed, visit: VisitProc, arg: unknown): number {
  for (const off of [TB_NEXT, TB_FRAME, TB_CODE, TB_GLOBALS]) {
    const v = i32[(tb + off) >> 2];
    if (v !== 0) {
      const r = visit(v as Borrowed, arg);
      if (r !== 0) return r;
    }
  }
  return 0;
}

/** tb_frame: the frame object, made on first access when the frame kept no locals (or still runs). */
function tbFrameGet(tb: Borrowed): Owned | Null {
  if (i32[(tb + TB_FRAME) >> 2] === 0) {
    const fo = frameObjectNew(i32[(tb + TB_CODE) >> 2] as Borrowed, i32[(tb + TB_GLOBALS) >> 2] as Borrowed | Null,
      i32[(tb + TB_LINENO) >> 2], tupleEmptyNew(), i32[(tb + TB_LASTI) >> 2] >> 1);
    if (fo === NULL) return NULL;
    // Module code runs with its globals as its locals: that is its f_locals.
    const code = i32[(tb + TB_CODE) >> 2], g = i32[(tb + TB_GLOBALS) >> 2];
    if (g !== 0 && (i32[(code + CO_FLAGS) >> 2] & CO_OPTIMIZED) === 0 && strToJS(i32[(code + CO_NAME) >> 2] as Borrowed) === '<module>') {
      incref(g as Borrowed);
      i32[(fo + F_LOCALSDICT_) >> 2] = g;
    }
    i32[(tb + TB_FRAME) >> 2] = fo;
  }
  return newRef(i32[(tb + TB_FRAME) >> 2] as Borrowed);
}

function tbNextGet(tb: Borrowed): Owned | Null {
  const v = i32[(tb + TB_NEXT) >> 2];
  return newRef(v === 0 ? Py_None : (v as Borrowed));
}

/** tb_next_set: None or a traceback that does not lead back to this one. */
function tbNextSet(tb: Borrowed, v: Borrowed | Null): number {
  if (v === NULL) { errSetString(TypeError, "can't delete tb_next attribute"); return -1; }
  if (v !== Py_None && !isTraceback(v)) {
    errSetString(TypeError, `expected traceback object, got '${typeNameOf(v)}'`);
    return -1;
  }
  const next = v === Py_None ? NULL : v;
  for (let c: number = next; c !== 0; c = i32[(c + TB_NEXT) >> 2]) {
    if (c === tb) { errSetString(ValueError, 'traceback loop detected'); return -1; }
  }
  if (next !== NULL) incref(next);
  const old = i32[(tb + TB_NEXT) >> 2] as Owned | Null;
  i32[(tb + TB_NEXT) >> 2] = next;
  xdecref(old);
  return 0;
}

const readonly = (): number => { errSetString(AttributeError, 'readonly attribute'); return -1; };

const TRACEBACK_GETSETS: GetSetDef[] = [
  { name: 'tb_next', get: tbNextGet, set: tbNextSet },
  { name: 'tb_frame', get: tbFrameGet, set: readonly },
  { name: 'tb_lasti', get: (tb) => intFromNumber(i32[(tb + TB_LASTI) >> 2]), set: readonly },
  { name: 'tb_lineno', get: (tb) => intFromNumber(i32[(tb + TB_LINENO) >> 2]), set: null },
];

/** tb_new: TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno). */
function tbNew(_t: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('TracebackType', args, nargs, kwnames, ['tb_next', 'tb_frame', 'tb_lasti', 'tb_lineno'], 4)) return NULL;
  const next = PARSED[0] as Borrowed, frame = PARSED[1] as Borrowed, lastiObj = PARSED[2] as Borrowed, linenoObj = PARSED[3] as Borrowed;
  if (next !== Py_None && !isTraceback(next)) {
    return errSetString(TypeError, `expected traceback object or None, got '${typeNameOf(next)}'`);
  }
  if (typeOf(frame) !== frameType) {
    return errSetString(TypeError, `TracebackType() argument 'tb_frame' must be frame, not ${typeNameOf(frame)}`);
  }
  const lasti = intAsCInt(lastiObj);
  if (lasti === -1 && errOccurred()) return NULL;
  const lineno = intAsCInt(linenoObj);
  if (lineno === -1 && errOccurred()) return NULL;
  const tb = tracebackNew(next === Py_None ? NULL : next, i32[(frame + F_CODE_) >> 2] as Borrowed,
    i32[(frame + F_GLOBALS_) >> 2] as Borrowed | Null, 0, lineno);
  if (tb === NULL) return NULL;
  i32[(tb + TB_LASTI) >> 2] = lasti;
  i32[(tb + TB_FRAME) >> 2] = newRef(frame);
  return tb;
}

/** Creates the traceback type (static phase). */
export function tracebackInitStatic(): void {
  tracebackType = typeNewStatic({
    name: 'traceback',
    basicsize: TB_SIZE,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: {
      dealloc: tbDealloc, traverse: tbTraverse, clear: (o) => gcClearFields(o, [TB_NEXT, TB_FRAME, TB_GLOBALS]),
      hash: objectHashDefault, new: tbNew,
    },
  });
  typeAddGetSets(tracebackType, TRACEBACK_GETSETS);
}
