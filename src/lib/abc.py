"""Abstract base classes, written for Immortal from the documented behaviour of CPython 3.12's abc
module (its documentation, PEP 3119) and experiments on it.

ABCMeta keeps __abstractmethods__ (computed when the class is made, from the class's own
namespace as it stands after __init_subclass__, then from its bases), and answers isinstance()
and issubclass() in CPython's order: positive cache, negative cache, __subclasshook__ (which must
answer True, False or NotImplemented), the real MRO, registered virtual subclasses, then
subclasses, recursively. One global token, bumped by every register() that adds a class, makes
every negative cache stale at once. Registry and caches hold strong references (CPython's use
weak ones): a registered class lives as long as its ABC."""

from _collections import _abc_tpflags_init, _abc_tpflags_register

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    """Decorator: marks a method abstract. A class whose ABCMeta metaclass finds abstract methods
    left unoverridden cannot be instantiated; overriding methods may still reach this one
    through super()."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated alias: stack @classmethod on @abstractmethod instead."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        super().__init__(abstractmethod(callable))


class abstractstaticmethod(staticmethod):
    """Deprecated alias: stack @staticmethod on @abstractmethod instead."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        super().__init__(abstractmethod(callable))


class abstractproperty(property):
    """Deprecated alias: stack @property on @abstractmethod instead."""
    __isabstractmethod__ = True


_token = 0  # the cache token: how many registrations have added a class so far


def get_cache_token():
    """An opaque value that changes whenever register() adds a virtual subclass somewhere, so
    callers can tell when answers they cached from isinstance()/issubclass() may be stale."""
    return _token


def _is_abstract(obj):
    return getattr(obj, '__isabstractmethod__', False)


def _own_abstracts(cls, found):
    # names the class's own namespace binds to abstract objects
    for name, value in list(cls.__dict__.items()):
        if _is_abstract(value):
            found.add(name)


def _inherited_abstracts(cls, found):
    # names abstract in a base that cls still resolves to something abstract
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                found.add(name)


class _ABCState:
    # What an ABC remembers (CPython keeps the same in the _abc_impl attribute): its virtual
    # subclasses, the classes known to be / not to be subclasses, and the token the negative
    # answers were computed under.
    __slots__ = ('registry', 'yes', 'no', 'no_token')

    def __init__(self):
        self.registry = set()
        self.yes = set()
        self.no = set()
        self.no_token = _token


class ABCMeta(type):
    """Metaclass of abstract base classes: tracks abstract methods (instantiation is refused while
    any remain) and lets register() add virtual subclasses, which issubclass() and isinstance()
    accept without the ABC appearing in their MRO."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        found = set()
        _own_abstracts(cls, found)
        _inherited_abstracts(cls, found)
        cls.__abstractmethods__ = frozenset(found)
        _abc_tpflags_init(cls)
        cls._abc_impl = _ABCState()
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC and return it (so it works as a class
        decorator)."""
        global _token
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass  # nothing to add (registering an ABC with itself lands here too)
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_impl.registry.add(subclass)
        _token += 1
        _abc_tpflags_register(cls, subclass)
        return subclass

    def __instancecheck__(cls, instance):
        state = cls._abc_impl
        claimed = instance.__class__
        if claimed in state.yes:
            return True
        actual = type(instance)
        if actual is not claimed:
            # __class__ lies (a proxy, say): either class will do
            return cls.__subclasscheck__(claimed) or cls.__subclasscheck__(actual)
        if state.no_token == _token and claimed in state.no:
            return False
        return cls.__subclasscheck__(claimed)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        state = cls._abc_impl
        if subclass in state.yes:
            return True
        if state.no_token != _token:
            state.no = set()
            state.no_token = _token
        elif subclass in state.no:
            return False
        answer = cls.__subclasshook__(subclass)
        if answer is NotImplemented:
            answer = _derives(cls, state, subclass)
        elif answer is not True and answer is not False:
            raise AssertionError('__subclasshook__ must return either False, True, or NotImplemented')
        (state.yes if answer else state.no).add(subclass)
        return answer

    def _dump_registry(cls, file=None):
        """Print the ABC's registry and caches (a debugging aid)."""
        state = cls._abc_impl
        for line in (f'Class: {cls.__module__}.{cls.__qualname__}',
                     f'Inv. counter: {get_cache_token()}',
                     f'_abc_registry: {state.registry!r}',
                     f'_abc_cache: {state.yes!r}',
                     f'_abc_negative_cache: {state.no!r}',
                     f'_abc_negative_cache_version: {state.no_token!r}'):
            print(line, file=file)

    def _abc_registry_clear(cls):
        """Forget every virtual subclass (for tests)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Empty both caches (for tests)."""
        state = cls._abc_impl
        state.yes.clear()
        state.no.clear()


def _derives(cls, state, subclass):
    # issubclass(subclass, cls) when the hook has no opinion: cls is in subclass's MRO, or
    # subclass derives from one of cls's virtual subclasses or from one of its real subclasses
    if cls in getattr(subclass, '__mro__', ()):
        return True
    for candidate in state.registry:
        if issubclass(subclass, candidate):
            return True
    for candidate in cls.__subclasses__():
        if issubclass(subclass, candidate):
            return True
    return False


def update_abstractmethods(cls):
    """Recompute an ABC's __abstractmethods__ after methods were added or replaced on it (for
    class decorators); classes that never had abstract methods come back untouched."""
    if hasattr(cls, '__abstractmethods__'):
        found = set()
        _inherited_abstracts(cls, found)
        _own_abstracts(cls, found)
        cls.__abstractmethods__ = frozenset(found)
    return cls


class ABC(metaclass=ABCMeta):
    """Base class giving its subclasses ABCMeta as their metaclass."""
    __slots__ = ()
