// The frame type, as far as tracebacks need it: when an exception leaves a frame, the frame's local
// variables move into a frame object owned by the frame's traceback entry (tb_frame), so they live as
// long as the traceback, as in CPython (a caught exception keeps the raising frame's locals until it
// is cleared; `__del__` of such a local runs then, not when the frame unwinds).
// Mirrors Objects/frameobject.c (PyFrameObject taking ownership of a finished frame's localsplus).
// Invariants: owns f_code, f_globals and the localsplus tuple (items may be NULL for unbound names).
//
//   -8 gc_next -4 gc_prev | +0 ob_refcnt +4 ob_type +8 f_code +12 f_globals +16 f_lineno +20 localsplus (tuple)
//   +24 f_back (owned frame object or 0; sys._getframe links its snapshots)

import { pointerText } from '../support/pointer.ts';
import { gcClearFields } from '../gc/clear.ts';
import { i32, u8 } from '../heap/views.ts';
import { incref, xdecref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNewStatic, Py_TPFLAGS_HAVE_GC, type VisitProc } from './type.ts';
import { objectGCNew, objectGCFree, objectHashDefault } from './object.ts';
import { errSetString } from './errors.ts';
import { AttributeError } from './exceptions.ts';
import { strFromJS, strToJS } from './str.ts';
import { intFromNumber } from './int.ts';
import { Py_None } from './none.ts';
import { dictNew, dictSetItem } from './dict.ts';
import { tupleSize, tupleGetItemBorrow, TUPLE_ITEMS } from './tuple.ts';
import { cellGetBorrow } from './cell.ts';
import { BYTES_DATA } from './bytes.ts';
import { CO_LOCALSPLUSNAMES, CO_LOCALSPLUSKINDS, CO_NAME, CO_FILENAME } from './code.ts';

export const F_CODE_ = 8;
export const F_GLOBALS_ = 12;
export const F_LINENO_ = 16;
export const F_LOCALSPLUS_ = 20;
export const F_BACK_ = 24;
export const FRAMEOBJECT_SIZE = 28;

export let frameType = 0 as Borrowed;

/** A frame object for `code` (borrowed) taking over `localsplus` (an owned tuple, NULL items allowed). */
export function frameObjectNew(code: Borrowed, globals: Borrowed | Null, lineno: number, localsplus: Owned): Owned | Null {
  const f = objectGCNew(frameType, FRAMEOBJECT_SIZE);
  if (f === NULL) { xdecref(localsplus); return NULL; }
  incref(code);
  if (globals !== NULL) incref(globals);
  i32[(f + F_CODE_) >> 2] = code;
  i32[(f + F_GLOBALS_) >> 2] = globals;
  i32[(f + F_LINENO_) >> 2] = lineno;
  i32[(f + F_LOCALSPLUS_) >> 2] = localsplus;
  i32[(f + F_BACK_) >> 2] = 0;
  return f;
}

/** Sets frame.f_back of a new frame object, taking over `back` (an owned frame object). */
export function frameObjectSetBackSteal(f: Borrowed, back: Owned): void {
  i32[(f + F_BACK_) >> 2] = back;
}

function frameDealloc(f: Owned): void {
  const back = i32[(f + F_BACK_) >> 2], lp = i32[(f + F_LOCALSPLUS_) >> 2];
  const globals = i32[(f + F_GLOBALS_) >> 2], code = i32[(f + F_CODE_) >> 2];
  i32[(f + F_BACK_) >> 2] = 0;
  i32[(f + F_LOCALSPLUS_) >> 2] = 0;
  i32[(f + F_GLOBALS_) >> 2] = 0;
  i32[(f + F_CODE_) >> 2] = 0;
  objectGCFree(f);
  // Released after the frame's memory (a local's __del__ may run here), in frame_dealloc's order:
  // the locals first, from the first one on (a tuple would release them from its end), then
  // f_back, the code last.
  if (lp !== 0) {
    if (i32[lp >> 2] === 1) {
      const k = (lp + TUPLE_ITEMS) >> 2;
      for (let i = 0, n = tupleSize(lp as Borrowed); i < n; i++) {
        const v = i32[k + i];
        i32[k + i] = 0;
        xdecref(v as Owned);
      }
    }
    xdecref(lp as Owned);
  }
  xdecref(back as Owned);
  xdecref(globals as Owned);
  xdecref(code as Owned);
}

function frameTraverse(f: Borrowed, visit: VisitProc, arg: unknown): number {
  for (const off of [F_CODE_, F_GLOBALS_, F_LOCALSPLUS_, F_BACK_]) {
    const v = i32[(f + off) >> 2];
    if (v !== 0) { const r = visit(v as Borrowed, arg); if (r !== 0) return r; }
  }
  return 0;
}

/** frame.f_locals: the bound local variables (cell and free variables by their contents). */
function frameLocals(f: Borrowed): Owned | Null {
  const d = dictNew();
  if (d === NULL) return NULL;
  const code = i32[(f + F_CODE_) >> 2];
  const lp = i32[(f + F_LOCALSPLUS_) >> 2] as Borrowed;
  const names = i32[(code + CO_LOCALSPLUSNAMES) >> 2] as Borrowed;
  const kinds = i32[(code + CO_LOCALSPLUSKINDS) >> 2] as Borrowed;
  const n = lp !== 0 ? tupleSize(lp) : 0;
  for (let i = 0; i < n; i++) {
    let v = tupleGetItemBorrow(lp, i) as Borrowed | Null;
    if (v === NULL) continue;
    const kind = kinds !== 0 ? kindAt(kinds, i) : 0x20;
    if ((kind & 0xc0) !== 0) v = cellGetBorrow(v);
    if (v === NULL) continue;
    if (dictSetItem(d, tupleGetItemBorrow(names, i), v) < 0) { xdecref(d); return NULL; }
  }
  return d;
}

/** The i-th byte of co_localspluskinds (a bytes object). */
function kindAt(kinds: Borrowed, i: number): number {
  return u8[kinds + BYTES_DATA + i];
}

function frameGetAttr(f: Borrowed, name: Borrowed): Owned | Null {
  const s = strToJS(name);
  switch (s) {
    case 'f_code': { const c = i32[(f + F_CODE_) >> 2] as Borrowed; incref(c); return c as Owned; }
    case 'f_globals': { const g = (i32[(f + F_GLOBALS_) >> 2] || Py_None) as Borrowed; incref(g); return g as Owned; }
    case 'f_lineno': return intFromNumber(i32[(f + F_LINENO_) >> 2]);
    case 'f_locals': return frameLocals(f);
    case 'f_back': { const b = (i32[(f + F_BACK_) >> 2] || Py_None) as Borrowed; incref(b); return b as Owned; }
    case 'f_trace': incref(Py_None); return Py_None as Owned;
    default: return errSetString(AttributeError, `'frame' object has no attribute '${s}'`);
  }
}

function frameRepr(f: Borrowed): Owned | Null {
  const code = i32[(f + F_CODE_) >> 2];
  return strFromJS(`<frame at ${pointerText(f)}, file '${strToJS(i32[(code + CO_FILENAME) >> 2] as Borrowed)}', ` +
    `line ${i32[(f + F_LINENO_) >> 2]}, code ${strToJS(i32[(code + CO_NAME) >> 2] as Borrowed)}>`);
}

/** Creates the frame type (static phase). */
export function frameObjectInitStatic(): void {
  frameType = typeNewStatic({
    name: 'frame',
    basicsize: FRAMEOBJECT_SIZE,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: { dealloc: frameDealloc, traverse: frameTraverse, clear: (o) => gcClearFields(o, [F_BACK_, F_LOCALSPLUS_, F_GLOBALS_]), repr: frameRepr, hash: objectHashDefault, getattro: frameGetAttr },
  });
}
