# compile() of trees built by hand: what it checks before compiling and CPython's
# messages: missing positions and fields, wrong field types (lists, identifiers,
# strings, ints, constants, node kinds), the node a mode expects, expression contexts,
# empty bodies and name lists, mismatched list lengths, invalid patterns and ranges;
# then the errors only the compiler finds (SyntaxError with the tree's line numbers),
# and compile()'s own argument errors. Object addresses in messages are removed.

import ast
import re

P = dict(lineno=1, col_offset=0)


def name(id, ctx=None):
    return ast.Name(id, ctx or ast.Load(), **P)


def const(v):
    return ast.Constant(v, **P)


def stmt_expr(e):
    return ast.Expr(e, **P)


def module(*body):
    return ast.Module(list(body), [])


def attempt(label, tree, mode='exec'):
    try:
        code = compile(tree, '<tree>', mode)
    except Exception as e:
        print(f'{label}: {type(e).__name__}: {re.sub(r" at 0x[0-9a-f]+", "", str(e))}')
    else:
        print(f'{label}: ok {type(code).__name__}')


attempt('no positions', ast.Module([ast.Expr(ast.Name('x', ast.Load()))], []))
attempt('no col_offset', module(ast.Expr(const(1), lineno=1)))
attempt('positions ok', module(stmt_expr(name('x'))))
attempt('type_ignores omitted', ast.Module([stmt_expr(const(1))]))
attempt('body not a list', ast.Module(body=(stmt_expr(const(1)),), type_ignores=[]))
attempt('body item not a node', module(3))
attempt('None in body', module(None))
attempt('identifier type', module(stmt_expr(ast.Name(3, ast.Load(), **P))))
attempt('identifier None', module(stmt_expr(ast.Name(None, ast.Load(), **P))))
attempt('string type', module(stmt_expr(ast.Constant(1, kind=1, **P))))
attempt('int type', module(ast.Expr(const(1), lineno='one', col_offset=0)))
attempt('int bool', module(ast.Expr(const(1), lineno=True, col_offset=0)))
attempt('int too big', module(ast.Expr(const(1), lineno=2 ** 40, col_offset=0)))
attempt('constant list', module(stmt_expr(const([1]))))
attempt('constant nested', module(stmt_expr(const((1, frozenset({2}), {3: 4})))))
attempt('constant ok', module(stmt_expr(const((1, 2.5, 3j, 'a', b'b', None, ..., frozenset({True}))))))
attempt('constant missing', module(stmt_expr(ast.Constant(**P))))
attempt('wrong ctx kind', module(stmt_expr(ast.Name('x', 3, **P))))
attempt('wrong operator', module(stmt_expr(ast.BinOp(const(1), ast.Load(), const(2), **P))))
attempt('expr field None', module(ast.Expr(None, **P)))
attempt('abstract expr', module(stmt_expr(ast.expr(**P))))
attempt('exec wants Module', ast.Expression(const(1)))
attempt('eval wants Expression', module(), 'eval')
attempt('single wants Interactive', module(), 'single')
attempt('single ok', ast.Interactive([stmt_expr(const(1))]), 'single')
attempt('eval ok', ast.Expression(const(1)), 'eval')
attempt('bare AST', ast.AST())
attempt('Store in Expr', module(stmt_expr(name('x', ast.Store()))))
attempt('Load as target', module(ast.Assign([name('x')], const(1), **P)))
attempt('Del target', module(ast.Delete([name('x')], **P)))
attempt('assign to call', module(ast.Assign([ast.Call(name('f'), [], [], **P)], const(1), **P)))
attempt('name None', module(stmt_expr(name('None'))))
attempt('name True', module(stmt_expr(name('True'))))
attempt('empty def body', module(ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], [], **P)))
attempt('empty class body', module(ast.ClassDef('C', [], [], [], [], [], **P)))
attempt('empty if body', module(ast.If(const(1), [], [], **P)))
attempt('empty targets', module(ast.Assign([], const(1), **P)))
attempt('empty import', module(ast.ImportFrom('m', [], 0, **P)))
attempt('negative level', module(ast.ImportFrom('m', [ast.alias('x', **P)], -1, **P)))
attempt('empty global', module(ast.Global([], **P)))
attempt('empty with', module(ast.With([], [ast.Pass(**P)], **P)))
attempt('empty match', module(ast.Match(name('x'), [], **P)))
attempt('dict lengths', module(stmt_expr(ast.Dict([const(1)], [], **P))))
attempt('compare lengths', module(stmt_expr(ast.Compare(const(1), [ast.Eq(), ast.Lt()], [const(2)], **P))))
attempt('no comparators', module(stmt_expr(ast.Compare(const(1), [], [], **P))))
attempt('short boolop', module(stmt_expr(ast.BoolOp(ast.Or(), [const(1)], **P))))
attempt('no generators', module(stmt_expr(ast.ListComp(const(1), [], **P))))
attempt('try without handlers', module(ast.Try([ast.Pass(**P)], [], [], [], **P)))
attempt('try orelse only', module(ast.Try([ast.Pass(**P)], [], [ast.Pass(**P)], [ast.Pass(**P)], **P)))
attempt('raise cause only', module(ast.Raise(None, const(1), **P)))
attempt('defaults', module(stmt_expr(ast.Lambda(ast.arguments([], [], None, [], [], None, [const(1)]), const(1), **P))))
attempt('kw_defaults', module(stmt_expr(ast.Lambda(ast.arguments([], [], None, [ast.arg('a', **P)], [], None, []), const(1), **P))))
attempt('None in list', module(stmt_expr(ast.List([None], ast.Load(), **P))))
attempt('orelse None', module(ast.While(const(1), [ast.Pass(**P)], None, **P)))
attempt('walrus target', module(stmt_expr(ast.NamedExpr(const(1), const(2), **P))))
attempt('annassign simple', module(ast.AnnAssign(ast.Attribute(name('a'), 'b', ast.Store(), **P), name('int'), None, 1, **P)))
attempt('line range', module(ast.Expr(const(1), lineno=3, col_offset=0, end_lineno=2, end_col_offset=0)))
attempt('column range', module(ast.Expr(const(1), lineno=3, col_offset=5, end_lineno=3, end_col_offset=2)))
case = lambda pattern: module(ast.Match(name('x'), [ast.match_case(pattern, None, [ast.Pass(**P)])], **P))
attempt('MatchSingleton', case(ast.MatchSingleton(1, **P, end_lineno=1, end_col_offset=1)))
attempt('MatchOr short', case(ast.MatchOr([ast.MatchAs(None, 'a', **P, end_lineno=1, end_col_offset=1)], **P, end_lineno=1, end_col_offset=1)))
attempt('MatchStar outside', case(ast.MatchStar('a', **P, end_lineno=1, end_col_offset=1)))
attempt('capture _', case(ast.MatchAs(None, '_', **P, end_lineno=1, end_col_offset=1)))
attempt('pattern without end', case(ast.MatchAs(None, 'a', **P)))
attempt('return outside', module(ast.Return(const(1), **P)))
attempt('await outside', module(stmt_expr(ast.Await(name('x'), **P))))
attempt('break outside', module(ast.Break(lineno=4, col_offset=2)))
attempt('func_type mode', module(), 'func_type')
attempt('bad mode', module(), 'run')
attempt('not a tree', 3.5)
try:
    compile(module(stmt_expr(const(1))), '<tree>', 'exec', 1 << 30)
except ValueError as e:
    print('flags:', e)

# A valid tree with real positions: a runtime error's traceback line comes from the tree.
tree = ast.parse('x = 1\ny = x / 0\n')
ast.increment_lineno(tree, 10)
try:
    exec(compile(tree, 'virtual.py', 'exec'), {})
except ZeroDivisionError as e:
    print('ZeroDivisionError at line', e.__traceback__.tb_next.tb_lineno)
