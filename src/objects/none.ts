// NoneType and the None singleton.
// Mirrors Objects/object.c (_Py_NoneStruct, none_repr, none_bool; 3.12's constant hash 0xFCA86420).
// Invariant: None is a static immortal; its dealloc is never reached (a count reaching zero is a bug).

import { alloc } from '../heap/alloc.ts';
import { i32 } from '../heap/views.ts';
import { refcntInitStatic } from '../heap/immortal.ts';
import { OB_TYPE } from '../heap/header.ts';
import type { Borrowed, Owned } from '../heap/ref.ts';
import { H64 } from '../support/hash64.ts';
import { typeNewStatic } from './type.ts';
import { strFromJS } from './str.ts';

export let Py_None = 0 as Borrowed;
export let noneType = 0 as Borrowed;

/** Dealloc of a static singleton: reaching it means a reference was dropped that was never owned. */
export function staticDealloc(o: Owned): void {
  throw new Error(`dealloc of static object at ${o}: reference count went to zero`);
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
    },
  });
  Py_None = singletonNewStatic(noneType);
}
