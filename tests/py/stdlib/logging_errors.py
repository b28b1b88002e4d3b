# logging's error paths: Handler.handleError's report on stderr ('--- Logging error ---', the
# traceback, the call stack of the logging call, message and arguments) for a bad format argument
# and a failing stream, raiseExceptions = False silencing it, lastResort and the "No handlers
# could be found" message when lastResort is None, captureWarnings routing warnings to the
# 'py.warnings' logger, the deprecated warn() methods, Handler.emit's NotImplementedError, and
# shutdown() flushing and closing handlers (errors from closed streams ignored).
import io
import logging
import os
import sys
import warnings

HERE = os.path.basename(__file__)


def summarize(text):
    """The stderr report without frames inside the logging package (their paths differ)."""
    out, skip = [], False
    for line in text.splitlines():
        if line.startswith('  File '):
            skip = HERE not in line
            if not skip:
                line = '  File "%s"%s' % (HERE, line.split('"', 2)[2])
        elif not line.startswith('    '):
            skip = False
        if not skip:
            out.append(line)
    return '\n'.join(out)


def capture_stderr(fn):
    saved, sys.stderr = sys.stderr, io.StringIO()
    try:
        fn()
        return sys.stderr.getvalue()
    finally:
        sys.stderr = saved


log = logging.getLogger('errs')
log.propagate = False
out = io.StringIO()
log.addHandler(logging.StreamHandler(out))


def log_bad_args():
    log.warning('%d items in %s', 'three')


print(summarize(capture_stderr(log_bad_args)))
print('stream got', repr(out.getvalue()))


class Broken:
    def write(self, text):
        raise OSError('disk full')

    def flush(self):
        pass


log.handlers[0].setStream(Broken())
print(summarize(capture_stderr(lambda: log.error('lost record %s', 42))))


class Unprintable:
    def __repr__(self):
        raise RuntimeError('no repr')


log.handlers[0].setStream(out)
print(summarize(capture_stderr(lambda: log.error(Unprintable(), 1))).splitlines()[-2:])

logging.raiseExceptions = False
print('silenced', repr(capture_stderr(log_bad_args)))
logging.raiseExceptions = True

orphan = logging.getLogger('orphan')
orphan.propagate = False
print('lastResort', repr(capture_stderr(lambda: orphan.warning('to %s', 'stderr'))))
print('below WARNING', repr(capture_stderr(lambda: orphan.info('dropped'))))
saved_last = logging.lastResort
logging.lastResort = None
print('no lastResort', repr(capture_stderr(lambda: (orphan.warning('a'), orphan.error('b')))))
logging.lastResort = saved_last

caught = io.StringIO()
pyw = logging.getLogger('py.warnings')
pyw.addHandler(logging.StreamHandler(caught))
pyw.propagate = False
logging.captureWarnings(True)
print(warnings.showwarning.__name__)
warnings.warn('old API', DeprecationWarning if False else UserWarning)
explicit = io.StringIO()
warnings.showwarning('to a file', UserWarning, 'mod.py', 3, file=explicit)
logging.captureWarnings(False)
print(warnings.showwarning.__name__)
print(repr(caught.getvalue().replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, '')))
print(repr(explicit.getvalue()))

with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter('always')
    log.warn('deprecated method')
    logging.LoggerAdapter(log, {}).warn('adapter too')
    logging.root.addHandler(logging.NullHandler())
    logging.warn('module function')
for w in seen:
    print(w.category.__name__, w.message, os.path.basename(w.filename))

try:
    logging.Handler().emit(logging.makeLogRecord({}))
except NotImplementedError as e:
    print('NotImplementedError:', e)
h = logging.Handler()
h.handle(logging.makeLogRecord({'msg': 'filtered'})) if h.addFilter(lambda r: False) else None
print('handle returns', h.handle(logging.makeLogRecord({'msg': 'x'})))


class Tracking(logging.StreamHandler):
    def flush(self):
        print('flush', self.name)
        super().flush()

    def close(self):
        print('close', self.name)
        super().close()


a = Tracking(sys.stdout)
a.name = 'first'
b = Tracking(sys.stdout)
b.name = 'second'
logging.shutdown([__import__('weakref').ref(a), __import__('weakref').ref(b)])
print(logging.getHandlerByName('first'))


class ClosedStream(logging.StreamHandler):
    def flush(self):
        raise ValueError('I/O operation on closed file.')


logging.shutdown([__import__('weakref').ref(ClosedStream(io.StringIO()))])
print('shutdown ignored the ValueError')
