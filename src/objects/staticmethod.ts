// The staticmethod type: returns the wrapped callable unchanged from __get__; callable itself (3.10+).
// Mirrors sm_* in Objects/funcobject.c. Invariants: same layout as classmethod (classmethod.ts), whose
// dealloc/traverse/init helpers it shares.
//
//   -8 gc_next  -4 gc_prev | +0 ob_refcnt  +4 ob_type  +8 sm_callable  +12 sm_dict

import { gcClearFields } from '../gc/clear.ts';
import { i32 } from '../heap/views.ts';
import { decref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNewStatic, typeOf, typeGenericAlloc, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_BASETYPE } from './type.ts';
import { objectVectorcall } from './object.ts';
import { errSetString } from './errors.ts';
import { TypeError } from './exceptions.ts';
import { typeAddGetSets } from './getset.ts';
import {
  CM_CALLABLE, CM_DICT, CM_SIZE, cmDealloc, cmTraverse, cmSetCallable, cmInitFor, cmReprFor, cmGetSets,
} from './classmethod.ts';

export let staticmethodType = 0 as Borrowed;

export function isStaticmethod(o: Borrowed): boolean {
  return typeOf(o) === staticmethodType;
}

/** staticmethod(f) from native code (type_new wraps a class's __new__ function). */
export function staticmethodNew(callable: Borrowed): Owned | Null {
  const o = typeGenericAlloc(staticmethodType, 0);
  if (o === NULL) return NULL;
  if (cmSetCallable(o, callable) < 0) { decref(o); return NULL; }
  return o;
}

/**
 * A staticmethod for a builtin type's dict (static phase): no __dict__ copy of the callable's attributes,
 * so that nothing mortal hangs off a static object.
 */
export function staticmethodNewStatic(callable: Borrowed): Owned | Null {
  const o = typeGenericAlloc(staticmethodType, 0);
  if (o === NULL) return NULL;
  i32[(o + CM_CALLABLE) >> 2] = newRef(callable);
  return o;
}

function smNew(type: Borrowed, _a: number, _n: number, _k: Borrowed | Null): Owned | Null {
  return typeGenericAlloc(type, 0);
}

function smDescrGet(self: Borrowed, _obj: Borrowed | Null, _type: Borrowed | Null): Owned | Null {
  const f = i32[(self + CM_CALLABLE) >> 2] as Borrowed;
  if (f === 0) return errSetString(TypeError, 'uninitialized staticmethod object');
  return newRef(f);
}

function smCall(self: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  return objectVectorcall(i32[(self + CM_CALLABLE) >> 2] as Borrowed, args, nargs, kwnames);
}

/** Creates the staticmethod type (static phase). */
export function staticmethodInitStatic(): void {
  staticmethodType = typeNewStatic({
    name: 'staticmethod',
    basicsize: CM_SIZE,
    flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    dictoffset: CM_DICT,
    slots: {
      dealloc: cmDealloc, traverse: cmTraverse, clear: (o) => gcClearFields(o, [CM_CALLABLE, CM_DICT]), descrGet: smDescrGet, init: cmInitFor('staticmethod'), new: smNew,
      repr: cmReprFor('staticmethod'), call: smCall,
    },
  });
  typeAddGetSets(staticmethodType, cmGetSets);
}
