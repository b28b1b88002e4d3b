# ipaddress: randomized cross-check against CPython. A linear congruential generator draws IPv4 and IPv6
# addresses (many from special-purpose blocks), networks of random prefix and interfaces; the program
# prints every property, hashes (PYTHONHASHSEED=0), formats, comparisons, subnet relations,
# address_exclude, summarize_address_range and collapse_addresses over the draws.
import ipaddress as I
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) & (2**64-1)
    return (seed >> 11) % n
PRE4 = ['10.', '127.', '169.254.', '172.16.', '192.168.', '100.64.', '224.', '240.', '192.0.0.', '255.255.255.', '0.', '198.18.', '8.8.']
def r4():
    k = rnd(3)
    if k == 0: return I.IPv4Address(rnd(2**32))
    p = PRE4[rnd(len(PRE4))]
    parts = p.rstrip('.').split('.')
    while len(parts) < 4: parts.append(str(rnd(256)))
    return I.IPv4Address('.'.join(parts))
PRE6 = [0, 1, 0xffff << 32, 0x2001 << 112, 0x20010db8 << 96, 0x2002 << 112, 0xfe80 << 112, 0xfec0 << 112, 0xff02 << 112, 0xfc00 << 112, 0x100 << 112, 0x64ff9b << 96, 0x20010002 << 96]
def r6():
    k = rnd(4)
    if k == 0: return I.IPv6Address(rnd(2**128))
    base = PRE6[rnd(len(PRE6))]
    shift = rnd(5) * 16
    v = base | rnd(2**shift) if shift else base
    if k == 3: v = v & ~(((1 << 16*rnd(6)) - 1) << 16*rnd(3)) & (2**128-1)
    return I.IPv6Address(v)
def props(a):
    out = [str(a), repr(a), a.exploded, a.compressed, a.packed.hex(), a.reverse_pointer, a.is_private, a.is_global, a.is_loopback, a.is_multicast, a.is_reserved, a.is_link_local, a.is_unspecified, hash(a), format(a, 'n'), format(a, '#_X'), format(a, '_b')]
    if a.version == 6:
        out += [a.is_site_local, a.ipv4_mapped, a.sixtofour, a.teredo, a.scope_id]
    return out
def nprops(n):
    out = [str(n), repr(n), n.exploded, n.with_netmask, n.with_hostmask, n.num_addresses, n.broadcast_address, n.hostmask, n.is_private, n.is_global, n.is_loopback, n.is_multicast, n.is_reserved, n.is_link_local, n.is_unspecified, hash(n), n.supernet(), n.reverse_pointer]
    if n.version == 6: out.append(n.is_site_local)
    if n.num_addresses <= 8: out.append(list(n.hosts()))
    else: out.append(n[3])
    if n.prefixlen < n.max_prefixlen - 3: out.append(list(n.subnets(prefixlen_diff=2)))
    return out
def iprops(i):
    return [str(i), repr(i), i.ip, i.network, i.with_prefixlen, i.with_netmask, i.with_hostmask, hash(i), i.exploded, i.compressed, i.is_private, i.is_unspecified, i.is_loopback, i + 1 if int(i) < 2**32-2 else None]
for _ in range(14):
    for a in (r4(), r6()):
        print(props(a))
        t = str(a) if a.version == 4 else (a.exploded if rnd(2) else str(a))
        assert I.ip_address(t) == a
        plen = rnd(a.max_prefixlen + 1)
        n = I.ip_network((a, plen), strict=False)
        print(nprops(n))
        print(iprops(I.ip_interface(f'{a}/{plen}')))
        b = r4() if a.version == 4 else r6()
        m = I.ip_network((b, rnd(a.max_prefixlen + 1)), strict=False)
        print(a < b, a == b, n < m, n == m, n.overlaps(m), n.subnet_of(m), n.supernet_of(m), a in n, b in m, n.compare_networks(m))
        if n.subnet_of(m) and m.prefixlen + 5 >= n.prefixlen:
            print(list(m.address_exclude(n)))
        lo, hi = (a, b) if a <= b else (b, a)
        if int(hi) - int(lo) < 2**100:
            print(list(I.summarize_address_range(lo, hi))[:20])
items = []
for _ in range(20):
    a = r4()
    items.append(a)
    items.append(I.ip_network((a, 24 + rnd(9)), strict=False))
    items.append(I.ip_address(int(a) + 1))
print(list(I.collapse_addresses(items)))
items = [I.ip_network((r6(), 120 + rnd(9)), strict=False) for _ in range(12)]
items += [I.ip_network((int(x.network_address) ^ (1 << (128 - x.prefixlen)), x.prefixlen)) for x in items]
print(list(I.collapse_addresses(items)))
print(sorted(set(items))[:5], sorted(items, key=I.get_mixed_type_key)[:3])
