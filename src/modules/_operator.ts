// The _operator module: operator.itemgetter, attrgetter and methodcaller as native callables (the
// hot sort keys), with CPython's reprs, messages and __reduce__. Mirrors Modules/_operator.c; the
// rest of the operator module is Python source (src/lib/operator.py), which imports these.
// Invariants: all are GC objects that own one tuple of their arguments; attrgetter also owns a tuple
// with, per argument, the tuple of its dotted parts as interned strs; methodcaller its kwargs dict.
//
// itemgetter (GC): -8 gc_next -4 gc_prev | +0 ob_refcnt +4 ob_type +8 items (tuple, owned)
// attrgetter (GC): ... +8 names (tuple of the str arguments, owned) +12 paths (tuple of tuples, owned)

import { i32 } from '../heap/views.ts';
import { incref, decref, xdecref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { nativeModuleNew, moduleAddSteal } from './native.ts';
import { typeNewStatic, typeGenericAlloc, typeOf, Py_TPFLAGS_HAVE_GC, type VisitProc } from '../objects/type.ts';
import { objectGCFree, objectRepr } from '../objects/object.ts';
import { type MethodDef, typeAddMethods, argAt, argsNone } from '../objects/methodobject.ts';
import { errSetString } from '../objects/errors.ts';
import { TypeError } from '../objects/exceptions.ts';
import { strFromJS, strToJS, strIntern, isStr } from '../objects/str.ts';
import { tupleNew, tupleSize, tupleGetItemBorrow, tupleSetItemSteal } from '../objects/tuple.ts';
import { objectGetItem, objectGetAttr, objectGetAttrString, objectCall } from '../objects/abstract.ts';
import { dictNew, dictSetItem, dictNext, dictSize } from '../objects/dict.ts';
import { importModuleLevel } from '../vm/import.ts';

const G_ITEMS = 8, ITEMGETTER_SIZE = 16;
const A_NAMES = 8, A_PATHS = 12, ATTRGETTER_SIZE = 16;

export let itemgetterType = 0 as Borrowed;
export let attrgetterType = 0 as Borrowed;

function kwCount(kwnames: Borrowed | Null): number {
  return kwnames === NULL ? 0 : tupleSize(kwnames);
}

/** A tuple of the vectorcall arguments (new reference). */
function argsTuple(args: number, nargs: number): Owned | Null {
  const t = tupleNew(nargs);
  if (t === NULL) return NULL;
  for (let i = 0; i < nargs; i++) tupleSetItemSteal(t, i, newRef(argAt(args, i)));
  return t;
}

/** One callable argument, CPython's messages for the others. */
function oneCallArg(name: string, nargs: number, kwnames: Borrowed | Null): boolean {
  if (kwCount(kwnames) !== 0) { errSetString(TypeError, `${name}() takes no keyword arguments`); return false; }
  if (nargs !== 1) { errSetString(TypeError, `${name} expected 1 argument, got ${nargs}`); return false; }
  return true;
}

/** "operator.NAME(repr, repr, ...)" of the items of a tuple. */
function reprOf(name: string, t: Borrowed): Owned | Null {
  const parts: string[] = [];
  for (let i = 0; i < tupleSize(t); i++) {
    const r = objectRepr(tupleGetItemBorrow(t, i));
    if (r === NULL) return NULL;
    parts.push(strToJS(r));
    decref(r);
  }
  return strFromJS(`operator.${name}(${parts.join(', ')})`);
}

/** (type(self), args) for __reduce__. */
function reduceOf(self: Borrowed, t: Borrowed): Owned | Null {
  const r = tupleNew(2);
  if (r === NULL) return NULL;
  tupleSetItemSteal(r, 0, newRef(typeOf(self)));
  tupleSetItemSteal(r, 1, newRef(t));
  return r;
}

// ---- itemgetter ------------------------------------------------------------------------------

function itemgetterNew(type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (kwCount(kwnames) !== 0) return errSetString(TypeError, 'itemgetter() takes no keyword arguments');
  if (nargs < 1) return errSetString(TypeError, 'itemgetter expected 1 argument, got 0');
  const items = argsTuple(args, nargs);
  if (items === NULL) return NULL;
  const g = typeGenericAlloc(type, 0);
  if (g === NULL) { decref(items); return NULL; }
  i32[(g + G_ITEMS) >> 2] = items;
  return g;
}

function itemgetterCall(g: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!oneCallArg('itemgetter', nargs, kwnames)) return NULL;
  const obj = argAt(args, 0);
  const items = i32[(g + G_ITEMS) >> 2] as Borrowed;
  const n = tupleSize(items);
  if (n === 1) return objectGetItem(obj, tupleGetItemBorrow(items, 0));
  const r = tupleNew(n);
  if (r === NULL) return NULL;
  for (let i = 0; i < n; i++) {
    const v = objectGetItem(obj, tupleGetItemBorrow(items, i));
    if (v === NULL) { decref(r); return NULL; }
    tupleSetItemSteal(r, i, v);
  }
  return r;
}

// ---- attrgetter ------------------------------------------------------------------------------

function attrgetterNew(type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (kwCount(kwnames) !== 0) return errSetString(TypeError, 'attrgetter() takes no keyword arguments');
  if (nargs < 1) return errSetString(TypeError, 'attrgetter expected 1 argument, got 0');
  for (let i = 0; i < nargs; i++) {
    if (!isStr(argAt(args, i))) return errSetString(TypeError, 'attribute name must be a string');
  }
  const names = argsTuple(args, nargs);
  if (names === NULL) return NULL;
  const paths = tupleNew(nargs);
  if (paths === NULL) { decref(names); return NULL; }
  for (let i = 0; i < nargs; i++) {
    const parts = strToJS(argAt(args, i)).split('.');
    const path = tupleNew(parts.length);
    if (path === NULL) { decref(names); decref(paths); return NULL; }
    tupleSetItemSteal(paths, i, path);
    for (let j = 0; j < parts.length; j++) {
      const s = strFromJS(parts[j]);
      if (s === NULL) { decref(names); decref(paths); return NULL; }
      tupleSetItemSteal(path, j, strIntern(s));
    }
  }
  const g = typeGenericAlloc(type, 0);
  if (g === NULL) { decref(names); decref(paths); return NULL; }
  i32[(g + A_NAMES) >> 2] = names;
  i32[(g + A_PATHS) >> 2] = paths;
  return g;
}

function dottedGet(obj: Borrowed, path: Borrowed): Owned | Null {
  let cur: Owned = newRef(obj);
  for (let j = 0; j < tupleSize(path); j++) {
    const next = objectGetAttr(cur, tupleGetItemBorrow(path, j));
    decref(cur);
    if (next === NULL) return NULL;
    cur = next;
  }
  return cur;
}

function attrgetterCall(g: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!oneCallArg('attrgetter', nargs, kwnames)) return NULL;
  const obj = argAt(args, 0);
  const paths = i32[(g + A_PATHS) >> 2] as Borrowed;
  const n = tupleSize(paths);
  if (n === 1) return dottedGet(obj, tupleGetItemBorrow(paths, 0));
  const r = tupleNew(n);
  if (r === NULL) return NULL;
  for (let i = 0; i < n; i++) {
    const v = dottedGet(obj, tupleGetItemBorrow(paths, i));
    if (v === NULL) { decref(r); return NULL; }
    tupleSetItemSteal(r, i, v);
  }
  return r;
}

// ---- methodcaller ----------------------------------------------------------------------------
//
// methodcaller (GC): +8 name (str, owned) +12 args (tuple, owned) +16 kwargs (dict, owned, or 0)

const M_NAME = 8, M_ARGS = 12, M_KWARGS = 16, METHODCALLER_SIZE = 24;
export let methodcallerType = 0 as Borrowed;

function methodcallerNew(type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (nargs < 1) return errSetString(TypeError, 'methodcaller needs at least one argument, the method name');
  const name = argAt(args, 0);
  if (!isStr(name)) return errSetString(TypeError, 'method name must be a string');
  const rest = argsTuple(args + 4, nargs - 1);
  if (rest === NULL) return NULL;
  let kw: Owned | Null = NULL;
  const nkw = kwCount(kwnames);
  if (nkw > 0) {
    kw = dictNew();
    if (kw === NULL) { decref(rest); return NULL; }
    for (let i = 0; i < nkw; i++) {
      if (dictSetItem(kw, tupleGetItemBorrow(kwnames as Borrowed, i), argAt(args, nargs + i)) < 0) {
        decref(rest); decref(kw); return NULL;
      }
    }
  }
  const m = typeGenericAlloc(type, 0);
  if (m === NULL) { decref(rest); xdecref(kw); return NULL; }
  i32[(m + M_NAME) >> 2] = strIntern(newRef(name));
  i32[(m + M_ARGS) >> 2] = rest;
  i32[(m + M_KWARGS) >> 2] = kw;
  return m;
}

function methodcallerCall(m: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!oneCallArg('methodcaller', nargs, kwnames)) return NULL;
  const meth = objectGetAttr(argAt(args, 0), i32[(m + M_NAME) >> 2] as Borrowed);
  if (meth === NULL) return NULL;
  const r = objectCall(meth, i32[(m + M_ARGS) >> 2] as Borrowed, i32[(m + M_KWARGS) >> 2] as Borrowed | Null);
  decref(meth);
  return r;
}

function methodcallerRepr(m: Borrowed): Owned | Null {
  const parts: string[] = [];
  const add = (o: Borrowed, prefix: string): boolean => {
    const r = objectRepr(o);
    if (r === NULL) return false;
    parts.push(prefix + strToJS(r));
    decref(r);
    return true;
  };
  if (!add(i32[(m + M_NAME) >> 2] as Borrowed, '')) return NULL;
  const a = i32[(m + M_ARGS) >> 2] as Borrowed;
  for (let i = 0; i < tupleSize(a); i++) if (!add(tupleGetItemBorrow(a, i), '')) return NULL;
  const kw = i32[(m + M_KWARGS) >> 2] as Borrowed;
  if (kw !== 0) {
    const pos = new Int32Array(1), out = new Int32Array(2);
    while (dictNext(kw, pos, out)) {
      if (!add(out[1] as Borrowed, `${strToJS(out[0] as Borrowed)}=`)) return NULL;
    }
  }
  return strFromJS(`operator.methodcaller(${parts.join(', ')})`);
}

const methodcaller___reduce__: MethodDef['fn'] = (self, _args, nargs, kwnames) => {
  if (!argsNone('methodcaller.__reduce__', nargs, kwnames)) return NULL;
  const m = self as Borrowed;
  const name = i32[(m + M_NAME) >> 2] as Borrowed, a = i32[(m + M_ARGS) >> 2] as Borrowed;
  const kw = i32[(m + M_KWARGS) >> 2] as Borrowed | Null;
  if (kw === NULL || dictSize(kw) === 0) {
    // (type, (name, *args))
    const t = tupleNew(tupleSize(a) + 1);
    if (t === NULL) return NULL;
    tupleSetItemSteal(t, 0, newRef(name));
    for (let i = 0; i < tupleSize(a); i++) tupleSetItemSteal(t, i + 1, newRef(tupleGetItemBorrow(a, i)));
    const r = reduceOf(m, t);
    decref(t);
    return r;
  }
  // (functools.partial(type, name, **kwargs), args)
  const functools = importModuleLevel('functools', NULL, NULL, 0);
  if (functools === NULL) return NULL;
  const partial = objectGetAttrString(functools, 'partial');
  decref(functools);
  if (partial === NULL) return NULL;
  const pargs = tupleNew(2);
  if (pargs === NULL) { decref(partial); return NULL; }
  tupleSetItemSteal(pargs, 0, newRef(typeOf(m)));
  tupleSetItemSteal(pargs, 1, newRef(name));
  const p = objectCall(partial, pargs, kw);
  decref(partial); decref(pargs);
  if (p === NULL) return NULL;
  const r = tupleNew(2);
  if (r === NULL) { decref(p); return NULL; }
  tupleSetItemSteal(r, 0, p);
  tupleSetItemSteal(r, 1, newRef(a));
  return r;
};

function methodcallerDealloc(o: Owned): void {
  decref(i32[(o + M_NAME) >> 2] as Owned);
  decref(i32[(o + M_ARGS) >> 2] as Owned);
  xdecref(i32[(o + M_KWARGS) >> 2] as Owned | Null);
  objectGCFree(o);
}

function methodcallerTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  let r = visit(i32[(o + M_NAME) >> 2] as Borrowed, arg);
  if (r === 0) r = visit(i32[(o + M_ARGS) >> 2] as Borrowed, arg);
  const kw = i32[(o + M_KWARGS) >> 2];
  if (r === 0 && kw !== 0) r = visit(kw as Borrowed, arg);
  return r;
}

// ---- shared slots ----------------------------------------------------------------------------

function itemgetterDealloc(o: Owned): void {
  decref(i32[(o + G_ITEMS) >> 2] as Owned);
  objectGCFree(o);
}

function itemgetterTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  return visit(i32[(o + G_ITEMS) >> 2] as Borrowed, arg);
}

function attrgetterDealloc(o: Owned): void {
  decref(i32[(o + A_NAMES) >> 2] as Owned);
  decref(i32[(o + A_PATHS) >> 2] as Owned);
  objectGCFree(o);
}

function attrgetterTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  const r = visit(i32[(o + A_NAMES) >> 2] as Borrowed, arg);
  return r !== 0 ? r : visit(i32[(o + A_PATHS) >> 2] as Borrowed, arg);
}

type Fn = MethodDef['fn'];

const itemgetter___reduce__: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNone('itemgetter.__reduce__', nargs, kwnames)) return NULL;
  return reduceOf(self as Borrowed, i32[((self as Borrowed) + G_ITEMS) >> 2] as Borrowed);
};

const attrgetter___reduce__: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNone('attrgetter.__reduce__', nargs, kwnames)) return NULL;
  return reduceOf(self as Borrowed, i32[((self as Borrowed) + A_NAMES) >> 2] as Borrowed);
};

/** Creates operator.itemgetter and operator.attrgetter (static phase). */
export function operatorInitStatic(): void {
  itemgetterType = typeNewStatic({
    name: 'operator.itemgetter', basicsize: ITEMGETTER_SIZE, flags: Py_TPFLAGS_HAVE_GC,
    slots: {
      dealloc: itemgetterDealloc, traverse: itemgetterTraverse, new: itemgetterNew, call: itemgetterCall,
      repr: (o) => reprOf('itemgetter', i32[(o + G_ITEMS) >> 2] as Borrowed),
    },
  });
  typeAddMethods(itemgetterType, [{ name: '__reduce__', fn: itemgetter___reduce__, doc: 'Return state information for pickling' }]);
  attrgetterType = typeNewStatic({
    name: 'operator.attrgetter', basicsize: ATTRGETTER_SIZE, flags: Py_TPFLAGS_HAVE_GC,
    slots: {
      dealloc: attrgetterDealloc, traverse: attrgetterTraverse, new: attrgetterNew, call: attrgetterCall,
      repr: (o) => reprOf('attrgetter', i32[(o + A_NAMES) >> 2] as Borrowed),
    },
  });
  typeAddMethods(attrgetterType, [{ name: '__reduce__', fn: attrgetter___reduce__, doc: 'Return state information for pickling' }]);
  methodcallerType = typeNewStatic({
    name: 'operator.methodcaller', basicsize: METHODCALLER_SIZE, flags: Py_TPFLAGS_HAVE_GC,
    slots: {
      dealloc: methodcallerDealloc, traverse: methodcallerTraverse, new: methodcallerNew, call: methodcallerCall,
      repr: methodcallerRepr,
    },
  });
  typeAddMethods(methodcallerType, [{ name: '__reduce__', fn: methodcaller___reduce__, doc: 'Return state information for pickling' }]);
}

/** Creates the _operator module. */
export function operatorModuleNew(): Owned | Null {
  return nativeModuleNew('_operator', [], (m) => {
    incref(itemgetterType);
    if (moduleAddSteal(m, 'itemgetter', itemgetterType as Owned) < 0) return -1;
    incref(attrgetterType);
    if (moduleAddSteal(m, 'attrgetter', attrgetterType as Owned) < 0) return -1;
    incref(methodcallerType);
    return moduleAddSteal(m, 'methodcaller', methodcallerType as Owned);
  }, 'Operator interface.');
}
