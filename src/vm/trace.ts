// sys.settrace / sys.setprofile: CPython 3.12's legacy tracing and profiling events, raised by the eval
// loop (Python/legacy_tracing.c over sys.monitoring's events, with the same observable rules).
// Invariants: while a trace or profile function is set (traceState.on), frames run in the loop, never in
// compiled code (src/jit checks traceState.on where it checks rc.counting), so every event is seen; no
// event is raised while a trace or profile function runs (traceState.busy), nor for code that stands for
// a C function (codeFramesHidden); an error in a trace function unsets it (settrace(None)) and propagates.
// A frame's local trace function is its frame object's f_trace (objects/frameobject.ts F_TRACE_).

import { i32 } from '../heap/views.ts';
import { incref, decref, xdecref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { F_TRACE_, F_TRACE_FLAGS_, TRACE_LINES, TRACE_OPCODES } from '../objects/frameobject.ts';
import { CO_INSTRS, CO_NINSTRS, CO_EXCTABLE, CO_NEXC, codeLineAt } from '../objects/code.ts';
import { strInternImmortal } from '../objects/str.ts';
import { tuplePack } from '../objects/tuple.ts';
import { objectCallArgs } from '../objects/abstract.ts';
import { Py_None } from '../objects/none.ts';
import { typeOf } from '../objects/type.ts';
import { tstate, errFetch, errSetRaised } from '../objects/errors.ts';
import { F_CODE, F_GLOBALS, F_FRAMEOBJ, F_TRACE_PREV } from './frame.ts';
import { frameObjectGet } from './framelive.ts';
import { codeFramesHidden } from './exc.ts';

/**
 * The thread's trace and profile functions (owned, or 0) and whether one of them runs now. `noJit`: frames
 * must run in the loop, not in compiled code (a trace or profile function is set, or tracemalloc traces:
 * `loopOnly`, as compiled code does not keep F_PC current before every allocation; or start-up runs
 * `import site`: `startup`, as compiling code that runs once or twice costs more than it saves).
 */
export const traceState = {
  on: false,
  noJit: false,
  loopOnly: false,
  startup: false,
  func: 0,
  profile: 0,
  busy: 0,
};

function traceStateUpdate(): void {
  traceState.on = traceState.func !== 0 || traceState.profile !== 0;
  traceState.noJit = traceState.on || traceState.loopOnly || traceState.startup;
}

/** Start-up's `import site` runs (on) or has finished: meanwhile frames run in the eval loop. */
export function traceStartupPhase(on: boolean): void {
  traceState.startup = on;
  traceStateUpdate();
}

/** tracemalloc: while on, frames entered run in the eval loop (see traceState.noJit). */
export function traceLoopOnly(on: boolean): void {
  traceState.loopOnly = on;
  traceStateUpdate();
}

/** sys.settrace(func): None (0) turns tracing off. */
export function traceSet(func: Borrowed | Null): void {
  const old = traceState.func;
  if (func !== NULL) incref(func);
  traceState.func = func;
  traceStateUpdate();
  if (old !== 0) decref(old as Owned);
}

/** sys.setprofile(func): None (0) turns profiling off. */
export function profileSet(func: Borrowed | Null): void {
  const old = traceState.profile;
  if (func !== NULL) incref(func);
  traceState.profile = func;
  traceStateUpdate();
  if (old !== 0) decref(old as Owned);
}

// Opcodes (CPython 3.12 numbers) the line rules look at.
const RESUME = 151, JUMP_FORWARD = 110, JUMP_BACKWARD = 140, JUMP_BACKWARD_NO_INTERRUPT = 134, FOR_ITER = 93,
  SEND = 123, POP_JUMP_IF_FALSE = 114, POP_JUMP_IF_TRUE = 115, POP_JUMP_IF_NOT_NONE = 128, POP_JUMP_IF_NONE = 129;
const JUMPS = new Set([JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, FOR_ITER, SEND, POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE, POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE]);

/**
 * Which instructions may start a 'line' event (3.12's initialize_lines): the first of each run of one line
 * in code order, jump targets and exception handlers. Cached per code object (checked against its
 * instruction block, as a dead code object's address can be reused).
 */
const lineStarts = new Map<number, { instrs: number; marks: Uint8Array }>();

function lineStartsOf(code: number): Uint8Array {
  const instrs = i32[(code + CO_INSTRS) >> 2];
  const cached = lineStarts.get(code);
  if (cached !== undefined && cached.instrs === instrs) return cached.marks;
  const n = i32[(code + CO_NINSTRS) >> 2];
  const marks = new Uint8Array(n);
  let prevLine = -1;
  for (let i = 0; i < n; i++) {
    const line = codeLineAt(code as Borrowed, i);
    if (line >= 0 && line !== prevLine) marks[i] = 1;
    prevLine = line;
    const word = i32[(instrs >> 2) + i];
    if (JUMPS.has(word & 0xff)) {
      const target = word >>> 8;
      if (target < n) marks[target] = 1;
    }
  }
  const table = i32[(code + CO_EXCTABLE) >> 2] >> 2;
  for (let e = 0, ne = i32[(code + CO_NEXC) >> 2]; e < ne; e++) {
    const target = i32[table + e * 5 + 2];
    if (target < n) marks[target] = 1;
  }
  for (let i = 0; i < n; i++) if (marks[i] === 1 && codeLineAt(code as Borrowed, i) < 0) marks[i] = 0;
  lineStarts.set(code, { instrs, marks });
  return marks;
}

const EVENT_NAMES = ['call', 'line', 'return', 'exception', 'opcode', 'c_call', 'c_return', 'c_exception'] as const;
type EventName = typeof EVENT_NAMES[number];

/**
 * Calls `fn(frame, event, arg)` with events off meanwhile. The result (owned), or NULL with the error set.
 * A pending exception (the one an 'exception' event reports) is kept aside while the function runs.
 */
function callTracer(fn: Borrowed, fo: Borrowed, event: EventName, arg: Borrowed): Owned | Null {
  const saved = tstate.exc !== NULL ? errFetch() : NULL;
  traceState.busy++;
  const r = objectCallArgs(fn, [fo, strInternImmortal(event), arg]);
  traceState.busy--;
  if (saved !== NULL) {
    if (r === NULL) decref(saved as Owned);
    else errSetRaised(saved);
  }
  return r;
}

/** Whether frame `f` takes part in tracing: no event is raised inside a tracer or for hidden code. */
function traced(f: number): boolean {
  const fw = f >> 2;
  return traceState.busy === 0 && !codeFramesHidden(i32[fw + F_CODE] as Borrowed, i32[fw + F_GLOBALS] as Borrowed);
}

/** A trace function failed: tracing stops (PyEval_SetTrace(NULL)) and the frame loses its local one. */
function traceFailed(fo: number): void {
  traceSet(NULL);
  if (fo !== 0) clearTrace(fo);
}

function clearTrace(fo: number): void {
  const t = i32[(fo + F_TRACE_) >> 2];
  i32[(fo + F_TRACE_) >> 2] = 0;
  xdecref(t as Owned | Null);
}

/** The local trace function's event: its result, unless None, becomes the frame's f_trace. False on error. */
function localEvent(f: number, event: EventName, arg: Borrowed): boolean {
  const fo = i32[(f >> 2) + F_FRAMEOBJ];
  if (fo === 0) return true;
  const fn = i32[(fo + F_TRACE_) >> 2];
  if (fn === 0) return true;
  incref(fn as Borrowed);
  const r = callTracer(fn as Borrowed, fo as Borrowed, event, arg);
  decref(fn as Owned);
  if (r === NULL) { traceFailed(fo); return false; }
  if (r !== Py_None) {
    clearTrace(fo);
    i32[(fo + F_TRACE_) >> 2] = r;
  } else {
    decref(r);
  }
  return true;
}

/** The profile function's event (its result is dropped). False on error, which unsets it. */
function profileEvent(f: number, event: EventName, arg: Borrowed): boolean {
  const pf = traceState.profile;
  if (pf === 0) return true;
  const fo = frameObjectGet(f);
  if (fo === NULL) return false;
  incref(pf as Borrowed);
  const r = callTracer(pf as Borrowed, fo, event, arg);
  decref(pf as Owned);
  decref(fo);
  if (r === NULL) { profileSet(NULL); return false; }
  decref(r);
  return true;
}

/**
 * RESUME of frame `f` at instruction `i` (a call, or a generator resumed): the 'call' events. The global
 * trace function's result, unless None, becomes the frame's local trace function. False on error.
 */
export function traceResume(f: number, i: number): boolean {
  if (!traced(f)) return true;
  i32[(f >> 2) + F_TRACE_PREV] = i + 1;
  if (!profileEvent(f, 'call', Py_None)) return false;
  const tf = traceState.func;
  if (tf === 0) return true;
  const fo = frameObjectGet(f);
  if (fo === NULL) return false;
  incref(tf as Borrowed);
  const r = callTracer(tf as Borrowed, fo, 'call', Py_None);
  decref(tf as Owned);
  if (r === NULL) { traceFailed(fo); decref(fo); return false; }
  if (r !== Py_None) {
    clearTrace(fo);
    i32[(fo + F_TRACE_) >> 2] = r;
  } else {
    decref(r);
  }
  decref(fo);
  return true;
}

/**
 * Before instruction `i` of frame `f` runs (the loop calls this for every instruction while tracing): the
 * 'line' event when it starts a line (a line start reached from another line, or right after RESUME, or
 * a backward jump within one line), then 'opcode' when f_trace_opcodes is set. False on error.
 */
export function traceInstruction(f: number, i: number): boolean {
  const fw = f >> 2;
  const prev = i32[fw + F_TRACE_PREV] - 1;
  i32[fw + F_TRACE_PREV] = i + 1;
  const fo = i32[fw + F_FRAMEOBJ];
  if (fo === 0 || i32[(fo + F_TRACE_) >> 2] === 0 || traceState.func === 0 || !traced(f)) return true;
  const code = i32[fw + F_CODE];
  const flags = i32[(fo + F_TRACE_FLAGS_) >> 2];
  if ((flags & TRACE_LINES) !== 0 && prev >= 0) {
    const line = codeLineAt(code as Borrowed, i);
    let fire = false;
    if (line >= 0) {
      const prevLine = codeLineAt(code as Borrowed, prev);
      const prevOp = i32[(i32[(code + CO_INSTRS) >> 2] >> 2) + prev] & 0xff;
      if (i <= prev && (prevOp === JUMP_BACKWARD || prevOp === JUMP_BACKWARD_NO_INTERRUPT)) fire = line === prevLine || lineStartsOf(code)[i] === 1;
      else if (lineStartsOf(code)[i] === 1) fire = line !== prevLine || prevOp === RESUME;
    }
    if (fire && !localEvent(f, 'line', Py_None)) return false;
  }
  if ((flags & TRACE_OPCODES) !== 0 && i32[(fo + F_TRACE_) >> 2] !== 0 && !localEvent(f, 'opcode', Py_None)) return false;
  return true;
}

/** A return (or a yield) of frame `f` with `value` (borrowed; None when an exception ends it). False on error. */
export function traceReturn(f: number, value: Borrowed): boolean {
  if (!traced(f)) return true;
  if (!profileEvent(f, 'return', value)) return false;
  return traceState.func === 0 || localEvent(f, 'return', value);
}

/** An exception raised in frame `f` (tstate.exc): the 'exception' event with (type, value, traceback). */
export function traceException(f: number): boolean {
  if (traceState.func === 0 || !traced(f)) return true;
  const exc = tstate.exc;
  if (exc === NULL) return true;
  const tb = i32[(exc + 20) >> 2];
  const arg = tuplePack([typeOf(exc), exc, (tb !== 0 ? tb : Py_None) as Borrowed]);
  if (arg === NULL) return false;
  const ok = localEvent(f, 'exception', arg);
  decref(arg);
  return ok;
}

/**
 * A call of a builtin function from frame `f` while profiling: 'c_call' before, then 'c_return' or
 * 'c_exception' after `call` runs. Returns call's result (NULL with the error set).
 */
export function profileCCall(f: number, callable: Borrowed, call: () => Owned | Null): Owned | Null {
  if (traceState.profile === 0 || !traced(f)) return call();
  if (!profileEvent(f, 'c_call', callable)) return NULL;
  const r = call();
  if (r === NULL) {
    const exc = errFetch();
    const ok = profileEvent(f, 'c_exception', callable);
    if (ok) errSetRaised(exc as Owned);
    else xdecref(exc);
    return NULL;
  }
  if (!profileEvent(f, 'c_return', callable)) { decref(r); return NULL; }
  return r;
}

/** Drops the line-start cache (tracing ended; shutdown). */
export function traceCacheClear(): void {
  lineStarts.clear();
}
