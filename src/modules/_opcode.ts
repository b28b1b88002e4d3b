// The _opcode module: stack_effect(opcode, oparg=None, /, *, jump=None) and get_specialization_stats().
// Mirrors Modules/_opcode.c over Python/compile.c's stack_effect: the popped and pushed counts come
// from the one opcode table (bytecode/opcodes.ts), computed in C int arithmetic (wrapping at 32 bits),
// so out-of-range opargs give CPython's results, including its "invalid opcode or oparg" cases.
// Invariants: opcode numbers are CPython 3.12's; specialized opcodes and unused numbers are invalid.

import { decref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { type MethodDef } from '../objects/methodobject.ts';
import { parseArgs, PARSED, clinicInt, numberIndexAny } from '../objects/abstract.ts';
import { intFromNumber, intToBigInt } from '../objects/int.ts';
import { Py_None } from '../objects/none.ts';
import { noneNew } from '../objects/object.ts';
import { Py_True, Py_False } from '../objects/bool.ts';
import { errSetString, errOccurred } from '../objects/errors.ts';
import { ValueError, OverflowError } from '../objects/exceptions.ts';
import { OPCODES, MAX_REAL_OPCODE, MAX_OPCODE, SETUP_FINALLY, POP_BLOCK, LOAD_SUPER_ATTR,
  MAP_ADD, DICT_MERGE, DICT_UPDATE } from '../bytecode/opcodes.ts';
import { nativeModuleNew } from './native.ts';

const HAVE_ARGUMENT = 90;
const MIN_INSTRUMENTED_OPCODE = 237;

/** A CPython 3.12 instruction's popped and pushed counts, when it jumps or falls through. */
interface Counts { popped: number; pushed: number }

/**
 * The instrumented opcodes (237 .. 254) are not in our table (we never instrument code), but
 * CPython's metadata gives them counts: INSTRUMENTED_LOAD_SUPER_ATTR those of LOAD_SUPER_ATTR, the
 * others a fixed net effect (null: INSTRUMENTED_LINE, which has none).
 */
const INSTRUMENTED_EFFECT: readonly (number | null)[] = [
  /* 237 LOAD_SUPER_ATTR */ NaN, /* 238 POP_JUMP_IF_NONE */ 0, /* 239 POP_JUMP_IF_NOT_NONE */ 0,
  /* 240 RESUME */ 0, /* 241 CALL */ 0, /* 242 RETURN_VALUE */ -1, /* 243 YIELD_VALUE */ 0,
  /* 244 CALL_FUNCTION_EX */ 0, /* 245 JUMP_FORWARD */ 0, /* 246 JUMP_BACKWARD */ 0, /* 247 RETURN_CONST */ 0,
  /* 248 FOR_ITER */ 0, /* 249 POP_JUMP_IF_FALSE */ 0, /* 250 POP_JUMP_IF_TRUE */ 0, /* 251 END_FOR */ -2,
  /* 252 END_SEND */ -1, /* 253 INSTRUMENTED_INSTRUCTION */ 0, /* 254 INSTRUMENTED_LINE */ null,
];

/**
 * Instructions that reach below the values they pop (the dict of MAP_ADD, DICT_MERGE and DICT_UPDATE
 * sits oparg deep): our table counts the values down to the dict, CPython's metadata only what is
 * popped, which changes nothing for real opargs but is what stack_effect reports for negative or huge ones.
 */
const METADATA_COUNTS: ReadonlyMap<number, Counts> = new Map([
  [MAP_ADD, { popped: 2, pushed: 0 }],
  [DICT_MERGE, { popped: 1, pushed: 0 }],
  [DICT_UPDATE, { popped: 1, pushed: 0 }],
]);

/** HAS_ARG of Include/opcode.h: real opcodes from HAVE_ARGUMENT, and the pseudo opcodes that carry one. */
function hasArg(op: number): boolean {
  if (op < HAVE_ARGUMENT) return false;
  if (op <= MAX_REAL_OPCODE) return true;
  return op > POP_BLOCK;
}

/** _PyOpcode_num_popped / _PyOpcode_num_pushed of a real opcode, as C ints; null for no such opcode. */
function realCounts(op: number, oparg: number, jump: boolean): Counts | null {
  if (op >= MIN_INSTRUMENTED_OPCODE) {
    const e = INSTRUMENTED_EFFECT[op - MIN_INSTRUMENTED_OPCODE];
    if (e === null || e === undefined) return null;
    if (Number.isNaN(e)) return realCounts(LOAD_SUPER_ATTR, oparg, jump);
    return { popped: e < 0 ? -e : 0, pushed: e > 0 ? e : 0 };
  }
  const fixed = METADATA_COUNTS.get(op);
  if (fixed !== undefined) return fixed;
  const info = OPCODES[op];
  if (info === undefined || info.pseudo) return null;
  const popped = info.popped(oparg);
  // The table stores the pushed count of the fall-through path and the net effect of both.
  const pushed = jump ? info.effect(oparg, true) + popped : info.pushed(oparg);
  return { popped: popped | 0, pushed: pushed | 0 };
}

/** compile.c's stack_effect(opcode, oparg, jump): jump -1 (None) gives the larger of the two paths. */
function stackEffect(op: number, oparg: number, jump: number): number | null {
  if (op >= 0 && op <= MAX_REAL_OPCODE) {
    const c = realCounts(op, oparg, jump > 0);
    if (c === null || c.popped < 0 || c.pushed < 0) return null;
    const diff = (c.pushed - c.popped) | 0;
    if (jump >= 0) return diff;
    const alt = realCounts(op, oparg, true)!;
    if (alt.popped < 0 || alt.pushed < 0) return null;
    const altDiff = (alt.pushed - alt.popped) | 0;
    return diff > altDiff ? diff : altDiff;
  }
  if (op < SETUP_FINALLY || op > MAX_OPCODE) return null;
  // Pseudo opcodes: C's `jump ? a : b`, so None (-1) counts as jumping.
  return OPCODES[op]!.effect(oparg, jump !== 0);
}

/** PyLong_AsLong (through __index__), then the cast to C int that _opcode.c applies. */
function opargAsCInt(o: Borrowed): number | null {
  const i = numberIndexAny(o);
  if (i === NULL) return null;
  const v = intToBigInt(i);
  decref(i);
  if (v >= 1n << 63n || v < -(1n << 63n)) {
    errSetString(OverflowError, 'Python int too large to convert to C long');
    return null;
  }
  return Number(BigInt.asIntN(32, v));
}

/** https://docs.python.org/3/library/dis.html#dis.stack_effect */
function opcode_stack_effect(_self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('stack_effect', args, nargs, kwnames, ['opcode', 'oparg', 'jump'], 1, 2, 2)) return NULL;
  const opObj = PARSED[0] as Borrowed, opargObj = PARSED[1] as Borrowed | Null, jumpObj = PARSED[2] as Borrowed | Null;
  const op = clinicInt(opObj);
  if (op === -1 && errOccurred()) return NULL;
  let oparg = 0;
  const given = opargObj !== NULL && opargObj !== Py_None;
  if (hasArg(op)) {
    if (!given) return errSetString(ValueError, 'stack_effect: opcode requires oparg but oparg was not specified');
    const v = opargAsCInt(opargObj as Borrowed);
    if (v === null) return NULL;
    oparg = v;
  } else if (given) {
    return errSetString(ValueError, 'stack_effect: opcode does not permit oparg but oparg was specified');
  }
  let jump: number;
  if (jumpObj === NULL || jumpObj === Py_None) jump = -1;
  else if (jumpObj === Py_True) jump = 1;
  else if (jumpObj === Py_False) jump = 0;
  else return errSetString(ValueError, 'stack_effect: jump must be False, True or None');
  const effect = stackEffect(op, oparg, jump);
  if (effect === null) return errSetString(ValueError, 'invalid opcode or oparg');
  return intFromNumber(effect);
}

/** Without a build that collects specialization statistics (Py_STATS), CPython returns None. */
function opcode_get_specialization_stats(_self: Borrowed | Null, _args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs('get_specialization_stats', _args, nargs, kwnames, [], 0)) return NULL;
  return noneNew();
}

const DEFS: MethodDef[] = [
  { name: 'stack_effect', fn: opcode_stack_effect, doc: 'The net change of the stack depth one instruction makes (jump: True, False or None for the larger).' },
  { name: 'get_specialization_stats', fn: opcode_get_specialization_stats, doc: 'None: Immortal does not specialize instructions.' },
];

export function opcodeModuleNew(): Owned | Null {
  return nativeModuleNew('_opcode', DEFS, undefined, 'Stack effects of CPython 3.12 opcodes, for the opcode and dis modules.');
}
