# Handlers that keep state: FileHandler (append, 'w', delay, close), RotatingFileHandler rolling
# over by size with backups, TimedRotatingFileHandler's schedule (UTC computeRollover for S/M/H/D/
# MIDNIGHT/W<n>, atTime, suffix patterns, errors), MemoryHandler flushing on capacity/level/close,
# QueueHandler preparing records and QueueListener.handle, BufferingHandler, setStream; files go to
# a temporary folder whose name is never printed. A MemoryHandler left open is flushed at exit by
# logging.shutdown (registered with atexit).
import datetime
import logging
import logging.handlers as H
import os
import queue
import shutil
import sys
import tempfile

workdir = tempfile.mkdtemp()
os.chdir(workdir)


def files():
    return sorted(os.listdir('.'))


def read(name):
    with open(name) as f:
        return f.read()


log = logging.getLogger('disk')
log.propagate = False
log.setLevel(logging.DEBUG)

fh = logging.FileHandler('app.log')
fh.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
log.addHandler(fh)
log.info('first')
log.warning('second')
print(files(), repr(read('app.log')), fh.mode, fh.encoding, os.path.basename(fh.baseFilename))
print(repr(fh).replace(workdir, 'DIR'))
fh.close()
print('stream after close', fh.stream)
log.removeHandler(fh)

lazy = logging.FileHandler('lazy.log', mode='w', delay=True)
print('delayed', lazy.stream, 'lazy.log' in files())
log.addHandler(lazy)
log.error('now it opens')
print('lazy.log' in files(), repr(read('lazy.log')))
lazy.close()
log.removeHandler(lazy)

rot = H.RotatingFileHandler('rot.log', maxBytes=40, backupCount=2)
rot.setFormatter(logging.Formatter('%(message)s'))
log.addHandler(rot)
for i in range(8):
    log.info('event number %02d', i)
rot.close()
log.removeHandler(rot)
print(files())
for name in ['rot.log', 'rot.log.1', 'rot.log.2']:
    print(name, repr(read(name)))

named = H.RotatingFileHandler('n.log', maxBytes=1, backupCount=1, delay=True)
named.namer = lambda default: default.replace('.log.', '-') + '.bak'
moves = []
named.rotator = lambda src, dst: (moves.append(os.path.basename(dst)), os.rename(src, dst))
log.addHandler(named)
log.info('a')
log.info('b')
named.close()
log.removeHandler(named)
print('custom namer', moves, sorted(f for f in files() if f.startswith('n')))

for when in ['S', 'M', 'H', 'D', 'midnight', 'W6']:
    t = H.TimedRotatingFileHandler('t.log', when=when, utc=True, delay=True)
    print(when, t.when, t.interval, t.suffix, t.extMatch.pattern)
for when in ['W', 'W9', 'fortnight']:
    try:
        H.TimedRotatingFileHandler('t.log', when=when, delay=True)
    except ValueError as e:
        print('ValueError:', e)
daily = H.TimedRotatingFileHandler('t.log', when='midnight', utc=True, delay=True)
hourly = H.TimedRotatingFileHandler('t.log', when='H', interval=6, utc=True, delay=True)
weekly = H.TimedRotatingFileHandler('t.log', when='W0', utc=True, delay=True,
                                    atTime=datetime.time(9, 30))
start = 1700000000   # a Tuesday, 22:13:20 UTC
for label, h in [('daily', daily), ('hourly', hourly), ('weekly', weekly)]:
    print(label, [h.computeRollover(start + k * 86400) - start for k in range(3)])
noon = H.TimedRotatingFileHandler('t.log', when='midnight', utc=True, delay=True,
                                  atTime=datetime.time(12))
print('noon', noon.computeRollover(0), noon.computeRollover(43200), noon.computeRollover(50000))

with open('t.log', 'w') as f:
    f.write('old\n')
for stamp in ['2023-11-10', '2023-11-11', '2023-11-12', 'junk']:
    with open('t.log.' + stamp, 'w') as f:
        f.write(stamp)
daily.backupCount = 2
print('to delete', [os.path.basename(p) for p in daily.getFilesToDelete()])
daily.rolloverAt = 1699920000 + 86400   # the period that started 2023-11-14 00:00 UTC
daily.doRollover()
print(files())

sink = []


class Sink(logging.Handler):
    def emit(self, record):
        sink.append(self.format(record))


target = Sink()
mem = H.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
log.addHandler(mem)
log.info('m1')
log.info('m2')
print('buffered', len(mem.buffer), sink)
log.info('m3')
print('capacity flush', sink)
log.info('m4')
log.error('m5 error')
print('level flush', sink)
log.info('m6')
mem.close()
print('close flush', sink, mem.target)
log.removeHandler(mem)
keep = H.MemoryHandler(10, target=Sink(), flushOnClose=False)
keep.handle(logging.makeLogRecord({'msg': 'dropped', 'levelno': 20}))
keep.close()
print('no flush on close', len(keep.buffer))

buffering = H.BufferingHandler(2)
buffering.handle(logging.makeLogRecord({'msg': 'x', 'levelno': 20}))
print('buffering', len(buffering.buffer), buffering.shouldFlush(None))
buffering.handle(logging.makeLogRecord({'msg': 'y', 'levelno': 20}))
print('buffering flushed', len(buffering.buffer))

q = queue.Queue()
qh = H.QueueHandler(q)
qh.setFormatter(logging.Formatter('%(name)s: %(message)s'))
log.addHandler(qh)
log.warning('queued %s', 'item')
try:
    {}['key']
except KeyError:
    log.exception('with traceback')
log.removeHandler(qh)
first = q.get_nowait()
print(first.msg, first.args, first.message, first.exc_info, first.levelname)
second = q.get_nowait()
print(second.msg.splitlines()[0], '|', second.msg.splitlines()[-1], second.exc_info, second.exc_text)
print(qh.listener)
listener = H.QueueListener(q, target, respect_handler_level=True)
target.setLevel(logging.WARNING)
for level in (logging.INFO, logging.WARNING):
    listener.handle(logging.makeLogRecord({'msg': 'lvl %d' % level, 'levelno': level}))
print('listener', sink[-1:], listener.respect_handler_level, listener.handlers == (target,))

swap = logging.StreamHandler(sys.stdout)
print(swap.setStream(sys.stdout), swap.setStream(sys.stderr) is sys.stdout, swap.stream is sys.stderr)

os.chdir('/')
shutil.rmtree(workdir)

at_exit = logging.StreamHandler(sys.stdout)
at_exit.setFormatter(logging.Formatter('at exit: %(message)s'))
pending = H.MemoryHandler(100, target=at_exit)
late = logging.getLogger('late')
late.addHandler(pending)
late.warning('flushed by logging.shutdown')
print('end of program')
