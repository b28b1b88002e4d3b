// types.GenericAlias (`list[int]`) and types.UnionType (`int | None`), and the __class_getitem__ of the
// builtin containers. Mirrors Objects/genericaliasobject.c (ga_new, ga_repr, ga_getattro, ga_call,
// ga_richcompare, ga_hash, ga_mro_entries) and Objects/unionobject.c (_Py_union_type_or, union_repr,
// union_richcompare, union_hash, __instancecheck__/__subclasscheck__), with type-variable substitution
// (_Py_make_parameters, _Py_subs_parameters: `dict[K, list[V]][str, int]`, TypeVarTuple and ParamSpec
// through their __typing_prepare_subst__), starred aliases (`*tuple[int, str]`, the one-item
// generic_alias_iterator), pickling, and subclassing (collections.abc's Callable alias is one).
// Invariants: both own their fields; a union's args are flattened, deduplicated, with None as NoneType;
// an alias's __parameters__ is computed once, on first use.
//
// GenericAlias (GC): +8 origin (owned)  +12 args (owned tuple)  +16 parameters (owned tuple or 0: not
//                    computed yet)  +20 starred (0/1)
// generic_alias_iterator (GC): +8 the alias (owned, 0 once the one item was given)
// UnionType    (GC): +8 args (owned tuple)  +12 parameters (owned tuple or 0: not computed yet)

import { i32 } from '../heap/views.ts';
import { decref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import {
  typeNewStatic, typeOf, isType, typeGenericAlloc, typeDeferMethods, objectIsInstance, objectIsSubclass, typeSlotsOf,
  Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_BASETYPE, Py_EQ, Py_NE, type VisitProc, typeType, typeName, typeIsSubtype,
} from './type.ts';
import {
  objectGCFree, objectRepr, objectGetAttr, objectGenericGetAttr, objectLookupAttr, objectVectorcall,
  objectRichCompareBool, objectHash, hashFailed, boolNew, notImplemented, objectSetAttr, objectIsTrue, objectGCNew,
} from './object.ts';
import { errSetString, errOccurred, errExceptionMatches, errClear } from './errors.ts';
import { TypeError, AttributeError } from './exceptions.ts';
import { strFromJS, strToJS, strInternImmortal, isStr, strEqualJS } from './str.ts';
import { tuplePack, tupleSize, tupleGetItemBorrow, isTuple, tupleEmptyNew, tupleNew, tupleSetItemSteal, tupleType } from './tuple.ts';
import { isList, listSize, listGetItemBorrow, listAppend } from './list.ts';
import { objectCallOneArg, objectCallTwoArgs, objectGetItem, sequenceContains, iterHooks, numberOr } from './abstract.ts';
import { frozensetNew } from './set.ts';
import { Py_None, noneType } from './none.ts';
import { Py_Ellipsis } from './ellipsis.ts';
import { argAt, argsOne, METH_CLASS, METH_O, METH_NOARGS, type MethodDef, typeAddMethods } from './methodobject.ts';
import { H64 } from '../support/hash64.ts';
import { typeAddGetSets, type GetSetDef } from './getset.ts';

export const GA_ORIGIN = 8;
export const GA_ARGS = 12;
export const GA_PARAMS = 16;
export const GA_STARRED = 20;
export const GA_SIZE = 24;
const GAITER_OBJ = 8;
const GAITER_SIZE = 12;
export const UNION_ARGS = 8;
export const UNION_PARAMS = 12;
export const UNION_SIZE = 16;

export let genericAliasType = 0 as Borrowed;
export let unionType = 0 as Borrowed;
let gaIterType = 0 as Borrowed;

/** Py_GenericAlias: origin[args] (a non-tuple `args` becomes a 1-tuple). */
export function genericAliasNew(origin: Borrowed, args: Borrowed): Owned | Null {
  return gaAlloc(genericAliasType, origin, args, 0);
}

/** An instance of `type` (GenericAlias or a subclass) for origin[args]; `starred` 1 for `*origin[args]`. */
function gaAlloc(type: Borrowed, origin: Borrowed, args: Borrowed, starred: number): Owned | Null {
  const t = isTuple(args) ? newRef(args) : tuplePack([args]);
  if (t === NULL) return NULL;
  const o = typeGenericAlloc(type, 0);
  if (o === NULL) { decref(t); return NULL; }
  i32[(o + GA_ORIGIN) >> 2] = newRef(origin);
  i32[(o + GA_ARGS) >> 2] = t;
  i32[(o + GA_PARAMS) >> 2] = 0;
  i32[(o + GA_STARRED) >> 2] = starred;
  return o;
}

function gaDealloc(o: Owned): void {
  for (const off of [GA_ORIGIN, GA_ARGS, GA_PARAMS]) {
    const v = i32[(o + off) >> 2];
    i32[(o + off) >> 2] = 0;
    if (v !== 0) decref(v as Borrowed);
  }
  objectGCFree(o);
}

function gaTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  for (const off of [GA_ORIGIN, GA_ARGS, GA_PARAMS]) {
    const v = i32[(o + off) >> 2];
    if (v !== 0) { const r = visit(v as Borrowed, arg); if (r !== 0) return r; }
  }
  return 0;
}

/** ga_repr_item: '...', a type as [module.]qualname, a list as [items], anything else by repr. */
function reprItem(p: Borrowed): string | null {
  if (p === Py_Ellipsis) return '...';
  if (isList(p)) {
    const parts: string[] = [];
    for (let i = 0; i < listSize(p); i++) {
      const s = reprItem(listGetItemBorrow(p, i));
      if (s === null) return null;
      parts.push(s);
    }
    return `[${parts.join(', ')}]`;
  }
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
  const star = i32[(o + GA_STARRED) >> 2] !== 0 ? '*' : '';
  return strFromJS(`${star}${origin}[${parts.length === 0 ? '()' : parts.join(', ')}]`);
}

/** Attributes the alias answers itself (attr_exceptions); everything else comes from the origin. */
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

function isAlias(o: Borrowed): boolean {
  return typeIsSubtype(typeOf(o), genericAliasType);
}

function gaRichCompare(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  if (!isAlias(b) || (op !== Py_EQ && op !== Py_NE)) return notImplemented();
  if (i32[(a + GA_STARRED) >> 2] !== i32[(b + GA_STARRED) >> 2]) return boolNew(op === Py_NE);
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

// Type-variable substitution. A "parameter" is an argument that has __typing_subst__ (TypeVar,
// ParamSpec, TypeVarTuple) or a parameter of an argument's own __parameters__; subscripting an alias
// maps each parameter to the given argument, in order.

/** getattr(o, name) or NULL: with no exception when the attribute is missing, with one on other errors. */
function lookup(o: Borrowed, name: string): Owned | Null {
  return objectLookupAttr(o, strInternImmortal(name));
}

/** _Py_make_parameters: the parameters of `args` in first-seen order, each once (by identity). */
export function makeParameters(args: Borrowed): Owned | Null {
  const found: Borrowed[] = [];
  const held: Owned[] = [];
  const release = (): void => { for (const h of held) decref(h); };
  for (let i = 0; i < tupleSize(args); i++) {
    const t = tupleGetItemBorrow(args, i);
    if (isType(t)) continue;
    const subst = lookup(t, '__typing_subst__');
    if (subst !== NULL) {
      decref(subst);
      if (!found.includes(t)) found.push(t);
      continue;
    }
    if (errOccurred() !== NULL) { release(); return NULL; }
    const sub = lookup(t, '__parameters__');
    if (sub === NULL) {
      if (errOccurred() !== NULL) { release(); return NULL; }
      continue;
    }
    held.push(sub);
    if (!isTuple(sub)) continue;
    for (let j = 0; j < tupleSize(sub); j++) {
      const p = tupleGetItemBorrow(sub, j);
      if (!found.includes(p)) found.push(p);
    }
  }
  const r = tuplePack(found);
  release();
  return r;
}

/** The alias's parameters (borrowed; computed on first use), or NULL with an exception. */
function parametersOf(o: Borrowed, off: number, argsOff: number): Borrowed | Null {
  let p = i32[(o + off) >> 2];
  if (p === 0) {
    p = makeParameters(i32[(o + argsOff) >> 2] as Borrowed);
    if (p === NULL) return NULL;
    i32[(o + off) >> 2] = p;
  }
  return p as Borrowed;
}

/**
 * _unpack_args: `item` as a tuple of arguments, with each unpacked fixed-length tuple alias
 * (`*tuple[int, str]`) spread into its items; `*tuple[int, ...]` stays as it is.
 */
function unpackArgs(item: Borrowed): Owned | Null {
  const given = isTuple(item) ? tupleItems(item) : [item];
  const out: Borrowed[] = [];
  const held: Owned[] = [];
  let failed = false;
  for (const x of given) {
    if (!isType(x)) {
      const sub = lookup(x, '__typing_unpacked_tuple_args__');
      if (sub === NULL && errOccurred() !== NULL) { failed = true; break; }
      if (sub !== NULL) {
        held.push(sub);
        const n = isTuple(sub) ? tupleSize(sub) : -1;
        if (n === 0 || (n > 0 && tupleGetItemBorrow(sub, n - 1) !== Py_Ellipsis)) {
          out.push(...tupleItems(sub));
          continue;
        }
      }
    }
    out.push(x);
  }
  const r = failed ? NULL : tuplePack(out);
  for (const h of held) decref(h);
  return r;
}

/** A tuple taking over `items` (all released if it cannot be made). */
function packSteal(items: Owned[]): Owned | Null {
  const t = tupleNew(items.length);
  if (t === NULL) { for (const v of items) decref(v); return NULL; }
  for (let i = 0; i < items.length; i++) tupleSetItemSteal(t, i, items[i]);
  return t;
}

function tupleItems(t: Borrowed): Borrowed[] {
  const items: Borrowed[] = [];
  for (let i = 0; i < tupleSize(t); i++) items.push(tupleGetItemBorrow(t, i));
  return items;
}

/**
 * subs_tvars: `obj` with its own parameters replaced (obj[values]), where each of them takes the
 * argument given for the same parameter of the outer alias; a TypeVarTuple's argument (a tuple) is
 * spread. `obj` itself (a new reference) when it has no parameters.
 */
function substituteInside(obj: Borrowed, params: Borrowed, argitems: readonly Borrowed[]): Owned | Null {
  const sub = lookup(obj, '__parameters__');
  if (sub === NULL) return errOccurred() !== NULL ? NULL : newRef(obj);
  if (!isTuple(sub) || tupleSize(sub) === 0) { decref(sub); return newRef(obj); }
  const values: Borrowed[] = [];
  for (const p of tupleItems(sub)) {
    const k = tupleItems(params).indexOf(p);
    if (k < 0) { values.push(p); continue; }
    const v = argitems[k];
    if (typeSlotsOf(typeOf(p)).iter !== null && isTuple(v)) values.push(...tupleItems(v));
    else values.push(v);
  }
  const key = tuplePack(values);
  decref(sub);
  if (key === NULL) return NULL;
  const r = objectGetItem(obj, key);
  decref(key);
  return r;
}

/** Whether `arg` is `*Ts` for a TypeVarTuple Ts (its __typing_is_unpacked_typevartuple__ is true). */
function isUnpackedTypeVarTuple(arg: Borrowed): number {
  if (isType(arg)) return 0;
  const flag = lookup(arg, '__typing_is_unpacked_typevartuple__');
  if (flag === NULL) return errOccurred() !== NULL ? -1 : 0;
  const r = objectIsTrue(flag);
  decref(flag);
  return r;
}

/**
 * _Py_subs_parameters: the arguments of `self` (whose args and parameters are given) after
 * substituting `item`: an owned tuple, or NULL with TypeError ("... is not a generic class",
 * "Too many/few arguments for ...") or whatever a parameter's hooks raised.
 */
export function substituteParameters(self: Borrowed, args: Borrowed, params: Borrowed, item: Borrowed): Owned | Null {
  const nparams = tupleSize(params);
  if (nparams === 0) {
    const r = reprOf(self);
    return r === null ? NULL : errSetString(TypeError, `${r} is not a generic class`);
  }
  let given = unpackArgs(item) as Owned | Null;
  if (given === NULL) return NULL;
  for (const p of tupleItems(params)) {
    const prepare = lookup(p, '__typing_prepare_subst__');
    if (prepare === NULL) {
      if (errOccurred() !== NULL) { decref(given); return NULL; }
      continue;
    }
    const r = objectCallTwoArgs(prepare, self, given);
    decref(prepare);
    decref(given);
    if (r === NULL) return NULL;
    given = r;
  }
  const argitems = isTuple(given) ? tupleItems(given) : [given as Borrowed];
  if (argitems.length !== nparams) {
    decref(given);
    const r = reprOf(self);
    if (r === null) return NULL;
    return errSetString(TypeError,
      `Too ${argitems.length > nparams ? 'many' : 'few'} arguments for ${r}; actual ${argitems.length}, expected ${nparams}`);
  }
  const paramList = tupleItems(params);
  const out: Owned[] = [];
  const fail = (): Null => { for (const v of out) decref(v); decref(given as Owned); return NULL; };
  for (const arg of tupleItems(args)) {
    if (isType(arg)) { out.push(newRef(arg)); continue; }
    const unpack = isUnpackedTypeVarTuple(arg);
    if (unpack < 0) return fail();
    const subst = lookup(arg, '__typing_subst__');
    let v: Owned | Null;
    const k = subst !== NULL ? paramList.indexOf(arg) : -1;
    if (subst !== NULL && k >= 0) {
      v = objectCallOneArg(subst, argitems[k]);
      decref(subst);
    } else {
      // An argument with __typing_subst__ is one of the parameters (they are collected from the args);
      // should one not be (its hooks changed meanwhile), it is treated like any other argument.
      if (subst !== NULL) decref(subst);
      if (errOccurred() !== NULL) return fail();
      v = substituteInside(arg, params, argitems);
    }
    if (v === NULL) return fail();
    if (unpack === 1 && isTuple(v)) {
      for (const x of tupleItems(v)) out.push(newRef(x));
      decref(v);
    } else {
      out.push(v);
    }
  }
  decref(given);
  return packSteal(out);
}

/** ga_getitem: origin[substituted args], starred as the alias is. */
function gaGetItem(o: Borrowed, item: Borrowed): Owned | Null {
  const params = parametersOf(o, GA_PARAMS, GA_ARGS);
  if (params === NULL) return NULL;
  const args = substituteParameters(o, i32[(o + GA_ARGS) >> 2] as Borrowed, params, item);
  if (args === NULL) return NULL;
  const r = gaAlloc(genericAliasType, i32[(o + GA_ORIGIN) >> 2] as Borrowed, args, i32[(o + GA_STARRED) >> 2]);
  decref(args);
  return r;
}

/** `*alias`: an iterator giving the starred alias once (generic_alias_iterator). */
function gaIter(o: Borrowed): Owned | Null {
  const it = objectGCNew(gaIterType, GAITER_SIZE);
  if (it === NULL) return NULL;
  i32[(it + GAITER_OBJ) >> 2] = newRef(o);
  return it;
}

function gaIterNext(it: Borrowed): Owned | Null {
  const o = i32[(it + GAITER_OBJ) >> 2] as Borrowed;
  if (o === 0) return NULL;
  const r = gaAlloc(genericAliasType, i32[(o + GA_ORIGIN) >> 2] as Borrowed, i32[(o + GA_ARGS) >> 2] as Borrowed, 1);
  i32[(it + GAITER_OBJ) >> 2] = 0;
  decref(o);
  return r;
}

function gaIterDealloc(it: Owned): void {
  const o = i32[(it + GAITER_OBJ) >> 2];
  i32[(it + GAITER_OBJ) >> 2] = 0;
  objectGCFree(it);
  if (o !== 0) decref(o as Owned);
}

function gaIterTraverse(it: Borrowed, visit: VisitProc, arg: unknown): number {
  const o = i32[(it + GAITER_OBJ) >> 2];
  return o !== 0 ? visit(o as Borrowed, arg) : 0;
}

/** generic_alias_iterator.__reduce__: (iter, (alias,)), or (iter, ((),)) once the alias was given. */
function gaIterReduce(it: Borrowed): Owned | Null {
  const fn = iterHooks.builtin!('iter');
  if (fn === NULL) return NULL;
  const o = i32[(it + GAITER_OBJ) >> 2] as Borrowed;
  const inner = packSteal([o !== 0 ? newRef(o) : tupleEmptyNew()]);
  if (inner === NULL) return NULL;
  return packSteal([newRef(fn), inner]);
}

/** ga_reduce: (GenericAlias, (origin, args)); a starred alias as next(iter(origin[args])). */
function gaReduce(o: Borrowed): Owned | Null {
  const origin = i32[(o + GA_ORIGIN) >> 2] as Borrowed, args = i32[(o + GA_ARGS) >> 2] as Borrowed;
  if (i32[(o + GA_STARRED) >> 2] !== 0) {
    const plain = gaAlloc(genericAliasType, origin, args, 0);
    if (plain === NULL) return NULL;
    const it = gaIter(plain);
    decref(plain);
    if (it === NULL) return NULL;
    const fn = iterHooks.builtin!('next');
    if (fn === NULL) { decref(it); return NULL; }
    const inner = packSteal([it]);
    return inner === NULL ? NULL : packSteal([newRef(fn), inner]);
  }
  const inner = tuplePack([origin, args]);
  if (inner === NULL) return NULL;
  return packSteal([newRef(typeOf(o)), inner]);
}

/** ga_dir: dir(origin) plus the alias's own attribute names it lacks. */
function gaDir(o: Borrowed): Owned | Null {
  const dir = iterHooks.builtin!('dir');
  if (dir === NULL) return NULL;
  const names = objectCallOneArg(dir, i32[(o + GA_ORIGIN) >> 2] as Borrowed);
  if (names === NULL) return NULL;
  for (const n of OWN_ATTRS) {
    const s = strInternImmortal(n);
    const has = sequenceContains(names, s);
    if (has < 0 || (has === 0 && listAppend(names, s) < 0)) { decref(names); return NULL; }
  }
  return names;
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
  { name: '__reduce__', fn: (self) => gaReduce(self as Borrowed), flags: METH_NOARGS },
  { name: '__dir__', fn: (self) => gaDir(self as Borrowed), flags: METH_NOARGS },
];

const gaGetSets: GetSetDef[] = [
  { name: '__origin__', get: (o) => newRef(i32[(o + GA_ORIGIN) >> 2] as Borrowed), set: null },
  { name: '__args__', get: (o) => newRef(i32[(o + GA_ARGS) >> 2] as Borrowed), set: null },
  {
    name: '__parameters__',
    get: (o) => { const p = parametersOf(o, GA_PARAMS, GA_ARGS); return p === NULL ? NULL : newRef(p); },
    set: null,
  },
  { name: '__unpacked__', get: (o) => boolNew(i32[(o + GA_STARRED) >> 2] !== 0), set: null },
  {
    name: '__typing_unpacked_tuple_args__',
    get: (o) => (i32[(o + GA_STARRED) >> 2] !== 0 && i32[(o + GA_ORIGIN) >> 2] === tupleType
      ? newRef(i32[(o + GA_ARGS) >> 2] as Borrowed) : newRef(Py_None)),
    set: null,
  },
];

function gaNew(type: Borrowed, args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (kw !== NULL && tupleSize(kw) > 0) return errSetString(TypeError, 'GenericAlias() takes no keyword arguments');
  if (nargs !== 2) return errSetString(TypeError, `GenericAlias expected 2 arguments, got ${nargs}`);
  return gaAlloc(type, argAt(args, 0), argAt(args, 1), 0);
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
  // Its class body gives the C type's name, 'typing.TypeAliasType' (type.ts __immortal_tp_name__).
  return typeName(typeOf(o)) === 'typing.TypeAliasType';
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
  i32[(o + UNION_PARAMS) >> 2] = 0;
  return o;
}

function unionDealloc(o: Owned): void {
  const args = i32[(o + UNION_ARGS) >> 2], params = i32[(o + UNION_PARAMS) >> 2];
  i32[(o + UNION_ARGS) >> 2] = 0;
  i32[(o + UNION_PARAMS) >> 2] = 0;
  objectGCFree(o);
  if (args !== 0) decref(args as Owned);
  if (params !== 0) decref(params as Owned);
}

function unionTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  for (const off of [UNION_ARGS, UNION_PARAMS]) {
    const v = i32[(o + off) >> 2];
    if (v !== 0) { const r = visit(v as Borrowed, arg); if (r !== 0) return r; }
  }
  return 0;
}

/** union_getitem: the substituted arguments joined again with `|` (one argument: itself). */
function unionGetItem(o: Borrowed, item: Borrowed): Owned | Null {
  const params = parametersOf(o, UNION_PARAMS, UNION_ARGS);
  if (params === NULL) return NULL;
  const args = substituteParameters(o, i32[(o + UNION_ARGS) >> 2] as Borrowed, params, item);
  if (args === NULL) return NULL;
  let r: Owned | Null = newRef(tupleGetItemBorrow(args, 0));
  for (let i = 1; i < tupleSize(args) && r !== NULL; i++) {
    const next: Owned | Null = numberOr(r, tupleGetItemBorrow(args, i));
    decref(r);
    r = next;
  }
  decref(args);
  return r;
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
  {
    name: '__parameters__',
    get: (o) => { const p = parametersOf(o, UNION_PARAMS, UNION_ARGS); return p === NULL ? NULL : newRef(p); },
    set: null,
  },
];


/** Creates types.GenericAlias and types.UnionType; gives `type` its `|` and the containers __class_getitem__. */
export function genericAliasInitStatic(): void {
  genericAliasType = typeNewStatic({
    name: 'types.GenericAlias',
    basicsize: GA_SIZE,
    flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    slots: {
      dealloc: gaDealloc, traverse: gaTraverse, repr: gaRepr, getattro: gaGetAttro, call: gaCall,
      richcompare: gaRichCompare, hash: gaHash, new: gaNew, or: typeOrSlot, iter: gaIter, getitem: gaGetItem,
    },
  });
  gaIterType = typeNewStatic({
    name: 'generic_alias_iterator',
    basicsize: GAITER_SIZE,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: { dealloc: gaIterDealloc, traverse: gaIterTraverse, iter: (o) => newRef(o), iternext: gaIterNext },
  });
  unionType = typeNewStatic({
    name: 'types.UnionType',
    basicsize: UNION_SIZE,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: {
      dealloc: unionDealloc, traverse: unionTraverse, repr: unionRepr, richcompare: unionRichCompare,
      hash: unionHash, or: typeOrSlot, getitem: unionGetItem,
    },
  });
  typeDeferMethods(genericAliasType, gaMethods);
  typeDeferMethods(gaIterType, [{ name: '__reduce__', fn: (self) => gaIterReduce(self as Borrowed), flags: METH_NOARGS }]);
  typeDeferMethods(unionType, [unionCheck('__instancecheck__', objectIsInstance), unionCheck('__subclasscheck__', objectIsSubclass)]);
  typeAddGetSets(genericAliasType, gaGetSets);
  typeAddGetSets(unionType, unionGetSets);
  typeSlotsOf(typeType).or = typeOrSlot;
}

/** Registers __class_getitem__ on the builtin generic classes (static phase; builtinsInitStatic calls it). */
export function genericAliasAddClassGetItem(types: readonly Borrowed[]): void {
  for (const t of types) typeAddMethods(t, [classGetItemDef]);
}

