# sys.unraisablehook: errors that cannot be raised (here: weakref callbacks) go through the hook; the
# default hook prints "Exception ignored in: <callback>" and the traceback to sys.stderr; a failing
# hook is reported as "Exception ignored in sys.unraisablehook: <hook>".
import sys
import weakref


class Target:
    pass


class Callback:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'Callback({self.name!r})'

    def __call__(self, ref):
        raise ValueError('boom in ' + self.name)


def fire(name):
    t = Target()
    r = weakref.ref(t, Callback(name))
    del t
    return r


seen = []


def hook(u):
    seen.append((type(u).__name__, u.exc_type.__name__, str(u.exc_value), u.err_msg,
                 repr(u.object), u.exc_traceback is not None))


class BadHook:
    def __repr__(self):
        return 'BadHook()'

    def __call__(self, u):
        raise KeyError('hook failed')


print(sys.unraisablehook is sys.__unraisablehook__)
fire('default')
print('after default')
sys.unraisablehook = hook
fire('hooked')
print(seen)
sys.unraisablehook = BadHook()
fire('lost')
sys.unraisablehook = sys.__unraisablehook__
fire('restored')
print('done')
