// Public entry points of the parser: source (str or bytes) -> CPython-compatible AST, and ast.dump.
// Mirrors ast.parse(source, filename) for exec mode (Parser/peg_api.c). Throws only PySyntaxError.

import type { Module } from './ast.ts';
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
}

/** Parses a module like `ast.parse(source, filename)`; bytes are decoded per PEP 263. */
export function parseModule(source: string | Uint8Array, filename: string, opts: ParseOptions = {}): Module {
  let text: string;
  let byteOffsets = false;
  let bom = false;
  if (typeof source === 'string') {
    if (source.indexOf('\0') !== -1) {
      throw new PySyntaxError('SyntaxError', 'source code string cannot contain null bytes', filename, null, null, null, null, null);
    }
    text = source;
  } else {
    if (source.indexOf(0) !== -1) {
      throw new PySyntaxError('SyntaxError', 'source code string cannot contain null bytes', filename, null, null, null, null, null);
    }
    const d = decodeSource(source, filename);
    text = d.text;
    byteOffsets = !d.declared;
    bom = d.bom;
  }
  const src = new SourceText(translateNewlines(text), filename, byteOffsets, bom);
  const toks = tokenize(src);
  try {
    return new Parser(src, toks).parseModule();
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
