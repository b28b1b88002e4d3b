# ast's deprecated node classes (slice, Index, ExtSlice, Suite, AugLoad, AugStore, Param): bases,
# docstrings, what Index()/ExtSlice() build, Tuple.dims, and increment_lineno over type ignores.
import ast, warnings
warnings.simplefilter('ignore')
for n in ('slice', 'Index', 'ExtSlice', 'Suite', 'AugLoad', 'AugStore', 'Param'):
    c = getattr(ast, n)
    print(n, c.__mro__[1].__name__, repr(c.__doc__), c.__module__, c.__qualname__)
print(type(ast.Index(ast.Constant(1))).__name__, ast.dump(ast.ExtSlice([ast.Constant(1)])), ast.Index.__new__.__qualname__)
t = ast.Tuple([ast.Name('a')], ast.Load()); print(t.dims is t.elts, ast.Tuple.dims.__doc__)
t.dims = []; print(t.elts)
tree = ast.parse('x = 1\ny = 2  # type: ignore\n', type_comments=True)
ast.increment_lineno(tree, 3); print([(n.lineno, n.end_lineno) for n in tree.body])
