// NoneType and the None singleton.
// Mirrors Objects/object.c (_Py_NoneStruct, none_repr, none_bool; 3.12's constant hash 0xFCA86420).
// Invariant: None is a static immortal; its dealloc is never reached (a count reaching zero is a bug).

import { alloc } from '../heap/alloc.ts';
import { i32 } from '../heap/views.ts';
import { refcntInitStatic } from '../heap/immortal.ts';
import { OB_TYPE } from '../heap/header.ts';
import type { Borrowed, Owned } from '../heap/ref.ts';
import { H64 } from '../support/hash64.ts';
import { typeNewStatic, type TypeSlots } from './type.ts';
import { incref } from '../heap/refcount.ts';
import { errSetString } from './errors.ts';
import { TypeError } from './exceptions.ts';
import { tupleSize } from './tuple.ts';
import { strFromJS } from './str.ts';

export let Py_None = 0 as Borrowed;
export let noneType = 0 as Borrowed;

/** Dealloc of a static singleton: reaching it means a reference was dropped that was never owned. */
export function staticDealloc(o: Owned): void {
  throw new Error(`dealloc of static object at ${o}: reference count went to zero`);
}

/**
 * tp_new of the singleton types (none_new, notimplemented_new, ellipsis_new): no arguments, returns
 * the singleton `get()`.
 */
export function singletonNewSlot(name: string, get: () => Borrowed): NonNullable<TypeSlots['new']> {
  return (_type, _args, nargs, kwnames) => {
    if (nargs !== 0 || (kwnames !== 0 && tupleSize(kwnames as Borrowed) !== 0)) {
      return errSetString(TypeError, `${name} takes no arguments`);
    }
    const o = get();
    incref(o);
    return o as Owned;
  };
}

/** Allocates a static object with only a header (None, NotImplemented, Ellipsis). */
export function singletonNewStatic(type: Borrowed): Borrowed {
  const o = alloc(8);
  if (o === 0) throw new Error('static region: out of memory');
  refcntInitStatic(o);
  i32[(o + OB_TYPE) >> 2] = type;
  return o as Borrowed;
}

export function noneInitStatic(): void {
  noneType = typeNewStatic({
    name: 'NoneType',
    basicsize: 8,
    slots: {
      dealloc: staticDealloc,
      repr: () => strFromJS('None'),
      bool: () => 0,
      hash: () => { H64[0] = 0xfca86420 | 0; H64[1] = 0; return H64[0]; },
      new: singletonNewSlot('NoneType', () => Py_None),
    },
  });
  Py_None = singletonNewStatic(noneType);
}
