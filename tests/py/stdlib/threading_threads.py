# threading.Thread objects without starting them: automatic names (with the target's name), reprs,
# daemon flag, ident/native_id None, is_alive, join errors, run() called directly (a worker
# subclass and a target with args), Timer.run()/cancel(), the main thread (current_thread,
# main_thread, enumerate, active_count), local(), deprecated aliases (warnings recorded),
# settrace/setprofile hooks and excepthook's report of a failed run().
import io
import sys
import threading
import warnings


def work(n, results, scale=1):
    results.append(n * scale)


results = []
t = threading.Thread(target=work, args=(3, results), kwargs={'scale': 10})
print(repr(t), t.name, t.ident, t.native_id, t.is_alive(), t.daemon)
t.run()
print('ran directly', results)
named = threading.Thread(name='loader', daemon=True)
print(repr(named), named.daemon)
named.name = 'loader-2'
named.daemon = False
print(repr(named))
print(repr(threading.Thread(target=len)))
print(repr(threading.Thread()))

for label, call in [('join', t.join), ('group', lambda: threading.Thread(group='g'))]:
    try:
        call()
    except (RuntimeError, AssertionError) as e:
        print(label, type(e).__name__, e)


class Crawler(threading.Thread):
    def __init__(self, urls):
        super().__init__(name='crawler')
        self.urls = urls
        self.seen = []

    def run(self):
        for u in self.urls:
            self.seen.append(u.upper())


c = Crawler(['a', 'b'])
c.run()
print(repr(c), c.seen)

main = threading.main_thread()
print(main.name, type(main).__name__, main.daemon, main.is_alive())
print(threading.current_thread() is main, threading.enumerate() == [main], threading.active_count())
print(main.ident == threading.get_ident(), main.native_id == threading.get_native_id())
print(repr(main).startswith('<_MainThread(MainThread, started '))
for label, call in [('join main', main.join), ('daemon main', lambda: setattr(main, 'daemon', True))]:
    try:
        call()
    except RuntimeError as e:
        print(label, e)

fired = []
timer = threading.Timer(0.01, fired.append, args=['tick'])
print(timer.interval, timer.args, timer.kwargs, timer.finished.is_set())
timer.run()
print('timer fired', fired, timer.finished.is_set())
cancelled = threading.Timer(30, fired.append, ['never'])
cancelled.cancel()
cancelled.run()
print('cancelled timer', fired)

data = threading.local()
data.user = 'ann'
print('local', data.user, getattr(data, 'missing', None))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    threading.currentThread()
    threading.activeCount()
    named.getName()
    named.setName('renamed')
    named.isDaemon()
    named.setDaemon(True)
    threading.Event().isSet()
    cond = threading.Condition()
    with cond:
        cond.notifyAll()
for w in caught:
    print(w.category.__name__, w.message)
print(named.name, named.daemon)

calls = []
threading.settrace(calls.append)
threading.setprofile(calls.append)
print(threading.gettrace() is calls.append or threading.gettrace() == calls.append,
      threading.getprofile() == calls.append, sys.gettrace())
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())


def broken():
    raise ValueError('bad input')


worker = threading.Thread(target=broken, name='worker-1')
err = io.StringIO()
saved, sys.stderr = sys.stderr, err
try:
    try:
        worker.run()
    except ValueError:
        threading.excepthook(threading.ExceptHookArgs([*sys.exc_info(), worker]))
    try:
        raise SystemExit(3)
    except SystemExit:
        threading.excepthook(threading.ExceptHookArgs([*sys.exc_info(), worker]))
finally:
    sys.stderr = saved
report = err.getvalue().splitlines()
print(report[0], report[1], report[-1], sep='\n')
args = threading.ExceptHookArgs([ValueError, None, None, None])
print(args.exc_type, args.thread, len(args))
try:
    threading.excepthook(('not', 'args'))
except TypeError as e:
    print('TypeError', e)
print(threading.excepthook is threading.__excepthook__)
print(sorted(threading.__all__) == sorted(set(threading.__all__)), len(threading.__all__))
