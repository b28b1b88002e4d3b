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
//                                                    +104 inline caches (raw block, see CO_GCACHE;
//                                                         preceded by the JIT's words)

import { pointerText } from '../support/pointer.ts';
import { i32 } from '../heap/views.ts';
import { alloc, free } from '../heap/alloc.ts';
import { decref, incref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import type { CodeUnit, ConstValue } from '../compiler/codeunit.ts';
import { constKey } from '../compiler/consts.ts';
import { typeNewStatic, typeNameOf } from './type.ts';
import { typeAddGetSets, type GetSetDef } from './getset.ts';
import { typeAddMethods, argAt, type MethodDef } from './methodobject.ts';
import { listNew, listAppendSteal } from './list.ts';
import { objectGetIter } from './abstract.ts';
import { objectNew, objectFree, objectHash, objectRichCompareBool, notImplemented, boolNew } from './object.ts';
import { errNoMemory, errSetString, errOccurred } from './errors.ts';
import { AttributeError, TypeError, NotImplementedError, OverflowError } from './exceptions.ts';
import { strFromJS, strInternImmortalOrNull, strNewFromCodePoints, strToJS, isStr, strInternedHas } from './str.ts';
import { bytesFromUint8Array, bytesToUint8Array } from './bytes.ts';
import { tupleNew, tupleSetItemSteal, tupleSize, tupleGetItemBorrow, isTuple } from './tuple.ts';
import { gcTupleMaybeUntrack } from '../gc/gc.ts';
import { intFromNumber, intFromBigInt, intAsNumber, isInt } from './int.ts';
import { floatNew } from './float.ts';
import { complexNew } from './complex.ts';
import { frozensetNew, setAdd, setSize, setNext } from './set.ts';
import { Py_None } from './none.ts';
import { Py_True, Py_False } from './bool.ts';
import { Py_Ellipsis } from './ellipsis.ts';
import { OPCODES, INLINE_CACHES, COMPARE_OP } from '../bytecode/opcodes.ts';

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
/** Inline caches (in a raw block after CO_CACHE_HEADER_WORDS words; present in every code object): CO_CACHE_WORDS
 *  words per instruction index, zeroed. LOAD_GLOBAL: [globals ma_version, builtins ma_version, value
 *  (borrowed from the dict)], valid while both dict versions (PEP 509, unique per modification) are
 *  unchanged. LOAD_ATTR/STORE_ATTR: four ways of [type version tag, kind, index hint or borrowed class
 *  attribute] (vm/eval.ts, ATTR_*), each valid while the object's type keeps that tag. */
export const CO_GCACHE = 104;
export const CO_CACHE_WORDS = 12;
/**
 * Words in front of the inline caches (the raw block starts there; CO_GCACHE points past them, so every
 * code object has the block): whether its frames show in tracebacks (CO_FRAMES_WORD: 0 not known yet,
 * 1 shown, 2 hidden; vm/exc.ts codeFramesHidden), the baseline JIT's state of the code (src/jit/jit.ts,
 * CO_JIT_WORD) and the eval loop's back-edge counter (CO_BACKEDGE_WORD). They live outside the object's own block so
 * that running code never writes an immortalized code object.
 */
export const CO_CACHE_HEADER_WORDS = 3;
/** Word offsets from the cache pointer (CO_GCACHE >> 2). */
export const CO_FRAMES_WORD = -3;
export const CO_JIT_WORD = -2;
export const CO_BACKEDGE_WORD = -1;
export const CODE_SIZE = 112;

/** Words of an interpreter frame before its localsplus (vm/frame.ts lays them out). */
export const FRAME_HEADER_WORDS = 12;

// co_flags bits the vm tests (Include/cpython/code.h; the compiler's codeunit.ts has the full list).
export const CO_OPTIMIZED = 0x0001;
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
  for (const off of [CO_INSTRS, CO_EXCTABLE, CO_POSITIONS]) {
    const b = i32[(co + off) >> 2];
    if (b !== 0) free(b);
  }
  const g = i32[(co + CO_GCACHE) >> 2];
  if (g !== 0) free(g - 4 * CO_CACHE_HEADER_WORDS);
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

// ---- Attributes (code_memberlist, code_getsetlist, code_methods, code_richcompare, code_hash). ----
// Differences from CPython, by design of our encoding: co_code is our instruction words (4 bytes per
// instruction, little-endian int32: opcode in the low byte, absolute jump targets, no CACHE entries);
// co_linetable is our position table (4 int32 per instruction: line, end line, column, end column; -1
// unknown); co_exceptiontable is our table (5 int32 per entry); co_lines() offsets count co_code bytes
// (4 per instruction) and co_positions() yields one entry per instruction (no CACHE entries).

const CO_FAST_LOCAL = 0x20, CO_FAST_CELL = 0x40, CO_FAST_FREE = 0x80;

function intField(off: number) {
  return (co: Borrowed): Owned | Null => intFromNumber(i32[(co + off) >> 2]);
}

function objField(off: number) {
  return (co: Borrowed): Owned | Null => newRef(i32[(co + off) >> 2] as Borrowed);
}

/** The localsplus names whose kind has `bit` (co_varnames, co_cellvars, co_freevars). */
function namesOfKind(co: Borrowed, bit: number): Owned | Null {
  const names = i32[(co + CO_LOCALSPLUSNAMES) >> 2] as Borrowed;
  const kinds = bytesToUint8Array(i32[(co + CO_LOCALSPLUSKINDS) >> 2] as Borrowed);
  const n = tupleSize(names);
  let count = 0;
  for (let i = 0; i < n; i++) if ((kinds[i] & bit) !== 0) count++;
  const t = tupleNew(count);
  if (t === NULL) return NULL;
  for (let i = 0, j = 0; i < n; i++) if ((kinds[i] & bit) !== 0) tupleSetItemSteal(t, j++, newRef(tupleGetItemBorrow(names, i)));
  return t;
}

/** A raw int32 block as little-endian bytes. */
function wordsToBytes(block: number, words: number): Owned | Null {
  return bytesFromUint8Array(new Uint8Array(i32.buffer, i32.byteOffset + block, words * 4).slice());
}

/** The setter of the fields CPython declares as read-only members (code_memberlist): its message. */
function readonlyMember(): number {
  errSetString(AttributeError, 'readonly attribute');
  return -1;
}

const CODE_GETSETS: GetSetDef[] = [
  { name: 'co_argcount', get: intField(CO_ARGCOUNT), set: readonlyMember },
  { name: 'co_posonlyargcount', get: intField(CO_POSONLYARGCOUNT), set: readonlyMember },
  { name: 'co_kwonlyargcount', get: intField(CO_KWONLYARGCOUNT), set: readonlyMember },
  { name: 'co_stacksize', get: intField(CO_STACKSIZE), set: readonlyMember },
  { name: 'co_flags', get: intField(CO_FLAGS), set: readonlyMember },
  { name: 'co_nlocals', get: intField(CO_NLOCALS), set: readonlyMember },
  { name: 'co_firstlineno', get: intField(CO_FIRSTLINENO), set: readonlyMember },
  { name: 'co_consts', get: objField(CO_CONSTS), set: readonlyMember },
  { name: 'co_names', get: objField(CO_NAMES), set: readonlyMember },
  { name: 'co_filename', get: objField(CO_FILENAME), set: readonlyMember },
  { name: 'co_name', get: objField(CO_NAME), set: readonlyMember },
  { name: 'co_qualname', get: objField(CO_QUALNAME), set: readonlyMember },
  { name: 'co_varnames', get: (co) => namesOfKind(co, CO_FAST_LOCAL) },
  { name: 'co_cellvars', get: (co) => namesOfKind(co, CO_FAST_CELL) },
  { name: 'co_freevars', get: (co) => namesOfKind(co, CO_FAST_FREE) },
  { name: 'co_code', get: (co) => wordsToBytes(i32[(co + CO_INSTRS) >> 2], i32[(co + CO_NINSTRS) >> 2]) },
  { name: '_co_code_adaptive', get: (co) => wordsToBytes(i32[(co + CO_INSTRS) >> 2], i32[(co + CO_NINSTRS) >> 2]) },
  { name: 'co_linetable', get: (co) => wordsToBytes(i32[(co + CO_POSITIONS) >> 2], 4 * i32[(co + CO_NINSTRS) >> 2]), set: readonlyMember },
  { name: 'co_lnotab', get: (co) => wordsToBytes(i32[(co + CO_POSITIONS) >> 2], 4 * i32[(co + CO_NINSTRS) >> 2]) },
  { name: 'co_exceptiontable', get: (co) => wordsToBytes(i32[(co + CO_EXCTABLE) >> 2], 5 * i32[(co + CO_NEXC) >> 2]), set: readonlyMember },
];

function noneOr(v: number): Owned | Null {
  return v < 0 ? newRef(Py_None) : intFromNumber(v);
}

/** A list of `n` tuples built by `item`, returned as its iterator. */
function iterOfTuples(n: number, width: number, item: (k: number, out: (Owned | Null)[]) => void): Owned | Null {
  const l = listNew(0);
  if (l === NULL) return NULL;
  const out: (Owned | Null)[] = new Array(width);
  for (let k = 0; k < n; k++) {
    item(k, out);
    const t = tupleNew(width);
    if (t === NULL) { for (const v of out) if (v !== NULL) decref(v); decref(l); return NULL; }
    let bad = false;
    for (let j = 0; j < width; j++) { if (out[j] === NULL) bad = true; else tupleSetItemSteal(t, j, out[j] as Owned); }
    if (bad || listAppendSteal(l, t) < 0) { decref(l); return NULL; }
  }
  const it = objectGetIter(l);
  decref(l);
  return it;
}

/** co_lines(): (start, end, line) byte ranges of co_code, consecutive instructions of one line merged. */
function codeLines(co: Borrowed): Owned | Null {
  const n = i32[(co + CO_NINSTRS) >> 2];
  const ranges: number[] = [];
  for (let i = 0; i < n; i++) {
    const line = codeLineAt(co, i);
    const k = ranges.length;
    if (k > 0 && ranges[k - 1] === line && ranges[k - 2] === 4 * i) ranges[k - 2] = 4 * (i + 1);
    else ranges.push(4 * i, 4 * (i + 1), line);
  }
  return iterOfTuples(ranges.length / 3, 3, (k, out) => {
    out[0] = intFromNumber(ranges[3 * k]); out[1] = intFromNumber(ranges[3 * k + 1]); out[2] = noneOr(ranges[3 * k + 2]);
  });
}

/** co_positions(): (line, end line, column, end column) per instruction, None where unknown. */
function codePositions(co: Borrowed): Owned | Null {
  return iterOfTuples(i32[(co + CO_NINSTRS) >> 2], 4, (k, out) => {
    const p = codePositionAt(co, k);
    for (let j = 0; j < 4; j++) out[j] = noneOr(p[j]);
  });
}

const REPLACE_STR = ['co_name', 'co_qualname', 'co_filename'];
const REPLACE_INT = ['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize', 'co_flags', 'co_firstlineno'];
const REPLACE_OTHER = ['co_code', 'co_consts', 'co_names', 'co_varnames', 'co_freevars', 'co_cellvars', 'co_linetable', 'co_exceptiontable'];

/**
 * Gives `co` (of `n` instructions) its zeroed cache block: the header words, then CO_CACHE_WORDS per
 * instruction when it has LOAD_GLOBAL, LOAD_ATTR or STORE_ATTR. -1 when out of memory.
 */
function codeCacheAlloc(co: number, n: number): number {
  const ib = i32[(co + CO_INSTRS) >> 2] >> 2;
  let cached = false;
  for (let i = 0; i < n; i++) {
    const op = i32[ib + i] & 0xff;
    if (op === 116 /* LOAD_GLOBAL */ || op === 106 /* LOAD_ATTR */ || op === 95 /* STORE_ATTR */) { cached = true; break; }
  }
  const words = CO_CACHE_HEADER_WORDS + (cached ? CO_CACHE_WORDS * n : 0);
  const gb = rawBlock(words);
  if (gb === 0) return -1;
  i32.fill(0, gb >> 2, (gb >> 2) + words);
  i32[(co + CO_GCACHE) >> 2] = gb + 4 * CO_CACHE_HEADER_WORDS;
  return 0;
}

/** A copy of `co` sharing nothing mutable: owned fields increfed, raw blocks duplicated. */
function codeCopy(co: Borrowed): Owned | Null {
  const c = objectNew(codeType, CODE_SIZE);
  if (c === NULL) return NULL;
  for (let off = 8; off < CODE_SIZE; off += 4) i32[(c + off) >> 2] = 0;
  for (let off = 8; off < CODE_SIZE; off += 4) {
    if (off === CO_INSTRS || off === CO_EXCTABLE || off === CO_POSITIONS || off === CO_GCACHE) continue;
    i32[(c + off) >> 2] = i32[(co + off) >> 2];
  }
  for (const off of [CO_CONSTS, CO_NAMES, CO_LOCALSPLUSNAMES, CO_LOCALSPLUSKINDS, CO_NAME, CO_QUALNAME, CO_FILENAME]) incref(i32[(co + off) >> 2] as Borrowed);
  const n = i32[(co + CO_NINSTRS) >> 2];
  const sizes: [number, number][] = [[CO_INSTRS, n], [CO_EXCTABLE, 5 * i32[(co + CO_NEXC) >> 2]], [CO_POSITIONS, 4 * n]];
  for (const [off, words] of sizes) {
    const b = rawBlock(words);
    if (b === 0) { decref(c); errNoMemory(); return NULL; }
    i32[(c + off) >> 2] = b;
    i32.copyWithin(b >> 2, i32[(co + off) >> 2] >> 2, (i32[(co + off) >> 2] >> 2) + words);
  }
  if (codeCacheAlloc(c, n) < 0) { decref(c); errNoMemory(); return NULL; }
  return c;
}

/** A tuple of interned strs equal to `t`'s items (co_names must hold interned names); NULL with TypeError. */
function internedCopy(t: Borrowed): Owned | Null {
  const n = tupleSize(t);
  const r = tupleNew(n);
  if (r === NULL) return NULL;
  for (let i = 0; i < n; i++) {
    const v = tupleGetItemBorrow(t, i);
    if (!isStr(v)) { decref(r); return errSetString(TypeError, `name tuples must contain only strings, not '${typeNameOf(v)}'`); }
    const s = strInternImmortalOrNull(strToJS(v));
    if (s === NULL) { decref(r); return NULL; }
    tupleSetItemSteal(r, i, newRef(s));
  }
  return r;
}

/** code.replace(**changes): a copy with fields replaced (names, consts, str and int fields). */
/** CO_NESTED | CO_ITERABLE_COROUTINE | the __future__ flags (0x20000 and up). */
const REPLACEABLE_FLAGS = 0x10 | 0x100 | 0xfffe0000;

function codeReplace(self: Borrowed | Null, _args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  const co = self as Borrowed;
  if (nargs !== 0) return errSetString(TypeError, 'replace() takes no positional arguments');
  const nkw = kwnames === NULL ? 0 : tupleSize(kwnames);
  for (let k = 0; k < nkw; k++) {
    const key = strToJS(tupleGetItemBorrow(kwnames as Borrowed, k));
    const v = argAt(_args, nargs + k);
    if (REPLACE_STR.includes(key)) {
      if (!isStr(v)) return errSetString(TypeError, `replace() argument '${key}' must be str, not ${typeNameOf(v)}`);
    } else if (REPLACE_INT.includes(key)) {
      if (!isInt(v)) return errSetString(TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
      if (key === 'co_flags') {
        // Bits that don't change how the instructions run: CO_NESTED, CO_ITERABLE_COROUTINE (types.coroutine)
        // and the __future__ flags. The others describe the compiled code itself.
        const changed = (intAsNumber(v) ^ i32[(co + CO_FLAGS) >> 2]) >>> 0;
        if ((changed & ~REPLACEABLE_FLAGS) !== 0) {
          return errSetString(NotImplementedError, `code.replace(co_flags=...) changing flags 0x${(changed & ~REPLACEABLE_FLAGS).toString(16)} is not supported by Immortal yet`);
        }
      } else if (key !== 'co_firstlineno') return errSetString(NotImplementedError, `code.replace(${key}=...) is not supported by Immortal yet`);
    } else if (key === 'co_consts' || key === 'co_names') {
      if (!isTuple(v)) return errSetString(TypeError, `replace() argument '${key}' must be tuple, not ${typeNameOf(v)}`);
      // The instructions index these tuples: a shorter one would let them read past its end.
      if (tupleSize(v) < tupleSize(i32[(co + (key === 'co_consts' ? CO_CONSTS : CO_NAMES)) >> 2] as Borrowed)) {
        return errSetString(NotImplementedError, `code.replace() with a shorter ${key} is not supported by Immortal yet`);
      }
    } else if (REPLACE_OTHER.includes(key)) {
      return errSetString(NotImplementedError, `code.replace(${key}=...) is not supported by Immortal yet`);
    } else {
      return errSetString(TypeError, `'${key}' is an invalid keyword argument for replace()`);
    }
  }
  const c = codeCopy(co);
  if (c === NULL) return NULL;
  for (let k = 0; k < nkw; k++) {
    const key = strToJS(tupleGetItemBorrow(kwnames as Borrowed, k));
    const v = argAt(_args, nargs + k);
    if (key === 'co_flags') {
      i32[(c + CO_FLAGS) >> 2] = intAsNumber(v);
      continue;
    }
    if (key === 'co_firstlineno') {
      const line = intAsNumber(v);
      if (line === -1 && errOccurred() !== NULL) { decref(c); return NULL; }
      if (line < -0x80000000 || line > 0x7fffffff) { decref(c); return errSetString(OverflowError, 'Python int too large to convert to C int'); }
      i32[(c + CO_FIRSTLINENO) >> 2] = line;
      continue;
    }
    const off = key === 'co_name' ? CO_NAME : key === 'co_qualname' ? CO_QUALNAME : key === 'co_filename' ? CO_FILENAME
      : key === 'co_consts' ? CO_CONSTS : CO_NAMES;
    let nv: Owned | Null;
    if (off === CO_NAMES) nv = internedCopy(v);
    else if (off === CO_NAME || off === CO_QUALNAME) { const s = strInternImmortalOrNull(strToJS(v)); nv = s === NULL ? NULL : newRef(s); }
    else nv = newRef(v);
    if (nv === NULL) { decref(c); return NULL; }
    const old = i32[(c + off) >> 2] as Owned;
    i32[(c + off) >> 2] = nv;
    decref(old);
  }
  return c;
}

const CODE_METHODS: MethodDef[] = [
  { name: 'co_lines', fn: (self, _a, nargs) => (nargs !== 0 ? errSetString(TypeError, `code.co_lines() takes no arguments (${nargs} given)`) : codeLines(self as Borrowed)) },
  { name: 'co_positions', fn: (self, _a, nargs) => (nargs !== 0 ? errSetString(TypeError, `code.co_positions() takes no arguments (${nargs} given)`) : codePositions(self as Borrowed)) },
  { name: 'replace', fn: codeReplace, doc: 'Return a copy of the code object with new values for the specified fields.' },
  { name: '__sizeof__', fn: (self, _a, nargs) => (nargs !== 0 ? errSetString(TypeError, `code.__sizeof__() takes no arguments (${nargs} given)`) : intFromNumber(codeSizeOf(self as Borrowed))) },
];

/** sizeof(PyCodeObject) and its item size (one 2-byte code unit) in CPython 3.12 on 64-bit. */
const CPY_CODE_BASIC = 192, CPY_CODE_UNIT = 2;

/** EXTENDED_ARG units CPython puts before an instruction with this oparg. */
function prefixCount(arg: number): number {
  return arg < 0x100 ? 0 : arg < 0x10000 ? 1 : arg < 0x1000000 ? 2 : 3;
}

/**
 * How many code units CPython 3.12's assembler makes of this code object's instructions (Py_SIZE of
 * its code object): each instruction, its EXTENDED_ARG prefixes and its inline CACHE units. A jump's
 * oparg is relative in CPython and so depends on the sizes of what it spans, which depend on the
 * prefixes of other jumps: recomputed until no prefix count changes, as the assembler does (and
 * src/lib/dis.py's _CPythonLayout, which lays the whole code out).
 */
export function codeCPythonUnits(co: Borrowed): number {
  const n = i32[(co + CO_NINSTRS) >> 2];
  const base = i32[(co + CO_INSTRS) >> 2] >> 2;
  const prefixes = new Uint8Array(n);
  const starts = new Int32Array(n + 1);
  let jumps = 0;
  for (let k = 0; k < n; k++) {
    const w = i32[base + k], op = w & 0xff, info = OPCODES[op];
    if (info !== undefined && info.jump !== 'none') { jumps++; continue; }
    // COMPARE_OP's oparg there is `comparison << 4 | mask` (at most 0x5c): never a prefix.
    prefixes[k] = op === COMPARE_OP ? 0 : prefixCount(w >>> 8);
  }
  for (;;) {
    let at = 0;
    for (let k = 0; k < n; k++) {
      starts[k] = at;
      at += prefixes[k] + 1 + INLINE_CACHES[i32[base + k] & 0xff];
    }
    starts[n] = at;
    if (jumps === 0) return at;
    let changed = false;
    for (let k = 0; k < n; k++) {
      const w = i32[base + k], info = OPCODES[w & 0xff];
      if (info === undefined || info.jump === 'none') continue;
      const target = starts[w >>> 8], after = starts[k + 1];
      const need = prefixCount(info.jump === 'backward' ? after - target : target - after);
      if (need !== prefixes[k]) { prefixes[k] = need; changed = true; }
    }
    if (!changed) return at;
  }
}

/** code.__sizeof__: CPython's struct and its code units, rounded up to a pointer (_PyObject_VAR_SIZE). */
export function codeSizeOf(co: Borrowed): number {
  return (CPY_CODE_BASIC + CPY_CODE_UNIT * codeCPythonUnits(co) + 7) & ~7;
}

/** Constants compare as CPython's _PyCode_ConstantKey does at the top level: same type and equal. */
function constsEqual(a: Borrowed, b: Borrowed): number {
  const n = tupleSize(a);
  if (n !== tupleSize(b)) return 0;
  for (let i = 0; i < n; i++) {
    const x = tupleGetItemBorrow(a, i), y = tupleGetItemBorrow(b, i);
    if (x === y) continue;
    if (i32[(x + 4) >> 2] !== i32[(y + 4) >> 2]) return 0;
    const r = objectRichCompareBool(x, y, 2 /* Py_EQ */);
    if (r <= 0) return r;
  }
  return 1;
}

/** code_richcompare: equal when names, counts, flags, instructions, constants, names and tables match. */
function codeRichCompare(a: Borrowed, b: Borrowed, op: number): Owned | Null {
  if ((op !== 2 && op !== 3) || !isCode(a) || !isCode(b)) return notImplemented();
  let eq = 1;
  for (const off of [CO_ARGCOUNT, CO_POSONLYARGCOUNT, CO_KWONLYARGCOUNT, CO_FLAGS, CO_FIRSTLINENO, CO_NINSTRS, CO_NEXC, CO_NLOCALSPLUS]) {
    if (i32[(a + off) >> 2] !== i32[(b + off) >> 2]) { eq = 0; break; }
  }
  const n = i32[(a + CO_NINSTRS) >> 2];
  if (eq === 1) {
    for (const [off, words] of [[CO_INSTRS, n], [CO_POSITIONS, 4 * n], [CO_EXCTABLE, 5 * i32[(a + CO_NEXC) >> 2]]]) {
      const pa = i32[(a + off) >> 2] >> 2, pb = i32[(b + off) >> 2] >> 2;
      for (let i = 0; i < words; i++) if (i32[pa + i] !== i32[pb + i]) { eq = 0; break; }
      if (eq === 0) break;
    }
  }
  if (eq === 1) {
    for (const off of [CO_NAME, CO_NAMES, CO_LOCALSPLUSNAMES]) {
      eq = objectRichCompareBool(i32[(a + off) >> 2] as Borrowed, i32[(b + off) >> 2] as Borrowed, 2);
      if (eq !== 1) break;
    }
  }
  if (eq === 1) eq = constsEqual(i32[(a + CO_CONSTS) >> 2] as Borrowed, i32[(b + CO_CONSTS) >> 2] as Borrowed);
  if (eq < 0) return NULL;
  return boolNew((eq === 1) === (op === 2));
}

/** code_hash: from the fields equality compares exactly (name, counts, flags, instructions). */
function codeHash(co: Borrowed): number {
  let h = objectHash(i32[(co + CO_NAME) >> 2] as Borrowed);
  if (h === -1) return -1;
  for (const off of [CO_ARGCOUNT, CO_POSONLYARGCOUNT, CO_KWONLYARGCOUNT, CO_FLAGS, CO_FIRSTLINENO, CO_NINSTRS]) {
    h = Math.imul(h ^ i32[(co + off) >> 2], 1000003) | 0;
  }
  const p = i32[(co + CO_INSTRS) >> 2] >> 2, n = i32[(co + CO_NINSTRS) >> 2];
  for (let i = 0; i < n; i++) h = Math.imul(h ^ i32[p + i], 1000003) | 0;
  return h === -1 ? -2 : h;
}

function codeRepr(co: Borrowed): Owned | Null {
  const name = strToJS(i32[(co + CO_NAME) >> 2] as Borrowed);
  const file = strToJS(i32[(co + CO_FILENAME) >> 2] as Borrowed);
  return strFromJS(`<code object ${name} at ${pointerText(co)}, file "${file}", line ${i32[(co + CO_FIRSTLINENO) >> 2]}>`);
}

/** Creates the code type (static phase). */
export function codeInitStatic(): void {
  codeType = typeNewStatic({
    name: 'code',
    basicsize: CODE_SIZE,
    slots: { dealloc: codeDealloc, traverse: codeTraverse, repr: codeRepr, hash: codeHash, richcompare: codeRichCompare },
  });
  typeAddGetSets(codeType, CODE_GETSETS);
  typeAddMethods(codeType, CODE_METHODS);
}

/**
 * CPython's compiler merges equal constants across every code object of one compilation
 * (merge_consts_recursive with the compiler's const cache, keyed by _PyCode_ConstantKey: the type and
 * the value, -0.0 apart from 0.0, NaNs never equal): `def f(): return (1, 2)` returns the very tuple
 * the module's `t = (1, 2)` holds, and tuple items are merged too. While codeNew builds a unit and its
 * nested code, constCache maps a constant's key to its object (one reference held).
 */
let constCache: Map<string, Owned> | null = null;
let constDepth = 0;

/** The key constCache merges by (the compiler's _PyCode_ConstantKey), or null: singletons, code, NaNs. */
function mergeKey(c: ConstValue): string | null {
  if (c.kind === 'none' || c.kind === 'bool' || c.kind === 'ellipsis' || c.kind === 'code' || hasNaN(c)) return null;
  return constKey(c);
}

/** A NaN equals nothing, so CPython never merges a constant holding one. */
function hasNaN(c: ConstValue): boolean {
  switch (c.kind) {
    case 'float': return c.value !== c.value;
    case 'complex': return c.real !== c.real || c.imag !== c.imag;
    case 'tuple': case 'frozenset': return c.items.some(hasNaN);
    default: return false;
  }
}

/** A heap object for one constant: the one already made for an equal constant of this compilation, if any. */
function constToObject(c: ConstValue): Owned | Null {
  const key = constCache !== null ? mergeKey(c) : null;
  if (key !== null) {
    const hit = constCache!.get(key);
    if (hit !== undefined) { incref(hit); return hit; }
  }
  const v = constBuild(c);
  if (v !== NULL && key !== null && constCache !== null) {
    incref(v);
    constCache.set(key, v);
  }
  if (v !== NULL && arenaHeld !== null && c.kind !== 'code' && i32[v >> 2] >= 0) {
    // One reference for the parser's object, two for a bytes literal (its token's and its value's).
    incref(v);
    arenaHeld.push(v);
    if (c.kind === 'bytes') { incref(v); arenaHeld.push(v); }
  }
  return v;
}

/**
 * CPython's parser keeps every constant it made in its arena until the code it parsed has run, for a
 * script, `-c` and exec/eval of source (not for compile() or an import, whose arena goes when the
 * compilation ends): while such code runs, sys.getrefcount of one of its constants is one more than
 * the references the program holds, two more for bytes. Between codeArenaBegin and codeArenaEnd
 * (around the compile), each mortal constant made gets those references, given back by codeArenaRelease
 * once the code has run. Compiler-made constants (keyword-name tuples) are held too; nothing shows them.
 */
let arenaHeld: number[] | null = null;

export function codeArenaBegin(): void {
  arenaHeld = [];
}

export function codeArenaEnd(): number[] {
  const held = arenaHeld ?? [];
  arenaHeld = null;
  return held;
}

export function codeArenaRelease(held: number[]): void {
  for (let i = held.length - 1; i >= 0; i--) decref(held[i] as Owned);
}

function constBuild(c: ConstValue): Owned | Null {
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
      gcTupleMaybeUntrack(t); // as a collection would before the code runs (src/gc/gc.ts)
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
      // str items: an identifier-like item whose text was interned by someone else before (the parser
      // interns every identifier of the source; earlier code interned its names and constants).
      const rounds = c.items.some((it) => it.kind === 'str' && it.intern && internedElsewhere!.has(it.value)) ? 2 : 1;
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

/** Builds a code object (and its nested code constants) from a CodeUnit, equal constants merged (constCache). */
export function codeNew(u: CodeUnit): Owned | Null {
  if (constDepth++ === 0) {
    constCache = new Map();
    internedElsewhere = frozensetItemsInterned(u);
  }
  try {
    return codeBuild(u);
  } finally {
    if (--constDepth === 0) {
      const cache = constCache!;
      constCache = null;
      internedElsewhere = null;
      for (const v of cache.values()) decref(v);
    }
  }
}

/**
 * For the compilation unit `u` (before any of its objects exist): the identifier-like str items of its
 * frozenset constants whose text is interned as another object by the time CPython's _PyCode_New
 * interns them: already in the table, or an identifier of the unit (the parser interned those: names,
 * local, cell and free variable names, function and class names). An equal constant elsewhere in the
 * unit does not count: constant merging made it the same object.
 */
let internedElsewhere: Set<string> | null = null;

function frozensetItemsInterned(u: CodeUnit): Set<string> {
  const idents = new Set<string>(), found = new Set<string>();
  const candidates: string[] = [];
  const visitConst = (c: ConstValue, inSet: boolean): void => {
    if (c.kind === 'str' && inSet && c.intern) candidates.push(c.value);
    else if (c.kind === 'tuple') for (const it of c.items) visitConst(it, false);
    else if (c.kind === 'frozenset') for (const it of c.items) visitConst(it, true);
    else if (c.kind === 'code') visitUnit(c.code);
  };
  const visitUnit = (v: CodeUnit): void => {
    idents.add(v.name);
    for (const n of v.names) idents.add(n);
    for (const n of v.localsplusnames) idents.add(n);
    for (const c of v.consts) visitConst(c, false);
  };
  visitUnit(u);
  for (const s of candidates) if (idents.has(s) || strInternedHas(s)) found.add(s);
  return found;
}

function codeBuild(u: CodeUnit): Owned | Null {
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
    gcTupleMaybeUntrack(consts);
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
    if (codeCacheAlloc(co, n) < 0) { errNoMemory(); break fail; }
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
