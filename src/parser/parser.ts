// Recursive-descent parser for Python 3.12 that builds CPython's AST (see ast.ts).
// Mirrors Grammar/python.gram (the PEG grammar) and Parser/action_helpers.c; error messages copy
// the invalid_* rules of the grammar for the common cases. Deterministic with bounded lookahead:
// a few places (match/case soft keywords, parenthesized with-items) backtrack by position.
// Invariant: every node is built by one of the factories below, so each class has one shape.

import type * as A from './ast.ts';
import { ELLIPSIS } from './ast.ts';
import { PySyntaxError } from './errors.ts';
import { decodeBytes, decodeStrEscapes, numberValue } from './literals.ts';
import { escapedByteError } from './source.ts';
import type { SourceText } from './source.ts';
import type { TokenList } from './tokenizer.ts';
import * as T from './tokens.ts';

const LOAD: A.Load = { _type: 'Load' };
const STORE: A.Store = { _type: 'Store' };
const DEL: A.Del = { _type: 'Del' };
const AND: A.And = { _type: 'And' };
const OR: A.Or = { _type: 'Or' };
const NOT: A.unaryop = { _type: 'Not' };
const USUB: A.unaryop = { _type: 'USub' };
const UADD: A.unaryop = { _type: 'UAdd' };
const INVERT: A.unaryop = { _type: 'Invert' };

type OpName = A.operator['_type'];
const OPS = new Map<string, A.operator>();
function op(name: OpName): A.operator {
  let o = OPS.get(name);
  if (o === undefined) { o = { _type: name }; OPS.set(name, o); }
  return o;
}
const CMP = new Map<string, A.cmpop>();
function cmp(name: A.cmpop['_type']): A.cmpop {
  let o = CMP.get(name);
  if (o === undefined) { o = { _type: name }; CMP.set(name, o); }
  return o;
}

/** Binary operator kinds: precedence (1 = '|' .. 6 = '*') and AST operator. */
const BIN_PREC: number[] = [];
const BIN_OP: A.operator[] = [];
function defBin(kind: number, prec: number, name: OpName): void {
  BIN_PREC[kind] = prec;
  BIN_OP[kind] = op(name);
}
defBin(T.VBAR, 1, 'BitOr');
defBin(T.CIRCUMFLEX, 2, 'BitXor');
defBin(T.AMPER, 3, 'BitAnd');
defBin(T.LEFTSHIFT, 4, 'LShift');
defBin(T.RIGHTSHIFT, 4, 'RShift');
defBin(T.PLUS, 5, 'Add');
defBin(T.MINUS, 5, 'Sub');
defBin(T.STAR, 6, 'Mult');
defBin(T.SLASH, 6, 'Div');
defBin(T.DOUBLESLASH, 6, 'FloorDiv');
defBin(T.PERCENT, 6, 'Mod');
defBin(T.AT, 6, 'MatMult');
for (let k = 0; k < 100; k++) if (BIN_PREC[k] === undefined) BIN_PREC[k] = 0;

const AUG_OP: (A.operator | undefined)[] = [];
AUG_OP[T.PLUSEQUAL] = op('Add');
AUG_OP[T.MINEQUAL] = op('Sub');
AUG_OP[T.STAREQUAL] = op('Mult');
AUG_OP[T.ATEQUAL] = op('MatMult');
AUG_OP[T.SLASHEQUAL] = op('Div');
AUG_OP[T.PERCENTEQUAL] = op('Mod');
AUG_OP[T.AMPEREQUAL] = op('BitAnd');
AUG_OP[T.VBAREQUAL] = op('BitOr');
AUG_OP[T.CIRCUMFLEXEQUAL] = op('BitXor');
AUG_OP[T.LEFTSHIFTEQUAL] = op('LShift');
AUG_OP[T.RIGHTSHIFTEQUAL] = op('RShift');
AUG_OP[T.DOUBLESTAREQUAL] = op('Pow');
AUG_OP[T.DOUBLESLASHEQUAL] = op('FloorDiv');

/** Kinds that can start an expression (used to decide soft keywords and legacy print). */
/** The statements CPython's grammar calls compound_stmt ('single' input needs a NEWLINE after them). */
const COMPOUND_STMTS = new Set(['FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'If', 'With', 'AsyncWith',
  'For', 'AsyncFor', 'Try', 'TryStar', 'While', 'Match']);

const STARTS_EXPR: boolean[] = [];
for (const k of [T.NAME, T.NUMBER, T.STRING, T.FSTRING_START, T.LPAR, T.LSQB, T.LBRACE, T.MINUS, T.PLUS,
  T.TILDE, T.ELLIPSIS, T.KW_NONE, T.KW_TRUE, T.KW_FALSE, T.KW_NOT, T.KW_LAMBDA, T.KW_AWAIT, T.STAR]) {
  STARTS_EXPR[k] = true;
}

// Node factories: one object shape per class.
function mkName(id: string, ctx: A.expr_context, l: number, c: number, el: number, ec: number): A.Name {
  return { _type: 'Name', id, ctx, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
function mkConst(value: A.ConstantValue, kind: string | null, l: number, c: number, el: number, ec: number): A.Constant {
  return { _type: 'Constant', value, kind, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
function mkBinOp(left: A.expr, o: A.operator, right: A.expr, l: number, c: number, el: number, ec: number): A.BinOp {
  return { _type: 'BinOp', left, op: o, right, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
function mkTuple(elts: A.expr[], ctx: A.expr_context, l: number, c: number, el: number, ec: number): A.Tuple {
  return { _type: 'Tuple', elts, ctx, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
function mkList(elts: A.expr[], ctx: A.expr_context, l: number, c: number, el: number, ec: number): A.List {
  return { _type: 'List', elts, ctx, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
function mkStarred(value: A.expr, ctx: A.expr_context, l: number, c: number, el: number, ec: number): A.Starred {
  return { _type: 'Starred', value, ctx, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
function mkAttribute(value: A.expr, attr: string, ctx: A.expr_context, l: number, c: number, el: number, ec: number): A.Attribute {
  return { _type: 'Attribute', value, attr, ctx, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
function mkSubscript(value: A.expr, slice: A.expr, ctx: A.expr_context, l: number, c: number, el: number, ec: number): A.Subscript {
  return { _type: 'Subscript', value, slice, ctx, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
function mkArg(name: string, annotation: A.expr | null, l: number, c: number, el: number, ec: number): A.arg {
  return { _type: 'arg', arg: name, annotation, type_comment: null, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
function mkKeyword(name: string | null, value: A.expr, l: number, c: number, el: number, ec: number): A.keyword {
  return { _type: 'keyword', arg: name, value, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
function mkMatchAs(pattern: A.pattern | null, name: string | null, l: number, c: number, el: number, ec: number): A.MatchAs {
  return { _type: 'MatchAs', pattern, name, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}
function mkMatchValue(value: A.expr, l: number, c: number, el: number, ec: number): A.MatchValue {
  return { _type: 'MatchValue', value, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
}

/** Name used by CPython's error messages for an expression (_PyPegen_get_expr_name). */
function exprName(e: A.expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === true) return 'True';
      if (v === false) return 'False';
      if (v === ELLIPSIS) return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

const enum Targets { STAR, DEL, FOR }

/** Nesting limit of the parser (CPython's MAXSTACK gives up near 3000 nested unary operators). */
const MAX_DEPTH = 2990;

/** A pending piece of a concatenated string: literal text or an f-string field. */
interface StrPiece {
  text: string | null;
  /** Code points when the text holds escaped surrogates (see PyStrCodePoints). */
  cps: number[] | null;
  node: A.expr | null;
  l: number; c: number; el: number; ec: number;
}

export class Parser {
  readonly src: SourceText;
  readonly toks: TokenList;
  readonly kind: number[];
  readonly tl: number[];
  readonly tc: number[];
  readonly tel: number[];
  readonly tec: number[];
  readonly tv: (string | null)[];
  pos = 0;
  /** Nesting depth of expressions, to fail cleanly (not with a JS stack overflow) on deep input. */
  depth = 0;
  /** Paren nesting while parsing call arguments / displays (for "Perhaps you forgot a comma?"). */
  bracketDepth = 0;
  /** Furthest token index examined by a look-ahead that was then undone (for error selection). */
  furthest = 0;
  /** Above 0 while parsing CPython's expression_without_invalid (no invalid_* checks). */
  noInvalid = 0;
  /** Token index of the NEWLINE after a match subject without ':' (or -1). */
  matchNoColon = -1;
  /** The last tuple made by starExpressions without parentheses (assignment error messages). */
  bareTuple: A.expr | null = null;

  constructor(src: SourceText, toks: TokenList) {
    this.src = src;
    this.toks = toks;
    this.kind = toks.kind;
    this.tl = toks.line;
    this.tc = toks.col;
    this.tel = toks.endLine;
    this.tec = toks.endCol;
    this.tv = toks.value;
  }

  // ---- token helpers

  peek(): number {
    return this.kind[this.pos]!;
  }
  peekAt(i: number): number {
    const k = this.kind[this.pos + i];
    return k === undefined ? T.ENDMARKER : k;
  }
  at(k: number): boolean {
    return this.kind[this.pos] === k;
  }
  eat(k: number): boolean {
    if (this.kind[this.pos] === k) { this.pos++; return true; }
    return false;
  }
  isName(v: string): boolean {
    return this.kind[this.pos] === T.NAME && this.tv[this.pos] === v;
  }
  expect(k: number): void {
    if (this.kind[this.pos] === k) { this.pos++; return; }
    if (k === T.COLON || k === T.LPAR || k === T.KW_IN || k === T.RPAR || k === T.KW_IMPORT) {
      if (this.kind[this.pos] === T.ERRORTOKEN) this.throwTokError();
      if (k === T.RPAR || k === T.KW_IN || k === T.KW_IMPORT) this.fail();
      this.errorAtToken(`expected '${T.TOKEN_TEXT[k]}'`);
    }
    this.fail();
  }
  /** End line/col of the last consumed token. */
  get el(): number { return this.tel[this.pos - 1]!; }
  get ec(): number { return this.tec[this.pos - 1]!; }

  // ---- errors

  throwTokError(): never {
    throw this.toks.error!;
  }

  /** Generic "invalid syntax" at the current token. */
  fail(): never {
    const i = this.pos < this.kind.length ? this.pos : this.kind.length - 1;
    const k = this.kind[i]!;
    if (k === T.INDENT) this.indentError('unexpected indent', i);
    if (k === T.DEDENT) {
      const line = this.tl[i]!;
      throw new PySyntaxError('IndentationError', 'unexpected unindent', this.src.filename, line, 0, line, -1, this.src.lineText(line));
    }
    this.errorAtToken('invalid syntax');
  }

  errorAtToken(msg: string, i = this.pos, kind: 'SyntaxError' | 'IndentationError' = 'SyntaxError'): never {
    if (this.kind[i] === T.ERRORTOKEN) this.throwTokError();
    throw this.syntaxErrorAtToken(msg, i, kind);
  }

  /**
   * RAISE_SYNTAX_ERROR of an invalid_* rule, located at the last token read: like errorAtToken, but a
   * token with no start (the end of 'single' input) puts the error at the end of the line read, as an
   * indentation error is (the "expected ':'" of `if x` typed at a prompt).
   */
  errorAtLastToken(msg: string, i = this.pos): never {
    if (this.kind[i] === T.ERRORTOKEN) this.throwTokError();
    if (this.tc[i]! < 0) {
      const line = this.tl[i]!, text = this.src.lineText(line);
      throw new PySyntaxError('SyntaxError', msg, this.src.filename, line, [...(text ?? '')].length, line, -1, text);
    }
    throw this.syntaxErrorAtToken(msg, i);
  }

  /** The error errorAtToken throws, built without throwing it. */
  syntaxErrorAtToken(msg: string, i: number, kind: 'SyntaxError' | 'IndentationError' = 'SyntaxError'): PySyntaxError {
    const line = this.tl[i]!;
    // The tokens CPython makes at the end of 'eval'/'single' input have no start (column -1): its generic
    // error then says offset 0, and its indentation errors the length of the last line read.
    if (this.tc[i]! < 0) {
      const text = this.src.lineText(line);
      if (kind === 'IndentationError') {
        return new PySyntaxError(kind, msg, this.src.filename, line, [...text].length, line, -1, text);
      }
      return new PySyntaxError(kind, msg, this.src.filename, line, 0, line, 0, text);
    }
    const offset = this.colOut(line, this.tc[i]!);
    const endLine = this.tel[i]!;
    // CPython converts the start column to characters but leaves the end column in bytes.
    let endOffset = this.colOut(endLine, this.tec[i]!);
    if (this.kind[i] === T.ENDMARKER || this.kind[i] === T.DEDENT) endOffset = -1;
    return new PySyntaxError(kind, msg, this.src.filename, line, offset, endLine, endOffset, this.src.lineText(line));
  }

  indentError(msg: string, i: number): never {
    const line = this.tl[i]!;
    if (msg === 'unexpected indent') {
      const off = this.colOut(line, this.tec[i]!) - 1;
      throw new PySyntaxError('IndentationError', msg, this.src.filename, line, off, line, -1, this.src.lineText(line));
    }
    throw new PySyntaxError('IndentationError', msg, this.src.filename, line, this.colOut(line, this.tc[i]!), line, -1, this.src.lineText(line));
  }

  /**
   * SyntaxError.offset for a UTF-8 byte column: CPython converts it to characters only when the
   * tokenizer knows an encoding (str input, a coding cookie or a BOM); for plain bytes it stays bytes.
   */
  colOut(line: number, byteCol: number): number {
    if (this.src.byteOffsets) return byteCol + 1;
    return this.src.charOffsetFromByteCol(line, byteCol);
  }

  /** An error located on a node range (RAISE_SYNTAX_ERROR_KNOWN_LOCATION / KNOWN_RANGE). */
  errorAt(msg: string, l: number, c: number, el: number, ec: number): never {
    throw new PySyntaxError('SyntaxError', msg, this.src.filename, l, this.colOut(l, c), el,
      this.colOut(el, ec), this.src.lineText(l));
  }
  errorOn(msg: string, a: A.Pos, b: A.Pos = a): never {
    this.errorAt(msg, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
  }

  /** Records a SyntaxWarning located at token t. */
  warn(msg: string, t: number): void {
    // With the 'error' warnings filter CPython raises a SyntaxError at the token instead.
    const error = this.syntaxErrorAtToken(msg, t);
    this.toks.warnings.push({ category: 'SyntaxWarning', msg, filename: this.src.filename, lineno: this.tl[t]!, error });
  }

  /** A left-nested chain (a.b.c..., a+b+c...) as deep as CPython's ast.parse refuses to build. */
  tooDeep(): never {
    throw new PySyntaxError('RecursionError', 'maximum recursion depth exceeded during ast construction',
      this.src.filename, null, null, null, null, null);
  }

  enter(): void {
    if (++this.depth > MAX_DEPTH) {
      this.depth = 0;
      if (this.toks.error !== null) throw this.toks.error;
      throw new PySyntaxError('MemoryError', 'Parser stack overflowed - Python source too complex to parse',
        this.src.filename, null, null, null, null, null);
    }
  }

  // ---- module and statements

  /**
   * Parses the module. A parser error is replaced by the tokenizer's error further on when CPython
   * would do so (_PyPegen_set_syntax_error tokenizes the rest of the source after a failure).
   */
  /**
   * CPython quotes the tokenizer's current buffer (the line with its newline) for an error on the line
   * the tokenizer has reached, and a line read back from the source, without its newline, for an
   * error on an earlier line (get_error_line_from_tokenizer_buffers in pegen_errors.c).
   */
  quoteLikeCPython(e: PySyntaxError): void {
    if (e.text === null || e.lineno === null) return;
    const far = Math.min(Math.max(this.pos, this.furthest), this.kind.length - 1);
    if (e.lineno < this.tl[far]!) {
      const nl = e.text.indexOf('\n');
      if (nl !== -1) e.text = e.text.slice(0, nl);
    }
  }

  /** The tree of compile()'s `mode`, with CPython's choice among the errors found while parsing. */
  parse(mode: 'exec' | 'eval' | 'single', allowIncomplete = false): A.Module | A.Expression | A.Interactive {
    let tree: A.Interactive;
    try {
      if (mode === 'exec') return this.parseModuleBody();
      if (mode === 'eval') return this.parseEval();
      tree = this.parseInteractive();
    } catch (e) {
      const tokErr = this.toks.error;
      if (allowIncomplete && e instanceof PySyntaxError && e.kind !== 'MemoryError' && e.kind !== 'RecursionError') {
        const incomplete = this.incompleteInput();
        if (incomplete !== null) throw incomplete;
      }
      if (!(e instanceof PySyntaxError) || e === tokErr || e.kind === 'MemoryError' || e.kind === 'RecursionError') throw e;
      this.quoteLikeCPython(e);
      if (tokErr === null) throw e;
      // The generic indentation errors are raised after the rest of the source is checked.
      if (e.msg === 'unexpected indent' || e.msg === 'unexpected unindent') throw e;
      if (!this.toks.errorIsStatus) throw tokErr;
      // CPython compares the line of the furthest token read with the unclosed bracket's line.
      const far = Math.min(Math.max(this.pos, this.furthest), this.kind.length - 1);
      if (tokErr.msg.endsWith('was never closed') && tokErr.lineno !== null && this.tl[far]! > tokErr.lineno) throw tokErr;
      throw e;
    }
    this.badSingleStatement();
    return tree;
  }

  /**
   * PyCF_ALLOW_INCOMPLETE_INPUT (_PyPegen_run_parser): a parse that failed after the tokenizer met the
   * end of the input (E_EOF, or a string left open by it: E_EOFS/E_EOLS) raises "incomplete input"
   * instead, located as _PyPegen_raise_error locates it: at the furthest token read, or, for a token
   * with no start (the end of the input), at the end of the last line read; for an open string, at
   * its opening quote. null when the failure came before the end.
   */
  incompleteInput(): PySyntaxError | null {
    const text = this.src.text, n = this.kind.length;
    // pegen's first pass reads no further than the failing token (its invalid_* rules come later).
    const far = Math.min(this.pos, n - 1);
    const k = this.kind[far]!;
    const lineText = (line: number): string => {
      if (line <= 0) return '';
      let start = 0;
      for (let i = 1; i < line && start !== -1; i++) start = text.indexOf('\n', start) + 1 || -1;
      if (start === -1) return '';
      const nl = text.indexOf('\n', start);
      return nl === -1 ? text.slice(start) : text.slice(start, nl + 1);
    };
    const located = (line: number, offset: number, endLine: number, endOffset: number): PySyntaxError =>
      new PySyntaxError('SyntaxError', 'incomplete input', this.src.filename, line, offset, endLine, endOffset, lineText(line));
    // The end of the last line read: the tokenizer's position once it found the end of the input.
    const atEnd = (): PySyntaxError => {
      let lines = 0;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
      const last = text.length === 0 ? 0 : text.endsWith('\n') ? lines : lines + 1;
      return located(last, lineText(last).length, last, -1);
    };
    if (k === T.ERRORTOKEN) {
      const err = this.toks.error;
      if (err === null) return null;
      if (err.msg.endsWith('was never closed') || err.msg === 'unexpected EOF while parsing') return atEnd();
      if (err.msg.startsWith('unterminated triple-quoted string literal')) return located(err.lineno!, err.offset!, err.lineno!, -1);
      // A one-line string counts only when the end of the input cut it, not the end of its line.
      if (err.msg.startsWith('unterminated string literal') && err.lineno !== null && err.offset !== null
        && !lineText(err.lineno).endsWith('\n')) {
        return located(err.lineno, err.offset, err.lineno, -1);
      }
      return null;
    }
    // Tokens the end of the input makes: ENDMARKER, the DEDENTs before it, and 'single'/'eval' input's
    // NEWLINEs with no start (column -1).
    let endTokens = n - 1;
    while (endTokens > 0 && (this.kind[endTokens - 1] === T.DEDENT || this.tc[endTokens - 1] === -1)) endTokens--;
    if (far >= endTokens) return atEnd();
    // A token that ends the input: reading it made the tokenizer look past the end (not a NEWLINE).
    if (k !== T.NEWLINE && this.toks.end[far] === text.length) {
      return located(this.tl[far]!, this.tc[far]! + 1, this.tel[far]!, this.tec[far]! + 1);
    }
    return null;
  }

  parseModule(): A.Module {
    return this.parse('exec') as A.Module;
  }

  /** eval: expressions NEWLINE* ENDMARKER */
  parseEval(): A.Expression {
    const s = this.pos;
    const body = this.expressions();
    if (!this.at(T.NEWLINE) && !this.at(T.ENDMARKER)) this.exprStmtError(body, s);
    while (this.eat(T.NEWLINE));
    if (!this.at(T.ENDMARKER)) this.fail();
    return { _type: 'Expression', body };
  }

  /**
   * interactive: statement_newline, where statement_newline is `compound_stmt NEWLINE | simple_stmts`
   * (the tokenizer supplies the NEWLINEs CPython's parser makes of its first ENDMARKERs), then
   * _PyPegen_run_parser's bad_single_statement check that nothing but comments follows.
   */
  parseInteractive(): A.Interactive {
    // An input with no tokens is the ENDMARKER alternative, which CPython turns into "invalid syntax".
    if (this.at(T.ENDMARKER)) this.fail();
    const body: A.stmt[] = [];
    this.statement(body);
    if (COMPOUND_STMTS.has(body[body.length - 1]!._type)) {
      if (this.at(T.ERRORTOKEN)) this.throwTokError();
      if (!this.eat(T.NEWLINE)) this.fail();
    }
    return { _type: 'Interactive', body };
  }

  /** After a 'single' statement only blank lines and comments may follow (raised as is, line unquoted). */
  badSingleStatement(): void {
    let i = this.pos;
    while (this.kind[i] === T.NEWLINE || this.kind[i] === T.DEDENT) i++;
    if (this.kind[i] !== T.ENDMARKER) {
      this.errorAtToken('multiple statements found while compiling a single statement', this.pos - 1);
    }
  }

  parseModuleBody(): A.Module {
    const body: A.stmt[] = [];
    while (!this.at(T.ENDMARKER)) {
      if (this.at(T.ERRORTOKEN)) this.throwTokError();
      this.statement(body);
    }
    return { _type: 'Module', body, type_ignores: [] };
  }

  statement(out: A.stmt[]): void {
    const k = this.peek();
    switch (k) {
      case T.KW_DEF: out.push(this.funcDef(this.pos, [], false)); return;
      case T.KW_IF: out.push(this.ifStmt()); return;
      case T.KW_CLASS: out.push(this.classDef(this.pos, [])); return;
      case T.KW_WITH: out.push(this.withStmt(this.pos, false)); return;
      case T.KW_FOR: out.push(this.forStmt(this.pos, false)); return;
      case T.KW_TRY: out.push(this.tryStmt()); return;
      case T.KW_WHILE: out.push(this.whileStmt()); return;
      case T.AT: out.push(this.decorated()); return;
      case T.KW_ASYNC: {
        const s = this.pos;
        const n = this.peekAt(1);
        if (n === T.KW_DEF) { this.pos++; out.push(this.funcDef(s, [], true)); return; }
        if (n === T.KW_WITH) { this.pos++; out.push(this.withStmt(s, true)); return; }
        if (n === T.KW_FOR) { this.pos++; out.push(this.forStmt(s, true)); return; }
        this.pos++;
        this.fail();
      }
      // falls through (unreachable)
      case T.NAME:
        if (this.tv[this.pos] === 'match') {
          this.matchNoColon = -1;
          const m = this.tryMatchStmt();
          if (m !== null) { out.push(m); return; }
          if (this.matchNoColon >= 0) {
            // invalid_match_stmt: "match" subject_expr NEWLINE, unless the line is a valid statement.
            const at = this.matchNoColon;
            try {
              this.simpleStmts(out);
            } catch (e) {
              if (!(e instanceof PySyntaxError) || e === this.toks.error) throw e;
              this.errorAtLastToken("expected ':'", at);
            }
            return;
          }
        }
        break;
      case T.INDENT:
        this.indentError('unexpected indent', this.pos);
      // falls through (unreachable)
      case T.ERRORTOKEN:
        this.throwTokError();
    }
    this.simpleStmts(out);
  }

  simpleStmts(out: A.stmt[]): void {
    for (;;) {
      out.push(this.simpleStmt());
      if (this.eat(T.SEMI)) {
        if (this.at(T.NEWLINE)) { this.pos++; return; }
        continue;
      }
      if (this.eat(T.NEWLINE)) return;
      this.fail();
    }
  }

  simpleStmt(): A.stmt {
    const s = this.pos;
    const l = this.tl[s]!, c = this.tc[s]!;
    switch (this.peek()) {
      case T.KW_PASS: this.pos++; return { _type: 'Pass', lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
      case T.KW_BREAK: this.pos++; return { _type: 'Break', lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
      case T.KW_CONTINUE: this.pos++; return { _type: 'Continue', lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
      case T.KW_RETURN: {
        this.pos++;
        const value = this.atStmtEnd() ? null : this.starExpressions();
        return { _type: 'Return', value, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
      }
      case T.KW_RAISE: {
        this.pos++;
        let exc: A.expr | null = null, cause: A.expr | null = null;
        if (!this.atStmtEnd()) {
          exc = this.expression();
          if (this.eat(T.KW_FROM)) cause = this.expression();
        }
        return { _type: 'Raise', exc, cause, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
      }
      case T.KW_GLOBAL: case T.KW_NONLOCAL: {
        const isGlobal = this.peek() === T.KW_GLOBAL;
        this.pos++;
        const names: string[] = [];
        do {
          if (!this.at(T.NAME)) this.fail();
          names.push(this.tv[this.pos++]!);
        } while (this.eat(T.COMMA));
        if (isGlobal) return { _type: 'Global', names, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
        return { _type: 'Nonlocal', names, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
      }
      case T.KW_DEL: {
        this.pos++;
        const targets: A.expr[] = [];
        do {
          if (this.atStmtEnd()) break;
          const e = this.bitwiseOrTarget();
          targets.push(this.toTarget(e, DEL, Targets.DEL));
        } while (this.eat(T.COMMA));
        if (targets.length === 0 || !this.atStmtEnd()) {
          if (targets.length > 0 && !this.atStmtEnd()) {
            // invalid_del_stmt: 'del' star_expressions
            this.pos = s + 1;
            const e = this.starExpressions();
            this.toTarget(e, DEL, Targets.DEL);
          }
          this.fail();
        }
        return { _type: 'Delete', targets, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
      }
      case T.KW_ASSERT: {
        this.pos++;
        const test = this.expression();
        const msg = this.eat(T.COMMA) ? this.expression() : null;
        return { _type: 'Assert', test, msg, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
      }
      case T.KW_IMPORT: return this.importName();
      case T.KW_FROM: return this.importFrom();
      case T.NAME:
        if (this.tv[s] === 'type' && this.peekAt(1) === T.NAME) {
          const n2 = this.peekAt(2);
          if (n2 === T.EQUAL || n2 === T.LSQB) return this.typeAlias();
        }
        break;
    }
    return this.exprStmt();
  }

  atStmtEnd(): boolean {
    const k = this.peek();
    return k === T.NEWLINE || k === T.SEMI || k === T.ENDMARKER;
  }

  exprStmt(): A.stmt {
    const s = this.pos;
    const l = this.tl[s]!, c = this.tc[s]!;
    this.bareTuple = null;
    const e = this.at(T.KW_YIELD) ? this.yieldExpr() : this.starExpressions();
    const bareTuple = (this.bareTuple as A.expr | null) === e;
    const k = this.peek();
    if (k === T.EQUAL) {
      const items: A.expr[] = [e];
      while (this.eat(T.EQUAL)) {
        items.push(this.at(T.KW_YIELD) ? this.yieldExpr() : this.starExpressions());
      }
      const value = items.pop()!;
      const targets: A.expr[] = [];
      for (const t of items) {
        if (this.invalidTarget(t, Targets.STAR) !== null) this.assignError(items, bareTuple, s);
      }
      for (const t of items) targets.push(this.toTarget(t, STORE, Targets.STAR));
      if (!this.atStmtEnd()) this.fail();
      return { _type: 'Assign', targets, value, type_comment: null, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
    }
    if (k === T.COLON) {
      // Annotated assignment.
      // The target is checked once `':' expression` has parsed (invalid_assignment needs both).
      let simple = 0;
      this.pos++;
      const annotation = this.expression();
      if (e._type === 'Name') simple = this.kind[s] === T.LPAR ? 0 : 1;
      else if (bareTuple && e._type === 'Tuple') this.errorOn('only single target (not tuple) can be annotated', e.elts[0]!);
      else if (e._type === 'Tuple' || e._type === 'List') this.errorOn(`only single target (not ${exprName(e)}) can be annotated`, e);
      else if (e._type !== 'Attribute' && e._type !== 'Subscript') this.errorOn('illegal target for annotation', e);
      let value: A.expr | null = null;
      if (this.eat(T.EQUAL)) value = this.at(T.KW_YIELD) ? this.yieldExpr() : this.starExpressions();
      const target = this.toTarget(e, STORE, Targets.STAR);
      return { _type: 'AnnAssign', target, annotation, value, simple, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
    }
    const aug = AUG_OP[k];
    if (aug !== undefined) {
      if (e._type !== 'Name' && e._type !== 'Attribute' && e._type !== 'Subscript') {
        this.errorOn(`'${exprName(e)}' is an illegal expression for augmented assignment`, e);
      }
      this.pos++;
      const value = this.at(T.KW_YIELD) ? this.yieldExpr() : this.starExpressions();
      const target = this.toTarget(e, STORE, Targets.STAR);
      return { _type: 'AugAssign', target, op: aug, value, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
    }
    if (!this.atStmtEnd()) this.exprStmtError(e, s);
    return { _type: 'Expr', value: e, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
  }

  /**
   * An assignment with an invalid target. CPython's second pass reports, in this order: a yield
   * target; the invalid_named_expression messages for the element right before the first '='
   * ("... here. Maybe you meant '==' ..."); else "cannot assign to X" for the innermost bad target.
   */
  assignError(items: A.expr[], bareTuple: boolean, s: number): never {
    for (const t of items) {
      if (t._type === 'Yield' || t._type === 'YieldFrom') this.errorOn('assignment to yield expression not possible', t);
    }
    // Token index of the first '=' after the first target.
    let eq = s;
    let depth = 0;
    for (; eq < this.pos; eq++) {
      const k = this.kind[eq]!;
      if (k === T.LPAR || k === T.LSQB || k === T.LBRACE) depth++;
      else if (k === T.RPAR || k === T.RSQB || k === T.RBRACE) depth--;
      else if (k === T.EQUAL && depth === 0) break;
    }
    const first = items[0]!;
    const el = bareTuple && first._type === 'Tuple' ? first.elts[first.elts.length - 1]! : first;
    const direct = !(bareTuple && this.kind[eq - 1] === T.COMMA);
    const startsValue = STARTS_EXPR[this.kind[eq + 1]!] === true && this.kind[eq + 1] !== T.KW_NOT &&
      this.kind[eq + 1] !== T.KW_LAMBDA && this.kind[eq + 1] !== T.STAR;
    if (direct && startsValue) {
      const save = this.pos;
      let b: A.expr | null = null;
      try {
        this.pos = eq + 1;
        b = this.binary(1);
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
      }
      const after = this.kind[this.pos]!;
      this.pos = save;
      if (b !== null && after !== T.EQUAL && after !== T.COLONEQUAL) {
        const paren = this.kind[eq - 1] === T.RPAR && !(el.end_lineno === this.tel[eq - 1] && el.end_col_offset === this.tec[eq - 1]);
        if (el._type === 'Name' && !paren) {
          this.errorOn("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", el, b);
        }
        if ((paren || isBitwiseOr(el)) && !startsWithExcludedAtom(el, paren)) {
          this.errorOn(`cannot assign to ${exprName(el)} here. Maybe you meant '==' instead of '='?`, el);
        }
      }
    }
    for (const t of items) this.toTarget(t, STORE, Targets.STAR);
    this.fail();
  }

  /** An expression statement followed by junk: legacy print/exec, import-from typo, forgotten comma. */
  exprStmtError(e: A.expr, s: number): never {
    if (e._type === 'Name' && (e.id === 'print' || e.id === 'exec') && this.kind[s + 1] !== T.LPAR &&
      STARTS_EXPR[this.peek()] === true) {
      try {
        const b = this.starExpressions();
        this.errorOn(`Missing parentheses in call to '${e.id}'. Did you mean ${e.id}(...)?`, e, b);
      } catch (err) {
        if (err instanceof PySyntaxError && err.msg.startsWith('Missing parentheses')) throw err;
      }
      this.pos = s + 1;
    }
    this.fail();
  }

  typeAlias(): A.TypeAlias {
    const s = this.pos;
    const l = this.tl[s]!, c = this.tc[s]!;
    this.pos++;
    const n = this.pos++;
    const name = mkName(this.tv[n]!, STORE, this.tl[n]!, this.tc[n]!, this.tel[n]!, this.tec[n]!);
    const typeParams = this.at(T.LSQB) ? this.typeParams() : [];
    this.expect(T.EQUAL);
    const value = this.expression();
    return { _type: 'TypeAlias', name, type_params: typeParams, value, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
  }

  /** Type parameters that, when they fail to parse, leave the forced token after them to fail. */
  optionalTypeParams(forcedMsg: string): A.type_param[] {
    const s = this.pos;
    try {
      return this.typeParams();
    } catch (e) {
      if (!(e instanceof PySyntaxError) || e === this.toks.error || e.kind === 'MemoryError' || e.kind === 'RecursionError') throw e;
      this.errorAtToken(forcedMsg, s);
    }
  }

  typeParams(): A.type_param[] {
    this.expect(T.LSQB);
    const out: A.type_param[] = [];
    if (this.at(T.RSQB)) this.fail();
    for (;;) {
      const s = this.pos;
      const l = this.tl[s]!, c = this.tc[s]!;
      if (this.eat(T.STAR)) {
        if (!this.at(T.NAME)) this.fail();
        const name = this.tv[this.pos++]!;
        if (this.at(T.COLON)) {
          const cs = this.pos;
          this.pos++;
          const b = this.expression();
          this.errorAt('cannot use bound with TypeVarTuple', this.tl[cs]!, this.tc[cs]!, b.end_lineno, b.end_col_offset);
        }
        out.push({ _type: 'TypeVarTuple', name, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec });
      } else if (this.eat(T.DOUBLESTAR)) {
        if (!this.at(T.NAME)) this.fail();
        const name = this.tv[this.pos++]!;
        if (this.at(T.COLON)) {
          const cs = this.pos;
          this.pos++;
          const b = this.expression();
          this.errorAt('cannot use bound with ParamSpec', this.tl[cs]!, this.tc[cs]!, b.end_lineno, b.end_col_offset);
        }
        out.push({ _type: 'ParamSpec', name, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec });
      } else {
        if (!this.at(T.NAME)) this.fail();
        const name = this.tv[this.pos++]!;
        const bound = this.eat(T.COLON) ? this.expression() : null;
        out.push({ _type: 'TypeVar', name, bound, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec });
      }
      if (!this.eat(T.COMMA)) break;
      if (this.at(T.RSQB)) break;
    }
    this.expect(T.RSQB);
    return out;
  }

  importName(): A.Import {
    const s = this.pos;
    const l = this.tl[s]!, c = this.tc[s]!;
    this.pos++;
    const names: A.alias[] = [];
    do {
      names.push(this.dottedAsName());
    } while (this.eat(T.COMMA));
    if (this.at(T.KW_FROM)) {
      // invalid_import: 'import' dotted_name 'from' dotted_name
      this.pos++;
      if (this.at(T.NAME)) {
        this.dottedName();
        if (this.atStmtEnd()) this.errorAt("Did you mean to use 'from ... import ...' instead?", l, c, this.el, this.ec);
      }
      this.fail();
    }
    return { _type: 'Import', names, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
  }

  dottedName(): string {
    if (!this.at(T.NAME)) this.fail();
    let name = this.tv[this.pos++]!;
    while (this.at(T.DOT)) {
      this.pos++;
      if (!this.at(T.NAME)) this.fail();
      name += '.' + this.tv[this.pos++]!;
    }
    return name;
  }

  dottedAsName(): A.alias {
    const s = this.pos;
    const name = this.dottedName();
    let asname: string | null = null;
    if (this.eat(T.KW_AS)) {
      if (!this.at(T.NAME)) this.fail();
      asname = this.tv[this.pos++]!;
    }
    return { _type: 'alias', name, asname, lineno: this.tl[s]!, col_offset: this.tc[s]!, end_lineno: this.el, end_col_offset: this.ec };
  }

  importFrom(): A.ImportFrom {
    const s = this.pos;
    const l = this.tl[s]!, c = this.tc[s]!;
    this.pos++;
    let level = 0;
    for (;;) {
      if (this.eat(T.DOT)) level++;
      else if (this.eat(T.ELLIPSIS)) level += 3;
      else break;
    }
    let module: string | null = null;
    if (level === 0 || !this.at(T.KW_IMPORT)) module = this.dottedName();
    this.expect(T.KW_IMPORT);
    const names: A.alias[] = [];
    if (this.at(T.STAR)) {
      const t = this.pos++;
      names.push({ _type: 'alias', name: '*', asname: null, lineno: this.tl[t]!, col_offset: this.tc[t]!, end_lineno: this.tel[t]!, end_col_offset: this.tec[t]! });
    } else if (this.eat(T.LPAR)) {
      do {
        if (this.at(T.RPAR)) break;
        names.push(this.importAsName());
      } while (this.eat(T.COMMA));
      if (names.length === 0) this.fail();
      this.expect(T.RPAR);
    } else {
      for (;;) {
        names.push(this.importAsName());
        if (!this.at(T.COMMA)) break;
        this.pos++;
        if (this.atStmtEnd()) this.errorAtToken('trailing comma not allowed without surrounding parentheses');
      }
    }
    return { _type: 'ImportFrom', module, names, level, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
  }

  importAsName(): A.alias {
    const s = this.pos;
    if (!this.at(T.NAME)) this.fail();
    const name = this.tv[this.pos++]!;
    let asname: string | null = null;
    if (this.eat(T.KW_AS)) {
      if (!this.at(T.NAME)) this.fail();
      asname = this.tv[this.pos++]!;
    }
    return { _type: 'alias', name, asname, lineno: this.tl[s]!, col_offset: this.tc[s]!, end_lineno: this.el, end_col_offset: this.ec };
  }

  // ---- blocks

  /**
   * ':' then a block; `what` names the statement for the indentation error. Where the grammar forces
   * the ':' (def, try, finally, else) a missing one is "expected ':'"; elsewhere only when
   * a NEWLINE comes instead (the invalid_*_stmt rules), otherwise "invalid syntax".
   */
  block(what: string, line: number, forced = false): A.stmt[] {
    if (!this.at(T.COLON)) {
      if (this.at(T.ERRORTOKEN)) this.throwTokError();
      if (forced) this.errorAtToken("expected ':'");
      if (this.at(T.NEWLINE)) this.errorAtLastToken("expected ':'");
      this.fail();
    }
    this.pos++;
    return this.blockBody(what, line);
  }

  blockBody(what: string, line: number): A.stmt[] {
    if (this.eat(T.NEWLINE)) {
      if (!this.eat(T.INDENT)) {
        if (this.at(T.ERRORTOKEN)) this.throwTokError();
        this.errorAtToken(`expected an indented block after ${what} on line ${line}`, this.pos, 'IndentationError');
      }
      const body: A.stmt[] = [];
      while (!this.eat(T.DEDENT)) {
        if (this.at(T.ENDMARKER)) break;
        this.statement(body);
      }
      return body;
    }
    const body: A.stmt[] = [];
    this.simpleStmts(body);
    return body;
  }

  /** End of a compound statement: the last consumed token that is not NEWLINE/INDENT/DEDENT (a ';' counts). */
  lastEnd(body: A.stmt[]): [number, number] {
    void body;
    let i = this.pos - 1;
    for (;;) {
      const k = this.kind[i]!;
      if (k !== T.NEWLINE && k !== T.INDENT && k !== T.DEDENT) break;
      i--;
    }
    return [this.tel[i]!, this.tec[i]!];
  }

  decorated(): A.stmt {
    const decorators: A.expr[] = [];
    while (this.eat(T.AT)) {
      decorators.push(this.namedExpression());
      if (!this.eat(T.NEWLINE)) this.fail();
    }
    const s = this.pos;
    if (this.at(T.KW_DEF)) return this.funcDef(s, decorators, false);
    if (this.at(T.KW_ASYNC) && this.peekAt(1) === T.KW_DEF) { this.pos++; return this.funcDef(s, decorators, true); }
    if (this.at(T.KW_CLASS)) return this.classDef(s, decorators);
    this.fail();
  }

  funcDef(s: number, decorators: A.expr[], isAsync: boolean): A.FunctionDef | A.AsyncFunctionDef {
    const defTok = this.pos;
    this.pos++; // 'def'
    if (!this.at(T.NAME)) this.fail();
    const name = this.tv[this.pos++]!;
    // type_params is optional and '(' is forced: type params that do not parse give "expected '('".
    const typeParams = this.at(T.LSQB) ? this.optionalTypeParams("expected '('") : [];
    this.expect(T.LPAR);
    const args = this.parameters(T.RPAR, true);
    this.expect(T.RPAR);
    let returns: A.expr | null = null;
    if (this.eat(T.RARROW)) returns = this.expression();
    const body = this.block('function definition', this.tl[defTok]!, true);
    const [el, ec] = this.lastEnd(body);
    const l = this.tl[s]!, c = this.tc[s]!;
    if (isAsync) {
      return { _type: 'AsyncFunctionDef', name, args, body, decorator_list: decorators, returns, type_comment: null, type_params: typeParams, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
    }
    return { _type: 'FunctionDef', name, args, body, decorator_list: decorators, returns, type_comment: null, type_params: typeParams, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
  }

  classDef(s: number, decorators: A.expr[]): A.ClassDef {
    this.pos++; // 'class'
    if (!this.at(T.NAME)) this.fail();
    const name = this.tv[this.pos++]!;
    const typeParams = this.at(T.LSQB) ? this.typeParams() : [];
    let bases: A.expr[] = [];
    let keywords: A.keyword[] = [];
    if (this.eat(T.LPAR)) {
      const r = this.callArgs();
      bases = r.args;
      keywords = r.keywords;
    }
    const body = this.block('class definition', this.tl[s]!);
    const [el, ec] = this.lastEnd(body);
    return { _type: 'ClassDef', name, bases, keywords, body, decorator_list: decorators, type_params: typeParams, lineno: this.tl[s]!, col_offset: this.tc[s]!, end_lineno: el, end_col_offset: ec };
  }

  ifStmt(): A.If {
    const s = this.pos;
    const isElif = this.at(T.KW_ELIF);
    this.pos++;
    const test = this.namedExpression();
    if (this.at(T.EQUAL)) this.invalidNamedAssign(test);
    const body = this.block(isElif ? "'elif' statement" : "'if' statement", this.tl[s]!);
    let orelse: A.stmt[] = [];
    if (this.at(T.KW_ELIF)) orelse = [this.ifStmt()];
    else if (this.at(T.KW_ELSE)) orelse = this.elseBlock();
    const [el, ec] = this.lastEnd(orelse.length > 0 ? orelse : body);
    return { _type: 'If', test, body, orelse, lineno: this.tl[s]!, col_offset: this.tc[s]!, end_lineno: el, end_col_offset: ec };
  }

  /** `if x = 1:` and friends: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?" */
  invalidNamedAssign(test: A.expr): never {
    this.pos++;
    const b = this.bitwiseOrTarget();
    if (test._type === 'Name' && !this.at(T.EQUAL) && !this.at(T.COLONEQUAL)) {
      this.errorOn("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", test, b);
    }
    if (!this.at(T.EQUAL) && !this.at(T.COLONEQUAL) && test._type !== 'List' && test._type !== 'Tuple' &&
      test._type !== 'GeneratorExp' && !(test._type === 'Constant' && (test.value === true || test.value === false || test.value === null))) {
      this.errorOn(`cannot assign to ${exprName(test)} here. Maybe you meant '==' instead of '='?`, test);
    }
    this.fail();
  }

  elseBlock(): A.stmt[] {
    const s = this.pos;
    this.pos++;
    return this.block("'else' statement", this.tl[s]!, true);
  }

  whileStmt(): A.While {
    const s = this.pos;
    this.pos++;
    const test = this.namedExpression();
    if (this.at(T.EQUAL)) this.invalidNamedAssign(test);
    const body = this.block("'while' statement", this.tl[s]!);
    const orelse = this.at(T.KW_ELSE) ? this.elseBlock() : [];
    const [el, ec] = this.lastEnd(orelse.length > 0 ? orelse : body);
    return { _type: 'While', test, body, orelse, lineno: this.tl[s]!, col_offset: this.tc[s]!, end_lineno: el, end_col_offset: ec };
  }

  forStmt(s: number, isAsync: boolean): A.For | A.AsyncFor {
    const forTok = this.pos;
    this.pos++;
    const target = this.starTargets(Targets.FOR);
    if (!this.at(T.KW_IN)) {
      this.fail();
    }
    this.pos++;
    const iter = this.starExpressions();
    const body = this.block("'for' statement", this.tl[forTok]!);
    const orelse = this.at(T.KW_ELSE) ? this.elseBlock() : [];
    const [el, ec] = this.lastEnd(orelse.length > 0 ? orelse : body);
    const l = this.tl[s]!, c = this.tc[s]!;
    if (isAsync) return { _type: 'AsyncFor', target, iter, body, orelse, type_comment: null, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
    return { _type: 'For', target, iter, body, orelse, type_comment: null, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
  }

  withStmt(s: number, isAsync: boolean): A.With | A.AsyncWith {
    const withTok = this.pos;
    this.pos++;
    let items: A.withitem[] | null = null;
    if (this.at(T.LPAR) && this.colonAfterMatchingParen()) {
      const save = this.pos;
      try {
        this.pos++;
        const its: A.withitem[] = [];
        do {
          if (this.at(T.RPAR)) break;
          its.push(this.withItem());
        } while (this.eat(T.COMMA));
        if (its.length > 0 && this.eat(T.RPAR) && this.at(T.COLON)) items = its;
        else this.pos = save;
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        this.pos = save;
      }
    }
    if (items === null) {
      items = [];
      do {
        items.push(this.withItem());
      } while (this.eat(T.COMMA));
    }
    const body = this.block("'with' statement", this.tl[withTok]!);
    const [el, ec] = this.lastEnd(body);
    const l = this.tl[s]!, c = this.tc[s]!;
    if (isAsync) return { _type: 'AsyncWith', items, body, type_comment: null, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
    return { _type: 'With', items, body, type_comment: null, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
  }

  /** At '(': is the token after its matching ')' a ':'? */
  colonAfterMatchingParen(): boolean {
    let depth = 0;
    for (let i = this.pos; i < this.kind.length; i++) {
      const k = this.kind[i]!;
      if (k === T.LPAR || k === T.LSQB || k === T.LBRACE) depth++;
      else if (k === T.RPAR || k === T.RSQB || k === T.RBRACE) {
        depth--;
        if (depth === 0) return this.kind[i + 1] === T.COLON;
      } else if (k === T.NEWLINE || k === T.ENDMARKER || k === T.ERRORTOKEN) return false;
    }
    return false;
  }

  withItem(): A.withitem {
    const e = this.expression();
    let vars: A.expr | null = null;
    if (this.eat(T.KW_AS)) {
      const t = this.starTarget();
      const k = this.peek();
      if (k !== T.COMMA && k !== T.RPAR && k !== T.COLON) {
        // invalid_with_item: 'as' a=expression
        this.fail();
      }
      vars = this.toTarget(t, STORE, Targets.STAR);
    }
    return { _type: 'withitem', context_expr: e, optional_vars: vars };
  }

  tryStmt(): A.Try | A.TryStar {
    const s = this.pos;
    this.pos++;
    const body = this.block("'try' statement", this.tl[s]!, true);
    const handlers: A.ExceptHandler[] = [];
    let star: boolean | null = null;
    while (this.at(T.KW_EXCEPT)) {
      const hs = this.pos;
      this.pos++;
      const isStar = this.eat(T.STAR);
      if (star === null) star = isStar;
      else if (star !== isStar) {
        const msg = "cannot have both 'except' and 'except*' on the same 'try'";
        if (isStar) this.errorAt(msg, this.tl[hs]!, this.tc[hs]!, this.tel[hs + 1]!, this.tec[hs + 1]!);
        this.errorAtToken(msg, hs);
      }
      let type: A.expr | null = null;
      let name: string | null = null;
      if (!this.at(T.COLON)) {
        type = this.expression();
        if (this.at(T.COMMA)) {
          // invalid_except_stmt: 'except' a=expression ',' expressions ['as' NAME ] ':'
          this.pos++;
          const rest = this.expressions();
          if (this.eat(T.KW_AS)) { if (this.at(T.NAME)) this.pos++; }
          if (this.at(T.COLON)) this.errorOn('multiple exception types must be parenthesized', type, rest);
          this.fail();
        }
        if (this.eat(T.KW_AS)) {
          if (!this.at(T.NAME)) this.fail();
          name = this.tv[this.pos++]!;
        }
      } else if (isStar) {
        this.errorAtToken('expected one or more exception types');
      }
      const hbody = this.block(isStar ? "'except*' statement" : "'except' statement", this.tl[hs]!);
      const [el, ec] = this.lastEnd(hbody);
      handlers.push({ _type: 'ExceptHandler', type, name, body: hbody, lineno: this.tl[hs]!, col_offset: this.tc[hs]!, end_lineno: el, end_col_offset: ec });
    }
    let orelse: A.stmt[] = [];
    let finalbody: A.stmt[] = [];
    if (handlers.length > 0 && this.at(T.KW_ELSE)) orelse = this.elseBlock();
    if (this.at(T.KW_FINALLY)) {
      const fs = this.pos;
      this.pos++;
      finalbody = this.block("'finally' statement", this.tl[fs]!, true);
    }
    if (handlers.length === 0 && finalbody.length === 0) {
      this.errorAtToken("expected 'except' or 'finally' block");
    }
    const [el, ec] = this.lastEnd(body);
    const l = this.tl[s]!, c = this.tc[s]!;
    if (star === true) return { _type: 'TryStar', body, handlers, orelse, finalbody, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
    return { _type: 'Try', body, handlers, orelse, finalbody, lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
  }

  // ---- match statement

  tryMatchStmt(): A.Match | null {
    const s = this.pos;
    const n = this.peekAt(1);
    if (STARTS_EXPR[n] !== true && n !== T.KW_YIELD) return null;
    this.pos++;
    let subject: A.expr;
    try {
      const ss = this.pos;
      const first = this.starNamedExpression();
      if (this.at(T.COMMA)) {
        const elts = [first];
        while (this.eat(T.COMMA)) {
          if (this.at(T.COLON)) break;
          elts.push(this.starNamedExpression());
        }
        subject = mkTuple(elts, LOAD, this.tl[ss]!, this.tc[ss]!, this.el, this.ec);
      } else {
        if (first._type === 'Starred') { this.pos = s; return null; }
        subject = first;
      }
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      this.pos = s;
      return null;
    }
    if (!this.at(T.COLON)) {
      if (this.at(T.NEWLINE)) this.matchNoColon = this.pos;
      this.pos = s;
      return null;
    }
    this.pos++;
    if (!this.eat(T.NEWLINE)) {
      this.pos = s;
      return null;
    }
    if (!this.eat(T.INDENT)) {
      this.errorAtToken(`expected an indented block after 'match' statement on line ${this.tl[s]!}`, this.pos, 'IndentationError');
    }
    const cases: A.match_case[] = [];
    while (!this.eat(T.DEDENT)) {
      if (this.at(T.ENDMARKER)) break;
      if (!this.isName('case')) this.fail();
      cases.push(this.caseBlock());
    }
    if (cases.length === 0) this.fail();
    const lastBody = cases[cases.length - 1]!.body;
    const [el, ec] = this.lastEnd(lastBody);
    return { _type: 'Match', subject, cases, lineno: this.tl[s]!, col_offset: this.tc[s]!, end_lineno: el, end_col_offset: ec };
  }

  caseBlock(): A.match_case {
    const s = this.pos;
    this.pos++;
    const pattern = this.patterns();
    let guard: A.expr | null = null;
    if (this.eat(T.KW_IF)) guard = this.namedExpression();
    if (this.at(T.NEWLINE)) this.errorAtLastToken("expected ':'");
    const body = this.block("'case' statement", this.tl[s]!);
    return { _type: 'match_case', pattern, guard, body };
  }

  patterns(): A.pattern {
    const s = this.pos;
    const first = this.maybeStarPattern();
    if (!this.at(T.COMMA)) {
      if (first._type === 'MatchStar') {
        return { _type: 'MatchSequence', patterns: [first], lineno: this.tl[s]!, col_offset: this.tc[s]!, end_lineno: this.el, end_col_offset: this.ec };
      }
      return first;
    }
    const pats = [first];
    while (this.eat(T.COMMA)) {
      if (this.at(T.COLON) || this.at(T.KW_IF)) break;
      pats.push(this.maybeStarPattern());
    }
    return { _type: 'MatchSequence', patterns: pats, lineno: this.tl[s]!, col_offset: this.tc[s]!, end_lineno: this.el, end_col_offset: this.ec };
  }

  maybeStarPattern(): A.pattern {
    if (this.at(T.STAR)) {
      const s = this.pos++;
      if (!this.at(T.NAME)) this.fail();
      const nm = this.tv[this.pos++]!;
      return { _type: 'MatchStar', name: nm === '_' ? null : nm, lineno: this.tl[s]!, col_offset: this.tc[s]!, end_lineno: this.el, end_col_offset: this.ec };
    }
    return this.pattern();
  }

  pattern(): A.pattern {
    this.enter();
    const s = this.pos;
    const p = this.orPattern();
    if (this.eat(T.KW_AS)) {
      if (!this.at(T.NAME)) this.fail();
      const nm = this.tv[this.pos]!;
      if (nm === '_') this.errorAtToken("cannot use '_' as a target");
      this.pos++;
      if (this.at(T.DOT) || this.at(T.LPAR) || this.at(T.EQUAL)) this.fail();
      this.depth--;
      return mkMatchAs(p, nm, this.tl[s]!, this.tc[s]!, this.el, this.ec);
    }
    this.depth--;
    return p;
  }

  orPattern(): A.pattern {
    const s = this.pos;
    const first = this.closedPattern();
    if (!this.at(T.VBAR)) return first;
    const pats = [first];
    while (this.eat(T.VBAR)) pats.push(this.closedPattern());
    return { _type: 'MatchOr', patterns: pats, lineno: this.tl[s]!, col_offset: this.tc[s]!, end_lineno: this.el, end_col_offset: this.ec };
  }

  closedPattern(): A.pattern {
    const s = this.pos;
    const l = this.tl[s]!, c = this.tc[s]!;
    const k = this.peek();
    switch (k) {
      case T.KW_NONE: this.pos++; return { _type: 'MatchSingleton', value: null, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
      case T.KW_TRUE: this.pos++; return { _type: 'MatchSingleton', value: true, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
      case T.KW_FALSE: this.pos++; return { _type: 'MatchSingleton', value: false, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
      case T.NUMBER: case T.MINUS: {
        const v = this.signedNumberExpr();
        return mkMatchValue(v, l, c, this.el, this.ec);
      }
      case T.STRING: case T.FSTRING_START: {
        const v = this.strings();
        if (v._type === 'JoinedStr') this.errorOn('patterns may only match literals and attribute lookups', v);
        return mkMatchValue(v, l, c, this.el, this.ec);
      }
      case T.NAME: {
        const nm = this.tv[s]!;
        if (this.peekAt(1) === T.DOT || this.peekAt(1) === T.LPAR) {
          let e: A.expr = mkName(nm, LOAD, l, c, this.tel[s]!, this.tec[s]!);
          this.pos++;
          while (this.eat(T.DOT)) {
            if (!this.at(T.NAME)) this.fail();
            const a = this.tv[this.pos++]!;
            e = mkAttribute(e, a, LOAD, l, c, this.el, this.ec);
          }
          if (this.at(T.LPAR)) return this.classPattern(e, s);
          return mkMatchValue(e, l, c, this.el, this.ec);
        }
        this.pos++;
        return mkMatchAs(null, nm === '_' ? null : nm, l, c, this.el, this.ec);
      }
      case T.LPAR: {
        this.pos++;
        if (this.eat(T.RPAR)) return { _type: 'MatchSequence', patterns: [], lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
        const first = this.maybeStarPattern();
        if (this.eat(T.RPAR)) {
          if (first._type === 'MatchStar') return { _type: 'MatchSequence', patterns: [first], lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
          return first;
        }
        const pats = [first];
        if (!this.at(T.COMMA)) this.fail();
        while (this.eat(T.COMMA)) {
          if (this.at(T.RPAR)) break;
          pats.push(this.maybeStarPattern());
        }
        this.expect(T.RPAR);
        return { _type: 'MatchSequence', patterns: pats, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
      }
      case T.LSQB: {
        this.pos++;
        const pats: A.pattern[] = [];
        while (!this.at(T.RSQB)) {
          pats.push(this.maybeStarPattern());
          if (!this.eat(T.COMMA)) break;
        }
        this.expect(T.RSQB);
        return { _type: 'MatchSequence', patterns: pats, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
      }
      case T.LBRACE: return this.mappingPattern();
    }
    this.fail();
  }

  /** signed_number or complex_number, as an expression (MatchValue's value or a mapping key). */
  signedNumberExpr(): A.expr {
    const s = this.pos;
    const l = this.tl[s]!, c = this.tc[s]!;
    let e: A.expr;
    if (this.eat(T.MINUS)) {
      if (!this.at(T.NUMBER)) this.fail();
      const n = this.numberAtom();
      e = { _type: 'UnaryOp', op: USUB, operand: n, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
    } else {
      if (!this.at(T.NUMBER)) this.fail();
      e = this.numberAtom();
    }
    if (this.at(T.PLUS) || this.at(T.MINUS)) {
      const o = this.peek() === T.PLUS ? op('Add') : op('Sub');
      const inner = e._type === 'UnaryOp' ? e.operand : e;
      if (inner._type !== 'Constant' || isImag(inner.value)) this.errorOn('real number required in complex literal', e);
      this.pos++;
      if (!this.at(T.NUMBER)) this.fail();
      const r = this.numberAtom();
      if (!isImag(r.value)) this.errorOn('imaginary number required in complex literal', r);
      e = mkBinOp(e, o, r, l, c, this.el, this.ec);
    }
    return e;
  }

  numberAtom(): A.Constant {
    const t = this.pos++;
    return mkConst(numberValue(this.tv[t]!), null, this.tl[t]!, this.tc[t]!, this.tel[t]!, this.tec[t]!);
  }

  classPattern(cls: A.expr, s: number): A.MatchClass {
    this.pos++; // '('
    const patterns: A.pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: A.pattern[] = [];
    while (!this.at(T.RPAR)) {
      if (this.at(T.NAME) && this.peekAt(1) === T.EQUAL) {
        kwdAttrs.push(this.tv[this.pos]!);
        this.pos += 2;
        kwdPatterns.push(this.pattern());
      } else {
        const p = this.pattern();
        if (kwdAttrs.length > 0) this.errorOn('positional patterns follow keyword patterns', p);
        patterns.push(p);
      }
      if (!this.eat(T.COMMA)) break;
    }
    this.expect(T.RPAR);
    return { _type: 'MatchClass', cls, patterns, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns, lineno: this.tl[s]!, col_offset: this.tc[s]!, end_lineno: this.el, end_col_offset: this.ec };
  }

  mappingPattern(): A.MatchMapping {
    const s = this.pos;
    this.pos++;
    const keys: A.expr[] = [];
    const patterns: A.pattern[] = [];
    let rest: string | null = null;
    while (!this.at(T.RBRACE)) {
      if (this.eat(T.DOUBLESTAR)) {
        if (!this.at(T.NAME)) this.fail();
        rest = this.tv[this.pos++]!;
        this.eat(T.COMMA);
        break;
      }
      const ks = this.pos;
      const l = this.tl[ks]!, c = this.tc[ks]!;
      let key: A.expr;
      const k = this.peek();
      if (k === T.NUMBER || k === T.MINUS) key = this.signedNumberExpr();
      else if (k === T.STRING || k === T.FSTRING_START) {
        key = this.strings();
        if (key._type === 'JoinedStr') this.errorOn('patterns may only match literals and attribute lookups', key);
      }
      else if (k === T.KW_NONE) { this.pos++; key = mkConst(null, null, l, c, this.el, this.ec); }
      else if (k === T.KW_TRUE) { this.pos++; key = mkConst(true, null, l, c, this.el, this.ec); }
      else if (k === T.KW_FALSE) { this.pos++; key = mkConst(false, null, l, c, this.el, this.ec); }
      else if (k === T.NAME && this.peekAt(1) === T.DOT) {
        key = mkName(this.tv[this.pos]!, LOAD, l, c, this.tel[this.pos]!, this.tec[this.pos]!);
        this.pos++;
        while (this.eat(T.DOT)) {
          if (!this.at(T.NAME)) this.fail();
          key = mkAttribute(key, this.tv[this.pos++]!, LOAD, l, c, this.el, this.ec);
        }
      } else this.fail();
      this.expect(T.COLON);
      keys.push(key);
      patterns.push(this.pattern());
      if (!this.eat(T.COMMA)) break;
    }
    this.expect(T.RBRACE);
    return { _type: 'MatchMapping', keys, patterns, rest, lineno: this.tl[s]!, col_offset: this.tc[s]!, end_lineno: this.el, end_col_offset: this.ec };
  }

  // ---- targets

  /** star_targets: a comma list of targets up to (not including) 'in' / '='. */
  starTargets(type: Targets): A.expr {
    const s = this.pos;
    const first = this.starTarget();
    if (!this.at(T.COMMA)) return this.toTarget(first, STORE, type);
    const elts = [this.toTarget(first, STORE, type)];
    while (this.eat(T.COMMA)) {
      if (this.at(T.KW_IN) || this.at(T.EQUAL)) break;
      elts.push(this.toTarget(this.starTarget(), STORE, type));
    }
    return mkTuple(elts, STORE, this.tl[s]!, this.tc[s]!, this.el, this.ec);
  }

  starTarget(): A.expr {
    if (this.at(T.STAR)) {
      const s = this.pos++;
      const v = this.starTarget();
      return mkStarred(v, LOAD, this.tl[s]!, this.tc[s]!, this.el, this.ec);
    }
    return this.bitwiseOrTarget();
  }

  bitwiseOrTarget(): A.expr {
    if (this.at(T.STAR)) return this.starTarget();
    return this.binary(1);
  }

  /** The innermost sub-expression that cannot be a target (_PyPegen_get_invalid_target), or null. */
  invalidTarget(e: A.expr, type: Targets): A.expr | null {
    switch (e._type) {
      case 'List': case 'Tuple':
        for (const x of e.elts) {
          const r = this.invalidTarget(x, type);
          if (r !== null) return r;
        }
        return null;
      case 'Starred':
        if (type === Targets.DEL) return e;
        return this.invalidTarget(e.value, type);
      case 'Compare':
        if (type === Targets.FOR) {
          if (e.ops[0]!._type === 'In') return this.invalidTarget(e.left, type);
          return null;
        }
        return e;
      case 'Name': case 'Subscript': case 'Attribute':
        return null;
      default:
        return e;
    }
  }

  /** Converts an expression to a Store/Del target, raising CPython's error for invalid targets. */
  toTarget(e: A.expr, ctx: A.expr_context, type: Targets): A.expr {
    switch (e._type) {
      case 'Name': return mkName(e.id, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
      case 'Attribute': return mkAttribute(e.value, e.attr, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
      case 'Subscript': return mkSubscript(e.value, e.slice, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
      case 'Starred':
        if (type !== Targets.DEL) return mkStarred(this.toTarget(e.value, ctx, type), ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
        break;
      case 'Tuple': case 'List': {
        const elts: A.expr[] = [];
        for (const x of e.elts) elts.push(this.toTarget(x, ctx, type));
        if (e._type === 'Tuple') return mkTuple(elts, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
        return mkList(elts, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
      }
    }
    const bad = this.invalidTarget(e, type) ?? e;
    const what = exprName(bad);
    this.errorOn(type === Targets.DEL ? `cannot delete ${what}` : `cannot assign to ${what}`, bad);
  }

  // ---- expressions

  starExpressions(): A.expr {
    const s = this.pos;
    const first = this.starExpression();
    if (!this.at(T.COMMA)) return first;
    const elts = [first];
    while (this.eat(T.COMMA)) {
      if (STARTS_EXPR[this.peek()] !== true && !this.at(T.KW_YIELD)) break;
      elts.push(this.starExpression());
    }
    const t = mkTuple(elts, LOAD, this.tl[s]!, this.tc[s]!, this.el, this.ec);
    this.bareTuple = t;
    return t;
  }

  starExpression(): A.expr {
    if (this.at(T.STAR)) {
      const s = this.pos++;
      const v = this.binary(1);
      return mkStarred(v, LOAD, this.tl[s]!, this.tc[s]!, this.el, this.ec);
    }
    return this.expression();
  }

  starNamedExpression(): A.expr {
    if (this.at(T.STAR)) {
      const s = this.pos++;
      const v = this.binary(1);
      return mkStarred(v, LOAD, this.tl[s]!, this.tc[s]!, this.el, this.ec);
    }
    return this.namedExpression();
  }

  /** expressions: expression (',' expression)* [','] */
  expressions(): A.expr {
    const s = this.pos;
    const first = this.expression();
    if (!this.at(T.COMMA)) return first;
    const elts = [first];
    while (this.eat(T.COMMA)) {
      if (STARTS_EXPR[this.peek()] !== true || this.at(T.STAR)) break;
      elts.push(this.expression());
    }
    return mkTuple(elts, LOAD, this.tl[s]!, this.tc[s]!, this.el, this.ec);
  }

  namedExpression(): A.expr {
    if (this.at(T.NAME) && this.peekAt(1) === T.COLONEQUAL) {
      const s = this.pos;
      const target = mkName(this.tv[s]!, STORE, this.tl[s]!, this.tc[s]!, this.tel[s]!, this.tec[s]!);
      this.pos += 2;
      const value = this.expression();
      return { _type: 'NamedExpr', target, value, lineno: target.lineno, col_offset: target.col_offset, end_lineno: this.el, end_col_offset: this.ec };
    }
    const e = this.expression();
    if (this.at(T.COLONEQUAL)) this.errorOn(`cannot use assignment expressions with ${exprName(e)}`, e);
    return e;
  }

  expression(): A.expr {
    if (this.at(T.KW_LAMBDA)) return this.lambdef();
    this.enter();
    const s = this.pos;
    const body = this.disjunction();
    if (this.at(T.KW_IF)) {
      this.pos++;
      const test = this.disjunction();
      if (!this.eat(T.KW_ELSE)) {
        if (this.at(T.ERRORTOKEN)) this.throwTokError();
        this.errorOn("expected 'else' after 'if' expression", body, test);
      }
      const orelse = this.expression();
      this.depth--;
      return { _type: 'IfExp', test, body, orelse, lineno: this.tl[s]!, col_offset: this.tc[s]!, end_lineno: this.el, end_col_offset: this.ec };
    }
    if (STARTS_EXPR[this.peek()] === true && this.noInvalid === 0) this.forgotComma(s, body);
    this.depth--;
    return body;
  }

  /**
   * invalid_expression: `a b` where a disjunction is directly followed by another expression, inside
   * brackets, is "invalid syntax. Perhaps you forgot a comma?" (never valid code, so checked eagerly).
   */
  forgotComma(s: number, a: A.expr): void {
    const k0 = this.kind[s]!;
    if (k0 === T.NAME) {
      const v = this.tv[s];
      if (this.kind[s + 1] === T.STRING || this.kind[s + 1] === T.FSTRING_START) return;
      if (v === 'match' || v === 'case' || v === 'type' || v === '_') return;
      if (a._type === 'Name' && (v === 'print' || v === 'exec')) return;
    }
    const save = this.pos;
    const depth = this.depth;
    let b: A.expr | null = null;
    this.noInvalid++;
    try {
      b = this.expression(); // expression_without_invalid
    } catch (e) {
      if (!(e instanceof PySyntaxError) || e.kind === 'MemoryError' || e.kind === 'RecursionError') throw e;
    } finally {
      this.noInvalid--;
      this.depth = depth;
    }
    const last = this.pos - 1;
    if (this.pos > this.furthest) this.furthest = this.pos;
    this.pos = save;
    if (b === null || this.levelAt(last) === 0) return;
    this.errorOn('invalid syntax. Perhaps you forgot a comma?', a, b);
  }

  /** Bracket nesting level at token i (CPython's tok->level), counted back to the logical line start. */
  levelAt(i: number): number {
    let depth = 0;
    for (let j = i; j >= 0; j--) {
      const k = this.kind[j]!;
      if (k === T.RPAR || k === T.RSQB || k === T.RBRACE) depth--;
      else if (k === T.LPAR || k === T.LSQB || k === T.LBRACE) depth++;
      else if (k === T.NEWLINE || k === T.INDENT || k === T.DEDENT) break;
    }
    return depth > 0 ? depth : 0;
  }

  disjunction(): A.expr {
    const s = this.pos;
    const first = this.conjunction();
    if (!this.at(T.KW_OR)) return first;
    const values = [first];
    while (this.eat(T.KW_OR)) values.push(this.conjunction());
    return { _type: 'BoolOp', op: OR, values, lineno: this.tl[s]!, col_offset: this.tc[s]!, end_lineno: this.el, end_col_offset: this.ec };
  }

  conjunction(): A.expr {
    const s = this.pos;
    const first = this.inversion();
    if (!this.at(T.KW_AND)) return first;
    const values = [first];
    while (this.eat(T.KW_AND)) values.push(this.inversion());
    return { _type: 'BoolOp', op: AND, values, lineno: this.tl[s]!, col_offset: this.tc[s]!, end_lineno: this.el, end_col_offset: this.ec };
  }

  inversion(): A.expr {
    if (this.at(T.KW_NOT)) {
      const s = this.pos++;
      this.enter();
      const operand = this.inversion();
      this.depth--;
      return { _type: 'UnaryOp', op: NOT, operand, lineno: this.tl[s]!, col_offset: this.tc[s]!, end_lineno: this.el, end_col_offset: this.ec };
    }
    return this.comparison();
  }

  comparison(): A.expr {
    const s = this.pos;
    const left = this.binary(1);
    let o = this.compOp();
    if (o === null) return left;
    const ops: A.cmpop[] = [];
    const comparators: A.expr[] = [];
    while (o !== null) {
      ops.push(o);
      comparators.push(this.binary(1));
      o = this.compOp();
    }
    return { _type: 'Compare', left, ops, comparators, lineno: this.tl[s]!, col_offset: this.tc[s]!, end_lineno: this.el, end_col_offset: this.ec };
  }

  compOp(): A.cmpop | null {
    switch (this.peek()) {
      case T.EQEQUAL: this.pos++; return cmp('Eq');
      case T.NOTEQUAL:
        if (this.tv[this.pos] === '<>') this.fail();
        this.pos++; return cmp('NotEq');
      case T.LESS: this.pos++; return cmp('Lt');
      case T.LESSEQUAL: this.pos++; return cmp('LtE');
      case T.GREATER: this.pos++; return cmp('Gt');
      case T.GREATEREQUAL: this.pos++; return cmp('GtE');
      case T.KW_IN: this.pos++; return cmp('In');
      case T.KW_NOT:
        if (this.peekAt(1) === T.KW_IN) { this.pos += 2; return cmp('NotIn'); }
        return null;
      case T.KW_IS:
        if (this.peekAt(1) === T.KW_NOT) { this.pos += 2; return cmp('IsNot'); }
        this.pos++; return cmp('Is');
    }
    return null;
  }

  /** Binary operators from '|' (level 1) to '*' (level 6), left-associative, by precedence climbing. */
  binary(minPrec: number): A.expr {
    const s = this.pos;
    let left = this.factor();
    let chain = this.depth;
    for (;;) {
      const k = this.kind[this.pos]!;
      const prec = BIN_PREC[k]!;
      if (prec < minPrec || prec === 0) return left;
      if (++chain > MAX_DEPTH) this.tooDeep();
      this.pos++;
      this.enter();
      const right = this.binary(prec + 1);
      this.depth--;
      left = mkBinOp(left, BIN_OP[k]!, right, this.tl[s]!, this.tc[s]!, this.el, this.ec);
    }
  }

  factor(): A.expr {
    const k = this.peek();
    if (k === T.PLUS || k === T.MINUS || k === T.TILDE) {
      const s = this.pos++;
      this.enter();
      const operand = this.factor();
      this.depth--;
      const o = k === T.PLUS ? UADD : k === T.MINUS ? USUB : INVERT;
      return { _type: 'UnaryOp', op: o, operand, lineno: this.tl[s]!, col_offset: this.tc[s]!, end_lineno: this.el, end_col_offset: this.ec };
    }
    return this.power();
  }

  power(): A.expr {
    const s = this.pos;
    let left: A.expr;
    if (this.at(T.KW_AWAIT)) {
      this.pos++;
      const v = this.primary();
      left = { _type: 'Await', value: v, lineno: this.tl[s]!, col_offset: this.tc[s]!, end_lineno: this.el, end_col_offset: this.ec };
    } else {
      left = this.primary();
    }
    if (this.at(T.DOUBLESTAR)) {
      this.pos++;
      this.enter();
      const right = this.factor();
      this.depth--;
      return mkBinOp(left, op('Pow'), right, this.tl[s]!, this.tc[s]!, this.el, this.ec);
    }
    return left;
  }

  primary(): A.expr {
    const s = this.pos;
    const l = this.tl[s]!, c = this.tc[s]!;
    let e = this.atom();
    let chain = this.depth;
    for (;;) {
      const k = this.kind[this.pos]!;
      if (++chain > MAX_DEPTH) this.tooDeep();
      if (k === T.DOT) {
        this.pos++;
        if (!this.at(T.NAME)) this.fail();
        const attr = this.tv[this.pos++]!;
        e = mkAttribute(e, attr, LOAD, l, c, this.el, this.ec);
      } else if (k === T.LPAR) {
        this.pos++;
        this.enter();
        const r = this.callArgs();
        this.depth--;
        e = { _type: 'Call', func: e, args: r.args, keywords: r.keywords, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
      } else if (k === T.LSQB) {
        this.pos++;
        this.enter();
        const slice = this.slices();
        this.depth--;
        this.expect(T.RSQB);
        e = mkSubscript(e, slice, LOAD, l, c, this.el, this.ec);
      } else {
        return e;
      }
    }
  }

  slices(): A.expr {
    const s = this.pos;
    const first = this.slice();
    if (!this.at(T.COMMA)) {
      if (first._type === 'Starred') return mkTuple([first], LOAD, first.lineno, first.col_offset, this.el, this.ec);
      return first;
    }
    const elts = [first];
    while (this.eat(T.COMMA)) {
      if (this.at(T.RSQB)) break;
      elts.push(this.slice());
    }
    return mkTuple(elts, LOAD, this.tl[s]!, this.tc[s]!, this.el, this.ec);
  }

  slice(): A.expr {
    const s = this.pos;
    if (this.at(T.STAR)) {
      this.pos++;
      const v = this.binary(1);
      return mkStarred(v, LOAD, this.tl[s]!, this.tc[s]!, this.el, this.ec);
    }
    let lower: A.expr | null = null;
    if (!this.at(T.COLON)) {
      const e = this.namedExpression();
      if (!this.at(T.COLON)) return e;
      if (e._type === 'NamedExpr' && this.kind[s] === T.NAME) this.fail();
      lower = e;
    }
    this.pos++; // ':'
    let upper: A.expr | null = null;
    let step: A.expr | null = null;
    let k = this.peek();
    if (k !== T.COLON && k !== T.COMMA && k !== T.RSQB) upper = this.expression();
    if (this.eat(T.COLON)) {
      k = this.peek();
      if (k !== T.COMMA && k !== T.RSQB) step = this.expression();
    }
    return { _type: 'Slice', lower, upper, step, lineno: this.tl[s]!, col_offset: this.tc[s]!, end_lineno: this.el, end_col_offset: this.ec };
  }

  /** Call arguments after '(' through ')'. */
  callArgs(): { args: A.expr[]; keywords: A.keyword[] } {
    const open = this.pos - 1;
    const args: A.expr[] = [];
    const keywords: A.keyword[] = [];
    let sawKwUnpack = false;
    // CPython reports a positional argument after keywords once all arguments are read.
    let pendingError: string | null = null;
    this.bracketDepth++;
    while (!this.at(T.RPAR)) {
      const s = this.pos;
      const l = this.tl[s]!, c = this.tc[s]!;
      if (this.at(T.STAR)) {
        if (sawKwUnpack) this.errorAtToken('iterable argument unpacking follows keyword argument unpacking');
        this.pos++;
        const v = this.expression();
        args.push(mkStarred(v, LOAD, l, c, this.el, this.ec));
      } else if (this.at(T.DOUBLESTAR)) {
        this.pos++;
        const v = this.expression();
        keywords.push(mkKeyword(null, v, l, c, this.el, this.ec));
        sawKwUnpack = true;
      } else if (this.at(T.NAME) && this.peekAt(1) === T.EQUAL) {
        const name = this.tv[s]!;
        const k2 = this.peekAt(2);
        if (k2 === T.COMMA || k2 === T.RPAR) {
          this.errorAt('expected argument value expression', l, c, this.tel[s + 1]!, this.tec[s + 1]!);
        }
        this.pos += 2;
        const v = this.expression();
        keywords.push(mkKeyword(name, v, l, c, this.el, this.ec));
      } else {
        const e = this.namedExpression();
        if (this.at(T.KW_FOR) || (this.at(T.KW_ASYNC) && this.peekAt(1) === T.KW_FOR)) {
          const gens = this.comprehensions();
          const alone = args.length === 0 && keywords.length === 0 && this.at(T.RPAR);
          if (!alone) {
            if (this.at(T.COMMA) || args.length > 0 || keywords.length > 0) {
              const lastGen = gens[gens.length - 1]!;
              const endNode = lastGen.ifs.length > 0 ? lastGen.ifs[lastGen.ifs.length - 1]! : lastGen.iter;
              this.errorOn('Generator expression must be parenthesized', e, endNode);
            }
            this.fail();
          }
          this.pos++;
          args.push({ _type: 'GeneratorExp', elt: e, generators: gens, lineno: this.tl[open]!, col_offset: this.tc[open]!, end_lineno: this.el, end_col_offset: this.ec });
          this.bracketDepth--;
          return { args, keywords };
        }
        if (this.at(T.EQUAL)) {
          const eq = this.pos;
          this.errorAt('expression cannot contain assignment, perhaps you meant "=="?', e.lineno, e.col_offset, this.tel[eq]!, this.tec[eq]!);
        }
        if (keywords.length > 0 && pendingError === null) {
          pendingError = sawKwUnpack ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument';
        }
        args.push(e);
      }
      if (!this.eat(T.COMMA)) break;
    }
    this.bracketDepth--;
    if (pendingError !== null) this.errorAtToken(pendingError);
    if (!this.at(T.RPAR)) this.missingCommaOrFail();
    this.pos++;
    return { args, keywords };
  }

  /** A display or argument list that does not close where it should. */
  missingCommaOrFail(): never {
    this.fail();
  }

  comprehensions(): A.comprehension[] {
    const gens: A.comprehension[] = [];
    for (;;) {
      let isAsync = 0;
      if (this.at(T.KW_ASYNC) && this.peekAt(1) === T.KW_FOR) { this.pos++; isAsync = 1; }
      else if (!this.at(T.KW_FOR)) break;
      this.pos++;
      const target = this.starTargets(Targets.FOR);
      if (!this.eat(T.KW_IN)) this.fail();
      const iter = this.disjunction();
      const ifs: A.expr[] = [];
      while (this.eat(T.KW_IF)) ifs.push(this.disjunction());
      gens.push({ _type: 'comprehension', target, iter, ifs, is_async: isAsync });
    }
    return gens;
  }

  atFor(): boolean {
    return this.at(T.KW_FOR) || (this.at(T.KW_ASYNC) && this.peekAt(1) === T.KW_FOR);
  }

  atom(): A.expr {
    const s = this.pos;
    const k = this.kind[s]!;
    switch (k) {
      case T.NAME:
        this.pos++;
        return mkName(this.tv[s]!, LOAD, this.tl[s]!, this.tc[s]!, this.tel[s]!, this.tec[s]!);
      case T.NUMBER:
        return this.numberAtom();
      case T.STRING: case T.FSTRING_START:
        return this.strings();
      case T.KW_NONE: this.pos++; return mkConst(null, null, this.tl[s]!, this.tc[s]!, this.tel[s]!, this.tec[s]!);
      case T.KW_TRUE: this.pos++; return mkConst(true, null, this.tl[s]!, this.tc[s]!, this.tel[s]!, this.tec[s]!);
      case T.KW_FALSE: this.pos++; return mkConst(false, null, this.tl[s]!, this.tc[s]!, this.tel[s]!, this.tec[s]!);
      case T.ELLIPSIS: this.pos++; return mkConst(ELLIPSIS, null, this.tl[s]!, this.tc[s]!, this.tel[s]!, this.tec[s]!);
      case T.LPAR: return this.parenAtom();
      case T.LSQB: return this.listAtom();
      case T.LBRACE: return this.braceAtom();
      case T.ERRORTOKEN: this.throwTokError();
    }
    this.fail();
  }

  parenAtom(): A.expr {
    const s = this.pos++;
    this.enter();
    this.bracketDepth++;
    const l = this.tl[s]!, c = this.tc[s]!;
    let result: A.expr;
    if (this.eat(T.RPAR)) {
      result = mkTuple([], LOAD, l, c, this.el, this.ec);
    } else if (this.at(T.KW_YIELD)) {
      result = this.yieldExpr();
      this.closeOrFail(T.RPAR);
    } else {
      const first = this.starNamedExpression();
      if (this.atFor()) {
        if (first._type === 'Starred') this.fail();
        const gens = this.comprehensions();
        this.closeOrFail(T.RPAR);
        result = { _type: 'GeneratorExp', elt: first, generators: gens, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
      } else if (this.at(T.COMMA)) {
        const elts = [first];
        while (this.eat(T.COMMA)) {
          if (this.at(T.RPAR)) break;
          elts.push(this.starNamedExpression());
        }
        this.closeOrFail(T.RPAR);
        result = mkTuple(elts, LOAD, l, c, this.el, this.ec);
      } else {
        this.closeOrFail(T.RPAR);
        if (first._type === 'Starred') this.errorOn('cannot use starred expression here', first);
        result = first;
      }
    }
    this.bracketDepth--;
    this.depth--;
    return result;
  }

  closeOrFail(k: number): void {
    if (this.eat(k)) return;
    this.missingCommaOrFail();
  }

  listAtom(): A.expr {
    const s = this.pos++;
    this.enter();
    this.bracketDepth++;
    const l = this.tl[s]!, c = this.tc[s]!;
    let result: A.expr;
    if (this.eat(T.RSQB)) {
      result = mkList([], LOAD, l, c, this.el, this.ec);
    } else {
      const first = this.starNamedExpression();
      if (this.atFor()) {
        if (first._type === 'Starred') this.fail();
        const gens = this.comprehensions();
        this.closeOrFail(T.RSQB);
        result = { _type: 'ListComp', elt: first, generators: gens, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
      } else {
        const elts = [first];
        while (this.eat(T.COMMA)) {
          if (this.at(T.RSQB)) break;
          elts.push(this.starNamedExpression());
        }
        this.closeOrFail(T.RSQB);
        result = mkList(elts, LOAD, l, c, this.el, this.ec);
      }
    }
    this.bracketDepth--;
    this.depth--;
    return result;
  }

  braceAtom(): A.expr {
    const s = this.pos++;
    this.enter();
    this.bracketDepth++;
    const l = this.tl[s]!, c = this.tc[s]!;
    let result: A.expr;
    if (this.eat(T.RBRACE)) {
      result = { _type: 'Dict', keys: [], values: [], lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
    } else if (this.at(T.DOUBLESTAR)) {
      result = this.dictRest(l, c, [], []);
    } else {
      const fs = this.pos;
      const first = this.starNamedExpression();
      if (this.at(T.COLON) && first._type !== 'Starred') {
        if (first._type === 'NamedExpr' && this.kind[fs] === T.NAME) this.fail();
        this.pos++;
        const value = this.expression();
        if (this.atFor()) {
          const gens = this.comprehensions();
          this.closeOrFail(T.RBRACE);
          result = { _type: 'DictComp', key: first, value, generators: gens, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
        } else if (this.eat(T.COMMA)) {
          result = this.dictRest(l, c, [first], [value]);
        } else {
          this.closeOrFail(T.RBRACE);
          result = { _type: 'Dict', keys: [first], values: [value], lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
        }
      } else if (this.atFor()) {
        if (first._type === 'Starred') this.fail();
        const gens = this.comprehensions();
        this.closeOrFail(T.RBRACE);
        result = { _type: 'SetComp', elt: first, generators: gens, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
      } else {
        const elts = [first];
        while (this.eat(T.COMMA)) {
          if (this.at(T.RBRACE)) break;
          elts.push(this.starNamedExpression());
        }
        this.closeOrFail(T.RBRACE);
        result = { _type: 'Set', elts, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
      }
    }
    this.bracketDepth--;
    this.depth--;
    return result;
  }

  /** Rest of a dict display after at least zero items and a comma, through '}'. */
  dictRest(l: number, c: number, keys: (A.expr | null)[], values: A.expr[]): A.Dict {
    while (!this.at(T.RBRACE)) {
      if (this.eat(T.DOUBLESTAR)) {
        keys.push(null);
        values.push(this.binary(1));
      } else {
        const k = this.expression();
        if (!this.at(T.COLON)) {
          if (this.at(T.COMMA) || this.at(T.RBRACE)) {
            throw new PySyntaxError('SyntaxError', "':' expected after dictionary key", this.src.filename, k.lineno,
              this.colOut(k.lineno, k.col_offset), k.end_lineno, 0, this.src.lineText(k.lineno));
          }
          this.missingCommaOrFail();
        }
        this.pos++;
        keys.push(k);
        values.push(this.expression());
      }
      if (!this.eat(T.COMMA)) break;
    }
    this.closeOrFail(T.RBRACE);
    return { _type: 'Dict', keys, values, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
  }

  yieldExpr(): A.expr {
    const s = this.pos++;
    const l = this.tl[s]!, c = this.tc[s]!;
    if (this.eat(T.KW_FROM)) {
      const value = this.expression();
      return { _type: 'YieldFrom', value, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
    }
    const k = this.peek();
    let value: A.expr | null = null;
    if (STARTS_EXPR[k] === true) value = this.starExpressions();
    return { _type: 'Yield', value, lineno: l, col_offset: c, end_lineno: this.el, end_col_offset: this.ec };
  }

  lambdef(): A.Lambda {
    const s = this.pos++;
    this.enter();
    const args = this.parameters(T.COLON, false);
    this.expect(T.COLON);
    const body = this.expression();
    this.depth--;
    return { _type: 'Lambda', args, body, lineno: this.tl[s]!, col_offset: this.tc[s]!, end_lineno: this.el, end_col_offset: this.ec };
  }

  /** Parameters up to (not including) `close`; `annotations` is false for lambda. */
  parameters(close: number, annotations: boolean): A.arguments {
    let posonly: A.arg[] = [];
    let args: A.arg[] = [];
    const defaults: A.expr[] = [];
    let vararg: A.arg | null = null;
    const kwonly: A.arg[] = [];
    const kwDefaults: (A.expr | null)[] = [];
    let kwarg: A.arg | null = null;
    let sawSlash = false;
    let sawStar = false;
    while (!this.at(close)) {
      const s = this.pos;
      if (kwarg !== null) this.errorAtToken('arguments cannot follow var-keyword argument');
      if (this.at(T.SLASH)) {
        if (sawSlash) this.errorAtToken('/ may appear only once');
        if (sawStar) this.errorAtToken('/ must be ahead of *');
        if (args.length === 0) this.errorAtToken('at least one argument must precede /');
        this.pos++;
        posonly = args;
        args = [];
        sawSlash = true;
      } else if (this.at(T.STAR)) {
        if (sawStar) this.errorAtToken('* argument may appear only once');
        this.pos++;
        sawStar = true;
        if (this.at(T.COMMA) || this.at(close)) {
          // invalid_star_etc / invalid_lambda_star_etc: a bare '*' needs a keyword-only parameter.
          const after = this.at(close) ? this.pos : this.pos + 1;
          const k = this.kind[after]!;
          if (k === close || k === T.DOUBLESTAR) this.errorAtToken('named arguments must follow bare *', close === T.COLON ? after : s);
        } else {
          vararg = this.param(annotations, true);
          if (this.at(T.EQUAL)) this.errorAtToken('var-positional argument cannot have default value');
        }
      } else if (this.at(T.DOUBLESTAR)) {
        this.pos++;
        kwarg = this.param(annotations, false);
        if (this.at(T.EQUAL)) this.errorAtToken('var-keyword argument cannot have default value');
      } else {
        if (this.at(T.LPAR)) this.parenthesizedParams(close);
        const p = this.param(annotations, false);
        let d: A.expr | null = null;
        if (this.at(T.EQUAL)) {
          const k = this.peekAt(1);
          if (k === T.COMMA || k === close) this.errorAtToken('expected default value expression');
          this.pos++;
          d = this.expression();
        }
        if (sawStar) {
          kwonly.push(p);
          kwDefaults.push(d);
        } else {
          if (d !== null) defaults.push(d);
          else if (defaults.length > 0) this.errorOn('parameter without a default follows parameter with a default', p);
          args.push(p);
        }
      }
      if (!this.eat(T.COMMA)) break;
    }
    return { _type: 'arguments', posonlyargs: posonly, args, vararg, kwonlyargs: kwonly, kw_defaults: kwDefaults, kwarg, defaults };
  }

  /** invalid_parameters: '(' param_no_default+ ','? ')' gives "Function parameters cannot be parenthesized". */
  parenthesizedParams(close: number): void {
    const a = this.pos;
    let i = a + 1;
    let n = 0;
    while (this.kind[i] === T.NAME) {
      n++;
      i++;
      if (this.kind[i] === T.COMMA) i++;
      else break;
    }
    if (n > 0 && this.kind[i] === T.RPAR) {
      const msg = close === T.COLON ? 'Lambda expression parameters cannot be parenthesized' : 'Function parameters cannot be parenthesized';
      this.errorAt(msg, this.tl[a]!, this.tc[a]!, this.tel[i]!, this.tec[i]!);
    }
    this.fail();
  }

  param(annotations: boolean, star: boolean): A.arg {
    const s = this.pos;
    if (!this.at(T.NAME)) this.fail();
    const name = this.tv[this.pos++]!;
    let annotation: A.expr | null = null;
    if (annotations && this.eat(T.COLON)) annotation = star ? this.starExpression() : this.expression();
    return mkArg(name, annotation, this.tl[s]!, this.tc[s]!, this.el, this.ec);
  }

  // ---- strings

  /** One or more adjacent string / f-string tokens: a Constant or a JoinedStr. */
  strings(): A.expr {
    const s = this.pos;
    const pieces: StrPiece[] = [];
    let isBytes: boolean | null = null;
    let hasF = false;
    let kindU: string | null = null;
    let bytesParts: Uint8Array[] = [];
    let mixed = false;
    for (;;) {
      const k = this.peek();
      if (k === T.STRING) {
        const t = this.pos++;
        const text = this.tv[t]!;
        let q = 0;
        let raw = false, bytes = false, u = false;
        for (;;) {
          const ch = text.charCodeAt(q) | 32;
          if (ch === 114) raw = true;
          else if (ch === 98) bytes = true;
          else if (ch === 117) u = true;
          else break;
          q++;
        }
        if (t === s && u) kindU = 'u';
        if (isBytes === null) isBytes = bytes;
        else if (isBytes !== bytes) mixed = true;
        const quote = text.charCodeAt(q);
        const triple = text.charCodeAt(q + 1) === quote && text.charCodeAt(q + 2) === quote && text.length >= q + 6;
        const ql = triple ? 3 : 1;
        const body = text.slice(q + ql, text.length - ql);
        if (bytes) {
          // eslint-disable-next-line no-control-regex
          if (/[^\x00-\x7f]/.test(body)) this.errorAtToken('bytes can only contain ASCII literal characters', t);
          const r = decodeBytes(body, raw);
          if (r.error !== null) this.errorAtToken(r.error, t);
          if (r.warning !== null) this.warn(r.warning, t);
          bytesParts.push(r.value);
        } else {
          let value = body;
          let cps: number[] | null = null;
          if (!this.src.ascii) {
            const bad = escapedByteError(body);
            if (bad !== null) this.errorAtToken(bad, t);
          }
          if (!raw) {
            const r = decodeStrEscapes(body);
            if (r.error !== null) this.errorAtToken(r.error, t);
            if (r.warning !== null) this.warn(r.warning, t);
            value = r.value;
            cps = r.cps;
          }
          pieces.push({ text: value, cps, node: null, l: this.tl[t]!, c: this.tc[t]!, el: this.tel[t]!, ec: this.tec[t]! });
        }
      } else if (k === T.FSTRING_START) {
        if (isBytes === true) mixed = true;
        isBytes = false;
        hasF = true;
        this.fstring(pieces);
      } else break;
    }
    if (mixed) this.errorAtToken('cannot mix bytes and nonbytes literals');
    const l = this.tl[s]!, c = this.tc[s]!, el = this.el, ec = this.ec;
    if (isBytes === true) {
      let total = 0;
      for (const b of bytesParts) total += b.length;
      const out = new Uint8Array(total);
      let o = 0;
      for (const b of bytesParts) { out.set(b, o); o += b.length; }
      bytesParts = [];
      return mkConst(out, null, l, c, el, ec);
    }
    if (!hasF) return mkConst(joinText(pieces, 0, pieces.length), kindU, l, c, el, ec);
    return { _type: 'JoinedStr', values: this.joinPieces(pieces), lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
  }

  /** Merges adjacent literal pieces into Constants (dropping empty ones) between FormattedValues. */
  joinPieces(pieces: StrPiece[]): A.expr[] {
    const values: A.expr[] = [];
    let i = 0;
    while (i < pieces.length) {
      const p = pieces[i]!;
      if (p.node !== null) { values.push(p.node); i++; continue; }
      const from = i;
      let first: StrPiece | null = null;
      let last: StrPiece | null = null;
      while (i < pieces.length && pieces[i]!.node === null) {
        const q = pieces[i]!;
        if (q.text!.length > 0) {
          if (first === null) first = q;
          last = q;
        }
        i++;
      }
      if (first !== null && last !== null) values.push(mkConst(joinText(pieces, from, i), null, first.l, first.c, last.el, last.ec));
    }
    return values;
  }

  /** FSTRING_START ... FSTRING_END, appending its pieces. */
  fstring(out: StrPiece[]): void {
    const st = this.pos++;
    const start = this.tv[st]!;
    const raw = /[rR]/.test(start.slice(0, start.length - 1).replace(/['"]/g, ''));
    for (;;) {
      const k = this.peek();
      if (k === T.FSTRING_END) { this.pos++; return; }
      if (k === T.FSTRING_MIDDLE) {
        const t = this.pos++;
        out.push(this.middlePiece(t, raw));
        continue;
      }
      if (k === T.LBRACE) {
        this.replacementField(out, raw);
        continue;
      }
      if (k === T.ERRORTOKEN) this.throwTokError();
      this.fail();
    }
  }

  middlePiece(t: number, raw: boolean): StrPiece {
    let value = this.tv[t]!;
    let cps: number[] | null = null;
    if (!this.src.ascii) {
      const bad = escapedByteError(value);
      if (bad !== null) this.errorAtToken(bad, t);
    }
    if (!raw) {
      const r = decodeStrEscapes(value);
      if (r.error !== null) this.errorAtToken(r.error, t);
      if (r.warning !== null) this.warn(r.warning, t);
      value = r.value;
      cps = r.cps;
    }
    return { text: value, cps, node: null, l: this.tl[t]!, c: this.tc[t]!, el: this.tel[t]!, ec: this.tec[t]! };
  }

  replacementField(out: StrPiece[], raw: boolean): void {
    const lb = this.pos++;
    this.enter();
    // invalid_replacement_field, in the grammar's order.
    const k0 = this.peek();
    if (k0 === T.EQUAL || k0 === T.EXCLAMATION || k0 === T.COLON || k0 === T.RBRACE) {
      this.errorAtToken(`f-string: valid expression required before '${T.TOKEN_TEXT[k0]}'`);
    }
    if (k0 === T.ERRORTOKEN) this.throwTokError();
    if (STARTS_EXPR[k0] !== true && k0 !== T.KW_YIELD) this.errorAtToken("f-string: expecting a valid expression after '{'");
    if (this.at(T.KW_LAMBDA)) {
      const ls = this.pos;
      const save = this.pos;
      try {
        this.pos++;
        this.parameters(T.COLON, false);
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
      }
      if (this.at(T.COLON)) {
        this.errorAt('f-string: lambda expressions are not allowed without parentheses', this.tl[ls]!, this.tc[ls]!, this.tel[this.pos]!, this.tec[this.pos]!);
      }
      this.pos = save;
    }
    const value = this.at(T.KW_YIELD) ? this.yieldExpr() : this.starExpressions();
    let conversion = -1;
    let debug = false;
    const k1 = this.peek();
    if (k1 === T.ERRORTOKEN) this.throwTokError();
    if (k1 !== T.EQUAL && k1 !== T.EXCLAMATION && k1 !== T.COLON && k1 !== T.RBRACE) {
      this.errorAtToken("f-string: expecting '=', or '!', or ':', or '}'");
    }
    if (this.at(T.EQUAL)) {
      this.pos++;
      debug = true;
      // The debug text runs from after '{' to the start of the next token, without comments.
      let text = '';
      const st = this.toks.start, en = this.toks.end, src = this.src.text;
      for (let i = lb; i < this.pos; i++) {
        const gap = src.slice(en[i]!, st[i + 1]!);
        text += gap.indexOf('#') === -1 ? gap : gap.replace(/#[^\n]*/g, '');
        if (i + 1 < this.pos) text += src.slice(st[i + 1]!, en[i + 1]!);
      }
      const nl = this.tl[lb]!, nc = this.tec[lb]!;
      out.push({ text, cps: null, node: null, l: nl, c: nc, el: this.tl[this.pos]!, ec: this.tc[this.pos]! });
      const k2 = this.peek();
      if (k2 === T.ERRORTOKEN) this.throwTokError();
      if (k2 !== T.EXCLAMATION && k2 !== T.COLON && k2 !== T.RBRACE) this.errorAtToken("f-string: expecting '!', or ':', or '}'");
    }
    if (this.at(T.EXCLAMATION)) {
      const ex = this.pos++;
      if (this.at(T.COLON) || this.at(T.RBRACE)) this.errorAtToken('f-string: missing conversion character');
      if (this.at(T.ERRORTOKEN)) this.throwTokError();
      if (!this.at(T.NAME)) this.errorAtToken('f-string: invalid conversion character');
      const t = this.pos;
      if (this.toks.start[t] !== this.toks.end[ex]) {
        this.errorAt('f-string: conversion type must come right after the exclamanation mark', this.tl[ex]!, this.tc[ex]!, this.tel[t]!, this.tec[t]!);
      }
      const cv = this.tv[t] ?? T.TOKEN_TEXT[this.kind[t]!]!;
      if (cv !== 's' && cv !== 'r' && cv !== 'a') {
        this.errorAtToken(`f-string: invalid conversion character '${cv}': expected 's', 'r', or 'a'`, t);
      }
      this.pos++;
      conversion = cv.charCodeAt(0);
      if (this.at(T.ERRORTOKEN)) this.throwTokError();
      if (!this.at(T.COLON) && !this.at(T.RBRACE)) this.errorAtToken("f-string: expecting ':' or '}'");
    }
    let formatSpec: A.expr | null = null;
    if (this.at(T.COLON)) {
      const cs = this.pos++;
      // Each spec piece is its own node; empty Constants stay, except a lone one (3.11 compatibility).
      let specValues: A.expr[] = [];
      for (;;) {
        const k = this.peek();
        if (k === T.FSTRING_MIDDLE) {
          const p = this.middlePiece(this.pos++, raw);
          specValues.push(mkConst(joinText([p], 0, 1), null, p.l, p.c, p.el, p.ec));
          continue;
        }
        if (k === T.LBRACE) {
          const tmp: StrPiece[] = [];
          this.replacementField(tmp, raw);
          for (const p of tmp) specValues.push(p.node !== null ? p.node : mkConst(joinText([p], 0, 1), null, p.l, p.c, p.el, p.ec));
          continue;
        }
        break;
      }
      if (specValues.length === 1 && specValues[0]!._type === 'Constant' && specValues[0]!.value === '') specValues = [];
      if (!this.at(T.RBRACE)) {
        if (this.at(T.ERRORTOKEN)) this.throwTokError();
        this.errorAtToken("f-string: expecting '}', or format specs");
      }
      formatSpec = { _type: 'JoinedStr', values: specValues, lineno: this.tl[cs]!, col_offset: this.tc[cs]!, end_lineno: this.tl[this.pos]!, end_col_offset: this.tc[this.pos]! };
    }
    if (!this.at(T.RBRACE)) {
      if (this.at(T.ERRORTOKEN)) this.throwTokError();
      this.errorAtToken("f-string: expecting '}'");
    }
    this.pos++;
    if (debug && conversion === -1 && formatSpec === null) conversion = 114;
    const node: A.FormattedValue = { _type: 'FormattedValue', value, conversion, format_spec: formatSpec, lineno: this.tl[lb]!, col_offset: this.tc[lb]!, end_lineno: this.el, end_col_offset: this.ec };
    out.push({ text: null, cps: null, node, l: 0, c: 0, el: 0, ec: 0 });
    this.depth--;
  }
}

/** The str value of literal pieces [from, to): a JS string, or code points when escapes made surrogates. */
function joinText(pieces: StrPiece[], from: number, to: number): string | A.PyStrCodePoints {
  let text = '';
  let special = false;
  for (let i = from; i < to; i++) {
    const p = pieces[i]!;
    if (p.text !== null) text += p.text;
    if (p.cps !== null) special = true;
  }
  if (!special) return text;
  const cps: number[] = [];
  for (let i = from; i < to; i++) {
    const p = pieces[i]!;
    if (p.cps !== null) { for (const c of p.cps) cps.push(c); }
    else if (p.text !== null) { for (const ch of p.text) cps.push(ch.codePointAt(0)!); }
  }
  return { _codepoints: true, cps };
}

/** The grammar's !(list|tuple|genexp|'True'|'None'|'False') lookahead at the start of `e`. */
function startsWithExcludedAtom(e: A.expr, paren: boolean): boolean {
  if (paren) return e._type === 'Tuple' || e._type === 'GeneratorExp';
  let x: A.expr = e;
  for (;;) {
    if (x._type === 'BinOp') x = x.left;
    else if (x._type === 'Attribute' || x._type === 'Subscript') x = x.value;
    else if (x._type === 'Call') x = x.func;
    else break;
  }
  if (x._type === 'List' || x._type === 'Tuple' || x._type === 'GeneratorExp') return true;
  return x._type === 'Constant' && (x.value === true || x.value === false || x.value === null);
}

function isImag(v: A.ConstantValue): boolean {
  return typeof v === 'object' && v !== null && '_complex' in v;
}

/** True for expressions that the grammar's bitwise_or rule can produce (not comparisons, not/and/or, etc.). */
function isBitwiseOr(e: A.expr): boolean {
  const t = e._type;
  return t !== 'Compare' && t !== 'BoolOp' && t !== 'IfExp' && t !== 'Lambda' && t !== 'NamedExpr' &&
    t !== 'Starred' && !(t === 'UnaryOp' && e.op._type === 'Not') && t !== 'Yield' && t !== 'YieldFrom';
}

