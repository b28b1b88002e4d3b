// The baseline JIT's code generator: one code object's bytecode turned into the source text of one JS
// function, run by src/jit/jit.ts instead of the eval loop. CPython 3.12 has no JIT (3.13's copy-and-patch
// JIT is experimental); this is a template JIT in the manner of V8's Sparkplug: each instruction becomes
// a fixed snippet with its operand baked in, the value stack becomes JS locals (`s0`, `s1`, ...: the depth
// at every instruction is static in CPython bytecode), constants become literals, and jumps become a
// `switch` over the jump targets only. Semantics are the eval loop's, reference for reference:
// every snippet increfs and decrefs exactly what the loop's case does, and calls the same helpers.
// Invariants (docs/internals/jit.md):
// - the frame stays the source of truth for everything but the value stack: locals are read and written
//   in the frame's localsplus, so frame introspection, closures and tracebacks see what they see in the loop;
// - at any instruction the function can give the frame back to the eval loop ("bail"): it writes the
//   stack values it holds into the frame's value stack, F_SP and F_PC, and returns 0. Instructions it
//   does not compile, rare cases and interrupts bail before the instruction (the loop runs it);
//   an error bails after it, in unwinding mode (the loop adds the traceback entry and finds the handler);
// - entry is at instruction 0 or, from the loop, at a JUMP_BACKWARD target (on-stack replacement) or
//   where a generator's frame resumes, with the stack values read from the frame; a generator's
//   YIELD_VALUE saves the stack values under the yielded one into the frame and returns that value
//   with jitState.yielded set;
// - it never touches the heap itself: it only reads the code object, and writes JS source text.

import { i32 } from '../heap/views.ts';
import {
  CO_INSTRS, CO_NINSTRS, CO_CONSTS, CO_NAMES, CO_NLOCALSPLUS, CO_GCACHE, CO_CACHE_WORDS, FRAME_HEADER_WORDS,
  CO_FLAGS, CO_GENERATOR,
} from '../objects/code.ts';
import { TUPLE_ITEMS, tupleType } from '../objects/tuple.ts';
import { LIST_ITEMS, listType } from '../objects/list.ts';
import { intType } from '../objects/int.ts';
import { Py_True, Py_False } from '../objects/bool.ts';
import { Py_None } from '../objects/none.ts';
import { CELL_REF } from '../objects/cell.ts';
import { MA_VERSION } from '../objects/dict.ts';
import { F_PC, F_SP, F_GLOBALS, F_BUILTINS } from '../vm/frame.ts';
import { opcodeInfo } from '../bytecode/opcodes.ts';

// Opcodes (CPython 3.12 numbers, bytecode/opcodes.ts).
const POP_TOP = 1, PUSH_NULL = 2, END_FOR = 4, NOP = 9, UNARY_NEGATIVE = 11, UNARY_NOT = 12, UNARY_INVERT = 15,
  BINARY_SUBSCR = 25, BINARY_SLICE = 26, STORE_SLICE = 27, STORE_SUBSCR = 60, GET_ITER = 68, RETURN_VALUE = 83, UNPACK_SEQUENCE = 92,
  FOR_ITER = 93, STORE_ATTR = 95, SWAP = 99, LOAD_CONST = 100, BUILD_TUPLE = 102, BUILD_LIST = 103,
  LOAD_ATTR = 106, COMPARE_OP = 107, JUMP_FORWARD = 110, POP_JUMP_IF_FALSE = 114, POP_JUMP_IF_TRUE = 115,
  LOAD_GLOBAL = 116, IS_OP = 117, CONTAINS_OP = 118, COPY = 120, RETURN_CONST = 121, BINARY_OP = 122,
  LOAD_FAST = 124, STORE_FAST = 125, LOAD_FAST_CHECK = 127, POP_JUMP_IF_NOT_NONE = 128, POP_JUMP_IF_NONE = 129,
  BUILD_SLICE = 133, JUMP_BACKWARD_NO_INTERRUPT = 134, MAKE_CELL = 135, LOAD_CLOSURE = 136, LOAD_DEREF = 137,
  STORE_DEREF = 138, JUMP_BACKWARD = 140, LOAD_FAST_AND_CLEAR = 143, LIST_APPEND = 145, COPY_FREE_VARS = 149,
  RESUME = 151, CALL = 171, KW_NAMES = 172, END_SEND = 5, RETURN_GENERATOR = 75, GET_YIELD_FROM_ITER = 69, SEND = 123, YIELD_VALUE = 150;

/**
 * Instructions that may run Python code of their own (a property, an operator method, __next__, __del__
 * of a replaced value) or end the frame: F_PC is set before them, so that the code they run sees this
 * line in its caller's frame object (f_lineno, warnings' stack levels), as the loop has it.
 */
const PC_BEFORE = new Set([LOAD_ATTR, STORE_ATTR, BINARY_OP, COMPARE_OP, CONTAINS_OP, BINARY_SUBSCR, STORE_SUBSCR,
  BINARY_SLICE, STORE_SLICE, FOR_ITER, GET_ITER, UNPACK_SEQUENCE, UNARY_NEGATIVE, UNARY_NOT, RETURN_VALUE, RETURN_CONST]);

/** Instructions that end a block: control never falls through. */
const TERMINATES = new Set([RETURN_VALUE, RETURN_CONST, JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT,
  119 /* RERAISE */, 130 /* RAISE_VARARGS */]);

/** The names the generated source uses from the JIT runtime (jit.ts passes them, in this order). */
export const JIT_HELPERS = [
  'incref', 'decref', 'binaryOpSteal', 'objectRichCompare', 'objectIsTrue', 'numberNegative', 'numberInvert',
  'jitGetItem', 'jitSetItem', 'sequenceContains', 'objectGetIter', 'listNew', 'listAppend',
  'tupleFromArraySteal', 'loadAttrSteal', 'storeAttrSteal', 'attrOut', 'jitLoadGlobal', 'jitCall',
  'jitForIterNext', 'jitInterrupt', 'intFromNumber', 'floatNew', 'jitBinarySlice', 'jitBuildSlice',
  'jitUnpack', 'jitMakeCell', 'jitCopyFreeVars', 'jitState', 'interruptFlag', 'views', 'stackOps',
  'jitAdd', 'jitSub', 'jitMul', 'jitTrueDiv', 'jitIntOp', 'jitCompare', 'jitCompareBranch', 'jitLoadAttr', 'jitLoadMethod',
  'jitStoreAttr', 'jitSend', 'jitYieldFromIter', 'jitSubscrSlice', 'jitStoreSlice',
] as const;

/** BINARY_OP's operators (oparg, in-place forms less 13) that jitIntOp takes: % // & | ^ << >>. */
const INT_OPS: ReadonlySet<number> = new Set([6, 2, 1, 7, 12, 3, 9]);

/** Whether an object is immortal now (and so forever: a static immortal never becomes mortal). */
function immortal(o: number): boolean {
  return o !== 0 && i32[o >> 2] < 0;
}

/**
 * The JS source of the function body for `code` (parameters `f`, `entry`), or null when the code
 * can't be compiled. `memOps`: the opcodes the loop runs as functions on the stack in memory (called
 * through the `stackOps` array, indexed by opcode). Null
 * means inconsistent stack depths: a compiler bug the loop would not notice.
 */
export function jitGenerate(code: number, memOps: ReadonlySet<number>): string | null {
  const n = i32[(code + CO_NINSTRS) >> 2];
  const ib = i32[(code + CO_INSTRS) >> 2] >> 2;
  const consts = (i32[(code + CO_CONSTS) >> 2] + TUPLE_ITEMS) >> 2;
  const names = (i32[(code + CO_NAMES) >> 2] + TUPLE_ITEMS) >> 2;
  const nlp = i32[(code + CO_NLOCALSPLUS) >> 2];
  const gcache = i32[(code + CO_GCACHE) >> 2] >> 2;
  const ops = new Int32Array(n), args = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const w = i32[ib + k];
    ops[k] = w & 0xff;
    args[k] = w >>> 8;
  }

  // A generator's code runs here from where its frame resumes: after RETURN_GENERATOR (which the loop
  // runs, after the MAKE_CELL/COPY_FREE_VARS prefix if any), with the first sent value pushed, and
  // after each YIELD_VALUE.
  const gen = (i32[(code + CO_FLAGS) >> 2] & CO_GENERATOR) !== 0;
  const start = gen ? ops.indexOf(RETURN_GENERATOR) + 1 : 0;
  if (gen && start === 0) return null;
  // Stack depth before each instruction reachable from the start by normal flow (-1: unreachable).
  const depth = new Int32Array(n).fill(-1);
  const isTarget = new Uint8Array(n);
  // Entries other than 0: loop heads (on-stack replacement) and a generator's resumption points.
  const osr = new Uint8Array(n);
  const work: number[] = [start];
  depth[start] = gen ? 1 : 0;
  if (gen) { osr[start] = 1; isTarget[start] = 1; }
  const reach = (k: number, d: number): boolean => {
    if (k >= n || d < 0) return false;
    if (depth[k] === -1) { depth[k] = d; work.push(k); return true; }
    return depth[k] === d;
  };
  let maxDepth = 0;
  while (work.length > 0) {
    const k = work.pop()!;
    const op = ops[k], a = args[k], d = depth[k];
    const info = opcodeInfo(op);
    if (d > maxDepth) maxDepth = d;
    if (op === FOR_ITER) {
      // Exhausted: the iterator is popped and control goes past its END_FOR.
      isTarget[a + 1] = 1;
      if (!reach(a + 1, d - 1) || !reach(k + 1, d + 1)) return null;
      continue;
    }
    if (op === YIELD_VALUE) { osr[k + 1] = 1; isTarget[k + 1] = 1; }
    if (info.jump !== 'none') {
      isTarget[a] = 1;
      if (op === JUMP_BACKWARD) osr[a] = 1;
      if (!reach(a, d + info.effect(a, true))) return null;
    }
    if (!TERMINATES.has(op) && !reach(k + 1, d + info.effect(a, false))) return null;
    if (d + info.effect(a, false) > maxDepth) maxDepth = d + info.effect(a, false);
  }
  maxDepth += 2;

  // Operands a BINARY_OP (+, -, *, /, and INT_OPS) or COMPARE_OP takes straight from the LOAD_FAST / LOAD_CONST just
  // before it are pushed borrowed: no incref here and no decref in the helper, whose fast paths run
  // no Python code (its slow path increfs them first, so what Python code can see is the loop's counts).
  // own[k] for such an instruction: bit 1 the second operand is owned, bit 2 the top one.
  const borrowed = new Uint8Array(n);
  const own = new Uint8Array(n).fill(3);
  const isLoad = (k: number): boolean => k >= 0 && (ops[k] === LOAD_FAST || ops[k] === LOAD_CONST) && depth[k] >= 0;
  for (let k = 2; k < n; k++) {
    const op = ops[k], a = args[k];
    const o = a >= 13 ? a - 13 : a;
    if (depth[k] < 0 || isTarget[k] || !(op === COMPARE_OP || (op === BINARY_OP && (o === 0 || o === 10 || o === 5 || o === 11 || INT_OPS.has(o))))) continue;
    if (!isLoad(k - 1)) continue;
    borrowed[k - 1] = 1;
    own[k] = 1;
    if (isLoad(k - 2) && !isTarget[k - 1]) { borrowed[k - 2] = 1; own[k] = 0; }
  }

  const L: string[] = [];
  const emit = (s: string): void => { L.push(s); };
  const S = (i: number): string => `s${i}`;
  // Calls, not inline code: TurboFan inlines these tiny functions, and a function whose bytecode
  // passes its size limit (--max-optimized-bytecode-size) is never optimized at all (measured: the
  // inline forms made nbody's advance() too big, 3.5x slower).
  const inc = (e: string): string => `incref(${e});`;
  const dec = (e: string): string => `decref(${e});`;
  const incConst = (o: number): string => (immortal(o) ? '' : inc(String(o)));
  const spill = (d: number): string => {
    let s = '';
    for (let i = 0; i < d; i++) s += `i32[sb + ${i}] = ${S(i)}; `;
    return s;
  };
  /** Gives the frame to the loop before instruction k (the loop runs it). */
  // Exits share one tail after the loop (`break out`), which writes the stack values back: each exit
  // is a few assignments, which keeps the function small (see inc/dec).
  const bail = (k: number, d: number): string => `{ ep = ${k}; ed = ${d}; eu = ${-ops[k] - 1}; break out; }`;
  /** Instruction k failed with the exception set, d values left on the stack: the loop unwinds. */
  const err = (k: number, d: number): string => `{ ep = ${k + 1}; ed = ${d}; eu = 1; break out; }`;
  const T = Py_True, F = Py_False;
  const boolsImmortal = immortal(T) && immortal(F);
  /** Pushes True/False for the JS condition `c` into slot `dst` (an incref of the bool, as the loop does). */
  const pushBool = (dst: string, c: string): string =>
    `${dst} = ${c} ? ${T} : ${F};${boolsImmortal ? '' : ` ${inc(dst)}`}`;
  /** The jump of a POP_JUMP_IF_TRUE (when true) / _FALSE at k to its target, on the JS condition `c`. */
  const branch = (k: number, c: string): string => {
    const target = args[k];
    const whenTrue = ops[k] === POP_JUMP_IF_TRUE;
    return `if (${whenTrue ? '' : '!'}(${c})) { pc = ${target}; continue; }`;
  };
  /** COMPARE_OP / IS_OP at k followed by a POP_JUMP_IF_TRUE/FALSE nobody jumps to: fused. */
  const fusable = (k: number): boolean =>
    k + 1 < n && (ops[k + 1] === POP_JUMP_IF_FALSE || ops[k + 1] === POP_JUMP_IF_TRUE) && !isTarget[k + 1] && depth[k + 1] >= 0;

  let kwnames = 0;
  let skip = -1;
  for (let k = 0; k < n; k++) {
    if (isTarget[k] && depth[k] >= 0 && k !== 0) emit(`case ${k}:`);
    if (depth[k] < 0 || k === skip) continue;
    const op = ops[k], a = args[k], d = depth[k];
    const top = S(d - 1), second = S(d - 2);
    emit(`// ${k}: ${opcodeInfo(op).name} ${a}`);
    if (PC_BEFORE.has(op)) emit(`i32[fw + ${F_PC}] = ${k + 1};`);
    switch (op) {
      case NOP: case KW_NAMES:
        if (op === KW_NAMES) kwnames = i32[consts + a];
        break;
      case RESUME:
        emit(`if (interruptFlag[0] !== 0 && jitInterrupt()) ${err(k, d)}`);
        break;
      case LOAD_FAST: case LOAD_CLOSURE:
        emit(`${S(d)} = i32[lp + ${a}]; ${borrowed[k] ? '' : inc(S(d))}`);
        break;
      case LOAD_FAST_CHECK:
        emit(`${S(d)} = i32[lp + ${a}]; if (${S(d)} === 0) ${bail(k, d)} ${inc(S(d))}`);
        break;
      case LOAD_FAST_AND_CLEAR:
        emit(`${S(d)} = i32[lp + ${a}]; i32[lp + ${a}] = 0;`);
        break;
      case STORE_FAST:
        emit(`t = i32[lp + ${a}]; i32[lp + ${a}] = ${top}; if (t !== 0) ${dec('t')}`);
        break;
      case LOAD_CONST: {
        const c = i32[consts + a];
        emit(`${S(d)} = ${c}; ${borrowed[k] ? '' : incConst(c)}`);
        break;
      }
      case POP_TOP:
        emit(dec(top));
        break;
      case PUSH_NULL:
        emit(`${S(d)} = 0;`);
        break;
      case END_FOR:
        emit(`${dec(top)} ${dec(second)}`);
        break;
      case SWAP:
        emit(`t = ${top}; ${top} = ${S(d - a)}; ${S(d - a)} = t;`);
        break;
      case COPY:
        emit(`${S(d)} = ${S(d - a)}; ${inc(S(d))}`);
        break;
      case UNARY_NOT:
        // The loop decrefs the operand whatever it is (bools included).
        emit(`t = ${top}; c = t === ${T} ? 1 : t === ${F} ? 0 : objectIsTrue(t); ${dec('t')} if (c < 0) ${err(k, d - 1)}`);
        emit(pushBool(top, 'c === 0'));
        break;
      case UNARY_NEGATIVE: case UNARY_INVERT:
        // ~bool warns (DeprecationWarning): F_PC names its line, as for a call.
        if (op === UNARY_INVERT) emit(`i32[fw + ${F_PC}] = ${k + 1};`);
        emit(`t = ${top}; r = ${op === UNARY_NEGATIVE ? 'numberNegative' : 'numberInvert'}(t); ${dec('t')} if (r === 0) ${err(k, d - 1)} ${top} = r;`);
        break;
      case BINARY_OP: {
        const o = a >= 13 ? a - 13 : a;
        const fn = o === 0 ? 'jitAdd' : o === 10 ? 'jitSub' : o === 5 ? 'jitMul' : o === 11 ? 'jitTrueDiv'
          : INT_OPS.has(o) ? 'jitIntOp' : 'binaryOpSteal';
        const ownArg = fn === 'binaryOpSteal' || own[k] === 3 ? '' : `, ${own[k]}`;
        emit(`r = ${fn}(${second}, ${top}, ${a}${ownArg}); if (r === 0) ${err(k, d - 2)} ${second} = r;`);
        break;
      }
      case COMPARE_OP: {
        if (fusable(k)) {
          // The bool the loop would push and POP_JUMP_IF would test is not made (jitCompareBranch).
          emit(`c = jitCompareBranch(${second}, ${top}, ${a}${own[k] === 3 ? '' : `, ${own[k]}`}); if (c < 0) { if (c === -1) ${err(k, d - 2)} ${err(k + 1, d - 2)} }`);
          emit(branch(k + 1, 'c === 1'));
          skip = k + 1;
        } else {
          emit(`r = jitCompare(${second}, ${top}, ${a}${own[k] === 3 ? '' : `, ${own[k]}`}); if (r === 0) ${err(k, d - 2)} ${second} = r;`);
        }
        break;
      }
      case IS_OP: {
        emit(`a = ${second}; b = ${top}; c = (a === b) ${a === 1 ? '!==' : '==='} true ? 1 : 0; ${dec('a')} ${dec('b')}`);
        if (fusable(k)) {
          if (!boolsImmortal) emit(`t = c ? ${T} : ${F}; ${inc('t')}`);
          emit(branch(k + 1, 'c === 1'));
          skip = k + 1;
        } else {
          emit(pushBool(second, 'c === 1'));
        }
        break;
      }
      case CONTAINS_OP:
        emit(`a = ${second}; b = ${top}; c = sequenceContains(b, a); ${dec('a')} ${dec('b')} if (c < 0) ${err(k, d - 2)}`);
        emit(pushBool(second, `(c === 1) ${a === 1 ? '!==' : '==='} true`));
        break;
      case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE:
        emit(`t = ${top}; if (t === ${T}) c = 1; else if (t === ${F}) c = 0; else { c = objectIsTrue(t); ${dec('t')} if (c < 0) ${err(k, d - 1)} }`);
        emit(branch(k, 'c === 1'));
        break;
      case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE:
        emit(`t = ${top}; c = t === ${Py_None} ? 1 : 0; ${dec('t')}`);
        emit(`if (c === ${op === POP_JUMP_IF_NONE ? 1 : 0}) { pc = ${a}; continue; }`);
        break;
      case JUMP_FORWARD: case JUMP_BACKWARD_NO_INTERRUPT:
        emit(`pc = ${a}; continue;`);
        break;
      case JUMP_BACKWARD:
        // The loop checks interrupts before jumping (the traceback names the JUMP_BACKWARD).
        emit(`if (interruptFlag[0] !== 0 && jitInterrupt()) ${err(k, d)}`);
        emit(`pc = ${a}; continue;`);
        break;
      case BINARY_SUBSCR:
        emit(`a = ${second}; b = ${top}; r = 0;`);
        emit(`if (i32[(a + 4) >> 2] === ${listType} && i32[(b + 4) >> 2] === ${intType} && i32[(b + 8) >> 2] >= 0 && i32[(b + 8) >> 2] <= 1) {`
          + ` x = i32[(b + 8) >> 2] === 0 ? 0 : u32[(b + 12) >> 2]; if (x < i32[(a + 8) >> 2]) { r = i32[(i32[(a + ${LIST_ITEMS}) >> 2] >> 2) + x]; ${inc('r')} ${dec('a')} ${dec('b')} } }`);
        emit(`if (r === 0) { r = jitGetItem(a, b); ${dec('a')} ${dec('b')} if (r === 0) ${err(k, d - 2)} }`);
        emit(`${second} = r;`);
        break;
      case STORE_SUBSCR:
        emit(`a = ${second}; b = ${top}; t = ${S(d - 3)}; c = -1;`);
        emit(`if (i32[(a + 4) >> 2] === ${listType} && i32[(b + 4) >> 2] === ${intType} && i32[(b + 8) >> 2] >= 0 && i32[(b + 8) >> 2] <= 1) {`
          + ` x = i32[(b + 8) >> 2] === 0 ? 0 : u32[(b + 12) >> 2]; if (x < i32[(a + 8) >> 2]) { y = (i32[(a + ${LIST_ITEMS}) >> 2] >> 2) + x; r = i32[y]; i32[y] = t; c = 0; ${dec('r')} ${dec('a')} ${dec('b')} } }`);
        emit(`if (c < 0) { c = jitSetItem(a, b, t); ${dec('t')} ${dec('a')} ${dec('b')} if (c < 0) ${err(k, d - 3)} }`);
        break;
      case BINARY_SLICE:
        emit(`r = jitBinarySlice(${S(d - 3)}, ${second}, ${top}); if (r === 0) ${err(k, d - 3)} ${S(d - 3)} = r;`);
        break;
      case STORE_SLICE:
        emit(`c = jitStoreSlice(${S(d - 4)}, ${S(d - 3)}, ${second}, ${top}); if (c < 0) ${err(k, d - 4)}`);
        break;
      case BUILD_SLICE:
        if (a === 3 && k + 1 < n && ops[k + 1] === BINARY_SUBSCR && !isTarget[k + 1]) {
          // o[start:stop:step]: an exact list is sliced without making the slice object.
          emit(`r = jitSubscrSlice(${S(d - 4)}, ${S(d - 3)}, ${second}, ${top}); if (r === 0) ${err(k + 1, d - 4)} ${S(d - 4)} = r;`);
          skip = k + 1;
        } else if (a === 3) emit(`r = jitBuildSlice(${S(d - 3)}, ${second}, ${top}); if (r === 0) ${err(k, d - 3)} ${S(d - 3)} = r;`);
        else emit(`r = jitBuildSlice(${second}, ${top}, 0); if (r === 0) ${err(k, d - 2)} ${second} = r;`);
        break;
      case LOAD_GLOBAL: {
        const cw = gcache + CO_CACHE_WORDS * k;
        const name = i32[names + (a >> 1)];
        emit(`if (i32[${cw}] === i32[(gd + ${MA_VERSION}) >> 2] && i32[${cw + 1}] === i32[(bd + ${MA_VERSION}) >> 2] && i32[${cw + 2}] !== 0) { r = i32[${cw + 2}]; ${inc('r')} }`
          + ` else { r = jitLoadGlobal(gd, bd, ${name}, ${cw}); if (r === 0) ${err(k, d)} }`);
        if (a & 1) emit(`${S(d)} = 0; ${S(d + 1)} = r;`);
        else emit(`${S(d)} = r;`);
        break;
      }
      case LOAD_ATTR: {
        const cw = gcache + CO_CACHE_WORDS * k;
        const name = i32[names + (a >> 1)];
        if (a & 1) emit(`r = jitLoadMethod(${cw}, ${top}, ${name}); if (r === 0) ${err(k, d - 1)} ${top} = attrOut[0]; ${S(d)} = r;`);
        else emit(`r = jitLoadAttr(${cw}, ${top}, ${name}); if (r === 0) ${err(k, d - 1)} ${top} = r;`);
        break;
      }
      case STORE_ATTR: {
        const cw = gcache + CO_CACHE_WORDS * k;
        emit(`if (jitStoreAttr(${cw}, ${top}, ${i32[names + a]}, ${second}) < 0) ${err(k, d - 2)}`);
        break;
      }
      case BUILD_TUPLE:
        if (a === 0) { emit(`${bail(k, d)}`); break; }
        for (let i = 0; i < a; i++) emit(`i32[sb + ${d - a + i}] = ${S(d - a + i)};`);
        emit(`r = tupleFromArraySteal((sb + ${d - a}) << 2, ${a}); if (r === 0) ${err(k, d)} ${S(d - a)} = r;`);
        break;
      case BUILD_LIST:
        emit(`r = listNew(${a}); if (r === 0) ${err(k, d)}`);
        if (a > 0) {
          emit(`t = i32[(r + ${LIST_ITEMS}) >> 2] >> 2;`);
          for (let i = 0; i < a; i++) emit(`i32[t + ${i}] = ${S(d - a + i)};`);
        }
        emit(`${S(d - a)} = r;`);
        break;
      case LIST_APPEND:
        emit(`t = ${top}; c = listAppend(${S(d - 1 - a)}, t); ${dec('t')} if (c < 0) ${err(k, d - 1)}`);
        break;
      case UNPACK_SEQUENCE: {
        emit(`t = ${top}; x = i32[(t + 4) >> 2];`);
        emit(`if ((x === ${tupleType} || x === ${listType}) && i32[(t + 8) >> 2] === ${a}) { y = x === ${tupleType} ? (t + ${TUPLE_ITEMS}) >> 2 : i32[(t + ${LIST_ITEMS}) >> 2] >> 2;`);
        for (let i = a - 1, slot = d - 1; i >= 0; i--, slot++) emit(`  ${S(slot)} = i32[y + ${i}]; ${inc(S(slot))}`);
        emit(`  ${dec('t')} } else {`);
        // The general case writes the values into the frame's stack; read them back.
        emit(`  if (jitUnpack(t, ${a}, sb + ${d - 1 + a - 1}) < 0) ${err(k, d - 1)}`);
        for (let i = 0; i < a; i++) emit(`  ${S(d - 1 + i)} = i32[sb + ${d - 1 + i}];`);
        emit('}');
        break;
      }
      case GET_ITER:
        emit(`t = ${top}; r = objectGetIter(t); ${dec('t')} if (r === 0) ${err(k, d - 1)} ${top} = r;`);
        break;
      case FOR_ITER:
        emit(`r = jitForIterNext(${top}); if (r <= 0) { if (r < 0) ${err(k, d)} t = ${top}; ${dec('t')} pc = ${a + 1}; continue; } ${S(d)} = r;`);
        break;
      case LOAD_DEREF:
        emit(`${S(d)} = i32[(i32[lp + ${a}] + ${CELL_REF}) >> 2]; if (${S(d)} === 0) ${bail(k, d)} ${inc(S(d))}`);
        break;
      case STORE_DEREF:
        emit(`t = i32[lp + ${a}]; r = i32[(t + ${CELL_REF}) >> 2]; i32[(t + ${CELL_REF}) >> 2] = ${top}; if (r !== 0) ${dec('r')}`);
        break;
      case MAKE_CELL:
        emit(`if (jitMakeCell(lp + ${a}) < 0) ${err(k, d)}`);
        break;
      case COPY_FREE_VARS:
        emit(`jitCopyFreeVars(f, lp + ${nlp - a}, ${a});`);
        break;
      case CALL: {
        const base = d - a - 2;
        for (let i = base; i < d; i++) emit(`i32[sb + ${i}] = ${S(i)};`);
        emit(`i32[fw + ${F_PC}] = ${k + 1};`);
        emit(`r = jitCall(sb + ${base}, ${a}, ${kwnames}); if (r === 0) ${err(k, base)} ${S(base)} = r;`);
        kwnames = 0;
        break;
      }
      case YIELD_VALUE:
        // The frame suspends with the values under the yielded one saved; it resumes at k + 1 (an entry).
        emit(`${spill(d - 1)}i32[fw + ${F_PC}] = ${k + 1}; i32[fw + ${F_SP}] = sb + ${d - 1}; jitState.yielded = true; return ${top};`);
        break;
      case SEND:
        emit(`r = jitSend(${second}, ${top}); if (r === 0) ${err(k, d - 1)} ${top} = r; if (!jitState.sent) { pc = ${a}; continue; }`);
        break;
      case END_SEND:
        emit(`t = ${second}; ${second} = ${top}; ${dec('t')}`);
        break;
      case GET_YIELD_FROM_ITER:
        emit(`r = jitYieldFromIter(${top}); if (r === 0) ${err(k, d - 1)} ${top} = r;`);
        break;
      case RETURN_VALUE:
        for (let i = 0; i < d - 1; i++) emit(dec(S(i)));
        emit(`i32[fw + ${F_SP}] = sb; return ${top};`);
        break;
      case RETURN_CONST: {
        const c = i32[consts + a];
        for (let i = 0; i < d; i++) emit(dec(S(i)));
        emit(`${incConst(c)} i32[fw + ${F_SP}] = sb; return ${c};`);
        break;
      }
      default:
        if (memOps.has(op)) {
          // An instruction the loop runs on the stack in memory (vm/eval.ts STACK_OPS): write the
          // stack out, call it, read back the slots it replaced.
          const info = opcodeInfo(op);
          const after = d + info.effect(a, false);
          // F_PC at the next instruction, as the loop has it while running one (calls, imports).
          emit(`${spill(d)}i32[fw + ${F_PC}] = ${k + 1}; r = stackOps[${op}](f, sb + ${d}, ${a});`);
          emit(`if (r < 0) { i32[fw + ${F_PC}] = ${k + 1}; i32[fw + ${F_SP}] = -r; jitState.unwind = true; return 0; }`);
          for (let i = d - info.popped(a); i < after; i++) emit(`${S(i)} = i32[sb + ${i}];`);
        } else {
          emit(bail(k, d));
        }
    }
  }

  const vars = [];
  for (let i = 0; i < maxDepth; i++) vars.push(`${S(i)} = 0`);
  const tail: string[] = [];
  for (let i = maxDepth; i > 0; i--) tail.push(`case ${i}: i32[sb + ${i - 1}] = ${S(i - 1)};`);
  const entries: string[] = [];
  for (let k = 0; k < n; k++) {
    if (!osr[k] || depth[k] < 0) continue;
    let loads = `if (i32[fw + ${F_SP}] !== sb + ${depth[k]}) return 0; `;
    for (let i = 0; i < depth[k]; i++) loads += `${S(i)} = i32[sb + ${i}]; `;
    entries.push(`case ${k}: ${loads}break;`);
  }
  return [
    'const i32 = views.i32, u32 = views.u32, f64 = views.f64;',
    `const fw = f >> 2, lp = fw + ${FRAME_HEADER_WORDS}, sb = lp + ${nlp};`,
    `const gd = i32[fw + ${F_GLOBALS}], bd = i32[fw + ${F_BUILTINS}];`,
    `let ${vars.join(', ')};`,
    'let a = 0, b = 0, r = 0, t = 0, c = 0, x = 0, y = 0, z = 0, ta = 0, tb = 0;',
    'let pc = entry, ep = 0, ed = 0, eu = 0;',
    // On-stack replacement: only at a loop head this function knows, with its stack values.
    `if (entry !== 0) { switch (entry) { ${entries.join(' ')} default: return 0; } }`,
    'out: for (;;) {',
    'switch (pc) {',
    'case 0:',
    ...L,
    '}',
    // Only reached by a jump to a target this function did not compile (a bug).
    'throw new Error(`jit: no code at instruction ${pc}`);',
    '}',
    // The exits: ep the instruction the loop goes on from, ed the stack values still held, eu 1 for
    // an exception to unwind, else -(the opcode handed back before) - 1.
    `switch (ed) { ${tail.join(' ')} }`,
    `i32[fw + ${F_PC}] = ep; i32[fw + ${F_SP}] = sb + ed;`,
    'if (eu === 1) jitState.unwind = true; else jitState.bailOp = -eu - 1;',
    'return 0;',
  ].join('\n');
}
