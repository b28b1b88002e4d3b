// Async generators (`async def` with `yield`) and the awaitables their methods return: asend()/__anext__
// (async_generator_asend), athrow()/aclose() (async_generator_athrow), and the wrapper that marks a value
// the async generator yielded (async_generator_wrapped_value) apart from values its awaits pass up.
// Mirrors Objects/genobject.c of CPython 3.12 (PyAsyncGen_Type, async_gen_init_hooks,
// async_gen_unwrap_value, async_gen_asend_*, async_gen_athrow_*). The async generator is laid out and
// run as a generator (objects/gen.ts, vm/gen.ts); its ag_finalizer/ag_flags words hold the hook state.
// Invariants: an asend/athrow owns its generator and arguments; a wrapped value owns its value.
//
//   asend:  +8 gen (owned)  +12 sendval (owned or 0)  +16 state (INIT, ITER, CLOSED)
//   athrow: +8 gen (owned)  +12 args (owned tuple, or 0 for aclose())  +16 state
//   wrapped value: +8 value (owned)

import { i32 } from '../heap/views.ts';
import { newRef, decref, incref, xdecref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNewStatic, Py_TPFLAGS_HAVE_GC, type VisitProc } from './type.ts';
import { typeAddMethods, argAt, type MethodDef } from './methodobject.ts';
import { typeAddGetSets } from './getset.ts';
import { TypeError, exceptionTypes } from './exceptions.ts';
import { errSetString, errSetNone, errOccurred, errExceptionMatches, errClear } from './errors.ts';
import { objectGCNew, objectGCFree } from './object.ts';
import { objectCallOneArg } from './abstract.ts';
import { tupleNew, tupleSetItemSteal, tupleSize, tupleGetItemBorrow } from './tuple.ts';
import { Py_None } from './none.ts';
import {
  genKinds, genHooks, genGetSets, genSharedSlots, genReprAs, genNoKwargs, genSetStopIterationValue, genAsyncHooks, genSendThrowClose,
  GI_FRAME, GI_FRAME_STATE, GI_AG_FINALIZER, GI_AG_FLAGS, AG_HOOKS_INITED, AG_CLOSED, AG_RUNNING_ASYNC, FRAME_COMPLETED,
} from './gen.ts';

const A_GEN = 8;
const A_ARG = 12;
const A_STATE = 16;
const A_SIZE = 20;
const W_VALUE = 8;
const W_SIZE = 12;

// The awaitables' states (AWAITABLE_STATE_*).
const INIT = 0;
const ITER = 1;
const CLOSED = 2;

export let asyncGeneratorType = 0 as Borrowed;
let asendType = 0 as Borrowed;
let athrowType = 0 as Borrowed;
let wrappedValueType = 0 as Borrowed;

export function isAsyncGenerator(o: Borrowed): boolean {
  return i32[(o + 4) >> 2] === asyncGeneratorType;
}

function isWrappedValue(o: Borrowed): boolean {
  return i32[(o + 4) >> 2] === wrappedValueType;
}

function flags(g: Borrowed): number {
  return i32[(g + GI_AG_FLAGS) >> 2];
}

function setFlag(g: Borrowed, bit: number, on: boolean): void {
  const f = i32[(g + GI_AG_FLAGS) >> 2];
  i32[(g + GI_AG_FLAGS) >> 2] = on ? f | bit : f & ~bit;
}

function runtimeError(msg: string): Null {
  return errSetString(exceptionTypes.get('RuntimeError')!, msg);
}

/** INTRINSIC_ASYNC_GEN_WRAP: `yield v` in an async generator yields v wrapped, so asend can tell it apart. */
export function asyncGenWrapValue(v: Borrowed): Owned | Null {
  const w = objectGCNew(wrappedValueType, W_SIZE);
  if (w === NULL) return NULL;
  incref(v);
  i32[(w + W_VALUE) >> 2] = v;
  return w;
}

/**
 * async_gen_init_hooks: on the first asend/athrow/aclose/__anext__, the thread's finalizer is kept by the
 * generator and its firstiter hook is called with it. 0, or -1 with the hook's error.
 */
function initHooks(g: Borrowed): number {
  if ((flags(g) & AG_HOOKS_INITED) !== 0) return 0;
  setFlag(g, AG_HOOKS_INITED, true);
  const { firstiter, finalizer } = genAsyncHooks;
  if (finalizer !== 0) {
    incref(finalizer as Borrowed);
    const old = i32[(g + GI_AG_FINALIZER) >> 2];
    i32[(g + GI_AG_FINALIZER) >> 2] = finalizer;
    if (old !== 0) decref(old as Owned);
  }
  if (firstiter !== 0) {
    const f = newRef(firstiter as Borrowed);
    const r = objectCallOneArg(f, g);
    decref(f);
    if (r === NULL) return -1;
    decref(r);
  }
  return 0;
}

/**
 * async_gen_unwrap_value: what an asend/athrow step gives: a value the generator yielded ends the step
 * as StopIteration(value); a value an inner await passed up goes on up; the end of the generator is
 * StopAsyncIteration (and marks it closed, as GeneratorExit does). Steals `r`.
 */
function unwrap(g: Borrowed, r: Owned | Null): Owned | Null {
  if (r === NULL) {
    if (errOccurred() === NULL) errSetNone(exceptionTypes.get('StopAsyncIteration')!);
    if (errExceptionMatches(exceptionTypes.get('StopAsyncIteration')!) || errExceptionMatches(exceptionTypes.get('GeneratorExit')!)) {
      setFlag(g, AG_CLOSED, true);
    }
    setFlag(g, AG_RUNNING_ASYNC, false);
    return NULL;
  }
  if (isWrappedValue(r)) {
    const v = newRef(i32[(r + W_VALUE) >> 2] as Borrowed);
    decref(r);
    setFlag(g, AG_RUNNING_ASYNC, false);
    return genSetStopIterationValue(v);
  }
  return r;
}

function awaitableNew(type: Borrowed, g: Borrowed, arg: Borrowed | Null): Owned | Null {
  const o = objectGCNew(type, A_SIZE);
  if (o === NULL) return NULL;
  incref(g);
  i32[(o + A_GEN) >> 2] = g;
  if (arg !== NULL) incref(arg);
  i32[(o + A_ARG) >> 2] = arg;
  i32[(o + A_STATE) >> 2] = INIT;
  return o;
}

/** async_gen_anext: ag.__anext__(), the awaitable of the next item (GET_ANEXT's fast path too). */
export function asyncGenAnext(g: Borrowed): Owned | Null {
  if (initHooks(g) < 0) return NULL;
  return awaitableNew(asendType, g, NULL);
}

// ---- async_generator_asend -------------------------------------------------------------------------

function asendSend(o: Borrowed, arg: Borrowed | Null): Owned | Null {
  const g = i32[(o + A_GEN) >> 2] as Borrowed;
  const st = i32[(o + A_STATE) >> 2];
  if (st === CLOSED) return runtimeError('cannot reuse already awaited __anext__()/asend()');
  if (st === INIT) {
    if ((flags(g) & AG_RUNNING_ASYNC) !== 0) {
      i32[(o + A_STATE) >> 2] = CLOSED;
      return runtimeError('anext(): asynchronous generator is already running');
    }
    if (arg === NULL || arg === Py_None) arg = i32[(o + A_ARG) >> 2] as Borrowed | Null;
    i32[(o + A_STATE) >> 2] = ITER;
  }
  setFlag(g, AG_RUNNING_ASYNC, true);
  const r = unwrap(g, genHooks.sendEx!(g, arg, false, false));
  if (r === NULL) i32[(o + A_STATE) >> 2] = CLOSED;
  return r;
}

function asendThrow(o: Borrowed, typ: Borrowed, val: Borrowed | Null, tb: Borrowed | Null): Owned | Null {
  const g = i32[(o + A_GEN) >> 2] as Borrowed;
  if (i32[(o + A_STATE) >> 2] === CLOSED) return runtimeError('cannot reuse already awaited __anext__()/asend()');
  const r = unwrap(g, genHooks.throw!(g, typ, val, tb));
  if (r === NULL) i32[(o + A_STATE) >> 2] = CLOSED;
  return r;
}

// ---- async_generator_athrow ------------------------------------------------------------------------

/** athrow()'s arguments, unpacked as PyArg_UnpackTuple(args, "athrow", 1, 3) does; null with TypeError. */
function athrowArgs(args: Borrowed): [Borrowed, Borrowed | Null, Borrowed | Null] | null {
  const n = tupleSize(args);
  if (n < 1 || n > 3) {
    errSetString(TypeError, n < 1 ? `athrow expected at least 1 argument, got ${n}` : `athrow expected at most 3 arguments, got ${n}`);
    return null;
  }
  return [tupleGetItemBorrow(args, 0), n > 1 ? tupleGetItemBorrow(args, 1) : NULL, n > 2 ? tupleGetItemBorrow(args, 2) : NULL];
}

/** The end of an aclose()/athrow() step that failed (check_error): aclose() turns the generator's end into StopIteration. */
function athrowError(o: Borrowed, g: Borrowed): Null {
  setFlag(g, AG_RUNNING_ASYNC, false);
  i32[(o + A_STATE) >> 2] = CLOSED;
  const closing = i32[(o + A_ARG) >> 2] === 0;
  if (closing && (errExceptionMatches(exceptionTypes.get('StopAsyncIteration')!) || errExceptionMatches(exceptionTypes.get('GeneratorExit')!))) {
    errClear();
    errSetNone(exceptionTypes.get('StopIteration')!);
  }
  return NULL;
}

/** The generator yielded a value while aclose() was closing it (yield_close). */
function athrowIgnoredExit(o: Borrowed, g: Borrowed): Null {
  setFlag(g, AG_RUNNING_ASYNC, false);
  i32[(o + A_STATE) >> 2] = CLOSED;
  return runtimeError('async generator ignored GeneratorExit');
}

function athrowSend(o: Borrowed, arg: Borrowed | Null): Owned | Null {
  const g = i32[(o + A_GEN) >> 2] as Borrowed;
  const args = i32[(o + A_ARG) >> 2] as Borrowed | Null;
  const st = i32[(o + A_STATE) >> 2];
  if (st === CLOSED) return runtimeError('cannot reuse already awaited aclose()/athrow()');
  if (i32[(g + GI_FRAME_STATE) >> 2] >= FRAME_COMPLETED) {
    i32[(o + A_STATE) >> 2] = CLOSED;
    return errSetNone(exceptionTypes.get('StopIteration')!);
  }
  if (st === INIT) {
    if ((flags(g) & AG_RUNNING_ASYNC) !== 0) {
      i32[(o + A_STATE) >> 2] = CLOSED;
      return runtimeError(args === NULL ? 'aclose(): asynchronous generator is already running' : 'athrow(): asynchronous generator is already running');
    }
    if ((flags(g) & AG_CLOSED) !== 0) {
      i32[(o + A_STATE) >> 2] = CLOSED;
      return errSetNone(exceptionTypes.get('StopAsyncIteration')!);
    }
    if (arg !== NULL && arg !== Py_None) return runtimeError("can't send non-None value to a just-started coroutine");
    i32[(o + A_STATE) >> 2] = ITER;
    setFlag(g, AG_RUNNING_ASYNC, true);
    let r: Owned | Null;
    if (args === NULL) {
      // aclose(): GeneratorExit goes into the generator itself (a delegate it awaits is not closed first).
      setFlag(g, AG_CLOSED, true);
      r = genHooks.throwEx!(g, false, exceptionTypes.get('GeneratorExit')!, NULL, NULL);
      if (r !== NULL && isWrappedValue(r)) { decref(r); return athrowIgnoredExit(o, g); }
    } else {
      const a = athrowArgs(args);
      if (a === null) return NULL;
      r = unwrap(g, genHooks.throwEx!(g, false, a[0], a[1], a[2]));
    }
    if (r === NULL) return athrowError(o, g);
    return r;
  }
  const r = genHooks.sendEx!(g, arg === NULL ? Py_None : arg, false, false);
  if (args !== NULL) return unwrap(g, r);
  if (r === NULL) return athrowError(o, g);
  if (isWrappedValue(r)) { decref(r); return athrowIgnoredExit(o, g); }
  return r;
}

function athrowThrow(o: Borrowed, typ: Borrowed, val: Borrowed | Null, tb: Borrowed | Null): Owned | Null {
  const g = i32[(o + A_GEN) >> 2] as Borrowed;
  if (i32[(o + A_STATE) >> 2] === CLOSED) return runtimeError('cannot reuse already awaited aclose()/athrow()');
  const r = genHooks.throw!(g, typ, val, tb);
  if (i32[(o + A_ARG) >> 2] !== 0) return unwrap(g, r);
  // aclose() mode.
  if (r !== NULL && isWrappedValue(r)) { decref(r); return athrowIgnoredExit(o, g); }
  if (r === NULL && (errExceptionMatches(exceptionTypes.get('StopAsyncIteration')!) || errExceptionMatches(exceptionTypes.get('GeneratorExit')!))) {
    errClear();
    return errSetNone(exceptionTypes.get('StopIteration')!);
  }
  return r;
}

// ---- the types -----------------------------------------------------------------------------------------

function awaitableDealloc(o: Owned): void {
  const g = i32[(o + A_GEN) >> 2], a = i32[(o + A_ARG) >> 2];
  i32[(o + A_GEN) >> 2] = 0;
  i32[(o + A_ARG) >> 2] = 0;
  if (g !== 0) decref(g as Owned);
  xdecref(a as Owned | Null);
  objectGCFree(o);
}

function awaitableTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  for (const off of AWAITABLE_FIELDS) {
    const v = i32[(o + off) >> 2];
    if (v !== 0) {
      const r = visit(v as Borrowed, arg);
      if (r !== 0) return r;
    }
  }
  return 0;
}
const AWAITABLE_FIELDS = [A_GEN, A_ARG];

/** send/throw/close/__await__ of asend and athrow: `send` and `thr` are the kind's steps. */
function awaitableMethods(
  label: string,
  send: (o: Borrowed, arg: Borrowed | Null) => Owned | Null,
  thr: (o: Borrowed, typ: Borrowed, val: Borrowed | Null, tb: Borrowed | Null) => Owned | Null,
): MethodDef[] {
  const close = (o: Borrowed): Owned => {
    i32[(o + A_STATE) >> 2] = CLOSED;
    return newRef(Py_None);
  };
  return [
    ...genSendThrowClose(label, 'generator', { send, throw: thr, close }, true),
    { name: '__await__', fn: (self) => newRef(self as Borrowed), doc: 'Return an iterator to be used in await expression.' },
  ];
}

/** An asend/athrow type: its own iterator and awaitable, stepping with `send`. */
function awaitableType(
  name: string,
  send: (o: Borrowed, arg: Borrowed | Null) => Owned | Null,
  thr: (o: Borrowed, typ: Borrowed, val: Borrowed | Null, tb: Borrowed | Null) => Owned | Null,
): Borrowed {
  const t = typeNewStatic({
    name,
    basicsize: A_SIZE,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: {
      dealloc: awaitableDealloc, traverse: awaitableTraverse,
      iter: (o) => newRef(o), iternext: (o) => send(o, NULL),
    },
  });
  typeAddMethods(t, awaitableMethods(name, send, thr));
  return t;
}

function noArgsMethod(label: string, fn: (g: Borrowed) => Owned | Null, doc: string): MethodDef {
  return {
    name: label,
    fn: (self, _args, nargs, kw) => {
      if (!genNoKwargs(`async_generator.${label}`, kw)) return NULL;
      if (nargs !== 0) return errSetString(TypeError, `async_generator.${label}() takes no arguments (${nargs} given)`);
      return fn(self as Borrowed);
    },
    doc,
  };
}

// async_gen_methods: asend, athrow, aclose, and the async iterator protocol.
const ASYNC_GEN_METHODS: MethodDef[] = [
  {
    name: 'asend',
    fn: (self, args, nargs, kw) => {
      if (!genNoKwargs('async_generator.asend', kw)) return NULL;
      if (nargs !== 1) return errSetString(TypeError, `async_generator.asend() takes exactly one argument (${nargs} given)`);
      if (initHooks(self as Borrowed) < 0) return NULL;
      return awaitableNew(asendType, self as Borrowed, argAt(args, 0));
    },
    doc: "asend(v) -> send 'v' in generator.",
  },
  {
    name: 'athrow',
    fn: (self, args, nargs, kw) => {
      if (!genNoKwargs('athrow', kw)) return NULL;
      if (nargs > 1 && genHooks.warnDeprecated!('the (type, exc, tb) signature of athrow() is deprecated, use the single-arg signature instead.') < 0) return NULL;
      if (initHooks(self as Borrowed) < 0) return NULL;
      const t = tupleNew(nargs);
      if (t === NULL) return NULL;
      for (let i = 0; i < nargs; i++) tupleSetItemSteal(t, i, newRef(argAt(args, i)));
      const r = awaitableNew(athrowType, self as Borrowed, t);
      decref(t);
      return r;
    },
    doc: 'athrow(value)\nathrow(type[,value[,tb]])\n\nraise exception in generator.\nthe (type, val, tb) signature is deprecated, \nand may be removed in a future version of Python.',
  },
  noArgsMethod('aclose', (g) => (initHooks(g) < 0 ? NULL : awaitableNew(athrowType, g, NULL)), 'aclose() -> raise GeneratorExit inside generator.'),
  noArgsMethod('__aiter__', (g) => newRef(g), 'Return an awaitable, that resolves in asynchronous iterator.'),
  noArgsMethod('__anext__', asyncGenAnext, 'Return a value or raise StopAsyncIteration.'),
];

function wrappedDealloc(o: Owned): void {
  const v = i32[(o + W_VALUE) >> 2];
  i32[(o + W_VALUE) >> 2] = 0;
  if (v !== 0) decref(v as Owned);
  objectGCFree(o);
}

/** Creates the async generator types (static phase, after the generator type). */
export function asyncGeneratorInitStatic(): void {
  asyncGeneratorType = typeNewStatic({
    name: 'async_generator',
    basicsize: GI_FRAME,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: { ...genSharedSlots(), repr: (g) => genReprAs(g, 'async_generator') },
  });
  genKinds.asyncGen = asyncGeneratorType;
  typeAddMethods(asyncGeneratorType, ASYNC_GEN_METHODS);
  typeAddGetSets(asyncGeneratorType, genGetSets('ag', 'async generator'));
  asendType = awaitableType('async_generator_asend', asendSend, asendThrow);
  athrowType = awaitableType('async_generator_athrow', athrowSend, athrowThrow);
  wrappedValueType = typeNewStatic({
    name: 'async_generator_wrapped_value',
    basicsize: W_SIZE,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: {
      dealloc: wrappedDealloc,
      traverse: (o, visit, arg) => { const v = i32[(o + W_VALUE) >> 2]; return v !== 0 ? visit(v as Borrowed, arg) : 0; },
    },
  });
}
