// The generator type: a suspended interpreter frame embedded in the generator object.
// Mirrors Objects/genobject.c (PyGenObject with gi_iframe, gen_send_ex, gen_throw, gen_close,
// _PyGen_Finalize) of CPython 3.12. The code that runs the frame lives in vm/gen.ts and is installed
// here as hooks (objects/ never import vm/). Invariants: the embedded frame owns its slots while the
// generator is created or suspended; once completed they are released and gi_frame_state says so.
//
//   -8 gc_next -4 gc_prev | +0 ob_refcnt +4 ob_type +8 gi_frame_state +12 gi_name +16 gi_qualname
//   +20 gi_exc_state (the exception being handled inside the generator, owned, or 0)
//   +24 gi_weakreflist  +28 gi_code (owned: the frame's code outlives the frame for gi_code)
//   +32 the frame (code.co_framesize words)

import { pointerText } from '../support/pointer.ts';
import { i32 } from '../heap/views.ts';
import { newRef, decref, incref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNewStatic, Py_TPFLAGS_HAVE_GC, typeWriteUnraisable, type VisitProc } from './type.ts';
import { typeAddMethods, argAt, type MethodDef } from './methodobject.ts';
import { typeAddGetSets, type GetSetDef } from './getset.ts';
import { TypeError } from './exceptions.ts';
import { Py_None } from './none.ts';
import { Py_True, Py_False } from './bool.ts';
import { callMethod } from './abstract.ts';
import { errFetch, errSetRaised, errSetString } from './errors.ts';
import { objectHashDefault } from './object.ts';
import { strFromJS, strToJS, isStr } from './str.ts';
import { tupleSize } from './tuple.ts';

export const GI_FRAME_STATE = 8;
export const GI_NAME = 12;
export const GI_QUALNAME = 16;
export const GI_EXC_STATE = 20;
export const GI_WEAKREFLIST = 24;
export const GI_CODE = 28;
export const GI_FRAME = 32;

// gi_frame_state values (Include/internal/pycore_frame.h).
export const FRAME_CREATED = -2;
export const FRAME_SUSPENDED = -1;
export const FRAME_EXECUTING = 0;
export const FRAME_COMPLETED = 1;
export const FRAME_CLEARED = 4;

/** The generator machinery, installed by the vm at start-up. */
export const genHooks = {
  dealloc: null as ((g: Owned) => void) | null,
  traverse: null as ((g: Borrowed, visit: VisitProc, arg: unknown) => number) | null,
  iternext: null as ((g: Borrowed) => Owned | Null) | null,
  send: null as ((g: Borrowed, v: Borrowed) => Owned | Null) | null,
  throw: null as ((g: Borrowed, typ: Borrowed, val: Borrowed | Null, tb: Borrowed | Null) => Owned | Null) | null,
  close: null as ((g: Borrowed) => Owned | Null) | null,
  /** gi_yieldfrom: the sub-iterator a suspended `yield from`/`await` delegates to, borrowed, or NULL. */
  yieldFrom: null as ((g: Borrowed) => Borrowed | Null) | null,
  /** gi_frame of an unfinished generator: a frame object snapshot of its frame. */
  frame: null as ((g: Borrowed) => Owned | Null) | null,
};

export let genType = 0 as Borrowed;

export function isGen(o: Borrowed): boolean {
  return i32[(o + 4) >> 2] === genType;
}

function genRepr(g: Borrowed): Owned | Null {
  return strFromJS(`<generator object ${strToJS(i32[(g + GI_QUALNAME) >> 2] as Borrowed)} at ${pointerText(g)}>`);
}

/**
 * _PyGen_Finalize (tp_finalize; the cycle collector calls it once per generator, PEP 442): close()
 * a suspended generator so its finally blocks run; an error is reported as unraisable.
 */
function genFinalize(g: Borrowed): void {
  const st = i32[(g + GI_FRAME_STATE) >> 2];
  if (st >= FRAME_COMPLETED || st === FRAME_EXECUTING) return;
  const saved = errFetch();
  const r = callMethod(g, 'close');
  if (r === NULL) typeWriteUnraisable(g, 'Exception ignored in');
  else decref(r);
  errSetRaised(saved);
}

/** Creates the generator type (static phase). */
export function genInitStatic(): void {
  genType = typeNewStatic({
    name: 'generator',
    basicsize: GI_FRAME,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: {
      dealloc: (g) => genHooks.dealloc!(g),
      traverse: (g, v, a) => genHooks.traverse!(g, v, a),
      finalize: genFinalize,
      repr: genRepr,
      hash: objectHashDefault,
      iter: (g) => newRef(g),
      iternext: (g) => genHooks.iternext!(g),
    },
  });
  typeAddMethods(genType, GEN_METHODS);
  typeAddGetSets(genType, GEN_GETSETS);
}

function noKwargs(fname: string, kwnames: Borrowed | Null): boolean {
  if (kwnames !== NULL && tupleSize(kwnames) > 0) {
    errSetString(TypeError, `${fname}() takes no keyword arguments`);
    return false;
  }
  return true;
}

// gen_methods: send (METH_O), throw (METH_FASTCALL), close (METH_NOARGS), with CPython's argument errors.
const GEN_METHODS: MethodDef[] = [
  {
    name: 'send',
    fn: (self, args, nargs, kw) => {
      if (!noKwargs('generator.send', kw)) return NULL;
      if (nargs !== 1) return errSetString(TypeError, `generator.send() takes exactly one argument (${nargs} given)`);
      return genHooks.send!(self as Borrowed, argAt(args, 0));
    },
    doc: 'send(arg) -> send \'arg\' into generator,\nreturn next yielded value or raise StopIteration.',
  },
  {
    name: 'throw',
    fn: (self, args, nargs, kw) => {
      if (!noKwargs('throw', kw)) return NULL;
      if (nargs < 1 || nargs > 3) {
        return errSetString(TypeError, nargs < 1 ? `throw expected at least 1 argument, got ${nargs}` : `throw expected at most 3 arguments, got ${nargs}`);
      }
      return genHooks.throw!(self as Borrowed, argAt(args, 0), nargs > 1 ? argAt(args, 1) : NULL, nargs > 2 ? argAt(args, 2) : NULL);
    },
  },
  {
    name: 'close',
    fn: (self, _args, nargs, kw) => {
      if (!noKwargs('generator.close', kw)) return NULL;
      if (nargs !== 0) return errSetString(TypeError, `generator.close() takes no arguments (${nargs} given)`);
      return genHooks.close!(self as Borrowed);
    },
    doc: 'close() -> raise GeneratorExit inside generator.',
  },
];

function boolRef(b: boolean): Owned {
  const v = b ? Py_True : Py_False;
  incref(v);
  return v as Owned;
}

/** __name__ / __qualname__ setter (gen_set_name / gen_set_qualname): a str, never deleted. */
function genSetNameAt(off: number, label: string): (g: Borrowed, v: Borrowed | Null) => number {
  return (g, v) => {
    if (v === NULL || !isStr(v)) { errSetString(TypeError, `${label} must be set to a string object`); return -1; }
    const old = i32[(g + off) >> 2] as Owned;
    i32[(g + off) >> 2] = newRef(v);
    decref(old);
    return 0;
  };
}

// gen_getsetlist + gen_memberlist of CPython 3.12.
const GEN_GETSETS: GetSetDef[] = [
  { name: '__name__', get: (g) => newRef(i32[(g + GI_NAME) >> 2] as Borrowed), set: genSetNameAt(GI_NAME, '__name__'), doc: 'name of the generator' },
  { name: '__qualname__', get: (g) => newRef(i32[(g + GI_QUALNAME) >> 2] as Borrowed), set: genSetNameAt(GI_QUALNAME, '__qualname__'), doc: 'qualified name of the generator' },
  {
    name: 'gi_yieldfrom',
    get: (g) => { const yf = genHooks.yieldFrom!(g); return newRef(yf === NULL ? Py_None : yf); },
    doc: 'object being iterated by yield from, or None',
  },
  { name: 'gi_running', get: (g) => boolRef(i32[(g + GI_FRAME_STATE) >> 2] === FRAME_EXECUTING) },
  {
    name: 'gi_frame',
    get: (g) => (i32[(g + GI_FRAME_STATE) >> 2] >= FRAME_COMPLETED ? newRef(Py_None) : genHooks.frame!(g)),
  },
  { name: 'gi_suspended', get: (g) => boolRef(i32[(g + GI_FRAME_STATE) >> 2] === FRAME_SUSPENDED) },
  { name: 'gi_code', get: (g) => newRef(i32[(g + GI_CODE) >> 2] as Borrowed) },
];

export { NULL };
