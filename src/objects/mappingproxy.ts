// mappingproxy: a read-only view of a mapping (what `SomeClass.__dict__` returns).
// Mirrors PyDictProxy_Type in Objects/descrobject.c (mappingproxy_new, getitem, contains, len, iter,
// repr, get/keys/values/items/copy forwarded to the mapping). Invariant: owns its mapping; never writes it.
//
//   -8 gc_next  -4 gc_prev | +0 ob_refcnt  +4 ob_type  +8 mapping (owned)

import { i32 } from '../heap/views.ts';
import { decref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNewStatic, typeNameOf, slotsOf, typeGenericAlloc, Py_TPFLAGS_HAVE_GC, type VisitProc, typeDeferMethods, typeOf } from './type.ts';
import {
  objectGCFree, objectRepr, objectRichCompare, objectGetAttr, objectVectorcall, objectLength, objectStr, objectCallArgs,
} from './object.ts';
import { errSetString } from './errors.ts';
import { TypeError } from './exceptions.ts';
import { strFromJS, strToJS, strInternImmortal } from './str.ts';
import { isDict, dictContains } from './dict.ts';
import { isList } from './list.ts';
import { isTuple } from './tuple.ts';
import { type MethodDef, METH_NOARGS, argsNoKwnames } from './methodobject.ts';
import { argsParse } from './typeattrs.ts';
import { numberOr } from './abstract.ts';

export const MP_MAPPING = 8;
export const MAPPINGPROXY_SIZE = 12;

export let mappingproxyType = 0 as Borrowed;

function mapping(o: Borrowed): Borrowed {
  return i32[(o + MP_MAPPING) >> 2] as Borrowed;
}

/** PyDictProxy_New: a proxy for `m` (borrowed), which must be a mapping. */
export function mappingproxyNew(m: Borrowed): Owned | Null {
  const s = slotsOf(m);
  if (s.getitem === null || isList(m) || isTuple(m)) {
    return errSetString(TypeError, `mappingproxy() argument must be a mapping, not ${typeNameOf(m)}`);
  }
  const o = typeGenericAlloc(mappingproxyType, 0);
  if (o === NULL) return NULL;
  i32[(o + MP_MAPPING) >> 2] = newRef(m);
  return o;
}

function mpDealloc(o: Owned): void {
  const m = i32[(o + MP_MAPPING) >> 2];
  i32[(o + MP_MAPPING) >> 2] = 0;
  if (m !== 0) decref(m as Borrowed);
  objectGCFree(o);
}

function mpTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  const m = i32[(o + MP_MAPPING) >> 2];
  return m !== 0 ? visit(m as Borrowed, arg) : 0;
}

function mpNew(_type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const a: number[] = [];
  if (!argsParse('mappingproxy', args, nargs, kwnames, ['mapping'], a, 1)) return NULL;
  return mappingproxyNew(a[0] as Borrowed);
}

function mpGetItem(o: Borrowed, key: Borrowed): Owned | Null {
  const m = mapping(o);
  return slotsOf(m).getitem!(m, key);
}

function mpContains(o: Borrowed, key: Borrowed): number {
  const m = mapping(o);
  if (isDict(m)) return dictContains(m, key);
  const c = slotsOf(m).contains;
  if (c === null) { errSetString(TypeError, `argument of type '${typeNameOf(m)}' is not iterable`); return -1; }
  return c(m, key);
}

function mpLength(o: Borrowed): number {
  return objectLength(mapping(o));
}

function mpIter(o: Borrowed): Owned | Null {
  const m = mapping(o);
  const f = slotsOf(m).iter;
  if (f === null) return errSetString(TypeError, `'${typeNameOf(m)}' object is not iterable`);
  return f(m);
}

function mpRepr(o: Borrowed): Owned | Null {
  const r = objectRepr(mapping(o));
  if (r === NULL) return NULL;
  const s = strToJS(r);
  decref(r);
  return strFromJS(`mappingproxy(${s})`);
}

function mpStr(o: Borrowed): Owned | Null {
  return objectStr(mapping(o));
}

function mpRichCompare(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  return objectRichCompare(mapping(a), b, op);
}

/**
 * Forwards `name(*args)` to the mapping: METH_NOARGS for keys/values/items/copy, and get takes
 * positional arguments only, so argument errors name mappingproxy as CPython's do.
 */
function forward(name: string, noargs: boolean): MethodDef {
  return {
    name,
    flags: noargs ? METH_NOARGS : undefined,
    fn: (self, args, nargs, kw) => {
      if (!noargs && !argsNoKwnames(`mappingproxy.${name}`, kw)) return NULL;
      const f = objectGetAttr(mapping(self as Borrowed), strInternImmortal(name));
      if (f === NULL) return NULL;
      const r = objectVectorcall(f, args, noargs ? 0 : nargs, NULL);
      decref(f);
      return r;
    },
  };
}

/** mappingproxy_or: `a | b` on the underlying mappings. */
function mpOr(a: Borrowed, b: Borrowed): Owned | Null {
  return numberOr(typeOf(a) === mappingproxyType ? mapping(a) : a, typeOf(b) === mappingproxyType ? mapping(b) : b);
}

function mpIor(a: Borrowed, _b: Borrowed): Owned | Null {
  return errSetString(TypeError, `'|=' is not supported by ${typeNameOf(a)}; use '|' instead`);
}

/** mappingproxy.__reversed__(): reversed(mapping). */
function mp_reversed(self: Borrowed | Null, _a: number, _n: number, _k: Borrowed | Null): Owned | Null {
  const f = objectGetAttr(mapping(self as Borrowed), strInternImmortal('__reversed__'));
  if (f === NULL) return NULL;
  const r = objectCallArgs(f, 0);
  decref(f);
  return r;
}

const mpMethods: MethodDef[] = [
  forward('get', false), forward('keys', true), forward('values', true), forward('items', true),
  forward('copy', true), { name: '__reversed__', fn: mp_reversed, flags: METH_NOARGS },
];

/** Creates the mappingproxy type (static phase). */
export function mappingproxyInitStatic(): void {
  mappingproxyType = typeNewStatic({
    name: 'mappingproxy',
    basicsize: MAPPINGPROXY_SIZE,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: {
      dealloc: mpDealloc, traverse: mpTraverse, new: mpNew, getitem: mpGetItem, contains: mpContains,
      length: mpLength, iter: mpIter, repr: mpRepr, str: mpStr, richcompare: mpRichCompare,
      or: mpOr, inplaceOr: mpIor,
    },
  });
  typeDeferMethods(mappingproxyType, mpMethods);
}
