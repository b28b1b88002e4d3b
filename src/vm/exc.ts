// Raising and matching exceptions from the eval loop: do_raise, implicit __context__ chaining,
// traceback entries, `except` type checks and exception-group splitting for except*.
// Mirrors Python/ceval.c (do_raise, check_except_type_valid, exception_group_match),
// Python/errors.c (_PyErr_SetObject's context chaining) and Python/traceback.c (PyTraceBack_Here).
// Invariants: every function returns with tstate's exception set exactly when it reports failure.

import { i32 } from '../heap/views.ts';
import { decref, incref, xdecref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeOf, typeIsSubtype, typeFlags, typeSlotsOf, Py_TPFLAGS_BASE_EXC_SUBCLASS, Py_TPFLAGS_TYPE_SUBCLASS } from '../objects/type.ts';
import { tstate, errSetString, errSetRaised, errClear } from '../objects/errors.ts';
import {
  TypeError, RuntimeError, EXC_TRACEBACK, EXC_CONTEXT, EXC_CAUSE, EXC_SUPPRESS_CONTEXT, exceptionNew,
} from '../objects/exceptions.ts';
import { tupleEmptyNew, tupleSize, tupleGetItemBorrow, isTuple } from '../objects/tuple.ts';
import { Py_None } from '../objects/none.ts';
import { tracebackNew } from '../objects/traceback.ts';
import { codeLineAt, CO_GCACHE, CO_FRAMES_WORD, CO_QUALNAME } from '../objects/code.ts';
import { isDict, dictGetItemBorrow, dictDelItem, dictSetItem, dictNext } from '../objects/dict.ts';
import { moduleDictBorrow } from '../objects/module.ts';
import { functionType, FUNC_GLOBALS, FUNC_NAME, FUNC_DOC } from '../objects/function.ts';
import { cfunctionWrapping } from '../objects/methodobject.ts';
import { isStr, strInternImmortal, strToJS } from '../objects/str.ts';
import { Py_True } from '../objects/bool.ts';
import { objectCallNoArgs } from '../objects/abstract.ts';
import { handledException, nativeMarks } from './state.ts';

export function isExceptionInstance(o: Borrowed): boolean {
  return (typeFlags(typeOf(o)) & Py_TPFLAGS_BASE_EXC_SUBCLASS) !== 0;
}

export function isExceptionClass(o: Borrowed): boolean {
  return (typeFlags(typeOf(o)) & Py_TPFLAGS_TYPE_SUBCLASS) !== 0 && (typeFlags(o) & Py_TPFLAGS_BASE_EXC_SUBCLASS) !== 0;
}

/** Instantiates an exception class with no arguments (`raise ValueError`). */
export function exceptionInstantiate(type: Borrowed): Owned | Null {
  if (typeSlotsOf(typeOf(type)).call === null && typeSlotsOf(type).new === null) return exceptionNew(type, tupleEmptyNew());
  return objectCallNoArgs(type);
}

/** Sets exc.__context__ (stealing `ctx`). */
function setContextSteal(exc: Borrowed, ctx: Owned | Null): void {
  const old = i32[(exc + EXC_CONTEXT) >> 2] as Owned | Null;
  i32[(exc + EXC_CONTEXT) >> 2] = ctx;
  xdecref(old);
}

/**
 * The implicit chaining of _PyErr_SetObject: a newly raised `exc` gets the exception being handled as
 * its __context__, cutting any cycle that would form through the context chain.
 */
export function chainContext(exc: Borrowed): void {
  const handled = handledException();
  if (handled === NULL || handled === exc || handled === Py_None) return;
  // Avoid cycles: if exc is already somewhere in handled's context chain, cut the chain there.
  let o = handled as number;
  let slow = o, step = false;
  for (;;) {
    const ctx = i32[(o + EXC_CONTEXT) >> 2];
    if (ctx === 0) break;
    if (ctx === exc) {
      setContextSteal(o as Borrowed, NULL);
      break;
    }
    o = ctx;
    if (step) slow = i32[(slow + EXC_CONTEXT) >> 2];
    step = !step;
    if (o === slow) break; // a pre-existing cycle: stop (Floyd)
  }
  incref(handled);
  setContextSteal(exc, handled as Owned);
}

/**
 * Whether frames of `code` (run with the globals dict `globals`) are left out of tracebacks, as the C
 * functions they stand for have no frames in CPython: a library module written here in Python for one
 * of CPython's C modules says so with `__immortal_native__ = True` (all its code) or a tuple of
 * top-level names (the first part of co_qualname) whose code is hidden; nativeMarkTake moves that out
 * of the module's namespace once it is imported (nativeMarks). Decided once per code object (CO_FRAMES_WORD).
 */
export function codeFramesHidden(code: Borrowed, globals: Borrowed): boolean {
  const w = (i32[(code + CO_GCACHE) >> 2] >> 2) + CO_FRAMES_WORD;
  let state = i32[w];
  if (state === 0) {
    let mark = nativeMarks.get(globals);
    if (mark === undefined && isDict(globals)) {
      // Still importing: the marker is in the namespace. (An exact-str lookup never fails, and the
      // exception being unwound must stay set.)
      const m = dictGetItemBorrow(globals, strInternImmortal(NATIVE_MARK));
      if (m !== NULL) mark = nativeMarkOf(m);
    }
    const root = strToJS(i32[(code + CO_QUALNAME) >> 2] as Borrowed).split('.')[0];
    state = mark === true || (mark !== undefined && mark.has(root)) ? 2 : 1;
    i32[w] = state;
  }
  return state === 2;
}

const NATIVE_MARK = '__immortal_native__';

function nativeMarkOf(m: Borrowed): true | Set<string> | undefined {
  if (m === Py_True) return true;
  if (!isTuple(m)) return undefined;
  const names = new Set<string>();
  for (let i = 0; i < tupleSize(m); i++) {
    const name = tupleGetItemBorrow(m, i);
    if (isStr(name)) names.add(strToJS(name));
  }
  return names;
}

/**
 * After a module's import: its `__immortal_native__` (if any) leaves the namespace for nativeMarks, and
 * the marked functions defined in the module (all of them for True; the named ones otherwise) are
 * replaced in its namespace by builtin functions that call them (cfunctionWrapping: type, repr,
 * __self__ and method binding as CPython's C functions; one wrapper per function, so aliases such as
 * operator.__add__ stay the same object as operator.add). Classes stay as they are.
 */
export function nativeMarkTake(module: Borrowed): void {
  const d = moduleDictBorrow(module);
  const key = strInternImmortal(NATIVE_MARK);
  const m = dictGetItemBorrow(d, key);
  if (m === NULL) return;
  const mark = nativeMarkOf(m);
  if (dictDelItem(d, key) < 0) errClear();
  if (mark === undefined) return;
  nativeMarks.set(d, mark);
  const modName = dictGetItemBorrow(d, strInternImmortal('__name__'));
  if (modName === NULL || !isStr(modName)) return;
  const entries: [Borrowed, Borrowed][] = [];
  const pos = new Int32Array(1), kv = new Int32Array(2);
  while (dictNext(d, pos, kv)) {
    const f = kv[1] as Borrowed;
    if (typeOf(f) !== functionType || i32[(f + FUNC_GLOBALS) >> 2] !== d) continue;
    const name = strToJS(i32[(f + FUNC_NAME) >> 2] as Borrowed);
    if (mark === true || mark.has(name)) entries.push([kv[0] as Borrowed, f]);
  }
  const wrappers = new Map<number, Owned>();
  for (const [k, f] of entries) {
    let w = wrappers.get(f);
    if (w === undefined) {
      const docObj = i32[(f + FUNC_DOC) >> 2] as Borrowed;
      const doc = docObj !== NULL && isStr(docObj) ? strToJS(docObj) : undefined;
      const made = cfunctionWrapping(f, strToJS(i32[(f + FUNC_NAME) >> 2] as Borrowed), doc, module, modName);
      if (made === NULL) { errClear(); continue; }
      w = made;
      wrappers.set(f, w);
    }
    if (dictSetItem(d, k, w) < 0) errClear();
  }
  for (const w of wrappers.values()) decref(w);
}

/** PyTraceBack_Here: prepends an entry for (code, instruction `lasti`) to the current exception's traceback. */
export function tracebackHere(code: Borrowed, globals: Borrowed | Null, lasti: number): void {
  const exc = tstate.exc;
  if (exc === NULL) return;
  const old = i32[(exc + EXC_TRACEBACK) >> 2] as Borrowed | Null;
  const tb = tracebackNew(old, code, globals, lasti, codeLineAt(code, lasti));
  if (tb === NULL) return; // out of memory: keep the old traceback (the MemoryError is dropped)
  i32[(exc + EXC_TRACEBACK) >> 2] = tb;
  xdecref(old);
}

/**
 * do_raise: `raise exc from cause` (cause NULL when absent). Steals both. Returns 0 after setting the
 * exception; 1 for a bare `raise` that re-raises the handled exception (no new traceback entry).
 */
export function doRaise(exc: Owned | Null, cause: Owned | Null): number {
  if (exc === NULL) {
    const h = handledException();
    if (h === NULL || h === Py_None) {
      errSetString(RuntimeError, 'No active exception to reraise');
      return 0;
    }
    incref(h);
    errSetRaised(h as Owned);
    return 1;
  }
  let value: Owned | Null;
  if (isExceptionClass(exc)) {
    value = exceptionInstantiate(exc);
    if (value === NULL) { decref(exc); xdecref(cause); return 0; }
    if (!isExceptionInstance(value)) {
      errSetString(TypeError, `calling ${reprType(exc)} should have returned an instance of BaseException, not ${typeSlotsOf(typeOf(value)).name}`);
      decref(value); decref(exc); xdecref(cause);
      return 0;
    }
    decref(exc);
  } else if (isExceptionInstance(exc)) {
    value = exc;
  } else {
    decref(exc); xdecref(cause);
    errSetString(TypeError, 'exceptions must derive from BaseException');
    return 0;
  }
  if (cause !== NULL) {
    let fixed: Owned | Null;
    if (isExceptionClass(cause)) {
      fixed = exceptionInstantiate(cause);
      decref(cause);
      if (fixed === NULL) { decref(value); return 0; }
      if (!isExceptionInstance(fixed)) {
        errSetString(TypeError, `calling ${reprType(cause)} should have returned an instance of BaseException, not ${typeSlotsOf(typeOf(fixed)).name}`);
        decref(fixed); decref(value);
        return 0;
      }
    } else if (isExceptionInstance(cause)) {
      fixed = cause;
    } else if (cause === Py_None) {
      decref(cause);
      fixed = NULL;
    } else {
      decref(cause); decref(value);
      errSetString(TypeError, 'exception causes must derive from BaseException');
      return 0;
    }
    const old = i32[(value + EXC_CAUSE) >> 2] as Owned | Null;
    i32[(value + EXC_CAUSE) >> 2] = fixed;
    xdecref(old);
    i32[(value + EXC_SUPPRESS_CONTEXT) >> 2] = 1;
  }
  chainContext(value);
  errSetRaised(value);
  return 0;
}

function reprType(t: Borrowed): string {
  return `<class '${typeSlotsOf(t).name}'>`;
}

/** check_except_type_valid: every type in an `except` clause must derive from BaseException. */
export function checkExceptTypeValid(right: Borrowed): boolean {
  if (isTuple(right)) {
    for (let i = 0; i < tupleSize(right); i++) {
      if (!isExceptionClass(tupleGetItemBorrow(right, i))) {
        errSetString(TypeError, 'catching classes that do not inherit from BaseException is not allowed');
        return false;
      }
    }
    return true;
  }
  if (!isExceptionClass(right)) {
    errSetString(TypeError, 'catching classes that do not inherit from BaseException is not allowed');
    return false;
  }
  return true;
}

/** PyErr_GivenExceptionMatches for an instance against a class or tuple of classes. */
export function exceptionMatches(exc: Borrowed, right: Borrowed): boolean {
  const t = typeOf(exc);
  if (isTuple(right)) {
    for (let i = 0; i < tupleSize(right); i++) if (exceptionMatches(exc, tupleGetItemBorrow(right, i))) return true;
    return false;
  }
  return t === right || typeIsSubtype(t, right);
}
