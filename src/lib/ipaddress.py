"""IPv4 and IPv6 addresses, networks and interfaces, written for Immortal from the documented
behaviour of CPython 3.12's ipaddress module (docs.python.org/3.12/library/ipaddress.html) and
experiments with it: the same classes, properties, error types and messages, ordering and hashing.

An address is stored as an int in `_ip`; a network keeps its network address, its netmask address
and its prefix length; an interface is an address that also carries the network it lives in."""

__all__ = [
    'AddressValueError', 'NetmaskValueError', 'IPv4Address', 'IPv4Network', 'IPv4Interface',
    'IPv6Address', 'IPv6Network', 'IPv6Interface', 'ip_address', 'ip_network', 'ip_interface',
    'v4_int_to_packed', 'v6_int_to_packed', 'summarize_address_range', 'collapse_addresses',
    'get_mixed_type_key', 'IPV4LENGTH', 'IPV6LENGTH',
]

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A value that cannot be an address of the requested kind."""


class NetmaskValueError(ValueError):
    """A value that cannot be a netmask or prefix length."""


# ---------------------------------------------------------------- factory functions

def _first_that_parses(classes, args, kind):
    """The first of `classes` that accepts `args`; ValueError naming `kind` when none does."""
    for cls in classes:
        try:
            return cls(*args)
        except (AddressValueError, NetmaskValueError):
            continue
    raise ValueError(f'{args[0]!r} does not appear to be an IPv4 or IPv6 {kind}')


def ip_address(address):
    """An IPv4Address or IPv6Address from a string, int or packed bytes."""
    return _first_that_parses((IPv4Address, IPv6Address), (address,), 'address')


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network; strict=False masks off host bits instead of refusing them."""
    return _first_that_parses((IPv4Network, IPv6Network), (address, strict), 'network')


def ip_interface(address):
    """An IPv4Interface or IPv6Interface."""
    return _first_that_parses((IPv4Interface, IPv6Interface), (address,), 'interface')


def v4_int_to_packed(address):
    """The 4 big-endian bytes of an IPv4 address given as an int."""
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv4')


def v6_int_to_packed(address):
    """The 16 big-endian bytes of an IPv6 address given as an int."""
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv6')


def _trailing_zero_bits(value, width):
    """How many low bits of `value` are zero, at most `width`."""
    if value == 0:
        return width
    return min(width, (value & -value).bit_length() - 1)


def summarize_address_range(first, last):
    """Yield the fewest networks that cover exactly the addresses first..last (inclusive)."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise TypeError(f'{first} and {last} are not of the same version')
    if first > last:
        raise ValueError('last IP address must be greater than first')
    if first.version == 4:
        net_class = IPv4Network
    elif first.version == 6:
        net_class = IPv6Network
    else:
        raise ValueError('unknown IP version')
    width = first.max_prefixlen
    lo = first._ip
    hi = last._ip
    while lo <= hi:
        size_bits = min(_trailing_zero_bits(lo, width), (hi - lo + 1).bit_length() - 1)
        yield net_class((lo, width - size_bits))
        lo += 1 << size_bits
        if lo - 1 == net_class._ALL_ONES:
            break


def _merge_networks(nets):
    """Sorted, non-overlapping networks covering exactly the union of `nets` (same version)."""
    # repeatedly join sibling pairs and drop covered networks until nothing changes
    pending = sorted(set(nets), key=_BaseNetwork._get_networks_key)
    changed = True
    while changed:
        changed = False
        out = []
        for net in pending:
            if out and out[-1].broadcast_address >= net.broadcast_address:
                changed = changed or out[-1] != net
                continue
            if out:
                prev = out[-1]
                if (prev._prefixlen == net._prefixlen and prev._prefixlen > 0
                        and prev.supernet() == net.supernet()):
                    out[-1] = prev.supernet()
                    changed = True
                    continue
            out.append(net)
        pending = sorted(out, key=_BaseNetwork._get_networks_key) if changed else out
    return pending


def collapse_addresses(addresses):
    """An iterator over the collapsed networks of an iterable of addresses and networks."""
    singles = []
    nets = []
    for item in addresses:
        if isinstance(item, _BaseAddress):
            if singles and singles[-1]._version != item._version:
                raise TypeError(f'{item} and {singles[-1]} are not of the same version')
            singles.append(item)
        elif item._prefixlen == item._max_prefixlen:
            if singles and singles[-1]._version != item._version:
                raise TypeError(f'{item} and {singles[-1]} are not of the same version')
            singles.append(item.network_address)
        else:
            if nets and nets[-1]._version != item._version:
                raise TypeError(f'{item} and {nets[-1]} are not of the same version')
            nets.append(item)
    found = []
    if singles:
        values = sorted(set(a._ip for a in singles))
        addr_class = IPv4Address if singles[0]._version == 4 else IPv6Address
        start = prev = values[0]
        for value in values[1:] + [None]:
            if value is not None and value == prev + 1:
                prev = value
                continue
            found.extend(summarize_address_range(addr_class(start), addr_class(prev)))
            if value is not None:
                start = prev = value
    if found and nets and found[0]._version != nets[0]._version:
        raise TypeError(f'{found[0]} and {nets[0]} are not of the same version')
    return iter(_merge_networks(found + nets))


def get_mixed_type_key(obj):
    """A sort key that orders networks and addresses of both versions together."""
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


# ---------------------------------------------------------------- shared base

class _IPAddressBase:
    """What addresses, interfaces and networks share."""

    __slots__ = ()

    @property
    def exploded(self):
        """The long form of the address or network."""
        return self._explode_shorthand_ip_string()

    @property
    def compressed(self):
        """The short form of the address or network."""
        return str(self)

    @property
    def reverse_pointer(self):
        """The name of the reverse DNS PTR record."""
        return self._reverse_pointer()

    version = property(lambda self: self._version, doc='4 or 6.')
    max_prefixlen = property(lambda self: self._max_prefixlen, doc='32 or 128.')

    def _check_int_address(self, address):
        if 0 <= address <= self._ALL_ONES:
            return
        what = f'is not permitted as an IPv{self._version} address'
        if address < 0:
            raise AddressValueError(f'{address} (< 0) {what}')
        raise AddressValueError(f'{address} (>= 2**{self._max_prefixlen}) {what}')

    def _check_packed_address(self, address, expected):
        size = len(address)
        if size != expected:
            raise AddressValueError(
                f'{address!r} (len {size} != {expected}) is not permitted as an IPv{self._version} address')

    @classmethod
    def _ip_int_from_prefix(cls, prefixlen):
        """The netmask integer with `prefixlen` leading one bits."""
        return ((1 << prefixlen) - 1) << (cls._max_prefixlen - prefixlen)

    @classmethod
    def _prefix_from_ip_int(cls, ip_int):
        """The prefix length of a netmask integer; ValueError unless it is ones then zeros."""
        width = cls._max_prefixlen
        zeros = _trailing_zero_bits(ip_int, width)
        ones = width - zeros
        if ip_int != cls._ip_int_from_prefix(ones):
            raise ValueError(f'Netmask pattern {ip_int.to_bytes(width // 8, "big")!r} mixes zeroes & ones')
        return ones

    @classmethod
    def _report_invalid_netmask(cls, netmask_str):
        raise NetmaskValueError(f'{netmask_str!r} is not a valid netmask') from None

    @classmethod
    def _prefix_from_prefix_string(cls, prefixlen_str):
        """A prefix length written as plain decimal digits, within range."""
        ok = prefixlen_str.isascii() and prefixlen_str.isdigit()
        if ok and int(prefixlen_str) <= cls._max_prefixlen:
            return int(prefixlen_str)
        cls._report_invalid_netmask(prefixlen_str)

    @classmethod
    def _prefix_from_ip_string(cls, ip_str):
        """A prefix length written as a netmask ('255.255.0.0') or a hostmask ('0.0.255.255')."""
        try:
            value = cls._ip_int_from_string(ip_str)
        except AddressValueError:
            cls._report_invalid_netmask(ip_str)
        for candidate in (value, value ^ cls._ALL_ONES):
            try:
                return cls._prefix_from_ip_int(candidate)
            except ValueError:
                continue
        cls._report_invalid_netmask(ip_str)

    @classmethod
    def _make_netmask(cls, arg):
        """(netmask address, prefix length) for an int prefix length or a string."""
        cache = cls._netmask_cache
        found = cache.get(arg)
        if found is None:
            if isinstance(arg, int):
                if arg < 0 or arg > cls._max_prefixlen:
                    cls._report_invalid_netmask(arg)
                length = arg
            else:
                try:
                    length = cls._prefix_from_prefix_string(arg)
                except NetmaskValueError:
                    if cls._version == 6:
                        raise
                    length = cls._prefix_from_ip_string(arg)
            found = cache[arg] = (cls._plain_address(cls._ip_int_from_prefix(length)), length)
        return found

    @classmethod
    def _split_addr_prefix(cls, address):
        """(address part, netmask part) of a network or interface constructor argument."""
        if isinstance(address, (bytes, int)):
            pieces = (address,)
        elif isinstance(address, tuple):
            pieces = address
        else:
            pieces = str(address).split('/')
            if len(pieces) > 2:
                raise AddressValueError(f"Only one '/' permitted in {address!r}")
        if len(pieces) == 1:
            return pieces[0], cls._max_prefixlen
        return pieces

    def __reduce__(self):
        return type(self), (str(self),)


_address_fmt_re = None


class _BaseAddress(_IPAddressBase):
    """A single address of either version."""

    __slots__ = ()

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return (self._version, self._ip) == (other._version, other._ip)
        except AttributeError:
            return NotImplemented

    def _compare(self, other):
        """-1/0/1 against another address of the same version; None when not an address."""
        if isinstance(other, _BaseAddress):
            if self._version == other._version:
                return (self._ip > other._ip) - (self._ip < other._ip)
            raise TypeError(f'{self} and {other} are not of the same version')
        return None

    def __lt__(self, other):
        order = self._compare(other)
        return NotImplemented if order is None else order < 0

    # the other orderings follow from __lt__ and __eq__, as functools.total_ordering would make them
    def __gt__(self, other):
        less = type(self).__lt__(self, other)
        if less is NotImplemented:
            return less
        return not less and self != other

    def __le__(self, other):
        less = type(self).__lt__(self, other)
        if less is NotImplemented:
            return less
        return less or self == other

    def __ge__(self, other):
        less = type(self).__lt__(self, other)
        if less is NotImplemented:
            return less
        return not less

    def _offset(self, delta):
        if isinstance(delta, int):
            return type(self)(self._ip + delta)
        return NotImplemented

    def __add__(self, other):
        return self._offset(other)

    def __sub__(self, other):
        if isinstance(other, int):
            return self._offset(-other)
        return NotImplemented

    def __repr__(self):
        return f"{type(self).__name__}('{self}')"

    def __str__(self):
        return self._string_from_ip_int(self._ip)

    def __hash__(self):
        # the hash of the hex text, so that sets of addresses iterate in CPython's order
        return hash(hex(self._ip))

    def _get_address_key(self):
        return (self._version, self)

    def __reduce__(self):
        return type(self), (self._ip,)

    def __format__(self, fmt):
        """'s' (or nothing) formats the text; [#][_](b|x|X|n) the integer, zero-padded to full width."""
        if fmt == '' or fmt.endswith('s'):
            return format(str(self), fmt)
        global _address_fmt_re
        if _address_fmt_re is None:
            import re
            _address_fmt_re = re.compile(r'(#?)(_?)([xbnX])')
        match = _address_fmt_re.fullmatch(fmt)
        if match is None:
            return object.__format__(self, fmt)
        alt, group, kind = match.groups()
        if kind == 'n':
            kind = 'x' if self._version == 6 else 'b'
        digits = self._max_prefixlen // (1 if kind == 'b' else 4)
        width = digits + (digits // 4 - 1 if group else 0) + (2 if alt else 0)
        return format(self._ip, f'{alt}0{width}{group}{kind}')


class _BaseNetwork(_IPAddressBase):
    """A network of either version: an address block given by its first address and a prefix."""

    def __init__(self, address, strict=True):
        addr, mask = self._split_addr_prefix(address)
        first = self._address_class(addr)
        self.network_address = first
        self.netmask, self._prefixlen = self._make_netmask(mask)
        masked = first._ip & self.netmask._ip
        if masked != first._ip:
            if strict:
                raise ValueError(f'{self} has host bits set')
            self.network_address = self._address_class(masked)
        spare_bits = self._max_prefixlen - self._prefixlen
        if spare_bits == 1:
            # a point-to-point link (RFC 3021 / RFC 6164): both addresses are hosts
            self.hosts = self.__iter__
        elif spare_bits == 0:
            only = self._address_class(addr)
            self.hosts = lambda: [only]

    def __repr__(self):
        return f"{type(self).__name__}('{self}')"

    def __str__(self):
        return f'{self.network_address}/{self._prefixlen}'

    def _span(self):
        return self.network_address._ip, self.broadcast_address._ip

    def hosts(self):
        """Usable host addresses: all but the network and broadcast addresses (IPv6: but the first)."""
        lo, hi = self._span()
        make = self._address_class
        stop = hi + 1 if self._version == 6 else hi
        for value in range(lo + 1, stop):
            yield make(value)

    def __iter__(self):
        lo, hi = self._span()
        make = self._address_class
        for value in range(lo, hi + 1):
            yield make(value)

    def __getitem__(self, n):
        lo, hi = self._span()
        target = lo + n if n >= 0 else hi + 1 + n
        if not lo <= target <= hi:
            raise IndexError('address out of range')
        return self._address_class(target)

    def _compare(self, other):
        if not isinstance(other, _BaseNetwork):
            return None
        if self._version != other._version:
            raise TypeError(f'{self} and {other} are not of the same version')
        mine = (self.network_address._ip, self.netmask._ip)
        theirs = (other.network_address._ip, other.netmask._ip)
        return (mine > theirs) - (mine < theirs)

    __lt__ = _BaseAddress.__lt__
    __gt__ = _BaseAddress.__gt__
    __le__ = _BaseAddress.__le__
    __ge__ = _BaseAddress.__ge__

    def __eq__(self, other):
        try:
            return (self._version == other._version and self.network_address == other.network_address
                    and self.netmask._ip == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(self.network_address._ip ^ self.netmask._ip)

    def __contains__(self, other):
        # networks are never "in" a network (see subnet_of); addresses of the other version neither
        if self._version != other._version or isinstance(other, _BaseNetwork):
            return False
        return (other._ip & self.netmask._ip) == self.network_address._ip

    def overlaps(self, other):
        """Whether the two networks share an address."""
        return (self.network_address in other or self.broadcast_address in other
                or other.network_address in self or other.broadcast_address in self)

    @property
    def broadcast_address(self):
        found = self.__dict__.get('_broadcast')
        if found is None:
            found = self._broadcast = self._address_class(self.network_address._ip | self.hostmask._ip)
        return found

    @property
    def hostmask(self):
        found = self.__dict__.get('_hostmask')
        if found is None:
            found = self._hostmask = self._address_class(self._ALL_ONES & ~self.netmask._ip)
        return found

    with_prefixlen = property(lambda self: f'{self.network_address}/{self._prefixlen}')
    with_netmask = property(lambda self: f'{self.network_address}/{self.netmask}')
    with_hostmask = property(lambda self: f'{self.network_address}/{self.hostmask}')
    prefixlen = property(lambda self: self._prefixlen)

    @property
    def num_addresses(self):
        return 1 << (self._max_prefixlen - self._prefixlen)

    def address_exclude(self, other):
        """Yield the networks left of this one once `other` (one of its subnets) is taken out."""
        if self._version != other._version:
            raise TypeError(f'{self} and {other} are not of the same version')
        if not isinstance(other, _BaseNetwork):
            raise TypeError(f'{other} is not a network object')
        if not other.subnet_of(self):
            raise ValueError(f'{other} not contained in {self}')
        # walk down from self towards other, halving each time and giving out the other half
        target = other.network_address._ip
        for length in range(self._prefixlen + 1, other._prefixlen + 1):
            bit = 1 << (self._max_prefixlen - length)
            yield type(self)(((target & ~(bit - 1)) ^ bit, length))

    def compare_networks(self, other):
        """-1, 0 or 1 comparing network address first, then netmask."""
        if self._version != other._version:
            raise TypeError(f'{self} and {other} are not of the same type')
        for mine, theirs in ((self.network_address, other.network_address), (self.netmask, other.netmask)):
            if mine != theirs:
                return -1 if mine < theirs else 1
        return 0

    def _get_networks_key(self):
        return (self._version, self.network_address, self.netmask)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """Yield the subnets that split this network into 2**prefixlen_diff parts."""
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        if new_prefix is None:
            step_bits = prefixlen_diff
        elif new_prefix < self._prefixlen:
            raise ValueError('new prefix must be longer')
        elif prefixlen_diff != 1:
            raise ValueError('cannot set prefixlen_diff and new_prefix')
        else:
            step_bits = new_prefix - self._prefixlen
        if step_bits < 0:
            raise ValueError('prefix length diff must be > 0')
        length = self._prefixlen + step_bits
        if length > self._max_prefixlen:
            raise ValueError(f'prefix length diff {length} is invalid for netblock {self}')
        lo, hi = self._span()
        size = 1 << (self._max_prefixlen - length)
        cls = type(self)
        for value in range(lo, hi + 1, size):
            yield cls((value, length))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network that contains this one, prefixlen_diff bits shorter."""
        if self._prefixlen == 0:
            return self
        if new_prefix is None:
            shorter_by = prefixlen_diff
        elif new_prefix > self._prefixlen:
            raise ValueError('new prefix must be shorter')
        elif prefixlen_diff != 1:
            raise ValueError('cannot set prefixlen_diff and new_prefix')
        else:
            shorter_by = self._prefixlen - new_prefix
        length = self._prefixlen - shorter_by
        if length < 0:
            raise ValueError(
                f'current prefixlen is {self._prefixlen}, cannot have a prefixlen_diff of {shorter_by}')
        mask = (self.netmask._ip << shorter_by) & self._ALL_ONES
        return type(self)((self.network_address._ip & mask, length))

    @staticmethod
    def _is_subnet_of(a, b):
        try:
            if a._version != b._version:
                raise TypeError(f'{a} and {b} are not of the same version')
            inside = (b.network_address <= a.network_address
                      and a.broadcast_address <= b.broadcast_address)
        except AttributeError:
            raise TypeError(f'Unable to test subnet containment between {a} and {b}')
        return inside

    def subnet_of(self, other):
        """Whether this network lies inside `other`."""
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        """Whether `other` lies inside this network."""
        return self._is_subnet_of(other, self)

    def _both_ends(self, name):
        return getattr(self.network_address, name) and getattr(self.broadcast_address, name)

    is_reserved = property(lambda self: self._both_ends('is_reserved'))
    is_link_local = property(lambda self: self._both_ends('is_link_local'))
    is_multicast = property(lambda self: self._both_ends('is_multicast'))
    is_unspecified = property(lambda self: self._both_ends('is_unspecified'))
    is_loopback = property(lambda self: self._both_ends('is_loopback'))

    @property
    def is_private(self):
        """Whether the whole network lies inside one of the special-purpose private blocks."""
        table = _V4 if self._version == 4 else _V6
        return any(self.subnet_of(block) for block in table.private)

    @property
    def is_global(self):
        return not self.is_private


# ---------------------------------------------------------------- interfaces (both versions)

def _interface_init(self, address):
    addr, mask = self._split_addr_prefix(address)
    self._plain_address.__init__(self, addr)
    self.network = self._network_class((addr, mask), strict=False)
    self.netmask = self.network.netmask
    self._prefixlen = self.network._prefixlen


def _interface_eq(self, other):
    same = self._plain_address.__eq__(self, other)
    if same is NotImplemented or not same:
        return same
    # an interface never equals a bare address of the same value
    other_net = getattr(other, 'network', None)
    return other_net is not None and self.network == other_net


def _interface_lt(self, other):
    less = self._plain_address.__lt__(self, other)
    if less is NotImplemented:
        return less
    other_net = getattr(other, 'network', None)
    if other_net is None:
        return False  # a bare address sorts before every interface
    return self.network < other_net or (self.network == other_net and less)


def _interface_hash(self):
    return hash((self._ip, self._prefixlen, self.network.network_address._ip))


def _interface_text(self, mask_text):
    return f'{self._string_from_ip_int(self._ip)}/{mask_text}'


def _interface_members():
    """The methods and properties IPv4Interface and IPv6Interface share."""
    return {
        '__init__': _interface_init,
        '__eq__': _interface_eq,
        '__lt__': _interface_lt,
        '__hash__': _interface_hash,
        '__reduce__': _IPAddressBase.__reduce__,
        '__str__': lambda self: f'{self._plain_address.__str__(self)}/{self._prefixlen}',
        'hostmask': property(lambda self: self.network.hostmask),
        'ip': property(lambda self: self._plain_address(self._ip)),
        'with_prefixlen': property(lambda self: _interface_text(self, self._prefixlen)),
        'with_netmask': property(lambda self: _interface_text(self, self.netmask)),
        'with_hostmask': property(lambda self: _interface_text(self, self.hostmask)),
    }


# ---------------------------------------------------------------- IPv4

class _BaseV4:
    """Parsing and printing of IPv4 addresses."""

    __slots__ = ()
    _version = 4
    _ALL_ONES = (1 << IPV4LENGTH) - 1
    _max_prefixlen = IPV4LENGTH
    _netmask_cache = {}

    def _explode_shorthand_ip_string(self):
        return str(self)

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        octets = ip_str.split('.') if ip_str else None
        if octets is None:
            raise AddressValueError('Address cannot be empty')
        if len(octets) != 4:
            raise AddressValueError(f'Expected 4 octets in {ip_str!r}')
        try:
            return int.from_bytes(bytes(cls._parse_octet(o) for o in octets), 'big')
        except ValueError as exc:
            raise AddressValueError(f'{exc} in {ip_str!r}') from None

    @classmethod
    def _parse_octet(cls, octet_str):
        if octet_str == '':
            raise ValueError('Empty octet not permitted')
        if not octet_str.isascii() or not octet_str.isdigit():
            raise ValueError(f'Only decimal digits permitted in {octet_str!r}')
        if len(octet_str) > 3:
            raise ValueError(f'At most 3 characters permitted in {octet_str!r}')
        if len(octet_str) > 1 and octet_str.startswith('0'):
            raise ValueError(f'Leading zeros are not permitted in {octet_str!r}')
        octet = int(octet_str)
        if octet <= 255:
            return octet
        raise ValueError(f'Octet {octet} (> 255) not permitted')

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        return '%d.%d.%d.%d' % tuple(ip_int.to_bytes(4, 'big'))

    def _reverse_pointer(self):
        return '.'.join(str(self).split('.')[::-1]) + '.in-addr.arpa'


class IPv4Address(_BaseV4, _BaseAddress):
    """A 32-bit IPv4 address."""

    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            value = address
        elif isinstance(address, bytes):
            self._check_packed_address(address, 4)
            value = int.from_bytes(address, 'big')
        else:
            text = str(address)
            if '/' in text:
                raise AddressValueError(f"Unexpected '/' in {address!r}")
            value = self._ip_int_from_string(text)
        self._ip = value

    packed = property(lambda self: v4_int_to_packed(self._ip))
    is_reserved = property(lambda self: self in _V4.reserved)
    is_multicast = property(lambda self: self in _V4.multicast)
    is_unspecified = property(lambda self: self._ip == 0)
    is_loopback = property(lambda self: self in _V4.loopback)
    is_link_local = property(lambda self: self in _V4.link_local)

    @property
    def is_private(self):
        return any(self in block for block in _V4.private)

    @property
    def is_global(self):
        return not (self in _V4.shared or self.is_private)


class IPv4Interface(IPv4Address):
    """An IPv4 address together with the network it belongs to."""

    locals().update(_interface_members())

    # CPython 3.12 tests this by equality with IPv4Address('0.0.0.0'), which no interface equals
    is_unspecified = property(lambda self: False)


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network: a block of addresses with a common prefix."""

    _address_class = IPv4Address

    @property
    def is_global(self):
        shared = _V4.shared
        if self.network_address in shared and self.broadcast_address in shared:
            return False
        return not self.is_private


IPv4Interface._plain_address = IPv4Address
IPv4Interface._network_class = IPv4Network
_BaseV4._plain_address = IPv4Address


class _V4Tables:
    """The special IPv4 blocks, built on first use (keeps import cheap)."""

    def __getattr__(self, name):
        net = IPv4Network
        self.loopback = net('127.0.0.0/8')
        self.link_local = net('169.254.0.0/16')
        self.multicast = net('224.0.0.0/4')
        self.shared = net('100.64.0.0/10')
        self.reserved = net('240.0.0.0/4')
        self.private = [net(s) for s in (
            '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
            '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15',
            '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32')]
        return object.__getattribute__(self, name)


_V4 = _V4Tables()


# ---------------------------------------------------------------- IPv6

class _BaseV6:
    """Parsing and printing of IPv6 addresses."""

    __slots__ = ()
    _version = 6
    _ALL_ONES = (1 << IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    _HEX_DIGITS = frozenset('0123456789abcdefABCDEF')
    _max_prefixlen = IPV6LENGTH
    _netmask_cache = {}

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        parts = ip_str.split(':')
        if len(parts) < 3:
            raise AddressValueError(f'At least 3 parts expected in {ip_str!r}')
        if '.' in parts[-1]:
            # an embedded dotted IPv4 tail stands for the last two hextets
            try:
                v4 = IPv4Address(parts[-1])._ip
            except AddressValueError as exc:
                raise AddressValueError(f'{exc.args[0]} in {ip_str!r}') from None
            parts[-1:] = ['%x' % (v4 >> 16), '%x' % (v4 & 0xFFFF)]
        count = cls._HEXTET_COUNT
        if len(parts) > count + 1:
            raise AddressValueError(f'At most {count} colons permitted in {ip_str!r}')
        inner_empty = [i for i in range(1, len(parts) - 1) if parts[i] == '']
        if len(inner_empty) > 1:
            raise AddressValueError(f"At most one '::' permitted in {ip_str!r}")
        lead_bad = f"Leading ':' only permitted as part of '::' in {ip_str!r}"
        trail_bad = f"Trailing ':' only permitted as part of '::' in {ip_str!r}"
        if inner_empty:
            gap = inner_empty[0]
            head, tail = parts[:gap], parts[gap + 1:]
            if head[0] == '':
                if len(head) > 1:
                    raise AddressValueError(lead_bad)
                head = []
            if tail[-1] == '':
                if len(tail) > 1:
                    raise AddressValueError(trail_bad)
                tail = []
            missing = count - len(head) - len(tail)
            if missing < 1:
                raise AddressValueError(f"Expected at most {count - 1} other parts with '::' in {ip_str!r}")
        else:
            if len(parts) != count:
                raise AddressValueError(f"Exactly {count} parts expected without '::' in {ip_str!r}")
            if parts[0] == '':
                raise AddressValueError(lead_bad)
            if parts[-1] == '':
                raise AddressValueError(trail_bad)
            head, tail, missing = parts, [], 0
        try:
            hextets = [cls._parse_hextet(h) for h in head] + [0] * missing + [cls._parse_hextet(h) for h in tail]
        except ValueError as exc:
            raise AddressValueError(f'{exc} in {ip_str!r}') from None
        value = 0
        for h in hextets:
            value = (value << 16) | h
        return value

    @classmethod
    def _parse_hextet(cls, hextet_str):
        if any(c not in cls._HEX_DIGITS for c in hextet_str):
            raise ValueError(f'Only hex digits permitted in {hextet_str!r}')
        if len(hextet_str) > 4:
            raise ValueError(f'At most 4 characters permitted in {hextet_str!r}')
        return int(hextet_str, 16)

    @classmethod
    def _compress_hextets(cls, hextets):
        """Replace the first longest run (two or more) of '0' hextets by an empty one for '::'."""
        best_start, best_len = -1, 0
        i = 0
        n = len(hextets)
        while i < n:
            if hextets[i] != '0':
                i += 1
                continue
            j = i
            while j < n and hextets[j] == '0':
                j += 1
            if j - i > best_len:
                best_start, best_len = i, j - i
            i = j
        if best_len < 2:
            return hextets
        end = best_start + best_len
        left = hextets[:best_start] or ['']
        right = hextets[end:] or ['']
        return left + [''] + right

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        if ip_int > cls._ALL_ONES:
            raise ValueError('IPv6 address is too large')
        hextets = ['%x' % ((ip_int >> shift) & 0xFFFF) for shift in range(112, -1, -16)]
        return ':'.join(cls._compress_hextets(hextets))

    def _explode_shorthand_ip_string(self):
        if isinstance(self, IPv6Network):
            value, suffix = self.network_address._ip, f'/{self._prefixlen}'
        elif isinstance(self, IPv6Interface):
            value, suffix = self._ip, f'/{self._prefixlen}'
        else:
            value, suffix = self._ip, ''
        return ':'.join('%04x' % ((value >> s) & 0xFFFF) for s in range(112, -1, -16)) + suffix

    def _reverse_pointer(self):
        nibbles = self.exploded[::-1].replace(':', '')
        return '.'.join(nibbles) + '.ip6.arpa'

    @staticmethod
    def _split_scope_id(ip_str):
        """(address text, scope zone or None) of 'addr%zone'."""
        cut = ip_str.find('%')
        if cut < 0:
            return ip_str, None
        zone = ip_str[cut + 1:]
        if zone == '' or '%' in zone:
            raise AddressValueError('Invalid IPv6 address: "%r"' % ip_str)
        return ip_str[:cut], zone


class IPv6Address(_BaseV6, _BaseAddress):
    """A 128-bit IPv6 address, possibly with a scope zone ('fe80::1%eth0')."""

    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        zone = None
        if isinstance(address, int):
            self._check_int_address(address)
            value = address
        elif isinstance(address, bytes):
            self._check_packed_address(address, 16)
            value = int.from_bytes(address, 'big')
        else:
            text = str(address)
            if '/' in text:
                raise AddressValueError(f"Unexpected '/' in {address!r}")
            text, zone = self._split_scope_id(text)
            value = self._ip_int_from_string(text)
        self._ip = value
        self._scope_id = zone

    def __str__(self):
        text = self._string_from_ip_int(self._ip)
        if self._scope_id is not None:
            text += '%' + self._scope_id
        return text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        same = _BaseAddress.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        return getattr(other, '_scope_id', None) == self._scope_id

    __reduce__ = _IPAddressBase.__reduce__

    scope_id = property(lambda self: self._scope_id)
    packed = property(lambda self: v6_int_to_packed(self._ip))
    is_multicast = property(lambda self: self in _V6.multicast)
    is_link_local = property(lambda self: self in _V6.link_local)
    is_site_local = property(lambda self: self in _V6.site_local)
    is_unspecified = property(lambda self: self._ip == 0)
    is_loopback = property(lambda self: self._ip == 1)

    @property
    def is_reserved(self):
        return any(self in block for block in _V6.reserved)

    @property
    def is_private(self):
        # an IPv4-mapped address (::ffff:a.b.c.d) answers as its IPv4 address does
        v4 = self.ipv4_mapped
        if v4 is not None:
            return v4.is_private
        return any(self in block for block in _V6.private)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def ipv4_mapped(self):
        if self._ip >> 32 == 0xFFFF:
            return IPv4Address(self._ip & 0xFFFFFFFF)
        return None

    @property
    def teredo(self):
        """(server, client) of a Teredo address (2001::/32), else None."""
        if self._ip >> 96 == 0x20010000:
            server = (self._ip >> 64) & 0xFFFFFFFF
            client = (self._ip & 0xFFFFFFFF) ^ 0xFFFFFFFF
            return IPv4Address(server), IPv4Address(client)
        return None

    @property
    def sixtofour(self):
        """The embedded IPv4 address of a 6to4 address (2002::/16), else None."""
        if self._ip >> 112 == 0x2002:
            return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)
        return None


class IPv6Interface(IPv6Address):
    """An IPv6 address together with the network it belongs to."""

    locals().update(_interface_members())

    # unlike a bare address, these also look at the network
    is_unspecified = property(lambda self: self._ip == 0 and self.network.is_unspecified)
    is_loopback = property(lambda self: self._ip == 1 and self.network.is_loopback)


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network: a block of addresses with a common prefix."""

    _address_class = IPv6Address

    is_site_local = property(lambda self: self._both_ends('is_site_local'))


IPv6Interface._plain_address = IPv6Address
IPv6Interface._network_class = IPv6Network
_BaseV6._plain_address = IPv6Address


class _V6Tables:
    """The special IPv6 blocks, built on first use (keeps import cheap)."""

    def __getattr__(self, name):
        net = IPv6Network
        self.multicast = net('ff00::/8')
        self.link_local = net('fe80::/10')
        self.site_local = net('fec0::/10')
        self.private = [net(s) for s in (
            '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48',
            '2001:db8::/32', '2001:10::/28', 'fc00::/7', 'fe80::/10')]
        self.reserved = [net(s) for s in (
            '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3', '6000::/3',
            '8000::/3', 'a000::/3', 'c000::/3', 'e000::/4', 'f000::/5', 'f800::/6', 'fe00::/9')]
        return object.__getattribute__(self, name)


_V6 = _V6Tables()
