// The eval loop's async opcodes: GET_AWAITABLE, GET_AITER, GET_ANEXT (BEFORE_ASYNC_WITH, END_ASYNC_FOR
// and SEND stay inline in eval.ts). Mirrors Python/bytecodes.c of CPython 3.12 (their instructions,
// format_awaitable_error) and _PyErr_FormatFromCause. Each takes the value stack's end (a word index)
// and returns the new end, or -(the end) with the exception set; what it pops it consumes.

import { i32 } from '../heap/views.ts';
import { decref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned } from '../heap/ref.ts';
import { typeNameOf } from '../objects/type.ts';
import { errSetString, errFetch, errSetRaised } from '../objects/errors.ts';
import { exceptionTypes, TypeError } from '../objects/exceptions.ts';
import { setCauseAndContext } from './eval.ts';
import { lookupSpecial, objectCallNoArgs } from '../objects/abstract.ts';
import { coroutineGetAwaitableIter, coroutineHasAwait, isCoroutine } from '../objects/coroutine.ts';
import { isAsyncGenerator, asyncGenAnext } from '../objects/async_generator.ts';
import { genHooks } from '../objects/gen.ts';

/** GET_AWAITABLE (iterable -- iter): oparg 1 and 2 say the object came from __aenter__ / __aexit__. */
export function opGetAwaitable(sp: number, oparg: number): number {
  const v = i32[sp - 1] as Owned;
  let it = coroutineGetAwaitableIter(v);
  if (it === NULL && (oparg === 1 || oparg === 2) && !coroutineHasAwait(v)) {
    errSetString(TypeError, `'async with' received an object from ${oparg === 1 ? '__aenter__' : '__aexit__'} that does not implement __await__: ${typeNameOf(v)}`);
  }
  decref(v);
  if (it !== NULL && isCoroutine(it) && genHooks.yieldFrom!(it) !== NULL) {
    decref(it);
    it = errSetString(exceptionTypes.get('RuntimeError')!, 'coroutine is being awaited already');
  }
  if (it === NULL) return -(sp - 1);
  i32[sp - 1] = it;
  return sp;
}

/** GET_AITER (obj -- iter): obj.__aiter__(), which must have __anext__. */
export function opGetAiter(sp: number): number {
  const obj = i32[sp - 1] as Owned;
  const m = lookupSpecial(obj, '__aiter__');
  if (m === NULL) {
    errSetString(TypeError, `'async for' requires an object with __aiter__ method, got ${typeNameOf(obj)}`);
    decref(obj);
    return -(sp - 1);
  }
  const it = objectCallNoArgs(m);
  decref(m);
  decref(obj);
  if (it === NULL) return -(sp - 1);
  const next = lookupSpecial(it, '__anext__');
  if (next === NULL) {
    errSetString(TypeError, `'async for' received an object from __aiter__ that does not implement __anext__: ${typeNameOf(it)}`);
    decref(it);
    return -(sp - 1);
  }
  decref(next);
  i32[sp - 1] = it;
  return sp;
}

/** GET_ANEXT (aiter -- aiter, awaitable): what `async for` awaits for its next item. */
export function opGetAnext(sp: number): number {
  const aiter = i32[sp - 1] as Borrowed;
  if (isAsyncGenerator(aiter)) {
    const aw = asyncGenAnext(aiter);
    if (aw === NULL) return -sp;
    i32[sp] = aw;
    return sp + 1;
  }
  const m = lookupSpecial(aiter, '__anext__');
  if (m === NULL) {
    errSetString(TypeError, `'async for' requires an iterator with __anext__ method, got ${typeNameOf(aiter)}`);
    return -sp;
  }
  const next = objectCallNoArgs(m);
  decref(m);
  if (next === NULL) return -sp;
  const aw = coroutineGetAwaitableIter(next);
  if (aw === NULL) {
    formatFromCause(`'async for' received an invalid object from __anext__: ${typeNameOf(next)}`);
    decref(next);
    return -sp;
  }
  decref(next);
  i32[sp] = aw;
  return sp + 1;
}

/** _PyErr_FormatFromCause(TypeError, msg): a new TypeError whose __cause__ and __context__ are the error set now. */
function formatFromCause(msg: string): void {
  const cause = errFetch();
  errSetString(TypeError, msg);
  if (cause === NULL) return;
  const e = errFetch() as Owned;
  setCauseAndContext(e, cause);
  errSetRaised(e);
}
