// The pattern-matching flags of ABCs (the part of CPython 3.12's Modules/_abc.c that touches type
// flags): `_abc_init` moves `__abc_tpflags__` from a new ABC's namespace into its Py_TPFLAGS_SEQUENCE /
// Py_TPFLAGS_MAPPING bits, and `_abc_register` gives a registered class (and its subclasses) the
// ABC's collection flag (set_collection_flag_recursive). Our abc.py is Python; it calls these two as
// `_collections._abc_tpflags_init(cls)` and `_collections._abc_tpflags_register(abc, subclass)`.
// Invariants: only heap types that are not immutable are written (static types are sealed).

import { i32 } from '../heap/views.ts';
import { decref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import {
  isType, TP_DICT, TP_FLAGS, Py_TPFLAGS_SEQUENCE, Py_TPFLAGS_MAPPING, Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_IMMUTABLETYPE,
} from '../objects/type.ts';
import { type MethodDef, argAt } from '../objects/methodobject.ts';
import { errSetString } from '../objects/errors.ts';
import { TypeError } from '../objects/exceptions.ts';
import { isIntExact, intAsNumber } from '../objects/int.ts';
import { strInternImmortal } from '../objects/str.ts';
import { dictGetItemBorrow } from '../objects/dict.ts';
import { listSize, listGetItemBorrow, isList } from '../objects/list.ts';
import { objectSetAttr, noneNew } from '../objects/object.ts';
import { callMethod } from '../objects/abstract.ts';

const COLLECTION_FLAGS = Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING;

function writable(t: number): boolean {
  const f = i32[(t + TP_FLAGS) >> 2];
  return (f & Py_TPFLAGS_HEAPTYPE) !== 0 && (f & Py_TPFLAGS_IMMUTABLETYPE) === 0;
}

/** _abc_init's flag part: `__abc_tpflags__` in cls's own namespace becomes its collection flag, and is removed. */
function abcTpflagsInit(cls: Borrowed): Owned | Null {
  if (!isType(cls)) return noneNew();
  const name = strInternImmortal('__abc_tpflags__');
  const v = dictGetItemBorrow(i32[(cls + TP_DICT) >> 2] as Borrowed, name);
  if (v === NULL) return noneNew();
  if (isIntExact(v)) {
    const val = intAsNumber(v);
    if ((val & COLLECTION_FLAGS) === COLLECTION_FLAGS) {
      return errSetString(TypeError, '__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING');
    }
    if (writable(cls)) i32[(cls + TP_FLAGS) >> 2] |= val & COLLECTION_FLAGS;
  }
  if (objectSetAttr(cls, name, NULL) < 0) return NULL;
  return noneNew();
}

/** set_collection_flag_recursive: `flag` on child and its subclasses, unless immutable or already so. */
function setCollectionFlagRecursive(child: Borrowed, flag: number): number {
  const f = i32[(child + TP_FLAGS) >> 2];
  if (!writable(child) || (f & COLLECTION_FLAGS) === flag) return 0;
  i32[(child + TP_FLAGS) >> 2] = (f & ~COLLECTION_FLAGS) | flag;
  const subs = callMethod(child, '__subclasses__');
  if (subs === NULL) return -1;
  let r = 0;
  if (isList(subs)) {
    for (let i = 0; i < listSize(subs) && r === 0; i++) {
      const c = listGetItemBorrow(subs, i);
      if (isType(c)) r = setCollectionFlagRecursive(c, flag);
    }
  }
  decref(subs);
  return r;
}

/** _abc_register's flag part: the ABC's collection flag passes to the registered class. */
function abcTpflagsRegister(abc: Borrowed, subclass: Borrowed): Owned | Null {
  if (isType(abc) && isType(subclass)) {
    const flag = i32[(abc + TP_FLAGS) >> 2] & COLLECTION_FLAGS;
    if (flag !== 0 && setCollectionFlagRecursive(subclass, flag) < 0) return NULL;
  }
  return noneNew();
}

export const abcFlagsMethods: MethodDef[] = [
  {
    name: '_abc_tpflags_init',
    fn: (_s, a, n) => (n !== 1 ? errSetString(TypeError, `_abc_tpflags_init() takes exactly one argument (${n} given)`) : abcTpflagsInit(argAt(a, 0))),
  },
  {
    name: '_abc_tpflags_register',
    fn: (_s, a, n) => (n !== 2 ? errSetString(TypeError, `_abc_tpflags_register expected 2 arguments, got ${n}`) : abcTpflagsRegister(argAt(a, 0), argAt(a, 1))),
  },
];
