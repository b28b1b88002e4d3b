// Iterators of the builtin containers and the two generic iterators: list_iterator,
// list_reverseiterator, tuple_iterator, str_ascii_iterator/str_iterator, bytes_iterator,
// dict_keyiterator/valueiterator/itemiterator (+ reversed), set_iterator, iterator (the __getitem__
// protocol) and callable_iterator (iter(f, sentinel)).
// Mirrors Objects/iterobject.c and the iterator parts of listobject.c, tupleobject.c, unicodeobject.c,
// bytesobject.c, dictobject.c and setobject.c. Invariants: an exhausted iterator drops its container
// (seq = 0) and stays exhausted; dict/set iterators remember the size they started with and raise
// RuntimeError when it changes, as CPython does.
//
// Every iterator here (GC):  +8 index  +12 seq (owned, 0 once exhausted)  +16 aux (size at start / sentinel)  +20 remaining

import { i32, u8 } from '../heap/views.ts';
import { incref, decref, xdecref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNewStatic, Py_TPFLAGS_HAVE_GC, type VisitProc, typeOf } from './type.ts';
import { objectGCNew, objectGCFree, objectRichCompareBool } from './object.ts';
import { errSetString, errExceptionMatches, errClear, errOccurred } from './errors.ts';
import { RuntimeError, StopIteration, IndexError } from './exceptions.ts';
import { Py_EQ } from './compare-op.ts';
import { OB_SIZE } from '../heap/header.ts';
import { LIST_ITEMS } from './list.ts';
import { TUPLE_ITEMS } from './tuple.ts';
import { Py_None } from './none.ts';
import { strLength, strGetItem, strIsAscii } from './str.ts';
import { BYTES_DATA } from './bytes.ts';
import { smallInt, intFromNumber } from './int.ts';
import { dictNext, dictPrev, dictEntryCount, MA_USED, MA_KEYS } from './dict.ts';
import { setNext, setSize } from './set.ts';
import { objectCallNoArgs, sequenceGetItem, iterHooks } from './abstract.ts';
import { argAt } from './methodobject.ts';
import { listNew, listAppend } from './list.ts';
import { bytearrayIterType } from './bytearray.ts';
import { tuplePack, tupleEmptyNew, tuplePairFromResult } from './tuple.ts';
import { strEmptyNew } from './str.ts';
import { isInt, intSafeValue, intSign, intBitLengthNumber } from './int.ts';
import { noneNew } from './object.ts';
import { typeNameOf, typeSlotsOf } from './type.ts';
import { TypeError, OverflowError } from './exceptions.ts';
import { type MethodDef, typeAddMethods, argsNone, argsOne, METH_NOARGS, METH_O } from './methodobject.ts';

const IT_INDEX = 8;
const IT_SEQ = 12;
const IT_AUX = 16;
const IT_REMAINING = 20;
const IT_SIZE = 24;
// The dict item iterators also keep their (key, value) result tuple, refilled while only they hold it
// (CPython's di_result).
const IT_RESULT = 24;
const ITEM_IT_SIZE = 28;
// OrderedDict's iterators (odictobject.c's odictiter) also keep the table's shape when they started: its
// keys object and entry count (with aux, the size). Any other shape means a key was added, removed or
// moved (CPython's od_state), which is "OrderedDict mutated during iteration"; replacing a value is not.
// One type for keys, values and items, forwards or reversed, as in CPython: +36 reverse, +40 part (keys 0,
// values 1, items 2); the result word is 0 for keys and values.
const OD_KEYS = 28;
const OD_NENTRIES = 32;
const OD_REVERSE = 36;
const OD_PART = 40;
const ODICT_IT_SIZE = 44;

export let listIterType = 0 as Borrowed;
export let listRevIterType = 0 as Borrowed;
export let tupleIterType = 0 as Borrowed;
export let strAsciiIterType = 0 as Borrowed;
export let strIterType = 0 as Borrowed;
export let bytesIterType = 0 as Borrowed;
export let dictKeyIterType = 0 as Borrowed;
export let dictValueIterType = 0 as Borrowed;
export let dictItemIterType = 0 as Borrowed;
export let dictRevKeyIterType = 0 as Borrowed;
export let dictRevValueIterType = 0 as Borrowed;
export let dictRevItemIterType = 0 as Borrowed;
export let odictIterType = 0 as Borrowed;
export let setIterType = 0 as Borrowed;
export let seqIterType = 0 as Borrowed;
export let callableIterType = 0 as Borrowed;

function iterNew(type: Borrowed, seq: Borrowed, index: number, aux: number): Owned | Null {
  const items = type === dictItemIterType || type === dictRevItemIterType;
  const odict = type === odictIterType;
  let result: Owned | Null = NULL;
  if (items) {
    result = tuplePack([Py_None, Py_None]);
    if (result === NULL) return NULL;
  }
  const it = objectGCNew(type, odict ? ODICT_IT_SIZE : items ? ITEM_IT_SIZE : IT_SIZE);
  if (it === NULL) { xdecref(result); return NULL; }
  if (items || odict) i32[(it + IT_RESULT) >> 2] = result;
  incref(seq);
  i32[(it + IT_INDEX) >> 2] = index;
  i32[(it + IT_SEQ) >> 2] = seq;
  i32[(it + IT_AUX) >> 2] = aux;
  i32[(it + IT_REMAINING) >> 2] = 0;
  return it;
}

function iterDealloc(o: Owned): void {
  xdecref(i32[(o + IT_SEQ) >> 2] as Owned | Null);
  objectGCFree(o);
}

function iterTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  const s = i32[(o + IT_SEQ) >> 2];
  return s !== 0 ? visit(s as Borrowed, arg) : 0;
}

/** The dict item iterators own their result tuple too (the OrderedDict key and value iterators keep 0 there). */
function itemIterDealloc(o: Owned): void {
  xdecref(i32[(o + IT_SEQ) >> 2] as Owned | Null);
  xdecref(i32[(o + IT_RESULT) >> 2] as Owned | Null);
  objectGCFree(o);
}

function itemIterTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  const r = iterTraverse(o, visit, arg);
  const result = i32[(o + IT_RESULT) >> 2];
  return r !== 0 || result === 0 ? r : visit(result as Borrowed, arg);
}

/** callable_iterator owns its sentinel too. */
function callIterDealloc(o: Owned): void {
  xdecref(i32[(o + IT_SEQ) >> 2] as Owned | Null);
  xdecref(i32[(o + IT_AUX) >> 2] as Owned | Null);
  objectGCFree(o);
}

function callIterTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  const s = i32[(o + IT_SEQ) >> 2];
  if (s !== 0) { const r = visit(s as Borrowed, arg); if (r !== 0) return r; }
  const a = i32[(o + IT_AUX) >> 2];
  return a !== 0 ? visit(a as Borrowed, arg) : 0;
}

/** tp_iter of every iterator: itself. */
export function selfIter(o: Borrowed): Owned | Null {
  return newRef(o);
}

function exhaust(it: Borrowed): Null {
  const s = i32[(it + IT_SEQ) >> 2];
  if (s !== 0) {
    i32[(it + IT_SEQ) >> 2] = 0;
    decref(s as Owned);
  }
  return NULL;
}

// ---- list / tuple / str / bytes --------------------------------------------------------------------------

/** iter(list). */
export function listIter(l: Borrowed): Owned | Null {
  return iterNew(listIterType, l, 0, 0);
}

/** reversed(list) (list.__reversed__). */
export function listReversedIter(l: Borrowed): Owned | Null {
  return iterNew(listRevIterType, l, i32[(l + OB_SIZE) >> 2] - 1, 0);
}

/** tp_iternext of list iterators (the JIT's FOR_ITER calls it directly); NULL at the end, never an error. */
export function listIterNext(it: Borrowed): Owned | Null {
  const l = i32[(it + IT_SEQ) >> 2];
  if (l === 0) return NULL;
  const i = i32[(it + IT_INDEX) >> 2];
  if (i < i32[(l + OB_SIZE) >> 2]) {
    i32[(it + IT_INDEX) >> 2] = i + 1;
    return newRef(i32[(i32[(l + LIST_ITEMS) >> 2] >> 2) + i] as Borrowed);
  }
  return exhaust(it);
}

function listRevIterNext(it: Borrowed): Owned | Null {
  const l = i32[(it + IT_SEQ) >> 2];
  if (l === 0) return NULL;
  const i = i32[(it + IT_INDEX) >> 2];
  if (i >= 0 && i < i32[(l + OB_SIZE) >> 2]) {
    i32[(it + IT_INDEX) >> 2] = i - 1;
    return newRef(i32[(i32[(l + LIST_ITEMS) >> 2] >> 2) + i] as Borrowed);
  }
  i32[(it + IT_INDEX) >> 2] = -1;
  return exhaust(it);
}

/** iter(tuple). */
export function tupleIter(t: Borrowed): Owned | Null {
  return iterNew(tupleIterType, t, 0, 0);
}

function tupleIterNext(it: Borrowed): Owned | Null {
  const t = i32[(it + IT_SEQ) >> 2];
  if (t === 0) return NULL;
  const i = i32[(it + IT_INDEX) >> 2];
  if (i < i32[(t + OB_SIZE) >> 2]) {
    i32[(it + IT_INDEX) >> 2] = i + 1;
    return newRef(i32[(t + TUPLE_ITEMS + 4 * i) >> 2] as Borrowed);
  }
  return exhaust(it);
}

/** iter(str): str_ascii_iterator for ASCII text, str_iterator otherwise. */
export function strIter(s: Borrowed): Owned | Null {
  return iterNew(strIsAscii(s) ? strAsciiIterType : strIterType, s, 0, 0);
}

function strIterNext(it: Borrowed): Owned | Null {
  const s = i32[(it + IT_SEQ) >> 2];
  if (s === 0) return NULL;
  const i = i32[(it + IT_INDEX) >> 2];
  if (i < strLength(s as Borrowed)) {
    i32[(it + IT_INDEX) >> 2] = i + 1;
    return strGetItem(s as Borrowed, i);
  }
  return exhaust(it);
}

/** iter(bytes). */
export function bytesIter(b: Borrowed): Owned | Null {
  return iterNew(bytesIterType, b, 0, 0);
}

function bytesIterNext(it: Borrowed): Owned | Null {
  const b = i32[(it + IT_SEQ) >> 2];
  if (b === 0) return NULL;
  const i = i32[(it + IT_INDEX) >> 2];
  if (i < i32[(b + OB_SIZE) >> 2]) {
    i32[(it + IT_INDEX) >> 2] = i + 1;
    return newRef(smallInt(u8[b + BYTES_DATA + i]));
  }
  return exhaust(it);
}

// ---- dict / set ---------------------------------------------------------------------------------------------

const POS = new Int32Array(1);
const KV = new Int32Array(2);

const enum DictPart { Keys, Values, Items }

/** iter(d), iter(d.values()), iter(d.items()): part 0 keys, 1 values, 2 items. */
export function dictIterNew(d: Borrowed, part: number): Owned | Null {
  const t = part === DictPart.Keys ? dictKeyIterType : part === DictPart.Values ? dictValueIterType : dictItemIterType;
  const it = iterNew(t, d, 0, i32[(d + MA_USED) >> 2]);
  if (it !== NULL) i32[(it + IT_REMAINING) >> 2] = i32[(d + MA_USED) >> 2];
  return it;
}

/** reversed(d), reversed(d.values()), reversed(d.items()). */
export function dictRevIterNew(d: Borrowed, part: number): Owned | Null {
  const t = part === DictPart.Keys ? dictRevKeyIterType : part === DictPart.Values ? dictRevValueIterType : dictRevItemIterType;
  const it = iterNew(t, d, dictEntryCount(d), i32[(d + MA_USED) >> 2]);
  if (it !== NULL) i32[(it + IT_REMAINING) >> 2] = i32[(d + MA_USED) >> 2];
  return it;
}

function dictIterStep(it: Borrowed): boolean {
  const d = i32[(it + IT_SEQ) >> 2];
  if (i32[(it + IT_AUX) >> 2] !== i32[(d + MA_USED) >> 2]) {
    errSetString(RuntimeError, 'dictionary changed size during iteration');
    i32[(it + IT_AUX) >> 2] = -1; // make this state sticky
    return false;
  }
  POS[0] = i32[(it + IT_INDEX) >> 2];
  if (!dictNext(d as Borrowed, POS, KV)) return false;
  // An entry found after as many as the dict had: keys were replaced while iterating.
  if (i32[(it + IT_REMAINING) >> 2] <= 0) {
    errSetString(RuntimeError, 'dictionary keys changed during iteration');
    return false;
  }
  i32[(it + IT_INDEX) >> 2] = POS[0];
  i32[(it + IT_REMAINING) >> 2]--;
  return true;
}

// Reverse dict iteration: the index is one past the next entry position to look at, counting down.
function dictRevStep(it: Borrowed): boolean {
  const d = i32[(it + IT_SEQ) >> 2];
  if (i32[(it + IT_AUX) >> 2] !== i32[(d + MA_USED) >> 2]) {
    errSetString(RuntimeError, 'dictionary changed size during iteration');
    i32[(it + IT_AUX) >> 2] = -1;
    return false;
  }
  if (i32[(it + IT_REMAINING) >> 2] <= 0) return false;
  POS[0] = i32[(it + IT_INDEX) >> 2];
  if (!dictPrev(d as Borrowed, POS, KV)) return false;
  i32[(it + IT_INDEX) >> 2] = POS[0];
  i32[(it + IT_REMAINING) >> 2]--;
  return true;
}

/** OrderedDict(d): iter or reversed over its keys (part 0), values (1) or items (2), as odictiter_new. */
export function odictIterNew(d: Borrowed, part: number, reverse: boolean): Owned | Null {
  const used = i32[(d + MA_USED) >> 2];
  const it = iterNew(odictIterType, d, reverse ? dictEntryCount(d) : 0, used);
  if (it === NULL) return NULL;
  if (part === DictPart.Items) {
    const result = tuplePack([Py_None, Py_None]);
    if (result === NULL) { decref(it); return NULL; }
    i32[(it + IT_RESULT) >> 2] = result;
  }
  i32[(it + OD_PART) >> 2] = part;
  i32[(it + IT_REMAINING) >> 2] = used;
  i32[(it + OD_KEYS) >> 2] = i32[(d + MA_KEYS) >> 2];
  i32[(it + OD_NENTRIES) >> 2] = dictEntryCount(d);
  i32[(it + OD_REVERSE) >> 2] = reverse ? 1 : 0;
  return it;
}

function odictStep(it: Borrowed): boolean {
  const d = i32[(it + IT_SEQ) >> 2];
  if (i32[(d + MA_KEYS) >> 2] !== i32[(it + OD_KEYS) >> 2] || dictEntryCount(d as Borrowed) !== i32[(it + OD_NENTRIES) >> 2]
    || i32[(d + MA_USED) >> 2] !== i32[(it + IT_AUX) >> 2]) {
    errSetString(RuntimeError, 'OrderedDict mutated during iteration');
    return false;
  }
  return i32[(it + OD_REVERSE) >> 2] !== 0 ? dictRevStep(it) : dictIterStep(it);
}

function odictIterNext(it: Borrowed): Owned | Null {
  if (i32[(it + IT_SEQ) >> 2] === 0) return NULL;
  if (!odictStep(it)) return exhaust(it);
  const part = i32[(it + OD_PART) >> 2];
  if (part === DictPart.Keys) return newRef(KV[0] as Borrowed);
  if (part === DictPart.Values) return newRef(KV[1] as Borrowed);
  return pairOf(it, KV[0] as Borrowed, KV[1] as Borrowed);
}

function dictKeyIterNext(it: Borrowed): Owned | Null {
  if (i32[(it + IT_SEQ) >> 2] === 0) return NULL;
  if (!dictIterStep(it)) return exhaust(it);
  return newRef(KV[0] as Borrowed);
}

function dictValueIterNext(it: Borrowed): Owned | Null {
  if (i32[(it + IT_SEQ) >> 2] === 0) return NULL;
  if (!dictIterStep(it)) return exhaust(it);
  return newRef(KV[1] as Borrowed);
}

/** The (key, value) pair of a dict item iterator: its kept result tuple when it may be refilled. */
function pairOf(it: Borrowed, k: Borrowed, v: Borrowed): Owned | Null {
  return tuplePairFromResult(i32[(it + IT_RESULT) >> 2] as Borrowed, newRef(k), newRef(v));
}

function dictItemIterNext(it: Borrowed): Owned | Null {
  if (i32[(it + IT_SEQ) >> 2] === 0) return NULL;
  if (!dictIterStep(it)) return exhaust(it);
  return pairOf(it, KV[0] as Borrowed, KV[1] as Borrowed);
}

function dictRevKeyIterNext(it: Borrowed): Owned | Null {
  if (i32[(it + IT_SEQ) >> 2] === 0) return NULL;
  if (!dictRevStep(it)) return exhaust(it);
  return newRef(KV[0] as Borrowed);
}

function dictRevValueIterNext(it: Borrowed): Owned | Null {
  if (i32[(it + IT_SEQ) >> 2] === 0) return NULL;
  if (!dictRevStep(it)) return exhaust(it);
  return newRef(KV[1] as Borrowed);
}

function dictRevItemIterNext(it: Borrowed): Owned | Null {
  if (i32[(it + IT_SEQ) >> 2] === 0) return NULL;
  if (!dictRevStep(it)) return exhaust(it);
  return pairOf(it, KV[0] as Borrowed, KV[1] as Borrowed);
}

/** iter(set) / iter(frozenset). */
export function setIter(s: Borrowed): Owned | Null {
  const it = iterNew(setIterType, s, 0, setSize(s));
  if (it !== NULL) i32[(it + IT_REMAINING) >> 2] = setSize(s);
  return it;
}

function setIterNext(it: Borrowed): Owned | Null {
  const s = i32[(it + IT_SEQ) >> 2];
  if (s === 0) return NULL;
  if (i32[(it + IT_AUX) >> 2] !== setSize(s as Borrowed)) {
    errSetString(RuntimeError, 'Set changed size during iteration');
    i32[(it + IT_AUX) >> 2] = -1;
    return NULL;
  }
  POS[0] = i32[(it + IT_INDEX) >> 2];
  if (!setNext(s as Borrowed, POS, KV)) return exhaust(it);
  i32[(it + IT_INDEX) >> 2] = POS[0];
  i32[(it + IT_REMAINING) >> 2]--;
  return newRef(KV[0] as Borrowed);
}

// ---- iterator (sequence protocol) and callable_iterator ---------------------------------------------------

/** PySeqIter_New: iterates seq[0], seq[1], ... until IndexError or StopIteration. */
export function seqIterNew(seq: Borrowed): Owned | Null {
  return iterNew(seqIterType, seq, 0, 0);
}

function seqIterNext(it: Borrowed): Owned | Null {
  const seq = i32[(it + IT_SEQ) >> 2];
  if (seq === 0) return NULL;
  const i = i32[(it + IT_INDEX) >> 2];
  const r = sequenceGetItem(seq as Borrowed, i);
  if (r !== NULL) {
    i32[(it + IT_INDEX) >> 2] = i + 1;
    return r;
  }
  if (errExceptionMatches(IndexError) || errExceptionMatches(StopIteration)) {
    errClear();
    return exhaust(it);
  }
  return NULL;
}

/** PyCallIter_New: iter(callable, sentinel). */
export function callIterNew(callable: Borrowed, sentinel: Borrowed): Owned | Null {
  const it = iterNew(callableIterType, callable, 0, sentinel);
  if (it !== NULL) incref(sentinel);
  return it;
}

function callIterNext(it: Borrowed): Owned | Null {
  const f = i32[(it + IT_SEQ) >> 2];
  if (f === 0) return NULL;
  const r = objectCallNoArgs(f as Borrowed);
  if (r === NULL) {
    if (errExceptionMatches(StopIteration)) { errClear(); exhaust(it); }
    return NULL;
  }
  const sentinel = i32[(it + IT_AUX) >> 2] as Borrowed;
  const c = objectRichCompareBool(r, sentinel, Py_EQ);
  if (c === 0) return r;
  decref(r);
  if (c > 0) {
    exhaust(it);
    const s = i32[(it + IT_AUX) >> 2];
    i32[(it + IT_AUX) >> 2] = 0;
    decref(s as Owned);
  }
  return NULL;
}

// ---- __length_hint__ ----------------------------------------------------------------------------------------

/** The number of items left, for __length_hint__ (0 when exhausted). */
export function iterLengthHint(it: Borrowed): number {
  const seq = i32[(it + IT_SEQ) >> 2];
  if (seq === 0) return 0;
  const t = typeOf(it);
  const i = i32[(it + IT_INDEX) >> 2];
  if (t === listIterType || t === tupleIterType || t === bytesIterType || t === bytearrayIterType) return Math.max(0, i32[(seq + OB_SIZE) >> 2] - i);
  if (t === strAsciiIterType || t === strIterType) return Math.max(0, strLength(seq as Borrowed) - i);
  if (t === listRevIterType) return i < i32[(seq + OB_SIZE) >> 2] ? i + 1 : 0;
  return Math.max(0, i32[(it + IT_REMAINING) >> 2]);
}

/**
 * A METH_NOARGS method shared by several iterator types: its argument errors name the type of self
 * (iterator types have no subclasses, so that is the type whose dict holds it).
 */
function noArgs(name: string, body: (self: Borrowed) => Owned | Null): MethodDef['fn'] {
  return (self, _args, nargs, kwnames) => {
    if ((nargs !== 0 || kwnames !== NULL) && !argsNone(`${typeNameOf(self as Borrowed)}.${name}`, nargs, kwnames)) return NULL;
    return body(self as Borrowed);
  };
}

const lengthHintMethods: MethodDef[] = [{
  name: '__length_hint__', fn: noArgs('__length_hint__', (it) => intFromNumber(iterLengthHint(it))), flags: METH_NOARGS,
  doc: 'Private method returning an estimate of len(list(it)).',
}];

/**
 * __reduce__ of the index iterators (listiter_reduce_general and its tuple/str/bytes kin): while the
 * sequence is held, (iter, (seq,), index) or, for list_reverseiterator, (reversed, (seq,), index);
 * once exhausted, (iter, (empty,)) with an empty list, '' for str, and () for tuple and bytes.
 */
function iter_reduce(self: Borrowed | Null): Owned | Null {
  const it = self as Borrowed;
  const t = typeOf(it);
  const seq = i32[(it + IT_SEQ) >> 2];
  const rev = t === listRevIterType;
  const fn = iterHooks.builtin!(seq !== 0 && rev ? 'reversed' : 'iter');
  if (fn === NULL) return NULL;
  if (seq !== 0) {
    const a = tuplePack([seq as Borrowed]);
    if (a === NULL) return NULL;
    const idx = intFromNumber(i32[(it + IT_INDEX) >> 2]);
    if (idx === NULL) { decref(a); return NULL; }
    const r = tuplePack([fn, a, idx]);
    decref(a);
    decref(idx);
    return r;
  }
  const empty = t === listIterType || rev ? listNew(0) : t === strIterType || t === strAsciiIterType ? strEmptyNew() : tupleEmptyNew();
  if (empty === NULL) return NULL;
  const a = tuplePack([empty]);
  decref(empty);
  if (a === NULL) return NULL;
  const r = tuplePack([fn, a]);
  decref(a);
  return r;
}

/** __setstate__(index) of the index iterators: the next index, clamped to the sequence (PyLong_AsSsize_t's checks). */
function iter_setstate(self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const it = self as Borrowed;
  if ((nargs !== 1 || kwnames !== NULL) && !argsOne(`${typeNameOf(it)}.__setstate__`, nargs, kwnames)) return NULL;
  const st = argAt(args, 0);
  if (!isInt(st)) return errSetString(TypeError, 'an integer is required');
  let v = intSafeValue(st);
  if (v !== v) {
    if (intBitLengthNumber(st) > 63) return errSetString(OverflowError, 'Python int too large to convert to C ssize_t');
    v = intSign(st) < 0 ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  }
  const seq = i32[(it + IT_SEQ) >> 2];
  if (seq !== 0 && typeOf(it) === seqIterType) {
    // The __getitem__ protocol's iterator: any index from 0 on (the sequence has no known length).
    i32[(it + IT_INDEX) >> 2] = v < 0 ? 0 : Math.min(v, 0x7fffffff);
  } else if (seq !== 0) {
    const t = typeOf(it);
    const n = t === strIterType || t === strAsciiIterType ? strLength(seq as Borrowed) : i32[(seq + OB_SIZE) >> 2];
    // list_reverseiterator keeps the next index from the end: -1 (exhausted) to n - 1.
    const lo = t === listRevIterType ? -1 : 0, hi = t === listRevIterType ? n - 1 : n;
    i32[(it + IT_INDEX) >> 2] = v < lo ? lo : v > hi ? hi : v;
  }
  return noneNew();
}

/**
 * __reduce__ of the dict and set iterators (dictiter_reduce, setiter_reduce): (iter, (list,)) where the
 * list holds what is left, read through a copy of the iterator so this one is not advanced.
 */
function iter_reduce_rest(self: Borrowed | Null): Owned | Null {
  const it = self as Borrowed;
  const fn = iterHooks.builtin!('iter');
  if (fn === NULL) return NULL;
  const rest = listNew(0);
  if (rest === NULL) return NULL;
  const seq = i32[(it + IT_SEQ) >> 2];
  if (seq !== 0) {
    const odict = typeOf(it) === odictIterType;
    const tmp = odict ? odictIterNew(seq as Borrowed, i32[(it + OD_PART) >> 2], i32[(it + OD_REVERSE) >> 2] !== 0)
      : iterNew(typeOf(it), seq as Borrowed, 0, 0);
    if (tmp === NULL) { decref(rest); return NULL; }
    for (const w of odict ? [IT_INDEX, IT_AUX, IT_REMAINING, OD_KEYS, OD_NENTRIES] : [IT_INDEX, IT_AUX, IT_REMAINING]) {
      i32[(tmp + w) >> 2] = i32[(it + w) >> 2];
    }
    const next = typeSlotsOf(typeOf(it)).iternext!;
    for (let v = next(tmp); v !== NULL; v = next(tmp)) {
      const c = listAppend(rest, v);
      decref(v);
      if (c < 0) break;
    }
    decref(tmp);
    if (errOccurred() !== NULL) { decref(rest); return NULL; }
  }
  const a = tuplePack([rest]);
  decref(rest);
  if (a === NULL) return NULL;
  const r = tuplePack([fn, a]);
  decref(a);
  return r;
}

/** callable_iterator.__reduce__: (iter, (callable, sentinel)), or (iter, ((),)) once exhausted. */
function calliter_reduce(self: Borrowed | Null): Owned | Null {
  const it = self as Borrowed;
  const fn = iterHooks.builtin!('iter');
  if (fn === NULL) return NULL;
  const f = i32[(it + IT_SEQ) >> 2];
  let a: Owned | Null;
  if (f !== 0) {
    a = tuplePack([f as Borrowed, i32[(it + IT_AUX) >> 2] as Borrowed]);
  } else {
    const e = tupleEmptyNew();
    a = tuplePack([e]);
    decref(e);
  }
  if (a === NULL) return NULL;
  const r = tuplePack([fn, a]);
  decref(a);
  return r;
}

const reduceRestMethods: MethodDef[] = [
  { name: '__reduce__', fn: noArgs('__reduce__', iter_reduce_rest), flags: METH_NOARGS, doc: 'Return state information for pickling.' },
];

const reduceMethods: MethodDef[] = [
  { name: '__reduce__', fn: noArgs('__reduce__', iter_reduce), flags: METH_NOARGS, doc: 'Return state information for pickling.' },
  { name: '__setstate__', fn: iter_setstate, flags: METH_O, doc: 'Set state information for unpickling.' },
];

function makeIterType(name: string, next: (it: Borrowed) => Owned | Null, withResult = false, size = 0): Borrowed {
  return typeNewStatic({
    name,
    basicsize: size || (withResult ? ITEM_IT_SIZE : IT_SIZE),
    flags: Py_TPFLAGS_HAVE_GC,
    slots: {
      dealloc: withResult ? itemIterDealloc : iterDealloc, traverse: withResult ? itemIterTraverse : iterTraverse,
      iter: selfIter, iternext: next,
    },
  });
}

/** Creates the iterator types (static phase). */
export function iterobjectInitStatic(): void {
  listIterType = makeIterType('list_iterator', listIterNext);
  listRevIterType = makeIterType('list_reverseiterator', listRevIterNext);
  tupleIterType = makeIterType('tuple_iterator', tupleIterNext);
  strAsciiIterType = makeIterType('str_ascii_iterator', strIterNext);
  strIterType = makeIterType('str_iterator', strIterNext);
  bytesIterType = makeIterType('bytes_iterator', bytesIterNext);
  dictKeyIterType = makeIterType('dict_keyiterator', dictKeyIterNext);
  dictValueIterType = makeIterType('dict_valueiterator', dictValueIterNext);
  dictItemIterType = makeIterType('dict_itemiterator', dictItemIterNext, true);
  dictRevKeyIterType = makeIterType('dict_reversekeyiterator', dictRevKeyIterNext);
  dictRevValueIterType = makeIterType('dict_reversevalueiterator', dictRevValueIterNext);
  dictRevItemIterType = makeIterType('dict_reverseitemiterator', dictRevItemIterNext, true);
  odictIterType = makeIterType('odict_iterator', odictIterNext, true, ODICT_IT_SIZE);
  setIterType = makeIterType('set_iterator', setIterNext);
  seqIterType = makeIterType('iterator', seqIterNext);
  callableIterType = typeNewStatic({
    name: 'callable_iterator',
    basicsize: IT_SIZE,
    flags: Py_TPFLAGS_HAVE_GC,
    slots: { dealloc: callIterDealloc, traverse: callIterTraverse, iter: selfIter, iternext: callIterNext },
  });
  iterHooks.seqIterNew = seqIterNew;
}

/** Registers __length_hint__ on the iterator types (after methodObjectInitStatic). */
export function iterobjectAddMethods(): void {
  for (const t of [listIterType, listRevIterType, tupleIterType, strAsciiIterType, strIterType, bytesIterType,
    bytearrayIterType, dictKeyIterType, dictValueIterType, dictItemIterType, dictRevKeyIterType, dictRevValueIterType,
    dictRevItemIterType, setIterType, seqIterType]) {
    typeAddMethods(t, lengthHintMethods);
  }
  for (const t of [listIterType, listRevIterType, tupleIterType, strAsciiIterType, strIterType, bytesIterType,
    bytearrayIterType, seqIterType]) {
    typeAddMethods(t, reduceMethods);
  }
  typeAddMethods(callableIterType, [
    { name: '__reduce__', fn: noArgs('__reduce__', calliter_reduce), flags: METH_NOARGS, doc: 'Return state information for pickling.' },
  ]);
  for (const t of [dictKeyIterType, dictValueIterType, dictItemIterType, dictRevKeyIterType, dictRevValueIterType,
    dictRevItemIterType, odictIterType, setIterType]) {
    typeAddMethods(t, reduceRestMethods);
  }
}
