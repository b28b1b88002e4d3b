// The attributes of builtin exception subclasses that the VM relies on: StopIteration.value,
// SystemExit.code, ImportError.name/path/msg (and ImportError's keyword-taking __init__).
// Mirrors the member tables and StopIteration_init / SystemExit_init / ImportError_init in
// Objects/exceptions.c. Our exception objects all share BaseException's layout, so a value that CPython
// keeps in a C field lives here in the instance __dict__ (EXC_DICT) under the attribute's name, and
// an attribute never set falls back to what CPython's __init__ would have derived from args.

import { i32 } from '../heap/views.ts';
import { newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeSlotsOf, typeNameOf } from '../objects/type.ts';
import { errSetString } from '../objects/errors.ts';
import { exceptionTypes, EXC_ARGS, EXC_DICT, TypeError } from '../objects/exceptions.ts';
import { typeAddGetSets, type GetSetDef } from '../objects/getset.ts';
import { dictNew, dictGetItemBorrow, dictSetItem, dictDelItem } from '../objects/dict.ts';
import { tupleSize, tupleGetItemBorrow } from '../objects/tuple.ts';
import { strInternImmortal, strToJS } from '../objects/str.ts';
import { Py_None } from '../objects/none.ts';
import { baseExceptionInitSlot } from '../objects/typeattrs.ts';
import { excGroupInitStatic } from './excgroup.ts';

/** The value stored under `name` in the exception's __dict__ (borrowed), or NULL. */
function excDictGet(o: Borrowed, name: string): Borrowed | Null {
  const d = i32[(o + EXC_DICT) >> 2];
  if (d === 0) return NULL;
  return dictGetItemBorrow(d as Borrowed, strInternImmortal(name));
}

/** Stores (or, with NULL, removes) `name` in the exception's __dict__, creating the dict. */
function excDictSet(o: Borrowed, name: string, v: Borrowed | Null): number {
  let d = i32[(o + EXC_DICT) >> 2];
  if (d === 0) {
    if (v === NULL) return 0;
    const nd = dictNew();
    if (nd === NULL) return -1;
    i32[(o + EXC_DICT) >> 2] = nd;
    d = nd;
  }
  if (v === NULL) {
    if (dictGetItemBorrow(d as Borrowed, strInternImmortal(name)) === NULL) return 0;
    return dictDelItem(d as Borrowed, strInternImmortal(name));
  }
  return dictSetItem(d as Borrowed, strInternImmortal(name), v);
}

function argsOf(o: Borrowed): Borrowed | Null {
  return i32[(o + EXC_ARGS) >> 2] as Borrowed | Null;
}

/** A member stored in __dict__, falling back to `derive(o)` (a new reference) when never set. */
function member(name: string, derive: (o: Borrowed) => Owned | Null): GetSetDef {
  return {
    name,
    get: (o) => {
      const v = excDictGet(o, name);
      return v !== NULL ? newRef(v) : derive(o);
    },
    set: (o, v) => excDictSet(o, name, v === NULL ? Py_None : v),
  };
}

const none = (): Owned => newRef(Py_None);

/** StopIteration.value: args[0], or None. */
function stopIterationValue(o: Borrowed): Owned | Null {
  const a = argsOf(o);
  return a !== NULL && tupleSize(a) > 0 ? newRef(tupleGetItemBorrow(a, 0)) : none();
}

/** SystemExit.code: None for no args, args[0] for one, the args tuple otherwise. */
function systemExitCode(o: Borrowed): Owned | Null {
  const a = argsOf(o);
  if (a === NULL || tupleSize(a) === 0) return none();
  return newRef(tupleSize(a) === 1 ? tupleGetItemBorrow(a, 0) : a);
}

/** ImportError.msg: args[0] when there is exactly one argument. */
function importErrorMsg(o: Borrowed): Owned | Null {
  const a = argsOf(o);
  return a !== NULL && tupleSize(a) === 1 ? newRef(tupleGetItemBorrow(a, 0)) : none();
}

/** ImportError_init: positional args as BaseException, plus the keywords name= and path=. */
function importErrorInit(self: Borrowed, args: number, nargs: number, kw: Borrowed | Null): number {
  const nkw = kw !== NULL ? tupleSize(kw) : 0;
  if (baseExceptionInitSlot(self, args, nargs, NULL) < 0) return -1;
  for (let i = 0; i < nkw; i++) {
    const k = strToJS(tupleGetItemBorrow(kw as Borrowed, i));
    if (k !== 'name' && k !== 'path') {
      errSetString(TypeError, `'${k}' is an invalid keyword argument for ${typeNameOf(self)}()`);
      return -1;
    }
    if (excDictSet(self, k, i32[(args >> 2) + nargs + i] as Borrowed) < 0) return -1;
  }
  return 0;
}

/** Sets ImportError.name on a freshly raised import error (the import system's ModuleNotFoundError). */
export function importErrorSetName(exc: Borrowed, name: Borrowed): number {
  return excDictSet(exc, 'name', name);
}

/** Sets `exc.<name> = v` for a member kept in the exception's __dict__ (name, obj, ...). 0 / -1. */
export function excMemberSet(exc: Borrowed, name: string, v: Borrowed): number {
  return excDictSet(exc, name, v);
}

/** The value of such a member (borrowed), or NULL when it was never set. */
export function excMemberGetBorrow(exc: Borrowed, name: string): Borrowed | Null {
  return excDictGet(exc, name);
}

/** Static phase, before typeFinishStatics: declares the getsets and ImportError's __init__. */
export function excAttrsInitStatic(): void {
  const g = (n: string): Borrowed => exceptionTypes.get(n)!;
  typeAddGetSets(g('StopIteration'), [member('value', stopIterationValue)]);
  typeAddGetSets(g('SystemExit'), [member('code', systemExitCode)]);
  typeAddGetSets(g('ImportError'), [member('msg', importErrorMsg), member('name', none), member('path', none)]);
  typeAddGetSets(g('NameError'), [member('name', none)]);
  typeAddGetSets(g('AttributeError'), [member('name', none), member('obj', none)]);
  excGroupInitStatic();
  for (const n of ['ImportError', 'ModuleNotFoundError']) typeSlotsOf(g(n)).init = importErrorInit;
}
