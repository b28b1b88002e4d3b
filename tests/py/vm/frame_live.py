# Frame objects follow their running frame (CPython's are views of it): f_lineno, f_lasti, f_locals and
# f_back change as the frame runs, asking twice gives the same object, and when the frame ends the object
# keeps its last line and locals. Code run by an attribute access, an operator or a comparison sees the
# line of that instruction in its caller's frame (warnings with stacklevel=2 name it).
import sys
import warnings


def show(f):
    return (f.f_code.co_name, f.f_lineno)


def outer():
    f = sys._getframe()
    print(show(f))
    x = 1
    print(show(f), sorted(f.f_locals))
    print(f is sys._getframe(), f.f_back.f_code.co_name, f.f_back is sys._getframe(1))
    inner(f)
    return f


def inner(of):
    print('inner sees outer at', of.f_lineno)
    me = sys._getframe()
    print(me.f_back is of)


f = outer()
print('after', show(f), sorted(f.f_locals), f.f_back.f_code.co_name)


def gen():
    a = 1
    yield a
    b = 2
    yield b


g = gen()
fr = g.gi_frame
print(fr.f_lineno, fr.f_locals, fr.f_back, fr.f_lasti)
next(g)
print(fr.f_lineno, fr.f_locals, fr.f_lasti > 0, fr.f_back)
next(g)
print(fr.f_lineno, fr.f_locals)
print(g.gi_frame is fr)
for _ in g:
    pass
print(g.gi_frame, fr.f_lineno, fr.f_locals)

try:
    sys._getframe().clear()
except RuntimeError as e:
    print(e)


def gen2():
    try:
        yield 1
    finally:
        print('closed')


g2 = gen2()
next(g2)
g2.gi_frame.clear()
print(g2.gi_frame)


def boom():
    fr = sys._getframe()
    v = 42
    raise ValueError(fr)


try:
    boom()
except ValueError as e:
    fr = e.args[0]
    tbf = e.__traceback__.tb_next.tb_frame
    print(tbf is fr, fr.f_locals['v'], fr.f_lineno, tbf.f_back is sys._getframe())
    del fr, tbf, e


def loop():
    f = sys._getframe()
    out = []
    for i in range(3):
        out.append(f.f_lineno)
    out.append(f.f_lineno)
    return out


print(loop())


class C:
    @property
    def x(self):
        warnings.warn('x is deprecated', DeprecationWarning, stacklevel=2)
        return sys._getframe(1).f_lineno

    def __getattr__(self, name):
        return sys._getframe(1).f_lineno

    def __eq__(self, other):
        return sys._getframe(1).f_lineno

    def __getitem__(self, i):
        return sys._getframe(1).f_lineno

    def __add__(self, other):
        return sys._getframe(1).f_lineno


c = C()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(len('abc'))
    a = c.x
    b = c.missing
    d = (c ==
         1)
    e = c[0]
    h = c + 1
    print(a, b, d, e, h)

    def uses():
        len('x')
        return c.x, c.zz, c[1], c + 2

    for _ in range(3):
        print(uses())
print([w.lineno for w in caught])


# f_locals of frames that run with a locals dict (module, class body, exec code) is that dict.
here = sys._getframe()
print(here.f_locals is globals(), 'here' in here.f_locals)


class K:
    a = 1
    loc = sys._getframe().f_locals
    print(sorted(loc))


print(sorted(K.loc))
exec("z = 3; print(sorted(__import__('sys')._getframe().f_locals))", {})
try:
    1 / 0
except ZeroDivisionError as exc:
    print(exc.__traceback__.tb_frame.f_locals is globals())


def runs_exec():
    exec("w = 1\n1/0", {'g': 2})


try:
    runs_exec()
except ZeroDivisionError as exc:
    t = exc.__traceback__
    while t.tb_next:
        t = t.tb_next
    print(sorted(t.tb_frame.f_locals))
