// Symbol tables: which scope each name lives in (local, global, free, cell), per block (module,
// class, function, lambda, comprehension, annotation, PEP 695 type scopes). Mirrors CPython 3.12's
// Python/symtable.c: a visiting pass records flags per name, then an analysis pass resolves scopes,
// inlining list/set/dict comprehensions into their enclosing scope (PEP 709).
// Invariant: flag bits and scope numbers are CPython's, so `symbols` can be compared with the
// `symtable` module's raw `_table.symbols` (tools/compiler-golden.py records them).

import type * as A from '../parser/ast.ts';
import { PySyntaxError } from '../parser/errors.ts';

export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_TYPE_PARAM = 1024;
export const DEF_COMP_CELL = 2048;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export const SCOPE_OFFSET = 12;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;
export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

export type BlockType = 'function' | 'class' | 'module' | 'annotation' | 'TypeVar bound' | 'type alias' | 'type parameter';
export type ComprehensionKind = 'none' | 'list' | 'set' | 'dict' | 'generator';

type Loc = { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number };

/** One block's symbols (CPython's PySTEntryObject). */
export class Scope {
  readonly type: BlockType;
  readonly name: string;
  readonly symbols = new Map<string, number>();
  /** Parameters, in signature order (ste_varnames). */
  readonly varnames: string[] = [];
  children: Scope[] = [];
  readonly directives = new Map<string, Loc>();
  readonly lineno: number;
  readonly col: number;
  nested = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionKind = 'none';
  compInlined = false;
  compIterTarget = false;
  compIterExpr = 0;
  returnsValue = false;
  varargs = false;
  varkeywords = false;
  free = false;
  childFree = false;
  needsClassClosure = false;
  needsClassdict = false;
  canSeeClassScope = false;
  /** The class name used for private name mangling inside this block (st_private), or null. */
  private_: string | null = null;
  /** The AST node that opened the block. */
  readonly node: object;

  constructor(type: BlockType, name: string, node: object, lineno: number, col: number) {
    this.type = type;
    this.name = name;
    this.node = node;
    this.lineno = lineno;
    this.col = col;
  }

  /** True for blocks compiled to functions (CPython's _PyST_IsFunctionLike). */
  get isFunctionLike(): boolean {
    return this.type === 'function' || this.type === 'annotation' || this.type === 'TypeVar bound'
      || this.type === 'type alias' || this.type === 'type parameter';
  }

  /** The resolved scope of a name (LOCAL..CELL), 0 when the name is unknown here. */
  getScope(name: string): number {
    const f = this.symbols.get(name);
    return f === undefined ? 0 : (f >> SCOPE_OFFSET) & SCOPE_MASK;
  }

  getSymbol(name: string): number {
    return this.symbols.get(name) ?? 0;
  }
}

/** The symbol tables of one module: the top block, and the block each scope-opening node opened. */
export interface SymbolTable {
  top: Scope;
  blocks: Map<object, Scope>;
  futureAnnotations: boolean;
}

/** Mangles a private name like _Py_Mangle: `__x` inside class `C` becomes `_C__x`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped.length === 0) return name;
  return '_' + stripped + name;
}

/** A symtable error: raised as PyErr_RangedSyntaxLocationObject does, with (msg,) as its args. */
function syntaxError(filename: string, msg: string, loc: Loc | null, source: string | undefined): PySyntaxError {
  const e = loc === null ? new PySyntaxError('SyntaxError', msg, filename, null, null, null, null, null)
    : new PySyntaxError('SyntaxError', msg, filename, loc.lineno, loc.col_offset + 1, loc.end_lineno,
      loc.end_col_offset + 1, sourceLine(source, loc.lineno));
  e.form = 'located';
  return e;
}

/** The text of line `lineno` (1-based) with its newline, as CPython's error text, or null. */
export function sourceLine(source: string | undefined, lineno: number): string | null {
  if (source === undefined || lineno < 1) return null;
  let pos = 0;
  for (let i = 1; i < lineno; i++) {
    const nl = source.indexOf('\n', pos);
    if (nl < 0) return null;
    pos = nl + 1;
  }
  const nl = source.indexOf('\n', pos);
  return nl < 0 ? source.slice(pos) : source.slice(pos, nl + 1);
}

const COMP_NAMES: Record<string, string> = { list: 'list comprehension', set: 'set comprehension', dict: 'dict comprehension', generator: 'generator expression' };

class Builder {
  readonly blocks = new Map<object, Scope>();
  readonly stack: Scope[] = [];
  cur!: Scope;
  top!: Scope;
  private_: string | null = null;

  constructor(readonly filename: string, readonly futureAnnotations: boolean, readonly source: string | undefined) {}

  error(msg: string, loc: Loc | null): never {
    throw syntaxError(this.filename, msg, loc, this.source);
  }

  enter(type: BlockType, name: string, node: object, loc: { lineno: number; col_offset: number }): void {
    const ste = new Scope(type, name, node, loc.lineno, loc.col_offset);
    const prev = this.stack.length > 0 ? this.cur : null;
    if (prev !== null && (prev.nested || prev.isFunctionLike)) ste.nested = true;
    ste.private_ = this.private_;
    this.blocks.set(node, ste);
    // symtable.c: annotation blocks (from __future__ import annotations) are never attached to the
    // tree, so the names they use affect no scope (the annotations compile to strings).
    if (prev !== null && type !== 'annotation') prev.children.push(ste);
    this.stack.push(ste);
    this.cur = ste;
    if (type === 'module') this.top = ste;
  }

  exit(): void {
    this.stack.pop();
    this.cur = this.stack[this.stack.length - 1]!;
  }

  lookup(name: string): number {
    return this.cur.symbols.get(mangle(this.private_, name)) ?? 0;
  }

  addDef(name: string, flag: number, loc: Loc, ste: Scope = this.cur): void {
    const mangled = mangle(this.private_, name);
    let val = ste.symbols.get(mangled);
    if (val !== undefined) {
      if ((flag & DEF_PARAM) && (val & DEF_PARAM)) {
        this.error(`duplicate argument '${name}' in function definition`, loc);
      }
      if ((flag & DEF_TYPE_PARAM) && (val & DEF_TYPE_PARAM)) this.error(`duplicate type parameter '${name}'`, loc);
      val |= flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, loc);
      }
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      const g = this.top.symbols.get(mangled);
      this.top.symbols.set(mangled, g === undefined ? flag : g | flag);
    }
  }

  recordDirective(name: string, loc: Loc): void {
    const mangled = mangle(this.private_, name);
    if (!this.cur.directives.has(mangled)) this.cur.directives.set(mangled, loc);
  }

  raiseIfAnnotationBlock(what: string, e: Loc): void {
    const t = this.cur.type;
    if (t === 'annotation') this.error(`'${what}' can not be used within an annotation`, e);
    if (t === 'TypeVar bound') this.error(`'${what}' can not be used within a TypeVar bound`, e);
    if (t === 'type alias') this.error(`'${what}' can not be used within a type alias`, e);
    if (t === 'type parameter') this.error(`'${what}' can not be used within the definition of a generic`, e);
  }

  // ---- statements ----

  stmts(body: A.stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  exprs(es: (A.expr | null)[]): void {
    for (const e of es) if (e !== null) this.expr(e);
  }

  stmt(s: A.stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.args.defaults);
        this.exprs(s.args.kw_defaults);
        this.exprs(s.decorator_list);
        const hasTP = s.type_params.length > 0;
        if (hasTP) {
          // symtable.c tests `args->defaults != NULL`, true for every parsed def even without defaults,
          // so '.defaults' is always a parameter name here (it shows in co_varnames).
          this.enterTypeParamBlock(s.name, s.type_params, s,
            true, s.args.kw_defaults.some((d) => d !== null), false);
          this.typeParams(s.type_params);
        }
        this.annotations(s, s.args, s.returns);
        this.enter('function', s.name, s, s);
        if (s._type === 'AsyncFunctionDef') this.cur.coroutine = true;
        this.argumentsDef(s.args);
        this.stmts(s.body);
        this.exit();
        if (hasTP) this.exitTypeParamBlock();
        break;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.decorator_list);
        const hasTP = s.type_params.length > 0;
        const savedPrivate = this.private_;
        if (hasTP) {
          this.enterTypeParamBlock(s.name, s.type_params, s, false, false, true);
          this.private_ = s.name;
          this.typeParams(s.type_params);
        }
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.enter('class', s.name, s, s);
        this.private_ = s.name;
        this.cur.private_ = s.name;
        if (hasTP) {
          this.addDef('__type_params__', DEF_LOCAL, s);
          this.addDef('.type_params', USE, s);
        }
        this.stmts(s.body);
        this.exit();
        if (hasTP) this.exitTypeParamBlock();
        this.private_ = savedPrivate;
        break;
      }
      case 'Return':
        if (s.value !== null) {
          this.expr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete':
        this.exprs(s.targets);
        break;
      case 'Assign':
        this.exprs(s.targets);
        this.expr(s.value);
        break;
      case 'TypeAlias': {
        this.expr(s.name);
        const name = (s.name as A.Name).id;
        const hasTP = s.type_params.length > 0;
        const isInClass = this.cur.type === 'class';
        if (hasTP) {
          this.enterTypeParamBlock(name, s.type_params, s, false, false, false);
          this.typeParams(s.type_params);
        }
        this.enter('type alias', name, s, s);
        // As symtable.c: the alias's value sees the class namespace through __classdict__.
        this.cur.canSeeClassScope = isInClass;
        if (isInClass) this.addDef('__classdict__', USE, s.value);
        this.expr(s.value);
        this.exit();
        if (hasTP) this.exitTypeParamBlock();
        break;
      }
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        break;
      case 'AnnAssign': {
        if (s.target._type === 'Name') {
          const name = s.target.id;
          const cur = this.lookup(name);
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && this.cur !== this.top && s.simple) {
            this.error(cur & DEF_GLOBAL ? `annotated name '${name}' can't be global` : `annotated name '${name}' can't be nonlocal`, s);
          }
          if (s.simple) this.addDef(name, DEF_ANNOT | DEF_LOCAL, s.target);
          else if (s.value !== null) this.addDef(name, DEF_LOCAL, s.target);
        } else {
          this.expr(s.target);
        }
        this.annotation(s.annotation);
        if (s.value !== null) this.expr(s.value);
        break;
      }
      case 'For':
      case 'AsyncFor':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard !== null) this.expr(c.guard);
          this.stmts(c.body);
        }
        break;
      case 'Raise':
        if (s.exc !== null) {
          this.expr(s.exc);
          if (s.cause !== null) this.expr(s.cause);
        }
        break;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type !== null) this.expr(h.type);
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        if (s.msg !== null) this.expr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          const dot = a.name.indexOf('.');
          const store = a.asname ?? (dot >= 0 ? a.name.slice(0, dot) : a.name);
          if (store !== '*') {
            this.addDef(store, DEF_IMPORT, a);
          } else if (this.cur.type !== 'module') {
            this.error('import * only allowed at module level', a);
          }
        }
        break;
      case 'Global':
      case 'Nonlocal': {
        const isGlobal = s._type === 'Global';
        const word = isGlobal ? 'global' : 'nonlocal';
        for (const name of s.names) {
          const cur = this.lookup(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${word}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${word} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${word}`;
            else msg = `name '${name}' is assigned to before ${word} declaration`;
            this.error(msg, s);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          this.recordDirective(name, s);
        }
        break;
      }
      case 'Expr':
        this.expr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.expr(item.context_expr);
          if (item.optional_vars !== null) this.expr(item.optional_vars);
        }
        this.stmts(s.body);
        break;
    }
  }

  enterTypeParamBlock(name: string, _tps: A.type_param[], node: A.stmt, hasDefaults: boolean, hasKwDefaults: boolean, isClass: boolean): void {
    const inClass = this.cur.type === 'class';
    this.enter('type parameter', name, _tps, node);
    if (inClass) this.cur.canSeeClassScope = true;
    if (inClass) {
      this.addDef('__classdict__', USE, node);
    }
    if (isClass) {
      this.addDef('.type_params', DEF_LOCAL, node);
      this.addDef('.type_params', USE, node);
      this.addDef('.generic_base', DEF_LOCAL, node);
      this.addDef('.generic_base', USE, node);
    }
    if (hasDefaults) this.addDef('.defaults', DEF_PARAM, node);
    if (hasKwDefaults) this.addDef('.kwdefaults', DEF_PARAM, node);
  }

  exitTypeParamBlock(): void {
    this.exit();
  }

  typeParams(tps: A.type_param[]): void {
    for (const tp of tps) {
      this.addDef(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, tp);
      if (tp._type === 'TypeVar' && tp.bound !== null) {
        const isInClass = this.cur.canSeeClassScope;
        this.enter('TypeVar bound', tp.name, tp, tp);
        this.cur.canSeeClassScope = isInClass;
        if (isInClass) this.addDef('__classdict__', USE, tp.bound);
        this.expr(tp.bound);
        this.exit();
      }
    }
  }

  annotation(ann: A.expr): void {
    if (this.futureAnnotations) {
      this.enter('annotation', '_annotation', ann, ann);
      this.expr(ann);
      this.exit();
    } else {
      this.expr(ann);
    }
  }

  annotations(node: A.stmt, a: A.arguments, returns: A.expr | null): void {
    if (this.futureAnnotations) this.enter('annotation', '_annotation', a, node);
    for (const p of a.posonlyargs) if (p.annotation !== null) this.expr(p.annotation);
    for (const p of a.args) if (p.annotation !== null) this.expr(p.annotation);
    if (a.vararg !== null && a.vararg.annotation !== null) this.expr(a.vararg.annotation);
    if (a.kwarg !== null && a.kwarg.annotation !== null) this.expr(a.kwarg.annotation);
    for (const p of a.kwonlyargs) if (p.annotation !== null) this.expr(p.annotation);
    if (this.futureAnnotations) this.exit();
    if (returns !== null) this.annotation(returns);
  }

  argumentsDef(a: A.arguments): void {
    for (const p of a.posonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.args) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.kwonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    if (a.vararg !== null) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg !== null) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  // ---- expressions ----

  expr(e: A.expr): void {
    switch (e._type) {
      case 'NamedExpr':
        this.raiseIfAnnotationBlock('named expression', e);
        if (this.cur.compIterExpr > 0) {
          this.error('assignment expression cannot be used in a comprehension iterable expression', e);
        }
        if (this.cur.comprehension !== 'none') this.extendNamedExprScope(e.target as A.Name, e.target);
        this.expr(e.value);
        this.expr(e.target);
        break;
      case 'BoolOp':
        this.exprs(e.values);
        break;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        break;
      case 'UnaryOp':
        this.expr(e.operand);
        break;
      case 'Lambda':
        this.exprs(e.args.defaults);
        this.exprs(e.args.kw_defaults);
        this.enter('function', 'lambda', e, e);
        this.argumentsDef(e.args);
        this.expr(e.body);
        this.exit();
        break;
      case 'IfExp':
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case 'Dict':
        this.exprs(e.keys);
        this.exprs(e.values);
        break;
      case 'Set':
        this.exprs(e.elts);
        break;
      case 'GeneratorExp':
        this.comprehension(e, 'genexpr', 'generator', e.generators, e.elt, null);
        break;
      case 'ListComp':
        this.comprehension(e, 'listcomp', 'list', e.generators, e.elt, null);
        break;
      case 'SetComp':
        this.comprehension(e, 'setcomp', 'set', e.generators, e.elt, null);
        break;
      case 'DictComp':
        this.comprehension(e, 'dictcomp', 'dict', e.generators, e.key, e.value);
        break;
      case 'Yield':
      case 'YieldFrom':
        this.raiseIfAnnotationBlock('yield expression', e);
        if (e.value !== null) this.expr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension !== 'none') {
          this.error(`'yield' inside ${COMP_NAMES[this.cur.comprehension]}`, e);
        }
        break;
      case 'Await':
        this.raiseIfAnnotationBlock('await expression', e);
        this.expr(e.value);
        this.cur.coroutine = true;
        break;
      case 'Compare':
        this.expr(e.left);
        this.exprs(e.comparators);
        break;
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec !== null) this.expr(e.format_spec);
        break;
      case 'JoinedStr':
        this.exprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.expr(e.value);
        break;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        break;
      case 'Starred':
        this.expr(e.value);
        break;
      case 'Slice':
        if (e.lower !== null) this.expr(e.lower);
        if (e.upper !== null) this.expr(e.upper);
        if (e.step !== null) this.expr(e.step);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx._type === 'Load' ? USE : DEF_LOCAL, e);
        if (e.ctx._type === 'Load' && this.cur.type === 'function' && e.id === 'super') {
          this.addDef('__class__', USE, e);
        }
        break;
      case 'List':
      case 'Tuple':
        this.exprs(e.elts);
        break;
    }
  }

  extendNamedExprScope(target: A.Name, e: Loc): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i]!;
      if (ste.comprehension !== 'none') {
        if (ste.getSymbol(name) & DEF_COMP_ITER) {
          this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, e);
        }
        continue;
      }
      if (ste.type === 'function') {
        if (ste.getSymbol(name) & DEF_GLOBAL) this.addDef(name, DEF_GLOBAL, e);
        else this.addDef(name, DEF_NONLOCAL, e);
        this.recordDirective(name, e);
        this.addDef(name, DEF_LOCAL, e, ste);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(name, DEF_GLOBAL, e);
        this.recordDirective(name, e);
        this.addDef(name, DEF_GLOBAL, e, ste);
        return;
      }
      if (ste.type === 'class') this.error('assignment expression within a comprehension cannot be used in a class body', e);
      if (ste.type === 'type parameter') this.error('assignment expression within a comprehension cannot be used within the definition of a generic', e);
      if (ste.type === 'TypeVar bound') this.error('assignment expression within a comprehension cannot be used in a TypeVar bound', e);
      if (ste.type === 'type alias') this.error('assignment expression within a comprehension cannot be used in a type alias', e);
      this.error('assignment expression within a comprehension cannot be used in a class body', e);
    }
  }

  comprehension(e: A.expr, scopeName: string, kind: ComprehensionKind, generators: A.comprehension[],
    elt: A.expr, value: A.expr | null): void {
    const isGenerator = kind === 'generator';
    const outermost = generators[0]!;
    this.cur.compIterExpr++;
    this.expr(outermost.iter);
    this.cur.compIterExpr--;
    this.enter('function', scopeName, e, e as Loc);
    this.cur.comprehension = kind;
    if (outermost.is_async) this.cur.coroutine = true;
    this.addDef('.0', DEF_PARAM, e as Loc);
    this.cur.compIterTarget = true;
    this.expr(outermost.target);
    this.cur.compIterTarget = false;
    this.exprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) {
      const g = generators[i]!;
      this.cur.compIterTarget = true;
      this.expr(g.target);
      this.cur.compIterTarget = false;
      this.cur.compIterExpr++;
      this.expr(g.iter);
      this.cur.compIterExpr--;
      this.exprs(g.ifs);
      if (g.is_async) this.cur.coroutine = true;
    }
    if (value !== null) this.expr(value);
    this.expr(elt);
    this.cur.generator = isGenerator;
    const isAsync = this.cur.coroutine && !isGenerator;
    this.exit();
    if (isAsync) this.cur.coroutine = true;
  }

  pattern(p: A.pattern): void {
    switch (p._type) {
      case 'MatchValue':
        this.expr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
        for (const q of p.patterns) this.pattern(q);
        break;
      case 'MatchStar':
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchMapping':
        this.exprs(p.keys);
        for (const q of p.patterns) this.pattern(q);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwd_patterns) this.pattern(q);
        break;
      case 'MatchAs':
        if (p.pattern !== null) this.pattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchOr':
        for (const q of p.patterns) this.pattern(q);
        break;
    }
  }
}

// ---- analysis (symtable.c analyze_block and friends) ----

class Analyzer {
  constructor(readonly filename: string, readonly source: string | undefined) {}

  error(msg: string, loc: Loc | null): never {
    throw syntaxError(this.filename, msg, loc, this.source);
  }

  analyzeName(ste: Scope, scopes: Map<string, number>, name: string, flags: number, bound: Set<string> | null,
    local: Set<string>, free: Set<string>, global: Set<string>, typeParams: Set<string>, classEntry: Scope | null): void {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) this.error(`name '${name}' is nonlocal and global`, ste.directives.get(name) ?? null);
      scopes.set(name, GLOBAL_EXPLICIT);
      global.add(name);
      if (bound !== null) bound.delete(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      const loc = ste.directives.get(name) ?? null;
      if (bound === null) this.error('nonlocal declaration not allowed at module level', loc);
      if (!bound.has(name)) this.error(`no binding for nonlocal '${name}' found`, loc);
      if (typeParams.has(name)) this.error(`nonlocal binding not allowed for type parameter '${name}'`, loc);
      scopes.set(name, FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scopes.set(name, LOCAL);
      local.add(name);
      global.delete(name);
      if (flags & DEF_TYPE_PARAM) typeParams.add(name);
      else typeParams.delete(name);
      return;
    }
    if (classEntry !== null) {
      const cf = classEntry.getSymbol(name);
      if (cf & DEF_GLOBAL) {
        scopes.set(name, GLOBAL_EXPLICIT);
        return;
      } else if ((cf & DEF_BOUND) && !(cf & DEF_NONLOCAL)) {
        scopes.set(name, GLOBAL_IMPLICIT);
        return;
      }
    }
    if (bound !== null && bound.has(name)) {
      scopes.set(name, FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (global.has(name)) {
      scopes.set(name, GLOBAL_IMPLICIT);
      return;
    }
    if (ste.nested) ste.free = true;
    scopes.set(name, GLOBAL_IMPLICIT);
  }

  analyzeBlock(ste: Scope, bound: Set<string> | null, free: Set<string>, global: Set<string>,
    typeParams: Set<string>, classEntry: Scope | null): void {
    const local = new Set<string>();
    const scopes = new Map<string, number>();
    const newglobal = new Set<string>();
    const newfree = new Set<string>();
    const newbound = new Set<string>();
    const inlinedCells = new Set<string>();

    if (ste.type === 'class') {
      for (const g of global) newglobal.add(g);
      if (bound !== null) for (const b of bound) newbound.add(b);
    }
    for (const [name, flags] of ste.symbols) {
      this.analyzeName(ste, scopes, name, flags, bound, local, free, global, typeParams, classEntry);
    }
    if (ste.type !== 'class') {
      if (ste.isFunctionLike) for (const l of local) newbound.add(l);
      if (bound !== null) for (const b of bound) newbound.add(b);
      for (const g of global) newglobal.add(g);
    } else {
      newbound.add('__class__');
      newbound.add('__classdict__');
    }

    const allfree = new Set<string>();
    const children = ste.children;
    const newChildren: Scope[] = [];
    for (const entry of children) {
      const inlineComp = entry.comprehension !== 'none' && !entry.generator && !ste.canSeeClassScope;
      let newClassEntry: Scope | null = null;
      if (entry.canSeeClassScope) {
        if (ste.type === 'class') newClassEntry = ste;
        else if (classEntry !== null) newClassEntry = classEntry;
      }
      const childFree = new Set<string>();
      this.analyzeChildBlock(entry, newbound, newfree, newglobal, typeParams, newClassEntry, childFree);
      if (inlineComp) {
        this.inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
        entry.compInlined = true;
      }
      for (const f of childFree) allfree.add(f);
      if (entry.free || entry.childFree) ste.childFree = true;
      // An inlined comprehension is replaced by its own children (symtable.c splices them in), so a
      // name free only in an inlined grandchild comprehension no longer counts as free in a child.
      if (inlineComp) for (const c of entry.children) newChildren.push(c);
      else newChildren.push(entry);
    }
    ste.children = newChildren;
    for (const f of allfree) newfree.add(f);

    if (ste.type === 'class') {
      if (newfree.delete('__class__')) ste.needsClassClosure = true;
      if (newfree.delete('__classdict__')) ste.needsClassdict = true;
    } else if (ste.isFunctionLike) {
      for (const [name, sc] of scopes) {
        if (sc !== LOCAL) continue;
        if (!newfree.has(name) && !inlinedCells.has(name)) continue;
        scopes.set(name, CELL);
        newfree.delete(name);
      }
    }
    this.updateSymbols(ste.symbols, scopes, bound, newfree, inlinedCells, ste.type === 'class' || ste.canSeeClassScope);
    for (const f of newfree) free.add(f);
  }

  analyzeChildBlock(entry: Scope, bound: Set<string>, free: Set<string>, global: Set<string>,
    typeParams: Set<string>, classEntry: Scope | null, childFree: Set<string>): void {
    const tempFree = new Set(free);
    this.analyzeBlock(entry, new Set(bound), tempFree, new Set(global), new Set(typeParams), classEntry);
    for (const f of tempFree) childFree.add(f);
  }

  inlineComprehension(ste: Scope, comp: Scope, scopes: Map<string, number>, compFree: Set<string>, inlinedCells: Set<string>): void {
    let removeDunderClass = false;
    for (const [name, compFlags] of comp.symbols) {
      if (compFlags & DEF_PARAM) continue;
      let scope = (compFlags >> SCOPE_OFFSET) & SCOPE_MASK;
      const onlyFlags = compFlags & ((1 << SCOPE_OFFSET) - 1);
      if (scope === CELL || (onlyFlags & DEF_COMP_CELL)) inlinedCells.add(name);
      const existing = ste.symbols.get(name);
      if (scope === FREE && ste.type === 'class' && name === '__class__') {
        scope = GLOBAL_IMPLICIT;
        compFree.delete(name);
        removeDunderClass = true;
      }
      if (existing === undefined) {
        ste.symbols.set(name, onlyFlags);
        scopes.set(name, scope);
      } else if ((existing & DEF_BOUND) && !isFreeInAnyChild(comp, name) && ste.type !== 'class') {
        compFree.delete(name);
      }
    }
    comp.free = compFree.size > 0;
    if (removeDunderClass) comp.symbols.delete('__class__');
  }

  updateSymbols(symbols: Map<string, number>, scopes: Map<string, number>, bound: Set<string> | null,
    free: Set<string>, inlinedCells: Set<string>, classflag: boolean): void {
    for (const [name, flags0] of symbols) {
      let flags = flags0;
      if (inlinedCells.has(name)) flags |= DEF_COMP_CELL;
      const scope = scopes.get(name) ?? 0;
      symbols.set(name, flags | (scope << SCOPE_OFFSET));
    }
    for (const name of free) {
      const v = symbols.get(name);
      if (v !== undefined) {
        if (classflag) symbols.set(name, v | DEF_FREE_CLASS);
        continue;
      }
      if (bound !== null && !bound.has(name)) continue;
      symbols.set(name, FREE << SCOPE_OFFSET);
    }
  }
}

function isFreeInAnyChild(entry: Scope, name: string): boolean {
  for (const c of entry.children) {
    if (c.getScope(name) === FREE) return true;
  }
  return false;
}

/** Builds and analyzes the symbol tables of a module (or an expression / interactive input). */
export function buildSymtable(tree: A.Module | A.Expression | A.Interactive, filename: string,
  futureAnnotations: boolean, source?: string): SymbolTable {
  const b = new Builder(filename, futureAnnotations, source);
  b.enter('module', 'top', tree, { lineno: 0, col_offset: 0 });
  if (tree._type === 'Expression') b.expr(tree.body);
  else b.stmts(tree.body);
  const top = b.top;
  new Analyzer(filename, source).analyzeBlock(top, null, new Set(), new Set(), new Set(), null);
  return { top, blocks: b.blocks, futureAnnotations };
}

/** A plain-data dump of a symbol table tree, shaped like tools/compiler-golden.py's symtable records. */
export interface SymtableDump { type: string; name: string; symbols: Record<string, number>; children: SymtableDump[] }

export function dumpSymtable(ste: Scope): SymtableDump {
  const symbols: Record<string, number> = {};
  for (const [k, v] of ste.symbols) symbols[k] = v;
  return { type: ste.type, name: ste.name, symbols, children: ste.children.map(dumpSymtable) };
}
