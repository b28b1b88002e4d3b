// zip(*iterables, strict=False). Mirrors zip_new / zip_next in Python/bltinmodule.c.
// Invariants: the iterators tuple is built once; with strict=True a length mismatch raises ValueError
// with 3.12's messages ("zip() argument 2 is shorter than argument 1").
//
// The result tuple is kept and refilled while only the zip holds it (zip_next's reuse: a `for a, b in
// zip(...)` loop allocates no tuple per step, and the last items stay referenced from it until the next
// step, which sys.getrefcount shows).
//
// zip (GC): +8 iterators (owned tuple)  +12 strict (0/1)  +16 result (owned tuple of None at first)

import { i32 } from '../heap/views.ts';
import { decref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNewStatic, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_BASETYPE, type VisitProc } from './type.ts';
import { objectGCNew, objectGCFree, objectIsTrue } from './object.ts';
import { errSetString, errOccurred } from './errors.ts';
import { TypeError, ValueError } from './exceptions.ts';
import {
  tupleNew, tupleSetItemSteal, tupleSize, tupleGetItemBorrow, tupleEmptyNew, tupleResultReusable, tupleItemReplace,
} from './tuple.ts';
import { strEqualJS, strToJS } from './str.ts';
import { objectGetIter, iterNext } from './abstract.ts';
import { argAt } from './methodobject.ts';
import { selfIter } from './iterobject.ts';
import { tuplePack } from './tuple.ts';
import { typeOf, typeGenericAlloc } from './type.ts';
import { typeAddMethods, METH_NOARGS, METH_O } from './methodobject.ts';
import { Py_True } from './bool.ts';
import { Py_None } from './none.ts';
import { newRef } from '../heap/refcount.ts';

export let zipType = 0 as Borrowed;
const Z_ITERS = 8, Z_STRICT = 12, Z_RESULT = 16, ZIP_SIZE = 20;

function zipNew(_type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  let strict = 0;
  const nkw = kwnames === NULL ? 0 : tupleSize(kwnames);
  // PyArg_ParseTupleAndKeywords(empty, kwds, "|$p:zip") counts the keywords first.
  if (nkw > 1) return errSetString(TypeError, `zip() takes at most 1 keyword argument (${nkw} given)`);
  for (let k = 0; k < nkw; k++) {
    const key = tupleGetItemBorrow(kwnames as Borrowed, k);
    if (!strEqualJS(key, 'strict')) return errSetString(TypeError, `'${strToJS(key)}' is an invalid keyword argument for zip()`);
    const t = objectIsTrue(argAt(args, nargs + k));
    if (t < 0) return NULL;
    strict = t;
  }
  const iters = nargs === 0 ? tupleEmptyNew() : tupleNew(nargs);
  if (iters === NULL) return NULL;
  for (let i = 0; i < nargs; i++) {
    const it = objectGetIter(argAt(args, i));
    if (it === NULL) {
      decrefPartial(iters, i);
      return NULL;
    }
    tupleSetItemSteal(iters, i, it);
  }
  const result = tupleNew(nargs);
  if (result === NULL) { decref(iters); return NULL; }
  for (let i = 0; i < nargs; i++) tupleSetItemSteal(result, i, newRef(Py_None));
  // A subclass's instances are bigger (its __slots__): typeGenericAlloc sizes them by the type.
  const z = _type === zipType ? objectGCNew(zipType, ZIP_SIZE) : typeGenericAlloc(_type, 0);
  if (z === NULL) { decref(iters); decref(result); return NULL; }
  i32[(z + Z_ITERS) >> 2] = iters;
  i32[(z + Z_STRICT) >> 2] = strict;
  i32[(z + Z_RESULT) >> 2] = result;
  return z;
}

/** Frees a tuple whose first n items are set and the rest NULL. */
function decrefPartial(t: Owned, n: number): void {
  for (let j = n; j < tupleSize(t); j++) i32[(t + 12 + 4 * j) >> 2] = 0;
  // The tuple's dealloc tolerates NULL items (tuples under construction).
  decref(t);
}

function zipNext(z: Borrowed): Owned | Null {
  const iters = i32[(z + Z_ITERS) >> 2] as Borrowed;
  const n = tupleSize(iters);
  if (n === 0) return NULL;
  const kept = i32[(z + Z_RESULT) >> 2] as Borrowed;
  if (tupleResultReusable(kept)) {
    for (let i = 0; i < n; i++) {
      const item = iterNext(tupleGetItemBorrow(iters, i));
      if (item === NULL) {
        decref(kept as Owned);
        return zipEnded(z, iters, i);
      }
      tupleItemReplace(kept, i, item);
    }
    return kept as Owned;
  }
  const result = tupleNew(n);
  if (result === NULL) return NULL;
  for (let i = 0; i < n; i++) {
    const item = iterNext(tupleGetItemBorrow(iters, i));
    if (item === NULL) {
      decrefPartial(result, i);
      return zipEnded(z, iters, i);
    }
    tupleSetItemSteal(result, i, item);
  }
  return result;
}

/** Iterator i gave no item: an error stays set; strict zips check the others. */
function zipEnded(z: Borrowed, iters: Borrowed, i: number): Null {
  if (errOccurred() !== NULL) return NULL;
  if (i32[(z + Z_STRICT) >> 2] !== 0) return strictCheck(iters, i);
  return NULL;
}

function plural(i: number): string {
  return i === 1 ? ' ' : 's 1-';
}

/** zip(strict=True) ran out at iterator i: the others must be exhausted too. */
function strictCheck(iters: Borrowed, i: number): Null {
  if (i > 0) {
    return errSetString(ValueError, `zip() argument ${i + 1} is shorter than argument${plural(i)}${i}`);
  }
  const n = tupleSize(iters);
  for (let j = 1; j < n; j++) {
    const item = iterNext(tupleGetItemBorrow(iters, j));
    if (item !== NULL) {
      decref(item);
      return errSetString(ValueError, `zip() argument ${j + 1} is longer than argument${plural(j)}${j}`);
    }
    if (errOccurred() !== NULL) return NULL;
  }
  return NULL;
}

function zipDealloc(o: Owned): void {
  decref(i32[(o + Z_ITERS) >> 2] as Owned);
  decref(i32[(o + Z_RESULT) >> 2] as Owned);
  objectGCFree(o);
}

function zipTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  const r = visit(i32[(o + Z_ITERS) >> 2] as Borrowed, arg);
  return r !== 0 ? r : visit(i32[(o + Z_RESULT) >> 2] as Borrowed, arg);
}

/** Creates the zip type (static phase). */
export function zipInitStatic(): void {
  zipType = typeNewStatic({
    name: 'zip', basicsize: ZIP_SIZE, flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    slots: { dealloc: zipDealloc, traverse: zipTraverse, iter: selfIter, iternext: zipNext, new: zipNew },
  });
}

/** zip.__reduce__(): (type, iterators) plus (True,) as the state when strict. */
function zip_reduce(self: Borrowed | Null): Owned | Null {
  const z = self as Borrowed;
  const iters = i32[(z + Z_ITERS) >> 2] as Borrowed;
  if (i32[(z + Z_STRICT) >> 2] === 0) return tuplePack([typeOf(z), iters]);
  return tuplePack([typeOf(z), iters, Py_True]);
}

/** zip.__setstate__(strict): the truth of the state sets strict. */
function zip_setstate(self: Borrowed | Null, args: number, nargs: number): Owned | Null {
  if (nargs !== 1) return errSetString(TypeError, `zip.__setstate__() takes exactly one argument (${nargs} given)`);
  const t = objectIsTrue(argAt(args, 0));
  if (t < 0) return NULL;
  i32[((self as Borrowed) + Z_STRICT) >> 2] = t;
  return newRef(Py_None);
}

/** Registers zip's methods (after methodObjectInitStatic). */
export function zipAddMethods(): void {
  typeAddMethods(zipType, [
    { name: '__reduce__', fn: zip_reduce, flags: METH_NOARGS, doc: 'Return state information for pickling.' },
    { name: '__setstate__', fn: zip_setstate, flags: METH_O, doc: 'Set state information for unpickling.' },
  ]);
}
