// The errno module: the system error numbers as named constants and errorcode (number -> name).
// Mirrors Modules/errnomodule.c; the values are Linux's, from Node's os.constants.errno (vm/oserror.ts).
// Invariant: names are added in ascending order of value so that errorcode keeps the first name of
// an aliased number, as CPython's table does (EAGAIN over EWOULDBLOCK, EDEADLK over EDEADLOCK).

import { decref } from '../heap/refcount.ts';
import { NULL, type Owned, type Null } from '../heap/ref.ts';
import { intFromNumber } from '../objects/int.ts';
import { strFromJS } from '../objects/str.ts';
import { dictNew, dictSetItem, dictGetItemBorrow } from '../objects/dict.ts';
import { nativeModuleNew, moduleAddSteal } from './native.ts';
import { ERRNO } from '../vm/oserror.ts';

/** CPython keeps these names for the numbers that have two. */
const PREFERRED = new Set(['EAGAIN', 'EDEADLK', 'ENOTSUP']);

export function errnoModuleNew(): Owned | Null {
  return nativeModuleNew('errno', [], (m) => {
    const codes = dictNew();
    if (codes === NULL) return -1;
    const entries = Object.entries(ERRNO).sort((a, b) => a[1] - b[1] || (PREFERRED.has(b[0]) ? 1 : 0) - (PREFERRED.has(a[0]) ? 1 : 0));
    for (const [name, n] of entries) {
      if (moduleAddSteal(m, name, intFromNumber(n)) < 0) { decref(codes); return -1; }
      const k = intFromNumber(n);
      if (k === NULL) { decref(codes); return -1; }
      if (dictGetItemBorrow(codes, k) === NULL) {
        const v = strFromJS(name);
        if (v === NULL || dictSetItem(codes, k, v) < 0) { decref(k); decref(codes); return -1; }
        decref(v);
      }
      decref(k);
    }
    return moduleAddSteal(m, 'errorcode', codes);
  }, 'This module makes available standard errno system symbols.');
}
