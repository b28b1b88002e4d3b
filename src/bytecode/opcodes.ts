// The one opcode table: every instruction the compiler emits and the eval loop runs, with its number,
// operand kind, jump kind and stack effect. Mirrors CPython 3.12's Lib/opcode.py and the
// popped/pushed counts of Python/opcode_metadata.h (without inline CACHE entries or specializations).
// Invariants: opcode numbers are CPython 3.12's and never change; real opcodes are < 256 so that an
// instruction word is `opcode | (oparg << 8)`; pseudo opcodes (>= 256) never appear in a CodeUnit.
//
// Instruction word (one int32 per instruction, no EXTENDED_ARG, no CACHE):
//
//   31                               8 7          0
//   +---------------------------------+------------+
//   |          oparg (0 .. 2**23-1)   |   opcode   |
//   +---------------------------------+------------+
//
// Jump opargs are ABSOLUTE instruction indices (not byte offsets, not relative). FOR_ITER's target is
// its END_FOR; when the iterator is exhausted the VM pops the iterator and continues at target + 1
// (skipping END_FOR), as CPython 3.12 does. SEND's target is its END_SEND.
// COMPARE_OP's oparg is simply the comparison (Py_LT 0 .. Py_GE 5), not 3.12's `(cmp << 4) | mask`.

/** What an instruction's oparg means, for dis and the checkers. */
export type ArgKind =
  | 'none'       // no argument
  | 'const'      // index into consts
  | 'name'       // index into names
  | 'global'     // LOAD_GLOBAL: names[oparg >> 1]; oparg & 1 pushes NULL first
  | 'attr'       // LOAD_ATTR: names[oparg >> 1]; oparg & 1 is the method form
  | 'superattr'  // LOAD_SUPER_ATTR: names[oparg >> 2]; oparg & 1 method form; oparg & 2 two-arg super
  | 'local'      // index into localsplus (a fast local)
  | 'free'       // index into localsplus (a cell or free variable)
  | 'jump'       // absolute instruction index
  | 'cmp'        // COMPARE_OP: Py_LT .. Py_GE
  | 'binop'      // BINARY_OP: NB_* number
  | 'intrinsic1' // CALL_INTRINSIC_1: INTRINSIC_* number
  | 'intrinsic2' // CALL_INTRINSIC_2: INTRINSIC_* number
  | 'format'     // FORMAT_VALUE: FVC_* | FVS_HAVE_SPEC
  | 'makefn'     // MAKE_FUNCTION flags
  | 'resume'     // RESUME: where (0 start, 1 after yield, 2 after yield from, 3 after await)
  | 'raw';       // a count or flag shown as a plain number

export type JumpKind = 'none' | 'forward' | 'backward';

export interface OpcodeInfo {
  readonly name: string;
  readonly code: number;
  readonly hasArg: boolean;
  readonly arg: ArgKind;
  readonly jump: JumpKind;
  /** True for compiler-only pseudo instructions (>= 256), resolved before output. */
  readonly pseudo: boolean;
  /** True when control never falls through to the next instruction. */
  readonly terminates: boolean;
  /** Values popped (real opcodes only; pseudo opcodes use `effect`). */
  readonly popped: (oparg: number) => number;
  /** Values pushed when falling through (real opcodes only). */
  readonly pushed: (oparg: number) => number;
  /** Net stack effect, as CPython 3.12's `dis.stack_effect(op, oparg, jump=jump)`. */
  readonly effect: (oparg: number, jump: boolean) => number;
  /** Inline CACHE code units CPython 3.12 puts after the instruction (`opcode._inline_cache_entries`). */
  readonly caches: number;
}

// Real opcodes (CPython 3.12 numbers).
export const CACHE = 0; // reserved, never emitted
export const POP_TOP = 1;
export const PUSH_NULL = 2;
export const INTERPRETER_EXIT = 3;
export const END_FOR = 4;
export const END_SEND = 5;
export const NOP = 9;
export const UNARY_NEGATIVE = 11;
export const UNARY_NOT = 12;
export const UNARY_INVERT = 15;
export const RESERVED = 17;
export const BINARY_SUBSCR = 25;
export const BINARY_SLICE = 26;
export const STORE_SLICE = 27;
export const GET_LEN = 30;
export const MATCH_MAPPING = 31;
export const MATCH_SEQUENCE = 32;
export const MATCH_KEYS = 33;
export const PUSH_EXC_INFO = 35;
export const CHECK_EXC_MATCH = 36;
export const CHECK_EG_MATCH = 37;
export const WITH_EXCEPT_START = 49;
export const GET_AITER = 50;
export const GET_ANEXT = 51;
export const BEFORE_ASYNC_WITH = 52;
export const BEFORE_WITH = 53;
export const END_ASYNC_FOR = 54;
export const CLEANUP_THROW = 55;
export const STORE_SUBSCR = 60;
export const DELETE_SUBSCR = 61;
export const GET_ITER = 68;
export const GET_YIELD_FROM_ITER = 69;
export const LOAD_BUILD_CLASS = 71;
export const LOAD_ASSERTION_ERROR = 74;
export const RETURN_GENERATOR = 75;
export const RETURN_VALUE = 83;
export const SETUP_ANNOTATIONS = 85;
export const LOAD_LOCALS = 87;
export const POP_EXCEPT = 89;
export const STORE_NAME = 90;
export const DELETE_NAME = 91;
export const UNPACK_SEQUENCE = 92;
export const FOR_ITER = 93;
export const UNPACK_EX = 94;
export const STORE_ATTR = 95;
export const DELETE_ATTR = 96;
export const STORE_GLOBAL = 97;
export const DELETE_GLOBAL = 98;
export const SWAP = 99;
export const LOAD_CONST = 100;
export const LOAD_NAME = 101;
export const BUILD_TUPLE = 102;
export const BUILD_LIST = 103;
export const BUILD_SET = 104;
export const BUILD_MAP = 105;
export const LOAD_ATTR = 106;
export const COMPARE_OP = 107;
export const IMPORT_NAME = 108;
export const IMPORT_FROM = 109;
export const JUMP_FORWARD = 110;
export const POP_JUMP_IF_FALSE = 114;
export const POP_JUMP_IF_TRUE = 115;
export const LOAD_GLOBAL = 116;
export const IS_OP = 117;
export const CONTAINS_OP = 118;
export const RERAISE = 119;
export const COPY = 120;
export const RETURN_CONST = 121;
export const BINARY_OP = 122;
export const SEND = 123;
export const LOAD_FAST = 124;
export const STORE_FAST = 125;
export const DELETE_FAST = 126;
export const LOAD_FAST_CHECK = 127;
export const POP_JUMP_IF_NOT_NONE = 128;
export const POP_JUMP_IF_NONE = 129;
export const RAISE_VARARGS = 130;
export const GET_AWAITABLE = 131;
export const MAKE_FUNCTION = 132;
export const BUILD_SLICE = 133;
export const JUMP_BACKWARD_NO_INTERRUPT = 134;
export const MAKE_CELL = 135;
export const LOAD_CLOSURE = 136;
export const LOAD_DEREF = 137;
export const STORE_DEREF = 138;
export const DELETE_DEREF = 139;
export const JUMP_BACKWARD = 140;
export const LOAD_SUPER_ATTR = 141;
export const CALL_FUNCTION_EX = 142;
export const LOAD_FAST_AND_CLEAR = 143;
export const EXTENDED_ARG = 144; // reserved, never emitted (opargs hold 23 bits)
export const LIST_APPEND = 145;
export const SET_ADD = 146;
export const MAP_ADD = 147;
export const COPY_FREE_VARS = 149;
export const YIELD_VALUE = 150;
export const RESUME = 151;
export const MATCH_CLASS = 152;
export const FORMAT_VALUE = 155;
export const BUILD_CONST_KEY_MAP = 156;
export const BUILD_STRING = 157;
export const LIST_EXTEND = 162;
export const SET_UPDATE = 163;
export const DICT_MERGE = 164;
export const DICT_UPDATE = 165;
export const CALL = 171;
export const KW_NAMES = 172;
export const CALL_INTRINSIC_1 = 173;
export const CALL_INTRINSIC_2 = 174;
export const LOAD_FROM_DICT_OR_GLOBALS = 175;
export const LOAD_FROM_DICT_OR_DEREF = 176;

// Pseudo opcodes: the compiler's own, turned into real ones (or exception table entries) before output.
export const SETUP_FINALLY = 256;
export const SETUP_CLEANUP = 257;
export const SETUP_WITH = 258;
export const POP_BLOCK = 259;
export const JUMP = 260;
export const JUMP_NO_INTERRUPT = 261;
export const LOAD_METHOD = 262;
export const LOAD_SUPER_METHOD = 263;
export const LOAD_ZERO_SUPER_METHOD = 264;
export const LOAD_ZERO_SUPER_ATTR = 265;
export const STORE_FAST_MAYBE_NULL = 266;

/** Largest oparg an instruction word can hold. */
export const MAX_OPARG = 0x7fffff;
export const MAX_REAL_OPCODE = 255;
export const MAX_OPCODE = 266;

// BINARY_OP opargs (Include/opcode.h NB_*).
export const NB_ADD = 0;
export const NB_AND = 1;
export const NB_FLOOR_DIVIDE = 2;
export const NB_LSHIFT = 3;
export const NB_MATRIX_MULTIPLY = 4;
export const NB_MULTIPLY = 5;
export const NB_REMAINDER = 6;
export const NB_OR = 7;
export const NB_POWER = 8;
export const NB_RSHIFT = 9;
export const NB_SUBTRACT = 10;
export const NB_TRUE_DIVIDE = 11;
export const NB_XOR = 12;
export const NB_INPLACE_ADD = 13;
export const NB_INPLACE_AND = 14;
export const NB_INPLACE_FLOOR_DIVIDE = 15;
export const NB_INPLACE_LSHIFT = 16;
export const NB_INPLACE_MATRIX_MULTIPLY = 17;
export const NB_INPLACE_MULTIPLY = 18;
export const NB_INPLACE_REMAINDER = 19;
export const NB_INPLACE_OR = 20;
export const NB_INPLACE_POWER = 21;
export const NB_INPLACE_RSHIFT = 22;
export const NB_INPLACE_SUBTRACT = 23;
export const NB_INPLACE_TRUE_DIVIDE = 24;
export const NB_INPLACE_XOR = 25;
/** Operator text per NB_* oparg, as dis shows it. */
export const NB_OPS: readonly string[] = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^',
  '+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=', '-=', '/=', '^='];
/** NB_* names per oparg. */
export const NB_NAMES: readonly string[] = ['NB_ADD', 'NB_AND', 'NB_FLOOR_DIVIDE', 'NB_LSHIFT', 'NB_MATRIX_MULTIPLY',
  'NB_MULTIPLY', 'NB_REMAINDER', 'NB_OR', 'NB_POWER', 'NB_RSHIFT', 'NB_SUBTRACT', 'NB_TRUE_DIVIDE', 'NB_XOR',
  'NB_INPLACE_ADD', 'NB_INPLACE_AND', 'NB_INPLACE_FLOOR_DIVIDE', 'NB_INPLACE_LSHIFT', 'NB_INPLACE_MATRIX_MULTIPLY',
  'NB_INPLACE_MULTIPLY', 'NB_INPLACE_REMAINDER', 'NB_INPLACE_OR', 'NB_INPLACE_POWER', 'NB_INPLACE_RSHIFT',
  'NB_INPLACE_SUBTRACT', 'NB_INPLACE_TRUE_DIVIDE', 'NB_INPLACE_XOR'];

// COMPARE_OP opargs (Include/object.h Py_LT ..).
export const Py_LT = 0;
export const Py_LE = 1;
export const Py_EQ = 2;
export const Py_NE = 3;
export const Py_GT = 4;
export const Py_GE = 5;
export const CMP_OPS: readonly string[] = ['<', '<=', '==', '!=', '>', '>='];

// CALL_INTRINSIC_1 opargs (Include/internal/pycore_intrinsics.h).
export const INTRINSIC_1_INVALID = 0;
export const INTRINSIC_PRINT = 1;
export const INTRINSIC_IMPORT_STAR = 2;
export const INTRINSIC_STOPITERATION_ERROR = 3;
export const INTRINSIC_ASYNC_GEN_WRAP = 4;
export const INTRINSIC_UNARY_POSITIVE = 5;
export const INTRINSIC_LIST_TO_TUPLE = 6;
export const INTRINSIC_TYPEVAR = 7;
export const INTRINSIC_PARAMSPEC = 8;
export const INTRINSIC_TYPEVARTUPLE = 9;
export const INTRINSIC_SUBSCRIPT_GENERIC = 10;
export const INTRINSIC_TYPEALIAS = 11;
export const INTRINSIC_1_NAMES: readonly string[] = ['INTRINSIC_1_INVALID', 'INTRINSIC_PRINT', 'INTRINSIC_IMPORT_STAR',
  'INTRINSIC_STOPITERATION_ERROR', 'INTRINSIC_ASYNC_GEN_WRAP', 'INTRINSIC_UNARY_POSITIVE', 'INTRINSIC_LIST_TO_TUPLE',
  'INTRINSIC_TYPEVAR', 'INTRINSIC_PARAMSPEC', 'INTRINSIC_TYPEVARTUPLE', 'INTRINSIC_SUBSCRIPT_GENERIC', 'INTRINSIC_TYPEALIAS'];
// CALL_INTRINSIC_2 opargs.
export const INTRINSIC_2_INVALID = 0;
export const INTRINSIC_PREP_RERAISE_STAR = 1;
export const INTRINSIC_TYPEVAR_WITH_BOUND = 2;
export const INTRINSIC_TYPEVAR_WITH_CONSTRAINTS = 3;
export const INTRINSIC_SET_FUNCTION_TYPE_PARAMS = 4;
export const INTRINSIC_2_NAMES: readonly string[] = ['INTRINSIC_2_INVALID', 'INTRINSIC_PREP_RERAISE_STAR',
  'INTRINSIC_TYPEVAR_WITH_BOUND', 'INTRINSIC_TYPEVAR_WITH_CONSTRAINTS', 'INTRINSIC_SET_FUNCTION_TYPE_PARAMS'];

// FORMAT_VALUE oparg (Include/ceval.h): conversion in the low 2 bits, 4 when a format spec is on the stack.
export const FVC_MASK = 0x3;
export const FVC_NONE = 0x0;
export const FVC_STR = 0x1;
export const FVC_REPR = 0x2;
export const FVC_ASCII = 0x3;
export const FVS_MASK = 0x4;
export const FVS_HAVE_SPEC = 0x4;

// MAKE_FUNCTION flags (3.12): values are popped in the reverse of this order, closure on top.
export const MAKE_FUNCTION_DEFAULTS = 0x01;
export const MAKE_FUNCTION_KWDEFAULTS = 0x02;
export const MAKE_FUNCTION_ANNOTATIONS = 0x04;
export const MAKE_FUNCTION_CLOSURE = 0x08;

// RESUME opargs.
export const RESUME_AT_FUNC_START = 0;
export const RESUME_AFTER_YIELD = 1;
export const RESUME_AFTER_YIELD_FROM = 2;
export const RESUME_AFTER_AWAIT = 3;

// GET_AWAITABLE opargs: 0 plain await, 1 after __aenter__, 2 after __aexit__.

function popcount4(n: number): number {
  return (n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1);
}

const OPS: (OpcodeInfo | undefined)[] = new Array(MAX_OPCODE + 1);
/** Opcode info by number; undefined for unused numbers. */
export const OPCODES: readonly (OpcodeInfo | undefined)[] = OPS;
/** Opcode number by name (real and pseudo). */
export const OPMAP: Readonly<Record<string, number>> = {};
/** Opcode name by number ('<n>' for unused numbers below 256). */
export const OPNAME: string[] = [];
for (let i = 0; i <= MAX_REAL_OPCODE; i++) OPNAME.push(`<${i}>`);
/** OpcodeInfo.caches by real opcode number, for loops over instruction words. */
export const INLINE_CACHES = new Uint8Array(MAX_REAL_OPCODE + 1);

type N = (oparg: number) => number;
const k = (n: number): N => () => n;

function def(name: string, code: number, arg: ArgKind, pop: N, push: N,
  opts: { jump?: JumpKind; terminates?: boolean; jumpPush?: N; caches?: number } = {}): void {
  const jumpPush = opts.jumpPush ?? push;
  const info: OpcodeInfo = {
    name, code, hasArg: arg !== 'none', arg, jump: opts.jump ?? 'none', pseudo: false,
    terminates: opts.terminates ?? false, popped: pop, pushed: push,
    effect: (oparg, jump) => (jump ? jumpPush(oparg) : push(oparg)) - pop(oparg),
    caches: opts.caches ?? 0,
  };
  OPS[code] = info;
  INLINE_CACHES[code] = info.caches;
  (OPMAP as Record<string, number>)[name] = code;
  OPNAME[code] = name;
}

function defPseudo(name: string, code: number, arg: ArgKind, effect: (oparg: number, jump: boolean) => number,
  opts: { jump?: JumpKind; terminates?: boolean } = {}): void {
  OPS[code] = {
    name, code, hasArg: arg !== 'none', arg, jump: opts.jump ?? 'none', pseudo: true,
    terminates: opts.terminates ?? false,
    popped: () => { throw new Error(`pseudo opcode ${name} has no popped count`); },
    pushed: () => { throw new Error(`pseudo opcode ${name} has no pushed count`); },
    effect, caches: 0,
  };
  (OPMAP as Record<string, number>)[name] = code;
  OPNAME[code] = name;
}

const T = { terminates: true };
def('CACHE', CACHE, 'none', k(0), k(0));
def('POP_TOP', POP_TOP, 'none', k(1), k(0));
def('PUSH_NULL', PUSH_NULL, 'none', k(0), k(1));
def('INTERPRETER_EXIT', INTERPRETER_EXIT, 'none', k(1), k(0), T);
def('END_FOR', END_FOR, 'none', k(2), k(0));
def('END_SEND', END_SEND, 'none', k(2), k(1));
def('NOP', NOP, 'none', k(0), k(0));
def('UNARY_NEGATIVE', UNARY_NEGATIVE, 'none', k(1), k(1));
def('UNARY_NOT', UNARY_NOT, 'none', k(1), k(1));
def('UNARY_INVERT', UNARY_INVERT, 'none', k(1), k(1));
def('RESERVED', RESERVED, 'none', k(0), k(0));
def('BINARY_SUBSCR', BINARY_SUBSCR, 'none', k(2), k(1), { caches: 1 });
def('BINARY_SLICE', BINARY_SLICE, 'none', k(3), k(1));
def('STORE_SLICE', STORE_SLICE, 'none', k(4), k(0));
def('GET_LEN', GET_LEN, 'none', k(1), k(2));
def('MATCH_MAPPING', MATCH_MAPPING, 'none', k(1), k(2));
def('MATCH_SEQUENCE', MATCH_SEQUENCE, 'none', k(1), k(2));
def('MATCH_KEYS', MATCH_KEYS, 'none', k(2), k(3));
def('PUSH_EXC_INFO', PUSH_EXC_INFO, 'none', k(1), k(2));
def('CHECK_EXC_MATCH', CHECK_EXC_MATCH, 'none', k(2), k(2));
def('CHECK_EG_MATCH', CHECK_EG_MATCH, 'none', k(2), k(2));
def('WITH_EXCEPT_START', WITH_EXCEPT_START, 'none', k(4), k(5));
def('GET_AITER', GET_AITER, 'none', k(1), k(1));
def('GET_ANEXT', GET_ANEXT, 'none', k(1), k(2));
def('BEFORE_ASYNC_WITH', BEFORE_ASYNC_WITH, 'none', k(1), k(2));
def('BEFORE_WITH', BEFORE_WITH, 'none', k(1), k(2));
def('END_ASYNC_FOR', END_ASYNC_FOR, 'none', k(2), k(0));
def('CLEANUP_THROW', CLEANUP_THROW, 'none', k(3), k(2));
def('STORE_SUBSCR', STORE_SUBSCR, 'none', k(3), k(0), { caches: 1 });
def('DELETE_SUBSCR', DELETE_SUBSCR, 'none', k(2), k(0));
def('GET_ITER', GET_ITER, 'none', k(1), k(1));
def('GET_YIELD_FROM_ITER', GET_YIELD_FROM_ITER, 'none', k(1), k(1));
def('LOAD_BUILD_CLASS', LOAD_BUILD_CLASS, 'none', k(0), k(1));
def('LOAD_ASSERTION_ERROR', LOAD_ASSERTION_ERROR, 'none', k(0), k(1));
def('RETURN_GENERATOR', RETURN_GENERATOR, 'none', k(0), k(0));
def('RETURN_VALUE', RETURN_VALUE, 'none', k(1), k(0), T);
def('SETUP_ANNOTATIONS', SETUP_ANNOTATIONS, 'none', k(0), k(0));
def('LOAD_LOCALS', LOAD_LOCALS, 'none', k(0), k(1));
def('POP_EXCEPT', POP_EXCEPT, 'none', k(1), k(0));
def('STORE_NAME', STORE_NAME, 'name', k(1), k(0));
def('DELETE_NAME', DELETE_NAME, 'name', k(0), k(0));
def('UNPACK_SEQUENCE', UNPACK_SEQUENCE, 'raw', k(1), (a) => a, { caches: 1 });
def('FOR_ITER', FOR_ITER, 'jump', k(1), k(2), { jump: 'forward', caches: 1 });
def('UNPACK_EX', UNPACK_EX, 'raw', k(1), (a) => (a & 0xff) + (a >> 8) + 1);
def('STORE_ATTR', STORE_ATTR, 'name', k(2), k(0), { caches: 4 });
def('DELETE_ATTR', DELETE_ATTR, 'name', k(1), k(0));
def('STORE_GLOBAL', STORE_GLOBAL, 'name', k(1), k(0));
def('DELETE_GLOBAL', DELETE_GLOBAL, 'name', k(0), k(0));
def('SWAP', SWAP, 'raw', (a) => a, (a) => a);
def('LOAD_CONST', LOAD_CONST, 'const', k(0), k(1));
def('LOAD_NAME', LOAD_NAME, 'name', k(0), k(1));
def('BUILD_TUPLE', BUILD_TUPLE, 'raw', (a) => a, k(1));
def('BUILD_LIST', BUILD_LIST, 'raw', (a) => a, k(1));
def('BUILD_SET', BUILD_SET, 'raw', (a) => a, k(1));
def('BUILD_MAP', BUILD_MAP, 'raw', (a) => 2 * a, k(1));
def('LOAD_ATTR', LOAD_ATTR, 'attr', k(1), (a) => 1 + (a & 1), { caches: 9 });
def('COMPARE_OP', COMPARE_OP, 'cmp', k(2), k(1), { caches: 1 });
def('IMPORT_NAME', IMPORT_NAME, 'name', k(2), k(1));
def('IMPORT_FROM', IMPORT_FROM, 'name', k(1), k(2));
def('JUMP_FORWARD', JUMP_FORWARD, 'jump', k(0), k(0), { jump: 'forward', terminates: true });
def('POP_JUMP_IF_FALSE', POP_JUMP_IF_FALSE, 'jump', k(1), k(0), { jump: 'forward' });
def('POP_JUMP_IF_TRUE', POP_JUMP_IF_TRUE, 'jump', k(1), k(0), { jump: 'forward' });
def('LOAD_GLOBAL', LOAD_GLOBAL, 'global', k(0), (a) => 1 + (a & 1), { caches: 4 });
def('IS_OP', IS_OP, 'raw', k(2), k(1));
def('CONTAINS_OP', CONTAINS_OP, 'raw', k(2), k(1));
def('RERAISE', RERAISE, 'raw', (a) => a + 1, (a) => a, T);
def('COPY', COPY, 'raw', (a) => a, (a) => a + 1);
def('RETURN_CONST', RETURN_CONST, 'const', k(0), k(0), T);
def('BINARY_OP', BINARY_OP, 'binop', k(2), k(1), { caches: 1 });
def('SEND', SEND, 'jump', k(2), k(2), { jump: 'forward', caches: 1 });
def('LOAD_FAST', LOAD_FAST, 'local', k(0), k(1));
def('STORE_FAST', STORE_FAST, 'local', k(1), k(0));
def('DELETE_FAST', DELETE_FAST, 'local', k(0), k(0));
def('LOAD_FAST_CHECK', LOAD_FAST_CHECK, 'local', k(0), k(1));
def('POP_JUMP_IF_NOT_NONE', POP_JUMP_IF_NOT_NONE, 'jump', k(1), k(0), { jump: 'forward' });
def('POP_JUMP_IF_NONE', POP_JUMP_IF_NONE, 'jump', k(1), k(0), { jump: 'forward' });
def('RAISE_VARARGS', RAISE_VARARGS, 'raw', (a) => a, k(0), T);
def('GET_AWAITABLE', GET_AWAITABLE, 'raw', k(1), k(1));
def('MAKE_FUNCTION', MAKE_FUNCTION, 'makefn', (a) => popcount4(a) + 1, k(1));
def('BUILD_SLICE', BUILD_SLICE, 'raw', (a) => (a === 3 ? 3 : 2), k(1));
def('JUMP_BACKWARD_NO_INTERRUPT', JUMP_BACKWARD_NO_INTERRUPT, 'jump', k(0), k(0), { jump: 'backward', terminates: true });
def('MAKE_CELL', MAKE_CELL, 'free', k(0), k(0));
def('LOAD_CLOSURE', LOAD_CLOSURE, 'free', k(0), k(1));
def('LOAD_DEREF', LOAD_DEREF, 'free', k(0), k(1));
def('STORE_DEREF', STORE_DEREF, 'free', k(1), k(0));
def('DELETE_DEREF', DELETE_DEREF, 'free', k(0), k(0));
def('JUMP_BACKWARD', JUMP_BACKWARD, 'jump', k(0), k(0), { jump: 'backward', terminates: true });
def('LOAD_SUPER_ATTR', LOAD_SUPER_ATTR, 'superattr', k(3), (a) => 1 + (a & 1), { caches: 1 });
def('CALL_FUNCTION_EX', CALL_FUNCTION_EX, 'raw', (a) => 3 + (a & 1), k(1));
def('LOAD_FAST_AND_CLEAR', LOAD_FAST_AND_CLEAR, 'local', k(0), k(1));
def('EXTENDED_ARG', EXTENDED_ARG, 'raw', k(0), k(0));
def('LIST_APPEND', LIST_APPEND, 'raw', (a) => a + 1, (a) => a);
def('SET_ADD', SET_ADD, 'raw', (a) => a + 1, (a) => a);
def('MAP_ADD', MAP_ADD, 'raw', (a) => a + 2, (a) => a);
def('COPY_FREE_VARS', COPY_FREE_VARS, 'raw', k(0), k(0));
def('YIELD_VALUE', YIELD_VALUE, 'raw', k(1), k(1));
def('RESUME', RESUME, 'resume', k(0), k(0));
def('MATCH_CLASS', MATCH_CLASS, 'raw', k(3), k(1));
def('FORMAT_VALUE', FORMAT_VALUE, 'format', (a) => ((a & FVS_MASK) === FVS_HAVE_SPEC ? 2 : 1), k(1));
def('BUILD_CONST_KEY_MAP', BUILD_CONST_KEY_MAP, 'raw', (a) => a + 1, k(1));
def('BUILD_STRING', BUILD_STRING, 'raw', (a) => a, k(1));
def('LIST_EXTEND', LIST_EXTEND, 'raw', (a) => a + 1, (a) => a);
def('SET_UPDATE', SET_UPDATE, 'raw', (a) => a + 1, (a) => a);
def('DICT_MERGE', DICT_MERGE, 'raw', (a) => a + 4, (a) => a + 3);
def('DICT_UPDATE', DICT_UPDATE, 'raw', (a) => a + 1, (a) => a);
def('CALL', CALL, 'raw', (a) => a + 2, k(1), { caches: 3 });
def('KW_NAMES', KW_NAMES, 'const', k(0), k(0));
def('CALL_INTRINSIC_1', CALL_INTRINSIC_1, 'intrinsic1', k(1), k(1));
def('CALL_INTRINSIC_2', CALL_INTRINSIC_2, 'intrinsic2', k(2), k(1));
def('LOAD_FROM_DICT_OR_GLOBALS', LOAD_FROM_DICT_OR_GLOBALS, 'name', k(1), k(1));
def('LOAD_FROM_DICT_OR_DEREF', LOAD_FROM_DICT_OR_DEREF, 'free', k(1), k(1));

// Pseudo opcodes. SETUP_* push a handler (jump = the handler's entry, where the stack holds the
// exception, plus lasti for SETUP_CLEANUP); POP_BLOCK pops it. Their effects are CPython 3.12's.
defPseudo('SETUP_FINALLY', SETUP_FINALLY, 'jump', (_a, j) => (j ? 1 : 0), { jump: 'forward' });
defPseudo('SETUP_CLEANUP', SETUP_CLEANUP, 'jump', (_a, j) => (j ? 2 : 0), { jump: 'forward' });
defPseudo('SETUP_WITH', SETUP_WITH, 'jump', (_a, j) => (j ? 1 : 0), { jump: 'forward' });
defPseudo('POP_BLOCK', POP_BLOCK, 'none', () => 0);
defPseudo('JUMP', JUMP, 'jump', () => 0, { jump: 'forward', terminates: true });
defPseudo('JUMP_NO_INTERRUPT', JUMP_NO_INTERRUPT, 'jump', () => 0, { jump: 'forward', terminates: true });
defPseudo('LOAD_METHOD', LOAD_METHOD, 'name', () => 1);
defPseudo('LOAD_SUPER_METHOD', LOAD_SUPER_METHOD, 'name', () => -1);
defPseudo('LOAD_ZERO_SUPER_METHOD', LOAD_ZERO_SUPER_METHOD, 'name', () => -1);
defPseudo('LOAD_ZERO_SUPER_ATTR', LOAD_ZERO_SUPER_ATTR, 'name', () => -1);
defPseudo('STORE_FAST_MAYBE_NULL', STORE_FAST_MAYBE_NULL, 'local', () => -1);

/** Net stack effect of one instruction, like CPython 3.12's `dis.stack_effect(op, oparg, jump=jump)`. */
export function stackEffect(op: number, oparg: number, jump: boolean): number {
  const info = OPS[op];
  if (info === undefined) throw new Error(`unknown opcode ${op}`);
  return info.effect(oparg, jump);
}

/** Opcode info for a real or pseudo opcode; throws for an unknown number. */
export function opcodeInfo(op: number): OpcodeInfo {
  const info = OPS[op];
  if (info === undefined) throw new Error(`unknown opcode ${op}`);
  return info;
}

/** Per real opcode (index 0..255): 1 when it takes an argument. Hot-path metadata for the VM and dis. */
export const HAS_ARG = new Uint8Array(256);
/** Per real opcode: 1 for jumps (the oparg is an absolute instruction index). */
export const HAS_JUMP = new Uint8Array(256);
/** Per real opcode: 1 for instructions after which control never falls through. */
export const IS_TERMINATOR = new Uint8Array(256);
for (let i = 0; i <= MAX_REAL_OPCODE; i++) {
  const info = OPS[i];
  if (info === undefined) continue;
  HAS_ARG[i] = info.hasArg ? 1 : 0;
  HAS_JUMP[i] = info.jump !== 'none' ? 1 : 0;
  IS_TERMINATOR[i] = info.terminates ? 1 : 0;
}

/** The opcode of an instruction word. */
export function instrOp(word: number): number {
  return word & 0xff;
}

/** The oparg of an instruction word. */
export function instrArg(word: number): number {
  return word >>> 8;
}

/** Builds an instruction word. */
export function makeInstr(op: number, oparg: number): number {
  return op | (oparg << 8);
}
