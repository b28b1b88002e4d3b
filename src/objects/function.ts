// The function type: a code object plus the environment it runs in (globals, builtins, defaults,
// closure cells), and the bound method type's binding rule (functions are non-data descriptors).
// Mirrors Objects/funcobject.c (PyFunctionObject, func_descr_get, func_repr, the func_* getsets).
// Invariants: a function owns every non-NULL field; it is a GC object (its globals usually hold
// it); the call slot is installed by the vm at start-up (objects/ never import vm/).
//
//   +8  func_code      +24 func_qualname    +40 func_doc          +56 func_weakreflist
//   +12 func_globals   +28 func_defaults    +44 func_dict (lazy)
//   +16 func_builtins  +32 func_kwdefaults  +48 func_module
//   +20 func_name      +36 func_closure     +52 func_annotations  +60 func_typeparams (tuple or 0)

import { pointerText } from '../support/pointer.ts';
import { gcClearFields } from '../gc/clear.ts';
import { i32 } from '../heap/views.ts';
import { decref, incref, xdecref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNewStatic, typeStaticDictExtras, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_METHOD_DESCRIPTOR, typeNameOf, type VisitProc, type VectorCall } from './type.ts';
import { objectGCNew, objectGCFree, objectHashDefault, objectGenericGetAttr, objectGenericSetAttr } from './object.ts';
import { errSetString } from './errors.ts';
import { AttributeError, TypeError, ValueError, exceptionTypes } from './exceptions.ts';
import { parseArgs, PARSED, callChargeExempt } from './abstract.ts';
import { isCell } from './cell.ts';
import { isModule, moduleDictBorrow } from './module.ts';
import { typeAddGetSets, type GetSetDef } from './getset.ts';
import { strFromJS, strToJS, isStr, strInternImmortal } from './str.ts';
import { tupleGetItemBorrow, tupleSize, isTuple, tupleEmpty } from './tuple.ts';
import { dictNew, dictGetItemBorrow, isDict } from './dict.ts';
import { Py_None } from './none.ts';
import { CO_CONSTS, CO_NAME, CO_NFREEVARS, CO_QUALNAME, isCode } from './code.ts';
import { methodNew } from './boundmethod.ts';
import { memberDescriptorNew } from './member.ts';
import { errOccurred, errExceptionMatches, errClear } from './errors.ts';

export const FUNC_CODE = 8;
export const FUNC_GLOBALS = 12;
export const FUNC_BUILTINS = 16;
export const FUNC_NAME = 20;
export const FUNC_QUALNAME = 24;
export const FUNC_DEFAULTS = 28;
export const FUNC_KWDEFAULTS = 32;
export const FUNC_CLOSURE = 36;
export const FUNC_DOC = 40;
export const FUNC_DICT = 44;
export const FUNC_MODULE = 48;
export const FUNC_ANNOTATIONS = 52;
export const FUNC_WEAKREFLIST = 56;
export const FUNC_TYPEPARAMS = 60;
export const FUNC_SIZE = 64;

/** The owned fields, in dealloc/traverse order (every word but the weakref list). */
const OWNED_FIELDS = [FUNC_CODE, FUNC_GLOBALS, FUNC_BUILTINS, FUNC_NAME, FUNC_QUALNAME, FUNC_DEFAULTS, FUNC_KWDEFAULTS,
  FUNC_CLOSURE, FUNC_DOC, FUNC_DICT, FUNC_MODULE, FUNC_ANNOTATIONS, FUNC_TYPEPARAMS];

export let functionType = 0 as Borrowed;

/** The vectorcall entry for Python functions, installed by the vm (vm/eval.ts). */
let functionCallHook: VectorCall = () => { throw new Error('function call before the vm installed its hook'); };

export function functionSetCallHook(f: VectorCall): void {
  functionCallHook = f;
}

export function isFunction(o: Borrowed): boolean {
  return i32[(o + 4) >> 2] === functionType;
}

/**
 * PyFunction_NewWithQualName: a function for `code` in `globals`. The builtins are
 * globals['__builtins__'] (a module's dict or the module itself) or the runtime's `builtinsDefault`.
 * `constructor`: the function PyEval_EvalCode makes to run module code, exec and eval
 * (_PyFunction_FromConstructor), whose __doc__ is None rather than a leading str constant.
 */
export function functionNew(code: Borrowed, globals: Borrowed, builtins: Borrowed, qualname: Borrowed | Null, constructor = false): Owned | Null {
  const f = objectGCNew(functionType, FUNC_SIZE);
  if (f === NULL) return NULL;
  for (let off = 8; off < FUNC_SIZE; off += 4) i32[(f + off) >> 2] = 0;
  incref(code); i32[(f + FUNC_CODE) >> 2] = code;
  incref(globals); i32[(f + FUNC_GLOBALS) >> 2] = globals;
  incref(builtins); i32[(f + FUNC_BUILTINS) >> 2] = builtins;
  const name = i32[(code + CO_NAME) >> 2] as Borrowed;
  incref(name); i32[(f + FUNC_NAME) >> 2] = name;
  const qn = qualname !== NULL ? qualname : (i32[(code + CO_QUALNAME) >> 2] as Borrowed);
  incref(qn); i32[(f + FUNC_QUALNAME) >> 2] = qn;
  // __doc__: consts[0] when it is a str (3.12's rule for functions), else None.
  const consts = i32[(code + CO_CONSTS) >> 2] as Borrowed;
  let doc = Py_None;
  if (!constructor && tupleSize(consts) > 0 && isStr(tupleGetItemBorrow(consts, 0))) doc = tupleGetItemBorrow(consts, 0);
  incref(doc); i32[(f + FUNC_DOC) >> 2] = doc;
  // __module__: globals['__name__'] when present.
  const mod = dictGetItemBorrow(globals, strInternImmortal('__name__'));
  if (mod !== NULL) { incref(mod); i32[(f + FUNC_MODULE) >> 2] = mod; }
  else if (errOccurred() !== NULL) { decref(f); return NULL; }
  return f;
}

/** _PyEval_GetBuiltins: the running frame's builtins dict, else the runtime's (installed by the vm). */
let currentBuiltinsHook: () => Borrowed | Null = () => NULL;

export function functionSetBuiltinsHook(f: () => Borrowed | Null): void {
  currentBuiltinsHook = f;
}

/**
 * func_new: types.FunctionType(code, globals, name=None, argdefs=None, closure=None) with 3.12's checks
 * and messages; the builtins come from globals['__builtins__'] (a module gives its dict), else the
 * running frame's (_PyEval_BuiltinsFromGlobals, which unlike exec() does not store them in globals).
 */
function functionNewSlot(_type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('function', args, nargs, kwnames, ['code', 'globals', 'name', 'argdefs', 'closure'], 2)) return NULL;
  const code = PARSED[0] as Borrowed, globals = PARSED[1] as Borrowed;
  const name = PARSED[2] as Borrowed | Null, defs = PARSED[3] as Borrowed | Null, closure = PARSED[4] as Borrowed | Null;
  if (!isCode(code)) return errSetString(TypeError, `function() argument 'code' must be code, not ${typeNameOf(code)}`);
  if (!isDict(globals)) return errSetString(TypeError, `function() argument 'globals' must be dict, not ${typeNameOf(globals)}`);
  if (name !== NULL && name !== Py_None && !isStr(name)) return errSetString(TypeError, 'arg 3 (name) must be None or string');
  if (defs !== NULL && defs !== Py_None && !isTuple(defs)) return errSetString(TypeError, 'arg 4 (defaults) must be None or tuple');
  const nfree = i32[(code + CO_NFREEVARS) >> 2];
  const hasClosure = closure !== NULL && closure !== Py_None;
  if (hasClosure && !isTuple(closure)) return errSetString(TypeError, 'arg 5 (closure) must be None or tuple');
  if (!hasClosure && nfree > 0) return errSetString(TypeError, 'arg 5 (closure) must be tuple');
  const nclosure = hasClosure ? tupleSize(closure) : 0;
  if (nclosure !== nfree) {
    const coName = strToJS(i32[(code + CO_NAME) >> 2] as Borrowed);
    return errSetString(ValueError, `${coName} requires closure of length ${nfree}, not ${nclosure}`);
  }
  for (let i = 0; i < nclosure; i++) {
    const c = tupleGetItemBorrow(closure as Borrowed, i);
    if (!isCell(c)) return errSetString(TypeError, `arg 5 (closure) expected cell, found ${typeNameOf(c)}`);
  }
  let builtins = dictGetItemBorrow(globals, strInternImmortal('__builtins__'));
  if (builtins === NULL) {
    if (errOccurred() !== NULL) return NULL;
    builtins = currentBuiltinsHook();
    if (builtins === NULL) return errSetString(exceptionTypes.get('RuntimeError')!, 'no builtins');
  } else if (isModule(builtins)) {
    builtins = moduleDictBorrow(builtins);
  }
  const f = functionNew(code, globals, builtins, NULL);
  if (f === NULL) return NULL;
  if (name !== NULL && name !== Py_None) { incref(name); functionSetFieldSteal(f, FUNC_NAME, name as Owned); }
  if (defs !== NULL && defs !== Py_None) { incref(defs); functionSetFieldSteal(f, FUNC_DEFAULTS, defs as Owned); }
  if (hasClosure) { incref(closure); functionSetFieldSteal(f, FUNC_CLOSURE, closure as Owned); }
  return f;
}

/** Stores a field, stealing `v` and releasing the old value. */
export function functionSetFieldSteal(f: Borrowed, off: number, v: Owned | Null): void {
  const old = i32[(f + off) >> 2] as Owned | Null;
  i32[(f + off) >> 2] = v;
  xdecref(old);
}

export function functionField(f: Borrowed, off: number): Borrowed | Null {
  return i32[(f + off) >> 2] as Borrowed | Null;
}

function functionDealloc(f: Owned): void {
  for (const off of OWNED_FIELDS) {
    const v = i32[(f + off) >> 2];
    i32[(f + off) >> 2] = 0;
    if (v !== 0) decref(v as Owned);
  }
  objectGCFree(f);
}

function functionTraverse(f: Borrowed, visit: VisitProc, arg: unknown): number {
  for (const off of OWNED_FIELDS) {
    const v = i32[(f + off) >> 2];
    if (v !== 0) {
      const r = visit(v as Borrowed, arg);
      if (r !== 0) return r;
    }
  }
  return 0;
}

function functionRepr(f: Borrowed): Owned | Null {
  return strFromJS(`<function ${strToJS(i32[(f + FUNC_QUALNAME) >> 2] as Borrowed)} at ${pointerText(f)}>`);
}

/** func_descr_get: a bound method when looked up through an instance. */
function functionDescrGet(f: Borrowed, obj: Borrowed | Null, _type: Borrowed | Null): Owned | Null {
  if (obj === NULL || obj === Py_None && false) {
    incref(f);
    return f as Owned;
  }
  return methodNew(f, obj);
}

const FIELD_BY_NAME: Record<string, number> = {
  __code__: FUNC_CODE, __globals__: FUNC_GLOBALS, __builtins__: FUNC_BUILTINS, __name__: FUNC_NAME,
  __qualname__: FUNC_QUALNAME, __defaults__: FUNC_DEFAULTS, __kwdefaults__: FUNC_KWDEFAULTS,
  __closure__: FUNC_CLOSURE, __doc__: FUNC_DOC, __module__: FUNC_MODULE, __annotations__: FUNC_ANNOTATIONS,
  __type_params__: FUNC_TYPEPARAMS,
};

/** The attribute protocol of functions: the func_* fields, then the function's __dict__. */
function functionGetAttr(f: Borrowed, name: Borrowed): Owned | Null {
  const s = strToJS(name);
  const off = FIELD_BY_NAME[s];
  if (off !== undefined) {
    let v = i32[(f + off) >> 2] as Borrowed;
    if (v === 0) {
      if (off === FUNC_ANNOTATIONS) {
        const d = dictNew();
        if (d === NULL) return NULL;
        i32[(f + off) >> 2] = d;
        v = d;
      } else if (off === FUNC_TYPEPARAMS) {
        v = tupleEmpty;
      } else {
        v = Py_None;
      }
    }
    incref(v);
    return v as Owned;
  }
  if (s === '__dict__') {
    const d = functionDict(f);
    if (d === NULL) return NULL;
    incref(d);
    return d as Owned;
  }
  const d = i32[(f + FUNC_DICT) >> 2] as Borrowed;
  if (d !== 0) {
    const v = dictGetItemBorrow(d, name);
    if (v !== NULL) { incref(v); return v as Owned; }
    if (errOccurred() !== NULL) return NULL;
  }
  if (s === '__class__') { incref(functionType); return functionType as Owned; }
  return functionAttrMissing(f, s);
}


function functionAttrMissing(f: Borrowed, s: string): Null {
  void f;
  return errSetString(AttributeError, `'function' object has no attribute '${s}'`);
}

/** The function's __dict__ (created on first use), borrowed. */
export function functionDict(f: Borrowed): Borrowed | Null {
  let d = i32[(f + FUNC_DICT) >> 2] as Borrowed;
  if (d === 0) {
    const nd = dictNew();
    if (nd === NULL) return NULL;
    i32[(f + FUNC_DICT) >> 2] = nd;
    d = nd;
  }
  return d;
}

/** The func_* setters (func_set_code, func_set_defaults, ... of funcobject.c): 0, or -1 with CPython's error. */
function functionSetField(f: Borrowed, s: string, off: number, value: Borrowed | Null): number {
  switch (off) {
    case FUNC_CODE: {
      if (value === NULL || !isCode(value)) { errSetString(TypeError, '__code__ must be set to a code object'); return -1; }
      const nfree = i32[(value + CO_NFREEVARS) >> 2];
      const closure = i32[(f + FUNC_CLOSURE) >> 2] as Borrowed;
      const nclosure = closure === 0 ? 0 : tupleSize(closure);
      if (nfree !== nclosure) {
        errSetString(ValueError, `${strToJS(i32[(f + FUNC_NAME) >> 2] as Borrowed)}() requires a code object with ${nclosure} free vars, not ${nfree}`);
        return -1;
      }
      break;
    }
    case FUNC_NAME: case FUNC_QUALNAME:
      if (value === NULL || !isStr(value)) { errSetString(TypeError, `${s} must be set to a string object`); return -1; }
      break;
    case FUNC_DEFAULTS:
      if (value === Py_None) value = NULL;
      if (value !== NULL && !isTuple(value)) { errSetString(TypeError, '__defaults__ must be set to a tuple object'); return -1; }
      break;
    case FUNC_KWDEFAULTS:
      if (value === Py_None) value = NULL;
      if (value !== NULL && !isDict(value)) { errSetString(TypeError, '__kwdefaults__ must be set to a dict object'); return -1; }
      break;
    case FUNC_ANNOTATIONS:
      if (value === Py_None) value = NULL;
      if (value !== NULL && !isDict(value)) { errSetString(TypeError, '__annotations__ must be set to a dict object'); return -1; }
      break;
    case FUNC_TYPEPARAMS:
      if (value === NULL || !isTuple(value)) { errSetString(TypeError, '__type_params__ must be set to a tuple'); return -1; }
      break;
  }
  if (value !== NULL) incref(value);
  functionSetFieldSteal(f, off, value as Owned | Null);
  return 0;
}

function functionSetDict(f: Borrowed, value: Borrowed | Null): number {
  if (value === NULL) { errSetString(TypeError, 'cannot delete __dict__'); return -1; }
  if (!isDict(value)) {
    errSetString(TypeError, `__dict__ must be set to a dictionary, not a '${typeNameOf(value)}'`);
    return -1;
  }
  incref(value);
  functionSetFieldSteal(f, FUNC_DICT, value as Owned);
  return 0;
}

/** Creates the function type (static phase). */
export function functionInitStatic(): void {
  functionType = typeNewStatic({
    name: 'function',
    basicsize: FUNC_SIZE,
    // func_dict is the instance dict of the generic attribute protocol too (object.__getattribute__(f, 'x')).
    dictoffset: FUNC_DICT,
    // A method descriptor: LOAD_ATTR's method form and dunder calls pass self instead of binding.
    flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_METHOD_DESCRIPTOR,
    slots: {
      dealloc: functionDealloc, traverse: functionTraverse,
      clear: (o) => gcClearFields(o, [FUNC_GLOBALS, FUNC_BUILTINS, FUNC_MODULE, FUNC_DEFAULTS, FUNC_KWDEFAULTS, FUNC_DOC, FUNC_DICT, FUNC_CLOSURE, FUNC_ANNOTATIONS, FUNC_TYPEPARAMS]), repr: functionRepr, hash: objectHashDefault,
      call: (c, a, n, k) => functionCallHook(c, a, n, k), descrGet: functionDescrGet, new: functionNewSlot,
      getattro: (o, name) => {
        const r = functionGetAttr(o, name);
        if (r !== NULL || !errExceptionMatches(AttributeError)) return r;
        // Fall back to the type's dict (__get__, __call__ and the other wrappers): same error when absent.
        errClear();
        return objectGenericGetAttr(o, name);
      },
      // PyObject_GenericSetAttr, as CPython's: the func_* getsets below, else the instance dict.
      setattro: objectGenericSetAttr,
    },
  });
  callChargeExempt(functionType);
  // The func_* getsets in the type's dict (dir(), type(f).__dict__): the getattro/setattro above serve them first.
  // The plain object fields are T_OBJECT members (None when unset), as in CPython's func_memberlist.
  const members: Array<[string, number, boolean]> = [
    ['__closure__', FUNC_CLOSURE, true], ['__doc__', FUNC_DOC, false], ['__globals__', FUNC_GLOBALS, true],
    ['__module__', FUNC_MODULE, false], ['__builtins__', FUNC_BUILTINS, true],
  ];
  typeStaticDictExtras(functionType, (t) => members.map(([name, off, readonly]) =>
    [name, memberDescriptorNew(t, strInternImmortal(name), off, readonly, NULL, true)]));
  const defs: GetSetDef[] = [];
  for (const [name, off] of Object.entries(FIELD_BY_NAME)) {
    if (members.some((m) => m[1] === off)) continue;
    defs.push({ name, get: (f) => functionGetAttr(f, strInternImmortal(name)), set: (f, v) => functionSetField(f, name, off, v) });
  }
  defs.push({ name: '__dict__', get: (f) => functionGetAttr(f, strInternImmortal('__dict__')), set: functionSetDict });
  typeAddGetSets(functionType, defs);
}
