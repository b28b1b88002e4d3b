// The Python-visible methods and attributes of `object` and `type`: object.__class__/__dir__/__format__/
// __sizeof__/__init_subclass__/__subclasshook__, type.__name__/__qualname__/__module__/__dict__/__mro__/
// __bases__/__base__/__doc__/__abstractmethods__, type.mro()/__subclasses__()/__instancecheck__ ...,
// BaseException's __new__/__init__/attributes (installed on the exception types by typeFinishStatics),
// plus the keyword-argument parser the descriptor types use.
// Mirrors object_methods / object_getsets / type_methods / type_getsets in Objects/typeobject.c and
// vgetargskeywords' messages (Python/getargs.c). Invariants: setters only ever write heap types (static
// types are refused earlier by type_setattro); every name change updates the JS-side tp_name too.

import { textSignatureOfType } from './textsig.ts';
import { cpythonBasicSize, cpythonItemSize, cpythonDictOffset, cpythonWeaklistOffset, objectSizeOf, typeObjectSizeOf } from './sizeof.ts';
import { i32 } from '../heap/views.ts';
import { incref, decref, newRef, xdecref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import {
  typeOf, typeName, typeNameOf, typeSlotsOf, typeIsSubtype, typeSubclasses, typeModified, typeModuleName,
  isType, typeBasicSize, typeItemSize, objectInitSubclass, recursiveIsSubclass, typeComputeMroList,
  TP_NAME, TP_QUALNAME, TP_BASES, TP_MRO, TP_DICT, TP_BASE, TP_FLAGS,
  Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_IS_ABSTRACT,
  typeCheck, objectType, slotsOf, typeLookupJS, objectDictPtr,
} from './type.ts';
import {
  objectStr, objectLookupAttr, objectIsTrue, boolNew, noneNew, notImplemented, objectGetAttr, objectCallArgs,
  objectSetAttr,
} from './object.ts';
import { errSetString, errOccurred, errPeek, errFetch, errClear, errSetRaised } from './errors.ts';
import { TypeError, AttributeError, ValueError } from './exceptions.ts';
import { strFromJS, strToJS, strInternImmortal, isStr, strLength } from './str.ts';
import { tupleSize, tupleGetItemBorrow, tupleEmptyNew, isTuple, isTuple as isTupleT, tuplePack } from './tuple.ts';
import { listNew, listAppend, isList as isListT, listSize, listGetItemBorrow } from './list.ts';
import {
  dictNew, dictGetItemBorrow, dictSetItem, dictDelItem, dictNext, isDict, dictUpdate, dictCopy, dictSize, dictMaterialize,
} from './dict.ts';
import { intFromNumber, isInt, intAsNumber } from './int.ts';
import { Py_None } from './none.ts';
import { argAt, argsNone, argsOne, argsNoKwnames, argBadArgument, methodQualname, METH_CLASS, METH_NOARGS, METH_O, type MethodDef } from './methodobject.ts';
import { mappingproxyNew } from './mappingproxy.ts';
import type { GetSetDef } from './getset.ts';
import { EXC_ARGS, EXC_TRACEBACK, EXC_CONTEXT, EXC_CAUSE, EXC_SUPPRESS_CONTEXT } from './exceptions.ts';
import { tupleFromArray } from './tuple.ts';
import { sequenceTuple } from './abstract.ts';
import { isTraceback } from './traceback.ts';
import {
  typeGenericAlloc, subtypeDictGet, subtypeDictSet, typeSetBases, typeCompatibleForAssignment, typeInstanceKeysForget,
} from './type.ts';
import { Py_True, Py_False } from './bool.ts';

const S = (s: string): Borrowed => strInternImmortal(s);

/**
 * Parses vectorcall arguments into `out` (borrowed references, 0 where not given) by position and
 * keyword, with CPython's messages. Returns false with TypeError set on bad arguments.
 */
export function argsParse(fname: string, args: number, nargs: number, kwnames: Borrowed | Null,
  names: readonly string[], out: number[], minPositional = 0): boolean {
  for (let i = 0; i < names.length; i++) out[i] = 0;
  if (nargs > names.length) {
    errSetString(TypeError, `${fname}() takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${nargs} given)`);
    return false;
  }
  for (let i = 0; i < nargs; i++) out[i] = argAt(args, i);
  const nkw = kwnames === NULL ? 0 : tupleSize(kwnames);
  for (let k = 0; k < nkw; k++) {
    const key = strToJS(tupleGetItemBorrow(kwnames as Borrowed, k));
    const i = names.indexOf(key);
    if (i < 0) {
      errSetString(TypeError, `'${key}' is an invalid keyword argument for ${fname}()`);
      return false;
    }
    if (i < nargs) {
      errSetString(TypeError, `argument for ${fname}() given by name ('${key}') and position (${i + 1})`);
      return false;
    }
    out[i] = argAt(args, nargs + k);
  }
  for (let i = 0; i < minPositional; i++) {
    if (out[i] === 0) {
      errSetString(TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
      return false;
    }
  }
  return true;
}

// object.

function objectClassGet(o: Borrowed): Owned | Null {
  return newRef(typeOf(o));
}

/** object.__class__ assignment (object_set_class) for compatible classes. */
function objectClassSet(o: Borrowed, v: Borrowed | Null): number {
  if (v === NULL) { errSetString(TypeError, "can't delete __class__ attribute"); return -1; }
  if (!isType(v)) {
    errSetString(TypeError, `__class__ must be set to a class, not '${typeNameOf(v)}' object`);
    return -1;
  }
  const oldto = typeOf(o);
  const immutable = (t: Borrowed): boolean => (i32[(t + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) === 0;
  if (immutable(v) || immutable(oldto)) {
    errSetString(TypeError, '__class__ assignment only supported for mutable types or ModuleType subclasses');
    return -1;
  }
  if (!typeCompatibleForAssignment(oldto, v, '__class__')) return -1;
  // CPython materializes the instance dict first (the implicit dict keys change with the class).
  const dp = objectDictPtr(o);
  if (dp !== 0 && i32[dp >> 2] !== 0) {
    dictMaterialize(i32[dp >> 2] as Borrowed);
    typeInstanceKeysForget(v); // an instance of v now has a dict that was never embedded in one of v's
  }
  incref(v);
  i32[(o + 4) >> 2] = v;
  decref(oldto);
  return 0;
}

/** merge_class_dict: the keys of `cls.__dict__` and of its bases', recursively, into `d`. */
function mergeClassDict(d: Borrowed, cls: Borrowed): number {
  const cd = objectLookupAttr(cls, S('__dict__'));
  if (cd === NULL) { if (errOccurred() !== NULL) return -1; } else {
    const src = isDict(cd) ? cd : typeOf(cd) !== typeOf(d) && isType(cls) ? (i32[(cls + TP_DICT) >> 2] as Borrowed) : cd;
    const r = isDict(src) ? dictUpdate(d, src) : 0;
    decref(cd);
    if (r < 0) return -1;
  }
  const bases = objectLookupAttr(cls, S('__bases__'));
  if (bases === NULL) return errOccurred() !== NULL ? -1 : 0;
  if (isTuple(bases)) {
    for (let i = 0; i < tupleSize(bases); i++) {
      if (mergeClassDict(d, tupleGetItemBorrow(bases, i)) < 0) { decref(bases); return -1; }
    }
  }
  decref(bases);
  return 0;
}

function dictKeysList(d: Borrowed): Owned | Null {
  const l = listNew(0);
  if (l === NULL) return NULL;
  const pos = new Int32Array(1), kv = new Int32Array(2);
  while (dictNext(d, pos, kv)) if (listAppend(l, kv[0] as Borrowed) < 0) { decref(l); return NULL; }
  return l;
}

/** object.__dir__: instance __dict__ keys plus the class attributes. */
function object_dir(self: Borrowed | Null, _a: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!argsNone('object.__dir__', nargs, kw)) return NULL;
  const o = self as Borrowed;
  let d: Owned | Null = NULL;
  const od = objectLookupAttr(o, S('__dict__'));
  if (od === NULL && errOccurred() !== NULL) return NULL;
  if (od !== NULL && isDict(od)) d = dictCopy(od);
  else d = dictNew();
  if (od !== NULL) decref(od);
  if (d === NULL) return NULL;
  const cls = objectLookupAttr(o, S('__class__'));
  if (cls === NULL && errOccurred() !== NULL) { decref(d); return NULL; }
  if (cls !== NULL) {
    const r = mergeClassDict(d, cls);
    decref(cls);
    if (r < 0) { decref(d); return NULL; }
  }
  const l = dictKeysList(d);
  decref(d);
  return l;
}

/** object.__format__: '' gives str(self); any other spec is a TypeError. */
function object_format(self: Borrowed | Null, args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!argsOne('object.__format__', nargs, kw)) return NULL;
  const spec = argAt(args, 0);
  if (!isStr(spec)) return argBadArgument('__format__', 'argument', 'str', spec);
  if (strLength(spec) > 0) {
    return errSetString(TypeError, `unsupported format string passed to ${typeNameOf(self as Borrowed)}.__format__`);
  }
  return objectStr(self as Borrowed);
}

function object_sizeof(self: Borrowed | Null, _a: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!argsNone('object.__sizeof__', nargs, kw)) return NULL;
  return intFromNumber(objectSizeOf(self as Borrowed, typeOf(self as Borrowed)));
}

function object_subclasshook(_cls: Borrowed | Null, _a: number, _n: number, kw: Borrowed | Null): Owned | Null {
  // METH_VARARGS: any positional arguments, no keywords.
  if (!argsNoKwnames('__subclasshook__', kw)) return NULL;
  return notImplemented();
}

// Pickling support (Objects/typeobject.c: object___getstate__, object___reduce_ex__, reduce_newobj).

let importHook: ((name: string) => Owned | Null) | null = null;
/** Installs `import name` for native code here (the VM's importer; copyreg is a Python module). */
export function typeattrsSetImportHook(f: (name: string) => Owned | Null): void {
  importHook = f;
}

/** getattr(import(module), name). */
function importAttr(module: string, name: string): Owned | Null {
  if (importHook === null) return errSetString(TypeError, `cannot import ${module}`);
  const m = importHook(module);
  if (m === NULL) return NULL;
  const v = objectGetAttr(m, S(name));
  decref(m);
  return v;
}

/** _PyType_GetSlotNames: copyreg._slotnames(cls), a list (cached by copyreg in cls.__slotnames__). */
function typeSlotNames(cls: Borrowed): Owned | Null {
  const f = importAttr('copyreg', '_slotnames');
  if (f === NULL) return NULL;
  const r = objectCallArgs(f, 1, cls);
  decref(f);
  if (r === NULL) return NULL;
  if (r !== Py_None && !isListT(r)) {
    decref(r);
    return errSetString(TypeError, 'copyreg._slotnames didn\'t return a list or None');
  }
  return r;
}

/** object_getstate_default: None or the __dict__, paired with a dict of the set __slots__ values. */
function objectGetstateDefault(o: Borrowed, required: boolean): Owned | Null {
  const t = typeOf(o);
  if (required && typeItemSize(t) !== 0) return errSetString(TypeError, `cannot pickle '${typeName(t)}' object`);
  let state: Owned | Null;
  const dp = objectDictPtr(o);
  const d = dp === 0 ? 0 : i32[dp >> 2];
  if (d === 0 || dictSize(d as Borrowed) === 0) state = noneNew();
  else {
    dictMaterialize(d as Borrowed); // handed out (PyObject_GenericGetDict materializes it in CPython)
    state = newRef(d as Borrowed);
  }
  const names = typeSlotNames(t);
  if (names === NULL) { decref(state); return NULL; }
  const n = names === Py_None ? 0 : listSize(names);
  if (required && typeBasicSize(t) > typeBasicSize(objectType) + 4 * n) {
    decref(names); decref(state);
    return errSetString(TypeError, `cannot pickle '${typeName(t)}' object`);
  }
  if (n > 0) {
    const slots = dictNew();
    if (slots === NULL) { decref(names); decref(state); return NULL; }
    for (let i = 0; i < n; i++) {
      const name = listGetItemBorrow(names, i);
      const v = objectLookupAttr(o, name);
      if (v === NULL) {
        if (errOccurred() !== NULL) { decref(slots); decref(names); decref(state); return NULL; }
        continue;
      }
      const r = dictSetItem(slots, name, v);
      decref(v);
      if (r < 0) { decref(slots); decref(names); decref(state); return NULL; }
    }
    if (dictSize(slots) > 0) {
      const pair = tuplePack([state, slots]);
      decref(state);
      state = pair;
    }
    decref(slots);
  }
  decref(names);
  return state;
}

/** object_getstate: self.__getstate__(), or the default when it is not overridden. */
export function objectGetstate(o: Borrowed, required: boolean): Owned | Null {
  const f = typeLookupJS(typeOf(o), '__getstate__');
  if (f !== NULL && f === typeLookupJS(objectType, '__getstate__')) return objectGetstateDefault(o, required);
  const m = objectGetAttr(o, S('__getstate__'));
  if (m === NULL) return NULL;
  const r = objectCallArgs(m, 0);
  decref(m);
  return r;
}

function object_getstate(self: Borrowed | Null, _a: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!argsNone('object.__getstate__', nargs, kw)) return NULL;
  return objectGetstateDefault(self as Borrowed, false);
}

/** _PyObject_GetNewArguments: __getnewargs_ex__ or __getnewargs__ (out[0] args, out[1] kwargs; owned or 0). */
function getNewArguments(o: Borrowed, out: number[]): number {
  out[0] = 0; out[1] = 0;
  const ex = lookupSpecialHere(o, '__getnewargs_ex__');
  if (ex === -1) return -1;
  if (ex !== 0) {
    const r = objectCallArgs(ex as Borrowed, 0);
    decref(ex as Borrowed);
    if (r === NULL) return -1;
    if (!isTupleT(r)) {
      errSetString(TypeError, `__getnewargs_ex__ should return a tuple, not '${typeNameOf(r)}'`);
      decref(r); return -1;
    }
    if (tupleSize(r) !== 2) {
      errSetString(ValueError, `__getnewargs_ex__ should return a tuple of length 2, not ${tupleSize(r)}`);
      decref(r); return -1;
    }
    const a = tupleGetItemBorrow(r, 0), k = tupleGetItemBorrow(r, 1);
    if (!isTupleT(a)) {
      errSetString(TypeError, `first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${typeNameOf(a)}'`);
      decref(r); return -1;
    }
    if (!isDict(k)) {
      errSetString(TypeError, `second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${typeNameOf(k)}'`);
      decref(r); return -1;
    }
    out[0] = newRef(a); out[1] = newRef(k);
    decref(r);
    return 0;
  }
  const g = lookupSpecialHere(o, '__getnewargs__');
  if (g === -1) return -1;
  if (g === 0) return 0;
  const r = objectCallArgs(g as Borrowed, 0);
  decref(g as Borrowed);
  if (r === NULL) return -1;
  if (!isTupleT(r)) {
    errSetString(TypeError, `__getnewargs__ should return a tuple, not '${typeNameOf(r)}'`);
    decref(r); return -1;
  }
  out[0] = r;
  return 0;
}

/** The special method `name` of type(o) bound to o: owned, 0 when absent, -1 on error. */
function lookupSpecialHere(o: Borrowed, name: string): number {
  const f = typeLookupJS(typeOf(o), name);
  if (f === NULL) return 0;
  const g = slotsOf(f).descrGet;
  if (g === null) return newRef(f);
  const r = g(f, o, typeOf(o));
  return r === NULL ? -1 : r;
}

/** reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems). */
function reduceNewobj(o: Borrowed): Owned | Null {
  const t = typeOf(o);
  if (typeSlotsOf(t).new === null) return errSetString(TypeError, `cannot pickle '${typeName(t)}' object`);
  const na = [0, 0];
  if (getNewArguments(o, na) < 0) return NULL;
  const args = na[0] as Owned | Null, kwargs = na[1] as Owned | Null;
  const items: Owned[] = [];
  const release = (): Null => { xdecref(args); xdecref(kwargs); for (const x of items) decref(x); return NULL; };
  let newobj: Owned | Null, newargs: Owned | Null;
  if (kwargs === NULL || dictSize(kwargs) === 0) {
    newobj = importAttr('copyreg', '__newobj__');
    if (newobj === NULL) return release();
    items.push(newobj);
    const parts: Borrowed[] = [t];
    if (args !== NULL) for (let i = 0; i < tupleSize(args); i++) parts.push(tupleGetItemBorrow(args, i));
    newargs = tuplePack(parts);
  } else {
    newobj = importAttr('copyreg', '__newobj_ex__');
    if (newobj === NULL) return release();
    items.push(newobj);
    newargs = tuplePack([t, args === NULL ? Py_None : args, kwargs]);
  }
  if (newargs === NULL) return release();
  items.push(newargs);
  const state = objectGetstate(o, !(args !== NULL || isListT(o) || isDict(o)));
  if (state === NULL) return release();
  items.push(state);
  for (const which of ['list', 'dict'] as const) {
    let it: Owned | Null;
    if (which === 'list' ? isListT(o) : isDict(o)) {
      const src = which === 'list' ? newRef(o) : objectCallMethodNoArgs(o, 'items');
      if (src === NULL) return release();
      it = objectGetIterHere(src);
      decref(src);
      if (it === NULL) return release();
    } else {
      it = noneNew();
    }
    items.push(it);
  }
  const r = tuplePack(items);
  release();
  return r;
}

function objectCallMethodNoArgs(o: Borrowed, name: string): Owned | Null {
  const m = objectGetAttr(o, S(name));
  if (m === NULL) return NULL;
  const r = objectCallArgs(m, 0);
  decref(m);
  return r;
}

function objectGetIterHere(o: Borrowed): Owned | Null {
  const f = slotsOf(o).iter;
  if (f === null) return errSetString(TypeError, `'${typeNameOf(o)}' object is not iterable`);
  return f(o);
}

/** _common_reduce: protocol >= 2 builds a __newobj__ reduction, else copyreg._reduce_ex. */
function commonReduce(o: Borrowed, proto: number): Owned | Null {
  if (proto >= 2) return reduceNewobj(o);
  const f = importAttr('copyreg', '_reduce_ex');
  if (f === NULL) return NULL;
  const p = intFromNumber(proto);
  if (p === NULL) { decref(f); return NULL; }
  const r = objectCallArgs(f, 2, o, p);
  decref(p);
  decref(f);
  return r;
}

function object_reduce(self: Borrowed | Null, _a: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!argsNone('object.__reduce__', nargs, kw)) return NULL;
  return commonReduce(self as Borrowed, 0);
}

/** object.__reduce_ex__(protocol): an overriding __reduce__ wins, else _common_reduce. */
function object_reduce_ex(self: Borrowed | Null, args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!argsOne('object.__reduce_ex__', nargs, kw)) return NULL;
  const p = argAt(args, 0);
  if (!isInt(p)) return errSetString(TypeError, `'${typeNameOf(p)}' object cannot be interpreted as an integer`);
  const o = self as Borrowed;
  const clsReduce = typeLookupJS(typeOf(o), '__reduce__');
  if (clsReduce !== NULL && clsReduce !== typeLookupJS(objectType, '__reduce__')) {
    const m = objectGetAttr(o, S('__reduce__'));
    if (m === NULL) return NULL;
    const r = objectCallArgs(m, 0);
    decref(m);
    return r;
  }
  return commonReduce(o, intAsNumber(p));
}

/** object's methods (built lazily: module cycles). */
let objectMethodsMemo: MethodDef[] | null = null;
export function objectTypeMethods(): MethodDef[] {
  return objectMethodsMemo ??= [
  { name: '__init_subclass__', fn: objectInitSubclass, flags: METH_CLASS | METH_NOARGS,
    doc: 'This method is called when a class is subclassed.\n\nThe default implementation does nothing. It may be\noverridden to extend subclasses.\n' },
  { name: '__subclasshook__', fn: object_subclasshook, flags: METH_CLASS, doc: 'Abstract classes can override this to customize issubclass().' },
  { name: '__format__', fn: object_format, flags: METH_O, doc: 'Default object formatter.' },
  { name: '__sizeof__', fn: object_sizeof, flags: METH_NOARGS, doc: 'Size of object in memory, in bytes.' },
  { name: '__dir__', fn: object_dir, flags: METH_NOARGS, doc: 'Default dir() implementation.' },
  { name: '__getstate__', fn: object_getstate, flags: METH_NOARGS, doc: 'Helper for pickle.' },
  { name: '__reduce__', fn: object_reduce, flags: METH_NOARGS, doc: 'Helper for pickle.' },
  { name: '__reduce_ex__', fn: object_reduce_ex, flags: METH_O, doc: 'Helper for pickle.' },
  ];
}

export const objectTypeGetSets: GetSetDef[] = [
  { name: '__class__', get: objectClassGet, set: objectClassSet, doc: 'the object\'s class' },
];

// type.

function isHeap(t: Borrowed): boolean {
  return (i32[(t + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) !== 0;
}

/** check_set_special_type_attr. */
function checkSetSpecial(t: Borrowed, v: Borrowed | Null, name: string): boolean {
  if (!isHeap(t)) {
    errSetString(TypeError, `cannot set '${name}' attribute of immutable type '${typeName(t)}'`);
    return false;
  }
  if (v === NULL) {
    errSetString(TypeError, `cannot delete '${name}' attribute of immutable type '${typeName(t)}'`);
    return false;
  }
  return true;
}

function typeNameGet(t: Borrowed): Owned | Null {
  return newRef(i32[(t + TP_NAME) >> 2] as Borrowed);
}

function typeNameSet(t: Borrowed, v: Borrowed | Null): number {
  if (!checkSetSpecial(t, v, '__name__')) return -1;
  if (!isStr(v as Borrowed)) {
    errSetString(TypeError, `can only assign string to ${typeName(t)}.__name__, not '${typeNameOf(v as Borrowed)}'`);
    return -1;
  }
  const s = strToJS(v as Borrowed);
  if (s.includes('\0')) { errSetString(ValueError, 'type name must not contain null characters'); return -1; }
  const old = i32[(t + TP_NAME) >> 2];
  incref(v as Borrowed);
  i32[(t + TP_NAME) >> 2] = v as Borrowed;
  decref(old as Borrowed);
  typeSlotsOf(t).name = s;
  return 0;
}

function typeQualnameGet(t: Borrowed): Owned | Null {
  return newRef(i32[(t + TP_QUALNAME) >> 2] as Borrowed);
}

function typeQualnameSet(t: Borrowed, v: Borrowed | Null): number {
  if (!checkSetSpecial(t, v, '__qualname__')) return -1;
  if (!isStr(v as Borrowed)) {
    errSetString(TypeError, `can only assign string to ${typeName(t)}.__qualname__, not '${typeNameOf(v as Borrowed)}'`);
    return -1;
  }
  const old = i32[(t + TP_QUALNAME) >> 2];
  incref(v as Borrowed);
  i32[(t + TP_QUALNAME) >> 2] = v as Borrowed;
  decref(old as Borrowed);
  return 0;
}

function typeBasesGet(t: Borrowed): Owned | Null {
  const b = i32[(t + TP_BASES) >> 2];
  return b === 0 ? tupleEmptyNew() : newRef(b as Borrowed);
}

function typeBasesSet(t: Borrowed, v: Borrowed | Null): number {
  if (!checkSetSpecial(t, v, '__bases__')) return -1;
  return typeSetBases(t, v as Borrowed);
}

function typeMroGet(t: Borrowed): Owned | Null {
  const m = i32[(t + TP_MRO) >> 2];
  return m === 0 ? noneNew() : newRef(m as Borrowed);
}

function typeModuleGet(t: Borrowed): Owned | Null {
  if (isHeap(t)) {
    const m = dictGetItemBorrow(i32[(t + TP_DICT) >> 2] as Borrowed, S('__module__'));
    if (m === NULL) return errOccurred() !== NULL ? NULL : errSetString(AttributeError, '__module__');
    return newRef(m);
  }
  // type_module: a static type's module name is interned (so `int.__module__ is str.__module__`).
  const name = typeModuleName(t);
  return name === null ? NULL : newRef(strInternImmortal(name));
}

function typeModuleSet(t: Borrowed, v: Borrowed | Null): number {
  if (!checkSetSpecial(t, v, '__module__')) return -1;
  typeModified(t);
  return dictSetItem(i32[(t + TP_DICT) >> 2] as Borrowed, S('__module__'), v as Borrowed);
}

function typeDictGet(t: Borrowed): Owned | Null {
  return mappingproxyNew(i32[(t + TP_DICT) >> 2] as Borrowed);
}

function typeDocGet(t: Borrowed): Owned | Null {
  const d = i32[(t + TP_DICT) >> 2] as Borrowed;
  const doc = dictGetItemBorrow(d, S('__doc__'));
  if (doc === NULL) return errOccurred() !== NULL ? NULL : noneNew();
  const g = typeSlotsOf(typeOf(doc)).descrGet;
  if (g !== null) {
    // A static type's own docstring (tp_doc) is what CPython shows ahead of the __doc__ descriptor its
    // instances use (a function's, a method's); builtin types carry no docstrings here: None.
    return isHeap(t) ? g(doc, NULL, t) : noneNew();
  }
  return newRef(doc);
}

function typeDocSet(t: Borrowed, v: Borrowed | Null): number {
  if (!checkSetSpecial(t, v, '__doc__')) return -1;
  typeModified(t);
  return dictSetItem(i32[(t + TP_DICT) >> 2] as Borrowed, S('__doc__'), v as Borrowed);
}

function typeBaseGet(t: Borrowed): Owned | Null {
  const b = i32[(t + TP_BASE) >> 2];
  return b === 0 ? noneNew() : newRef(b as Borrowed);
}

function typeAbstractGet(t: Borrowed): Owned | Null {
  const v = t !== typeOf(t) ? dictGetItemBorrow(i32[(t + TP_DICT) >> 2] as Borrowed, S('__abstractmethods__')) : NULL;
  if (v === NULL) {
    if (errOccurred() !== NULL) return NULL;
    return errSetString(AttributeError, '__abstractmethods__');
  }
  return newRef(v);
}

function typeAbstractSet(t: Borrowed, v: Borrowed | Null): number {
  if (!isHeap(t)) {
    errSetString(TypeError, `cannot set '__abstractmethods__' attribute of immutable type '${typeName(t)}'`);
    return -1;
  }
  const d = i32[(t + TP_DICT) >> 2] as Borrowed;
  let abstract = false;
  if (v !== NULL) {
    const r = objectIsTrue(v);
    if (r < 0) return -1;
    abstract = r === 1;
    if (dictSetItem(d, S('__abstractmethods__'), v) < 0) return -1;
  } else if (dictDelItem(d, S('__abstractmethods__')) < 0) {
    errSetString(AttributeError, '__abstractmethods__');
    return -1;
  }
  typeModified(t);
  if (abstract) i32[(t + TP_FLAGS) >> 2] |= Py_TPFLAGS_IS_ABSTRACT;
  else i32[(t + TP_FLAGS) >> 2] &= ~Py_TPFLAGS_IS_ABSTRACT;
  return 0;
}

function typeAnnotationsGet(t: Borrowed): Owned | Null {
  if (!isHeap(t)) return errSetString(AttributeError, `type object '${typeName(t)}' has no attribute '__annotations__'`);
  const d = i32[(t + TP_DICT) >> 2] as Borrowed;
  const a = dictGetItemBorrow(d, S('__annotations__'));
  if (a !== NULL) {
    const g = typeSlotsOf(typeOf(a)).descrGet;
    return g !== null ? g(a, NULL, t) : newRef(a);
  }
  const nd = dictNew();
  if (nd === NULL) return NULL;
  if (dictSetItem(d, S('__annotations__'), nd) < 0) { decref(nd); return NULL; }
  typeModified(t);
  return nd;
}

function typeAnnotationsSet(t: Borrowed, v: Borrowed | Null): number {
  if (!isHeap(t)) {
    errSetString(TypeError, `cannot set '__annotations__' attribute of immutable type '${typeName(t)}'`);
    return -1;
  }
  const d = i32[(t + TP_DICT) >> 2] as Borrowed;
  typeModified(t);
  if (v === NULL) {
    if (dictDelItem(d, S('__annotations__')) < 0) { errSetString(AttributeError, '__annotations__'); return -1; }
    return 0;
  }
  return dictSetItem(d, S('__annotations__'), v);
}

function typeTypeParamsGet(t: Borrowed): Owned | Null {
  const p = isHeap(t) ? dictGetItemBorrow(i32[(t + TP_DICT) >> 2] as Borrowed, S('__type_params__')) : NULL;
  return p !== NULL ? newRef(p) : tupleEmptyNew();
}

/** type_set_type_params: 3.12.1 stores any value (the tuple check came later); typing's NamedTuple copies it. */
function typeTypeParamsSet(t: Borrowed, v: Borrowed | Null): number {
  if (!checkSetSpecial(t, v, '__type_params__')) return -1;
  typeModified(t);
  return dictSetItem(i32[(t + TP_DICT) >> 2] as Borrowed, S('__type_params__'), v as Borrowed);
}

/** type.__text_signature__: a builtin type's, recorded from CPython (objects/textsig.ts); None for classes. */
function typeTextSignatureGet(t: Borrowed): Owned | Null {
  const sig = textSignatureOfType(t);
  return sig === undefined ? noneNew() : strFromJS(sig);
}


export const typeTypeGetSets: GetSetDef[] = [
  { name: '__name__', get: typeNameGet, set: typeNameSet },
  { name: '__qualname__', get: typeQualnameGet, set: typeQualnameSet },
  { name: '__bases__', get: typeBasesGet, set: typeBasesSet },
  { name: '__mro__', get: typeMroGet, set: null },
  { name: '__module__', get: typeModuleGet, set: typeModuleSet },
  { name: '__abstractmethods__', get: typeAbstractGet, set: typeAbstractSet },
  { name: '__dict__', get: typeDictGet, set: null },
  { name: '__doc__', get: typeDocGet, set: typeDocSet },
  { name: '__text_signature__', get: typeTextSignatureGet, set: null },
  { name: '__annotations__', get: typeAnnotationsGet, set: typeAnnotationsSet },
  { name: '__type_params__', get: typeTypeParamsGet, set: typeTypeParamsSet },
  { name: '__base__', get: typeBaseGet, set: null },
  // CPython's 64-bit sizes, as object.__sizeof__ and sys.getsizeof report them (objects/sizeof.ts).
  { name: '__basicsize__', get: (t) => intFromNumber(cpythonBasicSize(t)), set: null },
  { name: '__itemsize__', get: (t) => intFromNumber(cpythonItemSize(t)), set: null },
  { name: '__flags__', get: (t) => intFromNumber(i32[(t + TP_FLAGS) >> 2] >>> 0), set: null },
  { name: '__weakrefoffset__', get: (t) => intFromNumber(cpythonWeaklistOffset(t)), set: null },
  { name: '__dictoffset__', get: (t) => intFromNumber(cpythonDictOffset(t)), set: null },
];

/** The METH_NOARGS / METH_O check of a method of type's, named after self (`A.mro() takes no arguments`). */
function typeMethodArgs(self: Borrowed | Null, name: string, nargs: number, kw: Borrowed | Null, one: boolean): boolean {
  if (kw === NULL && nargs === (one ? 1 : 0)) return true;
  const q = methodQualname(self, 'type', name, true);
  return one ? argsOne(q, nargs, kw) : argsNone(q, nargs, kw);
}

function type_mro(self: Borrowed | Null, _a: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!typeMethodArgs(self, 'mro', nargs, kw, false)) return NULL;
  return typeComputeMroList(self as Borrowed);
}

function type_subclasses(self: Borrowed | Null, _a: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!typeMethodArgs(self, '__subclasses__', nargs, kw, false)) return NULL;
  const l = listNew(0);
  if (l === NULL) return NULL;
  for (const s of typeSubclasses(self as Borrowed)) if (listAppend(l, s) < 0) { decref(l); return NULL; }
  return l;
}

function type_instancecheck(self: Borrowed | Null, args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!typeMethodArgs(self, '__instancecheck__', nargs, kw, true)) return NULL;
  const inst = argAt(args, 0);
  const t = self as Borrowed;
  // _PyObject_RealIsInstance
  if (typeCheck(inst, t)) return boolNew(true);
  const r = objectIsInstanceReal(inst, t);
  return r < 0 ? NULL : boolNew(r === 1);
}

function objectIsInstanceReal(inst: Borrowed, t: Borrowed): number {
  const c = objectLookupAttr(inst, S('__class__'));
  if (c === NULL) return errOccurred() !== NULL ? -1 : 0;
  const r = c !== typeOf(inst) && isType(c) ? (typeIsSubtype(c, t) ? 1 : 0) : 0;
  decref(c);
  return r;
}

function type_subclasscheck(self: Borrowed | Null, args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!typeMethodArgs(self, '__subclasscheck__', nargs, kw, true)) return NULL;
  const r = recursiveIsSubclass(argAt(args, 0), self as Borrowed);
  return r < 0 ? NULL : boolNew(r === 1);
}

function type_prepare(_cls: Borrowed | Null, _a: number, _n: number, _kw: Borrowed | Null): Owned | Null {
  return dictNew();
}

function type_dir(self: Borrowed | Null, _a: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!typeMethodArgs(self, '__dir__', nargs, kw, false)) return NULL;
  const d = dictNew();
  if (d === NULL) return NULL;
  if (mergeClassDict(d, self as Borrowed) < 0) { decref(d); return NULL; }
  const l = dictKeysList(d);
  decref(d);
  return l;
}

function type_sizeof(self: Borrowed | Null, _a: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!typeMethodArgs(self, '__sizeof__', nargs, kw, false)) return NULL;
  return intFromNumber(typeObjectSizeOf(self as Borrowed));
}

/** type's methods. */
let typeMethodsMemo: MethodDef[] | null = null;
export function typeTypeMethods(): MethodDef[] {
  return typeMethodsMemo ??= [
  { name: 'mro', fn: type_mro, flags: METH_NOARGS, doc: "Return a type's method resolution order." },
  { name: '__subclasses__', fn: type_subclasses, flags: METH_NOARGS, doc: 'Return a list of immediate subclasses.' },
  { name: '__prepare__', fn: type_prepare, flags: METH_CLASS,
    doc: '__prepare__() -> dict\nused to create the namespace for the class statement' },
  { name: '__instancecheck__', fn: type_instancecheck, flags: METH_O, doc: 'Check if an object is an instance.' },
  { name: '__subclasscheck__', fn: type_subclasscheck, flags: METH_O, doc: 'Check if a class is a subclass.' },
  { name: '__dir__', fn: type_dir, flags: METH_NOARGS, doc: 'Specialized __dir__ implementation for types.' },
  { name: '__sizeof__', fn: type_sizeof, flags: METH_NOARGS, doc: 'Return memory consumption of the type object.' },
  ];
}


// BaseException.__new__ / __init__ and its attributes (Objects/exceptions.c BaseException_new/init,
// BaseException_getset). exceptions.ts builds the types; these make them callable and subclassable.


/** BaseException_new: an instance with args = the positional arguments. */
export function baseExceptionNewSlot(type: Borrowed, args: number, nargs: number, _kw: Borrowed | Null): Owned | Null {
  const o = typeGenericAlloc(type, 0);
  if (o === NULL) return NULL;
  const t = tupleFromArray(args, nargs);
  if (t === NULL) { decref(o); return NULL; }
  i32[(o + EXC_ARGS) >> 2] = t;
  return o;
}

/** BaseException_init: replaces args; no keyword arguments. */
export function baseExceptionInitSlot(self: Borrowed, args: number, nargs: number, kw: Borrowed | Null): number {
  if (kw !== NULL && tupleSize(kw) > 0) {
    errSetString(TypeError, `${typeNameOf(self)}() takes no keyword arguments`);
    return -1;
  }
  const t = tupleFromArray(args, nargs);
  if (t === NULL) return -1;
  const old = i32[(self + EXC_ARGS) >> 2];
  i32[(self + EXC_ARGS) >> 2] = t;
  if (old !== 0) decref(old as Borrowed);
  return 0;
}

function excField(off: number): GetSetDef['get'] {
  return (o) => {
    const v = i32[(o + off) >> 2];
    return v === 0 ? noneNew() : newRef(v as Borrowed);
  };
}

function excSetField(o: Borrowed, off: number, v: Borrowed | Null): void {
  const old = i32[(o + off) >> 2];
  if (v !== NULL) incref(v);
  i32[(o + off) >> 2] = v;
  if (old !== 0) decref(old as Borrowed);
}

function excArgsSet(o: Borrowed, v: Borrowed | Null): number {
  if (v === NULL) { errSetString(TypeError, 'args may not be deleted'); return -1; }
  const t = sequenceTuple(v);
  if (t === NULL) return -1;
  excSetField(o, EXC_ARGS, t);
  decref(t);
  return 0;
}

function excCauseLikeSet(off: number, what: string): GetSetDef['set'] {
  return (o, v) => {
    if (v === NULL) { errSetString(TypeError, `${what} may not be deleted`); return -1; }
    if (v === Py_None) { excSetField(o, off, NULL); if (off === EXC_CAUSE) i32[(o + EXC_SUPPRESS_CONTEXT) >> 2] = 1; return 0; }
    if ((i32[(typeOf(v) + TP_FLAGS) >> 2] & (1 << 30)) === 0) {
      errSetString(TypeError, `exception ${off === EXC_CAUSE ? 'cause' : 'context'} must be None or derive from BaseException`);
      return -1;
    }
    excSetField(o, off, v);
    if (off === EXC_CAUSE) i32[(o + EXC_SUPPRESS_CONTEXT) >> 2] = 1;
    return 0;
  };
}

/**
 * BaseException's getsets, made when the type dicts are built: the field offsets come from exceptions.ts,
 * which module evaluation order may not have run yet when this module's top level runs.
 */
export function baseExceptionGetSets(): GetSetDef[] {
  return [
    { name: '__dict__', get: (o) => subtypeDictGet(o), set: (o, v) => subtypeDictSet(o, v) },
    { name: 'args', get: (o) => { const v = i32[(o + EXC_ARGS) >> 2]; return v === 0 ? tupleEmptyNew() : newRef(v as Borrowed); }, set: excArgsSet },
    { name: '__traceback__', get: excField(EXC_TRACEBACK), set: (o, v) => {
      if (v === NULL) { errSetString(TypeError, '__traceback__ may not be deleted'); return -1; }
      if (v !== Py_None && !isTraceback(v)) { errSetString(TypeError, '__traceback__ must be a traceback or None'); return -1; }
      excSetField(o, EXC_TRACEBACK, v === Py_None ? NULL : v);
      return 0;
    } },
    { name: '__context__', get: excField(EXC_CONTEXT), set: excCauseLikeSet(EXC_CONTEXT, '__context__') },
    { name: '__cause__', get: excField(EXC_CAUSE), set: excCauseLikeSet(EXC_CAUSE, '__cause__') },
    { name: '__suppress_context__', get: (o) => newRef(i32[(o + EXC_SUPPRESS_CONTEXT) >> 2] !== 0 ? Py_True : Py_False), set: (o, v) => {
      if (v === NULL) { errSetString(TypeError, '__suppress_context__ may not be deleted'); return -1; }
      const t = objectIsTrue(v);
      if (t < 0) return -1;
      i32[(o + EXC_SUPPRESS_CONTEXT) >> 2] = t;
      return 0;
    } },
  ];
}

function exc_with_traceback(self: Borrowed | Null, args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!argsOne('BaseException.with_traceback', nargs, kw)) return NULL;
  const tb = argAt(args, 0);
  if (tb !== Py_None && !isTraceback(tb)) return errSetString(TypeError, '__traceback__ must be a traceback or None');
  excSetField(self as Borrowed, EXC_TRACEBACK, tb === Py_None ? NULL : tb);
  return newRef(self as Borrowed);
}

function exc_add_note(self: Borrowed | Null, args: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  if (!argsOne('BaseException.add_note', nargs, kw)) return NULL;
  const note = argAt(args, 0);
  if (!isStr(note)) return errSetString(TypeError, `note must be a str, not '${typeNameOf(note)}'`);
  const o = self as Borrowed;
  // __notes__ lives in the instance __dict__ (3.12): looked up and set as an ordinary attribute.
  let notes = objectLookupAttr(o, S('__notes__'));
  if (notes === NULL) {
    if (errOccurred() !== NULL) return NULL;
    notes = listNew(0);
    if (notes === NULL) return NULL;
    if (objectSetAttr(o, S('__notes__'), notes) < 0) { decref(notes); return NULL; }
  } else if (!isListT(notes)) {
    decref(notes);
    return errSetString(TypeError, 'Cannot add note: __notes__ is not a list');
  }
  const r = listAppend(notes, note);
  decref(notes);
  return r < 0 ? NULL : noneNew();
}

/** _PyErr_FormatNote: appends `text` to the notes of the current exception (if it is one). */
export function errAddNote(text: string): void {
  const e = errPeek();
  if (e === NULL || (i32[(typeOf(e) + TP_FLAGS) >> 2] & (1 << 30)) === 0) return;
  const note = strFromJS(text);
  if (note === NULL) return;
  const saved = errFetch();
  let notes = objectLookupAttr(e, S('__notes__'));
  if (notes === NULL && errOccurred() === NULL) {
    notes = listNew(0);
    if (notes !== NULL && objectSetAttr(e, S('__notes__'), notes) < 0) { decref(notes); notes = NULL; }
  }
  if (notes !== NULL && isListT(notes)) listAppend(notes, note);
  xdecref(notes);
  decref(note);
  errClear();
  errSetRaised(saved);
}

let excMethodsMemo: MethodDef[] | null = null;
/** BaseException's methods. */
export function baseExceptionMethods(): MethodDef[] {
  return excMethodsMemo ??= [
    { name: 'with_traceback', fn: exc_with_traceback, flags: METH_O, doc: 'Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self.' },
    { name: 'add_note', fn: exc_add_note, flags: METH_O, doc: 'Exception.add_note(note) --\n    add a note to the exception' },
  ];
}
