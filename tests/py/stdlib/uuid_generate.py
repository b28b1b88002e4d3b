# uuid: the generators. uuid3/uuid5 are deterministic (name-based, MD5/SHA-1 over the namespace's bytes
# and the name, str or bytes); uuid1 and uuid4 are checked by shape: version, variant, uniqueness, time
# ordering, given node and clock_seq; getnode() is stable and 48 bits. A tiny registry keyed by uuid5.
import uuid

for ns in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500):
    for name in ('python.org', 'example.com', '', 'ünïcode'):
        print(uuid.uuid3(ns, name), uuid.uuid5(ns, name))
print(uuid.uuid5(uuid.NAMESPACE_DNS, b'python.org') == uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, b'\xff\x00').version, uuid.uuid5(uuid.NAMESPACE_URL, 'x').variant)

fours = [uuid.uuid4() for _ in range(100)]
print(len(set(fours)), {u.version for u in fours}, {u.variant for u in fours})

ones = [uuid.uuid1() for _ in range(50)]
print(len(set(ones)), {u.version for u in ones}, {u.variant for u in ones})
print(all(a.time < b.time for a, b in zip(ones, ones[1:])))
node = uuid.getnode()
print(node == uuid.getnode(), 0 <= node < 2 ** 48, all(u.node == node for u in ones))
x = uuid.uuid1(node=0x0123456789ab, clock_seq=0x2abc)
print(hex(x.node), hex(x.clock_seq), x.version)

registry = {}
for host in ('db.internal', 'cache.internal', 'db.internal'):
    registry.setdefault(uuid.uuid5(uuid.NAMESPACE_DNS, host), host)
for key in sorted(registry):
    print(key, registry[key])

for label, fn in [('uuid3 str namespace', lambda: uuid.uuid3('ns', 'x')),
                  ('uuid5 int name', lambda: uuid.uuid5(uuid.NAMESPACE_DNS, 5))]:
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)
