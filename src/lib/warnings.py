"""Warning control (the warnings module), written for Immortal from its documented behaviour:
the filter list (simplefilter, filterwarnings, resetwarnings), showwarning/formatwarning hooks,
catch_warnings (record=True included) and the -W options. warn() and warn_explicit() are those of
_warnings (src/lib/_warnings.py, builtin functions as CPython's C ones), which applies the filters
and registries and calls _showwarnmsg here. The text written to sys.stderr is CPython's:
"file:line: Category: message" and the stripped source line."""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings', 'simplefilter',
           'resetwarnings', 'catch_warnings']

# A filter is (action, message regex or None, category, module regex or None, lineno); the first
# that matches a warning decides what happens to it. The list, the default action, the once-registry
# and warn()/warn_explicit() are _warnings' (which reads them back from here at every warning, so
# rebinding them here takes effect).
from _warnings import filters, _defaultaction, _onceregistry, warn, warn_explicit, _filters_mutated
defaultaction = _defaultaction
onceregistry = _onceregistry
_warnings_defaults = True

_ACTIONS = frozenset(('error', 'ignore', 'always', 'default', 'module', 'once'))


# ---- showing ------------------------------------------------------------------------------------

class WarningMessage:
    """One warning, as catch_warnings(record=True) records it."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message, self.category = message, category
        self.filename, self.lineno = filename, lineno
        self.file, self.line, self.source = file, line, source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def _getline(filename, lineno):
    # linecache's line, or None when it can't be read
    try:
        import linecache
        return linecache.getline(filename, lineno)
    except Exception:
        return None


def _formatwarnmsg_impl(msg):
    kind = msg.category.__name__
    parts = ['%s:%s: %s: %s\n' % (msg.filename, msg.lineno, kind, msg.message)]
    source_line = msg.line
    if source_line is None:
        source_line = _getline(msg.filename, msg.lineno)
    if source_line:
        parts.append('  %s\n' % source_line.strip())
    if msg.source is not None:
        # Where the object was allocated, when tracemalloc traced it; a hint to trace when it is off.
        try:
            import tracemalloc
            hint = not tracemalloc.is_tracing()
            where = tracemalloc.get_object_traceback(msg.source)
        except Exception:
            hint, where = False, None
        if where is not None:
            parts.append('Object allocated at (most recent call last):\n')
            for frame in where:
                parts.append('  File "%s", lineno %s\n' % (frame.filename, frame.lineno))
                text = _getline(frame.filename, frame.lineno)
                if text:
                    parts.append('    %s\n' % text.strip())
        elif hint:
            parts.append('%s: Enable tracemalloc to get the object allocation traceback\n' % kind)
    return ''.join(parts)


def _showwarnmsg_impl(msg):
    target = sys.stderr if msg.file is None else msg.file
    if target is None:
        return
    text = _formatwarnmsg(msg)
    try:
        target.write(text)
    except OSError:
        pass


def formatwarning(message, category, filename, lineno, line=None):
    """The text of a warning as showwarning writes it."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, line=line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to a file (sys.stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


# The hooks as defined here: a program that replaces showwarning or formatwarning gets its own
# function called (with the old positional arguments) in place of ours.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    hook = formatwarning
    if hook is _formatwarning_orig:
        return _formatwarnmsg_impl(msg)
    return hook(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


def _showwarnmsg(msg):
    hook = showwarning
    if hook is _showwarning_orig:
        _showwarnmsg_impl(msg)
        return
    if not callable(hook):
        raise TypeError('warnings.showwarning() must be set to a function or method')
    hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


# ---- the filter list ----------------------------------------------------------------------------

def _insert_filter(entry, append):
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        # Newest first; an equal older entry moves to the front rather than repeating.
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def _check_action(action):
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))


def _check_lineno(lineno):
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError('lineno must be an int >= 0')


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Adds a filter: action for warnings whose text matches message (a regex, case-insensitive),
    of category, raised in modules matching module, at lineno (0: any)."""
    _check_action(action)
    if not isinstance(message, str):
        raise AssertionError('message must be a string')
    if not isinstance(category, type):
        raise AssertionError('category must be a class')
    if not issubclass(category, Warning):
        raise AssertionError('category must be a Warning subclass')
    if not isinstance(module, str):
        raise AssertionError('module must be a string')
    _check_lineno(lineno)
    message_re = module_re = None
    if message or module:
        import re
        if message:
            message_re = re.compile(message, re.I)
        if module:
            module_re = re.compile(module)
    _insert_filter((action, message_re, category, module_re, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter on category (and line) only."""
    _check_action(action)
    _check_lineno(lineno)
    _insert_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Removes every filter (the default action then applies)."""
    filters[:] = []
    _filters_mutated()


# ---- catch_warnings -----------------------------------------------------------------------------

class catch_warnings:
    """Saves the filters and showwarning on entry and restores them on exit; with record=True,
    warnings are appended to the list __enter__ returns instead of being shown."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append('record=True')
        if self._module is not sys.modules['warnings']:
            shown.append('module=%r' % self._module)
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        mod = self._module
        self._saved = (mod.filters, mod.showwarning, mod._showwarnmsg_impl)
        mod.filters = list(mod.filters)
        mod._filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        mod._showwarnmsg_impl = log.append
        # Recording bypasses a replaced showwarning too.
        mod.showwarning = mod._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        mod = self._module
        mod.filters, mod.showwarning, mod._showwarnmsg_impl = self._saved
        mod._filters_mutated()


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


class _OptionError(Exception):
    """A -W option (or a sys.warnoptions entry) that can't be understood."""


def _processoptions(args):
    # Start-up's -W options, each a filter put in front of the others; a bad one is reported and skipped.
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print('Invalid -W option ignored:', msg, file=sys.stderr)


def _setoption(arg):
    # action:message:category:module:lineno, trailing fields optional, each stripped of blanks
    fields = arg.split(':')
    if len(fields) > 5:
        raise _OptionError('too many fields (max 5): %r' % (arg,))
    fields = [field.strip() for field in fields] + [''] * (5 - len(fields))
    action, message, category, module, lineno = fields
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
        message = re.escape(message) if message else message
        module = re.escape(module) + r'\Z' if module else module
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError('invalid lineno %r' % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    # '' is 'default' and 'all' is 'always'; otherwise any prefix of an action names it
    if not action:
        return 'default'
    if action == 'all':
        return 'always'
    for name in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if name.startswith(action):
            return name
    raise _OptionError('invalid action: %r' % (action,))


def _getcategory(category):
    # a builtin warning class by name, or module.Class
    if not category:
        return Warning
    if '.' in category:
        modname, _, name = category.rpartition('.')
        try:
            where = __import__(modname, None, None, [name])
        except ImportError:
            raise _OptionError('invalid module name: %r' % (modname,)) from None
    else:
        import builtins as where
        name = category
    try:
        found = getattr(where, name)
    except AttributeError:
        raise _OptionError('unknown warning category: %r' % (category,)) from None
    if not isinstance(found, type) or not issubclass(found, Warning):
        raise _OptionError('invalid warning category: %r' % (category,))
    return found


_processoptions(sys.warnoptions)
