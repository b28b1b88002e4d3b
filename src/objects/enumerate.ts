// enumerate and reversed, the two iterator types of Objects/enumobject.c.
// Invariants: enumerate counts in a double while the count is a safe integer and in an owned int
// beyond; reversed holds the sequence until it is exhausted, then drops it.
//
// enumerate keeps its (index, item) result tuple and refills it while only it holds the tuple (CPython's
// en_result).
//
// enumerate (GC): +8 iterator (owned)  +12 big count (owned int or 0)  +16 count (f64)  +24 result (owned pair)
// reversed (GC):  +8 sequence (owned or 0)  +12 index

import { i32, f64 } from '../heap/views.ts';
import { decref, xdecref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeAddMethods, METH_NOARGS, METH_O } from './methodobject.ts';
import { typeNewStatic, typeGenericAlloc, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_BASETYPE, typeNameOf, type VisitProc, slotsOf } from './type.ts';
import { objectGCNew, objectGCFree, objectLength } from './object.ts';
import { errSetString, errOccurred, errExceptionMatches, errClear } from './errors.ts';
import { TypeError, IndexError, StopIteration } from './exceptions.ts';
import { Py_None } from './none.ts';
import { strToJS } from './str.ts';
import { intSafeValue, intFromNumber, intFromBigInt, intToBigInt } from './int.ts';
import { tuplePack, tupleEmptyNew, tuplePairFromResult, tupleSize, tupleGetItemBorrow } from './tuple.ts';
import { isInt } from './int.ts';
import { OverflowError } from './exceptions.ts';
import { typeOf } from './type.ts';
import {
  objectGetIter, iterNext, numberIndex, parseArgs, PARSED, lookupSpecial, objectCallNoArgs, sequenceGetItem,
} from './abstract.ts';
import { argsNoKwnames, argsCheckPositional, argAt, argsNone } from './methodobject.ts';
import { selfIter } from './iterobject.ts';
import { isDict } from './dict.ts';

export let enumerateType = 0 as Borrowed;
export let reversedType = 0 as Borrowed;

const E_IT = 8, E_BIG = 12, E_COUNT = 16, E_RESULT = 24, ENUM_SIZE = 28;
const R_SEQ = 8, R_INDEX = 12, REV_SIZE = 16;

/** enumerate(iterable, start=0). https://docs.python.org/3/library/functions.html#enumerate */
function enumerateNew(_type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  let iterable: Borrowed, startObj: Borrowed | Null;
  const nkw = kwnames === NULL ? 0 : tupleSize(kwnames);
  if (_type === enumerateType && nkw > 0) {
    // enumerate_vectorcall's own parsing: a lone keyword must name the next parameter, two must be
    // iterable and start (either order); else the first that does not fits is invalid.
    if (nargs + nkw > 2) return errSetString(TypeError, `enumerate() takes at most 2 arguments (${nargs + nkw} given)`);
    const kw = (k: number): string => strToJS(tupleGetItemBorrow(kwnames as Borrowed, k));
    const invalid = (k: number): Null => errSetString(TypeError, `'${kw(k)}' is an invalid keyword argument for enumerate()`);
    if (nkw === 1) {
      if (kw(0) !== (nargs === 0 ? 'iterable' : 'start')) return invalid(0);
      iterable = argAt(args, 0);
      startObj = nargs === 0 ? NULL : argAt(args, 1);
    } else {
      const first = kw(0);
      if (first !== 'iterable' && first !== 'start') return invalid(0);
      if (kw(1) !== (first === 'iterable' ? 'start' : 'iterable')) return invalid(1);
      iterable = argAt(args, first === 'iterable' ? 0 : 1);
      startObj = argAt(args, first === 'iterable' ? 1 : 0);
    }
  } else {
    if (_type === enumerateType && nargs === 0) return errSetString(TypeError, "enumerate() missing required argument 'iterable'");
    if (!parseArgs('enumerate', args, nargs, kwnames, ['iterable', 'start'], 1)) return NULL;
    iterable = PARSED[0] as Borrowed;
    startObj = PARSED[1] as Borrowed | Null;
  }
  let start: Owned | Null = NULL;
  if (startObj !== NULL) {
    start = numberIndex(startObj);
    if (start === NULL) return NULL;
  }
  const it = objectGetIter(iterable);
  if (it === NULL) { xdecref(start); return NULL; }
  const result = tuplePack([Py_None, Py_None]);
  if (result === NULL) { decref(it); xdecref(start); return NULL; }
  // A subclass's instances are bigger (its __slots__): typeGenericAlloc sizes them by the type.
  const e = _type === enumerateType ? objectGCNew(enumerateType, ENUM_SIZE) : typeGenericAlloc(_type, 0);
  if (e === NULL) { decref(it); decref(result); xdecref(start); return NULL; }
  i32[(e + E_IT) >> 2] = it;
  i32[(e + E_RESULT) >> 2] = result;
  const v = start === NULL ? 0 : intSafeValue(start);
  if (v === v) {
    i32[(e + E_BIG) >> 2] = 0;
    f64[(e + E_COUNT) >> 3] = v;
    xdecref(start);
  } else {
    i32[(e + E_BIG) >> 2] = start;
  }
  return e;
}

function enumerateNext(e: Borrowed): Owned | Null {
  const item = iterNext(i32[(e + E_IT) >> 2] as Borrowed);
  if (item === NULL) return NULL;
  let idx: Owned | Null;
  const big = i32[(e + E_BIG) >> 2];
  if (big === 0) {
    const c = f64[(e + E_COUNT) >> 3];
    idx = intFromNumber(c);
    if (Number.isSafeInteger(c + 1)) f64[(e + E_COUNT) >> 3] = c + 1;
    else if (idx !== NULL) {
      const nb = intFromBigInt(BigInt(c) + 1n);
      if (nb === NULL) { decref(idx); decref(item); return NULL; }
      i32[(e + E_BIG) >> 2] = nb;
    }
  } else {
    idx = newRef(big as Borrowed);
    const nb = intFromBigInt(intToBigInt(big as Borrowed) + 1n);
    if (nb === NULL) { decref(idx); decref(item); return NULL; }
    i32[(e + E_BIG) >> 2] = nb;
    decref(big as Owned);
  }
  if (idx === NULL) { decref(item); return NULL; }
  return tuplePairFromResult(i32[(e + E_RESULT) >> 2] as Borrowed, idx, item);
}

function enumerateDealloc(o: Owned): void {
  decref(i32[(o + E_IT) >> 2] as Owned);
  decref(i32[(o + E_RESULT) >> 2] as Owned);
  xdecref(i32[(o + E_BIG) >> 2] as Owned | Null);
  objectGCFree(o);
}

function enumerateTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  let r = visit(i32[(o + E_IT) >> 2] as Borrowed, arg);
  if (r !== 0) return r;
  r = visit(i32[(o + E_RESULT) >> 2] as Borrowed, arg);
  if (r !== 0) return r;
  const b = i32[(o + E_BIG) >> 2];
  return b !== 0 ? visit(b as Borrowed, arg) : 0;
}

/** reversed(seq): seq.__reversed__() when defined, else the sequence protocol from len(seq) - 1 down. */
function reversedNew(_type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('reversed', kwnames)) return NULL;
  if (!argsCheckPositional('reversed', nargs, 1, 1)) return NULL;
  const seq = argAt(args, 0);
  const meth = lookupSpecial(seq, '__reversed__');
  if (meth !== NULL) {
    if (meth === Py_None) { decref(meth); return notReversible(seq); }
    const r = objectCallNoArgs(meth);
    decref(meth);
    return r;
  }
  if (errOccurred() !== NULL) return NULL;
  const s = slotsOf(seq);
  if (s.getitem === null || isMappingOnly(seq)) return notReversible(seq);
  const n = objectLength(seq);
  if (n < 0) return NULL;
  const r = objectGCNew(reversedType, REV_SIZE);
  if (r === NULL) return NULL;
  i32[(r + R_SEQ) >> 2] = newRef(seq);
  i32[(r + R_INDEX) >> 2] = n - 1;
  return r;
}

function isMappingOnly(o: Borrowed): boolean {
  return isDict(o);
}

function notReversible(seq: Borrowed): Null {
  return errSetString(TypeError, `'${typeNameOf(seq)}' object is not reversible`);
}

function reversedNext(r: Borrowed): Owned | Null {
  const seq = i32[(r + R_SEQ) >> 2];
  const i = i32[(r + R_INDEX) >> 2];
  if (seq === 0) return NULL;
  if (i >= 0) {
    const item = sequenceGetItem(seq as Borrowed, i);
    if (item !== NULL) {
      i32[(r + R_INDEX) >> 2] = i - 1;
      return item;
    }
    if (!errExceptionMatches(IndexError) && !errExceptionMatches(StopIteration)) return NULL;
    errClear();
  }
  i32[(r + R_INDEX) >> 2] = -1;
  i32[(r + R_SEQ) >> 2] = 0;
  decref(seq as Owned);
  return NULL;
}

function reversedDealloc(o: Owned): void {
  xdecref(i32[(o + R_SEQ) >> 2] as Owned | Null);
  objectGCFree(o);
}

function reversedTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  const s = i32[(o + R_SEQ) >> 2];
  return s !== 0 ? visit(s as Borrowed, arg) : 0;
}

/** Creates enumerate and reversed (static phase). */
export function enumerateInitStatic(): void {
  enumerateType = typeNewStatic({
    name: 'enumerate', basicsize: ENUM_SIZE, flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    slots: { dealloc: enumerateDealloc, traverse: enumerateTraverse, iter: selfIter, iternext: enumerateNext, new: enumerateNew },
  });
  reversedType = typeNewStatic({
    name: 'reversed', basicsize: REV_SIZE, flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    slots: { dealloc: reversedDealloc, traverse: reversedTraverse, iter: selfIter, iternext: reversedNext, new: reversedNew },
  });
}

/** reversed.__length_hint__(): the items left (0 once exhausted). */
function reversed_length_hint(self: Borrowed | Null): Owned | Null {
  const r = self as Borrowed;
  if (i32[(r + R_SEQ) >> 2] === 0) return intFromNumber(0);
  const n = objectLength(i32[(r + R_SEQ) >> 2] as Borrowed);
  if (n < 0) return NULL;
  const i = i32[(r + R_INDEX) >> 2];
  return intFromNumber(i + 1 <= n ? i + 1 : 0);
}

/** reversed.__reduce__(): (type, (seq,), index), or (type, ((),)) once exhausted. */
function reversed_reduce(self: Borrowed | Null): Owned | Null {
  const r = self as Borrowed;
  const seq = i32[(r + R_SEQ) >> 2];
  if (seq === 0) {
    const e = tupleEmptyNew();
    if (e === NULL) return NULL;
    const a = tuplePack([e]);
    decref(e);
    if (a === NULL) return NULL;
    const res = tuplePack([typeOf(r), a]);
    decref(a);
    return res;
  }
  const a = tuplePack([seq as Borrowed]);
  if (a === NULL) return NULL;
  const idx = intFromNumber(i32[(r + R_INDEX) >> 2]);
  if (idx === NULL) { decref(a); return NULL; }
  const res = tuplePack([typeOf(r), a, idx]);
  decref(a); decref(idx);
  return res;
}

/** reversed.__setstate__(index): the next index, clamped to [-1, len(seq) - 1]. */
function reversed_setstate(self: Borrowed | Null, args: number, nargs: number): Owned | Null {
  if (nargs !== 1) return errSetString(TypeError, `reversed.__setstate__() takes exactly one argument (${nargs} given)`);
  const st = argAt(args, 0);
  if (!isInt(st)) return errSetString(TypeError, 'an integer is required');
  const big = intToBigInt(st);
  if (big > 0x7fffffffffffffffn || big < -0x8000000000000000n) return errSetString(OverflowError, 'Python int too large to convert to C ssize_t');
  const r = self as Borrowed;
  const seq = i32[(r + R_SEQ) >> 2];
  if (seq !== 0) {
    const n = objectLength(seq as Borrowed);
    if (n < 0) return NULL;
    const i = big < -1n ? -1 : big > BigInt(n - 1) ? n - 1 : Number(big);
    i32[(r + R_INDEX) >> 2] = i;
  }
  return newRef(Py_None);
}

/** enumerate.__reduce__() (enum_reduce): (enumerate, (iterator, next index)). */
function enumerate_reduce(self: Borrowed | Null, _args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!argsNone('enumerate.__reduce__', nargs, kw)) return NULL;
  const e = self as Borrowed;
  const big = i32[(e + E_BIG) >> 2];
  const idx = big !== 0 ? newRef(big as Borrowed) : intFromNumber(f64[(e + E_COUNT) >> 3]);
  if (idx === NULL) return NULL;
  const args = tuplePack([i32[(e + E_IT) >> 2] as Borrowed, idx]);
  decref(idx);
  if (args === NULL) return NULL;
  const r = tuplePack([typeOf(e), args]);
  decref(args);
  return r;
}

/** Registers enumerate's and reversed's methods (after methodObjectInitStatic). */
export function enumerateAddMethods(): void {
  typeAddMethods(enumerateType, [
    { name: '__reduce__', fn: enumerate_reduce, flags: METH_NOARGS, doc: 'Return state information for pickling.' },
  ]);
  typeAddMethods(reversedType, [
    { name: '__length_hint__', fn: reversed_length_hint, flags: METH_NOARGS },
    { name: '__reduce__', fn: reversed_reduce, flags: METH_NOARGS, doc: 'Return state information for pickling.' },
    { name: '__setstate__', fn: reversed_setstate, flags: METH_O, doc: 'Set state information for unpickling.' },
  ]);
}
