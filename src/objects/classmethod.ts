// The classmethod type: binds the wrapped callable to the class (or, as 3.12 still does, chains to
// the callable's own __get__). Mirrors cm_* in Objects/funcobject.c, including 3.10+'s copy of the
// wrapped function's __module__/__name__/__qualname__/__doc__/__annotations__ into the instance __dict__
// (functools_wraps; __wrapped__ is a member, like __func__).
// Invariants: cm_callable is owned and non-NULL once initialised; cm_dict is owned or NULL.
//
//   -8 gc_next  -4 gc_prev | +0 ob_refcnt  +4 ob_type  +8 cm_callable  +12 cm_dict

import { gcClearFields } from '../gc/clear.ts';
import { i32 } from '../heap/views.ts';
import { incref, decref, newRef, rc } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import {
  typeNewStatic, typeOf, slotsOf, typeGenericAlloc, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_BASETYPE, type VisitProc,
} from './type.ts';
import { objectGCFree, objectRepr, objectLookupAttr, objectIsTrue, boolNew, noneNew } from './object.ts';
import { errSetString, errOccurred } from './errors.ts';
import { TypeError } from './exceptions.ts';
import { strFromJS, strToJS, strInternImmortal } from './str.ts';
import { dictNew, dictSetItem } from './dict.ts';
import { methodNew } from './boundmethod.ts';
import { argAt } from './methodobject.ts';
import { typeAddGetSets, type GetSetDef } from './getset.ts';

export const CM_CALLABLE = 8;
export const CM_DICT = 12;
export const CM_SIZE = 16;

export let classmethodType = 0 as Borrowed;

export function isClassmethod(o: Borrowed): boolean {
  return typeOf(o) === classmethodType;
}

/** The wrapped callable of a classmethod or staticmethod (borrowed; NULL when uninitialised). */
export function classmethodFuncBorrow(o: Borrowed): Borrowed | Null {
  return i32[(o + CM_CALLABLE) >> 2] as Borrowed | Null;
}

export function cmDealloc(o: Owned): void {
  for (const off of [CM_CALLABLE, CM_DICT]) {
    const v = i32[(o + off) >> 2];
    i32[(o + off) >> 2] = 0;
    if (v !== 0) decref(v as Borrowed);
  }
  objectGCFree(o);
}

export function cmTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  for (const off of [CM_CALLABLE, CM_DICT]) {
    const v = i32[(o + off) >> 2];
    if (v !== 0) { const r = visit(v as Borrowed, arg); if (r !== 0) return r; }
  }
  return 0;
}

const wrapperAttrs = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];

/** Sets the callable, then functools_wraps: copies those of its attributes it has into the wrapper's __dict__. */
export function cmSetCallable(o: Borrowed, callable: Borrowed): number {
  const old = i32[(o + CM_CALLABLE) >> 2];
  i32[(o + CM_CALLABLE) >> 2] = newRef(callable);
  if (old !== 0) decref(old as Borrowed);
  let d = i32[(o + CM_DICT) >> 2];
  if (d === 0) {
    d = dictNew();
    if (d === NULL) return -1;
    i32[(o + CM_DICT) >> 2] = d;
  }
  for (const name of wrapperAttrs) {
    const v = objectLookupAttr(callable, strInternImmortal(name));
    if (v === NULL) { if (errOccurred() !== NULL) return -1; continue; }
    const r = dictSetItem(d as Borrowed, strInternImmortal(name), v);
    decref(v);
    if (r < 0) return -1;
  }
  return 0;
}

/** classmethod(f) from native code (type_new wraps __init_subclass__ / __class_getitem__). */
export function classmethodNew(callable: Borrowed): Owned | Null {
  const o = typeGenericAlloc(classmethodType, 0);
  if (o === NULL) return NULL;
  if (cmSetCallable(o, callable) < 0) { decref(o); return NULL; }
  return o;
}

function cmNew(type: Borrowed, _a: number, _n: number, _k: Borrowed | Null): Owned | Null {
  return typeGenericAlloc(type, 0);
}

export function cmInitFor(name: string): (self: Borrowed, args: number, nargs: number, kw: Borrowed | Null) => number {
  return (self, args, nargs, kw) => {
    if (kw !== NULL && i32[(kw + 8) >> 2] > 0) {
      errSetString(TypeError, `${name}() takes no keyword arguments`);
      return -1;
    }
    if (nargs !== 1) {
      errSetString(TypeError, `${name} expected 1 argument, got ${nargs}`);
      return -1;
    }
    return cmSetCallable(self, argAt(args, 0));
  };
}

function cmDescrGet(self: Borrowed, obj: Borrowed | Null, type: Borrowed | Null): Owned | Null {
  const f = i32[(self + CM_CALLABLE) >> 2] as Borrowed;
  if (f === 0) return errSetString(TypeError, 'uninitialized classmethod object');
  if (type === NULL) type = typeOf(obj as Borrowed);
  const g = slotsOf(f).descrGet;
  if (g !== null) return g(f, type, type);
  return methodNew(f, type);
}

export function cmReprFor(name: string): (o: Borrowed) => Owned | Null {
  return (o) => {
    const f = i32[(o + CM_CALLABLE) >> 2] as Borrowed;
    if (f === 0) return strFromJS(`<${name}(NULL)>`);
    const r = objectRepr(f);
    if (r === NULL) return NULL;
    const s = strToJS(r);
    decref(r);
    return strFromJS(`<${name}(${s})>`);
  };
}

export const cmGetSets: GetSetDef[] = [
  { name: '__func__', get: (o) => newRef(i32[(o + CM_CALLABLE) >> 2] as Borrowed), set: null },
  { name: '__wrapped__', get: (o) => newRef(i32[(o + CM_CALLABLE) >> 2] as Borrowed), set: null },
  {
    name: '__isabstractmethod__', set: null,
    get: (o) => {
      const f = i32[(o + CM_CALLABLE) >> 2] as Borrowed;
      const v = objectLookupAttr(f, strInternImmortal('__isabstractmethod__'));
      if (v === NULL) return errOccurred() !== NULL ? NULL : boolNew(false);
      const t = objectIsTrue(v);
      decref(v);
      return t < 0 ? NULL : boolNew(t === 1);
    },
  },
  {
    name: '__dict__',
    get: (o) => {
      let d = i32[(o + CM_DICT) >> 2];
      // A static object is never written after the seal: it gets a throwaway empty dict.
      if (d === 0 && o < rc.staticEnd) return dictNew();
      if (d === 0) { d = dictNew(); if (d === NULL) return NULL; i32[(o + CM_DICT) >> 2] = d; }
      incref(d as Borrowed);
      return d as Owned;
    },
    set: null,
  },
];

/** Creates the classmethod type (static phase). */
export function classmethodInitStatic(): void {
  classmethodType = typeNewStatic({
    name: 'classmethod',
    basicsize: CM_SIZE,
    flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    dictoffset: CM_DICT,
    slots: {
      dealloc: cmDealloc, traverse: cmTraverse, clear: (o) => gcClearFields(o, [CM_CALLABLE, CM_DICT]), descrGet: cmDescrGet, init: cmInitFor('classmethod'), new: cmNew,
      repr: cmReprFor('classmethod'),
    },
  });
  typeAddGetSets(classmethodType, cmGetSets);
}

export { noneNew };
