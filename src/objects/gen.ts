// The generator type: a suspended interpreter frame embedded in the generator object; coroutines
// (objects/coroutine.ts) and async generators (objects/async_generator.ts) share its layout and machinery.
// Mirrors Objects/genobject.c (PyGenObject with gi_iframe, gen_send_ex, gen_throw, gen_close,
// _PyGen_Finalize) of CPython 3.12. The code that runs the frame lives in vm/gen.ts and is installed
// here as hooks (objects/ never import vm/). Invariants: the embedded frame owns its slots while the
// generator is created or suspended; once completed they are released and gi_frame_state says so.
//
//   -8 gc_next -4 gc_prev | +0 ob_refcnt +4 ob_type +8 gi_frame_state +12 gi_name +16 gi_qualname
//   +20 gi_exc_state (the exception being handled inside the generator, owned, or 0)
//   +24 gi_weakreflist  +28 gi_code (owned: the frame's code outlives the frame for gi_code)
//   +32 ag_finalizer (async generators: sys.set_asyncgen_hooks' finalizer, owned, or 0) or cr_origin
//       (coroutines: a tuple of (filename, line, name) when origin tracking was on, owned, or 0)
//   +36 ag_flags (async generators: AG_HOOKS_INITED | AG_CLOSED | AG_RUNNING_ASYNC)
//   +40 the frame (code.co_framesize words)

import { pointerText } from '../support/pointer.ts';
import { i32 } from '../heap/views.ts';
import { newRef, decref, incref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNewStatic, Py_TPFLAGS_HAVE_GC, type VisitProc, type TypeSlots } from './type.ts';
import { typeAddMethods, argAt, type MethodDef } from './methodobject.ts';
import { typeAddGetSets, type GetSetDef } from './getset.ts';
import { TypeError, StopIteration, exceptionNew } from './exceptions.ts';
import { Py_None } from './none.ts';
import { Py_True, Py_False } from './bool.ts';
import { errSetString, errSetRaised } from './errors.ts';
import { objectHashDefault } from './object.ts';
import { strFromJS, strToJS, isStr } from './str.ts';
import { cpythonItemCounts } from './sizeof.ts';
import { CO_NLOCALSPLUS, CO_STACKSIZE } from './code.ts';
import { tupleSize, tupleNew, tupleSetItemSteal } from './tuple.ts';

export const GI_FRAME_STATE = 8;
export const GI_NAME = 12;
export const GI_QUALNAME = 16;
export const GI_EXC_STATE = 20;
export const GI_WEAKREFLIST = 24;
export const GI_CODE = 28;
export const GI_AG_FINALIZER = 32;
export const GI_AG_FLAGS = 36;
export const GI_FRAME = 40;

// ag_flags bits: async_gen_init_hooks ran; closed (ag_closed); an asend/athrow is running (ag_running_async).
export const AG_HOOKS_INITED = 1;
export const AG_CLOSED = 2;
export const AG_RUNNING_ASYNC = 4;

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
  /** _PyGen_Finalize: close() a suspended one, warn about a never-awaited coroutine, or call an async generator's finalizer. */
  finalize: null as ((g: Borrowed) => void) | null,
  /** gen_send_ex(g, arg, exc, closing): a return becomes StopIteration(value) (StopAsyncIteration for async generators). */
  sendEx: null as ((g: Borrowed, arg: Borrowed | Null, exc: boolean, closing: boolean) => Owned | Null) | null,
  /** PyErr_WarnEx(DeprecationWarning, msg, 1): 0, or -1 when the filters made it an error. */
  warnDeprecated: null as ((msg: string) => number) | null,
  /** _gen_throw(g, close_on_genexit, typ, val, tb). */
  throwEx: null as ((g: Borrowed, closeOnGenExit: boolean, typ: Borrowed, val: Borrowed | Null, tb: Borrowed | Null) => Owned | Null) | null,
};

/**
 * sys.set_asyncgen_hooks' firstiter and finalizer (owned, or 0): async generators take them on their
 * first iteration (objects/async_generator.ts). Released by genAsyncHooksClear at shutdown.
 */
export const genAsyncHooks = { firstiter: 0 as number, finalizer: 0 as number };

/** Sets one of the hooks, stealing `v` (0 for None). */
export function genAsyncHooksSet(which: 'firstiter' | 'finalizer', v: Owned | Null): void {
  const old = genAsyncHooks[which];
  genAsyncHooks[which] = v;
  if (old !== 0) decref(old as Owned);
}

export function genAsyncHooksClear(): void {
  genAsyncHooksSet('firstiter', NULL);
  genAsyncHooksSet('finalizer', NULL);
}

export let genType = 0 as Borrowed;
/** The coroutine and async_generator types (objects/coroutine.ts, objects/async_generator.ts create them). */
export const genKinds = { coro: 0 as Borrowed, asyncGen: 0 as Borrowed };

export function isGen(o: Borrowed): boolean {
  return i32[(o + 4) >> 2] === genType;
}

/** A generator, coroutine or async generator (the objects that embed a frame). */
export function isGenLike(o: Borrowed): boolean {
  const t = i32[(o + 4) >> 2];
  return t === genType || t === genKinds.coro || t === genKinds.asyncGen;
}

/** The word CPython's messages use for this kind of generator object. */
export function genKindName(g: Borrowed): string {
  const t = i32[(g + 4) >> 2];
  return t === genKinds.coro ? 'coroutine' : t === genKinds.asyncGen ? 'async generator' : 'generator';
}

/** The repr of a generator-like object: `<generator object f at 0x...>` and the like. */
export function genReprAs(g: Borrowed, typeName: string): Owned | Null {
  return strFromJS(`<${typeName} object ${strToJS(i32[(g + GI_QUALNAME) >> 2] as Borrowed)} at ${pointerText(g)}>`);
}

/** The slots the three generator types share (their frame, GC, finalization). */
export function genSharedSlots(): Pick<TypeSlots, 'dealloc' | 'traverse' | 'finalize' | 'hash'> {
  return {
    dealloc: (g) => genHooks.dealloc!(g),
    traverse: (g, v, a) => genHooks.traverse!(g, v, a),
    finalize: (g) => genHooks.finalize!(g),
    hash: objectHashDefault,
  };
}

/**
 * _PyGen_SetStopIterationValue: raises StopIteration(value), stealing `value`; None gives StopIteration()
 * (PyErr_SetObject's rule) and a tuple or an exception stays one argument.
 */
export function genSetStopIterationValue(value: Owned): Null {
  let args: Owned | Null;
  if (value === Py_None) {
    decref(value);
    args = tupleNew(0);
  } else {
    args = tupleNew(1);
    if (args === NULL) { decref(value); return NULL; }
    tupleSetItemSteal(args, 0, value);
  }
  if (args === NULL) return NULL;
  const e = exceptionNew(StopIteration, args);
  if (e !== NULL) errSetRaised(e);
  return NULL;
}

/** Creates the generator type (static phase). */
export function genInitStatic(): void {
  // CPython's generator, coroutine and async generator embed their frame: ob_size = its code's slots.
  for (const name of ['generator', 'coroutine', 'async_generator']) {
    cpythonItemCounts.set(name, (g) => {
      const code = i32[(g + GI_CODE) >> 2];
      return i32[(code + CO_NLOCALSPLUS) >> 2] + i32[(code + CO_STACKSIZE) >> 2];
    });
  }
  genType = typeNewStatic({
    name: 'generator',
    basicsize: GI_FRAME,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: {
      ...genSharedSlots(),
      repr: (g) => genReprAs(g, 'generator'),
      iter: (g) => newRef(g),
      iternext: (g) => genHooks.iternext!(g),
    },
  });
  typeAddMethods(genType, genMethods('generator', 'generator'));
  typeAddGetSets(genType, genGetSets('gi', 'generator'));
}

export function genNoKwargs(fname: string, kwnames: Borrowed | Null): boolean {
  if (kwnames !== NULL && tupleSize(kwnames) > 0) {
    errSetString(TypeError, `${fname}() takes no keyword arguments`);
    return false;
  }
  return true;
}

/** The operations behind send/throw/close methods (genSendThrowClose). */
export interface SendThrowClose {
  send: (o: Borrowed, v: Borrowed) => Owned | Null;
  throw: (o: Borrowed, typ: Borrowed, val: Borrowed | Null, tb: Borrowed | Null) => Owned | Null;
  close: (o: Borrowed) => Owned | Null;
}

/**
 * send (METH_O), throw (METH_FASTCALL) and close (METH_NOARGS) with CPython's argument errors, for
 * generators, coroutines and the awaitables that stand for them; `label` names the type in send's and
 * close's messages, `what` the object in the docs. `warnThrow`: throw() itself warns about its
 * three-argument form before calling `ops.throw` (the awaitables do; the generator's hook warns).
 */
export function genSendThrowClose(label: string, what: string, ops: SendThrowClose, warnThrow = false): MethodDef[] {
  return [
    {
      name: 'send',
      fn: (self, args, nargs, kw) => {
        if (!genNoKwargs(`${label}.send`, kw)) return NULL;
        if (nargs !== 1) return errSetString(TypeError, `${label}.send() takes exactly one argument (${nargs} given)`);
        return ops.send(self as Borrowed, argAt(args, 0));
      },
      doc: `send(arg) -> send 'arg' into ${what},\nreturn next ${what === 'coroutine' ? 'iterated' : 'yielded'} value or raise StopIteration.`,
    },
    {
      name: 'throw',
      fn: (self, args, nargs, kw) => {
        if (!genNoKwargs(`${label}.throw`, kw)) return NULL;
        if (nargs < 1 || nargs > 3) {
          return errSetString(TypeError, nargs < 1 ? `throw expected at least 1 argument, got ${nargs}` : `throw expected at most 3 arguments, got ${nargs}`);
        }
        if (warnThrow && nargs > 1 && genHooks.warnDeprecated!('the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.') < 0) return NULL;
        return ops.throw(self as Borrowed, argAt(args, 0), nargs > 1 ? argAt(args, 1) : NULL, nargs > 2 ? argAt(args, 2) : NULL);
      },
    },
    {
      name: 'close',
      fn: (self, _args, nargs, kw) => {
        if (!genNoKwargs(`${label}.close`, kw)) return NULL;
        if (nargs !== 0) return errSetString(TypeError, `${label}.close() takes no arguments (${nargs} given)`);
        return ops.close(self as Borrowed);
      },
      doc: `close() -> raise GeneratorExit inside ${what}.`,
    },
  ];
}

/** gen_methods / coro_methods: send, throw and close of the generator-like object itself. */
export function genMethods(label: string, what: string): MethodDef[] {
  return genSendThrowClose(label, what, {
    send: (g, v) => genHooks.send!(g, v),
    throw: (g, typ, val, tb) => genHooks.throw!(g, typ, val, tb),
    close: (g) => genHooks.close!(g),
  });
}

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

/**
 * gen_getsetlist + gen_memberlist of CPython 3.12, and the coroutine's (cr_*) and async generator's
 * (ag_*) versions: the same fields under the kind's prefix. An async generator's ag_running is its
 * running_async flag; a coroutine's delegate is cr_await, an async generator's ag_await.
 */
export function genGetSets(prefix: 'gi' | 'cr' | 'ag', what: string): GetSetDef[] {
  const defs: GetSetDef[] = [
    { name: '__name__', get: (g) => newRef(i32[(g + GI_NAME) >> 2] as Borrowed), set: genSetNameAt(GI_NAME, '__name__'), doc: `name of the ${what}` },
    { name: '__qualname__', get: (g) => newRef(i32[(g + GI_QUALNAME) >> 2] as Borrowed), set: genSetNameAt(GI_QUALNAME, '__qualname__'), doc: `qualified name of the ${what}` },
    {
      name: prefix === 'gi' ? 'gi_yieldfrom' : `${prefix}_await`,
      get: (g) => { const yf = genHooks.yieldFrom!(g); return newRef(yf === NULL ? Py_None : yf); },
      doc: prefix === 'gi' ? 'object being iterated by yield from, or None' : 'object being awaited on, or None',
    },
    {
      name: `${prefix}_running`,
      get: prefix === 'ag'
        ? (g) => boolRef((i32[(g + GI_AG_FLAGS) >> 2] & AG_RUNNING_ASYNC) !== 0)
        : (g) => boolRef(i32[(g + GI_FRAME_STATE) >> 2] === FRAME_EXECUTING),
    },
    {
      name: `${prefix}_frame`,
      get: (g) => (i32[(g + GI_FRAME_STATE) >> 2] >= FRAME_COMPLETED ? newRef(Py_None) : genHooks.frame!(g)),
    },
    { name: `${prefix}_suspended`, get: (g) => boolRef(i32[(g + GI_FRAME_STATE) >> 2] === FRAME_SUSPENDED) },
    { name: `${prefix}_code`, get: (g) => newRef(i32[(g + GI_CODE) >> 2] as Borrowed) },
  ];
  // cr_origin: recorded when sys.set_coroutine_origin_tracking_depth was above 0 at creation (vm/gen.ts coroOrigin).
  if (prefix === 'cr') defs.push({ name: 'cr_origin', get: (g) => newRef((i32[(g + GI_AG_FINALIZER) >> 2] || Py_None) as Borrowed) });
  return defs;
}

export { NULL };
