// set and frozenset (Objects/setobject.c): CPython 3.12's table with linear probes, dummies, inline smalltable.
// Both types live in this file, as in setobject.c: they share the table, algebra, repr and comparison (frozenset adds
// the hash). Same probing, resize policy, set_merge fast paths and algebra algorithms: iteration order and
// sys.getsizeof match CPython 3.12. Invariants: a live entry owns one reference to its key; fill = live + dummies; a
// frozenset's hash is cached once (-1/-1 = not yet), so a frozenset made in the static phase is hashed before the seal.

import { cpythonBasicSize } from './sizeof.ts';
import { i32, u8 } from '../heap/views.ts';
import { alloc, free } from '../heap/alloc.ts';
import { incref, decref, newRef, refcnt } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { H64 } from '../support/hash64.ts';
import { frozensetHashAdd, frozensetHashFinish } from '../support/numhash.ts';
import {
  typeNewStatic, typeOf, typeGenericAlloc, typeNameOf, typeIsSubtype, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_BASETYPE,
  Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT, Py_GE, type VisitProc,
} from './type.ts';
import {
  objectGCNew, objectGCFree, objectHash, objectHashNotImplemented, objectRichCompareBool, objectRepr, objectIsTrue, notImplemented, boolNew, noneNew, reprEnter, reprLeave, trashcanBegin, trashcanEnd,
} from './object.ts';
import { errSetString, errSetObject, errNoMemory, errExceptionMatches, errClear, errOccurred } from './errors.ts';
import { KeyError, RuntimeError, TypeError, NotImplementedError } from './exceptions.ts';
import { isStr, isStrExact, strHash, strEqual, strFromJS, strToJS, strLength, strGetItem } from './str.ts';
import { intFromNumber, isInt } from './int.ts';
import { isFloat } from './float.ts';
import { Py_None } from './none.ts';
import {
  isTuple, tupleSize, tupleGetItemBorrow, tuplePack,
} from './tuple.ts';
import { sequenceList } from './abstract.ts';
import { objectGetstate } from './typeattrs.ts';
import { isList, listSize, listGetItemBorrow } from './list.ts';
import {
  isDict, isDictExact, dictNext, dictSize, dictContainsKnownHash, MA_USED,
} from './dict.ts';

// The set object (GC; the GC header sits before +0):
//
//   +0 ob_refcnt  +4 ob_type  +8 fill  +12 used  +16 mask  +20 table  +24 hash low  +28 hash high
//   +32 finger  +36 weakreflist  +40 smalltable: PySet_MINSIZE entries
//
// An entry is 12 bytes: +0 key, +4 hash low, +8 hash high. Unused: key 0 (hash 0). Dummy (deleted):
// key DUMMY, hash -1/-1. `table` points at the smalltable until the set outgrows it.
const SO_FILL = 8;
const SO_USED = 12;
const SO_MASK = 16;
const SO_TABLE = 20;
const SO_HASH_LO = 24;
const SO_HASH_HI = 28;
const SO_FINGER = 32;
const SO_WEAKREFLIST = 36;
const SO_SMALLTABLE = 40;
const ENTRY = 12;
const PySet_MINSIZE = 8;
export const SET_SIZE = SO_SMALLTABLE + PySet_MINSIZE * ENTRY;

/** CPython's `dummy` object; here an odd value, which no reference can be. */
const DUMMY = 1;
const LINEAR_PROBES = 9;
/** Larger tables would overflow a JS typed-array offset (CPython's limit is the address space). */
const MAX_TABLE_SIZE = 1 << 26;

// sys.getsizeof arithmetic of CPython 3.12 on 64-bit: sizeof(PySetObject), sizeof(setentry).
const CPY_SETENTRY = 16;

export let setType = 0 as Borrowed;
export let frozensetType = 0 as Borrowed;
/** Copies of a smalltable taken while it is rebuilt or cleared (reused; clear can nest through decref). */
const smallCopies: Int32Array[] = [];

/** Creates the set and frozenset types. */
export function setInitStatic(): void {
  smallCopies.length = 0;
  setType = typeNewStatic({
    name: 'set',
    basicsize: SET_SIZE,
    flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    slots: {
      dealloc: setDealloc, traverse: setTraverse, clear: (o) => { setClear(o); return 0; }, repr: setRepr, hash: objectHashNotImplemented,
      richcompare: setRichCompare, length: setSize,
    },
  });
  frozensetType = typeNewStatic({
    name: 'frozenset',
    basicsize: SET_SIZE,
    flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    slots: {
      dealloc: setDealloc, traverse: setTraverse, repr: setRepr, hash: frozensetHash,
      richcompare: setRichCompare, length: setSize,
    },
  });
}

/** PySet_Check: a set or a subclass. */
export function isSet(o: Borrowed): boolean {
  const t = typeOf(o);
  return t === setType || typeIsSubtype(t, setType);
}

/** PySet_CheckExact. */
export function isSetExact(o: Borrowed): boolean {
  return typeOf(o) === setType;
}

/** PyFrozenSet_Check. */
export function isFrozenSet(o: Borrowed): boolean {
  const t = typeOf(o);
  return t === frozensetType || typeIsSubtype(t, frozensetType);
}

/** PyFrozenSet_CheckExact. */
export function isFrozenSetExact(o: Borrowed): boolean {
  return typeOf(o) === frozensetType;
}

/** PyAnySet_Check: set, frozenset, or a subclass of either. */
export function isAnySet(o: Borrowed): boolean {
  const t = typeOf(o);
  return t === setType || t === frozensetType || typeIsSubtype(t, setType) || typeIsSubtype(t, frozensetType);
}

/** PyAnySet_CheckExact. */
export function isAnySetExact(o: Borrowed): boolean {
  const t = typeOf(o);
  return t === setType || t === frozensetType;
}

/** PySet_GET_SIZE / len(s). */
export function setSize(so: Borrowed): number {
  return i32[(so + SO_USED) >> 2];
}

function keyHash(key: Borrowed): number {
  return isStrExact(key) ? strHash(key) : objectHash(key);
}

function hashError(lo: number): boolean {
  return lo === -1 && H64[1] === -1;
}

/**
 * set_lookkey: the entry holding `key`, or the unused entry that ends its probe path; 0 when a comparison
 * raised. A comparison that changed the table restarts the search.
 */
function setLookkey(so: number, key: number, lo: number, hi: number): number {
  restart: for (;;) {
    let mask = i32[(so + SO_MASK) >> 2];
    let i = lo & mask;
    let plo = lo >>> 0, phi = hi >>> 0;
    for (;;) {
      let e = i32[(so + SO_TABLE) >> 2] + i * ENTRY;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const startkey = i32[e >> 2];
        if (startkey === 0) return e;
        if (i32[(e + 4) >> 2] === lo && i32[(e + 8) >> 2] === hi) {
          if (startkey === key) return e;
          if (isStrExact(startkey as Borrowed) && isStrExact(key as Borrowed) &&
              strEqual(startkey as Borrowed, key as Borrowed)) return e;
          const table = i32[(so + SO_TABLE) >> 2];
          incref(startkey as Borrowed);
          const cmp = objectRichCompareBool(startkey as Borrowed, key as Borrowed, Py_EQ);
          decref(startkey as Borrowed);
          if (cmp < 0) return 0;
          if (table !== i32[(so + SO_TABLE) >> 2] || i32[e >> 2] !== startkey) continue restart;
          if (cmp > 0) return e;
          mask = i32[(so + SO_MASK) >> 2];
        }
        e += ENTRY;
      } while (probes-- > 0);
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }
}

/** set_add_entry: adds `key` (borrowed; the set takes its own reference). 0, or -1 with an exception set. */
function setAddEntry(so: number, key: number, lo: number, hi: number): number {
  // Taken first so that a comparison can't free the key before it is stored.
  incref(key as Borrowed);
  restart: for (;;) {
    let mask = i32[(so + SO_MASK) >> 2];
    let i = lo & mask;
    let freeslot = 0;
    let plo = lo >>> 0, phi = hi >>> 0;
    for (;;) {
      let e = i32[(so + SO_TABLE) >> 2] + i * ENTRY;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const startkey = i32[e >> 2];
        const elo = i32[(e + 4) >> 2], ehi = i32[(e + 8) >> 2];
        if (startkey === 0) {
          if (freeslot !== 0) {
            i32[(so + SO_USED) >> 2]++;
            i32[freeslot >> 2] = key;
            i32[(freeslot + 4) >> 2] = lo;
            i32[(freeslot + 8) >> 2] = hi;
            return 0;
          }
          const fill = i32[(so + SO_FILL) >> 2] + 1;
          const used = i32[(so + SO_USED) >> 2] + 1;
          i32[(so + SO_FILL) >> 2] = fill;
          i32[(so + SO_USED) >> 2] = used;
          i32[e >> 2] = key;
          i32[(e + 4) >> 2] = lo;
          i32[(e + 8) >> 2] = hi;
          if (fill * 5 < mask * 3) return 0;
          return setTableResize(so, used > 50000 ? used * 2 : used * 4);
        }
        if (elo === lo && ehi === hi) {
          if (startkey === key) {
            decref(key as Borrowed);
            return 0;
          }
          if (isStrExact(startkey as Borrowed) && isStrExact(key as Borrowed) &&
              strEqual(startkey as Borrowed, key as Borrowed)) {
            decref(key as Borrowed);
            return 0;
          }
          const table = i32[(so + SO_TABLE) >> 2];
          incref(startkey as Borrowed);
          const cmp = objectRichCompareBool(startkey as Borrowed, key as Borrowed, Py_EQ);
          decref(startkey as Borrowed);
          if (cmp > 0) {
            decref(key as Borrowed);
            return 0;
          }
          if (cmp < 0) {
            decref(key as Borrowed);
            return -1;
          }
          if (table !== i32[(so + SO_TABLE) >> 2] || i32[e >> 2] !== startkey) continue restart;
          mask = i32[(so + SO_MASK) >> 2];
        } else if (elo === -1 && ehi === -1) {
          freeslot = e;
        }
        e += ENTRY;
      } while (probes-- > 0);
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }
}

/** set_insert_clean: stores a key known to be absent, with no comparisons (resize and fresh copies). */
function setInsertClean(table: number, mask: number, key: number, lo: number, hi: number): void {
  let i = lo & mask;
  let plo = lo >>> 0, phi = hi >>> 0;
  let e: number;
  search: for (;;) {
    e = table + i * ENTRY;
    if (i32[e >> 2] === 0) break;
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 0; j < LINEAR_PROBES; j++) {
        e += ENTRY;
        if (i32[e >> 2] === 0) break search;
      }
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + 1 + plo) & mask;
  }
  i32[e >> 2] = key;
  i32[(e + 4) >> 2] = lo;
  i32[(e + 8) >> 2] = hi;
}

function takeSmallCopy(so: number): Int32Array {
  const c = smallCopies.pop() ?? new Int32Array(PySet_MINSIZE * 3);
  const w = (so + SO_SMALLTABLE) >> 2;
  c.set(i32.subarray(w, w + PySet_MINSIZE * 3));
  return c;
}

/**
 * set_table_resize: the smallest power-of-two table above `minused` (at least 8), live keys reinserted
 * in slot order without comparisons; dummies dropped. 0, or -1 with MemoryError.
 */
function setTableResize(so: number, minused: number): number {
  let newsize = PySet_MINSIZE;
  while (newsize <= minused) newsize *= 2;
  if (newsize > MAX_TABLE_SIZE) {
    errNoMemory();
    return -1;
  }
  const oldtable = i32[(so + SO_TABLE) >> 2];
  const oldmask = i32[(so + SO_MASK) >> 2];
  const small = so + SO_SMALLTABLE;
  const oldMalloced = oldtable !== small;
  let copy: Int32Array | null = null;
  let newtable: number;
  const fill = i32[(so + SO_FILL) >> 2];
  const used = i32[(so + SO_USED) >> 2];
  if (newsize === PySet_MINSIZE) {
    newtable = small;
    if (newtable === oldtable) {
      if (fill === used) return 0; // no dummies: nothing to do
      // Rebuild in place to purge dummies: work from a copy of the smalltable.
      copy = takeSmallCopy(so);
    }
  } else {
    newtable = alloc(newsize * ENTRY);
    if (newtable === 0) {
      errNoMemory();
      return -1;
    }
  }
  u8.fill(0, newtable, newtable + newsize * ENTRY);
  i32[(so + SO_MASK) >> 2] = newsize - 1;
  i32[(so + SO_TABLE) >> 2] = newtable;
  const newmask = newsize - 1;
  const noDummies = fill === used;
  if (!noDummies) i32[(so + SO_FILL) >> 2] = used;
  if (copy !== null) {
    for (let j = 0; j <= oldmask; j++) {
      const key = copy[j * 3];
      if (key !== 0 && key !== DUMMY) setInsertClean(newtable, newmask, key, copy[j * 3 + 1], copy[j * 3 + 2]);
    }
    smallCopies.push(copy);
  } else {
    for (let e = oldtable, end = oldtable + oldmask * ENTRY; e <= end; e += ENTRY) {
      const key = i32[e >> 2];
      if (key !== 0 && key !== DUMMY) setInsertClean(newtable, newmask, key, i32[(e + 4) >> 2], i32[(e + 8) >> 2]);
    }
  }
  if (oldMalloced) free(oldtable);
  return 0;
}

/** set_contains_entry: 1, 0, or -1 with an exception set. */
function setContainsEntry(so: number, key: number, lo: number, hi: number): number {
  const e = setLookkey(so, key, lo, hi);
  if (e === 0) return -1;
  return i32[e >> 2] !== 0 ? 1 : 0;
}

const DISCARD_NOTFOUND = 0;
const DISCARD_FOUND = 1;

/** set_discard_entry: DISCARD_FOUND, DISCARD_NOTFOUND, or -1 with an exception set. */
function setDiscardEntry(so: number, key: number, lo: number, hi: number): number {
  const e = setLookkey(so, key, lo, hi);
  if (e === 0) return -1;
  const old = i32[e >> 2];
  if (old === 0) return DISCARD_NOTFOUND;
  i32[e >> 2] = DUMMY;
  i32[(e + 4) >> 2] = -1;
  i32[(e + 8) >> 2] = -1;
  i32[(so + SO_USED) >> 2]--;
  decref(old as Borrowed);
  return DISCARD_FOUND;
}

/** set_add_key. 0 or -1. */
function setAddKey(so: number, key: Borrowed): number {
  const lo = keyHash(key);
  const hi = H64[1];
  if (hashError(lo)) return -1;
  return setAddEntry(so, key, lo, hi);
}

/** set_contains_key. 1, 0 or -1. */
function setContainsKey(so: number, key: Borrowed): number {
  const lo = keyHash(key);
  const hi = H64[1];
  if (hashError(lo)) return -1;
  return setContainsEntry(so, key, lo, hi);
}

/** set_discard_key. 1 found, 0 not found, -1 error. */
function setDiscardKey(so: number, key: Borrowed): number {
  const lo = keyHash(key);
  const hi = H64[1];
  if (hashError(lo)) return -1;
  return setDiscardEntry(so, key, lo, hi);
}

function setEmptyToMinsize(so: number): void {
  u8.fill(0, so + SO_SMALLTABLE, so + SO_SMALLTABLE + PySet_MINSIZE * ENTRY);
  i32[(so + SO_FILL) >> 2] = 0;
  i32[(so + SO_USED) >> 2] = 0;
  i32[(so + SO_MASK) >> 2] = PySet_MINSIZE - 1;
  i32[(so + SO_TABLE) >> 2] = so + SO_SMALLTABLE;
  i32[(so + SO_HASH_LO) >> 2] = -1;
  i32[(so + SO_HASH_HI) >> 2] = -1;
}

/**
 * set_clear_internal (PySet_Clear, tp_clear): the set is emptied first, then the old keys are released,
 * so decrefs that run Python code see a consistent (empty) set.
 */
export function setClear(so: Borrowed): void {
  const table = i32[(so + SO_TABLE) >> 2];
  const fill = i32[(so + SO_FILL) >> 2];
  let used = i32[(so + SO_USED) >> 2];
  const malloced = table !== so + SO_SMALLTABLE;
  if (malloced) {
    setEmptyToMinsize(so);
    for (let e = table; used > 0; e += ENTRY) {
      const key = i32[e >> 2];
      if (key !== 0 && key !== DUMMY) {
        used--;
        decref(key as Borrowed);
      }
    }
    free(table);
  } else if (fill > 0) {
    const copy = takeSmallCopy(so);
    setEmptyToMinsize(so);
    for (let j = 0; used > 0; j++) {
      const key = copy[j * 3];
      if (key !== 0 && key !== DUMMY) {
        used--;
        decref(key as Borrowed);
      }
    }
    smallCopies.push(copy);
  }
}

/**
 * set_next-style iteration without allocation. `pos` is a one-element cursor (start at 0); on success
 * out[0] = key (borrowed) and, when out has room for three, out[1], out[2] = its hash words. False at the end.
 */
export function setNext(so: Borrowed, pos: Int32Array, out: Int32Array): boolean {
  let i = pos[0];
  const mask = i32[(so + SO_MASK) >> 2];
  let e = i32[(so + SO_TABLE) >> 2] + i * ENTRY;
  while (i <= mask && (i32[e >> 2] === 0 || i32[e >> 2] === DUMMY)) {
    i++;
    e += ENTRY;
  }
  pos[0] = i + 1;
  if (i > mask) return false;
  out[0] = i32[e >> 2];
  if (out.length >= 3) {
    out[1] = i32[(e + 4) >> 2];
    out[2] = i32[(e + 8) >> 2];
  }
  return true;
}

/** set_dealloc (both types), inside the trashcan so long chains of nested containers stay flat. */
function setDealloc(so: Owned): void {
  // TODO: PyObject_GC_UnTrack first, and PyObject_ClearWeakRefs, once the collector and weakrefs exist.
  if (!trashcanBegin(so, setDealloc)) return;
  let used = i32[(so + SO_USED) >> 2];
  const table = i32[(so + SO_TABLE) >> 2];
  for (let e = table; used > 0; e += ENTRY) {
    const key = i32[e >> 2];
    if (key !== 0 && key !== DUMMY) {
      used--;
      decref(key as Borrowed);
    }
  }
  if (table !== so + SO_SMALLTABLE) free(table);
  objectGCFree(so);
  trashcanEnd();
}

/** set_traverse: visits every live key. */
function setTraverse(so: Borrowed, visit: VisitProc, arg: unknown): number {
  const mask = i32[(so + SO_MASK) >> 2];
  const table = i32[(so + SO_TABLE) >> 2];
  for (let i = 0; i <= mask; i++) {
    const key = i32[(table + i * ENTRY) >> 2];
    if (key !== 0 && key !== DUMMY) {
      const r = visit(key as Borrowed, arg);
      if (r !== 0) return r;
    }
  }
  return 0;
}

/** set_repr: 'set()', '{1, 2}', 'frozenset()', 'frozenset({1, 2})', and 'set(...)' for recursion. */
export function setRepr(so: Borrowed): Owned | Null {
  const name = typeNameOf(so);
  if (reprEnter(so) !== 0) return strFromJS(`${name}(...)`);
  if (i32[(so + SO_USED) >> 2] === 0) {
    reprLeave(so);
    return strFromJS(`${name}()`);
  }
  // CPython reprs list(so); taking the keys first keeps them alive while their reprs run.
  const keys: Owned[] = [];
  const pos = new Int32Array(1);
  const k = new Int32Array(1);
  while (setNext(so, pos, k)) keys.push(newRef(k[0] as Borrowed));
  let out = '';
  let ok = true;
  for (let i = 0; i < keys.length; i++) {
    const s = objectRepr(keys[i]);
    if (s === NULL) {
      ok = false;
      break;
    }
    if (i > 0) out += ', ';
    out += strToJS(s);
    decref(s);
  }
  for (const key of keys) decref(key);
  reprLeave(so);
  if (!ok) return NULL;
  return strFromJS(isSetExact(so) ? `{${out}}` : `${name}({${out}})`);
}

/** set_merge: adds every key of another set; copies the table layout outright when this set is empty. */
function setMerge(so: number, other: number): number {
  const otherUsed = i32[(other + SO_USED) >> 2];
  if (other === so || otherUsed === 0) return 0;
  // One big resize up front rather than several while inserting.
  if ((i32[(so + SO_FILL) >> 2] + otherUsed) * 5 >= i32[(so + SO_MASK) >> 2] * 3) {
    if (setTableResize(so, (i32[(so + SO_USED) >> 2] + otherUsed) * 2) !== 0) return -1;
  }
  const soMask = i32[(so + SO_MASK) >> 2];
  const otherMask = i32[(other + SO_MASK) >> 2];
  const otherFill = i32[(other + SO_FILL) >> 2];
  let se = i32[(so + SO_TABLE) >> 2];
  let oe = i32[(other + SO_TABLE) >> 2];
  if (i32[(so + SO_FILL) >> 2] === 0 && soMask === otherMask && otherFill === otherUsed) {
    // Same size, no dummies to drop: copy slot for slot.
    for (let i = 0; i <= otherMask; i++, se += ENTRY, oe += ENTRY) {
      const key = i32[oe >> 2];
      if (key !== 0) {
        i32[se >> 2] = newRef(key as Borrowed);
        i32[(se + 4) >> 2] = i32[(oe + 4) >> 2];
        i32[(se + 8) >> 2] = i32[(oe + 8) >> 2];
      }
    }
    i32[(so + SO_FILL) >> 2] = otherFill;
    i32[(so + SO_USED) >> 2] = otherUsed;
    return 0;
  }
  if (i32[(so + SO_FILL) >> 2] === 0) {
    // Empty target: no duplicates possible, so no comparisons.
    i32[(so + SO_FILL) >> 2] = otherUsed;
    i32[(so + SO_USED) >> 2] = otherUsed;
    for (let i = otherMask + 1; i > 0; i--, oe += ENTRY) {
      const key = i32[oe >> 2];
      if (key !== 0 && key !== DUMMY) {
        setInsertClean(se, soMask, newRef(key as Borrowed), i32[(oe + 4) >> 2], i32[(oe + 8) >> 2]);
      }
    }
    return 0;
  }
  for (let i = 0; i <= i32[(other + SO_MASK) >> 2]; i++) {
    const e = i32[(other + SO_TABLE) >> 2] + i * ENTRY;
    const key = i32[e >> 2];
    if (key !== 0 && key !== DUMMY) {
      if (setAddEntry(so, key, i32[(e + 4) >> 2], i32[(e + 8) >> 2]) !== 0) return -1;
    }
  }
  return 0;
}

/** set.pop(): the next live entry from the search finger on. https://docs.python.org/3/library/stdtypes.html#frozenset.pop */
export function setPop(so: Borrowed): Owned | Null {
  const table = i32[(so + SO_TABLE) >> 2];
  const mask = i32[(so + SO_MASK) >> 2];
  let e = table + (i32[(so + SO_FINGER) >> 2] & mask) * ENTRY;
  const limit = table + mask * ENTRY;
  if (i32[(so + SO_USED) >> 2] === 0) return errSetString(KeyError, 'pop from an empty set');
  while (i32[e >> 2] === 0 || i32[e >> 2] === DUMMY) {
    e += ENTRY;
    if (e > limit) e = table;
  }
  const key = i32[e >> 2];
  i32[e >> 2] = DUMMY;
  i32[(e + 4) >> 2] = -1;
  i32[(e + 8) >> 2] = -1;
  i32[(so + SO_USED) >> 2]--;
  i32[(so + SO_FINGER) >> 2] = (e - table) / ENTRY + 1;
  return key as Owned;
}

/** frozenset_hash: order-independent xor of shuffled entry hashes, cached in the object. */
function frozensetHash(so: Borrowed): number {
  if (i32[(so + SO_HASH_LO) >> 2] !== -1 || i32[(so + SO_HASH_HI) >> 2] !== -1) {
    H64[0] = i32[(so + SO_HASH_LO) >> 2];
    H64[1] = i32[(so + SO_HASH_HI) >> 2];
    return H64[0];
  }
  let lo = 0, hi = 0;
  const mask = i32[(so + SO_MASK) >> 2];
  const table = i32[(so + SO_TABLE) >> 2];
  for (let i = 0; i <= mask; i++) {
    const e = table + i * ENTRY;
    const key = i32[e >> 2];
    if (key === 0 || key === DUMMY) continue;
    frozensetHashAdd(lo, hi, i32[(e + 4) >> 2], i32[(e + 8) >> 2]);
    lo = H64[0];
    hi = H64[1];
  }
  frozensetHashFinish(lo, hi, i32[(so + SO_USED) >> 2]);
  i32[(so + SO_HASH_LO) >> 2] = H64[0];
  i32[(so + SO_HASH_HI) >> 2] = H64[1];
  return H64[0];
}

// Until the iterator protocol exists, generic iterables are the builtin containers: list, tuple, str,
// dict (its keys), set and frozenset. The cursor is [kind, position, size when started].
const IT_LIST = 1, IT_TUPLE = 2, IT_STR = 3, IT_DICT = 4, IT_SET = 5;

/** PyObject_GetIter stand-in: fills the cursor; 0, or -1 with an exception set. */
function iterStart(o: Borrowed, cur: Int32Array): number {
  cur[1] = 0;
  if (isList(o)) cur[0] = IT_LIST;
  else if (isTuple(o)) cur[0] = IT_TUPLE;
  else if (isStr(o)) cur[0] = IT_STR;
  else if (isDict(o)) { cur[0] = IT_DICT; cur[2] = dictSize(o); }
  else if (isAnySet(o)) { cur[0] = IT_SET; cur[2] = setSize(o); }
  else if (isInt(o) || isFloat(o) || o === Py_None) {
    errSetString(TypeError, `'${typeNameOf(o)}' object is not iterable`);
    return -1;
  } else {
    errSetString(NotImplementedError, `iteration over '${typeNameOf(o)}' objects is not implemented yet`);
    return -1;
  }
  return 0;
}

// Scratch for iterNext: nothing runs between filling and reading them, so one set serves every nesting level.
const iterPos = new Int32Array(1);
const iterOut = new Int32Array(2);

/** PyIter_Next stand-in: a new reference to the next item, or NULL at the end (no exception) or on error. */
function iterNext(o: Borrowed, cur: Int32Array): Owned | Null {
  const i = cur[1];
  switch (cur[0]) {
    case IT_LIST:
      if (i >= listSize(o)) return NULL;
      cur[1] = i + 1;
      return newRef(listGetItemBorrow(o, i));
    case IT_TUPLE:
      if (i >= tupleSize(o)) return NULL;
      cur[1] = i + 1;
      return newRef(tupleGetItemBorrow(o, i));
    case IT_STR:
      if (i >= strLength(o)) return NULL;
      cur[1] = i + 1;
      return strGetItem(o, i);
    case IT_DICT: {
      if (cur[2] !== i32[(o + MA_USED) >> 2]) {
        cur[2] = -1;
        return errSetString(RuntimeError, 'dictionary changed size during iteration');
      }
      iterPos[0] = i;
      if (!dictNext(o, iterPos, iterOut)) return NULL;
      cur[1] = iterPos[0];
      return newRef(iterOut[0] as Borrowed);
    }
    default: {
      if (cur[2] !== i32[(o + SO_USED) >> 2]) {
        cur[2] = -1;
        return errSetString(RuntimeError, 'Set changed size during iteration');
      }
      iterPos[0] = i;
      if (!setNext(o, iterPos, iterOut)) return NULL;
      cur[1] = iterPos[0];
      return newRef(iterOut[0] as Borrowed);
    }
  }
}

/** Did iterNext's NULL mean an error? (PyErr_Occurred after the loop.) */
function iterFailed(): boolean {
  return errOccurred() !== NULL;
}

/** set_update_internal: adds the items of a set, a dict's keys, or another iterable. 0 or -1. */
function setUpdateInternal(so: number, other: Borrowed): number {
  if (isAnySet(other)) return setMerge(so, other);
  if (isDictExact(other)) {
    const dictsize = dictSize(other);
    if ((i32[(so + SO_FILL) >> 2] + dictsize) * 5 >= i32[(so + SO_MASK) >> 2] * 3) {
      if (setTableResize(so, (i32[(so + SO_USED) >> 2] + dictsize) * 2) !== 0) return -1;
    }
    const pos = new Int32Array(1);
    const kv = new Int32Array(4);
    while (dictNext(other, pos, kv)) {
      if (setAddEntry(so, kv[0], kv[2], kv[3]) !== 0) return -1;
    }
    return 0;
  }
  const cur = new Int32Array(3);
  if (iterStart(other, cur) < 0) return -1;
  for (;;) {
    const key = iterNext(other, cur);
    if (key === NULL) break;
    const r = setAddKey(so, key);
    decref(key);
    if (r !== 0) return -1;
  }
  return iterFailed() ? -1 : 0;
}

/** make_new_set: a new set or frozenset of type `type`, filled from `iterable` when given. */
export function setMakeNew(type: Borrowed, iterable: Borrowed | Null): Owned | Null {
  // A subclass's instances are bigger (its __slots__): typeGenericAlloc sizes them by the type.
  const so = type === setType || type === frozensetType ? objectGCNew(type, SET_SIZE) : typeGenericAlloc(type, 0);
  if (so === NULL) return NULL;
  u8.fill(0, so + SO_SMALLTABLE, so + SET_SIZE);
  i32[(so + SO_FILL) >> 2] = 0;
  i32[(so + SO_USED) >> 2] = 0;
  i32[(so + SO_MASK) >> 2] = PySet_MINSIZE - 1;
  i32[(so + SO_TABLE) >> 2] = so + SO_SMALLTABLE;
  i32[(so + SO_HASH_LO) >> 2] = -1;
  i32[(so + SO_HASH_HI) >> 2] = -1;
  i32[(so + SO_FINGER) >> 2] = 0;
  i32[(so + SO_WEAKREFLIST) >> 2] = 0;
  if (iterable !== NULL && setUpdateInternal(so, iterable) !== 0) {
    decref(so);
    return NULL;
  }
  return so;
}

/** make_new_set_basetype: results of set operations on subclasses are plain sets / frozensets. */
function setMakeNewBasetype(type: Borrowed, iterable: Borrowed | Null): Owned | Null {
  if (type !== setType && type !== frozensetType) type = typeIsSubtype(type, setType) ? setType : frozensetType;
  return setMakeNew(type, iterable);
}

/** PySet_New: set() or set(iterable). */
export function setNew(iterable: Borrowed | Null = NULL): Owned | Null {
  return setMakeNew(setType, iterable);
}

/** PyFrozenSet_New: always a new frozenset (frozenset(f) of an exact frozenset is `frozensetCall`). */
export function frozensetNew(iterable: Borrowed | Null = NULL): Owned | Null {
  return setMakeNew(frozensetType, iterable);
}

/** frozenset(iterable) as Python calls it: frozenset(f) of an exact frozenset is f itself. */
export function frozensetCall(iterable: Borrowed | Null): Owned | Null {
  if (iterable !== NULL && isFrozenSetExact(iterable)) return newRef(iterable);
  return setMakeNew(frozensetType, iterable);
}

/** PySet_Add: for sets, and for a frozenset still being built (count 1). 0 or -1. */
export function setAdd(so: Borrowed, key: Borrowed): number {
  if (!isSet(so) && (!isFrozenSet(so) || refcnt(so) !== 1)) {
    throw new Error('setAdd: bad internal call (not a set, nor a new frozenset)');
  }
  return setAddKey(so, key);
}

/** PySet_Discard: 1 when found and removed, 0 when absent, -1 on error (no frozenset retry). */
export function setDiscard(so: Borrowed, key: Borrowed): number {
  return setDiscardKey(so, key);
}

/** _PySet_Update: adds the items of `iterable`. 0 or -1. */
export function setUpdate(so: Borrowed, iterable: Borrowed): number {
  return setUpdateInternal(so, iterable);
}

/** set_copy / make_new_set_basetype(type(so), so). */
export function setCopy(so: Borrowed): Owned | Null {
  return setMakeNewBasetype(typeOf(so), so);
}

/** Retry with frozenset(key) when `key` is an unhashable set (x in s, s.remove(x), s.discard(x)). */
function retryAsFrozen(key: Borrowed): Owned | Null {
  if (!isSet(key) || !errExceptionMatches(TypeError)) return NULL;
  errClear();
  return setMakeNew(frozensetType, key);
}

/** set_contains (sq_contains, `key in so`): 1, 0, -1; an unhashable set key is looked up as a frozenset. */
export function setContains(so: Borrowed, key: Borrowed): number {
  let rv = setContainsKey(so, key);
  if (rv < 0) {
    const tmp = retryAsFrozen(key);
    if (tmp === NULL) return -1;
    rv = setContainsKey(so, tmp);
    decref(tmp);
  }
  return rv;
}

/** set_intersection with one other iterable: iterates the smaller set, in its slot order. */
export function setIntersection(so: Borrowed, other: Borrowed): Owned | Null {
  if (so === other) return setCopy(so);
  const result = setMakeNewBasetype(typeOf(so), NULL);
  if (result === NULL) return NULL;
  if (isAnySet(other)) {
    let big: number = so, small: number = other;
    if (setSize(other) > setSize(so)) {
      big = other;
      small = so;
    }
    for (let i = 0; i <= i32[(small + SO_MASK) >> 2]; i++) {
      const e = i32[(small + SO_TABLE) >> 2] + i * ENTRY;
      const key = i32[e >> 2];
      if (key === 0 || key === DUMMY) continue;
      const lo = i32[(e + 4) >> 2], hi = i32[(e + 8) >> 2];
      incref(key as Borrowed);
      const rv = setContainsEntry(big, key, lo, hi);
      if (rv < 0 || (rv > 0 && setAddEntry(result, key, lo, hi) !== 0)) {
        decref(result);
        decref(key as Borrowed);
        return NULL;
      }
      decref(key as Borrowed);
    }
    return result;
  }
  const cur = new Int32Array(3);
  if (iterStart(other, cur) < 0) {
    decref(result);
    return NULL;
  }
  for (;;) {
    const key = iterNext(other, cur);
    if (key === NULL) break;
    const lo = objectHash(key);
    const hi = H64[1];
    let ok = !hashError(lo);
    if (ok) {
      const rv = setContainsEntry(so, key, lo, hi);
      ok = rv >= 0;
      if (rv > 0) {
        ok = setAddEntry(result, key, lo, hi) === 0;
        if (ok && setSize(result) >= setSize(so)) {
          decref(key);
          break;
        }
      }
    }
    decref(key);
    if (!ok) {
      decref(result);
      return NULL;
    }
  }
  if (iterFailed()) {
    decref(result);
    return NULL;
  }
  return result;
}

/** set_swap_bodies: exchanges the tables (and smalltables) of two sets; hashes swap only between frozensets. */
function swapWord(a: number, b: number, off: number): void {
  const t = i32[(a + off) >> 2];
  i32[(a + off) >> 2] = i32[(b + off) >> 2];
  i32[(b + off) >> 2] = t;
}

function setSwapBodies(a: number, b: number): void {
  swapWord(a, b, SO_FILL);
  swapWord(a, b, SO_USED);
  swapWord(a, b, SO_MASK);
  const aSmall = a + SO_SMALLTABLE, bSmall = b + SO_SMALLTABLE;
  const at = i32[(a + SO_TABLE) >> 2], bt = i32[(b + SO_TABLE) >> 2];
  let u = at;
  if (at === aSmall) u = bSmall;
  let na = bt;
  if (bt === bSmall) na = aSmall;
  i32[(a + SO_TABLE) >> 2] = na;
  i32[(b + SO_TABLE) >> 2] = u;
  if (na === aSmall || u === bSmall) {
    const tab = takeSmallCopy(a);
    i32.copyWithin(aSmall >> 2, bSmall >> 2, (bSmall >> 2) + PySet_MINSIZE * 3);
    i32.set(tab, bSmall >> 2);
    smallCopies.push(tab);
  }
  if (isFrozenSet(a as Borrowed) && isFrozenSet(b as Borrowed)) {
    swapWord(a, b, SO_HASH_LO);
    swapWord(a, b, SO_HASH_HI);
  } else {
    i32[(a + SO_HASH_LO) >> 2] = i32[(a + SO_HASH_HI) >> 2] = -1;
    i32[(b + SO_HASH_LO) >> 2] = i32[(b + SO_HASH_HI) >> 2] = -1;
  }
}

/** set_intersection_update with one other iterable. 0 or -1. */
export function setIntersectionUpdate(so: Borrowed, other: Borrowed): number {
  const tmp = setIntersection(so, other);
  if (tmp === NULL) return -1;
  setSwapBodies(so, tmp);
  decref(tmp);
  return 0;
}

/** set_isdisjoint: 1, 0, or -1. */
export function setIsDisjoint(so: Borrowed, other: Borrowed): number {
  if (so === other) return setSize(so) === 0 ? 1 : 0;
  if (isAnySetExact(other)) {
    let big: number = so, small: number = other;
    if (setSize(other) > setSize(so)) {
      big = other;
      small = so;
    }
    for (let i = 0; i <= i32[(small + SO_MASK) >> 2]; i++) {
      const e = i32[(small + SO_TABLE) >> 2] + i * ENTRY;
      const key = i32[e >> 2];
      if (key === 0 || key === DUMMY) continue;
      incref(key as Borrowed);
      const rv = setContainsEntry(big, key, i32[(e + 4) >> 2], i32[(e + 8) >> 2]);
      decref(key as Borrowed);
      if (rv !== 0) return rv < 0 ? -1 : 0;
    }
    return 1;
  }
  const cur = new Int32Array(3);
  if (iterStart(other, cur) < 0) return -1;
  for (;;) {
    const key = iterNext(other, cur);
    if (key === NULL) break;
    const rv = setContainsKey(so, key);
    decref(key);
    if (rv !== 0) return rv < 0 ? -1 : 0;
  }
  return iterFailed() ? -1 : 1;
}

/** set_difference_update_internal: removes other's items, then compacts when over 1/4 of the slots are dummies. */
export function setDifferenceUpdate(so: Borrowed, other: Borrowed): number {
  if (so === other) {
    setClear(so);
    return 0;
  }
  if (isAnySet(other)) {
    let src: Owned;
    // Much bigger other: walk the intersection instead.
    if ((setSize(other) >> 3) > setSize(so)) {
      const inter = setIntersection(so, other);
      if (inter === NULL) return -1;
      src = inter;
    } else {
      src = newRef(other);
    }
    for (let i = 0; i <= i32[(src + SO_MASK) >> 2]; i++) {
      const e = i32[(src + SO_TABLE) >> 2] + i * ENTRY;
      const key = i32[e >> 2];
      if (key === 0 || key === DUMMY) continue;
      incref(key as Borrowed);
      if (setDiscardEntry(so, key, i32[(e + 4) >> 2], i32[(e + 8) >> 2]) < 0) {
        decref(src);
        decref(key as Borrowed);
        return -1;
      }
      decref(key as Borrowed);
    }
    decref(src);
  } else {
    const cur = new Int32Array(3);
    if (iterStart(other, cur) < 0) return -1;
    for (;;) {
      const key = iterNext(other, cur);
      if (key === NULL) break;
      const r = setDiscardKey(so, key);
      decref(key);
      if (r < 0) return -1;
    }
    if (iterFailed()) return -1;
  }
  const used = i32[(so + SO_USED) >> 2];
  if (i32[(so + SO_FILL) >> 2] - used <= (i32[(so + SO_MASK) >> 2] >>> 2)) return 0;
  return setTableResize(so, used > 50000 ? used * 2 : used * 4);
}

function setCopyAndDifference(so: Borrowed, other: Borrowed): Owned | Null {
  const result = setCopy(so);
  if (result === NULL) return NULL;
  if (setDifferenceUpdate(result, other) === 0) return result;
  decref(result);
  return NULL;
}

/** set_difference with one other iterable (with CPython's size heuristics, which decide the result's order). */
export function setDifference(so: Borrowed, other: Borrowed): Owned | Null {
  let otherSize: number;
  const otherIsDict = isDictExact(other);
  if (isAnySet(other)) otherSize = setSize(other);
  else if (otherIsDict) otherSize = dictSize(other);
  else return setCopyAndDifference(so, other);
  // Much bigger so: copy it and remove other's items.
  if ((setSize(so) >> 2) > otherSize) return setCopyAndDifference(so, other);
  const result = setMakeNewBasetype(typeOf(so), NULL);
  if (result === NULL) return NULL;
  for (let i = 0; i <= i32[(so + SO_MASK) >> 2]; i++) {
    const e = i32[(so + SO_TABLE) >> 2] + i * ENTRY;
    const key = i32[e >> 2];
    if (key === 0 || key === DUMMY) continue;
    const lo = i32[(e + 4) >> 2], hi = i32[(e + 8) >> 2];
    incref(key as Borrowed);
    const rv = otherIsDict
      ? dictContainsKnownHash(other, key as Borrowed, lo, hi)
      : setContainsEntry(other, key, lo, hi);
    if (rv < 0 || (rv === 0 && setAddEntry(result, key, lo, hi) !== 0)) {
      decref(result);
      decref(key as Borrowed);
      return NULL;
    }
    decref(key as Borrowed);
  }
  return result;
}

/** set_symmetric_difference_update with one other iterable. 0 or -1. */
export function setSymmetricDifferenceUpdate(so: Borrowed, other: Borrowed): number {
  if (so === other) {
    setClear(so);
    return 0;
  }
  if (isDictExact(other)) {
    const pos = new Int32Array(1);
    const kv = new Int32Array(4);
    while (dictNext(other, pos, kv)) {
      const key = kv[0], lo = kv[2], hi = kv[3];
      incref(key as Borrowed);
      let rv = setDiscardEntry(so, key, lo, hi);
      if (rv === DISCARD_NOTFOUND) rv = setAddEntry(so, key, lo, hi);
      decref(key as Borrowed);
      if (rv < 0) return -1;
    }
    return 0;
  }
  let otherset: Owned | Null;
  if (isAnySet(other)) otherset = newRef(other);
  else {
    otherset = setMakeNewBasetype(typeOf(so), other);
    if (otherset === NULL) return -1;
  }
  for (let i = 0; i <= i32[(otherset + SO_MASK) >> 2]; i++) {
    const e = i32[(otherset + SO_TABLE) >> 2] + i * ENTRY;
    const key = i32[e >> 2];
    if (key === 0 || key === DUMMY) continue;
    const lo = i32[(e + 4) >> 2], hi = i32[(e + 8) >> 2];
    incref(key as Borrowed);
    let rv = setDiscardEntry(so, key, lo, hi);
    if (rv === DISCARD_NOTFOUND) rv = setAddEntry(so, key, lo, hi);
    decref(key as Borrowed);
    if (rv < 0) {
      decref(otherset);
      return -1;
    }
  }
  decref(otherset);
  return 0;
}

/** set_symmetric_difference: a copy of `other` (as a set of so's base type) updated with `so`. */
export function setSymmetricDifference(so: Borrowed, other: Borrowed): Owned | Null {
  const otherset = setMakeNewBasetype(typeOf(so), other);
  if (otherset === NULL) return NULL;
  if (setSymmetricDifferenceUpdate(otherset, so) < 0) {
    decref(otherset);
    return NULL;
  }
  return otherset;
}

/** set_union with one other iterable: a copy of so updated with other. */
export function setUnion(so: Borrowed, other: Borrowed): Owned | Null {
  const result = setCopy(so);
  if (result === NULL) return NULL;
  if (so === other) return result;
  if (setUpdateInternal(result, other) !== 0) {
    decref(result);
    return NULL;
  }
  return result;
}

/** set_issubset: 1, 0, or -1. */
export function setIsSubset(so: Borrowed, other: Borrowed): number {
  if (!isAnySet(other)) {
    const tmp = setIntersection(so, other);
    if (tmp === NULL) return -1;
    const r = setSize(tmp) === setSize(so) ? 1 : 0;
    decref(tmp);
    return r;
  }
  if (setSize(so) > setSize(other)) return 0;
  for (let i = 0; i <= i32[(so + SO_MASK) >> 2]; i++) {
    const e = i32[(so + SO_TABLE) >> 2] + i * ENTRY;
    const key = i32[e >> 2];
    if (key === 0 || key === DUMMY) continue;
    incref(key as Borrowed);
    const rv = setContainsEntry(other, key, i32[(e + 4) >> 2], i32[(e + 8) >> 2]);
    decref(key as Borrowed);
    if (rv <= 0) return rv;
  }
  return 1;
}

/** set_issuperset: 1, 0, or -1. */
export function setIsSuperset(so: Borrowed, other: Borrowed): number {
  if (isAnySet(other)) return setIsSubset(other, so);
  const cur = new Int32Array(3);
  if (iterStart(other, cur) < 0) return -1;
  for (;;) {
    const key = iterNext(other, cur);
    if (key === NULL) break;
    const rv = setContainsKey(so, key);
    decref(key);
    if (rv <= 0) return rv;
  }
  return iterFailed() ? -1 : 1;
}

function boolResult(r: number): Owned | Null {
  return r < 0 ? NULL : boolNew(r > 0);
}

/** set_richcompare: subset semantics for < <= > >=; == by size, cached hashes, then subset. */
function setRichCompare(v: Borrowed, w: Borrowed, op: number): Owned | Null {
  if (!isAnySet(w)) return notImplemented();
  switch (op) {
    case Py_EQ:
      if (setSize(v) !== setSize(w)) return boolNew(false);
      if ((i32[(v + SO_HASH_LO) >> 2] !== -1 || i32[(v + SO_HASH_HI) >> 2] !== -1) &&
          (i32[(w + SO_HASH_LO) >> 2] !== -1 || i32[(w + SO_HASH_HI) >> 2] !== -1) &&
          (i32[(v + SO_HASH_LO) >> 2] !== i32[(w + SO_HASH_LO) >> 2] ||
           i32[(v + SO_HASH_HI) >> 2] !== i32[(w + SO_HASH_HI) >> 2])) return boolNew(false);
      return boolResult(setIsSubset(v, w));
    case Py_NE: {
      const r1 = setRichCompare(v, w, Py_EQ);
      if (r1 === NULL) return NULL;
      const r2 = objectIsTrue(r1);
      decref(r1);
      return r2 < 0 ? NULL : boolNew(r2 === 0);
    }
    case Py_LE:
      return boolResult(setIsSubset(v, w));
    case Py_GE:
      return boolResult(setIsSuperset(v, w));
    case Py_LT:
      if (setSize(v) >= setSize(w)) return boolNew(false);
      return boolResult(setIsSubset(v, w));
    case Py_GT:
      if (setSize(v) <= setSize(w)) return boolNew(false);
      return boolResult(setIsSuperset(v, w));
  }
  return notImplemented();
}

// Number slots (nb_or, nb_and, nb_sub, nb_xor and the in-place ones): NotImplemented unless both are sets.

/** s | t. */
export function setOr(so: Borrowed, other: Borrowed): Owned | Null {
  if (!isAnySet(so) || !isAnySet(other)) return notImplemented();
  return setUnion(so, other);
}

/** s & t. */
export function setAnd(so: Borrowed, other: Borrowed): Owned | Null {
  if (!isAnySet(so) || !isAnySet(other)) return notImplemented();
  return setIntersection(so, other);
}

/** s - t. */
export function setSub(so: Borrowed, other: Borrowed): Owned | Null {
  if (!isAnySet(so) || !isAnySet(other)) return notImplemented();
  return setDifference(so, other);
}

/** s ^ t. */
export function setXor(so: Borrowed, other: Borrowed): Owned | Null {
  if (!isAnySet(so) || !isAnySet(other)) return notImplemented();
  return setSymmetricDifference(so, other);
}

/** s |= t (set only). */
export function setIor(so: Borrowed, other: Borrowed): Owned | Null {
  if (!isAnySet(other)) return notImplemented();
  if (setUpdateInternal(so, other) !== 0) return NULL;
  return newRef(so);
}

/** s &= t (set only). */
export function setIand(so: Borrowed, other: Borrowed): Owned | Null {
  if (!isAnySet(other)) return notImplemented();
  if (setIntersectionUpdate(so, other) < 0) return NULL;
  return newRef(so);
}

/** s -= t (set only). */
export function setIsub(so: Borrowed, other: Borrowed): Owned | Null {
  if (!isAnySet(other)) return notImplemented();
  if (setDifferenceUpdate(so, other) < 0) return NULL;
  return newRef(so);
}

/** s ^= t (set only). */
export function setIxor(so: Borrowed, other: Borrowed): Owned | Null {
  if (!isAnySet(other)) return notImplemented();
  if (setSymmetricDifferenceUpdate(so, other) < 0) return NULL;
  return newRef(so);
}

/** s.__sizeof__() as CPython 3.12 computes it on 64-bit (sys.getsizeof adds the 16-byte GC header). */
export function setSizeOf(so: Borrowed): number {
  let res = cpythonBasicSize(typeOf(so));
  if (i32[(so + SO_TABLE) >> 2] !== so + SO_SMALLTABLE) res += (i32[(so + SO_MASK) >> 2] + 1) * CPY_SETENTRY;
  return res;
}

/** Table capacity (mask + 1), for tests and debugging. */
export function setCapacity(so: Borrowed): number {
  return i32[(so + SO_MASK) >> 2] + 1;
}

// Python-visible methods with CPython's calling conventions: METH_NOARGS (self), METH_O (self, arg),
// METH_VARARGS (self, args tuple). Each returns a new reference or NULL with an exception set.

function noneOr(r: number): Owned | Null {
  return r < 0 ? NULL : noneNew();
}

/** set.add(elem). */
export function set_add(so: Borrowed, key: Borrowed): Owned | Null {
  return noneOr(setAddKey(so, key));
}

/** set.clear(). */
export function set_clear(so: Borrowed): Owned | Null {
  setClear(so);
  return noneNew();
}

/** set.copy(). */
export function set_copy(so: Borrowed): Owned | Null {
  return setCopy(so);
}

/** frozenset.copy(): an exact frozenset is its own copy. */
export function frozenset_copy(so: Borrowed): Owned | Null {
  if (isFrozenSetExact(so)) return newRef(so);
  return setCopy(so);
}

/** set.discard(elem): an unhashable set elem is looked up as a frozenset. */
export function set_discard(so: Borrowed, key: Borrowed): Owned | Null {
  let rv = setDiscardKey(so, key);
  if (rv < 0) {
    const tmp = retryAsFrozen(key);
    if (tmp === NULL) return NULL;
    rv = setDiscardKey(so, tmp);
    decref(tmp);
    if (rv < 0) return NULL;
  }
  return noneNew();
}

/** set.remove(elem): KeyError(elem) when absent. */
export function set_remove(so: Borrowed, key: Borrowed): Owned | Null {
  let rv = setDiscardKey(so, key);
  if (rv < 0) {
    const tmp = retryAsFrozen(key);
    if (tmp === NULL) return NULL;
    rv = setDiscardKey(so, tmp);
    decref(tmp);
    if (rv < 0) return NULL;
  }
  if (rv === DISCARD_NOTFOUND) return errSetObject(KeyError, key);
  return noneNew();
}

/** set.pop(). */
export function set_pop(so: Borrowed): Owned | Null {
  return setPop(so);
}

/** x.__contains__(y). */
export function set___contains__(so: Borrowed, key: Borrowed): Owned | Null {
  return boolResult(setContains(so, key));
}

/** set.__reduce__() (set_reduce): (type(self), (list(self),), state), the state as object.__getstate__ gives it. */
export function set___reduce__(so: Borrowed): Owned | Null {
  const keys = sequenceList(so);
  if (keys === NULL) return NULL;
  const args = tuplePack([keys]);
  decref(keys);
  if (args === NULL) return NULL;
  const state = objectGetstate(so, false);
  if (state === NULL) { decref(args); return NULL; }
  const r = tuplePack([typeOf(so), args, state]);
  decref(args);
  decref(state);
  return r;
}

/** set.__sizeof__(). */
export function set___sizeof__(so: Borrowed): Owned | Null {
  return intFromNumber(setSizeOf(so));
}

/** set.union(*others). */
export function set_union(so: Borrowed, args: Borrowed): Owned | Null {
  const result = setCopy(so);
  if (result === NULL) return NULL;
  for (let i = 0; i < tupleSize(args); i++) {
    const other = tupleGetItemBorrow(args, i);
    if (other === so) continue;
    if (setUpdateInternal(result, other) !== 0) {
      decref(result);
      return NULL;
    }
  }
  return result;
}

/** set.update(*others). */
export function set_update(so: Borrowed, args: Borrowed): Owned | Null {
  for (let i = 0; i < tupleSize(args); i++) {
    if (setUpdateInternal(so, tupleGetItemBorrow(args, i)) !== 0) return NULL;
  }
  return noneNew();
}

/** set.intersection(*others). */
export function set_intersection(so: Borrowed, args: Borrowed): Owned | Null {
  if (tupleSize(args) === 0) return setCopy(so);
  let result = newRef(so);
  for (let i = 0; i < tupleSize(args); i++) {
    const newresult = setIntersection(result, tupleGetItemBorrow(args, i));
    decref(result);
    if (newresult === NULL) return NULL;
    result = newresult;
  }
  return result;
}

/** set.intersection_update(*others). */
export function set_intersection_update(so: Borrowed, args: Borrowed): Owned | Null {
  const tmp = set_intersection(so, args);
  if (tmp === NULL) return NULL;
  setSwapBodies(so, tmp);
  decref(tmp);
  return noneNew();
}

/** set.difference(*others). */
export function set_difference(so: Borrowed, args: Borrowed): Owned | Null {
  if (tupleSize(args) === 0) return setCopy(so);
  const result = setDifference(so, tupleGetItemBorrow(args, 0));
  if (result === NULL) return NULL;
  for (let i = 1; i < tupleSize(args); i++) {
    if (setDifferenceUpdate(result, tupleGetItemBorrow(args, i)) !== 0) {
      decref(result);
      return NULL;
    }
  }
  return result;
}

/** set.difference_update(*others). */
export function set_difference_update(so: Borrowed, args: Borrowed): Owned | Null {
  for (let i = 0; i < tupleSize(args); i++) {
    if (setDifferenceUpdate(so, tupleGetItemBorrow(args, i)) !== 0) return NULL;
  }
  return noneNew();
}

/** set.symmetric_difference(other). */
export function set_symmetric_difference(so: Borrowed, other: Borrowed): Owned | Null {
  return setSymmetricDifference(so, other);
}

/** set.symmetric_difference_update(other). */
export function set_symmetric_difference_update(so: Borrowed, other: Borrowed): Owned | Null {
  return noneOr(setSymmetricDifferenceUpdate(so, other));
}

/** set.isdisjoint(other). */
export function set_isdisjoint(so: Borrowed, other: Borrowed): Owned | Null {
  return boolResult(setIsDisjoint(so, other));
}

/** set.issubset(other). */
export function set_issubset(so: Borrowed, other: Borrowed): Owned | Null {
  return boolResult(setIsSubset(so, other));
}

/** set.issuperset(other). */
export function set_issuperset(so: Borrowed, other: Borrowed): Owned | Null {
  return boolResult(setIsSuperset(so, other));
}

/** How a method takes its arguments (CPython's METH_* flags). */
export type MethodKind = 'NOARGS' | 'O' | 'VARARGS';

/** One method of a builtin type: name, implementation, calling convention. */
export interface SetMethodDef {
  readonly name: string;
  readonly fn: ((self: Borrowed) => Owned | Null) | ((self: Borrowed, arg: Borrowed) => Owned | Null);
  readonly kind: MethodKind;
}

/** set's methods, as set_methods in setobject.c (__class_getitem__ comes from genericalias.ts). */
export const setMethods: readonly SetMethodDef[] = [
  { name: 'add', fn: set_add, kind: 'O' },
  { name: 'clear', fn: set_clear, kind: 'NOARGS' },
  { name: '__contains__', fn: set___contains__, kind: 'O' },
  { name: 'copy', fn: set_copy, kind: 'NOARGS' },
  { name: 'discard', fn: set_discard, kind: 'O' },
  { name: 'difference', fn: set_difference, kind: 'VARARGS' },
  { name: 'difference_update', fn: set_difference_update, kind: 'VARARGS' },
  { name: 'intersection', fn: set_intersection, kind: 'VARARGS' },
  { name: 'intersection_update', fn: set_intersection_update, kind: 'VARARGS' },
  { name: 'isdisjoint', fn: set_isdisjoint, kind: 'O' },
  { name: 'issubset', fn: set_issubset, kind: 'O' },
  { name: 'issuperset', fn: set_issuperset, kind: 'O' },
  { name: 'pop', fn: set_pop, kind: 'NOARGS' },
  { name: '__reduce__', fn: set___reduce__, kind: 'NOARGS' },
  { name: 'remove', fn: set_remove, kind: 'O' },
  { name: '__sizeof__', fn: set___sizeof__, kind: 'NOARGS' },
  { name: 'symmetric_difference', fn: set_symmetric_difference, kind: 'O' },
  { name: 'symmetric_difference_update', fn: set_symmetric_difference_update, kind: 'O' },
  { name: 'union', fn: set_union, kind: 'VARARGS' },
  { name: 'update', fn: set_update, kind: 'VARARGS' },
];

/** frozenset's methods, as frozenset_methods in setobject.c (__class_getitem__ comes from genericalias.ts). */
export const frozensetMethods: readonly SetMethodDef[] = [
  { name: '__contains__', fn: set___contains__, kind: 'O' },
  { name: 'copy', fn: frozenset_copy, kind: 'NOARGS' },
  { name: 'difference', fn: set_difference, kind: 'VARARGS' },
  { name: 'intersection', fn: set_intersection, kind: 'VARARGS' },
  { name: 'isdisjoint', fn: set_isdisjoint, kind: 'O' },
  { name: 'issubset', fn: set_issubset, kind: 'O' },
  { name: 'issuperset', fn: set_issuperset, kind: 'O' },
  { name: '__reduce__', fn: set___reduce__, kind: 'NOARGS' },
  { name: '__sizeof__', fn: set___sizeof__, kind: 'NOARGS' },
  { name: 'symmetric_difference', fn: set_symmetric_difference, kind: 'O' },
  { name: 'union', fn: set_union, kind: 'VARARGS' },
];

