# logging.config (https://docs.python.org/3/library/logging.config.html) for Immortal: dictConfig
# with the version-1 schema (formatters, filters, handlers, loggers, root, incremental,
# disable_existing_loggers, '()' factories, '.' properties, ext:// and cfg:// references).
# fileConfig needs configparser and listen() a socket server thread: both raise NotImplementedError.

import re
import sys
import logging
import logging.handlers

DEFAULT_LOGGING_CONFIG_PORT = 9030
RESET_ERROR = 104   # errno.ECONNRESET

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    if IDENTIFIER.match(s) is None:
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    raise NotImplementedError('logging.config.fileConfig needs configparser, which Immortal does not '
                              'have yet; use dictConfig')


def listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None):
    raise NotImplementedError('logging.config.listen needs sockets and threads, which Immortal does '
                              'not have yet')


def stopListening():
    pass   # nothing can be listening


def _resolve(name):
    """The object a dotted name refers to, importing modules along the way."""
    parts = name.split('.')
    path = parts.pop(0)
    obj = __import__(path)
    for part in parts:
        path += '.' + part
        if not hasattr(obj, part):
            __import__(path)
        obj = getattr(obj, part)
    return obj


def _clearExistingHandlers():
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


class ConvertingMixin(object):
    """Container values are converted (ext://, cfg://, nested containers) when they are read."""

    def convert_with_key(self, key, value, replace=True):
        result = self.configurator.convert(value)
        if value is not result:
            if replace:
                self[key] = result
            if type(result) in (ConvertingDict, ConvertingList, ConvertingTuple):
                result.parent, result.key = self, key
        return result

    def convert(self, value):
        result = self.configurator.convert(value)
        if value is not result and type(result) in (ConvertingDict, ConvertingList, ConvertingTuple):
            result.parent = self
        return result


class ConvertingDict(dict, ConvertingMixin):
    def __getitem__(self, key):
        return self.convert_with_key(key, dict.__getitem__(self, key))

    def get(self, key, default=None):
        return self.convert_with_key(key, dict.get(self, key, default))

    def pop(self, key, default=None):
        return self.convert_with_key(key, dict.pop(self, key, default), replace=False)


class ConvertingList(list, ConvertingMixin):
    def __getitem__(self, key):
        return self.convert_with_key(key, list.__getitem__(self, key))

    def pop(self, idx=-1):
        return self.convert(list.pop(self, idx))


class ConvertingTuple(tuple, ConvertingMixin):
    def __getitem__(self, key):
        return self.convert_with_key(key, tuple.__getitem__(self, key), replace=False)


class BaseConfigurator(object):
    """Resolves names and the ext:// (import) and cfg:// (elsewhere in this config) references."""

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
    WORD_PATTERN = re.compile(r'^\s*(\w+)\s*')
    DOT_PATTERN = re.compile(r'^\.\s*(\w+)\s*')
    INDEX_PATTERN = re.compile(r'^\[([^\[\]]*)\]\s*')
    DIGIT_PATTERN = re.compile(r'^\d+$')

    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}

    def __init__(self, config):
        converted = ConvertingDict(config)
        converted.configurator = self
        self.config = converted

    importer = staticmethod(__import__)

    def resolve(self, s):
        parts = s.split('.')
        path = parts.pop(0)
        try:
            obj = self.importer(path)
            for part in parts:
                path += '.' + part
                try:
                    obj = getattr(obj, part)
                except AttributeError:
                    self.importer(path)
                    obj = getattr(obj, part)
            return obj
        except ImportError as e:
            raise ValueError('Cannot resolve %r: %s' % (s, e)) from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        rest = value
        m = self.WORD_PATTERN.match(rest)
        if m is None:
            raise ValueError('Unable to convert %r' % value)
        rest = rest[m.end():]
        node = self.config[m.group(1)]
        while rest:
            m = self.DOT_PATTERN.match(rest)
            if m:
                node = node[m.group(1)]
            else:
                m = self.INDEX_PATTERN.match(rest)
                if m is None:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                index = m.group(1)
                if self.DIGIT_PATTERN.match(index) is None:
                    node = node[index]
                else:
                    try:
                        node = node[int(index)]
                    except TypeError:
                        node = node[index]
            rest = rest[m.end():]
        return node

    def convert(self, value):
        if isinstance(value, dict) and not isinstance(value, ConvertingDict):
            value = ConvertingDict(value)
        elif isinstance(value, list) and not isinstance(value, ConvertingList):
            value = ConvertingList(value)
        elif (isinstance(value, tuple) and not isinstance(value, ConvertingTuple)
              and not hasattr(value, '_fields')):
            value = ConvertingTuple(value)
        elif isinstance(value, str):
            m = self.CONVERT_PATTERN.match(value)
            if m:
                method = self.value_converters.get(m.group('prefix'))
                if method:
                    return getattr(self, method)(m.group('suffix'))
            return value
        else:
            return value
        value.configurator = self
        return value

    def configure_custom(self, config):
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        props = config.pop('.', None)
        kwargs = {k: config[k] for k in config if valid_ident(k)}
        return _set_props(factory(**kwargs), props)

    def as_tuple(self, value):
        return tuple(value) if isinstance(value, list) else value


class DictConfigurator(BaseConfigurator):
    """Applies a dictConfig schema (version 1)."""

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        version = config['version']
        if version != 1:
            raise ValueError('Unsupported version: %s' % version)
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                self._configure_incremental(config)
            else:
                self._configure_full(config)

    def _configure_incremental(self, config):
        handlers = config.get('handlers', {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            try:
                level = handlers[name].get('level', None)
                if level:
                    logging._handlers[name].setLevel(logging._checkLevel(level))
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        loggers = config.get('loggers', {})
        for name in loggers:
            try:
                self.configure_logger(name, loggers[name], True)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root, True)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _configure_full(self, config):
        disable_existing = config.pop('disable_existing_loggers', True)
        _clearExistingHandlers()
        for section, build in (('formatters', self.configure_formatter),
                               ('filters', self.configure_filter)):
            entries = config.get(section, {})
            for name in entries:
                try:
                    entries[name] = build(entries[name])
                except Exception as e:
                    raise ValueError('Unable to configure %s %r' % (section[:-1], name)) from e
        # Handlers may name others (MemoryHandler's target): those wait for a second pass.
        handlers = config.get('handlers', {})
        later = []
        for name in sorted(handlers):
            try:
                self._install_handler(handlers, name)
            except Exception as e:
                if ' not configured yet' in str(e.__cause__):
                    later.append(name)
                else:
                    raise ValueError('Unable to configure handler %r' % name) from e
        for name in later:
            try:
                self._install_handler(handlers, name)
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        existing = sorted(logging.root.manager.loggerDict.keys())
        children = []
        loggers = config.get('loggers', {})
        for name in loggers:
            if name in existing:
                # Descendants of a configured logger stay enabled (they are reset instead).
                prefix = name + '.'
                children.extend(other for other in existing if other.startswith(prefix))
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        _handle_existing_loggers(existing, children, disable_existing)
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _install_handler(self, handlers, name):
        handler = self.configure_handler(handlers[name])
        handler.name = name
        handlers[name] = handler

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                # A factory written for Formatter's own parameter name.
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        cname = config.get('class', None)
        cls = _resolve(cname) if cname else logging.Formatter
        kwargs = {}
        if 'validate' in config:
            kwargs['validate'] = config['validate']
        defaults = config.get('defaults', None)
        if defaults:
            kwargs['defaults'] = defaults
        return cls(config.get('format', None), config.get('datefmt', None), config.get('style', '%'),
                   **kwargs)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, 'filter', None)):
                    chosen = f
                else:
                    chosen = self.config['filters'][f]
                filterer.addFilter(chosen)
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        original = dict(config)
        level, filters = config.pop('level', None), config.pop('filters', None)
        fname = config.pop('formatter', None)
        formatter = None
        if fname:
            try:
                formatter = self.config['formatters'][fname]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % fname) from e
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            cname = config.pop('class')
            factory = cname if callable(cname) else self.resolve(cname)
            self._prepare_handler_args(factory, config, original)
        props = config.pop('.', None)
        kwargs = {k: config[k] for k in config if valid_ident(k)}
        try:
            result = factory(**kwargs)
        except TypeError as te:
            if "'stream'" not in str(te):
                raise
            kwargs['strm'] = kwargs.pop('stream')   # handlers from before 2.7 said strm
            result = factory(**kwargs)
        self._attach_listener(result)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if formatter:
            result.setFormatter(formatter)
        if filters:
            self.add_filters(result, filters)
        return _set_props(result, props)

    def _prepare_handler_args(self, klass, config, original):
        H = logging.handlers
        if issubclass(klass, H.MemoryHandler) and 'target' in config:
            try:
                target = self.config['handlers'][config['target']]
                if not isinstance(target, logging.Handler):
                    config.update(original)   # keep the names for the second pass
                    raise TypeError('target not configured yet')
                config['target'] = target
            except Exception as e:
                raise ValueError('Unable to set target handler %r' % config['target']) from e
        elif issubclass(klass, H.QueueHandler):
            self._prepare_queue_handler(config, original)
        elif issubclass(klass, H.SMTPHandler) and 'mailhost' in config:
            config['mailhost'] = self.as_tuple(config['mailhost'])
        elif issubclass(klass, H.SysLogHandler) and 'address' in config:
            config['address'] = self.as_tuple(config['address'])

    def _prepare_queue_handler(self, config, original):
        # 'queue', 'listener' and 'handlers' build the queue and a listener (left unstarted).
        targets = []
        for name in config.pop('handlers', None) or ():
            target = self.config['handlers'][name]
            if not isinstance(target, logging.Handler):
                config.update(original)   # keep the names for the second pass
                raise ValueError('Unable to set required handler %r' % name) from TypeError(
                    'handler not configured yet')
            targets.append(target)
        q = config.pop('queue', None)
        if q is None:
            import queue
            q = queue.Queue()
        elif isinstance(q, dict):
            q = self.configure_custom(dict(q))
        elif isinstance(q, str):
            q = self.resolve(q)()
        config['queue'] = q
        listener = config.pop('listener', None)
        if listener is None:
            listener = logging.handlers.QueueListener
        elif isinstance(listener, str):
            listener = self.resolve(listener)
        self._pending_listener = (listener, targets)

    def _attach_listener(self, handler):
        pending, self._pending_listener = getattr(self, '_pending_listener', None), None
        if pending is not None and isinstance(handler, logging.handlers.QueueHandler):
            make, targets = pending
            if isinstance(make, dict):
                make = dict(make)
                factory = make.pop('()')
                factory = factory if callable(factory) else self.resolve(factory)
                handler.listener = factory(handler.queue, *targets, **make)
            else:
                handler.listener = make(handler.queue, *targets, respect_handler_level=False)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        if config.get('propagate', None) is not None:
            logger.propagate = config['propagate']
        logger.disabled = False   # a logger named in the config is enabled again

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)

    def add_handlers(self, logger, handlers):
        configured = self.config['handlers']
        for name in handlers:
            try:
                handler = configured[name]
            except Exception as e:
                raise ValueError('Unable to add handler %r' % name) from e
            logger.addHandler(handler)

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if incremental:
            return
        for old in list(logger.handlers):
            logger.removeHandler(old)
        for key, add in (('handlers', self.add_handlers), ('filters', self.add_filters)):
            names = config.get(key, None)
            if names:
                add(logger, names)


def _set_props(obj, props):
    """Applies a config's '.' entry: attributes set after construction."""
    for name, value in (props or {}).items():
        setattr(obj, name, value)
    return obj


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    """Loggers the config did not name are disabled (or kept, when disable_existing is false)."""
    root = logging.root
    for name in existing:
        logger = root.manager.loggerDict[name]
        if name not in child_loggers:
            logger.disabled = disable_existing
        elif not isinstance(logger, logging.PlaceHolder):
            logger.setLevel(logging.NOTSET)
            logger.handlers = []
            logger.propagate = True


dictConfigClass = DictConfigurator


def dictConfig(config):
    dictConfigClass(config).configure()
