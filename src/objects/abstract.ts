// The abstract object protocols the eval loop and the builtins call: numbers, subscripts, iteration,
// calls, attribute-based method calls, format(). Mirrors Objects/abstract.c and Objects/call.c.
// Invariants: dispatch goes through TypeSlots only (no per-type switches except CPython's own fast
// paths); binary operators follow binary_op1 (the right operand's slot first when its type is a proper
// subclass of the left one's); JS-originated calls put their arguments in a heap scratch stack
// (callArgsPush / callArgsPop) so natives always receive them in place, as the eval loop passes them.

import { genHooks } from './gen.ts';
import { genericAliasNew } from './genericalias.ts';
import { i32 } from '../heap/views.ts';
import { alloc, free } from '../heap/alloc.ts';
import { incref, decref, xdecref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import {
  slotsOf, typeOf, typeNameOf, typeIsSubtype, typeName, typeType, typeSlotsOf, objectType,
  TP_FLAGS, Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_TYPE_SUBCLASS, Py_TPFLAGS_BASE_EXC_SUBCLASS, typeLookup as typeLookupCached,
} from './type.ts';
import {
  enterRecursiveCall, leaveRecursiveCall, objectRichCompareBool, objectStr, objectRepr, objectIsTrue,
} from './object.ts';
import { Py_EQ } from './compare-op.ts';
import {
  errSetString, errSetObject, errOccurred, errExceptionMatches, errClear, errFetch, errSetRaised, errNoMemory,
} from './errors.ts';
import {
  TypeError, OverflowError, StopIteration, AttributeError, ValueError, SystemError, exceptionNew,
} from './exceptions.ts';
import { Py_NotImplemented } from './notimplemented.ts';
import { Py_None } from './none.ts';
import {
  isInt, isIntExact, intSafeValue, intFromString, intFromBuffer, intSign, intToBigInt, intBitLengthNumber, intAsCInt, intMaxStrDigits, intFromBigInt, intFromNumber, intToDouble,
} from './int.ts';
import { isFloat, isFloatExact, floatNew, floatValue, floatFromString, floatFromInt, floatFromBuffer } from './float.ts';
import {
  isStr, isStrExact, strToJS, strFromJS, strFromJSAs, strKind, strInternImmortal, strLength, strAsUTF8,
} from './str.ts';
import { isBytes } from './bytes.ts';
import { bufferCheck } from './memoryview.ts';
import {
  isTuple, isTupleExact, tupleSize, tupleGetItemBorrow, tupleNew, tupleSetItemSteal, TUPLE_ITEMS, tupleEmptyNew,
} from './tuple.ts';
import { isListExact, listNew, listAppendSteal, listSize, listAsTuple, listExtend, listReserve, listTrim } from './list.ts';
import { isDict, dictSize, dictNext } from './dict.ts';
import { formatInt, formatFloat, formatStr, parseFormatSpec, FormatSpecError, asciiEscape } from '../support/format-spec.ts';

type Binary = (a: Borrowed, b: Borrowed) => Owned | Null;
type Ternary = (a: Borrowed, b: Borrowed, m: Borrowed) => Owned | Null;

// ---- Call argument scratch stack --------------------------------------------------------------------
//
// Natives and Python functions take their arguments in the heap (vectorcall). JS code calling them
// pushes the arguments onto this stack; calls nest (a key function calling a method), so it is a stack.
// Before abstractInitRuntime (or past its end) each call allocates its own block instead.

const SCRATCH_BYTES = 64 * 1024;
let scratchBase = 0;
let scratchTop = 0;
let scratchEnd = 0;

/** Allocates the call scratch stack (after the seal). */
export function abstractInitRuntime(): void {
  scratchBase = alloc(SCRATCH_BYTES);
  scratchTop = scratchBase;
  scratchEnd = scratchBase === 0 ? 0 : scratchBase + SCRATCH_BYTES;
}

/** Releases the call scratch stack (shutdown). */
export function abstractFini(): void {
  if (scratchBase !== 0) free(scratchBase);
  scratchBase = scratchTop = scratchEnd = 0;
}

/** Reserves room for n argument words; returns the heap address (0 with MemoryError set when out of memory). */
export function callArgsPush(n: number): number {
  const bytes = (n > 0 ? n : 1) * 4;
  if (scratchBase !== 0 && scratchTop + bytes <= scratchEnd) {
    const a = scratchTop;
    scratchTop += (bytes + 7) & ~7;
    return a;
  }
  const a = alloc(bytes);
  if (a === 0) errNoMemory();
  return a;
}

/** Releases the block of the matching callArgsPush (strictly LIFO). */
export function callArgsPop(addr: number): void {
  if (addr >= scratchBase && addr < scratchEnd) scratchTop = addr;
  else free(addr);
}

// ---- Calls -------------------------------------------------------------------------------------------

/** Types whose objects' calls cost no unit here: function (its eval entry is charged), method (it calls its function). */
const unchargedCallTypes: number[] = [];

/** Marks objects of type `t` as called without a unit of the C recursion budget (their modules, at start-up). */
export function callChargeExempt(t: Borrowed): void {
  unchargedCallTypes.push(t);
}

/**
 * Whether CPython 3.12's call of `callable` from native code costs a unit of the C recursion budget
 * (" while calling a Python object"): a builtin function or method's vectorcall does (cfunction_enter_call,
 * method_enter_call), as does a call through tp_call (_PyObject_MakeTpCall: instances of classes with
 * `__call__`, classes, whose heap types have no vectorcall in 3.12, exception types, slot wrappers);
 * a Python function's or bound method's vectorcall does not, nor a static type's (list(), int()...).
 */
function callCharged(callable: Borrowed): boolean {
  const t = i32[(callable + 4) >> 2];
  if (unchargedCallTypes.includes(t)) return false;
  const tf = i32[(t + TP_FLAGS) >> 2];
  if ((tf & Py_TPFLAGS_TYPE_SUBCLASS) === 0 || (tf & Py_TPFLAGS_HEAPTYPE) !== 0) return true;
  return (i32[(callable + TP_FLAGS) >> 2] & (Py_TPFLAGS_HEAPTYPE | Py_TPFLAGS_BASE_EXC_SUBCLASS)) !== 0;
}

/**
 * objectVectorcall without the recursion charge: the eval loop's call of a builtin, which 3.12's
 * specialized instructions make without its vectorcall (the loop charges METH_O / METH_NOARGS itself).
 */
export function objectVectorcallUncharged(callable: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  return checkFunctionResult(callable, slotsOf(callable).call!(callable, args, nargs, kwnames));
}

/** _PyObject_Vectorcall: calls with `nargs` positional args at heap address `args` (+ keyword values named by kwnames). */
export function objectVectorcall(callable: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const f = slotsOf(callable).call;
  if (f === null) return errSetString(TypeError, `'${typeNameOf(callable)}' object is not callable`);
  if (!callCharged(callable)) return checkFunctionResult(callable, f(callable, args, nargs, kwnames));
  if (enterRecursiveCall(' while calling a Python object')) return NULL;
  const r = f(callable, args, nargs, kwnames);
  leaveRecursiveCall();
  return checkFunctionResult(callable, r);
}

/** _Py_CheckFunctionResult: NULL needs an exception set, a result needs none (SystemError otherwise). */
export function checkFunctionResult(callable: Borrowed, r: Owned | Null): Owned | Null {
  if (r === NULL) {
    if (errOccurred() === NULL) return errSetString(SystemError, `${typeNameOf(callable)} returned NULL without setting an exception`);
  } else if (errOccurred() !== NULL) {
    // _Py_CheckFunctionResult: a result with an exception set is a bug of the callee.
    decref(r);
    const e = errFetch();
    xdecref(e);
    return errSetString(SystemError, `${typeNameOf(callable)} returned a result with an exception set`);
  }
  return r;
}

/** PyCallable_Check. */
export function callableCheck(o: Borrowed): boolean {
  return slotsOf(o).call !== null;
}

/** PyObject_CallNoArgs. */
export function objectCallNoArgs(callable: Borrowed): Owned | Null {
  return objectVectorcall(callable, 0, 0, NULL);
}

/** PyObject_CallOneArg. */
export function objectCallOneArg(callable: Borrowed, a: Borrowed): Owned | Null {
  const args = callArgsPush(1);
  if (args === 0) return NULL;
  i32[args >> 2] = a;
  const r = objectVectorcall(callable, args, 1, NULL);
  callArgsPop(args);
  return r;
}

/** Calls with two positional arguments. */
export function objectCallTwoArgs(callable: Borrowed, a: Borrowed, b: Borrowed): Owned | Null {
  const args = callArgsPush(2);
  if (args === 0) return NULL;
  i32[args >> 2] = a;
  i32[(args >> 2) + 1] = b;
  const r = objectVectorcall(callable, args, 2, NULL);
  callArgsPop(args);
  return r;
}

/** Calls with a JS list of positional arguments (for rare paths; allocates a JS array at the call site). */
export function objectCallArgs(callable: Borrowed, items: readonly Borrowed[], kwnames: Borrowed | Null = NULL): Owned | Null {
  const args = callArgsPush(items.length);
  if (args === 0) return NULL;
  for (let i = 0; i < items.length; i++) i32[(args >> 2) + i] = items[i];
  const nkw = kwnames === NULL ? 0 : tupleSize(kwnames);
  const r = objectVectorcall(callable, args, items.length - nkw, kwnames);
  callArgsPop(args);
  return r;
}

/**
 * PyObject_Call: positional args from a tuple, keyword args from a dict (or NULL).
 * https://docs.python.org/3/c-api/call.html#c.PyObject_Call
 */
export function objectCall(callable: Borrowed, argsTuple: Borrowed, kwargs: Borrowed | Null): Owned | Null {
  const nargs = tupleSize(argsTuple);
  if (kwargs === NULL || dictSize(kwargs) === 0) {
    return objectVectorcall(callable, argsTuple + TUPLE_ITEMS, nargs, NULL);
  }
  const nkw = dictSize(kwargs);
  const kwnames = tupleNew(nkw);
  if (kwnames === NULL) return NULL;
  const args = callArgsPush(nargs + nkw);
  if (args === 0) { decref(kwnames); return NULL; }
  for (let i = 0; i < nargs; i++) i32[(args >> 2) + i] = tupleGetItemBorrow(argsTuple, i);
  const pos = new Int32Array(1), kv = new Int32Array(2);
  let j = 0;
  while (j < nkw && dictNext(kwargs, pos, kv)) {
    const k = kv[0] as Borrowed;
    if (!isStr(k)) {
      callArgsPop(args);
      decref(kwnames);
      return errSetString(TypeError, 'keywords must be strings');
    }
    incref(k);
    tupleSetItemSteal(kwnames, j, k as Owned);
    i32[(args >> 2) + nargs + j] = kv[1];
    j++;
  }
  const r = objectVectorcall(callable, args, nargs, kwnames);
  callArgsPop(args);
  decref(kwnames);
  return r;
}

// ---- Attributes (until the classes owner's generic getattr exists, a type-dict lookup is the fallback) -

/** _PyType_Lookup: the attribute found along type(o).__mro__ (borrowed), or NULL (a pending error is kept). */
export function typeLookup(type: Borrowed, name: Borrowed): Borrowed | Null {
  return typeLookupCached(type, name);
}

/**
 * PyObject_GenericGetAttr for types that override getattro only to add a few computed attributes:
 * object's getattro when the classes layer has installed one, else a type-dict lookup with binding.
 */
export function objectGenericGetAttr(o: Borrowed, name: Borrowed): Owned | Null {
  const f = typeSlotsOf(objectType).getattro;
  if (f !== null) return f(o, name);
  const tp = typeOf(o);
  const v = typeLookup(tp, name);
  if (v !== NULL) {
    const get = slotsOf(v).descrGet;
    if (get !== null) return get(v, o, tp);
    return newRef(v);
  }
  return errSetString(AttributeError, `'${typeNameOf(o)}' object has no attribute '${strToJS(name)}'`);
}

/** PyObject_GetAttr: through tp_getattro, or a type-dict lookup with descriptor binding when there is none. */
export function objectGetAttr(o: Borrowed, name: Borrowed): Owned | Null {
  const f = slotsOf(o).getattro;
  if (f !== null) return f(o, name);
  return objectGenericGetAttr(o, name);
}

/** PyObject_GetAttrString. */
export function objectGetAttrString(o: Borrowed, name: string): Owned | Null {
  return objectGetAttr(o, strInternImmortal(name));
}

/**
 * _PyObject_LookupAttr: 1 and the value in LOOKUP_RESULT[0] when found, 0 when missing (AttributeError
 * swallowed), -1 on another error.
 */
export const LOOKUP_RESULT = new Int32Array(1);
export function objectLookupAttr(o: Borrowed, name: Borrowed): number {
  const r = objectGetAttr(o, name);
  if (r !== NULL) { LOOKUP_RESULT[0] = r; return 1; }
  LOOKUP_RESULT[0] = 0;
  if (errExceptionMatches(AttributeError)) { errClear(); return 0; }
  return -1;
}

/** Looks up a special method on the type (not the instance), bound to `o`; NULL with no error when missing. */
export function lookupSpecial(o: Borrowed, name: string): Owned | Null {
  const tp = typeOf(o);
  const v = typeLookup(tp, strInternImmortal(name));
  if (v === NULL) return NULL;
  const get = slotsOf(v).descrGet;
  if (get !== null) return get(v, o, tp);
  return newRef(v);
}

/** PyObject_CallMethod with positional arguments: o.name(*items). */
export function callMethod(o: Borrowed, name: string, items: readonly Borrowed[] = []): Owned | Null {
  const m = objectGetAttr(o, strInternImmortal(name));
  if (m === NULL) return NULL;
  const r = items.length === 0 ? objectCallNoArgs(m) : items.length === 1 ? objectCallOneArg(m, items[0]) : objectCallArgs(m, items);
  decref(m);
  return r;
}

/** PyObject_CallMethodOneArg. */
export function callMethodOneArg(o: Borrowed, name: string, a: Borrowed): Owned | Null {
  const m = objectGetAttr(o, strInternImmortal(name));
  if (m === NULL) return NULL;
  const r = objectCallOneArg(m, a);
  decref(m);
  return r;
}

// ---- Numbers -----------------------------------------------------------------------------------------

/** binary_op1: the operand slots in CPython's order; returns NotImplemented (owned) when neither applies. */
function binaryOp1(v: Borrowed, w: Borrowed, slotv: Binary | null, slotw: Binary | null): Owned | Null {
  const tv = typeOf(v), tw = typeOf(w);
  if (tv === tw || slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && typeIsSubtype(tw, tv)) {
      const x = slotw(v, w);
      if (x !== Py_NotImplemented) return x;
      decref(x as Owned);
      slotw = null;
    }
    const x = slotv(v, w);
    if (x !== Py_NotImplemented) return x;
    decref(x as Owned);
  }
  if (slotw !== null) {
    const x = slotw(v, w);
    if (x !== Py_NotImplemented) return x;
    decref(x as Owned);
  }
  incref(Py_NotImplemented);
  return Py_NotImplemented as Owned;
}

function binopTypeError(v: Borrowed, w: Borrowed, opName: string): Null {
  return errSetString(TypeError, `unsupported operand type(s) for ${opName}: '${typeNameOf(v)}' and '${typeNameOf(w)}'`);
}

function binaryOp(v: Borrowed, w: Borrowed, slotv: Binary | null, slotw: Binary | null, opName: string): Owned | Null {
  const r = binaryOp1(v, w, slotv, slotw);
  if (r !== Py_NotImplemented) return r;
  decref(r as Owned);
  return binopTypeError(v, w, opName);
}

/** binary_iop1: the in-place slot of v first, then binary_op1. */
function binaryIop1(v: Borrowed, w: Borrowed, islot: Binary | null, slotv: Binary | null, slotw: Binary | null): Owned | Null {
  if (islot !== null) {
    const x = islot(v, w);
    if (x !== Py_NotImplemented) return x;
    decref(x as Owned);
  }
  return binaryOp1(v, w, slotv, slotw);
}

function binaryIop(v: Borrowed, w: Borrowed, islot: Binary | null, slotv: Binary | null, slotw: Binary | null, opName: string): Owned | Null {
  const r = binaryIop1(v, w, islot, slotv, slotw);
  if (r !== Py_NotImplemented) return r;
  decref(r as Owned);
  return binopTypeError(v, w, opName);
}

/** PyNumber_Add: nb_add, then sq_concat of the left operand. */
export function numberAdd(v: Borrowed, w: Borrowed): Owned | Null {
  const sv = slotsOf(v), sw = slotsOf(w);
  const r = binaryOp1(v, w, sv.add, sw.add);
  if (r !== Py_NotImplemented) return r;
  decref(r as Owned);
  if (sv.concat !== null) return sv.concat(v, w);
  return binopTypeError(v, w, '+');
}

/** PyNumber_Subtract. */
export function numberSubtract(v: Borrowed, w: Borrowed): Owned | Null {
  return binaryOp(v, w, slotsOf(v).sub, slotsOf(w).sub, '-');
}

/** sequence_repeat: seq * n with n an index. */
function sequenceRepeat(repeat: (o: Borrowed, n: number) => Owned | Null, seq: Borrowed, n: Borrowed): Owned | Null {
  if (slotsOf(n).index === null && !isInt(n)) {
    return errSetString(TypeError, `can't multiply sequence by non-int of type '${typeNameOf(n)}'`);
  }
  const count = numberAsSsize(n, OverflowError);
  if (count === -1 && errOccurred() !== NULL) return NULL;
  return repeat(seq, count);
}

/** PyNumber_Multiply: nb_multiply, then sq_repeat of either operand. */
export function numberMultiply(v: Borrowed, w: Borrowed): Owned | Null {
  const sv = slotsOf(v), sw = slotsOf(w);
  const r = binaryOp1(v, w, sv.mul, sw.mul);
  if (r !== Py_NotImplemented) return r;
  decref(r as Owned);
  if (sv.repeat !== null) return sequenceRepeat(sv.repeat, v, w);
  if (sw.repeat !== null) return sequenceRepeat(sw.repeat, w, v);
  return binopTypeError(v, w, '*');
}

export function numberMatrixMultiply(v: Borrowed, w: Borrowed): Owned | Null {
  return binaryOp(v, w, slotsOf(v).matmul, slotsOf(w).matmul, '@');
}
export function numberTrueDivide(v: Borrowed, w: Borrowed): Owned | Null {
  return binaryOp(v, w, slotsOf(v).truediv, slotsOf(w).truediv, '/');
}
export function numberFloorDivide(v: Borrowed, w: Borrowed): Owned | Null {
  return binaryOp(v, w, slotsOf(v).floordiv, slotsOf(w).floordiv, '//');
}
export function numberRemainder(v: Borrowed, w: Borrowed): Owned | Null {
  return binaryOp(v, w, slotsOf(v).mod, slotsOf(w).mod, '%');
}
export function numberDivmod(v: Borrowed, w: Borrowed): Owned | Null {
  return binaryOp(v, w, slotsOf(v).divmod, slotsOf(w).divmod, 'divmod()');
}
export function numberLshift(v: Borrowed, w: Borrowed): Owned | Null {
  return binaryOp(v, w, slotsOf(v).lshift, slotsOf(w).lshift, '<<');
}
export function numberRshift(v: Borrowed, w: Borrowed): Owned | Null {
  return binaryOp(v, w, slotsOf(v).rshift, slotsOf(w).rshift, '>>');
}
export function numberAnd(v: Borrowed, w: Borrowed): Owned | Null {
  return binaryOp(v, w, slotsOf(v).and, slotsOf(w).and, '&');
}
export function numberOr(v: Borrowed, w: Borrowed): Owned | Null {
  return binaryOp(v, w, slotsOf(v).or, slotsOf(w).or, '|');
}
export function numberXor(v: Borrowed, w: Borrowed): Owned | Null {
  return binaryOp(v, w, slotsOf(v).xor, slotsOf(w).xor, '^');
}

/** ternary_op for pow: v's slot, w's slot, then z's (when z is not None). */
function ternaryOp(v: Borrowed, w: Borrowed, z: Borrowed, sv: Ternary | null, sw: Ternary | null, opName: string): Owned | Null {
  const tv = typeOf(v), tw = typeOf(w);
  if (tv === tw || sw === sv) sw = null;
  if (sv !== null) {
    if (sw !== null && typeIsSubtype(tw, tv)) {
      const x = sw(v, w, z);
      if (x !== Py_NotImplemented) return x;
      decref(x as Owned);
      sw = null;
    }
    const x = sv(v, w, z);
    if (x !== Py_NotImplemented) return x;
    decref(x as Owned);
  }
  if (sw !== null) {
    const x = sw(v, w, z);
    if (x !== Py_NotImplemented) return x;
    decref(x as Owned);
  }
  if (z !== Py_None) {
    const sz = slotsOf(z).pow;
    if (sz !== null && sz !== sv && sz !== sw) {
      const x = sz(v, w, z);
      if (x !== Py_NotImplemented) return x;
      decref(x as Owned);
    }
    return errSetString(TypeError,
      `unsupported operand type(s) for ${opName === '**' ? '** or pow()' : opName}: '${typeNameOf(v)}', '${typeNameOf(w)}', '${typeNameOf(z)}'`);
  }
  return errSetString(TypeError,
    `unsupported operand type(s) for ${opName === '**' ? '** or pow()' : opName}: '${typeNameOf(v)}' and '${typeNameOf(w)}'`);
}

/** PyNumber_Power (z is None for two-argument pow). */
export function numberPower(v: Borrowed, w: Borrowed, z: Borrowed = Py_None): Owned | Null {
  return ternaryOp(v, w, z, slotsOf(v).pow, slotsOf(w).pow, '**');
}

/** PyNumber_InPlaceAdd: nb_inplace_add, nb_add, then sq_inplace_concat / sq_concat. */
export function numberInPlaceAdd(v: Borrowed, w: Borrowed): Owned | Null {
  const sv = slotsOf(v), sw = slotsOf(w);
  const r = binaryIop1(v, w, sv.inplaceAdd, sv.add, sw.add);
  if (r !== Py_NotImplemented) return r;
  decref(r as Owned);
  if (sv.inplaceConcat !== null) return sv.inplaceConcat(v, w);
  if (sv.concat !== null) return sv.concat(v, w);
  return binopTypeError(v, w, '+=');
}

/** Whether type(o) would have a tp_as_sequence table in CPython (our slot table is flat). */
function hasSequenceMethods(o: Borrowed): boolean {
  const s = slotsOf(o);
  return s.contains !== null || s.concat !== null || s.repeat !== null || s.inplaceConcat !== null
    || s.inplaceRepeat !== null || s.length !== null || (typeFlagsOf(o) & Py_TPFLAGS_HEAPTYPE) !== 0;
}

function typeFlagsOf(o: Borrowed): number {
  return i32[(typeOf(o) + TP_FLAGS) >> 2];
}

/** PyNumber_InPlaceMultiply. */
export function numberInPlaceMultiply(v: Borrowed, w: Borrowed): Owned | Null {
  const sv = slotsOf(v), sw = slotsOf(w);
  const r = binaryIop1(v, w, sv.inplaceMul, sv.mul, sw.mul);
  if (r !== Py_NotImplemented) return r;
  decref(r as Owned);
  // CPython tries w's sq_repeat only when v has no tp_as_sequence at all (heap types always have one).
  if (hasSequenceMethods(v)) {
    if (sv.inplaceRepeat !== null) return sequenceRepeat(sv.inplaceRepeat, v, w);
    if (sv.repeat !== null) return sequenceRepeat(sv.repeat, v, w);
  } else if (sw.repeat !== null) return sequenceRepeat(sw.repeat, w, v);
  return binopTypeError(v, w, '*=');
}

export function numberInPlaceSubtract(v: Borrowed, w: Borrowed): Owned | Null {
  const sv = slotsOf(v);
  return binaryIop(v, w, sv.inplaceSub, sv.sub, slotsOf(w).sub, '-=');
}
export function numberInPlaceMatrixMultiply(v: Borrowed, w: Borrowed): Owned | Null {
  const sv = slotsOf(v);
  return binaryIop(v, w, sv.inplaceMatmul, sv.matmul, slotsOf(w).matmul, '@=');
}
export function numberInPlaceTrueDivide(v: Borrowed, w: Borrowed): Owned | Null {
  const sv = slotsOf(v);
  return binaryIop(v, w, sv.inplaceTruediv, sv.truediv, slotsOf(w).truediv, '/=');
}
export function numberInPlaceFloorDivide(v: Borrowed, w: Borrowed): Owned | Null {
  const sv = slotsOf(v);
  return binaryIop(v, w, sv.inplaceFloordiv, sv.floordiv, slotsOf(w).floordiv, '//=');
}
export function numberInPlaceRemainder(v: Borrowed, w: Borrowed): Owned | Null {
  const sv = slotsOf(v);
  return binaryIop(v, w, sv.inplaceMod, sv.mod, slotsOf(w).mod, '%=');
}
export function numberInPlaceLshift(v: Borrowed, w: Borrowed): Owned | Null {
  const sv = slotsOf(v);
  return binaryIop(v, w, sv.inplaceLshift, sv.lshift, slotsOf(w).lshift, '<<=');
}
export function numberInPlaceRshift(v: Borrowed, w: Borrowed): Owned | Null {
  const sv = slotsOf(v);
  return binaryIop(v, w, sv.inplaceRshift, sv.rshift, slotsOf(w).rshift, '>>=');
}
export function numberInPlaceAnd(v: Borrowed, w: Borrowed): Owned | Null {
  const sv = slotsOf(v);
  return binaryIop(v, w, sv.inplaceAnd, sv.and, slotsOf(w).and, '&=');
}
export function numberInPlaceOr(v: Borrowed, w: Borrowed): Owned | Null {
  const sv = slotsOf(v);
  return binaryIop(v, w, sv.inplaceOr, sv.or, slotsOf(w).or, '|=');
}
export function numberInPlaceXor(v: Borrowed, w: Borrowed): Owned | Null {
  const sv = slotsOf(v);
  return binaryIop(v, w, sv.inplaceXor, sv.xor, slotsOf(w).xor, '^=');
}

/** PyNumber_InPlacePower. */
export function numberInPlacePower(v: Borrowed, w: Borrowed, z: Borrowed = Py_None): Owned | Null {
  const ip = slotsOf(v).inplacePow;
  if (ip !== null) {
    const x = ip(v, w, z);
    if (x !== Py_NotImplemented) return x;
    decref(x as Owned);
  }
  return ternaryOp(v, w, z, slotsOf(v).pow, slotsOf(w).pow, '**=');
}

/** The BINARY_OP oparg order of CPython 3.12 (NB_ADD = 0 ... NB_INPLACE_XOR = 25). */
export const binaryOps: ReadonlyArray<(v: Borrowed, w: Borrowed) => Owned | Null> = [
  numberAdd, numberAnd, numberFloorDivide, numberLshift, numberMatrixMultiply, numberMultiply,
  numberRemainder, numberOr, (v, w) => numberPower(v, w, Py_None), numberRshift, numberSubtract,
  numberTrueDivide, numberXor,
  numberInPlaceAdd, numberInPlaceAnd, numberInPlaceFloorDivide, numberInPlaceLshift,
  numberInPlaceMatrixMultiply, numberInPlaceMultiply, numberInPlaceRemainder, numberInPlaceOr,
  (v, w) => numberInPlacePower(v, w, Py_None), numberInPlaceRshift, numberInPlaceSubtract,
  numberInPlaceTrueDivide, numberInPlaceXor,
];

/** PyNumber_Negative. */
export function numberNegative(o: Borrowed): Owned | Null {
  const f = slotsOf(o).neg;
  if (f !== null) return f(o);
  return errSetString(TypeError, `bad operand type for unary -: '${typeNameOf(o)}'`);
}

/** PyNumber_Positive. */
export function numberPositive(o: Borrowed): Owned | Null {
  const f = slotsOf(o).pos;
  if (f !== null) return f(o);
  return errSetString(TypeError, `bad operand type for unary +: '${typeNameOf(o)}'`);
}

/** PyNumber_Invert. */
export function numberInvert(o: Borrowed): Owned | Null {
  const f = slotsOf(o).invert;
  if (f !== null) return f(o);
  return errSetString(TypeError, `bad operand type for unary ~: '${typeNameOf(o)}'`);
}

/** PyNumber_Absolute. */
export function numberAbsolute(o: Borrowed): Owned | Null {
  const f = slotsOf(o).abs;
  if (f !== null) return f(o);
  return errSetString(TypeError, `bad operand type for abs(): '${typeNameOf(o)}'`);
}

/** PyIndex_Check. */
export function indexCheck(o: Borrowed): boolean {
  return isInt(o) || slotsOf(o).index !== null;
}

/** _PyNumber_Index: an int (possibly a subclass instance) for an object with __index__. */
export function numberIndexAny(o: Borrowed): Owned | Null {
  if (isInt(o)) return newRef(o);
  const f = slotsOf(o).index;
  if (f === null) return errSetString(TypeError, `'${typeNameOf(o)}' object cannot be interpreted as an integer`);
  const r = f(o);
  if (r === NULL || isIntExact(r)) return r;
  if (!isInt(r)) {
    const name = typeNameOf(r);
    decref(r);
    return errSetString(TypeError, `__index__ returned non-int (type ${name})`);
  }
  return r;
}

/** PyNumber_Index: an exact int. */
export function numberIndex(o: Borrowed): Owned | Null {
  const r = numberIndexAny(o);
  if (r === NULL || isIntExact(r)) return r;
  const v = intFromBigIntOf(r);
  decref(r);
  return v;
}

function intFromBigIntOf(o: Borrowed): Owned | Null {
  return intFromBigInt(intToBigInt(o));
}

/**
 * PyNumber_AsSsize_t over JS safe integers: the value of o.__index__(). A value past 2**63 does not fit
 * CPython's Py_ssize_t either: it raises `exc` ("cannot fit 'int' into an index-sized integer") or, with
 * exc NULL, clamps. A value between 2**53 and 2**63 fits CPython's but not a safe integer: it saturates
 * to +-MAX_SAFE_INTEGER, which is past the size of anything the heap can hold, so callers find it out of
 * range (IndexError), too big to allocate (MemoryError) or clamp it, as CPython does with the exact value.
 * Returns -1 with an exception set on error (check errOccurred).
 */
export function numberAsSsize(o: Borrowed, exc: Borrowed | Null): number {
  return asSsize(o, exc, null);
}

/**
 * Argument Clinic's 'n' converter (__index__, then PyLong_AsSsize_t): numberAsSsize, but past 2**63 the
 * OverflowError says "Python int too large to convert to C ssize_t".
 */
export function clinicSsize(o: Borrowed): number {
  return asSsize(o, OverflowError, 'Python int too large to convert to C ssize_t');
}

/** Argument Clinic's 'i' converter (__index__, then _PyLong_AsInt): -1 with the error set when it fails. */
export function clinicInt(o: Borrowed): number {
  const i = numberIndexAny(o);
  if (i === NULL) return -1;
  const v = intAsCInt(i);
  decref(i);
  return v;
}

/** numberAsSsize with the message past 2**63 given (null: "cannot fit 'int' into an index-sized integer"). */
function asSsize(o: Borrowed, exc: Borrowed | Null, msg: string | null): number {
  let v: number;
  if (isInt(o)) {
    v = intSafeValue(o);
    return v === v ? v : ssizeSaturate(o, exc, msg);
  }
  const i = numberIndexAny(o);
  if (i === NULL) return -1;
  v = intSafeValue(i);
  if (v !== v) v = ssizeSaturate(i, exc, msg);
  decref(i);
  return v;
}

/** An int that is not a safe integer as a size: +-MAX_SAFE_INTEGER, or `exc` past 2**63. */
function ssizeSaturate(i: Borrowed, exc: Borrowed | Null, msg: string | null): number {
  const neg = intSign(i) < 0;
  if (exc !== NULL && intBitLengthNumber(i) > 63 && !(neg && intToBigInt(i) === -(2n ** 63n))) {
    errSetString(exc, msg ?? `cannot fit '${typeNameOf(i)}' into an index-sized integer`);
    return -1;
  }
  return neg ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}

/** PyNumber_Long: int(o) with one argument. */
export function numberLong(o: Borrowed): Owned | Null {
  if (isIntExact(o)) return newRef(o);
  const s = slotsOf(o);
  if (s.int !== null) {
    const r = s.int(o);
    if (r === NULL || isIntExact(r)) return r;
    if (!isInt(r)) {
      const name = typeNameOf(r);
      decref(r);
      return errSetString(TypeError, `__int__ returned non-int (type ${name})`);
    }
    const v = intFromBigIntOf(r);
    decref(r);
    return v;
  }
  if (s.index !== null || isInt(o)) return numberIndex(o);
  const trunc = lookupSpecial(o, '__trunc__');
  if (trunc !== NULL) {
    const warn = genHooks.warnDeprecated;
    if (warn !== null && warn('The delegation of int() to __trunc__ is deprecated.') < 0) { decref(trunc); return NULL; }
    const r = objectCallNoArgs(trunc);
    decref(trunc);
    if (r === NULL || isIntExact(r)) return r;
    if (isInt(r)) { const v = intFromBigIntOf(r); decref(r); return v; }
    const i = numberIndexAny(r);
    if (i === NULL) {
      errClearIf(TypeError);
      const name = typeNameOf(r);
      decref(r);
      return errSetString(TypeError, `__trunc__ returned non-Integral (type ${name})`);
    }
    decref(r);
    return i;
  }
  if (errOccurred() !== NULL) return NULL;
  if (isStr(o)) return intFromString(strToJS(o), 10);
  if (bufferCheck(o)) return intFromBuffer(o, 10);
  return errSetString(TypeError,
    `int() argument must be a string, a bytes-like object or a real number, not '${typeNameOf(o)}'`);
}

function errClearIf(t: Borrowed): void {
  if (errExceptionMatches(t)) errClear();
}

/** PyNumber_Float: float(o) with one argument. */
export function numberFloat(o: Borrowed): Owned | Null {
  if (isFloatExact(o)) return newRef(o);
  const s = slotsOf(o);
  if (s.float !== null) {
    const r = s.float(o);
    if (r === NULL || isFloatExact(r)) return r;
    if (!isFloat(r)) {
      const name = typeNameOf(r);
      decref(r);
      return errSetString(TypeError, `${typeNameOf(o)}.__float__ returned non-float (type ${name})`);
    }
    const v = floatNew(floatValue(r));
    decref(r);
    return v;
  }
  if (s.index !== null) {
    const i = numberIndex(o);
    if (i === NULL) return NULL;
    const r = floatFromIntChecked(i);
    decref(i);
    return r;
  }
  if (isFloat(o)) return floatNew(floatValue(o));
  if (isStr(o)) return floatFromString(strToJS(o));
  if (bufferCheck(o)) return floatFromBuffer(o);
  return errSetString(TypeError, `float() argument must be a string or a real number, not '${typeNameOf(o)}'`);
}

function floatFromIntChecked(i: Borrowed): Owned | Null {
  return floatFromInt(i);
}

/** PyFloat_AsDouble with __float__ / __index__: NaN-safe; returns -1 with an exception set on error. */
export function floatAsDoubleAny(o: Borrowed): number {
  if (isFloat(o)) return floatValue(o);
  const f = numberFloat(o);
  if (f === NULL) {
    if (errExceptionMatches(TypeError) && !isStr(o) && !isBytes(o)) {
      errClear();
      errSetString(TypeError, `must be real number, not ${typeNameOf(o)}`);
    }
    return -1;
  }
  const v = floatValue(f);
  decref(f);
  return v;
}

// ---- Subscripts -------------------------------------------------------------------------------------

/** PyObject_GetItem: o[key]. */
export function objectGetItem(o: Borrowed, key: Borrowed): Owned | Null {
  const f = slotsOf(o).getitem;
  if (f !== null) return f(o, key);
  if (typeOf(o) === typeType || typeIsSubtype(typeOf(o), typeType)) {
    // `type[int]` is special-cased (type has no __class_getitem__, so `str[int]` fails); other classes
    // look the attribute up as any attribute (a metaclass's counts), None meaning not subscriptable.
    if (o === typeType) return genericAliasNew(o, key);
    const found = objectLookupAttr(o, strInternImmortal('__class_getitem__'));
    if (found < 0) return NULL;
    if (found > 0) {
      const cg = LOOKUP_RESULT[0] as Owned;
      const r = cg !== Py_None ? objectCallOneArg(cg, key) : NULL;
      decref(cg);
      if (cg !== Py_None) return r;
    }
    return errSetString(TypeError, `type '${typeName(o)}' is not subscriptable`);
  }
  return errSetString(TypeError, `'${typeNameOf(o)}' object is not subscriptable`);
}

/** PyObject_SetItem: o[key] = value. */
export function objectSetItem(o: Borrowed, key: Borrowed, value: Borrowed): number {
  const f = slotsOf(o).setitem;
  if (f !== null) return f(o, key, value);
  errSetString(TypeError, `'${typeNameOf(o)}' object does not support item assignment`);
  return -1;
}

/** PyObject_DelItem: del o[key]. */
export function objectDelItem(o: Borrowed, key: Borrowed): number {
  const f = slotsOf(o).setitem;
  if (f !== null) return f(o, key, NULL);
  errSetString(TypeError, `'${typeNameOf(o)}' object doesn't support item deletion`);
  return -1;
}

/** Wraps a JS number index as an int and subscripts (PySequence_GetItem-like, used by the seq iterator). */
export function sequenceGetItem(o: Borrowed, i: number): Owned | Null {
  const k = intFromNumberChecked(i);
  if (k === NULL) return NULL;
  const r = objectGetItem(o, k);
  decref(k);
  return r;
}

function intFromNumberChecked(i: number): Owned | Null {
  return intFromNumber(i);
}

/** PySequence_Contains (`in`): sq_contains, else a scan of the iterator. 1 / 0 / -1. */
export function sequenceContains(seq: Borrowed, v: Borrowed): number {
  const f = slotsOf(seq).contains;
  if (f !== null) return f(seq, v);
  const it = objectGetIterForContains(seq);
  if (it === NULL) return -1;
  for (;;) {
    const item = iterNext(it);
    if (item === NULL) {
      decref(it);
      return errOccurred() !== NULL ? -1 : 0;
    }
    const c = objectRichCompareBool(item, v, Py_EQ);
    decref(item);
    if (c !== 0) {
      decref(it);
      return c;
    }
  }
}

function objectGetIterForContains(seq: Borrowed): Owned | Null {
  const s = slotsOf(seq);
  if (s.iter === null && s.getitem === null) {
    return errSetString(TypeError, `argument of type '${typeNameOf(seq)}' is not iterable`);
  }
  return objectGetIter(seq);
}

// ---- Iteration ----------------------------------------------------------------------------------------

/** The type of the sequence iterator (set by the iterator module: iter() of objects with __getitem__). */
export const iterHooks = {
  seqIterNew: null as ((seq: Borrowed) => Owned | Null) | null,
  /**
   * _PyEval_GetBuiltin: `name` in the running frame's builtins (borrowed), or NULL with AttributeError
   * set (the vm installs it; the iterators' __reduce__ name the builtin iter and reversed this way).
   */
  builtin: null as ((name: string) => Borrowed | Null) | null,
};

/** PyIter_Check. */
export function iterCheck(o: Borrowed): boolean {
  return slotsOf(o).iternext !== null;
}

/** PyObject_GetIter: tp_iter, else the sequence protocol; "'int' object is not iterable". */
export function objectGetIter(o: Borrowed): Owned | Null {
  const s = slotsOf(o);
  if (s.iter !== null) {
    const r = s.iter(o);
    if (r !== NULL && slotsOf(r).iternext === null) {
      const name = typeNameOf(r);
      decref(r);
      return errSetString(TypeError, `iter() returned non-iterator of type '${name}'`);
    }
    return r;
  }
  if (s.getitem !== null && iterHooks.seqIterNew !== null && !isDict(o)) return iterHooks.seqIterNew(o);
  return errSetString(TypeError, `'${typeNameOf(o)}' object is not iterable`);
}

/**
 * PyIter_Next: the next item (owned), or NULL: exhausted when no exception is set (a StopIteration
 * raised by a Python __next__ is swallowed), error otherwise.
 */
export function iterNext(it: Borrowed): Owned | Null {
  const f = slotsOf(it).iternext;
  if (f === null) return errSetString(TypeError, `'${typeNameOf(it)}' object is not an iterator`);
  const r = f(it);
  if (r === NULL && errOccurred() !== NULL && errExceptionMatches(StopIteration)) errClear();
  return r;
}

/** PySequence_List: list(iterable). */
export function sequenceList(o: Borrowed): Owned | Null {
  const l = listNew(0);
  if (l === NULL) return NULL;
  if (listExtendIterable(l, o) < 0) { decref(l); return NULL; }
  return l;
}

/** list.extend for any iterable (list/tuple fast path in list.ts). 0 / -1. */
export function listExtendIterable(l: Borrowed, o: Borrowed): number {
  if (isListExact(o) || isTupleExact(o) || o === l) return listExtend(l, o);
  const it = objectGetIter(o);
  if (it === NULL) return -1;
  // list_extend: room for the length hint first (so the list's size shows CPython's allocation), then
  // the items, then the unused room back.
  const n = objectLengthHint(o, 8);
  if (n < 0 || listReserve(l, n) < 0) { decref(it); return -1; }
  for (;;) {
    const item = iterNext(it);
    if (item === NULL) {
      decref(it);
      return errOccurred() !== NULL ? -1 : listTrim(l);
    }
    if (listAppendSteal(l, item) < 0) { decref(it); return -1; }
  }
}

/** PySequence_Tuple: tuple(iterable). */
export function sequenceTuple(o: Borrowed): Owned | Null {
  if (isTupleExact(o)) return newRef(o);
  if (isListExact(o)) return listAsTuple(o);
  const l = sequenceList(o);
  if (l === NULL) return NULL;
  const t = listAsTuple(l);
  decref(l);
  return t;
}

/** PySequence_Fast: the object itself when it is an exact list or tuple, else list(o); `msg` on TypeError. */
export function sequenceFast(o: Borrowed, msg: string): Owned | Null {
  if (isListExact(o) || isTupleExact(o)) return newRef(o);
  const s = slotsOf(o);
  if (s.iter === null && s.getitem === null) return errSetString(TypeError, msg);
  return sequenceList(o);
}

/** The items of an exact list or tuple made by sequenceFast: count. */
export function fastSize(o: Borrowed): number {
  return isTuple(o) ? tupleSize(o) : listSize(o);
}

/**
 * PyObject_LengthHint: len(o) when o has __len__ (a TypeError from it is ignored), else
 * o.__length_hint__() when o has one and it does not return NotImplemented, else `dflt`; -1 with an
 * error set on failure.
 */
export function objectLengthHint(o: Borrowed, dflt: number): number {
  const f = slotsOf(o).length;
  if (f !== null) {
    const n = f(o);
    if (n >= 0) return n;
    if (!errExceptionMatches(TypeError)) return -1;
    errClear();
  }
  const hint = lookupSpecial(o, '__length_hint__');
  if (hint === NULL) return errOccurred() !== NULL ? -1 : dflt;
  const r = objectCallNoArgs(hint);
  decref(hint);
  if (r === NULL) {
    if (!errExceptionMatches(TypeError)) return -1;
    errClear();
    return dflt;
  }
  if (r === Py_NotImplemented) {
    decref(r);
    return dflt;
  }
  if (!isInt(r)) {
    errSetString(TypeError, `__length_hint__ must be an integer, not ${typeNameOf(r)}`);
    decref(r);
    return -1;
  }
  const v = numberAsSsize(r, OverflowError);
  decref(r);
  if (v === -1 && errOccurred() !== NULL) return -1;
  if (v < 0) {
    errSetString(ValueError, '__length_hint__() should return >= 0');
    return -1;
  }
  return v;
}

// ---- Text ---------------------------------------------------------------------------------------------

/** PyObject_ASCII: repr(o) with non-ASCII escaped. */
export function objectASCII(o: Borrowed): Owned | Null {
  const r = objectRepr(o);
  if (r === NULL) return NULL;
  const s = strToJS(r);
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) { ascii = false; break; }
  if (ascii) return r;
  decref(r);
  return strFromJS(asciiEscape(s));
}

/** PyObject_Format: format(obj, spec). https://docs.python.org/3/library/functions.html#format */
export function objectFormat(obj: Borrowed, spec: Borrowed | Null): Owned | Null {
  const empty = spec === NULL || strLength(spec) === 0;
  if (empty) {
    if (isStrExact(obj)) return newRef(obj);
    if (isIntExact(obj)) return objectStr(obj);
  }
  if (isStrExact(obj) || isIntExact(obj) || isFloatExact(obj)) {
    return formatBuiltin(obj, empty ? '' : strToJS(spec as Borrowed));
  }
  const meth = lookupSpecial(obj, '__format__');
  if (meth === NULL) {
    if (errOccurred() !== NULL) return NULL;
    return errSetString(TypeError, `Type ${typeNameOf(obj)} doesn't define __format__`);
  }
  let specObj = spec;
  if (specObj === NULL) specObj = strInternImmortal('');
  const r = objectCallOneArg(meth, specObj);
  decref(meth);
  if (r !== NULL && !isStr(r)) {
    const name = typeNameOf(r);
    decref(r);
    return errSetString(TypeError, `__format__ must return a str, not ${name}`);
  }
  return r;
}

/** int/float/str .__format__(spec) for the builtin types (and their subclasses, by value). */
export function formatBuiltin(obj: Borrowed, spec: string): Owned | Null {
  try {
    if (isStr(obj)) {
      if (spec === '') return objectStrExact(obj);
      // Lone surrogates stay apart unless an astral character (in obj or the fill) makes pairs meaningful.
      const wide = strKind(obj) === 4 || /[\ud800-\udfff]/.test(spec);
      return strFromJSAs(formatStr(strToJS(obj), parseFormatSpec(spec, 's', typeNameOf(obj)), typeNameOf(obj), !wide), wide);
    }
    if (isFloat(obj)) {
      if (spec === '') return objectStr(obj);
      return strFromJS(formatFloat(floatValue(obj), parseFormatSpec(spec, '', typeNameOf(obj)), typeNameOf(obj)));
    }
    if (isInt(obj)) {
      if (spec === '') return objectStr(obj);
      const ps = parseFormatSpec(spec, 'd', typeNameOf(obj));
      const t = ps.type;
      if (t === 'e' || t === 'E' || t === 'f' || t === 'F' || t === 'g' || t === 'G' || t === '%') {
        const d = intToDoubleChecked(obj);
        if (d === null) return NULL;
        return strFromJS(formatFloat(d, ps, typeNameOf(obj)));
      }
      return strFromJS(formatInt(intToBigInt(obj), ps, typeNameOf(obj), intMaxStrDigits()));
    }
  } catch (e) {
    if (e instanceof FormatSpecError) return errSetString(e.overflow ? OverflowError : ValueError, e.message);
    throw e;
  }
  return errSetString(TypeError, `unsupported format object '${typeNameOf(obj)}'`);
}

function objectStrExact(o: Borrowed): Owned | Null {
  return isStrExact(o) ? newRef(o) : strFromJS(strToJS(o));
}

function intToDoubleChecked(o: Borrowed): number | null {
  const d = intToDouble(o);
  return d === d ? d : null;
}

// ---- Misc helpers for natives --------------------------------------------------------------------------

/** The truth of a result object, releasing it: 1 / 0 / -1. */
export function truthSteal(r: Owned | Null): number {
  if (r === NULL) return -1;
  const t = objectIsTrue(r);
  decref(r);
  return t;
}

/** Raises StopIteration(value), or a bare StopIteration when value is NULL. */
export function stopIterationSet(value: Borrowed | Null): Null {
  if (value === NULL) {
    const e = exceptionNew(StopIteration, tupleEmptyNew());
    if (e === NULL) return NULL;
    errSetRaised(e);
    return NULL;
  }
  return errSetObject(StopIteration, value);
}

// ---- Argument parsing for natives with keywords (Python/getargs.c, Argument Clinic's messages) --------

/**
 * An argument through Argument Clinic's `str` converter: its text (`dflt` when absent), or null with
 * CPython's TypeError ("f() argument 'name' must be str, not int"; None is named None). As the C
 * string it is in CPython, it may hold no lone surrogate (UnicodeEncodeError) and no NUL (ValueError).
 */
export function strArg(fname: string, argname: string, o: Borrowed | Null, dflt: string): string | null {
  if (o === NULL) return dflt;
  if (isStr(o)) {
    const s = strToJS(o);
    if (/[\uD800-\uDFFF]/.test(s) && strAsUTF8(o) === null) return null;
    if (s.includes('\0')) { errSetString(ValueError, 'embedded null character'); return null; }
    return s;
  }
  errSetString(TypeError, `${fname}() argument '${argname}' must be str, not ${o === Py_None ? 'None' : typeNameOf(o)}`);
  return null;
}

/** Parsed arguments of the last parseArgs call (borrowed refs, 0 where absent). Copy them out at once. */
export const PARSED = new Int32Array(16);

/**
 * Binds positional args and keywords to `names` as Argument Clinic's _PyArg_UnpackKeywords does: the
 * first `posOnly` names are positional-only, names up to `maxPos` positional-or-keyword, the rest
 * keyword-only; the first `required` names are mandatory. Fills PARSED; false with TypeError set
 * (CPython 3.12's messages) on a mismatch.
 */
export function parseArgs(
  fname: string, args: number, nargs: number, kwnames: Borrowed | Null, names: readonly string[], required: number,
  maxPos = names.length, posOnly = 0,
): boolean {
  const n = names.length;
  for (let i = 0; i < n; i++) PARSED[i] = 0;
  const nkw = kwnames === NULL ? 0 : tupleSize(kwnames);
  if (nargs + nkw > n) {
    errSetString(TypeError, `${fname}() takes at most ${n} ${nargs === 0 ? 'keyword ' : ''}argument${n === 1 ? '' : 's'} (${nargs + nkw} given)`);
    return false;
  }
  if (nargs > maxPos) {
    const minPos = Math.min(required, maxPos);
    errSetString(TypeError, maxPos === 0
      ? `${fname}() takes no positional arguments`
      : `${fname}() takes ${minPos < maxPos ? 'at most' : 'exactly'} ${maxPos} positional argument${maxPos === 1 ? '' : 's'} (${nargs} given)`);
    return false;
  }
  const minPosOnly = Math.min(required, posOnly);
  if (nargs < minPosOnly) {
    errSetString(TypeError, `${fname}() takes ${minPosOnly < maxPos ? 'at least' : 'exactly'} ${minPosOnly} positional argument${minPosOnly === 1 ? '' : 's'} (${nargs} given)`);
    return false;
  }
  for (let i = 0; i < nargs; i++) PARSED[i] = i32[(args >> 2) + i];
  // Keywords fill the parameters not given by position; any other keyword is an error reported only
  // after a missing required argument (round(zz=1) says 'number' is missing).
  let leftover = -1;
  for (let k = 0; k < nkw; k++) {
    const j = names.indexOf(strToJS(tupleGetItemBorrow(kwnames as Borrowed, k)));
    if (j >= posOnly && j >= nargs) PARSED[j] = i32[(args >> 2) + nargs + k];
    else if (leftover < 0) leftover = k;
  }
  for (let i = nargs; i < required; i++) {
    if (PARSED[i] === 0) {
      errSetString(TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
      return false;
    }
  }
  if (leftover >= 0) {
    // A parameter given both by position and by name, else the first keyword that names none.
    for (let i = posOnly; i < nargs; i++) {
      for (let k = 0; k < nkw; k++) {
        if (strToJS(tupleGetItemBorrow(kwnames as Borrowed, k)) === names[i]) {
          errSetString(TypeError, `argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
          return false;
        }
      }
    }
    for (let k = leftover; k < nkw; k++) {
      const name = strToJS(tupleGetItemBorrow(kwnames as Borrowed, k));
      const j = names.indexOf(name);
      if (j < posOnly || j < nargs) {
        errSetString(TypeError, `'${name}' is an invalid keyword argument for ${fname}()`);
        return false;
      }
    }
  }
  return true;
}
