// The checks compile() makes on a tree built by hand before compiling it: CPython 3.12's PyAST_Validate
// (Python/ast.c), with its messages: expression contexts, empty bodies and name lists, matching list
// lengths, constant types, position ranges, patterns. Works on the plain tree ast/from-python.ts built.
// Invariant: returns true, or false with ValueError/TypeError set.

import type * as A from '../../parser/ast.ts';
import { errSetString } from '../../objects/errors.ts';
import { TypeError, ValueError } from '../../objects/exceptions.ts';

class Invalid {}
const INVALID = new Invalid();

function fail(type: 'ValueError' | 'TypeError', msg: string): never {
  errSetString(type === 'ValueError' ? ValueError : TypeError, msg);
  throw INVALID;
}

type Ctx = 'Load' | 'Store' | 'Del';
type Positioned = { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number };

function positions(n: Positioned): void {
  if (n.lineno > n.end_lineno) fail('ValueError', `AST node line range (${n.lineno}, ${n.end_lineno}) is not valid`);
  if ((n.lineno < 0 && n.end_lineno !== n.lineno) || (n.col_offset < 0 && n.col_offset !== n.end_col_offset)) {
    fail('ValueError', `AST node column range (${n.col_offset}, ${n.end_col_offset}) for line range (${n.lineno}, ${n.end_lineno}) is not valid`);
  }
  if (n.lineno === n.end_lineno && n.col_offset > n.end_col_offset) {
    fail('ValueError', `line ${n.lineno}, column ${n.col_offset}-${n.end_col_offset} is not a valid range`);
  }
}

function name(id: string): void {
  if (id === 'None' || id === 'True' || id === 'False') fail('ValueError', `identifier field can't represent '${id}' constant`);
}

function nonempty(seq: readonly unknown[], what: string, owner: string): void {
  if (seq.length === 0) fail('ValueError', `empty ${what} on ${owner}`);
}

function body(seq: readonly (A.stmt | null)[], owner: string): void {
  nonempty(seq, 'body', owner);
  stmts(seq);
}

function stmts(seq: readonly (A.stmt | null)[]): void {
  for (const s of seq) {
    if (s === null) fail('ValueError', 'None disallowed in statement list');
    stmt(s);
  }
}

function exprs(seq: readonly (A.expr | null)[], ctx: Ctx, nullOk: boolean): void {
  for (const e of seq) {
    if (e === null) {
      if (!nullOk) fail('ValueError', 'None disallowed in expression list');
      continue;
    }
    expr(e, ctx);
  }
}

function optExpr(e: A.expr | null, ctx: Ctx): void {
  if (e !== null) expr(e, ctx);
}

function args(seq: readonly A.arg[]): void {
  for (const a of seq) {
    positions(a);
    optExpr(a.annotation, 'Load');
  }
}

function argumentsCheck(a: A.arguments): void {
  args(a.posonlyargs);
  args(a.args);
  if (a.vararg !== null) optExpr(a.vararg.annotation, 'Load');
  args(a.kwonlyargs);
  if (a.kwarg !== null) optExpr(a.kwarg.annotation, 'Load');
  if (a.defaults.length > a.posonlyargs.length + a.args.length) fail('ValueError', 'more positional defaults than args on arguments');
  if (a.kw_defaults.length !== a.kwonlyargs.length) fail('ValueError', 'length of kwonlyargs is not the same as kw_defaults on arguments');
  exprs(a.defaults, 'Load', false);
  exprs(a.kw_defaults, 'Load', true);
}

function typeParams(ps: readonly A.type_param[]): void {
  for (const p of ps) {
    positions(p);
    name(p.name);
    if (p._type === 'TypeVar') optExpr(p.bound, 'Load');
  }
}

function keywords(ks: readonly A.keyword[]): void {
  for (const k of ks) expr(k.value, 'Load');
}

function comprehensions(gens: readonly A.comprehension[]): void {
  if (gens.length === 0) fail('ValueError', 'comprehension with no generators');
  for (const g of gens) {
    expr(g.target, 'Store');
    expr(g.iter, 'Load');
    exprs(g.ifs, 'Load', false);
  }
}

function stmt(s: A.stmt): void {
  positions(s);
  switch (s._type) {
    case 'FunctionDef': case 'AsyncFunctionDef':
      body(s.body, s._type);
      typeParams(s.type_params);
      argumentsCheck(s.args);
      exprs(s.decorator_list, 'Load', false);
      optExpr(s.returns, 'Load');
      return;
    case 'ClassDef':
      body(s.body, 'ClassDef');
      typeParams(s.type_params);
      exprs(s.bases, 'Load', false);
      keywords(s.keywords);
      exprs(s.decorator_list, 'Load', false);
      return;
    case 'Return': optExpr(s.value, 'Load'); return;
    case 'Delete':
      nonempty(s.targets, 'targets', 'Delete');
      exprs(s.targets, 'Del', false);
      return;
    case 'Assign':
      nonempty(s.targets, 'targets', 'Assign');
      expr(s.value, 'Load');
      exprs(s.targets, 'Store', false);
      return;
    case 'AugAssign':
      expr(s.target, 'Store');
      expr(s.value, 'Load');
      return;
    case 'AnnAssign':
      if (s.simple && s.target._type !== 'Name') fail('TypeError', 'AnnAssign with simple non-Name target');
      expr(s.target, 'Store');
      optExpr(s.value, 'Load');
      expr(s.annotation, 'Load');
      return;
    case 'TypeAlias':
      if (s.name._type !== 'Name') fail('TypeError', 'TypeAlias with non-Name name');
      expr(s.name, 'Store');
      typeParams(s.type_params);
      expr(s.value, 'Load');
      return;
    case 'For': case 'AsyncFor':
      expr(s.target, 'Store');
      expr(s.iter, 'Load');
      body(s.body, s._type);
      stmts(s.orelse);
      return;
    case 'While': case 'If':
      expr(s.test, 'Load');
      body(s.body, s._type);
      stmts(s.orelse);
      return;
    case 'With': case 'AsyncWith':
      nonempty(s.items, 'items', s._type);
      for (const it of s.items) {
        expr(it.context_expr, 'Load');
        optExpr(it.optional_vars, 'Store');
      }
      body(s.body, s._type);
      return;
    case 'Match':
      expr(s.subject, 'Load');
      nonempty(s.cases, 'cases', 'Match');
      for (const c of s.cases) {
        pattern(c.pattern, false);
        optExpr(c.guard, 'Load');
        body(c.body, 'match_case');
      }
      return;
    case 'Raise':
      if (s.exc !== null) {
        expr(s.exc, 'Load');
        optExpr(s.cause, 'Load');
      } else if (s.cause !== null) {
        fail('ValueError', 'Raise with cause but no exception');
      }
      return;
    case 'Try': case 'TryStar':
      body(s.body, s._type);
      if (s.handlers.length === 0 && s.finalbody.length === 0) fail('ValueError', `${s._type} has neither except handlers nor finalbody`);
      if (s.handlers.length === 0 && s.orelse.length > 0) fail('ValueError', `${s._type} has orelse but no except handlers`);
      for (const h of s.handlers) {
        positions(h);
        optExpr(h.type, 'Load');
        body(h.body, 'ExceptHandler');
      }
      stmts(s.finalbody);
      stmts(s.orelse);
      return;
    case 'Assert':
      expr(s.test, 'Load');
      optExpr(s.msg, 'Load');
      return;
    case 'Import': nonempty(s.names, 'names', 'Import'); return;
    case 'ImportFrom':
      if (s.level < 0) fail('ValueError', 'Negative ImportFrom level');
      nonempty(s.names, 'names', 'ImportFrom');
      return;
    case 'Global': case 'Nonlocal': nonempty(s.names, 'names', s._type); return;
    case 'Expr': expr(s.value, 'Load'); return;
    case 'Pass': case 'Break': case 'Continue': return;
  }
}

function isValidConstant(v: unknown): boolean {
  // from-python.ts refused other types already; only the containers' items are left to check there.
  return v !== undefined;
}

function expr(e: A.expr, ctx: Ctx): void {
  positions(e);
  let actual: Ctx | null = null;
  switch (e._type) {
    case 'Attribute': case 'Subscript': case 'Starred': case 'Name': case 'List': case 'Tuple':
      actual = e.ctx._type;
      if (actual !== ctx) fail('ValueError', `expression must have ${ctx} context but has ${actual} instead`);
      break;
    default:
      if (ctx !== 'Load') fail('ValueError', `expression which can't be assigned to in ${ctx} context`);
  }
  switch (e._type) {
    case 'BoolOp':
      if (e.values.length < 2) fail('ValueError', 'BoolOp with less than 2 values');
      exprs(e.values, 'Load', false);
      return;
    case 'BinOp': expr(e.left, 'Load'); expr(e.right, 'Load'); return;
    case 'UnaryOp': expr(e.operand, 'Load'); return;
    case 'Lambda': argumentsCheck(e.args); expr(e.body, 'Load'); return;
    case 'IfExp': expr(e.test, 'Load'); expr(e.body, 'Load'); expr(e.orelse, 'Load'); return;
    case 'Dict':
      if (e.keys.length !== e.values.length) fail('ValueError', "Dict doesn't have the same number of keys as values");
      exprs(e.keys, 'Load', true);
      exprs(e.values, 'Load', false);
      return;
    case 'Set': exprs(e.elts, 'Load', false); return;
    case 'ListComp': case 'SetComp': case 'GeneratorExp':
      comprehensions(e.generators);
      expr(e.elt, 'Load');
      return;
    case 'DictComp':
      comprehensions(e.generators);
      expr(e.key, 'Load');
      expr(e.value, 'Load');
      return;
    case 'Yield': optExpr(e.value, 'Load'); return;
    case 'YieldFrom': case 'Await': expr(e.value, 'Load'); return;
    case 'Compare':
      if (e.comparators.length === 0) fail('ValueError', 'Compare with no comparators');
      if (e.comparators.length !== e.ops.length) fail('ValueError', 'Compare has a different number of comparators and operands');
      exprs(e.comparators, 'Load', false);
      expr(e.left, 'Load');
      return;
    case 'Call':
      expr(e.func, 'Load');
      exprs(e.args, 'Load', false);
      keywords(e.keywords);
      return;
    case 'Constant':
      if (!isValidConstant(e.value)) fail('TypeError', 'got an invalid type in Constant');
      return;
    case 'JoinedStr': exprs(e.values, 'Load', false); return;
    case 'FormattedValue':
      expr(e.value, 'Load');
      optExpr(e.format_spec, 'Load');
      return;
    case 'Attribute': expr(e.value, 'Load'); return;
    case 'Subscript': expr(e.slice, 'Load'); expr(e.value, 'Load'); return;
    case 'Starred': expr(e.value, ctx); return;
    case 'Slice': optExpr(e.lower, 'Load'); optExpr(e.upper, 'Load'); optExpr(e.step, 'Load'); return;
    case 'List': case 'Tuple': exprs(e.elts, ctx, false); return;
    case 'NamedExpr':
      if (e.target._type !== 'Name') fail('TypeError', 'NamedExpr target must be a Name');
      expr(e.value, 'Load');
      return;
    case 'Name': name(e.id); return;
  }
}

function capture(n: string | null): void {
  if (n === null) return;
  if (n === '_') fail('ValueError', "can't capture name '_' in patterns");
  name(n);
}

function patternMatchValue(e: A.expr): void {
  expr(e, 'Load');
  switch (e._type) {
    case 'Constant': {
      const v = e.value as unknown;
      if (v === null || typeof v === 'boolean') fail('ValueError', 'unexpected constant inside of a literal pattern');
      return;
    }
    case 'Attribute': return;
    case 'UnaryOp': case 'BinOp': return; // negative and complex literals: the compiler checks the rest
    case 'JoinedStr': return;
    default: fail('ValueError', 'patterns may only match literals and attribute lookups');
  }
}

function pattern(p: A.pattern, starOk: boolean): void {
  positions(p);
  switch (p._type) {
    case 'MatchValue': patternMatchValue(p.value); return;
    case 'MatchSingleton': {
      const v = p.value as unknown;
      if (v !== null && typeof v !== 'boolean') fail('ValueError', 'MatchSingleton can only contain True, False and None');
      return;
    }
    case 'MatchSequence': for (const x of p.patterns) pattern(x, true); return;
    case 'MatchMapping':
      if (p.keys.length !== p.patterns.length) fail('ValueError', "MatchMapping doesn't have the same number of keys as patterns");
      capture(p.rest);
      for (const k of p.keys) {
        if (k._type === 'Constant' || k._type === 'Attribute') continue;
        fail('ValueError', 'can only have constant or attribute as keys');
      }
      exprs(p.keys, 'Load', false);
      for (const x of p.patterns) pattern(x, false);
      return;
    case 'MatchClass': {
      expr(p.cls, 'Load');
      let c: A.expr = p.cls;
      while (c._type === 'Attribute') c = c.value;
      if (c._type !== 'Name') fail('ValueError', 'MatchClass cls field can only contain Name or Attribute nodes.');
      if (p.kwd_attrs.length !== p.kwd_patterns.length) fail('ValueError', "MatchClass doesn't have the same number of keyword attributes as patterns");
      for (const a of p.kwd_attrs) name(a);
      for (const x of p.patterns) pattern(x, false);
      for (const x of p.kwd_patterns) pattern(x, false);
      return;
    }
    case 'MatchStar':
      if (!starOk) fail('ValueError', "can't use MatchStar here");
      capture(p.name);
      return;
    case 'MatchAs':
      capture(p.name);
      if (p.pattern !== null) {
        if (p.name === null) fail('ValueError', 'MatchAs must specify a target name if a pattern is given');
        pattern(p.pattern, false);
      }
      return;
    case 'MatchOr':
      if (p.patterns.length < 2) fail('ValueError', 'MatchOr requires at least 2 patterns');
      for (const x of p.patterns) pattern(x, false);
      return;
  }
}

/** PyAST_Validate. */
export function astValidate(mod: A.mod): boolean {
  try {
    switch (mod._type) {
      case 'Module': case 'Interactive': stmts(mod.body); break;
      case 'Expression': expr(mod.body, 'Load'); break;
      case 'FunctionType': exprs(mod.argtypes, 'Load', false); expr(mod.returns, 'Load'); break;
    }
    return true;
  } catch (e) {
    if (e === INVALID) return false;
    throw e;
  }
}
