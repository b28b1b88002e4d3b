# The logging package (https://docs.python.org/3/library/logging.html) for Immortal: loggers in a
# dotted-name hierarchy, handlers, formatters (%, {} and $ styles), filters, LogRecord, LoggerAdapter,
# basicConfig, lastResort, captureWarnings and shutdown at exit. Behaviour, messages and reprs follow
# CPython 3.12. Immortal runs one thread per interpreter, so the module lock and handler locks are
# RLocks that never contend; record.thread/threadName describe the main thread.

import sys
import os
import time
import weakref
from types import GenericAlias

import threading

# re, traceback, warnings, io, collections.abc and string are imported where they are first needed
# (start-up time); module attributes of those names are still there, through __getattr__ below.
_LAZY_MODULES = {'re': 're', 'traceback': 'traceback', 'warnings': 'warnings', 'io': 'io',
                 'collections': 'collections.abc'}


def __getattr__(name):
    if name in _LAZY_MODULES:
        __import__(_LAZY_MODULES[name])
        value = sys.modules[name]
    elif name == 'Template':
        from string import Template as value
    elif name == '_str_formatter':
        from string import Formatter
        value = Formatter()
    else:
        raise AttributeError("module 'logging' has no attribute %r" % name)
    globals()[name] = value
    return value


class _Pattern:
    """A class attribute holding a compiled regular expression, compiled on first use."""

    def __init__(self, pattern, ignore_case=False):
        self.pattern, self.ignore_case = pattern, ignore_case

    def __set_name__(self, owner, name):
        self.owner, self.name = owner, name

    def __get__(self, obj, cls=None):
        import re
        compiled = re.compile(self.pattern, re.I if self.ignore_case else 0)
        setattr(self.owner, self.name, compiled)
        return compiled

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL', 'FileHandler',
           'Filter', 'Formatter', 'Handler', 'INFO', 'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET',
           'NullHandler', 'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error', 'exception', 'fatal',
           'getLevelName', 'getLogger', 'getLoggerClass', 'info', 'log', 'makeLogRecord',
           'setLoggerClass', 'shutdown', 'warn', 'warning', 'getLogRecordFactory',
           'setLogRecordFactory', 'lastResort', 'raiseExceptions', 'getLevelNamesMapping',
           'getHandlerByName', 'getHandlerNames']

__author__ = 'Vinay Sajip <vinay_sajip@red-dove.com>'
__status__ = 'production'
__version__ = '0.5.1.2'
__date__ = '07 February 2010'

_startTime = time.time()

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True
logAsyncioTasks = True

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO',
                DEBUG: 'DEBUG', NOTSET: 'NOTSET'}
_nameToLevel = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR, 'WARN': WARNING,
                'WARNING': WARNING, 'INFO': INFO, 'DEBUG': DEBUG, 'NOTSET': NOTSET}


def getLevelNamesMapping():
    return _nameToLevel.copy()


def getLevelName(level):
    """The name of a numeric level, the number of a level name, or 'Level %s'."""
    name = _levelToName.get(level)
    if name is not None:
        return name
    number = _nameToLevel.get(level)
    if number is not None:
        return number
    return 'Level %s' % level


def addLevelName(level, levelName):
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def currentframe():
    return sys._getframe(1)


# The file whose frames findCaller() skips: this one.
_srcfile = os.path.normcase(addLevelName.__code__.co_filename)


def _is_internal_frame(frame):
    filename = os.path.normcase(frame.f_code.co_filename)
    if filename == _srcfile:
        return True
    return 'importlib' in filename and '_bootstrap' in filename


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError('Unknown level: %r' % level)
        return _nameToLevel[level]
    raise TypeError('Level not an integer or a valid string: %r' % (level,))


# The module lock guards the logger tree and the handler registry.
_lock = threading.RLock()


def _acquireLock():
    if _lock:
        _lock.acquire()


def _releaseLock():
    if _lock:
        _lock.release()


def _register_at_fork_reinit_lock(instance):
    pass   # os.fork() is not available to Immortal programs: nothing to re-initialise.


class LogRecord(object):
    """One logged event: everything a formatter may show about it."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None,
                 **kwargs):
        now = time.time()
        self.name = name
        self.msg = msg
        # log('%(a)s', {'a': 1}): a lone mapping argument is used for %-style keys.
        if args and len(args) == 1 and args[0] and _is_mapping(args[0]):
            args = args[0]
        self.args = args
        self.levelno, self.levelname = level, getLevelName(level)
        self.pathname, self.lineno, self.funcName = pathname, lineno, func
        try:
            base = os.path.basename(pathname)
            self.filename, self.module = base, os.path.splitext(base)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename, self.module = pathname, 'Unknown module'
        self.exc_info, self.exc_text, self.stack_info = exc_info, None, sinfo
        self.created = now
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _startTime) * 1000
        if logThreads:
            self.thread = threading.get_ident()
            self.threadName = threading.current_thread().name
        else:
            self.thread = None
            self.threadName = None
        self.processName = 'MainProcess' if logMultiprocessing else None
        if logMultiprocessing:
            mp = sys.modules.get('multiprocessing')
            if mp is not None:
                try:
                    self.processName = mp.current_process().name
                except Exception:
                    pass
        self.process = os.getpid() if logProcesses and hasattr(os, 'getpid') else None
        self.taskName = None
        if logAsyncioTasks:
            aio = sys.modules.get('asyncio')
            if aio is not None:
                try:
                    self.taskName = aio.current_task().get_name()
                except Exception:
                    pass

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname,
                                                      self.lineno, self.msg)

    def getMessage(self):
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text


def _is_mapping(obj):
    from collections.abc import Mapping
    return isinstance(obj, Mapping)


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    record = _logRecordFactory(None, None, '', 0, '', (), None, None)
    record.__dict__.update(dict)
    return record


# Formatting styles: each knows its default format, how to spot asctime, how to check a format
# string and how to fill it from a record.

class PercentStyle(object):
    # The three attributes are (default format, how asctime is written, what usesTime looks for).
    default_format, asctime_format, asctime_search = '%(message)s', '%(asctime)s', '%(asctime)'
    validation_pattern = _Pattern(r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]', True)

    def __init__(self, fmt, *, defaults=None):
        self._defaults = defaults
        self._fmt = fmt if fmt else self.default_format

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        if self._fmt == PercentStyle.default_format:
            return   # valid; skipping the pattern keeps `import logging` from importing re
        if self.validation_pattern.search(self._fmt) is None:
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0]))

    def _values(self, record):
        if self._defaults:
            return self._defaults | record.__dict__
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            text = self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)
        return text


def _formatter_parse(text):
    parser = globals().get('_str_formatter') or __getattr__('_str_formatter')
    return parser.parse(text)


class StrFormatStyle(PercentStyle):
    default_format, asctime_format, asctime_search = '{message}', '{asctime}', '{asctime'

    fmt_spec = _Pattern(r'^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosx%]?$', True)
    field_spec = _Pattern(r'^(\d+|\w+)(\.\w+|\[[^]]+\])*$')

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        seen = set()
        try:
            for _literal, field, spec, conversion in _formatter_parse(self._fmt):
                if field:
                    if not self.field_spec.match(field):
                        raise ValueError('invalid field name/expression: %r' % field)
                    seen.add(field)
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and self.fmt_spec.match(spec) is None:
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            problem = e
        else:
            problem = None
        if problem is not None:
            raise ValueError('invalid format: %s' % problem)
        if not seen:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    default_format, asctime_format, asctime_search = '${message}', '${asctime}', '${asctime}'

    def __init__(self, fmt, *, defaults=None):
        PercentStyle.__init__(self, fmt, defaults=defaults)
        from string import Template
        self._tpl = Template(self._fmt)

    def usesTime(self):
        return self._fmt.find('$asctime') >= 0 or self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        seen = set()
        from string import Template
        for m in Template.pattern.finditer(self._fmt):
            groups = m.groupdict()
            name = groups['named'] or groups['braced']
            if name:
                seen.add(name)
            elif m.group(0) == '$':
                raise ValueError("invalid format: bare '$' not allowed")
        if not seen:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'

# style character -> (style class, basicConfig's default format)
_STYLES = {'%': (PercentStyle, BASIC_FORMAT),
           '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
           '$': (StringTemplateStyle, '${levelname}:${name}:${message}')}


class Formatter(object):
    """Turns a LogRecord into text."""

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        style_class = _STYLES[style][0]
        self._style = style_class(fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt, self.datefmt = self._style._fmt, datefmt

    def formatTime(self, record, datefmt=None):
        when = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, when)
        text = time.strftime(self.default_time_format, when)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        import io
        import traceback
        buf = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, buf)
        text = buf.getvalue()
        buf.close()
        return text[:-1] if text.endswith('\n') else text

    def usesTime(self):
        return self._style.usesTime()

    def formatStack(self, stack_info):
        return stack_info

    def formatMessage(self, record):
        return self._style.format(record)

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            # Cache the traceback text: every handler would format it the same way.
            record.exc_text = self.formatException(record.exc_info)
        for extra in (record.exc_text, record.stack_info and self.formatStack(record.stack_info)):
            if extra:
                if not text.endswith('\n'):
                    text += '\n'
                text += extra
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: a header, each record with linefmt, a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ''

    def formatFooter(self, records):
        return ''

    def format(self, records):
        if not records:
            return ''
        parts = [self.formatHeader(records)]
        parts.extend(self.linefmt.format(r) for r in records)
        parts.append(self.formatFooter(records))
        return ''.join(parts)


class Filter(object):
    """Passes records from the logger called name and its descendants (all, when name is '')."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0 or self.name == record.name:
            return True
        if not record.name.startswith(self.name):
            return False
        return record.name[self.nlen:self.nlen + 1] == '.'


class Filterer(object):
    """Base of loggers and handlers: keeps a list of filters."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """False when a filter rejects the record; else the record (possibly replaced by a filter)."""
        for f in self.filters:
            check = getattr(f, 'filter', None)
            verdict = check(record) if check is not None else f(record)
            if not verdict:
                return False
            if isinstance(verdict, LogRecord):
                record = verdict
        return record


# Handlers by name (for getHandlerByName) and weak references to all of them, oldest first (for
# shutdown(), which closes them newest first).
_handlers = weakref.WeakValueDictionary()
_handlerList = []


def _removeHandlerRef(wr):
    if _lock is not None and _handlerList is not None:
        with _lock:
            try:
                _handlerList.remove(wr)
            except ValueError:
                pass


def _addHandlerRef(handler):
    with _lock:
        _handlerList.append(weakref.ref(handler, _removeHandlerRef))


def getHandlerByName(name):
    return _handlers.get(name)


def getHandlerNames():
    return frozenset(_handlers)


class Handler(Filterer):
    """Dispatches records somewhere; subclasses implement emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self.level = _checkLevel(level)
        self._name, self.formatter, self._closed = None, None, False
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = threading.RLock()
        _register_at_fork_reinit_lock(self)

    def _at_fork_reinit(self):   # (fork is unavailable; kept for subclasses that call it)
        self.lock._at_fork_reinit()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        formatter = self.formatter if self.formatter else _defaultFormatter
        return formatter.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        verdict = self.filter(record)
        if isinstance(verdict, LogRecord):
            record = verdict
        if verdict:
            with self.lock:
                self.emit(record)
        return verdict

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        """Reports an exception raised in emit() on stderr (when raiseExceptions is set)."""
        if not (raiseExceptions and sys.stderr):
            return
        import traceback
        exc_type, exc, tb = sys.exc_info()
        err = sys.stderr
        try:
            err.write('--- Logging error ---\n')
            traceback.print_exception(exc_type, exc, tb, None, err)
            err.write('Call stack:\n')
            # Show where the logging call was made: the first frame outside this package, going
            # out from the frame that caught the exception. That frame is found on the live stack
            # by its code (Immortal's tb.tb_frame is a detached copy whose f_back is None).
            frame = sys._getframe(1)
            caught = tb.tb_frame.f_code if tb is not None else None
            probe = frame
            while probe is not None and probe.f_code is not caught:
                probe = probe.f_back
            if probe is not None:
                frame = probe
            here = os.path.dirname(__file__)
            while frame is not None and os.path.dirname(frame.f_code.co_filename) == here:
                frame = frame.f_back
            if frame is None:
                err.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
            else:
                traceback.print_stack(frame, file=err)
            try:
                err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                err.write('Unable to print the message and arguments - possible formatting error.\n'
                          'Use the traceback above to help find the error.\n')
        except OSError:
            pass
        finally:
            exc_type = exc = tb = None

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes formatted records to a stream (sys.stderr by default)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        with self.lock:
            if self.stream and hasattr(self.stream, 'flush'):
                self.stream.flush()

    def emit(self, record):
        try:
            text = self.format(record)
            self.stream.write(text + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            return None
        old = self.stream
        with self.lock:
            self.flush()
            self.stream = stream
        return old

    def __repr__(self):
        name = str(getattr(self.stream, 'name', ''))
        if name:
            name += ' '
        return '<%s %s(%s)>' % (type(self).__name__, name, getLevelName(self.level))

    __class_getitem__ = classmethod(GenericAlias)


class FileHandler(StreamHandler):
    """Appends (or writes) formatted records to a file, opened now or at the first record."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        filename = os.fspath(filename)
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        self.encoding = encoding
        if 'b' not in mode:
            import io
            self.encoding = io.text_encoding(encoding)
        self.errors = errors
        self.delay = delay
        self._builtin_open = open
        if not delay:
            StreamHandler.__init__(self, self._open())
        else:
            Handler.__init__(self)
            self.stream = None   # opened by the first emit()

    def close(self):
        with self.lock:
            try:
                stream = self.stream
                if stream:
                    try:
                        self.flush()
                    finally:
                        self.stream = None
                        if hasattr(stream, 'close'):
                            stream.close()
            finally:
                StreamHandler.close(self)

    def _open(self):
        return self._builtin_open(self.baseFilename, self.mode, encoding=self.encoding,
                                  errors=self.errors)

    def emit(self, record):
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename, getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """lastResort: writes to whatever sys.stderr is at the time of the record."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    stream = property(lambda self: sys.stderr)


lastResort = _defaultLastResort = _StderrHandler(WARNING)


class PlaceHolder(object):
    """Stands in the logger tree for a dotted-name prefix that has no logger yet."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


def setLoggerClass(klass):
    global _loggerClass
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError('logger not derived from logging.Logger: ' + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager(object):
    """Holds the logger tree: every logger by name, with PlaceHolders for missing ancestors."""

    def __init__(self, rootnode):
        self.root, self.loggerDict = rootnode, {}
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerClass = self.logRecordFactory = None

    def _set_disable(self, value):
        self._disable = _checkLevel(value)

    disable = property(lambda self: self._disable, _set_disable)

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            existing = self.loggerDict.get(name)
            if existing is not None and not isinstance(existing, PlaceHolder):
                return existing
            logger = (self.loggerClass or _loggerClass)(name)
            logger.manager = self
            self.loggerDict[name] = logger
            if existing is not None:
                self._fixupChildren(existing, logger)
            self._fixupParents(logger)
            return logger

    def setLoggerClass(self, klass):
        if klass != Logger and not issubclass(klass, Logger):
            raise TypeError('logger not derived from logging.Logger: ' + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        """Links alogger to its nearest existing ancestor, leaving PlaceHolders on the way."""
        name = alogger.name
        parent = None
        end = name.rfind('.')
        while end > 0 and parent is None:
            prefix = name[:end]
            node = self.loggerDict.get(prefix)
            if node is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(node, Logger):
                parent = node
            else:
                node.append(alogger)
            end = name.rfind('.', 0, end - 1)
        alogger.parent = parent if parent is not None else self.root

    def _fixupChildren(self, ph, alogger):
        """alogger replaces PlaceHolder ph: it becomes the parent of the loggers ph stood for."""
        name = alogger.name
        for child in ph.loggerMap.keys():
            if not child.parent.name.startswith(name):
                alogger.parent = child.parent
                child.parent = alogger

    def _clear_cache(self):
        with _lock:
            self.root._cache.clear()
            for node in self.loggerDict.values():
                if isinstance(node, Logger):
                    node._cache.clear()


class Logger(Filterer):
    """A named channel for records; use getLogger(name) rather than making one directly."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name, self.level = name, _checkLevel(level)
        self.parent, self.propagate, self.disabled = None, True, False
        self.handlers = []
        self._cache = {}   # level -> isEnabledFor(level), cleared when levels change

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError('level must be an integer')
        elif self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(filename, line, function, stack text) of the frame that called into logging."""
        frame = currentframe()
        if frame is None:
            return '(unknown file)', 0, '(unknown function)', None
        # Walk outwards, counting only frames outside logging; stop at the outermost frame.
        while stacklevel > 0 and frame.f_back is not None:
            frame = frame.f_back
            if not _is_internal_frame(frame):
                stacklevel -= 1
        code = frame.f_code
        sinfo = None
        if stack_info:
            import io
            import traceback
            buf = io.StringIO()
            buf.write('Stack (most recent call last):\n')
            traceback.print_stack(frame, file=buf)
            sinfo = buf.getvalue()
            if sinfo.endswith('\n'):
                sinfo = sinfo[:-1]
            buf.close()
        return code.co_filename, frame.f_lineno, code.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None,
                   sinfo=None):
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ('message', 'asctime') or key in record.__dict__:
                    raise KeyError('Attempt to overwrite %r in LogRecord' % key)
                record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        sinfo = None
        fn, lno, func = '(unknown file)', 0, '(unknown function)'
        if _srcfile:
            try:
                fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
            except ValueError:
                pass
        if isinstance(exc_info, BaseException):
            exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
        elif exc_info and not isinstance(exc_info, tuple):
            exc_info = sys.exc_info()   # exc_info=True: the exception being handled
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        if self.disabled:
            return
        verdict = self.filter(record)
        if not verdict:
            return
        if isinstance(verdict, LogRecord):
            record = verdict
        self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        logger = self
        while logger:
            if logger.handlers:
                return True
            if not logger.propagate:
                return False
            logger = logger.parent
        return False

    def callHandlers(self, record):
        seen = 0
        logger = self
        while logger:
            for hdlr in logger.handlers:
                seen += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            logger = logger.parent if logger.propagate else None
        if seen:
            return
        last = lastResort
        if last:
            if record.levelno >= last.level:
                last.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            pass
        with _lock:
            if self.manager.disable >= level:
                enabled = False
            else:
                enabled = level >= self.getEffectiveLevel()
            self._cache[level] = enabled
        return enabled

    def getChild(self, suffix):
        if self.root is not self:
            suffix = self.name + '.' + suffix
        return self.manager.getLogger(suffix)

    def getChildren(self):
        def depth(logger):
            return 0 if logger is logger.manager.root else logger.name.count('.') + 1
        mine = depth(self) + 1
        with _lock:
            # A logger whose parent is self but which sits deeper hangs below a PlaceHolder.
            return {item for item in self.manager.loggerDict.values()
                    if isinstance(item, Logger) and item.parent is self and depth(item) == mine}

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        # Unpickling calls getLogger(name), which only round-trips for loggers from getLogger.
        if getLogger(self.name) is self:
            return getLogger, (self.name,)
        import pickle
        raise pickle.PicklingError('logger cannot be pickled')


class RootLogger(Logger):
    """The root of the tree, named 'root'; getLogger() returns it."""

    def __init__(self, level):
        Logger.__init__(self, 'root', level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


class LoggerAdapter(object):
    """Wraps a logger to add contextual information (extra) to each call, through process()."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs['extra'] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not self.isEnabledFor(level):
            return
        msg, kwargs = self.process(msg, kwargs)
        self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, **kwargs):
        return self.logger._log(level, msg, args, **kwargs)

    def _set_manager(self, value):
        self.logger.manager = value

    manager = property(lambda self: self.logger.manager, _set_manager)
    name = property(lambda self: self.logger.name)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))

    __class_getitem__ = classmethod(GenericAlias)


# The tree: every Logger reaches the root and the manager through class attributes.
Logger.root = root = RootLogger(WARNING)
Logger.manager = Manager(root)


def basicConfig(**kwargs):
    """Gives the root logger a handler and formatter, unless it has handlers (and force is not set)."""
    with _lock:
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        force = kwargs.pop('force', False)
        if force:
            for h in list(root.handlers):
                root.removeHandler(h)
                h.close()
        if root.handlers:
            return
        handlers = kwargs.pop('handlers', None)
        if handlers is not None:
            if 'stream' in kwargs or 'filename' in kwargs:
                raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
        else:
            if 'stream' in kwargs and 'filename' in kwargs:
                raise ValueError("'stream' and 'filename' should not be specified together")
            filename = kwargs.pop('filename', None)
            mode = kwargs.pop('filemode', 'a')
            if filename:
                if 'b' in mode:
                    errors = None
                else:
                    import io
                    encoding = io.text_encoding(encoding)
                handlers = [FileHandler(filename, mode, encoding=encoding, errors=errors)]
            else:
                handlers = [StreamHandler(kwargs.pop('stream', None))]
        datefmt = kwargs.pop('datefmt', None)
        style = kwargs.pop('style', '%')
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        formatter = Formatter(kwargs.pop('format', _STYLES[style][1]), datefmt, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(formatter)
            root.addHandler(h)
        level = kwargs.pop('level', None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs.keys()))


def getLogger(name=None):
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


# The module-level shortcuts log on the root logger, configuring it first if it has no handler.

def critical(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    import warnings
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead", DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flushes and closes every handler still alive, newest first (registered with atexit)."""
    for wr in reversed(handlerList[:]):
        try:
            h = wr()
            if not h:
                continue
            try:
                h.acquire()
                if getattr(h, 'flushOnClose', True):
                    h.flush()
                h.close()
            except (OSError, ValueError):
                # The stream may be closed already (sys.stderr closed early, a file gone).
                pass
            finally:
                h.release()
        except:
            if raiseExceptions:
                raise


import atexit
atexit.register(shutdown)


class NullHandler(Handler):
    """Discards everything: for libraries that log without configuring logging."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    """warnings.showwarning while captureWarnings(True): logs to 'py.warnings' (unless file is given)."""
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
        return
    import warnings
    text = warnings.formatwarning(message, category, filename, lineno, line)
    logger = getLogger('py.warnings')
    if not logger.handlers:
        logger.addHandler(NullHandler())
    logger.warning(str(text))


def captureWarnings(capture):
    global _warnings_showwarning
    import warnings
    installed = _warnings_showwarning is not None
    if capture and not installed:
        _warnings_showwarning, warnings.showwarning = warnings.showwarning, _showwarning
    elif not capture and installed:
        warnings.showwarning, _warnings_showwarning = _warnings_showwarning, None
