// Live frame objects: the frame object of a running (or suspended generator) interpreter frame views that
// frame, so f_lineno, f_lasti, f_locals and f_back follow it as it runs, and asking twice gives the same
// object. Mirrors Python/frame.c (_PyFrame_GetFrameObject / _PyFrame_ClearExceptCode's take_ownership)
// and the live half of Objects/frameobject.c.
// Invariants: an interpreter frame's F_FRAMEOBJ word holds a strong reference to its frame object (or 0),
// whose F_LIVE_ word holds the frame's byte address; frameClear calls frameObjectRelease before it drops
// the locals, which unlinks the two: when something else still holds the frame object, it first takes a
// copy of the locals, the line and the instruction index (and its f_back), as CPython's take_ownership.

import { i32 } from '../heap/views.ts';
import { incref, decref, refcnt } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import {
  frameObjectNew, frameObjectSetBackSteal, frameLiveHooks, F_LIVE_, F_LINENO_, F_LASTI_, F_LOCALSPLUS_, F_LOCALSDICT_,
} from '../objects/frameobject.ts';
import { CO_NLOCALSPLUS, CO_FIRSTLINENO, FRAME_HEADER_WORDS } from '../objects/code.ts';
import { tupleNew, tupleSetItemSteal } from '../objects/tuple.ts';
import { errFetch, errSetRaised, errSetString, tstate } from '../objects/errors.ts';
import { RuntimeError } from '../objects/exceptions.ts';
import { Py_None } from '../objects/none.ts';
import { traceState } from './trace.ts';
import { GI_FRAME, GI_FRAME_STATE, FRAME_EXECUTING, FRAME_COMPLETED } from '../objects/gen.ts';
import { F_CODE, F_GLOBALS, F_LOCALS, F_PC, F_PREVIOUS, F_FLAGS, F_FRAMEOBJ, FRAME_OWNED_BY_GEN, frameLine } from './frame.ts';

/** The state word of the generator that owns frame `f`. */
function genStateOf(f: number): number {
  return i32[(f - GI_FRAME + GI_FRAME_STATE) >> 2];
}

function isGenFrame(f: number): boolean {
  return (i32[(f >> 2) + F_FLAGS] & FRAME_OWNED_BY_GEN) !== 0;
}

/** The line a frame object shows for interpreter frame `f`: a generator not started yet is at its `def`. */
function liveLine(f: number): number {
  const fw = f >> 2;
  if (i32[fw + F_PC] === 0) return i32[(i32[fw + F_CODE] + CO_FIRSTLINENO) >> 2];
  return frameLine(f);
}

/** _PyFrame_GetFrameObject: the frame object of interpreter frame `f` (new reference), made on first use. */
export function frameObjectGet(f: number): Owned | Null {
  const fw = f >> 2;
  const have = i32[fw + F_FRAMEOBJ];
  if (have !== 0) {
    incref(have as Borrowed);
    return have as Owned;
  }
  const fo = frameObjectNew(i32[fw + F_CODE] as Borrowed, i32[fw + F_GLOBALS] as Borrowed, 0, NULL, -1);
  if (fo === NULL) return NULL;
  i32[(fo + F_LIVE_) >> 2] = f;
  incref(fo); // the interpreter frame's reference
  i32[fw + F_FRAMEOBJ] = fo;
  return fo;
}

/**
 * Called by frameClear while frame `f` still holds its locals: unlinks its frame object. One that only
 * the frame held dies; any other takes over a copy of the locals, the line, the instruction index and
 * its f_back (the caller's frame object) first. A pending exception is kept as it was, and running out
 * of memory here only leaves the frame object without locals.
 */
export function frameObjectRelease(f: number): void {
  const fw = f >> 2;
  const fo = i32[fw + F_FRAMEOBJ];
  i32[fw + F_FRAMEOBJ] = 0;
  if (refcnt(fo as Borrowed) > 1) {
    i32[(fo + F_LINENO_) >> 2] = liveLine(f);
    i32[(fo + F_LASTI_) >> 2] = i32[fw + F_PC] - 1;
    const saved = tstate.exc !== NULL ? errFetch() : NULL;
    const code = i32[fw + F_CODE];
    const n = i32[(code + CO_NLOCALSPLUS) >> 2];
    const t = tupleNew(n);
    if (t !== NULL) {
      for (let i = 0, lw = fw + FRAME_HEADER_WORDS; i < n; i++) {
        const v = i32[lw + i];
        if (v !== 0) { incref(v as Borrowed); tupleSetItemSteal(t, i, v as Owned); }
      }
      i32[(fo + F_LOCALSPLUS_) >> 2] = t;
    }
    const ld = i32[fw + F_LOCALS];
    if (ld !== 0) {
      incref(ld as Borrowed);
      i32[(fo + F_LOCALSDICT_) >> 2] = ld;
    }
    // A generator's frame leaves the chain when it is not running: its caller link is stale then.
    const prev = isGenFrame(f) ? 0 : i32[fw + F_PREVIOUS];
    if (prev !== 0) {
      const back = frameObjectGet(prev);
      if (back !== NULL) frameObjectSetBackSteal(fo as Borrowed, back);
    }
    if (tstate.exc !== NULL) { const m = errFetch(); if (m !== NULL) decref(m); }
    if (saved !== NULL) errSetRaised(saved);
  }
  i32[(fo + F_LIVE_) >> 2] = 0;
  decref(fo as Owned);
}

/** f_back of a live frame object: the caller's frame object, None for the outermost frame or a suspended generator. */
function liveBack(f: number): Owned | Null {
  const prev = isGenFrame(f) && genStateOf(f) !== FRAME_EXECUTING ? 0 : i32[(f >> 2) + F_PREVIOUS];
  if (prev === 0) {
    incref(Py_None);
    return Py_None as Owned;
  }
  return frameObjectGet(prev);
}

/**
 * frame.clear() of a live frame: a running frame refuses ("cannot clear an executing frame"); a
 * suspended generator's is closed first (_PyGen_Finalize), which clears the frame and detaches it.
 * -1 with the error set.
 */
function liveClear(f: number, close: (g: Borrowed) => Owned | Null): number {
  if (!isGenFrame(f) || genStateOf(f) === FRAME_EXECUTING) {
    errSetString(RuntimeError, 'cannot clear an executing frame');
    return -1;
  }
  if (genStateOf(f) >= FRAME_COMPLETED) return 0;
  const r = close((f - GI_FRAME) as Borrowed);
  if (r === NULL) return -1;
  decref(r);
  return 0;
}

/** Installs the live readers into objects/frameobject.ts (start-up). */
export function frameLiveInstall(close: (g: Borrowed) => Owned | Null): void {
  frameLiveHooks.line = liveLine;
  frameLiveHooks.lasti = (f) => i32[(f >> 2) + F_PC] - 1;
  frameLiveHooks.localsplus = (f) => f + FRAME_HEADER_WORDS * 4;
  frameLiveHooks.localsDict = (f) => i32[(f >> 2) + F_LOCALS];
  frameLiveHooks.tracing = () => traceState.busy > 0;
  frameLiveHooks.back = liveBack;
  frameLiveHooks.clear = (f) => liveClear(f, close);
}
