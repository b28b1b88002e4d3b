// The frame type, as far as tracebacks need it: when an exception leaves a frame, the frame's local
// variables move into a frame object owned by the frame's traceback entry (tb_frame), so they live as
// long as the traceback, as in CPython (a caught exception keeps the raising frame's locals until it
// is cleared; `__del__` of such a local runs then, not when the frame unwinds).
// Mirrors Objects/frameobject.c (PyFrameObject taking ownership of a finished frame's localsplus).
// Invariants: owns f_code, f_globals and the localsplus tuple (items may be NULL for unbound names).
//
//   -8 gc_next -4 gc_prev | +0 ob_refcnt +4 ob_type +8 f_code +12 f_globals +16 f_lineno +20 localsplus (tuple)
//   +24 f_back (owned frame object or 0; sys._getframe links its snapshots)
//   +28 f_lasti: the index of the instruction being run (-1: not started or not known); read as
//   index * 2, the byte offset CPython's 2-byte code units give (our co_positions has one entry per
//   instruction, so `f_lasti // 2` indexes it)
//   +32 the byte address of the interpreter frame this object views while that frame exists, else 0
//   (vm/framelive.ts: the frame holds a reference to this object and unlinks it when it ends; while
//   linked, the line, f_lasti, f_locals and f_back are read from the frame, through frameLiveHooks)
//   +36 the frame's locals dict when it had one (module, class body, exec code: f_locals is that dict;
//   owned, or 0)
//   +40 f_trace (the local trace function, owned, or 0)  +44 flags: f_trace_lines (1, default on),
//   f_trace_opcodes (2) (vm/trace.ts raises the events)

import { pointerText } from '../support/pointer.ts';
import { gcClearFields } from '../gc/clear.ts';
import { i32, u8 } from '../heap/views.ts';
import { incref, xdecref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNewStatic, Py_TPFLAGS_HAVE_GC, type VisitProc } from './type.ts';
import { objectGCNew, objectGCFree, objectHashDefault } from './object.ts';
import { errSetString } from './errors.ts';
import { AttributeError, ValueError, TypeError, NotImplementedError } from './exceptions.ts';
import { strFromJS, strToJS } from './str.ts';
import { Py_True, Py_False } from './bool.ts';
import { typeAddGetSets, type GetSetDef } from './getset.ts';
import { typeAddMethods, type MethodDef } from './methodobject.ts';
import { isModule, moduleDictBorrow } from './module.ts';
import { intFromNumber } from './int.ts';
import { Py_None } from './none.ts';
import { dictNew, dictSetItem, dictGetItemStringBorrow } from './dict.ts';
import { tupleSize, tupleGetItemBorrow, TUPLE_ITEMS } from './tuple.ts';
import { cellGetBorrow } from './cell.ts';
import { BYTES_DATA } from './bytes.ts';
import { CO_LOCALSPLUSNAMES, CO_LOCALSPLUSKINDS, CO_NAME, CO_FILENAME, CO_NLOCALSPLUS, CO_STACKSIZE } from './code.ts';
import { cpythonItemCounts } from './sizeof.ts';

export const F_CODE_ = 8;
export const F_GLOBALS_ = 12;
export const F_LINENO_ = 16;
export const F_LOCALSPLUS_ = 20;
export const F_BACK_ = 24;
export const F_LASTI_ = 28;
export const F_LIVE_ = 32;
export const F_LOCALSDICT_ = 36;
export const F_TRACE_ = 40;
export const F_TRACE_FLAGS_ = 44;
export const FRAMEOBJECT_SIZE = 48;
export const TRACE_LINES = 1;
export const TRACE_OPCODES = 2;

/** Readers of a live frame object's interpreter frame, installed by vm/framelive.ts (objects never import the VM). */
export const frameLiveHooks = {
  line: null as ((f: number) => number) | null,
  lasti: null as ((f: number) => number) | null,
  /** The byte address of the frame's localsplus[0] (borrowed references, 0 for unbound). */
  localsplus: null as ((f: number) => number) | null,
  /** The frame's locals dict (module, class body, exec code), borrowed, or 0. */
  localsDict: null as ((f: number) => number) | null,
  /** Whether a trace function is running (setting f_lineno is allowed only there). */
  tracing: null as (() => boolean) | null,
  back: null as ((f: number) => Owned | Null) | null,
  clear: null as ((f: number) => number) | null,
};

function liveOf(fo: Borrowed): number {
  return i32[(fo + F_LIVE_) >> 2];
}

function lineOf(fo: Borrowed): number {
  const live = liveOf(fo);
  return live !== 0 ? frameLiveHooks.line!(live) : i32[(fo + F_LINENO_) >> 2];
}

export let frameType = 0 as Borrowed;

/**
 * A frame object for `code` (borrowed) taking over `localsplus` (an owned tuple, NULL items allowed);
 * `lasti` is the index of the instruction being run (-1 when unknown).
 */
export function frameObjectNew(code: Borrowed, globals: Borrowed | Null, lineno: number, localsplus: Owned | Null, lasti: number): Owned | Null {
  const f = objectGCNew(frameType, FRAMEOBJECT_SIZE);
  if (f === NULL) { xdecref(localsplus); return NULL; }
  incref(code);
  if (globals !== NULL) incref(globals);
  i32[(f + F_CODE_) >> 2] = code;
  i32[(f + F_GLOBALS_) >> 2] = globals;
  i32[(f + F_LINENO_) >> 2] = lineno;
  i32[(f + F_LOCALSPLUS_) >> 2] = localsplus;
  i32[(f + F_BACK_) >> 2] = 0;
  i32[(f + F_LASTI_) >> 2] = lasti;
  i32[(f + F_LIVE_) >> 2] = 0;
  i32[(f + F_LOCALSDICT_) >> 2] = 0;
  i32[(f + F_TRACE_) >> 2] = 0;
  i32[(f + F_TRACE_FLAGS_) >> 2] = TRACE_LINES;
  return f;
}

/** Sets frame.f_back of a new frame object, taking over `back` (an owned frame object). */
export function frameObjectSetBackSteal(f: Borrowed, back: Owned): void {
  i32[(f + F_BACK_) >> 2] = back;
}

function frameDealloc(f: Owned): void {
  const back = i32[(f + F_BACK_) >> 2], lp = i32[(f + F_LOCALSPLUS_) >> 2];
  const globals = i32[(f + F_GLOBALS_) >> 2], code = i32[(f + F_CODE_) >> 2];
  const ld = i32[(f + F_LOCALSDICT_) >> 2], trace = i32[(f + F_TRACE_) >> 2];
  i32[(f + F_LOCALSDICT_) >> 2] = 0;
  i32[(f + F_TRACE_) >> 2] = 0;
  i32[(f + F_BACK_) >> 2] = 0;
  i32[(f + F_LOCALSPLUS_) >> 2] = 0;
  i32[(f + F_GLOBALS_) >> 2] = 0;
  i32[(f + F_CODE_) >> 2] = 0;
  objectGCFree(f);
  // Released after the frame's memory (a local's __del__ may run here), in frame_dealloc's order:
  // the locals first, from the first one on (a tuple would release them from its end), then
  // f_back, the code last.
  if (lp !== 0) {
    if (i32[lp >> 2] === 1) dropLocals(lp as Borrowed);
    xdecref(lp as Owned);
  }
  xdecref(ld as Owned);
  xdecref(trace as Owned);
  xdecref(back as Owned);
  xdecref(globals as Owned);
  xdecref(code as Owned);
}

/** Releases the locals of the localsplus tuple `lp` from the first on (a tuple would go from its end). */
function dropLocals(lp: Borrowed): void {
  const k = (lp + TUPLE_ITEMS) >> 2;
  for (let i = 0, n = tupleSize(lp); i < n; i++) {
    const v = i32[k + i];
    i32[k + i] = 0;
    xdecref(v as Owned);
  }
}

function frameTraverse(f: Borrowed, visit: VisitProc, arg: unknown): number {
  for (const off of [F_CODE_, F_GLOBALS_, F_LOCALSPLUS_, F_BACK_, F_LOCALSDICT_, F_TRACE_]) {
    const v = i32[(f + off) >> 2];
    if (v !== 0) { const r = visit(v as Borrowed, arg); if (r !== 0) return r; }
  }
  return 0;
}

/**
 * frame.f_locals: the bound local variables (cell and free variables by their contents), read from the
 * running frame while the object is live, else from the locals it took over.
 */
function frameLocals(f: Borrowed): Owned | Null {
  const live = liveOf(f);
  const ld = live !== 0 ? frameLiveHooks.localsDict!(live) : i32[(f + F_LOCALSDICT_) >> 2];
  if (ld !== 0) {
    incref(ld as Borrowed);
    return ld as Owned;
  }
  const d = dictNew();
  if (d === NULL) return NULL;
  const code = i32[(f + F_CODE_) >> 2];
  const lp = i32[(f + F_LOCALSPLUS_) >> 2] as Borrowed;
  // word index of the first local: in the running frame, or the items of the taken-over tuple
  const base = live !== 0 ? frameLiveHooks.localsplus!(live) >> 2 : (lp + TUPLE_ITEMS) >> 2;
  const names = i32[(code + CO_LOCALSPLUSNAMES) >> 2] as Borrowed;
  const kinds = i32[(code + CO_LOCALSPLUSKINDS) >> 2] as Borrowed;
  const n = live !== 0 ? i32[(code + CO_NLOCALSPLUS) >> 2] : lp !== 0 ? tupleSize(lp) : 0;
  for (let i = 0; i < n; i++) {
    let v = i32[base + i] as Borrowed | Null;
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

function frameField(off: number, orNone: boolean) {
  return (f: Borrowed): Owned | Null => {
    const v = (i32[(f + off) >> 2] || (orNone ? Py_None : 0)) as Borrowed;
    incref(v);
    return v as Owned;
  };
}

/** The setter of the fields CPython declares read-only (frame_getsetlist without a setter). */
function notWritable(name: string) {
  return (): number => {
    errSetString(AttributeError, `attribute '${name}' of 'frame' objects is not writable`);
    return -1;
  };
}

/** frame.f_builtins: the builtins the frame's globals name (the builtins module's dict otherwise). */
function frameBuiltins(f: Borrowed): Owned | Null {
  const g = i32[(f + F_GLOBALS_) >> 2] as Borrowed;
  let b = g !== 0 ? dictGetItemStringBorrow(g, '__builtins__') : NULL;
  if (b !== NULL && isModule(b)) b = moduleDictBorrow(b);
  // A traceback's frame keeps no globals: an empty namespace stands for its builtins.
  if (b === NULL) return dictNew();
  incref(b);
  return b as Owned;
}

const FRAME_GETSETS: GetSetDef[] = [
  {
    name: 'f_back',
    get: (f) => (liveOf(f) !== 0 ? frameLiveHooks.back!(liveOf(f)) : frameField(F_BACK_, true)(f)),
    set: notWritable('f_back'),
  },
  { name: 'f_builtins', get: frameBuiltins, set: notWritable('f_builtins') },
  { name: 'f_code', get: frameField(F_CODE_, false), set: notWritable('f_code') },
  { name: 'f_globals', get: frameField(F_GLOBALS_, true), set: notWritable('f_globals') },
  {
    name: 'f_lasti',
    get: (f) => {
      const i = liveOf(f) !== 0 ? frameLiveHooks.lasti!(liveOf(f)) : i32[(f + F_LASTI_) >> 2];
      return intFromNumber(i < 0 ? -1 : i * 2);
    },
    set: notWritable('f_lasti'),
  },
  {
    name: 'f_lineno',
    get: (f) => intFromNumber(lineOf(f)),
    set: () => {
      if (frameLiveHooks.tracing!()) errSetString(NotImplementedError, 'Immortal cannot jump yet: f_lineno cannot be set');
      else errSetString(ValueError, 'f_lineno can only be set in a trace function');
      return -1;
    },
  },
  { name: 'f_locals', get: frameLocals, set: notWritable('f_locals') },
  {
    name: 'f_trace',
    get: frameField(F_TRACE_, true),
    set: (f, v) => {
      const old = i32[(f + F_TRACE_) >> 2];
      const nv = v === NULL || v === Py_None ? 0 : v;
      if (nv !== 0) incref(nv as Borrowed);
      i32[(f + F_TRACE_) >> 2] = nv;
      xdecref(old as Owned | Null);
      return 0;
    },
  },
  { name: 'f_trace_lines', get: traceFlag(TRACE_LINES), set: traceFlagSet(TRACE_LINES) },
  { name: 'f_trace_opcodes', get: traceFlag(TRACE_OPCODES), set: traceFlagSet(TRACE_OPCODES) },
];

function traceFlag(bit: number) {
  return (f: Borrowed): Owned => {
    const v = (i32[(f + F_TRACE_FLAGS_) >> 2] & bit) !== 0 ? Py_True : Py_False;
    incref(v);
    return v as Owned;
  };
}

/** The setters of f_trace_lines / f_trace_opcodes: a bool (PyMemberDef T_BOOL). */
function traceFlagSet(bit: number) {
  return (f: Borrowed, v: Borrowed | Null): number => {
    if (v === NULL) { errSetString(TypeError, "can't delete numeric/char attribute"); return -1; }
    if (v !== Py_True && v !== Py_False) { errSetString(TypeError, 'attribute value type must be bool'); return -1; }
    const w = (f + F_TRACE_FLAGS_) >> 2;
    i32[w] = v === Py_True ? i32[w] | bit : i32[w] & ~bit;
    return 0;
  };
}

function newRefNone(): Owned {
  incref(Py_None);
  return Py_None as Owned;
}

/**
 * frame.clear(): drops the local variables the frame object holds. A live one refuses while its frame
 * runs ("cannot clear an executing frame"); a suspended generator's frame is closed first, which ends
 * the frame and leaves this object with the locals to drop.
 */
function frameClear(f: Borrowed): Owned | Null {
  if (liveOf(f) !== 0 && frameLiveHooks.clear!(liveOf(f)) < 0) return NULL;
  const lp = i32[(f + F_LOCALSPLUS_) >> 2];
  if (lp !== 0) dropLocals(lp as Borrowed);
  return newRefNone();
}

const FRAME_METHODS: MethodDef[] = [
  {
    name: 'clear',
    fn: (self, _a, nargs) => (nargs !== 0 ? errSetString(TypeError, `frame.clear() takes no arguments (${nargs} given)`) : frameClear(self as Borrowed)),
    doc: 'F.clear(): clear most references held by the frame',
  },
];

function frameRepr(f: Borrowed): Owned | Null {
  const code = i32[(f + F_CODE_) >> 2];
  return strFromJS(`<frame at ${pointerText(f)}, file '${strToJS(i32[(code + CO_FILENAME) >> 2] as Borrowed)}', ` +
    `line ${lineOf(f)}, code ${strToJS(i32[(code + CO_NAME) >> 2] as Borrowed)}>`);
}

/** Creates the frame type (static phase). */
export function frameObjectInitStatic(): void {
  // CPython's frame object embeds the interpreter frame: ob_size = its code's locals and stack slots.
  cpythonItemCounts.set('frame', (f) => {
    const code = i32[(f + F_CODE_) >> 2];
    return i32[(code + CO_NLOCALSPLUS) >> 2] + i32[(code + CO_STACKSIZE) >> 2];
  });
  frameType = typeNewStatic({
    name: 'frame',
    basicsize: FRAMEOBJECT_SIZE,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: { dealloc: frameDealloc, traverse: frameTraverse, clear: (o) => gcClearFields(o, [F_BACK_, F_LOCALSPLUS_, F_GLOBALS_, F_LOCALSDICT_, F_TRACE_]), repr: frameRepr, hash: objectHashDefault },
  });
  typeAddGetSets(frameType, FRAME_GETSETS);
  typeAddMethods(frameType, FRAME_METHODS);
}
