// The code object: the compiler's CodeUnit turned into a heap object the eval loop runs.
// Mirrors Objects/codeobject.c (PyCodeObject, code_repr) of CPython 3.12, with our instruction
// encoding (bytecode/opcodes.ts: one int32 word per instruction, absolute jump targets).
// Invariants: names, varnames and identifier-like str constants are interned immortal strs; the
// instruction words, the exception table and the position table live in raw heap blocks the code
// object owns (freed with it); a code object is immutable once built (not a GC type: consts can't
// refer back to it).
//
//   +8  co_argcount        +40 co_stacksize         +72 co_name (str)
//   +12 co_posonlyargcount +44 co_framesize (words)  +76 co_qualname (str)
//   +16 co_kwonlyargcount  +48 co_firstlineno        +80 instructions (raw block: int32 per instruction)
//   +20 co_flags           +52 co_consts (tuple)     +84 number of instructions
//   +24 co_nlocalsplus     +56 co_names (tuple)      +88 exception table (raw block: 5 int32 per entry)
//   +28 co_nlocals         +60 co_localsplusnames    +92 number of exception table entries
//   +32 co_ncellvars       +64 co_localspluskinds    +96 positions (raw block: line, endline, col, endcol)
//   +36 co_nfreevars           (bytes)               +100 co_filename (str)
//                                                    +104 inline caches (raw block, see CO_GCACHE)

import { i32 } from '../heap/views.ts';
import { alloc, free } from '../heap/alloc.ts';
import { decref, incref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import type { CodeUnit, ConstValue } from '../compiler/codeunit.ts';
import { typeNewStatic } from './type.ts';
import { objectNew, objectFree, objectHashDefault } from './object.ts';
import { errNoMemory, errSetString } from './errors.ts';
import { AttributeError } from './exceptions.ts';
import { strFromJS, strInternImmortalOrNull, strNewFromCodePoints, strToJS } from './str.ts';
import { bytesFromUint8Array } from './bytes.ts';
import { tupleNew, tupleSetItemSteal } from './tuple.ts';
import { intFromNumber, intFromBigInt } from './int.ts';
import { floatNew } from './float.ts';
import { complexNew } from './complex.ts';
import { frozensetNew, setAdd, setSize, setNext } from './set.ts';
import { Py_None } from './none.ts';
import { Py_True, Py_False } from './bool.ts';
import { Py_Ellipsis } from './ellipsis.ts';

export const CO_ARGCOUNT = 8;
export const CO_POSONLYARGCOUNT = 12;
export const CO_KWONLYARGCOUNT = 16;
export const CO_FLAGS = 20;
export const CO_NLOCALSPLUS = 24;
export const CO_NLOCALS = 28;
export const CO_NCELLVARS = 32;
export const CO_NFREEVARS = 36;
export const CO_STACKSIZE = 40;
export const CO_FRAMESIZE = 44;
export const CO_FIRSTLINENO = 48;
export const CO_CONSTS = 52;
export const CO_NAMES = 56;
export const CO_LOCALSPLUSNAMES = 60;
export const CO_LOCALSPLUSKINDS = 64;
export const CO_NAME = 72;
export const CO_QUALNAME = 76;
export const CO_INSTRS = 80;
export const CO_NINSTRS = 84;
export const CO_EXCTABLE = 88;
export const CO_NEXC = 92;
export const CO_POSITIONS = 96;
export const CO_FILENAME = 100;
/** Inline caches (raw block, 0 when the code has no LOAD_GLOBAL, LOAD_ATTR or STORE_ATTR): CO_CACHE_WORDS
 *  words per instruction index, zeroed. LOAD_GLOBAL: [globals ma_version, builtins ma_version, value
 *  (borrowed from the dict)], valid while both dict versions (PEP 509, unique per modification) are
 *  unchanged. LOAD_ATTR/STORE_ATTR: four ways of [type version tag, kind, index hint or borrowed class
 *  attribute] (vm/eval.ts, ATTR_*), each valid while the object's type keeps that tag. */
export const CO_GCACHE = 104;
export const CO_CACHE_WORDS = 12;
export const CODE_SIZE = 112;

/** Words of an interpreter frame before its localsplus (vm/frame.ts lays them out). */
export const FRAME_HEADER_WORDS = 12;

// co_flags bits the vm tests (Include/cpython/code.h; the compiler's codeunit.ts has the full list).
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_GENERATOR = 0x0020;
export const CO_COROUTINE = 0x0080;
export const CO_ASYNC_GENERATOR = 0x0200;

export let codeType = 0 as Borrowed;

export function isCode(o: Borrowed): boolean {
  return i32[(o + 4) >> 2] === codeType;
}

function codeDealloc(co: Owned): void {
  for (const off of [CO_CONSTS, CO_NAMES, CO_LOCALSPLUSNAMES, CO_LOCALSPLUSKINDS, CO_NAME, CO_QUALNAME, CO_FILENAME]) {
    const v = i32[(co + off) >> 2];
    if (v !== 0) decref(v as Owned);
  }
  for (const off of [CO_INSTRS, CO_EXCTABLE, CO_POSITIONS, CO_GCACHE]) {
    const b = i32[(co + off) >> 2];
    if (b !== 0) free(b);
  }
  objectFree(co);
}

/** The references a code object owns (not a GC type, as in CPython: gc.immortalize walks it; see src/gc/immortalize.ts). */
function codeTraverse(co: Borrowed, visit: (o: Borrowed, arg: unknown) => number, arg: unknown): number {
  for (const off of [CO_CONSTS, CO_NAMES, CO_LOCALSPLUSNAMES, CO_LOCALSPLUSKINDS, CO_NAME, CO_QUALNAME, CO_FILENAME]) {
    const v = i32[(co + off) >> 2];
    if (v !== 0) { const r = visit(v as Borrowed, arg); if (r !== 0) return r; }
  }
  return 0;
}

/** The read-only co_* attributes introspection uses most (a subset of code_memberlist). */
function codeGetAttr(co: Borrowed, name: Borrowed): Owned | Null {
  const s = strToJS(name);
  const field: Record<string, number> = {
    co_name: CO_NAME, co_qualname: CO_QUALNAME, co_filename: CO_FILENAME, co_consts: CO_CONSTS, co_names: CO_NAMES,
  };
  const off = field[s];
  if (off !== undefined) { const v = i32[(co + off) >> 2] as Borrowed; incref(v); return v as Owned; }
  const num: Record<string, number> = {
    co_argcount: CO_ARGCOUNT, co_posonlyargcount: CO_POSONLYARGCOUNT, co_kwonlyargcount: CO_KWONLYARGCOUNT,
    co_flags: CO_FLAGS, co_nlocals: CO_NLOCALS, co_stacksize: CO_STACKSIZE, co_firstlineno: CO_FIRSTLINENO,
  };
  const noff = num[s];
  if (noff !== undefined) return intFromNumber(i32[(co + noff) >> 2]);
  return errSetString(AttributeError, `'code' object has no attribute '${s}'`);
}

function codeRepr(co: Borrowed): Owned | Null {
  const name = strToJS(i32[(co + CO_NAME) >> 2] as Borrowed);
  const file = strToJS(i32[(co + CO_FILENAME) >> 2] as Borrowed);
  return strFromJS(`<code object ${name} at 0x${co.toString(16).padStart(12, '0')}, file "${file}", line ${i32[(co + CO_FIRSTLINENO) >> 2]}>`);
}

/** Creates the code type (static phase). */
export function codeInitStatic(): void {
  codeType = typeNewStatic({
    name: 'code',
    basicsize: CODE_SIZE,
    slots: { dealloc: codeDealloc, traverse: codeTraverse, repr: codeRepr, hash: objectHashDefault, getattro: codeGetAttr },
  });
}

/** A heap object for one constant. */
function constToObject(c: ConstValue): Owned | Null {
  switch (c.kind) {
    case 'none': incref(Py_None); return Py_None as Owned;
    case 'bool': { const b = c.value ? Py_True : Py_False; incref(b); return b as Owned; }
    case 'ellipsis': incref(Py_Ellipsis); return Py_Ellipsis as Owned;
    case 'int': return typeof c.value === 'number' ? intFromNumber(c.value) : intFromBigInt(c.value);
    case 'float': return floatNew(c.value);
    case 'complex': return complexNew(c.real, c.imag);
    case 'str': {
      if (c.cps !== undefined) return strNewFromCodePoints(c.cps);
      if (c.intern) {
        const s = strInternImmortalOrNull(c.value);
        if (s === NULL) return NULL;
        incref(s);
        return s as Owned;
      }
      return strFromJS(c.value);
    }
    case 'bytes': return bytesFromUint8Array(c.value);
    case 'tuple': {
      const t = tupleNew(c.items.length);
      if (t === NULL) return NULL;
      for (let i = 0; i < c.items.length; i++) {
        const v = constToObject(c.items[i]);
        if (v === NULL) { decref(t); return NULL; }
        tupleSetItemSteal(t, i, v);
      }
      return t;
    }
    case 'frozenset': {
      const s = frozensetNew();
      if (s === NULL) return NULL;
      for (const item of c.items) {
        const v = constToObject(item);
        if (v === NULL) { decref(s); return NULL; }
        const r = setAdd(s, v);
        decref(v);
        if (r < 0) { decref(s); return NULL; }
      }
      // CPython's compiler doesn't keep the folded frozenset (items inserted in source order): constant
      // merging (merge_consts_recursive, when the constant is added) replaces it with a frozenset built
      // from the first one's iteration order; a set literal's iteration order depends on the result.
      // _PyCode_New's intern_constants rebuilds it once more only when interning replaced one of its
      // str items (an equal string was interned before): never without str items (exactly one rebuild,
      // checked against CPython 3.12 on 3000 random literals of ints, floats, tuples, bytes, None...).
      // With str items two rebuilds is the usual case (TODO: rebuild a second time only when an equal
      // str was already interned, as CPython does).
      const rounds = c.items.some((it) => it.kind === 'str') ? 2 : 1;
      let cur = s;
      for (let round = 0; round < rounds; round++) {
        const n = setSize(cur);
        const items = tupleNew(n);
        if (items === NULL) { decref(cur); return NULL; }
        const pos = new Int32Array(1), key = new Int32Array(1);
        for (let i = 0; i < n && setNext(cur, pos, key); i++) tupleSetItemSteal(items, i, newRef(key[0] as Borrowed));
        decref(cur);
        const next = frozensetNew(items);
        decref(items);
        if (next === NULL) return NULL;
        cur = next;
      }
      return cur;
    }
    case 'code': return codeNew(c.code);
  }
}

function internedTuple(names: readonly string[]): Owned | Null {
  const t = tupleNew(names.length);
  if (t === NULL) return NULL;
  for (let i = 0; i < names.length; i++) {
    const s = strInternImmortalOrNull(names[i]);
    if (s === NULL) { decref(t); return NULL; }
    incref(s);
    tupleSetItemSteal(t, i, s as Owned);
  }
  return t;
}

function rawBlock(words: number): number {
  return alloc(words > 0 ? words * 4 : 4);
}

/** Builds a code object (and its nested code constants) from a CodeUnit. */
export function codeNew(u: CodeUnit): Owned | Null {
  const co = objectNew(codeType, CODE_SIZE);
  if (co === NULL) return NULL;
  for (let off = 8; off < CODE_SIZE; off += 4) i32[(co + off) >> 2] = 0;
  const nlocalsplus = u.localsplusnames.length;
  i32[(co + CO_ARGCOUNT) >> 2] = u.argcount;
  i32[(co + CO_POSONLYARGCOUNT) >> 2] = u.posonlyargcount;
  i32[(co + CO_KWONLYARGCOUNT) >> 2] = u.kwonlyargcount;
  i32[(co + CO_FLAGS) >> 2] = u.flags;
  i32[(co + CO_NLOCALSPLUS) >> 2] = nlocalsplus;
  i32[(co + CO_NLOCALS) >> 2] = u.nlocals;
  i32[(co + CO_NCELLVARS) >> 2] = u.ncellvars;
  i32[(co + CO_NFREEVARS) >> 2] = u.nfreevars;
  i32[(co + CO_STACKSIZE) >> 2] = u.stacksize;
  i32[(co + CO_FRAMESIZE) >> 2] = FRAME_HEADER_WORDS + nlocalsplus + u.stacksize;
  i32[(co + CO_FIRSTLINENO) >> 2] = u.firstlineno;
  fail: {
    const consts = tupleNew(u.consts.length);
    if (consts === NULL) break fail;
    i32[(co + CO_CONSTS) >> 2] = consts;
    for (let i = 0; i < u.consts.length; i++) {
      const v = constToObject(u.consts[i]);
      if (v === NULL) break fail;
      tupleSetItemSteal(consts, i, v);
    }
    const names = internedTuple(u.names);
    if (names === NULL) break fail;
    i32[(co + CO_NAMES) >> 2] = names;
    const lpn = internedTuple(u.localsplusnames);
    if (lpn === NULL) break fail;
    i32[(co + CO_LOCALSPLUSNAMES) >> 2] = lpn;
    const kinds = bytesFromUint8Array(u.localspluskinds);
    if (kinds === NULL) break fail;
    i32[(co + CO_LOCALSPLUSKINDS) >> 2] = kinds;
    for (const [off, s] of [[CO_NAME, u.name], [CO_QUALNAME, u.qualname]] as const) {
      const o = strInternImmortalOrNull(s);
      if (o === NULL) break fail;
      incref(o);
      i32[(co + off) >> 2] = o;
    }
    const fn = strFromJS(u.filename);
    if (fn === NULL) break fail;
    i32[(co + CO_FILENAME) >> 2] = fn;
    const n = u.code.length;
    const ib = rawBlock(n), eb = rawBlock(u.exceptiontable.length), pb = rawBlock(4 * n);
    if (ib !== 0) i32[(co + CO_INSTRS) >> 2] = ib;
    if (eb !== 0) i32[(co + CO_EXCTABLE) >> 2] = eb;
    if (pb !== 0) i32[(co + CO_POSITIONS) >> 2] = pb;
    if (ib === 0 || eb === 0 || pb === 0) { errNoMemory(); break fail; }
    i32.set(u.code, ib >> 2);
    i32[(co + CO_NINSTRS) >> 2] = n;
    let cached = false;
    for (let i = 0; i < n; i++) {
      const op = u.code[i]! & 0xff;
      if (op === 116 /* LOAD_GLOBAL */ || op === 106 /* LOAD_ATTR */ || op === 95 /* STORE_ATTR */) { cached = true; break; }
    }
    if (cached) {
      const gb = rawBlock(CO_CACHE_WORDS * n);
      if (gb === 0) { errNoMemory(); break fail; }
      i32.fill(0, gb >> 2, (gb >> 2) + CO_CACHE_WORDS * n);
      i32[(co + CO_GCACHE) >> 2] = gb;
    }
    i32.set(u.exceptiontable, eb >> 2);
    i32[(co + CO_NEXC) >> 2] = (u.exceptiontable.length / 5) | 0;
    const p = pb >> 2;
    for (let i = 0; i < n; i++) {
      i32[p + 4 * i] = u.lines[i];
      i32[p + 4 * i + 1] = u.endLines[i];
      i32[p + 4 * i + 2] = u.cols[i];
      i32[p + 4 * i + 3] = u.endCols[i];
    }
    return co;
  }
  decref(co);
  return NULL;
}

/** The line of instruction `i` (-1 when it has none), from the position table. */
export function codeLineAt(co: Borrowed, i: number): number {
  if (i < 0 || i >= i32[(co + CO_NINSTRS) >> 2]) return -1;
  return i32[(i32[(co + CO_POSITIONS) >> 2] >> 2) + 4 * i];
}

/** Full position of instruction `i`: [line, endline, col, endcol] (-1 for unknown). */
export function codePositionAt(co: Borrowed, i: number): [number, number, number, number] {
  if (i < 0 || i >= i32[(co + CO_NINSTRS) >> 2]) return [-1, -1, -1, -1];
  const p = (i32[(co + CO_POSITIONS) >> 2] >> 2) + 4 * i;
  return [i32[p], i32[p + 1], i32[p + 2], i32[p + 3]];
}

export function codeNameJS(co: Borrowed): string {
  return strToJS(i32[(co + CO_NAME) >> 2] as Borrowed);
}

export function codeFilenameJS(co: Borrowed): string {
  return strToJS(i32[(co + CO_FILENAME) >> 2] as Borrowed);
}
