// NotImplementedType and the NotImplemented singleton.
// Mirrors Objects/object.c (_Py_NotImplementedStruct, NotImplemented_repr).
// Invariant: a static immortal, returned by binary/rich-compare slots to ask for the reflected operation.

import type { Borrowed } from '../heap/ref.ts';
import { typeNewStatic } from './type.ts';
import { strFromJS } from './str.ts';
import { staticDealloc, singletonNewStatic, singletonNewSlot } from './none.ts';
import { objectHashDefault } from './object.ts';

export let Py_NotImplemented = 0 as Borrowed;
export let notImplementedType = 0 as Borrowed;

export function notImplementedInitStatic(): void {
  notImplementedType = typeNewStatic({
    name: 'NotImplementedType',
    basicsize: 8,
    slots: { dealloc: staticDealloc, repr: () => strFromJS('NotImplemented'), hash: objectHashDefault,
      new: singletonNewSlot('NotImplementedType', () => Py_NotImplemented) },
  });
  Py_NotImplemented = singletonNewStatic(notImplementedType);
}
