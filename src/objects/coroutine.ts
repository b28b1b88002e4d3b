// The coroutine type (what calling an `async def` function makes) and coroutine_wrapper (what its
// __await__ returns). Mirrors Objects/genobject.c of CPython 3.12 (PyCoro_Type, coro_await,
// _PyCoroWrapper_Type, _PyCoro_GetAwaitableIter). A coroutine is laid out and run as a generator
// (objects/gen.ts, vm/gen.ts) but is not an iterator: `await` drives it, through SEND, or its wrapper.
// Invariants: a wrapper owns its coroutine; the coroutine's frame follows objects/gen.ts's rules.
//
//   coroutine_wrapper: +0 ob_refcnt +4 ob_type | +8 cw_coroutine (owned)

import { i32 } from '../heap/views.ts';
import { newRef, decref, incref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNewStatic, Py_TPFLAGS_HAVE_GC, typeNameOf, typeOf, slotsOf, type VisitProc } from './type.ts';
import { typeAddMethods, type MethodDef } from './methodobject.ts';
import { typeAddGetSets } from './getset.ts';
import { TypeError } from './exceptions.ts';
import { errSetString } from './errors.ts';
import { objectGCNew, objectGCFree } from './object.ts';
import { lookupSpecial, objectCallNoArgs } from './abstract.ts';
import { CO_FLAGS } from './code.ts';
import {
  genType, genKinds, genHooks, genMethods, genSendThrowClose, genGetSets, genSharedSlots, genReprAs, GI_CODE, GI_FRAME,
} from './gen.ts';

/** CO_ITERABLE_COROUTINE: a generator function decorated with types.coroutine, whose generators can be awaited. */
export const CO_ITERABLE_COROUTINE = 0x100;

const CW_CORO = 8;
const CW_SIZE = 12;

export let coroutineType = 0 as Borrowed;
let coroutineWrapperType = 0 as Borrowed;

export function isCoroutine(o: Borrowed): boolean {
  return i32[(o + 4) >> 2] === coroutineType;
}

/** gen_is_coroutine: a generator made by a types.coroutine function. */
function genIsCoroutine(o: Borrowed): boolean {
  return typeOf(o) === genType && (i32[(i32[(o + GI_CODE) >> 2] + CO_FLAGS) >> 2] & CO_ITERABLE_COROUTINE) !== 0;
}

/**
 * _PyCoro_GetAwaitableIter: what `await o` iterates: a coroutine (or types.coroutine generator)
 * itself, else the iterator o.__await__() returns, with CPython's TypeErrors.
 */
export function coroutineGetAwaitableIter(o: Borrowed): Owned | Null {
  if (isCoroutine(o) || genIsCoroutine(o)) return newRef(o);
  const m = lookupSpecial(o, '__await__');
  if (m === NULL) {
    return errSetString(TypeError, `object ${typeNameOf(o)} can't be used in 'await' expression`);
  }
  const r = objectCallNoArgs(m);
  decref(m);
  if (r === NULL) return NULL;
  if (isCoroutine(r) || genIsCoroutine(r)) {
    decref(r);
    return errSetString(TypeError, '__await__() returned a coroutine');
  }
  if (slotsOf(r).iternext === null) {
    const tn = typeNameOf(r);
    decref(r);
    return errSetString(TypeError, `__await__() returned non-iterator of type '${tn}'`);
  }
  return r;
}

/** Whether o's class defines __await__ (tp_as_async->am_await): the async-with messages of GET_AWAITABLE ask. */
export function coroutineHasAwait(o: Borrowed): boolean {
  const m = lookupSpecial(o, '__await__');
  if (m === NULL) return false;
  decref(m);
  return true;
}

/** coro_await: coroutine.__await__() gives a wrapper that iterates the coroutine. */
export function coroutineAwait(coro: Borrowed): Owned | Null {
  const w = objectGCNew(coroutineWrapperType, CW_SIZE);
  if (w === NULL) return NULL;
  incref(coro);
  i32[(w + CW_CORO) >> 2] = coro;
  return w;
}

function wrapperCoro(w: Borrowed): Borrowed {
  return i32[(w + CW_CORO) >> 2] as Borrowed;
}

// coro_wrapper_methods: the coroutine's own send, throw and close, on its behalf.
const WRAPPER_METHODS: MethodDef[] = genSendThrowClose('coroutine_wrapper', 'coroutine', {
  send: (w, v) => genHooks.send!(wrapperCoro(w), v),
  throw: (w, typ, val, tb) => genHooks.throw!(wrapperCoro(w), typ, val, tb),
  close: (w) => genHooks.close!(wrapperCoro(w)),
});

function wrapperDealloc(w: Owned): void {
  const c = i32[(w + CW_CORO) >> 2];
  i32[(w + CW_CORO) >> 2] = 0;
  if (c !== 0) decref(c as Owned);
  objectGCFree(w);
}

function wrapperTraverse(w: Borrowed, visit: VisitProc, arg: unknown): number {
  const c = i32[(w + CW_CORO) >> 2];
  return c !== 0 ? visit(c as Borrowed, arg) : 0;
}

/** Creates the coroutine and coroutine_wrapper types (static phase, after the generator type). */
export function coroutineInitStatic(): void {
  coroutineType = typeNewStatic({
    name: 'coroutine',
    basicsize: GI_FRAME,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: { ...genSharedSlots(), repr: (g) => genReprAs(g, 'coroutine') },
  });
  genKinds.coro = coroutineType;
  typeAddMethods(coroutineType, [
    ...genMethods('coroutine', 'coroutine'),
    { name: '__await__', fn: (self, _a, nargs) => (nargs !== 0 ? errSetString(TypeError, `expected 0 arguments, got ${nargs}`) : coroutineAwait(self as Borrowed)), doc: 'Return an iterator to be used in await expression.' },
  ]);
  typeAddGetSets(coroutineType, genGetSets('cr', 'coroutine'));
  coroutineWrapperType = typeNewStatic({
    name: 'coroutine_wrapper',
    basicsize: CW_SIZE,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: {
      dealloc: wrapperDealloc,
      traverse: wrapperTraverse,
      iter: (w) => newRef(w),
      iternext: (w) => genHooks.iternext!(wrapperCoro(w)),
    },
  });
  typeAddMethods(coroutineWrapperType, WRAPPER_METHODS);
}
