// Running generators: send, throw, close, iteration, finalization of the frame a generator embeds.
// Mirrors Objects/genobject.c of CPython 3.12 (gen_send_ex2, gen_throw/_gen_throw with delegation to
// the sub-iterator of `yield from`, gen_close, _PyGen_Finalize, gen_iternext, gen_getyieldfrom).
// Invariants: a generator's frame runs only through genSend (a fresh evalFrame invocation whose
// frame is marked as an entry); while it runs its exc_state word is on top of excInfo.

import { i32 } from '../heap/views.ts';
import { decref, incref } from '../heap/refcount.ts';
import { gcClearField } from '../gc/clear.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeOf, slotsOf, typeNameOf, type VisitProc } from '../objects/type.ts';
import { errSetNone, errSetString, errOccurred, errFetch, errSetRaised, errClear, errExceptionMatches } from '../objects/errors.ts';
import { exceptionTypes, StopIteration, TypeError, ValueError, AttributeError } from '../objects/exceptions.ts';
import { Py_None } from '../objects/none.ts';
import { objectGCFree, enterRecursiveEval, leaveRecursiveEval } from '../objects/object.ts';
import { tupleNew, tupleSetItemSteal } from '../objects/tuple.ts';
import {
  genType, genHooks, genKinds, genKindName, genSetStopIterationValue, GI_FRAME, GI_FRAME_STATE, GI_CODE, GI_NAME,
  GI_QUALNAME, GI_EXC_STATE, GI_AG_FINALIZER, GI_AG_FLAGS, AG_CLOSED, FRAME_CREATED, FRAME_SUSPENDED, FRAME_EXECUTING,
  FRAME_COMPLETED,
} from '../objects/gen.ts';
import { typeWriteUnraisable, objectIsFinalized, objectSetFinalized } from '../objects/type.ts';
import { objectCallOneArg } from '../objects/abstract.ts';
import { warnEx } from './warn.ts';
import { importModuleLevel } from './import.ts';
import { CO_INSTRS, CO_FILENAME, CO_NAME, FRAME_HEADER_WORDS } from '../objects/code.ts';
import { objectGetAttr, objectGetIter, objectCallArgs, objectCallNoArgs } from '../objects/abstract.ts';
import { strInternImmortal, strToJS } from '../objects/str.ts';
import { F_CODE, F_SP, F_PC, F_FUNC, F_GLOBALS, F_PREVIOUS, F_FRAMEOBJ, frameLine } from './frame.ts';
import { frameObjectGet, frameLiveInstall } from './framelive.ts';
import { intFromNumber } from '../objects/int.ts';
import { ts, excInfo } from './state.ts';
import { RESUME, YIELD_VALUE } from '../bytecode/opcodes.ts';
import { evalGenFrame, frameClear, setSendYielded, stopIterationValue } from './eval.ts';
import { exceptionInstantiate, isExceptionClass, isExceptionInstance, chainContext, codeFramesHidden } from './exc.ts';
import { EXC_TRACEBACK } from '../objects/exceptions.ts';

function frameOf(g: Borrowed): number {
  return g + GI_FRAME;
}

/**
 * gen_send_ex2: resumes `g` with `arg` (borrowed; NULL with exc) or, with `exc`, with the exception
 * already set. Returns the yielded or returned value (sendYielded tells which), or NULL with an error.
 */
export function genSend(g: Borrowed, arg: Borrowed | Null, exc: boolean, closing = false): Owned | Null {
  const state = i32[(g + GI_FRAME_STATE) >> 2];
  if (state === FRAME_CREATED && !exc && arg !== NULL && arg !== Py_None) {
    setSendYielded(false);
    return errSetString(TypeError, `can't send non-None value to a just-started ${genKindName(g)}`);
  }
  if (state === FRAME_EXECUTING) {
    setSendYielded(false);
    return errSetString(ValueError, `${genKindName(g)} already executing`);
  }
  if (state >= FRAME_COMPLETED) {
    setSendYielded(false);
    // An exhausted coroutine can't be awaited again (close() stays silent).
    if (typeOf(g) === genKinds.coro && !closing) return errSetString(exceptionTypes.get('RuntimeError')!, 'cannot reuse already awaited coroutine');
    if (exc) return NULL;
    // gen_send_ex2 on a finished generator: send() returns None (-> StopIteration()), next() just ends.
    if (arg === NULL) return NULL;
    incref(Py_None);
    return Py_None as Owned;
  }
  if (ts.depth >= ts.recursionLimit) {
    setSendYielded(false);
    return errSetString(exceptionTypes.get('RecursionError')!, 'maximum recursion depth exceeded');
  }
  if (enterRecursiveEval()) {
    setSendYielded(false);
    return NULL;
  }
  genEnter(g, exc ? NULL : arg === NULL ? Py_None : arg);
  const r = genLeave(g, evalGenFrame(frameOf(g), exc));
  leaveRecursiveEval();
  return r;
}

/** The generator's frame starts running: `sent` (borrowed; NULL when resumed by an exception) is pushed on its stack. */
export function genEnter(g: Borrowed, sent: Borrowed | Null): void {
  if (sent !== NULL) {
    incref(sent);
    const fw = frameOf(g) >> 2;
    const sp = i32[fw + F_SP];
    i32[sp] = sent;
    i32[fw + F_SP] = sp + 1;
  }
  i32[(g + GI_FRAME_STATE) >> 2] = FRAME_EXECUTING;
  excInfo.push(g + GI_EXC_STATE);
  ts.depth++;
}

/** The generator's frame yielded `r` (frame state FRAME_SUSPENDED), or returned or raised (r NULL): genSend's result. */
export function genLeave(g: Borrowed, r: Owned | Null): Owned | Null {
  excInfo.pop();
  if (r !== NULL && i32[(g + GI_FRAME_STATE) >> 2] === FRAME_SUSPENDED) {
    // It yielded (eval.ts frameYield suspended it).
    setSendYielded(true);
    return r;
  }
  // Returned or raised: the frame has been cleared by the loop.
  i32[(g + GI_FRAME_STATE) >> 2] = FRAME_COMPLETED;
  const es = i32[(g + GI_EXC_STATE) >> 2];
  i32[(g + GI_EXC_STATE) >> 2] = 0;
  if (es !== 0) decref(es as Owned);
  setSendYielded(false);
  return r;
}

/**
 * gen_send_ex: genSend, where a return becomes StopIteration(value) (StopIteration() for None) or, for
 * an async generator, StopAsyncIteration.
 */
export function genSendEx(g: Borrowed, arg: Borrowed | Null, exc: boolean, closing: boolean): Owned | Null {
  return genSendResult(g, genSend(g, arg, exc, closing));
}

/** gen.send(value). */
function genSendMethod(g: Borrowed, v: Borrowed): Owned | Null {
  return genSendEx(g, v, false, false);
}

import { sendYielded } from './eval.ts';

/** tp_iternext: the next yielded value; a plain return ends iteration (StopIteration(value) when not None). */
function genIternext(g: Borrowed): Owned | Null {
  const r = genSend(g, NULL, false);
  if (r === NULL) return NULL;
  if (sendYielded) return r;
  if (r === Py_None) {
    decref(r);
    return NULL;
  }
  return genSetStopIterationValue(r);
}

/** _PyGen_yf: the sub-iterator a suspended generator is delegating to (borrowed), or NULL. */
function genYf(g: Borrowed): Borrowed | Null {
  if (i32[(g + GI_FRAME_STATE) >> 2] !== FRAME_SUSPENDED) return NULL;
  const fw = frameOf(g) >> 2;
  const code = i32[fw + F_CODE];
  const pc = i32[fw + F_PC];
  const next = i32[(i32[(code + CO_INSTRS) >> 2] >> 2) + pc];
  if ((next & 0xff) !== 151 /* RESUME */ || (next >>> 8) < 2) return NULL;
  return i32[i32[fw + F_SP] - 1] as Borrowed;
}

/** gen_close_iter: closes a sub-iterator (generator: gen_close; else its close() method if any). */
function closeIter(yf: Borrowed): number {
  if (typeOf(yf) === genType || typeOf(yf) === genKinds.coro) {
    const r = genClose(yf);
    if (r === NULL) return -1;
    decref(r);
    return 0;
  }
  const m = objectGetAttr(yf, strInternImmortal('close'));
  if (m === NULL) {
    if (errExceptionMatches(AttributeError)) { errClear(); return 0; }
    return -1;
  }
  const r = objectCallNoArgs(m);
  decref(m);
  if (r === NULL) return -1;
  decref(r);
  return 0;
}

/** gen.close(). */
export function genClose(g: Borrowed): Owned | Null {
  const state = i32[(g + GI_FRAME_STATE) >> 2];
  if (state === FRAME_CREATED) {
    i32[(g + GI_FRAME_STATE) >> 2] = FRAME_COMPLETED;
    frameClear(frameOf(g));
    incref(Py_None);
    return Py_None as Owned;
  }
  if (state >= FRAME_COMPLETED) {
    incref(Py_None);
    return Py_None as Owned;
  }
  let err = 0;
  const yf = genYf(g);
  if (yf !== NULL) {
    incref(yf);
    i32[(g + GI_FRAME_STATE) >> 2] = FRAME_EXECUTING;
    err = closeIter(yf);
    i32[(g + GI_FRAME_STATE) >> 2] = FRAME_SUSPENDED;
    decref(yf);
  } else if (closeQuietly(g)) {
    incref(Py_None);
    return Py_None as Owned;
  }
  // GeneratorExit() with no args; when closing the delegate failed, its error goes in as it is.
  if (err === 0) errSetNone(exceptionTypes.get('GeneratorExit')!);
  const r = genSend(g, NULL, true, true);
  if (r !== NULL) {
    decref(r);
    if (sendYielded) return errSetString(exceptionTypes.get('RuntimeError')!, `${genKindName(g)} ignored GeneratorExit`);
    incref(Py_None);
    return Py_None as Owned;
  }
  if (errExceptionMatches(StopIteration) || errExceptionMatches(exceptionTypes.get('GeneratorExit')!)) {
    errClear();
    incref(Py_None);
    return Py_None as Owned;
  }
  return NULL;
}

/**
 * close() of a generator suspended at a `yield` that no try/with block of its own encloses (its
 * YIELD_VALUE's oparg, the exception-stack depth, is 1: only the code's implicit StopIteration
 * handler): what raising GeneratorExit there would do, without the exception. The unwinding would
 * pop the value stack from the top and leave the frame, which clears its locals; nothing in between
 * can see the exception (no handler of the program's runs). CPython 3.13 takes the same shortcut.
 */
function closeQuietly(g: Borrowed): boolean {
  const f = frameOf(g), fw = f >> 2;
  const code = i32[fw + F_CODE];
  const ib = i32[(code + CO_INSTRS) >> 2] >> 2;
  const pc = i32[fw + F_PC];
  const y = i32[ib + pc - 1];
  if ((i32[ib + pc] & 0xff) !== RESUME || (y & 0xff) !== YIELD_VALUE || (y >>> 8) !== 1) return false;
  i32[(g + GI_FRAME_STATE) >> 2] = FRAME_COMPLETED;
  frameClear(f); // the value stack from the top, then the locals
  const es = i32[(g + GI_EXC_STATE) >> 2];
  i32[(g + GI_EXC_STATE) >> 2] = 0;
  if (es !== 0) decref(es as Owned);
  return true;
}

/** _gen_throw: raises `exc` (instance or class) inside the generator, delegating to a sub-iterator first. */
export function genThrow(g: Borrowed, typ: Borrowed, val: Borrowed | Null, tb: Borrowed | Null, closeOnGenExit = true): Owned | Null {
  const yf = genYf(g);
  if (yf !== NULL) {
    incref(yf);
    let ret: Owned | Null;
    const genExit = typ === exceptionTypes.get('GeneratorExit') || (isExceptionInstance(typ) && typeOf(typ) === exceptionTypes.get('GeneratorExit'));
    if (genExit && closeOnGenExit) {
      i32[(g + GI_FRAME_STATE) >> 2] = FRAME_EXECUTING;
      const err = closeIter(yf);
      i32[(g + GI_FRAME_STATE) >> 2] = FRAME_SUSPENDED;
      decref(yf);
      if (err < 0) return genSendResult(g, genSend(g, NULL, true));
      return throwHere(g, typ, val, tb);
    }
    if (typeOf(yf) === genType || typeOf(yf) === genKinds.coro) {
      i32[(g + GI_FRAME_STATE) >> 2] = FRAME_EXECUTING;
      ret = genThrow(yf, typ, val, tb, closeOnGenExit);
      i32[(g + GI_FRAME_STATE) >> 2] = FRAME_SUSPENDED;
    } else {
      const m = objectGetAttr(yf, strInternImmortal('throw'));
      if (m === NULL) {
        decref(yf);
        if (!errExceptionMatches(AttributeError)) return genSendResult(g, genSend(g, NULL, true));
        errClear();
        return throwHere(g, typ, val, tb);
      }
      i32[(g + GI_FRAME_STATE) >> 2] = FRAME_EXECUTING;
      const args: Borrowed[] = [typ];
      if (val !== NULL) args.push(val);
      if (tb !== NULL) args.push(tb);
      ret = objectCallArgs(m, args);
      i32[(g + GI_FRAME_STATE) >> 2] = FRAME_SUSPENDED;
      decref(m);
    }
    decref(yf);
    if (ret === NULL) return genSendResult(g, genSend(g, NULL, true));
    return ret;
  }
  return throwHere(g, typ, val, tb);
}

/** The throw_here part of _gen_throw: normalizes (typ, val) and resumes the frame with it raised. */
function throwHere(g: Borrowed, typ: Borrowed, val: Borrowed | Null, tb: Borrowed | Null): Owned | Null {
  let exc: Owned | Null;
  if (isExceptionClass(typ)) {
    if (val !== NULL && val !== Py_None && isExceptionInstance(val)) {
      incref(val);
      exc = val as Owned;
    } else if (val !== NULL && val !== Py_None) {
      exc = objectCallArgs(typ, [val]);
      if (exc === NULL) return NULL;
    } else {
      exc = exceptionInstantiate(typ);
      if (exc === NULL) return NULL;
    }
  } else if (isExceptionInstance(typ)) {
    if (val !== NULL && val !== Py_None) {
      return errSetString(TypeError, 'instance exception may not have a separate value');
    }
    incref(typ);
    exc = typ as Owned;
  } else {
    return errSetString(TypeError, `exceptions must be classes or instances deriving from BaseException, not ${typeNameOf(typ)}`);
  }
  if (tb !== NULL && tb !== Py_None) {
    incref(tb);
    const old = i32[(exc + EXC_TRACEBACK) >> 2];
    i32[(exc + EXC_TRACEBACK) >> 2] = tb;
    if (old !== 0) decref(old as Owned);
  }
  chainContext(exc);
  errSetRaised(exc);
  return genSendResult(g, genSend(g, NULL, true));
}

/** Maps a genSend result (gen_send_ex): a return becomes StopIteration(value), or StopAsyncIteration for an async generator. */
function genSendResult(g: Borrowed, r: Owned | Null): Owned | Null {
  if (r === NULL) return NULL;
  if (sendYielded) return r;
  if (typeOf(g) === genKinds.asyncGen) {
    decref(r);
    return errSetNone(exceptionTypes.get('StopAsyncIteration')!);
  }
  return genSetStopIterationValue(r);
}

/** gen.throw(typ[, val[, tb]]): the three-argument form is deprecated in 3.12. */
function genThrowMethod(g: Borrowed, typ: Borrowed, val: Borrowed | Null, tb: Borrowed | Null): Owned | Null {
  if (val !== NULL && warnEx(exceptionTypes.get('DeprecationWarning')!,
    'the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.', 1) < 0) return NULL;
  return genThrow(g, typ, val, tb);
}

/** The next frame from `f` outwards that CPython would have: frames of library code standing for C are skipped. */
function frameShownFrom(f: number): number {
  while (f !== 0 && codeFramesHidden(i32[(f >> 2) + F_CODE] as Borrowed, i32[(f >> 2) + F_GLOBALS] as Borrowed)) {
    f = i32[(f >> 2) + F_PREVIOUS];
  }
  return f;
}

/**
 * compute_cr_origin: a new coroutine's cr_origin when sys.set_coroutine_origin_tracking_depth is on:
 * ((co_filename, line, co_name), ...) for up to ts.coroOriginDepth frames, from `caller` (the frame that
 * called the coroutine function) outwards.
 */
export function coroOrigin(caller: number): Owned | Null {
  let n = 0;
  for (let f = frameShownFrom(caller); f !== 0 && n < ts.coroOriginDepth; n++) f = frameShownFrom(i32[(f >> 2) + F_PREVIOUS]);
  const t = tupleNew(n);
  if (t === NULL) return NULL;
  let f = frameShownFrom(caller);
  for (let i = 0; i < n; i++) {
    const code = i32[(f >> 2) + F_CODE];
    const line = intFromNumber(frameLine(f));
    if (line === NULL) { decref(t); return NULL; }
    const info = tupleNew(3);
    if (info === NULL) { decref(line); decref(t); return NULL; }
    incref(i32[(code + CO_FILENAME) >> 2] as Borrowed);
    tupleSetItemSteal(info, 0, i32[(code + CO_FILENAME) >> 2] as Owned);
    tupleSetItemSteal(info, 1, line);
    incref(i32[(code + CO_NAME) >> 2] as Borrowed);
    tupleSetItemSteal(info, 2, i32[(code + CO_NAME) >> 2] as Owned);
    tupleSetItemSteal(t, i, info);
    f = frameShownFrom(i32[(f >> 2) + F_PREVIOUS]);
  }
  return t;
}

/** GET_YIELD_FROM_ITER for non-generators: iter(o). */
export function genYieldFromIter(o: Borrowed): Owned | Null {
  return objectGetIter(o);
}

/**
 * _PyGen_Finalize: an async generator with a finalizer (sys.set_asyncgen_hooks) that isn't closed is
 * handed to it; a coroutine never started warns that it was never awaited; anything else unfinished is
 * closed, so its finally blocks run. Errors are reported as unraisable; the current exception is kept.
 */
function genFinalize(g: Borrowed): void {
  const state = i32[(g + GI_FRAME_STATE) >> 2];
  if (state >= FRAME_COMPLETED) return;
  const saved = errFetch();
  const fin = i32[(g + GI_AG_FINALIZER) >> 2];
  if (typeOf(g) === genKinds.asyncGen && fin !== 0 && (i32[(g + GI_AG_FLAGS) >> 2] & AG_CLOSED) === 0) {
    const r = objectCallOneArg(fin as Borrowed, g);
    if (r === NULL) typeWriteUnraisable(g, 'Exception ignored in');
    else decref(r);
  } else if (typeOf(g) === genKinds.coro && state === FRAME_CREATED) {
    warnUnawaitedCoroutine(g);
  } else {
    const r = genClose(g);
    if (r === NULL) typeWriteUnraisable(g, 'Exception ignored in');
    else decref(r);
  }
  errSetRaised(saved);
}

/**
 * _PyErr_WarnUnawaitedCoroutine: warnings._warn_unawaited_coroutine(coro) (a RuntimeWarning); without a
 * warnings module (late in finalization) the plain warning "coroutine '...' was never awaited" (warnEx
 * prints it itself then). Errors are unraisable.
 */
function warnUnawaitedCoroutine(coro: Borrowed): void {
  const mod = importModuleLevel('warnings', NULL, NULL, 0);
  if (mod === NULL) {
    errClear();
    const q = i32[(coro + GI_QUALNAME) >> 2];
    if (warnEx(exceptionTypes.get('RuntimeWarning')!, `coroutine '${strToJS(q as Borrowed)}' was never awaited`, 1) < 0) {
      typeWriteUnraisable(coro, 'Exception ignored in');
    }
    return;
  }
  let r: Owned | Null = NULL;
  const fn = objectGetAttr(mod, strInternImmortal('_warn_unawaited_coroutine'));
  decref(mod);
  if (fn !== NULL) {
    r = objectCallOneArg(fn, coro);
    decref(fn);
  }
  if (r !== NULL) decref(r);
  else typeWriteUnraisable(coro, 'Exception ignored in');
}

function genDealloc(g: Owned): void {
  const state = i32[(g + GI_FRAME_STATE) >> 2];
  // PyObject_CallFinalizerFromDealloc: once (the collector may have run it), with g alive meanwhile.
  if (state < FRAME_COMPLETED && state !== FRAME_EXECUTING && needsFinalize(g, state) && !objectIsFinalized(g)) {
    i32[g >> 2] = 1;
    genFinalize(g);
    objectSetFinalized(g);
    if (--i32[g >> 2] !== 0) return; // resurrected
  }
  if (i32[(g + GI_FRAME_STATE) >> 2] < FRAME_COMPLETED) frameClear(frameOf(g));
  i32[(g + GI_FRAME_STATE) >> 2] = FRAME_COMPLETED;
  gcClearField(g, GI_NAME);
  gcClearField(g, GI_QUALNAME);
  gcClearField(g, GI_EXC_STATE);
  gcClearField(g, GI_CODE);
  gcClearField(g, GI_AG_FINALIZER);
  objectGCFree(g);
}

/** Whether finalizing does anything: a suspended frame to close, a coroutine to warn about, an async generator's finalizer. */
function needsFinalize(g: Borrowed, state: number): boolean {
  if (state === FRAME_SUSPENDED) return true;
  const t = typeOf(g);
  if (t === genKinds.coro) return true;
  return t === genKinds.asyncGen && i32[(g + GI_AG_FINALIZER) >> 2] !== 0;
}

function genTraverse(g: Borrowed, visit: VisitProc, arg: unknown): number {
  let r: number;
  if ((r = visitWord((g + GI_NAME) >> 2, visit, arg)) !== 0) return r;
  if ((r = visitWord((g + GI_QUALNAME) >> 2, visit, arg)) !== 0) return r;
  if ((r = visitWord((g + GI_EXC_STATE) >> 2, visit, arg)) !== 0) return r;
  if ((r = visitWord((g + GI_CODE) >> 2, visit, arg)) !== 0) return r;
  if ((r = visitWord((g + GI_AG_FINALIZER) >> 2, visit, arg)) !== 0) return r;
  // A running generator's frame is on the call chain (its stack pointer isn't saved yet): not traversed.
  const fs = i32[(g + GI_FRAME_STATE) >> 2];
  if (fs >= FRAME_COMPLETED || fs === FRAME_EXECUTING) return 0;
  const fw = frameOf(g) >> 2;
  if ((r = visitWord(fw + F_CODE, visit, arg)) !== 0) return r;
  if ((r = visitWord(fw + F_FUNC, visit, arg)) !== 0) return r;
  // Locals, cells and the value stack up to the saved stack pointer.
  for (let p = fw + FRAME_HEADER_WORDS, end = i32[fw + F_SP]; p < end; p++) {
    if ((r = visitWord(p, visit, arg)) !== 0) return r;
  }
  return visitWord(fw + F_FRAMEOBJ, visit, arg);
}

/** visit() of the reference in heap word `w` unless it is NULL. */
function visitWord(w: number, visit: VisitProc, arg: unknown): number {
  const v = i32[w];
  return v !== 0 ? visit(v as Borrowed, arg) : 0;
}

/** Installs the generator machinery into objects/gen.ts. */
export function genInstallHooks(): void {
  genHooks.dealloc = genDealloc;
  genHooks.traverse = genTraverse;
  genHooks.iternext = genIternext;
  genHooks.send = genSendMethod;
  genHooks.throw = genThrowMethod;
  genHooks.finalize = genFinalize;
  genHooks.sendEx = genSendEx;
  genHooks.warnDeprecated = (msg) => warnEx(exceptionTypes.get('DeprecationWarning')!, msg, 1);
  genHooks.throwEx = (g, closeOnGenExit, typ, val, tb) => genThrow(g, typ, val, tb, closeOnGenExit);
  genHooks.close = genClose;
  genHooks.yieldFrom = genYf;
  genHooks.frame = (g) => frameObjectGet(frameOf(g));
  frameLiveInstall(genClose);
}

void slotsOf; void errOccurred; void stopIterationValue; void F_PC;
