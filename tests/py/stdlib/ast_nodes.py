# ast node classes: the hierarchy (AST, sum types, constructors, product types), _fields,
# _attributes, __match_args__, docstrings, class-level None defaults of optional fields,
# the generic constructor (positional and keyword arguments and its errors), attributes
# that are not fields, __reduce__ and copy, structural pattern matching on nodes,
# subclassing a node, the deprecated aliases (Num, Str, Bytes, NameConstant, Ellipsis,
# Index, ExtSlice, Constant.n/.s, Tuple.dims, visit_Num) with their DeprecationWarnings
# recorded, and the public names of the module.

import ast
import copy
import warnings

print(ast.AST.__module__, ast.Name.__module__, ast.Name.__mro__)
for cls in (ast.mod, ast.stmt, ast.expr, ast.expr_context, ast.operator, ast.pattern, ast.type_param,
            ast.arguments, ast.arg, ast.keyword, ast.comprehension, ast.withitem, ast.match_case, ast.alias):
    print(cls.__name__, cls.__bases__[0].__name__, cls._fields, cls._attributes)
print(ast.expr.__doc__.splitlines()[:3])
print(ast.operator.__doc__)
for cls in (ast.FunctionDef, ast.Constant, ast.ImportFrom, ast.MatchAs, ast.Pass, ast.Load, ast.TypeIgnore, ast.arguments):
    print(cls.__doc__, cls._fields == cls.__match_args__,
          sorted(k for k, v in vars(cls).items() if v is None and not k.startswith('__')))
print(issubclass(ast.Add, ast.operator), issubclass(ast.ExceptHandler, ast.excepthandler),
      isinstance(ast.Name(), ast.expr), isinstance(ast.Load(), ast.AST))

n = ast.Name('x', ast.Load(), lineno=1, col_offset=4, custom='yes')
print(n.id, type(n.ctx).__name__, n.lineno, n.col_offset, n.custom, n.end_lineno, sorted(vars(n)))
print(ast.BinOp(op=ast.Add()).op.__class__.__name__, ast.FunctionDef('f').returns, ast.Return().value)
for args, kwargs in [((1, 2, 3), {}), (('x',), {'id': 'y'}), ((), {'ctx': 1, 'id': 2})]:
    try:
        print(vars(ast.Name(*args, **kwargs)))
    except TypeError as e:
        print('TypeError:', e)
for call in (lambda: ast.AST(1), lambda: ast.Pass(1), lambda: ast.Load(None), lambda: ast.arg('a', None, None, 4)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
try:
    ast.Name().id
except AttributeError as e:
    print('AttributeError:', e)
print(ast.AST()._fields, vars(ast.AST()), ast.AST().__reduce__()[1:])
cls, args, state = ast.Name('v', ast.Store()).__reduce__()
print(cls.__name__, args, sorted(state))

tree = ast.parse('total = price * (1 + rate) - discount\n')
print(ast.dump(copy.deepcopy(tree)) == ast.dump(tree))
shallow = copy.copy(tree.body[0])
print(shallow.value is tree.body[0].value, shallow is tree.body[0])

def describe(node):
    match node:
        case ast.Assign([ast.Name(id=target)], ast.BinOp(left, ast.Sub(), right)):
            return f'{target} = ({describe(left)}) minus {describe(right)}'
        case ast.BinOp(left, ast.Mult(), right):
            return f'{describe(left)} times {describe(right)}'
        case ast.BinOp(ast.Constant(value=c), ast.Add(), ast.Name(id=n)):
            return f'{c} plus {n}'
        case ast.Name(id=name):
            return name
        case _:
            return '?'
print(describe(tree.body[0]))

class Tagged(ast.Name):
    _fields = ('id', 'ctx', 'tag')
t = Tagged('x', ast.Load(), 'hot')
print(t.tag, isinstance(t, ast.expr), ast.dump(t))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    num = ast.Num(42)
    s = ast.Str(s='text')
    print(type(num).__name__, num.value, num.n, s.s, type(ast.Bytes(b'x')).__name__)
    print(isinstance(num, ast.Num), isinstance(ast.Constant(True), ast.Num), isinstance(s, ast.Str),
          isinstance(ast.Constant(None), ast.NameConstant), isinstance(ast.Constant(...), ast.Ellipsis))
    print(ast.dump(ast.Ellipsis()), ast.dump(ast.NameConstant(None)))
    c = ast.Constant(1)
    c.n = 5
    print(c.value)
for w in caught:
    print(w.category.__name__, w.message)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    class OldVisitor(ast.NodeVisitor):
        def visit_Num(self, node):
            print('Num', node.value)
        def visit_Str(self, node):
            print('Str', node.value)
        def visit_NameConstant(self, node):
            print('NameConstant', node.value)
    OldVisitor().visit(ast.parse('f(1, 2.5, "s", None, True, b"b", ...)'))
for w in caught:
    print(w.category.__name__, w.message)

print(ast.Index(ast.Constant(1)).value, ast.dump(ast.ExtSlice([ast.Slice(), ast.Constant(2)])))
print(ast.parse('a[1, 2]').body[0].value.slice.dims is ast.parse('a[1, 2]').body[0].value.slice.dims)
print(issubclass(ast.Suite, ast.mod), issubclass(ast.Param, ast.expr_context), issubclass(ast.Index, ast.slice))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print([name for name in dir(ast) if not name.startswith('_')])
