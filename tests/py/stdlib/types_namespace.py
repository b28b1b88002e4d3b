# types: SimpleNamespace (repr, equality, attribute access), MappingProxyType (read-only view),
# the type objects, new_class / prepare_class / resolve_bases, get_original_bases.
import types

ns = types.SimpleNamespace(name='cfg', size=3)
ns.debug = True
print(ns, ns.size, vars(ns), ns == types.SimpleNamespace(name='cfg', size=3, debug=True))
del ns.debug
print(ns, ns != types.SimpleNamespace(), types.SimpleNamespace())
ns.self = ns
print(ns)
del ns.self
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError:', e)


class Point(types.SimpleNamespace):
    pass


print(Point(x=1, y=2), Point(x=1) == types.SimpleNamespace(x=1))
data = {'a': 1}
view = types.MappingProxyType(data)
print(view['a'], len(view), 'a' in view, list(view.items()))
data['b'] = 2
print(view, view.get('b'), view.copy())
try:
    view['c'] = 3
except TypeError as e:
    print('TypeError:', e)


def f():
    yield


async def co():
    pass


class C:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(f(), types.GeneratorType), isinstance(C().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType), types.NoneType, types.EllipsisType)
print(isinstance(int | str, types.UnionType), types.GenericAlias(list, (int,)), types.LambdaType is types.FunctionType)
print(types.MethodType(lambda self, x: (self, x), 'obj')(5))
Dyn = types.new_class('Dyn', (C,), {}, lambda ns: ns.update({'value': 7, 'double': lambda self: self.value * 2}))
print(Dyn.__name__, Dyn().double(), Dyn.__mro__[1] is C)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': True}


meta, namespace, kwds = types.prepare_class('X', (), {'metaclass': Meta, 'flag': 1})
print(meta is Meta, namespace, kwds)


class Entry:
    def __mro_entries__(self, bases):
        return (dict,)


print(types.resolve_bases((Entry(), int)), types.resolve_bases((int,)))
K = types.new_class('K', (Entry(),))
print(K.__bases__, types.get_original_bases(K)[0].__class__.__name__, types.get_original_bases(int))
print(types.ModuleType.__name__, isinstance(types, types.ModuleType))
