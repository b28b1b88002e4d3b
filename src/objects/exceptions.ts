// The builtin exception types and BaseException instances.
// Mirrors Objects/exceptions.c: the 3.12 hierarchy, BaseException's fields, repr and str, and the
// MemoryError freelist that lets PyErr_NoMemory work when the heap is exhausted.
// Invariants: the exception types are static immortal types; instances are GC objects that own
// args, notes, traceback, context and cause; the MemoryError pool is refilled on dealloc.
//
//   +0 ob_refcnt  +4 ob_type  +8 dict  +12 args (tuple)  +16 notes  +20 traceback
//   +24 context  +28 cause  +32 suppress_context (0/1)

import { i32 } from '../heap/views.ts';
import { decref, xdecref, incref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import {
  typeNewStatic, typeSetDealloc, typeName, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_BASE_EXC_SUBCLASS, type VisitProc,
} from './type.ts';
import { objectGCNew, objectGCFree, objectRepr, objectStr } from './object.ts';
import { strFromJS, strToJS, strEmptyNew } from './str.ts';
import { tupleNew, tupleSetItemSteal, tupleGetItemBorrow, tupleSize, tupleEmptyNew } from './tuple.ts';

export const EXC_DICT = 8;
export const EXC_ARGS = 12;
export const EXC_NOTES = 16;
export const EXC_TRACEBACK = 20;
export const EXC_CONTEXT = 24;
export const EXC_CAUSE = 28;
export const EXC_SUPPRESS_CONTEXT = 32;
export const EXC_SIZE = 40;

/** The 3.12 hierarchy: [name, base name]; order = creation order (bases first). */
const HIERARCHY: ReadonlyArray<readonly [string, string]> = [
  ['BaseException', 'object'],
  ['BaseExceptionGroup', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['SystemExit', 'BaseException'],
  ['Exception', 'BaseException'],
  ['ArithmeticError', 'Exception'],
  ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ExceptionGroup', 'BaseExceptionGroup'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['BlockingIOError', 'OSError'],
  ['ChildProcessError', 'OSError'],
  ['ConnectionError', 'OSError'],
  ['BrokenPipeError', 'ConnectionError'],
  ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'],
  ['FileExistsError', 'OSError'],
  ['FileNotFoundError', 'OSError'],
  ['InterruptedError', 'OSError'],
  ['IsADirectoryError', 'OSError'],
  ['NotADirectoryError', 'OSError'],
  ['PermissionError', 'OSError'],
  ['ProcessLookupError', 'OSError'],
  ['TimeoutError', 'OSError'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['StopAsyncIteration', 'Exception'],
  ['StopIteration', 'Exception'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'],
  ['UnicodeEncodeError', 'UnicodeError'],
  ['UnicodeTranslateError', 'UnicodeError'],
  ['Warning', 'Exception'],
  ['BytesWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'],
  ['EncodingWarning', 'Warning'],
  ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'],
  ['ResourceWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'],
  ['UnicodeWarning', 'Warning'],
  ['UserWarning', 'Warning'],
];

/** Extra bases beyond tp_base (multiple inheritance among builtin exceptions). */
export const EXTRA_BASES: ReadonlyArray<readonly [string, string]> = [['ExceptionGroup', 'Exception']];

/** Every builtin exception type by name (for builtins and the MRO pass). */
export const exceptionTypes = new Map<string, Borrowed>();

export let BaseException = 0 as Borrowed;
export let Exception = 0 as Borrowed;
export let TypeError = 0 as Borrowed;
export let ValueError = 0 as Borrowed;
export let KeyError = 0 as Borrowed;
export let IndexError = 0 as Borrowed;
export let OverflowError = 0 as Borrowed;
export let ZeroDivisionError = 0 as Borrowed;
export let MemoryError = 0 as Borrowed;
export let SystemError = 0 as Borrowed;
export let RuntimeError = 0 as Borrowed;
export let RecursionError = 0 as Borrowed;
export let AttributeError = 0 as Borrowed;
export let StopIteration = 0 as Borrowed;
export let NotImplementedError = 0 as Borrowed;
export let UnicodeError = 0 as Borrowed;
export let UnicodeEncodeError = 0 as Borrowed;
export let UnicodeDecodeError = 0 as Borrowed;
export let LookupError = 0 as Borrowed;
export let ArithmeticError = 0 as Borrowed;

function excDealloc(o: Owned): void {
  excClear(o);
  objectGCFree(o);
}

function excClear(o: Borrowed): void {
  for (let off = EXC_DICT; off <= EXC_CAUSE; off += 4) {
    const v = i32[(o + off) >> 2] as Owned | Null;
    i32[(o + off) >> 2] = 0;
    xdecref(v);
  }
}

function excTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  for (let off = EXC_DICT; off <= EXC_CAUSE; off += 4) {
    const v = i32[(o + off) >> 2];
    if (v !== 0) {
      const r = visit(v as Borrowed, arg);
      if (r !== 0) return r;
    }
  }
  return 0;
}

/** BaseException.__repr__: `Name(arg)` for one argument, `Name` + repr(args) otherwise. */
function excRepr(o: Borrowed): Owned | Null {
  const name = typeName(i32[(o + 4) >> 2] as Borrowed);
  const args = i32[(o + EXC_ARGS) >> 2] as Borrowed;
  if (args === 0 || tupleSize(args) === 0) return strFromJS(`${name}()`);
  const inner = tupleSize(args) === 1 ? objectRepr(tupleGetItemBorrow(args, 0)) : objectRepr(args);
  if (inner === NULL) return NULL;
  const s = strToJS(inner);
  decref(inner);
  return strFromJS(tupleSize(args) === 1 ? `${name}(${s})` : `${name}${s}`);
}

/** BaseException.__str__: '' for no args, str(arg) for one, str(args) otherwise. */
function excStr(o: Borrowed): Owned | Null {
  const args = i32[(o + EXC_ARGS) >> 2] as Borrowed;
  if (args === 0 || tupleSize(args) === 0) return strEmptyNew();
  if (tupleSize(args) === 1) return objectStr(tupleGetItemBorrow(args, 0));
  return objectStr(args);
}

/** KeyError.__str__: the repr of a single argument, so that `KeyError('')` shows as `''`. */
function keyErrorStr(o: Borrowed): Owned | Null {
  const args = i32[(o + EXC_ARGS) >> 2] as Borrowed;
  if (args !== 0 && tupleSize(args) === 1) return objectRepr(tupleGetItemBorrow(args, 0));
  return excStr(o);
}

/** Creates the builtin exception types (static phase). */
export function exceptionsInitTypes(objectType: Borrowed): void {
  exceptionTypes.clear();
  for (const [name, baseName] of HIERARCHY) {
    const base = baseName === 'object' ? objectType : exceptionTypes.get(baseName)!;
    const t = typeNewStatic({
      name,
      basicsize: EXC_SIZE,
      base,
      flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_BASE_EXC_SUBCLASS,
      slots: name === 'BaseException'
        ? { dealloc: excDealloc, traverse: excTraverse, repr: excRepr, str: excStr, hash: null }
        : name === 'KeyError' ? { str: keyErrorStr } : {},
    });
    exceptionTypes.set(name, t);
  }
  const g = (n: string) => exceptionTypes.get(n)!;
  BaseException = g('BaseException'); Exception = g('Exception'); TypeError = g('TypeError');
  ValueError = g('ValueError'); KeyError = g('KeyError'); IndexError = g('IndexError');
  OverflowError = g('OverflowError'); ZeroDivisionError = g('ZeroDivisionError');
  MemoryError = g('MemoryError'); SystemError = g('SystemError'); RuntimeError = g('RuntimeError');
  RecursionError = g('RecursionError'); AttributeError = g('AttributeError');
  StopIteration = g('StopIteration'); NotImplementedError = g('NotImplementedError');
  UnicodeError = g('UnicodeError'); UnicodeEncodeError = g('UnicodeEncodeError');
  UnicodeDecodeError = g('UnicodeDecodeError'); LookupError = g('LookupError');
  ArithmeticError = g('ArithmeticError');
}

/** BaseException.__new__ + __init__ with the given args (stolen), or NULL with an exception set. */
export function exceptionNew(type: Borrowed, args: Owned): Owned | Null {
  const o = objectGCNew(type, EXC_SIZE);
  if (o === NULL) {
    decref(args);
    return NULL;
  }
  for (let off = EXC_DICT; off < EXC_SIZE; off += 4) i32[(o + off) >> 2] = 0;
  i32[(o + EXC_ARGS) >> 2] = args;
  return o;
}

/** `type(msg)` for a JS message; NULL only when out of memory (no exception set). */
export function exceptionNewFromMessage(type: Borrowed, msg: string): Owned | Null {
  const s = strFromJS(msg);
  if (s === NULL) return NULL;
  const args = tupleNew(1);
  if (args === NULL) { decref(s); return NULL; }
  tupleSetItemSteal(args, 0, s);
  return exceptionNew(type, args);
}

/** `type(value)`; a tuple value is used as the args, as PyErr_SetObject does. */
export function exceptionNewFromArg(type: Borrowed, value: Borrowed): Owned | Null {
  const args = tupleNew(1);
  if (args === NULL) return NULL;
  incref(value);
  tupleSetItemSteal(args, 0, value as Owned);
  return exceptionNew(type, args);
}

/** The args tuple of an exception (borrowed). */
export function exceptionArgsBorrow(e: Borrowed): Borrowed {
  return i32[(e + EXC_ARGS) >> 2] as Borrowed;
}

// MemoryError instances made while memory was still available, as CPython's MemoryError freelist.
const MEMERRORS_SAVE = 16;
const memErrorPool: Owned[] = [];
let lastResort = 0 as Owned | Null;

function memErrorDealloc(o: Owned): void {
  excClear(o);
  if (o === lastResort) return;
  if (memErrorPool.length < MEMERRORS_SAVE) {
    i32[(o + EXC_ARGS) >> 2] = tupleEmptyNew();
    i32[o >> 2] = 1;
    memErrorPool.push(o);
    return;
  }
  objectGCFree(o);
}

/** Fills the MemoryError pool (after the seal, in the mortal heap). */
export function exceptionsInitRuntime(): void {
  typeSetDealloc(MemoryError, memErrorDealloc);
  for (let i = 0; i < MEMERRORS_SAVE; i++) {
    const e = exceptionNew(MemoryError, tupleEmptyNew());
    if (e === NULL) throw new Error('heap too small to start the runtime');
    memErrorPool.push(e);
  }
  const e = exceptionNew(MemoryError, tupleEmptyNew());
  if (e === NULL) throw new Error('heap too small to start the runtime');
  lastResort = e;
}

/** Frees the MemoryError pool (shutdown). */
export function exceptionsFini(): void {
  while (memErrorPool.length > 0) {
    const e = memErrorPool.pop()!;
    excClear(e);
    objectGCFree(e);
  }
  if (lastResort !== NULL) {
    const e = lastResort;
    lastResort = NULL;
    excClear(e);
    objectGCFree(e);
  }
}

/** A MemoryError instance from the pool (owned), or NULL when the pool is empty. */
export function memoryErrorTake(): Owned | Null {
  return memErrorPool.pop() ?? NULL;
}

/** The last-resort MemoryError, shared and never freed while the runtime lives. */
export function memoryErrorLastResort(): Owned {
  incref(lastResort as Borrowed);
  return lastResort as Owned;
}
