# ipaddress: a small network inventory. Parses interface configs, groups hosts by subnet, carves an
# allocation plan out of a block with subnets()/address_exclude(), summarizes ranges, collapses route
# tables, sorts mixed IPv4/IPv6 objects with get_mixed_type_key, and formats addresses (__format__,
# exploded/compressed, reverse_pointer, packed), IPv6 specials (scope ids, ipv4_mapped, 6to4, teredo).
import ipaddress

configs = """
eth0  192.168.10.17/24
eth1  10.20.30.40/255.255.252.0
eth2  172.16.5.1/0.0.0.255
lo    127.0.0.1/8
wan   203.0.113.9/29
v6a   2001:db8:0:1::17/64
v6b   fe80::1ff:fe23:4567:890a%eth0/64
v6c   ::ffff:192.0.2.128/96
"""
ifaces = []
for line in configs.strip().splitlines():
    name, spec = line.split()
    iface = ipaddress.ip_interface(spec)
    ifaces.append((name, iface))
    net = iface.network
    print(f'{name:5} {iface!s:40} ip={iface.ip} net={net} mask={iface.netmask} host={iface.hostmask}')
    print(f'      {iface.with_prefixlen} | {iface.with_netmask} | {iface.with_hostmask}')
    print(f'      size={net.num_addresses} bcast={net.broadcast_address} private={iface.is_private} '
          f'global={iface.is_global} loopback={iface.is_loopback} linklocal={iface.is_link_local}')

print('-- who shares a subnet with 192.168.10.200?')
probe = ipaddress.ip_address('192.168.10.200')
for name, iface in ifaces:
    if probe in iface.network:
        print(' ', name, iface.network)
print(' v6 address in a v4 network:', ipaddress.ip_address('::1') in ipaddress.ip_network('0.0.0.0/0'))

print('-- allocation plan for 10.0.0.0/22')
block = ipaddress.ip_network('10.0.0.0/22')
plan = list(block.subnets(new_prefix=24))
print(' /24s:', [str(n) for n in plan])
reserved = ipaddress.ip_network('10.0.1.64/26')
free = sorted(block.address_exclude(reserved))
print(' free after taking', reserved, '->', [str(n) for n in free])
print(' supernet of 10.0.1.64/26:', reserved.supernet(), reserved.supernet(prefixlen_diff=3), reserved.supernet(new_prefix=16))
print(' subnet_of:', reserved.subnet_of(block), block.supernet_of(reserved), block.subnet_of(reserved))
print(' overlaps:', block.overlaps(ipaddress.ip_network('10.0.3.0/24')), block.overlaps(ipaddress.ip_network('10.0.4.0/24')))
small = ipaddress.ip_network('10.0.0.0/29')
print(' hosts of /29:', [str(h) for h in small.hosts()])
print(' /31 hosts:', list(ipaddress.ip_network('10.9.9.0/31').hosts()), '/32 hosts:', ipaddress.ip_network('10.9.9.9/32').hosts())
print(' /126 v6 hosts:', [str(h) for h in ipaddress.ip_network('2001:db8::/126').hosts()])
print(' indexing:', small[0], small[-1], small[3], block[1023])
print(' iteration:', [int(a) & 0xff for a in ipaddress.ip_network('10.0.0.16/30')])

print('-- summarizing ranges')
first, last = ipaddress.ip_address('192.0.2.5'), ipaddress.ip_address('192.0.2.130')
print(' ', [str(n) for n in ipaddress.summarize_address_range(first, last)])
print(' ', list(ipaddress.summarize_address_range(ipaddress.ip_address('2001:db8::'), ipaddress.ip_address('2001:db8::1:ffff'))))
print(' ', list(ipaddress.summarize_address_range(ipaddress.ip_address('0.0.0.0'), ipaddress.ip_address('255.255.255.255'))))

print('-- collapsing a route table')
routes = ['10.1.0.0/24', '10.1.1.0/24', '10.1.2.0/23', '10.1.4.0/22', '10.1.0.128/25',
          '192.168.0.0/25', '192.168.0.128/25', '172.16.0.0/16']
nets = [ipaddress.ip_network(r) for r in routes]
print(' ', [str(n) for n in ipaddress.collapse_addresses(nets)])
addrs = [ipaddress.ip_address('10.2.0.%d' % i) for i in (0, 1, 2, 3, 5, 6, 7)]
print(' ', [str(n) for n in ipaddress.collapse_addresses(addrs)])
v6 = [ipaddress.ip_network('2001:db8::/33'), ipaddress.ip_network('2001:db8:8000::/33')]
print(' ', list(ipaddress.collapse_addresses(v6)))

print('-- sorting and keys')
mixed = [ipaddress.ip_network('10.0.0.0/8'), ipaddress.ip_address('::1'), ipaddress.ip_address('9.9.9.9'),
         ipaddress.ip_network('::/0'), ipaddress.ip_address('10.0.0.1'), ipaddress.ip_network('10.0.0.0/16')]
print(' ', sorted(mixed, key=ipaddress.get_mixed_type_key))
print(' ', sorted(ipaddress.ip_network(r) for r in routes)[:4])
print(' ', sorted([ipaddress.ip_interface('10.0.0.5/24'), ipaddress.ip_interface('10.0.0.5/16'), ipaddress.ip_interface('10.0.0.1/24')]))
print(' compare_networks:', nets[0].compare_networks(nets[1]), nets[1].compare_networks(nets[0]), nets[0].compare_networks(nets[0]))
print(' set:', sorted({ipaddress.ip_address('1.1.1.1'), ipaddress.ip_address('1.1.1.1'), ipaddress.ip_address('1.1.1.2')}))

print('-- formatting')
a = ipaddress.ip_address('192.168.10.17')
b = ipaddress.ip_address('2001:db8::ff00:42:8329')
for fmt in ('', 's', '>20s', 'b', '#b', '_b', '#_b', 'x', '#x', 'X', '#_X', 'n', '_n', '#n'):
    print(f'  {fmt!r:7} {format(a, fmt)!r} {format(b, fmt)!r}')
print(' ', a.packed, b.packed.hex(), a.reverse_pointer)
print(' ', b.reverse_pointer)
print(' ', b.exploded, b.compressed, ipaddress.ip_network('2001:db8::/32').exploded)
print(' ', a + 300, a - 17, b + 2**40, int(a), int(b))
print(' ', ipaddress.ip_address(3232238097), ipaddress.ip_address(b'\xc0\xa8\x0a\x11'), ipaddress.ip_address(b'\x20\x01' + bytes(14)))
print(' ', ipaddress.v4_int_to_packed(3232238097), ipaddress.v6_int_to_packed(1))

print('-- IPv6 specials')
scoped = ipaddress.ip_address('fe80::1%eth0')
print(' ', scoped, repr(scoped), scoped.scope_id, scoped == ipaddress.ip_address('fe80::1'), scoped == ipaddress.ip_address('fe80::1%eth0'))
mapped = ipaddress.ip_address('::ffff:192.0.2.128')
print(' ', mapped, mapped.ipv4_mapped, mapped.is_private, ipaddress.ip_address('::ffff:8.8.8.8').is_global)
print(' ', ipaddress.ip_address('2002:c000:204::1').sixtofour, ipaddress.ip_address('2001:0:4136:e378:8000:63bf:3fff:fdd2').teredo)
print(' ', b.ipv4_mapped, b.sixtofour, b.teredo, b.is_site_local, ipaddress.ip_address('fec0::1').is_site_local)
for text in ['::', '::1', 'ff02::1', 'fe80::1', '2001:db8::1', 'fc00::1', '2606:4700::1111', '100::1']:
    x = ipaddress.ip_address(text)
    print(f'  {text:16} priv={x.is_private} glob={x.is_global} mc={x.is_multicast} res={x.is_reserved} '
          f'll={x.is_link_local} lo={x.is_loopback} unspec={x.is_unspecified}')
for text in ['0.0.0.0', '10.1.2.3', '100.64.1.1', '127.0.0.1', '169.254.9.9', '224.0.0.251', '240.0.0.1', '8.8.8.8', '255.255.255.255']:
    x = ipaddress.ip_address(text)
    print(f'  {text:16} priv={x.is_private} glob={x.is_global} mc={x.is_multicast} res={x.is_reserved} '
          f'll={x.is_link_local} lo={x.is_loopback} unspec={x.is_unspecified}')
for text in ['10.0.0.0/8', '10.0.0.0/7', '100.64.0.0/10', '224.0.0.0/4', '0.0.0.0/0', 'fe80::/10', 'ff00::/8', '::/127']:
    x = ipaddress.ip_network(text)
    print(f'  {text:16} priv={x.is_private} glob={x.is_global} mc={x.is_multicast} res={x.is_reserved} '
          f'll={x.is_link_local} lo={x.is_loopback} unspec={x.is_unspecified}')
print(' versions:', a.version, b.version, a.max_prefixlen, b.max_prefixlen, block.prefixlen, block.version)
print(' from tuples:', ipaddress.ip_network(('10.0.0.0', 8)), ipaddress.ip_network((167772160, '255.0.0.0')), ipaddress.ip_interface(('10.1.1.1', 24)))
print(' strict=False:', ipaddress.ip_network('10.1.2.3/8', strict=False), ipaddress.IPv6Network('2001:db8::1/32', False))
