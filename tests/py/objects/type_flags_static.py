# __flags__ of the runtime's own types as CPython 3.12 shows them: the static-builtin bit (0x2) on every
# one, Py_TPFLAGS_DISALLOW_INSTANTIATION (0x80) only on the types that have no __new__ (iterators,
# descriptors, frames...), the vectorcall bit on the callables CPython marks, the subclass bits, BASETYPE
# where subclassing is allowed. (Left out: types whose layout or nature differs here, listed in
# docs/internals/objects.md.)
import builtins, types

def g():
    yield

DIFFERENT = {'ExceptionGroup', 'memoryview', 'type'}
rows = []
for name in sorted(dir(builtins)):
    t = getattr(builtins, name)
    if isinstance(t, type) and name not in DIFFERENT and not name.startswith('_'):
        rows.append((name, t))
others = [type(iter([])), types.FunctionType, types.GeneratorType, type(None), type(len), types.FrameType, type(Ellipsis),
          type(NotImplemented), types.MappingProxyType, type({}.keys()), type({}.values()), type({}.items()), type(iter(range(3))),
          types.CellType, types.ModuleType, types.MethodType, type(int.__add__), type((1).__add__), types.GetSetDescriptorType,
          types.MemberDescriptorType, types.UnionType, type(iter('')), type(reversed([])), type(iter(())), type(iter({})),
          type(iter(set())), types.BuiltinMethodType, types.ClassMethodDescriptorType, types.MethodDescriptorType,
          types.CoroutineType, types.AsyncGeneratorType]
for t in others:
    rows.append((t.__name__, t))
for name, t in rows:
    f = t.__flags__
    print(f'{name:28} {f:#012x} static={f & 2 != 0} disallow={f & 0x80 != 0} base={f & 0x400 != 0}')
