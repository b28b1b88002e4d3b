// The _weakref module: ref/proxy constructors, the weakref types, getweakrefcount/getweakrefs and
// _remove_dead_weakref (used by weakref.WeakValueDictionary). Mirrors Modules/_weakref.c.
// Invariants: the types are the static ones of objects/weakref.ts; functions return new references.

import { newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { argAt, argsNoKwnames, argsCheckPositional, type MethodDef } from '../objects/methodobject.ts';
import { intFromNumber } from '../objects/int.ts';
import { listNew, listAppend } from '../objects/list.ts';
import { decref } from '../heap/refcount.ts';
import { dictGetItemBorrow, dictDelItem, isDict } from '../objects/dict.ts';
import { noneNew } from '../objects/object.ts';
import { errSetString, errOccurred, errExceptionMatches, errClear } from '../objects/errors.ts';
import { TypeError, KeyError } from '../objects/exceptions.ts';
import {
  refType, proxyType, callableProxyType, weakrefNewProxy, weakrefCount, weakrefList, isWeakref, weakrefGetObjectBorrow,
} from '../objects/weakref.ts';
import { nativeModuleNew, moduleAddSteal } from './native.ts';

const DEFS: MethodDef[] = [
  {
    name: 'getweakrefcount',
    fn: (_m, args, nargs, kw) => {
      if (!argsNoKwnames('getweakrefcount', kw) || !argsCheckPositional('getweakrefcount', nargs, 1, 1)) return NULL;
      return intFromNumber(weakrefCount(argAt(args, 0)));
    },
    doc: 'Return the number of weak references to \'object\'.',
  },
  {
    name: 'getweakrefs',
    fn: (_m, args, nargs, kw) => {
      if (!argsNoKwnames('getweakrefs', kw) || !argsCheckPositional('getweakrefs', nargs, 1, 1)) return NULL;
      const l = listNew(0);
      if (l === NULL) return NULL;
      for (const w of weakrefList(argAt(args, 0))) {
        if (listAppend(l, w as Borrowed) < 0) { decref(l); return NULL; }
      }
      return l;
    },
    doc: 'Return a list of all weak reference objects pointing to \'object\'.',
  },
  {
    name: 'proxy',
    fn: (_m, args, nargs, kw) => {
      if (!argsNoKwnames('proxy', kw) || !argsCheckPositional('proxy', nargs, 1, 2)) return NULL;
      return weakrefNewProxy(argAt(args, 0), nargs > 1 ? argAt(args, 1) : NULL);
    },
    doc: 'Create a proxy object that weakly references \'object\'.',
  },
  {
    name: '_remove_dead_weakref',
    fn: (_m, args, nargs, kw) => {
      if (!argsNoKwnames('_remove_dead_weakref', kw) || !argsCheckPositional('_remove_dead_weakref', nargs, 2, 2)) return NULL;
      const d = argAt(args, 0), key = argAt(args, 1);
      if (!isDict(d)) return errSetString(TypeError, `_remove_dead_weakref() argument 1 must be dict, not ${'other'}`);
      const v = dictGetItemBorrow(d, key);
      if (v === NULL) {
        if (errOccurred() !== NULL) return NULL;
        return noneNew();
      }
      if (isWeakref(v) && weakrefGetObjectBorrow(v) === NULL) {
        if (dictDelItem(d, key) < 0) {
          if (!errExceptionMatches(KeyError)) return NULL;
          errClear();
        }
      }
      return noneNew();
    },
  },
];

export function weakrefModuleNew(): Owned | Null {
  return nativeModuleNew('_weakref', DEFS, (m) => {
    if (moduleAddSteal(m, 'ref', newRef(refType)) < 0) return -1;
    if (moduleAddSteal(m, 'ReferenceType', newRef(refType)) < 0) return -1;
    if (moduleAddSteal(m, 'ProxyType', newRef(proxyType)) < 0) return -1;
    return moduleAddSteal(m, 'CallableProxyType', newRef(callableProxyType));
  }, 'Weak-reference support module.');
}
