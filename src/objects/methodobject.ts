// Native callables: builtin functions and bound builtin methods (builtin_function_or_method), method
// descriptors of builtin types (method_descriptor), and the vectorcall argument helpers they use.
// Mirrors Objects/methodobject.c, Objects/descrobject.c (PyMethodDescr) and Python/getargs.c
// (_PyArg_CheckPositional, _PyArg_NoKwnames). Invariants: a MethodDef is registered once and
// referred to by index from heap objects (JS functions can't live in the heap); natives receive
// their arguments in place (heap address + count, PEP 590), never as a JS array.
//
// builtin_function_or_method (GC):  +8 m_def (index)  +12 m_self (owned or NULL)  +16 m_module (owned or NULL)
//                                   +20 wrapped Python function (owned or NULL: see cfunctionWrapping)
// method_descriptor (GC):           +8 d_def (index)  +12 d_type (owned)          +16 d_name (owned str)

import { NATIVE_ARITY, type NativeArity } from './native-arity.ts';
import { pointerText } from '../support/pointer.ts';
import { i32 } from '../heap/views.ts';
import { incref, xdecref, decref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import {
  typeNewStatic, typeName, typeNameOf, typeIsSubtype, typeCheck, typeOf, isType, TP_QUALNAME, Py_TPFLAGS_HAVE_GC, type VisitProc,
} from './type.ts';
import {
  objectGCNew, objectGCFree, objectHashDefault, notImplemented, boolNew, objectLookupAttr, objectStr,
} from './object.ts';
import { H64 } from '../support/hash64.ts';
import { Py_EQ, Py_NE } from './compare-op.ts';
import { errSetString, errClear } from './errors.ts';
import { TypeError } from './exceptions.ts';
import { strFromJS, strInternImmortal, strToJS, isStr } from './str.ts';
import { objectVectorcall } from './abstract.ts';
import { tupleSize, tupleGetItemBorrow } from './tuple.ts';
import { Py_None } from './none.ts';

/**
 * A native function. `self` is the bound object (the module for module-level functions, the
 * instance for methods, the type for class methods, NULL for unbound static ones).
 */
export type NativeFn = (self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null) => Owned | Null;

/** CPython's METH_CLASS / METH_STATIC: how a method descriptor binds. */
export const METH_CLASS = 0x0010;
export const METH_STATIC = 0x0020;
/**
 * CPython's METH_NOARGS / METH_O: the call machinery checks the argument count before the native runs
 * and words the error as CPython's does, naming the callable by _PyObject_FunctionStr: the bound
 * method's `type(self).__qualname__` (or self's own, for a type), the descriptor's `__objclass__`
 * ("A.mro() takes no arguments (1 given)", "object.__dir__() takes no keyword arguments"). A native
 * that declares one still checks its arguments itself (compiled code calls it directly).
 */
export const METH_NOARGS = 0x0004;
export const METH_O = 0x0008;
/**
 * CPython's METH_COEXIST: the method descriptor takes the place of the slot wrapper of the same name
 * in the type's dict (list.__getitem__, dict.__contains__); it does what the type's slot does, so a
 * subclass that does not override the dunder keeps the native slot (typeslots.ts computeSlot).
 */
export const METH_COEXIST = 0x0040;

/** PyMethodDef. */
export interface MethodDef {
  name: string;
  fn: NativeFn;
  flags?: number;
  doc?: string;
  /** A wrapping function's (cfunctionWrapping): the argument-count check of the C function it stands for. */
  arity?: NativeArity;
  /**
   * Which of the JIT's specialized calls stands for this function (CALL_SPEC_*): CPython 3.12's
   * CALL_NO_KW_LEN, CALL_NO_KW_ISINSTANCE, CALL_NO_KW_LIST_APPEND, with the same effect as `fn`.
   */
  spec?: number;
}

/** The specialized calls (MethodDef.spec): compiled code runs these without the native call. */
export const CALL_SPEC_LEN = 1;
export const CALL_SPEC_ISINSTANCE = 2;
export const CALL_SPEC_LIST_APPEND = 3;

/** Every registered MethodDef; heap objects store the index. */
export const methodDefs: MethodDef[] = [];

/** methodDefs[i].spec ?? 0, as a packed array of small ints (read on every native call of compiled code). */
export const methodDefSpecs: number[] = [];

/**
 * The METH_NOARGS / METH_O bit of methodDefs[i].flags (0 for neither), packed like methodDefSpecs: a
 * caller that runs a native itself checks `k !== 0 && (kwnames !== NULL || nargs !== (k === METH_O ? 1 : 0))`
 * and then lets methodArgKindCheck word the error.
 */
export const methodDefArgKinds: number[] = [];

/** Registers a MethodDef (once per process: the table is the same in every runtime and worker). */
export function methodDefRegister(def: MethodDef): number {
  const existing = defIndex.get(def);
  if (existing !== undefined) return existing;
  const i = methodDefs.length;
  methodDefs.push(def);
  methodDefSpecs.push(def.spec ?? 0);
  methodDefArgKinds.push((def.flags ?? 0) & (METH_NOARGS | METH_O));
  defIndex.set(def, i);
  return i;
}

const defIndex = new Map<MethodDef, number>();

/** Methods of each static type, registered by the type's file; the type's dict is filled from them. */
export const staticTypeMethods = new Map<number, MethodDef[]>();

/** Declares the native methods of a static type (called from the type's InitStatic). */
export function typeAddMethods(type: Borrowed, defs: readonly MethodDef[]): void {
  const list = staticTypeMethods.get(type) ?? [];
  for (const d of defs) {
    methodDefRegister(d);
    list.push(d);
  }
  staticTypeMethods.set(type, list);
}

export const M_DEF = 8;
export const M_SELF = 12;
export const M_MODULE = 16;
export const M_WRAPPED = 20;
export const CFUNCTION_SIZE = 24;
export const D_DEF = 8;
export const D_TYPE = 12;
export const D_NAME = 16;
export const DESCR_SIZE = 20;

export let cfunctionType = 0 as Borrowed;
export let methodDescriptorType = 0 as Borrowed;
export let classmethodDescriptorType = 0 as Borrowed;

/** PyCFunction_NewEx: a builtin function (self NULL or a module) or a bound builtin method. */
export function cfunctionNew(def: MethodDef, self: Borrowed | Null, module: Borrowed | Null): Owned | Null {
  const o = objectGCNew(cfunctionType, CFUNCTION_SIZE);
  if (o === NULL) return NULL;
  i32[(o + M_DEF) >> 2] = methodDefRegister(def);
  if (self !== NULL) incref(self);
  i32[(o + M_SELF) >> 2] = self;
  if (module !== NULL) incref(module);
  i32[(o + M_MODULE) >> 2] = module;
  return o;
}

/** The MethodDef behind a builtin function or method descriptor. */
export function cfunctionDef(o: Borrowed): MethodDef {
  return methodDefs[i32[(o + M_DEF) >> 2]];
}

export function cfunctionSelfBorrow(o: Borrowed): Borrowed | Null {
  return i32[(o + M_SELF) >> 2] as Borrowed | Null;
}

/**
 * A builtin function standing for a library function written in Python (src/lib) where CPython's is C:
 * type builtin_function_or_method, named after `func` (its __name__ and __doc__), bound to `module`
 * (its __self__, as a C module's functions are) with `moduleName` as __module__, and calling `func`
 * (kept in M_WRAPPED; cfunctionCall forwards the arguments as they are). A method-less callable, so it
 * does not bind as a method when stored on a class, as C functions do not. One MethodDef per
 * (module, name, doc), shared by later runtimes.
 */
export function cfunctionWrapping(func: Borrowed, name: string, doc: string | undefined, module: Borrowed, moduleName: Borrowed): Owned | Null {
  const key = `${strToJS(moduleName)}\0${name}\0${doc ?? ''}`;
  let def = wrappingDefs.get(key);
  if (def === undefined) {
    def = { name, fn: wrappedPlaceholder, doc, arity: NATIVE_ARITY.get(`${strToJS(moduleName)}.${name}`) };
    wrappingDefs.set(key, def);
  }
  const o = cfunctionNew(def, module, moduleName);
  if (o !== NULL) {
    incref(func);
    i32[(o + M_WRAPPED) >> 2] = func;
  }
  return o;
}

const wrappingDefs = new Map<string, MethodDef>();

/**
 * The C function's own check of a call's argument count (tools/gen-native-arity.py recorded which one
 * each uses): false with its TypeError set. `nargs` counts the positional arguments (vectorcall's).
 */
function arityCheck(a: NativeArity, nargs: number, kwnames: Borrowed | Null): boolean {
  const nkw = kwnames === NULL ? 0 : tupleSize(kwnames);
  let msg: string | null = null;
  const n = nargs;
  const count = (k: number): string => `${k} argument${k === 1 ? '' : 's'}`;
  if (a.style === 'pos') {
    if (nkw > 0 && a.kwName !== '') msg = `${a.kwName}() takes no keyword arguments`;
    else if (n < a.min || (a.max >= 0 && n > a.max)) {
      msg = a.min === a.max ? `${a.name} expected ${count(a.min)}, got ${n}`
        : n < a.min ? `${a.name} expected at least ${count(a.min)}, got ${n}` : `${a.name} expected at most ${count(a.max)}, got ${n}`;
    }
  } else if (a.style === 'one') {
    if (nkw > 0) msg = `${a.name}() takes no keyword arguments`;
    else if (n !== 1) msg = `${a.name}() takes exactly one argument (${n} given)`;
  } else {
    msg = clinicKeywordsCheck(a, n, kwnames);
  }
  if (msg === null) return true;
  errSetString(TypeError, msg);
  return false;
}

/**
 * Argument Clinic's keyword parser (_PyArg_UnpackKeywords) on a call of `nargs` positional arguments
 * and the keyword names `kwnames`: its TypeError message, or null when the call binds (the checks in
 * CPython's order: the total, the positional count, each parameter by position then name, names that
 * repeat a positional argument, unknown names).
 */
function clinicKeywordsCheck(a: Extract<NativeArity, { style: 'kw' }>, nargs: number, kwnames: Borrowed | Null): string | null {
  // The parser's fast path: positional arguments only, as many as the positional parameters allow.
  if (kwnames === NULL && a.minkw === 0 && a.minpos <= nargs && nargs <= a.maxpos) return null;
  const keywords: string[] = [];
  if (kwnames !== NULL) for (let i = 0; i < tupleSize(kwnames); i++) keywords.push(strToJS(tupleGetItemBorrow(kwnames, i)));
  const { name, params, posonly, minpos, maxpos, minkw } = a;
  const maxargs = params.length;
  const s = (k: number): string => (k === 1 ? '' : 's');
  if (nargs + keywords.length > maxargs) {
    return `${name}() takes at most ${maxargs} ${nargs === 0 ? 'keyword ' : ''}argument${s(maxargs)} (${nargs + keywords.length} given)`;
  }
  if (nargs > maxpos) {
    if (maxpos === 0) return `${name}() takes no positional arguments`;
    return `${name}() takes ${minpos < maxpos ? 'at most' : 'exactly'} ${maxpos} positional argument${s(maxpos)} (${nargs} given)`;
  }
  const minposonly = Math.min(posonly, minpos);
  if (nargs < minposonly) {
    return `${name}() takes ${posonly < maxpos ? 'at least' : 'exactly'} ${minposonly} positional argument${s(minposonly)} (${nargs} given)`;
  }
  const reqlimit = minkw !== 0 ? maxpos + minkw : minpos;
  let remaining = keywords.length;
  for (let i = Math.max(nargs, posonly); i < maxargs; i++) {
    if (remaining === 0 && i >= reqlimit) break;
    if (remaining !== 0 && keywords.includes(params[i])) remaining--;
    else if (i < minpos || (maxpos <= i && i < reqlimit)) return `${name}() missing required argument '${params[i]}' (pos ${i + 1})`;
  }
  if (remaining === 0) return null;
  for (let i = posonly; i < nargs; i++) {
    if (keywords.includes(params[i])) return `argument for ${name}() given by name ('${params[i]}') and position (${i + 1})`;
  }
  const named = params.slice(posonly);
  const unknown = keywords.find((k) => !named.includes(k));
  return unknown === undefined ? null : `'${unknown}' is an invalid keyword argument for ${name}()`;
}

/** Never called: cfunctionCall forwards a wrapping cfunction's calls to its Python function. */
function wrappedPlaceholder(): Owned | Null {
  throw new Error('cfunctionWrapping: the MethodDef of a wrapped function was called directly');
}

function cfunctionDealloc(o: Owned): void {
  xdecref(i32[(o + M_SELF) >> 2] as Owned | Null);
  xdecref(i32[(o + M_MODULE) >> 2] as Owned | Null);
  xdecref(i32[(o + M_WRAPPED) >> 2] as Owned | Null);
  objectGCFree(o);
}

function cfunctionTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  for (const off of [M_SELF, M_MODULE, M_WRAPPED]) {
    const v = i32[(o + off) >> 2];
    if (v !== 0) {
      const r = visit(v as Borrowed, arg);
      if (r !== 0) return r;
    }
  }
  return 0;
}

function cfunctionCall(callable: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const w = i32[(callable + M_WRAPPED) >> 2];
  if (w !== 0) {
    const arity = methodDefs[i32[(callable + M_DEF) >> 2]].arity;
    if (arity !== undefined && !arityCheck(arity, nargs, kwnames)) return NULL;
    return objectVectorcall(w as Borrowed, args, nargs, kwnames);
  }
  const i = i32[(callable + M_DEF) >> 2];
  const k = methodDefArgKinds[i];
  if (k !== 0 && (kwnames !== NULL || nargs !== (k === METH_O ? 1 : 0)) && !methodArgKindCheck(callable, k, nargs, kwnames)) return NULL;
  return methodDefs[i].fn(i32[(callable + M_SELF) >> 2] as Borrowed | Null, args, nargs, kwnames);
}

/**
 * The METH_NOARGS / METH_O check of cfunction_vectorcall_NOARGS / _O and method_vectorcall_NOARGS / _O:
 * keywords first, then the count; the callable named by _PyObject_FunctionStr. False with TypeError set.
 */
export function methodArgKindCheck(callable: Borrowed, kind: number, nargs: number, kwnames: Borrowed | Null): boolean {
  if (kwnames !== NULL && tupleSize(kwnames) > 0) {
    errSetString(TypeError, `${objectFunctionStr(callable)} takes no keyword arguments`);
    return false;
  }
  if (kind === METH_NOARGS ? nargs === 0 : nargs === 1) return true;
  const fs = objectFunctionStr(callable);
  errSetString(TypeError, kind === METH_NOARGS ? `${fs} takes no arguments (${nargs} given)` : `${fs} takes exactly one argument (${nargs} given)`);
  return false;
}

/**
 * _PyObject_FunctionStr: how argument errors name a callable: `__qualname__()`, prefixed by
 * `__module__.` unless that is missing, None or 'builtins' (Objects/object.c). Error path only; an
 * error looking the names up is cleared.
 */
export function objectFunctionStr(x: Borrowed): string {
  const q = objectLookupAttr(x, strInternImmortal('__qualname__'));
  if (q === NULL || !isStr(q)) {
    errClear();
    xdecref(q);
    const s = objectStr(x);
    if (s === NULL) { errClear(); return '?'; }
    const r = strToJS(s);
    decref(s);
    return r;
  }
  const qual = strToJS(q);
  decref(q);
  const m = objectLookupAttr(x, strInternImmortal('__module__'));
  if (m === NULL) { errClear(); return `${qual}()`; }
  const mod = isStr(m) ? strToJS(m) : null;
  decref(m);
  return mod !== null && mod !== 'builtins' ? `${mod}.${qual}()` : `${qual}()`;
}

/**
 * The name a method's argument errors give when the native makes the check itself (it does not know
 * whether it was called through a bound method or its descriptor): `owner.name`, where the owner is
 * self when self is a type and the method is a class method or one of a metatype's (`A.mro`,
 * `F.fromhex`), else the type that defines it. Error path only.
 */
export function methodQualname(self: Borrowed | Null, owner: string, name: string, selfIsOwner = false): string {
  if (selfIsOwner && self !== NULL && isType(self)) return `${strToJS(i32[(self + TP_QUALNAME) >> 2] as Borrowed)}.${name}`;
  return `${owner}.${name}`;
}

function cfunctionRepr(o: Borrowed): Owned | Null {
  const def = cfunctionDef(o);
  const self = cfunctionSelfBorrow(o);
  // Module-level functions (self is a module or NULL) print as builtin functions.
  if (self === NULL || typeName(i32[(self + 4) >> 2] as Borrowed) === 'module') return strFromJS(`<built-in function ${def.name}>`);
  return strFromJS(`<built-in method ${def.name} of ${typeName(i32[(self + 4) >> 2] as Borrowed)} object at ${pointerText(self)}>`);
}

/** PyDescr_NewMethod: the descriptor a builtin type's dict holds for a native method. */
export function methodDescriptorNew(type: Borrowed, def: MethodDef): Owned | Null {
  const t = def.flags !== undefined && (def.flags & METH_CLASS) !== 0 ? classmethodDescriptorType : methodDescriptorType;
  const o = objectGCNew(t, DESCR_SIZE);
  if (o === NULL) return NULL;
  i32[(o + D_DEF) >> 2] = methodDefRegister(def);
  incref(type);
  i32[(o + D_TYPE) >> 2] = type;
  // The descriptor owns a reference to its name (released in descrDealloc).
  i32[(o + D_NAME) >> 2] = newRef(strInternImmortal(def.name));
  return o;
}

function descrDealloc(o: Owned): void {
  decref(i32[(o + D_TYPE) >> 2] as Owned);
  decref(i32[(o + D_NAME) >> 2] as Owned);
  objectGCFree(o);
}

function descrTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  return visit(i32[(o + D_TYPE) >> 2] as Borrowed, arg);
}

function descrCheckSelf(descr: Borrowed, obj: Borrowed): boolean {
  const type = i32[(descr + D_TYPE) >> 2] as Borrowed;
  if (typeCheck(obj, type)) return true;
  const def = methodDefs[i32[(descr + D_DEF) >> 2]];
  errSetString(TypeError,
    `descriptor '${def.name}' for '${typeName(type)}' objects doesn't apply to a '${typeName(i32[(obj + 4) >> 2] as Borrowed)}' object`);
  return false;
}

/** method_get: bind to an instance (a bound builtin method), or return the descriptor itself from the class. */
function methodDescrGet(descr: Borrowed, obj: Borrowed | Null, _type: Borrowed | Null): Owned | Null {
  if (obj === NULL) {
    incref(descr);
    return descr as Owned;
  }
  if (!descrCheckSelf(descr, obj)) return NULL;
  return cfunctionNew(methodDefs[i32[(descr + D_DEF) >> 2]], obj, NULL);
}

/** classmethod descriptors bind to the type (dict.fromkeys, int.from_bytes ...). */
function classmethodDescrGet(descr: Borrowed, obj: Borrowed | Null, type: Borrowed | Null): Owned | Null {
  const def = methodDefs[i32[(descr + D_DEF) >> 2]];
  const owner = i32[(descr + D_TYPE) >> 2] as Borrowed;
  let t = type;
  if (t === NULL) {
    if (obj === NULL) return errSetString(TypeError, `descriptor '${def.name}' for type '${typeName(owner)}' needs either an object or a type`);
    t = i32[(obj + 4) >> 2] as Borrowed;
  }
  if (!isType(t)) {
    return errSetString(TypeError, `descriptor '${def.name}' for type '${typeName(owner)}' needs a type, not a '${typeNameOf(t)}' as arg 2`);
  }
  if (!typeIsSubtype(t, owner)) {
    return errSetString(TypeError, `descriptor '${def.name}' requires a subtype of '${typeName(owner)}' but received '${typeName(t)}'`);
  }
  return cfunctionNew(def, t, NULL);
}

/** Calling an unbound method descriptor: `list.append(l, x)`. */
function methodDescrCall(descr: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const def = methodDefs[i32[(descr + D_DEF) >> 2]];
  if (nargs < 1) return errSetString(TypeError, `unbound method ${objectFunctionStr(descr)} needs an argument`);
  const self = i32[args >> 2] as Borrowed;
  if (!descrCheckSelf(descr, self)) return NULL;
  const k = methodDefArgKinds[i32[(descr + D_DEF) >> 2]];
  if (k !== 0 && (kwnames !== NULL || nargs !== (k === METH_O ? 2 : 1)) && !methodArgKindCheck(descr, k, nargs - 1, kwnames)) return NULL;
  return def.fn(self, args + 4, nargs - 1, kwnames);
}

function methodDescrRepr(o: Borrowed): Owned | Null {
  const def = methodDefs[i32[(o + D_DEF) >> 2]];
  return strFromJS(`<method '${def.name}' of '${typeName(i32[(o + D_TYPE) >> 2] as Borrowed)}' objects>`);
}

/** Creates builtin_function_or_method and method_descriptor (static phase). */

/** meth_richcompare: bound builtin methods are equal when they wrap the same def for the same self. */
function cfunctionRichCompare(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  if ((op !== Py_EQ && op !== Py_NE) || typeOf(a) !== cfunctionType || typeOf(b) !== cfunctionType) return notImplemented();
  const eq = i32[(a + 8) >> 2] === i32[(b + 8) >> 2] && i32[(a + 12) >> 2] === i32[(b + 12) >> 2];
  return boolNew(op === Py_EQ ? eq : !eq);
}

/** meth_hash: the pointer hash of self (0 for a plain function) mixed with the def. */
function cfunctionHash(o: Borrowed): number {
  const self = i32[(o + 12) >> 2];
  if (self === 0) return objectHashDefault(o);
  const x = objectHashDefault(self as Borrowed);
  H64[0] = (x ^ (i32[(o + 8) >> 2] + 1)) | 0;
  if (H64[0] === -1 && H64[1] === -1) H64[0] = -2;
  return H64[0];
}

export function methodObjectInitStatic(): void {
  cfunctionType = typeNewStatic({
    name: 'builtin_function_or_method',
    basicsize: CFUNCTION_SIZE,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: {
      dealloc: cfunctionDealloc, traverse: cfunctionTraverse, call: cfunctionCall, repr: cfunctionRepr,
      hash: cfunctionHash, richcompare: cfunctionRichCompare,
    },
  });
  methodDescriptorType = typeNewStatic({
    name: 'method_descriptor',
    basicsize: DESCR_SIZE,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: {
      dealloc: descrDealloc, traverse: descrTraverse, call: methodDescrCall, descrGet: methodDescrGet,
      repr: methodDescrRepr,
    },
  });
  classmethodDescriptorType = typeNewStatic({
    name: 'classmethod_descriptor',
    basicsize: DESCR_SIZE,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: {
      dealloc: descrDealloc, traverse: descrTraverse, descrGet: classmethodDescrGet, repr: methodDescrRepr,
    },
  });
  staticTypeMethods.clear();
}

// Vectorcall argument helpers, with Python/getargs.c's messages.

/** The i-th argument of a vectorcall (borrowed). */
export function argAt(args: number, i: number): Borrowed {
  return i32[(args >> 2) + i] as Borrowed;
}

/** _PyArg_NoKwnames: true when there are no keyword arguments, else TypeError "f() takes no keyword arguments". */
export function argsNoKwnames(fname: string, kwnames: Borrowed | Null): boolean {
  if (kwnames === NULL || tupleSize(kwnames) === 0) return true;
  errSetString(TypeError, `${fname}() takes no keyword arguments`);
  return false;
}

/** A slot wrapper's keyword check (wrapperdescr_raw_call): "wrapper f() takes no keyword arguments". */
export function argsWrapperNoKwnames(fname: string, kwnames: Borrowed | Null): boolean {
  if (kwnames === NULL || tupleSize(kwnames) === 0) return true;
  errSetString(TypeError, `wrapper ${fname}() takes no keyword arguments`);
  return false;
}

/** _PyArg_CheckPositional: "f expected at least 1 argument, got 0" / "f expected at most 2 arguments, got 3". */
export function argsCheckPositional(fname: string, nargs: number, min: number, max: number): boolean {
  if (nargs < min) {
    errSetString(TypeError, `${fname} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${nargs}`);
    return false;
  }
  if (nargs > max) {
    errSetString(TypeError, `${fname} expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${nargs}`);
    return false;
  }
  return true;
}

/**
 * _PyArg_BadArgument, Argument Clinic's type error: "f() argument 'name' must be str, not None" (`arg`
 * is 'argument', "argument 2" or "argument 'name'"; None is named None, anything else by its type).
 */
export function argBadArgument(fname: string, arg: string, expected: string, o: Borrowed): Null {
  return errSetString(TypeError, `${fname}() ${arg} must be ${expected}, not ${o === Py_None ? 'None' : typeName(typeOf(o))}`);
}

/** METH_NOARGS: "f() takes no arguments (1 given)". */
export function argsNone(fname: string, nargs: number, kwnames: Borrowed | Null): boolean {
  if (!argsNoKwnames(fname, kwnames)) return false;
  if (nargs === 0) return true;
  errSetString(TypeError, `${fname}() takes no arguments (${nargs} given)`);
  return false;
}

/** METH_O: "f() takes exactly one argument (0 given)". */
export function argsOne(fname: string, nargs: number, kwnames: Borrowed | Null): boolean {
  if (!argsNoKwnames(fname, kwnames)) return false;
  if (nargs === 1) return true;
  errSetString(TypeError, `${fname}() takes exactly one argument (${nargs} given)`);
  return false;
}
