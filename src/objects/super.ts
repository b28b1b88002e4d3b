// The super type: attribute lookup that starts after a given class in the MRO of an object's type.
// Mirrors Objects/typeobject.c (super_init, supercheck, super_getattro, super_descr_get, super_repr).
// Invariants: type, obj and obj_type are owned (obj and obj_type NULL for an unbound super). The
// zero-argument form needs the calling frame (__class__ cell and first argument): the eval loop
// installs superSetZeroArgHook, or calls superNew(type, obj) itself.
//
//   -8 gc_next  -4 gc_prev | +0 ob_refcnt  +4 ob_type  +8 type  +12 obj  +16 obj_type

import { i32, u8 } from '../heap/views.ts';
import { incref, decref, newRef } from '../heap/refcount.ts';
import { gcClearField } from '../gc/clear.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import {
  typeNewStatic, typeOf, typeName, typeNameOf, typeIsSubtype, isType, slotsOf, typeGenericAlloc,
  Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_METHOD_DESCRIPTOR, TP_MRO, TP_DICT, TP_FLAGS, type VisitProc,
} from './type.ts';
import { objectGCFree, objectGenericGetAttr, objectLookupAttr, objectCallArgs, noneNew } from './object.ts';
import { errSetString, errOccurred } from './errors.ts';
import { TypeError, RuntimeError } from './exceptions.ts';
import { strFromJS, strEqualJS, isStr, strInternImmortal } from './str.ts';
import { tupleSize, tupleGetItemBorrow } from './tuple.ts';
import { dictGetItemBorrow } from './dict.ts';
import { argAt } from './methodobject.ts';
import { typeAddGetSets, type GetSetDef } from './getset.ts';
import { CO_ARGCOUNT, CO_LOCALSPLUSNAMES, CO_LOCALSPLUSKINDS, CO_NLOCALSPLUS, FRAME_HEADER_WORDS } from './code.ts';
import { BYTES_DATA } from './bytes.ts';
import { cellGetBorrow, isCell } from './cell.ts';
import { ts } from '../vm/state.ts';

export const SU_TYPE = 8;
export const SU_OBJ = 12;
export const SU_OBJ_TYPE = 16;
export const SUPER_SIZE = 20;

export let superType = 0 as Borrowed;

const CO_FAST_CELL = 0x40;
const CO_FAST_FREE = 0x80;

/**
 * super_init_without_args: reads the running frame (ts.frame; word 0 of a frame is its code) for its
 * first argument (through its cell when the argument is captured) and its __class__ free variable.
 */
function frameZeroArg(out: Int32Array): number {
  const f = ts.frame;
  const co = f === 0 ? 0 : i32[f >> 2];
  if (co === 0 || i32[(co + CO_ARGCOUNT) >> 2] === 0) {
    errSetString(RuntimeError, 'super(): no arguments');
    return -1;
  }
  const lp = (f >> 2) + FRAME_HEADER_WORDS;
  const kinds = i32[(co + CO_LOCALSPLUSKINDS) >> 2] + BYTES_DATA;
  let first = i32[lp] as Borrowed | Null;
  if (first !== NULL && (u8[kinds] & CO_FAST_CELL) !== 0 && isCell(first)) first = cellGetBorrow(first);
  if (first === NULL) {
    errSetString(RuntimeError, 'super(): arg[0] deleted');
    return -1;
  }
  const names = i32[(co + CO_LOCALSPLUSNAMES) >> 2] as Borrowed;
  const n = i32[(co + CO_NLOCALSPLUS) >> 2];
  for (let i = 0; i < n; i++) {
    if ((u8[kinds + i] & CO_FAST_FREE) === 0 || !strEqualJS(tupleGetItemBorrow(names, i), '__class__')) continue;
    const cell = i32[lp + i] as Borrowed | Null;
    const cls = cell === NULL || !isCell(cell) ? NULL : cellGetBorrow(cell);
    if (cls === NULL) {
      errSetString(RuntimeError, 'super(): empty __class__ cell');
      return -1;
    }
    if (!isType(cls)) {
      errSetString(RuntimeError, `super(): __class__ is not a type (${typeNameOf(cls)})`);
      return -1;
    }
    out[0] = cls;
    out[1] = first;
    return 0;
  }
  errSetString(RuntimeError, 'super(): __class__ cell not found');
  return -1;
}

let zeroArgHook: ((out: Int32Array) => number) | null = frameZeroArg;

/**
 * Installs the zero-argument super() support: the hook writes the __class__ cell's class (out[0]) and
 * the frame's first argument (out[1]), both borrowed, and returns 0; or sets RuntimeError
 * ("super(): no arguments", "super(): __class__ cell not found", ...) and returns -1.
 */
export function superSetZeroArgHook(f: ((out: Int32Array) => number) | null): void {
  zeroArgHook = f;
}

function superDealloc(o: Owned): void {
  gcClearField(o, SU_TYPE);
  gcClearField(o, SU_OBJ);
  gcClearField(o, SU_OBJ_TYPE);
  objectGCFree(o);
}

function superTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  let v = i32[(o + SU_TYPE) >> 2], r = 0;
  if (v !== 0 && (r = visit(v as Borrowed, arg)) !== 0) return r;
  v = i32[(o + SU_OBJ) >> 2];
  if (v !== 0 && (r = visit(v as Borrowed, arg)) !== 0) return r;
  v = i32[(o + SU_OBJ_TYPE) >> 2];
  return v !== 0 ? visit(v as Borrowed, arg) : 0;
}

/** supercheck: the type to search the MRO of (owned), or NULL with TypeError. */
function supercheck(type: Borrowed, obj: Borrowed): Owned | Null {
  if (isType(obj) && typeIsSubtype(obj as Borrowed, type)) return newRef(obj);
  if (typeIsSubtype(typeOf(obj), type)) return newRef(typeOf(obj));
  const cls = objectLookupAttr(obj, strInternImmortal('__class__'));
  if (cls === NULL && errOccurred() !== NULL) return NULL;
  if (cls !== NULL) {
    if (isType(cls) && cls !== typeOf(obj) && typeIsSubtype(cls, type)) return cls;
    decref(cls);
  }
  return errSetString(TypeError, 'super(type, obj): obj must be an instance or subtype of type');
}


function superFill(su: Borrowed, type: Borrowed, obj: Borrowed | Null): number {
  if (!isType(type)) {
    errSetString(TypeError, `super() argument 1 must be a type, not ${typeNameOf(type)}`);
    return -1;
  }
  let objType: Owned | Null = NULL;
  if (obj !== NULL) {
    objType = supercheck(type, obj);
    if (objType === NULL) return -1;
  }
  const olds = [i32[(su + SU_TYPE) >> 2], i32[(su + SU_OBJ) >> 2], i32[(su + SU_OBJ_TYPE) >> 2]];
  i32[(su + SU_TYPE) >> 2] = newRef(type);
  i32[(su + SU_OBJ) >> 2] = obj === NULL ? 0 : newRef(obj);
  i32[(su + SU_OBJ_TYPE) >> 2] = objType;
  for (const v of olds) if (v !== 0) decref(v as Borrowed);
  return 0;
}

/** super(type, obj) from native code (the eval loop's zero-argument form passes __class__ and the first argument). */
export function superNew(type: Borrowed, obj: Borrowed | Null): Owned | Null {
  const su = typeGenericAlloc(superType, 0);
  if (su === NULL) return NULL;
  if (superFill(su, type, obj) < 0) { decref(su); return NULL; }
  return su;
}

const zeroArgOut = new Int32Array(2);

function superInit(self: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): number {
  if (kwnames !== NULL && tupleSize(kwnames) > 0) {
    errSetString(TypeError, 'super() takes no keyword arguments');
    return -1;
  }
  if (nargs > 2) {
    // super_vectorcall's _PyArg_CheckPositional("super()", nargs, 0, 2).
    errSetString(TypeError, `super() expected at most 2 arguments, got ${nargs}`);
    return -1;
  }
  if (nargs === 0) {
    if (zeroArgHook === null) {
      errSetString(RuntimeError, 'super(): no arguments');
      return -1;
    }
    const out = zeroArgOut;
    if (zeroArgHook(out) < 0) return -1;
    return superFill(self, out[0] as Borrowed, out[1] as Borrowed | Null);
  }
  const type = argAt(args, 0);
  return superFill(self, type, nargs > 1 ? argAt(args, 1) : NULL);
}

function superNewSlot(type: Borrowed, _a: number, _n: number, _k: Borrowed | Null): Owned | Null {
  return typeGenericAlloc(type, 0);
}

/** super_getattro: search the MRO of obj_type after `type`, binding what is found to obj. */
function superGetAttro(su: Borrowed, name: Borrowed): Owned | Null {
  const startType = i32[(su + SU_OBJ_TYPE) >> 2] as Borrowed;
  if (startType === 0 || (isStr(name) && strEqualJS(name, '__class__'))) return objectGenericGetAttr(su, name);
  const res = superMroFind(startType, i32[(su + SU_TYPE) >> 2], name);
  if (res === NULL) return errOccurred() !== NULL ? NULL : objectGenericGetAttr(su, name);
  return superBind(res, i32[(su + SU_OBJ) >> 2] as Borrowed, startType);
}

/** `name` in the dicts of startType's MRO after `type` (borrowed), or NULL (an error set, or not there). */
function superMroFind(startType: Borrowed, type: number, name: Borrowed): Borrowed | Null {
  const mro = i32[(startType + TP_MRO) >> 2] as Borrowed;
  if (mro === 0) return NULL;
  const n = tupleSize(mro);
  let i = 0;
  for (; i + 1 < n; i++) if (tupleGetItemBorrow(mro, i) === type) break;
  for (i++; i < n; i++) {
    const d = i32[(tupleGetItemBorrow(mro, i) + TP_DICT) >> 2];
    if (d === 0) continue;
    const res = dictGetItemBorrow(d as Borrowed, name);
    if (res !== NULL || errOccurred() !== NULL) return res;
  }
  return NULL;
}

/** What super_getattro returns for `res` found on the MRO: bound to obj through its __get__ (obj NULL when it is startType itself). */
function superBind(res: Borrowed, obj: Borrowed, startType: Borrowed): Owned | Null {
  const g = slotsOf(res).descrGet;
  if (g === null) return (incref(res), res as Owned);
  incref(res);
  const r = g(res, obj === startType ? NULL : obj, startType);
  decref(res);
  return r;
}

/**
 * _PySuper_Lookup: `super(type, obj).name` without making the super object when it can (the eval
 * loop's LOAD_SUPER_ATTR for the zero-argument form, 3.12's LOAD_SUPER_ATTR_ATTR/_METHOD). With
 * `method`, a function or method descriptor found is returned unbound and superLookupUnbound is set
 * (the caller passes obj as its self), as _PyObject_GetMethod does. Owned, or NULL with the error set.
 */
export function superLookup(type: Borrowed, obj: Borrowed, name: Borrowed, method: boolean): Owned | Null {
  superLookupUnbound = false;
  if (!isType(type)) {
    return errSetString(TypeError, `super() argument 1 must be a type, not ${typeNameOf(type)}`);
  }
  const startType = supercheck(type, obj);
  if (startType === NULL) return NULL;
  // do_super_lookup's skip: __class__ is the super object's own; a name the MRO after `type` lacks
  // goes to the super object's generic lookup (its AttributeError names 'super').
  if (!(isStr(name) && strEqualJS(name, '__class__'))) {
    const res = superMroFind(startType, type, name);
    if (res !== NULL) {
      let r: Owned | Null;
      if (method && (i32[(typeOf(res) + TP_FLAGS) >> 2] & Py_TPFLAGS_METHOD_DESCRIPTOR) !== 0) {
        superLookupUnbound = true;
        r = (incref(res), res as Owned);
      } else {
        r = superBind(res, obj, startType);
      }
      decref(startType);
      return r;
    }
    if (errOccurred() !== NULL) { decref(startType); return NULL; }
  }
  decref(startType);
  const su = superNew(type, obj);
  if (su === NULL) return NULL;
  const r = objectGenericGetAttr(su, name);
  decref(su);
  return r;
}

/** superLookup's second result: what it returned is an unbound method for obj. */
export let superLookupUnbound = false;

function superDescrGet(self: Borrowed, obj: Borrowed | Null, _type: Borrowed | Null): Owned | Null {
  if (obj === NULL || i32[(self + SU_OBJ) >> 2] !== 0) return newRef(self);
  if (typeOf(self) !== superType) return objectCallArgs(typeOf(self), 2, i32[(self + SU_TYPE) >> 2] as Borrowed, obj);
  return superNew(i32[(self + SU_TYPE) >> 2] as Borrowed, obj);
}

function superRepr(su: Borrowed): Owned | Null {
  const t = i32[(su + SU_TYPE) >> 2] as Borrowed;
  const ot = i32[(su + SU_OBJ_TYPE) >> 2] as Borrowed;
  const tn = t === 0 ? 'NULL' : `<class '${typeName(t)}'>`;
  if (ot === 0) return strFromJS(`<super: ${tn}, NULL>`);
  return strFromJS(`<super: ${tn}, <${typeName(ot)} object>>`);
}

const field = (off: number): GetSetDef['get'] => (o) => {
  const v = i32[(o + off) >> 2];
  return v === 0 ? noneNew() : newRef(v as Borrowed);
};

const superGetSets: GetSetDef[] = [
  { name: '__thisclass__', get: field(SU_TYPE), set: null, doc: 'the class invoking super()' },
  { name: '__self__', get: field(SU_OBJ), set: null, doc: 'the instance invoking super(); may be None' },
  { name: '__self_class__', get: field(SU_OBJ_TYPE), set: null, doc: 'the type of the instance invoking super(); may be None' },
];

/** Creates the super type (static phase). */
export function superInitStatic(): void {
  superType = typeNewStatic({
    name: 'super',
    basicsize: SUPER_SIZE,
    flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    slots: {
      dealloc: superDealloc, traverse: superTraverse, getattro: superGetAttro, descrGet: superDescrGet,
      init: superInit, new: superNewSlot, repr: superRepr,
    },
  });
  typeAddGetSets(superType, superGetSets);
}

