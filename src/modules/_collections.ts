// The _collections module: collections.deque and its two iterator types, and _count_elements
// (Counter's counting loop), in native code.
// Mirrors Modules/_collectionsmodule.c (deque_append/pop, extend, rotate, richcompare, repr, the
// "deque mutated during iteration" state counter, maxlen trimming), but stores the items in one
// circular buffer of references (a power-of-two capacity, doubled when full, halved when a quarter used)
// instead of CPython's linked 64-slot blocks. Invariants: the deque owns its `size` items, found at
// buf[(head + i) & (cap - 1)]; `state` changes on every structural change (not on d[i] = x or reverse);
// maxlen is -1 for None; a maxlen past the i32 range is stored as 0x7fffffff (no deque gets that
// long) with the int itself in maxlen_obj, for the maxlen attribute, repr and copies.
// `left` is the leftindex CPython's deque would have after the same operations (0..63, the first
// item's place in its leftmost 64-slot block), kept only so that __sizeof__ counts CPython's blocks:
// (left + size + 63) // 64 of them, as the CPython deque holds exactly the blocks its items span.
//
// deque (GC):        -8 gc_next  -4 gc_prev | +0 ob_refcnt +4 ob_type +8 size +12 buf +16 cap +20 head
//                    +24 maxlen +28 state +32 maxlen_obj (owned int or 0) +36 left
// iterator (GC):     +8 deque (owned) +12 index (logical) +16 state +20 counter (items left)

import { i32 } from '../heap/views.ts';
import { alloc, free } from '../heap/alloc.ts';
import { incref, decref, xdecref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { nativeModuleNew, moduleAddSteal } from './native.ts';
import { abcFlagsMethods } from './abcflags.ts';
import {
  typeNewStatic, typeOf, typeName, typeLookupJS, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_BASETYPE, typeIsSubtype, type VisitProc,
  Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT,
} from '../objects/type.ts';
import {
  objectGCFree, objectRepr, objectRichCompare, objectRichCompareBool, objectHashNotImplemented, reprEnter, reprLeave,
  trashcanBegin, trashcanEnd, boolNew, objectHash, hashFailed, objectIsTrue,
} from '../objects/object.ts';
import { type MethodDef, typeAddMethods, argAt, argsNoKwnames, argsCheckPositional, argsNone, argsOne } from '../objects/methodobject.ts';
import { typeAddGetSets } from '../objects/getset.ts';
import { typeGenericAlloc } from '../objects/type.ts';
import { errSetString, errNoMemory, errOccurred, errClear } from '../objects/errors.ts';
import { TypeError, ValueError, IndexError, RuntimeError, OverflowError } from '../objects/exceptions.ts';
import { isInt, intSafeValue, intFromNumber, intSign, intToBigInt } from '../objects/int.ts';
import { strFromJS, strToJS } from '../objects/str.ts';
import { Py_None } from '../objects/none.ts';
import { Py_NotImplemented } from '../objects/notimplemented.ts';
import { tupleNew, tupleSetItemSteal, tuplePack } from '../objects/tuple.ts';
import { isDict, dictSize, dictType, dictGetItemKnownHash, dictSetItemKnownHash, dictSizeOf, dictCapacity } from '../objects/dict.ts';
import { H64 } from '../support/hash64.ts';
import {
  objectGetIter, iterNext, parseArgs, PARSED, numberIndexAny, objectCallOneArg, objectCallTwoArgs, sequenceList,
  objectGetAttrString, indexCheck, numberAdd, objectSetItem,
  numberAsSsize,
} from '../objects/abstract.ts';
import { genericAliasAddClassGetItem } from '../objects/genericalias.ts';
import { selfIter, odictIterNew } from '../objects/iterobject.ts';
import { cpythonBasicSize } from '../objects/sizeof.ts';

const D_SIZE = 8, D_BUF = 12, D_CAP = 16, D_HEAD = 20, D_MAXLEN = 24, D_STATE = 28, D_MAXLEN_OBJ = 32, D_LEFT = 36, DEQUE_SIZE = 40;
const I_DEQUE = 8, I_INDEX = 12, I_STATE = 16, I_COUNTER = 20, ITER_SIZE = 24;
const MIN_CAP = 8;
/** Py_TPFLAGS_SEQUENCE: `match` treats deques as sequences. */
const Py_TPFLAGS_SEQUENCE = 1 << 5;
const MAX_ITEMS = 1 << 28;

export let dequeType = 0 as Borrowed;
export let dequeIterType = 0 as Borrowed;
export let dequeRevIterType = 0 as Borrowed;

function isDeque(o: Borrowed): boolean {
  const t = typeOf(o);
  return t === dequeType || typeIsSubtype(t, dequeType);
}

function size(d: Borrowed): number {
  return i32[(d + D_SIZE) >> 2];
}

/** The i32 index of logical item i (0 <= i < cap). */
function slot(d: Borrowed, i: number): number {
  return (i32[(d + D_BUF) >> 2] >> 2) + ((i32[(d + D_HEAD) >> 2] + i) & (i32[(d + D_CAP) >> 2] - 1));
}

function itemBorrow(d: Borrowed, i: number): Borrowed {
  return i32[slot(d, i)] as Borrowed;
}

function bumpState(d: Borrowed): void {
  i32[(d + D_STATE) >> 2] = (i32[(d + D_STATE) >> 2] + 1) | 0;
}

// ---- CPython's block bookkeeping (D_LEFT), for __sizeof__ only --------------------------------------
// Each function below is what the CPython operation of the same name does to leftindex; callers apply
// them where CPython's deque performs that operation (appendleft, popleft, pop, _deque_rotate...).

const BLOCKLEN = 64;
/** leftindex of an empty deque (CENTER + 1), where CPython re-centres an emptied one. */
const CENTERED = 32;
/** sizeof(block): 64 item pointers and the two links. */
const BLOCK_BYTES = 8 * BLOCKLEN + 16;

function cpyLeft(d: Borrowed): number {
  return i32[(d + D_LEFT) >> 2];
}

function cpySetLeft(d: Borrowed, left: number): void {
  i32[(d + D_LEFT) >> 2] = left;
}

/** deque_appendleft: a new block on the left when the leftmost one is full. */
function cpyAppendLeft(d: Borrowed): void {
  cpySetLeft(d, cpyLeft(d) === 0 ? BLOCKLEN - 1 : cpyLeft(d) - 1);
}

/** deque_popleft, after the size went down: an emptied leftmost block is freed, or re-centred when it was the last. */
function cpyPopLeft(d: Borrowed): void {
  const left = cpyLeft(d) + 1;
  cpySetLeft(d, left < BLOCKLEN ? left : size(d) > 0 ? 0 : CENTERED);
}

/** deque_pop, before the size goes down: taking the rightmost block's only item from a deque of one re-centres it. */
function cpyPop(d: Borrowed): void {
  if (size(d) === 1 && cpyLeft(d) === 0) cpySetLeft(d, CENTERED);
}

/** _deque_rotate(n) on `len` items: n normalized as CPython does, then every item moves n places right. */
function cpyRotate(d: Borrowed, n: number, len: number): void {
  if (len <= 1) return;
  const half = len >> 1;
  if (n > half || n < -half) {
    n %= len;
    if (n > half) n -= len;
    else if (n < -half) n += len;
  }
  cpySetLeft(d, (((cpyLeft(d) - n) % BLOCKLEN) + BLOCKLEN) % BLOCKLEN);
}

/** Moves the items to a fresh buffer of `cap` slots (a power of two >= size), head at 0. False: MemoryError set. */
function rebuffer(d: Borrowed, cap: number): boolean {
  const n = size(d);
  const nb = alloc(cap * 4);
  if (nb === 0) { errNoMemory(); return false; }
  const k = nb >> 2;
  for (let i = 0; i < n; i++) i32[k + i] = i32[slot(d, i)];
  const old = i32[(d + D_BUF) >> 2];
  if (old !== 0) free(old);
  i32[(d + D_BUF) >> 2] = nb;
  i32[(d + D_CAP) >> 2] = cap;
  i32[(d + D_HEAD) >> 2] = 0;
  return true;
}

function ensureRoom(d: Borrowed): boolean {
  const cap = i32[(d + D_CAP) >> 2];
  if (size(d) < cap) return true;
  if (cap >= MAX_ITEMS) { errNoMemory(); return false; }
  return rebuffer(d, cap === 0 ? MIN_CAP : cap * 2);
}

function maybeShrink(d: Borrowed): void {
  const cap = i32[(d + D_CAP) >> 2];
  if (cap > 64 && size(d) * 4 <= cap) {
    if (!rebuffer(d, cap >> 1)) errClear(); // keeping the bigger buffer is fine
  }
}

function pushRight(d: Borrowed, v: Owned): void {
  const n = size(d);
  i32[slot(d, n)] = v;
  i32[(d + D_SIZE) >> 2] = n + 1;
}

function pushLeft(d: Borrowed, v: Owned): void {
  const h = (i32[(d + D_HEAD) >> 2] - 1) & (i32[(d + D_CAP) >> 2] - 1);
  i32[(d + D_HEAD) >> 2] = h;
  i32[(i32[(d + D_BUF) >> 2] >> 2) + h] = v;
  i32[(d + D_SIZE) >> 2]++;
}

function popRightRaw(d: Borrowed): Owned {
  const n = size(d) - 1;
  i32[(d + D_SIZE) >> 2] = n;
  return i32[slot(d, n)] as Owned;
}

function popLeftRaw(d: Borrowed): Owned {
  const v = i32[slot(d, 0)] as Owned;
  i32[(d + D_HEAD) >> 2] = (i32[(d + D_HEAD) >> 2] + 1) & (i32[(d + D_CAP) >> 2] - 1);
  i32[(d + D_SIZE) >> 2]--;
  return v;
}

/** deque_append_internal: appends (stealing v), trimming from the left past maxlen. 0 / -1. */
function appendSteal(d: Borrowed, v: Owned): number {
  if (!ensureRoom(d)) { decref(v); return -1; }
  pushRight(d, v);
  bumpState(d);
  const m = i32[(d + D_MAXLEN) >> 2];
  if (m >= 0 && size(d) > m) {
    const old = popLeftRaw(d);
    cpyPopLeft(d);
    decref(old);
  }
  return 0;
}

function appendLeftSteal(d: Borrowed, v: Owned): number {
  if (!ensureRoom(d)) { decref(v); return -1; }
  pushLeft(d, v);
  cpyAppendLeft(d);
  bumpState(d);
  const m = i32[(d + D_MAXLEN) >> 2];
  if (m >= 0 && size(d) > m) {
    cpyPop(d);
    decref(popRightRaw(d));
  }
  return 0;
}

/** Empties the deque; the items are released after the deque is consistent (their __del__ may look at it). */
function dequeClearImpl(d: Borrowed): void {
  const n = size(d), buf = i32[(d + D_BUF) >> 2];
  if (n > 0) cpySetLeft(d, CENTERED);
  if (buf === 0) return;
  const cap = i32[(d + D_CAP) >> 2], head = i32[(d + D_HEAD) >> 2];
  i32[(d + D_SIZE) >> 2] = 0;
  i32[(d + D_BUF) >> 2] = 0;
  i32[(d + D_CAP) >> 2] = 0;
  i32[(d + D_HEAD) >> 2] = 0;
  bumpState(d);
  const k = buf >> 2, mask = cap - 1;
  for (let i = 0; i < n; i++) decref(i32[k + ((head + i) & mask)] as Owned);
  free(buf);
}

const SSIZE_LIMIT = 1n << 63n;

/** The value of an int past the safe-integer range that still fits a C ssize_t, as a bigint; null with
 *  OverflowError set when it does not fit. */
function bigSsize(i: Borrowed): bigint | null {
  const b = intToBigInt(i);
  if (b >= SSIZE_LIMIT || b < -SSIZE_LIMIT) {
    errSetString(OverflowError, 'Python int too large to convert to C ssize_t');
    return null;
  }
  return b;
}

/** PyLong_AsSsize_t-like conversion of an index argument; NaN with an exception set on error. A value
 *  past 2**53 that fits ssize_t comes back as +-MAX_SAFE_INTEGER: every use clamps it to the size. */
function asSsize(o: Borrowed): number {
  const i = numberIndexAny(o);
  if (i === NULL) return NaN;
  let v = intSafeValue(i);
  if (v !== v && bigSsize(i) !== null) v = intSign(i) < 0 ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  decref(i);
  return v;
}

/** The maxlen attribute: None, or the int given. */
function maxlenObject(d: Borrowed): Owned | Null {
  const o = i32[(d + D_MAXLEN_OBJ) >> 2];
  if (o !== 0) return newRef(o as Borrowed);
  const m = i32[(d + D_MAXLEN) >> 2];
  return m < 0 ? newRef(Py_None) : intFromNumber(m);
}

/** Sets maxlen from a non-negative int object (or -1 for None). */
function setMaxlen(d: Borrowed, m: number, obj: Borrowed | Null): void {
  const old = i32[(d + D_MAXLEN_OBJ) >> 2];
  i32[(d + D_MAXLEN_OBJ) >> 2] = 0;
  if (m > 0x7fffffff || m !== m) {
    i32[(d + D_MAXLEN) >> 2] = 0x7fffffff;
    i32[(d + D_MAXLEN_OBJ) >> 2] = newRef(obj as Borrowed);
  } else {
    i32[(d + D_MAXLEN) >> 2] = m;
  }
  if (old !== 0) decref(old as Owned);
}

// ---- construction -----------------------------------------------------------------------------

function dequeNew(type: Borrowed, _args: number, _nargs: number, _kwnames: Borrowed | Null): Owned | Null {
  const d = typeGenericAlloc(type, 0);
  if (d === NULL) return NULL;
  i32[(d + D_MAXLEN) >> 2] = -1;
  cpySetLeft(d, CENTERED);
  return d;
}

/** deque.__init__(iterable=(), maxlen=None): re-initializing clears first. */
function dequeInit(d: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): number {
  if (!parseArgs('deque', args, nargs, kwnames, ['iterable', 'maxlen'], 0)) return -1;
  const iterable = PARSED[0] as Borrowed | Null, maxlenObj = PARSED[1] as Borrowed | Null;
  let maxlen = -1;
  if (maxlenObj !== NULL && maxlenObj !== Py_None) {
    if (!isInt(maxlenObj)) { errSetString(TypeError, 'an integer is required'); return -1; }
    maxlen = intSafeValue(maxlenObj);
    if (maxlen !== maxlen && bigSsize(maxlenObj) === null) return -1;
    if (intSign(maxlenObj) < 0) { errSetString(ValueError, 'maxlen must be non-negative'); return -1; }
  }
  setMaxlen(d, maxlen, maxlenObj);
  if (size(d) > 0) dequeClearImpl(d);
  if (iterable !== NULL) {
    const r = extendImpl(d, iterable);
    if (r === NULL) return -1;
    decref(r);
  }
  return 0;
}

function dequeDealloc(o: Owned): void {
  if (!trashcanBegin(o, dequeDealloc)) return;
  const buf = i32[(o + D_BUF) >> 2];
  if (buf !== 0) {
    const n = size(o);
    for (let i = 0; i < n; i++) decref(i32[slot(o, i)] as Owned);
    free(buf);
  }
  const mo = i32[(o + D_MAXLEN_OBJ) >> 2];
  if (mo !== 0) decref(mo as Owned);
  objectGCFree(o);
  trashcanEnd();
}

function dequeTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  const n = size(o);
  for (let i = 0; i < n; i++) {
    const r = visit(itemBorrow(o, i), arg);
    if (r !== 0) return r;
  }
  return 0;
}

// ---- methods ----------------------------------------------------------------------------------

function extendImpl(d: Borrowed, iterable: Borrowed): Owned | Null {
  if (iterable === d) {
    const l = sequenceList(iterable);
    if (l === NULL) return NULL;
    const r = extendImpl(d, l);
    decref(l);
    return r;
  }
  const it = objectGetIter(iterable);
  if (it === NULL) return NULL;
  const m = i32[(d + D_MAXLEN) >> 2];
  // CPython's space-saving heuristic: an empty deque is filled from the left end of its block.
  if (m !== 0 && size(d) === 0) cpySetLeft(d, 1);
  for (;;) {
    const item = iterNext(it);
    if (item === NULL) break;
    if (m === 0) { decref(item); continue; }
    if (appendSteal(d, item) < 0) { decref(it); return NULL; }
  }
  decref(it);
  if (errOccurred() !== NULL) return NULL;
  return newRef(Py_None);
}

function extendLeftImpl(d: Borrowed, iterable: Borrowed): Owned | Null {
  if (iterable === d) {
    const l = sequenceList(iterable);
    if (l === NULL) return NULL;
    const r = extendLeftImpl(d, l);
    decref(l);
    return r;
  }
  const it = objectGetIter(iterable);
  if (it === NULL) return NULL;
  const m = i32[(d + D_MAXLEN) >> 2];
  if (m !== 0 && size(d) === 0) cpySetLeft(d, BLOCKLEN - 1);
  for (;;) {
    const item = iterNext(it);
    if (item === NULL) break;
    if (m === 0) { decref(item); continue; }
    if (appendLeftSteal(d, item) < 0) { decref(it); return NULL; }
  }
  decref(it);
  if (errOccurred() !== NULL) return NULL;
  return newRef(Py_None);
}

/** Rotates right by n (left when negative); structural change. */
function rotateImpl(d: Borrowed, n: number): void {
  const len = size(d);
  if (len <= 1) return;
  cpyRotate(d, n, len);
  bumpState(d);
  n %= len;
  if (n > len >> 1) n -= len;
  else if (n < -(len >> 1)) n += len;
  if (n === 0) return;
  const cap = i32[(d + D_CAP) >> 2];
  if (len === cap) {
    i32[(d + D_HEAD) >> 2] = (i32[(d + D_HEAD) >> 2] - n) & (cap - 1);
    return;
  }
  if (n > 0) for (let i = 0; i < n; i++) pushLeft(d, popRightRaw(d));
  else for (let i = 0; i < -n; i++) pushRight(d, popLeftRaw(d));
}

/** Removes logical item i (owned reference returned); shifts the shorter side. */
function delItemRaw(d: Borrowed, i: number): Owned {
  const n = size(d);
  const v = i32[slot(d, i)] as Owned;
  // deque_del_item: rotate(-i), popleft, rotate(i)
  cpyRotate(d, -i, n);
  if (i < n >> 1) {
    for (let j = i; j > 0; j--) i32[slot(d, j)] = i32[slot(d, j - 1)];
    i32[(d + D_HEAD) >> 2] = (i32[(d + D_HEAD) >> 2] + 1) & (i32[(d + D_CAP) >> 2] - 1);
  } else {
    for (let j = i; j < n - 1; j++) i32[slot(d, j)] = i32[slot(d, j + 1)];
  }
  i32[(d + D_SIZE) >> 2] = n - 1;
  cpyPopLeft(d);
  cpyRotate(d, i, n - 1);
  bumpState(d);
  return v;
}

function mutated(exc: Borrowed = RuntimeError): Null {
  return errSetString(exc, 'deque mutated during iteration');
}

/** The first index in [start, stop) whose item equals v: -1 not found, -2 error. */
function findIndex(d: Borrowed, v: Borrowed, start: number, stop: number, exc: Borrowed): number {
  const state = i32[(d + D_STATE) >> 2];
  for (let i = start; i < stop && i < size(d); i++) {
    const item = itemBorrow(d, i);
    incref(item);
    const c = objectRichCompareBool(item, v, Py_EQ);
    decref(item as Owned);
    if (c < 0) return -2;
    if (state !== i32[(d + D_STATE) >> 2]) { mutated(exc); return -2; }
    if (c > 0) return i;
  }
  return -1;
}

function notInDeque(v: Borrowed): Null {
  const r = objectRepr(v);
  if (r === NULL) return NULL;
  const s = strToJS(r);
  decref(r);
  return errSetString(ValueError, `${s} is not in deque`);
}

/** deque_copy: a new deque of the same type and maxlen (subclasses through their constructor). */
function copyImpl(d: Borrowed): Owned | Null {
  const t = typeOf(d);
  const m = i32[(d + D_MAXLEN) >> 2];
  if (t === dequeType) {
    const c = dequeNew(dequeType, 0, 0, NULL);
    if (c === NULL) return NULL;
    i32[(c + D_MAXLEN) >> 2] = m;
    const mo = i32[(d + D_MAXLEN_OBJ) >> 2];
    if (mo !== 0) i32[(c + D_MAXLEN_OBJ) >> 2] = newRef(mo as Borrowed);
    const n = size(d);
    // deque_copy: one item is appended, more are extended into the new deque (filled from the left).
    if (n !== 1 && m !== 0) cpySetLeft(c, 1);
    if (n > 0) {
      let cap = MIN_CAP;
      while (cap < n) cap *= 2;
      const nb = alloc(cap * 4);
      if (nb === 0) { decref(c); return errNoMemory(); }
      i32[(c + D_BUF) >> 2] = nb;
      i32[(c + D_CAP) >> 2] = cap;
      for (let i = 0; i < n; i++) {
        const v = itemBorrow(d, i);
        incref(v);
        i32[(nb >> 2) + i] = v;
      }
      i32[(c + D_SIZE) >> 2] = n;
    }
    return c;
  }
  if (m < 0) return objectCallOneArg(t, d);
  const ml = maxlenObject(d);
  if (ml === NULL) return NULL;
  const r = objectCallTwoArgs(t, d, ml);
  decref(ml);
  return r;
}

/** deque_inplace_repeat: the last min(maxlen, n * size) items of the repetition. */
function inplaceRepeatImpl(d: Borrowed, n: number): Owned | Null {
  const len = size(d);
  if (n <= 0 || len === 0) {
    if (len > 0) dequeClearImpl(d);
    return newRef(d);
  }
  if (n === 1) return newRef(d);
  const total = len * n;
  const m = i32[(d + D_MAXLEN) >> 2];
  const keep = m >= 0 && m < total ? m : total;
  if (len > 1 && m >= 0 && total > m) {
    // CPython extends (ceil(maxlen / len) - 1) more copies, trimming from the left past maxlen.
    const copies = Math.ceil(m / len);
    cpySetLeft(d, (cpyLeft(d) + Math.max(0, copies * len - m)) % BLOCKLEN);
  }
  if (keep > MAX_ITEMS) return errNoMemory();
  let cap = MIN_CAP;
  while (cap < keep) cap *= 2;
  const nb = alloc(cap * 4);
  if (nb === 0) return errNoMemory();
  const k = nb >> 2;
  for (let j = 0, src = total - keep; j < keep; j++, src++) {
    const v = itemBorrow(d, src % len);
    incref(v);
    i32[k + j] = v;
  }
  const oldBuf = i32[(d + D_BUF) >> 2], oldCap = i32[(d + D_CAP) >> 2], oldHead = i32[(d + D_HEAD) >> 2];
  i32[(d + D_BUF) >> 2] = nb;
  i32[(d + D_CAP) >> 2] = cap;
  i32[(d + D_HEAD) >> 2] = 0;
  i32[(d + D_SIZE) >> 2] = keep;
  bumpState(d);
  const ok = oldBuf >> 2, mask = oldCap - 1;
  for (let i = 0; i < len; i++) decref(i32[ok + ((oldHead + i) & mask)] as Owned);
  free(oldBuf);
  return newRef(d);
}

type Fn = MethodDef['fn'];

const deque_append: Fn = (self, args, nargs, kwnames) => {
  if (!argsOne('deque.append', nargs, kwnames)) return NULL;
  const v = argAt(args, 0);
  incref(v);
  if (appendSteal(self as Borrowed, v as Owned) < 0) return NULL;
  return newRef(Py_None);
};

const deque_appendleft: Fn = (self, args, nargs, kwnames) => {
  if (!argsOne('deque.appendleft', nargs, kwnames)) return NULL;
  const v = argAt(args, 0);
  incref(v);
  if (appendLeftSteal(self as Borrowed, v as Owned) < 0) return NULL;
  return newRef(Py_None);
};

const deque_pop: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNone('deque.pop', nargs, kwnames)) return NULL;
  const d = self as Borrowed;
  if (size(d) === 0) return errSetString(IndexError, 'pop from an empty deque');
  cpyPop(d);
  const v = popRightRaw(d);
  bumpState(d);
  maybeShrink(d);
  return v;
};

const deque_popleft: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNone('deque.popleft', nargs, kwnames)) return NULL;
  const d = self as Borrowed;
  if (size(d) === 0) return errSetString(IndexError, 'pop from an empty deque');
  const v = popLeftRaw(d);
  cpyPopLeft(d);
  bumpState(d);
  maybeShrink(d);
  return v;
};

const deque_extend: Fn = (self, args, nargs, kwnames) => {
  if (!argsOne('deque.extend', nargs, kwnames)) return NULL;
  return extendImpl(self as Borrowed, argAt(args, 0));
};

const deque_extendleft: Fn = (self, args, nargs, kwnames) => {
  if (!argsOne('deque.extendleft', nargs, kwnames)) return NULL;
  return extendLeftImpl(self as Borrowed, argAt(args, 0));
};

const deque_clear: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNone('deque.clear', nargs, kwnames)) return NULL;
  dequeClearImpl(self as Borrowed);
  return newRef(Py_None);
};

const deque_copy: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNone('deque.copy', nargs, kwnames)) return NULL;
  return copyImpl(self as Borrowed);
};

const deque___copy__: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNone('deque.__copy__', nargs, kwnames)) return NULL;
  return copyImpl(self as Borrowed);
};

const deque_rotate: Fn = (self, args, nargs, kwnames) => {
  if (!argsNoKwnames('deque.rotate', kwnames) || !argsCheckPositional('deque.rotate', nargs, 0, 1)) return NULL;
  let n = 1;
  if (nargs === 1) {
    const i = numberIndexAny(argAt(args, 0));
    if (i === NULL) return NULL;
    n = intSafeValue(i);
    if (n !== n) {
      // past 2**53: only n modulo the length matters (C's % truncates, as bigint's does)
      const b = bigSsize(i);
      if (b === null) { decref(i); return NULL; }
      const len = size(self as Borrowed);
      n = len > 0 ? Number(b % BigInt(len)) : 0;
    }
    decref(i);
  }
  rotateImpl(self as Borrowed, n);
  return newRef(Py_None);
};

const deque_reverse: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNone('deque.reverse', nargs, kwnames)) return NULL;
  const d = self as Borrowed;
  for (let i = 0, j = size(d) - 1; i < j; i++, j--) {
    const a = slot(d, i), b = slot(d, j);
    const t = i32[a]; i32[a] = i32[b]; i32[b] = t;
  }
  return newRef(Py_None);
};

const deque_count: Fn = (self, args, nargs, kwnames) => {
  if (!argsOne('deque.count', nargs, kwnames)) return NULL;
  const d = self as Borrowed, v = argAt(args, 0);
  const state = i32[(d + D_STATE) >> 2];
  let count = 0;
  for (let i = 0; i < size(d); i++) {
    const item = itemBorrow(d, i);
    incref(item);
    const c = objectRichCompareBool(item, v, Py_EQ);
    decref(item as Owned);
    if (c < 0) return NULL;
    if (state !== i32[(d + D_STATE) >> 2]) return mutated();
    if (c > 0) count++;
  }
  return intFromNumber(count);
};

// _PyEval_SliceIndexNotNone: an index-able value, clamped to the ssize_t range.
function sliceIndex(o: Borrowed): number {
  if (!isInt(o) && !indexCheck(o)) {
    errSetString(TypeError, 'slice indices must be integers or have an __index__ method');
    return NaN;
  }
  const i = numberIndexAny(o);
  if (i === NULL) return NaN;
  let v = intSafeValue(i);
  if (v !== v) v = intSign(i) < 0 ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  decref(i);
  return v;
}

const deque_index: Fn = (self, args, nargs, kwnames) => {
  if (!argsNoKwnames('index', kwnames)) return NULL;
  if (nargs < 1 || nargs > 3) {
    return errSetString(TypeError, nargs < 1 ? `index() takes at least 1 argument (${nargs} given)` : `index() takes at most 3 arguments (${nargs} given)`);
  }
  const d = self as Borrowed, v = argAt(args, 0);
  const n = size(d);
  let start = 0, stop = n;
  if (nargs > 1) {
    start = sliceIndex(argAt(args, 1));
    if (start !== start) return NULL;
    if (start < 0) { start += n; if (start < 0) start = 0; }
  }
  if (nargs > 2) {
    stop = sliceIndex(argAt(args, 2));
    if (stop !== stop) return NULL;
    if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
  }
  if (stop > n) stop = n;
  const i = findIndex(d, v, start, stop, RuntimeError);
  if (i === -2) return NULL;
  if (i < 0) return notInDeque(v);
  return intFromNumber(i);
};

const deque_insert: Fn = (self, args, nargs, kwnames) => {
  if (!argsNoKwnames('insert', kwnames)) return NULL;
  if (nargs !== 2) return errSetString(TypeError, `insert() takes exactly 2 arguments (${nargs} given)`);
  const d = self as Borrowed;
  let i = asSsize(argAt(args, 0));
  if (i !== i) return NULL;
  const v = argAt(args, 1);
  const n = size(d), m = i32[(d + D_MAXLEN) >> 2];
  if (m >= 0 && n >= m) return errSetString(IndexError, 'deque already at its maximum size');
  incref(v);
  if (i >= n) {
    if (appendSteal(d, v as Owned) < 0) return NULL;
    return newRef(Py_None);
  }
  if (i <= -n || i === 0) {
    if (appendLeftSteal(d, v as Owned) < 0) return NULL;
    return newRef(Py_None);
  }
  if (!ensureRoom(d)) { decref(v as Owned); return NULL; }
  // CPython: rotate(-i), append (i < 0) or appendleft, rotate(i)
  cpyRotate(d, -i, n);
  if (i >= 0) cpyAppendLeft(d);
  cpyRotate(d, i, n + 1);
  if (i < 0) i += n;
  // Open a hole at i by shifting the shorter side.
  if (i < n >> 1) {
    pushLeft(d, 0 as Owned);
    for (let j = 0; j < i; j++) i32[slot(d, j)] = i32[slot(d, j + 1)];
  } else {
    pushRight(d, 0 as Owned);
    for (let j = n; j > i; j--) i32[slot(d, j)] = i32[slot(d, j - 1)];
  }
  i32[slot(d, i)] = v;
  bumpState(d);
  return newRef(Py_None);
};

const deque_remove: Fn = (self, args, nargs, kwnames) => {
  if (!argsOne('deque.remove', nargs, kwnames)) return NULL;
  const d = self as Borrowed, v = argAt(args, 0);
  const i = findIndex(d, v, 0, size(d), IndexError);
  if (i === -2) return NULL;
  if (i < 0) return notInDeque(v);
  decref(delItemRaw(d, i));
  return newRef(Py_None);
};

const deque___sizeof__: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNone('deque.__sizeof__', nargs, kwnames)) return NULL;
  const d = self as Borrowed;
  const blocks = Math.floor((cpyLeft(d) + size(d) + BLOCKLEN - 1) / BLOCKLEN);
  return intFromNumber(cpythonBasicSize(typeOf(d)) + blocks * BLOCK_BYTES);
};

const deque___reversed__: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNone('deque.__reversed__', nargs, kwnames)) return NULL;
  return iterNew(self as Borrowed, true);
};

const deque___reduce__: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNone('deque.__reduce__', nargs, kwnames)) return NULL;
  const d = self as Borrowed;
  let state: Owned | Null = objectGetAttrString(d, '__dict__');
  if (state === NULL) {
    errClear();
    state = newRef(Py_None);
  } else if (!isDict(state) || dictSize(state) === 0) {
    decref(state);
    state = newRef(Py_None);
  }
  const m = i32[(d + D_MAXLEN) >> 2];
  let cargs: Owned | Null;
  if (m < 0) cargs = tupleNew(0);
  else {
    cargs = tupleNew(2);
    if (cargs !== NULL) {
      const empty = tupleNew(0), ml = maxlenObject(d);
      if (empty === NULL || ml === NULL) { xdecref(empty); xdecref(ml); decref(cargs); cargs = NULL; }
      else { tupleSetItemSteal(cargs, 0, empty); tupleSetItemSteal(cargs, 1, ml); }
    }
  }
  const it = cargs === NULL ? NULL : iterNew(d, false);
  const r = it === NULL ? NULL : tupleNew(4);
  if (r === NULL) { xdecref(cargs); xdecref(it); decref(state); return NULL; }
  tupleSetItemSteal(r, 0, newRef(typeOf(d)));
  tupleSetItemSteal(r, 1, cargs as Owned);
  tupleSetItemSteal(r, 2, state);
  tupleSetItemSteal(r, 3, it as Owned);
  return r;
};

const dequeMethods: MethodDef[] = [
  { name: 'append', fn: deque_append, doc: 'Add an element to the right side of the deque.' },
  { name: 'appendleft', fn: deque_appendleft, doc: 'Add an element to the left side of the deque.' },
  { name: 'clear', fn: deque_clear, doc: 'Remove all elements from the deque.' },
  { name: 'copy', fn: deque_copy, doc: 'Return a shallow copy of a deque.' },
  { name: '__copy__', fn: deque___copy__, doc: 'Return a shallow copy of a deque.' },
  { name: 'count', fn: deque_count, doc: 'Return number of occurrences of value.' },
  { name: 'extend', fn: deque_extend, doc: 'Extend the right side of the deque with elements from the iterable.' },
  { name: 'extendleft', fn: deque_extendleft, doc: 'Extend the left side of the deque with elements from the iterable.' },
  { name: 'index', fn: deque_index, doc: 'Return first index of value.\n\nRaises ValueError if the value is not present.' },
  { name: 'insert', fn: deque_insert, doc: 'Insert value before index.' },
  { name: 'pop', fn: deque_pop, doc: 'Remove and return the rightmost element.' },
  { name: 'popleft', fn: deque_popleft, doc: 'Remove and return the leftmost element.' },
  { name: 'remove', fn: deque_remove, doc: 'Remove first occurrence of value.' },
  { name: 'reverse', fn: deque_reverse, doc: 'Reverse *IN PLACE*.' },
  { name: 'rotate', fn: deque_rotate, doc: 'Rotate the deque n steps to the right.  If n is negative, rotates left.' },
  { name: '__reversed__', fn: deque___reversed__, doc: 'Return a reverse iterator over the deque.' },
  { name: '__sizeof__', fn: deque___sizeof__, doc: 'D.__sizeof__() -- size of D in memory, in bytes' },
  { name: '__reduce__', fn: deque___reduce__, doc: 'Return state information for pickling.' },
];

// ---- slots ------------------------------------------------------------------------------------

function dequeLength(d: Borrowed): number {
  return size(d);
}

/** The logical index for d[key] (sq_item semantics: ints only, negative from the end); -1 with an exception set. */
function itemIndex(d: Borrowed, key: Borrowed): number {
  if (!isInt(key) && !indexCheck(key)) {
    errSetString(TypeError, `sequence index must be integer, not '${typeName(typeOf(key))}'`);
    return -1;
  }
  let i = asSsize(key);
  if (i !== i) {
    if (errOccurred() !== NULL && isInt(key)) {
      errClear();
      errSetString(IndexError, `cannot fit 'int' into an index-sized integer`);
    }
    return -1;
  }
  const n = size(d);
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    errSetString(IndexError, 'deque index out of range');
    return -1;
  }
  return i;
}

function dequeGetItem(d: Borrowed, key: Borrowed): Owned | Null {
  const i = itemIndex(d, key);
  if (i < 0) return NULL;
  return newRef(itemBorrow(d, i));
}

function dequeSetItem(d: Borrowed, key: Borrowed, value: Borrowed | Null): number {
  const i = itemIndex(d, key);
  if (i < 0) return -1;
  if (value === NULL) {
    decref(delItemRaw(d, i));
    return 0;
  }
  const s = slot(d, i);
  const old = i32[s] as Owned;
  incref(value);
  i32[s] = value;
  decref(old);
  return 0;
}

function dequeContains(d: Borrowed, v: Borrowed): number {
  const i = findIndex(d, v, 0, size(d), RuntimeError);
  if (i === -2) return -1;
  return i >= 0 ? 1 : 0;
}

function dequeConcat(d: Borrowed, other: Borrowed): Owned | Null {
  if (!isDeque(other)) {
    return errSetString(TypeError, `can only concatenate deque (not "${typeName(typeOf(other))}") to deque`);
  }
  const c = copyImpl(d);
  if (c === NULL) return NULL;
  const r = extendImpl(c, other);
  if (r === NULL) { decref(c); return NULL; }
  decref(r);
  return c;
}

function dequeInplaceConcat(d: Borrowed, other: Borrowed): Owned | Null {
  const r = extendImpl(d, other);
  if (r === NULL) return NULL;
  decref(r);
  return newRef(d);
}

function dequeRepeat(d: Borrowed, n: number): Owned | Null {
  const c = copyImpl(d);
  if (c === NULL) return NULL;
  if (!isDeque(c)) return c;
  const r = inplaceRepeatImpl(c, n);
  decref(c);
  return r;
}

function dequeRepr(d: Borrowed): Owned | Null {
  const t = typeName(typeOf(d));
  const name = t.slice(t.lastIndexOf('.') + 1);
  const e = reprEnter(d);
  if (e !== 0) return e > 0 ? strFromJS('[...]') : NULL;
  const l = sequenceList(d);
  if (l === NULL) { reprLeave(d); return NULL; }
  const lr = objectRepr(l);
  decref(l);
  reprLeave(d);
  if (lr === NULL) return NULL;
  const s = strToJS(lr);
  decref(lr);
  const m = i32[(d + D_MAXLEN) >> 2], mo = i32[(d + D_MAXLEN_OBJ) >> 2];
  const ms = mo !== 0 ? intToBigInt(mo as Borrowed).toString() : String(m);
  return strFromJS(m < 0 ? `${name}(${s})` : `${name}(${s}, maxlen=${ms})`);
}

// deque_richcompare walks both deques with their iterators: a mutation shows when the next item is taken.
function dequeRichCompare(v: Borrowed, w: Borrowed, op: number): Owned | Null {
  if (!isDeque(v) || !isDeque(w)) return newRef(Py_NotImplemented);
  const vn = size(v), wn = size(w);
  if (vn !== wn && (op === Py_EQ || op === Py_NE)) return boolNew(op === Py_NE);
  const vState = i32[(v + D_STATE) >> 2], wState = i32[(w + D_STATE) >> 2];
  let x: Owned | Null = NULL, y: Owned | Null = NULL;
  for (let i = 0; ; i++) {
    if (i < vn && vState !== i32[(v + D_STATE) >> 2]) return mutated();
    x = i < vn ? newRef(itemBorrow(v, i)) : NULL;
    if (i < wn && wState !== i32[(w + D_STATE) >> 2]) { xdecref(x); return mutated(); }
    y = i < wn ? newRef(itemBorrow(w, i)) : NULL;
    if (x === NULL || y === NULL) break;
    const c = objectRichCompareBool(x, y, Py_EQ);
    if (c === 0) {
      const r = objectRichCompare(x, y, op);
      decref(x); decref(y);
      return r;
    }
    decref(x); decref(y);
    if (c < 0) return NULL;
  }
  let r: boolean;
  switch (op) {
    case Py_LT: r = y !== NULL; break;
    case Py_LE: r = x === NULL; break;
    case Py_EQ: r = x === y; break;
    case Py_NE: r = x !== y; break;
    case Py_GT: r = x !== NULL; break;
    default: r = y === NULL; break;
  }
  xdecref(x); xdecref(y);
  return boolNew(r);
}

function dequeClearSlot(d: Borrowed): number {
  dequeClearImpl(d);
  return 0;
}

function dequeMaxlen(d: Borrowed): Owned | Null {
  return maxlenObject(d);
}

// ---- iterators --------------------------------------------------------------------------------

function iterNew(d: Borrowed, reverse: boolean): Owned | Null {
  const it = typeGenericAlloc(reverse ? dequeRevIterType : dequeIterType, 0);
  if (it === NULL) return NULL;
  incref(d);
  i32[(it + I_DEQUE) >> 2] = d;
  i32[(it + I_INDEX) >> 2] = reverse ? size(d) - 1 : 0;
  i32[(it + I_STATE) >> 2] = i32[(d + D_STATE) >> 2];
  i32[(it + I_COUNTER) >> 2] = size(d);
  return it;
}

function dequeIter(d: Borrowed): Owned | Null {
  return iterNew(d, false);
}

function iterNextImpl(it: Borrowed, step: number): Owned | Null {
  const d = i32[(it + I_DEQUE) >> 2] as Borrowed;
  const c = i32[(it + I_COUNTER) >> 2];
  // the forward iterator checks the state first, so a mutation shows even after its last item (and
  // on every later call); the reverse one stops once exhausted (dequeiter_next / dequereviter_next)
  if (c === 0 && step < 0) return NULL;
  if (i32[(d + D_STATE) >> 2] !== i32[(it + I_STATE) >> 2]) {
    i32[(it + I_COUNTER) >> 2] = 0;
    return mutated();
  }
  if (c === 0) return NULL;
  const i = i32[(it + I_INDEX) >> 2];
  i32[(it + I_INDEX) >> 2] = i + step;
  i32[(it + I_COUNTER) >> 2] = c - 1;
  return newRef(itemBorrow(d, i));
}

function dequeIterNext(it: Borrowed): Owned | Null {
  return iterNextImpl(it, 1);
}

function dequeRevIterNext(it: Borrowed): Owned | Null {
  return iterNextImpl(it, -1);
}

function iterDealloc(o: Owned): void {
  decref(i32[(o + I_DEQUE) >> 2] as Owned);
  objectGCFree(o);
}

function iterTraverse(o: Borrowed, visit: VisitProc, arg: unknown): number {
  return visit(i32[(o + I_DEQUE) >> 2] as Borrowed, arg);
}

const dequeiter_length_hint: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNone('__length_hint__', nargs, kwnames)) return NULL;
  return intFromNumber(i32[((self as Borrowed) + I_COUNTER) >> 2]);
};

/**
 * _deque_iterator(deque, index=0) / _deque_reverse_iterator(...) (dequeiter_new): an iterator over `deque`
 * advanced by `index` items, as __reduce__ gives them back.
 */
function iterNewFromArgs(reverse: boolean): (type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null) => Owned | Null {
  return (_type, args, nargs) => {
    if (nargs < 1) return errSetString(TypeError, `function takes at least 1 argument (${nargs} given)`);
    if (nargs > 2) return errSetString(TypeError, `function takes at most 2 arguments (${nargs} given)`);
    const d = argAt(args, 0);
    if (!isDeque(d)) return errSetString(TypeError, `argument 1 must be collections.deque, not ${typeName(typeOf(d))}`);
    let index = 0;
    if (nargs === 2) {
      index = numberAsSsize(argAt(args, 1), OverflowError);
      if (index === -1 && errOccurred() !== NULL) return NULL;
    }
    const it = iterNew(d, reverse);
    if (it === NULL) return NULL;
    for (let i = 0; i < index; i++) {
      const item = iterNextImpl(it, reverse ? -1 : 1);
      if (item !== NULL) { decref(item); continue; }
      if (i32[(it + I_COUNTER) >> 2] !== 0 || errOccurred() !== NULL) { decref(it); return NULL; }
      break;
    }
    return it;
  };
}

/** __reduce__ of both deque iterators (dequeiter_reduce): (type, (deque, items already produced)). */
const dequeiter_reduce: Fn = (self, _args, nargs, kwnames) => {
  if (!argsNone('__reduce__', nargs, kwnames)) return NULL;
  const it = self as Borrowed;
  const d = i32[(it + I_DEQUE) >> 2] as Borrowed;
  const done = intFromNumber(size(d) - i32[(it + I_COUNTER) >> 2]);
  if (done === NULL) return NULL;
  const args = tuplePack([d, done]);
  decref(done);
  if (args === NULL) return NULL;
  const r = tuplePack([typeOf(it), args]);
  decref(args);
  return r;
};

/** Creates deque and its iterator types (static phase, after methodObjectInitStatic). */
export function dequeInitStatic(): void {
  dequeType = typeNewStatic({
    name: 'collections.deque',
    basicsize: DEQUE_SIZE,
    flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_SEQUENCE,
    slots: {
      dealloc: dequeDealloc, traverse: dequeTraverse, clear: dequeClearSlot, new: dequeNew, init: dequeInit,
      repr: dequeRepr, hash: objectHashNotImplemented, richcompare: dequeRichCompare, length: dequeLength,
      iter: dequeIter, getitem: dequeGetItem, setitem: dequeSetItem, contains: dequeContains,
      concat: dequeConcat, repeat: dequeRepeat, inplaceConcat: dequeInplaceConcat, inplaceRepeat: inplaceRepeatImpl,
    },
  });
  typeAddMethods(dequeType, dequeMethods);
  typeAddGetSets(dequeType, [{ name: 'maxlen', get: dequeMaxlen, doc: 'maximum size of a deque or None if unbounded' }]);
  genericAliasAddClassGetItem([dequeType]);
  const iterSlots = { dealloc: iterDealloc, traverse: iterTraverse, iter: selfIter };
  dequeIterType = typeNewStatic({
    name: 'collections._deque_iterator', basicsize: ITER_SIZE, flags: Py_TPFLAGS_HAVE_GC,
    slots: { ...iterSlots, iternext: dequeIterNext, new: iterNewFromArgs(false) },
  });
  dequeRevIterType = typeNewStatic({
    name: 'collections._deque_reverse_iterator', basicsize: ITER_SIZE, flags: Py_TPFLAGS_HAVE_GC,
    slots: { ...iterSlots, iternext: dequeRevIterNext, new: iterNewFromArgs(true) },
  });
  const hint: MethodDef[] = [
    { name: '__length_hint__', fn: dequeiter_length_hint, doc: 'Private method returning an estimate of len(list(it)).' },
    { name: '__reduce__', fn: dequeiter_reduce, doc: 'Return state information for pickling.' },
  ];
  typeAddMethods(dequeIterType, hint);
  typeAddMethods(dequeRevIterType, hint);
}

// ---- _count_elements -----------------------------------------------------------------------

/**
 * _count_elements(mapping, iterable): mapping[x] = mapping.get(x, 0) + 1 for each x (Counter.update's
 * loop). A dict (subclass) that keeps dict's get and __setitem__ is updated directly, hashing each
 * key once; anything else goes through its own get and __setitem__.
 */
const collections__count_elements: MethodDef['fn'] = (_self, args, nargs, kwnames) => {
  if (!argsNoKwnames('_count_elements', kwnames) || !argsCheckPositional('_count_elements', nargs, 2, 2)) return NULL;
  const mapping = argAt(args, 0);
  const it = objectGetIter(argAt(args, 1));
  if (it === NULL) return NULL;
  const one = intFromNumber(1);
  let get: Owned | Null = NULL, key: Owned | Null = NULL;
  fail: {
    if (one === NULL) break fail;
    const t = typeOf(mapping);
    const fast = isDict(mapping) && typeLookupJS(t, 'get') === typeLookupJS(dictType, 'get') &&
      typeLookupJS(t, '__setitem__') === typeLookupJS(dictType, '__setitem__');
    if (!fast) {
      get = objectGetAttrString(mapping, 'get');
      if (get === NULL) break fail;
    }
    const zero = fast ? NULL : intFromNumber(0);
    if (!fast && zero === NULL) break fail;
    for (;;) {
      key = iterNext(it);
      if (key === NULL) break;
      let nv: Owned | Null;
      if (fast) {
        const lo = objectHash(key);
        if (hashFailed(lo)) break;
        const hi = H64[1];
        const old = dictGetItemKnownHash(mapping, key, lo, hi);
        if (old === NULL && errOccurred() !== NULL) break;
        nv = old === NULL ? newRef(one) : numberAdd(old, one);
        if (nv === NULL) break;
        const r = dictSetItemKnownHash(mapping, key, nv, lo, hi);
        decref(nv);
        if (r < 0) break;
      } else {
        const old = objectCallTwoArgs(get as Borrowed, key, zero as Borrowed);
        if (old === NULL) break;
        nv = numberAdd(old, one);
        decref(old);
        if (nv === NULL) break;
        const r = objectSetItem(mapping, key, nv);
        decref(nv);
        if (r < 0) break;
      }
      decref(key);
      key = NULL;
    }
    xdecref(zero);
    if (errOccurred() !== NULL) break fail;
    decref(it); decref(one as Owned); xdecref(get);
    return newRef(Py_None);
  }
  xdecref(key); decref(it); xdecref(one); xdecref(get);
  return NULL;
};

// ---- _odict_iter ---------------------------------------------------------------------------
// collections.OrderedDict is Python source over dict (src/lib/collections); its iterators are native
// (objects/iterobject.ts odictIterNew) so that they see keys added, removed or moved as CPython's do.

/** _odict_iter(od, part, reverse): iterator over od's keys (0), values (1) or items (2). */
const collections__odict_iter: MethodDef['fn'] = (_self, args, nargs, kwnames) => {
  if (!argsNoKwnames('_odict_iter', kwnames) || !argsCheckPositional('_odict_iter', nargs, 3, 3)) return NULL;
  const od = argAt(args, 0);
  if (!isDict(od)) return errSetString(TypeError, '_odict_iter() needs a dict');
  const part = intSafeValue(argAt(args, 1));
  return odictIterNew(od, part >= 0 && part <= 2 ? part : 0, objectIsTrue(argAt(args, 2)) > 0);
};

/**
 * _odict_sizeof(od): OrderedDict.__sizeof__ as CPython's odict_sizeof counts it: the dict, its table of
 * node pointers (one per slot of the keys table it was last sized to: the dict's current one, none for
 * the shared empty keys) and one 32-byte node per item. Here the order is the dict's own, so the nodes
 * are CPython's only.
 */
const collections__odict_sizeof: MethodDef['fn'] = (_self, args, nargs, kwnames) => {
  if (!argsOne('_odict_sizeof', nargs, kwnames)) return NULL;
  const od = argAt(args, 0);
  if (!isDict(od)) return errSetString(TypeError, '_odict_sizeof() needs a dict');
  const slots = dictCapacity(od);
  return intFromNumber(dictSizeOf(od) + (slots > 1 ? 8 * slots : 0) + 32 * dictSize(od));
};

/** Creates the _collections module. */
export function collectionsModuleNew(): Owned | Null {
  return nativeModuleNew('_collections', [
    { name: '_count_elements', fn: collections__count_elements, doc: 'Count elements in the iterable, updating the mapping' },
    { name: '_odict_iter', fn: collections__odict_iter, doc: 'Iterator over an OrderedDict that detects mutation' },
    { name: '_odict_sizeof', fn: collections__odict_sizeof, doc: "OrderedDict.__sizeof__ as CPython's C type counts it" },
    ...abcFlagsMethods,
  ], (m) => {
    if (moduleAddSteal(m, 'deque', newRef(dequeType)) < 0) return -1;
    if (moduleAddSteal(m, '_deque_iterator', newRef(dequeIterType)) < 0) return -1;
    return moduleAddSteal(m, '_deque_reverse_iterator', newRef(dequeRevIterType));
  }, 'High performance data structures.');
}
