"""Context variables (PEP 567): ContextVar, Token, Context and copy_context.

Immortal runs one thread per interpreter, so the current context is a module global. A Context keeps
its variables in a dict that is never changed once another Context may share it: copying a context
shares the dict, and setting a variable installs a new dict in the current context (copy on write).
"""

# CPython implements this module in C: its frames stay out of tracebacks (vm/exc.ts).
__immortal_native__ = True

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_NO_DEFAULT = object()


class Context:
    __immortal_tp_name__ = '_contextvars.Context'  # CPython's C type name, for messages
    __slots__ = ('_vars', '_prev', '_entered')

    def __new__(cls, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self = object.__new__(cls)
        self._vars = {}
        self._prev = None
        self._entered = False
        return self

    def __init__(self, *args, **kwargs):
        pass

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Context' is not an acceptable base type")

    def run(*args, **kwargs):
        if len(args) < 2:
            if not args:
                raise TypeError("descriptor 'run' of '_contextvars.Context' object needs an argument")
            raise TypeError('run() missing 1 required positional argument')
        self = args[0]
        func = args[1]
        global _current
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        self._prev = _current
        self._entered = True
        _current = self
        try:
            return func(*args[2:], **kwargs)
        finally:
            _current = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        other = object.__new__(Context)
        other._vars = self._vars
        other._prev = None
        other._entered = False
        return other

    def __getitem__(self, var):
        if type(var) is not ContextVar:
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        try:
            return self._vars[var]
        except KeyError:
            raise KeyError(var) from None

    def __contains__(self, var):
        if type(var) is not ContextVar:
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(self._vars)

    def get(self, var, default=None):
        if type(var) is not ContextVar:
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return self._vars.get(var, default)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    __hash__ = None


Context.__module__ = '_contextvars'
_current = Context()


def copy_context():
    return _current.copy()


class ContextVar:
    __immortal_tp_name__ = '_contextvars.ContextVar'  # CPython's C type name, for messages
    __slots__ = ('_name', '_default', '__weakref__')

    def __new__(cls, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self = object.__new__(cls)
        object.__setattr__(self, '_name', name)
        object.__setattr__(self, '_default', default)
        return self

    def __init__(self, name, *, default=_NO_DEFAULT):
        pass

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    def __setattr__(self, attr, value):
        if attr == 'name':
            raise AttributeError('readonly attribute')
        raise AttributeError(f"'_contextvars.ContextVar' object has no attribute '{attr}'")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        value = _current._vars.get(self, _NO_DEFAULT)
        if value is not _NO_DEFAULT:
            return value
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, *args):
        if len(args) != 1:
            raise TypeError(f'ContextVar.set() takes exactly one argument ({len(args)} given)')
        ctx = _current
        old = ctx._vars.get(self, Token.MISSING)
        new_vars = dict(ctx._vars)
        new_vars[self] = args[0]
        ctx._vars = new_vars
        return Token._make(ctx, self, old)

    def reset(self, token):
        if type(token) is not Token:
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _current
        if token._ctx is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        new_vars = dict(ctx._vars)
        if token._old is Token.MISSING:
            new_vars.pop(self, None)
        else:
            new_vars[self] = token._old
        ctx._vars = new_vars
        object.__setattr__(token, '_used', True)

    def __repr__(self):
        parts = [f'<ContextVar name={self._name!r}']
        if self._default is not _NO_DEFAULT:
            parts.append(f' default={self._default!r}')
        parts.append(f' at 0x{id(self):x}>')
        return ''.join(parts)

    def __hash__(self):
        return object.__hash__(self)

    def __reduce__(self):
        raise TypeError("cannot pickle '_contextvars.ContextVar' object")

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ContextVar.__module__ = '_contextvars'


class _TokenMissing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'

    def __reduce__(self):
        raise TypeError("cannot pickle 'Token.MISSING' object")


_TokenMissing.__name__ = _TokenMissing.__qualname__ = 'Token.MISSING'
_TokenMissing.__module__ = 'builtins'


class Token:
    __immortal_tp_name__ = '_contextvars.Token'  # CPython's C type name, for messages
    __slots__ = ('_ctx', '_var', '_old', '_used')

    MISSING = _TokenMissing()

    def __new__(cls, *args, **kwargs):
        raise RuntimeError('Tokens can only be created by ContextVars')

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Token' is not an acceptable base type")

    @classmethod
    def _make(cls, ctx, var, old):
        self = object.__new__(cls)
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False
        return self

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at 0x{id(self):x}>'

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Token.__module__ = '_contextvars'
