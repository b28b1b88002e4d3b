// _tracemalloc: which Python line allocated each live heap block, for src/lib/tracemalloc.py.
// Stands for Modules/_tracemalloc.c and Python/tracemalloc.c of CPython 3.12 (same functions, messages,
// limits and tuple shapes). While tracing, heap/alloc.ts calls the tracer below from its tracing versions
// of alloc/free/realloc/freelistPop (swapped in only then: the plain allocator pays nothing).
// Invariants: the tables live on the JS side and the tracer never allocates on the heap (it runs inside
// alloc); a traced address is a live block (on a free list or not); the tracer holds one reference to
// each filename str it has cached, so a cached address always still names that str; tracing stops,
// and those references go, before the runtime counts leaks (runtimeShutdown -> tracemallocFini).
//
// Tables (interned, as CPython's tracemalloc_filenames / tracemalloc_tracebacks):
//   traces      block address -> traceback index + 1     (0: not traced)
//   fileOfStr   filename str address -> filename index  (the str held; names deduplicated by value)
//   frame key   filename index * 2**24 + line -> frame index
//   traceback   key (frame indices, most recent first, and total_nframe) -> traceback index

import { i32 } from '../heap/views.ts';
import { incref, decref } from '../heap/refcount.ts';
import { OB_TYPE } from '../heap/header.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { allocTrace, allocTracer, allocCurrent, blockSize, type AllocTracer } from '../heap/alloc.ts';
import { nativeModuleNew } from './native.ts';
import { type MethodDef, argAt } from '../objects/methodobject.ts';
import { clinicInt } from '../objects/abstract.ts';
import { errSetString, errOccurred } from '../objects/errors.ts';
import { TypeError, ValueError } from '../objects/exceptions.ts';
import { intFromNumber } from '../objects/int.ts';
import { boolNew, noneNew } from '../objects/object.ts';
import { tupleNew, tupleSetItemSteal, tupleSize } from '../objects/tuple.ts';
import { listNew, listAppendSteal } from '../objects/list.ts';
import { strFromJS, strToJS } from '../objects/str.ts';
import { TP_FLAGS, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_MANAGED_DICT, MANAGED_PREHEADER_SIZE } from '../objects/type.ts';
import { GC_HEAD_SIZE } from '../heap/header.ts';
import { CO_FILENAME, CO_GCACHE, CO_FRAMES_WORD, CO_INSTRS } from '../objects/code.ts';
import { RESUME } from '../bytecode/opcodes.ts';
import { F_CODE, F_GLOBALS, F_PREVIOUS, F_PC, F_FLAGS, FRAME_OWNED_BY_GEN, frameLine } from '../vm/frame.ts';
import { ts, nativeMarks } from '../vm/state.ts';
import { traceLoopOnly } from '../vm/trace.ts';
import { codeFramesHidden } from '../vm/exc.ts';

/** tracemalloc's MAX_NFRAME: a traceback keeps at most this many frames, and counts at most this many. */
const MAX_NFRAME = 65535;
const LINE_LIMIT = 1 << 24;

/** get_traceback_limit(): set by start(), kept by stop() (CPython's tracemalloc_config.max_nframe). */
let maxNframe = 1;

// The traces by block address: one Int32Array page per 16 KiB of heap that holds a traced block, a slot
// per 8-byte-aligned address (a block's start). A JS Map keyed by address measured 1.6 us per set or
// delete under an allocating program's churn (V8 resizing its table back and forth); a page slot is an
// array store. Memory: 8 KiB per page in use, given back when its last trace goes.
const PAGE_BITS = 14;
const PAGE_SLOTS = 1 << (PAGE_BITS - 3);

/** The traces of one tracing session: from start() to stop() or clear_traces(). */
class Tables implements AllocTracer {
  /** Filled up front: a sparse JS array would fall back to dictionary elements. */
  readonly pages: Array<Int32Array | undefined>;
  readonly pageCounts: Int32Array;
  /** Traced blocks, their bytes now and at the peak (get_traced_memory). */
  count = 0;
  traced = 0;
  peak = 0;
  /**
   * While _get_traces or _get_object_traceback builds its result, the blocks it allocates are not
   * traced (CPython's set_reentrant(1) around tracemalloc_get_traces_fill): a snapshot does not
   * show up in the next one.
   */
  suspended = false;
  /** Filename index of each cached str (by address); the strs themselves, held. */
  readonly fileOfStr = new Map<number, number>();
  readonly heldStrs: number[] = [];
  readonly fileNames: string[] = [];
  readonly fileByName = new Map<string, number>();
  readonly frameByKey = new Map<number, number>();
  readonly frameFile: number[] = [];
  readonly frameLine: number[] = [];
  readonly tbByKey = new Map<number | string, number>();
  readonly tbFrames: Int32Array[] = [];
  readonly tbTotal: number[] = [];
  /** Scratch for the frames of the traceback being captured. */
  readonly scratch: Int32Array;
  readonly nframe: number;

  constructor(nframe: number) {
    this.nframe = nframe;
    this.scratch = new Int32Array(nframe);
    const n = (allocCurrent().heapSize >>> PAGE_BITS) + 1;
    this.pages = new Array<Int32Array | undefined>(n).fill(undefined);
    this.pageCounts = new Int32Array(n);
  }

  /** The traceback index of the block at `addr`, or -1 when it is not traced. */
  traceOf(addr: number): number {
    const page = this.pages[addr >>> PAGE_BITS];
    return page === undefined ? -1 : page[(addr & ((1 << PAGE_BITS) - 1)) >>> 3] - 1;
  }

  onAlloc(addr: number): void {
    if (this.suspended) return;
    const p = addr >>> PAGE_BITS;
    let page = this.pages[p];
    if (page === undefined) page = this.pages[p] = new Int32Array(PAGE_SLOTS);
    const slot = (addr & ((1 << PAGE_BITS) - 1)) >>> 3;
    const fresh = page[slot] === 0;
    page[slot] = this.capture() + 1;
    if (!fresh) return;
    this.pageCounts[p]++;
    this.count++;
    const t = (this.traced += blockSize(addr));
    if (t > this.peak) this.peak = t;
  }

  onFree(addr: number, size: number): void {
    const p = addr >>> PAGE_BITS;
    const page = this.pages[p];
    if (page === undefined) return;
    const slot = (addr & ((1 << PAGE_BITS) - 1)) >>> 3;
    if (page[slot] === 0) return;
    page[slot] = 0;
    this.count--;
    this.traced -= size;
    if (--this.pageCounts[p] === 0) this.pages[p] = undefined;
  }

  onReuse(addr: number): void {
    // _PyTraceMalloc_NewReference: only a block traced already gets the new object's traceback.
    if (this.suspended) return;
    const page = this.pages[addr >>> PAGE_BITS];
    if (page === undefined) return;
    const slot = (addr & ((1 << PAGE_BITS) - 1)) >>> 3;
    if (page[slot] !== 0) page[slot] = this.capture() + 1;
  }

  /** The traceback of the running Python code (traceback_new): its index in the tables. */
  capture(): number {
    const frames = this.scratch;
    let n = 0, total = 0;
    for (let f = ts.frame; f !== 0; f = i32[(f >> 2) + F_PREVIOUS]) {
      const code = i32[(f >> 2) + F_CODE];
      if (frameIncomplete(f, code) || frameHidden(code, i32[(f >> 2) + F_GLOBALS])) continue;
      if (n < this.nframe) frames[n++] = this.frameIndex(code, frameLine(f));
      if (total < MAX_NFRAME) total++;
    }
    // No frame at all: the one-frame traceback <unknown>:0 (tracemalloc_empty_traceback).
    if (n === 0) {
      frames[n++] = this.frameIndex(0, 0);
      total = 1;
    }
    let key: number | string;
    if (n === 1) key = frames[0] * 65536 + total;
    else {
      key = `${total}`;
      for (let k = 0; k < n; k++) key += `,${frames[k]}`;
    }
    let tb = this.tbByKey.get(key);
    if (tb === undefined) {
      tb = this.tbFrames.length;
      this.tbFrames.push(frames.slice(0, n));
      this.tbTotal.push(total);
      this.tbByKey.set(key, tb);
    }
    return tb;
  }

  /** The frame (filename of `code`, `line`), interned; code 0 is <unknown>. */
  frameIndex(code: number, line: number): number {
    const file = code === 0 ? this.fileIndexOfName('<unknown>') : this.fileIndex(i32[(code + CO_FILENAME) >> 2]);
    if (line < 0) line = 0;
    if (line >= LINE_LIMIT) line = LINE_LIMIT - 1;
    const key = file * LINE_LIMIT + line;
    let fr = this.frameByKey.get(key);
    if (fr === undefined) {
      fr = this.frameFile.length;
      this.frameFile.push(file);
      this.frameLine.push(line);
      this.frameByKey.set(key, fr);
    }
    return fr;
  }

  fileIndex(s: number): number {
    let k = this.fileOfStr.get(s);
    if (k === undefined) {
      // Held from now on, so that this address keeps naming this str (incref writes, never allocates).
      incref(s as Borrowed);
      this.heldStrs.push(s);
      k = this.fileIndexOfName(strToJS(s as Borrowed));
      this.fileOfStr.set(s, k);
    }
    return k;
  }

  fileIndexOfName(name: string): number {
    let k = this.fileByName.get(name);
    if (k === undefined) {
      k = this.fileNames.length;
      this.fileNames.push(name);
      this.fileByName.set(name, k);
    }
    return k;
  }

  /** Drops the references to the filename strs (not from inside alloc: a decref may free). */
  release(): void {
    const held = this.heldStrs.splice(0);
    this.fileOfStr.clear();
    for (const s of held) decref(s as Owned);
  }

  /**
   * An estimate of the JS memory these tables take (get_tracemalloc_memory): the trace pages (8 KiB
   * each, plus a 12-byte page slot and count per 16 KiB of heap), 40 bytes per Map entry (key, value,
   * chain link and hash bucket as V8's OrderedHashMap lays them out), per frame two array slots, per
   * traceback its frame array (16 + 4 per frame) and two slots, per filename its characters (two bytes
   * each) and a 32-byte header.
   */
  memory(): number {
    const ENTRY = 40, SLOT = 8;
    let bytes = this.pageCounts.byteLength + this.pages.length * SLOT;
    bytes += this.fileOfStr.size * ENTRY + this.heldStrs.length * SLOT;
    for (const page of this.pages) if (page !== undefined) bytes += page.byteLength + 64;
    for (const name of this.fileNames) bytes += ENTRY + 32 + 2 * name.length;
    bytes += this.frameFile.length * (ENTRY + 2 * SLOT);
    for (const fr of this.tbFrames) bytes += ENTRY + 2 * SLOT + 16 + 4 * fr.length;
    return bytes;
  }
}

/**
 * _PyFrame_IsIncomplete: a frame still in its prologue (MAKE_CELL, COPY_FREE_VARS, RETURN_GENERATOR:
 * before its first RESUME) is not shown; a generator's own frame is always complete.
 */
function frameIncomplete(f: number, code: number): boolean {
  if ((i32[(f >> 2) + F_FLAGS] & FRAME_OWNED_BY_GEN) !== 0) return false;
  const last = i32[(f >> 2) + F_PC] - 1;
  const ib = i32[(code + CO_INSTRS) >> 2] >> 2;
  // The prologue is a few instructions, so this stops at the first RESUME almost at once.
  for (let i = 0; i <= last; i++) if ((i32[ib + i] & 0xff) === RESUME) return false;
  return true;
}

/**
 * Whether tracebacks leave out the frame (a library function standing for C code: vm/exc.ts
 * codeFramesHidden). Decided only from what is known without touching the heap, since this runs inside
 * alloc: the code's cached answer, else the module's mark once its import has filed it in nativeMarks.
 */
function frameHidden(code: number, globals: number): boolean {
  const state = i32[(i32[(code + CO_GCACHE) >> 2] >> 2) + CO_FRAMES_WORD];
  if (state !== 0) return state === 2;
  return nativeMarks.has(globals) && codeFramesHidden(code as Borrowed, globals as Borrowed);
}

/** The tables of the session tracing now, or null. */
function tracing(): Tables | null {
  const t = allocTracer();
  return t instanceof Tables ? t : null;
}

/** _PyTraceMalloc_Start: -1 with ValueError for a bad nframe; starting while tracing changes nothing. */
export function tracemallocStart(nframe: number): number {
  if (nframe < 1 || nframe > MAX_NFRAME) {
    errSetString(ValueError, `the number of frames must be in range [1; ${MAX_NFRAME}]`);
    return -1;
  }
  if (tracing() !== null) return 0;
  maxNframe = nframe;
  allocTrace(new Tables(nframe));
  // Compiled code writes F_PC only before what may run Python code, so an allocation it makes would
  // be charged to an older line: frames entered while tracing run in the eval loop, which keeps F_PC
  // current (frames already running compiled code, and what they call directly, stay compiled).
  traceLoopOnly(true);
  return 0;
}

/** _PyTraceMalloc_Stop: stops tracing and forgets the traces (the limit stays). */
export function tracemallocStop(): void {
  const t = tracing();
  if (t === null) return;
  allocTrace(null);
  traceLoopOnly(false);
  t.release();
}

/** Stops tracing at runtime shutdown, before leaks are counted; `release` false when the heap is gone. */
export function tracemallocFini(release: boolean): void {
  const t = tracing();
  allocTrace(null);
  if (t !== null) traceLoopOnly(false);
  if (t !== null && release) t.release();
  maxNframe = 1;
}

function noArgs(fname: string, nargs: number, kwnames: Borrowed | Null): boolean {
  if (kwnames !== NULL && tupleSize(kwnames) > 0) {
    errSetString(TypeError, `_tracemalloc.${fname}() takes no keyword arguments`);
    return false;
  }
  if (nargs !== 0) {
    errSetString(TypeError, `_tracemalloc.${fname}() takes no arguments (${nargs} given)`);
    return false;
  }
  return true;
}

/** Python objects for the frames and tracebacks of `t`, each built once per call (as CPython's get_traces does). */
class TupleCache {
  readonly frames = new Map<number, Owned>();
  readonly tracebacks = new Map<number, Owned>();
  readonly files = new Map<number, Owned>();
  // Built while the tables are suspended (Tables.suspended): the indices it reads stay as they are.
  constructor(readonly t: Tables) {}

  frame(fr: number): Owned | Null {
    let o = this.frames.get(fr);
    if (o === undefined) {
      const file = this.t.frameFile[fr];
      let name = this.files.get(file);
      if (name === undefined) {
        const s = strFromJS(this.t.fileNames[file]);
        if (s === NULL) return NULL;
        this.files.set(file, s);
        name = s;
      }
      const line = intFromNumber(this.t.frameLine[fr]);
      if (line === NULL) return NULL;
      const tup = tupleNew(2);
      if (tup === NULL) { decref(line); return NULL; }
      incref(name);
      tupleSetItemSteal(tup, 0, name);
      tupleSetItemSteal(tup, 1, line);
      this.frames.set(fr, tup);
      o = tup;
    }
    incref(o);
    return o;
  }

  traceback(frames: Int32Array, tb: number): Owned | Null {
    let o = this.tracebacks.get(tb);
    if (o === undefined) {
      const tup = tupleNew(frames.length);
      if (tup === NULL) return NULL;
      for (let k = 0; k < frames.length; k++) {
        const fr = this.frame(frames[k]);
        if (fr === NULL) { decref(tup); return NULL; }
        tupleSetItemSteal(tup, k, fr);
      }
      this.tracebacks.set(tb, tup);
      o = tup;
    }
    incref(o);
    return o;
  }

  dispose(): void {
    for (const o of this.frames.values()) decref(o);
    for (const o of this.tracebacks.values()) decref(o);
    for (const o of this.files.values()) decref(o);
  }
}

/** _get_traces(): [(domain, size, traceback, total_nframe), ...] for every traced block. */
function getTraces(t: Tables): Owned | Null {
  // Copied first: building the list frees blocks (untraced as usual) while it allocates untraced ones.
  const n = t.count;
  const sizes = new Float64Array(n);
  const tbs = new Int32Array(n);
  let k = 0;
  t.pages.forEach((page, p) => {
    if (page === undefined) return;
    for (let slot = 0; slot < PAGE_SLOTS; slot++) {
      if (page[slot] === 0) continue;
      sizes[k] = blockSize((p << PAGE_BITS) + (slot << 3));
      tbs[k++] = page[slot] - 1;
    }
  });
  t.suspended = true;
  const cache = new TupleCache(t);
  const tbFrames = t.tbFrames, tbTotal = t.tbTotal;
  const list = listNew(0);
  let ok = list !== NULL;
  for (let i = 0; ok && i < n; i++) {
    const item = tupleNew(4);
    const size = intFromNumber(sizes[i]);
    const tb = cache.traceback(tbFrames[tbs[i]], tbs[i]);
    const total = intFromNumber(tbTotal[tbs[i]]);
    const domain = intFromNumber(0);
    if (item === NULL || size === NULL || tb === NULL || total === NULL || domain === NULL) {
      for (const o of [item, size, tb, total, domain]) if (o !== NULL) decref(o);
      ok = false;
      break;
    }
    tupleSetItemSteal(item, 0, domain);
    tupleSetItemSteal(item, 1, size);
    tupleSetItemSteal(item, 2, tb);
    tupleSetItemSteal(item, 3, total);
    if (listAppendSteal(list as Borrowed, item) < 0) ok = false;
  }
  cache.dispose();
  t.suspended = false;
  if (!ok) {
    if (list !== NULL) decref(list);
    return NULL;
  }
  return list;
}

/** _get_object_traceback(obj): the frames of the block `obj` lives in, or None. */
function objectTraceback(t: Tables, o: Borrowed): Owned | Null {
  // The block starts before the object by what its type puts in front (_PyType_PreHeaderSize).
  const f = i32[(i32[(o + OB_TYPE) >> 2] + TP_FLAGS) >> 2];
  const pre = ((f & Py_TPFLAGS_HAVE_GC) !== 0 ? GC_HEAD_SIZE : 0) + ((f & Py_TPFLAGS_MANAGED_DICT) !== 0 ? MANAGED_PREHEADER_SIZE : 0);
  let tb = t.traceOf(o - pre);
  // A block starting at the object itself can only be the object's own (built without a pre-header).
  if (tb < 0 && pre !== 0) tb = t.traceOf(o);
  if (tb < 0) return noneNew();
  t.suspended = true;
  const cache = new TupleCache(t);
  const r = cache.traceback(t.tbFrames[tb], tb);
  cache.dispose();
  t.suspended = false;
  return r;
}

const DEFS: MethodDef[] = [
  {
    name: 'is_tracing', doc: 'True while memory allocations are being traced.',
    fn: (_s, _a, nargs, kw) => noArgs('is_tracing', nargs, kw) ? boolNew(tracing() !== null) : NULL,
  },
  {
    name: 'clear_traces', doc: 'Forget the traces of the blocks allocated so far.',
    fn: (_s, _a, nargs, kw) => {
      if (!noArgs('clear_traces', nargs, kw)) return NULL;
      const t = tracing();
      if (t !== null) {
        allocTrace(new Tables(t.nframe));
        t.release();
      }
      return noneNew();
    },
  },
  {
    name: '_get_object_traceback', doc: 'The frames, most recent first, of the allocation of obj; None when it was not traced.',
    fn: (_s, args, nargs, kw) => {
      if (kw !== NULL && tupleSize(kw) > 0) return errSetString(TypeError, '_tracemalloc._get_object_traceback() takes no keyword arguments');
      if (nargs !== 1) return errSetString(TypeError, `_tracemalloc._get_object_traceback() takes exactly one argument (${nargs} given)`);
      const t = tracing();
      return t === null ? noneNew() : objectTraceback(t, argAt(args, 0));
    },
  },
  {
    name: '_get_traces', doc: 'The traces of all traced blocks: a list of (domain, size, frames, total_nframe) tuples.',
    fn: (_s, _a, nargs, kw) => {
      if (!noArgs('_get_traces', nargs, kw)) return NULL;
      const t = tracing();
      return t === null ? listNew(0) : getTraces(t);
    },
  },
  {
    name: 'get_traceback_limit', doc: 'How many frames a trace keeps at most.',
    fn: (_s, _a, nargs, kw) => noArgs('get_traceback_limit', nargs, kw) ? intFromNumber(maxNframe) : NULL,
  },
  {
    name: 'get_tracemalloc_memory', doc: 'An estimate of the memory, in bytes, that the traces take.',
    fn: (_s, _a, nargs, kw) => {
      if (!noArgs('get_tracemalloc_memory', nargs, kw)) return NULL;
      const t = tracing();
      return intFromNumber(t === null ? 0 : t.memory());
    },
  },
  {
    name: 'get_traced_memory', doc: 'The size of the traced blocks now and at its peak, as a (current, peak) tuple.',
    fn: (_s, _a, nargs, kw) => {
      if (!noArgs('get_traced_memory', nargs, kw)) return NULL;
      const t = tracing();
      // Read both before allocating the result (which, traced, would change them).
      const cur = t === null ? 0 : t.traced, peak = t === null ? 0 : t.peak;
      const a = intFromNumber(cur);
      if (a === NULL) return NULL;
      const b = intFromNumber(peak);
      if (b === NULL) { decref(a); return NULL; }
      const r = tupleNew(2);
      if (r === NULL) { decref(a); decref(b); return NULL; }
      tupleSetItemSteal(r, 0, a);
      tupleSetItemSteal(r, 1, b);
      return r;
    },
  },
  {
    name: 'reset_peak', doc: 'Make the peak of the traced memory its current size.',
    fn: (_s, _a, nargs, kw) => {
      if (!noArgs('reset_peak', nargs, kw)) return NULL;
      const t = tracing();
      if (t !== null) t.peak = t.traced;
      return noneNew();
    },
  },
  {
    name: 'start', doc: 'Trace memory allocations, keeping up to nframe frames per traceback.',
    fn: (_s, args, nargs, kw) => {
      if (kw !== NULL && tupleSize(kw) > 0) return errSetString(TypeError, '_tracemalloc.start() takes no keyword arguments');
      if (nargs > 1) return errSetString(TypeError, `start expected at most 1 argument, got ${nargs}`);
      let n = 1;
      if (nargs === 1) {
        n = clinicInt(argAt(args, 0));
        if (n === -1 && errOccurred() !== NULL) return NULL;
      }
      return tracemallocStart(n) < 0 ? NULL : noneNew();
    },
  },
  {
    name: 'stop', doc: 'Stop tracing memory allocations and forget the traces.',
    fn: (_s, _a, nargs, kw) => {
      if (!noArgs('stop', nargs, kw)) return NULL;
      tracemallocStop();
      return noneNew();
    },
  },
];

/** Creates the _tracemalloc module. */
export function tracemallocModuleNew(): Owned | Null {
  return nativeModuleNew('_tracemalloc', DEFS, undefined, 'Traces of the memory blocks Python code allocates.');
}
