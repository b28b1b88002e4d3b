// types.SimpleNamespace: an object whose attributes are its keyword arguments, with a readable repr
// and equality by __dict__. Also the type of sys.implementation (CPython's types.py takes it from there).
// Mirrors Objects/namespaceobject.c (3.12: keyword arguments only). Invariants: ns_dict is an owned
// dict from __new__ on (the instance __dict__, at the type's dictoffset); repr shows only str keys and
// "namespace(...)" for a namespace already being shown further up.
//
//   -8 gc_next -4 gc_prev | +0 ob_refcnt +4 ob_type +8 ns_dict

import { gcClearFields } from '../gc/clear.ts';
import { i32 } from '../heap/views.ts';
import { decref, incref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import {
  typeNewStatic, typeOf, typeIsSubtype, typeGenericAlloc, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_BASETYPE,
  TP_NAME, type VisitProc,
} from './type.ts';
import { objectGCFree, objectRepr, objectRichCompare, notImplemented, objectHashNotImplemented } from './object.ts';
import { errSetString } from './errors.ts';
import { TypeError } from './exceptions.ts';
import { strFromJS, strToJS, isStr } from './str.ts';
import { dictNew, dictNext, dictSetItem } from './dict.ts';
import { tupleSize, tupleGetItemBorrow, tuplePack, tupleEmptyNew } from './tuple.ts';
import { typeAddGetSets, type GetSetDef } from './getset.ts';
import { typeAddMethods, argsNone, type MethodDef } from './methodobject.ts';

export const NS_DICT = 8;
const NS_SIZE = 12;

export let namespaceType = 0 as Borrowed;

/** A SimpleNamespace with the given attributes (values borrowed), e.g. sys.implementation. */
export function namespaceNew(items: ReadonlyArray<readonly [string, Borrowed]>): Owned | Null {
  const ns = nsNew(namespaceType, 0, 0, NULL);
  if (ns === NULL) return NULL;
  const d = i32[(ns + NS_DICT) >> 2] as Borrowed;
  for (const [k, v] of items) {
    const key = strFromJS(k);
    if (key === NULL) { decref(ns); return NULL; }
    const r = dictSetItem(d, key, v);
    decref(key);
    if (r < 0) { decref(ns); return NULL; }
  }
  return ns;
}

function nsNew(type: Borrowed, _args: number, _nargs: number, _kw: Borrowed | Null): Owned | Null {
  const ns = typeGenericAlloc(type, 0);
  if (ns === NULL) return NULL;
  const d = dictNew();
  if (d === NULL) { decref(ns); return NULL; }
  i32[(ns + NS_DICT) >> 2] = d;
  return ns;
}

/** namespace_init: keyword arguments become attributes; no positional ones in 3.12. */
function nsInit(self: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): number {
  if (nargs > 0) { errSetString(TypeError, 'no positional arguments expected'); return -1; }
  if (kwnames === NULL) return 0;
  const d = i32[(self + NS_DICT) >> 2] as Borrowed;
  for (let i = 0, n = tupleSize(kwnames); i < n; i++) {
    const k = tupleGetItemBorrow(kwnames, i);
    if (!isStr(k)) { errSetString(TypeError, 'keywords must be strings'); return -1; }
    if (dictSetItem(d, k, i32[(args >> 2) + i] as Borrowed) < 0) return -1;
  }
  return 0;
}

function nsDealloc(o: Owned): void {
  const d = i32[(o + NS_DICT) >> 2];
  i32[(o + NS_DICT) >> 2] = 0;
  if (d !== 0) decref(d as Owned);
  objectGCFree(o);
}

function nsTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  const d = i32[(o + NS_DICT) >> 2];
  return d !== 0 ? visit(d as Borrowed, arg) : 0;
}

/** The namespaces whose repr is being computed (Py_ReprEnter for this type). */
const reprRunning = new Set<number>();

function nsRepr(o: Borrowed): Owned | Null {
  const t = typeOf(o);
  const name = t === namespaceType ? 'namespace' : strToJS(i32[(t + TP_NAME) >> 2] as Borrowed);
  if (reprRunning.has(o)) return strFromJS(`${name}(...)`);
  reprRunning.add(o);
  try {
    const parts: string[] = [];
    const d = i32[(o + NS_DICT) >> 2] as Borrowed;
    const pos = new Int32Array(1), kv = new Int32Array(2);
    while (dictNext(d, pos, kv)) {
      if (!isStr(kv[0] as Borrowed)) continue;
      const v = kv[1] as Borrowed;
      incref(v); // the value's repr may change the dict
      const r = objectRepr(v);
      decref(v as Owned);
      if (r === NULL) return NULL;
      parts.push(`${strToJS(kv[0] as Borrowed)}=${strToJS(r)}`);
      decref(r);
    }
    return strFromJS(`${name}(${parts.join(', ')})`);
  } finally {
    reprRunning.delete(o);
  }
}

/** namespace_richcompare: two namespaces compare as their dicts (any operator); else NotImplemented. */
function nsRichCompare(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  if (!typeIsSubtype(typeOf(a), namespaceType) || !typeIsSubtype(typeOf(b), namespaceType)) return notImplemented();
  return objectRichCompare(i32[(a + NS_DICT) >> 2] as Borrowed, i32[(b + NS_DICT) >> 2] as Borrowed, op);
}

/** __reduce__: (type(self), (), self.__dict__). */
function ns_reduce(self: Borrowed | Null, _args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!argsNone('__reduce__', nargs, kw)) return NULL;
  const o = self as Borrowed;
  const empty = tupleEmptyNew();
  const r = tuplePack([typeOf(o), empty, i32[(o + NS_DICT) >> 2] as Borrowed]);
  decref(empty);
  return r;
}

const NS_METHODS: MethodDef[] = [{ name: '__reduce__', fn: ns_reduce }];

const NS_GETSETS: GetSetDef[] = [
  {
    name: '__dict__', set: null,
    get: (o) => {
      if (i32[(o + NS_DICT) >> 2] === 0) { const d = dictNew(); if (d === NULL) return NULL; i32[(o + NS_DICT) >> 2] = d; }
      return newRef(i32[(o + NS_DICT) >> 2] as Borrowed);
    },
  },
];

/** Creates types.SimpleNamespace (static phase). */
export function namespaceInitStatic(): void {
  namespaceType = typeNewStatic({
    name: 'types.SimpleNamespace',
    basicsize: NS_SIZE,
    flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    dictoffset: NS_DICT,
    slots: {
      dealloc: nsDealloc, traverse: nsTraverse, clear: (o) => gcClearFields(o, [NS_DICT]), new: nsNew, init: nsInit,
      repr: nsRepr, richcompare: nsRichCompare, hash: objectHashNotImplemented,
    },
  });
  typeAddMethods(namespaceType, NS_METHODS);
  typeAddGetSets(namespaceType, NS_GETSETS);
}
