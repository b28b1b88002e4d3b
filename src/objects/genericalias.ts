// types.GenericAlias (`list[int]`) and types.UnionType (`int | None`), and the __class_getitem__ of the
// builtin containers. Mirrors Objects/genericaliasobject.c (ga_new, ga_repr, ga_getattro, ga_call,
// ga_richcompare, ga_hash, ga_mro_entries) and Objects/unionobject.c (_Py_union_type_or, union_repr,
// union_richcompare, union_hash, __instancecheck__/__subclasscheck__), in their basic forms: no
// TypeVar substitution (__parameters__ is always ()), no starred aliases.
// Invariants: both own their fields; a union's args are flattened, deduplicated, with None as NoneType.
//
// GenericAlias (GC): +8 origin (owned)  +12 args (owned tuple)
// UnionType    (GC): +8 args (owned tuple)

import { i32 } from '../heap/views.ts';
import { decref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import {
  typeNewStatic, typeOf, isType, typeGenericAlloc, typeDeferMethods, objectIsInstance, objectIsSubclass, typeSlotsOf,
  Py_TPFLAGS_HAVE_GC, Py_EQ, Py_NE, type VisitProc, typeType, typeName, typeModuleName,
} from './type.ts';
import {
  objectGCFree, objectRepr, objectGetAttr, objectGenericGetAttr, objectLookupAttr, objectVectorcall,
  objectRichCompareBool, objectHash, hashFailed, boolNew, notImplemented, objectSetAttr,
} from './object.ts';
import { errSetString, errOccurred, errExceptionMatches, errClear } from './errors.ts';
import { TypeError, AttributeError } from './exceptions.ts';
import { strFromJS, strToJS, strInternImmortal, isStr, strEqualJS } from './str.ts';
import { tuplePack, tupleSize, tupleGetItemBorrow, isTuple, tupleEmptyNew } from './tuple.ts';
import { frozensetNew } from './set.ts';
import { Py_None, noneType } from './none.ts';
import { Py_Ellipsis } from './ellipsis.ts';
import { argAt, argsOne, METH_CLASS, METH_O, type MethodDef, typeAddMethods } from './methodobject.ts';
import { H64 } from '../support/hash64.ts';
import { typeAddGetSets, type GetSetDef } from './getset.ts';

export const GA_ORIGIN = 8;
export const GA_ARGS = 12;
export const GA_SIZE = 16;
export const UNION_ARGS = 8;
export const UNION_SIZE = 12;

export let genericAliasType = 0 as Borrowed;
export let unionType = 0 as Borrowed;

/** Py_GenericAlias: origin[args] (a non-tuple `args` becomes a 1-tuple). */
export function genericAliasNew(origin: Borrowed, args: Borrowed): Owned | Null {
  const t = isTuple(args) ? newRef(args) : tuplePack([args]);
  if (t === NULL) return NULL;
  const o = typeGenericAlloc(genericAliasType, 0);
  if (o === NULL) { decref(t); return NULL; }
  i32[(o + GA_ORIGIN) >> 2] = newRef(origin);
  i32[(o + GA_ARGS) >> 2] = t;
  return o;
}

function gaDealloc(o: Owned): void {
  for (const off of [GA_ORIGIN, GA_ARGS]) {
    const v = i32[(o + off) >> 2];
    i32[(o + off) >> 2] = 0;
    if (v !== 0) decref(v as Borrowed);
  }
  objectGCFree(o);
}

function gaTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  for (const off of [GA_ORIGIN, GA_ARGS]) {
    const v = i32[(o + off) >> 2];
    if (v !== 0) { const r = visit(v as Borrowed, arg); if (r !== 0) return r; }
  }
  return 0;
}

/** ga_repr_item: '...', a type as [module.]qualname, anything else by repr. */
function reprItem(p: Borrowed): string | null {
  if (p === Py_Ellipsis) return '...';
  if (typeOf(p) === genericAliasType || typeOf(p) === unionType) return reprOf(p);
  const origin = objectLookupAttr(p, strInternImmortal('__origin__'));
  if (origin === NULL && errOccurred() !== NULL) return null;
  if (origin !== NULL) {
    decref(origin);
    const a = objectLookupAttr(p, strInternImmortal('__args__'));
    if (a === NULL && errOccurred() !== NULL) return null;
    if (a !== NULL) { decref(a); return reprOf(p); }
  }
  const q = objectLookupAttr(p, strInternImmortal('__qualname__'));
  if (q === NULL) return errOccurred() !== NULL ? null : reprOf(p);
  const m = objectLookupAttr(p, strInternImmortal('__module__'));
  if (m === NULL) {
    decref(q);
    return errOccurred() !== NULL ? null : reprOf(p);
  }
  let s: string;
  if (m !== Py_None && isStr(m) && !strEqualJS(m, 'builtins')) s = `${strToJS(m)}.${strToJS(q)}`;
  else s = isStr(q) ? strToJS(q) : '';
  decref(q);
  decref(m);
  return s;
}

function reprOf(o: Borrowed): string | null {
  const r = objectRepr(o);
  if (r === NULL) return null;
  const s = strToJS(r);
  decref(r);
  return s;
}

function gaRepr(o: Borrowed): Owned | Null {
  const origin = reprItem(i32[(o + GA_ORIGIN) >> 2] as Borrowed);
  if (origin === null) return NULL;
  const args = i32[(o + GA_ARGS) >> 2] as Borrowed;
  const parts: string[] = [];
  for (let i = 0; i < tupleSize(args); i++) {
    const item = tupleGetItemBorrow(args, i);
    const s = isTuple(item) && tupleSize(item) === 0 ? '()' : reprItem(item);
    if (s === null) return NULL;
    parts.push(s);
  }
  return strFromJS(`${origin}[${parts.length === 0 ? '()' : parts.join(', ')}]`);
}

/** Attributes the alias answers itself; everything else comes from the origin (attr_exceptions). */
const OWN_ATTRS = new Set([
  '__class__', '__origin__', '__args__', '__unpacked__', '__parameters__', '__typing_unpacked_tuple_args__',
  '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__',
]);

function gaGetAttro(o: Borrowed, name: Borrowed): Owned | Null {
  if (isStr(name) && !OWN_ATTRS.has(strToJS(name))) {
    return objectGetAttr(i32[(o + GA_ORIGIN) >> 2] as Borrowed, name);
  }
  return objectGenericGetAttr(o, name);
}

/** ga_call: calls the origin and records __orig_class__ on the result when it can. */
function gaCall(o: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const r = objectVectorcall(i32[(o + GA_ORIGIN) >> 2] as Borrowed, args, nargs, kwnames);
  if (r === NULL) return NULL;
  if (objectSetAttr(r, strInternImmortal('__orig_class__'), o) < 0) {
    if (!errExceptionMatches(AttributeError) && !errExceptionMatches(TypeError)) { decref(r); return NULL; }
    errClear();
  }
  return r;
}

function gaRichCompare(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  if (typeOf(b) !== genericAliasType || (op !== Py_EQ && op !== Py_NE)) return notImplemented();
  let eq = objectRichCompareBool(i32[(a + GA_ORIGIN) >> 2] as Borrowed, i32[(b + GA_ORIGIN) >> 2] as Borrowed, Py_EQ);
  if (eq < 0) return NULL;
  if (eq === 1) eq = objectRichCompareBool(i32[(a + GA_ARGS) >> 2] as Borrowed, i32[(b + GA_ARGS) >> 2] as Borrowed, Py_EQ);
  if (eq < 0) return NULL;
  return boolNew(op === Py_EQ ? eq === 1 : eq === 0);
}

function gaHash(o: Borrowed): number {
  const h0 = objectHash(i32[(o + GA_ORIGIN) >> 2] as Borrowed);
  if (hashFailed(h0)) return -1;
  const hi0 = H64[1];
  const h1 = objectHash(i32[(o + GA_ARGS) >> 2] as Borrowed);
  if (hashFailed(h1)) return -1;
  H64[0] = h0 ^ h1;
  H64[1] = hi0 ^ H64[1];
  if (H64[0] === -1 && H64[1] === -1) H64[0] = -2;
  return H64[0];
}

function ga_mro_entries(self: Borrowed | Null, _args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!argsOne('__mro_entries__', nargs, kw)) return NULL;
  return tuplePack([i32[((self as number) + GA_ORIGIN) >> 2] as Borrowed]);
}

function ga_instancecheck(_s: Borrowed | Null, _a: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!argsOne('__instancecheck__', nargs, kw)) return NULL;
  return errSetString(TypeError, 'isinstance() argument 2 cannot be a parameterized generic');
}

function ga_subclasscheck(_s: Borrowed | Null, _a: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!argsOne('__subclasscheck__', nargs, kw)) return NULL;
  return errSetString(TypeError, 'issubclass() argument 2 cannot be a parameterized generic');
}

const gaMethods: MethodDef[] = [
  { name: '__mro_entries__', fn: ga_mro_entries },
  { name: '__instancecheck__', fn: ga_instancecheck },
  { name: '__subclasscheck__', fn: ga_subclasscheck },
];

const gaGetSets: GetSetDef[] = [
  { name: '__origin__', get: (o) => newRef(i32[(o + GA_ORIGIN) >> 2] as Borrowed), set: null },
  { name: '__args__', get: (o) => newRef(i32[(o + GA_ARGS) >> 2] as Borrowed), set: null },
  { name: '__parameters__', get: () => tupleEmptyNew(), set: null },
];

function gaNew(_type: Borrowed, args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (kw !== NULL && tupleSize(kw) > 0) return errSetString(TypeError, 'GenericAlias() takes no keyword arguments');
  if (nargs !== 2) return errSetString(TypeError, `GenericAlias expected 2 arguments, got ${nargs}`);
  return genericAliasNew(argAt(args, 0), argAt(args, 1));
}

/** `__class_getitem__` of the builtin generic classes (list, dict, tuple, set, frozenset, type). */
export const classGetItemDef: MethodDef = {
  name: '__class_getitem__',
  flags: METH_CLASS | METH_O,
  fn: (cls, args, nargs, kw) => {
    if (!argsOne('__class_getitem__', nargs, kw)) return NULL;
    return genericAliasNew(cls as Borrowed, argAt(args, 0));
  },
  doc: 'See PEP 585',
};

// Unions.

function isUnionable(o: Borrowed): boolean {
  return o === Py_None || isType(o) || typeOf(o) === genericAliasType || typeOf(o) === unionType || isTypeAlias(o);
}

/** An instance of typing.TypeAliasType (`type A = ...`): a Python class, src/lib/_typing.py, that cannot be subclassed. */
function isTypeAlias(o: Borrowed): boolean {
  const t = typeOf(o);
  if (typeName(t) !== 'TypeAliasType') return false;
  const m = typeModuleName(t);
  if (m === null) { errClear(); return false; }
  return m === 'typing';
}

/** _Py_union_type_or: `a | b` for types, None, aliases and unions; NotImplemented otherwise. */
export function unionTypeOr(a: Borrowed, b: Borrowed): Owned | Null {
  if (!isUnionable(a) || !isUnionable(b)) return notImplemented();
  const items: Borrowed[] = [];
  const add = (x: Borrowed): number => {
    if (typeOf(x) === unionType) {
      const t = i32[(x + UNION_ARGS) >> 2] as Borrowed;
      for (let i = 0; i < tupleSize(t); i++) if (add(tupleGetItemBorrow(t, i)) < 0) return -1;
      return 0;
    }
    const v = x === Py_None ? noneType : x;
    for (const y of items) {
      if (y === v) return 0;
      if (typeOf(v) === genericAliasType && typeOf(y) === genericAliasType) {
        const r = objectRichCompareBool(y, v, Py_EQ);
        if (r < 0) return -1;
        if (r === 1) return 0;
      }
    }
    items.push(v);
    return 0;
  };
  if (add(a) < 0 || add(b) < 0) return NULL;
  if (items.length === 1) return newRef(items[0]);
  const t = tuplePack(items);
  if (t === NULL) return NULL;
  const o = typeGenericAlloc(unionType, 0);
  if (o === NULL) { decref(t); return NULL; }
  i32[(o + UNION_ARGS) >> 2] = t;
  return o;
}

function unionDealloc(o: Owned): void {
  const v = i32[(o + UNION_ARGS) >> 2];
  i32[(o + UNION_ARGS) >> 2] = 0;
  if (v !== 0) decref(v as Borrowed);
  objectGCFree(o);
}

function unionTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  const v = i32[(o + UNION_ARGS) >> 2];
  return v !== 0 ? visit(v as Borrowed, arg) : 0;
}

function unionRepr(o: Borrowed): Owned | Null {
  const t = i32[(o + UNION_ARGS) >> 2] as Borrowed;
  const parts: string[] = [];
  for (let i = 0; i < tupleSize(t); i++) {
    const x = tupleGetItemBorrow(t, i);
    const s = x === noneType ? 'None' : reprItem(x);
    if (s === null) return NULL;
    parts.push(s);
  }
  return strFromJS(parts.join(' | '));
}

function unionArgsSet(o: Borrowed): Owned | Null {
  return frozensetNew(i32[(o + UNION_ARGS) >> 2] as Borrowed);
}

function unionRichCompare(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  if (typeOf(b) !== unionType || (op !== Py_EQ && op !== Py_NE)) return notImplemented();
  const sa = unionArgsSet(a);
  if (sa === NULL) return NULL;
  const sb = unionArgsSet(b);
  if (sb === NULL) { decref(sa); return NULL; }
  const r = objectRichCompareBool(sa, sb, op);
  decref(sa); decref(sb);
  return r < 0 ? NULL : boolNew(r === 1);
}

function unionHash(o: Borrowed): number {
  const s = unionArgsSet(o);
  if (s === NULL) { H64[0] = -1; H64[1] = -1; return -1; }
  const h = objectHash(s);
  decref(s);
  return h;
}

function unionCheck(name: string, fn: (x: Borrowed, cls: Borrowed) => number): MethodDef {
  return {
    name,
    fn: (self, args, nargs, kw) => {
      if (!argsOne(name, nargs, kw)) return NULL;
      const t = i32[((self as number) + UNION_ARGS) >> 2] as Borrowed;
      for (let i = 0; i < tupleSize(t); i++) {
        const c = tupleGetItemBorrow(t, i);
        if (typeOf(c) === genericAliasType) {
          return errSetString(TypeError, `${name === '__instancecheck__' ? 'isinstance' : 'issubclass'}() argument 2 cannot be a parameterized generic`);
        }
      }
      for (let i = 0; i < tupleSize(t); i++) {
        const r = fn(argAt(args, 0), tupleGetItemBorrow(t, i));
        if (r < 0) return NULL;
        if (r === 1) return boolNew(true);
      }
      return boolNew(false);
    },
  };
}

function typeOrSlot(a: Borrowed, b: Borrowed): Owned | Null {
  return unionTypeOr(a, b);
}

const unionGetSets: GetSetDef[] = [
  { name: '__args__', get: (o) => newRef(i32[(o + UNION_ARGS) >> 2] as Borrowed), set: null },
  { name: '__parameters__', get: () => tupleEmptyNew(), set: null },
];


/** Creates types.GenericAlias and types.UnionType; gives `type` its `|` and the containers __class_getitem__. */
export function genericAliasInitStatic(): void {
  genericAliasType = typeNewStatic({
    name: 'types.GenericAlias',
    basicsize: GA_SIZE,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: {
      dealloc: gaDealloc, traverse: gaTraverse, repr: gaRepr, getattro: gaGetAttro, call: gaCall,
      richcompare: gaRichCompare, hash: gaHash, new: gaNew, or: typeOrSlot,
    },
  });
  unionType = typeNewStatic({
    name: 'types.UnionType',
    basicsize: UNION_SIZE,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: {
      dealloc: unionDealloc, traverse: unionTraverse, repr: unionRepr, richcompare: unionRichCompare,
      hash: unionHash, or: typeOrSlot,
    },
  });
  typeDeferMethods(genericAliasType, gaMethods);
  typeDeferMethods(unionType, [unionCheck('__instancecheck__', objectIsInstance), unionCheck('__subclasscheck__', objectIsSubclass)]);
  typeAddGetSets(genericAliasType, gaGetSets);
  typeAddGetSets(unionType, unionGetSets);
  typeSlotsOf(typeType).or = typeOrSlot;
}

/** Registers __class_getitem__ on the builtin generic classes (static phase; builtinsInitStatic calls it). */
export function genericAliasAddClassGetItem(types: readonly Borrowed[]): void {
  for (const t of types) typeAddMethods(t, [classGetItemDef]);
}

