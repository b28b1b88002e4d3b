// The Python-visible attributes of builtin callables and descriptors: __name__, __qualname__,
// __self__, __objclass__, __module__, __doc__ of builtin_function_or_method, method_descriptor,
// classmethod_descriptor, wrapper_descriptor, method-wrapper, getset_descriptor and member_descriptor.
// Mirrors meth_getsets (Objects/methodobject.c), descr_members/method_getset/wrapper_getsets
// (Objects/descrobject.c), and their __reduce__ (meth_reduce, descr_reduce, wrapper_reduce: by name, so
// pickle and copy find them again). Invariant: read-only views of the objects' fields; registered by
// typeFinishStatics (static phase) with typeAddGetSets / typeAddMethods.

import { i32 } from '../heap/views.ts';
import { newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNameOf, typeOf, isType, TP_QUALNAME } from './type.ts';
import { noneNew, objectLookupAttr } from './object.ts';
import { strFromJS, strToJS, isStr, strInternImmortal } from './str.ts';
import {
  cfunctionType, methodDescriptorType, classmethodDescriptorType, methodDefs, M_DEF, M_SELF, M_MODULE, M_WRAPPED,
  D_DEF, D_TYPE, D_NAME,
} from './methodobject.ts';
import { wrapperDescriptorType, methodWrapperType, WD_TYPE, WD_NAME, MW_DESCR, MW_SELF } from './typeslots.ts';
import { getsetDescriptorType, GS_TYPE, GS_NAME, getsetDef, typeAddGetSets, type GetSetDef } from './getset.ts';
import { memberDescriptorType, MD_TYPE, MD_NAME, MD_DOC } from './member.ts';
import { typeSlotDoc } from './typeslots.ts';
import { typeAddMethods, METH_NOARGS, METH_STATIC, type MethodDef } from './methodobject.ts';
import { iterHooks } from './abstract.ts';
import { tuplePack } from './tuple.ts';
import { isModule } from './module.ts';
import { decref } from '../heap/refcount.ts';
import { textSignatureOfMethod, textSignatureOfAttr, textSignatureOfFunction } from './textsig.ts';

function docOf(doc: string | undefined): Owned | Null {
  return doc === undefined ? noneNew() : strFromJS(doc);
}

function qualnameOfType(t: Borrowed): string {
  return strToJS(i32[(t + TP_QUALNAME) >> 2] as Borrowed);
}

// builtin_function_or_method.

function cfSelf(o: Borrowed): Borrowed | Null {
  return i32[(o + M_SELF) >> 2] as Borrowed | Null;
}

/** builtin_function_or_method.__module__: the module (or name) it was made with, else its module receiver's name. */
function cfunctionModule(o: Borrowed): Owned | Null {
  const m = i32[(o + M_MODULE) >> 2] as Borrowed;
  if (m !== 0) {
    if (isStr(m)) return newRef(m);
    const n = objectLookupAttr(m, strInternImmortal('__name__'));
    return n !== NULL ? n : noneNew();
  }
  const self = cfSelf(o);
  if (self !== NULL && typeNameOf(self) === 'module') {
    const n = objectLookupAttr(self, strInternImmortal('__name__'));
    return n !== NULL ? n : noneNew();
  }
  return noneNew();
}

const cfunctionGetSets: GetSetDef[] = [
  { name: '__name__', get: (o) => strFromJS(methodDefs[i32[(o + M_DEF) >> 2]].name), set: null },
  {
    name: '__qualname__', set: null,
    get: (o) => {
      const name = methodDefs[i32[(o + M_DEF) >> 2]].name;
      const self = cfSelf(o);
      if (self === NULL || typeNameOf(self) === 'module') return strFromJS(name);
      return strFromJS(`${isType(self) ? qualnameOfType(self) : qualnameOfType(typeOf(self))}.${name}`);
    },
  },
  {
    // PyCFunction_GET_SELF: a static method's m_self (its type) is not its __self__.
    name: '__self__', set: null,
    get: (o) => {
      const s = cfSelf(o);
      const isStatic = ((methodDefs[i32[(o + M_DEF) >> 2]].flags ?? 0) & METH_STATIC) !== 0;
      return s === NULL || isStatic ? noneNew() : newRef(s);
    },
  },
  { name: '__module__', get: cfunctionModule, set: null },
  { name: '__doc__', get: (o) => docOf(methodDefs[i32[(o + M_DEF) >> 2]].doc), set: null },
  { name: '__text_signature__', get: cfunctionTextSignature, set: null },
];

/**
 * builtin_function_or_method.__text_signature__: a module function's by its __module__; a method bound
 * to a type (class and static methods) or to an instance by the receiver's MRO.
 */
function cfunctionTextSignature(o: Borrowed): Owned | Null {
  const name = methodDefs[i32[(o + M_DEF) >> 2]].name;
  const self = cfSelf(o);
  if (self !== NULL && typeNameOf(self) !== 'module') {
    return sigOf(textSignatureOfMethod(isType(self) ? self : typeOf(self), name));
  }
  const module = cfunctionModule(o);
  if (module === NULL) return NULL;
  let sig: string | undefined;
  if (isStr(module)) {
    const m = strToJS(module);
    sig = textSignatureOfFunction(m, name);
    // A Python module standing for C module _m under the name m (our operator is CPython's _operator).
    if (sig === undefined && i32[(o + M_WRAPPED) >> 2] !== 0) sig = textSignatureOfFunction(`_${m}`, name);
  }
  decref(module as Owned);
  return sigOf(sig);
}

function sigOf(sig: string | undefined): Owned | Null {
  return sig === undefined ? noneNew() : strFromJS(sig);
}

// method_descriptor / classmethod_descriptor.

const methodDescrGetSets: GetSetDef[] = [
  { name: '__name__', get: (o) => newRef(i32[(o + D_NAME) >> 2] as Borrowed), set: null },
  {
    name: '__qualname__', set: null,
    get: (o) => strFromJS(`${qualnameOfType(i32[(o + D_TYPE) >> 2] as Borrowed)}.${strToJS(i32[(o + D_NAME) >> 2] as Borrowed)}`),
  },
  { name: '__objclass__', get: (o) => newRef(i32[(o + D_TYPE) >> 2] as Borrowed), set: null },
  { name: '__doc__', get: (o) => docOf(methodDefs[i32[(o + D_DEF) >> 2]].doc), set: null },
  {
    name: '__text_signature__', set: null,
    get: (o) => sigOf(textSignatureOfAttr(i32[(o + D_TYPE) >> 2] as Borrowed, strToJS(i32[(o + D_NAME) >> 2] as Borrowed))),
  },
];

// wrapper_descriptor / method-wrapper.

const wrapperGetSets: GetSetDef[] = [
  { name: '__name__', get: (o) => newRef(i32[(o + WD_NAME) >> 2] as Borrowed), set: null },
  {
    name: '__qualname__', set: null,
    get: (o) => strFromJS(`${qualnameOfType(i32[(o + WD_TYPE) >> 2] as Borrowed)}.${strToJS(i32[(o + WD_NAME) >> 2] as Borrowed)}`),
  },
  { name: '__objclass__', get: (o) => newRef(i32[(o + WD_TYPE) >> 2] as Borrowed), set: null },
  { name: '__doc__', get: (o) => docOf(typeSlotDoc(o)), set: null },
  { name: '__text_signature__', get: (o) => sigOf(textSignatureOfAttr(i32[(o + WD_TYPE) >> 2] as Borrowed, strToJS(i32[(o + WD_NAME) >> 2] as Borrowed))), set: null },
];

const viaDescr = (def: GetSetDef): GetSetDef => ({
  name: def.name, set: null, get: (o) => def.get!(i32[(o + MW_DESCR) >> 2] as Borrowed),
});

const methodWrapperGetSets: GetSetDef[] = [
  { name: '__self__', get: (o) => newRef(i32[(o + MW_SELF) >> 2] as Borrowed), set: null },
  ...wrapperGetSets.map(viaDescr),
];

// getset_descriptor / member_descriptor.

const getsetGetSets: GetSetDef[] = [
  { name: '__name__', get: (o) => newRef(i32[(o + GS_NAME) >> 2] as Borrowed), set: null },
  {
    name: '__qualname__', set: null,
    get: (o) => strFromJS(`${qualnameOfType(i32[(o + GS_TYPE) >> 2] as Borrowed)}.${strToJS(i32[(o + GS_NAME) >> 2] as Borrowed)}`),
  },
  { name: '__objclass__', get: (o) => newRef(i32[(o + GS_TYPE) >> 2] as Borrowed), set: null },
  { name: '__doc__', get: (o) => docOf(getsetDef(o).doc), set: null },
];

const memberGetSets: GetSetDef[] = [
  { name: '__name__', get: (o) => newRef(i32[(o + MD_NAME) >> 2] as Borrowed), set: null },
  {
    name: '__qualname__', set: null,
    get: (o) => strFromJS(`${qualnameOfType(i32[(o + MD_TYPE) >> 2] as Borrowed)}.${strToJS(i32[(o + MD_NAME) >> 2] as Borrowed)}`),
  },
  { name: '__objclass__', get: (o) => newRef(i32[(o + MD_TYPE) >> 2] as Borrowed), set: null },
  { name: '__doc__', get: (o) => { const d = i32[(o + MD_DOC) >> 2] as Borrowed; return d === 0 ? noneNew() : newRef(d); }, set: null },
];

/** (getattr, (obj, name)): how a bound builtin method or a descriptor reduces. */
function reduceGetattr(obj: Borrowed, name: Borrowed): Owned | Null {
  const getattr = iterHooks.builtin!('getattr');
  if (getattr === NULL) return NULL;
  const args = tuplePack([obj, name]);
  if (args === NULL) return NULL;
  const r = tuplePack([getattr, args]);
  decref(args);
  return r;
}

/** A METH_NOARGS __reduce__ method. */
function reduceMethod(fn: (o: Borrowed) => Owned | Null): MethodDef[] {
  return [{ name: '__reduce__', fn: (self) => fn(self as Borrowed), flags: METH_NOARGS }];
}

/** meth_reduce: a module's function (or a self-less one) by its name, a bound method through getattr. */
function cfunctionReduce(o: Borrowed): Owned | Null {
  const self = i32[(o + M_SELF) >> 2] as Borrowed | Null;
  const name = strInternImmortal(methodDefs[i32[(o + M_DEF) >> 2]].name);
  if (self === NULL || isModule(self)) return newRef(name);
  return reduceGetattr(self, name);
}

/** Registers the getsets above on their types (static phase, before the type dicts are built). */
export function descrAttrsRegister(): void {
  typeAddMethods(cfunctionType, reduceMethod(cfunctionReduce));
  typeAddMethods(methodDescriptorType, reduceMethod((o) => reduceGetattr(i32[(o + D_TYPE) >> 2] as Borrowed, i32[(o + D_NAME) >> 2] as Borrowed)));
  typeAddMethods(wrapperDescriptorType, reduceMethod((o) => reduceGetattr(i32[(o + WD_TYPE) >> 2] as Borrowed, i32[(o + WD_NAME) >> 2] as Borrowed)));
  typeAddMethods(methodWrapperType, reduceMethod((o) => reduceGetattr(i32[(o + MW_SELF) >> 2] as Borrowed, i32[(i32[(o + MW_DESCR) >> 2] + WD_NAME) >> 2] as Borrowed)));
  // (CPython's getset and classmethod descriptors have none: they don't pickle.)
  typeAddMethods(memberDescriptorType, reduceMethod((o) => reduceGetattr(i32[(o + MD_TYPE) >> 2] as Borrowed, i32[(o + MD_NAME) >> 2] as Borrowed)));
  typeAddGetSets(cfunctionType, cfunctionGetSets);
  typeAddGetSets(methodDescriptorType, methodDescrGetSets);
  typeAddGetSets(classmethodDescriptorType, methodDescrGetSets);
  typeAddGetSets(wrapperDescriptorType, wrapperGetSets);
  typeAddGetSets(methodWrapperType, methodWrapperGetSets);
  typeAddGetSets(getsetDescriptorType, getsetGetSets);
  typeAddGetSets(memberDescriptorType, memberGetSets);
}

