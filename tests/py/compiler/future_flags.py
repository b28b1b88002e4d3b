# from __future__ import annotations with the __future__ module's records (_Feature, all_feature_names,
# CO_FUTURE_* flags), compile()'s flags argument and dont_inherit, the future features exec/eval/compile
# of source inherit from the calling code, and compile()'s check of unknown flags.
from __future__ import annotations, division
import __future__
def f(x: List[int]) -> Undefined: return x
print(f.__annotations__, division, annotations.getMandatoryRelease(), __future__.all_feature_names == __future__.__all__[1:])
print(sorted(n for n in dir(__future__) if not n.startswith('__')))
class C:
    a: Foo[int]
    def m(self, y: 'q' = 3) -> C: ...
print(C.__annotations__, C.m.__annotations__)
code = compile('x: int = 1', '<s>', 'exec', __future__.annotations.compiler_flag)
print(bool(code.co_flags & __future__.CO_FUTURE_ANNOTATIONS))
ns = {}
exec(compile('def g(a: int): pass', '<s>', 'exec', __future__.annotations.compiler_flag), ns)
print(ns['g'].__annotations__)
print(repr(__future__.generator_stop))
ns = {}
exec('def g(a: int): pass', ns)
print(ns['g'].__annotations__)
print(eval('(lambda: 0).__code__.co_flags') & 0x1000000)
c = compile('def h(a: int): pass', 's', 'exec')
exec(c, ns); print(ns['h'].__annotations__)
c = compile('def h(a: int): pass', 's', 'exec', dont_inherit=True)
exec(c, ns); print(ns['h'].__annotations__)
c = compile('x = 1', 's', 'exec', 0x10)
print(hex(compile('x=1', 's', 'exec', 0x20000).co_flags), hex(compile('x=1', 's', 'exec', 0x10, dont_inherit=True).co_flags))
print(hex(compile('def f(): pass', 's', 'exec', 0x20000, dont_inherit=1).co_consts[0].co_flags))
for b in (0x8000, 0x10000, 0x40000, 0x4000000):
    try:
        compile('1', 's', 'exec', b)
        print('accepted', hex(b))
    except ValueError as e:
        print(hex(b), e)
