// getset_descriptor: a computed attribute of a builtin type (int.real, type.__name__, instance __dict__).
// Mirrors PyGetSetDef and PyGetSetDescr_Type in Objects/descrobject.c (getset_get, getset_set, repr).
// Invariants: a GetSetDef is registered once per process and referred to by index from heap objects;
// the descriptor owns its type and its name.
//
//   -8 gc_next  -4 gc_prev | +0 ob_refcnt  +4 ob_type  +8 d_def (index)  +12 d_type (owned)  +16 d_name (owned str)

import { i32 } from '../heap/views.ts';
import { incref, decref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import {
  typeNewStatic, typeName, typeNameOf, typeCheck, Py_TPFLAGS_HAVE_GC, type VisitProc,
} from './type.ts';
import { objectGCNew, objectGCFree } from './object.ts';
import { errSetString } from './errors.ts';
import { TypeError, AttributeError } from './exceptions.ts';
import { strFromJS, strInternImmortal, strToJS } from './str.ts';

/** PyGetSetDef: `get(o)` returns a new reference or NULL; `set(o, v)` (v NULL deletes) returns 0 / -1. */
export interface GetSetDef {
  name: string;
  get: ((o: Borrowed) => Owned | Null) | null;
  set?: ((o: Borrowed, v: Borrowed | Null) => number) | null;
  doc?: string;
}

/** Every registered GetSetDef; descriptors store the index. */
export const getsetDefs: GetSetDef[] = [];
const defIndex = new Map<GetSetDef, number>();

/** Registers a GetSetDef (once per process). */
export function getsetDefRegister(def: GetSetDef): number {
  const existing = defIndex.get(def);
  if (existing !== undefined) return existing;
  const i = getsetDefs.length;
  getsetDefs.push(def);
  defIndex.set(def, i);
  return i;
}

/** The getsets of each static type, declared by the type's file in its InitStatic; type dicts are built from them. */
export const staticTypeGetSets = new Map<number, GetSetDef[]>();

/** Declares getset descriptors of a static type (call from the type's InitStatic). */
export function typeAddGetSets(type: Borrowed, defs: readonly GetSetDef[]): void {
  const list = staticTypeGetSets.get(type) ?? [];
  for (const d of defs) {
    getsetDefRegister(d);
    list.push(d);
  }
  staticTypeGetSets.set(type, list);
}

export const GS_DEF = 8;
export const GS_TYPE = 12;
export const GS_NAME = 16;
export const GETSET_SIZE = 20;

export let getsetDescriptorType = 0 as Borrowed;

/** PyDescr_NewGetSet. */
export function getsetDescriptorNew(type: Borrowed, def: GetSetDef): Owned | Null {
  const o = objectGCNew(getsetDescriptorType, GETSET_SIZE);
  if (o === NULL) return NULL;
  i32[(o + GS_DEF) >> 2] = getsetDefRegister(def);
  incref(type);
  i32[(o + GS_TYPE) >> 2] = type;
  const name = strInternImmortal(def.name);
  i32[(o + GS_NAME) >> 2] = name;
  return o;
}

/** The GetSetDef behind a getset descriptor. */
export function getsetDef(o: Borrowed): GetSetDef {
  return getsetDefs[i32[(o + GS_DEF) >> 2]];
}

function getsetDealloc(o: Owned): void {
  decref(i32[(o + GS_TYPE) >> 2] as Borrowed);
  objectGCFree(o);
}

function getsetTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  return visit(i32[(o + GS_TYPE) >> 2] as Borrowed, arg);
}

/** descr_check: the instance must be of the descriptor's type. */
function checkSelf(descr: Borrowed, obj: Borrowed): boolean {
  const t = i32[(descr + GS_TYPE) >> 2] as Borrowed;
  if (typeCheck(obj, t)) return true;
  errSetString(TypeError,
    `descriptor '${getsetDef(descr).name}' for '${typeName(t)}' objects doesn't apply to a '${typeNameOf(obj)}' object`);
  return false;
}

function getsetGet(descr: Borrowed, obj: Borrowed | Null, _type: Borrowed | Null): Owned | Null {
  if (obj === NULL) {
    incref(descr);
    return descr as Owned;
  }
  if (!checkSelf(descr, obj)) return NULL;
  const def = getsetDef(descr);
  if (def.get === null) {
    return errSetString(AttributeError,
      `attribute '${def.name}' of '${typeName(i32[(descr + GS_TYPE) >> 2] as Borrowed)}' objects is not readable`);
  }
  return def.get(obj);
}

function getsetSet(descr: Borrowed, obj: Borrowed, value: Borrowed | Null): number {
  if (!checkSelf(descr, obj)) return -1;
  const def = getsetDef(descr);
  if (def.set === undefined || def.set === null) {
    errSetString(AttributeError,
      `attribute '${def.name}' of '${typeName(i32[(descr + GS_TYPE) >> 2] as Borrowed)}' objects is not writable`);
    return -1;
  }
  return def.set(obj, value);
}

function getsetRepr(o: Borrowed): Owned | Null {
  return strFromJS(`<attribute '${strToJS(i32[(o + GS_NAME) >> 2] as Borrowed)}' of '${typeName(i32[(o + GS_TYPE) >> 2] as Borrowed)}' objects>`);
}

/** Creates getset_descriptor (static phase). */
export function getsetInitStatic(): void {
  staticTypeGetSets.clear();
  getsetDescriptorType = typeNewStatic({
    name: 'getset_descriptor',
    basicsize: GETSET_SIZE,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: {
      dealloc: getsetDealloc, traverse: getsetTraverse, descrGet: getsetGet, descrSet: getsetSet, repr: getsetRepr,
    },
  });
}
