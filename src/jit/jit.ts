// The baseline JIT's runtime: when to compile a code object (src/jit/codegen.ts writes the JS), the
// table of compiled functions, running a frame through one, and the helpers the generated code calls.
// CPython 3.12 has no counterpart (its tier-1 is the specializing interpreter); the protocol with the
// eval loop is ours (docs/internals/jit.md):
// - the loop asks `jitEnter(f, code, pc)` at a frame's first instruction, where a generator's frame
//   resumes and, every JIT_OSR_EVERY back-edges, at a loop head; -1 means "not compiled (yet)", a
//   positive value is what the frame returned (its stack emptied, F_SP at the stack base; the caller
//   finishes the frame as RETURN_VALUE does) or, with jitState.yielded, what a generator yielded (its
//   frame saved for the resumption), 0 means the frame was handed back in F_PC/F_SP (with
//   jitState.unwind when an exception is set and the loop must unwind from F_PC - 1);
// - a Python call from compiled code recurses in JS (jitCall -> evalCallFrame); at most JIT_MAX_DEPTH
//   compiled frames are on the JS stack, deeper frames run in the loop (which does not recurse), so
//   deep Python recursion still ends in RecursionError, never in a JS stack overflow;
// - a code object's state is its CO_JIT_WORD (objects/code.ts): 0 fresh, negative -(entries so far), JIT_NEVER, or the
//   1-based index of its function in the table (indices are never reused in a process, so a word can't
//   name another code object's function, even across runtimes);
// - nothing is compiled while references are being counted (-X stats), and IMMORTAL_JIT=0 turns it off.

import { appendFileSync } from 'node:fs';
import * as views from '../heap/views.ts';
import { i32, u32, f64 } from '../heap/views.ts';
import { decref, incref, rc } from '../heap/refcount.ts';
import { traceState } from '../vm/trace.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import {
  CO_QUALNAME, CO_FLAGS, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, CO_GCACHE, CO_JIT_WORD, CO_VARARGS, CO_VARKEYWORDS,
  CO_KWONLYARGCOUNT, CO_ARGCOUNT,
} from '../objects/code.ts';
import {
  slotsOf, typeNameOf, typeType, typeCheck, objectIsInstance, objectNewSlot, instanceDictLacks, classCallArgsTouch, TP_VERSION_TAG, TP_DICTOFFSET,
} from '../objects/type.ts';
import { errSetString, errOccurred, errExceptionMatches, errClear } from '../objects/errors.ts';
import { TypeError, StopIteration } from '../objects/exceptions.ts';
import {
  objectRichCompare, objectIsTrue, objectLength, enterRecursiveCall, leaveRecursiveCall, enterRecursiveClassCall,
  leaveRecursiveClassCall,
} from '../objects/object.ts';
import { OB_SIZE } from '../heap/header.ts';
import {
  objectGetItem, objectSetItem, sequenceContains, objectGetIter, numberNegative, numberInvert, objectVectorcall, objectVectorcallUncharged,
  checkFunctionResult,
} from '../objects/abstract.ts';
import {
  intType, intFromNumber, POW2, intAdd, intSub, intMul, intFromSafeProduct, intBinaryExact,
} from '../objects/int.ts';
import { Py_None } from '../objects/none.ts';
import { strToJS } from '../objects/str.ts';
import { floatType, floatNew, FLOAT_VALUE } from '../objects/float.ts';
import { Py_True, Py_False } from '../objects/bool.ts';
import { listNew, listAppend, listType, isList, listSubscriptSlice, listAssSubscriptSlice } from '../objects/list.ts';
import { tupleFromArraySteal, tupleSize, isTuple, tupleType, TUPLE_ITEMS } from '../objects/tuple.ts';
import { sliceNew, sliceUnpackParts, unpackStart, unpackStop, unpackStep } from '../objects/slice.ts';
import { cellNew } from '../objects/cell.ts';
import { dictType, dictGetItem, dictSetItem, MA_VERSION, MA_USED, dictHintValueBorrow, dictHintStoreSteal, dictStrStoreSteal, dictStrIndex } from '../objects/dict.ts';
import { functionType, FUNC_CLOSURE, FUNC_CODE } from '../objects/function.ts';
import { F_FUNC, F_CODE, F_PC } from '../vm/frame.ts';
import { interruptFlag } from '../vm/state.ts';
import { binaryOpSteal } from '../vm/binop.ts';
import { loadAttrSteal, storeAttrSteal, attrOut, attrCacheWay, ATTR_INSTANCE, ATTR_METHOD } from '../vm/attrcache.ts';
import {
  evalCallFrame, framePushFunc, handleInterrupt, initReturned, callUnpack, callOut, classInitInline, framePushCall, loadGlobal, unpackIterable, evalSetJitHook, jitState, STACK_OPS,
  sendCore, sendYielded, cmpNumbers, jitFrameEnter, jitFrameBailed, frameLeave, jitFrameDone, codeIsPlainGenerator, genCallDirect,
} from '../vm/eval.ts';
import { genYieldFromIter, genSend, genEnter, genLeave } from '../vm/gen.ts';
import { listIterType, listIterNext } from '../objects/iterobject.ts';
import { rangeIterType, rangeIterNext } from '../objects/range.ts';
import { genType, GI_FRAME, GI_FRAME_STATE, FRAME_SUSPENDED, FRAME_CREATED } from '../objects/gen.ts';
import { ts } from '../vm/state.ts';
import { jitGenerate, JIT_HELPERS } from './codegen.ts';
import { opcodeInfo } from '../bytecode/opcodes.ts';
import {
  cfunctionType, methodDescriptorType, methodDefs, methodDefSpecs, methodDefArgKinds, methodArgKindCheck, METH_O, CALL_SPEC_LEN, CALL_SPEC_ISINSTANCE, CALL_SPEC_LIST_APPEND, M_DEF, M_SELF, M_WRAPPED, D_DEF, D_TYPE,
} from '../objects/methodobject.ts';

/** CO_JIT_WORD: this code is never compiled (coroutines and async generators, failed generation, or it bailed out too often). */
const JIT_NEVER = 0x7fffffff;
/** Entries (calls, or loop-head checks) before a code object is compiled. */
const JIT_THRESHOLD = 2;
/** Compiled frames that may be on the JS stack at once (the rest run in the loop). */
const JIT_MAX_DEPTH = 120;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

type JitFn = (f: number, entry: number) => number;

const fns: (JitFn | null)[] = [null];
/** Per function: the number of arguments its code takes when they are exactly its positional parameters (else -1). */
const arity: number[] = [-1];
const bails: number[] = [0];
const runs: number[] = [0];

let depth = 0;

/** Statistics for tests and measurements (IMMORTAL_JIT_STATS=1 prints them at shutdown). */
export const jitStats = { compiled: 0, refused: 0, entries: 0, bails: 0, disabled: 0 };
/** Opcode -> how many frames were handed back before it (instructions not compiled, rare cases). */
export const jitBailOps = new Map<number, number>();

/** The word index of the code object's JIT state (in front of its inline caches, objects/code.ts). */
function jitWord(code: number): number {
  return (i32[(code + CO_GCACHE) >> 2] >> 2) + CO_JIT_WORD;
}

/** The compiled function for `code` (compiling it when it is hot enough; `now`: at once), or null. */
function jitLookup(code: number, now: boolean): JitFn | null {
  const w = i32[jitWord(code)];
  if (w > 0) return w === JIT_NEVER ? null : fns[w];
  if (!now && w > -(JIT_THRESHOLD - 1)) {
    i32[jitWord(code)] = w - 1;
    return null;
  }
  return jitCompile(code);
}

function jitCompile(code: number): JitFn | null {
  if ((i32[(code + CO_FLAGS) >> 2] & (CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0) {
    i32[jitWord(code)] = JIT_NEVER;
    return null;
  }
  const body = jitGenerate(code, memOps);
  if (body === null) {
    jitStats.refused++;
    i32[jitWord(code)] = JIT_NEVER;
    return null;
  }
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const factory = new Function(...JIT_HELPERS, `return function jitted(f, entry) {\n${body}\n};`) as (...h: unknown[]) => JitFn;
  if (typeof process !== 'undefined' && process.env?.IMMORTAL_JIT_DUMP) {
    // A debugging aid: every generated function, with its code object's name, appended to the file.
    appendFileSync(process.env.IMMORTAL_JIT_DUMP, `// ${strToJS(i32[(code + CO_QUALNAME) >> 2] as Borrowed)} (${body.length} chars)\n${body}\n\n`);
  }
  const helpers = helpersNow();
  const fn = factory(...JIT_HELPERS.map((h) => helpers[h]));
  fns.push(fn);
  const flags = i32[(code + CO_FLAGS) >> 2];
  arity.push((flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR)) === 0 && i32[(code + CO_KWONLYARGCOUNT) >> 2] === 0
    ? i32[(code + CO_ARGCOUNT) >> 2] : -1);
  bails.push(0);
  runs.push(0);
  i32[jitWord(code)] = fns.length - 1;
  jitStats.compiled++;
  return fn;
}

/**
 * The eval loop's entry (installed with evalSetJitHook): runs frame `f` of `code` from instruction
 * `pc` (0, a loop head for on-stack replacement, or where a generator resumes) through its compiled
 * function if there is one (`known`: its index, when the caller looked it up). -1: not run; 0: handed
 * back (F_PC/F_SP, jitState.unwind); else the returned value (owned), or the yielded one when
 * jitState.yielded is set.
 */
function jitEnter(f: number, code: number, pc: number, known = 0): number {
  if (depth >= JIT_MAX_DEPTH || rc.counting || traceState.noJit) return -1;
  let ix = known;
  if (ix === 0) {
    // A generator function's frame starts in the loop (RETURN_GENERATOR); it is compiled when resumed,
    // counted as entries like calls.
    const gen = (i32[(code + CO_FLAGS) >> 2] & CO_GENERATOR) !== 0;
    if (gen && pc === 0) return -1;
    if (jitLookup(code, pc !== 0 && !gen) === null) return -1;
    ix = i32[jitWord(code)];
  }
  const fn = fns[ix]!;
  depth++;
  const r = fn(f, pc);
  depth--;
  runs[ix]++;
  jitStats.entries++;
  if (r === 0) noteBail(code, ix);
  return r;
}

/** Function `ix` (of `code`) handed its frame back: counted, and a function that keeps doing so is dropped. */
function noteBail(code: number, ix: number): void {
  jitStats.bails++;
  if (jitState.bailOp >= 0) {
    jitBailOps.set(jitState.bailOp, (jitBailOps.get(jitState.bailOp) ?? 0) + 1);
    jitState.bailOp = -1;
  }
  // A function that keeps handing its frames back (an instruction it does not compile in a loop)
  // is left to the loop.
  if (++bails[ix] > 16 && bails[ix] * 2 > runs[ix]) {
    i32[jitWord(code)] = JIT_NEVER;
    jitStats.disabled++;
  }
}

/**
 * CALL from compiled code: the callable (or NULL) at word `base`, then self or the callable, then
 * `oparg` arguments, all owned by the caller's stack and consumed here (the eval loop's CALL).
 */
function jitCall(base: number, oparg: number, kw: number): Owned | Null {
  const aw = callUnpack(base, oparg);
  const callable = callOut[0], nargs = callOut[1];
  if (i32[(callable + 4) >> 2] === functionType) return jitCallFunction(callable, aw, nargs, kw);
  const nkw = kw === 0 ? 0 : tupleSize(kw as Borrowed);
  const init = aw === base + 2 && i32[(callable + 4) >> 2] === typeType ? classInitInline(callable as Borrowed) : NULL;
  if (init !== NULL) {
    // Allocate here and run __init__ as a frame (the loop's FRAME_INIT path).
    classCallArgsTouch(nargs - nkw, nkw);
    const charged = !enterRecursiveClassCall();
    const self = charged ? objectNewSlot(callable as Borrowed, aw << 2, nargs - nkw, kw as Borrowed | Null) : NULL;
    if (self === NULL) {
      if (charged) leaveRecursiveClassCall();
      for (let p = base + oparg + 1; p >= base; p--) { const v = i32[p]; if (v !== 0) decref(v as Owned); }
      return NULL;
    }
    // base: the call's reference to the instance (its result); base + 1 (was the class): __init__'s self.
    incref(self);
    i32[base] = self;
    i32[base + 1] = self;
    decref(callable as Owned);
    incref(init);
    const r = jitCallFunction(init, base + 1, nargs + 1, kw);
    leaveRecursiveClassCall();
    if (r === NULL || !initReturned(r)) { decref(self); return NULL; }
    return self;
  }
  const r = jitCallNative(callable, aw, nargs - nkw, kw);
  for (let p = base + oparg + 1; p >= base; p--) {
    const v = i32[p];
    if (v !== 0) decref(v as Owned);
  }
  return r;
}

/**
 * A call of Python function `func`; it and the arguments at word `aw` are consumed (the new frame takes
 * them over). A compiled function called with exactly its positional parameters runs through
 * jitCallCompiled, anything else as a frame of the loop's (evalCallFrame).
 */
function jitCallFunction(func: number, aw: number, nargs: number, kw: number): Owned | Null {
  const code = i32[(func + FUNC_CODE) >> 2];
  if (kw === 0) {
    const ix = i32[jitWord(code)];
    if (ix > 0 && ix !== JIT_NEVER && arity[ix] === nargs) return jitCallCompiled(func, aw, nargs, ix);
  }
  if (!rc.counting && codeIsPlainGenerator(code)) return genCallDirect(func as Owned, aw, nargs, kw as Borrowed | Null);
  const nf = framePushCall(func as Owned, aw, nargs, kw as Borrowed | Null);
  return nf === 0 ? NULL : evalCallFrame(nf, 0);
}

/**
 * A call of anything but a Python function or a class with a Python __init__ (arguments at word `aw`,
 * borrowed): a builtin function or a method descriptor ([descr, self, args...], `l.append(x)`) calls its
 * native function directly (3.12's CALL_NO_KW_BUILTIN_* / CALL_NO_KW_METHOD_DESCRIPTOR_*: what
 * cfunctionCall and methodDescrCall would do, without their dispatch), the rest objectVectorcall.
 */
function jitCallNative(callable: number, aw: number, nargs: number, kw: number): Owned | Null {
  const t = i32[(callable + 4) >> 2];
  let def: number, self: number;
  if (t === cfunctionType && i32[(callable + M_WRAPPED) >> 2] === 0) {
    def = i32[(callable + M_DEF) >> 2];
    self = i32[(callable + M_SELF) >> 2];
  } else if (t === methodDescriptorType && nargs >= 1 && typeCheck(i32[aw] as Borrowed, i32[(callable + D_TYPE) >> 2] as Borrowed)) {
    def = i32[(callable + D_DEF) >> 2];
    self = i32[aw++];
    nargs--;
  } else if (t === cfunctionType || t === methodDescriptorType) {
    // A library function written in Python, or a descriptor given a wrong self: uncharged, as the loop does.
    return objectVectorcallUncharged(callable as Borrowed, aw << 2, nargs, kw as Borrowed | Null);
  } else {
    return objectVectorcall(callable as Borrowed, aw << 2, nargs, kw as Borrowed | Null);
  }
  const spec = methodDefSpecs[def];
  if (spec !== 0 && kw === 0) {
    const r = jitCallSpecialized(spec, self, aw, nargs);
    if (r !== -1) return r as Owned | Null;
  }
  // METH_NOARGS / METH_O: the count check, worded by the callable as the interpreter's call words it.
  const k = methodDefArgKinds[def];
  if (k !== 0 && (kw !== 0 || nargs !== (k === METH_O ? 1 : 0)) && !methodArgKindCheck(callable as Borrowed, k, nargs, kw as Borrowed | Null)) return NULL;
  // 3.12's CALL_NO_KW_BUILTIN_O and CALL_NO_KW_METHOD_DESCRIPTOR_O / _NOARGS charge the call to the C
  // recursion budget; its other call instructions (METH_FASTCALL, keywords) do not.
  if (k === 0) return checkFunctionResult(callable as Borrowed, methodDefs[def].fn(self as Borrowed | Null, aw << 2, nargs, kw as Borrowed | Null));
  if (enterRecursiveCall(' while calling a Python object')) return NULL;
  const r = methodDefs[def].fn(self as Borrowed | Null, aw << 2, nargs, kw as Borrowed | Null);
  leaveRecursiveCall();
  return checkFunctionResult(callable as Borrowed, r);
}

/**
 * A native function marked with a specialized call (MethodDef.spec), called without keywords: its
 * effect done here, as 3.12's CALL_NO_KW_LEN / CALL_NO_KW_ISINSTANCE / CALL_NO_KW_LIST_APPEND do it,
 * without the native call, its argument parsing or the recursion check. -1 when the arguments are
 * not the case it covers (the caller makes the ordinary call).
 */
function jitCallSpecialized(spec: number, self: number, aw: number, nargs: number): number {
  if (spec === CALL_SPEC_LEN) {
    if (nargs !== 1) return -1;
    const o = i32[aw], t = i32[(o + 4) >> 2];
    // list, tuple and dict keep their length in one word; anything else through its slot.
    const n = t === listType || t === tupleType ? i32[(o + OB_SIZE) >> 2] : t === dictType ? i32[(o + MA_USED) >> 2] : objectLength(o as Borrowed);
    if (n < 0 && errOccurred() !== NULL) return NULL;
    return intFromNumber(n);
  }
  if (spec === CALL_SPEC_LIST_APPEND) {
    if (nargs !== 1) return -1;
    return listAppend(self as Borrowed, i32[aw] as Borrowed) < 0 ? NULL : (incref(Py_None), Py_None);
  }
  if (spec === CALL_SPEC_ISINSTANCE) {
    if (nargs !== 2) return -1;
    const o = i32[aw], cls = i32[aw + 1];
    // An exact type match needs no __instancecheck__ (PyObject_IsInstance's first test).
    const r = i32[(o + 4) >> 2] === cls ? 1 : objectIsInstance(o as Borrowed, cls as Borrowed);
    if (r < 0) return NULL;
    const b = r === 1 ? Py_True : Py_False;
    incref(b as Borrowed);
    return b;
  }
  return -1;
}

/**
 * A call from compiled code of a function compiled as function `ix`, with exactly its positional
 * parameters (arity[ix] === nargs): the frame framePushFunc's fast path makes, run through the
 * compiled function without jitEnter's lookups. The function and the arguments at word `aw` are consumed.
 */
function jitCallCompiled(func: number, aw: number, nargs: number, ix: number): Owned | Null {
  if (depth >= JIT_MAX_DEPTH || rc.counting || traceState.noJit || interruptFlag[0] !== 0) {
    const nf = framePushCall(func as Owned, aw, nargs, NULL);
    return nf === 0 ? NULL : evalCallFrame(nf, 0);
  }
  const nf = framePushFunc(func as Owned, aw, nargs, NULL, true);
  if (nf === 0) return NULL;
  // evalCallFrame and jitEnter for a known plain function, without their tests (never a generator).
  const prev = jitFrameEnter(nf);
  depth++;
  const r = fns[ix]!(nf, 0);
  depth--;
  runs[ix]++;
  jitStats.entries++;
  if (r > 0) {
    frameLeave(nf);
    return r as Owned;
  }
  noteBail(i32[(func + FUNC_CODE) >> 2], ix);
  return jitFrameBailed(nf, prev);
}

// The fast paths compiled code calls for its most frequent instructions: small functions V8 inlines
// into the generated code, each falling back to the eval loop's shared implementation.

/** The value of an exact int whose magnitude is below 2**53 (exact in a double), or NaN. */
function intSmallValue(o: number): number {
  const n = i32[(o + 8) >> 2];
  if (n >= -1 && n <= 1) return n * u32[(o + 12) >> 2];
  if (n !== 2 && n !== -2) return NaN;
  const hi = u32[(o + 16) >> 2];
  if (hi >= 0x800000) return NaN; // 2**53 and past: a double would round it
  const v = u32[(o + 12) >> 2] + hi * 1073741824;
  return n > 0 ? v : -v;
}

// `own`: which operands the caller's stack owns (bit 1 the first, bit 2 the second); the others are
// borrowed from a local or a constant (codegen.ts: a LOAD_FAST / LOAD_CONST right before), so the fast
// paths neither incref nor decref them, and the slow paths make them owned first (the loop's counts
// wherever Python code can look).

/** Releases the operands the caller owns. */
function dropOperands(a: number, b: number, own: number): void {
  if (own & 1) decref(a as Owned);
  if (own & 2) decref(b as Owned);
}

/** binaryOpSteal on the operands, the borrowed ones made owned first. */
function binarySlow(a: number, b: number, oparg: number, own: number): Owned | Null {
  if ((own & 1) === 0) incref(a as Borrowed);
  if ((own & 2) === 0) incref(b as Borrowed);
  return binaryOpSteal(a as Borrowed, b as Borrowed, oparg);
}

/** `+` (and `+=`): ints (as JS numbers below 2**53, else the int slot on digits) and floats here, the rest through binaryOpSteal. Consumes what it owns of a and b. */
function jitAdd(a: number, b: number, oparg: number, own = 3): Owned | Null {
  const ta = i32[(a + 4) >> 2], tb = i32[(b + 4) >> 2];
  if (ta === intType && tb === intType) {
    // Both below 2**53 in magnitude: a sum that is too is exact.
    const z = intSmallValue(a) + intSmallValue(b);
    const r = z <= MAX_SAFE && z >= -MAX_SAFE ? intFromNumber(z) : intAdd(a as Borrowed, b as Borrowed);
    dropOperands(a, b, own);
    return r; // NULL: MemoryError, set
  } else if (ta === floatType && tb === floatType) {
    fscratch[0] = f64[(a + FLOAT_VALUE) >> 3] + f64[(b + FLOAT_VALUE) >> 3];
    return floatResult(a, b, oparg, own);
  }
  return binarySlow(a, b, oparg, own);
}

/** `-` (and `-=`), as jitAdd. */
function jitSub(a: number, b: number, oparg: number, own = 3): Owned | Null {
  const ta = i32[(a + 4) >> 2], tb = i32[(b + 4) >> 2];
  if (ta === intType && tb === intType) {
    const z = intSmallValue(a) - intSmallValue(b);
    const r = z <= MAX_SAFE && z >= -MAX_SAFE ? intFromNumber(z) : intSub(a as Borrowed, b as Borrowed);
    dropOperands(a, b, own);
    return r; // NULL: MemoryError, set
  } else if (ta === floatType && tb === floatType) {
    fscratch[0] = f64[(a + FLOAT_VALUE) >> 3] - f64[(b + FLOAT_VALUE) >> 3];
    return floatResult(a, b, oparg, own);
  }
  return binarySlow(a, b, oparg, own);
}

/** `*` (and `*=`): floats and ints here (as jitAdd), the rest through binaryOpSteal. */
function jitMul(a: number, b: number, oparg: number, own = 3): Owned | Null {
  const ta = i32[(a + 4) >> 2], tb = i32[(b + 4) >> 2];
  if (ta === floatType && tb === floatType) {
    fscratch[0] = f64[(a + FLOAT_VALUE) >> 3] * f64[(b + FLOAT_VALUE) >> 3];
    return floatResult(a, b, oparg, own);
  }
  if (ta === intType && tb === intType) {
    // A rounded product below 2**53 means the exact one is too (intMul's argument); past it, safe
    // factors (an LCG's) multiply exactly from 30-bit halves, wider ones on digits.
    const x = intSmallValue(a), y = intSmallValue(b);
    const z = x * y;
    const r = z <= MAX_SAFE && z >= -MAX_SAFE ? intFromNumber(z === 0 ? 0 : z)
      : x === x && y === y ? intFromSafeProduct(x, y) : intMul(a as Borrowed, b as Borrowed);
    dropOperands(a, b, own);
    return r; // NULL: MemoryError, set
  }
  return binarySlow(a, b, oparg, own);
}

/**
 * `/` (and `/=`): floats, and a float with an int below 2**53 (converted exactly, as float_div
 * converts it), with a nonzero divisor, here; the rest through binaryOpSteal.
 */
function jitTrueDiv(a: number, b: number, oparg: number, own = 3): Owned | Null {
  const ta = i32[(a + 4) >> 2], tb = i32[(b + 4) >> 2];
  if (ta === floatType || tb === floatType) {
    const x = ta === floatType ? f64[(a + FLOAT_VALUE) >> 3] : ta === intType ? intSmallValue(a) : NaN;
    const y = tb === floatType ? f64[(b + FLOAT_VALUE) >> 3] : tb === intType ? intSmallValue(b) : NaN;
    // NaN here only stands for "not handled": a float operand that is NaN goes the slow way too.
    if (x === x && y === y && y !== 0) {
      if (ta === floatType && tb === floatType) {
        fscratch[0] = x / y;
        return floatResult(a, b, oparg, own);
      }
      const r = floatNew(x / y);
      if (r !== NULL) { dropOperands(a, b, own); return r; }
    }
  }
  return binarySlow(a, b, oparg, own);
}

/**
 * The other int operators (`%`, `//`, `&`, `|`, `^`, `<<`, `>>` and their in-place forms): ints below
 * 2**53 in magnitude computed exactly with JS numbers (binaryOpSteal's arithmetic: floor division and
 * modulo with the divisor's sign, two's complement bitwise operations within int32, shifts as
 * multiplications by powers of two), when the result is below 2**53 too; the rest, and other types,
 * through binaryOpSteal. Consumes what it owns of a and b.
 */
function jitIntOp(a: number, b: number, oparg: number, own = 3): Owned | Null {
  if (i32[(a + 4) >> 2] === intType && i32[(b + 4) >> 2] === intType) {
    const x = intSmallValue(a), y = intSmallValue(b);
    let z = NaN;
    // NaN: an operand past 2**53 (binaryOpSteal's digit paths).
    if (x === x && y === y) switch (oparg >= 13 ? oparg - 13 : oparg) {
      case 6: // %
        if (y !== 0) { z = x % y; if (z !== 0 && (z < 0) !== (y < 0)) z += y; }
        break;
      case 2: // //
        if (y !== 0) { const m = x % y; z = (x - m) / y; if (m !== 0 && (m < 0) !== (y < 0)) z -= 1; }
        break;
      case 1: if (x === (x | 0) && y === (y | 0)) z = x & y; break;
      case 7: if (x === (x | 0) && y === (y | 0)) z = x | y; break;
      case 12: if (x === (x | 0) && y === (y | 0)) z = x ^ y; break;
      case 3: if (y >= 0 && y <= 53) z = x * POW2[y]; break; // <<
      case 9: // >>
        if (y >= 0) z = x === (x | 0) && y < 32 ? x >> y : y > 60 ? (x < 0 ? -1 : 0) : Math.floor(x / POW2[y]);
        break;
    }
    // NaN (not computed here, or past 2**53) fails both tests: the int slot on digits.
    const r = z <= MAX_SAFE && z >= -MAX_SAFE ? intFromNumber(z + 0) // + 0 turns -0 into 0
      : intBinaryExact(a as Borrowed, b as Borrowed, oparg >= 13 ? oparg - 13 : oparg);
    if (r !== -1) {
      dropOperands(a, b, own);
      return r; // NULL: the error (ZeroDivisionError, a negative shift count, MemoryError), set
    }
  }
  return binarySlow(a, b, oparg, own);
}

/**
 * The double a float fast path hands to floatResult: passed through a typed array, not as an argument,
 * so that V8 does not box it into a HeapNumber (a JS allocation per float operation) at the call.
 */
const fscratch = new Float64Array(1);

/**
 * The float result (in fscratch[0]) of float operands a and b: an owned operand only the stack holds
 * is reused (binaryOpSteal's rule; a borrowed one belongs to a local or a constant).
 */
function floatResult(a: number, b: number, oparg: number, own: number): Owned | Null {
  const z = fscratch[0];
  if ((own & 1) !== 0 && i32[a >> 2] === 1) {
    f64[(a + FLOAT_VALUE) >> 3] = z;
    if (own & 2) decref(b as Owned);
    return a as Owned;
  }
  if ((own & 2) !== 0 && i32[b >> 2] === 1) {
    f64[(b + FLOAT_VALUE) >> 3] = z;
    if (own & 1) decref(a as Owned);
    return b as Owned;
  }
  const r = floatNew(z);
  if (r === NULL) return binarySlow(a, b, oparg, own);
  dropOperands(a, b, own);
  return r;
}

/** A comparison of one-digit ints or of floats: 1/0, or -1 when neither (the loop's COMPARE_OP fast paths). */
function compareFast(a: number, b: number, op: number): number {
  const ta = i32[(a + 4) >> 2], tb = i32[(b + 4) >> 2];
  let x: number, y: number;
  if (ta === intType && tb === intType) {
    const sa = i32[(a + 8) >> 2], sb = i32[(b + 8) >> 2];
    if (sa < -1 || sa > 1 || sb < -1 || sb > 1) return -1;
    x = sa * u32[(a + 12) >> 2];
    y = sb * u32[(b + 12) >> 2];
  } else if (ta === floatType && tb === floatType) {
    x = f64[(a + FLOAT_VALUE) >> 3];
    y = f64[(b + FLOAT_VALUE) >> 3];
  } else {
    return -1;
  }
  return cmpNumbers(x, y, op);
}

/** COMPARE_OP: the result (owned), what it owns of a and b (`own`, as jitAdd's) consumed; NULL with the exception set. */
function jitCompare(a: number, b: number, op: number, own = 3): Owned | Null {
  const c = compareFast(a, b, op);
  let r: Owned | Null;
  if (c >= 0) {
    r = (c === 1 ? Py_True : Py_False) as Owned;
    incref(r);
    dropOperands(a, b, own);
    return r;
  }
  // Python code may run: the operands are held as in the loop.
  if ((own & 1) === 0) incref(a as Borrowed);
  if ((own & 2) === 0) incref(b as Borrowed);
  r = objectRichCompare(a as Borrowed, b as Borrowed, op);
  decref(a as Owned);
  decref(b as Owned);
  return r;
}

/**
 * COMPARE_OP then POP_JUMP_IF_TRUE/FALSE: the truth of the comparison (1/0), a and b consumed;
 * -1 when the comparison failed, -2 when its result's truth did (exception set). The references are
 * the loop's: the bool it would push is increfed, and POP_JUMP_IF does not decref bools.
 */
function jitCompareBranch(a: number, b: number, op: number, own = 3): number {
  const r = jitCompare(a, b, op, own);
  if (r === NULL) return -1;
  if (r === Py_True) return 1;
  if (r === Py_False) return 0;
  const c = objectIsTrue(r);
  decref(r);
  return c < 0 ? -2 : c;
}

/** LOAD_ATTR (plain form): the cache's way for an instance attribute at its hint here, else loadAttrSteal. */
function jitLoadAttr(cw0: number, o: number, name: number): Owned | Null {
  const tp = i32[(o + 4) >> 2];
  const tag = i32[(tp + TP_VERSION_TAG) >> 2];
  const cw = attrCacheWay(cw0, tag);
  if (i32[cw] === tag && i32[cw + 1] === ATTR_INSTANCE) {
    const off = i32[(tp + TP_DICTOFFSET) >> 2];
    const d = off === 0 ? 0 : i32[(o + off) >> 2];
    if (d !== 0) {
      const v = dictHintValueBorrow(d as Borrowed, name as Borrowed, i32[cw + 2]);
      if (v !== NULL) {
        incref(v);
        decref(o as Owned);
        return v as Owned;
      }
    }
  }
  return loadAttrSteal(cw0, o as Owned, name as Borrowed, 0);
}

/** LOAD_ATTR (method form): the second value, the first in attrOut[0]; a method in the cache's way for the type here. */
function jitLoadMethod(cw0: number, o: number, name: number): Owned | Null {
  const tp = i32[(o + 4) >> 2];
  const tag = i32[(tp + TP_VERSION_TAG) >> 2];
  const cw = attrCacheWay(cw0, tag);
  if (i32[cw] === tag && i32[cw + 1] === ATTR_METHOD) {
    const off = i32[(tp + TP_DICTOFFSET) >> 2];
    const d = off === 0 ? 0 : i32[(o + off) >> 2];
    if (d === 0 || instanceDictLacks(tp, name as Borrowed) || dictStrIndex(d as Borrowed, name as Borrowed) === -1) {
      const m = i32[cw + 2];
      incref(m as Borrowed);
      attrOut[0] = m;
      return o as Owned;
    }
  }
  return loadAttrSteal(cw0, o as Owned, name as Borrowed, 1);
}

/** STORE_ATTR: the cache's way for the type (a hinted instance-dict entry) here, else storeAttrSteal. o and v consumed. */
function jitStoreAttr(cw0: number, o: number, name: number, v: number): number {
  const tp = i32[(o + 4) >> 2];
  const tag = i32[(tp + TP_VERSION_TAG) >> 2];
  const cw = attrCacheWay(cw0, tag);
  if (i32[cw] === tag && i32[cw + 1] === ATTR_INSTANCE) {
    const d = i32[(o + i32[(tp + TP_DICTOFFSET) >> 2]) >> 2];
    if (d !== 0) {
      if (dictHintStoreSteal(d as Borrowed, name as Borrowed, i32[cw + 2], v as Owned)) {
        decref(o as Owned);
        return 0;
      }
      const r = dictStrStoreSteal(d as Borrowed, name as Borrowed, v as Owned);
      if (r !== 0) {
        decref(o as Owned);
        return r < 0 ? -1 : 0;
      }
    }
  }
  return storeAttrSteal(cw0, o as Owned, name as Borrowed, v as Owned);
}

/** LOAD_GLOBAL's miss: the lookup, and the cache entry at word `cw` filled as the loop fills it. */
function jitLoadGlobal(gd: number, bd: number, name: number, cw: number): Owned | Null {
  const v = loadGlobal(gd as Borrowed, bd as Borrowed, name as Borrowed);
  if (v === NULL) return NULL;
  if (i32[(gd + 4) >> 2] === dictType && i32[(bd + 4) >> 2] === dictType) {
    i32[cw] = i32[(gd + MA_VERSION) >> 2];
    i32[cw + 1] = i32[(bd + MA_VERSION) >> 2];
    i32[cw + 2] = v;
  }
  return v;
}

/**
 * genSend(g, v) (v None, borrowed) for a suspended or just created generator whose code is compiled: its compiled function
 * runs from here, without the dispatch of genSend, evalJitFirst and jitEnter (the same steps, known
 * to apply). -1 when it does not apply (nothing done), else genSend's result (sendYielded set).
 */
function jitGenResume(g: number, v: number): number {
  const state = i32[(g + GI_FRAME_STATE) >> 2];
  if ((state !== FRAME_SUSPENDED && state !== FRAME_CREATED) || depth >= JIT_MAX_DEPTH || ts.depth >= ts.recursionLimit || rc.counting
    || traceState.noJit) return -1;
  const f = g + GI_FRAME, fw = f >> 2;
  const code = i32[fw + F_CODE];
  const ix = i32[jitWord(code)];
  if (ix <= 0 || ix === JIT_NEVER) return -1;
  genEnter(g as Borrowed, v as Borrowed);
  const prev = jitFrameEnter(f);
  depth++;
  let r = fns[ix]!(f, i32[fw + F_PC]);
  depth--;
  runs[ix]++;
  jitStats.entries++;
  if (r > 0) {
    jitFrameDone(f);
  } else {
    noteBail(code, ix);
    r = jitFrameBailed(f, prev);
  }
  return genLeave(g as Borrowed, r as Owned | Null);
}

/** FOR_ITER: the next value (owned), 0 when the iterator is exhausted, -1 on an error (set). */
function jitForIterNext(it: number): number {
  const t = i32[(it + 4) >> 2];
  // FOR_ITER_LIST and FOR_ITER_RANGE: the iterator's own next, called directly (not through its slots).
  if (t === listIterType) return listIterNext(it as Borrowed);
  if (t === rangeIterType) {
    const v = rangeIterNext(it as Borrowed);
    return v !== NULL ? v : errOccurred() !== NULL ? -1 : 0;
  }
  if (t === genType) {
    // A generator: resumed from here (jitGenResume) or by genSend; a return ends the loop.
    let v = jitGenResume(it, Py_None);
    if (v === -1) v = genSend(it as Borrowed, NULL, false);
    if (v === NULL) return errOccurred() !== NULL ? -1 : 0;
    if (sendYielded) return v;
    decref(v as Owned);
    return 0;
  }
  const next = slotsOf(it as Borrowed).iternext;
  if (next === null) {
    errSetString(TypeError, `'${typeNameOf(it as Borrowed)}' object is not an iterator`);
    return -1;
  }
  const v = next(it as Borrowed);
  if (v !== NULL) return v;
  if (errOccurred() !== NULL) {
    if (!errExceptionMatches(StopIteration)) return -1;
    errClear();
  }
  return 0;
}

/** SEND: the value sent into `recv` (v consumed) through the loop's sendCore; jitState.sent tells whether it was yielded. */
function jitSend(recv: number, v: number): Owned | Null {
  if (v === Py_None && i32[(recv + 4) >> 2] === genType) {
    // sendCore's generator case, resumed from here when it can be.
    const r = jitGenResume(recv, v);
    if (r !== -1) {
      decref(v as Owned);
      jitState.sent = sendYielded;
      return r as Owned | Null;
    }
  }
  const r = sendCore(recv as Borrowed, v as Owned);
  jitState.sent = sendYielded;
  return r;
}

/** GET_YIELD_FROM_ITER: a generator stays, anything else is replaced by its iterator (o consumed). */
function jitYieldFromIter(o: number): Owned | Null {
  if (i32[(o + 4) >> 2] === genType) return o as Owned;
  const it = genYieldFromIter(o as Borrowed);
  decref(o as Owned);
  return it;
}

/** An interrupt is pending: handle it (a scheduled collection, or Ctrl-C); true when an exception is set. */
function jitInterrupt(): boolean {
  return handleInterrupt();
}

/** BINARY_SLICE: o[start:stop], all three consumed. */
function jitBinarySlice(o: number, start: number, stop: number): Owned | Null {
  let r: Owned | Null = NULL;
  if (i32[(o + 4) >> 2] === listType && sliceBoundsPlain(start) && sliceBoundsPlain(stop)) {
    // list_subscript on the slice this would build: no Python code runs, no slice object is made.
    if (sliceUnpackParts(start as Borrowed, stop as Borrowed, Py_None) === 0) r = listSubscriptSlice(o as Borrowed, unpackStart, unpackStop, 1);
  } else {
    const s = sliceNew(start as Borrowed, stop as Borrowed, NULL);
    if (s !== NULL) {
      r = objectGetItem(o as Borrowed, s);
      decref(s);
    }
  }
  decref(start as Owned);
  decref(stop as Owned);
  decref(o as Owned);
  return r;
}

/** A slice bound the JIT's list slicing takes without a slice object: None or an exact int (no __index__ to call). */
function sliceBoundsPlain(v: number): boolean {
  return v === Py_None || i32[(v + 4) >> 2] === intType;
}

/** BUILD_SLICE 3 then BINARY_SUBSCR: o[start:stop:step], all consumed; an exact list without the slice object. */
function jitSubscrSlice(o: number, start: number, stop: number, step: number): Owned | Null {
  if (i32[(o + 4) >> 2] !== listType || !sliceBoundsPlain(start) || !sliceBoundsPlain(stop) || !sliceBoundsPlain(step)) {
    const s = jitBuildSlice(start, stop, step);
    if (s === NULL) { decref(o as Owned); return NULL; }
    const r = objectGetItem(o as Borrowed, s);
    decref(s);
    decref(o as Owned);
    return r;
  }
  let r: Owned | Null = NULL;
  if (sliceUnpackParts(start as Borrowed, stop as Borrowed, step as Borrowed) === 0) {
    r = listSubscriptSlice(o as Borrowed, unpackStart, unpackStop, unpackStep);
  }
  decref(start as Owned);
  decref(stop as Owned);
  decref(step as Owned);
  decref(o as Owned);
  return r;
}

/** STORE_SLICE: o[start:stop] = v, all consumed; an exact list given a list or tuple without the slice object. 0 / -1. */
function jitStoreSlice(v: number, o: number, start: number, stop: number): number {
  let r = -1;
  if (i32[(o + 4) >> 2] === listType && sliceBoundsPlain(start) && sliceBoundsPlain(stop)
    && (isList(v as Borrowed) || isTuple(v as Borrowed))) {
    if (sliceUnpackParts(start as Borrowed, stop as Borrowed, Py_None) === 0) {
      r = listAssSubscriptSlice(o as Borrowed, unpackStart, unpackStop, 1, v as Borrowed);
    }
  } else {
    const s = sliceNew(start as Borrowed, stop as Borrowed, NULL);
    if (s !== NULL) {
      r = objectSetItem(o as Borrowed, s, v as Borrowed);
      decref(s);
    }
  }
  decref(start as Owned);
  decref(stop as Owned);
  decref(v as Owned);
  decref(o as Owned);
  return r;
}

/** BUILD_SLICE: slice(start, stop[, step]), all consumed (step 0: absent). */
function jitBuildSlice(start: number, stop: number, step: number): Owned | Null {
  const s = sliceNew(start as Borrowed, stop as Borrowed, step as Borrowed | Null);
  decref(start as Owned);
  decref(stop as Owned);
  if (step !== 0) decref(step as Owned);
  return s;
}

/** UNPACK_SEQUENCE's general case: the values of `v` (consumed) written downward from word `top`. */
function jitUnpack(v: number, n: number, top: number): number {
  const r = unpackIterable(v as Borrowed, n, -1, top);
  decref(v as Owned);
  return r;
}

/** MAKE_CELL: the local at word `w` becomes a cell holding its value. */
function jitMakeCell(w: number): number {
  const v = i32[w];
  const c = cellNew(v as Borrowed);
  if (c === NULL) return -1;
  if (v !== 0) decref(v as Owned);
  i32[w] = c;
  return 0;
}

/** BINARY_SUBSCR after the inline list case: an exact dict's lookup called directly (BINARY_SUBSCR_DICT), else the protocol. */
function jitGetItem(a: number, b: number): Owned | Null {
  if (i32[(a + 4) >> 2] === dictType) return dictGetItem(a as Borrowed, b as Borrowed);
  return objectGetItem(a as Borrowed, b as Borrowed);
}

/** STORE_SUBSCR after the inline list case: an exact dict's store called directly (STORE_SUBSCR_DICT), else the protocol. */
function jitSetItem(a: number, b: number, v: number): number {
  if (i32[(a + 4) >> 2] === dictType) return dictSetItem(a as Borrowed, b as Borrowed, v as Borrowed);
  return objectSetItem(a as Borrowed, b as Borrowed, v as Borrowed);
}

/** COPY_FREE_VARS: the function's closure cells into the frame's free-variable slots from word `w`. */
function jitCopyFreeVars(f: number, w: number, n: number): void {
  const closure = i32[(i32[(f >> 2) + F_FUNC] + FUNC_CLOSURE) >> 2];
  for (let i = 0; i < n; i++) {
    const c = i32[((closure + TUPLE_ITEMS) >> 2) + i];
    incref(c as Borrowed);
    i32[w + i] = c;
  }
}

const memOps: ReadonlySet<number> = new Set(STACK_OPS.keys());
const stackOps: ((f: number, sp: number, oparg: number) => number)[] = [];
for (const [op, fn] of STACK_OPS) stackOps[op] = fn;

/** What the generated code calls, read when a function is compiled (interruptFlag is replaced by the CLI's shared flag). */
const helpersNow = (): Record<(typeof JIT_HELPERS)[number], unknown> => ({
  incref, decref, binaryOpSteal, objectRichCompare, objectIsTrue, numberNegative, numberInvert, jitGetItem, jitSetItem,
  sequenceContains, objectGetIter, listNew, listAppend, tupleFromArraySteal, loadAttrSteal, storeAttrSteal, attrOut,
  jitLoadGlobal, jitCall, jitForIterNext, jitInterrupt, intFromNumber, floatNew, jitBinarySlice, jitBuildSlice,
  jitUnpack, jitMakeCell, jitCopyFreeVars, jitState, interruptFlag, views, stackOps,
  jitAdd, jitSub, jitMul, jitTrueDiv, jitIntOp, jitCompare, jitCompareBranch, jitLoadAttr, jitLoadMethod, jitStoreAttr,
  jitSend, jitYieldFromIter, jitSubscrSlice, jitStoreSlice,
});

/** Installs the JIT into the eval loop (runtime start), unless IMMORTAL_JIT=0. */
export function jitInstall(): void {
  const off = typeof process !== 'undefined' && process.env?.IMMORTAL_JIT === '0';
  evalSetJitHook(off ? null : jitEnter);
}

/** Drops the functions compiled for the heap of a runtime that is shutting down. */
export function jitRuntimeFini(): void {
  if (typeof process !== 'undefined' && process.env?.IMMORTAL_JIT_STATS === '1') {
    const ops = [...jitBailOps].sort((x, y) => y[1] - x[1]).map(([op, k]) => `${opcodeInfo(op).name} ${k}`);
    process.stderr.write(`jit: ${JSON.stringify(jitStats)} bails before: ${ops.join(', ')}\n`);
  }
  // One runtime at a time per thread: every compiled function embeds addresses of this one's heap.
  fns.fill(null, 1);
}
