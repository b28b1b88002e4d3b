// The thread state of the interpreter: the running frame, Python recursion depth and limit, the stack
// of handled exceptions (sys.exc_info), the interrupt flag, and the builtins/sys module objects.
// Mirrors PyThreadState (Include/cpython/pystate.h: cframe->current_frame, py_recursion_remaining,
// exc_info chain) and the eval breaker's signal bit. Invariants: one interpreter per JS thread, reset
// by vmStateReset at start-up; excInfo holds heap word addresses, each holding an owned exception or 0.

import { alloc, free } from '../heap/alloc.ts';
import { i32 } from '../heap/views.ts';
import { xdecref } from '../heap/refcount.ts';
import type { Borrowed, Owned, Null } from '../heap/ref.ts';

export const ts = {
  /** The frame executing now (byte address) or 0. */
  frame: 0,
  /** Python frames on the call chain (running or being resumed). */
  depth: 0,
  /** sys.getrecursionlimit(). */
  recursionLimit: 1000,
  /** The word that holds the thread's own handled exception (the bottom of excInfo). */
  excBase: 0,
  /** Builtins module dict (borrowed from the builtins module), 0 before it exists. */
  builtinsDict: 0 as Borrowed | Null,
  /** The sys module's dict, 0 before it exists. */
  sysDict: 0 as Borrowed | Null,
  /** sys.set_coroutine_origin_tracking_depth(): how many caller frames a new coroutine's cr_origin records. */
  coroOriginDepth: 0,
};

/**
 * Stack of exc_info words (CPython's _PyErr_StackItem chain): the last entry is the current one.
 * A running generator pushes the word inside its object.
 */
export const excInfo: number[] = [];

/** The SIGINT flag: set to 1 by a signal handler (possibly from another thread), consumed by the loop. */
export let interruptFlag: Int32Array = new Int32Array(new SharedArrayBuffer(4));

/** Uses `flag` (a shared Int32Array of length >= 1) as the interrupt flag. */
export function vmSetInterruptFlag(flag: Int32Array): void {
  interruptFlag = flag;
}

/**
 * Library modules whose code stands for CPython's C code, by their globals dict: true (all of it) or
 * the top-level names whose frames tracebacks leave out (vm/exc.ts codeFramesHidden; taken out of
 * the module's namespace after its import by nativeMarkTake).
 */
export const nativeMarks = new Map<number, true | Set<string>>();

export function vmStateReset(): void {
  nativeMarks.clear();
  ts.frame = 0;
  ts.depth = 0;
  ts.recursionLimit = 1000;
  ts.coroOriginDepth = 0;
  ts.builtinsDict = 0 as Null;
  ts.sysDict = 0 as Null;
  excInfo.length = 0;
  ts.excBase = alloc(8);
  if (ts.excBase === 0) throw new Error('heap too small to start the runtime');
  i32[ts.excBase >> 2] = 0;
  excInfo.push(ts.excBase);
}

export function vmStateFini(): void {
  if (ts.excBase !== 0) {
    xdecref(i32[ts.excBase >> 2] as Owned);
    i32[ts.excBase >> 2] = 0;
    free(ts.excBase);
    ts.excBase = 0;
  }
  excInfo.length = 0;
}

/** The exception being handled now (sys.exception()), borrowed, or 0: the topmost non-empty entry. */
export function handledException(): Borrowed | Null {
  for (let i = excInfo.length - 1; i >= 0; i--) {
    const v = i32[excInfo[i] >> 2];
    if (v !== 0) return v as Borrowed;
  }
  return 0 as Null;
}
