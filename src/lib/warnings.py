"""Warning control (the warnings module), written for Immortal from its documented behaviour:
warn()/warn_explicit() with categories and stack levels, the filter list (simplefilter,
filterwarnings, resetwarnings), per-module registries for the 'default'/'module'/'once' actions,
showwarning/formatwarning hooks, and catch_warnings (record=True included). The text written to
sys.stderr is CPython's: "file:line: Category: message" and the stripped source line."""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings', 'simplefilter',
           'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = '%s:%s: %s: %s\n' % (msg.filename, msg.lineno, category, msg.message)
    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += '  %s\n' % line
    if msg.source is not None:
        # Immortal has no tracemalloc, so allocation tracebacks are never recorded: the object's
        # traceback is unknown and, as CPython does when tracemalloc is not tracing, the text says so.
        s += '%s: Enable tracemalloc to get the object allocation traceback\n' % category
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def formatwarning(message, category, filename, lineno, line=None):
    """The text of a warning as showwarning writes it."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to a file (sys.stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _check_category(category):
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError('category must be a Warning subclass, not %r' % (type(category).__name__,))


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Adds a filter: action for warnings whose text matches message (a regex, case-insensitive),
    of category, raised in modules matching module, at lineno (0: any)."""
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not isinstance(message, str):
        raise AssertionError('message must be a string')
    _check_category(category)
    if not isinstance(module, str):
        raise AssertionError('module must be a string')
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')
    if message or module:
        import re
    msg_re = re.compile(message, re.I) if message else None
    mod_re = re.compile(module) if module else None
    _add_filter(action, msg_re, category, mod_re, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter on category (and line) only."""
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Removes every filter (the default action then applies)."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    pass


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def _frame_info(stacklevel, skip_file_prefixes):
    """(globals, filename, lineno) of the frame `stacklevel` levels above warn()'s caller."""
    depth = stacklevel + 1
    if skip_file_prefixes:
        level = 2
        left = stacklevel
        while True:
            try:
                f = sys._getframe(level)
            except ValueError:
                break
            if not f.f_code.co_filename.startswith(tuple(skip_file_prefixes)):
                left -= 1
                if left <= 0:
                    break
            level += 1
        depth = level
    try:
        frame = sys._getframe(depth)
    except ValueError:
        return sys.__dict__, 'sys', 1
    return frame.f_globals, frame.f_code.co_filename, frame.f_lineno


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issues a warning, or ignores it, or raises it, as the filters say."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError('warn() argument \'skip_file_prefixes\' must be tuple, not %s'
                        % type(skip_file_prefixes).__name__)
    if skip_file_prefixes:
        stacklevel = max(2, stacklevel)
    globals_, filename, lineno = _frame_info(stacklevel, skip_file_prefixes)
    if '__name__' in globals_:
        module = globals_['__name__']
    else:
        module = '<string>'
    registry = globals_.setdefault('__warningregistry__', {})
    warn_explicit(message, category, filename, lineno, module, registry, globals_, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issues a warning for an explicit file, line and module."""
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module) and
                (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == 'always':
        pass
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    else:
        raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %s' % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class WarningMessage:
    """One warning as catch_warnings(record=True) records it."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings:
    """Saves the filters and showwarning on entry and restores them on exit; with record=True,
    warnings are appended to the list __enter__ returns instead of being shown."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not sys.modules['warnings']:
            args.append('module=%r' % self._module)
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        m = self._module
        self._saved_filters = m.filters
        m.filters = m.filters[:]
        m._filters_mutated()
        self._showwarning = m.showwarning
        self._showwarnmsg_impl = m._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            m._showwarnmsg_impl = log.append
            m.showwarning = m._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        m = self._module
        m.filters = self._saved_filters
        m._filters_mutated()
        m.showwarning = self._showwarning
        m._showwarnmsg_impl = self._showwarnmsg_impl


class deprecated:
    """Decorator marking a class or function deprecated (typing_extensions / 3.13 style)."""

    def __init__(self, message, /, *, category=DeprecationWarning, stacklevel=1):
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg):
        msg, category, stacklevel = self.message, self.category, self.stacklevel

        def wrapper(*args, **kwargs):
            warn(msg, category=category, stacklevel=stacklevel + 1)
            return arg(*args, **kwargs)
        wrapper.__name__ = getattr(arg, '__name__', 'wrapper')
        wrapper.__doc__ = getattr(arg, '__doc__', None)
        wrapper.__deprecated__ = msg
        return wrapper


def _warn_unawaited_coroutine(coro):
    # Called by the runtime when a coroutine that never ran is finalized. With origin tracking on
    # (sys.set_coroutine_origin_tracking_depth), the message goes on with where it was created,
    # outermost call first, in the traceback's layout.
    text = "coroutine '%s' was never awaited\n" % (coro.__qualname__,)
    origin = coro.cr_origin
    if origin is not None:
        import linecache
        import traceback
        entries = [(filename, lineno, name, linecache.getline(filename, lineno))
                   for filename, lineno, name in origin[::-1]]
        text += "Coroutine created at (most recent call last)\n" + "".join(traceback.format_list(entries))
    warn(text.rstrip("\n"), category=RuntimeWarning, stacklevel=2, source=coro)
