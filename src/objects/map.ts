// map(func, *iterables) and filter(function or None, iterable). Mirrors map_new/map_next and
// filter_new/filter_next in Python/bltinmodule.c. Invariants: both hold their iterators (owned) for
// their whole life; map passes the items to func in place (vectorcall through the call scratch stack).
//
// map (GC):    +8 func (owned)  +12 iterators (owned tuple)
// filter (GC): +8 func (owned, None for truth)  +12 iterator (owned)

import { i32 } from '../heap/views.ts';
import { decref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNewStatic, typeOf, typeGenericAlloc, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_BASETYPE, type VisitProc } from './type.ts';
import { objectGCNew, objectGCFree, objectIsTrue } from './object.ts';
import { errSetString } from './errors.ts';
import { TypeError } from './exceptions.ts';
import { Py_None } from './none.ts';
import { boolType } from './bool.ts';
import { tupleNew, tupleSetItemSteal, tupleSize, tupleGetItemBorrow, tuplePack } from './tuple.ts';
import { objectGetIter, iterNext, objectVectorcall, callArgsPush, callArgsPop, objectCallOneArg } from './abstract.ts';
import { argAt, argsNoKwnames, argsCheckPositional, typeAddMethods, argsNone, METH_NOARGS } from './methodobject.ts';
import { selfIter } from './iterobject.ts';

export let mapType = 0 as Borrowed;
export let filterType = 0 as Borrowed;
const M_FUNC = 8, M_ITERS = 12, MAP_SIZE = 16;

function mapNew(_type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('map', kwnames)) return NULL;
  if (nargs < 2) return errSetString(TypeError, 'map() must have at least two arguments.');
  const iters = tupleNew(nargs - 1);
  if (iters === NULL) return NULL;
  for (let i = 1; i < nargs; i++) {
    const it = objectGetIter(argAt(args, i));
    if (it === NULL) {
      for (let j = i - 1; j < nargs - 1; j++) i32[(iters + 12 + 4 * j) >> 2] = 0;
      decref(iters);
      return NULL;
    }
    tupleSetItemSteal(iters, i - 1, it);
  }
  // A subclass's instances are bigger (its __slots__): typeGenericAlloc sizes them by the type.
  const m = _type === mapType ? objectGCNew(mapType, MAP_SIZE) : typeGenericAlloc(_type, 0);
  if (m === NULL) { decref(iters); return NULL; }
  i32[(m + M_FUNC) >> 2] = newRef(argAt(args, 0));
  i32[(m + M_ITERS) >> 2] = iters;
  return m;
}

function mapNext(m: Borrowed): Owned | Null {
  const iters = i32[(m + M_ITERS) >> 2] as Borrowed;
  const n = tupleSize(iters);
  const func = i32[(m + M_FUNC) >> 2] as Borrowed;
  if (n === 1) {
    const item = iterNext(tupleGetItemBorrow(iters, 0));
    if (item === NULL) return NULL;
    const r = objectCallOneArg(func, item);
    decref(item);
    return r;
  }
  const args = callArgsPush(n);
  if (args === 0) return NULL;
  let got = 0;
  let result: Owned | Null = NULL;
  for (; got < n; got++) {
    const item = iterNext(tupleGetItemBorrow(iters, got));
    if (item === NULL) break;
    i32[(args >> 2) + got] = item;
  }
  if (got === n) result = objectVectorcall(func, args, n, NULL);
  for (let i = 0; i < got; i++) decref(i32[(args >> 2) + i] as Owned);
  callArgsPop(args);
  return result;
}

function mapDealloc(o: Owned): void {
  decref(i32[(o + M_FUNC) >> 2] as Owned);
  decref(i32[(o + M_ITERS) >> 2] as Owned);
  objectGCFree(o);
}

function mapTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  const r = visit(i32[(o + M_FUNC) >> 2] as Borrowed, arg);
  return r !== 0 ? r : visit(i32[(o + M_ITERS) >> 2] as Borrowed, arg);
}

function filterNew(_type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('filter', kwnames)) return NULL;
  if (!argsCheckPositional('filter', nargs, 2, 2)) return NULL;
  const it = objectGetIter(argAt(args, 1));
  if (it === NULL) return NULL;
  const f = _type === filterType ? objectGCNew(filterType, MAP_SIZE) : typeGenericAlloc(_type, 0);
  if (f === NULL) { decref(it); return NULL; }
  i32[(f + M_FUNC) >> 2] = newRef(argAt(args, 0));
  i32[(f + M_ITERS) >> 2] = it;
  return f;
}

function filterNext(f: Borrowed): Owned | Null {
  const it = i32[(f + M_ITERS) >> 2] as Borrowed;
  const func = i32[(f + M_FUNC) >> 2] as Borrowed;
  const truth = func === Py_None || func === boolType;
  for (;;) {
    const item = iterNext(it);
    if (item === NULL) return NULL;
    let ok: number;
    if (truth) ok = objectIsTrue(item);
    else {
      const r = objectCallOneArg(func, item);
      if (r === NULL) { decref(item); return NULL; }
      ok = objectIsTrue(r);
      decref(r);
    }
    if (ok > 0) return item;
    decref(item);
    if (ok < 0) return NULL;
  }
}

/** map.__reduce__() (map_reduce): (map, (func, *iterators)). */
function map_reduce(self: Borrowed | Null, _args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!argsNone('map.__reduce__', nargs, kw)) return NULL;
  const m = self as Borrowed;
  const iters = i32[(m + M_ITERS) >> 2] as Borrowed;
  const n = tupleSize(iters);
  const args = tupleNew(n + 1);
  if (args === NULL) return NULL;
  tupleSetItemSteal(args, 0, newRef(i32[(m + M_FUNC) >> 2] as Borrowed));
  for (let i = 0; i < n; i++) tupleSetItemSteal(args, i + 1, newRef(tupleGetItemBorrow(iters, i)));
  const r = tuplePack([typeOf(m), args]);
  decref(args);
  return r;
}

/** filter.__reduce__() (filter_reduce): (filter, (func, iterator)). */
function filter_reduce(self: Borrowed | Null, _args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!argsNone('filter.__reduce__', nargs, kw)) return NULL;
  const f = self as Borrowed;
  const args = tuplePack([i32[(f + M_FUNC) >> 2] as Borrowed, i32[(f + M_ITERS) >> 2] as Borrowed]);
  if (args === NULL) return NULL;
  const r = tuplePack([typeOf(f), args]);
  decref(args);
  return r;
}

/** Creates map and filter (static phase). */
export function mapInitStatic(): void {
  mapType = typeNewStatic({
    name: 'map', basicsize: MAP_SIZE, flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    slots: { dealloc: mapDealloc, traverse: mapTraverse, iter: selfIter, iternext: mapNext, new: mapNew },
  });
  filterType = typeNewStatic({
    name: 'filter', basicsize: MAP_SIZE, flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    slots: { dealloc: mapDealloc, traverse: mapTraverse, iter: selfIter, iternext: filterNext, new: filterNew },
  });
  const doc = 'Return state information for pickling.';
  typeAddMethods(mapType, [{ name: '__reduce__', fn: map_reduce, flags: METH_NOARGS, doc }]);
  typeAddMethods(filterType, [{ name: '__reduce__', fn: filter_reduce, flags: METH_NOARGS, doc }]);
}
