// The property type: a data descriptor calling fget/fset/fdel, with the getter/setter/deleter
// decorators. Mirrors Objects/descrobject.c (property_init, property_descr_get/set, property_copy,
// 3.12's "property 'x' of 'A' object has no setter" messages using the name from __set_name__ or fget).
// Invariants: a property owns fget, fset, fdel, doc and name (each may be NULL); it is immutable once
// initialised except through __init__ and __set_name__, as in CPython.
//
//   -8 gc_next  -4 gc_prev | +0 ob_refcnt  +4 ob_type  +8 fget  +12 fset  +16 fdel  +20 doc  +24 name
//   +28 getter_doc (1 when doc was taken from fget.__doc__)

import { gcClearFields } from '../gc/clear.ts';
import { i32 } from '../heap/views.ts';
import { incref, decref, xdecref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import {
  typeNewStatic, typeOf, typeGenericAlloc, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_BASETYPE, type VisitProc,
  TP_QUALNAME, typeIsSubtype,
} from './type.ts';
import {
  objectGCFree, objectCallArgs, objectLookupAttr, noneNew, objectRepr, objectIsTrue, boolNew, objectSetAttr,
} from './object.ts';
import { errSetString, errOccurred, errExceptionMatches, errClear } from './errors.ts';
import { AttributeError, TypeError } from './exceptions.ts';
import { strInternImmortal, strToJS } from './str.ts';
import { Py_None } from './none.ts';
import { argAt, argsOne, type MethodDef } from './methodobject.ts';
import { typeAddGetSets, type GetSetDef } from './getset.ts';
import { typeDeferMethods } from './type.ts';
import { argsParse } from './typeattrs.ts';

export const PROP_FGET = 8;
export const PROP_FSET = 12;
export const PROP_FDEL = 16;
export const PROP_DOC = 20;
export const PROP_NAME = 24;
export const PROP_GETTER_DOC = 28;
export const PROPERTY_SIZE = 32;

export let propertyType = 0 as Borrowed;

function field(o: Borrowed, off: number): Borrowed | Null {
  return i32[(o + off) >> 2] as Borrowed | Null;
}

function setField(o: Borrowed, off: number, v: Borrowed | Null): void {
  const old = i32[(o + off) >> 2];
  if (v !== NULL) incref(v);
  i32[(o + off) >> 2] = v;
  if (old !== 0) decref(old as Borrowed);
}

function propertyDealloc(o: Owned): void {
  for (let off = PROP_FGET; off <= PROP_NAME; off += 4) {
    const v = i32[(o + off) >> 2];
    i32[(o + off) >> 2] = 0;
    if (v !== 0) decref(v as Borrowed);
  }
  objectGCFree(o);
}

function propertyTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  for (let off = PROP_FGET; off <= PROP_NAME; off += 4) {
    const v = i32[(o + off) >> 2];
    if (v !== 0) { const r = visit(v as Borrowed, arg); if (r !== 0) return r; }
  }
  return 0;
}

/** The "property 'x' of 'A' object has no setter" family of messages. */
function missing(prop: Borrowed, obj: Borrowed, what: string): void {
  const name = field(prop, PROP_NAME);
  const qual = strToJS(i32[(typeOf(obj) + TP_QUALNAME) >> 2] as Borrowed);
  if (name !== NULL) {
    const r = objectRepr(name);
    if (r !== NULL) {
      errSetString(AttributeError, `property ${strToJS(r)} of '${qual}' object has no ${what}`);
      decref(r);
      return;
    }
  }
  if (errOccurred() === NULL) errSetString(AttributeError, `property of '${qual}' object has no ${what}`);
}

function propertyDescrGet(self: Borrowed, obj: Borrowed | Null, _type: Borrowed | Null): Owned | Null {
  if (obj === NULL || obj === Py_None) return newRef(self);
  const fget = field(self, PROP_FGET);
  if (fget === NULL) { missing(self, obj, 'getter'); return NULL; }
  return objectCallArgs(fget, 1, obj);
}

function propertyDescrSet(self: Borrowed, obj: Borrowed, value: Borrowed | Null): number {
  const f = field(self, value === NULL ? PROP_FDEL : PROP_FSET);
  if (f === NULL) { missing(self, obj, value === NULL ? 'deleter' : 'setter'); return -1; }
  const r = value === NULL ? objectCallArgs(f, 1, obj) : objectCallArgs(f, 2, obj, value);
  if (r === NULL) return -1;
  decref(r);
  return 0;
}

const initNames = ['fget', 'fset', 'fdel', 'doc'];

/** property.__init__(fget=None, fset=None, fdel=None, doc=None). */
function propertyInit(self: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): number {
  const a: number[] = [];
  if (!argsParse('property', args, nargs, kwnames, initNames, a)) return -1;
  const norm = (v: number): Borrowed | Null => (v === 0 || v === Py_None ? NULL : (v as Borrowed));
  setField(self, PROP_FGET, norm(a[0]));
  setField(self, PROP_FSET, norm(a[1]));
  setField(self, PROP_FDEL, norm(a[2]));
  setField(self, PROP_DOC, NULL);
  setField(self, PROP_NAME, NULL);
  i32[(self + PROP_GETTER_DOC) >> 2] = 0;
  const fget = norm(a[0]);
  let doc = norm(a[3]);
  let ownedDoc: Owned | Null = NULL;
  const exact = typeOf(self) === propertyType;
  if (doc === NULL && fget !== NULL) {
    ownedDoc = objectLookupAttr(fget, strInternImmortal('__doc__'));
    if (ownedDoc === NULL && errOccurred() !== NULL) return -1;
    // A subclass keeps its class docstring visible unless the getter has a real one.
    if (ownedDoc === Py_None && !exact) { decref(Py_None); ownedDoc = NULL; }
    doc = ownedDoc;
    if (doc !== NULL) i32[(self + PROP_GETTER_DOC) >> 2] = 1;
  }
  if (exact) {
    setField(self, PROP_DOC, doc);
    xdecref(ownedDoc);
    return 0;
  }
  // A subclass instance: __doc__ goes to its __dict__, or the class's __doc__ would shadow it.
  const r = objectSetAttr(self, strInternImmortal('__doc__'), doc === NULL ? Py_None : doc);
  xdecref(ownedDoc);
  if (r < 0) {
    // Python dropped this assignment silently through 3.11; 3.12 keeps that unless the doc came from fget.
    if (i32[(self + PROP_GETTER_DOC) >> 2] === 0 && errExceptionMatches(AttributeError)) { errClear(); return 0; }
    return -1;
  }
  return 0;
}

function propertyNew(type: Borrowed, _args: number, _nargs: number, _kw: Borrowed | Null): Owned | Null {
  return typeGenericAlloc(type, 0);
}

/** property_copy: type(self)(fget, fset, fdel, doc) with one accessor replaced. */
function propertyCopy(self: Borrowed, which: number, f: Borrowed): Owned | Null {
  const vals: Borrowed[] = [];
  for (const off of [PROP_FGET, PROP_FSET, PROP_FDEL]) {
    const v = off === which ? f : field(self, off);
    vals.push(v === NULL ? Py_None : v);
  }
  let doc = field(self, PROP_DOC);
  if (i32[(self + PROP_GETTER_DOC) >> 2] !== 0 && which === PROP_FGET) doc = NULL;
  const r = objectCallArgs(typeOf(self), 4, vals[0], vals[1], vals[2], doc === NULL ? Py_None : doc);
  if (r === NULL) return NULL;
  // The copy keeps the name __set_name__ gave (3.12's prop_name).
  if (typeIsSubtype(typeOf(r), propertyType)) setField(r, PROP_NAME, field(self, PROP_NAME));
  return r;
}

function accessor(name: string, off: number): MethodDef {
  return {
    name,
    fn: (self, args, nargs, kw) => {
      if (!argsOne(`property.${name}`, nargs, kw)) return NULL;
      return propertyCopy(self as Borrowed, off, argAt(args, 0));
    },
    doc: `Descriptor to obtain a copy of the property with a different ${name}.`,
  };
}

function property_set_name(self: Borrowed | Null, args: number, nargs: number, _kw: Borrowed | Null): Owned | Null {
  if (nargs !== 2) return errSetString(TypeError, `__set_name__() takes 2 positional arguments but ${nargs} were given`);
  setField(self as Borrowed, PROP_NAME, argAt(args, 1));
  return noneNew();
}

const propertyMethods: MethodDef[] = [
  accessor('getter', PROP_FGET), accessor('setter', PROP_FSET), accessor('deleter', PROP_FDEL),
  { name: '__set_name__', fn: property_set_name, doc: 'Method to set name of a property.' },
];

const member = (name: string, off: number): GetSetDef => ({
  name, get: (o) => { const v = field(o, off); return v === NULL ? noneNew() : newRef(v); }, set: null,
});

const propertyGetSets: GetSetDef[] = [
  member('fget', PROP_FGET), member('fset', PROP_FSET), member('fdel', PROP_FDEL),
  { name: '__doc__', get: (o) => { const v = field(o, PROP_DOC); return v === NULL ? noneNew() : newRef(v); },
    set: (o, v) => { setField(o, PROP_DOC, v); return 0; } },
  { name: '__isabstractmethod__', get: propertyIsAbstract, set: null },
];

function propertyIsAbstract(o: Borrowed): Owned | Null {
  for (const off of [PROP_FGET, PROP_FSET, PROP_FDEL]) {
    const f = field(o, off);
    if (f === NULL) continue;
    const v = objectLookupAttr(f, strInternImmortal('__isabstractmethod__'));
    if (v === NULL) { if (errOccurred() !== NULL) return NULL; continue; }
    const t = objectIsTrue(v);
    decref(v);
    if (t < 0) return NULL;
    if (t === 1) return boolNew(true);
  }
  return boolNew(false);
}

/** property(fget, fset, fdel, doc) from native code. */
export function propertyNew2(fget: Borrowed | Null, fset: Borrowed | Null): Owned | Null {
  return objectCallArgs(propertyType, 2, fget === NULL ? Py_None : fget, fset === NULL ? Py_None : fset);
}

/** Creates the property type (static phase). */
export function propertyInitStatic(): void {
  propertyType = typeNewStatic({
    name: 'property',
    basicsize: PROPERTY_SIZE,
    flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    slots: {
      dealloc: propertyDealloc, traverse: propertyTraverse, clear: (o) => gcClearFields(o, [PROP_FGET, PROP_FSET, PROP_FDEL, PROP_DOC, PROP_NAME]), descrGet: propertyDescrGet, descrSet: propertyDescrSet,
      init: propertyInit, new: propertyNew,
    },
  });
  typeDeferMethods(propertyType, propertyMethods);
  typeAddGetSets(propertyType, propertyGetSets);
}

