# Struct sequences of os/posix (heap types in CPython): os.stat_result with its unnamed integer times and
# hidden fields, os.terminal_size, posix.times_result/uname_result/waitid_result: members, counts,
# __new__ (stat_result's float times default to the integer ones), __reduce__, copy, repr.
import copy
import os


def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(' ', label, '!', type(e).__name__, e)
    else:
        print(' ', label, '->', r)


def describe(T):
    print(T, repr(T.__name__), repr(T.__qualname__), repr(T.__module__), T.__bases__)
    print('  heap', bool(T.__flags__ & (1 << 9)), 'basetype', bool(T.__flags__ & (1 << 10)))
    print('  doc', repr(T.__doc__))
    print('  counts', T.n_sequence_fields, T.n_fields, T.n_unnamed_fields, T.__match_args__)
    print('  dict', list(T.__dict__))
    for k, v in T.__dict__.items():
        if type(v).__name__ == 'member_descriptor':
            print('   ', v, repr(v.__doc__))


for T in (os.stat_result, os.terminal_size, os.times_result, os.uname_result, os.waitid_result):
    describe(T)

print('stat_result')
S = os.stat_result
s = S(range(10))
print(' ', s)
print(' ', s.st_atime, s.st_mtime, s.st_ctime, s.st_atime_ns, s.st_blksize, s.st_rdev, len(s), s[7:])
print(' ', s.__reduce__())
s = S(range(13), {'st_atime_ns': 5, 'st_rdev': 'r'})
print(' ', s.st_atime, s.st_ctime, s.st_atime_ns, s.st_rdev, s.__reduce__()[1][1])
s = S(list(range(10)), {'st_mtime': 1.5})
print(' ', s.st_atime, s.st_mtime, copy.copy(s) == s, copy.copy(s).st_mtime)
attempt('short', S, range(9))
attempt('long', S, range(20))
attempt('no attr', getattr, s, 'st_flags')
attempt('set', setattr, s, 'st_mode', 1)

st = os.stat('.')
print(' ', type(st) is S, len(st), st.st_mode == st[0], st[7] == int(st.st_atime), st[8] == int(st.st_mtime),
      type(st.st_atime).__name__, type(st.st_mtime_ns).__name__, type(st.st_blksize).__name__,
      type(st.st_blocks).__name__, type(st.st_rdev).__name__)
print(' ', list(st.__reduce__()[1][1]), os.lstat('.') == st, type(os.fstat(0)) is S)
print(' ', os.path.getmtime('.') == st.st_mtime, type(os.path.getatime('.')).__name__)

print('terminal_size')
ts = os.terminal_size((80, 24))
print(' ', ts, ts.columns, ts.lines, ts.__reduce__())
attempt('terminal_size(3)', os.terminal_size, (1, 2, 3))

print('times_result, uname_result, waitid_result')
print(' ', os.times_result((1, 2, 3, 4, 5)), os.uname_result('abcde').machine)
print(' ', os.waitid_result((1, 2, 3, 4, 5)), os.waitid_result.si_pid.__doc__)
print(' ', type(os.times()) is os.times_result, type(os.uname()) is os.uname_result)
attempt('times_result(2)', os.times_result, (1, 2))
