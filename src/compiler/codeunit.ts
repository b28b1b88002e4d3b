// The compiler's output: one CodeUnit per code object, as plain data (no heap access), from which
// objects/code.ts builds the heap code object. Mirrors the fields of CPython 3.12's PyCodeObject.
// Invariants: `code` holds only real opcodes (< 256), one int32 word per instruction
// (`opcode | oparg << 8`, see bytecode/opcodes.ts); the line/column arrays have one entry per
// instruction; jump targets and exception-table offsets are instruction indices.

import type { Module, Expression, Interactive } from '../parser/ast.ts';
import type { PyParserWarning } from '../parser/errors.ts';
import { compileTree } from './compile.ts';

/** A constant, as co_consts holds it. Ints are numbers when |v| <= 2**53 - 1, bigints otherwise. */
export type ConstValue =
  | { kind: 'none' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'int'; value: number | bigint }
  | { kind: 'float'; value: number }
  | { kind: 'complex'; real: number; imag: number }
  /**
   * `intern` is true when CPython would intern the string (every character in [A-Za-z0-9_]):
   * code.ts interns those immortal. `cps` is present only for strings holding lone surrogates,
   * which a JS string cannot tell apart from pairs: then it lists the code points and `value` is
   * the same text with each code point as a JS string would hold it.
   */
  | { kind: 'str'; value: string; intern: boolean; cps?: readonly number[] }
  | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'ellipsis' }
  | { kind: 'tuple'; items: ConstValue[] }
  | { kind: 'frozenset'; items: ConstValue[] }
  | { kind: 'code'; code: CodeUnit };

// co_flags (Include/cpython/code.h).
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040; // not set in 3.12; kept for reference
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;

// localspluskinds (Include/internal/pycore_code.h).
export const CO_FAST_HIDDEN = 0x10;
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

/**
 * One code object. Layout of `localsplusnames`: the fast locals (parameters first, in signature order),
 * then cells that are not parameters, then free variables — CPython 3.12's order. `nlocals` counts
 * the entries with CO_FAST_LOCAL. For functions, consts[0] is the docstring or None (3.12's rule,
 * which function objects read for __doc__: consts[0] if it is a str, else None).
 */
export interface CodeUnit {
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  stacksize: number;
  /** Instruction words: `opcode | (oparg << 8)`. */
  code: Int32Array;
  consts: ConstValue[];
  /** co_names: global/attribute/import names (all interned by code.ts). */
  names: string[];
  localsplusnames: string[];
  localspluskinds: Uint8Array;
  nlocals: number;
  ncellvars: number;
  nfreevars: number;
  /**
   * Flat [start, end, target, depth, lasti] entries in instruction indices, `end` exclusive, in
   * increasing `start` order, as CPython 3.12's co_exceptiontable decodes: an exception raised by an
   * instruction in [start, end) pops the value stack to `depth`, pushes lasti (when lasti is 1) and
   * the exception, and jumps to `target`.
   */
  exceptiontable: Int32Array;
  /** Per instruction: line number (-1 where CPython has None). */
  lines: Int32Array;
  /** Per instruction: end line number (-1 for None). */
  endLines: Int32Array;
  /** Per instruction: start column, a UTF-8 byte offset as in the AST (-1 for None). */
  cols: Int32Array;
  /** Per instruction: end column, a UTF-8 byte offset (-1 for None). */
  endCols: Int32Array;
}

/**
 * Compiles a parsed module to its top-level code unit, like `compile(source, filename, mode)`.
 * Throws the parser's PySyntaxError for compile-time errors, with CPython's messages. For 'eval'
 * pass an Expression (or a Module holding one expression statement); for 'single' an Interactive
 * or a Module.
 */
export function compileModule(tree: Module | Expression | Interactive, filename: string,
  mode: 'exec' | 'eval' | 'single' = 'exec', options: CompileOptions = {}): CodeUnit {
  return compileTree(tree, filename, mode, options);
}

export interface CompileOptions {
  /** The source text, used to give SyntaxErrors their `text` and character offsets. */
  source?: string;
  /** Like -O (1: drop asserts, __debug__ is False) and -OO (2: also drop docstrings). */
  optimize?: number;
  /**
   * Receives the SyntaxWarnings CPython's compiler issues ('"is" with 'int' literal. Did you mean
   * "=="?', 'assertion is always true, ...', '... object is not callable; perhaps you missed a
   * comma?', ...), in the order it issues them. The caller reports them (the VM prints them to stderr
   * as `FILE:LINE: SyntaxWarning: MSG`, as the warnings module does).
   */
  warnings?: PyParserWarning[];
  /**
   * Future features (CO_FUTURE_* bits) the code starts with, as compile()'s flags and the code calling
   * compile()/exec()/eval() give them; merged into every code object's co_flags like those of a
   * `from __future__ import` in the source.
   */
  future?: number;
}
