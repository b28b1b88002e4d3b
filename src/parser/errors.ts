// The one error the tokenizer and parser throw: a Python SyntaxError (or IndentationError/TabError).
// Mirrors the attributes of CPython's SyntaxError (Objects/exceptions.c): offset and end_offset are
// 1-based *character* (code point) offsets into `text`, as CPython reports them, not UTF-8 bytes.
// Invariant: nothing in src/parser throws anything else on any input (the fuzz test checks it).

/**
 * The Python exception to raise. Besides the SyntaxError family, ast.parse raises MemoryError
 * ("source too complex") for too much nesting and RecursionError for too deep a tree.
 */
export type PySyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError' | 'MemoryError' | 'RecursionError';

/** A Python SyntaxError raised while tokenizing or parsing; the runtime turns it into a Python exception. */
export class PySyntaxError extends Error {
  kind: PySyntaxErrorKind;
  msg: string;
  filename: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
  text: string | null;
  /**
   * How CPython raises it, which shows in `args`: 'tuple' is (msg, (filename, lineno, offset, text,
   * end_lineno, end_offset)) as the parser and codegen make it; 'located' is (msg,) with the location
   * set as attributes (PyErr_RangedSyntaxLocationObject, the symtable's errors); 'bare' is (msg,) alone.
   */
  form: 'tuple' | 'located' | 'bare' = 'tuple';

  constructor(kind: PySyntaxErrorKind, msg: string, filename: string, lineno: number | null,
    offset: number | null, end_lineno: number | null, end_offset: number | null, text: string | null) {
    super(`${kind}: ${msg} (${filename}, line ${lineno})`);
    this.name = 'PySyntaxError';
    this.kind = kind;
    this.msg = msg;
    this.filename = filename;
    this.lineno = lineno;
    this.offset = offset;
    this.end_lineno = end_lineno;
    this.end_offset = end_offset;
    this.text = text;
  }
}

/** True for the error type the parser throws (for callers that catch `unknown`). */
export function isPySyntaxError(e: unknown): e is PySyntaxError {
  return e instanceof PySyntaxError;
}

/** A warning the parser emits (CPython issues it through the warnings module while parsing). */
export interface PyParserWarning {
  category: 'SyntaxWarning';
  msg: string;
  filename: string;
  lineno: number;
  /**
   * The SyntaxError that replaces the warning when the warnings filters turn it into an error
   * (`warnings.simplefilter('error')`): CPython then raises it at the warning's location.
   */
  error?: PySyntaxError;
}
