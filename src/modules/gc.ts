// The gc module: the cycle collector's Python interface (collect, enable/disable, thresholds,
// counts, stats, tracking queries, referrers/referents, freeze, callbacks, garbage, debug flags)
// and Immortal's gc.immortalize() (see docs/internals/gc.md).
// Mirrors Modules/gcmodule.c's module functions of CPython 3.12 (messages included).
// Invariants: gc.garbage and gc.callbacks are the collector's own lists (gcState), shared with
// the module dict; every function returns an owned reference or NULL with an exception set.

import { i32 } from '../heap/views.ts';
import { decref, incref } from '../heap/refcount.ts';
import { gcCounts } from '../heap/header.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import {
  gcState, gcCollectWithCallback, gcFreeze, gcUnfreeze, gcFreezeCount, gcObjectsOf, gcReferents,
  gcIsTrackedObject, gcIsFinalizedObject, gcIsGC, DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE,
  DEBUG_SAVEALL, DEBUG_LEAK,
} from '../gc/gc.ts';
import { gcImmortalize } from '../gc/immortalize.ts';
import { nativeModuleNew, moduleAddSteal } from './native.ts';
import { type MethodDef, argAt } from '../objects/methodobject.ts';
import { parseArgs, PARSED, numberAsSsize } from '../objects/abstract.ts';
import { errSetString, errOccurred } from '../objects/errors.ts';
import { TypeError, ValueError, OverflowError } from '../objects/exceptions.ts';
import { intFromNumber } from '../objects/int.ts';
import { boolNew, noneNew } from '../objects/object.ts';
import { tupleSize, tupleGetItemBorrow, tuplePack, tupleNew, tupleSetItemSteal } from '../objects/tuple.ts';
import { listNew, listAppend } from '../objects/list.ts';
import { dictNew, dictSetItem } from '../objects/dict.ts';
import { strInternImmortal } from '../objects/str.ts';
import { Py_None } from '../objects/none.ts';

function noKw(fname: string, kwnames: Borrowed | Null): boolean {
  if (kwnames === NULL || tupleSize(kwnames) === 0) return true;
  errSetString(TypeError, `${fname}() takes no keyword arguments`);
  return false;
}

function noArgs(fname: string, nargs: number, kwnames: Borrowed | Null): boolean {
  if (!noKw(fname, kwnames)) return false;
  if (nargs !== 0) { errSetString(TypeError, `${fname}() takes no arguments (${nargs} given)`); return false; }
  return true;
}

function oneArg(fname: string, nargs: number, kwnames: Borrowed | Null): boolean {
  if (!noKw(fname, kwnames)) return false;
  if (nargs !== 1) { errSetString(TypeError, `${fname}() takes exactly one argument (${nargs} given)`); return false; }
  return true;
}

/** An int argument converted as Argument Clinic's `int` converter does (-1 with an exception set). */
function intArg(o: Borrowed): number {
  const v = numberAsSsize(o, OverflowError);
  if (v === -1 && errOccurred() !== NULL) return -1;
  if (v > 0x7fff_ffff || v < -0x8000_0000) {
    errSetString(OverflowError, v > 0 ? 'signed integer is greater than maximum' : 'signed integer is less than minimum');
    return -1;
  }
  return v;
}

function intsTuple(values: readonly number[]): Owned | Null {
  const t = tupleNew(values.length);
  if (t === NULL) return NULL;
  for (let i = 0; i < values.length; i++) {
    const v = intFromNumber(values[i]);
    if (v === NULL) { decref(t); return NULL; }
    tupleSetItemSteal(t, i, v);
  }
  return t;
}

function listOf(objs: readonly number[]): Owned | Null {
  const l = listNew(0);
  if (l === NULL) return NULL;
  for (const o of objs) {
    if (listAppend(l, o as Borrowed) < 0) { decref(l); return NULL; }
  }
  return l;
}

const DEFS: MethodDef[] = [
  {
    name: 'collect',
    doc: 'Run the garbage collector.',
    fn: (_s, args, nargs, kwnames) => {
      if (!parseArgs('collect', args, nargs, kwnames, ['generation'], 0)) return NULL;
      let gen = 2;
      if (PARSED[0] !== 0) {
        gen = intArg(PARSED[0] as Borrowed);
        if (gen === -1 && errOccurred() !== NULL) return NULL;
      }
      if (gen < 0 || gen > 2) return errSetString(ValueError, 'invalid generation');
      return intFromNumber(gcCollectWithCallback(gen));
    },
  },
  {
    name: 'enable', doc: 'Enable automatic garbage collection.',
    fn: (_s, _a, nargs, kw) => { if (!noArgs('gc.enable', nargs, kw)) return NULL; gcState.enabled = true; return noneNew(); },
  },
  {
    name: 'disable', doc: 'Disable automatic garbage collection.',
    fn: (_s, _a, nargs, kw) => { if (!noArgs('gc.disable', nargs, kw)) return NULL; gcState.enabled = false; return noneNew(); },
  },
  {
    name: 'isenabled', doc: 'Returns true if automatic garbage collection is enabled.',
    fn: (_s, _a, nargs, kw) => noArgs('gc.isenabled', nargs, kw) ? boolNew(gcState.enabled) : NULL,
  },
  {
    name: 'get_count', doc: 'Return a three-tuple of the current collection counts.',
    fn: (_s, _a, nargs, kw) => noArgs('gc.get_count', nargs, kw) ? intsTuple([gcCounts[0], gcCounts[1], gcCounts[2]]) : NULL,
  },
  {
    name: 'get_threshold', doc: 'Return the current collection thresholds.',
    fn: (_s, _a, nargs, kw) => noArgs('gc.get_threshold', nargs, kw) ? intsTuple(gcState.thresholds) : NULL,
  },
  {
    name: 'set_threshold', doc: 'set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSets the collection thresholds.  Setting threshold0 to zero disables\ncollection.\n',
    fn: (_s, args, nargs, kw) => {
      if (!noKw('set_threshold', kw)) return NULL;
      if (nargs < 1) return errSetString(TypeError, `set_threshold() takes at least 1 argument (${nargs} given)`);
      if (nargs > 3) return errSetString(TypeError, `set_threshold() takes at most 3 arguments (${nargs} given)`);
      const t = gcState.thresholds.slice();
      for (let i = 0; i < nargs; i++) {
        const v = intArg(argAt(args, i));
        if (v === -1 && errOccurred() !== NULL) return NULL;
        t[i] = v;
      }
      gcState.thresholds = t;
      return noneNew();
    },
  },
  {
    name: 'get_debug', doc: 'Get the garbage collection debugging flags.',
    fn: (_s, _a, nargs, kw) => noArgs('gc.get_debug', nargs, kw) ? intFromNumber(gcState.debug) : NULL,
  },
  {
    name: 'set_debug', doc: 'Set the garbage collection debugging flags.',
    fn: (_s, args, nargs, kw) => {
      if (!oneArg('gc.set_debug', nargs, kw)) return NULL;
      const v = intArg(argAt(args, 0));
      if (v === -1 && errOccurred() !== NULL) return NULL;
      gcState.debug = v;
      return noneNew();
    },
  },
  {
    name: 'get_stats', doc: 'Return a list of dictionaries containing per-generation statistics.',
    fn: (_s, _a, nargs, kw) => {
      if (!noArgs('gc.get_stats', nargs, kw)) return NULL;
      const l = listNew(0);
      if (l === NULL) return NULL;
      for (const st of gcState.stats) {
        const d = dictNew();
        if (d === NULL) { decref(l); return NULL; }
        const names = ['collections', 'collected', 'uncollectable'];
        for (let i = 0; i < 3; i++) {
          const v = intFromNumber(st[i]);
          if (v === NULL || dictSetItem(d, strInternImmortal(names[i]), v) < 0) { if (v !== NULL) decref(v); decref(d); decref(l); return NULL; }
          decref(v);
        }
        const r = listAppend(l, d);
        decref(d);
        if (r < 0) { decref(l); return NULL; }
      }
      return l;
    },
  },
  {
    name: 'is_tracked', doc: 'Returns true if the object is tracked by the garbage collector.',
    fn: (_s, args, nargs, kw) => oneArg('gc.is_tracked', nargs, kw) ? boolNew(gcIsTrackedObject(argAt(args, 0))) : NULL,
  },
  {
    name: 'is_finalized', doc: 'Returns true if the object has been already finalized by the GC.',
    fn: (_s, args, nargs, kw) => oneArg('gc.is_finalized', nargs, kw) ? boolNew(gcIsFinalizedObject(argAt(args, 0))) : NULL,
  },
  {
    name: 'get_objects', doc: 'Return a list of objects tracked by the collector (excluding the list returned).',
    fn: (_s, args, nargs, kwnames) => {
      if (!parseArgs('get_objects', args, nargs, kwnames, ['generation'], 0)) return NULL;
      let gen = -1;
      if (PARSED[0] !== 0 && PARSED[0] !== Py_None) {
        gen = intArg(PARSED[0] as Borrowed);
        if (gen === -1 && errOccurred() !== NULL) return NULL;
        if (gen >= 3) return errSetString(ValueError, 'generation parameter must be less than the number of available generations (3)');
        if (gen < 0) return errSetString(ValueError, 'generation parameter cannot be negative');
      }
      return listOf(gcObjectsOf(gen));
    },
  },
  {
    name: 'get_referrers', doc: 'Return the list of objects that directly refer to any of objs.',
    fn: (_s, args, nargs, kw) => {
      if (!noKw('get_referrers', kw)) return NULL;
      const targets = new Set<number>();
      for (let i = 0; i < nargs; i++) targets.add(argAt(args, i));
      const out: number[] = [];
      for (const o of gcObjectsOf(-1)) {
        for (const r of gcReferents(o)) {
          if (targets.has(r)) { out.push(o); break; }
        }
      }
      return listOf(out);
    },
  },
  {
    name: 'get_referents', doc: 'Return the list of objects that are directly referred to by objs.',
    fn: (_s, args, nargs, kw) => {
      if (!noKw('get_referents', kw)) return NULL;
      const out: number[] = [];
      for (let i = 0; i < nargs; i++) {
        const o = argAt(args, i);
        if (gcIsGC(o)) out.push(...gcReferents(o));
      }
      return listOf(out);
    },
  },
  {
    name: 'freeze', doc: 'Freeze all current tracked objects and ignore them for future collections.',
    fn: (_s, _a, nargs, kw) => { if (!noArgs('gc.freeze', nargs, kw)) return NULL; gcFreeze(); return noneNew(); },
  },
  {
    name: 'unfreeze', doc: 'Unfreeze all objects in the permanent generation.',
    fn: (_s, _a, nargs, kw) => { if (!noArgs('gc.unfreeze', nargs, kw)) return NULL; gcUnfreeze(); return noneNew(); },
  },
  {
    name: 'get_freeze_count', doc: 'Return the number of objects in the permanent generation.',
    fn: (_s, _a, nargs, kw) => noArgs('gc.get_freeze_count', nargs, kw) ? intFromNumber(gcFreezeCount()) : NULL,
  },
  {
    name: 'immortalize',
    doc: 'Collect, then make every live tracked object and everything reachable from it immortal.\n\n'
      + 'Returns the number of objects made immortal (an Immortal extension; see docs/internals/gc.md).',
    fn: (_s, _a, nargs, kw) => {
      if (!noArgs('gc.immortalize', nargs, kw)) return NULL;
      const n = gcImmortalize();
      return n < 0 ? NULL : intFromNumber(n);
    },
  },
];

/** The gc module. */
export function gcModuleNew(): Owned | Null {
  return nativeModuleNew('gc', DEFS, (m) => {
    for (const [name, v] of [
      ['DEBUG_STATS', DEBUG_STATS], ['DEBUG_COLLECTABLE', DEBUG_COLLECTABLE], ['DEBUG_UNCOLLECTABLE', DEBUG_UNCOLLECTABLE],
      ['DEBUG_SAVEALL', DEBUG_SAVEALL], ['DEBUG_LEAK', DEBUG_LEAK],
    ] as const) {
      if (moduleAddSteal(m, name, intFromNumber(v)) < 0) return -1;
    }
    if (gcState.garbage === 0 || gcState.callbacks === 0) { errSetString(ValueError, 'gc is not initialized'); return -1; }
    incref(gcState.garbage as Borrowed);
    if (moduleAddSteal(m, 'garbage', gcState.garbage as Owned) < 0) return -1;
    incref(gcState.callbacks as Borrowed);
    if (moduleAddSteal(m, 'callbacks', gcState.callbacks as Owned) < 0) return -1;
    return 0;
  }, 'This module provides access to the garbage collector for reference cycles.\n\n'
    + 'enable() -- Enable automatic garbage collection.\n'
    + 'disable() -- Disable automatic garbage collection.\n'
    + 'isenabled() -- Returns true if automatic collection is enabled.\n'
    + 'collect() -- Do a full collection right now.\n'
    + 'get_count() -- Return the current collection counts.\n'
    + 'get_stats() -- Return list of dictionaries containing per-generation stats.\n'
    + 'set_debug() -- Set debugging flags.\n'
    + 'get_debug() -- Get debugging flags.\n'
    + 'set_threshold() -- Set the collection thresholds.\n'
    + 'get_threshold() -- Return the current collection thresholds.\n'
    + 'get_objects() -- Return a list of all objects tracked by the collector.\n'
    + 'is_tracked() -- Returns true if a given object is tracked.\n'
    + 'is_finalized() -- Returns true if a given object has been already finalized.\n'
    + 'get_referrers() -- Return the list of objects that refer to an object.\n'
    + 'get_referents() -- Return the list of objects that an object refers to.\n'
    + 'freeze() -- Freeze all tracked objects and ignore them for future collections.\n'
    + 'unfreeze() -- Unfreeze all objects in the permanent generation.\n'
    + 'get_freeze_count() -- Return the number of objects in the permanent generation.\n');
}

void i32; void tuplePack; void tupleGetItemBorrow;
