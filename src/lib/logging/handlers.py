# logging.handlers (https://docs.python.org/3/library/logging.handlers.html) for Immortal: the file
# handlers that rotate by size or time, WatchedFileHandler, BufferingHandler/MemoryHandler, and
# QueueHandler/QueueListener. QueueListener.start() needs a thread: NotImplementedError (its
# _monitor() loop can still be run by hand). The network handlers (socket, datagram, syslog, SMTP,
# HTTP, NT event log) need modules Immortal lacks and raise NotImplementedError when constructed.

import os
import time
import logging

ST_INO, ST_DEV, ST_MTIME = 1, 2, 8     # positions in an os.stat() tuple (stat module values)

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60


class BaseRotatingHandler(logging.FileHandler):
    """A FileHandler that may roll its file over before emitting a record."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.mode, self.encoding, self.errors = mode, encoding, errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            if self.stream is None and (self.mode != 'w' or not self._closed):
                self.stream = self._open()
        except Exception:
            self.handleError(record)
            return
        if self.stream:   # StreamHandler.emit reports its own errors through handleError
            logging.StreamHandler.emit(self, record)

    def rotation_filename(self, default_name):
        return self.namer(default_name) if callable(self.namer) else default_name

    def rotate(self, source, dest):
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls over when the file would reach maxBytes: file -> file.1 -> ... -> file.<backupCount>."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None, delay=False,
                 errors=None):
        if maxBytes > 0:
            mode = 'a'   # 'w' would truncate what the rollover keeps
        if 'b' not in mode:
            import io
            encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.maxBytes, self.backupCount = maxBytes, backupCount

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            # Shift the numbered backups up by one, newest last, dropping the oldest.
            for n in range(self.backupCount - 1, 0, -1):
                older = self.rotation_filename('%s.%d' % (self.baseFilename, n))
                newer = self.rotation_filename('%s.%d' % (self.baseFilename, n + 1))
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self.rotation_filename(self.baseFilename + '.1')
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        # Only regular files roll over (not /dev/null, pipes, ...).
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        line = '%s\n' % self.format(record)
        self.stream.seek(0, 2)
        return self.stream.tell() + len(line) >= self.maxBytes


# when -> (seconds per unit, strftime suffix of backups, pattern of that suffix)
_WHEN = {
    'S': (1, '%Y-%m-%d_%H-%M-%S', r'^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(\.\w+)?$'),
    'M': (60, '%Y-%m-%d_%H-%M', r'^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}(\.\w+)?$'),
    'H': (60 * 60, '%Y-%m-%d_%H', r'^\d{4}-\d{2}-\d{2}_\d{2}(\.\w+)?$'),
    'D': (_MIDNIGHT, '%Y-%m-%d', r'^\d{4}-\d{2}-\d{2}(\.\w+)?$'),
    'MIDNIGHT': (_MIDNIGHT, '%Y-%m-%d', r'^\d{4}-\d{2}-\d{2}(\.\w+)?$'),
    'W': (7 * _MIDNIGHT, '%Y-%m-%d', r'^\d{4}-\d{2}-\d{2}(\.\w+)?$'),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rolls over at intervals (S, M, H, D), at midnight, or weekly (W0-W6), keeping backupCount files."""

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None, delay=False,
                 utc=False, atTime=None, errors=None):
        import io
        import re
        encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding, delay=delay, errors=errors)
        self.when = when.upper()
        self.backupCount, self.utc, self.atTime = backupCount, utc, atTime
        key = self.when
        if key.startswith('W'):
            if len(key) != 2:
                raise ValueError('You must specify a day for weekly rollover from 0 to 6 '
                                 '(0 is Monday): %s' % self.when)
            if not '0' <= key[1] <= '6':
                raise ValueError('Invalid day specified for weekly rollover: %s' % self.when)
            self.dayOfWeek = int(key[1])
            key = 'W'
        elif key not in _WHEN:
            raise ValueError('Invalid rollover interval specified: %s' % self.when)
        unit, self.suffix, pattern = _WHEN[key]
        self.extMatch = re.compile(pattern, re.ASCII)
        self.interval = unit * interval
        if os.path.exists(self.baseFilename):
            start = int(os.stat(self.baseFilename).st_mtime)
        else:
            start = int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def computeRollover(self, currentTime):
        if self.when != 'MIDNIGHT' and not self.when.startswith('W'):
            return currentTime + self.interval
        tm = time.gmtime(currentTime) if self.utc else time.localtime(currentTime)
        now_secs = (tm[3] * 60 + tm[4]) * 60 + tm[5]
        weekday = tm[6]
        at = self.atTime
        target = _MIDNIGHT if at is None else (at.hour * 60 + at.minute) * 60 + at.second
        wait = target - now_secs
        if wait < 0:   # today's moment has passed: tomorrow's
            wait += _MIDNIGHT
            weekday = (weekday + 1) % 7
        result = currentTime + wait
        if self.when.startswith('W') and weekday != self.dayOfWeek:
            result += ((self.dayOfWeek - weekday) % 7) * _MIDNIGHT
        if not self.utc:
            # Keep the wall-clock time across a DST change.
            dst_now, dst_then = tm[-1], time.localtime(result)[-1]
            if dst_now != dst_then:
                result += 3600 if dst_now else -3600
        return result

    def shouldRollover(self, record):
        now = int(time.time())
        if now < self.rolloverAt:
            return False
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            # Never roll over a non-regular file, but don't check again before the next period.
            self.rolloverAt = self.computeRollover(now)
            return False
        return True

    def getFilesToDelete(self):
        """The oldest backups beyond backupCount."""
        folder, base = os.path.split(self.baseFilename)
        stem, ext = os.path.splitext(base)
        prefix = stem + '.'
        found = []
        for name in os.listdir(folder):
            if self.namer is None:
                if not name.startswith(base):
                    continue
            elif (not name.startswith(base) and name.endswith(ext) and len(name) > len(prefix) + 1
                  and not name[len(prefix) + 1].isdigit()):
                continue
            if not name.startswith(prefix):
                continue
            # The date may sit anywhere among the dotted parts after the prefix.
            if any(self.extMatch.match(part) for part in name[len(prefix):].split('.')):
                found.append(os.path.join(folder, name))
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        now = int(time.time())
        start = self.rolloverAt - self.interval
        if self.utc:
            tm = time.gmtime(start)
        else:
            tm = time.localtime(start)
            dst_now = time.localtime(now)[-1]
            if dst_now != tm[-1]:
                tm = time.localtime(start + (3600 if dst_now else -3600))
        target = self.rotation_filename(self.baseFilename + '.' + time.strftime(self.suffix, tm))
        if os.path.exists(target):
            os.remove(target)
        if self.stream:
            self.stream.close()
            self.stream = None
        self.rotate(self.baseFilename, target)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        if not self.delay:
            self.stream = self._open()
        self.rolloverAt = self.computeRollover(now)


class WatchedFileHandler(logging.FileHandler):
    """Reopens its file when it was moved or deleted (by logrotate, say) since the last record."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        if 'b' not in mode:
            import io
            encoding = io.text_encoding(encoding)
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.dev = self.ino = -1
        self._statstream()

    def _statstream(self):
        if self.stream is None:
            return
        if hasattr(os, 'fstat'):
            info = os.fstat(self.stream.fileno())
        else:
            info = os.stat(self.baseFilename)
        self.dev, self.ino = info.st_dev, info.st_ino

    def reopenIfNeeded(self):
        if self.stream is None:
            return
        try:
            info = os.stat(self.baseFilename)
            moved = info.st_dev != self.dev or info.st_ino != self.ino
        except FileNotFoundError:
            moved = True
        if moved:
            self.stream.flush()
            self.stream.close()
            self.stream = None
            self.stream = self._open()
            self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


def _no_network(what):
    raise NotImplementedError('logging.handlers.%s needs network support, which Immortal does not '
                              'have yet' % what)


class SocketHandler(logging.Handler):
    def __init__(self, host, port):
        _no_network('SocketHandler')


class DatagramHandler(SocketHandler):
    def __init__(self, host, port):
        _no_network('DatagramHandler')


class SysLogHandler(logging.Handler):
    LOG_EMERG, LOG_ALERT, LOG_CRIT, LOG_ERR, LOG_WARNING, LOG_NOTICE, LOG_INFO, LOG_DEBUG = range(8)
    (LOG_KERN, LOG_USER, LOG_MAIL, LOG_DAEMON, LOG_AUTH, LOG_SYSLOG, LOG_LPR, LOG_NEWS, LOG_UUCP,
     LOG_CRON, LOG_AUTHPRIV, LOG_FTP, LOG_NTP, LOG_SECURITY, LOG_CONSOLE, LOG_SOLARIS_CRON) = range(16)
    (LOG_LOCAL0, LOG_LOCAL1, LOG_LOCAL2, LOG_LOCAL3, LOG_LOCAL4, LOG_LOCAL5, LOG_LOCAL6,
     LOG_LOCAL7) = range(16, 24)

    priority_names = {'alert': LOG_ALERT, 'crit': LOG_CRIT, 'critical': LOG_CRIT, 'debug': LOG_DEBUG,
                      'emerg': LOG_EMERG, 'err': LOG_ERR, 'error': LOG_ERR, 'info': LOG_INFO,
                      'notice': LOG_NOTICE, 'panic': LOG_EMERG, 'warn': LOG_WARNING,
                      'warning': LOG_WARNING}
    facility_names = {'auth': LOG_AUTH, 'authpriv': LOG_AUTHPRIV, 'console': LOG_CONSOLE,
                      'cron': LOG_CRON, 'daemon': LOG_DAEMON, 'ftp': LOG_FTP, 'kern': LOG_KERN,
                      'lpr': LOG_LPR, 'mail': LOG_MAIL, 'news': LOG_NEWS, 'ntp': LOG_NTP,
                      'security': LOG_SECURITY, 'solaris-cron': LOG_SOLARIS_CRON,
                      'syslog': LOG_SYSLOG, 'user': LOG_USER, 'uucp': LOG_UUCP,
                      'local0': LOG_LOCAL0, 'local1': LOG_LOCAL1, 'local2': LOG_LOCAL2,
                      'local3': LOG_LOCAL3, 'local4': LOG_LOCAL4, 'local5': LOG_LOCAL5,
                      'local6': LOG_LOCAL6, 'local7': LOG_LOCAL7}
    priority_map = {'DEBUG': 'debug', 'INFO': 'info', 'WARNING': 'warning', 'ERROR': 'error',
                    'CRITICAL': 'critical'}

    def __init__(self, address=('localhost', SYSLOG_UDP_PORT), facility=LOG_USER, socktype=None):
        _no_network('SysLogHandler')

    def encodePriority(self, facility, priority):
        fac = self.facility_names[facility] if isinstance(facility, str) else facility
        pri = self.priority_names[priority] if isinstance(priority, str) else priority
        return (fac << 3) | pri

    def mapPriority(self, levelName):
        return self.priority_map.get(levelName, 'warning')


class SMTPHandler(logging.Handler):
    def __init__(self, mailhost, fromaddr, toaddrs, subject, credentials=None, secure=None,
                 timeout=5.0):
        _no_network('SMTPHandler')


class NTEventLogHandler(logging.Handler):
    def __init__(self, appname, dllname=None, logtype='Application'):
        raise NotImplementedError('logging.handlers.NTEventLogHandler needs Windows')


class HTTPHandler(logging.Handler):
    def __init__(self, host, url, method='GET', secure=False, credentials=None, context=None):
        _no_network('HTTPHandler')


class BufferingHandler(logging.Handler):
    """Keeps records in self.buffer and flushes when shouldFlush() says so (here: emptying it)."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with self.lock:
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and passes them to target when full or when one reaches flushLevel."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel, self.target, self.flushOnClose = flushLevel, target, flushOnClose

    def shouldFlush(self, record):
        return record.levelno >= self.flushLevel or len(self.buffer) >= self.capacity

    def setTarget(self, target):
        with self.lock:
            self.target = target

    def flush(self):
        with self.lock:
            if not self.target:
                return
            for record in self.buffer:
                self.target.handle(record)
            self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Puts prepared (already formatted, picklable) records on a queue."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue, self.listener = queue, None

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        text = self.format(record)
        # A copy, so that handlers after this one still see the original record.
        import copy
        record = copy.copy(record)
        record.message = record.msg = text
        record.args = record.exc_info = record.exc_text = record.stack_info = None
        return record

    def emit(self, record):
        try:
            prepared = self.prepare(record)
            self.enqueue(prepared)
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Takes records off a queue and hands them to handlers, on a thread of its own."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue, self.handlers = queue, handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        raise NotImplementedError('QueueListener.start() needs a thread; Immortal runs one thread '
                                  'per interpreter')

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if self.respect_handler_level and record.levelno < handler.level:
                continue
            handler.handle(record)

    def _monitor(self):
        """The listener thread's loop; run directly here, it drains what is queued and returns."""
        import queue
        has_task_done = hasattr(self.queue, 'task_done')
        while True:
            try:
                record = self.dequeue(False)
            except queue.Empty:
                break
            if record is self._sentinel:
                if has_task_done:
                    self.queue.task_done()
                break
            self.handle(record)
            if has_task_done:
                self.queue.task_done()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        self.enqueue_sentinel()
        self._thread.join()   # never started: AttributeError, as in CPython
        self._thread = None
