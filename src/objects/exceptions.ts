// The builtin exception types and BaseException instances.
// Mirrors Objects/exceptions.c: the 3.12 hierarchy, BaseException's fields, repr and str, and the
// MemoryError freelist that lets PyErr_NoMemory work when the heap is exhausted.
// Invariants: the exception types are static immortal types; instances are GC objects that own
// args, notes, traceback, context and cause; the MemoryError pool is refilled on dealloc.
// Families with their own C struct in CPython (OSError, SyntaxError, ImportError, ...) get the same
// extra fields here, after BaseException's: owned references or NULL, one word each (FAMILY_FIELDS),
// so their instances are larger and mixing two such families is a layout conflict, as in CPython.
//
//   +0 ob_refcnt  +4 ob_type  +8 dict  +12 args (tuple)  +16 notes  +20 traceback
//   +24 context  +28 cause  +32 suppress_context (0/1)  +36 (unused)  +40 family fields...

import { gcClearFields } from '../gc/clear.ts';
import { i32 } from '../heap/views.ts';
import { decref, xdecref, incref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import {
  typeNewStatic, typeSetDealloc, typeName, typeBasicSize, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_BASE_EXC_SUBCLASS, Py_TPFLAGS_HEAPTYPE, TP_FLAGS, TP_BASE, type VisitProc,
} from './type.ts';
import { objectGCNew, objectGCFree, objectRepr, objectStr } from './object.ts';
import { strFromJS, strToJS, strEmptyNew, strInternImmortal } from './str.ts';
import { tupleNew, tupleSetItemSteal, tupleGetItemBorrow, tupleSize, tupleEmptyNew } from './tuple.ts';
import { bytesFromUint8Array } from './bytes.ts';
import { dictGetItemBorrow } from './dict.ts';
import { intFromNumber } from './int.ts';
import { errSetRaised, errNoMemory } from './errors.ts';

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

/**
 * The extra fields of each family (CPython's PyStopIterationObject, PyOSErrorObject, ...), in order;
 * a family's subclasses share its fields. OSError's characters_written is an int object or NULL.
 */
const FAMILY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  BaseExceptionGroup: ['message', 'exceptions'],
  StopIteration: ['value'],
  SystemExit: ['code'],
  ImportError: ['msg', 'name', 'path', 'name_from'],
  NameError: ['name'],
  AttributeError: ['name', 'obj'],
  OSError: ['errno', 'strerror', 'filename', 'filename2', 'characters_written'],
  SyntaxError: ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line'],
  UnicodeEncodeError: ['encoding', 'object', 'start', 'end', 'reason'],
  UnicodeDecodeError: ['encoding', 'object', 'start', 'end', 'reason'],
  UnicodeTranslateError: ['encoding', 'object', 'start', 'end', 'reason'],
};

/** Per static exception type: field name -> byte offset, and the number of family fields. */
const fieldOffsets = new Map<number, ReadonlyMap<string, number>>();
const noFields: ReadonlyMap<string, number> = new Map();

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

/** The nearest static (builtin) type of `t`'s base chain: where the instance layout is described. */
function staticBase(t: number): number {
  while ((i32[(t + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) !== 0) t = i32[(t + TP_BASE) >> 2];
  return t;
}

/** The family fields of `o`'s type: name -> byte offset (empty for plain exceptions). */
export function exceptionFieldMap(o: Borrowed): ReadonlyMap<string, number> {
  return fieldOffsets.get(staticBase(i32[(o + 4) >> 2])) ?? noFields;
}

/** The byte offset of family field `name` in `o`, or 0 when its type has no such field. */
export function exceptionFieldOffset(o: Borrowed, name: string): number {
  return exceptionFieldMap(o).get(name) ?? 0;
}

/** One past the last owned word of `o` (BaseException's fields, then its family's). */
function ownedEnd(o: Borrowed): number {
  const n = exceptionFieldMap(o).size;
  return n === 0 ? EXC_CAUSE + 4 : EXC_SIZE + 4 * n;
}

function excDealloc(o: Owned): void {
  excClear(o);
  objectGCFree(o);
}

function excClear(o: Borrowed): void {
  const end = ownedEnd(o);
  for (let off = EXC_DICT; off < end; off += 4) {
    if (off === EXC_SUPPRESS_CONTEXT || off === EXC_SUPPRESS_CONTEXT + 4) continue;
    const v = i32[(o + off) >> 2] as Owned | Null;
    i32[(o + off) >> 2] = 0;
    xdecref(v);
  }
}

function excTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  const end = ownedEnd(o);
  for (let off = EXC_DICT; off < end; off += 4) {
    if (off === EXC_SUPPRESS_CONTEXT || off === EXC_SUPPRESS_CONTEXT + 4) continue;
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
  fieldOffsets.clear();
  for (const [name, baseName] of HIERARCHY) {
    const base = baseName === 'object' ? objectType : exceptionTypes.get(baseName)!;
    let fields = fieldOffsets.get(base) ?? noFields;
    const own = FAMILY_FIELDS[name];
    if (own !== undefined) fields = new Map(own.map((f, i) => [f, EXC_SIZE + 4 * i]));
    const t = typeNewStatic({
      name,
      basicsize: fields.size === 0 ? EXC_SIZE : EXC_SIZE + 4 * fields.size,
      base,
      flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_BASE_EXC_SUBCLASS,
      slots: name === 'BaseException'
        ? { dealloc: excDealloc, traverse: excTraverse, clear: (o) => gcClearFields(o, [EXC_DICT, EXC_NOTES, EXC_TRACEBACK, EXC_CAUSE, EXC_CONTEXT]), repr: excRepr, str: excStr, hash: null }
        : name === 'KeyError' ? { str: keyErrorStr } : {},
    });
    exceptionTypes.set(name, t);
    if (fields.size > 0) fieldOffsets.set(t, fields);
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

/**
 * Fills a family's fields from args as its __init__ would (StopIteration.value, SystemExit.code,
 * SyntaxError's details ...): set by src/vm/excattrs.ts, keyed by the family's static type.
 */
export const exceptionFieldInit = new Map<number, (o: Borrowed) => number>();

/** BaseException.__new__ + __init__ with the given args (stolen), or NULL with an exception set. */
export function exceptionNew(type: Borrowed, args: Owned): Owned | Null {
  const size = (typeBasicSize(type) + 7) & ~7;
  const o = objectGCNew(type, size);
  if (o === NULL) {
    decref(args);
    return NULL;
  }
  for (let off = EXC_DICT; off < size; off += 4) i32[(o + off) >> 2] = 0;
  i32[(o + EXC_ARGS) >> 2] = args;
  const st = staticBase(type);
  for (let t = st; t !== 0; t = i32[(t + TP_BASE) >> 2]) {
    const init = exceptionFieldInit.get(t);
    if (init === undefined) continue;
    if (init(o) < 0) { decref(o); return NULL; }
    break;
  }
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

/**
 * Raises UnicodeDecodeError(encoding, bytes(data[start:stop] of the input), start, end, reason), with
 * its attributes set, as the codecs do (PyUnicodeDecodeError_Create). `data` is the whole input.
 */
export function exceptionRaiseUnicodeDecode(encoding: string, data: Uint8Array, start: number, end: number, reason: string): Null {
  const obj = bytesFromUint8Array(data);
  return raiseUnicode(UnicodeDecodeError, encoding, obj, start, end, reason);
}

/** Raises UnicodeEncodeError(encoding, str object `o`, start, end, reason) (PyUnicodeEncodeError_Create). */
export function exceptionRaiseUnicodeEncode(encoding: string, o: Borrowed, start: number, end: number, reason: string): Null {
  incref(o);
  return raiseUnicode(UnicodeEncodeError, encoding, o as Owned, start, end, reason);
}

function raiseUnicode(type: Borrowed, encoding: string, obj: Owned | Null, start: number, end: number, reason: string): Null {
  const items = [strFromJS(encoding), obj, intFromNumber(start), intFromNumber(end), strFromJS(reason)];
  const args = items.includes(NULL) ? NULL : tupleNew(5);
  if (args === NULL) {
    for (const x of items) xdecref(x);
    return errNoMemory();
  }
  for (let i = 0; i < 5; i++) tupleSetItemSteal(args, i, items[i] as Owned);
  const e = exceptionNew(type, args);
  if (e === NULL) return errNoMemory();
  errSetRaised(e);
  return NULL;
}

/** The __notes__ of an exception (borrowed, from its instance __dict__ as in 3.12), or NULL. */
export function exceptionNotesBorrow(e: Borrowed): Borrowed | Null {
  const d = i32[(e + EXC_DICT) >> 2];
  if (d === 0) return NULL;
  return dictGetItemBorrow(d as Borrowed, strInternImmortal('__notes__'));
}
