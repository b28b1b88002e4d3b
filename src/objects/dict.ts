// dict: CPython 3.12's compact ordered hash table, a dict object plus a separately allocated keys object
// (Objects/dictobject.c): same probing, USABLE_FRACTION, GROWTH_RATE, keysize bit trick, DKIX_DUMMY on delete,
// compaction on resize, unicode-keys tables, clone-on-copy: iteration order and sys.getsizeof match CPython 3.12.
// Invariants: a stored key and value hold one reference each; ma_used counts live entries; the shared empty keys
// object lives in the static region and is never written (nothing inserts into it, nothing counts it). Every
// table is combined; an instance dict CPython would keep split records its class's shared keys (held by a
// reference) only so that its size is CPython's, and loses them where CPython's dict becomes combined.

import { cpythonBasicSize, dictInCStruct } from './sizeof.ts';
import { GC_NEXT, GC_PREV, GC_FINALIZED, OB_TYPE as OB_TYPE_, gcTrack, gcUntrack, gcIsTracked } from '../heap/header.ts';
import { gcOnAlloc } from '../gc/gc.ts';
import { i32, u8, u16 } from '../heap/views.ts';
import { alloc, free, freelistPop, freelistPush, FREELIST_FIRST_RAW, FREELIST_DICT } from '../heap/alloc.ts';

/** The free list of the smallest unicode keys objects (a raw kind: heap/alloc.ts). */
const FREELIST_DICT_KEYS = FREELIST_FIRST_RAW;
// Dead exact dicts go on FREELIST_DICT (by block start: the GC header is in front), as CPython's dict
// free list (at most PyDict_MAXFREELIST): reused without counting as a GC allocation.
import { incref, decref, xdecref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { H64 } from '../support/hash64.ts';
import {
  typeNewStatic, typeHasFeature, typeOf, typeNameOf, typeSlotsOf, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_DICT_SUBCLASS, Py_EQ, Py_NE, type VisitProc, TP_FLAGS, Py_TPFLAGS_HEAPTYPE, HT_INSTANCE_KEYS, typeInstanceKeysForget,
  HT_CACHED_KEYS, Py_TPFLAGS_MANAGED_DICT,
} from './type.ts';
import {
  objectGCNew, objectGCFree, objectGCNewUncounted, objectGCFreeUncounted, objectGCFromFreeBlock, objectGCToFreelist, objectHash, objectHashNotImplemented, objectRichCompareBool, objectRepr, notImplemented, boolNew, reprEnter, reprLeave, trashcanBegin, trashcanEnd,
} from './object.ts';
import { errSetString, errSetObject, errNoMemory } from './errors.ts';
import { KeyError, RuntimeError, TypeError, ValueError, NotImplementedError } from './exceptions.ts';
import { isStrExact, strHash, strEqual, strFromJS, strToJS } from './str.ts';
import {
  tupleNew, tupleSetItemSteal, isTuple, tupleSize, tupleGetItemBorrow, tupleType,
} from './tuple.ts';
import { listNew, listSetItemSteal, isList, listSize, listGetItemBorrow } from './list.ts';

// The dict object (GC; the GC header sits before +0):
//
//   +0 ob_refcnt  +4 ob_type  +8 ma_used  +12 ma_keys  +16 ma_version_tag (low 32 bits)
//   +20 shared keys: 0, or the class's shared-keys object when CPython's dict would be split (below)
export const MA_USED = 8;
export const MA_KEYS = 12;
export const MA_VERSION = 16;
export const MA_SHARED_KEYS = 20;
export const DICT_SIZE = 24;

// The keys object (PyDictKeysObject): a plain heap block, not a Python object.
//
//   +0  dk_refcnt (1; the static empty keys: 0xFFFFFFFF)   +12 dk_usable
//   +4  u8 dk_log2_size  +5 u8 dk_log2_index_bytes         +16 dk_nentries
//   +6  u8 dk_kind (0 general, 1 unicode)  +7 unused       +20 unused
//   +8  dk_version                                          +24 dk_indices: 2**log2_size signed
//                                                               int8 (size <= 128) / int16 (<= 2**15) / int32
//   then dk_entries, USABLE_FRACTION(size) of them:
//     general: +0 hash low  +4 hash high  +8 key  +12 value   (16 bytes)
//     unicode:                             +0 key  +4 value    (8 bytes; the hash is the str's own)
const DK_REFCNT = 0;
const DK_LOG2_SIZE = 4;
export const DK_LOG2_INDEX_BYTES = 5;
export const DK_KIND = 6;
const DK_VERSION = 8;
const DK_USABLE = 12;
export const DK_NENTRIES = 16;
export const DK_INDICES = 24;

export const DICT_KEYS_GENERAL = 0;
const DICT_KEYS_UNICODE = 1;

const DKIX_EMPTY = -1;
const DKIX_DUMMY = -2;
const DKIX_ERROR = -3;
const DKIX_KEY_CHANGED = -4;

const PyDict_LOG_MINSIZE = 3;
const PyDict_MINSIZE = 8;
/** log2 sizes from here on would overflow a JS typed-array offset; CPython's limit is the word size. */
const LOG2_SIZE_LIMIT = 28;

// sys.getsizeof arithmetic of CPython 3.12 on 64-bit: sizeof(PyDictObject), sizeof(PyDictKeysObject),
// sizeof(PyDictKeyEntry), sizeof(PyDictUnicodeEntry).
const CPY_KEYS_HEADER = 32;
const CPY_GENERAL_ENTRY = 24;
const CPY_UNICODE_ENTRY = 16;

export let dictType = 0 as Borrowed;
/** Py_EMPTY_KEYS: the keys object every empty dict shares. */
let emptyKeys = 0;
let versionCounter = 0;

/** Creates the dict type and the static empty keys object. */
export function dictInitStatic(): void {
  versionCounter = 0;
  dictType = typeNewStatic({
    name: 'dict',
    basicsize: DICT_SIZE,
    flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_DICT_SUBCLASS,
    slots: {
      dealloc: dictDealloc,
      traverse: dictTraverse,
      clear: (o) => { dictClear(o); return 0; },
      repr: dictRepr,
      hash: objectHashNotImplemented,
      richcompare: dictRichCompare,
      length: dictSize,
    },
  });
  // Like CPython's empty_keys_struct: log2 size 0 (one slot), unicode kind, no usable entries, 8 index bytes.
  const k = alloc(DK_INDICES + 8);
  if (k === 0) throw new Error('static region: out of memory creating the empty dict keys');
  i32[(k + DK_REFCNT) >> 2] = -1;
  u8[k + DK_LOG2_SIZE] = 0;
  u8[k + DK_LOG2_INDEX_BYTES] = 0;
  u8[k + DK_KIND] = DICT_KEYS_UNICODE;
  u8[k + 7] = 0;
  i32[(k + DK_VERSION) >> 2] = 1;
  i32[(k + DK_USABLE) >> 2] = 0;
  i32[(k + DK_NENTRIES) >> 2] = 0;
  i32[(k + 20) >> 2] = 0;
  u8.fill(0xff, k + DK_INDICES, k + DK_INDICES + 8);
  emptyKeys = k;
}

/** PyDict_Check. */
export function isDict(o: Borrowed): boolean {
  return typeHasFeature(o, Py_TPFLAGS_DICT_SUBCLASS);
}

/** PyDict_CheckExact. */
export function isDictExact(o: Borrowed): boolean {
  return typeOf(o) === dictType;
}

/** USABLE_FRACTION: the most entries a table of `n` slots holds. */
function usableFraction(n: number): number {
  return Math.floor((n * 2) / 3);
}

/** calculate_log2_keysize, with CPython's bit trick: (minsize | 8) - 1, then | 7, then bit length. */
function calculateLog2Keysize(minsize: number): number {
  let m = (minsize | PyDict_MINSIZE) - 1;
  m |= PyDict_MINSIZE - 1;
  // Bit length of m (m < 2**31 here).
  return 32 - Math.clz32(m);
}

/** estimate_log2_keysize: room for n entries without a resize. */
function estimateLog2Keysize(n: number): number {
  return calculateLog2Keysize(Math.floor((n * 3 + 1) / 2));
}

function keysLog2IndexBytes(log2Size: number): number {
  return log2Size < 8 ? log2Size : log2Size < 16 ? log2Size + 1 : log2Size + 2;
}

function entrySize(k: number): number {
  return u8[k + DK_KIND] === DICT_KEYS_GENERAL ? 16 : 8;
}

/** DK_ENTRIES: address of entry 0. */
function entriesOf(k: number): number {
  return k + DK_INDICES + (1 << u8[k + DK_LOG2_INDEX_BYTES]);
}

/** Bytes of the keys block (our layout). */
function keysBytes(k: number): number {
  const n = usableFraction(1 << u8[k + DK_LOG2_SIZE]);
  return DK_INDICES + (1 << u8[k + DK_LOG2_INDEX_BYTES]) + n * entrySize(k);
}

/** new_keys_object: a fresh keys block, or 0 with MemoryError set. */
function keysNew(log2Size: number, unicode: boolean): number {
  const usable = usableFraction(1 << log2Size);
  const log2Bytes = keysLog2IndexBytes(log2Size);
  const es = unicode ? 8 : 16;
  const entries = DK_INDICES + (1 << log2Bytes);
  const size = entries + es * usable;
  // The smallest unicode keys (every new instance dict) come from their free list when it has one.
  let k = log2Size === PyDict_LOG_MINSIZE && unicode ? freelistPop(FREELIST_DICT_KEYS) : 0;
  if (k === 0) k = alloc(size);
  if (k === 0) {
    errNoMemory();
    return 0;
  }
  i32[(k + DK_REFCNT) >> 2] = 1;
  u8[k + DK_LOG2_SIZE] = log2Size;
  u8[k + DK_LOG2_INDEX_BYTES] = log2Bytes;
  u8[k + DK_KIND] = unicode ? DICT_KEYS_UNICODE : DICT_KEYS_GENERAL;
  u8[k + 7] = 0;
  i32[(k + DK_VERSION) >> 2] = 0;
  i32[(k + DK_USABLE) >> 2] = usable;
  i32[(k + DK_NENTRIES) >> 2] = 0;
  i32[(k + 20) >> 2] = 0;
  // Indices to DKIX_EMPTY (-1) and entries to 0, a word at a time (both are whole words: the index
  // table has at least 8 bytes, entries 8 or 16); TypedArray.fill costs more than the loop at these sizes.
  const w0 = (k + DK_INDICES) >> 2, w1 = (k + entries) >> 2, w2 = (k + size) >> 2;
  if (w2 - w0 <= 64) {
    for (let w = w0; w < w1; w++) i32[w] = -1;
    for (let w = w1; w < w2; w++) i32[w] = 0;
  } else {
    i32.fill(-1, w0, w1);
    i32.fill(0, w1, w2);
  }
  return k;
}

/** free_keys_object: drops every key and value (in entry order, key first) and frees the block. */
function keysFree(k: number): void {
  const es = entrySize(k);
  const n = i32[(k + DK_NENTRIES) >> 2];
  let e = entriesOf(k) + es - 8;
  for (let i = 0; i < n; i++, e += es) {
    const key = i32[e >> 2];
    const value = i32[(e + 4) >> 2];
    if (key !== 0) decref(key as Borrowed);
    if (value !== 0) decref(value as Borrowed);
  }
  if (u8[k + DK_LOG2_SIZE] === PyDict_LOG_MINSIZE && u8[k + DK_KIND] === DICT_KEYS_UNICODE && freelistPush(FREELIST_DICT_KEYS, k)) return;
  free(k);
}

/** dictkeys_decref: the empty keys object is immortal. */
function keysDecref(k: number): void {
  if (k === emptyKeys) return;
  const c = i32[(k + DK_REFCNT) >> 2] - 1;
  i32[(k + DK_REFCNT) >> 2] = c;
  if (c === 0) keysFree(k);
}

/** dictkeys_get_index: signed 8/16/32-bit index by table size. */
function ixGet(k: number, i: number): number {
  const log2 = u8[k + DK_LOG2_SIZE];
  if (log2 < 8) return (u8[k + DK_INDICES + i] << 24) >> 24;
  if (log2 < 16) return (u16[(k + DK_INDICES + (i << 1)) >> 1] << 16) >> 16;
  return i32[(k + DK_INDICES + (i << 2)) >> 2];
}

function ixSet(k: number, i: number, ix: number): void {
  const log2 = u8[k + DK_LOG2_SIZE];
  if (log2 < 8) u8[k + DK_INDICES + i] = ix & 0xff;
  else if (log2 < 16) u16[(k + DK_INDICES + (i << 1)) >> 1] = ix & 0xffff;
  else i32[(k + DK_INDICES + (i << 2)) >> 2] = ix;
}

// Probing (see dictobject.c's long comment): i = hash & mask, then perturb >>= 5; i = (5*i + perturb + 1) & mask,
// where perturb starts as the 64-bit hash read as unsigned. The two perturb words live in module scratch so
// the loops below stay free of allocation; the low word is all that reaches `i` since mask < 2**31.
let pLo = 0, pHi = 0;

function perturbStart(lo: number, hi: number): void {
  pLo = lo >>> 0;
  pHi = hi >>> 0;
}

function probeNext(i: number, mask: number): number {
  pLo = ((pLo >>> 5) | (pHi << 27)) >>> 0;
  pHi = pHi >>> 5;
  return (i * 5 + pLo + 1) & mask;
}

/** lookdict_index: the slot whose index is `index`. */
function lookdictIndex(k: number, lo: number, hi: number, index: number): number {
  const mask = (1 << u8[k + DK_LOG2_SIZE]) - 1;
  let i = lo & mask;
  perturbStart(lo, hi);
  for (;;) {
    const ix = ixGet(k, i);
    if (ix === index) return i;
    if (ix === DKIX_EMPTY) return DKIX_EMPTY;
    i = probeNext(i, mask);
  }
}

/** find_empty_slot: the first EMPTY or DUMMY slot on the probe path (the key is known to be absent). */
function findEmptySlot(k: number, lo: number, hi: number): number {
  const mask = (1 << u8[k + DK_LOG2_SIZE]) - 1;
  let i = lo & mask;
  perturbStart(lo, hi);
  while (ixGet(k, i) >= 0) i = probeNext(i, mask);
  return i;
}

/** The hash of a str key stored in a unicode table (its cached hash); leaves the high word in H64[1]. */
function unicodeHash(key: number): number {
  return strHash(key as Borrowed);
}

/** unicodekeys_lookup_unicode: a str key in an all-str table; no Python code runs. */
function unicodekeysLookupUnicode(k: number, key: number, lo: number, hi: number): number {
  const mask = (1 << u8[k + DK_LOG2_SIZE]) - 1;
  const ep0 = entriesOf(k);
  let i = lo & mask;
  perturbStart(lo, hi);
  for (;;) {
    const ix = ixGet(k, i);
    if (ix >= 0) {
      const ek = i32[(ep0 + (ix << 3)) >> 2];
      if (ek === key) return ix;
      if (unicodeHash(ek) === lo && H64[1] === hi && strEqual(ek as Borrowed, key as Borrowed)) return ix;
    } else if (ix === DKIX_EMPTY) {
      return DKIX_EMPTY;
    }
    i = probeNext(i, mask);
  }
}

/** unicodekeys_lookup_generic: a non-str key in an all-str table (comparisons may run Python code). */
function unicodekeysLookupGeneric(mp: number, k: number, key: number, lo: number, hi: number): number {
  const mask = (1 << u8[k + DK_LOG2_SIZE]) - 1;
  const ep0 = entriesOf(k);
  let i = lo & mask;
  let plo = lo >>> 0, phi = hi >>> 0;
  for (;;) {
    const ix = ixGet(k, i);
    if (ix >= 0) {
      const ep = ep0 + (ix << 3);
      const startkey = i32[ep >> 2];
      if (startkey === key) return ix;
      if (unicodeHash(startkey) === lo && H64[1] === hi) {
        incref(startkey as Borrowed);
        const cmp = objectRichCompareBool(startkey as Borrowed, key as Borrowed, Py_EQ);
        decref(startkey as Borrowed);
        if (cmp < 0) return DKIX_ERROR;
        if (k === i32[(mp + MA_KEYS) >> 2] && i32[ep >> 2] === startkey) {
          if (cmp > 0) return ix;
        } else {
          return DKIX_KEY_CHANGED;
        }
      }
    } else if (ix === DKIX_EMPTY) {
      return DKIX_EMPTY;
    }
    // The comparison may have probed other tables: keep this loop's perturb in locals.
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + plo + 1) & mask;
  }
}

/** dictkeys_generic_lookup: any key in a general table. */
function dictkeysGenericLookup(mp: number, k: number, key: number, lo: number, hi: number): number {
  const mask = (1 << u8[k + DK_LOG2_SIZE]) - 1;
  const ep0 = entriesOf(k);
  let i = lo & mask;
  let plo = lo >>> 0, phi = hi >>> 0;
  for (;;) {
    const ix = ixGet(k, i);
    if (ix >= 0) {
      const ep = ep0 + (ix << 4);
      const startkey = i32[(ep + 8) >> 2];
      if (startkey === key) return ix;
      if (i32[ep >> 2] === lo && i32[(ep + 4) >> 2] === hi) {
        incref(startkey as Borrowed);
        const cmp = objectRichCompareBool(startkey as Borrowed, key as Borrowed, Py_EQ);
        decref(startkey as Borrowed);
        if (cmp < 0) return DKIX_ERROR;
        if (k === i32[(mp + MA_KEYS) >> 2] && i32[(ep + 8) >> 2] === startkey) {
          if (cmp > 0) return ix;
        } else {
          return DKIX_KEY_CHANGED;
        }
      }
    } else if (ix === DKIX_EMPTY) {
      return DKIX_EMPTY;
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + plo + 1) & mask;
  }
}

/**
 * _Py_dict_lookup: the entry index of `key` in mp's current keys, DKIX_EMPTY when absent, DKIX_ERROR when a
 * comparison raised. A comparison that mutated the dict restarts the search.
 */
function dictLookup(mp: number, key: number, lo: number, hi: number): number {
  for (;;) {
    const k = i32[(mp + MA_KEYS) >> 2];
    let ix: number;
    if (u8[k + DK_KIND] !== DICT_KEYS_GENERAL) {
      if (isStrExact(key as Borrowed)) return unicodekeysLookupUnicode(k, key, lo, hi);
      ix = unicodekeysLookupGeneric(mp, k, key, lo, hi);
    } else {
      ix = dictkeysGenericLookup(mp, k, key, lo, hi);
    }
    if (ix !== DKIX_KEY_CHANGED) return ix;
  }
}

/** The value of entry `ix` of mp's current keys. */
function valueAt(mp: number, ix: number): number {
  const k = i32[(mp + MA_KEYS) >> 2];
  const es = entrySize(k);
  return i32[(entriesOf(k) + ix * es + es - 4) >> 2];
}

/** Hash of a key for lookup: the str's cached hash or PyObject_Hash. Low word returned, high in H64[1]. */
function keyHash(key: Borrowed): number {
  return isStrExact(key) ? strHash(key) : objectHash(key);
}

function hashError(lo: number): boolean {
  return lo === -1 && H64[1] === -1;
}

function nextVersion(): number {
  versionCounter = (versionCounter + 1) | 0;
  return versionCounter;
}

/**
 * dictresize: a new table of 2**log2NewSize slots holding the live entries in order (refcount-neutral).
 * `unicode` asks for an all-str table, honoured only when the old one is all-str. 0, or -1 with MemoryError.
 */
function dictResize(mp: number, log2NewSize: number, unicode: boolean): number {
  if (log2NewSize >= LOG2_SIZE_LIMIT) {
    errNoMemory();
    return -1;
  }
  const oldk = i32[(mp + MA_KEYS) >> 2];
  const oldKind = u8[oldk + DK_KIND];
  if (oldKind === DICT_KEYS_GENERAL) unicode = false;
  const nk = keysNew(log2NewSize, unicode);
  if (nk === 0) return -1;
  i32[(mp + MA_KEYS) >> 2] = nk;
  const n = i32[(mp + MA_USED) >> 2];
  const oldEs = oldKind === DICT_KEYS_GENERAL ? 16 : 8;
  let src = entriesOf(oldk);
  let dst = entriesOf(nk);
  if ((oldKind === DICT_KEYS_GENERAL || unicode) && i32[(oldk + DK_NENTRIES) >> 2] === n) {
    // Same entry layout and no holes: one block copy.
    i32.copyWithin(dst >> 2, src >> 2, (src + n * oldEs) >> 2);
  } else if (oldKind === DICT_KEYS_GENERAL || unicode) {
    // Same entry layout: copy the live entries in order, skipping deleted ones (value NULL).
    for (let i = 0; i < n; i++) {
      while (i32[(src + oldEs - 4) >> 2] === 0) src += oldEs;
      i32.copyWithin(dst >> 2, src >> 2, (src + oldEs) >> 2);
      src += oldEs;
      dst += oldEs;
    }
  } else {
    // unicode -> general: the hash moves into the entry.
    for (let i = 0; i < n; i++) {
      while (i32[(src + 4) >> 2] === 0) src += 8;
      const key = i32[src >> 2];
      i32[dst >> 2] = unicodeHash(key);
      i32[(dst + 4) >> 2] = H64[1];
      i32[(dst + 8) >> 2] = key;
      i32[(dst + 12) >> 2] = i32[(src + 4) >> 2];
      src += 8;
      dst += 16;
    }
  }
  buildIndices(nk, n);
  if (oldk !== emptyKeys) free(oldk); // the references moved to the new table
  i32[(nk + DK_USABLE) >> 2] -= n;
  i32[(nk + DK_NENTRIES) >> 2] = n;
  return 0;
}

/** build_indices_generic / build_indices_unicode: index the first n entries of a fresh table. */
function buildIndices(k: number, n: number): void {
  const mask = (1 << u8[k + DK_LOG2_SIZE]) - 1;
  const general = u8[k + DK_KIND] === DICT_KEYS_GENERAL;
  const es = general ? 16 : 8;
  let ep = entriesOf(k);
  for (let ix = 0; ix < n; ix++, ep += es) {
    let lo: number, hi: number;
    if (general) {
      lo = i32[ep >> 2];
      hi = i32[(ep + 4) >> 2];
    } else {
      lo = unicodeHash(i32[ep >> 2]);
      hi = H64[1];
    }
    let i = lo & mask;
    perturbStart(lo, hi);
    while (ixGet(k, i) !== DKIX_EMPTY) i = probeNext(i, mask);
    ixSet(k, i, ix);
  }
}

/** insertion_resize: grow (or compact) to fit GROWTH_RATE = used * 3. */
function insertionResize(mp: number, unicode: boolean): number {
  return dictResize(mp, calculateLog2Keysize(i32[(mp + MA_USED) >> 2] * 3), unicode);
}

/**
 * Deliberate difference from CPython 3.12: when a comparison during the lookup cleared the dict, CPython
 * goes on to store a non-str key in the fresh all-str table it resizes to (and later reads a str hash out
 * of a non-str object). Here the table is converted to a general one first. 0, or -1 with MemoryError.
 */
function ensureGeneralFor(mp: number, key: number): number {
  const k = i32[(mp + MA_KEYS) >> 2];
  if (u8[k + DK_KIND] === DICT_KEYS_GENERAL || isStrExact(key as Borrowed)) return 0;
  return dictResize(mp, u8[k + DK_LOG2_SIZE], false);
}

/**
 * A key with hash `lo` enters dict `mp`: when mp is embedded in an instance, the key's bit goes into
 * the filter of the instance's type (objects/type.ts HT_INSTANCE_KEYS; -1 sets them all).
 */
function instanceKeyNote(mp: number, lo: number): void {
  const pw = i32[(mp + GC_PREV) >> 2];
  if ((pw & ~3) === 0 || i32[(mp + GC_NEXT) >> 2] !== 0) return;
  const t = i32[((pw & ~3) + OB_TYPE_) >> 2];
  if (lo === -1) typeInstanceKeysForget(t);
  else i32[((t + HT_INSTANCE_KEYS) >> 2) + ((lo >>> 5) & 3)] |= 1 << (lo & 31);
}

// Split tables, for sys.getsizeof. CPython 3.12 gives every class with a managed __dict__ a shared-keys
// object (ht_cached_keys: 64 slots, room for SHARED_KEYS_MAX_SIZE names), and its instances' dicts are
// "split": they hold only values, the names live in the class's keys. Such a dict's __sizeof__ counts a
// value slot for every name the shared keys have or still have room for, and that room shrinks by one
// for each instance object.__new__ makes (its inline values are sized then) and for each new name.
// Our dicts are always combined; a dict CPython would have split records the class's shared keys in
// MA_SHARED_KEYS (a keys object of ours holding the names in their order, no values, dk_usable counted
// as CPython counts it, one reference per dict and one for the class), and every operation that makes
// CPython's dict combined clears it, resizing our table to the one CPython's dictresize makes then.

/** NEXT_LOG2_SHARED_KEYS_MAX_SIZE and SHARED_KEYS_MAX_SIZE of CPython 3.12. */
const SHARED_KEYS_LOG2 = 6;
const SHARED_KEYS_MAX_SIZE = 30;

/** Where the shared keys' entries start (64 one-byte indices). */
const SHARED_KEYS_ENTRIES = DK_INDICES + (1 << SHARED_KEYS_LOG2);

/**
 * The quick test for a key new to a split dict: the shared keys `sk` have it at entry `hint`, the one the
 * key takes in the dict (instances usually set their attributes in the same order). Else sharedKeysAdmit.
 */
function sharedKeysHas(sk: number, key: number, hint: number): boolean {
  return hint < i32[(sk + DK_NENTRIES) >> 2] && i32[(sk + SHARED_KEYS_ENTRIES + (hint << 3)) >> 2] === key;
}

/**
 * A key new to a split dict goes in (insertdict, insert_into_dictkeys): true when the dict stays split,
 * an exact str already among the shared keys `sk` or joining them (they have room); false when CPython
 * would make the dict combined (nothing changed then).
 */
function sharedKeysAdmit(sk: number, key: number): boolean {
  const n = i32[(sk + DK_NENTRIES) >> 2];
  const ep0 = sk + SHARED_KEYS_ENTRIES;
  if (!isStrExact(key as Borrowed)) return false;
  const lo = strHash(key as Borrowed), hi = H64[1];
  if (unicodekeysLookupUnicode(sk, key, lo, hi) >= 0) return true;
  if (i32[(sk + DK_USABLE) >> 2] <= 0) return false;
  ixSet(sk, findEmptySlot(sk, lo, hi), n);
  i32[(ep0 + (n << 3)) >> 2] = newRef(key as Borrowed);
  i32[(sk + DK_USABLE) >> 2]--;
  i32[(sk + DK_NENTRIES) >> 2] = n + 1;
  return true;
}

/** The dict stops sharing its class's keys (its table is already the combined one CPython's would be). */
function sharedKeysDrop(mp: number): void {
  const sk = i32[(mp + MA_SHARED_KEYS) >> 2];
  if (sk === 0) return;
  i32[(mp + MA_SHARED_KEYS) >> 2] = 0;
  keysDecref(sk);
}

/** A split dict becomes combined as dictresize makes it, with 2**log2 slots. 0, or -1 with MemoryError. */
function sharedKeysUnsplitTo(mp: number, log2: number, unicode: boolean): number {
  if (dictResize(mp, log2, unicode) < 0) return -1;
  sharedKeysDrop(mp);
  return 0;
}

/** insertion_resize of a split dict: combined, sized for GROWTH_RATE. 0, or -1 with MemoryError. */
function sharedKeysUnsplit(mp: number, unicode: boolean): number {
  return sharedKeysUnsplitTo(mp, calculateLog2Keysize(i32[(mp + MA_USED) >> 2] * 3), unicode);
}

/**
 * The shared keys of heap type `t` (made on first use): the keys object, 0 when CPython's class has none
 * (no managed dict: its dict lives in a C struct, as an exception's or an OrderedDict's), -1 with
 * MemoryError. HT_CACHED_KEYS holds 0 until asked, then 1 for none or the keys object.
 */
function sharedKeysOf(t: Borrowed): number {
  const v = i32[(t + HT_CACHED_KEYS) >> 2];
  if (v !== 0) return v === 1 ? 0 : v;
  if ((i32[(t + TP_FLAGS) >> 2] & (Py_TPFLAGS_HEAPTYPE | Py_TPFLAGS_MANAGED_DICT)) !== (Py_TPFLAGS_HEAPTYPE | Py_TPFLAGS_MANAGED_DICT)
      || dictInCStruct(t)) {
    i32[(t + HT_CACHED_KEYS) >> 2] = 1;
    return 0;
  }
  const sk = keysNew(SHARED_KEYS_LOG2, true);
  if (sk === 0) return -1;
  i32[(sk + DK_USABLE) >> 2] = SHARED_KEYS_MAX_SIZE; // _PyDict_NewKeysForClass: shrinks before each instance
  i32[(t + HT_CACHED_KEYS) >> 2] = sk;
  return sk;
}

/** init_inline_values' bookkeeping for a new instance of `t` made by object.__new__. 0, or -1 with MemoryError. */
export function dictSharedKeysNewInstance(t: Borrowed): number {
  const sk = sharedKeysOf(t);
  if (sk <= 0) return sk;
  const u = i32[(sk + DK_USABLE) >> 2];
  if (u > 1) i32[(sk + DK_USABLE) >> 2] = u - 1;
  return 0;
}

/** Fresh empty dict `d` becomes the instance dict of a `t` instance: split on t's shared keys, if any. 0 or -1. */
export function dictShareKeysOf(d: Borrowed, t: Borrowed): number {
  const sk = sharedKeysOf(t);
  if (sk <= 0) return sk;
  i32[(sk + DK_REFCNT) >> 2]++;
  i32[(d + MA_SHARED_KEYS) >> 2] = sk;
  return 0;
}

/**
 * What insertdict does to a split dict before `key` goes in: a key that is not an exact str makes it
 * combined (insertion_resize to a general table); when the key is new to the dict (`isNew`), it must
 * also be among the shared keys or join them, else the dict becomes combined. 0, or -1 with MemoryError.
 */
function sharedKeysBeforeInsert(mp: number, key: number, isNew: boolean): number {
  if (!isStrExact(key as Borrowed)) return sharedKeysUnsplit(mp, false);
  if (!isNew) return 0;
  const sk = i32[(mp + MA_SHARED_KEYS) >> 2];
  if (sharedKeysHas(sk, key, i32[(i32[(mp + MA_KEYS) >> 2] + DK_NENTRIES) >> 2]) || sharedKeysAdmit(sk, key)) return 0;
  return sharedKeysUnsplit(mp, true);
}

/** An empty split dict becomes combined (dict_merge cloning a source into it). */
export function dictUnshareIfEmpty(d: Borrowed): void {
  if (i32[(d + MA_USED) >> 2] === 0) sharedKeysDrop(d);
}

/** A dying heap type drops its shared keys (type_dealloc's _PyDictKeys_DecRef of ht_cached_keys). */
export function dictSharedKeysRelease(t: Borrowed): void {
  const v = i32[(t + HT_CACHED_KEYS) >> 2];
  i32[(t + HT_CACHED_KEYS) >> 2] = 0;
  if (v > 1) keysDecref(v);
}

/** Appends a new entry for an absent key (the tail of insertdict / PyDict_SetDefault). Steals key and value. */
function appendEntry(mp: number, key: number, lo: number, hi: number, value: number): void {
  instanceKeyNote(mp, lo);
  const k = i32[(mp + MA_KEYS) >> 2];
  i32[(k + DK_VERSION) >> 2] = 0;
  const hashpos = findEmptySlot(k, lo, hi);
  const nentries = i32[(k + DK_NENTRIES) >> 2];
  ixSet(k, hashpos, nentries);
  if (u8[k + DK_KIND] !== DICT_KEYS_GENERAL) {
    const ep = entriesOf(k) + (nentries << 3);
    i32[ep >> 2] = key;
    i32[(ep + 4) >> 2] = value;
  } else {
    const ep = entriesOf(k) + (nentries << 4);
    i32[ep >> 2] = lo;
    i32[(ep + 4) >> 2] = hi;
    i32[(ep + 8) >> 2] = key;
    i32[(ep + 12) >> 2] = value;
  }
  i32[(mp + MA_USED) >> 2]++;
  i32[(mp + MA_VERSION) >> 2] = nextVersion();
  i32[(k + DK_USABLE) >> 2]--;
  i32[(k + DK_NENTRIES) >> 2] = nentries + 1;
}

/** insertdict: insert or replace; steals key and value. 0, or -1 with an exception set. */
function insertDict(mp: number, key: Owned, lo: number, hi: number, value: Owned): number {
  fail: {
    if (i32[(mp + MA_SHARED_KEYS) >> 2] !== 0 && sharedKeysBeforeInsert(mp, key, false) < 0) break fail;
    if (u8[i32[(mp + MA_KEYS) >> 2] + DK_KIND] !== DICT_KEYS_GENERAL && !isStrExact(key)) {
      if (insertionResize(mp, false) < 0) break fail;
    }
    const ix = dictLookup(mp, key, lo, hi);
    if (ix === DKIX_ERROR) break fail;
    maintainTracking(mp, key, value);
    if (ix === DKIX_EMPTY) {
      if (i32[(mp + MA_SHARED_KEYS) >> 2] !== 0 && sharedKeysBeforeInsert(mp, key, true) < 0) break fail;
      if (i32[(i32[(mp + MA_KEYS) >> 2] + DK_USABLE) >> 2] <= 0) {
        if (insertionResize(mp, true) < 0) break fail;
      }
      if (ensureGeneralFor(mp, key) < 0) break fail;
      appendEntry(mp, key, lo, hi, value);
      return 0;
    }
    const k = i32[(mp + MA_KEYS) >> 2];
    const es = entrySize(k);
    const vp = entriesOf(k) + ix * es + es - 4;
    const old = i32[vp >> 2];
    if (old !== value) {
      i32[vp >> 2] = value;
      i32[(mp + MA_VERSION) >> 2] = nextVersion();
    }
    decref(old as Borrowed); // may run arbitrary code (issue #22653): the dict is consistent by now
    decref(key);
    return 0;
  }
  decref(value);
  decref(key);
  return -1;
}

/** insert_to_emptydict: the first insertion into a dict that shares the empty keys. Steals key and value. */
function insertToEmptyDict(mp: number, key: Owned, lo: number, hi: number, value: Owned): number {
  instanceKeyNote(mp, lo);
  const unicode = isStrExact(key);
  const nk = keysNew(PyDict_LOG_MINSIZE, unicode);
  if (nk === 0) {
    decref(key);
    decref(value);
    return -1;
  }
  maintainTracking(mp, key, value);
  i32[(mp + MA_KEYS) >> 2] = nk;
  // A split dict's first key: the table just made is the one CPython's insertion_resize would make
  // if the key does not fit the shared keys.
  const sk = i32[(mp + MA_SHARED_KEYS) >> 2];
  if (sk !== 0 && !sharedKeysHas(sk, key, 0) && !sharedKeysAdmit(sk, key)) sharedKeysDrop(mp);
  ixSet(nk, lo & (PyDict_MINSIZE - 1), 0);
  const ep = entriesOf(nk);
  if (unicode) {
    i32[ep >> 2] = key;
    i32[(ep + 4) >> 2] = value;
  } else {
    i32[ep >> 2] = lo;
    i32[(ep + 4) >> 2] = hi;
    i32[(ep + 8) >> 2] = key;
    i32[(ep + 12) >> 2] = value;
  }
  i32[(mp + MA_USED) >> 2]++;
  i32[(mp + MA_VERSION) >> 2] = nextVersion();
  i32[(nk + DK_USABLE) >> 2]--;
  i32[(nk + DK_NENTRIES) >> 2]++;
  return 0;
}

/**
 * MAINTAIN_TRACKING: dicts are born untracked (only atomic keys and values can't form cycles); the first
 * key or value that may be tracked makes the dict tracked. The collector untracks atomic dicts again.
 */
function maintainTracking(mp: number, key: number, value: number): void {
  if (i32[(mp + GC_NEXT) >> 2] !== 0) return;
  if ((i32[(mp + GC_PREV) >> 2] & ~3) !== 0) return; // embedded: its owner's traverse visits it (dictEmbed)
  if (mayBeTracked(key) || mayBeTracked(value)) gcTrack(mp);
}

// An instance's managed __dict__ that nothing but its instance refers to is not tracked on its own:
// it is "embedded", and the instance's traverse visits its keys and values in its place, as CPython 3.12
// visits an instance's inline values (so the collector walks one object where it would walk two,
// gc.get_objects() leaves the dict out and gc.get_referents(obj) lists the attribute values). An
// embedded dict is untracked (gc_next 0) and holds its owner's reference in gc_prev (references are
// 8-aligned, so the flag bits stay clear; an untracked dict otherwise has no bit above them set), and
// MAINTAIN_TRACKING leaves it untracked. Whatever hands the dict out (obj.__dict__, vars(),
// __getstate__, __dict__ or __class__ assignment) calls dictMaterialize first, as CPython materializes
// the dict there. The owner's traverse visits the contents only while dictEmbeddedIn holds (the dict is
// still in its slot and its count is 1); otherwise it visits the untracked dict itself, which the
// collector ignores, so what the dict refers to counts as referenced from outside (conservative).

/** Marks the fresh (empty, untracked) managed dict `d` of instance `owner` as embedded in it. */
export function dictEmbed(d: Borrowed, owner: Borrowed): void {
  if (i32[(d + GC_NEXT) >> 2] === 0) i32[(d + GC_PREV) >> 2] = owner | (i32[(d + GC_PREV) >> 2] & GC_FINALIZED);
}

/** Whether `d` (read from `owner`'s managed-dict slot) is embedded in `owner` and referenced by nothing else. */
export function dictEmbeddedIn(d: Borrowed, owner: Borrowed): boolean {
  return i32[(d + GC_NEXT) >> 2] === 0 && (i32[(d + GC_PREV) >> 2] & ~3) === owner && i32[d >> 2] === 1;
}

/**
 * Ends the embedding of `d` (no-op for any other dict) before a reference to it is handed out: it becomes
 * an ordinary dict, tracked when a key or value may be tracked (make_dict_from_instance_attributes).
 */
export function dictMaterialize(d: Borrowed): void {
  if (i32[(d + GC_NEXT) >> 2] !== 0) return;
  const pw = i32[(d + GC_PREV) >> 2];
  if ((pw & ~3) === 0) return;
  instanceKeyNote(d, -1); // reachable from elsewhere from now on: its owner's type keeps no filter
  i32[(d + GC_PREV) >> 2] = pw & GC_FINALIZED;
  // CPython makes the dict now (make_dict_from_instance_attributes -> new_dict): off its free list, or
  // a GC allocation to count. The free list loses the block that dict would have taken.
  const block = freelistPop(FREELIST_DICT);
  if (block !== 0) free(block);
  else gcOnAlloc();
  const k = i32[(d + MA_KEYS) >> 2];
  const es = entrySize(k);
  const n = i32[(k + DK_NENTRIES) >> 2];
  const unicodeKeys = u8[k + DK_KIND] !== DICT_KEYS_GENERAL;
  let ep = entriesOf(k) + es - 8;
  for (let i = 0; i < n; i++, ep += es) {
    const value = i32[(ep + 4) >> 2];
    if (value === 0) continue;
    if (mayBeTracked(value) || (!unicodeKeys && mayBeTracked(i32[ep >> 2]))) {
      gcTrack(d);
      return;
    }
  }
}

/** _PyObject_GC_MAY_BE_TRACKED: a GC object, and for an exact tuple, one that is still tracked. */
function mayBeTracked(o: number): boolean {
  const t = i32[(o + OB_TYPE_) >> 2];
  const f = i32[(t + TP_FLAGS) >> 2];
  if ((f & Py_TPFLAGS_HAVE_GC) === 0) return false;
  if (f < 0 && (i32[(o + TP_FLAGS) >> 2] & Py_TPFLAGS_HEAPTYPE) === 0) return false; // a static type
  if (t === tupleType) return i32[(o + GC_NEXT) >> 2] !== 0;
  return true;
}

/** Dict with the given keys object (stolen) and count, or NULL with MemoryError (the keys are released). */
function dictNewWithKeys(k: number, used: number): Owned | Null {
  // new_dict: a dict off the free list (not a GC allocation to the collector's counts), else a new one.
  let mp: Owned | Null;
  const block = freelistPop(FREELIST_DICT);
  if (block !== 0) mp = objectGCFromFreeBlock(block, dictType, false);
  else {
    mp = objectGCNew(dictType, DICT_SIZE);
    if (mp !== NULL) gcUntrack(mp); // born untracked (new_dict); see maintainTracking
  }
  return dictInit(mp, k, used);
}

/**
 * The __dict__ an instance's first attribute store makes, to be embedded in it (dictEmbed): CPython
 * 3.12 keeps such attributes as inline values, no dict, so this one is neither taken from the free
 * list nor counted as a GC allocation (nor, when it dies embedded, as a free: dictDealloc).
 */
export function dictNewForEmbedding(): Owned | Null {
  const mp = objectGCNewUncounted(dictType, DICT_SIZE);
  if (mp !== NULL) gcUntrack(mp);
  return dictInit(mp, emptyKeys, 0);
}

function dictInit(mp: Owned | Null, k: number, used: number): Owned | Null {
  if (mp === NULL) {
    keysDecref(k);
    return NULL;
  }
  i32[(mp + MA_USED) >> 2] = used;
  i32[(mp + MA_KEYS) >> 2] = k;
  i32[(mp + MA_VERSION) >> 2] = nextVersion();
  i32[(mp + MA_SHARED_KEYS) >> 2] = 0;
  return mp;
}

/** PyDict_New: an empty dict sharing the empty keys object. */
export function dictNew(): Owned | Null {
  return dictNewWithKeys(emptyKeys, 0);
}

/** _PyDict_NewPresized: an empty dict with room for `minused` entries (general keys). */
export function dictNewPresized(minused: number): Owned | Null {
  if (minused <= usableFraction(PyDict_MINSIZE)) return dictNew();
  const log2 = minused > usableFraction(1 << 17) ? 17 : estimateLog2Keysize(minused);
  const k = keysNew(log2, false);
  if (k === 0) return NULL;
  return dictNewWithKeys(k, 0);
}

/** PyDict_Size / len(d). */
export function dictSize(d: Borrowed): number {
  return i32[(d + MA_USED) >> 2];
}

/** d[key] = value with a known hash (_PyDict_SetItem_KnownHash). 0, or -1 with an exception set. */
export function dictSetItemKnownHash(d: Borrowed, key: Borrowed, value: Borrowed, lo: number, hi: number): number {
  incref(key);
  incref(value);
  if (i32[(d + MA_KEYS) >> 2] === emptyKeys) return insertToEmptyDict(d, key as Owned, lo, hi, value as Owned);
  return insertDict(d, key as Owned, lo, hi, value as Owned);
}

/** PyDict_SetItem: d[key] = value (both borrowed; the dict takes its own references). 0 or -1. */
export function dictSetItem(d: Borrowed, key: Borrowed, value: Borrowed): number {
  const lo = keyHash(key);
  const hi = H64[1];
  if (hashError(lo)) return -1;
  return dictSetItemKnownHash(d, key, value, lo, hi);
}

/** _PyDict_GetItem_KnownHash: borrowed value, NULL when missing (no exception) or on error (exception set). */
export function dictGetItemKnownHash(d: Borrowed, key: Borrowed, lo: number, hi: number): Borrowed | Null {
  const ix = dictLookup(d, key, lo, hi);
  if (ix < 0) return NULL;
  return valueAt(d, ix) as Borrowed;
}

/**
 * PyDict_GetItemWithError: the value for `key` (borrowed), or NULL: missing (no exception set) or error
 * (unhashable key or failed comparison; exception set, check errOccurred).
 */
export function dictGetItemBorrow(d: Borrowed, key: Borrowed): Borrowed | Null {
  const lo = keyHash(key);
  const hi = H64[1];
  if (hashError(lo)) return NULL;
  return dictGetItemKnownHash(d, key, lo, hi);
}

// Index hints for the eval loop's LOAD_ATTR/STORE_ATTR inline cache (CPython 3.12's
// LOAD_ATTR_WITH_HINT / STORE_ATTR_WITH_HINT): the entry index of an attribute name in an
// instance dict's all-str table, checked again on every use (the key at that index must still be it).

/**
 * The entry index of exact str `key` in d's table: >= 0 when present, -1 when absent, -2 when the
 * table is not all-str (unknown: the caller takes its slow path). Runs no Python code, sets nothing.
 */
export function dictStrIndex(d: Borrowed, key: Borrowed): number {
  const k = i32[(d + MA_KEYS) >> 2];
  if (u8[k + DK_KIND] === DICT_KEYS_GENERAL) return k === emptyKeys ? -1 : -2;
  const lo = strHash(key);
  const ix = unicodekeysLookupUnicode(k, key, lo, H64[1]);
  return ix >= 0 ? ix : -1;
}

/** The value of entry `ix` (borrowed) when that entry of d's all-str table holds `key`, else NULL. */
export function dictHintValueBorrow(d: Borrowed, key: Borrowed, ix: number): Borrowed | Null {
  const k = i32[(d + MA_KEYS) >> 2];
  if (u8[k + DK_KIND] === DICT_KEYS_GENERAL || ix >= i32[(k + DK_NENTRIES) >> 2]) return NULL;
  const ep = entriesOf(k) + (ix << 3);
  return (i32[ep >> 2] === key ? i32[(ep + 4) >> 2] : NULL) as Borrowed | Null;
}

/**
 * Replaces the value of `key` at entry `ix` (as insertdict's replace branch does) when that entry
 * of d's all-str table holds it: true and `value` is stolen; false and nothing changed otherwise.
 */
export function dictHintStoreSteal(d: Borrowed, key: Borrowed, ix: number, value: Owned): boolean {
  const k = i32[(d + MA_KEYS) >> 2];
  if (u8[k + DK_KIND] === DICT_KEYS_GENERAL || ix >= i32[(k + DK_NENTRIES) >> 2]) return false;
  const ep = entriesOf(k) + (ix << 3);
  const old = i32[(ep + 4) >> 2];
  if (i32[ep >> 2] !== key || old === 0) return false;
  maintainTracking(d, key, value);
  if (old !== value) {
    i32[(ep + 4) >> 2] = value;
    i32[(d + MA_VERSION) >> 2] = nextVersion();
  }
  decref(old as Borrowed); // may run arbitrary code: the dict is consistent by now
  return true;
}

/**
 * STORE_ATTR's `__dict__[key] = value` for an exact str `key` (the cache has ruled out descriptors) in one
 * pass over d's all-str table: a replace in place, or an append into the first free slot of the probe path
 * (insertdict's lookup and find_empty_slot together: no Python code can run, every key is a str), or the
 * first entry of a dict still on the empty keys (insert_to_emptydict). 1 and `value` stolen; 0 and nothing
 * changed when the general path applies (a general table, or one that must grow); -1 (value released) on
 * MemoryError.
 */
export function dictStrStoreSteal(d: Borrowed, key: Borrowed, value: Owned): number {
  const k = i32[(d + MA_KEYS) >> 2];
  const lo = strHash(key), hi = H64[1];
  if (k === emptyKeys) {
    incref(key);
    return insertToEmptyDict(d, key as Owned, lo, hi, value) < 0 ? -1 : 1;
  }
  if (u8[k + DK_KIND] === DICT_KEYS_GENERAL) return 0;
  const log2 = u8[k + DK_LOG2_SIZE];
  if (log2 >= 8) return 0; // int8 indices only: the sizes an instance dict has
  const mask = (1 << log2) - 1;
  const ix0 = k + DK_INDICES;
  const ep0 = ix0 + (1 << u8[k + DK_LOG2_INDEX_BYTES]);
  let i = lo & mask;
  let plo = lo >>> 0, phi = hi >>> 0;
  let free = -1;
  for (;;) {
    const ix = (u8[ix0 + i] << 24) >> 24;
    if (ix >= 0) {
      const ep = ep0 + (ix << 3);
      const ek = i32[ep >> 2];
      if (ek === key || (strHash(ek as Borrowed) === lo && H64[1] === hi && strEqual(ek as Borrowed, key))) {
        const old = i32[(ep + 4) >> 2];
        maintainTracking(d, key, value);
        if (old !== value) {
          i32[(ep + 4) >> 2] = value;
          i32[(d + MA_VERSION) >> 2] = nextVersion();
        }
        decref(old as Borrowed); // may run arbitrary code: the dict is consistent by now
        return 1;
      }
    } else if (ix === DKIX_EMPTY) {
      if (free < 0) free = i;
      break;
    } else if (free < 0) {
      free = i; // DKIX_DUMMY: find_empty_slot stops at the first free slot of the path
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + plo + 1) & mask;
  }
  if (i32[(k + DK_USABLE) >> 2] <= 0) return 0;
  const sk = i32[(d + MA_SHARED_KEYS) >> 2];
  if (sk !== 0 && !sharedKeysHas(sk, key, i32[(k + DK_NENTRIES) >> 2]) && !sharedKeysAdmit(sk, key)) {
    return 0; // the dict becomes combined: insertDict does it
  }
  incref(key);
  maintainTracking(d, key, value);
  instanceKeyNote(d, lo);
  const n = i32[(k + DK_NENTRIES) >> 2];
  u8[ix0 + free] = n;
  const ep = ep0 + (n << 3);
  i32[ep >> 2] = key;
  i32[(ep + 4) >> 2] = value;
  i32[(k + DK_VERSION) >> 2] = 0;
  i32[(d + MA_USED) >> 2]++;
  i32[(d + MA_VERSION) >> 2] = nextVersion();
  i32[(k + DK_USABLE) >> 2]--;
  i32[(k + DK_NENTRIES) >> 2] = n + 1;
  return 1;
}

/** dict[key] (dict_subscript for an exact dict): a new reference, or NULL with KeyError(key) or another error. */
export function dictGetItem(d: Borrowed, key: Borrowed): Owned | Null {
  const lo = keyHash(key);
  const hi = H64[1];
  if (hashError(lo)) return NULL;
  const ix = dictLookup(d, key, lo, hi);
  if (ix === DKIX_ERROR) return NULL;
  if (ix === DKIX_EMPTY) return errSetObject(KeyError, key);
  return newRef(valueAt(d, ix) as Borrowed);
}

/** d.get(key, default): a new reference to the value or to `deflt`; NULL on error. */
export function dictGet(d: Borrowed, key: Borrowed, deflt: Borrowed): Owned | Null {
  const lo = keyHash(key);
  const hi = H64[1];
  if (hashError(lo)) return NULL;
  const ix = dictLookup(d, key, lo, hi);
  if (ix === DKIX_ERROR) return NULL;
  return newRef(ix === DKIX_EMPTY ? deflt : (valueAt(d, ix) as Borrowed));
}

/** PyDict_GetItemString-style lookup by JS string (makes a temporary str). NULL: missing or error. */
export function dictGetItemStringBorrow(d: Borrowed, key: string): Borrowed | Null {
  const s = strFromJS(key);
  if (s === NULL) return NULL;
  const v = dictGetItemBorrow(d, s);
  decref(s);
  return v;
}

/** _PyDict_Contains_KnownHash: 1, 0, or -1 with an exception set. */
export function dictContainsKnownHash(d: Borrowed, key: Borrowed, lo: number, hi: number): number {
  const ix = dictLookup(d, key, lo, hi);
  if (ix === DKIX_ERROR) return -1;
  return ix >= 0 ? 1 : 0;
}

/** PyDict_Contains: `key in d`. 1, 0, or -1 with an exception set. */
export function dictContains(d: Borrowed, key: Borrowed): number {
  const lo = keyHash(key);
  const hi = H64[1];
  if (hashError(lo)) return -1;
  return dictContainsKnownHash(d, key, lo, hi);
}

/** delitem_common: removes entry ix (found under hash lo/hi); steals oldValue. */
function delitemCommon(mp: number, lo: number, hi: number, ix: number, oldValue: Owned): void {
  const k = i32[(mp + MA_KEYS) >> 2];
  const hashpos = lookdictIndex(k, lo, hi, ix);
  i32[(mp + MA_USED) >> 2]--;
  i32[(mp + MA_VERSION) >> 2] = nextVersion();
  i32[(k + DK_VERSION) >> 2] = 0;
  ixSet(k, hashpos, DKIX_DUMMY);
  let oldKey: number;
  if (u8[k + DK_KIND] !== DICT_KEYS_GENERAL) {
    const ep = entriesOf(k) + (ix << 3);
    oldKey = i32[ep >> 2];
    i32[ep >> 2] = 0;
    i32[(ep + 4) >> 2] = 0;
  } else {
    const ep = entriesOf(k) + (ix << 4);
    oldKey = i32[(ep + 8) >> 2];
    i32[(ep + 8) >> 2] = 0;
    i32[(ep + 12) >> 2] = 0;
    i32[ep >> 2] = 0;
    i32[(ep + 4) >> 2] = 0;
  }
  decref(oldKey as Borrowed);
  decref(oldValue);
}

/** _PyDict_DelItem_KnownHash. 0, or -1 with KeyError(key) or another exception. */
export function dictDelItemKnownHash(d: Borrowed, key: Borrowed, lo: number, hi: number): number {
  const ix = dictLookup(d, key, lo, hi);
  if (ix === DKIX_ERROR) return -1;
  if (ix === DKIX_EMPTY) {
    errSetObject(KeyError, key);
    return -1;
  }
  delitemCommon(d, lo, hi, ix, valueAt(d, ix) as Owned);
  return 0;
}

/** PyDict_DelItem: del d[key]. 0, or -1 with KeyError(key) when missing (or another error). */
export function dictDelItem(d: Borrowed, key: Borrowed): number {
  const lo = keyHash(key);
  const hi = H64[1];
  if (hashError(lo)) return -1;
  return dictDelItemKnownHash(d, key, lo, hi);
}

/**
 * _PyDict_Pop: d.pop(key[, deflt]); `deflt` NULL means no default (KeyError when missing).
 * https://docs.python.org/3/library/stdtypes.html#dict.pop
 */
export function dictPop(d: Borrowed, key: Borrowed, deflt: Borrowed | Null): Owned | Null {
  if (i32[(d + MA_USED) >> 2] === 0) {
    if (deflt !== NULL) return newRef(deflt);
    return errSetObject(KeyError, key);
  }
  const lo = keyHash(key);
  const hi = H64[1];
  if (hashError(lo)) return NULL;
  const ix = dictLookup(d, key, lo, hi);
  if (ix === DKIX_ERROR) return NULL;
  if (ix === DKIX_EMPTY) {
    if (deflt !== NULL) return newRef(deflt);
    return errSetObject(KeyError, key);
  }
  const old = valueAt(d, ix) as Borrowed;
  delitemCommon(d, lo, hi, ix, newRef(old));
  return old as Owned; // the table's reference, handed to the caller
}

/**
 * dict.popitem(): removes and returns the last (key, value) pair as a tuple (LIFO).
 * https://docs.python.org/3/library/stdtypes.html#dict.popitem
 */
export function dictPopItem(d: Borrowed): Owned | Null {
  // Allocated before the size check, as CPython does (the allocation could run a collection).
  const res = tupleNew(2);
  if (res === NULL) return NULL;
  if (i32[(d + MA_USED) >> 2] === 0) {
    decref(res);
    return errSetString(KeyError, 'popitem(): dictionary is empty');
  }
  // CPython makes a split table combined first, at the shared keys' size.
  const sk = i32[(d + MA_SHARED_KEYS) >> 2];
  if (sk !== 0 && sharedKeysUnsplitTo(d, u8[sk + DK_LOG2_SIZE], true) < 0) {
    decref(res);
    return NULL;
  }
  const k = i32[(d + MA_KEYS) >> 2];
  i32[(k + DK_VERSION) >> 2] = 0;
  const version = nextVersion();
  let i = i32[(k + DK_NENTRIES) >> 2] - 1;
  let key: number, value: number, lo: number, hi: number;
  if (u8[k + DK_KIND] !== DICT_KEYS_GENERAL) {
    const ep0 = entriesOf(k);
    while (i >= 0 && i32[(ep0 + (i << 3) + 4) >> 2] === 0) i--;
    const ep = ep0 + (i << 3);
    key = i32[ep >> 2];
    lo = unicodeHash(key);
    hi = H64[1];
    value = i32[(ep + 4) >> 2];
    i32[ep >> 2] = 0;
    i32[(ep + 4) >> 2] = 0;
  } else {
    const ep0 = entriesOf(k);
    while (i >= 0 && i32[(ep0 + (i << 4) + 12) >> 2] === 0) i--;
    const ep = ep0 + (i << 4);
    key = i32[(ep + 8) >> 2];
    lo = i32[ep >> 2];
    hi = i32[(ep + 4) >> 2];
    value = i32[(ep + 12) >> 2];
    i32[(ep + 8) >> 2] = 0;
    i32[ep >> 2] = -1;
    i32[(ep + 4) >> 2] = -1;
    i32[(ep + 12) >> 2] = 0;
  }
  const j = lookdictIndex(k, lo, hi, i);
  ixSet(k, j, DKIX_DUMMY);
  tupleSetItemSteal(res, 0, key as Owned);
  tupleSetItemSteal(res, 1, value as Owned);
  // dk_usable is not given back: the slot is a DUMMY in the indices.
  i32[(k + DK_NENTRIES) >> 2] = i;
  i32[(d + MA_USED) >> 2]--;
  i32[(d + MA_VERSION) >> 2] = version;
  return res;
}

/**
 * PyDict_SetDefault: the value for `key`, inserting `deflt` when missing. Borrowed, or NULL on error.
 * https://docs.python.org/3/library/stdtypes.html#dict.setdefault
 */
export function dictSetDefault(d: Borrowed, key: Borrowed, deflt: Borrowed): Borrowed | Null {
  const lo = keyHash(key);
  const hi = H64[1];
  if (hashError(lo)) return NULL;
  if (i32[(d + MA_KEYS) >> 2] === emptyKeys) {
    incref(key);
    incref(deflt);
    if (insertToEmptyDict(d, key as Owned, lo, hi, deflt as Owned) < 0) return NULL;
    return deflt;
  }
  if (i32[(d + MA_SHARED_KEYS) >> 2] !== 0 && sharedKeysBeforeInsert(d, key, false) < 0) return NULL;
  if (!isStrExact(key) && u8[i32[(d + MA_KEYS) >> 2] + DK_KIND] !== DICT_KEYS_GENERAL) {
    if (insertionResize(d, false) < 0) return NULL;
  }
  const ix = dictLookup(d, key, lo, hi);
  if (ix === DKIX_ERROR) return NULL;
  if (ix >= 0) return valueAt(d, ix) as Borrowed;
  if (i32[(d + MA_SHARED_KEYS) >> 2] !== 0 && sharedKeysBeforeInsert(d, key, true) < 0) return NULL;
  if (i32[(i32[(d + MA_KEYS) >> 2] + DK_USABLE) >> 2] <= 0) {
    if (insertionResize(d, true) < 0) return NULL;
  }
  if (ensureGeneralFor(d, key) < 0) return NULL;
  incref(key);
  incref(deflt);
  maintainTracking(d, key, deflt);
  appendEntry(d, key, lo, hi, deflt);
  return deflt;
}

/** PyDict_Clear: empties the dict (it shares the empty keys again), then drops the old contents. */
export function dictClear(d: Borrowed): void {
  const oldk = i32[(d + MA_KEYS) >> 2];
  if (oldk === emptyKeys) return;
  i32[(d + MA_KEYS) >> 2] = emptyKeys;
  sharedKeysDrop(d);
  i32[(d + MA_USED) >> 2] = 0;
  i32[(d + MA_VERSION) >> 2] = nextVersion();
  keysDecref(oldk);
}

/**
 * PyDict_Next-style iteration without allocation. `pos` is a one-element cursor (start at 0); on success
 * writes out[0] = key and out[1] = value (borrowed), and when out has room for four, out[2], out[3] = the
 * hash's low and high words. Returns false at the end. Safe while values are replaced, not while keys change.
 */
export function dictNext(d: Borrowed, pos: Int32Array, out: Int32Array): boolean {
  let i = pos[0];
  const k = i32[(d + MA_KEYS) >> 2];
  const n = i32[(k + DK_NENTRIES) >> 2];
  if (i < 0 || i >= n) return false;
  const es = entrySize(k);
  let ep = entriesOf(k) + i * es;
  while (i < n && i32[(ep + es - 4) >> 2] === 0) {
    ep += es;
    i++;
  }
  if (i >= n) return false;
  const key = i32[(ep + es - 8) >> 2];
  out[0] = key;
  out[1] = i32[(ep + es - 4) >> 2];
  if (out.length >= 4) {
    if (es === 16) {
      out[2] = i32[ep >> 2];
      out[3] = i32[(ep + 4) >> 2];
    } else {
      out[2] = unicodeHash(key);
      out[3] = H64[1];
    }
  }
  pos[0] = i + 1;
  return true;
}

/**
 * dictNext walking backwards (dictreviter_iternext): `pos` is one past the entry to look at first (start at
 * the entry count, dictEntryCount); on success writes out[0] = key, out[1] = value (borrowed) and leaves
 * pos[0] at the entry found. Returns false at the start. Safe while values are replaced, not while keys change.
 */
export function dictPrev(d: Borrowed, pos: Int32Array, out: Int32Array): boolean {
  const k = i32[(d + MA_KEYS) >> 2];
  let i = Math.min(pos[0], i32[(k + DK_NENTRIES) >> 2]) - 1;
  const es = entrySize(k);
  let ep = entriesOf(k) + i * es;
  while (i >= 0 && i32[(ep + es - 4) >> 2] === 0) {
    ep -= es;
    i--;
  }
  if (i < 0) return false;
  out[0] = i32[(ep + es - 8) >> 2];
  out[1] = i32[(ep + es - 4) >> 2];
  pos[0] = i;
  return true;
}

/** The number of entry slots used so far, live or deleted (dk_nentries): where a reverse walk starts. */
export function dictEntryCount(d: Borrowed): number {
  return i32[(i32[(d + MA_KEYS) >> 2] + DK_NENTRIES) >> 2];
}

const enum Part { Keys, Values, Items }

/** dict_keys / dict_values / dict_items: a list built in one pass with no Python code running. */
function dictToList(d: Borrowed, part: Part): Owned | Null {
  const n = i32[(d + MA_USED) >> 2];
  const v = listNew(n);
  if (v === NULL) return NULL;
  if (part === Part.Items) {
    // Preallocate the tuples before reading the dict, as CPython does.
    for (let i = 0; i < n; i++) {
      const t = tupleNew(2);
      if (t === NULL) {
        decref(v);
        return NULL;
      }
      listSetItemSteal(v, i, t);
    }
  }
  if (n !== i32[(d + MA_USED) >> 2]) {
    decref(v); // an allocation changed the dict (a collection ran): start over
    return dictToList(d, part);
  }
  const k = i32[(d + MA_KEYS) >> 2];
  const es = entrySize(k);
  const nentries = i32[(k + DK_NENTRIES) >> 2];
  let ep = entriesOf(k);
  let j = 0;
  for (let i = 0; i < nentries; i++, ep += es) {
    const value = i32[(ep + es - 4) >> 2];
    if (value === 0) continue;
    const key = i32[(ep + es - 8) >> 2];
    if (part === Part.Keys) {
      listSetItemSteal(v, j, newRef(key as Borrowed));
    } else if (part === Part.Values) {
      listSetItemSteal(v, j, newRef(value as Borrowed));
    } else {
      const t = listGetItemBorrow(v, j);
      tupleSetItemSteal(t, 0, newRef(key as Borrowed));
      tupleSetItemSteal(t, 1, newRef(value as Borrowed));
    }
    j++;
  }
  return v;
}

/** PyDict_Keys: list(d). */
export function dictKeys(d: Borrowed): Owned | Null {
  return dictToList(d, Part.Keys);
}

/** PyDict_Values: list(d.values()). */
export function dictValues(d: Borrowed): Owned | Null {
  return dictToList(d, Part.Values);
}

/** PyDict_Items: list(d.items()), a list of 2-tuples. */
export function dictItems(d: Borrowed): Owned | Null {
  return dictToList(d, Part.Items);
}

/** clone_combined_dict_keys: a byte copy of the keys block (dummies and holes included), with new references. */
function cloneKeys(mp: number): number {
  const k = i32[(mp + MA_KEYS) >> 2];
  const size = keysBytes(k);
  const nk = alloc(size);
  if (nk === 0) {
    errNoMemory();
    return 0;
  }
  u8.copyWithin(nk, k, k + size);
  const es = entrySize(k);
  const n = i32[(nk + DK_NENTRIES) >> 2];
  let ep = entriesOf(nk) + es - 8;
  for (let i = 0; i < n; i++, ep += es) {
    const value = i32[(ep + 4) >> 2];
    if (value !== 0) {
      incref(value as Borrowed);
      incref(i32[ep >> 2] as Borrowed);
    }
  }
  return nk;
}

/**
 * PyDict_Copy: a shallow copy. A compact-enough table is cloned byte for byte (same capacity and layout, as
 * CPython does); a sparse one is rebuilt by merging. https://docs.python.org/3/library/stdtypes.html#dict.copy
 */
export function dictCopy(d: Borrowed): Owned | Null {
  const used = i32[(d + MA_USED) >> 2];
  const sk = i32[(d + MA_SHARED_KEYS) >> 2];
  if (used === 0) return dictNew();
  const k = i32[(d + MA_KEYS) >> 2];
  if (sk !== 0 || used >= Math.floor((i32[(k + DK_NENTRIES) >> 2] * 2) / 3)) {
    // A split table's copy shares the same keys in CPython (split too, tracked as the original).
    const nk = k === emptyKeys ? k : cloneKeys(d);
    if (nk === 0) return NULL;
    const c = dictNewWithKeys(nk, used);
    if (c !== NULL && sk !== 0) {
      i32[(sk + DK_REFCNT) >> 2]++;
      i32[(c + MA_SHARED_KEYS) >> 2] = sk;
    }
    if (c !== NULL && gcIsTracked(d)) gcTrack(c);
    return c;
  }
  const copy = dictNew();
  if (copy === NULL) return NULL;
  if (dictMerge(copy, d, 1) === 0) return copy;
  decref(copy);
  return NULL;
}

/**
 * dict_merge with a dict source: override 1 replaces existing keys (update), 0 keeps them, 2 raises
 * KeyError on a duplicate. Non-dict mappings need the call machinery (keys(), __getitem__) and raise
 * NotImplementedError for now. 0, or -1 with an exception set.
 */
export function dictMerge(a: Borrowed, b: Borrowed, override: number): number {
  if (!isDict(b)) {
    errSetString(NotImplementedError, `dict update from a '${typeNameOf(b)}' mapping is not implemented yet`);
    return -1;
  }
  const otherUsed = i32[(b + MA_USED) >> 2];
  if (a === b || otherUsed === 0) return 0;
  if (i32[(a + MA_USED) >> 2] === 0) {
    override = 1;
    const okeys = i32[(b + MA_KEYS) >> 2];
    // A clean, combined, freshly built source is cloned outright (the target is combined then).
    if (i32[(b + MA_SHARED_KEYS) >> 2] === 0 && otherUsed === i32[(okeys + DK_NENTRIES) >> 2] &&
        (u8[okeys + DK_LOG2_SIZE] === PyDict_LOG_MINSIZE ||
         usableFraction((1 << u8[okeys + DK_LOG2_SIZE]) / 2) < otherUsed)) {
      const nk = cloneKeys(b);
      if (nk === 0) return -1;
      instanceKeyNote(a, -1);
      keysDecref(i32[(a + MA_KEYS) >> 2]);
      sharedKeysDrop(a);
      i32[(a + MA_KEYS) >> 2] = nk;
      i32[(a + MA_USED) >> 2] = otherUsed;
      i32[(a + MA_VERSION) >> 2] = nextVersion();
      if (gcIsTracked(b)) gcTrack(a);
      return 0;
    }
  }
  // One big resize up front rather than several while inserting (a split target's table is its
  // shared keys', and the resize makes it combined).
  const ak = i32[(a + MA_KEYS) >> 2];
  const ask = i32[(a + MA_SHARED_KEYS) >> 2];
  if (usableFraction(1 << u8[(ask !== 0 ? ask : ak) + DK_LOG2_SIZE]) < otherUsed) {
    const unicode = u8[i32[(b + MA_KEYS) >> 2] + DK_KIND] !== DICT_KEYS_GENERAL;
    const log2 = estimateLog2Keysize(i32[(a + MA_USED) >> 2] + otherUsed);
    if ((ask !== 0 ? sharedKeysUnsplitTo(a, log2, unicode) : dictResize(a, log2, unicode)) < 0) return -1;
  }
  const origSize = i32[(i32[(b + MA_KEYS) >> 2] + DK_NENTRIES) >> 2];
  const pos = new Int32Array(1);
  const kv = new Int32Array(4);
  while (dictNext(b, pos, kv)) {
    const key = kv[0] as Borrowed, value = kv[1] as Borrowed, lo = kv[2], hi = kv[3];
    incref(key);
    incref(value);
    let err = 0;
    if (override === 1) {
      incref(key);
      incref(value);
      err = i32[(a + MA_KEYS) >> 2] === emptyKeys
        ? insertToEmptyDict(a, key as Owned, lo, hi, value as Owned)
        : insertDict(a, key as Owned, lo, hi, value as Owned);
    } else {
      err = dictContainsKnownHash(a, key, lo, hi);
      if (err === 0) {
        incref(key);
        incref(value);
        err = i32[(a + MA_KEYS) >> 2] === emptyKeys
          ? insertToEmptyDict(a, key as Owned, lo, hi, value as Owned)
          : insertDict(a, key as Owned, lo, hi, value as Owned);
      } else if (err > 0) {
        if (override !== 0) {
          errSetObject(KeyError, key);
          decref(value);
          decref(key);
          return -1;
        }
        err = 0;
      }
    }
    decref(value);
    decref(key);
    if (err !== 0) return -1;
    if (origSize !== i32[(i32[(b + MA_KEYS) >> 2] + DK_NENTRIES) >> 2]) {
      errSetString(RuntimeError, 'dict mutated during update');
      return -1;
    }
  }
  return 0;
}

/**
 * dict_merge's test for its fast path: `b` is a dict iterated as one (its type keeps dict's tp_iter).
 * A dict subclass with its own __iter__ (OrderedDict, say) is merged through keys() and b[key] instead.
 */
export function dictIterIsDicts(b: Borrowed): boolean {
  return typeSlotsOf(typeOf(b)).iter === typeSlotsOf(dictType).iter;
}

/** PyDict_Update: d.update(other) for a dict `other`. 0 or -1. */
export function dictUpdate(a: Borrowed, b: Borrowed): number {
  return dictMerge(a, b, 1);
}

/**
 * PyDict_MergeFromSeq2 for a list or tuple of 2-item lists/tuples (other iterables need the iterator
 * protocol and raise NotImplementedError for now). 0 or -1.
 */
export function dictMergeFromSeq2(d: Borrowed, seq2: Borrowed, override: boolean): number {
  const seqIsList = isList(seq2);
  if (!seqIsList && !isTuple(seq2)) {
    errSetString(NotImplementedError, `dict update from a '${typeNameOf(seq2)}' iterable is not implemented yet`);
    return -1;
  }
  for (let i = 0; i < (seqIsList ? listSize(seq2) : tupleSize(seq2)); i++) {
    const item = newRef(seqIsList ? listGetItemBorrow(seq2, i) : tupleGetItemBorrow(seq2, i));
    const itemIsList = isList(item);
    if (!itemIsList && !isTuple(item)) {
      decref(item);
      errSetString(TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
      return -1;
    }
    const n = itemIsList ? listSize(item) : tupleSize(item);
    if (n !== 2) {
      decref(item);
      errSetString(ValueError, `dictionary update sequence element #${i} has length ${n}; 2 is required`);
      return -1;
    }
    const key = newRef(itemIsList ? listGetItemBorrow(item, 0) : tupleGetItemBorrow(item, 0));
    const value = newRef(itemIsList ? listGetItemBorrow(item, 1) : tupleGetItemBorrow(item, 1));
    const r = override ? dictSetItem(d, key, value) : (dictSetDefault(d, key, value) === NULL ? -1 : 0);
    decref(key);
    decref(value);
    decref(item);
    if (r < 0) return -1;
  }
  return 0;
}

/** dict_equal: 1 when both dicts hold equal values under equal keys, 0 if not, -1 on error. */
export function dictEqual(a: Borrowed, b: Borrowed): number {
  if (i32[(a + MA_USED) >> 2] !== i32[(b + MA_USED) >> 2]) return 0;
  for (let i = 0; i < i32[(i32[(a + MA_KEYS) >> 2] + DK_NENTRIES) >> 2]; i++) {
    // Re-read the table each round: the comparisons below may mutate `a`.
    const k = i32[(a + MA_KEYS) >> 2];
    const es = entrySize(k);
    const ep = entriesOf(k) + i * es;
    const key = i32[(ep + es - 8) >> 2];
    const aval = i32[(ep + es - 4) >> 2];
    if (aval === 0) continue;
    let lo: number, hi: number;
    if (es === 16) {
      lo = i32[ep >> 2];
      hi = i32[(ep + 4) >> 2];
    } else {
      lo = unicodeHash(key);
      hi = H64[1];
    }
    incref(aval as Borrowed);
    incref(key as Borrowed);
    const ix = dictLookup(b, key, lo, hi);
    if (ix < 0) {
      decref(key as Borrowed);
      decref(aval as Borrowed);
      return ix === DKIX_ERROR ? -1 : 0;
    }
    const bval = newRef(valueAt(b, ix) as Borrowed);
    const cmp = objectRichCompareBool(aval as Borrowed, bval, Py_EQ);
    decref(key as Borrowed);
    decref(aval as Borrowed);
    decref(bval);
    if (cmp <= 0) return cmp;
  }
  return 1;
}

function dictRichCompare(v: Borrowed, w: Borrowed, op: number): Owned | Null {
  if (!isDict(v) || !isDict(w) || (op !== Py_EQ && op !== Py_NE)) return notImplemented();
  const cmp = dictEqual(v, w);
  if (cmp < 0) return NULL;
  return boolNew((cmp === 1) === (op === Py_EQ));
}

/** dict_repr: '{}', '{1: 2}', and '{...}' for a dict that contains itself. */
export function dictRepr(d: Borrowed): Owned | Null {
  if (reprEnter(d) !== 0) return strFromJS('{...}');
  if (i32[(d + MA_USED) >> 2] === 0) {
    reprLeave(d);
    return strFromJS('{}');
  }
  let out = '{';
  let first = true;
  const pos = new Int32Array(1);
  const kv = new Int32Array(2);
  let key = 0 as Owned | Null, value = 0 as Owned | Null;
  fail: {
    while (dictNext(d, pos, kv)) {
      // Hold the pair: repr may mutate the dict.
      key = newRef(kv[0] as Borrowed);
      value = newRef(kv[1] as Borrowed);
      if (!first) out += ', ';
      first = false;
      let s = objectRepr(key);
      if (s === NULL) break fail;
      out += strToJS(s);
      decref(s);
      out += ': ';
      s = objectRepr(value);
      if (s === NULL) break fail;
      out += strToJS(s);
      decref(s);
      decref(key);
      decref(value);
      key = value = NULL;
    }
    reprLeave(d);
    return strFromJS(out + '}');
  }
  reprLeave(d);
  xdecref(key);
  xdecref(value);
  return NULL;
}

/**
 * d.__sizeof__() as CPython 3.12 computes it on 64-bit (sys.getsizeof adds the 16-byte GC header): the
 * dict struct plus, unless the keys are the shared empty ones, the keys object with its indices and entries.
 */
export function dictSizeOf(d: Borrowed): number {
  const k = i32[(d + MA_KEYS) >> 2];
  let res = cpythonBasicSize(typeOf(d));
  const sk = i32[(d + MA_SHARED_KEYS) >> 2];
  if (sk !== 0) {
    // _PyDict_SizeOf of a split table: a value slot per usable shared key; the keys themselves are
    // the class's, counted here only once nothing else holds them.
    res += 8 * (i32[(sk + DK_NENTRIES) >> 2] + i32[(sk + DK_USABLE) >> 2]);
    if (i32[(sk + DK_REFCNT) >> 2] === 1) res += CPY_KEYS_HEADER + (1 << SHARED_KEYS_LOG2) + usableFraction(1 << SHARED_KEYS_LOG2) * CPY_UNICODE_ENTRY;
  } else if (k !== emptyKeys) {
    const es = u8[k + DK_KIND] === DICT_KEYS_GENERAL ? CPY_GENERAL_ENTRY : CPY_UNICODE_ENTRY;
    res += CPY_KEYS_HEADER + (1 << u8[k + DK_LOG2_INDEX_BYTES]) + usableFraction(1 << u8[k + DK_LOG2_SIZE]) * es;
  }
  return res;
}

/** Table capacity (2**dk_log2_size; 1 for the shared empty keys), for tests and debugging. */
export function dictCapacity(d: Borrowed): number {
  return 1 << u8[i32[(d + MA_KEYS) >> 2] + DK_LOG2_SIZE];
}

/** Whether the dict's keys object is the all-str (unicode) kind, for tests and debugging. */
export function dictHasUnicodeKeys(d: Borrowed): boolean {
  return u8[i32[(d + MA_KEYS) >> 2] + DK_KIND] !== DICT_KEYS_GENERAL;
}

/**
 * dict_traverse: visits each live entry's value, then its key: every reference the table owns, as the contract
 * asks. CPython skips the keys of all-str tables (str can't form cycles), so gc.get_referents differs there.
 * Also visits the contents of an embedded managed dict for its owner's traverse (dictEmbed).
 */
export function dictTraverse(d: Borrowed, visit: VisitProc, arg: unknown): number {
  const k = i32[(d + MA_KEYS) >> 2];
  const es = entrySize(k);
  const n = i32[(k + DK_NENTRIES) >> 2];
  const unicodeKeys = u8[k + DK_KIND] !== DICT_KEYS_GENERAL;
  let ep = entriesOf(k) + es - 8;
  for (let i = 0; i < n; i++, ep += es) {
    const value = i32[(ep + 4) >> 2];
    if (value === 0) continue;
    let r = visit(value as Borrowed, arg);
    if (r !== 0) return r;
    // str keys can't take part in cycles: CPython's dict_traverse skips them in a unicode table.
    if (unicodeKeys) continue;
    r = visit(i32[ep >> 2] as Borrowed, arg);
    if (r !== 0) return r;
  }
  return 0;
}

/** dict_dealloc, inside the trashcan so long chains of nested containers don't exhaust the JS stack. */
function dictDealloc(d: Owned): void {
  // Untracked already: decref untracks a GC object whose count reaches 0 before calling its dealloc.
  if (!trashcanBegin(d, dictDealloc)) return;
  keysDecref(i32[(d + MA_KEYS) >> 2]);
  if (i32[(d + MA_SHARED_KEYS) >> 2] !== 0) sharedKeysDrop(d);
  if ((i32[(d + GC_PREV) >> 2] & ~3) !== 0 && i32[(d + GC_NEXT) >> 2] === 0) {
    objectGCFreeUncounted(d); // died embedded: CPython had inline values, no dict (dictNewForEmbedding)
  } else if (i32[(d + OB_TYPE_) >> 2] !== dictType || !objectGCToFreelist(d, FREELIST_DICT)) {
    objectGCFree(d);
  }
  trashcanEnd();
}
