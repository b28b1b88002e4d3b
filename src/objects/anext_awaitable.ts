// anext_awaitable: what anext(aiterator, default) returns. Awaiting it awaits aiterator.__anext__()'s
// awaitable, and turns the StopAsyncIteration that ends the iteration into the default value (a
// StopIteration(default), as if the awaitable had returned it). Mirrors Objects/iterobject.c of
// CPython 3.12 (anextawaitable_*). Invariants: owns the wrapped awaitable and the default.
//
//   +0 ob_refcnt +4 ob_type | +8 wrapped (owned) +12 default_value (owned)

import { i32 } from '../heap/views.ts';
import { newRef, decref, incref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNewStatic, Py_TPFLAGS_HAVE_GC, slotsOf, type VisitProc } from './type.ts';
import { typeAddMethods, argAt, type MethodDef } from './methodobject.ts';
import { exceptionTypes } from './exceptions.ts';
import { errExceptionMatches, errClear } from './errors.ts';
import { objectGCNew, objectGCFree } from './object.ts';
import { callMethod } from './abstract.ts';
import { coroutineGetAwaitableIter, coroutineAwait, isCoroutine } from './coroutine.ts';
import { genSetStopIterationValue } from './gen.ts';

const AA_WRAPPED = 8;
const AA_DEFAULT = 12;
const AA_SIZE = 16;

let anextAwaitableType = 0 as Borrowed;

/** PyAnextAwaitable_New: borrows both and keeps new references. */
export function anextAwaitableNew(awaitable: Borrowed, dflt: Borrowed): Owned | Null {
  const o = objectGCNew(anextAwaitableType, AA_SIZE);
  if (o === NULL) return NULL;
  incref(awaitable);
  incref(dflt);
  i32[(o + AA_WRAPPED) >> 2] = awaitable;
  i32[(o + AA_DEFAULT) >> 2] = dflt;
  return o;
}

/** anextawaitable_getiter: the wrapped awaitable's iterator (a coroutine's own is its coroutine_wrapper). */
function getIter(o: Borrowed): Owned | Null {
  const it = coroutineGetAwaitableIter(i32[(o + AA_WRAPPED) >> 2] as Borrowed);
  if (it === NULL) return NULL;
  if (slotsOf(it).iternext === null && isCoroutine(it)) {
    const w = coroutineAwait(it);
    decref(it);
    return w;
  }
  return it;
}

/** StopAsyncIteration from the wrapped awaitable becomes StopIteration(default). Steals `r`. */
function finish(o: Borrowed, r: Owned | Null): Owned | Null {
  if (r !== NULL) return r;
  if (errExceptionMatches(exceptionTypes.get('StopAsyncIteration')!)) {
    errClear();
    return genSetStopIterationValue(newRef(i32[(o + AA_DEFAULT) >> 2] as Borrowed));
  }
  return NULL;
}

function iternext(o: Borrowed): Owned | Null {
  const it = getIter(o);
  if (it === NULL) return NULL;
  const r = slotsOf(it).iternext!(it);
  decref(it);
  return finish(o, r);
}

/** anextawaitable_proxy: calls the iterator's method `name` with the arguments given. */
function proxy(o: Borrowed, name: string, args: Borrowed[]): Owned | Null {
  const it = getIter(o);
  if (it === NULL) return NULL;
  const r = callMethod(it, name, args);
  decref(it);
  return finish(o, r);
}

function collect(args: number, nargs: number): Borrowed[] {
  const out: Borrowed[] = [];
  for (let i = 0; i < nargs; i++) out.push(argAt(args, i));
  return out;
}

const METHODS: MethodDef[] = [
  { name: 'send', fn: (self, args, nargs) => proxy(self as Borrowed, 'send', collect(args, nargs)) },
  { name: 'throw', fn: (self, args, nargs) => proxy(self as Borrowed, 'throw', collect(args, nargs)) },
  { name: 'close', fn: (self, args, nargs) => proxy(self as Borrowed, 'close', collect(args, nargs)) },
  { name: '__await__', fn: (self) => newRef(self as Borrowed), doc: 'Return an iterator to be used in await expression.' },
];

function dealloc(o: Owned): void {
  for (const off of FIELDS) {
    const v = i32[(o + off) >> 2];
    i32[(o + off) >> 2] = 0;
    if (v !== 0) decref(v as Owned);
  }
  objectGCFree(o);
}

function traverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  for (const off of FIELDS) {
    const v = i32[(o + off) >> 2];
    if (v !== 0) {
      const r = visit(v as Borrowed, arg);
      if (r !== 0) return r;
    }
  }
  return 0;
}
const FIELDS = [AA_WRAPPED, AA_DEFAULT];

/** Creates the anext_awaitable type (static phase). */
export function anextAwaitableInitStatic(): void {
  anextAwaitableType = typeNewStatic({
    name: 'anext_awaitable',
    basicsize: AA_SIZE,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: { dealloc, traverse, iter: (o) => newRef(o), iternext },
  });
  typeAddMethods(anextAwaitableType, METHODS);
}
