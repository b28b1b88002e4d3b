# ipaddress: error paths. AddressValueError / NetmaskValueError texts for malformed IPv4 and IPv6
# strings, ints and packed bytes, the factory functions' ValueError, host bits with strict=True,
# TypeError between versions, and the misuse errors of subnets/supernet/address_exclude/summarize.
import ipaddress as ip

def attempt(label, fn, *args, **kw):
    try:
        result = fn(*args, **kw)
        if hasattr(result, '__next__'):
            result = list(result)
        print(f'{label}: ok {result!r}')
    except Exception as exc:
        print(f'{label}: {type(exc).__name__}: {exc}')

v4_bad = ['', '1.2.3', '1.2.3.4.5', '256.1.1.1', '01.2.3.4', '1.2.3.x', '1..2.3', '1.2.3.4 ',
          '1.2.3.1000', '1.2.3.4/24', '\u0663.2.3.4', ' 1.2.3.4']
for s in v4_bad:
    attempt(f'IPv4Address({s!r})', ip.IPv4Address, s)
nets_bad = ['1.2.3.4/33', '1.2.3.4/a', '1.2.3.4/255.0.255.0', '1.2.3.4/1/2', '1.2.3.4/-1', '1.2.3.4/+1',
            '1.2.3.4/', '1.2.3.0/ 24', '1.2.3.0/255.255.255.256', '1.2.3.4/0.0.0.255', '1.2.3.4/24',
            '1.2.3.0/08', '1.2.3.0/255.255.255.0']
for s in nets_bad:
    attempt(f'IPv4Network({s!r})', ip.IPv4Network, s)
    attempt(f'IPv4Interface({s!r})', ip.IPv4Interface, s)
v6_bad = ['', ':', ':::', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '1::2::3', 'g::', '12345::',
          '::1:2:3:4:5:6:7:8', '1::%', 'fe80::1%a%b', '::1.2.3', '::1.2.3.4:1', ':1::2', '1::2:',
          '1:2:3:4:5:6:7:8::', '1:::2', '::ffff:1.2.3.04', '::/64', '1:2:3:4:5:6:7:1.2.3.4',
          '1:2:3:4::5:6:7:8']
for s in v6_bad:
    attempt(f'IPv6Address({s!r})', ip.IPv6Address, s)
for s in ['::/129', '::/a', '::/ffff::', '::1/0x1', 'fe80::1%/64', '::1/64', '::%zone/64']:
    attempt(f'IPv6Network({s!r})', ip.IPv6Network, s)
for v in [-1, 2**32, 2**128, b'123', b'1234', bytes(16), None, 1.5]:
    attempt(f'IPv4Address({v!r})', ip.IPv4Address, v)
    attempt(f'IPv6Address({v!r})', ip.IPv6Address, v)
for s in ['', 'nonsense', '1.2.3.4/24', -5, 2**129, b'12345']:
    attempt(f'ip_address({s!r})', ip.ip_address, s)
for s in ['1.2.3.4/24', '1.2.3.0/33', ('1.2.3.0', 33), '::1/64', ('1.0.0.0', 8, 1)]:
    attempt(f'ip_network({s!r})', ip.ip_network, s)
attempt('ip_interface(x)', ip.ip_interface, 'x')

a4, a6 = ip.ip_address('1.2.3.4'), ip.ip_address('::1')
n4, n6 = ip.ip_network('1.0.0.0/8'), ip.ip_network('::/8')
attempt('a4 < a6', lambda: a4 < a6)
attempt('a4 < "x"', lambda: a4 < 'x')
attempt('n4 < n6', lambda: n4 < n6)
attempt('n4 < a4', lambda: n4 < a4)
attempt('a4 == a6', lambda: a4 == a6)
attempt('a4 + 2**32', lambda: a4 + 2**32)
attempt('0.0.0.0 - 1', lambda: ip.ip_address('0.0.0.0') - 1)
attempt('1 + a4', lambda: 1 + a4)
attempt('a4 + 1.0', lambda: a4 + 1.0)
attempt('"1.2.3.4" in n4', lambda: '1.2.3.4' in n4)
attempt('n4 in n4', lambda: n4 in n4)
attempt('n4[2**24]', lambda: n4[2**24])
attempt('n4[-2**24 - 1]', lambda: n4[-2**24 - 1])
attempt('n4.subnet_of(a4)', n4.subnet_of, a4)
attempt('n4.subnet_of(n6)', n4.subnet_of, n6)
attempt('n4.overlaps(a4)', n4.overlaps, a4)
attempt('n4.compare_networks(n6)', n4.compare_networks, n6)
attempt('subnets(new_prefix=4)', n4.subnets, new_prefix=4)
attempt('subnets(-1)', n4.subnets, -1)
attempt('subnets(30)', n4.subnets, 30)
attempt('subnets(2, new_prefix=10)', n4.subnets, 2, new_prefix=10)
attempt('supernet(9)', n4.supernet, 9)
attempt('supernet(new_prefix=9)', n4.supernet, new_prefix=9)
attempt('supernet(2, new_prefix=4)', n4.supernet, 2, new_prefix=4)
attempt('exclude other version', n4.address_exclude, n6)
attempt('exclude address', n4.address_exclude, a4)
attempt('exclude outside', n4.address_exclude, ip.ip_network('2.0.0.0/8'))
attempt('exclude itself', n4.address_exclude, n4)
attempt('summarize versions', ip.summarize_address_range, a4, a6)
attempt('summarize order', ip.summarize_address_range, a4, ip.ip_address('1.2.3.3'))
attempt('summarize networks', ip.summarize_address_range, n4, a4)
attempt('collapse versions', ip.collapse_addresses, [a4, a6])
attempt('collapse nets', ip.collapse_addresses, [n4, n6])
attempt('collapse mixed', ip.collapse_addresses, [a4, n6])
attempt('get_mixed_type_key(1)', ip.get_mixed_type_key, 1)
attempt('v4_int_to_packed(-1)', ip.v4_int_to_packed, -1)
attempt('v6_int_to_packed(2**128)', ip.v6_int_to_packed, 2**128)
attempt("format(a4, '>20')", format, a4, '>20')
attempt("format(a6, 'd')", format, a6, 'd')
print(issubclass(ip.AddressValueError, ValueError), issubclass(ip.NetmaskValueError, ValueError))
print(ip.IPv4Interface('0.0.0.0/8').is_unspecified, ip.IPv6Interface('::/128').is_unspecified, ip.IPv6Interface('::1/64').is_loopback)
