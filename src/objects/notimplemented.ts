// NotImplementedType and the NotImplemented singleton.
// Mirrors Objects/object.c (_Py_NotImplementedStruct, NotImplemented_repr).
// Invariant: a static immortal, returned by binary/rich-compare slots to ask for the reflected operation.

import type { Borrowed } from '../heap/ref.ts';
import { typeNewStatic } from './type.ts';
import { strFromJS, strInternImmortal } from './str.ts';
import { typeAddMethods, METH_NOARGS } from './methodobject.ts';
import { newRef } from '../heap/refcount.ts';
import { staticDealloc, singletonNewStatic, singletonNewSlot } from './none.ts';
import { objectHashDefault } from './object.ts';
import { genHooks } from './gen.ts';

/** NotImplemented's truth (notimplemented_bool): True, after 3.12's DeprecationWarning. */
function notImplementedBool(): number {
  const warn = genHooks.warnDeprecated;
  if (warn !== null && warn('NotImplemented should not be used in a boolean context') < 0) return -1;
  return 1;
}

export let Py_NotImplemented = 0 as Borrowed;
export let notImplementedType = 0 as Borrowed;

export function notImplementedInitStatic(): void {
  notImplementedType = typeNewStatic({
    name: 'NotImplementedType',
    basicsize: 8,
    slots: { dealloc: staticDealloc, repr: () => strFromJS('NotImplemented'), hash: objectHashDefault, bool: notImplementedBool,
      new: singletonNewSlot('NotImplementedType', () => Py_NotImplemented) },
  });
  Py_NotImplemented = singletonNewStatic(notImplementedType);
}

/** NotImplemented's methods (after methodObjectInitStatic): __reduce__ names the singleton, so pickle and copy keep it. */
export function notImplementedAddMethods(): void {
  typeAddMethods(notImplementedType, [{ name: '__reduce__', fn: () => newRef(strInternImmortal('NotImplemented')), flags: METH_NOARGS }]);
}
