// The ellipsis type and the Ellipsis singleton (`...`).
// Mirrors Objects/sliceobject.c (_Py_EllipsisObject, ellipsis_repr).
// Invariant: a static immortal.

import type { Borrowed } from '../heap/ref.ts';
import { typeNewStatic } from './type.ts';
import { strFromJS, strInternImmortal } from './str.ts';
import { typeAddMethods, METH_NOARGS } from './methodobject.ts';
import { newRef } from '../heap/refcount.ts';
import { staticDealloc, singletonNewStatic, singletonNewSlot } from './none.ts';
import { objectHashDefault } from './object.ts';

export let Py_Ellipsis = 0 as Borrowed;
export let ellipsisType = 0 as Borrowed;

export function ellipsisInitStatic(): void {
  ellipsisType = typeNewStatic({
    name: 'ellipsis',
    basicsize: 8,
    slots: { dealloc: staticDealloc, repr: () => strFromJS('Ellipsis'), hash: objectHashDefault,
      new: singletonNewSlot('EllipsisType', () => Py_Ellipsis) },
  });
  Py_Ellipsis = singletonNewStatic(ellipsisType);
}

/** Ellipsis's methods (after methodObjectInitStatic): __reduce__ names the singleton, so pickle and copy keep it. */
export function ellipsisAddMethods(): void {
  typeAddMethods(ellipsisType, [{ name: '__reduce__', fn: () => newRef(strInternImmortal('Ellipsis')), flags: METH_NOARGS }]);
}
