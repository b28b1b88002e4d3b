// JIT warm-up: runs src/lib/_immortal_warmup.py once per process, before the first program.
// Mirrors nothing in CPython (whose eval loop is compiled ahead of time). V8 optimizes evalFrame with the
// type feedback gathered so far and throws the optimized code away (a deopt, then slow code until the
// next ~100 ms optimizing compile) the first time a path without feedback runs; the warm-up program
// reaches the common paths first. Invariants: invisible to the program (its own namespace, nothing left in
// sys.modules, no output, every block freed, the collector's counters and statistics restored); skipped
// when counting references (-X stats / showrefcount: counters describe the program). Off unless
// IMMORTAL_WARMUP=1: measured, it made evalFrame's optimizing compile cover every path (466 ms + 773 ms
// OSR against 74 ms) and long benchmarks 18-57% slower in CPU time, although it halved deopts.

import { join } from 'node:path';
import { decref } from '../heap/refcount.ts';
import { gcCounts } from '../heap/header.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import {
  freelistLength, FREELIST_KINDS, FREELIST_DICT, FREELIST_LIST, FREELIST_SLICE, FREELIST_TUPLE, TUPLE_MAXSAVESIZE,
} from '../heap/alloc.ts';
import { listNew } from '../objects/list.ts';
import { tupleNew } from '../objects/tuple.ts';
import { sliceNew } from '../objects/slice.ts';
import { gcState, gcCollectNoFail } from '../gc/gc.ts';
import { dictNew, dictSetItem, dictClear } from '../objects/dict.ts';
import { strInternImmortal } from '../objects/str.ts';
import { errFetch, errClear } from '../objects/errors.ts';
import { functionNew } from '../objects/function.ts';
import { codeNew } from '../objects/code.ts';
import { codeCacheGet } from './codecache.ts';
import { compileUnit } from './compile.ts';
import { functionCallWithLocals } from './eval.ts';
import { ts } from './state.ts';
import { libDir } from './libdir.ts';

let done = false;

/** Collector threshold while warming up, so that collections (and the eval loop's interrupt paths) run. */
const WARMUP_THRESHOLD0 = 40;

/**
 * Fills the GC objects' free lists back to the lengths they had (the warm-up's last collection emptied
 * them): which allocations reuse a block, and so gc.get_count(), stay what they would have been.
 */
function freelistsRefill(lengths: number[]): void {
  // Making an object takes one off its free list when there is one, so all `n` are made (emptying the
  // list, then allocating) before any is released: releasing them leaves n on the list. (Making and
  // releasing one at a time never grows a list that already holds one.)
  const refill = (kind: number, make: () => Owned | Null): void => {
    const n = lengths[kind];
    if (freelistLength(kind) >= n) return;
    const made: Owned[] = [];
    for (let i = 0; i < n; i++) {
      const o = make();
      if (o === NULL) { errClear(); break; }
      made.push(o);
    }
    for (const o of made) decref(o);
  };
  refill(FREELIST_DICT, dictNew);
  refill(FREELIST_LIST, () => listNew(0));
  refill(FREELIST_SLICE, () => sliceNew(NULL, NULL, NULL));
  for (let n = 1; n < TUPLE_MAXSAVESIZE; n++) refill(FREELIST_TUPLE + n - 1, () => tupleNew(n));
}

/** Runs the warm-up program unless this process already did (or it is turned off). */
export function warmUpOnce(counting: boolean): void {
  if (done) return;
  done = true;
  if (counting || process.env.IMMORTAL_WARMUP !== '1' || ts.builtinsDict === NULL) return;
  const lists = Array.from({ length: FREELIST_KINDS }, (_, k) => freelistLength(k));
  const saved = {
    counts: Array.from(gcCounts),
    thresholds: gcState.thresholds.slice(),
    stats: gcState.stats.map((s) => s.slice()),
    totalCollections: gcState.totalCollections,
    longLivedTotal: gcState.longLivedTotal,
    longLivedPending: gcState.longLivedPending,
    enabled: gcState.enabled,
  };
  gcState.thresholds[0] = WARMUP_THRESHOLD0;
  gcState.enabled = true;
  try {
    run();
  } finally {
    gcCollectNoFail();
    freelistsRefill(lists);
    gcCounts.set(saved.counts);
    gcState.thresholds = saved.thresholds;
    gcState.stats = saved.stats;
    gcState.totalCollections = saved.totalCollections;
    gcState.longLivedTotal = saved.longLivedTotal;
    gcState.longLivedPending = saved.longLivedPending;
    gcState.enabled = saved.enabled;
  }
}

function run(): void {
  const file = join(libDir(), '_immortal_warmup.py');
  const unit = codeCacheGet(file, false, (src, filename) => compileUnit(src, filename, 'exec'));
  if (unit === null || unit === 'unreadable') { dropError(); return; }
  const code = codeNew(unit);
  if (code === NULL) { dropError(); return; }
  const d = dictNew();
  if (d === NULL) { decref(code); dropError(); return; }
  const builtins = ts.builtinsDict as Borrowed;
  if (dictSetItem(d, strInternImmortal('__name__'), strInternImmortal('_immortal_warmup')) < 0
    || dictSetItem(d, strInternImmortal('__builtins__'), builtins) < 0) {
    dropError();
  } else {
    const fn = functionNew(code, d, builtins, NULL, true);
    if (fn === NULL) dropError();
    else {
      const r = functionCallWithLocals(fn, d);
      decref(fn);
      if (r === NULL) dropError();
      else decref(r);
    }
  }
  decref(code);
  dictClear(d);
  decref(d as Owned);
}

/** A failure of the warm-up is not the program's: the exception is dropped. */
function dropError(): void {
  const e = errFetch();
  if (e !== NULL) decref(e);
}
