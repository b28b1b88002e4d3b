"""Mock objects for tests: Mock, MagicMock, patch, call, sentinel and friends.

Written for Immortal from the documented behaviour of CPython 3.12's unittest.mock.
"""

__all__ = (
    'Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
    'create_autospec', 'AsyncMock', 'FILTER_DIR', 'NonCallableMock',
    'NonCallableMagicMock', 'mock_open', 'PropertyMock', 'seal',
)

import _thread
import builtins
import contextlib
import functools
import sys
from types import FunctionType, MethodType, ModuleType, BuiltinFunctionType

FILTER_DIR = True


def _inspect():
    # inspect is imported on first use: it is the costliest import here and many programs
    # only need plain mocks and patch.
    global inspect
    import inspect
    return inspect



def _unmatched(expected, recorded):
    # Matches each expected call against the recorded ones, in any order, each used once: the
    # expected calls left unmatched and the recorded calls left over.
    remaining = list(recorded)
    missing = []
    for item in expected:
        try:
            remaining.remove(item)
        except ValueError:
            missing.append(item)
    return missing, remaining

class InvalidSpecError(Exception):
    """Raised when a mock is given as the spec of another mock (or to autospec)."""


# --- sentinel, DEFAULT, ANY -------------------------------------------------------------------

class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.' + self.name

    def __reduce__(self):
        return 'sentinel.' + self.name


class _Sentinel:
    """Unique named objects: sentinel.foo is always the same object."""

    def __init__(self):
        self._made = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError(name)
        made = self._made.get(name)
        if made is None:
            made = self._made[name] = _SentinelObject(name)
        return made

    def __reduce__(self):
        # Pickles (and copies) as the module-level name: the same object comes back.
        return 'sentinel'


sentinel = _Sentinel()
# DEFAULT: "not configured"; the two private ones mark missing and deleted children.
DEFAULT, _missing, _deleted = sentinel.DEFAULT, sentinel.MISSING, sentinel.DELETED


class _ANY:
    """Compares equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


# --- small predicates -------------------------------------------------------------------------

_FUNCTION_KINDS = (FunctionType, MethodType)


def _mock_behind(obj):
    """The mock an autospecced function forwards to, or obj itself."""
    if isinstance(obj, _FUNCTION_KINDS) and hasattr(obj, 'mock'):
        return obj.mock
    return obj


def _is_instance_mock(obj):
    # Look at the real type: a mock with a spec lies about __class__.
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    if isinstance(obj, BaseException):
        return True
    return isinstance(obj, type) and issubclass(obj, BaseException)


def _is_list(obj):
    return type(obj) in (list, tuple)


def _callable(obj):
    if isinstance(obj, (type, staticmethod, classmethod, MethodType)):
        return True
    return getattr(obj, '__call__', None) is not None


def _instance_callable(obj):
    """Whether instances of the class obj (or obj itself, when not a class) are callable."""
    klass = obj if isinstance(obj, type) else type(obj)
    return any('__call__' in base.__dict__ for base in klass.__mro__)


def _is_async_func(obj):
    if getattr(obj, '__code__', None) is None:
        return False
    return _iscoroutinefunction(obj)


def _iscoroutinefunction(obj):
    if _is_instance_mock(obj) and not isinstance(obj, AsyncMock):
        return False
    try:
        return _inspect().iscoroutinefunction(obj)
    except Exception:
        return False


def _is_async_obj(obj):
    if _is_instance_mock(obj) and not isinstance(obj, AsyncMock):
        return False
    if getattr(obj, '__code__', None) is None and not isinstance(obj, AsyncMock):
        return False
    return _iscoroutinefunction(obj) or _inspect().isawaitable(obj)


def _is_magic(name):
    return len(name) > 4 and name[:2] == '__' and name[-2:] == '__' and name[2:-2].strip('_') == name[2:-2]


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


# --- the names of the supported magic methods -------------------------------------------------

def _dunders(words):
    return {'__%s__' % w for w in words.split()}


_numeric_words = 'add sub mul matmul truediv floordiv mod lshift rshift and xor or pow'
_magics = (
    _dunders('lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof '
             'enter exit divmod rdivmod neg pos abs invert complex int float index round trunc '
             'floor ceil bool next fspath aiter')
    | _dunders(_numeric_words)
    | {'__i%s__' % w for w in _numeric_words.split()}
    | {'__r%s__' % w for w in _numeric_words.split()}
)
_non_defaults = _dunders(
    'get set delete reversed missing reduce reduce_ex getinitargs getnewargs getstate setstate '
    'getformat repr dir subclasses format getnewargs_ex')
_async_method_magics = _dunders('aenter aexit anext')
_sync_async_magics = {'__aiter__'}
_async_magics = _async_method_magics | _sync_async_magics
_all_sync_magics = _magics | _non_defaults
_all_magics = _all_sync_magics | _async_magics
_unsupported_magics = _dunders(
    'getattr setattr init new prepare instancecheck subclasscheck del')

# Fixed return values of the MagicMock methods that have one.
_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented,
    '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False,
    '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1,
    '__aexit__': False,
}


def _computed_return_value(mock, name):
    if name == '__hash__':
        return object.__hash__(mock)
    if name == '__str__':
        return object.__str__(mock)
    if name == '__sizeof__':
        return object.__sizeof__(mock)
    if name == '__fspath__':
        return '%s/%s/%d' % (type(mock).__name__, mock._extract_mock_name(), id(mock))
    return DEFAULT


def _default_side_effect(mock, name):
    """Side effects for the magic methods whose result depends on their configuration."""
    if name == '__eq__':
        def eq(other):
            configured = mock.__eq__._mock_return_value
            if configured is not DEFAULT:
                return configured
            return True if mock is other else NotImplemented
        return eq
    if name == '__ne__':
        def ne(other):
            if mock.__ne__._mock_return_value is not DEFAULT:
                return DEFAULT
            return False if mock is other else NotImplemented
        return ne
    if name == '__iter__':
        def it():
            configured = mock.__iter__._mock_return_value
            return iter([]) if configured is DEFAULT else iter(configured)
        return it
    if name == '__aiter__':
        def ait():
            configured = mock.__aiter__._mock_return_value
            return _AsyncIterator(iter([] if configured is DEFAULT else configured))
        return ait
    return None


def _configure_magic(mock, method, name):
    fixed = _return_values.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    computed = _computed_return_value(mock, name)
    if computed is not DEFAULT:
        method.return_value = computed
        return
    effect = _default_side_effect(mock, name)
    if effect is not None:
        method.side_effect = effect


class _AsyncIterator:
    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


# --- formatting of calls ----------------------------------------------------------------------

def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts.extend('%s=%r' % item for item in kwargs.items())
    return '%s(%s)' % (name, ', '.join(parts))


class _CallList(list):
    """A list of calls; `in` also finds a contiguous run of calls given as a list."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        width = len(value)
        for start in range(len(self) - width + 1):
            if self[start:start + width] == value:
                return True
        return False

    def __repr__(self):
        import pprint
        return pprint.pformat(list(self))


def _split_call_value(value):
    """(name, args, kwargs) from the 0- to 3-tuple forms a call can be written in."""
    size = len(value)
    if size == 0:
        return '', (), {}
    if size == 3:
        return value
    if size == 2:
        first, second = value
        if isinstance(first, str):
            if isinstance(second, tuple):
                return first, second, {}
            return first, (), second
        return '', first, second
    only, = value
    if isinstance(only, str):
        return only, (), {}
    if isinstance(only, tuple):
        return '', only, {}
    return '', (), only


class _Call(tuple):
    """One recorded call: (args, kwargs) or (name, args, kwargs). Also the `call` helper."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        if len(value) > 3:
            raise ValueError('a call is at most (name, args, kwargs)')
        _name, args, kwargs = _split_call_value(value)
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (_name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def __eq__(self, other):
        try:
            other_len = len(other)
        except TypeError:
            return NotImplemented
        if len(self) == 2:
            my_name = ''
            my_args, my_kwargs = self
        else:
            my_name, my_args, my_kwargs = self
        mine = getattr(self, '_mock_parent', None)
        theirs = getattr(other, '_mock_parent', None)
        if mine and theirs and mine != theirs:
            return False
        if other_len > 3:
            return False
        other_name, other_args, other_kwargs = _split_call_value(tuple(other))
        if my_name and other_name != my_name:
            return False
        return (other_args, other_kwargs) == (my_args, my_kwargs)

    __ne__ = object.__ne__
    __hash__ = None

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs), name=self._mock_name + '()', parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self, from_kall=False)

    def __getattribute__(self, attr):
        # Tuple methods (count, index, ...) become recorded attribute names.
        if attr in tuple.__dict__:
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    def _arguments(self):
        if len(self) == 2:
            return self
        return self[1], self[2]

    def count(self, /, *args, **kwargs):
        return self.__getattr__('count')(*args, **kwargs)

    def index(self, /, *args, **kwargs):
        return self.__getattr__('index')(*args, **kwargs)

    @property
    def args(self):
        return self._arguments()[0]

    @property
    def kwargs(self):
        return self._arguments()[1]

    def __repr__(self):
        if not self._mock_from_kall:
            shown = self._mock_name or 'call'
            return 'call' + shown if shown.startswith('()') else shown
        if len(self) == 2:
            shown = 'call'
            args, kwargs = self
        else:
            shown, args, kwargs = self
            if not shown:
                shown = 'call'
            elif shown.startswith('()'):
                shown = 'call' + shown
            else:
                shown = 'call.' + shown
        return _format_call_signature(shown, args, kwargs)

    def call_list(self):
        chain = []
        node = self
        while node is not None:
            if node._mock_from_kall:
                chain.append(node)
            node = node._mock_parent
        chain.reverse()
        return _CallList(chain)


call = _Call(from_kall=False)


class _AnyComparer(list):
    """A list whose `in` compares element-wise with the item on the left, so ANY in an
    expected call works whichever side it is on."""

    def __contains__(self, item):
        for candidate in self:
            if len(item) == len(candidate) and all(
                    mine == theirs for mine, theirs in zip(item, candidate)):
                return True
        return False


# --- signatures -------------------------------------------------------------------------------

def _signature_of(spec, as_instance=False, eat_self=False):
    """(callable, inspect.Signature) used to check and normalise calls of a mock of spec."""
    target = spec
    if isinstance(spec, type) and not as_instance:
        target = spec.__init__
        eat_self = True
    elif isinstance(spec, (classmethod, staticmethod)):
        target = spec.__func__
        if isinstance(spec, classmethod):
            eat_self = True
    elif not isinstance(spec, _FUNCTION_KINDS):
        try:
            target = spec.__call__
        except AttributeError:
            return None
    try:
        if eat_self:
            sig = _inspect().signature(functools.partial(target, None))
        else:
            sig = _inspect().signature(target)
    except (ValueError, TypeError):
        return None
    return target, sig


def _install_sig_check(spec, mock, skipfirst, instance=False):
    found = _signature_of(spec, instance, skipfirst)
    if found is None:
        return
    _func, sig = found

    def checksig(self, /, *args, **kwargs):
        sig.bind(*args, **kwargs)
    type(mock)._mock_check_sig = checksig
    type(mock).__signature__ = sig


# --- the mock classes -------------------------------------------------------------------------

class _SpecState:
    """An attribute of an autospecced mock, made into a mock the first time it is used."""

    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None, instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


def _delegated(name):
    private = '_mock_' + name

    def get(self):
        delegate = self._mock_delegate
        if delegate is None:
            return self.__dict__[private]
        return getattr(delegate, name)

    def set(self, value):
        delegate = self._mock_delegate
        if delegate is None:
            self.__dict__[private] = value
        else:
            setattr(delegate, name, value)
    return property(get, set)


_ASSERT_TYPOS = ('assert', 'assret', 'asert', 'aseert', 'assrt')
_ATTRIB_DENY_LIST = frozenset({
    'called_once', 'any_call', 'called', 'called_with', 'not_called',
    'called_once_with', 'has_calls'})


def _parent_chain_contains(parent, value):
    node = parent
    while node is not None:
        if node is value:
            return True
        node = node._mock_new_parent
    return False


def _adopt(parent, value, name, new_name):
    """Make value (when it is a mock without parent yet) a child of parent.
    Returns whether it did."""
    value = _mock_behind(value)
    if not _is_instance_mock(value):
        return False
    d = value.__dict__
    if d['_mock_name'] or d['_mock_new_name'] or d['_mock_parent'] is not None \
            or d['_mock_new_parent'] is not None:
        return False
    if _parent_chain_contains(parent, value):
        return False
    if new_name:
        d['_mock_new_parent'] = parent
        d['_mock_new_name'] = new_name
    if name:
        d['_mock_parent'] = parent
        d['_mock_name'] = name
    return True


class Base:
    """The end of the cooperative __init__ chain of the mock classes."""

    def __init__(self, /, *args, **kwargs):
        pass

    _mock_side_effect = None
    _mock_return_value = DEFAULT


class NonCallableMock(Base):
    """A mock that is not callable: attributes are made on demand and recorded."""

    _lock = _thread.RLock()

    def __new__(cls, /, *args, **kw):
        # Each mock gets a class of its own, so magic methods can be set per mock.
        namespace = {'__doc__': cls.__doc__}
        spec = kw.get('spec_set', kw.get('spec'))
        if not issubclass(cls, AsyncMockMixin) and spec is not None and _is_async_func(spec):
            bases = (AsyncMock,)
        else:
            bases = (cls,)
        klass = type(cls.__name__, bases, namespace)
        return object.__new__(klass)

    def __init__(self, /, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, _spec_as_instance=False,
                 _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        if spec_set is not None:
            # spec_set names the spec and makes it strict.
            spec, spec_set = spec_set, True
        self._mock_add_spec(spec, spec_set, _spec_as_instance,
                            (parent is not None) if _eat_self is None else _eat_self)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_delegate'] = None
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        d['_mock_unsafe'] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state)

    # -- configuration

    def attach_mock(self, mock, attribute):
        d = _mock_behind(mock).__dict__
        d['_mock_parent'] = None
        d['_mock_new_parent'] = None
        d['_mock_name'] = ''
        d['_mock_new_name'] = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        if _is_instance_mock(spec):
            raise InvalidSpecError(f'Cannot spec a Mock object. [object={spec!r}]')
        spec_class = None
        signature = None
        asyncs = []
        methods = None
        if spec is not None:
            if _is_list(spec):
                methods = list(spec)
            else:
                spec_class = spec if isinstance(spec, type) else type(spec)
                found = _signature_of(spec, _spec_as_instance, _eat_self)
                signature = found and found[1]
                methods = dir(spec)
                for attr in methods:
                    try:
                        value = _inspect().getattr_static(spec, attr)
                    except AttributeError:
                        continue
                    if isinstance(value, (staticmethod, classmethod)):
                        value = value.__func__
                    if isinstance(value, FunctionType) and _iscoroutinefunction(value):
                        asyncs.append(attr)
        d = self.__dict__
        d['_spec_class'] = spec_class
        d['_spec_set'] = spec_set
        d['_spec_signature'] = signature
        d['_mock_methods'] = methods
        d['_spec_asyncs'] = asyncs

    def configure_mock(self, /, **kwargs):
        # Shallow names first, so 'a.b' can configure what 'a' was just set to.
        for key, value in sorted(kwargs.items(), key=lambda item: item[0].count('.')):
            *path, last = key.split('.')
            target = self
            for part in path:
                target = getattr(target, part)
            setattr(target, last, value)

    # -- return_value, side_effect and the recorded state

    def __get_return_value(self):
        value = self._mock_return_value
        if self._mock_delegate is not None:
            value = self._mock_delegate.return_value
        if value is DEFAULT:
            value = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = value
        return value

    def __set_return_value(self, value):
        delegate = self._mock_delegate
        if delegate is None:
            # A mock returned by this one is named 'parent()' and records under it.
            _adopt(self, value, None, '()')
            self.__dict__['_mock_return_value'] = value
            return
        delegate.return_value = value

    return_value = property(__get_return_value, __set_return_value,
                            doc='The value returned when the mock is called.')

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    called = _delegated('called')
    call_count = _delegated('call_count')
    call_args = _delegated('call_args')
    call_args_list = _delegated('call_args_list')
    mock_calls = _delegated('mock_calls')

    def __get_side_effect(self):
        delegate = self._mock_delegate
        if delegate is None:
            return self._mock_side_effect
        effect = delegate.side_effect
        if (effect is not None and not callable(effect) and not _is_exception(effect)
                and not _is_iterator(effect)):
            effect = iter(effect)
            delegate.side_effect = effect
        return effect

    def __set_side_effect(self, value):
        value = _iterate_if_iterable(value)
        delegate = self._mock_delegate
        if delegate is None:
            self.__dict__['_mock_side_effect'] = value
        else:
            delegate.side_effect = value

    side_effect = property(__get_side_effect, __set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        if visited is None:
            visited = set()
        if id(self) in visited:
            return
        visited.add(id(self))
        for attr, value in (('called', False), ('call_args', None), ('call_count', 0)):
            setattr(self, attr, value)
        for attr in ('mock_calls', 'call_args_list', 'method_calls'):
            setattr(self, attr, _CallList())
        d = self.__dict__
        if side_effect:
            d['_mock_side_effect'] = None
        if return_value:
            d['_mock_return_value'] = DEFAULT
        for child in list(self._mock_children.values()):
            if child is not _deleted and not isinstance(child, _SpecState):
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        returned = d.get('_mock_return_value', DEFAULT)
        if returned is not self and _is_instance_mock(returned):
            returned.reset_mock(visited)

    # -- attribute access

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe', '_mock_check_sig'):
            raise AttributeError(name)
        methods = self._mock_methods
        if methods is not None:
            if name not in methods or name in _all_magics:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not methods or name not in methods):
            if name.startswith(_ASSERT_TYPOS) or name in _ATTRIB_DENY_LIST:
                raise AttributeError(
                    f'{name!r} is not a valid assertion. Use a spec for the mock if '
                    f'{name!r} is meant to be an attribute.')
        with NonCallableMock._lock:
            child = self._mock_children.get(name)
            if child is _deleted:
                raise AttributeError(name)
            if child is None:
                wraps = None
                if self._mock_wraps is not None:
                    wraps = getattr(self._mock_wraps, name)
                child = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                             _new_name=name, _new_parent=self)
                self._mock_children[name] = child
            elif isinstance(child, _SpecState):
                try:
                    child = create_autospec(child.spec, child.spec_set, child.instance,
                                            child.parent, child.name)
                except InvalidSpecError:
                    raise InvalidSpecError(
                        f'Cannot autospec attr {child.name!r} from target {child.parent!r} '
                        f'as it has already been mocked out. [target={child.parent!r}, '
                        f'attr={child.spec!r}]')
                self._mock_children[name] = child
        return child

    def _extract_mock_name(self):
        pieces = []
        node = self
        while node._mock_new_parent is not None:
            pieces.append(node._mock_new_name)
            node = node._mock_new_parent
        text = node._mock_name or 'mock'
        for piece in reversed(pieces):
            text += piece if piece == '()' else '.' + piece
        return text

    def __repr__(self):
        name = self._extract_mock_name()
        shown = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec = ''
        if self._spec_class is not None:
            spec = ' %s=%r' % ('spec_set' if self._spec_set else 'spec', self._spec_class.__name__)
        return "<%s%s%s id='%s'>" % (type(self).__name__, shown, spec, id(self))

    def __dir__(self):
        if not FILTER_DIR:
            return object.__dir__(self)
        names = set(self._mock_methods or ())
        names.update(n for n in dir(type(self)) if not n.startswith('_'))
        names.update(n for n in self.__dict__ if not n.startswith('_') or _is_magic(n))
        names.update(n for n, child in self._mock_children.items() if child is not _deleted)
        return sorted(names)

    def __setattr__(self, name, value):
        if name in _allowed_names:
            return object.__setattr__(self, name, value)
        d = self.__dict__
        if (self._spec_set and self._mock_methods is not None
                and name not in self._mock_methods and name not in d):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        if name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if _is_instance_mock(value):
                _adopt(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
            else:
                setattr(type(self), name, _as_method(name, value))
                function = value

                def value(*args, **kw):
                    return function(self, *args, **kw)
        elif name == '__class__':
            d['_spec_class'] = value
            return
        elif _adopt(self, value, name, name):
            self._mock_children[name] = value
        if d.get('_mock_sealed') and not hasattr(self, name):
            raise AttributeError('Cannot set %s.%s' % (self._extract_mock_name(), name))
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        own = self.__dict__
        if name in _all_magics and name in type(self).__dict__:
            # A configured magic method lives on the mock's own class.
            delattr(type(self), name)
            if name not in own:
                return
        children = self._mock_children
        child = children.pop(name, _missing)
        if name in own:
            object.__delattr__(self, name)
        elif child is _deleted:
            children[name] = _deleted
            raise AttributeError(name)
        children[name] = _deleted

    # -- children

    def _get_child_mock(self, /, **kw):
        if self._mock_sealed:
            suffix = '.' + kw['name'] if 'name' in kw else '.return_value'
            raise AttributeError(self._extract_mock_name() + suffix)
        new_name = kw.get('_new_name')
        if new_name in self.__dict__['_spec_asyncs']:
            return AsyncMock(**kw)
        own = type(self)
        if issubclass(own, MagicMock) and new_name in _async_method_magics:
            klass = AsyncMock
        elif issubclass(own, AsyncMockMixin):
            if new_name in _all_sync_magics or (
                    self._mock_methods and new_name in self._mock_methods):
                klass = MagicMock
            else:
                klass = AsyncMock
        elif not issubclass(own, CallableMixin):
            if issubclass(own, NonCallableMagicMock):
                klass = MagicMock
            else:
                klass = Mock
        else:
            # The class a mock was made from (its own class is a per-instance subclass).
            klass = own.__mro__[1]
        return klass(**kw)

    # -- assertions

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (action, expected, actual)

    def _signature_for_call_name(self, name):
        """The signature of the (autospecced) child a recorded call name like 'a.b' went to:
        the deepest child along the dotted name that has one ('()' steps are ignored)."""
        if not name:
            return self._spec_signature
        found = None
        node = self
        for part in name.replace('()', '').split('.'):
            child = node._mock_children.get(part)
            if child is None or isinstance(child, _SpecState):
                break
            node = _mock_behind(child)
            found = node._spec_signature
        return found

    def _call_matcher(self, _call):
        if isinstance(_call, tuple) and len(_call) > 2:
            sig = self._signature_for_call_name(_call[0])
        else:
            sig = self._spec_signature
        if sig is None:
            return _call
        if len(_call) == 2:
            name = ''
            args, kwargs = _call
        else:
            name, args, kwargs = _call
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as e:
            return e.with_traceback(None)
        return call(name, bound.args, bound.kwargs)

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return '\n%s: %s.' % (prefix, _safe_repr(self.mock_calls))

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % (self._mock_name or 'mock'))

    def assert_called_once(self):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        if self.call_args is None:
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: not called.'
                                 % self._format_mock_call_signature(args, kwargs))
        self._compare_last(self.call_args, args, kwargs, self._format_mock_failure_message)

    def _compare_last(self, last, args, kwargs, describe):
        wanted = self._call_matcher(_Call((args, kwargs), two=True))
        if self._call_matcher(last) == wanted:
            return
        # A spec that rejects the expected arguments explains the failure.
        raise AssertionError(describe(args, kwargs)) from (
            wanted if isinstance(wanted, Exception) else None)

    def assert_called_once_with(self, /, *args, **kwargs):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = [self._call_matcher(c) for c in calls]
        cause = None
        for item in expected:
            if isinstance(item, Exception):
                cause = item
                break
        recorded = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if expected in recorded:
                return
            if cause is None:
                problem = 'Calls not found.'
            else:
                problem = 'Error processing expected calls.\nErrors: %s' % (
                    [e if isinstance(e, Exception) else None for e in expected],)
            actual = self._calls_repr(prefix='  Actual').rstrip('.')
            raise AssertionError('%s\nExpected: %s%s' % (problem, _CallList(calls), actual)) \
                from cause
        missing, remaining = _unmatched(expected, recorded)
        if missing:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._mock_name or 'mock', tuple(missing), remaining)) \
                from cause

    def assert_any_call(self, /, *args, **kwargs):
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = _AnyComparer(self._call_matcher(c) for c in self.call_args_list)
        if cause is not None or expected not in actual:
            raise AssertionError('%s call not found' % self._format_mock_call_signature(args, kwargs)) \
                from cause


def _is_iterator(obj):
    return hasattr(obj, '__next__') and hasattr(obj, '__iter__')


def _iterate_if_iterable(value):
    if value is None or _is_exception(value) or _callable(value):
        return value
    try:
        return iter(value)
    except TypeError:
        return value


def _as_method(name, func):
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


_allowed_names = {
    'return_value', '_mock_return_value', 'side_effect', '_mock_side_effect',
    '_mock_parent', '_mock_new_parent', '_mock_name', '_mock_new_name',
}
for _n in ('sealed', 'called', 'call_count', 'call_args', 'call_args_list', 'mock_calls', 'method_calls',
           'side_effect', 'return_value', 'delegate'):
    _allowed_names.add(_n)
    _allowed_names.add('_mock_' + _n)
del _n


class CallableMixin(Base):

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None,
                 spec_set=None, parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state, _new_name,
                         _new_parent, **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, /, *args, **kwargs):
        # Replaced on the class by autospec with a real signature check.
        pass

    def __call__(self, /, *args, **kwargs):
        # A call is checked (autospec), recorded, then answered.
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        this_call = _Call((args, kwargs), two=True)
        self.call_args_list.append(this_call)
        self.call_args = this_call
        self.call_count += 1
        self.called = True
        self.mock_calls.append(_Call(('', args, kwargs)))

        # Record on every ancestor: method_calls follows attribute parents only,
        # mock_calls follows return values too.
        method_name = self._mock_name
        record_method = self._mock_parent is not None
        call_name = self._mock_new_name
        last_was_call = call_name == '()'
        ancestor = self._mock_new_parent
        while ancestor is not None:
            if record_method:
                ancestor.method_calls.append(_Call((method_name, args, kwargs)))
                record_method = ancestor._mock_parent is not None
                if record_method:
                    method_name = ancestor._mock_name + '.' + method_name
            ancestor.mock_calls.append(_Call((call_name, args, kwargs)))
            step = ancestor._mock_new_name
            if step:
                call_name = step + ('' if last_was_call else '.') + call_name
                last_was_call = step == '()'
            ancestor = ancestor._mock_new_parent

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            # An exception is raised; an iterator gives the next value (raising exceptions
            # among them); a function is called. DEFAULT falls through to return_value.
            if _is_exception(effect):
                raise effect
            outcome = effect(*args, **kwargs) if _callable(effect) else next(effect)
            if _is_exception(outcome):
                if not _callable(effect):
                    raise outcome
            if outcome is not DEFAULT:
                return outcome
        if self._uses_wrapped():
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def _uses_wrapped(self):
        """Whether a call should go to the wrapped object: only when no return value is set."""
        if self._mock_wraps is None or self._mock_return_value is not DEFAULT:
            return False
        delegate = self._mock_delegate
        return delegate is None or delegate.return_value is DEFAULT


class Mock(CallableMixin, NonCallableMock):
    """A callable mock object. Calls return `return_value` (a child mock by default) or follow
    `side_effect`; every call and attribute access is recorded for the assert_* methods."""


# --- magic method support ---------------------------------------------------------------------

class MagicProxy(Base):
    """Sits on a MagicMock's class until the magic method is first used, then makes the child."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        parent = self.parent
        made = parent._get_child_mock(name=self.name, _new_name=self.name, _new_parent=parent)
        setattr(parent, self.name, made)
        _configure_magic(parent, made, self.name)
        return made

    def __get__(self, obj, _type=None):
        return self.create_mock()


class MagicMixin(Base):

    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        every = _magics | _async_method_magics
        wanted = every
        klass = type(self)
        methods = getattr(self, '_mock_methods', None)
        if methods is not None:
            wanted = every.intersection(methods)
            for name in every - wanted:
                if name in klass.__dict__:
                    delattr(klass, name)
        for name in wanted - set(klass.__dict__):
            setattr(klass, name, MagicProxy(name, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured (len() is 0, iter() is empty, bool() is True...)."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


# --- AsyncMock --------------------------------------------------------------------------------

class AsyncMockMixin(Base):
    await_count = _delegated('await_count')
    await_args = _delegated('await_args')
    await_args_list = _delegated('await_args_list')

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        d = self.__dict__
        d['_is_coroutine'] = _coroutine_marker()
        d['_mock_await_count'] = 0
        d['_mock_await_args'] = None
        d['_mock_await_args_list'] = _CallList()
        d['__code__'] = _AsyncCodeStandIn()
        # inspect.iscoroutinefunction looks for this marker in 3.12.
        marker = getattr(_inspect(), '_is_coroutine_mark', None)
        if marker is not None:
            d['_is_coroutine_marker'] = marker

    async def _execute_mock_call(self, /, *args, **kwargs):
        this_call = _Call((args, kwargs), two=True)
        self.await_args_list.append(this_call)
        self.await_args = this_call
        self.await_count += 1
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if _callable(effect):
                outcome = effect(*args, **kwargs)
                if _iscoroutinefunction(effect):
                    outcome = await outcome
            else:
                # An exhausted iterator ends like an async iterator does.
                outcome = next(effect, _missing)
                if outcome is _missing:
                    raise StopAsyncIteration
                if _is_exception(outcome):
                    raise outcome
            if outcome is not DEFAULT:
                return outcome
        if self._uses_wrapped():
            outcome = self._mock_wraps(*args, **kwargs)
            if _iscoroutinefunction(self._mock_wraps):
                outcome = await outcome
            return outcome
        return self.return_value

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError(f'Expected {self._mock_name or "mock"} to have been awaited.')

    def assert_awaited_once(self):
        if self.await_count != 1:
            raise AssertionError(f'Expected {self._mock_name or "mock"} to have been awaited once.'
                                 f' Awaited {self.await_count} times.')

    def assert_awaited_with(self, /, *args, **kwargs):
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')
        self._compare_last(self.await_args, args, kwargs, self._await_failure)

    def _await_failure(self, args, kwargs):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.await_args)
        return 'expected await not found.\nExpected: %s\n  Actual: %s' % (expected, actual)

    def assert_awaited_once_with(self, /, *args, **kwargs):
        if self.await_count != 1:
            raise AssertionError(f'Expected {self._mock_name or "mock"} to have been awaited once.'
                                 f' Awaited {self.await_count} times.')
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = _AnyComparer(self._call_matcher(c) for c in self.await_args_list)
        if cause is not None or expected not in actual:
            raise AssertionError('%s await not found' % self._format_mock_call_signature(args, kwargs)) \
                from cause

    def assert_has_awaits(self, calls, any_order=False):
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        recorded = _CallList(self._call_matcher(c) for c in self.await_args_list)
        if not any_order:
            if expected not in recorded:
                if cause is None:
                    problem = 'Awaits not found.'
                else:
                    problem = 'Error processing expected awaits.\nErrors: %s' % (
                        [e if isinstance(e, Exception) else None for e in expected],)
                raise AssertionError('%s\nExpected: %s\nActual: %s'
                                     % (problem, _CallList(calls), self.await_args_list)) from cause
            return
        missing, remaining = _unmatched(expected, recorded)
        if missing:
            raise AssertionError('%r not all found in await list' % (tuple(missing),)) from cause

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError(f'Expected {self._mock_name or "mock"} to not have been awaited.'
                                 f' Awaited {self.await_count} times.')

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        for attr, value in (('await_args_list', _CallList()), ('await_args', None),
                            ('await_count', 0)):
            setattr(self, attr, value)


def _coroutine_marker():
    try:
        import asyncio.coroutines
        return getattr(asyncio.coroutines, '_is_coroutine', None)
    except ImportError:
        return None


class _AsyncCodeStandIn:
    """What AsyncMock().__code__ looks like to code that inspects flags."""
    co_flags = 0x80   # CO_COROUTINE
    co_argcount = 0
    co_varnames = ()
    co_posonlyargcount = 0
    co_kwonlyargcount = 0


class AsyncMock(AsyncMockMixin, MagicMixin, Mock):
    """A MagicMock whose calls return awaitables; awaits are recorded in await_count,
    await_args and await_args_list."""


# --- PropertyMock -----------------------------------------------------------------------------

class PropertyMock(Mock):
    """A mock to put on a class as a property: getting the attribute calls it with no
    arguments, setting it calls it with the value."""

    def __set__(self, instance, value):
        self(value)

    def __get__(self, instance, owner=None):
        return self()

    def _get_child_mock(self, /, **kwargs):
        # Children (return values included) are ordinary MagicMocks, not properties.
        return MagicMock(**kwargs)


# --- seal -------------------------------------------------------------------------------------

def seal(mock):
    """Stop mock (and the child mocks it made) from making new attributes."""
    mock._mock_sealed = True
    for attr in dir(mock):
        try:
            child = getattr(mock, attr)
        except AttributeError:
            continue
        if not isinstance(child, NonCallableMock):
            continue
        if isinstance(mock._mock_children.get(attr), _SpecState):
            continue
        if child._mock_new_parent is mock:
            seal(child)


# --- create_autospec --------------------------------------------------------------------------

_SPEC_ARG_TYPOS = ('autospect', 'auto_spec', 'set_spec')


def _check_spec_arg_typos(kwargs):
    for typo in _SPEC_ARG_TYPOS:
        if typo in kwargs:
            raise RuntimeError(f'{typo!r} might be a typo; use unsafe=True if this is intended')


def _skips_self(spec, entry, is_type):
    """Whether calls of the autospecced attribute `entry` of spec leave out `self`."""
    if not isinstance(spec, type):
        if entry in getattr(spec, '__dict__', {}):
            return False
        spec = spec.__class__
    for klass in spec.__mro__:
        found = klass.__dict__.get(entry, DEFAULT)
        if found is DEFAULT:
            continue
        if isinstance(found, (staticmethod, classmethod)):
            return False
        if isinstance(found, _FUNCTION_KINDS):
            return is_type
        return False
    return is_type


def _signed_function(mock, original, instance=False):
    """A real function with original's signature that checks its arguments and calls mock.
    Its attributes (return_value, side_effect, called, ...) are those of the mock."""
    found = _signature_of(original, instance)
    if found is None:
        return mock
    func, sig = found

    def funcopy(*args, **kwargs):
        sig.bind(*args, **kwargs)
        return mock(*args, **kwargs)

    # CPython's copy is a fresh function named like the original and nothing more.
    name = getattr(func, '__name__', 'funcopy')
    funcopy.__name__ = funcopy.__qualname__ = name
    funcopy.__module__ = None
    funcopy.__signature__ = sig
    _attach_mock_api(funcopy, mock, sig)
    return funcopy


def _attach_mock_api(funcopy, mock, sig):
    funcopy.mock = mock
    mock._mock_delegate = None

    def reset_mock(*args, **kwargs):
        funcopy.method_calls = _CallList()
        funcopy.mock_calls = _CallList()
        mock.reset_mock(*args, **kwargs)
        ret = funcopy.return_value
        if _is_instance_mock(ret) and ret is not mock:
            ret.reset_mock()

    # The mock reads and writes its state through the function (its delegate).
    state = dict(called=False, call_count=0, call_args=None, return_value=mock.return_value,
                 side_effect=mock.side_effect, _mock_children=mock._mock_children)
    for list_name in ('call_args_list', 'method_calls', 'mock_calls'):
        state[list_name] = _CallList()
    vars(funcopy).update(state)
    for name in ('assert_called_with', 'assert_called_once_with', 'assert_has_calls',
                 'assert_any_call', 'assert_called', 'assert_not_called',
                 'assert_called_once'):
        setattr(funcopy, name, getattr(mock, name))
    funcopy.reset_mock = reset_mock
    mock._mock_delegate = funcopy
    if isinstance(mock, AsyncMock):
        funcopy.await_count = 0
        funcopy.await_args = None
        funcopy.await_args_list = _CallList()
        for name in ('assert_awaited', 'assert_awaited_once', 'assert_awaited_with',
                     'assert_awaited_once_with', 'assert_any_await', 'assert_has_awaits',
                     'assert_not_awaited'):
            setattr(funcopy, name, getattr(mock, name))
        _inspect().markcoroutinefunction(funcopy)


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *,
                    unsafe=False, **kwargs):
    """A mock with the attributes of spec, whose callables check their arguments against the
    signatures of the originals."""
    if _is_list(spec):
        spec = type(spec)
    is_type = isinstance(spec, type)
    if _is_instance_mock(spec):
        raise InvalidSpecError(f'Cannot autospec a Mock object. [object={spec!r}]')
    is_async = _is_async_func(spec)
    if spec is None:
        options = {}
    elif spec_set:
        options = {'spec_set': spec}
    else:
        options = {'spec': spec}
    if options and instance:
        options['_spec_as_instance'] = True
    if not unsafe:
        _check_spec_arg_typos(kwargs)
    options.update(kwargs)

    klass = MagicMock
    if _inspect().isdatadescriptor(spec):
        options = {}
    elif is_type and instance and not _instance_callable(spec):
        klass = NonCallableMagicMock
    elif not is_type and not _callable(spec):
        klass = NonCallableMagicMock
    if is_async:
        klass = AsyncMock

    name = options.pop('name', _name)
    new_name = name if _parent is not None else ''
    mock = klass(parent=_parent, _new_parent=_parent, _new_name=new_name, name=name, **options)

    if isinstance(spec, FunctionType):
        mock = _signed_function(mock, spec)
    else:
        _install_sig_check(spec, mock, is_type, instance)

    if _parent is not None and not instance:
        _parent._mock_children[name] = mock

    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True, _name='()',
                                            _parent=mock)

    for entry in dir(spec):
        if _is_magic(entry):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        if not isinstance(original, _FUNCTION_KINDS):
            mock._mock_children[entry] = _SpecState(original, spec_set, mock, entry, instance)
            continue
        parent = mock.mock if isinstance(spec, FunctionType) else mock
        skipfirst = _skips_self(spec, entry, is_type)
        child_options = {'spec_set' if spec_set else 'spec': original, '_eat_self': skipfirst}
        child_klass = AsyncMock if _iscoroutinefunction(original) else MagicMock
        child = child_klass(parent=parent, name=entry, _new_name=entry, _new_parent=parent,
                            **child_options)
        mock._mock_children[entry] = child
        child.return_value = child_klass()
        _install_sig_check(original, child, skipfirst)
    return mock


# --- patch ------------------------------------------------------------------------------------

def _import_dotted(path):
    """The object named by a dotted path, importing the modules along it."""
    parts = path.split('.')
    so_far = parts[0]
    thing = __import__(so_far)
    for part in parts[1:]:
        so_far += '.' + part
        try:
            thing = getattr(thing, part)
        except AttributeError:
            __import__(so_far)
            thing = getattr(thing, part)
    return thing


def _split_target(target):
    try:
        owner, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f'Need a valid target to patch. You supplied: {target!r}')
    return (lambda: _import_dotted(owner)), attribute


_builtin_names = {name for name in dir(builtins) if not name.startswith('_')}


class _patch:
    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                 kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        if not unsafe:
            _check_spec_arg_typos(kwargs)
        if _is_instance_mock(spec):
            raise InvalidSpecError(f'Cannot spec attr {attribute!r} as the spec has already '
                                   f'been mocked out. [spec={spec!r}]')
        if _is_instance_mock(spec_set):
            raise InvalidSpecError(f'Cannot spec attr {attribute!r} as the spec_set target has '
                                   f'already been mocked out. [spec_set={spec_set!r}]')
        vars(self).update(getter=getter, attribute=attribute, new=new, spec=spec,
                          spec_set=spec_set, autospec=autospec, create=create,
                          new_callable=new_callable, kwargs=kwargs, has_local=False,
                          additional_patchers=[], is_started=False)

    def copy(self):
        twin = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                      self.spec_set, self.autospec, self.new_callable, self.kwargs)
        twin.attribute_name = self.attribute_name
        twin.additional_patchers = [p.copy() for p in self.additional_patchers]
        return twin

    def __call__(self, func):
        return _apply_decorator(self, func)

    def decorate_class(self, klass):
        return _decorate_test_methods(klass, lambda: self.copy())

    @contextlib.contextmanager
    def decoration_helper(self, patched, args, keywargs):
        extra = []
        with contextlib.ExitStack() as stack:
            for patching in patched.patchings:
                made = stack.enter_context(patching)
                if patching.attribute_name is not None:
                    keywargs.update(made)
                elif patching.new is DEFAULT:
                    extra.append(made)
            yield (args + tuple(extra), keywargs)

    # Stacked patch decorators share one wrapper: each adds itself to its `patchings`, and
    # the wrapper enters them all (bottom-most first) around each call.

    def decorate_callable(self, func):
        wrapper = func
        if not hasattr(func, 'patchings'):
            def wrapper(*args, **keywargs):
                with self.decoration_helper(wrapper, args, keywargs) as (pos, kw):
                    return func(*pos, **kw)
            _new_patched(wrapper, func)
        wrapper.patchings.append(self)
        return wrapper

    def decorate_async_callable(self, func):
        wrapper = func
        if not hasattr(func, 'patchings'):
            async def wrapper(*args, **keywargs):
                with self.decoration_helper(wrapper, args, keywargs) as (pos, kw):
                    return await func(*pos, **kw)
            _new_patched(wrapper, func)
        wrapper.patchings.append(self)
        return wrapper

    def get_original(self):
        target = self.getter()
        name = self.attribute
        local = False
        try:
            original = target.__dict__[name]
            local = True
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        if name in _builtin_names and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError('%s does not have the attribute %r' % (target, name))
        return original, local

    def _make_new(self, original):
        # False means "not given" for the three spec options.
        spec, spec_set, autospec = (None if v is False else v
                                    for v in (self.spec, self.spec_set, self.autospec))
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if spec_set not in (True, None) and (spec is not None or autospec is not None):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        if autospec is not None and self.new is DEFAULT:
            return self._make_autospec(original, autospec, spec_set)
        if self.new is not DEFAULT:
            if autospec is not None:
                raise TypeError("autospec creates the mock for you. Can't specify autospec and new.")
            if self.kwargs:
                raise TypeError("Can't pass kwargs to a mock we aren't creating")
            return self.new
        return self._make_mock(original, spec, spec_set)

    def _make_mock(self, original, spec, spec_set):
        # spec=True / spec_set=True stand for the original object; when both are given the
        # object becomes spec_set alone.
        if spec is True:
            spec = original
        if spec_set is True:
            spec_set = original if spec is None else spec
            spec = None
        chosen = spec_set if spec_set is not None else spec
        is_class_spec = False
        if chosen is not None:
            if original is DEFAULT:
                raise TypeError("Can't use 'spec' with create=True")
            is_class_spec = isinstance(original, type)

        if self.new_callable is not None:
            factory = self.new_callable
        elif chosen is None:
            factory = AsyncMock if _is_async_obj(original) else MagicMock
        elif _is_async_func(chosen):
            factory = AsyncMock
        elif ('__call__' not in chosen) if _is_list(chosen) else not callable(chosen):
            factory = NonCallableMagicMock
        else:
            factory = AsyncMock if spec is None and _is_async_obj(original) else MagicMock

        options = {}
        if spec is not None:
            options['spec'] = spec
        if spec_set is not None:
            options['spec_set'] = spec_set
        named = isinstance(factory, type) and issubclass(factory, NonCallableMock)
        if named and self.attribute:
            options['name'] = self.attribute
        options.update(self.kwargs)
        made = factory(**options)
        if is_class_spec and _is_instance_mock(made):
            # Patching a class with a spec: its instances (the return value) follow the spec too.
            if not _is_list(chosen) and not _instance_callable(chosen):
                factory = NonCallableMagicMock
            del options['name']
            made.return_value = factory(_new_parent=made, _new_name='()', **options)
        return made

    def _make_autospec(self, original, autospec, spec_set):
        if original is DEFAULT:
            raise TypeError("Can't use 'autospec' with create=True")
        if autospec is True:
            autospec = original
        where = f'[target={self.target!r}, attr={autospec!r}]'
        if _is_instance_mock(self.target):
            raise InvalidSpecError(f'Cannot autospec attr {self.attribute!r} as the patch '
                                   f'target has already been mocked out. {where}')
        if _is_instance_mock(autospec):
            raise InvalidSpecError(f'Cannot autospec attr {self.attribute!r} from target '
                                   f'{self.target!r} as it has already been mocked out. {where}')
        return create_autospec(autospec, spec_set=bool(spec_set), _name=self.attribute,
                               **self.kwargs)

    def __enter__(self):
        self.target = self.getter()
        original, local = self.get_original()
        new = self._make_new(original)
        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        self.is_started = True
        try:
            setattr(self.target, self.attribute, new)
            if self.attribute_name is None:
                return new
            made = {}
            if self.new is DEFAULT:
                made[self.attribute_name] = new
            for other in self.additional_patchers:
                result = self._exit_stack.enter_context(other)
                if other.new is DEFAULT:
                    made.update(result)
            return made
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        if not self.is_started:
            return
        target, name, saved = self.target, self.attribute, self.temp_original
        if saved is not DEFAULT and self.is_local:
            setattr(target, name, saved)
        else:
            delattr(target, name)
            # An attribute found on a class (not the target's own) or one of the function
            # attributes that deleting resets: put the original back explicitly.
            reset_kind = name in ('__doc__', '__module__', '__defaults__', '__annotations__',
                                  '__kwdefaults__')
            if not self.create and (reset_kind or not hasattr(target, name)):
                setattr(target, name, saved)
        stack = self._exit_stack
        for attr in ('temp_original', 'is_local', 'target', '_exit_stack'):
            delattr(self, attr)
        self.is_started = False
        return stack.__exit__(*exc_info)

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    if type(target) is str:
        raise TypeError(f'{target!r} must be the actual object to be patched, not a str')
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: _import_dotted(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    first = None
    for attribute, new in kwargs.items():
        one = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
        one.attribute_name = attribute
        if first is None:
            first = one
        else:
            first.additional_patchers.append(one)
    return first


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by the dotted path target with new (a MagicMock by default)
    for the duration of a function, a class's tests or a with block."""
    getter, attribute = _split_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


class _patch_dict:
    """Set keys of a dictionary (or a dotted name of one) for a while, then restore it."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = {**dict(values), **kwargs}
        self.clear = clear
        self._original = None

    def __call__(self, f):
        return _apply_decorator(self, f)

    def _twin(self):
        return _patch_dict(self.in_dict, self.values, self.clear)

    def decorate_class(self, klass):
        return _decorate_test_methods(klass, self._twin)

    def decorate_callable(self, f):
        def patched_dict(*args, **kw):
            with self:
                return f(*args, **kw)
        return functools.update_wrapper(patched_dict, f)

    def decorate_async_callable(self, f):
        async def patched_dict(*args, **kw):
            with self:
                return await f(*args, **kw)
        return functools.update_wrapper(patched_dict, f)

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _import_dotted(self.in_dict)
        target = self.in_dict
        if hasattr(target, 'copy'):
            self._original = target.copy()
        else:
            self._original = {key: target[key] for key in target}
        if self.clear:
            _clear_dict(target)
        _fill_dict(target, self.values)

    def _unpatch_dict(self):
        _clear_dict(self.in_dict)
        _fill_dict(self.in_dict, self._original)

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    start = _patch.start
    stop = _patch.stop


def _fill_dict(target, values):
    if hasattr(target, 'update'):
        target.update(values)
    else:
        for key, value in values.items():
            target[key] = value


def _clear_dict(target):
    if hasattr(target, 'clear'):
        target.clear()
        return
    for key in list(target):
        del target[key]


def _apply_decorator(patcher, obj):
    """What patch(...) and patch.dict(...) do when used as decorators."""
    if isinstance(obj, type):
        return patcher.decorate_class(obj)
    if _inspect().iscoroutinefunction(obj):
        return patcher.decorate_async_callable(obj)
    return patcher.decorate_callable(obj)


def _decorate_test_methods(klass, make_patcher):
    """Patch each callable attribute of klass whose name starts with patch.TEST_PREFIX."""
    prefix = patch.TEST_PREFIX
    for name in dir(klass):
        if name.startswith(prefix):
            method = getattr(klass, name)
            if hasattr(method, '__call__'):
                setattr(klass, name, make_patcher()(method))
    return klass


def _new_patched(wrapper, func):
    functools.update_wrapper(wrapper, func)
    wrapper.patchings = []
    return wrapper


def _patch_stopall():
    for active in reversed(_patch._active_patches):
        active.stop()


# patch's helpers hang off it as attributes.
vars(patch).update(object=_patch_object, dict=_patch_dict, multiple=_patch_multiple,
                   stopall=_patch_stopall, TEST_PREFIX='test')


# --- mock_open --------------------------------------------------------------------------------

file_spec = None


def _file_spec():
    global file_spec
    if file_spec is None:
        import io
        file_spec = sorted(set(dir(io.TextIOWrapper)) | set(dir(io.BytesIO)))
    return file_spec


class _OpenData:
    """The data a mock_open handle reads from; restarted at every open() call."""

    def __init__(self, read_data):
        self.read_data = read_data
        self.restart()

    def restart(self):
        import io
        if isinstance(self.read_data, bytes):
            self.stream = io.BytesIO(self.read_data)
        else:
            self.stream = io.StringIO(self.read_data)


def mock_open(mock=None, read_data=''):
    """A mock to replace open(): the handle it returns reads read_data and records writes."""
    data = _OpenData(read_data)
    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock(spec=_file_spec())
    handle.__enter__.return_value = handle
    for method in ('write', 'read', 'readline', 'readlines'):
        getattr(handle, method).return_value = None

    def configured(method):
        value = getattr(handle, method).return_value
        return value is not None, value

    def read(*args, **kwargs):
        fixed, value = configured('read')
        return value if fixed else data.stream.read(*args, **kwargs)

    def readlines(*args, **kwargs):
        fixed, value = configured('readlines')
        return value if fixed else data.stream.readlines(*args, **kwargs)

    def lines():
        fixed, value = configured('readline')
        if fixed:
            while True:
                yield value
        yield from data.stream

    def readline_gen():
        yield from lines()
        while True:
            yield data.stream.readline()

    def next_line():
        fixed, value = configured('readline')
        return value if fixed else next(data.stream)

    handle.read.side_effect = read
    handle.readlines.side_effect = readlines
    handle.__iter__.side_effect = lines
    handle.__next__.side_effect = next_line
    current = [readline_gen()]
    handle.readline.side_effect = current[0]

    def on_open(*args, **kwargs):
        data.restart()
        if handle.readline.side_effect is current[0]:
            current[0] = readline_gen()
            handle.readline.side_effect = current[0]
        return DEFAULT

    mock.side_effect = on_open
    mock.return_value = handle
    return mock
