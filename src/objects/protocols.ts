// The sequence/mapping/iteration slots and constructors (tp_new) of the builtin types, installed into
// their slot tables at start-up: list/tuple/str/bytes subscripts with slices, dict subscripts, `in`,
// concatenation and repetition, iter(), and int()/float()/str()/bool()/list()/tuple()/dict()/set()/
// frozenset()/bytes(). Mirrors list_subscript, tuple_subscript, unicode_subscript, dict_subscript and
// the *_new / *_vectorcall functions of Objects/*.c. Invariant: installed in the static phase, before
// any subclass is created, so heap subclasses inherit them.

import { i32, u8 } from '../heap/views.ts';
import { decref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeSlotsOf, typeNameOf, typeOf, typeIsSubtype, type TypeSlots } from './type.ts';
import { objectStr, objectIsTrue, boolNew } from './object.ts';
import { errSetString, errOccurred, errExceptionMatches, errClear } from './errors.ts';
import { TypeError, ValueError, IndexError, KeyError, OverflowError } from './exceptions.ts';
import { Py_NotImplemented } from './notimplemented.ts';
import { intType, intFromString, intFromBuffer, isInt, intFromBigInt, isIntExact, intSafeValue } from './int.ts';
import { floatType, floatNew, floatValue, isFloatExact } from './float.ts';
import { boolType } from './bool.ts';
import {
  strSizeCheck, PY_SSIZE_T_MAX_DOUBLE,
  strType, isStr, strToJS, strFromJS, strLength, strGetItem, strSlice, strConcat, strContains, strEmptyNew,
  strFromUTF8, strGetCodePoint, isStrExact, strRepeatN,
} from './str.ts';
import {
  bytesType, isBytes, bytesSize, bytesGetItem, bytesSlice, bytesConcat, bytesFromUint8Array, bytesToUint8Array,
  bytesEmptyNew, BYTES_DATA, bytesNew, bytesFinish,
} from './bytes.ts';
import { isByteArray } from './bytearray.ts';
import {
  tupleType, isTuple, tupleSize, tupleGetItem, tupleSubscriptSlice, tupleConcat, tupleRepeat, tupleContains,
  tupleEmptyNew,
} from './tuple.ts';
import {
  listType, isList, listSize, listGetItem, listSetItem, listDelItem, listSubscriptSlice, listAssSubscriptSlice,
  listConcat, listRepeat, listInplaceRepeat, listContains, listNew, listExtend, listClear, listAppendSteal,
} from './list.ts';
import {
  dictType, isDict, isDictExact, dictGetItem, dictSetItem, dictDelItem, dictContains, dictNew, dictMerge, dictMergeFromSeq2, dictIterIsDicts,
  dictCopy, dictUpdate,
} from './dict.ts';
import {
  setType, frozensetType, isAnySet, setMakeNew, setContains, setOr, setAnd, setSub, setXor, setIor, setIand,
  setIsub, setIxor, frozensetCall, setClear, setUpdate,
} from './set.ts';
import { isSlice, sliceUnpack, unpackStart, unpackStop, unpackStep, sliceAdjustIndices, sliceStart } from './slice.ts';
import {
  numberIndex, numberAsSsize, indexCheck, numberLong, numberFloat, sequenceList, listExtendIterable,
  objectGetIter, iterNext, parseArgs, PARSED, strArg, lookupSpecial, objectCallNoArgs,
} from './abstract.ts';
import { argAt, argsNoKwnames, argsCheckPositional, argBadArgument } from './methodobject.ts';
import { listIter, tupleIter, strIter, bytesIter, dictIterNew, setIter } from './iterobject.ts';
import { strDecode } from './str-methods.ts';
import { objectCallOneArg as objectCallOneArgLocal } from './abstract.ts';
import {
  listGetItemBorrow as listGetItemBorrowLocal, listSetItem as listSetItemLocal, isListExact as isListExactLocal,
  listSize as listSizeLocal,
  listCopy as listCopyLocal,
} from './list.ts';
import { tupleGetItemBorrow as tupleGetItemBorrowLocal, isTupleExact } from './tuple.ts';
import { objectGetItem as objectGetItemLocal } from './abstract.ts';
import { strEncode as strEncodeLocal } from './str-methods.ts';
import { sequenceTuple as sequenceTupleLocal } from './abstract.ts';
import { strMod } from './str-methods.ts';
import { bufferCheck, bufferGet, BUF, isMemoryView, memoryviewCopyBytes, pythonBufferMethod, pythonBufferCopy } from './memoryview.ts';

// ---- subscripts ---------------------------------------------------------------------------------------------

function indexError(key: Borrowed, what: string): Null {
  return errSetString(TypeError, `${what} indices must be integers or slices, not ${typeNameOf(key)}`);
}

function listSubscript(l: Borrowed, key: Borrowed): Owned | Null {
  if (isIntExact(key) || indexCheck(key)) {
    const i = numberAsSsize(key, IndexError);
    if (i === -1 && errOccurred() !== NULL) return NULL;
    return listGetItem(l, i);
  }
  if (isSlice(key)) {
    if (sliceUnpack(key) < 0) return NULL;
    return listSubscriptSlice(l, unpackStart, unpackStop, unpackStep);
  }
  return indexError(key, 'list');
}

function listAssSubscript(l: Borrowed, key: Borrowed, value: Borrowed | Null): number {
  if (isIntExact(key) || indexCheck(key)) {
    const i = numberAsSsize(key, IndexError);
    if (i === -1 && errOccurred() !== NULL) return -1;
    return value === NULL ? listDelItem(l, i) : listSetItem(l, i, value);
  }
  if (isSlice(key)) {
    if (sliceUnpack(key) < 0) return -1;
    if (value !== NULL && !isList(value) && !isTuple(value)) {
      const seq = sequenceListOrMsg(value, unpackStep === 1 ? 'can only assign an iterable' : 'must assign iterable to extended slice');
      if (seq === NULL) return -1;
      const r = listAssSubscriptSlice(l, unpackStart, unpackStop, unpackStep, seq);
      decref(seq);
      return r;
    }
    return listAssSubscriptSlice(l, unpackStart, unpackStop, unpackStep, value);
  }
  errSetString(TypeError, `list indices must be integers or slices, not ${typeNameOf(key)}`);
  return -1;
}

function sequenceListOrMsg(v: Borrowed, msg: string): Owned | Null {
  const s = typeSlotsOf(typeOf(v));
  if (s.iter === null && s.getitem === null) return errSetString(TypeError, msg);
  return sequenceList(v);
}

function tupleSubscript(t: Borrowed, key: Borrowed): Owned | Null {
  if (isIntExact(key) || indexCheck(key)) {
    const i = numberAsSsize(key, IndexError);
    if (i === -1 && errOccurred() !== NULL) return NULL;
    return tupleGetItem(t, i);
  }
  if (isSlice(key)) {
    if (sliceUnpack(key) < 0) return NULL;
    return tupleSubscriptSlice(t, unpackStart, unpackStop, unpackStep);
  }
  return indexError(key, 'tuple');
}

function strSubscript(s: Borrowed, key: Borrowed): Owned | Null {
  if (isIntExact(key) || indexCheck(key)) {
    const i = numberAsSsize(key, IndexError);
    if (i === -1 && errOccurred() !== NULL) return NULL;
    return strGetItem(s, i);
  }
  if (isSlice(key)) {
    if (sliceUnpack(key) < 0) return NULL;
    const n = sliceAdjustIndices(strLength(s), unpackStart, unpackStop, unpackStep);
    const start = sliceStart;
    if (unpackStep === 1) return strSlice(s, start, start + n);
    if (n <= 0) return strEmptyNew();
    const cps: number[] = [];
    for (let i = 0, cur = start; i < n; i++, cur += unpackStep) cps.push(strGetCodePoint(s, cur));
    return strFromJS(String.fromCodePoint(...cps));
  }
  return errSetString(TypeError, `string indices must be integers, not '${typeNameOf(key)}'`);
}

function bytesSubscript(b: Borrowed, key: Borrowed): Owned | Null {
  if (isIntExact(key) || indexCheck(key)) {
    const i = numberAsSsize(key, IndexError);
    if (i === -1 && errOccurred() !== NULL) return NULL;
    return bytesGetItem(b, i);
  }
  if (isSlice(key)) {
    if (sliceUnpack(key) < 0) return NULL;
    const n = sliceAdjustIndices(bytesSize(b), unpackStart, unpackStop, unpackStep);
    const start = sliceStart;
    if (unpackStep === 1) return bytesSlice(b, start, start + n);
    const out = new Uint8Array(n > 0 ? n : 0);
    for (let i = 0, cur = start; i < n; i++, cur += unpackStep) out[i] = u8[b + BYTES_DATA + cur];
    return bytesFromUint8Array(out);
  }
  return errSetString(TypeError, `byte indices must be integers or slices, not ${typeNameOf(key)}`);
}

/** dict[key], with __missing__ for subclasses. */
function dictSubscript(d: Borrowed, key: Borrowed): Owned | Null {
  const r = dictGetItem(d, key);
  if (r !== NULL || typeOf(d) === dictType || !errExceptionMatches(KeyError)) return r;
  const missing = lookupSpecial(d, '__missing__');
  if (missing === NULL) return NULL;
  errClear();
  const v = objectCallOneArgLocal(missing, key);
  decref(missing);
  return v;
}

function dictAssSubscript(d: Borrowed, key: Borrowed, value: Borrowed | Null): number {
  return value === NULL ? dictDelItem(d, key) : dictSetItem(d, key, value);
}

// ---- concat / repeat / contains ---------------------------------------------------------------------------

function strRepeat(s: Borrowed, n: number): Owned | Null {
  if (n <= 0) return strEmptyNew();
  if (n === 1 && isStrExact(s)) return newRef(s);
  const len = strLength(s);
  if (len * n > PY_SSIZE_T_MAX_DOUBLE) return errSetString(OverflowError, 'repeated string is too long');
  if (len === 0) return strEmptyNew();
  return strSizeCheck(len * n) ? strRepeatN(s, n) : NULL;
}

function bytesRepeat(b: Borrowed, n: number): Owned | Null {
  const len = bytesSize(b);
  if (n <= 0 || len === 0) return bytesEmptyNew();
  if (len * n > PY_SSIZE_T_MAX_DOUBLE) return errSetString(OverflowError, 'repeated bytes are too long');
  const r = bytesNew(len * n);
  if (r === NULL) return NULL;
  for (let i = 0; i < n; i++) u8.copyWithin(r + BYTES_DATA + i * len, b + BYTES_DATA, b + BYTES_DATA + len);
  return bytesFinish(r);
}

function strContainsSlot(s: Borrowed, sub: Borrowed): number {
  if (!isStr(sub)) {
    errSetString(TypeError, `'in <string>' requires string as left operand, not ${typeNameOf(sub)}`);
    return -1;
  }
  return strContains(s, sub) ? 1 : 0;
}

function bytesContainsSlot(b: Borrowed, v: Borrowed): number {
  const data = bytesToUint8Array(b);
  if (isInt(v) || indexCheck(v)) {
    const x = numberAsSsize(v, NULL);
    if (x === -1 && errOccurred() !== NULL) return -1;
    if (x < 0 || x > 255) { errSetString(ValueError, 'byte must be in range(0, 256)'); return -1; }
    return data.indexOf(x) >= 0 ? 1 : 0;
  }
  if (!isBytes(v)) {
    errSetString(TypeError, `a bytes-like object is required, not '${typeNameOf(v)}'`);
    return -1;
  }
  const needle = bytesToUint8Array(v);
  return Buffer.from(data).indexOf(Buffer.from(needle)) >= 0 ? 1 : 0;
}

function listInplaceConcat(l: Borrowed, v: Borrowed): Owned | Null {
  if (listExtendIterable(l, v) < 0) return NULL;
  return newRef(l);
}

function listInplaceRepeatSlot(l: Borrowed, n: number): Owned | Null {
  if (listInplaceRepeat(l, n) < 0) return NULL;
  return newRef(l);
}

/** dict | other. */
function dictOr(a: Borrowed, b: Borrowed): Owned | Null {
  if (!isDict(a) || !isDict(b)) return newRef(Py_NotImplemented);
  const r = dictCopy(a);
  if (r === NULL) return NULL;
  if (dictUpdate(r, b) < 0) { decref(r); return NULL; }
  return r;
}

/** dict |= other (any mapping or iterable of pairs). */
function dictIor(a: Borrowed, b: Borrowed): Owned | Null {
  if (dictUpdateFrom(a, b) < 0) return NULL;
  return newRef(a);
}

/** dict.update(arg) for a mapping (keys()) or an iterable of pairs. 0 / -1. */
/** The items of an iterable in a new list, through its iterator only (no __len__/length hint, as
 *  PyDict_MergeFromSeq2 asks for none). */
function iterItems(o: Borrowed): Owned | Null {
  const it = objectGetIter(o);
  if (it === NULL) return NULL;
  const l = listNew(0);
  if (l === NULL) { decref(it); return NULL; }
  for (;;) {
    const item = iterNext(it);
    if (item === NULL) break;
    if (listAppendSteal(l, item) < 0) { decref(it); decref(l); return NULL; }
  }
  decref(it);
  if (errOccurred() !== NULL) { decref(l); return NULL; }
  return l;
}

export function dictUpdateFrom(d: Borrowed, arg: Borrowed): number {
  if (isDict(arg) && dictIterIsDicts(arg)) return dictMerge(d, arg, 1);
  const keys = lookupSpecial(arg, 'keys');
  if (keys !== NULL) {
    // A mapping: for k in arg.keys(): d[k] = arg[k]
    const ks = objectCallNoArgs(keys);
    decref(keys);
    if (ks === NULL) return -1;
    const it = objectGetIter(ks);
    decref(ks);
    if (it === NULL) return -1;
    for (;;) {
      const k = iterNext(it);
      if (k === NULL) break;
      const v = objectGetItemLocal(arg, k);
      if (v === NULL) { decref(k); decref(it); return -1; }
      const r = dictSetItem(d, k, v);
      decref(k); decref(v);
      if (r < 0) { decref(it); return -1; }
    }
    decref(it);
    return errOccurred() !== NULL ? -1 : 0;
  }
  if (errOccurred() !== NULL) return -1;
  if ((isList(arg) || isTuple(arg)) && pairsAreSequences(arg)) return dictMergeFromSeq2(d, arg, true);
  const l = isListExactLocal(arg) ? listCopyLocal(arg) : iterItems(arg);
  if (l === NULL) return -1;
  // dictMergeFromSeq2 takes list/tuple elements: give it tuple(e) for other iterable elements (a str
  // pair like 'ab' is a 2-sequence), leaving non-iterables for its own error.
  const n = listSize(l);
  for (let i = 0; i < n; i++) {
    const e = listGetItemBorrowLocal(l, i);
    if (isList(e) || isTuple(e)) continue;
    const s = typeSlotsOf(typeOf(e));
    if (s.iter === null && s.getitem === null) continue;
    const t = sequenceTupleLocal(e);
    if (t === NULL) { decref(l); return -1; }
    listSetItemLocal(l, i, t);
    decref(t);
  }
  const r = dictMergeFromSeq2(d, l, true);
  decref(l);
  return r;
}

/** True when every element of a list/tuple is a list or tuple (dictMergeFromSeq2 takes them as they are). */
function pairsAreSequences(seq: Borrowed): boolean {
  const n = isList(seq) ? listSizeLocal(seq) : tupleSize(seq);
  for (let i = 0; i < n; i++) {
    const e = isList(seq) ? listGetItemBorrowLocal(seq, i) : tupleGetItemBorrowLocal(seq, i);
    if (!isList(e) && !isTuple(e)) return false;
  }
  return true;
}

function setContainsSlot(s: Borrowed, k: Borrowed): number {
  return setContains(s, k);
}

// ---- constructors (tp_new as vectorcall: the type is `callable`) ----------------------------------------

function isExactBuiltin(type: Borrowed, base: Borrowed): boolean {
  return type === base;
}

/** int(x=0) / int(x, base=10). https://docs.python.org/3/library/functions.html#int */
function intNewVector(type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('int', args, nargs, kwnames, ['x', 'base'], 0, 2, 1)) return NULL;
  const x = PARSED[0] as Borrowed | Null, base = PARSED[1] as Borrowed | Null;
  let r: Owned | Null;
  if (x === NULL) {
    if (base !== NULL) return errSetString(TypeError, "int() missing string argument");
    r = intFromBigInt(0n);
  } else if (base === NULL) {
    r = numberLong(x);
  } else {
    const b = numberAsSsize(base, NULL);
    if (b === -1 && errOccurred() !== NULL) return NULL;
    if (b !== 0 && (b < 2 || b > 36)) return errSetString(ValueError, 'int() base must be >= 2 and <= 36, or 0');
    if (isStr(x)) r = intFromString(strToJS(x), b);
    else if (isBytes(x) || isByteArray(x)) r = intFromBuffer(x, b);
    else return errSetString(TypeError, "int() can't convert non-string with explicit base");
  }
  if (r === NULL || isExactBuiltin(type, intType)) return r;
  return subclassFromBase(type, r);
}

/** Subclass instances of builtin value types need the classes layer (tp_alloc of heap types). */
export const protocolHooks = {
  /** Creates an instance of heap subclass `type` of a builtin value type from an exact base instance (stolen). */
  subclassFromBase: null as ((type: Borrowed, base: Owned) => Owned | Null) | null,
};

function subclassFromBase(type: Borrowed, v: Owned): Owned | Null {
  if (protocolHooks.subclassFromBase !== null) return protocolHooks.subclassFromBase(type, v);
  decref(v);
  return errSetString(TypeError, `cannot create '${typeNameOf(type)}' instances yet (subclasses of builtin value types need the classes layer)`);
}

function floatNewVector(type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('float', kwnames)) return NULL;
  if (!argsCheckPositional('float', nargs, 0, 1)) return NULL;
  const r = nargs === 0 ? floatNew(0) : numberFloat(argAt(args, 0));
  if (r === NULL || isExactBuiltin(type, floatType)) return r;
  return subclassFromBase(type, r);
}

function boolNewVector(_type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('bool', kwnames)) return NULL;
  if (!argsCheckPositional('bool', nargs, 0, 1)) return NULL;
  if (nargs === 0) return boolNew(false);
  const t = objectIsTrue(argAt(args, 0));
  return t < 0 ? NULL : boolNew(t === 1);
}

/** str(object='') / str(object=b'', encoding='utf-8', errors='strict'). */
function strNewVector(type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('str', args, nargs, kwnames, ['object', 'encoding', 'errors'], 0)) return NULL;
  const o = PARSED[0] as Borrowed | Null, enc = PARSED[1] as Borrowed | Null, errs = PARSED[2] as Borrowed | Null;
  let r: Owned | Null;
  if (o === NULL) r = strEmptyNew();
  else if (enc === NULL && errs === NULL) r = objectStr(o);
  else {
    const e = strArg('str', 'encoding', enc, 'utf-8');
    const er = e === null ? null : strArg('str', 'errors', errs, 'strict');
    if (e === null || er === null) return NULL;
    if (!bufferCheck(o)) {
      return errSetString(TypeError, isStr(o) ? 'decoding str is not supported' : `decoding to str: need a bytes-like object, ${typeNameOf(o)} found`);
    }
    r = strDecode(o, e, er);
  }
  if (r === NULL || isExactBuiltin(type, strType)) return r;
  if (!isStrExact(r)) {
    // __str__ may return a str subclass; subclassFromBase wants an exact str.
    const exact = strSlice(r, 0, strLength(r), true);
    decref(r);
    if (exact === NULL) return NULL;
    r = exact;
  }
  return subclassFromBase(type, r);
}

/** bytes(), bytes(int), bytes(iterable of ints), bytes(str, encoding[, errors]). */
/**
 * bytes(list_or_tuple) when every item is an exact int (_PyBytes_FromList / _PyBytes_FromTuple's common
 * case, without the iterator); undefined when one is not, for the general path (whose __index__ calls
 * may change the list).
 */
function bytesFromIntSequence(seq: Borrowed): Owned | Null | undefined {
  const list = isListExactLocal(seq);
  const n = list ? listSizeLocal(seq) : tupleSize(seq);
  for (let i = 0; i < n; i++) {
    if (!isIntExact(list ? listGetItemBorrowLocal(seq, i) : tupleGetItemBorrowLocal(seq, i))) return undefined;
  }
  if (n === 0) return bytesEmptyNew();
  const r = bytesNew(n);
  if (r === NULL) return NULL;
  for (let i = 0; i < n; i++) {
    const v = intSafeValue(list ? listGetItemBorrowLocal(seq, i) : tupleGetItemBorrowLocal(seq, i));
    if (!(v >= 0 && v < 256)) {
      decref(r);
      return errSetString(ValueError, 'bytes must be in range(0, 256)');
    }
    u8[r + BYTES_DATA + i] = v;
  }
  return bytesFinish(r);
}

function bytesNewVector(type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('bytes', args, nargs, kwnames, ['source', 'encoding', 'errors'], 0)) return NULL;
  const src = PARSED[0] as Borrowed | Null, enc = PARSED[1] as Borrowed | Null, errs = PARSED[2] as Borrowed | Null;
  // Argument Clinic's str converters run before the body.
  if (enc !== NULL && !isStr(enc)) return argBadArgument('bytes', "argument 'encoding'", 'str', enc);
  if (errs !== NULL && !isStr(errs)) return argBadArgument('bytes', "argument 'errors'", 'str', errs);
  let r: Owned | Null;
  let bytesMeth: Owned | Null;
  let fast: Owned | Null | undefined;
  if (src === NULL) {
    if (enc !== NULL || errs !== NULL) return errSetString(TypeError, enc !== NULL ? 'encoding without a string argument' : 'errors without a string argument');
    r = bytesEmptyNew();
  } else if (isStr(src) && (enc !== NULL || errs !== NULL)) {
    if (enc === NULL) return errSetString(TypeError, 'string argument without an encoding');
    r = strEncodeLocal(src, strToJS(enc), errs === NULL ? 'strict' : strToJS(errs));
  } else if (enc !== NULL) {
    return errSetString(TypeError, 'encoding without a string argument');
  } else if (errs !== NULL) {
    return errSetString(TypeError, 'errors without a string argument');
  } else if ((isListExactLocal(src) || isTupleExact(src)) && (fast = bytesFromIntSequence(src)) !== undefined) {
    // An exact list or tuple has no __bytes__ nor buffer: its ints go straight in.
    r = fast;
  } else if ((bytesMeth = lookupSpecial(src, '__bytes__')) !== NULL) {
    // As CPython's bytes_new: __bytes__ wins over the str, int and iterable cases.
    r = objectCallNoArgs(bytesMeth);
    decref(bytesMeth);
    if (r !== NULL && !isBytes(r)) {
      errSetString(TypeError, `__bytes__ returned non-bytes (type ${typeNameOf(r)})`);
      decref(r);
      return NULL;
    }
    if (r !== NULL && !isExactBuiltin(type, bytesType) && !isExactBuiltin(typeOf(r), bytesType)) {
      // subclassFromBase wants an exact bytes: copy a subclass instance's value first.
      const exact = bytesFromUint8Array(bytesToUint8Array(r));
      decref(r);
      r = exact;
    }
  } else if (errOccurred() !== NULL) {
    return NULL;
  } else if (isStr(src)) {
    return errSetString(TypeError, 'string argument without an encoding');
  } else if (pythonBufferMethod(src)) {
    // PEP 688: a class's own __buffer__ (a bytes subclass's too) gives the bytes.
    const data = pythonBufferCopy(src);
    if (data === null) return NULL;
    r = bytesFromUint8Array(data);
  } else if (isBytes(src)) {
    r = isExactBuiltin(typeOf(src), bytesType) ? newRef(src) : bytesFromUint8Array(bytesToUint8Array(src));
  } else if (indexCheck(src)) {
    const n = numberAsSsize(src, OverflowError);
    if (n === -1 && errOccurred() !== NULL) return NULL;
    if (n < 0) return errSetString(ValueError, 'negative count');
    // Made on the heap directly (a size too big for it is a MemoryError, not a JS RangeError).
    r = bytesNew(n);
    if (r !== NULL && n > 0) {
      u8.fill(0, r + BYTES_DATA, r + BYTES_DATA + n);
      r = bytesFinish(r);
    }
  } else if (isMemoryView(src)) {
    // Any memoryview, contiguous or not, gives its items' bytes in C order (PyBuffer_ToContiguous).
    const data = memoryviewCopyBytes(src);
    if (data === null) return NULL;
    r = bytesFromUint8Array(data);
  } else if (bufferGet(src, false)) {
    r = bytesFromUint8Array(u8.slice(BUF.ptr, BUF.ptr + BUF.len));
  } else {
    if (errOccurred() !== NULL) return NULL;
    const it = objectGetIter(src);
    if (it === NULL) {
      if (errExceptionMatches(TypeError)) {
        errClear();
        return errSetString(TypeError, `cannot convert '${typeNameOf(src)}' object to bytes`);
      }
      return NULL;
    }
    const out: number[] = [];
    for (;;) {
      const item = iterNext(it);
      if (item === NULL) break;
      if (!indexCheck(item)) {
        const name = typeNameOf(item);
        decref(item); decref(it);
        return errSetString(TypeError, `'${name}' object cannot be interpreted as an integer`);
      }
      const v = numberAsSsize(item, NULL);
      decref(item);
      if (v === -1 && errOccurred() !== NULL) { decref(it); return NULL; }
      if (v < 0 || v > 255) { decref(it); return errSetString(ValueError, 'bytes must be in range(0, 256)'); }
      out.push(v);
    }
    decref(it);
    if (errOccurred() !== NULL) return NULL;
    r = bytesFromUint8Array(Uint8Array.from(out));
  }
  if (r === NULL || isExactBuiltin(type, bytesType)) return r;
  return subclassFromBase(type, r);
}

/** tuple(iterable=()). */
function tupleNewVector(type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('tuple', kwnames)) return NULL;
  if (!argsCheckPositional('tuple', nargs, 0, 1)) return NULL;
  let r: Owned | Null;
  if (nargs === 0) r = tupleEmptyNew();
  else r = sequenceTupleLocal(argAt(args, 0));
  if (r === NULL || isExactBuiltin(type, tupleType)) return r;
  return subclassFromBase(type, r);
}

/** list.__new__: an empty list; list.__init__ fills it (type call runs both, as CPython's list does). */
function listNewVector(type: Borrowed, _args: number, _nargs: number, _kwnames: Borrowed | Null): Owned | Null {
  const l = listNew(0);
  if (l === NULL || isExactBuiltin(type, listType)) return l;
  return subclassFromBase(type, l);
}

/** list.__init__(iterable): clears and refills (for subclasses). */
function listInit(self: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): number {
  if (!argsNoKwnames('list', kwnames)) return -1;
  if (!argsCheckPositional('list', nargs, 0, 1)) return -1;
  if (nargs === 0) {
    listClear(self);
    return 0;
  }
  // 3.12 asks for no length here: list_extend takes the iterator, then the length hint, and an empty
  // list gets exactly that much room (list(x) calls x.__iter__ before x.__len__, once each).
  listClear(self);
  return listExtendIterable(self, argAt(args, 0));
}

/** dict.__new__: an empty dict; dict.__init__ (dictInit) merges the arguments. */
function dictNewVector(type: Borrowed, _args: number, _nargs: number, _kwnames: Borrowed | Null): Owned | Null {
  const d = dictNew();
  if (d === NULL || isExactBuiltin(type, dictType)) return d;
  return subclassFromBase(type, d);
}

function dictInit(d: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): number {
  if (nargs > 1) { errSetString(TypeError, `dict expected at most 1 argument, got ${nargs}`); return -1; }
  if (nargs === 1 && dictUpdateFrom(d, argAt(args, 0)) < 0) return -1;
  const nkw = kwnames === NULL ? 0 : tupleSize(kwnames);
  for (let k = 0; k < nkw; k++) {
    if (dictSetItem(d, i32[(kwnames as number) + 12 + 4 * k >> 2] as Borrowed, argAt(args, nargs + k)) < 0) return -1;
  }
  return 0;
}

/**
 * The iterable for set.ts's loops (set(), frozenset(), the set methods and operators): `o` itself when
 * set.ts walks it natively (an exact list, tuple, str or dict, or any set: CPython's set_update_internal
 * merges set subclasses without __iter__), else a list made through the iterator protocol, so a
 * subclass's own __iter__ runs.
 */
export function setIterableSource(o: Borrowed): Owned | Null {
  if (isListExactLocal(o) || isTupleExact(o) || isStrExact(o) || isDictExact(o) || isAnySet(o)) return newRef(o);
  return sequenceListOrMsg(o, `'${typeNameOf(o)}' object is not iterable`);
}

/** set.__new__: an empty set; set.__init__ fills it. */
function setNewVector(type: Borrowed, _args: number, _nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (type === setType && !argsNoKwnames('set', kwnames)) return NULL;
  return setMakeNew(type, NULL);
}

/** set.__init__(iterable=()): clears, then adds the items. */
function setInit(self: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): number {
  if (!argsNoKwnames('set', kwnames)) return -1;
  if (!argsCheckPositional('set', nargs, 0, 1)) return -1;
  setClear(self);
  if (nargs === 0) return 0;
  const src = setIterableSource(argAt(args, 0));
  if (src === NULL) return -1;
  const r = setUpdate(self, src);
  decref(src);
  return r;
}

function frozensetNewVector(type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!argsNoKwnames('frozenset', kwnames)) return NULL;
  if (!argsCheckPositional('frozenset', nargs, 0, 1)) return NULL;
  if (nargs === 0) return type === frozensetType ? frozensetCall(NULL) : setMakeNew(type, NULL);
  const src = setIterableSource(argAt(args, 0));
  if (src === NULL) return NULL;
  const r = type === frozensetType ? frozensetCall(src) : setMakeNew(type, src);
  decref(src);
  return r;
}

/** Installs the slots above into the builtin types' slot tables (static phase, before subclasses exist). */
export function protocolsInstallSlots(): void {
  const set = (t: Borrowed, s: Partial<TypeSlots>): void => { Object.assign(typeSlotsOf(t), s); };
  set(intType, { new: intNewVector });
  set(boolType, { new: boolNewVector });
  set(floatType, { new: floatNewVector });
  set(listType, {
    iter: listIter, getitem: listSubscript, setitem: listAssSubscript, contains: listContains, concat: listConcat,
    repeat: listRepeat, inplaceConcat: listInplaceConcat, inplaceRepeat: listInplaceRepeatSlot, new: listNewVector,
    init: listInit,
  });
  set(tupleType, {
    iter: tupleIter, getitem: tupleSubscript, contains: tupleContains, concat: tupleConcat, repeat: tupleRepeat,
    new: tupleNewVector,
  });
  set(strType, {
    iter: strIter, getitem: strSubscript, contains: strContainsSlot, concat: strConcat, repeat: strRepeat,
    new: strNewVector, mod: strModSlot,
  });
  set(bytesType, {
    iter: bytesIter, getitem: bytesSubscript, contains: bytesContainsSlot, concat: bytesConcat, repeat: bytesRepeat,
    new: bytesNewVector,
  });
  set(dictType, {
    iter: (d: Borrowed) => dictIterNew(d, 0), getitem: dictSubscript, setitem: dictAssSubscript, contains: dictContains,
    or: dictOr, inplaceOr: dictIor, new: dictNewVector,
    init: (self: Borrowed, args: number, nargs: number, kw: Borrowed | Null) => dictInit(self, args, nargs, kw),
  });
  const setOps: Partial<TypeSlots> = {
    iter: setIter, contains: setContainsSlot, or: setOr, and: setAnd, sub: setSub, xor: setXor,
  };
  set(setType, {
    ...setOps, inplaceOr: setIor, inplaceAnd: setIand, inplaceSub: setIsub, inplaceXor: setIxor, new: setNewVector,
    init: setInit,
  });
  set(frozensetType, { ...setOps, new: frozensetNewVector });
}

function strModSlot(a: Borrowed, b: Borrowed): Owned | Null {
  if (!isStr(a)) return newRef(Py_NotImplemented);
  return strMod(a, b);
}

void floatValue; void isFloatExact; void strFromUTF8; void tupleSize; void listExtend; void typeIsSubtype; void numberIndex;
