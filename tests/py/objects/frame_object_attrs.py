# Frame objects from sys._getframe, generators and tracebacks: the attributes CPython 3.12 exposes
# (f_back, f_builtins, f_code, f_globals, f_lasti, f_lineno, f_locals, f_trace, f_trace_lines,
# f_trace_opcodes, clear), which of them are read-only and with what messages; f_lasti // 2 indexes
# co_positions; clear() drops the locals a traceback's frame keeps (so their finalizers run).
# Also type() with a base that defines __mro_entries__ (only the class statement resolves those).
import sys


def names(o):
    return [n for n in dir(o) if not n.startswith('__')]


def here():
    return sys._getframe()


f = here()
print(names(f))
print(f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_back)
print(f.f_builtins is __builtins__.__dict__, f.f_globals is globals())
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
print(f.f_lineno, type(f.f_lasti).__name__, f.f_lasti % 2)
for attr, value in [('f_code', None), ('f_back', None), ('f_globals', {}), ('f_locals', {}), ('f_lasti', 0),
                    ('f_builtins', {}), ('f_lineno', 5)]:
    try:
        setattr(f, attr, value)
    except (AttributeError, ValueError) as e:
        print(attr, type(e).__name__, e)
try:
    del f.f_code
except AttributeError as e:
    print('del', e)


def positions():
    fr = sys._getframe(); lasti, line = fr.f_lasti, fr.f_lineno
    return list(fr.f_code.co_positions())[lasti // 2][0] == line


print('positions agree', positions())


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('finalized', self.name)


def fails():
    keep = Noisy('local of fails')
    raise ValueError('boom')


try:
    fails()
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    fr = tb.tb_frame
    print('tb frame', fr.f_code.co_name, fr.f_code.co_varnames, fr.f_lasti == tb.tb_lasti)
    print('clear ->', fr.clear())
    print('after clear', fr.f_locals)
    del fr, tb
print('handled')


def gen():
    x = 10
    yield sys._getframe().f_lineno
    yield x


g = gen()
print('gi_frame before start', g.gi_frame.f_lineno == gen.__code__.co_firstlineno, g.gi_frame.f_lasti)
print('yielded line', next(g) - gen.__code__.co_firstlineno)
print('gi_frame locals', g.gi_frame.f_locals)
print(type(f).clear.__doc__)
try:
    f.clear(1)
except TypeError as e:
    print(e)


class Entry:
    def __mro_entries__(self, bases):
        return (object,)


try:
    type('X', (Entry(),), {})
except TypeError as e:
    print(e)


class Y(Entry()):
    pass


print(Y.__bases__, Y.__orig_bases__[0].__class__.__name__)
try:
    type('Z', (1,), {})
except TypeError as e:
    print(e)
