// Code generation: AST (after constant folding) + symbol tables -> one control-flow graph per code
// unit -> CodeUnit. Mirrors CPython 3.12's Python/compile.c function by function (names in comments
// are compile.c's), including PEP 709 inlined comprehensions, exception-table pseudo instructions
// (SETUP_FINALLY/SETUP_CLEANUP/SETUP_WITH/POP_BLOCK) and pattern matching.
// Invariant: never touches the heap; compile errors are thrown as PySyntaxError with CPython's text.

import type * as A from '../parser/ast.ts';
import { PySyntaxError, type PyParserWarning } from '../parser/errors.ts';
import * as O from '../bytecode/opcodes.ts';
import {
  type CodeUnit, type CompileOptions, type ConstValue,
  CO_OPTIMIZED, CO_NEWLOCALS, CO_NESTED, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, CO_VARARGS,
  CO_VARKEYWORDS, CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_HIDDEN,
} from './codeunit.ts';
import { NONE, constFromAst, constKey, strConst, TRUE, FALSE } from './consts.ts';
import { Block, type Instr, assemble } from './flowgraph.ts';
import { foldModule } from './fold.ts';
import {
  type Scope, type SymbolTable, buildSymtable, mangle, sourceLine,
  LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL, SCOPE_OFFSET, SCOPE_MASK,
  DEF_LOCAL, DEF_NONLOCAL, DEF_IMPORT, DEF_COMP_CELL, DEF_FREE_CLASS,
} from './symtable.ts';
import { unparseAnnotation } from './unparse.ts';

type Loc = { lineno: number; end_lineno: number; col_offset: number; end_col_offset: number };
const NO_LOC: Loc = { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 };
const STACK_USE_GUIDELINE = 30;
const CO_MAXBLOCKS = 20;

// Future feature flags (Include/cpython/compile.h), merged into every code object's co_flags.
const FUTURE_FLAGS: Record<string, number> = {
  // Only barry_as_FLUFL and annotations still change anything (future.c); the others are accepted no-ops.
  nested_scopes: 0, generators: 0, division: 0, absolute_import: 0, with_statement: 0,
  print_function: 0, unicode_literals: 0, barry_as_FLUFL: 0x400000, generator_stop: 0,
  annotations: 0x1000000,
};
const CO_FUTURE_ANNOTATIONS = 0x1000000;

type ScopeType = 'module' | 'class' | 'function' | 'async' | 'lambda' | 'comprehension' | 'typeparams';
type FBType = 'while' | 'for' | 'try_except' | 'finally_try' | 'finally_end' | 'with' | 'async_with'
  | 'handler_cleanup' | 'pop_value' | 'exception_handler' | 'exception_group_handler' | 'async_comprehension_generator';

interface FBlock { type: FBType; block: Block | null; exit: Block | null; datum: unknown }

class Unit {
  readonly consts: ConstValue[] = [];
  readonly constMap = new Map<string, number>();
  readonly names = new Map<string, number>();
  readonly varnames = new Map<string, number>();
  readonly cellvars = new Map<string, number>();
  readonly freevars = new Map<string, number>();
  readonly fasthidden = new Map<string, boolean>();
  readonly fblocks: FBlock[] = [];
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  inInlinedComp = 0;
  qualname = '';
  readonly entry: Block;
  cur: Block;
  readonly allBlocks: Block[] = [];

  constructor(readonly ste: Scope, readonly name: string, readonly scopeType: ScopeType,
    readonly firstlineno: number, public private_: string | null) {
    this.entry = new Block();
    this.cur = this.entry;
    this.allBlocks.push(this.entry);
  }

  newBlock(): Block {
    const b = new Block();
    this.allBlocks.push(b);
    return b;
  }
}

interface PatternContext { stores: string[]; allowIrrefutable: boolean; failPop: Block[]; onTop: number }

function locOf(n: { lineno: number; end_lineno: number; col_offset: number; end_col_offset: number }): Loc {
  return { lineno: n.lineno, end_lineno: n.end_lineno, col_offset: n.col_offset, end_col_offset: n.end_col_offset };
}

function isConstant(e: A.expr | null): e is A.Constant {
  return e !== null && e._type === 'Constant';
}

function getDocString(body: A.stmt[]): A.Constant | null {
  if (body.length === 0) return null;
  const s = body[0]!;
  if (s._type !== 'Expr') return null;
  const v = s.value;
  if (v._type === 'Constant' && constFromAst(v.value).kind === 'str') return v;
  return null;
}

function findAnn(stmts: A.stmt[]): boolean {
  for (const s of stmts) {
    switch (s._type) {
      case 'AnnAssign': return true;
      case 'For': case 'AsyncFor': case 'While': case 'If':
        if (findAnn(s.body) || findAnn(s.orelse)) return true;
        break;
      case 'With': case 'AsyncWith':
        if (findAnn(s.body)) return true;
        break;
      case 'Try': case 'TryStar':
        for (const h of s.handlers) if (findAnn(h.body)) return true;
        if (findAnn(s.body) || findAnn(s.finalbody) || findAnn(s.orelse)) return true;
        break;
      case 'Match':
        for (const c of s.cases) if (findAnn(c.body)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

const BINOPS: Record<string, number> = {
  Add: O.NB_ADD, Sub: O.NB_SUBTRACT, Mult: O.NB_MULTIPLY, MatMult: O.NB_MATRIX_MULTIPLY, Div: O.NB_TRUE_DIVIDE,
  Mod: O.NB_REMAINDER, Pow: O.NB_POWER, LShift: O.NB_LSHIFT, RShift: O.NB_RSHIFT, BitOr: O.NB_OR,
  BitXor: O.NB_XOR, BitAnd: O.NB_AND, FloorDiv: O.NB_FLOOR_DIVIDE,
};
const INPLACE = 13; // NB_INPLACE_ADD - NB_ADD

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** The Python type name compile.c's infer_type gives an expression, or null when it cannot tell. */
function inferType(e: A.expr): string | null {
  switch (e._type) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    case 'Constant': {
      const c = constFromAst(e.value);
      const names: Record<string, string> = { none: 'NoneType', bool: 'bool', int: 'int', float: 'float', complex: 'complex',
        str: 'str', bytes: 'bytes', ellipsis: 'ellipsis', tuple: 'tuple', frozenset: 'frozenset', code: 'code' };
      return names[c.kind]!;
    }
    default: return null;
  }
}

/** check_is_arg: true unless `e` is a literal other than None, True, False and Ellipsis. */
function isArgOfIs(e: A.expr): boolean {
  if (e._type !== 'Constant') return true;
  const k = constFromAst(e.value).kind;
  return k === 'none' || k === 'bool' || k === 'ellipsis';
}

function isWildcard(p: A.pattern): boolean {
  return p._type === 'MatchAs' && p.pattern === null && p.name === null;
}
function isStarWildcard(p: A.pattern): boolean {
  return p._type === 'MatchStar' && p.name === null;
}

/** Python repr of a pattern-capture name or constant, for error messages. */
function pyRepr(v: A.ConstantValue | string): string {
  if (typeof v === 'string') {
    const q = v.includes("'") && !v.includes('"') ? '"' : "'";
    let out = '';
    for (const ch of v) {
      if (ch === q || ch === '\\') out += '\\' + ch;
      else if (ch === '\n') out += '\\n';
      else if (ch === '\r') out += '\\r';
      else if (ch === '\t') out += '\\t';
      else out += ch;
    }
    return q + out + q;
  }
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number' || typeof v === 'bigint') return v.toString();
  if (v instanceof Uint8Array) return "b'" + Array.from(v).map((b) => (b >= 32 && b < 127 && b !== 39 && b !== 92 ? String.fromCharCode(b) : '\\x' + b.toString(16).padStart(2, '0'))).join('') + "'";
  if ('_float' in v) return Number.isInteger(v.value) ? v.value.toFixed(1) : String(v.value);
  if ('_complex' in v) return `${v.imag}j`;
  return '...';
}

class Compiler {
  st!: SymbolTable;
  u!: Unit;
  hasUnit = false;
  readonly stack: Unit[] = [];
  futureFeatures = 0;
  futureLoc = { lineno: -1, col: -1 };
  interactive = false;
  nestlevel = 0;

  /** SyntaxWarnings issued so far, in the order compile.c issues them (compiler_warn). */
  warnings: PyParserWarning[] = [];

  constructor(readonly filename: string, readonly optimize: number, readonly source: string | undefined) {}

  warn(msg: string, loc: Loc): void {
    // compiler_warn: with the 'error' filter the warning becomes this SyntaxError (compiler_error).
    const error = new PySyntaxError('SyntaxError', msg, this.filename, loc.lineno, loc.col_offset + 1, loc.end_lineno,
      loc.end_col_offset + 1, sourceLine(this.source, loc.lineno));
    this.warnings.push({ category: 'SyntaxWarning', msg, filename: this.filename, lineno: loc.lineno, error });
  }

  /** check_compare: `is` / `is not` with a literal other than None, True, False or Ellipsis. */
  checkCompare(e: A.Compare): void {
    let left = isArgOfIs(e.left);
    let leftExpr = e.left;
    for (let i = 0; i < e.ops.length; i++) {
      const op = e.ops[i]!._type;
      const rightExpr = e.comparators[i]!;
      const right = isArgOfIs(rightExpr);
      if ((op === 'Is' || op === 'IsNot') && (!right || !left)) {
        const literal = !left ? leftExpr : rightExpr;
        this.warn(op === 'Is' ? `"is" with '${inferType(literal)}' literal. Did you mean "=="?`
          : `"is not" with '${inferType(literal)}' literal. Did you mean "!="?`, locOf(e));
        return;
      }
      left = right;
      leftExpr = rightExpr;
    }
  }

  /** check_caller: calling a literal that cannot be callable. */
  checkCaller(e: A.expr): void {
    switch (e._type) {
      case 'Constant': case 'Tuple': case 'List': case 'ListComp': case 'Dict': case 'DictComp': case 'Set':
      case 'SetComp': case 'GeneratorExp': case 'JoinedStr': case 'FormattedValue':
        this.warn(`'${inferType(e)}' object is not callable; perhaps you missed a comma?`, locOf(e));
        break;
      default: break;
    }
  }

  /** check_subscripter and check_index, for a subscript that loads. */
  checkSubscript(value: A.expr, index: A.expr): void {
    let warnSub = false;
    if (value._type === 'Constant') {
      const k = constFromAst(value.value).kind;
      warnSub = k === 'none' || k === 'ellipsis' || k === 'int' || k === 'bool' || k === 'float' || k === 'complex' || k === 'frozenset';
    } else warnSub = value._type === 'Set' || value._type === 'SetComp' || value._type === 'GeneratorExp' || value._type === 'Lambda';
    if (warnSub) {
      this.warn(`'${inferType(value)}' object is not subscriptable; perhaps you missed a comma?`, locOf(value));
      return;
    }
    const indexType = inferType(index);
    if (indexType === null || indexType === 'int' || indexType === 'bool' || index._type === 'Slice') return;
    let seq = false;
    if (value._type === 'Constant') {
      const k = constFromAst(value.value).kind;
      seq = k === 'str' || k === 'bytes' || k === 'tuple';
    } else seq = value._type === 'Tuple' || value._type === 'List' || value._type === 'ListComp' || value._type === 'JoinedStr' || value._type === 'FormattedValue';
    if (seq) {
      this.warn(`${inferType(value)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`, locOf(value));
    }
  }

  error(msg: string, loc: Loc): never {
    if (loc.lineno < 0) throw new PySyntaxError('SyntaxError', msg, this.filename, null, null, null, null, null);
    throw new PySyntaxError('SyntaxError', msg, this.filename, loc.lineno, loc.col_offset + 1, loc.end_lineno,
      loc.end_col_offset + 1, sourceLine(this.source, loc.lineno));
  }

  // ---- emission ----

  addop(op: number, arg: number, loc: Loc, target: Block | null = null): void {
    const u = this.u;
    let b = u.cur;
    const last = b.instrs.length > 0 ? b.instrs[b.instrs.length - 1]! : null;
    if (last !== null && (last.target !== null && !(last.op === O.SETUP_FINALLY || last.op === O.SETUP_CLEANUP || last.op === O.SETUP_WITH)
      || O.opcodeInfo(last.op).terminates)) {
      // Instructions after a jump or exit start a new block (CPython's instruction sequence does this).
      const nb = u.newBlock();
      b.next = nb;
      u.cur = nb;
      b = nb;
    }
    const i: Instr = { op, arg, target, lineno: loc.lineno, endLineno: loc.end_lineno, col: loc.col_offset, endCol: loc.end_col_offset, except: null };
    b.instrs.push(i);
  }

  op(op: number, loc: Loc): void { this.addop(op, 0, loc); }
  opi(op: number, arg: number, loc: Loc): void { this.addop(op, arg, loc); }
  jump(op: number, target: Block, loc: Loc): void { this.addop(op, 0, loc, target); }

  useBlock(b: Block): void {
    const u = this.u;
    b.labelled = true;
    u.cur.next = b;
    u.cur = b;
  }

  newBlock(): Block { return this.u.newBlock(); }

  addConst(c: ConstValue, u: Unit = this.u): number {
    const key = constKey(c);
    let idx = u.constMap.get(key);
    if (idx === undefined) {
      idx = u.consts.length;
      u.consts.push(c);
      u.constMap.set(key, idx);
    }
    return idx;
  }

  loadConst(c: ConstValue, loc: Loc): void {
    this.opi(O.LOAD_CONST, this.addConst(c), loc);
  }

  nameIndex(map: Map<string, number>, name: string): number {
    let i = map.get(name);
    if (i === undefined) { i = map.size; map.set(name, i); }
    return i;
  }

  /** ADDOP_NAME: a mangled name in co_names, with LOAD_ATTR/LOAD_METHOD/LOAD_SUPER_* arg encoding. */
  addopName(op: number, name: string, loc: Loc): void {
    const mangled = mangle(this.u.private_, name);
    let arg = this.nameIndex(this.u.names, mangled);
    switch (op) {
      case O.LOAD_ATTR: arg <<= 1; break;
      case O.LOAD_METHOD: op = O.LOAD_ATTR; arg = (arg << 1) | 1; break;
      case O.LOAD_SUPER_ATTR: arg = (arg << 2) | 2; break;
      case O.LOAD_SUPER_METHOD: op = O.LOAD_SUPER_ATTR; arg = (arg << 2) | 3; break;
      case O.LOAD_ZERO_SUPER_ATTR: op = O.LOAD_SUPER_ATTR; arg <<= 2; break;
      case O.LOAD_ZERO_SUPER_METHOD: op = O.LOAD_SUPER_ATTR; arg = (arg << 2) | 1; break;
      default: break;
    }
    this.opi(op, arg, loc);
  }

  /** Cell/free index as compile.c keeps it until fix_cell_offsets: cells first, then frees. */
  derefIndex(name: string, preferFree = false): number {
    const u = this.u;
    if (!preferFree) {
      const c = u.cellvars.get(name);
      if (c !== undefined) return c;
    }
    const f = u.freevars.get(name);
    if (f !== undefined) return f;
    const c = u.cellvars.get(name);
    if (c !== undefined) return c;
    throw new Error(`compiler: no cell or free variable '${name}' in ${u.name}`);
  }

  // ---- scopes ----

  enterScope(name: string, scopeType: ScopeType, key: object, lineno: number): void {
    const ste = this.st.blocks.get(key);
    if (ste === undefined) throw new Error(`compiler: no symbol table for ${name}`);
    const parent = this.hasUnit ? this.u : null;
    this.hasUnit = true;
    const private_ = scopeType === 'class' ? name : parent !== null ? parent.private_ : null;
    const u = new Unit(ste, name, scopeType, lineno, private_);
    for (const v of ste.varnames) this.nameIndex(u.varnames, v);
    const sorted = [...ste.symbols.keys()].sort();
    for (const k of sorted) {
      const f = ste.symbols.get(k)!;
      const sc = (f >> SCOPE_OFFSET) & SCOPE_MASK;
      if (sc === CELL || (f & DEF_COMP_CELL)) u.cellvars.set(k, u.cellvars.size);
    }
    if (ste.needsClassClosure) this.nameIndex(u.cellvars, '__class__');
    if (ste.needsClassdict) this.nameIndex(u.cellvars, '__classdict__');
    const ncells = u.cellvars.size;
    for (const k of sorted) {
      const f = ste.symbols.get(k)!;
      const sc = (f >> SCOPE_OFFSET) & SCOPE_MASK;
      if (sc === FREE || (f & DEF_FREE_CLASS)) u.freevars.set(k, ncells + u.freevars.size);
    }
    if (parent !== null) this.stack.push(parent);
    this.u = u;
    this.nestlevel++;
    let loc: Loc = { lineno, end_lineno: lineno, col_offset: 0, end_col_offset: 0 };
    if (scopeType === 'module') loc = { lineno: 0, end_lineno: lineno, col_offset: 0, end_col_offset: 0 }; // compile.c: only lineno is zeroed
    else this.setQualname();
    this.opi(O.RESUME, 0, loc);
  }

  exitScope(): void {
    this.nestlevel--;
    const p = this.stack.pop();
    if (p !== undefined) this.u = p;
    else this.hasUnit = false;
  }

  setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    const n = this.stack.length;
    if (n > 0) {
      let parent = this.stack[n - 1]!;
      if (parent.scopeType === 'typeparams') {
        if (n === 1) { u.qualname = u.name; return; }
        parent = this.stack[n - 2]!;
      }
      let forceGlobal = false;
      if (u.scopeType === 'function' || u.scopeType === 'async' || u.scopeType === 'class') {
        const m = mangle(parent.private_, u.name);
        if (parent.ste.getScope(m) === GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (parent.scopeType === 'function' || parent.scopeType === 'async' || parent.scopeType === 'lambda') base = parent.qualname + '.<locals>';
        else if (parent.scopeType !== 'module') base = parent.qualname;
      }
    }
    u.qualname = base !== null ? base + '.' + u.name : u.name;
  }

  /** optimize_and_assemble: CFG passes and layout for the current unit. */
  assembleUnit(addNone: boolean): CodeUnit {
    const u = this.u;
    // add_return_at_end
    if (addNone) this.loadConst(NONE, NO_LOC);
    this.op(O.RETURN_VALUE, NO_LOC);
    const ste = u.ste;
    let flags = 0;
    if (ste.isFunctionLike) {
      flags |= CO_NEWLOCALS | CO_OPTIMIZED;
      if (ste.nested) flags |= CO_NESTED;
      if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
      if (!ste.generator && ste.coroutine) flags |= CO_COROUTINE;
      if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
      if (ste.varargs) flags |= CO_VARARGS;
      if (ste.varkeywords) flags |= CO_VARKEYWORDS;
    }
    flags |= this.futureFeatures;

    // localsplus (compute_localsplus_info / build_cellfixedoffsets)
    const nlocals = u.varnames.size;
    const varnames = [...u.varnames.keys()];
    const cellnames = [...u.cellvars.keys()];
    const freenames = [...u.freevars.keys()];
    const ncells = cellnames.length;
    const fixed = new Int32Array(ncells + freenames.length);
    for (let i = 0; i < fixed.length; i++) fixed[i] = nlocals + i;
    for (let i = 0; i < ncells; i++) {
      const vi = u.varnames.get(cellnames[i]!);
      if (vi !== undefined) fixed[i] = vi;
    }
    let dropped = 0;
    for (let i = 0; i < fixed.length; i++) {
      if (fixed[i] === i + nlocals) fixed[i]! -= dropped;
      else dropped++;
    }
    const nlocalsplus = nlocals + ncells + freenames.length - dropped;
    const names: string[] = new Array(nlocalsplus);
    const kinds = new Uint8Array(nlocalsplus);
    for (let i = 0; i < nlocals; i++) {
      names[i] = varnames[i]!;
      kinds[i] = CO_FAST_LOCAL | (u.fasthidden.has(varnames[i]!) ? CO_FAST_HIDDEN : 0);
    }
    for (let i = 0; i < ncells; i++) {
      const j = fixed[i]!;
      names[j] = cellnames[i]!;
      kinds[j]! |= CO_FAST_CELL;
    }
    for (let i = 0; i < freenames.length; i++) {
      const j = fixed[ncells + i]!;
      names[j] = freenames[i]!;
      kinds[j] = CO_FAST_FREE;
    }
    for (const b of u.allBlocks) {
      for (const i of b.instrs) {
        switch (i.op) {
          case O.MAKE_CELL: case O.LOAD_CLOSURE: case O.LOAD_DEREF: case O.STORE_DEREF:
          case O.DELETE_DEREF: case O.LOAD_FROM_DICT_OR_DEREF:
            i.arg = fixed[i.arg]!;
            break;
          default:
            break;
        }
      }
    }
    // insert_prefix_instructions
    const prefix: Instr[] = [];
    const mk = (op: number, arg: number, lineno = -1, endLineno = -1): Instr =>
      ({ op, arg, target: null, lineno, endLineno, col: -1, endCol: -1, except: null });
    if (freenames.length > 0) prefix.push(mk(O.COPY_FREE_VARS, freenames.length));
    const cellSlots: number[] = [];
    for (let i = 0; i < ncells; i++) cellSlots.push(fixed[i]!);
    cellSlots.sort((a, b) => a - b);
    for (const s of cellSlots) prefix.push(mk(O.MAKE_CELL, s));
    if (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
      prefix.push(mk(O.RETURN_GENERATOR, 0, u.firstlineno, u.firstlineno));
      prefix.push(mk(O.POP_TOP, 0));
    }
    const nparams = u.argcount + u.kwonlyargcount + (flags & CO_VARARGS ? 1 : 0) + (flags & CO_VARKEYWORDS ? 1 : 0);
    const out = assemble({
      entry: u.entry, consts: u.consts, nlocals, nparams,
      newBlock: () => u.newBlock(),
      addConst: (c) => this.addConst(c, u),
      prefix,
      generator: (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0,
      firstlineno: u.firstlineno,
    });
    return {
      name: u.name, qualname: u.qualname, filename: this.filename, firstlineno: u.firstlineno,
      argcount: u.argcount, posonlyargcount: u.posonlyargcount, kwonlyargcount: u.kwonlyargcount,
      flags, stacksize: out.stacksize, code: out.code, consts: out.consts, names: [...u.names.keys()],
      localsplusnames: names, localspluskinds: kinds, nlocals, ncellvars: ncells, nfreevars: freenames.length,
      exceptiontable: out.exceptiontable, lines: out.lines, endLines: out.endLines, cols: out.cols, endCols: out.endCols,
    };
  }

  // ---- module ----

  parseFuture(tree: A.Module | A.Expression | A.Interactive): void {
    if (tree._type === 'Expression') return;
    const body = tree.body;
    let i = 0;
    if (tree._type === 'Module' && getDocString(body) !== null) i++;
    let done = false;
    let prevLine = 0;
    for (; i < body.length; i++) {
      const s = body[i]!;
      if (done && s.lineno > prevLine) return;
      prevLine = s.lineno;
      if (s._type === 'ImportFrom' && s.module === '__future__') {
        if (done) {
          throw new PySyntaxError('SyntaxError', 'from __future__ imports must occur at the beginning of the file',
            this.filename, s.lineno, s.col_offset + 1, s.end_lineno, s.end_col_offset + 1, sourceLine(this.source, s.lineno));
        }
        for (const a of s.names) {
          const f = FUTURE_FLAGS[a.name];
          if (f === undefined) {
            const msg = a.name === 'braces' ? 'not a chance' : `future feature ${a.name} is not defined`;
            // future.c reports these through PyErr_SyntaxLocationObject: no end offset.
            throw new PySyntaxError('SyntaxError', msg, this.filename, s.lineno, s.col_offset + 1, s.lineno,
              null, sourceLine(this.source, s.lineno));
          }
          this.futureFeatures |= f;
        }
        this.futureLoc = { lineno: s.lineno, col: s.col_offset };
      } else {
        done = true;
      }
    }
  }

  /** The tree's type follows compile()'s mode: parseSource gives Module, Expression or Interactive. */
  compileMod(tree0: A.Module | A.Expression | A.Interactive, mode: 'exec' | 'eval' | 'single'): CodeUnit {
    let tree = tree0;
    const want = mode === 'exec' ? 'Module' : mode === 'eval' ? 'Expression' : 'Interactive';
    if (tree._type !== want) throw new Error(`compiler: mode '${mode}' needs a ${want} tree, not ${tree._type}`);
    this.parseFuture(tree);
    tree = foldModule(tree, this.optimize);
    this.st = buildSymtable(tree, this.filename, (this.futureFeatures & CO_FUTURE_ANNOTATIONS) !== 0, this.source);
    this.enterScope('<module>', 'module', tree, 1);
    this.u.qualname = '<module>';
    let addNone = true;
    if (tree._type === 'Module') {
      this.body(tree.body, NO_LOC);
    } else if (tree._type === 'Interactive') {
      this.interactive = true;
      if (findAnn(tree.body)) this.op(O.SETUP_ANNOTATIONS, tree.body.length > 0 ? locOf(tree.body[0]!) : NO_LOC);
      this.stmts(tree.body);
    } else {
      this.expr(tree.body);
      addNone = false;
    }
    const code = this.assembleUnit(addNone);
    this.exitScope();
    return code;
  }

  /** compiler_body: SETUP_ANNOTATIONS, the docstring as __doc__, then the statements. */
  body(stmts: A.stmt[], loc0: Loc): void {
    let loc = loc0;
    if (this.u.scopeType === 'module' && stmts.length > 0) loc = locOf(stmts[0]!);
    if (findAnn(stmts)) this.op(O.SETUP_ANNOTATIONS, loc);
    if (stmts.length === 0) return;
    let i = 0;
    if (this.optimize < 2) {
      const doc = getDocString(stmts);
      if (doc !== null) {
        i = 1;
        this.expr(doc);
        this.nameop('__doc__', 'Store', NO_LOC);
      }
    }
    for (; i < stmts.length; i++) this.stmt(stmts[i]!);
  }

  stmts(ss: A.stmt[]): void {
    for (const s of ss) this.stmt(s);
  }

  // ---- names ----

  forbiddenName(name: string, ctx: 'Load' | 'Store' | 'Del', loc: Loc): void {
    if (ctx === 'Store' && name === '__debug__') this.error('cannot assign to __debug__', loc);
    if (ctx === 'Del' && name === '__debug__') this.error('cannot delete __debug__', loc);
  }

  nameop(name: string, ctx: 'Load' | 'Store' | 'Del', loc: Loc): void {
    this.forbiddenName(name, ctx, loc);
    const u = this.u;
    const mangled = mangle(u.private_, name);
    const scope = u.ste.getScope(mangled);
    let optype: 'name' | 'fast' | 'deref' | 'global' = 'name';
    switch (scope) {
      case FREE: case CELL: optype = 'deref'; break;
      case LOCAL:
        if (u.ste.isFunctionLike || u.fasthidden.get(mangled) === true) optype = 'fast';
        break;
      case GLOBAL_IMPLICIT:
        if (u.ste.isFunctionLike) optype = 'global';
        break;
      case GLOBAL_EXPLICIT: optype = 'global'; break;
      default: break;
    }
    switch (optype) {
      case 'deref': {
        const idx = this.derefIndex(mangled, scope === FREE);
        if (ctx === 'Load') {
          if (u.ste.type === 'class' && u.inInlinedComp === 0) {
            this.op(O.LOAD_LOCALS, loc);
            this.opi(O.LOAD_FROM_DICT_OR_DEREF, idx, loc);
          } else if (u.ste.canSeeClassScope) {
            this.opi(O.LOAD_DEREF, this.derefIndex('__classdict__', true), loc);
            this.opi(O.LOAD_FROM_DICT_OR_DEREF, idx, loc);
          } else {
            this.opi(O.LOAD_DEREF, idx, loc);
          }
        } else {
          this.opi(ctx === 'Store' ? O.STORE_DEREF : O.DELETE_DEREF, idx, loc);
        }
        return;
      }
      case 'fast': {
        const idx = this.nameIndex(u.varnames, mangled);
        this.opi(ctx === 'Load' ? O.LOAD_FAST : ctx === 'Store' ? O.STORE_FAST : O.DELETE_FAST, idx, loc);
        return;
      }
      case 'global': {
        const idx = this.nameIndex(u.names, mangled);
        if (ctx === 'Load') {
          if (u.ste.canSeeClassScope && scope === GLOBAL_IMPLICIT) {
            this.opi(O.LOAD_DEREF, this.derefIndex('__classdict__', true), loc);
            this.opi(O.LOAD_FROM_DICT_OR_GLOBALS, idx, loc);
          } else {
            this.opi(O.LOAD_GLOBAL, idx << 1, loc);
          }
        } else {
          this.opi(ctx === 'Store' ? O.STORE_GLOBAL : O.DELETE_GLOBAL, idx, loc);
        }
        return;
      }
      case 'name': {
        const idx = this.nameIndex(u.names, mangled);
        if (ctx === 'Load') {
          if (u.ste.type === 'class' && u.inInlinedComp > 0) this.opi(O.LOAD_GLOBAL, idx << 1, loc);
          else this.opi(O.LOAD_NAME, idx, loc);
        } else {
          this.opi(ctx === 'Store' ? O.STORE_NAME : O.DELETE_NAME, idx, loc);
        }
        return;
      }
    }
  }

  // ---- fblocks ----

  pushFblock(loc: Loc, type: FBType, block: Block | null, exit: Block | null, datum: unknown): void {
    if (this.u.fblocks.length >= CO_MAXBLOCKS) this.error('too many statically nested blocks', loc);
    this.u.fblocks.push({ type, block, exit, datum });
  }

  popFblock(): void {
    this.u.fblocks.pop();
  }

  /** compiler_unwind_fblock: code that leaves one frame block early; returns the location to use next. */
  unwindFblock(loc: Loc, info: FBlock, preserveTos: boolean): Loc {
    switch (info.type) {
      case 'while': case 'exception_handler': case 'exception_group_handler': case 'async_comprehension_generator':
        return loc;
      case 'for':
        if (preserveTos) this.opi(O.SWAP, 2, loc);
        this.op(O.POP_TOP, loc);
        return loc;
      case 'try_except':
        this.op(O.POP_BLOCK, loc);
        return loc;
      case 'finally_try':
        this.op(O.POP_BLOCK, loc);
        if (preserveTos) this.pushFblock(loc, 'pop_value', null, null, null);
        this.stmts(info.datum as A.stmt[]);
        if (preserveTos) this.popFblock();
        return NO_LOC;
      case 'finally_end':
        if (preserveTos) this.opi(O.SWAP, 2, loc);
        this.op(O.POP_TOP, loc);
        if (preserveTos) this.opi(O.SWAP, 2, loc);
        this.op(O.POP_BLOCK, loc);
        this.op(O.POP_EXCEPT, loc);
        return loc;
      case 'with': case 'async_with': {
        const l = locOf(info.datum as A.stmt);
        this.op(O.POP_BLOCK, l);
        if (preserveTos) this.opi(O.SWAP, 2, l);
        this.callExitWithNones(l);
        if (info.type === 'async_with') {
          this.opi(O.GET_AWAITABLE, 2, l);
          this.loadConst(NONE, l);
          this.addYieldFrom(l, true);
        }
        this.op(O.POP_TOP, l);
        return NO_LOC;
      }
      case 'handler_cleanup': {
        const name = info.datum as string | null;
        if (name !== null) this.op(O.POP_BLOCK, loc);
        if (preserveTos) this.opi(O.SWAP, 2, loc);
        this.op(O.POP_BLOCK, loc);
        this.op(O.POP_EXCEPT, loc);
        if (name !== null) {
          this.loadConst(NONE, loc);
          this.nameop(name, 'Store', loc);
          this.nameop(name, 'Del', loc);
        }
        return loc;
      }
      case 'pop_value':
        if (preserveTos) this.opi(O.SWAP, 2, loc);
        this.op(O.POP_TOP, loc);
        return loc;
    }
  }

  /** compiler_unwind_fblock_stack: returns [location, the loop reached (when wanted)]. */
  unwindFblockStack(loc: Loc, preserveTos: boolean, wantLoop: boolean): [Loc, FBlock | null] {
    const fb = this.u.fblocks;
    if (fb.length === 0) return [loc, null];
    const top = fb[fb.length - 1]!;
    if (top.type === 'exception_group_handler') {
      this.error("'break', 'continue' and 'return' cannot appear in an except* block", loc);
    }
    if (wantLoop && (top.type === 'while' || top.type === 'for')) return [loc, top];
    fb.pop();
    let l = this.unwindFblock(loc, top, preserveTos);
    let loop: FBlock | null;
    [l, loop] = this.unwindFblockStack(l, preserveTos, wantLoop);
    fb.push(top);
    return [l, loop];
  }

  callExitWithNones(loc: Loc): void {
    this.loadConst(NONE, loc);
    this.loadConst(NONE, loc);
    this.loadConst(NONE, loc);
    this.opi(O.CALL, 2, loc);
  }

  addYieldFrom(loc: Loc, isAwait: boolean): void {
    const send = this.newBlock();
    const fail = this.newBlock();
    const exit = this.newBlock();
    this.useBlock(send);
    this.jump(O.SEND, exit, loc);
    this.jump(O.SETUP_FINALLY, fail, loc);
    this.opi(O.YIELD_VALUE, 0, loc);
    this.op(O.POP_BLOCK, NO_LOC);
    this.opi(O.RESUME, isAwait ? 3 : 2, loc);
    this.jump(O.JUMP_NO_INTERRUPT, send, loc);
    this.useBlock(fail);
    this.op(O.CLEANUP_THROW, loc);
    this.useBlock(exit);
    this.op(O.END_SEND, loc);
  }

  addYield(loc: Loc): void {
    const ste = this.u.ste;
    if (ste.generator && ste.coroutine) this.opi(O.CALL_INTRINSIC_1, O.INTRINSIC_ASYNC_GEN_WRAP, loc);
    this.opi(O.YIELD_VALUE, 0, loc);
    this.opi(O.RESUME, 1, loc);
  }

  popExceptAndReraise(loc: Loc): void {
    this.opi(O.COPY, 3, loc);
    this.op(O.POP_EXCEPT, loc);
    this.opi(O.RERAISE, 1, loc);
  }

  // ---- statements ----

  stmt(s: A.stmt): void {
    const loc = locOf(s);
    switch (s._type) {
      case 'FunctionDef': return this.functionDef(s, false);
      case 'AsyncFunctionDef': return this.functionDef(s, true);
      case 'ClassDef': return this.classDef(s);
      case 'TypeAlias': return this.typeAlias(s);
      case 'Return': return this.returnStmt(s);
      case 'Delete':
        for (const t of s.targets) this.expr(t);
        return;
      case 'Assign': {
        const n = s.targets.length;
        this.expr(s.value);
        for (let i = 0; i < n; i++) {
          if (i < n - 1) this.opi(O.COPY, 1, loc);
          this.expr(s.targets[i]!);
        }
        return;
      }
      case 'AugAssign': return this.augAssign(s);
      case 'AnnAssign': return this.annAssign(s);
      case 'For': return this.forStmt(s);
      case 'AsyncFor': return this.asyncFor(s);
      case 'While': return this.whileStmt(s);
      case 'If': return this.ifStmt(s);
      case 'Match': return this.match(s);
      case 'Raise': {
        let n = 0;
        if (s.exc !== null) {
          this.expr(s.exc);
          n++;
          if (s.cause !== null) { this.expr(s.cause); n++; }
        }
        this.opi(O.RAISE_VARARGS, n, loc);
        return;
      }
      case 'Try':
        if (s.finalbody.length > 0) this.tryFinally(s, false);
        else this.tryExcept(s);
        return;
      case 'TryStar':
        if (s.finalbody.length > 0) this.tryFinally(s, true);
        else this.tryStarExcept(s);
        return;
      case 'Assert': return this.assertStmt(s);
      case 'Import': return this.importStmt(s);
      case 'ImportFrom': return this.importFrom(s);
      case 'Global': case 'Nonlocal': return;
      case 'Expr': return this.exprStmt(s);
      case 'Pass': this.op(O.NOP, loc); return;
      case 'Break': {
        this.op(O.NOP, loc);
        const [l, loop] = this.unwindFblockStack(loc, false, true);
        if (loop === null) this.error("'break' outside loop", loc);
        const l2 = this.unwindFblock(l, loop, false);
        this.jump(O.JUMP, loop.exit!, l2);
        return;
      }
      case 'Continue': {
        this.op(O.NOP, loc);
        const [l, loop] = this.unwindFblockStack(loc, false, true);
        if (loop === null) this.error("'continue' not properly in loop", loc);
        this.jump(O.JUMP, loop.block!, l);
        return;
      }
      case 'With': return this.withStmt(s, 0);
      case 'AsyncWith': return this.asyncWith(s, 0);
    }
  }

  exprStmt(s: A.Expr): void {
    const loc = locOf(s);
    const value = s.value;
    if (this.interactive && this.nestlevel <= 1) {
      this.expr(value);
      this.opi(O.CALL_INTRINSIC_1, O.INTRINSIC_PRINT, loc);
      this.op(O.POP_TOP, NO_LOC);
      return;
    }
    if (value._type === 'Constant') {
      this.op(O.NOP, loc);
      return;
    }
    this.expr(value);
    this.op(O.POP_TOP, NO_LOC);
  }

  returnStmt(s: A.Return): void {
    let loc = locOf(s);
    const value = s.value;
    const preserveTos = value !== null && value._type !== 'Constant';
    const ste = this.u.ste;
    if (!ste.isFunctionLike) this.error("'return' outside function", loc);
    if (value !== null && ste.coroutine && ste.generator) this.error("'return' with value in async generator", loc);
    if (preserveTos) {
      this.expr(value);
    } else if (value !== null) {
      loc = locOf(value);
      this.op(O.NOP, loc);
    }
    if (value === null || value.lineno !== s.lineno) {
      loc = locOf(s);
      this.op(O.NOP, loc);
    }
    [loc] = this.unwindFblockStack(loc, preserveTos, false);
    if (value === null) this.loadConst(NONE, loc);
    else if (!preserveTos) this.loadConst(constFromAst((value as A.Constant).value), loc);
    this.op(O.RETURN_VALUE, loc);
  }

  ifStmt(s: A.If): void {
    const end = this.newBlock();
    const next = s.orelse.length > 0 ? this.newBlock() : end;
    this.jumpIf(locOf(s), s.test, next, false);
    this.stmts(s.body);
    if (s.orelse.length > 0) {
      this.jump(O.JUMP, end, NO_LOC);
      this.useBlock(next);
      this.stmts(s.orelse);
    }
    this.useBlock(end);
  }

  whileStmt(s: A.While): void {
    const loc = locOf(s);
    const loop = this.newBlock();
    const body = this.newBlock();
    const end = this.newBlock();
    const anchor = this.newBlock();
    this.useBlock(loop);
    this.pushFblock(loc, 'while', loop, end, null);
    this.jumpIf(loc, s.test, anchor, false);
    this.useBlock(body);
    this.stmts(s.body);
    this.jumpIf(loc, s.test, body, true);
    this.popFblock();
    this.useBlock(anchor);
    this.stmts(s.orelse);
    this.useBlock(end);
  }

  forStmt(s: A.For): void {
    const loc = locOf(s);
    const start = this.newBlock();
    const body = this.newBlock();
    const cleanup = this.newBlock();
    const end = this.newBlock();
    this.pushFblock(loc, 'for', start, end, null);
    this.expr(s.iter);
    this.op(O.GET_ITER, loc);
    this.useBlock(start);
    this.jump(O.FOR_ITER, cleanup, loc);
    this.useBlock(body);
    this.expr(s.target);
    this.stmts(s.body);
    this.jump(O.JUMP, start, NO_LOC);
    this.useBlock(cleanup);
    this.op(O.END_FOR, NO_LOC);
    this.popFblock();
    this.stmts(s.orelse);
    this.useBlock(end);
  }

  asyncFor(s: A.AsyncFor): void {
    let loc = locOf(s);
    if (this.u.scopeType !== 'async') this.error("'async for' outside async function", loc);
    const start = this.newBlock();
    const except = this.newBlock();
    const end = this.newBlock();
    this.expr(s.iter);
    this.op(O.GET_AITER, loc);
    this.useBlock(start);
    this.pushFblock(loc, 'for', start, end, null);
    this.jump(O.SETUP_FINALLY, except, loc);
    this.op(O.GET_ANEXT, loc);
    this.loadConst(NONE, loc);
    this.addYieldFrom(loc, true);
    this.op(O.POP_BLOCK, loc);
    this.expr(s.target);
    this.stmts(s.body);
    this.jump(O.JUMP, start, NO_LOC);
    this.popFblock();
    this.useBlock(except);
    loc = locOf(s.iter);
    this.op(O.END_ASYNC_FOR, loc);
    this.stmts(s.orelse);
    this.useBlock(end);
  }

  tryFinally(s: A.Try | A.TryStar, star: boolean): void {
    let loc = locOf(s);
    const body = this.newBlock();
    const end = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.jump(O.SETUP_FINALLY, end, loc);
    this.useBlock(body);
    this.pushFblock(loc, 'finally_try', body, end, s.finalbody);
    if (s.handlers.length > 0) {
      if (star) this.tryStarExcept(s as A.TryStar);
      else this.tryExcept(s as A.Try);
    } else {
      this.stmts(s.body);
    }
    this.op(O.POP_BLOCK, NO_LOC);
    this.popFblock();
    this.stmts(s.finalbody);
    this.jump(O.JUMP, exit, NO_LOC);
    this.useBlock(end);
    loc = NO_LOC;
    this.jump(O.SETUP_CLEANUP, cleanup, loc);
    this.op(O.PUSH_EXC_INFO, loc);
    this.pushFblock(loc, 'finally_end', end, null, null);
    this.stmts(s.finalbody);
    this.popFblock();
    this.opi(O.RERAISE, 0, loc);
    this.useBlock(cleanup);
    this.popExceptAndReraise(loc);
    this.useBlock(exit);
  }

  tryExcept(s: A.Try | A.TryStar): void {
    const loc = locOf(s);
    const body = this.newBlock();
    let except = this.newBlock();
    const end = this.newBlock();
    const cleanup = this.newBlock();
    this.jump(O.SETUP_FINALLY, except, loc);
    this.useBlock(body);
    this.pushFblock(loc, 'try_except', body, null, null);
    this.stmts(s.body);
    this.popFblock();
    this.op(O.POP_BLOCK, NO_LOC);
    this.stmts(s.orelse);
    this.jump(O.JUMP, end, NO_LOC);
    const n = s.handlers.length;
    this.useBlock(except);
    this.jump(O.SETUP_CLEANUP, cleanup, NO_LOC);
    this.op(O.PUSH_EXC_INFO, NO_LOC);
    this.pushFblock(loc, 'exception_handler', null, null, null);
    for (let i = 0; i < n; i++) {
      const h = s.handlers[i]!;
      const hloc = locOf(h);
      if (h.type === null && i < n - 1) this.error("default 'except:' must be last", hloc);
      except = this.newBlock();
      if (h.type !== null) {
        this.expr(h.type);
        this.op(O.CHECK_EXC_MATCH, hloc);
        this.jump(O.POP_JUMP_IF_FALSE, except, hloc);
      }
      if (h.name !== null) {
        const cleanupEnd = this.newBlock();
        const cleanupBody = this.newBlock();
        this.nameop(h.name, 'Store', hloc);
        this.jump(O.SETUP_CLEANUP, cleanupEnd, hloc);
        this.useBlock(cleanupBody);
        this.pushFblock(hloc, 'handler_cleanup', cleanupBody, null, h.name);
        this.stmts(h.body);
        this.popFblock();
        this.op(O.POP_BLOCK, NO_LOC);
        this.op(O.POP_BLOCK, NO_LOC);
        this.op(O.POP_EXCEPT, NO_LOC);
        this.loadConst(NONE, NO_LOC);
        this.nameop(h.name, 'Store', NO_LOC);
        this.nameop(h.name, 'Del', NO_LOC);
        this.jump(O.JUMP, end, NO_LOC);
        this.useBlock(cleanupEnd);
        this.loadConst(NONE, NO_LOC);
        this.nameop(h.name, 'Store', NO_LOC);
        this.nameop(h.name, 'Del', NO_LOC);
        this.opi(O.RERAISE, 1, NO_LOC);
      } else {
        const cleanupBody = this.newBlock();
        this.op(O.POP_TOP, hloc);
        this.useBlock(cleanupBody);
        this.pushFblock(hloc, 'handler_cleanup', cleanupBody, null, null);
        this.stmts(h.body);
        this.popFblock();
        this.op(O.POP_BLOCK, NO_LOC);
        this.op(O.POP_EXCEPT, NO_LOC);
        this.jump(O.JUMP, end, NO_LOC);
      }
      this.useBlock(except);
    }
    this.popFblock();
    this.opi(O.RERAISE, 0, NO_LOC);
    this.useBlock(cleanup);
    this.popExceptAndReraise(NO_LOC);
    this.useBlock(end);
  }

  tryStarExcept(s: A.TryStar): void {
    const loc = locOf(s);
    const body = this.newBlock();
    let except = this.newBlock();
    const orelse = this.newBlock();
    const end = this.newBlock();
    const cleanup = this.newBlock();
    const reraiseStar = this.newBlock();
    this.jump(O.SETUP_FINALLY, except, loc);
    this.useBlock(body);
    this.pushFblock(loc, 'try_except', body, null, null);
    this.stmts(s.body);
    this.popFblock();
    this.op(O.POP_BLOCK, NO_LOC);
    this.jump(O.JUMP, orelse, NO_LOC);
    const n = s.handlers.length;
    this.useBlock(except);
    this.jump(O.SETUP_CLEANUP, cleanup, NO_LOC);
    this.op(O.PUSH_EXC_INFO, NO_LOC);
    this.pushFblock(loc, 'exception_group_handler', null, null, 'except handler');
    for (let i = 0; i < n; i++) {
      const h = s.handlers[i]!;
      const hloc = locOf(h);
      except = this.newBlock();
      const exceptWithError = this.newBlock();
      const noMatch = this.newBlock();
      if (i === 0) {
        this.opi(O.BUILD_LIST, 0, hloc);
        this.opi(O.COPY, 2, hloc);
      }
      if (h.type !== null) {
        this.expr(h.type);
        this.op(O.CHECK_EG_MATCH, hloc);
        this.opi(O.COPY, 1, hloc);
        this.jump(O.POP_JUMP_IF_NONE, noMatch, hloc);
      }
      const cleanupEnd = this.newBlock();
      const cleanupBody = this.newBlock();
      if (h.name !== null) this.nameop(h.name, 'Store', hloc);
      else this.op(O.POP_TOP, hloc);
      this.jump(O.SETUP_CLEANUP, cleanupEnd, hloc);
      this.useBlock(cleanupBody);
      this.pushFblock(hloc, 'handler_cleanup', cleanupBody, null, h.name);
      this.stmts(h.body);
      this.popFblock();
      this.op(O.POP_BLOCK, NO_LOC);
      if (h.name !== null) {
        this.loadConst(NONE, NO_LOC);
        this.nameop(h.name, 'Store', NO_LOC);
        this.nameop(h.name, 'Del', NO_LOC);
      }
      this.jump(O.JUMP, except, NO_LOC);
      this.useBlock(cleanupEnd);
      if (h.name !== null) {
        this.loadConst(NONE, NO_LOC);
        this.nameop(h.name, 'Store', NO_LOC);
        this.nameop(h.name, 'Del', NO_LOC);
      }
      this.opi(O.LIST_APPEND, 3, NO_LOC);
      this.op(O.POP_TOP, NO_LOC);
      this.jump(O.JUMP, exceptWithError, NO_LOC);
      this.useBlock(except);
      this.op(O.NOP, NO_LOC);
      this.jump(O.JUMP, exceptWithError, NO_LOC);
      this.useBlock(noMatch);
      this.op(O.POP_TOP, hloc);
      this.useBlock(exceptWithError);
      if (i === n - 1) {
        this.opi(O.LIST_APPEND, 1, NO_LOC);
        this.jump(O.JUMP, reraiseStar, NO_LOC);
      }
    }
    this.popFblock();
    const reraise = this.newBlock();
    this.useBlock(reraiseStar);
    this.opi(O.CALL_INTRINSIC_2, O.INTRINSIC_PREP_RERAISE_STAR, NO_LOC);
    this.opi(O.COPY, 1, NO_LOC);
    this.jump(O.POP_JUMP_IF_NOT_NONE, reraise, NO_LOC);
    this.op(O.POP_TOP, NO_LOC);
    this.op(O.POP_BLOCK, NO_LOC);
    this.op(O.POP_EXCEPT, NO_LOC);
    this.jump(O.JUMP, end, NO_LOC);
    this.useBlock(reraise);
    this.op(O.POP_BLOCK, NO_LOC);
    this.opi(O.SWAP, 2, NO_LOC);
    this.op(O.POP_EXCEPT, NO_LOC);
    this.opi(O.RERAISE, 0, NO_LOC);
    this.useBlock(cleanup);
    this.popExceptAndReraise(NO_LOC);
    this.useBlock(orelse);
    this.stmts(s.orelse);
    this.useBlock(end);
  }

  withExceptFinish(cleanup: Block): void {
    const suppress = this.newBlock();
    this.jump(O.POP_JUMP_IF_TRUE, suppress, NO_LOC);
    this.opi(O.RERAISE, 2, NO_LOC);
    this.useBlock(suppress);
    this.op(O.POP_TOP, NO_LOC);
    this.op(O.POP_BLOCK, NO_LOC);
    this.op(O.POP_EXCEPT, NO_LOC);
    this.op(O.POP_TOP, NO_LOC);
    this.op(O.POP_TOP, NO_LOC);
    const exit = this.newBlock();
    this.jump(O.JUMP, exit, NO_LOC);
    this.useBlock(cleanup);
    this.popExceptAndReraise(NO_LOC);
    this.useBlock(exit);
  }

  withStmt(s: A.With, pos: number): void {
    const item = s.items[pos]!;
    const block = this.newBlock();
    const final = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.expr(item.context_expr);
    const loc = locOf(s);
    this.op(O.BEFORE_WITH, loc);
    this.jump(O.SETUP_WITH, final, loc);
    this.useBlock(block);
    this.pushFblock(loc, 'with', block, final, s);
    if (item.optional_vars !== null) this.expr(item.optional_vars);
    else this.op(O.POP_TOP, loc);
    pos++;
    if (pos === s.items.length) this.stmts(s.body);
    else this.withStmt(s, pos);
    this.op(O.POP_BLOCK, NO_LOC);
    this.popFblock();
    this.callExitWithNones(loc);
    this.op(O.POP_TOP, loc);
    this.jump(O.JUMP, exit, loc);
    this.useBlock(final);
    this.jump(O.SETUP_CLEANUP, cleanup, loc);
    this.op(O.PUSH_EXC_INFO, loc);
    this.op(O.WITH_EXCEPT_START, loc);
    this.withExceptFinish(cleanup);
    this.useBlock(exit);
  }

  asyncWith(s: A.AsyncWith, pos: number): void {
    const loc = locOf(s);
    const item = s.items[pos]!;
    if (this.u.scopeType !== 'async') this.error("'async with' outside async function", loc);
    const block = this.newBlock();
    const final = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.expr(item.context_expr);
    this.op(O.BEFORE_ASYNC_WITH, loc);
    this.opi(O.GET_AWAITABLE, 1, loc);
    this.loadConst(NONE, loc);
    this.addYieldFrom(loc, true);
    this.jump(O.SETUP_WITH, final, loc);
    this.useBlock(block);
    this.pushFblock(loc, 'async_with', block, final, s);
    if (item.optional_vars !== null) this.expr(item.optional_vars);
    else this.op(O.POP_TOP, loc);
    pos++;
    if (pos === s.items.length) this.stmts(s.body);
    else this.asyncWith(s, pos);
    this.popFblock();
    this.op(O.POP_BLOCK, loc);
    this.callExitWithNones(loc);
    this.opi(O.GET_AWAITABLE, 2, loc);
    this.loadConst(NONE, loc);
    this.addYieldFrom(loc, true);
    this.op(O.POP_TOP, loc);
    this.jump(O.JUMP, exit, loc);
    this.useBlock(final);
    this.jump(O.SETUP_CLEANUP, cleanup, loc);
    this.op(O.PUSH_EXC_INFO, loc);
    this.op(O.WITH_EXCEPT_START, loc);
    this.opi(O.GET_AWAITABLE, 2, loc);
    this.loadConst(NONE, loc);
    this.addYieldFrom(loc, true);
    this.withExceptFinish(cleanup);
    this.useBlock(exit);
  }

  assertStmt(s: A.Assert): void {
    const t = s.test;
    if ((t._type === 'Tuple' && t.elts.length > 0)
      || (t._type === 'Constant' && (() => { const c = constFromAst(t.value); return c.kind === 'tuple' && c.items.length > 0; })())) {
      this.warn('assertion is always true, perhaps remove parentheses?', locOf(s));
    }
    if (this.optimize > 0) return;
    const loc = locOf(s);
    const end = this.newBlock();
    this.jumpIf(loc, s.test, end, true);
    this.op(O.LOAD_ASSERTION_ERROR, loc);
    if (s.msg !== null) {
      this.expr(s.msg);
      this.opi(O.CALL, 0, loc);
    }
    this.opi(O.RAISE_VARARGS, 1, loc);
    this.useBlock(end);
  }

  importStmt(s: A.Import): void {
    const loc = locOf(s);
    for (const alias of s.names) {
      this.loadConst({ kind: 'int', value: 0 }, loc);
      this.loadConst(NONE, loc);
      this.addopName(O.IMPORT_NAME, alias.name, loc);
      if (alias.asname !== null) {
        const name = alias.name;
        let dot = name.indexOf('.');
        if (dot !== -1) {
          for (;;) {
            const pos = dot + 1;
            dot = name.indexOf('.', pos);
            const attr = name.slice(pos, dot !== -1 ? dot : name.length);
            this.opi(O.IMPORT_FROM, this.nameIndex(this.u.names, attr), loc);
            if (dot === -1) break;
            this.opi(O.SWAP, 2, loc);
            this.op(O.POP_TOP, loc);
          }
          this.nameop(alias.asname, 'Store', loc);
          this.op(O.POP_TOP, loc);
        } else {
          this.nameop(alias.asname, 'Store', loc);
        }
      } else {
        const dot = alias.name.indexOf('.');
        this.nameop(dot !== -1 ? alias.name.slice(0, dot) : alias.name, 'Store', loc);
      }
    }
  }

  importFrom(s: A.ImportFrom): void {
    const loc = locOf(s);
    this.loadConst({ kind: 'int', value: s.level }, loc);
    const after = s.lineno > this.futureLoc.lineno || (s.lineno === this.futureLoc.lineno && s.col_offset > this.futureLoc.col);
    if (after && s.module === '__future__') this.error('from __future__ imports must occur at the beginning of the file', loc);
    this.loadConst({ kind: 'tuple', items: s.names.map((a) => strConst(a.name)) }, loc);
    this.addopName(O.IMPORT_NAME, s.module ?? '', loc);
    for (let i = 0; i < s.names.length; i++) {
      const alias = s.names[i]!;
      if (i === 0 && alias.name.startsWith('*')) {
        this.opi(O.CALL_INTRINSIC_1, O.INTRINSIC_IMPORT_STAR, loc);
        this.op(O.POP_TOP, NO_LOC);
        return;
      }
      this.addopName(O.IMPORT_FROM, alias.name, loc);
      this.nameop(alias.asname ?? alias.name, 'Store', loc);
    }
    this.op(O.POP_TOP, loc);
  }

  augAssign(s: A.AugAssign): void {
    const e = s.target;
    let loc = locOf(e);
    switch (e._type) {
      case 'Attribute':
        this.expr(e.value);
        this.opi(O.COPY, 1, loc);
        loc = this.attrLoc(loc, e);
        this.addopName(O.LOAD_ATTR, e.attr, loc);
        break;
      case 'Subscript':
        this.expr(e.value);
        if (e.slice._type === 'Slice' && e.slice.step === null) {
          this.slice(e.slice);
          this.opi(O.COPY, 3, loc);
          this.opi(O.COPY, 3, loc);
          this.opi(O.COPY, 3, loc);
          this.op(O.BINARY_SLICE, loc);
        } else {
          this.expr(e.slice);
          this.opi(O.COPY, 2, loc);
          this.opi(O.COPY, 2, loc);
          this.op(O.BINARY_SUBSCR, loc);
        }
        break;
      case 'Name':
        this.nameop(e.id, 'Load', loc);
        break;
      default:
        throw new Error('compiler: invalid node type for augmented assignment');
    }
    this.expr(s.value);
    this.opi(O.BINARY_OP, BINOPS[s.op._type]! + INPLACE, locOf(s));
    loc = locOf(e);
    switch (e._type) {
      case 'Attribute':
        loc = this.attrLoc(loc, e);
        this.opi(O.SWAP, 2, loc);
        this.addopName(O.STORE_ATTR, e.attr, loc);
        break;
      case 'Subscript':
        if (e.slice._type === 'Slice' && e.slice.step === null) {
          this.opi(O.SWAP, 4, loc);
          this.opi(O.SWAP, 3, loc);
          this.opi(O.SWAP, 2, loc);
          this.op(O.STORE_SLICE, loc);
        } else {
          this.opi(O.SWAP, 3, loc);
          this.opi(O.SWAP, 2, loc);
          this.op(O.STORE_SUBSCR, loc);
        }
        break;
      case 'Name':
        this.nameop(e.id, 'Store', loc);
        break;
      default:
        break;
    }
  }

  checkAnnExpr(e: A.expr): void {
    this.expr(e);
    this.op(O.POP_TOP, locOf(e));
  }

  checkAnnSubscr(e: A.expr): void {
    if (e._type === 'Slice') {
      if (e.lower !== null) this.checkAnnExpr(e.lower);
      if (e.upper !== null) this.checkAnnExpr(e.upper);
      if (e.step !== null) this.checkAnnExpr(e.step);
    } else if (e._type === 'Tuple') {
      for (const x of e.elts) this.checkAnnSubscr(x);
    } else {
      this.checkAnnExpr(e);
    }
  }

  annotationValue(ann: A.expr, loc: Loc): void {
    if (this.futureFeatures & CO_FUTURE_ANNOTATIONS) this.loadConst(strConst(unparseAnnotation(ann)), loc);
    else this.expr(ann);
  }

  annAssign(s: A.AnnAssign): void {
    const loc = locOf(s);
    const targ = s.target;
    if (s.value !== null) {
      this.expr(s.value);
      this.expr(targ);
    }
    switch (targ._type) {
      case 'Name':
        this.forbiddenName(targ.id, 'Store', loc);
        if (s.simple && (this.u.scopeType === 'module' || this.u.scopeType === 'class')) {
          this.annotationValue(s.annotation, locOf(s.annotation));
          this.addopName(O.LOAD_NAME, '__annotations__', loc);
          this.loadConst(strConst(mangle(this.u.private_, targ.id)), loc);
          this.op(O.STORE_SUBSCR, loc);
        }
        break;
      case 'Attribute':
        this.forbiddenName(targ.attr, 'Store', loc);
        if (s.value === null) this.checkAnnExpr(targ.value);
        break;
      case 'Subscript':
        if (s.value === null) {
          this.checkAnnExpr(targ.value);
          this.checkAnnSubscr(targ.slice);
        }
        break;
      default:
        throw new Error('compiler: invalid node type for annotated assignment');
    }
    if (!s.simple && !(this.futureFeatures & CO_FUTURE_ANNOTATIONS)
      && (this.u.scopeType === 'module' || this.u.scopeType === 'class')) {
      this.checkAnnExpr(s.annotation);
    }
  }

  // ---- functions and classes ----

  checkDebugArgs(a: A.arguments): void {
    const all = [...a.posonlyargs, ...a.args, ...a.kwonlyargs];
    if (a.vararg !== null) all.push(a.vararg);
    if (a.kwarg !== null) all.push(a.kwarg);
    for (const p of all) this.forbiddenName(p.arg, 'Store', locOf(p));
  }

  defaultArguments(loc: Loc, a: A.arguments): number {
    let flags = 0;
    if (a.defaults.length > 0) {
      for (const d of a.defaults) this.expr(d);
      this.opi(O.BUILD_TUPLE, a.defaults.length, loc);
      flags |= O.MAKE_FUNCTION_DEFAULTS;
    }
    if (a.kwonlyargs.length > 0) {
      const keys: ConstValue[] = [];
      for (let i = 0; i < a.kwonlyargs.length; i++) {
        const d = a.kw_defaults[i] ?? null;
        if (d !== null) {
          keys.push(strConst(mangle(this.u.private_, a.kwonlyargs[i]!.arg)));
          this.expr(d);
        }
      }
      if (keys.length > 0) {
        this.loadConst({ kind: 'tuple', items: keys }, loc);
        this.opi(O.BUILD_CONST_KEY_MAP, keys.length, loc);
        flags |= O.MAKE_FUNCTION_KWDEFAULTS;
      }
    }
    return flags;
  }

  visitAnnotations(loc: Loc, a: A.arguments, returns: A.expr | null): boolean {
    let n = 0;
    const one = (id: string, ann: A.expr | null): void => {
      if (ann === null) return;
      this.loadConst(strConst(mangle(this.u.private_, id)), loc);
      if (this.futureFeatures & CO_FUTURE_ANNOTATIONS) {
        this.loadConst(strConst(unparseAnnotation(ann)), locOf(ann)); // compiler_visit_annexpr: the annotation's location
      } else if (ann._type === 'Starred') {
        this.expr(ann.value);
        this.opi(O.UNPACK_SEQUENCE, 1, loc);
      } else {
        this.expr(ann);
      }
      n += 2;
    };
    for (const p of a.args) one(p.arg, p.annotation);
    for (const p of a.posonlyargs) one(p.arg, p.annotation);
    if (a.vararg !== null) one(a.vararg.arg, a.vararg.annotation);
    for (const p of a.kwonlyargs) one(p.arg, p.annotation);
    if (a.kwarg !== null) one(a.kwarg.arg, a.kwarg.annotation);
    one('return', returns);
    if (n > 0) {
      this.opi(O.BUILD_TUPLE, n, loc);
      return true;
    }
    return false;
  }

  wrapInStopIterationHandler(): void {
    const handler = this.newBlock();
    // Insert SETUP_CLEANUP at the very start of the unit.
    this.u.entry.instrs.unshift({ op: O.SETUP_CLEANUP, arg: 0, target: handler, lineno: -1, endLineno: -1, col: -1, endCol: -1, except: null });
    this.loadConst(NONE, NO_LOC);
    this.op(O.RETURN_VALUE, NO_LOC);
    this.useBlock(handler);
    this.opi(O.CALL_INTRINSIC_1, O.INTRINSIC_STOPITERATION_ERROR, NO_LOC);
    this.opi(O.RERAISE, 1, NO_LOC);
  }

  /** compiler_make_closure: LOAD_CLOSURE the child's free variables, then MAKE_FUNCTION. */
  makeClosure(loc: Loc, co: CodeUnit, flags0: number): void {
    let flags = flags0;
    if (co.nfreevars > 0) {
      const first = co.localsplusnames.length - co.nfreevars;
      for (let i = first; i < co.localsplusnames.length; i++) {
        const name = co.localsplusnames[i]!;
        let reftype: number;
        if (this.u.scopeType === 'class' && (name === '__class__' || name === '__classdict__')) reftype = CELL;
        else reftype = this.u.ste.getScope(name);
        if (reftype === CELL) this.opi(O.LOAD_CLOSURE, this.derefIndex(name, false), loc);
        else this.opi(O.LOAD_CLOSURE, this.derefIndex(name, true), loc);
      }
      flags |= O.MAKE_FUNCTION_CLOSURE;
      this.opi(O.BUILD_TUPLE, co.nfreevars, loc);
    }
    this.loadConst({ kind: 'code', code: co }, loc);
    this.opi(O.MAKE_FUNCTION, flags, loc);
  }

  functionDef(s: A.FunctionDef | A.AsyncFunctionDef, isAsync: boolean): void {
    this.checkDebugArgs(s.args);
    for (const d of s.decorator_list) this.expr(d);
    const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0]!.lineno : s.lineno;
    const loc = locOf(s);
    if (s.type_params.length > 0) {
      this.genericFunction(s, isAsync, firstlineno, loc);
    } else {
      let funcflags = this.defaultArguments(loc, s.args);
      if (this.visitAnnotations(loc, s.args, s.returns)) funcflags |= O.MAKE_FUNCTION_ANNOTATIONS;
      this.functionBody(s, isAsync, funcflags, firstlineno);
    }
    for (let i = s.decorator_list.length - 1; i >= 0; i--) this.opi(O.CALL, 0, locOf(s.decorator_list[i]!));
    this.nameop(s.name, 'Store', loc);
  }

  functionBody(s: A.FunctionDef | A.AsyncFunctionDef, isAsync: boolean, funcflags: number, firstlineno: number): void {
    this.enterScope(s.name, isAsync ? 'async' : 'function', s, firstlineno);
    const doc = this.optimize < 2 ? getDocString(s.body) : null;
    this.addConst(doc !== null ? constFromAst(doc.value) : NONE);
    const u = this.u;
    u.argcount = s.args.posonlyargs.length + s.args.args.length; // co_argcount counts positional-only ones too
    u.posonlyargcount = s.args.posonlyargs.length;
    u.kwonlyargcount = s.args.kwonlyargs.length;
    for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) this.stmt(s.body[i]!);
    if (u.ste.coroutine || u.ste.generator) this.wrapInStopIterationHandler();
    const co = this.assembleUnit(true);
    this.exitScope();
    this.makeClosure(locOf(s), co, funcflags);
  }

  genericFunction(s: A.FunctionDef | A.AsyncFunctionDef, isAsync: boolean, firstlineno: number, loc: Loc): void {
    // PEP 695: defaults are evaluated outside and passed to the type-params function, which is
    // called the ordinary way: NULL, defaults, function -> SWAP -> CALL (3.12.1's sequence).
    this.op(O.PUSH_NULL, loc);
    let funcflags = this.defaultArguments(loc, s.args);
    const numTypeParamArgs = (funcflags & O.MAKE_FUNCTION_DEFAULTS ? 1 : 0) + (funcflags & O.MAKE_FUNCTION_KWDEFAULTS ? 1 : 0);
    if (numTypeParamArgs === 2) this.opi(O.SWAP, 2, loc);
    const name = `<generic parameters of ${s.name}>`;
    this.enterScope(name, 'typeparams', s.type_params, firstlineno);
    this.typeParamsBlock(s.type_params);
    for (let i = 0; i < numTypeParamArgs; i++) {
      this.opi(O.LOAD_FAST, i, loc);
    }
    if (this.visitAnnotations(loc, s.args, s.returns)) funcflags |= O.MAKE_FUNCTION_ANNOTATIONS;
    this.functionBody(s, isAsync, funcflags, firstlineno);
    this.opi(O.SWAP, 2, loc);
    this.opi(O.CALL_INTRINSIC_2, O.INTRINSIC_SET_FUNCTION_TYPE_PARAMS, loc);
    this.op(O.RETURN_VALUE, loc);
    this.u.argcount = numTypeParamArgs;
    const co = this.assembleUnit(false);
    this.exitScope();
    this.makeClosure(loc, co, 0);
    if (numTypeParamArgs > 0) this.opi(O.SWAP, numTypeParamArgs + 1, loc);
    this.opi(O.CALL, numTypeParamArgs, loc);
  }

  /** compiler_type_params: builds the tuple of TypeVar/ParamSpec/TypeVarTuple objects, stored as .type_params users need. */
  typeParamsBlock(tps: A.type_param[]): void {
    const n = tps.length;
    for (let i = 0; i < n; i++) {
      const tp = tps[i]!;
      const loc = locOf(tp);
      switch (tp._type) {
        case 'TypeVar':
          this.loadConst(strConst(tp.name), loc);
          if (tp.bound !== null) {
            const isConstrained = tp.bound._type === 'Tuple';
            this.lazyExpr(tp.bound, tp, tp.name, loc);
            this.opi(O.CALL_INTRINSIC_2, isConstrained ? O.INTRINSIC_TYPEVAR_WITH_CONSTRAINTS : O.INTRINSIC_TYPEVAR_WITH_BOUND, loc);
          } else {
            this.opi(O.CALL_INTRINSIC_1, O.INTRINSIC_TYPEVAR, loc);
          }
          this.opi(O.COPY, 1, loc);
          this.nameop(tp.name, 'Store', loc);
          break;
        case 'TypeVarTuple':
          this.loadConst(strConst(tp.name), loc);
          this.opi(O.CALL_INTRINSIC_1, O.INTRINSIC_TYPEVARTUPLE, loc);
          this.opi(O.COPY, 1, loc);
          this.nameop(tp.name, 'Store', loc);
          break;
        case 'ParamSpec':
          this.loadConst(strConst(tp.name), loc);
          this.opi(O.CALL_INTRINSIC_1, O.INTRINSIC_PARAMSPEC, loc);
          this.opi(O.COPY, 1, loc);
          this.nameop(tp.name, 'Store', loc);
          break;
      }
    }
    this.opi(O.BUILD_TUPLE, n, n > 0 ? locOf(tps[0]!) : NO_LOC); // compile.c uses the first parameter's location
  }

  /** A lazily evaluated expression (TypeVar bound, type alias value): a function returning it. */
  lazyExpr(e: A.expr, key: object, name: string, loc: Loc): void {
    this.enterScope(name, 'typeparams', key, e.lineno);
    this.expr(e);
    this.op(O.RETURN_VALUE, loc);
    const co = this.assembleUnit(true); // as compile.c: optimize_and_assemble(c, 1), so None is a constant
    this.exitScope();
    this.makeClosure(loc, co, 0);
  }

  typeAlias(s: A.TypeAlias): void {
    const loc = locOf(s);
    const name = (s.name as A.Name).id;
    const generic = s.type_params.length > 0;
    if (generic) {
      this.op(O.PUSH_NULL, loc);
      this.enterScope(`<generic parameters of ${name}>`, 'typeparams', s.type_params, s.lineno);
      this.loadConst(strConst(name), loc);
      this.typeParamsBlock(s.type_params);
    } else {
      this.loadConst(strConst(name), loc);
      this.loadConst(NONE, loc);
    }
    // compile.c enters the value's scope as COMPILER_SCOPE_FUNCTION (it shows in nested qualnames).
    this.enterScope(name, 'function', s, s.lineno);
    this.addConst(NONE); // None first, so the value function cannot have a docstring (compile.c)
    this.expr(s.value);
    this.op(O.RETURN_VALUE, loc);
    const co = this.assembleUnit(false);
    this.exitScope();
    this.makeClosure(loc, co, 0);
    this.opi(O.BUILD_TUPLE, 3, loc);
    this.opi(O.CALL_INTRINSIC_1, O.INTRINSIC_TYPEALIAS, loc);
    if (generic) {
      this.op(O.RETURN_VALUE, loc);
      const co2 = this.assembleUnit(false);
      this.exitScope();
      this.makeClosure(loc, co2, 0);
      this.opi(O.CALL, 0, loc);
    }
    this.nameop(name, 'Store', loc);
  }

  classDef(s: A.ClassDef): void {
    for (const d of s.decorator_list) this.expr(d);
    const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0]!.lineno : s.lineno;
    const loc = locOf(s);
    if (s.type_params.length > 0) {
      this.genericClass(s, firstlineno, loc);
    } else {
      const co = this.classBody(s, firstlineno);
      this.op(O.PUSH_NULL, loc);
      this.op(O.LOAD_BUILD_CLASS, loc);
      this.makeClosure(loc, co, 0);
      this.loadConst(strConst(s.name), loc);
      this.callHelper(loc, 2, s.bases, s.keywords);
    }
    for (let i = s.decorator_list.length - 1; i >= 0; i--) this.opi(O.CALL, 0, locOf(s.decorator_list[i]!));
    this.nameop(s.name, 'Store', loc);
  }

  genericClass(s: A.ClassDef, firstlineno: number, loc: Loc): void {
    this.op(O.PUSH_NULL, loc);
    const name = `<generic parameters of ${s.name}>`;
    this.enterScope(name, 'typeparams', s.type_params, firstlineno);
    this.u.private_ = s.name;
    this.typeParamsBlock(s.type_params);
    this.nameop('.type_params', 'Store', loc);
    const co = this.classBody(s, firstlineno);
    this.op(O.PUSH_NULL, loc);
    this.op(O.LOAD_BUILD_CLASS, loc);
    this.makeClosure(loc, co, 0);
    this.loadConst(strConst(s.name), loc);
    this.nameop('.type_params', 'Load', loc);
    this.opi(O.CALL_INTRINSIC_1, O.INTRINSIC_SUBSCRIPT_GENERIC, loc);
    this.nameop('.generic_base', 'Store', loc);
    // Call __build_class__ with the original bases plus .generic_base.
    const genericBase: A.Name = { _type: 'Name', id: '.generic_base', ctx: { _type: 'Load' }, lineno: loc.lineno, col_offset: loc.col_offset, end_lineno: loc.end_lineno, end_col_offset: loc.end_col_offset };
    this.callHelper(loc, 2, [...s.bases, genericBase], s.keywords);
    this.op(O.RETURN_VALUE, loc);
    const co2 = this.assembleUnit(false);
    this.exitScope();
    this.makeClosure(loc, co2, 0);
    this.opi(O.CALL, 0, loc);
  }

  classBody(s: A.ClassDef, firstlineno: number): CodeUnit {
    this.enterScope(s.name, 'class', s, firstlineno);
    const loc: Loc = { lineno: firstlineno, end_lineno: firstlineno, col_offset: 0, end_col_offset: 0 };
    this.u.private_ = s.name;
    this.nameop('__name__', 'Load', loc);
    this.nameop('__module__', 'Store', loc);
    this.loadConst(strConst(this.u.qualname), loc);
    this.nameop('__qualname__', 'Store', loc);
    if (s.type_params.length > 0) {
      this.nameop('.type_params', 'Load', loc);
      this.nameop('__type_params__', 'Store', loc);
    }
    if (this.u.ste.needsClassdict) {
      this.op(O.LOAD_LOCALS, loc);
      this.opi(O.STORE_DEREF, this.u.cellvars.get('__classdict__')!, loc);
    }
    this.body(s.body, loc);
    if (this.u.ste.needsClassdict) {
      this.opi(O.LOAD_CLOSURE, this.u.cellvars.get('__classdict__')!, NO_LOC);
      this.nameop('__classdictcell__', 'Store', NO_LOC);
    }
    if (this.u.ste.needsClassClosure) {
      this.opi(O.LOAD_CLOSURE, this.u.cellvars.get('__class__')!, NO_LOC);
      this.opi(O.COPY, 1, NO_LOC);
      this.nameop('__classcell__', 'Store', NO_LOC);
    } else {
      this.loadConst(NONE, NO_LOC);
    }
    this.op(O.RETURN_VALUE, NO_LOC);
    const co = this.assembleUnit(true);
    this.exitScope();
    return co;
  }

  // ---- expressions ----

  attrLoc(loc: Loc, attr: A.Attribute): Loc {
    if (loc.lineno === attr.end_lineno) return loc;
    const l = { ...loc };
    l.lineno = attr.end_lineno;
    const len = utf8Length(attr.attr);
    if (len <= attr.end_col_offset) l.col_offset = attr.end_col_offset - len;
    else { l.col_offset = -1; l.end_col_offset = -1; }
    l.end_lineno = Math.max(l.lineno, l.end_lineno);
    if (l.lineno === l.end_lineno) l.end_col_offset = Math.max(l.col_offset, l.end_col_offset);
    return l;
  }

  expr(e: A.expr): void {
    const loc = locOf(e);
    switch (e._type) {
      case 'NamedExpr':
        this.expr(e.value);
        this.opi(O.COPY, 1, loc);
        this.expr(e.target);
        return;
      case 'BoolOp': {
        const jumpi = e.op._type === 'And' ? O.POP_JUMP_IF_FALSE : O.POP_JUMP_IF_TRUE;
        const end = this.newBlock();
        const n = e.values.length - 1;
        for (let i = 0; i < n; i++) {
          this.expr(e.values[i]!);
          this.opi(O.COPY, 1, loc);
          this.jump(jumpi, end, loc);
          this.op(O.POP_TOP, loc);
        }
        this.expr(e.values[n]!);
        this.useBlock(end);
        return;
      }
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        this.opi(O.BINARY_OP, BINOPS[e.op._type]!, loc);
        return;
      case 'UnaryOp':
        this.expr(e.operand);
        switch (e.op._type) {
          case 'UAdd': this.opi(O.CALL_INTRINSIC_1, O.INTRINSIC_UNARY_POSITIVE, loc); break;
          case 'Invert': this.op(O.UNARY_INVERT, loc); break;
          case 'Not': this.op(O.UNARY_NOT, loc); break;
          case 'USub': this.op(O.UNARY_NEGATIVE, loc); break;
        }
        return;
      case 'Lambda': return this.lambda(e);
      case 'IfExp': {
        const end = this.newBlock();
        const next = this.newBlock();
        this.jumpIf(loc, e.test, next, false);
        this.expr(e.body);
        this.jump(O.JUMP, end, NO_LOC);
        this.useBlock(next);
        this.expr(e.orelse);
        this.useBlock(end);
        return;
      }
      case 'Dict': return this.dict(e);
      case 'Set': return this.starunpackHelper(loc, e.elts, 0, O.BUILD_SET, O.SET_ADD, O.SET_UPDATE, false);
      case 'GeneratorExp': return this.comprehension(e, 'generator', '<genexpr>', e.generators, e.elt, null);
      case 'ListComp': return this.comprehension(e, 'list', '<listcomp>', e.generators, e.elt, null);
      case 'SetComp': return this.comprehension(e, 'set', '<setcomp>', e.generators, e.elt, null);
      case 'DictComp': return this.comprehension(e, 'dict', '<dictcomp>', e.generators, e.key, e.value);
      case 'Yield':
        if (!this.u.ste.isFunctionLike) this.error("'yield' outside function", loc);
        if (e.value !== null) this.expr(e.value);
        else this.loadConst(NONE, loc);
        this.addYield(loc);
        return;
      case 'YieldFrom':
        if (!this.u.ste.isFunctionLike) this.error("'yield' outside function", loc);
        if (this.u.scopeType === 'async') this.error("'yield from' inside async function", loc);
        this.expr(e.value);
        this.op(O.GET_YIELD_FROM_ITER, loc);
        this.loadConst(NONE, loc);
        this.addYieldFrom(loc, false);
        return;
      case 'Await':
        if (!this.u.ste.isFunctionLike) this.error("'await' outside function", loc);
        if (this.u.scopeType !== 'async' && this.u.scopeType !== 'comprehension') this.error("'await' outside async function", loc);
        this.expr(e.value);
        this.opi(O.GET_AWAITABLE, 0, loc);
        this.loadConst(NONE, loc);
        this.addYieldFrom(loc, true);
        return;
      case 'Compare': return this.compare(e);
      case 'Call': return this.call(e);
      case 'FormattedValue': {
        this.expr(e.value);
        let oparg = O.FVC_NONE;
        switch (e.conversion) {
          case 115: oparg = O.FVC_STR; break;
          case 114: oparg = O.FVC_REPR; break;
          case 97: oparg = O.FVC_ASCII; break;
          default: break;
        }
        if (e.format_spec !== null) {
          this.expr(e.format_spec);
          oparg |= O.FVS_HAVE_SPEC;
        }
        this.opi(O.FORMAT_VALUE, oparg, loc);
        return;
      }
      case 'JoinedStr': {
        const n = e.values.length;
        if (n > STACK_USE_GUIDELINE) {
          this.loadConst(strConst(''), loc);
          this.addopName(O.LOAD_METHOD, 'join', loc);
          this.opi(O.BUILD_LIST, 0, loc);
          for (const v of e.values) {
            this.expr(v);
            this.opi(O.LIST_APPEND, 1, loc);
          }
          this.opi(O.CALL, 1, loc);
        } else {
          for (const v of e.values) this.expr(v);
          if (n !== 1) this.opi(O.BUILD_STRING, n, loc);
        }
        return;
      }
      case 'Constant':
        this.loadConst(constFromAst(e.value), loc);
        return;
      case 'Attribute': {
        if (e.ctx._type === 'Load' && this.canOptimizeSuperCall(e)) {
          const call = e.value as A.Call;
          this.loadArgsForSuper(call);
          this.addopName(call.args.length > 0 ? O.LOAD_SUPER_ATTR : O.LOAD_ZERO_SUPER_ATTR, e.attr, loc);
          this.op(O.NOP, this.attrLoc(loc, e));
          return;
        }
        this.expr(e.value);
        const l = this.attrLoc(loc, e);
        switch (e.ctx._type) {
          case 'Load': this.addopName(O.LOAD_ATTR, e.attr, l); break;
          case 'Store':
            this.forbiddenName(e.attr, 'Store', l);
            this.addopName(O.STORE_ATTR, e.attr, l);
            break;
          case 'Del': this.addopName(O.DELETE_ATTR, e.attr, l); break;
        }
        return;
      }
      case 'Subscript': {
        const ctx = e.ctx._type;
        if (ctx === 'Load') this.checkSubscript(e.value, e.slice);
        this.expr(e.value);
        if (e.slice._type === 'Slice' && e.slice.step === null && ctx !== 'Del') {
          this.slice(e.slice);
          this.op(ctx === 'Load' ? O.BINARY_SLICE : O.STORE_SLICE, loc);
        } else {
          this.expr(e.slice);
          this.op(ctx === 'Load' ? O.BINARY_SUBSCR : ctx === 'Store' ? O.STORE_SUBSCR : O.DELETE_SUBSCR, loc);
        }
        return;
      }
      case 'Starred':
        if (e.ctx._type === 'Store') this.error('starred assignment target must be in a list or tuple', loc);
        this.error("can't use starred expression here", loc);
        return;
      case 'Slice': {
        const n = this.slice(e);
        this.opi(O.BUILD_SLICE, n, loc);
        return;
      }
      case 'Name':
        this.nameop(e.id, e.ctx._type, loc);
        return;
      case 'List':
      case 'Tuple': {
        const tuple = e._type === 'Tuple';
        switch (e.ctx._type) {
          case 'Store': return this.assignmentHelper(loc, e.elts);
          case 'Load': return this.starunpackHelper(loc, e.elts, 0, O.BUILD_LIST, O.LIST_APPEND, O.LIST_EXTEND, tuple);
          case 'Del':
            for (const x of e.elts) this.expr(x);
            return;
        }
      }
    }
  }

  slice(s: A.Slice): number {
    let n = 2;
    const loc = locOf(s);
    if (s.lower !== null) this.expr(s.lower);
    else this.loadConst(NONE, loc);
    if (s.upper !== null) this.expr(s.upper);
    else this.loadConst(NONE, loc);
    if (s.step !== null) { n++; this.expr(s.step); }
    return n;
  }

  assignmentHelper(loc: Loc, elts: A.expr[]): void {
    const n = elts.length;
    let seenStar = false;
    for (let i = 0; i < n; i++) {
      const elt = elts[i]!;
      if (elt._type === 'Starred' && !seenStar) {
        if (i >= (1 << 8) || n - i - 1 >= (0x7fffffff >> 8)) this.error('too many expressions in star-unpacking assignment', loc);
        this.opi(O.UNPACK_EX, i + ((n - i - 1) << 8), loc);
        seenStar = true;
      } else if (elt._type === 'Starred') {
        this.error('multiple starred expressions in assignment', loc);
      }
    }
    if (!seenStar) this.opi(O.UNPACK_SEQUENCE, n, loc);
    for (const elt of elts) this.expr(elt._type !== 'Starred' ? elt : elt.value);
  }

  starunpackHelper(loc: Loc, elts: A.expr[], pushed: number, build: number, add: number, extend: number, tuple: boolean): void {
    const n = elts.length;
    if (n > 2 && elts.every((x) => x._type === 'Constant')) {
      const items = elts.map((x) => constFromAst((x as A.Constant).value));
      if (tuple && pushed === 0) {
        this.loadConst({ kind: 'tuple', items }, loc);
      } else {
        this.opi(build, pushed, loc);
        this.loadConst(add === O.SET_ADD ? { kind: 'frozenset', items: dedupeItems(items) } : { kind: 'tuple', items }, loc);
        this.opi(extend, 1, loc);
        if (tuple) this.opi(O.CALL_INTRINSIC_1, O.INTRINSIC_LIST_TO_TUPLE, loc);
      }
      return;
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    const seenStar = elts.some((x) => x._type === 'Starred');
    if (!seenStar && !big) {
      for (const x of elts) this.expr(x);
      this.opi(tuple ? O.BUILD_TUPLE : build, n + pushed, loc);
      return;
    }
    let built = false;
    if (big) { this.opi(build, pushed, loc); built = true; }
    for (let i = 0; i < n; i++) {
      const elt = elts[i]!;
      if (elt._type === 'Starred') {
        if (!built) { this.opi(build, i + pushed, loc); built = true; }
        this.expr(elt.value);
        this.opi(extend, 1, loc);
      } else {
        this.expr(elt);
        if (built) this.opi(add, 1, loc);
      }
    }
    if (tuple) this.opi(O.CALL_INTRINSIC_1, O.INTRINSIC_LIST_TO_TUPLE, loc);
  }

  dict(e: A.Dict): void {
    const loc = locOf(e);
    const n = e.values.length;
    let haveDict = false;
    let elements = 0;
    for (let i = 0; i < n; i++) {
      const isUnpacking = e.keys[i] === null;
      if (isUnpacking) {
        if (elements > 0) {
          this.subdict(e, i - elements, i);
          if (haveDict) this.opi(O.DICT_UPDATE, 1, loc);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) { this.opi(O.BUILD_MAP, 0, loc); haveDict = true; }
        this.expr(e.values[i]!);
        this.opi(O.DICT_UPDATE, 1, loc);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        this.subdict(e, i - elements, i + 1);
        if (haveDict) this.opi(O.DICT_UPDATE, 1, loc);
        haveDict = true;
        elements = 0;
      } else {
        elements++;
      }
    }
    if (elements > 0) {
      this.subdict(e, n - elements, n);
      if (haveDict) this.opi(O.DICT_UPDATE, 1, loc);
      haveDict = true;
    }
    if (!haveDict) this.opi(O.BUILD_MAP, 0, loc);
  }

  subdict(e: A.Dict, begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    const loc = locOf(e);
    let allConst = true;
    for (let i = begin; i < end; i++) if (!isConstant(e.keys[i] ?? null)) { allConst = false; break; }
    if (n > 1 && !big && allConst) {
      for (let i = begin; i < end; i++) this.expr(e.values[i]!);
      const keys: ConstValue[] = [];
      for (let i = begin; i < end; i++) keys.push(constFromAst((e.keys[i] as A.Constant).value));
      this.loadConst({ kind: 'tuple', items: keys }, loc);
      this.opi(O.BUILD_CONST_KEY_MAP, n, loc);
      return;
    }
    if (big) this.opi(O.BUILD_MAP, 0, loc);
    for (let i = begin; i < end; i++) {
      this.expr(e.keys[i]!);
      this.expr(e.values[i]!);
      if (big) this.opi(O.MAP_ADD, 1, loc);
    }
    if (!big) this.opi(O.BUILD_MAP, n, loc);
  }

  addCompare(op: A.cmpop, loc: Loc): void {
    switch (op._type) {
      case 'Is': this.opi(O.IS_OP, 0, loc); break;
      case 'IsNot': this.opi(O.IS_OP, 1, loc); break;
      case 'In': this.opi(O.CONTAINS_OP, 0, loc); break;
      case 'NotIn': this.opi(O.CONTAINS_OP, 1, loc); break;
      case 'Lt': this.opi(O.COMPARE_OP, O.Py_LT, loc); break;
      case 'LtE': this.opi(O.COMPARE_OP, O.Py_LE, loc); break;
      case 'Eq': this.opi(O.COMPARE_OP, O.Py_EQ, loc); break;
      case 'NotEq': this.opi(O.COMPARE_OP, O.Py_NE, loc); break;
      case 'Gt': this.opi(O.COMPARE_OP, O.Py_GT, loc); break;
      case 'GtE': this.opi(O.COMPARE_OP, O.Py_GE, loc); break;
    }
  }

  compare(e: A.Compare): void {
    const loc = locOf(e);
    this.checkCompare(e);
    this.expr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.expr(e.comparators[0]!);
      this.addCompare(e.ops[0]!, loc);
      return;
    }
    const cleanup = this.newBlock();
    for (let i = 0; i < n; i++) {
      this.expr(e.comparators[i]!);
      this.opi(O.SWAP, 2, loc);
      this.opi(O.COPY, 2, loc);
      this.addCompare(e.ops[i]!, loc);
      this.opi(O.COPY, 1, loc);
      this.jump(O.POP_JUMP_IF_FALSE, cleanup, loc);
      this.op(O.POP_TOP, loc);
    }
    this.expr(e.comparators[n]!);
    this.addCompare(e.ops[n]!, loc);
    const end = this.newBlock();
    this.jump(O.JUMP, end, NO_LOC);
    this.useBlock(cleanup);
    this.opi(O.SWAP, 2, loc);
    this.op(O.POP_TOP, loc);
    this.useBlock(end);
  }

  /** compiler_jump_if: jump to `next` when `e` is `cond`, with short-circuiting for not/and/or/if/chains. */
  jumpIf(loc: Loc, e: A.expr, next: Block, cond: boolean): void {
    switch (e._type) {
      case 'UnaryOp':
        if (e.op._type === 'Not') return this.jumpIf(loc, e.operand, next, !cond);
        break;
      case 'BoolOp': {
        const s = e.values;
        const n = s.length - 1;
        const cond2 = e.op._type === 'Or';
        let next2 = next;
        if (!cond2 !== !cond) next2 = this.newBlock();
        for (let i = 0; i < n; i++) this.jumpIf(loc, s[i]!, next2, cond2);
        this.jumpIf(loc, s[n]!, next, cond);
        if (next2 !== next) this.useBlock(next2);
        return;
      }
      case 'IfExp': {
        const end = this.newBlock();
        const next2 = this.newBlock();
        this.jumpIf(loc, e.test, next2, false);
        this.jumpIf(loc, e.body, next, cond);
        this.jump(O.JUMP, end, NO_LOC);
        this.useBlock(next2);
        this.jumpIf(loc, e.orelse, next, cond);
        this.useBlock(end);
        return;
      }
      case 'Compare': {
        const n = e.ops.length - 1;
        if (n > 0) {
          this.checkCompare(e);
          const el = locOf(e);
          const cleanup = this.newBlock();
          this.expr(e.left);
          for (let i = 0; i < n; i++) {
            this.expr(e.comparators[i]!);
            this.opi(O.SWAP, 2, el);
            this.opi(O.COPY, 2, el);
            this.addCompare(e.ops[i]!, el);
            this.jump(O.POP_JUMP_IF_FALSE, cleanup, el);
          }
          this.expr(e.comparators[n]!);
          this.addCompare(e.ops[n]!, el);
          this.jump(cond ? O.POP_JUMP_IF_TRUE : O.POP_JUMP_IF_FALSE, next, el);
          const end = this.newBlock();
          this.jump(O.JUMP, end, NO_LOC);
          this.useBlock(cleanup);
          this.op(O.POP_TOP, el);
          if (!cond) this.jump(O.JUMP, next, NO_LOC);
          this.useBlock(end);
          return;
        }
        break;
      }
      default:
        break;
    }
    this.expr(e);
    this.jump(cond ? O.POP_JUMP_IF_TRUE : O.POP_JUMP_IF_FALSE, next, locOf(e));
  }

  // ---- calls ----

  validateKeywords(keywords: A.keyword[]): void {
    for (let i = 0; i < keywords.length; i++) {
      const key = keywords[i]!.arg;
      if (key === null) continue;
      this.forbiddenName(key, 'Store', locOf(keywords[i]!));
      for (let j = i + 1; j < keywords.length; j++) {
        const other = keywords[j]!;
        if (other.arg === key) this.error(`keyword argument repeated: ${key}`, locOf(other));
      }
    }
  }

  isImportOriginated(e: A.expr): boolean {
    if (e._type !== 'Name') return false;
    // compile.c looks only at the module's table (st_top), not the current scope's.
    return (this.st.top.getSymbol(e.id) & DEF_IMPORT) !== 0;
  }

  canOptimizeSuperCall(attr: A.Attribute): boolean {
    const e = attr.value;
    if (e._type !== 'Call' || e.func._type !== 'Name' || e.func.id !== 'super' || attr.attr === '__class__' || e.keywords.length !== 0) return false;
    const numArgs = e.args.length;
    if (this.u.ste.getScope('super') !== GLOBAL_IMPLICIT) return false;
    if (this.st.top.getScope('super') !== 0) return false;
    if (numArgs === 2) {
      for (const a of e.args) if (a._type === 'Starred') return false;
      return true;
    }
    if (numArgs !== 0) return false;
    if (this.u.argcount === 0 && this.u.posonlyargcount === 0) return false;
    if (this.u.scopeType === 'class') return false;
    return this.u.ste.getScope('__class__') === FREE;
  }

  loadArgsForSuper(e: A.Call): void {
    this.nameop('super', 'Load', locOf(e.func));
    if (e.args.length === 2) {
      this.expr(e.args[0]!);
      this.expr(e.args[1]!);
      return;
    }
    this.nameop('__class__', 'Load', locOf(e));
    const first = this.u.varnames.keys().next();
    if (first.done === true) throw new Error('compiler: super() without arguments');
    this.nameop(first.value, 'Load', locOf(e));
  }

  callSimpleKwHelper(loc: Loc, keywords: A.keyword[]): void {
    this.opi(O.KW_NAMES, this.addConst({ kind: 'tuple', items: keywords.map((k) => strConst(k.arg!)) }), loc);
  }

  maybeOptimizeMethodCall(e: A.Call): boolean {
    const meth = e.func;
    const args = e.args;
    const kwds = e.keywords;
    if (meth._type !== 'Attribute' || meth.ctx._type !== 'Load') return false;
    if (this.isImportOriginated(meth.value)) return false;
    const argsl = args.length;
    const kwdsl = kwds.length;
    if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
    for (const a of args) if (a._type === 'Starred') return false;
    for (const k of kwds) if (k.arg === null) return false;
    let loc = locOf(meth);
    if (this.canOptimizeSuperCall(meth)) {
      const call = meth.value as A.Call;
      this.loadArgsForSuper(call);
      this.addopName(call.args.length > 0 ? O.LOAD_SUPER_METHOD : O.LOAD_ZERO_SUPER_METHOD, meth.attr, loc);
      loc = this.attrLoc(loc, meth);
      this.op(O.NOP, loc);
    } else {
      this.expr(meth.value);
      loc = this.attrLoc(loc, meth);
      this.addopName(O.LOAD_METHOD, meth.attr, loc);
    }
    for (const a of args) this.expr(a);
    if (kwdsl > 0) {
      for (const k of kwds) this.expr(k.value);
      this.callSimpleKwHelper(loc, kwds);
    }
    loc = this.attrLoc(locOf(e), meth);
    this.opi(O.CALL, argsl + kwdsl, loc);
    return true;
  }

  call(e: A.Call): void {
    this.validateKeywords(e.keywords);
    if (this.maybeOptimizeMethodCall(e)) return;
    this.checkCaller(e.func);
    this.op(O.PUSH_NULL, locOf(e.func));
    this.expr(e.func);
    this.callHelper(locOf(e), 0, e.args, e.keywords);
  }

  subkwargs(loc: Loc, keywords: A.keyword[], begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      for (let i = begin; i < end; i++) this.expr(keywords[i]!.value);
      this.loadConst({ kind: 'tuple', items: keywords.slice(begin, end).map((k) => strConst(k.arg!)) }, loc);
      this.opi(O.BUILD_CONST_KEY_MAP, n, loc);
      return;
    }
    if (big) this.opi(O.BUILD_MAP, 0, NO_LOC);
    for (let i = begin; i < end; i++) {
      const kw = keywords[i]!;
      this.loadConst(strConst(kw.arg!), loc);
      this.expr(kw.value);
      if (big) this.opi(O.MAP_ADD, 1, NO_LOC);
    }
    if (!big) this.opi(O.BUILD_MAP, n, loc);
  }

  callHelper(loc: Loc, n: number, args: A.expr[], keywords: A.keyword[]): void {
    this.validateKeywords(keywords);
    const nelts = args.length;
    const nkwelts = keywords.length;
    let ex = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
    if (!ex) for (const a of args) if (a._type === 'Starred') { ex = true; break; }
    if (!ex) for (const k of keywords) if (k.arg === null) { ex = true; break; }
    if (!ex) {
      for (const a of args) this.expr(a);
      if (nkwelts > 0) {
        for (const k of keywords) this.expr(k.value);
        this.callSimpleKwHelper(loc, keywords);
      }
      this.opi(O.CALL, n + nelts + nkwelts, loc);
      return;
    }
    if (n === 0 && nelts === 1 && args[0]!._type === 'Starred') {
      this.expr((args[0] as A.Starred).value);
    } else {
      this.starunpackHelper(loc, args, n, O.BUILD_LIST, O.LIST_APPEND, O.LIST_EXTEND, true);
    }
    if (nkwelts > 0) {
      let haveDict = false;
      let nseen = 0;
      for (let i = 0; i < nkwelts; i++) {
        const kw = keywords[i]!;
        if (kw.arg === null) {
          if (nseen > 0) {
            this.subkwargs(loc, keywords, i - nseen, i);
            if (haveDict) this.opi(O.DICT_MERGE, 1, loc);
            haveDict = true;
            nseen = 0;
          }
          if (!haveDict) { this.opi(O.BUILD_MAP, 0, loc); haveDict = true; }
          this.expr(kw.value);
          this.opi(O.DICT_MERGE, 1, loc);
        } else {
          nseen++;
        }
      }
      if (nseen > 0) {
        this.subkwargs(loc, keywords, nkwelts - nseen, nkwelts);
        if (haveDict) this.opi(O.DICT_MERGE, 1, loc);
      }
    }
    this.opi(O.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0, loc);
  }

  lambda(e: A.Lambda): void {
    this.checkDebugArgs(e.args);
    const loc = locOf(e);
    const funcflags = this.defaultArguments(loc, e.args);
    this.enterScope('<lambda>', 'lambda', e, e.lineno);
    this.addConst(NONE);
    const u = this.u;
    u.argcount = e.args.posonlyargs.length + e.args.args.length; // co_argcount counts positional-only ones too
    u.posonlyargcount = e.args.posonlyargs.length;
    u.kwonlyargcount = e.args.kwonlyargs.length;
    this.expr(e.body);
    let co: CodeUnit;
    if (u.ste.generator) {
      co = this.assembleUnit(false);
    } else {
      this.op(O.RETURN_VALUE, { lineno: e.lineno, end_lineno: e.lineno, col_offset: 0, end_col_offset: 0 });
      co = this.assembleUnit(true);
    }
    this.exitScope();
    this.makeClosure(loc, co, funcflags);
  }

  // ---- comprehensions (PEP 709 inlining for list/set/dict) ----

  comprehension(e: A.expr, kind: 'generator' | 'list' | 'set' | 'dict', name: string, generators: A.comprehension[],
    elt: A.expr, val: A.expr | null): void {
    const entry = this.st.blocks.get(e);
    if (entry === undefined) throw new Error('compiler: no symbol table for comprehension');
    const scopeType = this.u.scopeType;
    const isInlined = entry.compInlined;
    const isAsyncGenerator = entry.coroutine;
    const loc = locOf(e);
    const outermost = generators[0]!;
    let state: InlinedState | null = null;
    if (isInlined) {
      this.comprehensionIter(loc, outermost);
      state = this.pushInlinedComprehensionState(loc, entry);
    } else {
      this.enterScope(name, 'comprehension', e, e.lineno);
    }
    if (isAsyncGenerator && kind !== 'generator' && scopeType !== 'async' && scopeType !== 'comprehension') {
      this.error('asynchronous comprehension outside of an asynchronous function', loc);
    }
    if (kind !== 'generator') {
      this.opi(kind === 'list' ? O.BUILD_LIST : kind === 'set' ? O.BUILD_SET : O.BUILD_MAP, 0, loc);
      if (isInlined) this.opi(O.SWAP, 2, loc);
    }
    this.comprehensionGenerator(loc, generators, 0, 0, elt, val, kind, isInlined);
    if (state !== null) {
      this.popInlinedComprehensionState(loc, state);
      return;
    }
    if (kind !== 'generator') this.op(O.RETURN_VALUE, loc);
    else this.wrapInStopIterationHandler();
    const co = this.assembleUnit(true);
    this.exitScope();
    this.makeClosure(loc, co, 0);
    this.comprehensionIter(loc, outermost);
    this.opi(O.CALL, 0, loc);
    if (isAsyncGenerator && kind !== 'generator') {
      this.opi(O.GET_AWAITABLE, 0, loc);
      this.loadConst(NONE, loc);
      this.addYieldFrom(loc, true);
    }
  }

  comprehensionIter(loc: Loc, comp: A.comprehension): void {
    this.expr(comp.iter);
    this.op(comp.is_async ? O.GET_AITER : O.GET_ITER, loc);
  }

  pushInlinedComprehensionState(loc: Loc, entry: Scope): InlinedState {
    const u = this.u;
    const inClassBlock = u.ste.type === 'class' && u.inInlinedComp === 0;
    u.inInlinedComp++;
    const state: InlinedState = { pushedLocals: [], tempSymbols: new Map(), fastHidden: [], cleanup: null, end: null };
    for (const [k, symbol] of entry.symbols) {
      if (((symbol & DEF_LOCAL) && !(symbol & DEF_NONLOCAL)) || inClassBlock) {
        if (!u.ste.isFunctionLike) {
          if (u.fasthidden.get(k) !== true) {
            u.fasthidden.set(k, true);
            state.fastHidden.push(k);
          }
        }
        const scope = (symbol >> SCOPE_OFFSET) & SCOPE_MASK;
        const outv = u.ste.symbols.get(k) ?? 0;
        const outsc = (outv >> SCOPE_OFFSET) & SCOPE_MASK;
        if (scope !== outsc && !(scope === CELL && outsc === FREE)) {
          u.ste.symbols.set(k, symbol);
          state.tempSymbols.set(k, outv);
        }
        this.opi(O.LOAD_FAST_AND_CLEAR, this.nameIndex(u.varnames, k), loc);
        if (scope === CELL) {
          if (outsc === FREE) this.opi(O.MAKE_CELL, this.derefIndex(k, true), loc);
          else {
            if (!u.cellvars.has(k)) u.cellvars.set(k, u.cellvars.size);
            this.opi(O.MAKE_CELL, this.derefIndex(k, false), loc);
          }
        }
        state.pushedLocals.push(k);
      }
    }
    if (state.pushedLocals.length > 0) {
      this.opi(O.SWAP, state.pushedLocals.length + 1, loc);
      state.cleanup = this.newBlock();
      state.end = this.newBlock();
      this.jump(O.SETUP_FINALLY, state.cleanup, loc);
    }
    return state;
  }

  restoreInlinedComprehensionLocals(loc: Loc, state: InlinedState): void {
    const npops = state.pushedLocals.length;
    this.opi(O.SWAP, npops + 1, loc);
    for (let i = npops - 1; i >= 0; i--) {
      this.opi(O.STORE_FAST_MAYBE_NULL, this.nameIndex(this.u.varnames, state.pushedLocals[i]!), loc);
    }
  }

  popInlinedComprehensionState(loc: Loc, state: InlinedState): void {
    const u = this.u;
    u.inInlinedComp--;
    for (const [k, v] of state.tempSymbols) u.ste.symbols.set(k, v);
    if (state.pushedLocals.length > 0) {
      this.op(O.POP_BLOCK, NO_LOC);
      this.jump(O.JUMP, state.end!, NO_LOC);
      this.useBlock(state.cleanup!);
      this.opi(O.SWAP, 2, NO_LOC);
      this.op(O.POP_TOP, NO_LOC);
      this.restoreInlinedComprehensionLocals(loc, state);
      this.opi(O.RERAISE, 0, NO_LOC);
      this.useBlock(state.end!);
      this.restoreInlinedComprehensionLocals(loc, state);
    }
    for (const k of state.fastHidden) u.fasthidden.set(k, false);
  }

  comprehensionGenerator(loc: Loc, gens: A.comprehension[], genIndex: number, depth: number, elt: A.expr,
    val: A.expr | null, kind: string, iterOnStack: boolean): void {
    if (gens[genIndex]!.is_async) this.asyncComprehensionGenerator(loc, gens, genIndex, depth, elt, val, kind, iterOnStack);
    else this.syncComprehensionGenerator(loc, gens, genIndex, depth, elt, val, kind, iterOnStack);
  }

  comprehensionElement(elt: A.expr, val: A.expr | null, kind: string, depth: number): Loc {
    let eltLoc = locOf(elt);
    switch (kind) {
      case 'generator':
        this.expr(elt);
        this.addYield(eltLoc);
        this.op(O.POP_TOP, eltLoc);
        break;
      case 'list':
        this.expr(elt);
        this.opi(O.LIST_APPEND, depth + 1, eltLoc);
        break;
      case 'set':
        this.expr(elt);
        this.opi(O.SET_ADD, depth + 1, eltLoc);
        break;
      case 'dict':
        this.expr(elt);
        this.expr(val!);
        eltLoc = { lineno: elt.lineno, end_lineno: val!.end_lineno, col_offset: elt.col_offset, end_col_offset: val!.end_col_offset };
        this.opi(O.MAP_ADD, depth + 1, eltLoc);
        break;
    }
    return eltLoc;
  }

  syncComprehensionGenerator(loc: Loc, gens: A.comprehension[], genIndex: number, depth: number, elt: A.expr,
    val: A.expr | null, kind: string, iterOnStack: boolean): void {
    let start: Block | null = this.newBlock();
    const ifCleanup = this.newBlock();
    const anchor = this.newBlock();
    const gen = gens[genIndex]!;
    if (!iterOnStack) {
      if (genIndex === 0) {
        this.u.argcount = 1;
        this.opi(O.LOAD_FAST, 0, loc);
      } else {
        const it = gen.iter;
        const elts = it._type === 'List' || it._type === 'Tuple' ? it.elts : null;
        if (elts !== null && elts.length === 1 && elts[0]!._type !== 'Starred') {
          this.expr(elts[0]!);
          start = null;
        }
        if (start !== null) {
          this.expr(gen.iter);
          this.op(O.GET_ITER, loc);
        }
      }
    }
    if (start !== null) {
      depth++;
      this.useBlock(start);
      this.jump(O.FOR_ITER, anchor, loc);
    }
    this.expr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(loc, cond, ifCleanup, false);
    if (++genIndex < gens.length) this.comprehensionGenerator(loc, gens, genIndex, depth, elt, val, kind, false);
    let eltLoc = locOf(elt);
    if (genIndex >= gens.length) eltLoc = this.comprehensionElement(elt, val, kind, depth);
    this.useBlock(ifCleanup);
    if (start !== null) {
      this.jump(O.JUMP, start, eltLoc);
      this.useBlock(anchor);
      this.op(O.END_FOR, NO_LOC);
    }
  }

  asyncComprehensionGenerator(loc: Loc, gens: A.comprehension[], genIndex: number, depth: number, elt: A.expr,
    val: A.expr | null, kind: string, iterOnStack: boolean): void {
    const start = this.newBlock();
    const except = this.newBlock();
    const ifCleanup = this.newBlock();
    const gen = gens[genIndex]!;
    if (!iterOnStack) {
      if (genIndex === 0) {
        this.u.argcount = 1;
        this.opi(O.LOAD_FAST, 0, loc);
      } else {
        this.expr(gen.iter);
        this.op(O.GET_AITER, loc);
      }
    }
    this.useBlock(start);
    this.pushFblock(loc, 'async_comprehension_generator', start, null, null);
    this.jump(O.SETUP_FINALLY, except, loc);
    this.op(O.GET_ANEXT, loc);
    this.loadConst(NONE, loc);
    this.addYieldFrom(loc, true);
    this.op(O.POP_BLOCK, loc);
    this.expr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(loc, cond, ifCleanup, false);
    depth++;
    if (++genIndex < gens.length) this.comprehensionGenerator(loc, gens, genIndex, depth, elt, val, kind, false);
    let eltLoc = locOf(elt);
    if (genIndex >= gens.length) eltLoc = this.comprehensionElement(elt, val, kind, depth);
    this.useBlock(ifCleanup);
    this.jump(O.JUMP, start, eltLoc);
    this.popFblock();
    this.useBlock(except);
    this.op(O.END_ASYNC_FOR, loc);
  }

  // ---- pattern matching (PEP 634) ----

  jumpToFailPop(loc: Loc, pc: PatternContext, op: number): void {
    const pops = pc.onTop + pc.stores.length;
    while (pc.failPop.length < pops + 1) pc.failPop.push(this.newBlock());
    this.jump(op, pc.failPop[pops]!, loc);
  }

  emitAndResetFailPop(loc: Loc, pc: PatternContext): void {
    if (pc.failPop.length === 0) return;
    for (let i = pc.failPop.length - 1; i > 0; i--) {
      this.useBlock(pc.failPop[i]!);
      this.op(O.POP_TOP, loc);
    }
    this.useBlock(pc.failPop[0]!);
    pc.failPop = [];
  }

  patternRotate(loc: Loc, count: number): void {
    while (count > 1) this.opi(O.SWAP, count--, loc);
  }

  patternStoreName(loc: Loc, n: string | null, pc: PatternContext): void {
    if (n === null) {
      this.op(O.POP_TOP, loc);
      return;
    }
    this.forbiddenName(n, 'Store', loc);
    if (pc.stores.includes(n)) this.error(`multiple assignments to name ${pyRepr(n)} in pattern`, loc);
    this.patternRotate(loc, pc.onTop + pc.stores.length + 1);
    pc.stores.push(n);
  }

  patternSubpattern(p: A.pattern, pc: PatternContext): void {
    const allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = allow;
  }

  pattern(p: A.pattern, pc: PatternContext): void {
    const loc = locOf(p);
    switch (p._type) {
      case 'MatchValue': {
        const v = p.value;
        if (v._type !== 'Constant' && v._type !== 'Attribute') this.error('patterns may only match literals and attribute lookups', loc);
        this.expr(v);
        this.opi(O.COMPARE_OP, O.Py_EQ, loc);
        this.jumpToFailPop(loc, pc, O.POP_JUMP_IF_FALSE);
        return;
      }
      case 'MatchSingleton':
        this.loadConst(constFromAst(p.value), loc);
        this.opi(O.IS_OP, 0, loc);
        this.jumpToFailPop(loc, pc, O.POP_JUMP_IF_FALSE);
        return;
      case 'MatchSequence': return this.patternSequence(p, pc);
      case 'MatchMapping': return this.patternMapping(p, pc);
      case 'MatchClass': return this.patternClass(p, pc);
      case 'MatchStar':
        this.patternStoreName(loc, p.name, pc);
        return;
      case 'MatchAs':
        if (p.pattern === null) {
          if (!pc.allowIrrefutable) {
            if (p.name !== null) this.error(`name capture ${pyRepr(p.name)} makes remaining patterns unreachable`, loc);
            this.error('wildcard makes remaining patterns unreachable', loc);
          }
          this.patternStoreName(loc, p.name, pc);
          return;
        }
        pc.onTop++;
        this.opi(O.COPY, 1, loc);
        this.pattern(p.pattern, pc);
        pc.onTop--;
        this.patternStoreName(loc, p.name, pc);
        return;
      case 'MatchOr': return this.patternOr(p, pc);
    }
  }

  patternSequence(p: A.MatchSequence, pc: PatternContext): void {
    const loc = locOf(p);
    const patterns = p.patterns;
    const size = patterns.length;
    let star = -1;
    let onlyWildcard = true;
    let starWildcard = false;
    for (let i = 0; i < size; i++) {
      const q = patterns[i]!;
      if (q._type === 'MatchStar') {
        if (star >= 0) this.error('multiple starred names in sequence pattern', loc);
        starWildcard = isStarWildcard(q);
        onlyWildcard = onlyWildcard && starWildcard;
        star = i;
        continue;
      }
      onlyWildcard = onlyWildcard && isWildcard(q);
    }
    pc.onTop++;
    this.op(O.MATCH_SEQUENCE, loc);
    this.jumpToFailPop(loc, pc, O.POP_JUMP_IF_FALSE);
    if (star < 0) {
      this.op(O.GET_LEN, loc);
      this.loadConst({ kind: 'int', value: size }, loc);
      this.opi(O.COMPARE_OP, O.Py_EQ, loc);
      this.jumpToFailPop(loc, pc, O.POP_JUMP_IF_FALSE);
    } else if (size > 1) {
      this.op(O.GET_LEN, loc);
      this.loadConst({ kind: 'int', value: size - 1 }, loc);
      this.opi(O.COMPARE_OP, O.Py_GE, loc);
      this.jumpToFailPop(loc, pc, O.POP_JUMP_IF_FALSE);
    }
    pc.onTop--;
    if (onlyWildcard) {
      this.op(O.POP_TOP, loc);
    } else if (starWildcard) {
      pc.onTop++;
      for (let i = 0; i < size; i++) {
        const q = patterns[i]!;
        if (isWildcard(q) || i === star) continue;
        this.opi(O.COPY, 1, loc);
        if (i < star) {
          this.loadConst({ kind: 'int', value: i }, loc);
        } else {
          this.op(O.GET_LEN, loc);
          this.loadConst({ kind: 'int', value: size - i }, loc);
          this.opi(O.BINARY_OP, O.NB_SUBTRACT, loc);
        }
        this.op(O.BINARY_SUBSCR, loc);
        this.patternSubpattern(q, pc);
      }
      pc.onTop--;
      this.op(O.POP_TOP, loc);
    } else {
      let seenStar = false;
      for (let i = 0; i < size; i++) {
        const q = patterns[i]!;
        if (q._type === 'MatchStar' && !seenStar) {
          if (i >= (1 << 8) || size - i - 1 >= (0x7fffffff >> 8)) this.error('too many expressions in star-unpacking sequence pattern', loc);
          this.opi(O.UNPACK_EX, i + ((size - i - 1) << 8), loc);
          seenStar = true;
        } else if (q._type === 'MatchStar') {
          this.error('multiple starred expressions in sequence pattern', loc);
        }
      }
      if (!seenStar) this.opi(O.UNPACK_SEQUENCE, size, loc);
      pc.onTop += size;
      for (let i = 0; i < size; i++) {
        pc.onTop--;
        this.patternSubpattern(patterns[i]!, pc);
      }
    }
  }

  patternMapping(p: A.MatchMapping, pc: PatternContext): void {
    const loc = locOf(p);
    const keys = p.keys;
    const patterns = p.patterns;
    let size = keys.length;
    const starTarget = p.rest;
    pc.onTop++;
    this.op(O.MATCH_MAPPING, loc);
    this.jumpToFailPop(loc, pc, O.POP_JUMP_IF_FALSE);
    if (size === 0 && starTarget === null) {
      pc.onTop--;
      this.op(O.POP_TOP, loc);
      return;
    }
    if (size > 0) {
      this.op(O.GET_LEN, loc);
      this.loadConst({ kind: 'int', value: size }, loc);
      this.opi(O.COMPARE_OP, O.Py_GE, loc);
      this.jumpToFailPop(loc, pc, O.POP_JUMP_IF_FALSE);
    }
    const seen = new Set<string>();
    for (let i = 0; i < size; i++) {
      const key = keys[i]!;
      if (key._type === 'Constant') {
        const c = constFromAst(key.value);
        const k = mappingKey(c);
        if (seen.has(k)) this.error(`mapping pattern checks duplicate key (${pyRepr(key.value)})`, loc);
        seen.add(k);
      } else if (key._type !== 'Attribute') {
        this.error('mapping pattern keys may only match literals and attribute lookups', loc);
      }
      this.expr(key);
    }
    this.opi(O.BUILD_TUPLE, size, loc);
    this.op(O.MATCH_KEYS, loc);
    pc.onTop += 2;
    this.opi(O.COPY, 1, loc);
    this.loadConst(NONE, loc);
    this.opi(O.IS_OP, 1, loc);
    this.jumpToFailPop(loc, pc, O.POP_JUMP_IF_FALSE);
    this.opi(O.UNPACK_SEQUENCE, size, loc);
    pc.onTop += size - 1;
    for (let i = 0; i < size; i++) {
      pc.onTop--;
      this.patternSubpattern(patterns[i]!, pc);
    }
    pc.onTop -= 2;
    if (starTarget !== null) {
      this.opi(O.BUILD_MAP, 0, loc);
      this.opi(O.SWAP, 3, loc);
      this.opi(O.DICT_UPDATE, 2, loc);
      this.opi(O.UNPACK_SEQUENCE, size, loc);
      while (size > 0) {
        this.opi(O.COPY, 1 + size--, loc);
        this.opi(O.SWAP, 2, loc);
        this.op(O.DELETE_SUBSCR, loc);
      }
      this.patternStoreName(loc, starTarget, pc);
    } else {
      this.op(O.POP_TOP, loc);
      this.op(O.POP_TOP, loc);
    }
  }

  patternClass(p: A.MatchClass, pc: PatternContext): void {
    const loc = locOf(p);
    const patterns = p.patterns;
    const kwdAttrs = p.kwd_attrs;
    const kwdPatterns = p.kwd_patterns;
    const nargs = patterns.length;
    const nattrs = kwdAttrs.length;
    for (let i = 0; i < nattrs; i++) {
      const attr = kwdAttrs[i]!;
      this.forbiddenName(attr, 'Store', locOf(kwdPatterns[i]!));
      for (let j = i + 1; j < nattrs; j++) {
        if (kwdAttrs[j] === attr) this.error(`attribute name repeated in class pattern: ${attr}`, locOf(kwdPatterns[j]!));
      }
    }
    this.expr(p.cls);
    this.loadConst({ kind: 'tuple', items: kwdAttrs.map(strConst) }, loc);
    this.opi(O.MATCH_CLASS, nargs, loc);
    this.opi(O.COPY, 1, loc);
    this.loadConst(NONE, loc);
    this.opi(O.IS_OP, 1, loc);
    pc.onTop++;
    this.jumpToFailPop(loc, pc, O.POP_JUMP_IF_FALSE);
    this.opi(O.UNPACK_SEQUENCE, nargs + nattrs, loc);
    pc.onTop += nargs + nattrs - 1;
    for (let i = 0; i < nargs + nattrs; i++) {
      pc.onTop--;
      const q = i < nargs ? patterns[i]! : kwdPatterns[i - nargs]!;
      if (isWildcard(q)) {
        this.op(O.POP_TOP, loc);
        continue;
      }
      this.patternSubpattern(q, pc);
    }
  }

  patternOr(p: A.MatchOr, pc: PatternContext): void {
    const loc = locOf(p);
    const end = this.newBlock();
    const size = p.patterns.length;
    const old: PatternContext = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable, failPop: pc.failPop, onTop: pc.onTop };
    let control: string[] | null = null;
    for (let i = 0; i < size; i++) {
      const alt = p.patterns[i]!;
      const aloc = locOf(alt);
      pc.stores = [];
      pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
      pc.failPop = [];
      pc.onTop = 0;
      this.opi(O.COPY, 1, aloc);
      this.pattern(alt, pc);
      const nstores = pc.stores.length;
      if (i === 0) {
        control = pc.stores;
      } else if (nstores !== control!.length) {
        this.error('alternative patterns bind different names', loc);
      } else if (nstores > 0) {
        let icontrol = nstores;
        while (icontrol--) {
          const name = control![icontrol]!;
          const istores = pc.stores.indexOf(name);
          if (istores < 0) this.error('alternative patterns bind different names', loc);
          if (icontrol !== istores) {
            let rotations = istores + 1;
            const rotated = pc.stores.slice(0, rotations);
            pc.stores.splice(0, rotations);
            pc.stores.splice(icontrol - istores, 0, ...rotated);
            while (rotations--) this.patternRotate(aloc, icontrol + 1);
          }
        }
      }
      this.jump(O.JUMP, end, aloc);
      this.emitAndResetFailPop(aloc, pc);
    }
    pc.stores = old.stores;
    pc.allowIrrefutable = old.allowIrrefutable;
    pc.failPop = old.failPop;
    pc.onTop = old.onTop;
    this.op(O.POP_TOP, loc);
    this.jumpToFailPop(loc, pc, O.JUMP);
    this.useBlock(end);
    const nstores = control!.length;
    const nrots = nstores + 1 + pc.onTop + pc.stores.length;
    for (let i = 0; i < nstores; i++) {
      this.patternRotate(loc, nrots);
      const name = control![i]!;
      if (pc.stores.includes(name)) this.error(`multiple assignments to name ${pyRepr(name)} in pattern`, loc);
      pc.stores.push(name);
    }
    this.op(O.POP_TOP, loc);
  }

  match(s: A.Match): void {
    this.expr(s.subject);
    const end = this.newBlock();
    const cases = s.cases.length;
    let m = s.cases[cases - 1]!;
    const hasDefault = isWildcard(m.pattern) && cases > 1 ? 1 : 0;
    const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
    for (let i = 0; i < cases - hasDefault; i++) {
      m = s.cases[i]!;
      const ploc = locOf(m.pattern);
      if (i !== cases - hasDefault - 1) this.opi(O.COPY, 1, ploc);
      pc.stores = [];
      pc.allowIrrefutable = m.guard !== null || i === cases - 1;
      pc.failPop = [];
      pc.onTop = 0;
      this.pattern(m.pattern, pc);
      for (const name of pc.stores) this.nameop(name, 'Store', ploc);
      if (m.guard !== null) {
        if (pc.failPop.length === 0) pc.failPop.push(this.newBlock());
        this.jumpIf(ploc, m.guard, pc.failPop[0]!, false);
      }
      if (i !== cases - hasDefault - 1) this.op(O.POP_TOP, ploc);
      this.stmts(m.body);
      this.jump(O.JUMP, end, NO_LOC);
      this.emitAndResetFailPop(ploc, pc);
    }
    if (hasDefault) {
      m = s.cases[cases - 1]!;
      const ploc = locOf(m.pattern);
      if (cases === 1) this.op(O.POP_TOP, ploc);
      else this.op(O.NOP, ploc);
      if (m.guard !== null) this.jumpIf(ploc, m.guard, end, false);
      this.stmts(m.body);
    }
    this.useBlock(end);
  }
}

interface InlinedState {
  pushedLocals: string[];
  tempSymbols: Map<string, number>;
  fastHidden: string[];
  cleanup: Block | null;
  end: Block | null;
}

/** Key for duplicate detection of mapping-pattern constants (1 == 1.0 == True as Python set members). */
function mappingKey(c: ConstValue): string {
  switch (c.kind) {
    case 'bool': return 'n' + (c.value ? '1' : '0');
    case 'int': return 'n' + c.value.toString();
    case 'float': return Number.isInteger(c.value) ? 'n' + BigInt(c.value).toString() : 'f' + String(c.value);
    case 'complex': return c.imag === 0 ? (Number.isInteger(c.real) ? 'n' + BigInt(c.real).toString() : 'f' + String(c.real)) : constKey(c);
    default: return constKey(c);
  }
}

function dedupeItems(items: ConstValue[]): ConstValue[] {
  const seen = new Set<string>();
  const out: ConstValue[] = [];
  for (const it of items) {
    const k = mappingKey(it);
    if (!seen.has(k)) { seen.add(k); out.push(it); }
  }
  return out;
}

/** Entry point behind compileModule (codeunit.ts). */
export function compileTree(tree: A.Module | A.Expression | A.Interactive, filename: string,
  mode: 'exec' | 'eval' | 'single', options: CompileOptions): CodeUnit {
  const c = new Compiler(filename, options.optimize ?? 0, options.source);
  if (options.warnings !== undefined) c.warnings = options.warnings;
  c.futureFeatures = options.future ?? 0;
  return c.compileMod(tree, mode);
}

export { TRUE, FALSE };
