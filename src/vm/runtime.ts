// Runtime start-up and shutdown: builds the static immortals, seals the static region, and at the end
// releases everything the runtime holds and accounts for what is still alive.
// Mirrors Python/pylifecycle.c (pyinit_core / Py_FinalizeEx) and the static objects of
// Include/internal/pycore_global_objects.h. Invariants: one runtime is alive per thread at a time
// (module-level state is "the interpreter"); the static region is built first, deterministically
// (same offsets in every worker), and never written after the seal; after shutdown the count of
// live mortal blocks is what leaked.

import { Heap, heapActivate, heapPin, heapSeal, heapStaticBytesWritten, DEFAULT_HEAP_SIZE } from '../heap/heap.ts';
import { allocCurrent } from '../heap/alloc.ts';
import { immortalModeSet } from '../heap/immortal.ts';
import { rc, refcountCounting, freelistsFlush } from '../heap/refcount.ts';
import { randomFillSync } from 'node:crypto';
import { HASH_SEED_ERROR, hashSecretInit } from '../support/hash-secret.ts';
import { typeInitStatic, typeFinishStatics, typeResetRegistry } from '../objects/type.ts';
import { noneInitStatic } from '../objects/none.ts';
import { notImplementedInitStatic } from '../objects/notimplemented.ts';
import { ellipsisInitStatic } from '../objects/ellipsis.ts';
import { intInitStatic } from '../objects/int.ts';
import { boolInitStatic } from '../objects/bool.ts';
import { floatInitStatic } from '../objects/float.ts';
import { complexInitStatic } from '../objects/complex.ts';
import { strInitStatic, strInitRuntime, strFini } from '../objects/str.ts';
import { bytesInitStatic } from '../objects/bytes.ts';
import { bytearrayInitStatic } from '../objects/bytearray.ts';
import { memoryviewInitStatic, bufferFini } from '../objects/memoryview.ts';
import { tupleInitStatic } from '../objects/tuple.ts';
import { listInitStatic } from '../objects/list.ts';
import { dictInitStatic } from '../objects/dict.ts';
import { setInitStatic } from '../objects/set.ts';
import {
  exceptionsInitTypes, exceptionsInitRuntime, exceptionsFini, exceptionTypes, EXTRA_BASES,
} from '../objects/exceptions.ts';
import { objectType } from '../objects/type.ts';
import { methodObjectInitStatic } from '../objects/methodobject.ts';
import { errClear } from '../objects/errors.ts';
import { objectStateReset } from '../objects/object.ts';
import { builtinsInitStatic } from '../modules/builtins.ts';
import { codeInitStatic } from '../objects/code.ts';
import { functionInitStatic } from '../objects/function.ts';
import { methodInitStatic } from '../objects/boundmethod.ts';
import { cellInitStatic } from '../objects/cell.ts';
import { genInitStatic, genAsyncHooksClear } from '../objects/gen.ts';
import { coroutineInitStatic } from '../objects/coroutine.ts';
import { asyncGeneratorInitStatic } from '../objects/async_generator.ts';
import { anextAwaitableInitStatic } from '../objects/anext_awaitable.ts';
import { tracebackInitStatic } from '../objects/traceback.ts';
import { frameObjectInitStatic } from '../objects/frameobject.ts';
import { namespaceInitStatic } from '../objects/namespaceobject.ts';
import { moduleInitStatic } from '../objects/module.ts';
import { sysInitStatic, sysInitStructSeqTypes } from '../modules/sys.ts';
import { atexitFini } from '../modules/atexit.ts';
import { tracemallocFini } from '../modules/_tracemalloc.ts';
import { randomInitStatic } from '../modules/_random.ts';
import { dequeInitStatic } from '../modules/_collections.ts';
import { operatorInitStatic } from '../modules/_operator.ts';
import { itertoolsInitStatic } from '../modules/_itertools.ts';
import { matchInitStatic } from '../modules/re/match.ts';
import { patmaFlagsInitStatic } from './match.ts';
import { excAttrsInitStatic } from './excattrs.ts';
import { abstractInitRuntime, abstractFini } from '../objects/abstract.ts';
import { vmStateReset, vmStateFini } from './state.ts';
import { dataStackInit, dataStackFini } from './frame.ts';
import { evalInstallHooks } from './eval.ts';
import { genInstallHooks } from './gen.ts';
import { gcRuntimeInit, gcRuntimeFini } from '../gc/types.ts';
import { gcWeakrefHooks, gcReleaseLists } from '../gc/gc.ts';
import { gcImmortalFini } from '../gc/immortalize.ts';
import { weakrefInitStatic, weakrefRuntimeInit, weakrefRuntimeFini, gcHandleWeakrefs } from '../objects/weakref.ts';
import { jitInstall, jitRuntimeFini } from '../jit/jit.ts';

export interface RuntimeOptions {
  /** Maximum heap size in bytes (reserved up front; pages are committed when touched). */
  heapSize?: number;
  /** false: build the 3.12 immortals as ordinary counted objects (3.11 behaviour, `-X immortal=0`). */
  immortal?: boolean;
  /** PYTHONHASHSEED: undefined/'random' for a random secret, or '0'..'4294967295'. */
  hashSeed?: string | number;
  /** Count increfs/decrefs (performed and skipped) from the start. */
  stats?: boolean;
}

export interface ShutdownReport {
  /** Mortal blocks still allocated after every runtime-held reference was released (leaks). */
  liveBlocks: number;
  liveBytes: number;
  /** Bytes of the static region that differ from the sealed snapshot (must be 0 with immortality on). */
  staticBytesWritten: number;
}

export class Runtime {
  readonly heap: Heap;
  readonly immortal: boolean;
  /** Live blocks right after start-up: the runtime's own mortal objects (MemoryError pool, tables). */
  baselineBlocks = 0;
  alive = true;

  constructor(heap: Heap, immortal: boolean) {
    this.heap = heap;
    this.immortal = immortal;
  }
}

let active: Runtime | null = null;

export function runtimeActive(): Runtime | null {
  return active;
}

/** Starts a runtime: heap, static immortals, seal, then the mortal runtime state. */
export function runtimeStart(options: RuntimeOptions = {}): Runtime {
  if (active !== null) {
    throw new Error('a runtime is already running in this thread: shut it down first (one interpreter per thread)');
  }
  const seedText = options.hashSeed === undefined ? undefined : String(options.hashSeed);
  // node:crypto's bytes: the interpreter loads it anyway (os.urandom, random), Web Crypto costs 2-4 ms to start.
  if (hashSecretInit(seedText, randomFillSync) === null) throw new Error(HASH_SEED_ERROR);
  const heap = new Heap(options.heapSize ?? DEFAULT_HEAP_SIZE);
  const immortal = options.immortal ?? true;
  heapActivate(heap);
  // A runtime that ended without a shutdown may have left its tracer installed (its heap is gone).
  tracemallocFini(false);
  jitInstall();
  immortalModeSet(immortal);
  refcountCounting(false);
  rc.increfs = rc.decrefs = rc.increfsSkipped = rc.decrefsSkipped = rc.deallocs = rc.staticBytesWritten = 0;

  // Static phase: everything allocated here is the static region.
  objectStateReset();
  typeInitStatic();
  methodObjectInitStatic();
  noneInitStatic();
  notImplementedInitStatic();
  ellipsisInitStatic();
  intInitStatic();
  boolInitStatic();
  floatInitStatic();
  complexInitStatic();
  strInitStatic();
  bytesInitStatic();
  bytearrayInitStatic();
  memoryviewInitStatic();
  tupleInitStatic();
  listInitStatic();
  dictInitStatic();
  setInitStatic();
  exceptionsInitTypes(objectType);
  // Execution types (issue #4): code, function, method, cell, generator, traceback, module, sys streams.
  codeInitStatic();
  functionInitStatic();
  methodInitStatic();
  cellInitStatic();
  genInitStatic();
  coroutineInitStatic();
  asyncGeneratorInitStatic();
  anextAwaitableInitStatic();
  tracebackInitStatic();
  frameObjectInitStatic();
  namespaceInitStatic();
  moduleInitStatic();
  weakrefInitStatic();
  sysInitStatic();
  randomInitStatic();
  dequeInitStatic();
  operatorInitStatic();
  itertoolsInitStatic();
  matchInitStatic();
  // Protocol layer (issue #4): slice, range, iterators, views, builtin slots and method tables.
  builtinsInitStatic();
  sysInitStructSeqTypes();
  excAttrsInitStatic();
  patmaFlagsInitStatic();
  typeFinishStatics(EXTRA_BASES.map(([a, b]) => [exceptionTypes.get(a)!, exceptionTypes.get(b)!] as const));
  heapSeal(heap);

  // Mortal runtime state.
  strInitRuntime();
  exceptionsInitRuntime();
  abstractInitRuntime();
  vmStateReset();
  dataStackInit();
  evalInstallHooks();
  genInstallHooks();
  gcRuntimeInit();
  weakrefRuntimeInit();
  gcWeakrefHooks.handle = gcHandleWeakrefs;

  const rt = new Runtime(heap, immortal);
  rt.baselineBlocks = allocCurrent().liveBlocks;
  heapPin(heap, true);
  active = rt;
  refcountCounting(options.stats ?? false);
  return rt;
}

/** Makes `rt` current again (after another heap was activated, e.g. in a benchmark). */
export function runtimeActivate(rt: Runtime): void {
  if (!rt.alive) throw new Error('runtime has been shut down');
  heapActivate(rt.heap);
}

/**
 * Shuts the runtime down: releases the runtime's own references, then reports what is still
 * allocated (leaks of the program or the runtime) and how much of the static region was written.
 */
export function runtimeShutdown(rt: Runtime): ShutdownReport {
  if (!rt.alive) throw new Error('runtime already shut down');
  heapActivate(rt.heap);
  refcountCounting(false);
  errClear();
  // _PyTraceMalloc_Fini: the tracer lets go of its filename strs before anything is counted.
  tracemallocFini(true);
  // Callbacks registered but never run (a runtime shut down without a Session, e.g. from the API).
  atexitFini();
  gcReleaseLists();
  dataStackFini();
  vmStateFini();
  abstractFini();
  genAsyncHooksClear();
  bufferFini();
  exceptionsFini();
  // Runtime-immortalized objects go once every holder above has let go (their counts are recomputed
  // from references among themselves), while the collector and weakref clearing still work.
  gcImmortalFini();
  gcRuntimeFini();
  gcWeakrefHooks.handle = null;
  weakrefRuntimeFini();
  strFini();
  freelistsFlush();
  const a = allocCurrent();
  const report: ShutdownReport = {
    liveBlocks: a.liveBlocks,
    liveBytes: a.liveBytes,
    staticBytesWritten: heapStaticBytesWritten(rt.heap),
  };
  jitRuntimeFini();
  heapPin(rt.heap, false);
  rt.alive = false;
  active = null;
  typeResetRegistry();
  return report;
}
