# __reduce__ of the exception families with fields outside args: OSError puts filename and filename2
# back into the args that recreate it; ImportError keeps name/path/name_from and AttributeError
# name/args in the state dict (AttributeError.__getstate__); rebuilding from the reduction (as pickle
# and copy do) gives an equal error. BaseException.__setstate__ and the methods' argument errors.
import copy


def rebuild(e):
    parts = e.__reduce__()
    new = parts[0](*parts[1])
    if len(parts) > 2 and parts[2] is not None:
        new.__setstate__(parts[2])
    return new


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


errors = [
    OSError(2, 'No such file or directory', 'a.txt'),
    OSError(2, 'No such file or directory', 'a.txt', None, 'b.txt'),
    OSError(13, 'Permission denied'),
    OSError('plain message'),
    BlockingIOError(11, 'would block', 5),
    ImportError('no module', name='pkg', path='/tmp/pkg'),
    ModuleNotFoundError('missing', name='m'),
    AttributeError('no attr', name='x', obj=object()),
    NameError('undefined', name='y'),
    ValueError(1, 2),
    StopIteration(3),
    SystemExit(4),
]
for e in errors:
    r = e.__reduce__()
    print(r[0].__name__, r[1], r[2:] if len(r) > 2 else '')
    for other in (rebuild(e), copy.copy(e)):
        print('  ', type(other).__name__, other.args, str(other),
              getattr(other, 'filename', None), getattr(other, 'filename2', None),
              getattr(other, 'name', None), getattr(other, 'path', None))
e = ImportError('m', name='n')
e.name_from = 'thing'
print(e.__reduce__())
e = OSError(2, 'x', 'f')
e.extra = 1
print(e.__reduce__())
print(AttributeError().__getstate__(), AttributeError().__reduce__())
show(lambda: ValueError().__reduce__(1))
show(lambda: OSError().__reduce__(1))
show(lambda: ValueError().__setstate__())
show(lambda: ValueError().__setstate__(5))
x = ValueError()
x.__setstate__({'args': (1,), 'z': 2})
print(x.args, x.z)
