// The current exception of the thread, and the functions that set, test and take it.
// Mirrors Python/errors.c (PyErr_SetString, PyErr_Occurred, PyErr_Fetch/Restore, PyErr_NoMemory)
// with 3.12's single `current_exception`. Invariants: a function that returns NULL has set an
// exception here; MemoryError never needs memory (preallocated instances, or one shared last-resort instance
// when even those are used up).

import { i32 } from '../heap/views.ts';
import { OB_TYPE } from '../heap/header.ts';
import { decref, incref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeIsSubtype } from './type.ts';
import {
  exceptionNewFromMessage, exceptionNewFromArg, memoryErrorTake, memoryErrorLastResort, exceptionNew,
} from './exceptions.ts';
import { tupleEmptyNew } from './tuple.ts';

/** The thread state's exception slot (tstate->current_exception). */
export const tstate = {
  /** The exception instance, or NULL. */
  exc: 0 as Owned | Null,
};

/** PyErr_SetRaisedException: steals `exc`. */
export function errSetRaised(exc: Owned | Null): void {
  const old = tstate.exc;
  tstate.exc = exc;
  if (old !== NULL) decref(old);
}

/** PyErr_SetString: raises `type(msg)`; returns NULL so callers can `return errSetString(...)`. */
export function errSetString(type: Borrowed, msg: string): Null {
  const e = exceptionNewFromMessage(type, msg);
  errSetRaised(e === NULL ? errMemoryFallback() : e);
  return NULL;
}

/** PyErr_SetObject: raises `type(value)`. */
export function errSetObject(type: Borrowed, value: Borrowed): Null {
  const e = exceptionNewFromArg(type, value);
  errSetRaised(e === NULL ? errMemoryFallback() : e);
  return NULL;
}

/** PyErr_SetNone: raises `type()`, with no args. */
export function errSetNone(type: Borrowed): Null {
  const e = exceptionNew(type, tupleEmptyNew());
  errSetRaised(e === NULL ? errMemoryFallback() : e);
  return NULL;
}

/** PyErr_NoMemory. */
export function errNoMemory(): Null {
  errSetRaised(errMemoryFallback());
  return NULL;
}

function errMemoryFallback(): Owned {
  const e = memoryErrorTake();
  return e !== NULL ? e : memoryErrorLastResort();
}

/** PyErr_Occurred: the type of the current exception (borrowed), or NULL. */
export function errOccurred(): Borrowed | Null {
  const e = tstate.exc;
  return e === NULL ? NULL : (i32[(e + OB_TYPE) >> 2] as Borrowed);
}

/** PyErr_ExceptionMatches for a single type. */
export function errExceptionMatches(type: Borrowed): boolean {
  const t = errOccurred();
  return t !== NULL && (t === type || typeIsSubtype(t, type));
}

/** PyErr_GetRaisedException: takes the current exception (owned), leaving none set. */
export function errFetch(): Owned | Null {
  const e = tstate.exc;
  tstate.exc = NULL;
  return e;
}

/** PyErr_Clear. */
export function errClear(): void {
  errSetRaised(NULL);
}

/** A borrowed look at the current exception without taking it. */
export function errPeek(): Borrowed | Null {
  return tstate.exc;
}

/** Re-raises a borrowed exception instance (incref'd). */
export function errSetRaisedBorrow(e: Borrowed): Null {
  incref(e);
  errSetRaised(e as Owned);
  return NULL;
}
