# Formatter in detail with fixed record times (converter = time.gmtime, created set by a record
# factory): asctime with default and custom datefmt, msecs, default_msec_format, the three styles
# with defaults=, validation errors, missing fields, exc_info/exc_text caching, stack_info,
# BufferingFormatter, LogRecord attributes and repr, getMessage with a mapping argument.
import io
import logging
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
base_factory = logging.getLogRecordFactory()


def fixed_time(*args, **kwargs):
    record = base_factory(*args, **kwargs)
    record.created = 1700000000.25
    record.msecs = 250.0
    record.relativeCreated = 1234.5
    return record


logging.setLogRecordFactory(fixed_time)
stream = io.StringIO()
handler = logging.StreamHandler(stream)
log = logging.getLogger('fmt')
log.propagate = False
log.addHandler(handler)
log.setLevel(logging.DEBUG)


def show(fmt, *args, datefmt=None, style='%', emit=('hello %s', 'world'), **kwargs):
    f = logging.Formatter(fmt, datefmt, style, *args, **kwargs)
    f.converter = time.gmtime
    handler.setFormatter(f)
    log.info(*emit)
    text = stream.getvalue().replace(HERE, '')
    stream.seek(0)
    stream.truncate()
    print(repr(text))


show('%(asctime)s %(message)s')
show('%(asctime)s|%(msecs)d|%(relativeCreated).1f', datefmt='%d/%m/%Y %H:%M')
show('{asctime} {levelname:>8} {name!r} {message}', style='{')
show('${asctime} $levelname ${message}', style='$', datefmt='%H:%M:%S')
show('%(levelno)03d %(module)s %(filename)s %(funcName)s %(processName)s %(threadName)s')
show('%(message)s [%(tag)s]', defaults={'tag': 'none'})
show('{message} [{tag}]', style='{', defaults={'tag': 'brace'})
show('%(message)s', emit=('%(user)s has %(n)d items', {'user': 'kim', 'n': 3}))

f = logging.Formatter()
f.converter = time.gmtime
f.default_msec_format = '%s.%03d'
rec = logging.makeLogRecord({'created': 86400.5, 'msecs': 500.0, 'msg': 'x'})
print(f.formatTime(rec), f.formatTime(rec, '%Y'), f.usesTime())
f.default_msec_format = None
print(f.formatTime(rec))

for fmt, style in [('no fields', '%'), ('no fields', '{'), ('no fields', '$'), ('{x!q}', '{'),
                   ('{x:~~^^}', '{'), ('{0x}', '{'), ('cost $', '$'), ('%(a)s', '?')]:
    try:
        logging.Formatter(fmt, style=style)
        print('accepted', fmt)
    except ValueError as e:
        print('ValueError:', e)
print(logging.Formatter('no fields', validate=False).format(logging.makeLogRecord({'msg': 'm'})))
try:
    logging.Formatter('%(missing)s').format(logging.makeLogRecord({'msg': 'm'}))
except ValueError as e:
    print('ValueError:', e)

handler.setFormatter(logging.Formatter('%(levelname)s %(message)s'))


def parse(text):
    return int(text)


try:
    parse('x1')
except ValueError:
    log.exception('could not parse %r', 'x1')
    err = sys.exc_info()
print(stream.getvalue().replace(HERE, ''))
stream.seek(0)
stream.truncate()

record = log.makeRecord('fmt', logging.ERROR, 'file.py', 7, 'boom', (), err, 'fn')
formatter = logging.Formatter('%(message)s')
first = formatter.format(record)
print('cached', record.exc_text is not None, formatter.format(record) == first)
print(first.replace(HERE, '').splitlines()[-1])
err = None


def level3():
    log.warning('where am I', stack_info=True)


def level2():
    level3()


level2()
lines = stream.getvalue().replace(HERE, '').splitlines()
print('\n'.join(line for line in lines if 'File' not in line or 'logging_format.py' in line))

bf = logging.BufferingFormatter(logging.Formatter('<%(message)s>'))
records = [logging.makeLogRecord({'msg': m}) for m in ['a', 'b', 'c']]
print(repr(bf.format(records)), repr(bf.format([])))


class Report(logging.BufferingFormatter):
    def formatHeader(self, records):
        return '%d records: ' % len(records)

    def formatFooter(self, records):
        return ' (end)'


print(Report().format(records))

r = logging.LogRecord('net', logging.WARNING, '/srv/app/net.py', 42, 'timeout after %ss', (5,), None,
                      func='connect')
print(r)
print(r.getMessage(), r.name, r.levelname, r.levelno, r.pathname, r.filename, r.module, r.lineno,
      r.funcName, r.args, r.exc_info, r.exc_text, r.stack_info)
print(r.thread is not None, r.threadName, r.processName, r.process == os.getpid(), r.taskName)
print(logging.LogRecord('m', 10, 'p', 1, 'a=%(a)s', ({'a': 1},), None).args)
print(logging.LogRecord('m', 10, 'p', 1, 'empty %s', ({},), None).getMessage())
print(logging.LogRecord('m', 10, 'p', 1, 12345, None, None).getMessage())
