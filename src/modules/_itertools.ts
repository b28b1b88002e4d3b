// The _itertools module: native itertools.chain and itertools.islice (the most used ones), which
// src/lib/itertools.py re-exports. Mirrors Modules/itertoolsmodule.c (chain_next, islice_new and
// islice_next, with their argument checks and messages). Invariants: both drop their iterators as
// soon as they are exhausted; islice counts in doubles (exact up to 2**53).
//
// chain (GC):  +8 source (iterator of iterables, owned or 0) +12 active (iterator, owned or 0)
// islice (GC): +8 it (owned or 0) +16 next (f64) +24 stop (f64, -1 = None) +32 step (f64) +40 cnt (f64)

import { i32, f64 } from '../heap/views.ts';
import { decref, newRef, xdecref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { nativeModuleNew, moduleAddSteal } from './native.ts';
import { typeNewStatic, typeGenericAlloc, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_BASETYPE, type VisitProc } from '../objects/type.ts';
import { objectGCFree } from '../objects/object.ts';
import { type MethodDef, typeAddMethods, argAt, argsOne, METH_CLASS } from '../objects/methodobject.ts';
import { errSetString, errOccurred, errClear } from '../objects/errors.ts';
import { TypeError, ValueError } from '../objects/exceptions.ts';
import { isInt, intSafeValue } from '../objects/int.ts';
import { Py_None } from '../objects/none.ts';
import { tupleNew, tupleSize, tupleSetItemSteal } from '../objects/tuple.ts';
import { objectGetIter, iterNext, numberIndexAny, indexCheck } from '../objects/abstract.ts';
import { genericAliasAddClassGetItem } from '../objects/genericalias.ts';
import { selfIter } from '../objects/iterobject.ts';

const C_SOURCE = 8, C_ACTIVE = 12, CHAIN_SIZE = 16;
const S_IT = 8, S_NEXT = 16, S_STOP = 24, S_STEP = 32, S_CNT = 40, ISLICE_SIZE = 48;

export let chainType = 0 as Borrowed;
export let isliceType = 0 as Borrowed;

function kwCount(kwnames: Borrowed | Null): number {
  return kwnames === NULL ? 0 : tupleSize(kwnames);
}

// ---- chain -----------------------------------------------------------------------------------

function chainFromSource(type: Borrowed, source: Owned): Owned | Null {
  const c = typeGenericAlloc(type, 0);
  if (c === NULL) { decref(source); return NULL; }
  i32[(c + C_SOURCE) >> 2] = source;
  return c;
}

/** chain(*iterables). https://docs.python.org/3/library/itertools.html#itertools.chain */
function chainNew(type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (kwCount(kwnames) !== 0) return errSetString(TypeError, 'chain() takes no keyword arguments');
  const t = tupleNew(nargs);
  if (t === NULL) return NULL;
  for (let i = 0; i < nargs; i++) tupleSetItemSteal(t, i, newRef(argAt(args, i)));
  const source = objectGetIter(t);
  decref(t);
  if (source === NULL) return NULL;
  return chainFromSource(type, source);
}

const chain_from_iterable: MethodDef['fn'] = (self, args, nargs, kwnames) => {
  if (!argsOne('chain.from_iterable', nargs, kwnames)) return NULL;
  const source = objectGetIter(argAt(args, 0));
  if (source === NULL) return NULL;
  return chainFromSource(self as Borrowed, source);
};

function chainNext(c: Borrowed): Owned | Null {
  for (;;) {
    const active = i32[(c + C_ACTIVE) >> 2];
    if (active !== 0) {
      const item = iterNext(active as Borrowed);
      if (item !== NULL) return item;
      if (errOccurred() !== NULL) return NULL;
      i32[(c + C_ACTIVE) >> 2] = 0;
      decref(active as Owned);
    }
    const source = i32[(c + C_SOURCE) >> 2];
    if (source === 0) return NULL;
    const iterable = iterNext(source as Borrowed);
    if (iterable === NULL) {
      // exhausted (or failed): the chain is done either way
      i32[(c + C_SOURCE) >> 2] = 0;
      decref(source as Owned);
      return NULL;
    }
    const it = objectGetIter(iterable);
    decref(iterable);
    if (it === NULL) return NULL;
    i32[(c + C_ACTIVE) >> 2] = it;
  }
}

function chainDealloc(o: Owned): void {
  xdecref(i32[(o + C_SOURCE) >> 2] as Owned | Null);
  xdecref(i32[(o + C_ACTIVE) >> 2] as Owned | Null);
  objectGCFree(o);
}

function chainTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  const s = i32[(o + C_SOURCE) >> 2], a = i32[(o + C_ACTIVE) >> 2];
  if (s !== 0) {
    const r = visit(s as Borrowed, arg);
    if (r !== 0) return r;
  }
  return a !== 0 ? visit(a as Borrowed, arg) : 0;
}

// ---- islice ----------------------------------------------------------------------------------

const STOP_MSG = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
const INDEX_MSG = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';

/** PyNumber_AsSsize_t(o, OverflowError) with the error cleared: -1 for anything that is not a fitting index. */
function asSsizeOrMinus1(o: Borrowed): number {
  if (!isInt(o) && !indexCheck(o)) return -1;
  const i = numberIndexAny(o);
  if (i === NULL) { errClear(); return -1; } // the caller raises its own ValueError instead
  const v = intSafeValue(i);
  decref(i);
  return v === v ? v : -1;
}

/** islice(iterable, stop) or islice(iterable, start, stop[, step]). */
function isliceNew(type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (kwCount(kwnames) !== 0) return errSetString(TypeError, 'islice() takes no keyword arguments');
  if (nargs < 2) return errSetString(TypeError, `islice expected at least 2 arguments, got ${nargs}`);
  if (nargs > 4) return errSetString(TypeError, `islice expected at most 4 arguments, got ${nargs}`);
  let start = 0, stop = -1, step = 1;
  const a1 = argAt(args, 1);
  if (nargs === 2) {
    if (a1 !== Py_None) {
      stop = asSsizeOrMinus1(a1);
      if (stop === -1) return errSetString(ValueError, STOP_MSG);
    }
  } else {
    const a2 = argAt(args, 2);
    if (a1 !== Py_None) start = asSsizeOrMinus1(a1);
    if (a2 !== Py_None) {
      stop = asSsizeOrMinus1(a2);
      if (stop === -1) return errSetString(ValueError, STOP_MSG);
    }
  }
  if (start < 0 || stop < -1) return errSetString(ValueError, INDEX_MSG);
  if (nargs === 4) {
    const a3 = argAt(args, 3);
    if (a3 !== Py_None) step = asSsizeOrMinus1(a3);
  }
  if (step < 1) return errSetString(ValueError, 'Step for islice() must be a positive integer or None.');
  const it = objectGetIter(argAt(args, 0));
  if (it === NULL) return NULL;
  const s = typeGenericAlloc(type, 0);
  if (s === NULL) { decref(it); return NULL; }
  i32[(s + S_IT) >> 2] = it;
  f64[(s + S_NEXT) >> 3] = start;
  f64[(s + S_STOP) >> 3] = stop;
  f64[(s + S_STEP) >> 3] = step;
  f64[(s + S_CNT) >> 3] = 0;
  return s;
}

function isliceEmpty(s: Borrowed): Null {
  const it = i32[(s + S_IT) >> 2];
  i32[(s + S_IT) >> 2] = 0;
  xdecref(it as Owned | Null);
  return NULL;
}

function isliceNext(s: Borrowed): Owned | Null {
  const it = i32[(s + S_IT) >> 2] as Borrowed;
  if (it === 0) return NULL;
  const stop = f64[(s + S_STOP) >> 3];
  let cnt = f64[(s + S_CNT) >> 3];
  const next = f64[(s + S_NEXT) >> 3];
  while (cnt < next) {
    const item = iterNext(it);
    if (item === NULL) return isliceEmpty(s);
    decref(item);
    cnt++;
    f64[(s + S_CNT) >> 3] = cnt;
  }
  if (stop !== -1 && cnt >= stop) return isliceEmpty(s);
  const item = iterNext(it);
  if (item === NULL) return isliceEmpty(s);
  f64[(s + S_CNT) >> 3] = cnt + 1;
  let n = next + f64[(s + S_STEP) >> 3];
  if (stop !== -1 && n > stop) n = stop;
  f64[(s + S_NEXT) >> 3] = n;
  return item;
}

function isliceDealloc(o: Owned): void {
  xdecref(i32[(o + S_IT) >> 2] as Owned | Null);
  objectGCFree(o);
}

function isliceTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  const it = i32[(o + S_IT) >> 2];
  return it !== 0 ? visit(it as Borrowed, arg) : 0;
}

/** Creates itertools.chain and itertools.islice (static phase). */
export function itertoolsInitStatic(): void {
  chainType = typeNewStatic({
    name: 'itertools.chain', basicsize: CHAIN_SIZE, flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    slots: { dealloc: chainDealloc, traverse: chainTraverse, new: chainNew, iter: selfIter, iternext: chainNext },
  });
  typeAddMethods(chainType, [{
    name: 'from_iterable', fn: chain_from_iterable, flags: METH_CLASS,
    doc: 'Alternative chain() constructor taking a single iterable argument that evaluates lazily.',
  }]);
  genericAliasAddClassGetItem([chainType]);
  isliceType = typeNewStatic({
    name: 'itertools.islice', basicsize: ISLICE_SIZE, flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    slots: { dealloc: isliceDealloc, traverse: isliceTraverse, new: isliceNew, iter: selfIter, iternext: isliceNext },
  });
}

/** Creates the _itertools module (the native half of itertools). */
export function itertoolsModuleNew(): Owned | Null {
  return nativeModuleNew('_itertools', [], (m) => {
    if (moduleAddSteal(m, 'chain', newRef(chainType)) < 0) return -1;
    return moduleAddSteal(m, 'islice', newRef(isliceType));
  }, 'Native itertools types (chain, islice).');
}
