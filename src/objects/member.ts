// member_descriptor: an object slot of a fixed offset in the instance (__slots__ entries, the fields of
// struct sequences). Mirrors PyMemberDescr_Type (Objects/descrobject.c) and PyMember_GetOne/SetOne for
// T_OBJECT_EX and T_OBJECT (Python/structmember.c). Invariants: the slot at `offset` holds an owned
// reference or 0 (unset: AttributeError for T_OBJECT_EX, None for T_OBJECT); the instance's dealloc
// (subtype_dealloc, structseq's, the owning type's) clears it.
//
//   -8 gc_next  -4 gc_prev | +0 ob_refcnt  +4 ob_type  +8 d_type (owned)  +12 d_name (owned str)
//   +16 offset  +20 flags (MEMBER_READONLY | MEMBER_T_OBJECT)  +24 doc (owned str, or 0: __doc__ is None)

import { i32 } from '../heap/views.ts';
import { incref, decref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { Py_None } from './none.ts';
import {
  typeNewStatic, typeName, typeNameOf, typeCheck, Py_TPFLAGS_HAVE_GC, type VisitProc,
} from './type.ts';
import { objectGCNew, objectGCFree } from './object.ts';
import { errSetString } from './errors.ts';
import { TypeError, AttributeError } from './exceptions.ts';
import { strFromJS, strToJS } from './str.ts';

export const MD_TYPE = 8;
export const MD_NAME = 12;
export const MD_OFFSET = 16;
export const MD_FLAGS = 20;
export const MD_DOC = 24;
export const MEMBER_SIZE = 28;
/** Flags: assignment and deletion raise 'readonly attribute'. */
export const MEMBER_READONLY = 1;
/** Flags: T_OBJECT rather than T_OBJECT_EX: an unset slot reads as None and deleting it is no error. */
export const MEMBER_T_OBJECT = 2;

export let memberDescriptorType = 0 as Borrowed;

/**
 * PyDescr_NewMember for an object slot at `offset`; `doc` (a str) is its __doc__; `tObject` makes it a
 * T_OBJECT member (see MEMBER_T_OBJECT).
 */
export function memberDescriptorNew(type: Borrowed, name: Borrowed, offset: number, readonly: boolean, doc: Borrowed | Null = NULL, tObject = false): Owned | Null {
  const o = objectGCNew(memberDescriptorType, MEMBER_SIZE);
  if (o === NULL) return NULL;
  incref(type);
  i32[(o + MD_TYPE) >> 2] = type;
  incref(name);
  i32[(o + MD_NAME) >> 2] = name;
  i32[(o + MD_OFFSET) >> 2] = offset;
  i32[(o + MD_FLAGS) >> 2] = (readonly ? MEMBER_READONLY : 0) | (tObject ? MEMBER_T_OBJECT : 0);
  if (doc !== NULL) incref(doc);
  i32[(o + MD_DOC) >> 2] = doc;
  return o;
}

function memberDealloc(o: Owned): void {
  decref(i32[(o + MD_TYPE) >> 2] as Borrowed);
  decref(i32[(o + MD_NAME) >> 2] as Borrowed);
  const doc = i32[(o + MD_DOC) >> 2];
  if (doc !== 0) decref(doc as Borrowed);
  objectGCFree(o);
}

function memberTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  return visit(i32[(o + MD_TYPE) >> 2] as Borrowed, arg);
}

function nameOf(d: Borrowed): string {
  return strToJS(i32[(d + MD_NAME) >> 2] as Borrowed);
}

function checkSelf(descr: Borrowed, obj: Borrowed): boolean {
  const t = i32[(descr + MD_TYPE) >> 2] as Borrowed;
  if (typeCheck(obj, t)) return true;
  errSetString(TypeError,
    `descriptor '${nameOf(descr)}' for '${typeName(t)}' objects doesn't apply to a '${typeNameOf(obj)}' object`);
  return false;
}

function memberGet(descr: Borrowed, obj: Borrowed | Null, _type: Borrowed | Null): Owned | Null {
  if (obj === NULL) {
    incref(descr);
    return descr as Owned;
  }
  if (!checkSelf(descr, obj)) return NULL;
  let v = i32[(obj + i32[(descr + MD_OFFSET) >> 2]) >> 2];
  if (v === 0 && (i32[(descr + MD_FLAGS) >> 2] & MEMBER_T_OBJECT) !== 0) v = Py_None;
  if (v === 0) return errSetString(AttributeError, `'${typeNameOf(obj)}' object has no attribute '${nameOf(descr)}'`);
  incref(v as Borrowed);
  return v as Owned;
}

function memberSet(descr: Borrowed, obj: Borrowed, value: Borrowed | Null): number {
  if (!checkSelf(descr, obj)) return -1;
  const flags = i32[(descr + MD_FLAGS) >> 2];
  if ((flags & MEMBER_READONLY) !== 0) {
    errSetString(AttributeError, 'readonly attribute');
    return -1;
  }
  const p = obj + i32[(descr + MD_OFFSET) >> 2];
  const old = i32[p >> 2];
  if (value === NULL && old === 0 && (flags & MEMBER_T_OBJECT) === 0) {
    errSetString(AttributeError, nameOf(descr));
    return -1;
  }
  if (value !== NULL) incref(value);
  i32[p >> 2] = value;
  if (old !== 0) decref(old as Borrowed);
  return 0;
}

function memberRepr(o: Borrowed): Owned | Null {
  return strFromJS(`<member '${nameOf(o)}' of '${typeName(i32[(o + MD_TYPE) >> 2] as Borrowed)}' objects>`);
}

/** Creates member_descriptor (static phase). */
export function memberInitStatic(): void {
  memberDescriptorType = typeNewStatic({
    name: 'member_descriptor',
    basicsize: MEMBER_SIZE,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: {
      dealloc: memberDealloc, traverse: memberTraverse, descrGet: memberGet, descrSet: memberSet, repr: memberRepr,
    },
  });
}
