# sys.settrace and sys.setprofile: CPython 3.12's call/line/return/exception events (lines in loops,
# multi-line expressions, generators, handlers, re-raises), local trace functions, f_trace_lines, a
# failing tracer, and the profiler's c_call/c_return/c_exception events.
import sys
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    a = arg if event != 'exception' else arg[0].__name__
    events.append((event, frame.f_code.co_name, frame.f_lineno, a if not callable(a) else 'fn'))
    return tracer
def loop1():
    for i in range(2): x = i
    return x
def loop2(n):
    i = 0
    while i < n:
        i += 1
    return (i +
            1)
def gen():
    yield 1
    yield 2
def raiser():
    raise ValueError('x')
def catcher():
    try:
        raiser()
    except ValueError:
        pass
    try:
        try:
            raiser()
        finally:
            y = 1
    except ValueError:
        return 'caught'
def withs():
    if 1 > 2: pass
    elif 2 > 1:
        z = [i for i in range(2)]
    return z
sys.settrace(tracer)
loop1(); loop2(2); list(gen()); catcher(); withs()
try: raiser()
except ValueError: pass
sys.settrace(None)
for e in events: print(*e)
print(sys.gettrace())

events.clear()
def prof(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return
    name = getattr(arg, '__name__', None) if event.startswith('c_') else arg
    events.append((event, frame.f_code.co_name, frame.f_lineno, name))
def f(x):
    y = len([x]) + abs(-x)
    return g(y)
def g(y):
    try:
        int('zz')
    except ValueError:
        pass
    return sorted([3, 1, y])
def gen():
    yield 1
    yield 2
sys.setprofile(prof)
f(2)
list(gen())
[].append(1)
sys.setprofile(None)
for e in events: print(*e)
print(sys.getprofile())

out = []
def local(frame, event, arg):
    out.append((event, frame.f_lineno))
    return local
def glob(frame, event, arg):
    if frame.f_code.co_name == 'target':
        return local
    return None
def target(n):
    total = 0
    for i in range(n):
        total += i
    return total
sys.settrace(glob)
target(2)
print(out)
# f_trace_lines False and f_trace_opcodes
out.clear()
def glob2(frame, event, arg):
    if frame.f_code.co_name == 'target':
        frame.f_trace_lines = False
        return local
sys.settrace(glob2); target(1); sys.settrace(None)
print(out)
# tracer raising disables tracing
def bad(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'target':
        raise KeyError('tracer')
    return None
sys.settrace(bad)
try: target(1)
except KeyError as e: print('KeyError', e, sys.gettrace())
# setting f_trace on caller and f_lineno outside
def setter():
    f = sys._getframe(1)
    return f
fr = setter()
try: fr.f_lineno = 3
except ValueError as e: print(e)
print(fr.f_trace, fr.f_trace_lines, fr.f_trace_opcodes)
try: fr.f_trace_lines = 1
except TypeError as e: print(e)
# leave a tracer set at exit
sys.settrace(glob)
