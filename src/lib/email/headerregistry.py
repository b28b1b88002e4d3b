"""Header objects of the new email policies (CPython's email.headerregistry), written for Immortal.

A header value is a str subclass (its decoded text) that also knows its name, its parse tree (from
email._header_value_parser), its defects and, by kind, parsed attributes: the addresses of an
address header, the datetime of a Date, the params of a Content-Type. HeaderRegistry makes a class
per header name on demand, mixing the kind class (chosen by name from the registry) with
BaseHeader, as CPython does, so the class names and MRO match (_UniqueAddressHeader, ...)."""

from types import MappingProxyType

from email import errors
from email import utils
from email import _header_value_parser as parser


class Address:
    """One email address: display_name, username (the local part) and domain."""

    def __init__(self, display_name='', username='', domain='', addr_spec=None):
        """Give display_name, username and domain, or display_name and a full addr_spec."""
        given = ''.join(part for part in (display_name, username, domain, addr_spec) if part)
        if '\r' in given or '\n' in given:
            raise ValueError("invalid arguments; address parts cannot contain CR or LF")
        if addr_spec is not None:
            if username or domain:
                raise TypeError("addrspec specified when username and/or domain also specified")
            spec, rest = parser.get_addr_spec(addr_spec)
            if rest:
                raise ValueError(f"Invalid addr_spec; only '{spec}' could be parsed from "
                                 f"'{addr_spec}'")
            if spec.all_defects:
                raise spec.all_defects[0]
            username, domain = spec.local_part, spec.domain
        self._display_name = display_name
        self._username = username
        self._domain = domain

    display_name = property(lambda self: self._display_name)
    username = property(lambda self: self._username)
    domain = property(lambda self: self._domain)

    @property
    def addr_spec(self):
        """username@domain, the username quoted when it needs to be; '<>' when both are empty."""
        local = self.username
        if not parser.DOT_ATOM_ENDS.isdisjoint(local):
            local = parser.quote_string(local)
        if self.domain:
            return f'{local}@{self.domain}'
        return local or '<>'

    def __repr__(self):
        return (f"{type(self).__name__}(display_name={self.display_name!r}, "
                f"username={self.username!r}, domain={self.domain!r})")

    def __str__(self):
        name = self.display_name
        if not parser.SPECIALS.isdisjoint(name):
            name = parser.quote_string(name)
        if not name:
            return self.addr_spec
        spec = self.addr_spec
        return f"{name} <{'' if spec == '<>' else spec}>"

    def __eq__(self, other):
        if not isinstance(other, Address):
            return NotImplemented
        return ((self.display_name, self.username, self.domain)
                == (other.display_name, other.username, other.domain))


class Group:
    """A named group of addresses (display_name None: a lone address)."""

    def __init__(self, display_name=None, addresses=None):
        self._display_name = display_name
        self._addresses = tuple(addresses) if addresses else ()

    display_name = property(lambda self: self._display_name)
    addresses = property(lambda self: self._addresses)

    def __repr__(self):
        # (the missing ')' is CPython's)
        return (f"{type(self).__name__}(display_name={self.display_name!r}, "
                f"addresses={self.addresses!r}")

    def __str__(self):
        if self.display_name is None and len(self.addresses) == 1:
            return str(self.addresses[0])
        name = self.display_name
        if name is not None and not parser.SPECIALS.isdisjoint(name):
            name = parser.quote_string(name)
        members = ", ".join(map(str, self.addresses))
        if members:
            members = ' ' + members
        return f"{name}:{members};"

    def __eq__(self, other):
        if not isinstance(other, Group):
            return NotImplemented
        return (self.display_name, self.addresses) == (other.display_name, other.addresses)


class BaseHeader(str):
    """The base of every header class: a str (the decoded value) with name, defects and fold().

    The kind class mixed in before it supplies parse(value, kwds), which fills kwds with
    'decoded' (the str value), 'parse_tree' and 'defects' plus what its init() takes."""

    def __new__(cls, name, value):
        kwds = {'defects': []}
        cls.parse(value, kwds)
        decoded = kwds.pop('decoded')
        if utils._has_surrogates(decoded):
            decoded = utils._sanitize(decoded)
        self = str.__new__(cls, decoded)
        self.init(name, **kwds)
        return self

    name = property(lambda self: self._name)
    defects = property(lambda self: tuple(self._defects))

    def init(self, name, *, parse_tree, defects):
        self._name, self._parse_tree, self._defects = name, parse_tree, defects

    def __reduce__(self):
        cls = self.__class__
        return (_reconstruct_header, (cls.__name__, cls.__bases__, str(self)),
                self.__getstate__())

    @classmethod
    def _reconstruct(cls, value):
        # (unpickling: the str value only, as CPython does)
        return str.__new__(cls, value)

    def fold(self, *, policy):
        """'Name: value' folded by the policy's rules, ending in its linesep."""
        label = parser.HeaderLabel([parser.ValueTerminal(self.name, 'header-name'),
                                    parser.ValueTerminal(':', 'header-sep')])
        header = parser.Header([label])
        if self._parse_tree:
            header.append(parser.CFWSList([parser.WhiteSpaceTerminal(' ', 'fws')]))
        header.append(self._parse_tree)
        return header.fold(policy=policy)


def _reconstruct_header(cls_name, bases, value):
    # a header class like the pickled one, made again from its bases
    cls = type(cls_name, bases, {})
    return cls._reconstruct(value)


class UnstructuredHeader:
    """Free text with encoded words (Subject, Comments, unknown headers)."""

    @classmethod
    def parse(cls, value, kwds):
        kwds['parse_tree'] = tree = cls.value_parser(value)
        kwds['decoded'] = str(tree)

    value_parser = staticmethod(parser.get_unstructured)
    max_count = None


class UniqueUnstructuredHeader(UnstructuredHeader):
    max_count = 1


class DateHeader:
    """A date: .datetime is the parsed value (None when invalid); a datetime may be assigned."""

    @classmethod
    def parse(cls, value, kwds):
        invalid = None
        if not value:
            invalid = errors.HeaderMissingRequiredValue()
            kwds['decoded'] = ''
        elif isinstance(value, str):
            kwds['decoded'] = value
            try:
                value = utils.parsedate_to_datetime(value)
            except ValueError:
                invalid = errors.InvalidDateDefect('Invalid date value or format')
        if invalid is not None:
            kwds['defects'].append(invalid)
            kwds.update(datetime=None, parse_tree=parser.TokenList())
            return
        text = utils.format_datetime(value)
        kwds.update(datetime=value, decoded=text, parse_tree=cls.value_parser(text))

    value_parser = staticmethod(parser.get_unstructured)
    max_count = None

    def init(self, *args, **kw):
        _keep(self, kw, 'datetime')
        super().init(*args, **kw)

    datetime = property(lambda self: self._datetime)


class UniqueDateHeader(DateHeader):
    max_count = 1


class AddressHeader:
    """A list of addresses and groups: .groups, .addresses. Address/Group objects (or a list of
    them) may be assigned instead of a string."""

    max_count = None

    @staticmethod
    def value_parser(value):
        address_list, rest = parser.get_address_list(value)
        assert not rest, 'this should not happen'
        return address_list

    @classmethod
    def parse(cls, value, kwds):
        if isinstance(value, str):
            kwds['parse_tree'] = tree = cls.value_parser(value)
            groups = [Group(address.display_name,
                            [Address(mb.display_name or '', mb.local_part or '', mb.domain or '')
                             for mb in address.all_mailboxes])
                      for address in tree.addresses]
            defects = list(tree.all_defects)
        else:
            items = value if hasattr(value, '__iter__') else [value]
            groups = [item if hasattr(item, 'addresses') else Group(None, [item])
                      for item in items]
            defects = []
        kwds['groups'] = groups
        kwds['defects'] = defects
        kwds['decoded'] = ', '.join([str(group) for group in groups])
        if 'parse_tree' not in kwds:
            # built from objects: parse the text they make
            kwds['parse_tree'] = cls.value_parser(kwds['decoded'])

    def init(self, *args, **kw):
        self._addresses = None
        self._groups = tuple(kw.pop('groups'))
        super().init(*args, **kw)

    groups = property(lambda self: self._groups)

    @property
    def addresses(self):
        if self._addresses is None:
            self._addresses = tuple(a for group in self._groups for a in group.addresses)
        return self._addresses


class UniqueAddressHeader(AddressHeader):
    """An address header that may appear only once (To, From, Cc...)."""
    max_count = 1


class SingleAddressHeader(AddressHeader):
    """An address header that holds exactly one address (Sender)."""

    @property
    def address(self):
        if len(self.addresses) != 1:
            raise ValueError(f"value of single address header {self.name} is not a single "
                             "address")
        return self.addresses[0]


class UniqueSingleAddressHeader(SingleAddressHeader):
    max_count = 1


def _keep(header, kw, *names):
    # move the kind's own keywords out of kw, into _name attributes of the header
    for name in names:
        setattr(header, '_' + name, kw.pop(name))


def _kwds_from_tree(value_parser, value, kwds):
    # the common start of the MIME headers' parse(): tree, decoded text, the tree's defects
    tree = value_parser(value)
    kwds['parse_tree'] = tree
    kwds['decoded'] = str(tree)
    kwds['defects'].extend(tree.all_defects)
    return tree


class MIMEVersionHeader:
    """MIME-Version: .version ('1.0'), .major, .minor (None when invalid)."""

    @classmethod
    def parse(cls, value, kwds):
        tree = _kwds_from_tree(cls.value_parser, value, kwds)
        if tree.minor is None:
            kwds.update(major=None, minor=None, version=None)
        else:
            kwds.update(major=tree.major, minor=tree.minor,
                        version=f'{tree.major}.{tree.minor}')

    value_parser = staticmethod(parser.parse_mime_version)
    max_count = 1

    def init(self, *args, **kw):
        _keep(self, kw, 'version', 'major', 'minor')
        super().init(*args, **kw)

    major = property(lambda self: self._major)
    minor = property(lambda self: self._minor)
    version = property(lambda self: self._version)


class ParameterizedMIMEHeader:
    """A MIME header with parameters: .params, a read-only mapping with lower-case names."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        tree = _kwds_from_tree(cls.value_parser, value, kwds)
        params = tree.params
        if params is None:
            kwds['params'] = {}
        else:
            kwds['params'] = {utils._sanitize(name).lower(): utils._sanitize(text)
                              for name, text in params}

    def init(self, *args, **kw):
        self._params = kw.pop('params')
        super().init(*args, **kw)

    params = property(lambda self: MappingProxyType(self._params))


class ContentTypeHeader(ParameterizedMIMEHeader):
    """Content-Type: .maintype, .subtype, .content_type, .params"""

    value_parser = staticmethod(parser.parse_content_type_header)

    def init(self, *args, **kw):
        super().init(*args, **kw)
        tree = self._parse_tree
        self._maintype, self._subtype = utils._sanitize(tree.maintype), utils._sanitize(tree.subtype)

    maintype = property(lambda self: self._maintype)
    subtype = property(lambda self: self._subtype)
    content_type = property(lambda self: self.maintype + '/' + self.subtype)


class ContentDispositionHeader(ParameterizedMIMEHeader):
    """Content-Disposition: .content_disposition, .params"""

    value_parser = staticmethod(parser.parse_content_disposition_header)

    def init(self, *args, **kw):
        super().init(*args, **kw)
        disposition = self._parse_tree.content_disposition
        self._content_disposition = (None if disposition is None
                                     else utils._sanitize(disposition))

    content_disposition = property(lambda self: self._content_disposition)


class ContentTransferEncodingHeader:
    """Content-Transfer-Encoding: .cte (lower-cased; '7bit' when invalid)."""

    @classmethod
    def parse(cls, value, kwds):
        _kwds_from_tree(cls.value_parser, value, kwds)

    value_parser = staticmethod(parser.parse_content_transfer_encoding_header)
    max_count = 1

    def init(self, *args, **kw):
        super().init(*args, **kw)
        self._cte = utils._sanitize(self._parse_tree.cte)

    cte = property(lambda self: self._cte)


class MessageIDHeader:
    """Message-ID"""

    @classmethod
    def parse(cls, value, kwds):
        _kwds_from_tree(cls.value_parser, value, kwds)

    value_parser = staticmethod(parser.parse_message_id)
    max_count = 1


_default_header_map = {
    'subject': UniqueUnstructuredHeader,
    'date': UniqueDateHeader,
    'resent-date': DateHeader,
    'orig-date': UniqueDateHeader,
    'sender': UniqueSingleAddressHeader,
    'resent-sender': SingleAddressHeader,
    'to': UniqueAddressHeader,
    'resent-to': AddressHeader,
    'cc': UniqueAddressHeader,
    'resent-cc': AddressHeader,
    'bcc': UniqueAddressHeader,
    'resent-bcc': AddressHeader,
    'from': UniqueAddressHeader,
    'resent-from': AddressHeader,
    'reply-to': UniqueAddressHeader,
    'mime-version': MIMEVersionHeader,
    'content-type': ContentTypeHeader,
    'content-disposition': ContentDispositionHeader,
    'content-transfer-encoding': ContentTransferEncodingHeader,
    'message-id': MessageIDHeader,
}


class HeaderRegistry:
    """Maps header names to header classes; calling it makes a header object."""

    def __init__(self, base_class=BaseHeader, default_class=UnstructuredHeader,
                 use_default_map=True):
        self.registry = dict(_default_header_map) if use_default_map else {}
        self.base_class = base_class
        self.default_class = default_class

    def map_to_type(self, name, cls):
        """Use cls (a kind class, without BaseHeader) for headers called name."""
        self.registry[name.lower()] = cls

    def __getitem__(self, name):
        kind = self.registry.get(name.lower(), self.default_class)
        return type('_' + kind.__name__, (kind, self.base_class), {})

    def __call__(self, name, value):
        """A header object for name and value (a str, or what the kind accepts)."""
        return self[name](name, value)
