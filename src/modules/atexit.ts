// The atexit module: functions registered to run at interpreter exit, newest first.
// Mirrors Modules/atexitmodule.c (register, unregister, _run_exitfuncs, _clear, _ncallbacks and
// atexit_callfuncs, which Py_FinalizeEx calls first). Invariants: the callbacks belong to the
// interpreter (one list per heap, like CPython's per-interpreter atexit state), not to the module
// object, so re-importing atexit keeps them; every slot owns its func, args tuple and kwargs dict (or
// NULL); unregister empties slots without shrinking the list, so _ncallbacks counts them, as in 3.12.

import { decref, xdecref, newRef } from '../heap/refcount.ts';
import { heapCurrent, type Heap } from '../heap/heap.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { argAt, argsOne, argsNone, type MethodDef } from '../objects/methodobject.ts';
import { callableCheck, objectCall } from '../objects/abstract.ts';
import { objectRichCompareBool } from '../objects/object.ts';
import { Py_EQ } from '../objects/compare-op.ts';
import { tupleFromArray, tupleSize, tupleGetItemBorrow } from '../objects/tuple.ts';
import { dictNew, dictSetItem } from '../objects/dict.ts';
import { intFromNumber } from '../objects/int.ts';
import { noneNew } from '../objects/object.ts';
import { errSetString } from '../objects/errors.ts';
import { TypeError } from '../objects/exceptions.ts';
import { typeWriteUnraisable } from '../objects/type.ts';
import { nativeModuleNew } from './native.ts';

interface Callback {
  func: Owned;
  args: Owned;
  kwargs: Owned | Null;
}

interface AtexitState {
  /** Registration order; null where unregister() removed one (CPython's NULL slot). */
  callbacks: (Callback | null)[];
}

/** The atexit state of each live heap (an interpreter); dropped by atexitFini. */
const states = new WeakMap<Heap, AtexitState>();

function stateOf(): AtexitState {
  const h = heapCurrent();
  if (h === null) throw new Error('atexit: no active heap');
  let s = states.get(h);
  if (s === undefined) { s = { callbacks: [] }; states.set(h, s); }
  return s;
}

function callbackRelease(cb: Callback): void {
  decref(cb.func);
  decref(cb.args);
  xdecref(cb.kwargs);
}

/** atexit_cleanup: drops every registered callback (and its arguments). */
function clearCallbacks(s: AtexitState): void {
  const cbs = s.callbacks;
  s.callbacks = [];
  for (const cb of cbs) if (cb !== null) callbackRelease(cb);
}

/**
 * atexit_callfuncs: calls the callbacks registered so far, last first; a callback that raises is
 * reported as "Exception ignored in atexit callback: <func>" (SystemExit included) and the others
 * still run. Callbacks registered meanwhile are not called; all are dropped at the end.
 */
export function atexitCallFuncs(): void {
  const s = stateOf();
  for (let i = s.callbacks.length - 1; i >= 0; i--) {
    // A callback may have called _clear() (the list is shorter now) or unregister() (a null slot).
    const cb = s.callbacks[i];
    if (cb === null || cb === undefined) continue;
    // The call may unregister (and so release) this very callback: hold the function meanwhile.
    const func = newRef(cb.func), args = newRef(cb.args);
    const kwargs = cb.kwargs === NULL ? NULL : newRef(cb.kwargs);
    const r = objectCall(func, args, kwargs);
    if (r === NULL) typeWriteUnraisable(func, 'Exception ignored in atexit callback');
    else decref(r);
    xdecref(kwargs);
    decref(args);
    decref(func);
  }
  clearCallbacks(s);
}

/** _PyAtExit_Fini: releases callbacks still registered (a runtime shut down without running them). */
export function atexitFini(): void {
  const h = heapCurrent();
  if (h === null) return;
  const s = states.get(h);
  if (s === undefined) return;
  clearCallbacks(s);
  states.delete(h);
}

/** https://docs.python.org/3/library/atexit.html#atexit.register */
function atexit_register(args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (nargs === 0) return errSetString(TypeError, `register() takes at least 1 argument (0 given)`);
  const func = argAt(args, 0);
  if (!callableCheck(func)) return errSetString(TypeError, 'the first argument must be callable');
  const rest = tupleFromArray(args + 4, nargs - 1);
  if (rest === NULL) return NULL;
  let kwargs: Owned | Null = NULL;
  const nkw = kwnames === NULL ? 0 : tupleSize(kwnames);
  if (nkw > 0) {
    kwargs = dictNew();
    if (kwargs === NULL) { decref(rest); return NULL; }
    for (let k = 0; k < nkw; k++) {
      if (dictSetItem(kwargs, tupleGetItemBorrow(kwnames as Borrowed, k), argAt(args, nargs + k)) < 0) {
        decref(kwargs); decref(rest); return NULL;
      }
    }
  }
  stateOf().callbacks.push({ func: newRef(func), args: rest, kwargs });
  return newRef(func);
}

/** https://docs.python.org/3/library/atexit.html#atexit.unregister */
function atexit_unregister(func: Borrowed): Owned | Null {
  const s = stateOf();
  // Compared with ==, which may run Python code that changes the list: re-read each slot.
  for (let i = 0; i < s.callbacks.length; i++) {
    const cb = s.callbacks[i];
    if (cb === null) continue;
    const eq = objectRichCompareBool(cb.func, func, Py_EQ);
    if (eq < 0) return NULL;
    if (eq > 0 && s.callbacks[i] === cb) {
      s.callbacks[i] = null;
      callbackRelease(cb);
    }
  }
  return noneNew();
}

const DEFS: MethodDef[] = [
  {
    name: 'register',
    fn: (_m, args, nargs, kw) => atexit_register(args, nargs, kw),
    doc: 'Register a function to be executed upon normal program termination.',
  },
  {
    name: 'unregister',
    fn: (_m, args, nargs, kw) => {
      if (!argsOne('atexit.unregister', nargs, kw)) return NULL;
      return atexit_unregister(argAt(args, 0));
    },
    doc: 'Unregister an exit function which was previously registered using atexit.register.',
  },
  {
    name: '_run_exitfuncs',
    fn: (_m, _args, nargs, kw) => {
      if (!argsNone('atexit._run_exitfuncs', nargs, kw)) return NULL;
      atexitCallFuncs();
      return noneNew();
    },
    doc: 'Run all registered exit functions.',
  },
  {
    name: '_clear',
    fn: (_m, _args, nargs, kw) => {
      if (!argsNone('atexit._clear', nargs, kw)) return NULL;
      clearCallbacks(stateOf());
      return noneNew();
    },
    doc: 'Clear the list of previously registered exit functions.',
  },
  {
    name: '_ncallbacks',
    fn: (_m, _args, nargs, kw) => {
      if (!argsNone('atexit._ncallbacks', nargs, kw)) return NULL;
      return intFromNumber(stateOf().callbacks.length);
    },
    doc: 'The number of slots used by registered exit functions (unregistered ones included).',
  },
];

export function atexitModuleNew(): Owned | Null {
  return nativeModuleNew('atexit', DEFS, undefined,
    'Functions to run when the interpreter exits normally, newest first (register and unregister).');
}
