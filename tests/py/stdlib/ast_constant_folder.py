# ast: program transformations with ast.NodeTransformer, compiled and run. A constant
# folder (arithmetic, comparisons, boolean and conditional expressions, dead if/while
# branches removed, lists of statements spliced in), a transformer that instruments
# function calls, one that rewrites names, then ast.fix_missing_locations,
# ast.copy_location, compile(tree) and exec/eval of the results; ast.unparse shows
# each transformed program.

import ast
import operator

BINOPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
          ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod, ast.Pow: operator.pow,
          ast.LShift: operator.lshift, ast.BitOr: operator.or_, ast.BitAnd: operator.and_}
CMPOPS = {ast.Lt: operator.lt, ast.Gt: operator.gt, ast.Eq: operator.eq, ast.NotEq: operator.ne,
          ast.LtE: operator.le, ast.GtE: operator.ge}


class Folder(ast.NodeTransformer):
    def __init__(self):
        self.folded = 0

    def const(self, value, like):
        self.folded += 1
        return ast.copy_location(ast.Constant(value), like)

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            fn = BINOPS.get(type(node.op))
            if fn is not None:
                try:
                    return self.const(fn(node.left.value, node.right.value), node)
                except ArithmeticError:
                    pass
        return node

    def visit_UnaryOp(self, node):
        self.generic_visit(node)
        if isinstance(node.operand, ast.Constant):
            v = node.operand.value
            if isinstance(node.op, ast.USub):
                return self.const(-v, node)
            if isinstance(node.op, ast.Not):
                return self.const(not v, node)
        return node

    def visit_Compare(self, node):
        self.generic_visit(node)
        if len(node.ops) == 1 and isinstance(node.left, ast.Constant) and isinstance(node.comparators[0], ast.Constant):
            fn = CMPOPS.get(type(node.ops[0]))
            if fn is not None:
                return self.const(fn(node.left.value, node.comparators[0].value), node)
        return node

    def visit_BoolOp(self, node):
        self.generic_visit(node)
        if all(isinstance(v, ast.Constant) for v in node.values):
            values = [v.value for v in node.values]
            result = values[0]
            for v in values[1:]:
                result = (result and v) if isinstance(node.op, ast.And) else (result or v)
            return self.const(result, node)
        return node

    def visit_IfExp(self, node):
        self.generic_visit(node)
        if isinstance(node.test, ast.Constant):
            self.folded += 1
            return node.body if node.test.value else node.orelse
        return node

    def visit_If(self, node):
        self.generic_visit(node)
        if isinstance(node.test, ast.Constant):
            self.folded += 1
            # a list of statements replaces the if; an empty one removes it
            return node.body if node.test.value else node.orelse
        return node

    def visit_While(self, node):
        self.generic_visit(node)
        if isinstance(node.test, ast.Constant) and not node.test.value:
            self.folded += 1
            return node.orelse or None
        return node


SOURCE = '''
DEBUG = False
SIZE = 4 * 1024
MASK = (1 << 8) - 1
def area(w, h=2 ** 3):
    if 1 > 2:
        print("never")
    elif 3 == 3:
        scale = 10 // 3 + -(-2)
    while 0:
        pass
    else:
        w = w + 0
    return w * h * scale if not False else None
flags = [MASK | 0x100, 7 % 4, 1 < 2 < 3, True and 5, 0 or "", "ab" * 2]
result = area(2)
'''

tree = ast.parse(SOURCE)
folder = Folder()
tree = ast.fix_missing_locations(folder.visit(tree))
print('folded:', folder.folded)
print(ast.unparse(tree))
ns = {}
exec(compile(tree, '<folded>', 'exec'), ns)
print(ns['SIZE'], ns['MASK'], ns['flags'], ns['result'])


class CallCounter(ast.NodeTransformer):
    """Wraps every call f(...) as _count('f', f(...))."""

    def visit_Call(self, node):
        self.generic_visit(node)
        name = ast.unparse(node.func)
        wrapped = ast.Call(ast.Name('_count', ast.Load()), [ast.Constant(name), node], [])
        return ast.copy_location(wrapped, node)


class Renamer(ast.NodeTransformer):
    def __init__(self, mapping):
        self.mapping = mapping

    def visit_Name(self, node):
        if node.id in self.mapping:
            return ast.copy_location(ast.Name(self.mapping[node.id], node.ctx), node)
        return node

    def visit_arg(self, node):
        if node.arg in self.mapping:
            node.arg = self.mapping[node.arg]
        return node


PROGRAM = '''
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
values = list(map(fib, range(8)))
total = sum(values) + len(values)
'''
counts = {}
def _count(name, value):
    counts[name] = counts.get(name, 0) + 1
    return value

tree = ast.parse(PROGRAM)
tree = Renamer({'n': 'k', 'values': 'seq'}).visit(tree)
tree = ast.fix_missing_locations(CallCounter().visit(tree))
print(ast.unparse(tree))
ns = {'_count': _count}
exec(compile(tree, '<counted>', 'exec'), ns)
print(ns['seq'], ns['total'], sorted(counts.items()))

# An expression built by hand, evaluated through compile(..., 'eval').
expr = ast.Expression(ast.BinOp(ast.Call(ast.Name('max', ast.Load()), [ast.Constant(3), ast.Name('y', ast.Load())], []),
                                ast.Mult(), ast.Constant(2)))
ast.fix_missing_locations(expr)
print(ast.unparse(expr), '=', eval(compile(expr, '<expr>', 'eval'), {'y': 11}))

# A statement list removed by a visitor leaves the field empty; delattr for a removed child.
class DropAsserts(ast.NodeTransformer):
    def visit_Assert(self, node):
        return None
    def visit_Return(self, node):
        self.generic_visit(node)
        return node
    def visit_Constant(self, node):
        return None if node.value == 'drop me' else node
t = ast.parse('def f(x):\n    assert x > 0\n    assert x < 9, "drop me"\n    return x\n')
t = DropAsserts().visit(t)
print(ast.dump(t.body[0], indent=1))
