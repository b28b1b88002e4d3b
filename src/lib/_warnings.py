"""_warnings provides basic warning filtering support.
It is a helper module to speed up interpreter start-up."""

# Stands for CPython's C module _warnings (Python/_warnings.c): warn() and warn_explicit() with their
# filters, registries and the default action. Written here in Python and marked __immortal_native__, so
# that its functions are builtin functions (CPython's argument checks and messages, see
# tools/gen-native-arity.py) and its frames stay out of tracebacks, as a C module's have none.
# Invariants: once the warnings module is imported, its filters, defaultaction, onceregistry and
# _showwarnmsg are the ones used (read at every warning, so a program may rebind them); before that this
# module's own, and a warning shown is written to sys.stderr here ("file:line: Category: text" and the
# source line). Registries hold True per key and a 'version' entry: the filters' version they were
# filled under (bumped by _filters_mutated), so a change of filters forgets what was shown.

__immortal_native__ = True

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
_defaultaction = 'default'
_onceregistry = {}


def _functions():
    # The module's functions, closures over its state: its namespace holds only CPython's names.
    import sys

    # What the checks and the registries use: this module's values until the warnings module (imported)
    # offers its own, which then replace them, as _warnings.c's state does.
    _state = {'filters': filters, 'defaultaction': _defaultaction, 'onceregistry': _onceregistry, 'version': 0}

    def _filters_mutated():
        _state['version'] += 1

    _MISSING = object()

    def _warnings_attr(name, load=False):
        # The warnings module's attribute `name` (importing the module first when `load`), or _MISSING.
        module = sys.modules.get('warnings')
        if module is None and load:
            import warnings as module
        if module is None:
            return _MISSING
        return getattr(module, name, _MISSING)

    def _refresh(name):
        # The warnings module's value of `name` becomes the one in force (_state), if it has one.
        value = _warnings_attr(name)
        if value is not _MISSING:
            _state[name] = value
        return _state[name]

    def _matches(pattern, text):
        # A filter's message or module field: None matches anything, a str only an equal str, else
        # pattern.match(text).
        if pattern is None:
            return True
        if type(pattern) is str:
            if not isinstance(text, str):
                raise TypeError("Can't compare %s and %s" % (type(pattern).__name__, type(text).__name__))
            return pattern == text
        return bool(pattern.match(text))

    def _choose(category, text, lineno, module):
        # (action, the filter that chose it or None) for a warning.
        current = _refresh('filters')
        if not isinstance(current, list):
            raise ValueError('_warnings.filters must be a list')
        position = 0
        while position < len(current):
            entry = current[position]
            if type(entry) is not tuple or len(entry) != 5:
                raise ValueError("_warnings.filters item %d isn't a 5-tuple" % position)
            position += 1
            action, text_re, kind, module_re, line = entry
            if not isinstance(action, str):
                raise TypeError("action must be a string, not '%s'" % type(action).__name__)
            text_ok = _matches(text_re, text)
            module_ok = _matches(module_re, module)
            kind_ok = issubclass(category, kind)
            if type(line) is not int:
                if not isinstance(line, int):
                    raise TypeError('an integer is required')
                line = int(line)
            if text_ok and kind_ok and module_ok and (line == 0 or line == lineno):
                return action, entry
        action = _refresh('defaultaction')
        if not isinstance(action, str):
            raise TypeError("_warnings.defaultaction must be a string, not '%s'" % type(action).__name__)
        return action, None

    def _seen(registry, key, mark):
        # Whether key is marked in registry (marking it when `mark`); a registry filled under older
        # filters is emptied first.
        version = registry.get('version')
        if type(version) is not int or version != _state['version']:
            registry.clear()
            registry['version'] = _state['version']
        found = registry.get(key)
        if found is not None:
            return bool(found)
        if mark:
            registry[key] = True
        return False

    def _source_line(module_globals, lineno):
        # The line from the module's loader (warn_explicit's module_globals), or None.
        loader = module_globals.get('__loader__')
        if loader is None:
            spec = module_globals.get('__spec__')
            loader = getattr(spec, 'loader', None)
            if loader is None:
                return None
        name = module_globals.get('__name__')
        if name is None:
            return None
        source = loader.get_source(name)
        if source is None:
            return None
        lines = source.splitlines()
        if not 0 < lineno <= len(lines):
            return None
        return lines[lineno - 1]

    def _show_here(message, category, filename, lineno, text, line):
        # _warnings.c's show_warning: the warnings module is not there to do it.
        stream = getattr(sys, 'stderr', None)
        if stream is None:
            return
        stream.write('%s:%s: %s: %s\n' % (filename, lineno, category.__name__, text))
        if line is None:
            try:
                with open(filename, encoding='utf-8', errors='replace') as source:
                    for number, line in enumerate(source, 1):
                        if number == lineno:
                            break
                    else:
                        line = None
            except (OSError, ValueError):
                line = None
        if line:
            stream.write('  %s\n' % line.strip())

    def _show(message, category, filename, lineno, text, line, source):
        show = _warnings_attr('_showwarnmsg', source is not None)
        if show is _MISSING:
            _show_here(message, category, filename, lineno, text, line)
            return
        if not callable(show):
            raise TypeError('warnings._showwarnmsg() must be set to a callable')
        record = _warnings_attr('WarningMessage')
        if record is _MISSING:
            raise RuntimeError('unable to get warnings.WarningMessage')
        show(record(message, category, filename, lineno, None, line, source))

    def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                      source=None):
        """Issue a warning, or maybe ignore it or raise an exception."""
        if not isinstance(filename, str):
            raise TypeError("warn_explicit() argument 'filename' must be str, not %s"
                            % ('None' if filename is None else type(filename).__name__))
        if type(lineno) is not int:
            if not isinstance(lineno, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(lineno).__name__)
            lineno = int(lineno)
        if registry is not None and not isinstance(registry, dict):
            raise TypeError("'registry' must be a dict or None")
        line = None
        if module_globals is not None:
            if not isinstance(module_globals, dict):
                raise TypeError("module_globals must be a dict, not '%s'" % type(module_globals).__name__)
            if registry is not None:
                line = _source_line(module_globals, lineno)
        return _warn_explicit(category, message, filename, lineno, module, registry, line, source)

    def _warn_explicit(category, message, filename, lineno, module, registry, line, source):
        if module is None:
            module = filename or '<unknown>'
            if module[-3:].lower() == '.py':
                module = module[:-3]
        if isinstance(message, Warning):
            text = str(message)
            category = type(message)
        else:
            text = message
            message = category(message)
        key = (text, category, lineno)
        if registry is not None and _seen(registry, key, False):
            return None
        action, entry = _choose(category, text, lineno, module)
        if action == 'error':
            raise message
        if action == 'ignore':
            return None
        if action != 'always':
            if registry is not None:
                registry[key] = True
            if action == 'once':
                # Once per (text, category) in the module's registry; without one, in the once-registry.
                if registry is None:
                    registry = _refresh('onceregistry')
                    if not isinstance(registry, dict):
                        raise TypeError("_warnings.onceregistry must be a dict, not '%s'" % type(registry).__name__)
                if _seen(registry, (text, category), True):
                    return None
            elif action == 'module':
                if registry is not None and _seen(registry, (text, category, 0), True):
                    return None
            elif action != 'default':
                raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %r' % (action, entry))
        _show(message, category, filename, lineno, text, line, source)
        return None

    def _internal(frame):
        # Frames of the import system do not count as a warning's origin.
        name = frame.f_code.co_filename
        return 'importlib' in name and '_bootstrap' in name

    def _origin(stacklevel, prefixes):
        # The frame `stacklevel` levels up from warn()'s caller (level 1), or None past the top.
        try:
            frame = sys._getframe(3)  # 0: here, 1: _where, 2: warn, 3: warn's caller
        except ValueError:
            return None
        if stacklevel <= 1:
            return frame
        if _internal(frame):
            # Called from the import system: plain counting, every frame included.
            while frame is not None and stacklevel > 1:
                frame = frame.f_back
                stacklevel -= 1
            return frame
        while frame is not None and stacklevel > 1:
            frame = frame.f_back
            while frame is not None and (
                    _internal(frame) or (prefixes and frame.f_code.co_filename.startswith(prefixes))):
                frame = frame.f_back
            stacklevel -= 1
        return frame

    def _where(stacklevel, prefixes):
        # (filename, lineno, module name, registry) of the code a warning is charged to.
        frame = _origin(stacklevel, prefixes)
        if frame is None:
            namespace, filename, lineno = sys.__dict__, 'sys', 1
        else:
            namespace, filename, lineno = frame.f_globals, frame.f_code.co_filename, frame.f_lineno
        module = namespace['__name__'] if '__name__' in namespace else '<string>'
        registry = namespace.get('__warningregistry__')
        if registry is None:
            registry = namespace['__warningregistry__'] = {}
        return filename, lineno, module, registry

    def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
        """Issue a warning, or maybe ignore it or raise an exception.

      message
        Text of the warning message.
      category
        The Warning category subclass. Defaults to UserWarning.
      stacklevel
        How far up the call stack to make this warning appear. A value of 2 for
        example attributes the warning to the caller of the code calling warn().
      source
        If supplied, the destroyed object which emitted a ResourceWarning
      skip_file_prefixes
        An optional tuple of module filename prefixes indicating frames to skip
        during stacklevel computations for stack frame attribution."""
        if type(stacklevel) is not int:
            if not hasattr(type(stacklevel), '__index__'):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(stacklevel).__name__)
            stacklevel = stacklevel.__index__()
        if not isinstance(skip_file_prefixes, tuple):
            raise TypeError("warn() argument 'skip_file_prefixes' must be tuple, not %s"
                            % type(skip_file_prefixes).__name__)
        if isinstance(message, Warning):
            category = type(message)
        elif category is None:
            category = UserWarning
        if not (isinstance(category, type) and issubclass(category, Warning)):
            raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
        if skip_file_prefixes:
            for prefix in skip_file_prefixes:
                if not isinstance(prefix, str):
                    raise TypeError("Found non-str '%s' in skip_file_prefixes." % type(prefix).__name__)
            if stacklevel < 2:
                stacklevel = 2
        filename, lineno, module, registry = _where(stacklevel, skip_file_prefixes)
        return _warn_explicit(category, message, filename, lineno, module, registry, None, source)

    return _filters_mutated, warn_explicit, warn


_filters_mutated, warn_explicit, warn = _functions()
del _functions
