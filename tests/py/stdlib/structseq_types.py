# Struct sequences: sys's static types (version_info, flags, float_info, int_info, hash_info,
# thread_info, asyncgen_hooks, UnraisableHookArgs) and the heap type time.struct_time: member
# descriptors, n_* counts, __match_args__, hidden fields, __new__ and its errors, __reduce__, repr,
# no instance __dict__, tuple equality and hashing, class patterns.
import copy
import sys
import time


def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(' ', label, '!', type(e).__name__, e)
    else:
        print(' ', label, '->', r)


def describe(T):
    print(T, repr(T.__name__), repr(T.__qualname__), repr(T.__module__))
    print('  bases', T.__bases__, 'mro', T.__mro__)
    print('  heap', bool(T.__flags__ & (1 << 9)), 'basetype', bool(T.__flags__ & (1 << 10)),
          'immutable', bool(T.__flags__ & (1 << 8)))
    print('  doc', repr(T.__doc__))
    print('  counts', T.n_sequence_fields, T.n_fields, T.n_unnamed_fields, T.__match_args__)
    print('  dict', list(T.__dict__))
    for name in T.__match_args__:
        d = T.__dict__[name]
        print('   ', d, type(d).__name__, repr(d.__doc__), d.__name__, d.__qualname__, d.__objclass__ is T)
    print('  __repr__', T.__repr__, ' __reduce__', T.__reduce__)
    print('  __new__', type(T.__dict__['__new__']).__name__ if '__new__' in T.__dict__ else None)


print('sys.version_info')
vi = sys.version_info
VI = type(vi)
describe(VI)
print(' ', vi[:3], vi.major, vi.minor, len(vi), vi == tuple(vi), hash(vi) == hash(tuple(vi)))
print(' ', vi >= (3, 12), vi < (4,), vi + (1,), vi.__reduce__())
attempt('VI(seq)', VI, (1, 2, 3, 'final', 0))
attempt('VI()', VI)
attempt('VI.__new__', lambda: VI.__new__(VI, (1, 2, 3, 'final', 0)))
attempt('setattr field', setattr, vi, 'major', 4)
attempt('delattr field', delattr, vi, 'major')
attempt('setattr other', setattr, vi, 'foo', 1)
attempt('__dict__', lambda: vi.__dict__)
attempt('type setattr', setattr, VI, 'foo', 1)
attempt('get on int', VI.major.__get__, 5)
print(' ', hasattr(vi, '__dict__'), VI.major.__get__(None, VI) is VI.major, VI.major.__get__(vi))
print(' ', sorted(k for k in dir(vi) if not k.startswith('__')))
print(' ', '__match_args__' in dir(vi), '__reduce__' in dir(VI), '__new__' in dir(VI))
try:
    class Sub(VI):
        pass
except TypeError as e:
    print('  subclass ! TypeError', e)

print('sys.flags')
F = type(sys.flags)
describe(F)
attempt('F()', F)
attempt('F(seq)', F, range(18))
print(' ', sys.flags.optimize, sys.flags.dev_mode, sys.flags.safe_path, sys.flags.int_max_str_digits,
      sys.flags.hash_randomization, len(sys.flags))
print(' ', sorted(k for k in dir(F) if not k.startswith('__')) == sorted(F.__match_args__ + ('count', 'index', 'n_fields', 'n_sequence_fields', 'n_unnamed_fields')))

print('sys.float_info, int_info, hash_info, thread_info')
print(' ', sys.float_info)
print(' ', sys.int_info)
print(' ', sys.hash_info)
for T in (type(sys.float_info), type(sys.int_info), type(sys.hash_info), type(sys.thread_info)):
    describe(T)
FI = type(sys.float_info)
x = FI(range(11))
print(' ', x, type(x) is FI, x.epsilon, x == tuple(range(11)))
attempt('FI(short)', FI, range(10))
attempt('FI(long)', FI, range(12))
print(' ', sys.thread_info.name, len(sys.thread_info), type(sys.thread_info).__match_args__)

print('asyncgen_hooks')
h = sys.get_asyncgen_hooks()
describe(type(h))
print(' ', h, h.firstiter, h.finalizer, h.__reduce__())

print('UnraisableHookArgs')
seen = []


def hook(u):
    seen.append((type(u), u.exc_type, str(u.exc_value), u.err_msg, u.object is holder, len(u)))


class Boom:
    def __del__(self):
        raise ValueError('in __del__')


holder = None
old_hook = sys.unraisablehook
sys.unraisablehook = hook
holder = Boom()
holder = None
sys.unraisablehook = old_hook
U = seen[0][0]
describe(U)
print(' ', seen[0][1:])
u = U((1, 2, 3, 4, 5))
print(' ', u, u.object)
attempt('unraisablehook(tuple)', sys.unraisablehook, (1, 2, 3, 4, 5))

print('time.struct_time')
S = time.struct_time
describe(S)
st = time.gmtime(86400 * 365)
print(' ', st)
print(' ', st.tm_year, st.tm_zone, st.tm_gmtoff, len(st), st[:3], st[-1], tuple(st))
print(' ', st.__reduce__())
print(' ', copy.copy(st) == st, copy.deepcopy(st).tm_zone, type(copy.copy(st)) is S)
print(' ', st == tuple(st), hash(st) == hash(tuple(st)), st != tuple(st)[:8], st + (1,))
print(' ', hasattr(st, '__dict__'), sorted(k for k in dir(st) if not k.startswith('__')))
x = S((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(' ', x, x.tm_zone, x.tm_gmtoff, x.__reduce__())
x = S((2020, 1, 2, 3, 4, 5, 6, 7, 0, 'UTC', 3600))
print(' ', x, x.tm_zone, x.tm_gmtoff, len(x), x.__reduce__())
x = S([2020, 1, 2, 3, 4, 5, 6, 7, 0, 'CET'], {'tm_zone': 'ignored', 'tm_gmtoff': 7200})
print(' ', x.tm_zone, x.tm_gmtoff)
x = S(range(9), {'tm_zone': 'Z', 'other': 1})
print(' ', x, x.tm_zone, x.tm_gmtoff)
x = S(sequence='abcdefghi', dict={'tm_gmtoff': -5})
print(' ', x, x.tm_gmtoff)
print(' ', S(iter(range(9))), S(x) == x, S(x).tm_zone)
print(' ', S.__new__(S, range(9)))
for args, kw in [(((1, 2, 3),), {}), ((list(range(12)),), {}), ((5,), {}), ((range(9), None), {}),
                 ((range(9), []), {}), ((5, 5), {}), ((range(9), {}, 1), {}), ((range(9),), {'foo': 1}),
                 ((range(9),), {'sequence': 1}), ((), {}), ((), {'dict': {}})]:
    attempt('S%r %r' % (args, kw), S, *args, **kw)
attempt('__new__(tuple)', S.__new__, tuple, range(9))
attempt('__reduce__(1)', st.__reduce__, 1)
attempt('S.__reduce__(5)', S.__reduce__, 5)
attempt('S.__repr__(5)', S.__repr__, 5)
attempt('setattr field', setattr, st, 'tm_year', 5)
attempt('setattr hidden', setattr, st, 'tm_zone', 'X')
attempt('setattr other', setattr, st, 'foo', 5)
attempt('vars', vars, st)
try:
    class Sub2(S):
        pass
except TypeError as e:
    print('  subclass ! TypeError', e)
S.extra = 'class attribute'
print(' ', st.extra, S.__dict__['extra'])
del S.extra
print(' ', hasattr(st, 'extra'))

print('patterns')
match vi:
    case (major, minor, *rest):
        print(' ', 'sequence', major, minor, len(rest))
match st:
    case S(tm_year=y, tm_zone=z):
        print(' ', 'keywords', y, z)
match st:
    case S(y, m, d):
        print(' ', 'positional', y, m, d)
match sys.flags:
    case F(debug=0, optimize=o):
        print(' ', 'flags', o)
try:
    match st:
        case S(a, b, c, d, e, f, g, h, i, j):
            pass
except TypeError as e:
    print('  too many ! TypeError', e)
