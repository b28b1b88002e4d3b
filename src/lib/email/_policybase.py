"""Policy objects, the base of email.policy (CPython's email._policybase), written for Immortal.

A policy is an immutable bag of settings (linesep, max_line_length, cte_type, raise_on_defect,
mangle_from_, message_factory) plus the hooks through which parser, message and generator handle
headers: header_source_parse (parsed lines -> stored value), header_store_parse (assignment),
header_fetch_parse (lookup), fold/fold_binary (output). Policies are changed only by clone(), which
copies the instance's own settings; repr() lists exactly those settings. Compat32 keeps headers as
plain str and folds them with email.header.Header, as the email package always did."""

import abc
from email import charset as _charset
from email import header
from email.utils import _has_surrogates

__all__ = ['Policy', 'Compat32', 'compat32']


def _invalid_keyword(policy, name):
    return TypeError(f"{name!r} is an invalid keyword argument for {type(policy).__name__}")


class _PolicyBase:
    """Settings given as keywords; attributes cannot be assigned afterwards."""

    def __init__(self, **kw):
        for name, value in kw.items():
            if not hasattr(self, name):
                raise _invalid_keyword(self, name)
            object.__setattr__(self, name, value)

    def __repr__(self):
        settings = ', '.join(f'{name}={value!r}' for name, value in self.__dict__.items())
        return f"{type(self).__name__}({settings})"

    def clone(self, **kw):
        """A new policy of the same class with these settings changed."""
        twin = type(self).__new__(type(self))
        for name, value in self.__dict__.items():
            object.__setattr__(twin, name, value)
        for name, value in kw.items():
            if not hasattr(self, name):
                raise _invalid_keyword(self, name)
            object.__setattr__(twin, name, value)
        return twin

    def __setattr__(self, name, value):
        if hasattr(self, name):
            text = "{!r} object attribute {!r} is read-only"
        else:
            text = "{!r} object has no attribute {!r}"
        raise AttributeError(text.format(type(self).__name__, name))

    def __add__(self, other):
        """self with other's own settings applied on top."""
        return self.clone(**other.__dict__)


def _append_doc(doc, added_doc):
    # the base docstring without its last line, then the added one without its first ('+')
    return doc.rsplit('\n', 1)[0] + '\n' + added_doc.split('\n', 1)[1]


def _extend_docstrings(cls):
    """Class decorator: a docstring starting with '+' extends the inherited one."""
    if cls.__doc__ and cls.__doc__.startswith('+'):
        cls.__doc__ = _append_doc(cls.__bases__[0].__doc__, cls.__doc__)
    for name, attr in cls.__dict__.items():
        if not (attr.__doc__ and attr.__doc__.startswith('+')):
            continue
        for klass in (c for base in cls.__bases__ for c in base.mro()):
            inherited = getattr(getattr(klass, name), '__doc__')
            if inherited:
                attr.__doc__ = _append_doc(inherited, attr.__doc__)
                break
    return cls


class Policy(_PolicyBase, metaclass=abc.ABCMeta):
    """The settings and hooks every policy has; subclasses supply the header hooks."""

    linesep = '\n'
    max_line_length = 78
    cte_type = '8bit'
    mangle_from_ = False
    raise_on_defect = False
    message_factory = None

    def handle_defect(self, obj, defect):
        """Raise defect when raise_on_defect, else record it on obj."""
        if not self.raise_on_defect:
            self.register_defect(obj, defect)
            return
        raise defect

    def register_defect(self, obj, defect):
        """Record defect in obj.defects."""
        obj.defects.append(defect)

    def header_max_count(self, name):
        """How many headers called name a message may have (None: no limit)."""
        return None

    @abc.abstractmethod
    def header_source_parse(self, sourcelines):
        """(name, value) from the lines of one header as parsed."""
        raise NotImplementedError

    @abc.abstractmethod
    def header_store_parse(self, name, value):
        """(name, value) to store for an assigned header."""
        raise NotImplementedError

    @abc.abstractmethod
    def header_fetch_parse(self, name, value):
        """The value a program sees for a stored header."""
        raise NotImplementedError

    @abc.abstractmethod
    def fold(self, name, value):
        """The header as folded str lines, linesep included."""
        raise NotImplementedError

    @abc.abstractmethod
    def fold_binary(self, name, value):
        """The header as folded bytes."""
        raise NotImplementedError


@_extend_docstrings
class Compat32(Policy):
    """The policy of the email package before Python 3.3: headers are str (or Header objects),
    folded by email.header.Header."""

    mangle_from_ = True

    def _sanitize_header(self, name, value):
        # a str carrying undecodable bytes becomes a Header of unknown-8bit chunks
        if isinstance(value, str) and _has_surrogates(value):
            return header.Header(value, charset=_charset.UNKNOWN8BIT, header_name=name)
        return value

    def header_source_parse(self, sourcelines):
        """The name before the first colon; the value after it, continuation lines joined as they
        are and the final line end removed."""
        name, rest = sourcelines[0].split(':', 1)
        value = rest.lstrip(' \t') + ''.join(sourcelines[1:])
        return (name, value.rstrip('\r\n'))

    def header_store_parse(self, name, value):
        """Stored as given."""
        return (name, value)

    def header_fetch_parse(self, name, value):
        """The stored value, or a Header when it holds undecodable bytes."""
        return self._sanitize_header(name, value)

    def fold(self, name, value):
        """Folded with Header.encode; undecodable bytes become unknown-8bit encoded words."""
        return self._fold(name, value, sanitize=True)

    def fold_binary(self, name, value):
        """Like fold, but undecodable bytes are written back as they were, unless cte_type is
        '7bit'."""
        text = self._fold(name, value, sanitize=self.cte_type == '7bit')
        return text.encode('ascii', 'surrogateescape')

    def _fold(self, name, value, sanitize):
        out = name + ': '
        h = value
        if isinstance(value, str):
            if not _has_surrogates(value):
                h = header.Header(value, header_name=name)
            elif sanitize:
                h = header.Header(value, charset=_charset.UNKNOWN8BIT, header_name=name)
            else:
                out += value
                h = None
        if h is not None:
            limit = 0 if self.max_line_length is None else self.max_line_length
            out += h.encode(linesep=self.linesep, maxlinelen=limit)
        return out + self.linesep


compat32 = Compat32()
