// The eval loop: one function, one switch, running CPython 3.12 bytecode on heap frames.
// Mirrors Python/ceval.c + Python/bytecodes.c (_PyEval_EvalFrameDefault) of CPython 3.12 without the
// specializing adaptive interpreter: Python-to-Python calls push a frame and continue in the same
// loop; natives calling Python re-enter it (an "entry" frame returns to JS). Invariants: every push
// of a borrowed value increfs, every dropped value decrefs (exactly CPython's discipline); pc, sp and
// the frame's word indices stay in JS locals and are written back to the frame before it is left;
// nothing allocates JS objects per executed instruction. See docs/internals/eval.md.

import { i32, u32, f64 } from '../heap/views.ts';
import { decref, incref, xdecref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import {
  typeOf, slotsOf, typeNameOf, Py_TPFLAGS_HAVE_GC, typeLookup as typeLookupCached,
  typeSlotsOf, 
  typeType, objectNewSlot, classCallArgsTouch, isType,
} from '../objects/type.ts';
import { slotTpInit } from '../objects/typeslots.ts';
import { tstate, errSetString, errOccurred, errFetch, errSetRaised, errClear, errExceptionMatches, errNoMemory } from '../objects/errors.ts';
import { excMemberSet } from './excattrs.ts';
import { frameObjectNew, F_LOCALSDICT_ } from '../objects/frameobject.ts';
import { frameObjectRelease } from './framelive.ts';
import { traceState, traceResume, traceInstruction, traceReturn, traceException, profileCCall } from './trace.ts';
import { codecsBridgeInstall } from './codecs-bridge.ts';
import { TB_CODE, TB_FRAME, TB_LINENO, TB_LASTI } from '../objects/traceback.ts';
import {
  TypeError, SystemError, RecursionError, StopIteration, ValueError, KeyError,
  exceptionTypes, AttributeError, EXC_ARGS, EXC_TRACEBACK, exceptionNewFromMessage,
} from '../objects/exceptions.ts';
import {
  objectRichCompare, objectIsTrue, objectRepr, objectStr, objectHashDefault, 
  
} from '../objects/object.ts';
import { intType, intFromNumber, smallInt } from '../objects/int.ts';
import { floatType, FLOAT_VALUE } from '../objects/float.ts';
import { Py_True, Py_False } from '../objects/bool.ts';
import { Py_None } from '../objects/none.ts';
import { Py_NotImplemented } from '../objects/notimplemented.ts';
import { strType, strFromJSAs, strKind, strToJS, strEmptyNew, isStr, strInternImmortal } from '../objects/str.ts';
import {
  tupleType, tupleNew, tupleSize, tupleGetItemBorrow, TUPLE_ITEMS, isTuple, tupleFromArraySteal, tupleSetItemSteal,
} from '../objects/tuple.ts';
import { listType, listNew, listAppend, LIST_ITEMS, listSize, isList, listAsTuple } from '../objects/list.ts';
import {
  dictType, MA_VERSION, dictNew, dictSetItem, dictGetItemBorrow, dictDelItem, isDict, dictNewPresized, dictMerge,
  dictSize, dictNext, isDictExact, dictIterIsDicts,
} from '../objects/dict.ts';
import { setNew, setAdd, setUpdate, isAnySet } from '../objects/set.ts';
import { sliceNew } from '../objects/slice.ts';
import { superType, superLookup, superLookupUnbound } from '../objects/super.ts';
import { RETURN_GENERATOR } from '../bytecode/opcodes.ts';
import {
  CO_INSTRS, CO_GCACHE, CO_CACHE_WORDS, CO_BACKEDGE_WORD, CO_CONSTS, CO_NAMES, CO_NLOCALSPLUS, CO_FRAMESIZE, CO_EXCTABLE, CO_NEXC, CO_FLAGS,
  CO_LOCALSPLUSNAMES, CO_NCELLVARS, CO_NFREEVARS, CO_NAME, CO_ARGCOUNT, CO_KWONLYARGCOUNT,
  FRAME_HEADER_WORDS, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS, CO_COROUTINE, CO_ASYNC_GENERATOR, CO_OPTIMIZED,
} from '../objects/code.ts';
import {
  functionType, functionNew, FUNC_CODE, FUNC_GLOBALS, FUNC_BUILTINS, FUNC_CLOSURE, FUNC_DEFAULTS,
  FUNC_KWDEFAULTS, FUNC_ANNOTATIONS, functionSetFieldSteal, functionSetCallHook, functionSetBuiltinsHook,
} from '../objects/function.ts';
import { methodType, IM_FUNC, IM_SELF } from '../objects/boundmethod.ts';
import { cellNew, cellType, CELL_REF } from '../objects/cell.ts';
import {
  genType, GI_FRAME, GI_FRAME_STATE, GI_NAME, GI_QUALNAME, GI_EXC_STATE, GI_WEAKREFLIST, GI_CODE, GI_AG_FINALIZER, GI_AG_FLAGS, FRAME_CREATED,
  FRAME_SUSPENDED, FRAME_EXECUTING, FRAME_COMPLETED,
} from '../objects/gen.ts';
import {
  objectGCNew, enterRecursiveEval, leaveRecursiveEval, enterRecursiveCall, leaveRecursiveCall, enterRecursiveClassCall,
  leaveRecursiveClassCall,
} from '../objects/object.ts';
import {
  cfunctionType, methodDescriptorType, methodDefArgKinds, methodDefSpecs, M_DEF, D_DEF,
} from '../objects/methodobject.ts';
import {
  objectGetItem, objectSetItem, objectDelItem, sequenceContains, objectGetIter, objectGetAttr,
  objectVectorcall, objectVectorcallUncharged, objectCall, objectFormat, objectASCII, sequenceTuple, listExtendIterable,
  numberNegative, numberInvert, numberPositive, objectCallOneArg, lookupSpecial, objectCallNoArgs,
  objectCallArgs, iterHooks,
} from '../objects/abstract.ts';
import {
  F_CODE, F_FUNC, F_GLOBALS, F_BUILTINS, F_LOCALS, F_PREVIOUS, F_PC, F_SP, F_FLAGS, F_FRAMEOBJ, F_GEN, F_TRACE_PREV,
  FRAME_ENTRY, FRAME_OWNED_BY_GEN, FRAME_INLINE_GEN, FRAME_INIT, dataStackPush, dataStackPop,
} from './frame.ts';
import { ts, excInfo, interruptFlag, handledException } from './state.ts';
import { EVAL_GC_BIT, gcRunScheduled } from '../gc/gc.ts';
import { bindArgs } from './call.ts';
import {
  doRaise, tracebackHere, codeFramesHidden, chainContext, checkExceptTypeValid, exceptionMatches,
} from './exc.ts';
import { genSend, genYieldFromIter, coroOrigin } from './gen.ts';
import { opGetAwaitable, opGetAiter, opGetAnext } from './async.ts';
import { coroutineType, CO_ITERABLE_COROUTINE } from '../objects/coroutine.ts';
import { asyncGeneratorType, asyncGenWrapValue } from '../objects/async_generator.ts';
import { binaryOpSteal } from './binop.ts';
import { loadAttrSteal, storeAttrSteal, attrOut, objectSetAttrVM } from './attrcache.ts';
import { importName, importFrom, importStar } from './import.ts';
import {
  intrinsicTypeVar, intrinsicParamSpec, intrinsicTypeVarTuple, intrinsicSubscriptGeneric, intrinsicTypeAlias,
  intrinsicTypeVarWithBound, intrinsicTypeVarWithConstraints, intrinsicSetFunctionTypeParams,
} from './typeparams.ts';
import { matchClass, matchKeys, isMappingForMatch, isSequenceForMatch, prepReraiseStar, exceptionGroupMatch } from './match.ts';


/**
 * Whether the loop's call of `callable` costs a unit of the C recursion budget, as 3.12's specialized
 * CALL_NO_KW_BUILTIN_O and CALL_NO_KW_METHOD_DESCRIPTOR_O / _NOARGS do (compiled code's jitCallNative
 * decides the same way): a METH_O or METH_NOARGS native called without keywords, unless it is one of
 * the calls with an instruction of their own (len, isinstance, list.append). Other callables are
 * charged by their call (objectVectorcall: tp_call; functionVectorcall: the eval entry).
 */
function nativeCallCharged(callable: number, nkw: number): boolean {
  const t = i32[(callable + 4) >> 2];
  let def: number;
  if (t === cfunctionType) def = i32[(callable + M_DEF) >> 2];
  else if (t === methodDescriptorType) def = i32[(callable + D_DEF) >> 2];
  else return false;
  return methodDefArgKinds[def] !== 0 && nkw === 0 && methodDefSpecs[def] === 0;
}

/** NameError of the running runtime (exception types are per runtime). */
function NameErrorType(): Borrowed {
  return exceptionTypes.get('NameError')!;
}

/**
 * Pushes and initializes a frame for calling `func` (stolen) with `nargs` arguments at word index `aw`
 * (the last `len(kwnames)` of them keyword values). With `steal`, the frame takes over the argument
 * references (the eval loop's stack); otherwise they stay the caller's. Returns the frame address, or
 * 0 with an exception set (everything stolen has been released).
 */
export function framePushFunc(func: Owned, aw: number, nargs: number, kwnames: Borrowed | Null, steal: boolean): number {
  if (ts.depth >= ts.recursionLimit) {
    errSetString(RecursionError, 'maximum recursion depth exceeded');
    if (steal) for (let i = 0; i < nargs; i++) decref(i32[aw + i] as Owned);
    decref(func);
    return 0;
  }
  const code = i32[(func + FUNC_CODE) >> 2];
  const size = i32[(code + CO_FRAMESIZE) >> 2];
  const f = dataStackPush(size);
  if (f === 0) {
    errNoMemory();
    if (steal) for (let i = 0; i < nargs; i++) decref(i32[aw + i] as Owned);
    decref(func);
    return 0;
  }
  const fw = f >> 2;
  incref(code as Borrowed);
  i32[fw + F_CODE] = code;
  i32[fw + F_FUNC] = func;
  i32[fw + F_GLOBALS] = i32[(func + FUNC_GLOBALS) >> 2];
  i32[fw + F_BUILTINS] = i32[(func + FUNC_BUILTINS) >> 2];
  i32[fw + F_LOCALS] = 0;
  i32[fw + F_PREVIOUS] = 0;
  i32[fw + F_PC] = 0;
  i32[fw + F_FLAGS] = 0;
  i32[fw + F_FRAMEOBJ] = 0;
  i32[fw + F_GEN] = 0;
  i32[fw + F_TRACE_PREV] = 0;
  const nlp = i32[(code + CO_NLOCALSPLUS) >> 2];
  const lw = fw + FRAME_HEADER_WORDS;
  i32[fw + F_SP] = lw + nlp;
  ts.depth++;
  const flags = i32[(code + CO_FLAGS) >> 2];
  // _PyFunction_Vectorcall: code that isn't optimized (module, class or eval code made into a function
  // with types.FunctionType) runs with its globals as its locals.
  if ((flags & CO_OPTIMIZED) === 0) {
    const g = i32[fw + F_GLOBALS] as Borrowed;
    incref(g);
    i32[fw + F_LOCALS] = g;
  }
  if (kwnames === NULL && (flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 &&
      i32[(code + CO_ARGCOUNT) >> 2] === nargs && i32[(code + CO_KWONLYARGCOUNT) >> 2] === 0) {
    // Fast path: exactly the positional parameters.
    if (steal) {
      for (let i = 0; i < nargs; i++) i32[lw + i] = i32[aw + i];
    } else {
      for (let i = 0; i < nargs; i++) { const v = i32[aw + i]; incref(v as Borrowed); i32[lw + i] = v; }
    }
    for (let i = nargs; i < nlp; i++) i32[lw + i] = 0;
    return f;
  }
  for (let i = 0; i < nlp; i++) i32[lw + i] = 0;
  const r = bindArgs(func, lw, aw, nargs, kwnames);
  if (steal) for (let i = 0; i < nargs; i++) decref(i32[aw + i] as Owned);
  if (r < 0) {
    frameClear(f);
    ts.depth--;
    dataStackPop(f);
    return 0;
  }
  return f;
}

/** Releases everything a frame owns (localsplus, value stack, locals, function, code). */
export function frameClear(f: number): void {
  const fw = f >> 2;
  if (i32[fw + F_FRAMEOBJ] !== 0) frameObjectRelease(f);
  const code = i32[fw + F_CODE];
  const lw = fw + FRAME_HEADER_WORDS;
  const nlp = i32[(code + CO_NLOCALSPLUS) >> 2];
  const sp = i32[fw + F_SP];
  for (let p = sp - 1; p >= lw + nlp; p--) {
    const v = i32[p];
    i32[p] = 0;
    if (v !== 0) decref(v as Owned);
  }
  i32[fw + F_SP] = lw + nlp;
  for (let i = 0; i < nlp; i++) {
    const v = i32[lw + i];
    if (v !== 0) {
      i32[lw + i] = 0;
      decref(v as Owned);
    }
  }
  const locals = i32[fw + F_LOCALS];
  i32[fw + F_LOCALS] = 0;
  if (locals !== 0) decref(locals as Owned);
  const func = i32[fw + F_FUNC];
  i32[fw + F_FUNC] = 0;
  if (func !== 0) decref(func as Owned);
  // The code reference is released last: the slots above were sized by it.
  i32[fw + F_CODE] = 0;
  decref(code as Owned);
}

/** Calls a Python function from native code (the function type's vectorcall slot). */
export function functionVectorcall(func: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (enterRecursiveEval()) return NULL;
  incref(func);
  const nkw = kwnames === NULL ? 0 : tupleSize(kwnames);
  const f = framePushFunc(func as Owned, args >> 2, nargs + nkw, kwnames, false);
  const r = f === 0 ? NULL : evalCallFrame(f, 0);
  leaveRecursiveEval();
  return r;
}

/**
 * Runs the new function frame `f` (pushed by framePushFunc; not a generator's, which starts in the
 * loop) to its end: through its compiled code first when the JIT has it (`ix`: the index of that
 * code, when the caller looked it up; 0: the JIT looks), else, or from where the compiled code handed
 * it back, in the eval loop. Python calls from native code and from compiled code come here.
 */
export function evalCallFrame(f: number, ix: number): Owned | Null {
  return evalJitFirst(f, false, ix);
}

/** Runs `func`'s code with `locals` as its namespace (class bodies, module code): _PyEval_Vector with locals. */
export function functionCallWithLocals(func: Borrowed, locals: Borrowed | Null): Owned | Null {
  if (enterRecursiveEval()) return NULL;
  incref(func);
  const f = framePushFunc(func as Owned, 0, 0, NULL, false);
  if (f === 0) {
    leaveRecursiveEval();
    return NULL;
  }
  if (locals !== NULL) {
    incref(locals);
    const old = i32[(f >> 2) + F_LOCALS];
    i32[(f >> 2) + F_LOCALS] = locals;
    if (old !== 0) decref(old as Owned);
  }
  const r = evalFrame(f, false);
  leaveRecursiveEval();
  return r;
}

/**
 * An exception is leaving frame `f`: move its local variables into a frame object owned by the
 * frame's traceback entry (tb_frame), so they live as long as the traceback (CPython's frame object
 * taking ownership of a finished frame). Leaves the exception as it was, even when out of memory.
 */
function attachFrameObject(f: number): void {
  const exc = tstate.exc;
  if (exc === NULL) return;
  const tb = i32[(exc + EXC_TRACEBACK) >> 2];
  const fw = f >> 2;
  const code = i32[fw + F_CODE];
  if (tb === 0 || i32[(tb + TB_CODE) >> 2] !== code || i32[(tb + TB_FRAME) >> 2] !== 0) return;
  const live = i32[fw + F_FRAMEOBJ];
  if (live !== 0) {
    // The frame has a frame object already: the traceback holds that one, which takes the locals
    // over when frameClear releases it.
    incref(live as Borrowed);
    i32[(tb + TB_FRAME) >> 2] = live;
    return;
  }
  const nlp = i32[(code + CO_NLOCALSPLUS) >> 2];
  const lw = fw + FRAME_HEADER_WORDS;
  // A frame with a locals dict (module, class body, exec code) keeps it as its f_locals.
  const ld = i32[fw + F_LOCALS];
  let bound = ld !== 0;
  for (let i = 0; i < nlp && !bound; i++) if (i32[lw + i] !== 0) bound = true;
  if (!bound) return;
  const saved = errFetch() as Owned;
  const t = tupleNew(nlp);
  if (t !== NULL) {
    for (let i = 0; i < nlp; i++) {
      const v = i32[lw + i];
      if (v !== 0) { i32[lw + i] = 0; tupleSetItemSteal(t, i, v as Owned); }
    }
    const fo = frameObjectNew(code as Borrowed, i32[fw + F_GLOBALS] as Borrowed, i32[(tb + TB_LINENO) >> 2], t, i32[(tb + TB_LASTI) >> 2] >> 1);
    if (fo !== NULL) {
      i32[(tb + TB_FRAME) >> 2] = fo;
      if (ld !== 0) { incref(ld as Borrowed); i32[(fo + F_LOCALSDICT_) >> 2] = ld; }
    }
  }
  if (tstate.exc !== NULL) { const m = errFetch(); if (m !== NULL) decref(m); }
  errSetRaised(saved);
}

/**
 * While a trace or profile function is set, before each instruction of frame `f` (`word`, at F_PC - 1):
 * RESUME's 'call' events, the 'line' and 'opcode' events, and the 'return' event of RETURN_VALUE,
 * RETURN_CONST and YIELD_VALUE (the value is on the stack, ending at `sp`, or a constant). False on error.
 */
function traceBefore(f: number, word: number, sp: number, consts: number): boolean {
  if (traceState.busy !== 0) return true;
  const op = word & 0xff, i = i32[(f >> 2) + F_PC] - 1;
  if (op === 151 /* RESUME */) return traceResume(f, i);
  if (!traceInstruction(f, i)) return false;
  if (op === 83 /* RETURN_VALUE */ || op === 150 /* YIELD_VALUE */) return traceReturn(f, i32[sp - 1] as Borrowed);
  if (op === 121 /* RETURN_CONST */) return traceReturn(f, i32[consts + (word >>> 8)] as Borrowed);
  return true;
}

/**
 * A builtin function or method descriptor called while profiling: 'c_call'/'c_return'/'c_exception' name
 * the builtin function, or for a method descriptor the method bound to its first argument.
 */
function profiledNativeCall(f: number, callable: Borrowed, aw: number, npos: number, kw: Borrowed | Null): Owned | Null {
  const call = (): Owned | Null => objectVectorcall(callable, aw << 2, npos, kw);
  if (typeOf(callable) === cfunctionType) return profileCCall(f, callable, call);
  const self = i32[aw] as Borrowed;
  const bound = slotsOf(callable).descrGet!(callable, self, typeOf(self));
  if (bound === NULL) return NULL;
  const r = profileCCall(f, bound, call);
  decref(bound);
  return r;
}

/** Looks up `name` in the exception table of `code` for instruction `i`: the entry index or -1. */
function findHandler(code: number, i: number): number {
  const n = i32[(code + CO_NEXC) >> 2];
  const t = i32[(code + CO_EXCTABLE) >> 2] >> 2;
  for (let e = 0; e < n; e++) {
    const b = t + e * 5;
    if (i >= i32[b] && i < i32[b + 1]) return b;
  }
  return -1;
}

function unboundLocal(code: number, i: number): void {
  const name = strToJS(tupleGetItemBorrow(i32[(code + CO_LOCALSPLUSNAMES) >> 2] as Borrowed, i));
  errSetString(exceptionTypes.get('UnboundLocalError')!,
    `cannot access local variable '${name}' where it is not associated with a value`);
}

function unboundDeref(code: number, i: number): void {
  const nlp = i32[(code + CO_NLOCALSPLUS) >> 2];
  const nfree = i32[(code + CO_NFREEVARS) >> 2];
  const name = strToJS(tupleGetItemBorrow(i32[(code + CO_LOCALSPLUSNAMES) >> 2] as Borrowed, i));
  if (i >= nlp - nfree) {
    errSetString(NameErrorType(), `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  } else {
    unboundLocal(code, i);
  }
}

function nameError(name: Borrowed): void {
  errSetString(NameErrorType(), `name '${strToJS(name)}' is not defined`);
  // NameError.name, which the traceback printer uses for its "Did you mean" suggestion.
  const e = tstate.exc;
  if (e !== NULL && excMemberSet(e, 'name', name) < 0) { errClear(); errSetString(NameErrorType(), `name '${strToJS(name)}' is not defined`); }
}


/** LOAD_GLOBAL / LOAD_NAME fallback: globals, then builtins. Owned or NULL (NameError set). */
export function loadGlobal(globals: Borrowed, builtins: Borrowed, name: Borrowed): Owned | Null {
  let v = dictGetItemBorrow(globals, name);
  if (v === NULL) {
    if (errOccurred() !== NULL) return NULL;
    if (isDict(builtins)) {
      v = dictGetItemBorrow(builtins, name);
      if (v === NULL) {
        if (errOccurred() === NULL) nameError(name);
        return NULL;
      }
    } else {
      const r = objectGetItem(builtins, name);
      if (r === NULL) {
        if (errExceptionMatches(KeyError)) { errClear(); nameError(name); }
        return NULL;
      }
      return r;
    }
  }
  incref(v);
  return v as Owned;
}

/** Looks `name` up in a locals mapping: 1 found (value in LOCAL_RESULT), 0 missing, -1 error. */
const LOCAL_RESULT = new Int32Array(1);
function localsLookup(locals: Borrowed, name: Borrowed): number {
  if (isDictExact(locals)) {
    const v = dictGetItemBorrow(locals, name);
    if (v !== NULL) { incref(v); LOCAL_RESULT[0] = v; return 1; }
    return errOccurred() !== NULL ? -1 : 0;
  }
  const r = objectGetItem(locals, name);
  if (r !== NULL) { LOCAL_RESULT[0] = r; return 1; }
  if (errExceptionMatches(KeyError)) { errClear(); return 0; }
  return -1;
}

/** UNPACK_SEQUENCE / UNPACK_EX for any iterable: writes items in stack order from word `dst` down. */
export function unpackIterable(v: Borrowed, argcnt: number, argcntafter: number, top: number): number {
  const it = objectGetIter(v);
  if (it === NULL) {
    if (errExceptionMatches(TypeError) && slotsOf(v).iter === null && slotsOf(v).getitem === null) {
      errClear();
      errSetString(TypeError, `cannot unpack non-iterable ${typeNameOf(v)} object`);
    }
    return -1;
  }
  // `top` is the word index where the first item goes (the deepest one is written last).
  let p = top;
  let i = 0;
  for (; i < argcnt; i++) {
    const w = iterNextStop(it);
    if (w === NULL) {
      if (errOccurred() === NULL) {
        if (argcntafter === -1) {
          errSetString(ValueError, `not enough values to unpack (expected ${argcnt}, got ${i})`);
        } else {
          errSetString(ValueError, `not enough values to unpack (expected at least ${argcnt + argcntafter}, got ${i})`);
        }
      }
      for (let q = p + 1; q <= top; q++) decref(i32[q] as Owned);
      decref(it);
      return -1;
    }
    i32[p--] = w;
  }
  if (argcntafter === -1) {
    const w = iterNextStop(it);
    if (w === NULL) {
      if (errOccurred() !== NULL) { for (let q = p + 1; q <= top; q++) decref(i32[q] as Owned); decref(it); return -1; }
      decref(it);
      return 0;
    }
    decref(w);
    errSetString(ValueError, `too many values to unpack (expected ${argcnt})`);
    for (let q = p + 1; q <= top; q++) decref(i32[q] as Owned);
    decref(it);
    return -1;
  }
  const l = listNew(0);
  if (l === NULL) { for (let q = p + 1; q <= top; q++) decref(i32[q] as Owned); decref(it); return -1; }
  for (;;) {
    const w = iterNextStop(it);
    if (w === NULL) break;
    const r = listAppend(l, w);
    decref(w);
    if (r < 0) break;
  }
  decref(it);
  if (errOccurred() !== NULL) { decref(l); for (let q = p + 1; q <= top; q++) decref(i32[q] as Owned); return -1; }
  const ll = listSize(l);
  if (ll < argcntafter) {
    errSetString(ValueError, `not enough values to unpack (expected at least ${argcnt + argcntafter}, got ${argcnt + ll})`);
    decref(l);
    for (let q = p + 1; q <= top; q++) decref(i32[q] as Owned);
    return -1;
  }
  // Items after the starred list: taken off the list's end.
  const items = (l + LIST_ITEMS) >> 2;
  const base = i32[items];
  for (let j = 0; j < argcntafter; j++) {
    // the list's items array address is at LIST_ITEMS
    void base;
  }
  const arr = i32[(l + LIST_ITEMS) >> 2] >> 2;
  i32[p--] = l;
  for (let j = ll - argcntafter; j < ll; j++) i32[p--] = i32[arr + j];
  i32[(l + 8) >> 2] = ll - argcntafter;
  return 0;
}

/** PyIter_Next that leaves StopIteration (from a Python __next__) cleared: NULL + no error = exhausted. */
function iterNextStop(it: Borrowed): Owned | Null {
  const f = slotsOf(it).iternext;
  if (f === null) return errSetString(TypeError, `'${typeNameOf(it)}' object is not an iterator`);
  const r = f(it);
  if (r === NULL && errOccurred() !== NULL && errExceptionMatches(StopIteration)) errClear();
  return r;
}

/** FORMAT_VALUE's conversion step: str(), repr() or ascii(). */
function convertValue(v: Borrowed, which: number): Owned | Null {
  if (which === 1) return objectStr(v);
  if (which === 2) return objectRepr(v);
  return objectASCII(v);
}

/** BUILD_STRING: concatenates `n` strs from word index `base` (borrowed). */
function buildString(base: number, n: number): Owned | Null {
  // Without a kind-4 part every UTF-16 unit is a code point, so lone surrogates must not merge.
  let s = '', wide = false;
  for (let i = 0; i < n; i++) {
    const o = i32[base + i] as Borrowed;
    if (strKind(o) === 4) wide = true;
    s += strToJS(o);
  }
  return strFromJSAs(s, wide);
}

/** The special method `name` looked up on the type of `o` and bound, or NULL (no error) when absent. */
function specialMethod(o: Borrowed, name: string): Owned | Null {
  return lookupSpecial(o, name);
}

/** Interrupt check at backward jumps and calls: raises KeyboardInterrupt when Ctrl-C was pressed. */
export function handleInterrupt(): boolean {
  const flags = Atomics.exchange(interruptFlag, 0, 0);
  // The eval breaker's GC bit: a collection was scheduled by an allocation (3.12's _Py_RunGC).
  if ((flags & EVAL_GC_BIT) !== 0) gcRunScheduled();
  if ((flags & ~EVAL_GC_BIT) !== 0) {
    errSetString(exceptionTypes.get('KeyboardInterrupt')!, '');
    // KeyboardInterrupt() has no args in CPython: replace the ('',) args with ().
    const e = tstate.exc;
    if (e !== NULL) {
      const old = i32[(e + EXC_ARGS) >> 2];
      const t = tupleNew(0);
      if (t !== NULL) { i32[(e + EXC_ARGS) >> 2] = t; decref(old as Owned); }
    }
    return true;
  }
  return false;
}


/**
 * The end of a generator frame resumed inline by FOR_ITER (it returned or raised; the frame is
 * cleared): what genSend does after evalFrame returns, marking the generator completed.
 */
function inlineGenFinish(fw: number): void {
  const g = (fw << 2) - GI_FRAME;
  i32[fw + F_FLAGS] &= ~FRAME_INLINE_GEN;
  excInfo.pop();
  i32[(g + GI_FRAME_STATE) >> 2] = FRAME_COMPLETED;
  const es = i32[(g + GI_EXC_STATE) >> 2];
  i32[(g + GI_EXC_STATE) >> 2] = 0;
  if (es !== 0) decref(es as Owned);
}

/**
 * The caller frame `cf` after its FOR_ITER's generator returned: pops the iterator and continues after
 * the loop's END_FOR, as FOR_ITER does on exhaustion. (Dropping the iterator may free the generator.)
 */
function inlineGenExhausted(cf: number): void {
  const cw = cf >> 2;
  const ib = i32[(i32[cw + F_CODE] + CO_INSTRS) >> 2] >> 2;
  const pc = i32[cw + F_PC];
  i32[cw + F_PC] = (i32[ib + pc - 1] >>> 8) + 1;
  const sp = i32[cw + F_SP] - 1;
  i32[cw + F_SP] = sp;
  decref(i32[sp] as Owned);
}

/**
 * Runs frame `entry` (already pushed and initialized) until it returns, yields (generator frames:
 * the generator's state is then FRAME_SUSPENDED) or raises. With `throwflag`, starts by unwinding the exception already set.
 */
/** CALL's callable and argument count after callUnpack. */
export const callOut = new Int32Array(2);

/**
 * CALL's operands from word `base` ([NULL, callable] or [method, self], then `oparg` arguments): a
 * bound method in the callable slot is split into its function and self (the loop's CALL). Returns
 * the word where the arguments (self first, if any) start; callOut holds the callable and their count.
 */
export function callUnpack(base: number, oparg: number): number {
  let callable = i32[base];
  if (callable !== 0) {
    callOut[0] = callable;
    callOut[1] = oparg + 1;
    return base + 1;
  }
  callable = i32[base + 1];
  if (i32[(callable + 4) >> 2] !== methodType) {
    callOut[0] = callable;
    callOut[1] = oparg;
    return base + 2;
  }
  const fn = i32[(callable + IM_FUNC) >> 2], self = i32[(callable + IM_SELF) >> 2];
  incref(fn as Borrowed);
  incref(self as Borrowed);
  i32[base] = fn;
  i32[base + 1] = self;
  decref(callable as Owned);
  callOut[0] = fn;
  callOut[1] = oparg + 1;
  return base + 1;
}

/**
 * The `__init__` a call of class `t` runs as a frame of its own (3.13's CALL_ALLOC_AND_ENTER_INIT):
 * when `t` has object.__new__ and the generic __init__ slot and its `__init__` is a plain Python
 * function (not a generator); else NULL.
 */
export function classInitInline(t: Borrowed): Borrowed | Null {
  const slots = typeSlotsOf(t);
  if (slots.init !== slotTpInit || slots.new !== objectNewSlot) return NULL;
  const init = typeLookupCached(t, initName);
  if (init === NULL || i32[(init + 4) >> 2] !== functionType) return NULL;
  return (i32[(i32[(init + FUNC_CODE) >> 2] + CO_FLAGS) >> 2] & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) === 0 ? init : NULL;
}

/**
 * framePushFunc stealing `func` and the arguments, then CALL's interrupt check (a pending Ctrl-C is
 * the caller's error: the new frame is unwound before it runs). 0 with the exception set.
 */
export function framePushCall(func: Owned, aw: number, nargs: number, kw: Borrowed | Null): number {
  const nf = framePushFunc(func, aw, nargs, kw, true);
  if (nf === 0) return 0;
  if (interruptFlag[0] !== 0 && handleInterrupt()) {
    frameClear(nf);
    ts.depth--;
    dataStackPop(nf);
    return 0;
  }
  return nf;
}

/**
 * A frame has returned: releases what it owns, pops it (unless a generator holds it) and makes its
 * caller the current frame (ts.frame). Returns its flags, which say where the value goes.
 */
export function frameLeave(f: number): number {
  const fw = f >> 2;
  // The caller is the current frame while the locals go (clear_thread_frame): a __del__ or a
  // "never awaited" warning they cause sees the caller's line, as in CPython.
  const prev = i32[fw + F_PREVIOUS];
  ts.frame = prev;
  frameClear(f);
  ts.depth--;
  const flags = i32[fw + F_FLAGS];
  if ((flags & FRAME_OWNED_BY_GEN) === 0) dataStackPop(f);
  return flags;
}

/**
 * YIELD_VALUE's end, after the frame's F_PC/F_SP are saved (shared with the JIT's yields): the frame
 * leaves the call chain and its generator is suspended. True when it was resumed inline by the loop's FOR_ITER (it is suspended here
 * and the value goes to its F_PREVIOUS frame); false when evalFrame returns the value to genSend.
 */
function frameYield(f: number): boolean {
  const fw = f >> 2;
  ts.depth--;
  ts.frame = i32[fw + F_PREVIOUS];
  // What tells genSend the frame yielded (rather than returned): a flag set here instead could be
  // left over from a generator this frame ran (and that yielded) before it returned.
  i32[(f - GI_FRAME + GI_FRAME_STATE) >> 2] = FRAME_SUSPENDED;
  const flags = i32[fw + F_FLAGS];
  if (flags & FRAME_INLINE_GEN) {
    i32[fw + F_FLAGS] = flags & ~FRAME_INLINE_GEN;
    excInfo.pop();
    return true;
  }
  return false;
}

/**
 * SEND's work (shared with the JIT): sends `v` (consumed) into the sub-iterator `recv`. The result
 * (owned), with `sendYielded` true when it was yielded and false when `recv` returned it (it ended);
 * NULL with the exception set.
 */
export function sendCore(recv: Borrowed, v: Owned): Owned | Null {
  let r: Owned | Null;
  let yielded: boolean;
  if (typeOf(recv) === genType || typeOf(recv) === coroutineType) {
    r = genSend(recv, v, false);
    yielded = sendYielded;
  } else {
    if (v === Py_None) {
      const nx = slotsOf(recv).iternext;
      r = nx === null ? errSetString(TypeError, `'${typeNameOf(recv)}' object is not an iterator`) : nx(recv);
    } else {
      r = callMethodOneArgVM(recv, 'send', v);
    }
    yielded = r !== NULL;
    if (r === NULL) {
      if (errOccurred() === NULL || errExceptionMatches(StopIteration)) {
        r = stopIterationValue();
        yielded = false;
      }
    }
  }
  decref(v);
  sendYielded = yielded;
  return r;
}

/**
 * An `__init__` frame (FRAME_INIT) returned `r` (consumed): true when it is None, else false with
 * CPython's TypeError set (the instance waits in the caller's result slot either way).
 */
export function initReturned(r: number): boolean {
  const ok = r === Py_None;
  if (!ok) errSetString(TypeError, `__init__() should return None, not '${typeNameOf(r as Borrowed)}'`);
  decref(r as Owned);
  return ok;
}

/**
 * The baseline JIT's entry (src/jit/jit.ts installs it; null when off): runs frame f of `code` from
 * instruction pc (0, or a loop head) in compiled code. -1: not compiled; 0: the frame is handed back
 * (F_PC, F_SP; jitState.unwind when the loop must unwind an exception); else the frame's return value.
 */
let jitHook: ((f: number, code: number, pc: number, known?: number) => number) | null = null;

/** Installs (or removes, with null) the JIT's entry. */
export function evalSetJitHook(h: ((f: number, code: number, pc: number, known?: number) => number) | null): void {
  jitHook = h;
}

/** Set by compiled code that hands its frame back with an exception to unwind. */
export const jitState = { unwind: false, bailOp: -1, yielded: false, sent: false };

/** Every JIT_OSR_EVERY back-edges of a code object (its CO_BACKEDGE_WORD) the loop offers the frame to the JIT. */
const JIT_OSR_EVERY = 64;

/**
 * Runs generator frame `f` from where it is suspended (genSend's evalFrame): through its compiled code
 * when the JIT has it (no loop entry for a resumption that yields or returns there), else, or from
 * where compiled code handed it back, in the eval loop. `throwflag`: unwind the exception set.
 */
export function evalGenFrame(f: number, throwflag: boolean): Owned | Null {
  return evalJitFirst(f, throwflag, 0);
}

/**
 * evalCallFrame and evalGenFrame: frame `f` from its F_PC through the JIT's hook (compiled function
 * `ix` when known), finishing a frame that returned (or, a generator's, yielded) there, else evalFrame.
 */
function evalJitFirst(f: number, throwflag: boolean, ix: number): Owned | Null {
  if (!throwflag && jitHook !== null) {
    const fw = f >> 2;
    const prev = jitFrameEnter(f);
    const r = jitHook(f, i32[fw + F_CODE], i32[fw + F_PC], ix);
    if (r > 0) {
      jitFrameDone(f);
      return r as Owned;
    }
    if (r === 0) return jitFrameBailed(f, prev);
    ts.frame = prev;
  }
  return evalFrame(f, throwflag);
}

/** Compiled code ran frame `f` to a return or (jitState.yielded) a yield: the frame leaves the call chain as the loop's would. */
export function jitFrameDone(f: number): void {
  if (jitState.yielded) {
    jitState.yielded = false;
    frameYield(f);
  } else {
    frameLeave(f);
  }
}

/** Frame `f` becomes the current frame for compiled code to run it; returns the previous one. */
export function jitFrameEnter(f: number): number {
  const prev = ts.frame;
  i32[(f >> 2) + F_PREVIOUS] = prev;
  ts.frame = f;
  return prev;
}

/** Compiled code handed frame `f` back (F_PC/F_SP set; jitState.unwind when it failed): the loop goes on with it. */
export function jitFrameBailed(f: number, prev: number): Owned | Null {
  ts.frame = prev;
  const unwind = jitState.unwind;
  jitState.unwind = false;
  return evalFrame(f, unwind);
}

export function evalFrame(entry: number, throwflag: boolean): Owned | Null {
  let f = entry;
  i32[(f >> 2) + F_FLAGS] |= FRAME_ENTRY;
  i32[(f >> 2) + F_PREVIOUS] = ts.frame;
  ts.frame = f;
  // The current frame's state, kept in locals; loaded at the top of `main` whenever `f` changes
  // (entry, a Python call, a return, unwinding into the caller): the one place that does it.
  let fw = 0, code = 0, ib = 0, lp = 0, consts = 0, names = 0, pc = 0, sp = 0;
  let loadedFrame = 0;
  /** A value to push on the stack of the frame being switched to (a return value), or 0. */
  let pushOnResume = 0;
  let kwnames = 0;
  let unwinding = throwflag;
  let skipTraceback = false;
  let lasti = pc - 1;
  /** A JUMP_BACKWARD asks the JIT to take the frame over at its target (on-stack replacement). */
  let jitOsr = false;
  /** A generator's frame is being resumed inline by FOR_ITER: the JIT may run it. */
  let jitResume = false;

  main: for (;;) {
    if (f !== loadedFrame) {
      loadedFrame = f;
      fw = f >> 2;
      code = i32[fw + F_CODE];
      ib = i32[(code + CO_INSTRS) >> 2] >> 2;
      lp = fw + FRAME_HEADER_WORDS;
      consts = (i32[(code + CO_CONSTS) >> 2] + TUPLE_ITEMS) >> 2;
      names = (i32[(code + CO_NAMES) >> 2] + TUPLE_ITEMS) >> 2;
      pc = i32[fw + F_PC];
      sp = i32[fw + F_SP];
      if (pushOnResume !== 0) {
        i32[sp++] = pushOnResume;
        pushOnResume = 0;
      }
    }
    if (jitHook !== null && !unwinding && (pc === 0 || jitOsr || jitResume) && !traceState.noJit) {
      jitOsr = false;
      jitResume = false;
      i32[fw + F_PC] = pc;
      i32[fw + F_SP] = sp;
      const r = jitHook(f, code, pc);
      if (r > 0) {
        if (jitState.yielded) {
          // A generator's compiled code yielded (F_PC/F_SP saved): YIELD_VALUE's end.
          jitState.yielded = false;
          if (!frameYield(f)) return r as Owned;
          f = i32[fw + F_PREVIOUS];
          pushOnResume = r;
          continue main;
        }
        // The frame returned in compiled code (its value stack is empty): finish it as RETURN_VALUE does.
        const flags = frameLeave(f);
        if (flags & FRAME_ENTRY) return r as Owned;
        const prev = ts.frame;
        f = prev;
        if (flags & FRAME_INIT) {
          leaveRecursiveClassCall();
          unwinding = !initReturned(r);
          continue main;
        }
        if (flags & FRAME_INLINE_GEN) {
          inlineGenFinish(fw);
          decref(r as Owned);
          inlineGenExhausted(prev);
          continue main;
        }
        pushOnResume = r;
        continue main;
      }
      if (r === 0) {
        pc = i32[fw + F_PC];
        sp = i32[fw + F_SP];
        if (jitState.unwind) {
          jitState.unwind = false;
          unwinding = true;
        }
      }
    }
    if (!unwinding) {
      dispatch: for (;;) {
        const word = i32[ib + pc];
        pc++;
        // The frame's instruction is always current (CPython's frame->prev_instr): what the instruction
        // calls (a property, __eq__, __del__, a warning) sees this line in its caller's frame object, and
        // no instruction below needs to store it again before a call.
        i32[fw + F_PC] = pc;
        if (traceState.on && !traceBefore(f, word, sp, consts)) break dispatch;
        const oparg = word >>> 8;
        switch (word & 0xff) {
          case 9: /* NOP */
            continue;
          case 151: /* RESUME */
            if (interruptFlag[0] !== 0 && handleInterrupt()) break dispatch;
            continue;
          case 124: /* LOAD_FAST */ {
            const v = i32[lp + oparg];
            incref(v as Borrowed);
            i32[sp++] = v;
            continue;
          }
          case 127: /* LOAD_FAST_CHECK */ {
            const v = i32[lp + oparg];
            if (v === 0) { unboundLocal(code, oparg); break dispatch; }
            incref(v as Borrowed);
            i32[sp++] = v;
            continue;
          }
          case 143: /* LOAD_FAST_AND_CLEAR */ {
            i32[sp++] = i32[lp + oparg];
            i32[lp + oparg] = 0;
            continue;
          }
          case 125: /* STORE_FAST */ {
            const old = i32[lp + oparg];
            i32[lp + oparg] = i32[--sp];
            if (old !== 0) decref(old as Owned);
            continue;
          }
          case 126: /* DELETE_FAST */ {
            const old = i32[lp + oparg];
            if (old === 0) { unboundLocal(code, oparg); break dispatch; }
            i32[lp + oparg] = 0;
            decref(old as Owned);
            continue;
          }
          case 100: /* LOAD_CONST */ {
            const v = i32[consts + oparg];
            incref(v as Borrowed);
            i32[sp++] = v;
            continue;
          }
          case 1: /* POP_TOP */ {
            decref(i32[--sp] as Owned);
            continue;
          }
          case 2: /* PUSH_NULL */
            i32[sp++] = 0;
            continue;
          case 4: /* END_FOR */ {
            decref(i32[--sp] as Owned);
            decref(i32[--sp] as Owned);
            continue;
          }
          case 5: /* END_SEND */ {
            const v = i32[--sp];
            decref(i32[sp - 1] as Owned);
            i32[sp - 1] = v;
            continue;
          }
          case 99: /* SWAP */ {
            const t = i32[sp - 1];
            i32[sp - 1] = i32[sp - oparg];
            i32[sp - oparg] = t;
            continue;
          }
          case 120: /* COPY */ {
            const v = i32[sp - oparg];
            incref(v as Borrowed);
            i32[sp++] = v;
            continue;
          }
          case 11: /* UNARY_NEGATIVE */ {
            const v = i32[sp - 1] as Borrowed;
            const r = numberNegative(v);
            decref(v);
            if (r === NULL) { sp--; break dispatch; }
            i32[sp - 1] = r;
            continue;
          }
          case 15: /* UNARY_INVERT */ {
            const v = i32[sp - 1] as Borrowed;
            const r = numberInvert(v);
            decref(v);
            if (r === NULL) { sp--; break dispatch; }
            i32[sp - 1] = r;
            continue;
          }
          case 12: /* UNARY_NOT */ {
            const v = i32[sp - 1] as Borrowed;
            const t = v === Py_True ? 1 : v === Py_False ? 0 : objectIsTrue(v);
            decref(v);
            if (t < 0) { sp--; break dispatch; }
            const r = t ? Py_False : Py_True;
            incref(r);
            i32[sp - 1] = r;
            continue;
          }
          case 122: /* BINARY_OP */ {
            const r = binaryOpSteal(i32[sp - 2] as Borrowed, i32[sp - 1] as Borrowed, oparg);
            sp -= 2;
            if (r === NULL) break dispatch;
            i32[sp++] = r;
            continue;
          }
          case 107: /* COMPARE_OP */ {
            const b = i32[sp - 1] as Borrowed;
            const a = i32[sp - 2] as Borrowed;
            const ta = i32[(a + 4) >> 2], tb = i32[(b + 4) >> 2];
            let r: Owned | Null;
            let c = -1;
            if (ta === intType && tb === intType) {
              const sa = i32[(a + 8) >> 2], sb = i32[(b + 8) >> 2];
              if (sa >= -1 && sa <= 1 && sb >= -1 && sb <= 1) {
                const x = sa * u32[(a + 12) >> 2], y = sb * u32[(b + 12) >> 2];
                c = cmpNumbers(x, y, oparg);
              }
            } else if (ta === floatType && tb === floatType) {
              c = cmpNumbers(f64[(a + FLOAT_VALUE) >> 3], f64[(b + FLOAT_VALUE) >> 3], oparg);
            }
            if (c >= 0) {
              r = (c ? Py_True : Py_False) as Owned;
              incref(r);
            } else {
              r = objectRichCompare(a, b, oparg);
            }
            decref(a);
            decref(b);
            sp -= 2;
            if (r === NULL) break dispatch;
            i32[sp++] = r;
            continue;
          }
          case 117: /* IS_OP */ {
            const b = i32[--sp], a = i32[--sp];
            const r = (a === b) !== (oparg === 1) ? Py_True : Py_False;
            decref(a as Owned);
            decref(b as Owned);
            incref(r);
            i32[sp++] = r;
            continue;
          }
          case 118: /* CONTAINS_OP */ {
            const b = i32[--sp] as Owned, a = i32[--sp] as Owned;
            const c = sequenceContains(b, a);
            decref(a);
            decref(b);
            if (c < 0) break dispatch;
            const r = (c === 1) !== (oparg === 1) ? Py_True : Py_False;
            incref(r);
            i32[sp++] = r;
            continue;
          }
          case 114: /* POP_JUMP_IF_FALSE */
          case 115: /* POP_JUMP_IF_TRUE */ {
            const v = i32[--sp] as Owned;
            let t: number;
            if (v === Py_True) t = 1;
            else if (v === Py_False) t = 0;
            else {
              t = objectIsTrue(v);
              decref(v);
              if (t < 0) break dispatch;
            }
            if ((t === 1) === ((word & 0xff) === 115)) pc = oparg;
            continue;
          }
          case 129: /* POP_JUMP_IF_NONE */
          case 128: /* POP_JUMP_IF_NOT_NONE */ {
            const v = i32[--sp] as Owned;
            const isNone = v === Py_None;
            decref(v);
            if (isNone === ((word & 0xff) === 129)) pc = oparg;
            continue;
          }
          case 110: /* JUMP_FORWARD */
            pc = oparg;
            continue;
          case 140: /* JUMP_BACKWARD */
            // Checked before jumping: CPython's traceback names the JUMP_BACKWARD itself.
            if (interruptFlag[0] !== 0 && handleInterrupt()) break dispatch;
            pc = oparg;
            if (jitHook !== null && (++i32[(i32[(code + CO_GCACHE) >> 2] >> 2) + CO_BACKEDGE_WORD] & (JIT_OSR_EVERY - 1)) === 0) {
              jitOsr = true;
              continue main;
            }
            continue;
          case 134: /* JUMP_BACKWARD_NO_INTERRUPT */
            pc = oparg;
            continue;
          case 25: /* BINARY_SUBSCR */ {
            const k = i32[--sp] as Owned, o = i32[--sp] as Owned;
            const r = objectGetItem(o, k);
            decref(o);
            decref(k);
            if (r === NULL) break dispatch;
            i32[sp++] = r;
            continue;
          }
          case 60: /* STORE_SUBSCR */ {
            const k = i32[--sp] as Owned, o = i32[--sp] as Owned, v = i32[--sp] as Owned;
            const r = objectSetItem(o, k, v);
            decref(v);
            decref(o);
            decref(k);
            if (r < 0) break dispatch;
            continue;
          }
          case 61: /* DELETE_SUBSCR */
            sp = opDeleteSubscr(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 26: /* BINARY_SLICE */ {
            const stop = i32[--sp] as Owned, start = i32[--sp] as Owned, o = i32[--sp] as Owned;
            const s = sliceNew(start, stop, NULL);
            decref(start);
            decref(stop);
            let r: Owned | Null = NULL;
            if (s !== NULL) {
              r = objectGetItem(o, s);
              decref(s);
            }
            decref(o);
            if (r === NULL) break dispatch;
            i32[sp++] = r;
            continue;
          }
          case 27: /* STORE_SLICE */
            sp = opStoreSlice(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 133: /* BUILD_SLICE */ {
            const step = oparg === 3 ? i32[--sp] as Owned : NULL;
            const stop = i32[--sp] as Owned, start = i32[--sp] as Owned;
            const s = sliceNew(start, stop, step);
            decref(start);
            decref(stop);
            xdecref(step);
            if (s === NULL) break dispatch;
            i32[sp++] = s;
            continue;
          }
          case 116: /* LOAD_GLOBAL */ {
            // Inline cache keyed by both dicts' PEP 509 versions (CPython's LOAD_GLOBAL_MODULE/BUILTIN).
            const gd = i32[fw + F_GLOBALS], bd = i32[fw + F_BUILTINS];
            const cw = (i32[(code + CO_GCACHE) >> 2] >> 2) + CO_CACHE_WORDS * (pc - 1);
            let v: number;
            if (i32[cw] === i32[(gd + MA_VERSION) >> 2] && i32[cw + 1] === i32[(bd + MA_VERSION) >> 2] && i32[cw + 2] !== 0) {
              v = i32[cw + 2];
              incref(v as Borrowed);
            } else {
              v = loadGlobal(gd as Borrowed, bd as Borrowed, i32[names + (oparg >> 1)] as Borrowed);
              if (v === NULL) break dispatch;
              if (i32[(gd + 4) >> 2] === dictType && i32[(bd + 4) >> 2] === dictType) {
                i32[cw] = i32[(gd + MA_VERSION) >> 2];
                i32[cw + 1] = i32[(bd + MA_VERSION) >> 2];
                i32[cw + 2] = v;
              }
            }
            if (oparg & 1) i32[sp++] = 0;
            i32[sp++] = v;
            continue;
          }
          case 97: /* STORE_GLOBAL */
            sp = opStoreGlobal(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 98: /* DELETE_GLOBAL */
            sp = opDeleteGlobal(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 101: /* LOAD_NAME */
            sp = opLoadName(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 175: /* LOAD_FROM_DICT_OR_GLOBALS */ {
            const mapping = i32[--sp] as Owned;
            const name = i32[names + oparg] as Borrowed;
            const k = localsLookup(mapping, name);
            decref(mapping);
            if (k < 0) break dispatch;
            if (k === 1) { i32[sp++] = LOCAL_RESULT[0]; continue; }
            const v = loadGlobal(i32[fw + F_GLOBALS] as Borrowed, i32[fw + F_BUILTINS] as Borrowed, name);
            if (v === NULL) break dispatch;
            i32[sp++] = v;
            continue;
          }
          case 90: /* STORE_NAME */
            sp = opStoreName(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 91: /* DELETE_NAME */
            sp = opDeleteName(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 87: /* LOAD_LOCALS */ {
            const locals = i32[fw + F_LOCALS] as Borrowed;
            if (locals === 0) { errSetString(SystemError, 'no locals found'); break dispatch; }
            incref(locals);
            i32[sp++] = locals;
            continue;
          }
          case 85: /* SETUP_ANNOTATIONS */ {
            const locals = i32[fw + F_LOCALS] as Borrowed;
            if (locals === 0) { errSetString(SystemError, 'no locals found when setting up annotations'); break dispatch; }
            const key = strInternImmortal('__annotations__');
            const k = localsLookup(locals, key);
            if (k < 0) break dispatch;
            if (k === 1) { decref(LOCAL_RESULT[0] as Owned); continue; }
            const d = dictNew();
            if (d === NULL) break dispatch;
            const r = isDictExact(locals) ? dictSetItem(locals, key, d) : objectSetItem(locals, key, d);
            decref(d);
            if (r < 0) break dispatch;
            continue;
          }
          case 135: /* MAKE_CELL */ {
            const v = i32[lp + oparg];
            const c = cellNew(v as Borrowed);
            if (c === NULL) break dispatch;
            if (v !== 0) decref(v as Owned);
            i32[lp + oparg] = c;
            continue;
          }
          case 149: /* COPY_FREE_VARS */ {
            const closure = i32[(i32[fw + F_FUNC] + FUNC_CLOSURE) >> 2];
            const nlp = i32[(code + CO_NLOCALSPLUS) >> 2];
            const off = nlp - oparg;
            for (let i = 0; i < oparg; i++) {
              const c = i32[((closure + TUPLE_ITEMS) >> 2) + i];
              incref(c as Borrowed);
              i32[lp + off + i] = c;
            }
            continue;
          }
          case 136: /* LOAD_CLOSURE */ {
            const v = i32[lp + oparg];
            incref(v as Borrowed);
            i32[sp++] = v;
            continue;
          }
          case 137: /* LOAD_DEREF */ {
            const v = i32[(i32[lp + oparg] + CELL_REF) >> 2];
            if (v === 0) { unboundDeref(code, oparg); break dispatch; }
            incref(v as Borrowed);
            i32[sp++] = v;
            continue;
          }
          case 176: /* LOAD_FROM_DICT_OR_DEREF */ {
            const mapping = i32[--sp] as Owned;
            const nameObj = tupleGetItemBorrow(i32[(code + CO_LOCALSPLUSNAMES) >> 2] as Borrowed, oparg);
            const k = localsLookup(mapping, nameObj);
            decref(mapping);
            if (k < 0) break dispatch;
            if (k === 1) { i32[sp++] = LOCAL_RESULT[0]; continue; }
            const v = i32[(i32[lp + oparg] + CELL_REF) >> 2];
            if (v === 0) { unboundDeref(code, oparg); break dispatch; }
            incref(v as Borrowed);
            i32[sp++] = v;
            continue;
          }
          case 138: /* STORE_DEREF */ {
            const cell = i32[lp + oparg];
            const old = i32[(cell + CELL_REF) >> 2];
            i32[(cell + CELL_REF) >> 2] = i32[--sp];
            if (old !== 0) decref(old as Owned);
            continue;
          }
          case 139: /* DELETE_DEREF */ {
            const cell = i32[lp + oparg];
            const old = i32[(cell + CELL_REF) >> 2];
            if (old === 0) { unboundDeref(code, oparg); break dispatch; }
            i32[(cell + CELL_REF) >> 2] = 0;
            decref(old as Owned);
            continue;
          }
          case 106: /* LOAD_ATTR */ {
            const cw0 = (i32[(code + CO_GCACHE) >> 2] >> 2) + CO_CACHE_WORDS * (pc - 1);
            const r = loadAttrSteal(cw0, i32[sp - 1] as Owned, i32[names + (oparg >> 1)] as Borrowed, oparg & 1);
            if (r === NULL) { sp--; break dispatch; }
            if (oparg & 1) {
              i32[sp - 1] = attrOut[0];
              i32[sp++] = r;
            } else {
              i32[sp - 1] = r;
            }
            continue;
          }
          case 95: /* STORE_ATTR */ {
            const o = i32[--sp] as Owned, v = i32[--sp] as Owned;
            const cw0 = (i32[(code + CO_GCACHE) >> 2] >> 2) + CO_CACHE_WORDS * (pc - 1);
            if (storeAttrSteal(cw0, o, i32[names + oparg] as Borrowed, v) < 0) break dispatch;
            continue;
          }
          case 96: /* DELETE_ATTR */ {
            const o = i32[--sp] as Owned;
            const r = objectSetAttrVM(o, i32[names + oparg] as Borrowed, NULL);
            decref(o);
            if (r < 0) break dispatch;
            continue;
          }
          case 141: /* LOAD_SUPER_ATTR */
            sp = opLoadSuperAttr(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 102: /* BUILD_TUPLE */ {
            const t = tupleFromArraySteal((sp - oparg) << 2, oparg);
            if (t === NULL) break dispatch;
            sp -= oparg;
            i32[sp++] = t;
            continue;
          }
          case 103: /* BUILD_LIST */ {
            const l = listNew(oparg);
            if (l === NULL) break dispatch;
            const items = i32[(l + LIST_ITEMS) >> 2] >> 2;
            sp -= oparg;
            for (let i = 0; i < oparg; i++) i32[items + i] = i32[sp + i];
            i32[sp++] = l;
            continue;
          }
          case 104: /* BUILD_SET */
            sp = opBuildSet(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 105: /* BUILD_MAP */
            sp = opBuildMap(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 156: /* BUILD_CONST_KEY_MAP */
            sp = opBuildConstKeyMap(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 157: /* BUILD_STRING */
            sp = opBuildString(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 145: /* LIST_APPEND */ {
            const v = i32[--sp] as Owned;
            const r = listAppend(i32[sp - oparg] as Borrowed, v);
            decref(v);
            if (r < 0) break dispatch;
            continue;
          }
          case 146: /* SET_ADD */
            sp = opSetAdd(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 147: /* MAP_ADD */
            sp = opMapAdd(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 162: /* LIST_EXTEND */
            sp = opListExtend(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 163: /* SET_UPDATE */
            sp = opSetUpdate(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 165: /* DICT_UPDATE */
            sp = opDictUpdate(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 164: /* DICT_MERGE */
            sp = opDictMerge(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 155: /* FORMAT_VALUE */
            sp = opFormatValue(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 92: /* UNPACK_SEQUENCE */ {
            const v = i32[--sp] as Owned;
            const tv = i32[(v + 4) >> 2];
            if ((tv === tupleType || tv === listType) && i32[(v + 8) >> 2] === oparg) {
              const items = tv === tupleType ? (v + TUPLE_ITEMS) >> 2 : i32[(v + LIST_ITEMS) >> 2] >> 2;
              for (let i = oparg - 1; i >= 0; i--) {
                const x = i32[items + i];
                incref(x as Borrowed);
                i32[sp++] = x;
              }
              decref(v);
              continue;
            }
            if (tv === tupleType || tv === listType) {
              const n = i32[(v + 8) >> 2];
              if (n < oparg) errSetString(ValueError, `not enough values to unpack (expected ${oparg}, got ${n})`);
              else errSetString(ValueError, `too many values to unpack (expected ${oparg})`);
              decref(v);
              break dispatch;
            }
            const r = unpackIterable(v, oparg, -1, sp + oparg - 1);
            decref(v);
            if (r < 0) break dispatch;
            sp += oparg;
            continue;
          }
          case 94: /* UNPACK_EX */
            sp = opUnpackEx(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 68: /* GET_ITER */ {
            const v = i32[sp - 1] as Owned;
            const it = objectGetIter(v);
            decref(v);
            if (it === NULL) { sp--; break dispatch; }
            i32[sp - 1] = it;
            continue;
          }
          case 131: /* GET_AWAITABLE */
            sp = opGetAwaitable(sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 50: /* GET_AITER */
            sp = opGetAiter(sp);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 51: /* GET_ANEXT */
            sp = opGetAnext(sp);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 54: /* END_ASYNC_FOR */ {
            // (awaitable, exc -- ): StopAsyncIteration ends the loop; anything else is re-raised as it is.
            const exc = i32[--sp] as Owned;
            const aw = i32[--sp] as Owned;
            decref(aw);
            if (errMatchesInstance(exc, exceptionTypes.get('StopAsyncIteration')!)) {
              decref(exc);
              continue;
            }
            errSetRaised(exc);
            skipTraceback = true;
            break dispatch;
          }
          case 69: /* GET_YIELD_FROM_ITER */ {
            const v = i32[sp - 1] as Owned;
            if (typeOf(v) === genType) continue;
            if (typeOf(v) === coroutineType) {
              // A coroutine is only delegated to from a coroutine (or a types.coroutine generator).
              if ((i32[(i32[fw + F_CODE] + CO_FLAGS) >> 2] & (CO_COROUTINE | CO_ITERABLE_COROUTINE)) !== 0) continue;
              errSetString(TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
              decref(v);
              sp--;
              break dispatch;
            }
            const it = genYieldFromIter(v);
            decref(v);
            if (it === NULL) { sp--; break dispatch; }
            i32[sp - 1] = it;
            continue;
          }
          case 93: /* FOR_ITER */ {
            const it = i32[sp - 1] as Borrowed;
            if (i32[(it + 4) >> 2] === genType) {
              // FOR_ITER_GEN: resume the generator's frame in this loop (genSend's work, inline).
              const st = i32[(it + GI_FRAME_STATE) >> 2];
              if ((st === FRAME_CREATED || st === FRAME_SUSPENDED) && ts.depth < ts.recursionLimit) {
                const gf = it + GI_FRAME, gfw = gf >> 2;
                incref(Py_None);
                const gsp = i32[gfw + F_SP];
                i32[gsp] = Py_None;
                i32[gfw + F_SP] = gsp + 1;
                i32[(it + GI_FRAME_STATE) >> 2] = FRAME_EXECUTING;
                excInfo.push(it + GI_EXC_STATE);
                ts.depth++;
                i32[fw + F_SP] = sp;
                i32[gfw + F_FLAGS] = (i32[gfw + F_FLAGS] & ~FRAME_ENTRY) | FRAME_INLINE_GEN;
                i32[gfw + F_PREVIOUS] = f;
                f = gf;
                ts.frame = f;
                jitResume = true;
                continue main;
              }
            }
            const next = slotsOf(it).iternext;
            let v: Owned | Null;
            if (next === null) v = errSetString(TypeError, `'${typeNameOf(it)}' object is not an iterator`);
            else v = next(it);
            if (v === NULL) {
              if (errOccurred() !== NULL) {
                if (!errExceptionMatches(StopIteration)) break dispatch;
                errClear();
              }
              decref(i32[--sp] as Owned);
              pc = oparg + 1;
              continue;
            }
            i32[sp++] = v;
            continue;
          }
          case 30: /* GET_LEN */
            sp = opGetLen(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 31: /* MATCH_MAPPING */
          case 32: /* MATCH_SEQUENCE */ {
            const o = i32[sp - 1] as Borrowed;
            const yes = (word & 0xff) === 31 ? isMappingForMatch(o) : isSequenceForMatch(o);
            const r = yes ? Py_True : Py_False;
            incref(r);
            i32[sp++] = r;
            continue;
          }
          case 33: /* MATCH_KEYS */ {
            const r = matchKeys(i32[sp - 2] as Borrowed, i32[sp - 1] as Borrowed);
            if (r === NULL) break dispatch;
            i32[sp++] = r;
            continue;
          }
          case 152: /* MATCH_CLASS */ {
            const names_ = i32[--sp] as Owned, cls = i32[--sp] as Owned, subject = i32[--sp] as Owned;
            const r = matchClass(subject, cls, oparg, names_);
            decref(subject);
            decref(cls);
            decref(names_);
            if (r === NULL) break dispatch;
            i32[sp++] = r;
            continue;
          }
          case 132: /* MAKE_FUNCTION */
            sp = opMakeFunction(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 71: /* LOAD_BUILD_CLASS */
            sp = opLoadBuildClass(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 74: /* LOAD_ASSERTION_ERROR */
            sp = opLoadAssertionError(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 172: /* KW_NAMES */
            kwnames = i32[consts + oparg];
            continue;
          case 171: /* CALL */ {
            const base = sp - oparg - 2;
            const aw = callUnpack(base, oparg);
            const callable = callOut[0], nargs = callOut[1];
            const kw = kwnames as Borrowed | Null;
            kwnames = 0;
            if (i32[(callable + 4) >> 2] === functionType) {
              // The new frame takes over the function and the arguments; the NULL slot (if any) is dropped.
              i32[fw + F_SP] = base;
              const nf = framePushCall(callable as Owned, aw, nargs, kw);
              sp = base;
              if (nf === 0) break dispatch;
              i32[(nf >> 2) + F_PREVIOUS] = f;
              f = nf;
              ts.frame = f;
              continue main;
            }
            const nkw = kw === NULL ? 0 : tupleSize(kw);
            i32[fw + F_SP] = sp;
            if (aw === base + 2 && i32[(callable + 4) >> 2] === typeType) {
              // A class whose __new__ is object.__new__ and whose __init__ is a Python function:
              // allocate here and run __init__ in this loop (type_call without re-entering it).
              const init = classInitInline(callable as Borrowed);
              if (init !== NULL) {
                classCallArgsTouch(nargs - nkw, nkw);
                const charged = !enterRecursiveClassCall();
                const self = charged ? objectNewSlot(callable as Borrowed, aw << 2, nargs - nkw, kw) : NULL;
                if (self === NULL && charged) leaveRecursiveClassCall();
                if (self !== NULL) {
                  // base: the caller's reference (the call's result once __init__ returns None);
                  // base + 1 (was the class): __init__'s self argument.
                  incref(self);
                  i32[base] = self;
                  i32[base + 1] = self;
                  decref(callable as Owned);
                  incref(init);
                  i32[fw + F_SP] = base + 1;
                  const nf = framePushCall(init as Owned, base + 1, nargs + 1, kw);
                  sp = base + 1;
                  if (nf === 0) {
                    leaveRecursiveClassCall();
                    break dispatch;
                  }
                  i32[(nf >> 2) + F_FLAGS] |= FRAME_INIT;
                  i32[(nf >> 2) + F_PREVIOUS] = f;
                  f = nf;
                  ts.frame = f;
                  continue main;
                }
                for (let p = sp - 1; p >= base; p--) {
                  const v = i32[p];
                  if (v !== 0) decref(v as Owned);
                }
                sp = base;
                break dispatch;
              }
            }
            // A builtin is called as 3.12's specialized instructions call it (nativeCallCharged), the
            // rest through their vectorcall.
            const ct = i32[(callable + 4) >> 2];
            let r: Owned | Null;
            if (traceState.profile !== 0 && (ct === cfunctionType || (ct === methodDescriptorType && nargs - nkw > 0))) {
              r = profiledNativeCall(f, callable as Borrowed, aw, nargs - nkw, kw);
            } else if (ct !== cfunctionType && ct !== methodDescriptorType) {
              r = objectVectorcall(callable as Borrowed, aw << 2, nargs - nkw, kw);
            } else if (!nativeCallCharged(callable, nkw)) {
              r = objectVectorcallUncharged(callable as Borrowed, aw << 2, nargs - nkw, kw);
            } else if (enterRecursiveCall(' while calling a Python object')) {
              r = NULL;
            } else {
              r = objectVectorcallUncharged(callable as Borrowed, aw << 2, nargs - nkw, kw);
              leaveRecursiveCall();
            }
            for (let p = sp - 1; p >= base; p--) {
              const v = i32[p];
              if (v !== 0) decref(v as Owned);
            }
            sp = base;
            if (r === NULL) break dispatch;
            i32[sp++] = r;
            continue;
          }
          case 142: /* CALL_FUNCTION_EX */
            sp = opCallFunctionEx(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 173: /* CALL_INTRINSIC_1 */
            sp = opCallIntrinsic1(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 174: /* CALL_INTRINSIC_2 */
            sp = opCallIntrinsic2(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 108: /* IMPORT_NAME */
            sp = opImportName(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 109: /* IMPORT_FROM */
            sp = opImportFrom(f, sp, oparg);
            if (sp < 0) { sp = -sp; break dispatch; }
            continue;
          case 83: /* RETURN_VALUE */
          case 121: /* RETURN_CONST */ {
            let retval: number;
            if ((word & 0xff) === 83) retval = i32[--sp];
            else { retval = i32[consts + oparg]; incref(retval as Borrowed); }
            i32[fw + F_SP] = sp;
            const flags = frameLeave(f);
            const prev = ts.frame;
            if (flags & FRAME_ENTRY) return retval as Owned;
            f = prev;
            if (flags & FRAME_INIT) {
              // The instance is already in the call's result slot of the caller.
              leaveRecursiveClassCall();
              unwinding = !initReturned(retval);
              continue main;
            }
            if (flags & FRAME_INLINE_GEN) {
              // The generator returned to FOR_ITER: its value is dropped and the loop ends.
              inlineGenFinish(fw);
              decref(retval as Owned);
              inlineGenExhausted(prev);
              continue main;
            }
            pushOnResume = retval;
            continue main;
          }
          case 75: /* RETURN_GENERATOR */ {
            i32[fw + F_SP] = sp;
            const g = genFromFrame(f);
            if (g === NULL) break dispatch;
            ts.depth--;
            const flags = i32[fw + F_FLAGS];
            const prev = i32[fw + F_PREVIOUS];
            dataStackPop(f);
            ts.frame = prev;
            if (flags & FRAME_ENTRY) return g;
            f = prev;
            pushOnResume = g;
            continue main;
          }
          case 150: /* YIELD_VALUE */ {
            const v = i32[--sp];
            i32[fw + F_SP] = sp;
            if (frameYield(f)) {
              f = i32[fw + F_PREVIOUS];
              pushOnResume = v;
              continue main;
            }
            return v as Owned;
          }
          case 123: /* SEND */ {
            i32[fw + F_SP] = sp;
            const r = sendCore(i32[sp - 2] as Borrowed, i32[sp - 1] as Owned);
            if (r === NULL) { sp--; break dispatch; }
            i32[sp - 1] = r;
            if (!sendYielded) pc = oparg;
            continue;
          }
          case 55: /* CLEANUP_THROW */ {
            // (sub_iter, last_sent_val, exc_value -- none, value)
            const exc = i32[sp - 1] as Owned;
            if (errMatchesInstance(exc, StopIteration)) {
              const value = stopIterationValueOf(exc);
              decref(i32[sp - 3] as Owned);
              decref(i32[sp - 2] as Owned);
              decref(exc);
              sp -= 3;
              incref(Py_None);
              i32[sp++] = Py_None;
              i32[sp++] = value;
              continue;
            }
            sp--;
            errSetRaised(exc);
            skipTraceback = true;
            break dispatch;
          }
          case 130: /* RAISE_VARARGS */ {
            let cause: Owned | Null = NULL, exc: Owned | Null = NULL;
            if (oparg === 2) cause = i32[--sp] as Owned;
            if (oparg >= 1) exc = i32[--sp] as Owned;
            if (doRaise(exc, cause) === 1) skipTraceback = true;
            break dispatch;
          }
          case 119: /* RERAISE */ {
            // CPython sets frame->prev_instr from the pushed lasti (for f_lineno) but looks the handler
            // up at the RERAISE itself; our traceback entries carry their own lasti, so only the lookup
            // matters here: keep pc.
            const exc = i32[--sp] as Owned;
            errSetRaised(exc);
            skipTraceback = true;
            break dispatch;
          }
          case 35: /* PUSH_EXC_INFO */ {
            const v = i32[sp - 1];
            const slot = excInfo[excInfo.length - 1] >> 2;
            const prev = i32[slot];
            if (prev !== 0) {
              i32[sp - 1] = prev;
            } else {
              incref(Py_None);
              i32[sp - 1] = Py_None;
            }
            incref(v as Borrowed);
            i32[slot] = v;
            i32[sp++] = v;
            continue;
          }
          case 89: /* POP_EXCEPT */ {
            const v = i32[--sp];
            const slot = excInfo[excInfo.length - 1] >> 2;
            const old = i32[slot];
            if (v === Py_None) {
              i32[slot] = 0;
              decref(v as Owned);
            } else {
              i32[slot] = v;
            }
            if (old !== 0) decref(old as Owned);
            continue;
          }
          case 36: /* CHECK_EXC_MATCH */ {
            const right = i32[--sp] as Owned;
            const left = i32[sp - 1] as Borrowed;
            if (!checkExceptTypeValid(right)) { decref(right); break dispatch; }
            const m = exceptionMatches(left, right);
            decref(right);
            const r = m ? Py_True : Py_False;
            incref(r);
            i32[sp++] = r;
            continue;
          }
          case 37: /* CHECK_EG_MATCH */ {
            const matchType = i32[--sp] as Owned, excValue = i32[--sp] as Owned;
            if (!checkExceptTypeValid(matchType)) { decref(matchType); decref(excValue); break dispatch; }
            const r = exceptionGroupMatch(excValue, matchType);
            decref(matchType);
            if (r < 0) { decref(excValue); break dispatch; }
            decref(excValue);
            i32[sp++] = EG_RESULT[0];
            i32[sp++] = EG_RESULT[1];
            if (EG_RESULT[1] !== Py_None) {
              // A match: it becomes the handled exception (PyErr_SetHandledException).
              const slot = excInfo[excInfo.length - 1] >> 2;
              const old = i32[slot];
              incref(EG_RESULT[1] as Borrowed);
              i32[slot] = EG_RESULT[1];
              if (old !== 0) decref(old as Owned);
            }
            continue;
          }
          case 52: /* BEFORE_ASYNC_WITH */
          case 53: /* BEFORE_WITH */ {
            const mgr = i32[sp - 1] as Owned;
            const isAsync = (word & 0xff) === 52;
            const enter = specialMethod(mgr, isAsync ? '__aenter__' : '__enter__');
            const protocol = isAsync ? 'asynchronous context manager protocol' : 'context manager protocol';
            if (enter === NULL) {
              if (errOccurred() === NULL) {
                errSetString(TypeError, `'${typeNameOf(mgr)}' object does not support the ${protocol}`);
              }
              decref(mgr);
              sp--;
              break dispatch;
            }
            const exit = specialMethod(mgr, isAsync ? '__aexit__' : '__exit__');
            if (exit === NULL) {
              if (errOccurred() === NULL) {
                errSetString(TypeError, `'${typeNameOf(mgr)}' object does not support the ${protocol} (missed ${isAsync ? '__aexit__' : '__exit__'} method)`);
              }
              decref(enter);
              decref(mgr);
              sp--;
              break dispatch;
            }
            i32[sp - 1] = exit;
            decref(mgr);
            i32[fw + F_SP] = sp;
            const res = objectCallNoArgs(enter);
            decref(enter);
            if (res === NULL) break dispatch;
            i32[sp++] = res;
            continue;
          }
          case 49: /* WITH_EXCEPT_START */ {
            // (exit_func, lasti, unused, val -- exit_func, lasti, unused, val, res)
            const val = i32[sp - 1] as Borrowed;
            const exitFunc = i32[sp - 4] as Borrowed;
            const tb = i32[(val + 20) >> 2];
            const r = objectCallArgs(exitFunc, [typeOf(val), val, (tb !== 0 ? tb : Py_None) as Borrowed]);
            if (r === NULL) break dispatch;
            i32[sp++] = r;
            continue;
          }
          case 3: /* INTERPRETER_EXIT */ {
            const v = i32[--sp];
            ts.frame = i32[fw + F_PREVIOUS];
            return v as Owned;
          }
          default:
            errSetString(SystemError, `unknown opcode ${word & 0xff}`);
            break dispatch;
        }
      }
      // An instruction failed: the exception is set; the faulting instruction is pc - 1.
      lasti = pc - 1;
    } else {
      lasti = pc - 1;
    }
    unwinding = false;
    // Exception unwinding: add a traceback entry (unless re-raising), find a handler in this frame or pop it.
    for (;;) {
      if (tstate.exc === NULL) errSetString(SystemError, 'error return without exception set');
      if (!skipTraceback) {
        const exc = tstate.exc;
        if (exc !== NULL && i32[(exc + 20) >> 2] === 0) chainContext(exc);
        if (!codeFramesHidden(code as Borrowed, i32[fw + F_GLOBALS] as Borrowed)) tracebackHere(code as Borrowed, i32[fw + F_GLOBALS] as Borrowed, lasti);
        // sys.settrace's 'exception' event (a failing tracer's error replaces the exception)
        if (traceState.on) traceException(f);
      }
      skipTraceback = false;
      const h = findHandler(code, lasti);
      if (h >= 0) {
        const depth = i32[h + 3];
        const nlp = i32[(code + CO_NLOCALSPLUS) >> 2];
        const stackBase = lp + nlp;
        while (sp > stackBase + depth) {
          const v = i32[--sp];
          if (v !== 0) decref(v as Owned);
        }
        if (i32[h + 4] !== 0) {
          const li = intFromNumber(lasti);
          if (li === NULL) { continue; }
          i32[sp++] = li;
        }
        i32[sp++] = errFetch();
        pc = i32[h + 2];
        continue main;
      }
      // No handler: this frame is done ('return' None for a tracer). Its locals go to the traceback entry's frame object.
      if (traceState.on) traceReturn(f, Py_None);
      i32[fw + F_SP] = sp;
      attachFrameObject(f);
      const prev = i32[fw + F_PREVIOUS];
      ts.frame = prev;
      frameClear(f);
      ts.depth--;
      const flags = i32[fw + F_FLAGS];
      if ((flags & FRAME_OWNED_BY_GEN) === 0) dataStackPop(f);
      if (flags & FRAME_ENTRY) return NULL;
      if (flags & FRAME_INLINE_GEN) inlineGenFinish(fw);
      if (flags & FRAME_INIT) leaveRecursiveClassCall();
      // Go on unwinding in the caller (the top of `main` reloads its state and sets lasti).
      f = prev;
      unwinding = true;
      continue main;
    }
  }
}

// Instructions that work on the value stack in memory, as functions: the eval loop calls them, and so
// does compiled code (src/jit/), which writes its stack values to the frame first. Each takes the frame,
// the end of its value stack (word index) and the oparg.

/** BUILD_MAP on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opBuildMap(_f: number, sp: number, oparg: number): number {
  const d = dictNewPresized(oparg);
  if (d === NULL) return -sp;
  sp -= 2 * oparg;
  let err = 0;
  for (let i = 0; i < oparg; i++) {
    const k = i32[sp + 2 * i] as Owned, v = i32[sp + 2 * i + 1] as Owned;
    if (err === 0 && dictSetItem(d, k, v) < 0) err = -1;
    decref(k);
    decref(v);
  }
  if (err < 0) { decref(d); return -sp; }
  i32[sp++] = d;
  return sp;
}

/** BUILD_CONST_KEY_MAP on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opBuildConstKeyMap(_f: number, sp: number, oparg: number): number {
  const keys = i32[--sp] as Owned;
  const d = dictNewPresized(oparg);
  sp -= oparg;
  let err = d === NULL ? -1 : 0;
  for (let i = 0; i < oparg; i++) {
    const v = i32[sp + i] as Owned;
    if (err === 0 && dictSetItem(d as Borrowed, tupleGetItemBorrow(keys, i), v) < 0) err = -1;
    decref(v);
  }
  decref(keys);
  if (err < 0) { xdecref(d); return -sp; }
  i32[sp++] = d;
  return sp;
}

/** BUILD_STRING on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opBuildString(_f: number, sp: number, oparg: number): number {
  const r = buildString(sp - oparg, oparg);
  for (let i = 0; i < oparg; i++) decref(i32[--sp] as Owned);
  if (r === NULL) return -sp;
  i32[sp++] = r;
  return sp;
}

/** FORMAT_VALUE on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opFormatValue(_f: number, sp: number, oparg: number): number {
  const spec = (oparg & 4) !== 0 ? i32[--sp] as Owned : NULL;
  let v = i32[--sp] as Owned;
  const conv = oparg & 3;
  if (conv !== 0) {
    const c = convertValue(v, conv);
    decref(v);
    if (c === NULL) { xdecref(spec); return -sp; }
    v = c;
  }
  if (spec === NULL && i32[(v + 4) >> 2] === strType) {
    i32[sp++] = v;
    return sp;
  }
  const r = objectFormat(v, spec);
  decref(v);
  xdecref(spec);
  if (r === NULL) return -sp;
  i32[sp++] = r;
  return sp;
}

/** MAKE_FUNCTION on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opMakeFunction(f: number, sp: number, oparg: number): number {
  const fw = f >> 2;
  const co = i32[--sp] as Owned;
  const fn = functionNew(co, i32[fw + F_GLOBALS] as Borrowed, i32[fw + F_BUILTINS] as Borrowed, NULL);
  decref(co);
  if (fn === NULL) {
    for (let i = 0; i < ((oparg & 1) + ((oparg >> 1) & 1) + ((oparg >> 2) & 1) + ((oparg >> 3) & 1)); i++) decref(i32[--sp] as Owned);
    return -sp;
  }
  if (oparg & 8) functionSetFieldSteal(fn, FUNC_CLOSURE, i32[--sp] as Owned);
  if (oparg & 4) functionSetFieldSteal(fn, FUNC_ANNOTATIONS, annotationsFromTuple(i32[--sp] as Owned));
  if (oparg & 2) functionSetFieldSteal(fn, FUNC_KWDEFAULTS, i32[--sp] as Owned);
  if (oparg & 1) functionSetFieldSteal(fn, FUNC_DEFAULTS, i32[--sp] as Owned);
  i32[sp++] = fn;
  return sp;
}

/** STORE_SLICE on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opStoreSlice(_f: number, sp: number, oparg: number): number {
  const stop = i32[--sp] as Owned, start = i32[--sp] as Owned, o = i32[--sp] as Owned, v = i32[--sp] as Owned;
  const s = sliceNew(start, stop, NULL);
  decref(start);
  decref(stop);
  let r = -1;
  if (s !== NULL) {
    r = objectSetItem(o, s, v);
    decref(s);
  }
  decref(v);
  decref(o);
  if (r < 0) return -sp;
  return sp;
}

/** DELETE_SUBSCR on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opDeleteSubscr(_f: number, sp: number, oparg: number): number {
  const k = i32[--sp] as Owned, o = i32[--sp] as Owned;
  const r = objectDelItem(o, k);
  decref(o);
  decref(k);
  if (r < 0) return -sp;
  return sp;
}

/** LOAD_SUPER_ATTR on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opLoadSuperAttr(f: number, sp: number, oparg: number): number {
  const fw = f >> 2;
  const names = (i32[(i32[fw + F_CODE] + CO_NAMES) >> 2] + TUPLE_ITEMS) >> 2;
  const self = i32[--sp] as Owned, cls = i32[--sp] as Owned, gsuper = i32[--sp] as Owned;
  const name = i32[names + (oparg >> 2)] as Borrowed;
  if (gsuper === superType && (oparg & 2) !== 0 && isType(cls)) {
    // The builtin super called as super(__class__, self): the lookup without a super object (and,
    // for a method, without a bound method: [meth, self] as LOAD_ATTR's method form pushes).
    const r = superLookup(cls, self, name, (oparg & 1) !== 0);
    decref(gsuper);
    decref(cls);
    if (r === NULL) { decref(self); return -sp; }
    if ((oparg & 1) === 0) {
      decref(self);
      i32[sp++] = r;
    } else if (superLookupUnbound) {
      i32[sp++] = r;
      i32[sp++] = self;
    } else {
      decref(self);
      i32[sp++] = 0;
      i32[sp++] = r;
    }
    return sp;
  }
  const sup = objectCallArgs(gsuper, [cls, self]);
  decref(gsuper);
  decref(cls);
  let r: Owned | Null = NULL;
  if (sup !== NULL) {
    r = objectGetAttr(sup, name);
    decref(sup);
  }
  decref(self);
  if (r === NULL) return -sp;
  if (oparg & 1) i32[sp++] = 0;
  i32[sp++] = r;
  return sp;
}

/** CALL_INTRINSIC_1 on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opCallIntrinsic1(f: number, sp: number, oparg: number): number {
  const v = i32[sp - 1] as Owned;
  const r = intrinsic1(oparg, v, f);
  decref(v);
  if (r === NULL) { sp--; return -sp; }
  i32[sp - 1] = r;
  return sp;
}

/** LIST_EXTEND on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opListExtend(_f: number, sp: number, oparg: number): number {
  const v = i32[--sp] as Owned;
  const r = listExtendIterable(i32[sp - oparg] as Borrowed, v);
  if (r < 0 && errExceptionMatches(TypeError) && slotsOf(v).iter === null && slotsOf(v).getitem === null) {
    errClear();
    errSetString(TypeError, `Value after * must be an iterable, not ${typeNameOf(v)}`);
  }
  decref(v);
  if (r < 0) return -sp;
  return sp;
}

/** BUILD_SET on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opBuildSet(_f: number, sp: number, oparg: number): number {
  const s = setNew();
  if (s === NULL) return -sp;
  sp -= oparg;
  let err = 0;
  for (let i = 0; i < oparg; i++) {
    const v = i32[sp + i] as Owned;
    if (err === 0 && setAdd(s, v) < 0) err = -1;
    decref(v);
  }
  if (err < 0) { decref(s); return -sp; }
  i32[sp++] = s;
  return sp;
}

/** SET_ADD on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opSetAdd(_f: number, sp: number, oparg: number): number {
  const v = i32[--sp] as Owned;
  const r = setAdd(i32[sp - oparg] as Borrowed, v);
  decref(v);
  if (r < 0) return -sp;
  return sp;
}

/** MAP_ADD on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opMapAdd(_f: number, sp: number, oparg: number): number {
  const v = i32[--sp] as Owned, k = i32[--sp] as Owned;
  const r = dictSetItem(i32[sp - oparg] as Borrowed, k, v);
  decref(k);
  decref(v);
  if (r < 0) return -sp;
  return sp;
}

/** DICT_UPDATE on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opDictUpdate(_f: number, sp: number, oparg: number): number {
  const v = i32[--sp] as Owned;
  const r = dictUpdateAny(i32[sp - oparg] as Borrowed, v, false, NULL);
  decref(v);
  if (r < 0) return -sp;
  return sp;
}

/** DICT_MERGE on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opDictMerge(_f: number, sp: number, oparg: number): number {
  const v = i32[--sp] as Owned;
  const r = dictUpdateAny(i32[sp - oparg] as Borrowed, v, true, i32[sp - oparg - 2] as Borrowed);
  decref(v);
  if (r < 0) return -sp;
  return sp;
}

/** STORE_GLOBAL on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opStoreGlobal(f: number, sp: number, oparg: number): number {
  const fw = f >> 2;
  const names = (i32[(i32[fw + F_CODE] + CO_NAMES) >> 2] + TUPLE_ITEMS) >> 2;
  const v = i32[--sp] as Owned;
  const r = dictSetItem(i32[fw + F_GLOBALS] as Borrowed, i32[names + oparg] as Borrowed, v);
  decref(v);
  if (r < 0) return -sp;
  return sp;
}

/** SET_UPDATE on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opSetUpdate(_f: number, sp: number, oparg: number): number {
  const v = i32[--sp] as Owned;
  const r = setUpdateAny(i32[sp - oparg] as Borrowed, v);
  decref(v);
  if (r < 0) return -sp;
  return sp;
}

/** LOAD_NAME on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opLoadName(f: number, sp: number, oparg: number): number {
  const fw = f >> 2;
  const names = (i32[(i32[fw + F_CODE] + CO_NAMES) >> 2] + TUPLE_ITEMS) >> 2;
  const name = i32[names + oparg] as Borrowed;
  const locals = i32[fw + F_LOCALS] as Borrowed;
  if (locals === 0) {
    errSetString(SystemError, `no locals when loading '${strToJS(name)}'`);
    return -sp;
  }
  const k = localsLookup(locals, name);
  if (k < 0) return -sp;
  if (k === 1) { i32[sp++] = LOCAL_RESULT[0]; return sp; }
  const v = loadGlobal(i32[fw + F_GLOBALS] as Borrowed, i32[fw + F_BUILTINS] as Borrowed, name);
  if (v === NULL) return -sp;
  i32[sp++] = v;
  return sp;
}

/** STORE_NAME on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opStoreName(f: number, sp: number, oparg: number): number {
  const fw = f >> 2;
  const names = (i32[(i32[fw + F_CODE] + CO_NAMES) >> 2] + TUPLE_ITEMS) >> 2;
  const name = i32[names + oparg] as Borrowed;
  const v = i32[--sp] as Owned;
  const locals = i32[fw + F_LOCALS] as Borrowed;
  if (locals === 0) {
    decref(v);
    errSetString(SystemError, `no locals found when storing '${strToJS(name)}'`);
    return -sp;
  }
  const r = isDictExact(locals) ? dictSetItem(locals, name, v) : objectSetItem(locals, name, v);
  decref(v);
  if (r < 0) return -sp;
  return sp;
}

/** DELETE_NAME on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opDeleteName(f: number, sp: number, oparg: number): number {
  const fw = f >> 2;
  const names = (i32[(i32[fw + F_CODE] + CO_NAMES) >> 2] + TUPLE_ITEMS) >> 2;
  const name = i32[names + oparg] as Borrowed;
  const locals = i32[fw + F_LOCALS] as Borrowed;
  if (locals === 0) {
    errSetString(SystemError, `no locals when deleting '${strToJS(name)}'`);
    return -sp;
  }
  const r = isDictExact(locals) ? dictDelItem(locals, name) : objectDelItem(locals, name);
  if (r < 0) {
    if (errExceptionMatches(KeyError)) { errClear(); nameError(name); }
    return -sp;
  }
  return sp;
}

/** CALL_FUNCTION_EX on the value stack ending at word `sp` (F_PC already at the next instruction): the new end, or -(the end) with the exception set. */
export function opCallFunctionEx(f: number, sp: number, oparg: number): number {
  const fw = f >> 2;
  let kwargs = (oparg & 1) ? i32[--sp] as Owned : NULL;
  let callargs = i32[--sp] as Owned;
  const func = i32[--sp] as Owned;
  const nul = i32[--sp];
  if (nul !== 0) decref(nul as Owned);
  let r: Owned | Null = NULL;
  fail: {
    if (!isTuple(callargs)) {
      if (slotsOf(callargs).iter === null && slotsOf(callargs).getitem === null) {
        errSetString(TypeError, `${funcDesc(func)} argument after * must be an iterable, not ${typeNameOf(callargs)}`);
        break fail;
      }
      const t = sequenceTuple(callargs);
      if (t === NULL) break fail;
      decref(callargs);
      callargs = t;
    }
    if (kwargs !== NULL && !isDict(kwargs)) {
      const d = dictNew();
      if (d === NULL) break fail;
      if (dictUpdateAny(d, kwargs, true, func) < 0) { decref(d); break fail; }
      decref(kwargs);
      kwargs = d;
    }
    i32[fw + F_SP] = sp;
    r = objectCall(func, callargs, kwargs !== NULL && dictSize(kwargs) > 0 ? kwargs : NULL);
  }
  decref(func);
  decref(callargs);
  xdecref(kwargs);
  if (r === NULL) return -sp;
  i32[sp++] = r;
  return sp;
}

/** IMPORT_NAME on the value stack ending at word `sp` (F_PC already at the next instruction): the new end, or -(the end) with the exception set. */
export function opImportName(f: number, sp: number, oparg: number): number {
  const fw = f >> 2;
  const names = (i32[(i32[fw + F_CODE] + CO_NAMES) >> 2] + TUPLE_ITEMS) >> 2;
  const fromlist = i32[--sp] as Owned, level = i32[--sp] as Owned;
  i32[fw + F_SP] = sp;
  const r = importName(i32[names + oparg] as Borrowed, i32[fw + F_GLOBALS] as Borrowed, fromlist, level);
  decref(fromlist);
  decref(level);
  if (r === NULL) return -sp;
  i32[sp++] = r;
  return sp;
}

/** IMPORT_FROM on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opImportFrom(f: number, sp: number, oparg: number): number {
  const fw = f >> 2;
  const names = (i32[(i32[fw + F_CODE] + CO_NAMES) >> 2] + TUPLE_ITEMS) >> 2;
  const r = importFrom(i32[sp - 1] as Borrowed, i32[names + oparg] as Borrowed);
  if (r === NULL) return -sp;
  i32[sp++] = r;
  return sp;
}

/** GET_LEN on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opGetLen(_f: number, sp: number, oparg: number): number {
  const o = i32[sp - 1] as Borrowed;
  const lenf = slotsOf(o).length;
  const n = lenf === null ? (errSetString(TypeError, `object of type '${typeNameOf(o)}' has no len()`), -1) : lenf(o);
  if (n < 0) return -sp;
  const r = intFromNumber(n);
  if (r === NULL) return -sp;
  i32[sp++] = r;
  return sp;
}

/** UNPACK_EX on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opUnpackEx(_f: number, sp: number, oparg: number): number {
  const v = i32[--sp] as Owned;
  const before = oparg & 0xff, after = oparg >> 8;
  const total = before + 1 + after;
  const r = unpackIterable(v, before, after, sp + total - 1);
  decref(v);
  if (r < 0) return -sp;
  sp += total;
  return sp;
}

/** DELETE_GLOBAL on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opDeleteGlobal(f: number, sp: number, oparg: number): number {
  const fw = f >> 2;
  const names = (i32[(i32[fw + F_CODE] + CO_NAMES) >> 2] + TUPLE_ITEMS) >> 2;
  const name = i32[names + oparg] as Borrowed;
  if (dictDelItem(i32[fw + F_GLOBALS] as Borrowed, name) < 0) {
    if (errExceptionMatches(KeyError)) { errClear(); nameError(name); }
    return -sp;
  }
  return sp;
}

/** LOAD_BUILD_CLASS on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opLoadBuildClass(f: number, sp: number, oparg: number): number {
  const fw = f >> 2;
  const bi = i32[fw + F_BUILTINS] as Borrowed;
  const v = isDict(bi) ? dictGetItemBorrow(bi, strInternImmortal('__build_class__')) : NULL;
  if (v === NULL) { if (errOccurred() === NULL) errSetString(NameErrorType(), '__build_class__ not found'); return -sp; }
  incref(v);
  i32[sp++] = v;
  return sp;
}

/** LOAD_ASSERTION_ERROR on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opLoadAssertionError(_f: number, sp: number, oparg: number): number {
  const t = exceptionTypes.get('AssertionError')!;
  incref(t);
  i32[sp++] = t;
  return sp;
}

/** CALL_INTRINSIC_2 on the value stack ending at word `sp`: the new end, or -(the end) with the exception set. */
export function opCallIntrinsic2(_f: number, sp: number, oparg: number): number {
  const v1 = i32[--sp] as Owned, v2 = i32[sp - 1] as Owned;
  let r: Owned | Null;
  if (oparg === 1) r = prepReraiseStar(v2, v1);
  else if (oparg === 2) r = intrinsicTypeVarWithBound(v2, v1);
  else if (oparg === 3) r = intrinsicTypeVarWithConstraints(v2, v1);
  else if (oparg === 4) r = intrinsicSetFunctionTypeParams(v2, v1);
  else r = errSetString(SystemError, `intrinsic ${oparg} is not implemented`);
  decref(v1);
  decref(v2);
  if (r === NULL) { sp--; return -sp; }
  i32[sp - 1] = r;
  return sp;
}

/** The stack-memory instructions by opcode (what src/jit/codegen.ts compiles as calls). */
export const STACK_OPS: ReadonlyMap<number, (f: number, sp: number, oparg: number) => number> = new Map([
  [105, opBuildMap],
  [156, opBuildConstKeyMap],
  [157, opBuildString],
  [155, opFormatValue],
  [132, opMakeFunction],
  [27, opStoreSlice],
  [61, opDeleteSubscr],
  [141, opLoadSuperAttr],
  [173, opCallIntrinsic1],
  [162, opListExtend],
  [104, opBuildSet],
  [146, opSetAdd],
  [147, opMapAdd],
  [165, opDictUpdate],
  [164, opDictMerge],
  [97, opStoreGlobal],
  [163, opSetUpdate],
  [101, opLoadName],
  [90, opStoreName],
  [91, opDeleteName],
  [142, opCallFunctionEx],
  [108, opImportName],
  [109, opImportFrom],
  [30, opGetLen],
  [94, opUnpackEx],
  [98, opDeleteGlobal],
  [71, opLoadBuildClass],
  [74, opLoadAssertionError],
  [174, opCallIntrinsic2],
]);

/** Comparison `op` of JS numbers for COMPARE_OP's fast paths (the loop's and the JIT's): 1/0. */
export function cmpNumbers(x: number, y: number, op: number): number {
  switch (op) {
    case 0: return x < y ? 1 : 0;
    case 1: return x <= y ? 1 : 0;
    case 2: return x === y ? 1 : 0;
    case 3: return x !== y ? 1 : 0;
    case 4: return x > y ? 1 : 0;
    default: return x >= y ? 1 : 0;
  }
}

/** Result slots of exceptionGroupMatch (rest, match), both owned. */
export const EG_RESULT = new Int32Array(2);

/** _PyObject_FunctionStr, for CALL_FUNCTION_EX errors: 'module.qualname()' ('qualname()' for
 *  builtins), or str(func) when it has no __qualname__. Leaves no exception set. */
function funcDesc(func: Borrowed): string {
  const attr = (name: string): string | null => {
    const v = objectGetAttr(func, strInternImmortal(name));
    if (v === NULL) { errClear(); return null; }
    const r = isStr(v) ? strToJS(v) : null;
    decref(v);
    return r;
  };
  const q = attr('__qualname__');
  if (q === null) {
    const s = objectStr(func);
    if (s === NULL) { errClear(); return `${typeNameOf(func)} object`; }
    const r = strToJS(s);
    decref(s);
    return r;
  }
  const m = attr('__module__');
  return m !== null && m !== 'builtins' ? `${m}.${q}()` : `${q}()`;
}

/** set.update for SET_UPDATE. */
function setUpdateAny(s: Borrowed, v: Borrowed): number {
  // Sets and dicts go through set_update's merge paths: merging a set (the frozenset constant of a
  // set literal) into an empty set copies its table layout, so iteration order matches CPython's.
  if (isAnySet(v) || isDictExact(v)) return setUpdate(s, v);
  const it = objectGetIter(v);
  if (it === NULL) return -1;
  for (;;) {
    const x = iterNextStop(it);
    if (x === NULL) break;
    const r = setAdd(s, x);
    decref(x);
    if (r < 0) { decref(it); return -1; }
  }
  decref(it);
  return errOccurred() !== NULL ? -1 : 0;
}

/** DICT_UPDATE / DICT_MERGE: merge a mapping into `d`; with `merge`, duplicate keys are an error. */
function dictUpdateAny(d: Borrowed, v: Borrowed, merge: boolean, func: Borrowed | Null): number {
  if (isDict(v) && dictIterIsDicts(v)) {
    if (!merge) return dictMerge(d, v, 1);
    const pos = new Int32Array(1), kv = new Int32Array(2);
    while (dictNext(v, pos, kv)) {
      const k = kv[0] as Borrowed;
      if (dictGetItemBorrow(d, k) !== NULL) {
        dupKeyword(func, k);
        return -1;
      }
      if (dictSetItem(d, k, kv[1] as Borrowed) < 0) return -1;
    }
    return 0;
  }
  const keysM = objectGetAttr(v, strInternImmortal('keys'));
  if (keysM === NULL) {
    if (errExceptionMatches(AttributeError)) {
      errClear();
      if (merge) errSetString(TypeError, `${func !== NULL ? funcDesc(func) : 'function'} argument after ** must be a mapping, not ${typeNameOf(v)}`);
      else errSetString(TypeError, `'${typeNameOf(v)}' object is not a mapping`);
    }
    return -1;
  }
  const keys = objectCallNoArgs(keysM);
  decref(keysM);
  if (keys === NULL) return -1;
  const it = objectGetIter(keys);
  decref(keys);
  if (it === NULL) return -1;
  for (;;) {
    const k = iterNextStop(it);
    if (k === NULL) break;
    if (merge && dictGetItemBorrow(d, k) !== NULL) {
      dupKeyword(func, k);
      decref(k);
      decref(it);
      return -1;
    }
    const val = objectGetItem(v, k);
    if (val === NULL) { decref(k); decref(it); return -1; }
    const r = dictSetItem(d, k, val);
    decref(k);
    decref(val);
    if (r < 0) { decref(it); return -1; }
  }
  decref(it);
  return errOccurred() !== NULL ? -1 : 0;
}

function dupKeyword(func: Borrowed | Null, k: Borrowed): void {
  if (!isStr(k)) {
    errSetString(TypeError, `${func !== NULL ? funcDesc(func) : 'function'} keywords must be strings`);
    return;
  }
  errSetString(TypeError, `${func !== NULL ? funcDesc(func) : 'function'} got multiple values for keyword argument '${strToJS(k)}'`);
}

/** MAKE_FUNCTION's annotations: 3.12 passes a flat tuple (name, value, ...) that becomes a dict. */
function annotationsFromTuple(t: Owned): Owned | Null {
  if (!isTuple(t)) return t;
  const d = dictNew();
  if (d === NULL) { decref(t); return NULL; }
  const n = tupleSize(t);
  for (let i = 0; i + 1 < n; i += 2) {
    if (dictSetItem(d, tupleGetItemBorrow(t, i), tupleGetItemBorrow(t, i + 1)) < 0) break;
  }
  decref(t);
  return d;
}

/** CALL_INTRINSIC_1. */
function intrinsic1(which: number, v: Borrowed, f: number): Owned | Null {
  switch (which) {
    case 1: /* INTRINSIC_PRINT */ {
      const hook = ts.sysDict !== NULL ? dictGetItemBorrow(ts.sysDict, strInternImmortal('displayhook')) : NULL;
      if (hook === NULL) return errSetString(exceptionTypes.get('RuntimeError')!, 'lost sys.displayhook');
      return objectCallOneArg(hook, v);
    }
    case 2: /* INTRINSIC_IMPORT_STAR */ {
      const fw = f >> 2;
      const locals = i32[fw + F_LOCALS] as Borrowed;
      if (locals === 0) return errSetString(SystemError, 'no locals found during \'import *\'');
      if (importStar(v, locals) < 0) return NULL;
      incref(Py_None);
      return Py_None as Owned;
    }
    case 3: /* INTRINSIC_STOPITERATION_ERROR */ {
      const exc = v;
      const code = i32[(f >> 2) + F_CODE];
      const flags = i32[(code + CO_FLAGS) >> 2];
      const asyncStop = (flags & 0x200) !== 0 && errMatchesInstance(exc, exceptionTypes.get('StopAsyncIteration')!);
      if (asyncStop || errMatchesInstance(exc, StopIteration)) {
        const msg = asyncStop ? 'async generator raised StopAsyncIteration'
          : (flags & 0x200) ? 'async generator raised StopIteration' : (flags & 0x80) ? 'coroutine raised StopIteration' : 'generator raised StopIteration';
        // stopiteration_error returns the RuntimeError for the RERAISE that follows, which adds no
        // traceback entry for this frame.
        const e = exceptionNewFromMessage(exceptionTypes.get('RuntimeError')!, msg);
        if (e === NULL) return errNoMemory();
        incref(exc);
        setCauseAndContext(e, exc as Owned);
        return e;
      }
      incref(exc);
      return exc as Owned;
    }
    case 4: /* INTRINSIC_ASYNC_GEN_WRAP */
      return asyncGenWrapValue(v);
    case 5: /* INTRINSIC_UNARY_POSITIVE */
      return numberPositive(v);
    case 6: /* INTRINSIC_LIST_TO_TUPLE */
      return listAsTuple(v);
    case 7: /* INTRINSIC_TYPEVAR */
      return intrinsicTypeVar(v);
    case 8: /* INTRINSIC_PARAMSPEC */
      return intrinsicParamSpec(v);
    case 9: /* INTRINSIC_TYPEVARTUPLE */
      return intrinsicTypeVarTuple(v);
    case 10: /* INTRINSIC_SUBSCRIPT_GENERIC */
      return intrinsicSubscriptGeneric(v);
    case 11: /* INTRINSIC_TYPEALIAS */
      return intrinsicTypeAlias(v);
    default:
      return errSetString(SystemError, `intrinsic ${which} is not implemented`);
  }
}

/** Sets e's __cause__ and __context__ to `cause` (stolen) and __suppress_context__, as raise ... from does. */
export function setCauseAndContext(e: Borrowed, cause: Owned): void {
  incref(cause);
  const oldc = i32[(e + 28) >> 2];
  i32[(e + 28) >> 2] = cause;
  if (oldc !== 0) decref(oldc as Owned);
  const oldx = i32[(e + 24) >> 2];
  i32[(e + 24) >> 2] = cause;
  if (oldx !== 0) decref(oldx as Owned);
  i32[(e + 32) >> 2] = 1;
}

function errMatchesInstance(exc: Borrowed, type: Borrowed): boolean {
  return exceptionMatches(exc, type);
}

/** The value carried by a StopIteration instance (args[0] or None), owned. */
export function stopIterationValueOf(exc: Borrowed): Owned {
  const args = i32[(exc + EXC_ARGS) >> 2] as Borrowed;
  const v = args !== 0 && tupleSize(args) > 0 ? tupleGetItemBorrow(args, 0) : Py_None;
  incref(v);
  return v as Owned;
}

/** _PyGen_FetchStopIterationValue: takes the pending StopIteration (or none) and returns its value. */
export function stopIterationValue(): Owned | Null {
  const e = errFetch();
  if (e === NULL) { incref(Py_None); return Py_None as Owned; }
  const v = stopIterationValueOf(e);
  decref(e);
  return v;
}

/** Calls o.name(a) for SEND on non-generator iterators. */
function callMethodOneArgVM(o: Borrowed, name: string, a: Borrowed): Owned | Null {
  const m = objectGetAttr(o, strInternImmortal(name));
  if (m === NULL) return NULL;
  const r = objectCallOneArg(m, a);
  decref(m);
  return r;
}

/** Set by genSend: whether its result was yielded (true) or returned (false). */
export let sendYielded = false;
export function setSendYielded(v: boolean): void {
  sendYielded = v;
}

/** RETURN_GENERATOR: moves frame `f` into a new generator object. */
function genFromFrame(f: number): Owned | Null {
  const fw = f >> 2;
  const code = i32[fw + F_CODE];
  const size = i32[(code + CO_FRAMESIZE) >> 2];
  const cf = i32[(code + CO_FLAGS) >> 2];
  const kind = (cf & CO_COROUTINE) !== 0 ? coroutineType : (cf & CO_ASYNC_GENERATOR) !== 0 ? asyncGeneratorType : genType;
  // A coroutine's cr_origin shares the async generator's finalizer word (cr_origin_or_finalizer).
  let origin = 0;
  if (kind === coroutineType && ts.coroOriginDepth > 0) {
    origin = coroOrigin(i32[fw + F_PREVIOUS]);
    if (origin === NULL) return NULL;
  }
  const g = objectGCNew(kind, GI_FRAME + size * 4);
  if (g === NULL) { if (origin !== 0) decref(origin as Owned); return NULL; }
  i32[(g + GI_AG_FINALIZER) >> 2] = origin;
  i32[(g + GI_AG_FLAGS) >> 2] = 0;
  const func = i32[fw + F_FUNC];
  const name = i32[(code + CO_NAME) >> 2], qualname = i32[(func + 24) >> 2];
  incref(name as Borrowed);
  incref(qualname as Borrowed);
  i32[(g + GI_FRAME_STATE) >> 2] = FRAME_CREATED;
  i32[(g + GI_NAME) >> 2] = name;
  i32[(g + GI_QUALNAME) >> 2] = qualname;
  i32[(g + GI_EXC_STATE) >> 2] = 0;
  i32[(g + GI_WEAKREFLIST) >> 2] = 0;
  incref(code as Borrowed);
  i32[(g + GI_CODE) >> 2] = code;
  const gw = (g + GI_FRAME) >> 2;
  const used = i32[fw + F_SP] - fw;
  for (let i = 0; i < used; i++) i32[gw + i] = i32[fw + i];
  i32[gw + F_SP] = gw + used;
  i32[gw + F_FLAGS] = FRAME_OWNED_BY_GEN;
  i32[gw + F_GEN] = g;
  i32[gw + F_PREVIOUS] = 0;
  return g;
}

/**
 * Whether calling a function of `code` only makes a generator: a generator function whose first
 * instruction is RETURN_GENERATOR (no MAKE_CELL or COPY_FREE_VARS to run before it).
 */
export function codeIsPlainGenerator(code: number): boolean {
  return (i32[(code + CO_FLAGS) >> 2] & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) === CO_GENERATOR
    && (i32[i32[(code + CO_INSTRS) >> 2] >> 2] & 0xff) === RETURN_GENERATOR;
}

/**
 * A call of a function whose code codeIsPlainGenerator (arguments at word `aw`, consumed with `func`),
 * from compiled code: the frame framePushCall makes goes straight into its generator, as the loop's
 * RETURN_GENERATOR at pc 0 would move it, without entering the loop for that one instruction.
 */
export function genCallDirect(func: Owned, aw: number, nargs: number, kw: Borrowed | Null): Owned | Null {
  const f = framePushCall(func, aw, nargs, kw);
  if (f === 0) return NULL;
  const fw = f >> 2;
  i32[fw + F_PC] = 1;
  const g = genFromFrame(f);
  if (g === NULL) {
    // No memory for it: the loop runs RETURN_GENERATOR again and reports the error from inside the
    // frame, with its traceback entry, as CPython does.
    errClear();
    i32[fw + F_PC] = 0;
    return evalCallFrame(f, 0);
  }
  ts.depth--;
  dataStackPop(f);
  return g;
}

/** The interned '__init__' (immortal; looked up at runtime start, not per call). */
let initName = NULL as Borrowed;

/** Installs the vm's hooks into objects/ (the function call slot, the running frame's builtins). */
export function evalInstallHooks(): void {
  initName = strInternImmortal('__init__');
  functionSetCallHook(functionVectorcall);
  functionSetBuiltinsHook(() => {
    const f = ts.frame;
    return (f !== 0 ? i32[(f >> 2) + F_BUILTINS] : ts.builtinsDict) as Borrowed | Null;
  });
  iterHooks.builtin = builtinLookup;
  codecsBridgeInstall();
}

/** _PyEval_GetBuiltin: `name` in the running frame's builtins, else the builtins module's (borrowed); NULL with AttributeError. */
function builtinLookup(name: string): Borrowed | Null {
  const f = ts.frame;
  const bd = f !== 0 ? i32[(f >> 2) + F_BUILTINS] : ts.builtinsDict;
  const key = strInternImmortal(name);
  const v = bd !== 0 && isDict(bd as Borrowed) ? dictGetItemBorrow(bd as Borrowed, key) : NULL;
  if (v === NULL && errOccurred() === NULL) errSetString(AttributeError, name);
  return v;
}

// Unused-import guards for names kept for upcoming opcodes.
void smallInt; void strEmptyNew; void isList; void dictType; void cellType; void Py_NotImplemented;
void objectHashDefault; void Py_TPFLAGS_HAVE_GC; void FUNC_DEFAULTS; void FUNC_KWDEFAULTS; void CO_NCELLVARS;
void CO_GENERATOR; void handledException; void tupleNew; void floatType;
