# bytearray.__alloc__ follows CPython's growth policy.
ba = bytearray()
sizes = []
for i in range(40):
    ba.append(i)
    sizes.append(ba.__alloc__())
print(sizes)
print(bytearray(b'abc').__alloc__(), bytearray().__alloc__(), bytearray(10).__alloc__())
b = bytearray(100)
del b[10:]
print(len(b), b.__alloc__())
b.extend(bytes(200))
print(len(b), b.__alloc__())
