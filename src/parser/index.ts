// Public entry points of the parser: source (str or bytes) -> CPython-compatible AST, and ast.dump.
// Mirrors ast.parse(source, filename, mode) (Parser/peg_api.c) for the three start rules: file_input
// ('exec'), eval ('eval') and interactive ('single'). Throws only PySyntaxError.

import type { Expression, Interactive, Module } from './ast.ts';
import { PySyntaxError } from './errors.ts';
import type { PyParserWarning } from './errors.ts';
import { Parser } from './parser.ts';
import { SourceText, decodeSource, translateNewlines } from './source.ts';
import { tokenize } from './tokenizer.ts';

export type * from './ast.ts';
export { ELLIPSIS, NODE_CLASSES } from './ast.ts';
export { PySyntaxError, isPySyntaxError } from './errors.ts';
export type { PyParserWarning, PySyntaxErrorKind } from './errors.ts';
export { astDump, reprConstant } from './dump.ts';
export type { DumpOptions } from './dump.ts';

export interface ParseOptions {
  /** Receives the SyntaxWarnings CPython would issue (invalid escapes, `1if`), in source order. */
  warnings?: PyParserWarning[];
  /** PyCF_DONT_IMPLY_DEDENT: 'single' input still indented at its end is not closed by implied DEDENTs. */
  dontImplyDedent?: boolean;
  /** PyCF_ALLOW_INCOMPLETE_INPUT: a failure at the end of the input is SyntaxError('incomplete input'). */
  allowIncompleteInput?: boolean;
}

export type ParseMode = 'exec' | 'eval' | 'single';

/** CPython raises this one before tokenizing, as a bare SyntaxError(msg) with no location. */
function nullBytesError(filename: string): PySyntaxError {
  const e = new PySyntaxError('SyntaxError', 'source code string cannot contain null bytes', filename, null, null, null, null, null);
  e.form = 'bare';
  return e;
}

/** Parses a module like `ast.parse(source, filename)`; bytes are decoded per PEP 263. */
export function parseModule(source: string | Uint8Array, filename: string, opts: ParseOptions = {}): Module {
  return parseSource(source, filename, 'exec', opts) as Module;
}

/**
 * Parses with the start rule of compile()'s `mode`: a Module, an Expression or an Interactive tree.
 * Only 'exec' input gets CPython's implicit newline at the end (the string tokenizer adds one for
 * file_input alone), which is why the other two modes can end a line with no NEWLINE token.
 */
export function parseSource(source: string | Uint8Array, filename: string, mode: ParseMode,
  opts: ParseOptions = {}): Module | Expression | Interactive {
  let text: string;
  let byteOffsets = false;
  let bom = false;
  if (typeof source === 'string') {
    if (source.indexOf('\0') !== -1) {
      throw nullBytesError(filename);
    }
    text = source;
  } else {
    if (source.indexOf(0) !== -1) {
      throw nullBytesError(filename);
    }
    const d = decodeSource(source, filename);
    text = d.text;
    byteOffsets = !d.declared;
    bom = d.bom;
  }
  text = translateNewlines(text);
  if (mode === 'exec' && text.length > 0 && text.charCodeAt(text.length - 1) !== 10) text += '\n';
  const src = new SourceText(text, filename, byteOffsets, bom);
  const toks = tokenize(src, mode, opts.dontImplyDedent === true);
  try {
    return new Parser(src, toks).parse(mode, opts.allowIncompleteInput === true);
  } catch (e) {
    if (e instanceof PySyntaxError) throw e;
    if (e instanceof RangeError) {
      // JS stack exhausted by nesting that the parser's own depth limit did not catch.
      throw new PySyntaxError('MemoryError', 'Parser stack overflowed - Python source too complex to parse', filename, null, null, null, null, null);
    }
    throw e;
  } finally {
    if (opts.warnings !== undefined && toks.warnings.length > 0) {
      // Tokenizer warnings were collected ahead of the parser's: merge them back into line order.
      const sorted = toks.warnings.map((w, i) => ({ w, i })).sort((a, b) => a.w.lineno - b.w.lineno || a.i - b.i);
      for (const { w } of sorted) opts.warnings.push(w);
    }
  }
}
