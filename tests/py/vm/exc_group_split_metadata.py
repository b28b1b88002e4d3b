# BaseExceptionGroup construction and split/subgroup as CPython 3.12 has them: any sequence of
# exceptions (a str is a sequence of non-exceptions), the keyword and argument-count errors, and the
# parts split off carrying __traceback__, __context__, __cause__ with __suppress_context__ set, and a
# list copy of __notes__ (a tuple included); re-raising a part inside a handler shows no context.
import traceback


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Seq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return KeyError(i)


show(lambda: ExceptionGroup('a', 'b'))
show(lambda: ExceptionGroup(zz=1))
show(lambda: ExceptionGroup('a', [ValueError()], zz=1))
show(lambda: ExceptionGroup('a', range(0)))
show(lambda: ExceptionGroup('a', {1: ValueError()}))
show(lambda: ExceptionGroup('a', Seq()).args[0])
show(lambda: ExceptionGroup('a', Seq()).exceptions)
show(lambda: ExceptionGroup('a', iter([ValueError()])))
show(lambda: BaseExceptionGroup('a', (ValueError(1), KeyboardInterrupt())))
show(lambda: ExceptionGroup('a', [ValueError()]).split())
show(lambda: ExceptionGroup('a', [ValueError()]).subgroup(1, 2))
show(lambda: ExceptionGroup('a', [ValueError()]).derive())
show(lambda: ExceptionGroup('a', [ValueError()]).split(x=1))
show(lambda: ModuleNotFoundError(zz=1))
show(lambda: UnboundLocalError(zz=1))
show(lambda: AttributeError(zz=1))

try:
    try:
        raise OSError('context')
    except OSError:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)]) from KeyError('cause')
except ExceptionGroup as g:
    g.__notes__ = ('a note',)
    match, rest = g.split(ValueError)
    for part in (match, rest, g.subgroup(TypeError)):
        print(repr(part), part.__suppress_context__, repr(part.__cause__), repr(part.__context__),
              part.__notes__, part.__traceback__ is g.__traceback__)
    plain = ExceptionGroup('p', [ValueError(3)])
    print(plain.subgroup(ValueError) is plain, plain.split(TypeError))
try:
    try:
        raise ExceptionGroup('wrap', [ValueError('inner'), TypeError('x')])
    except ExceptionGroup as g:
        raise g.subgroup(ValueError)
except ExceptionGroup as e:
    print(''.join(traceback.format_exception(e)).count('During handling'))
