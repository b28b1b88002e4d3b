// The bound method type ("method"): a function together with the instance it was looked up on.
// Mirrors Objects/classobject.c (PyMethodObject, method_vectorcall, method_repr, method_richcompare).
// Invariants: a method owns im_func and im_self (both non-NULL); calling it prepends im_self to the
// arguments. The eval loop unpacks methods at CALL time (no copy); other callers go through
// methodCall, which copies the arguments once into a temporary heap block.
//
//   -8 gc_next  -4 gc_prev | +0 ob_refcnt  +4 ob_type  +8 im_func  +12 im_self

import { i32 } from '../heap/views.ts';
import { alloc, free } from '../heap/alloc.ts';
import { decref, incref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { H64 } from '../support/hash64.ts';
import {
  typeNewStatic, Py_TPFLAGS_HAVE_GC, slotsOf, Py_EQ, Py_NE, type VisitProc,
} from './type.ts';
import { objectGCNew, objectGCFree, objectRepr, objectHash, boolNew, notImplemented } from './object.ts';
import { errNoMemory, errSetString } from './errors.ts';
import { AttributeError, TypeError } from './exceptions.ts';
import { strFromJS, strToJS } from './str.ts';
import { tupleSize, tuplePack } from './tuple.ts';
import { typeLookup, objectGetAttr, iterHooks, callChargeExempt } from './abstract.ts';
import { typeAddMethods, argsNone } from './methodobject.ts';
import { typeAddGetSets } from './getset.ts';
import { Py_None } from './none.ts';

export const IM_FUNC = 8;
export const IM_SELF = 12;
export const METHOD_SIZE = 16;

export let methodType = 0 as Borrowed;

export function isMethod(o: Borrowed): boolean {
  return i32[(o + 4) >> 2] === methodType;
}

/** PyMethod_New: binds `func` to `self` (both borrowed). */
export function methodNew(func: Borrowed, self: Borrowed): Owned | Null {
  const m = objectGCNew(methodType, METHOD_SIZE);
  if (m === NULL) return NULL;
  incref(func);
  i32[(m + IM_FUNC) >> 2] = func;
  incref(self);
  i32[(m + IM_SELF) >> 2] = self;
  return m;
}

export function methodFuncBorrow(m: Borrowed): Borrowed {
  return i32[(m + IM_FUNC) >> 2] as Borrowed;
}

export function methodSelfBorrow(m: Borrowed): Borrowed {
  return i32[(m + IM_SELF) >> 2] as Borrowed;
}

function methodDealloc(m: Owned): void {
  decref(i32[(m + IM_FUNC) >> 2] as Owned);
  decref(i32[(m + IM_SELF) >> 2] as Owned);
  objectGCFree(m);
}

function methodTraverse(m: Borrowed, visit: VisitProc, arg: unknown): number {
  const r = visit(i32[(m + IM_FUNC) >> 2] as Borrowed, arg);
  return r !== 0 ? r : visit(i32[(m + IM_SELF) >> 2] as Borrowed, arg);
}

/** method_vectorcall: func(self, *args) with the arguments copied once behind self. */
function methodCall(m: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const func = i32[(m + IM_FUNC) >> 2] as Borrowed;
  const self = i32[(m + IM_SELF) >> 2] as Borrowed;
  const total = nargs + (kwnames !== NULL ? tupleSize(kwnames) : 0);
  const block = alloc((total + 1) * 4);
  if (block === 0) return errNoMemory();
  i32[block >> 2] = self;
  for (let i = 0; i < total; i++) i32[(block >> 2) + 1 + i] = i32[(args >> 2) + i];
  const call = slotsOf(func).call;
  let r: Owned | Null;
  if (call === null) r = errSetString(AttributeError, 'method function is not callable');
  else r = call(func, block, nargs + 1, kwnames);
  free(block);
  return r;
}

function qualnameOf(func: Borrowed): string {
  const getattr = slotsOf(func).getattro;
  if (getattr === null) return '?';
  const q = getattr(func, strFromInterned('__qualname__'));
  if (q === NULL) {
    decref(errTake());
    return '?';
  }
  const s = strToJS(q);
  decref(q);
  return s;
}

import { strInternImmortal } from './str.ts';
import { errFetch } from './errors.ts';
function strFromInterned(s: string): Borrowed { return strInternImmortal(s); }
function errTake(): Owned { return errFetch() as Owned; }

function methodRepr(m: Borrowed): Owned | Null {
  const func = i32[(m + IM_FUNC) >> 2] as Borrowed;
  const self = i32[(m + IM_SELF) >> 2] as Borrowed;
  const r = objectRepr(self);
  if (r === NULL) return NULL;
  const sr = strToJS(r);
  decref(r);
  return strFromJS(`<bound method ${qualnameOf(func)} of ${sr}>`);
}

/** Methods compare equal when they wrap the same function and the same (identical) self. */
function methodRichCompare(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  if (!isMethod(a) || !isMethod(b) || (op !== Py_EQ && op !== Py_NE)) return notImplemented();
  const eq = i32[(a + IM_FUNC) >> 2] === i32[(b + IM_FUNC) >> 2] && i32[(a + IM_SELF) >> 2] === i32[(b + IM_SELF) >> 2];
  return boolNew(op === Py_EQ ? eq : !eq);
}

function methodHash(m: Borrowed): number {
  // hash(self id) ^ hash(func), as method_hash does (pointer hash of self).
  const f = objectHash(i32[(m + IM_FUNC) >> 2] as Borrowed);
  if (f === -1 && H64[1] === -1) return -1;
  const fhi = H64[1];
  const self = i32[(m + IM_SELF) >> 2];
  // _Py_HashPointer: rotate right by 4 bits of the 64-bit address.
  const lo = ((self >>> 4) | 0), hi = (self & 0xf) << 28;
  let rlo = (lo ^ f) | 0, rhi = (hi ^ fhi) | 0;
  if (rlo === -1 && rhi === -1) rlo = -2;
  H64[0] = rlo; H64[1] = rhi;
  return rlo;
}

/**
 * method_getattro: what the method type defines (its descriptors and object's: __reduce__, __eq__,
 * __class__, the __func__/__self__/__doc__ getsets...), then the function's own attributes.
 */
function methodGetAttr(m: Borrowed, name: Borrowed): Owned | Null {
  const descr = typeLookup(methodType, name);
  if (descr !== NULL) {
    const get = slotsOf(descr).descrGet;
    return get !== null ? get(descr, m, methodType) : newRef(descr);
  }
  // The function's own lookup, with its error ("'function' object has no attribute 'x'").
  return objectGetAttr(i32[(m + IM_FUNC) >> 2] as Borrowed, name);
}

/** method.__reduce__(): (getattr, (im_self, im_func.__name__)), as method_reduce. */
function method_reduce(self: Borrowed | Null, _args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!argsNone('method.__reduce__', nargs, kw)) return NULL;
  const m = self as Borrowed;
  const getattr = iterHooks.builtin!('getattr');
  if (getattr === NULL) return NULL;
  const name = objectGetAttr(i32[(m + IM_FUNC) >> 2] as Borrowed, strInternImmortal('__name__'));
  if (name === NULL) return NULL;
  const args = tuplePack([i32[(m + IM_SELF) >> 2] as Borrowed, name]);
  decref(name);
  if (args === NULL) return NULL;
  const r = tuplePack([getattr, args]);
  decref(args);
  return r;
}

/** method.__doc__: the function's __doc__ (method_get_doc). */
function methodGetDoc(m: Borrowed): Owned | Null {
  return objectGetAttr(i32[(m + IM_FUNC) >> 2] as Borrowed, strInternImmortal('__doc__'));
}

/** method(function, instance): types.MethodType called directly (method_new). */
function methodTypeNew(_type: Borrowed, args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (kw !== NULL && i32[(kw + 8) >> 2] > 0) return errSetString(TypeError, 'method() takes no keyword arguments');
  if (nargs !== 2) return errSetString(TypeError, `method expected 2 arguments, got ${nargs}`);
  const func = i32[args >> 2] as Borrowed;
  const self = i32[(args >> 2) + 1] as Borrowed;
  if (slotsOf(func).call === null) return errSetString(TypeError, 'first argument must be callable');
  if (self === Py_None) return errSetString(TypeError, 'instance must not be None');
  return methodNew(func, self);
}

/** Creates the method type (static phase). */
export function methodInitStatic(): void {
  methodType = typeNewStatic({
    name: 'method',
    basicsize: METHOD_SIZE,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: {
      dealloc: methodDealloc, traverse: methodTraverse, call: methodCall, repr: methodRepr,
      richcompare: methodRichCompare, hash: methodHash, getattro: methodGetAttr, new: methodTypeNew,
    },
  });
  callChargeExempt(methodType);
  typeAddMethods(methodType, [{ name: '__reduce__', fn: method_reduce, doc: 'Return state information for pickling.' }]);
  // Readable from the class too (method.__func__ is a descriptor there, as CPython's members are).
  typeAddGetSets(methodType, [
    { name: '__func__', get: (m) => newRef(i32[(m + IM_FUNC) >> 2] as Borrowed), doc: 'the function (or other callable) implementing a method' },
    { name: '__self__', get: (m) => newRef(i32[(m + IM_SELF) >> 2] as Borrowed), doc: 'the instance to which a method is bound' },
    { name: '__doc__', get: methodGetDoc },
  ]);
}

void objectGCFree;
