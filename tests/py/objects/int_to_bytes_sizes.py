# int.to_bytes over many sizes, both byte orders, signed and unsigned (overflow messages included),
# checked by a digest of every result and by round trips through int.from_bytes; big ints (100 KB)
# convert in linear time.
import hashlib, random
r = random.Random(3)
h = hashlib.sha256()
for i in range(3000):
    n = r.randrange(0, 40)
    x = r.getrandbits(n * 8 + r.randrange(0, 8)) * r.choice([1, -1])
    for L in (n, n + 1, n + 3):
        for order in ('little', 'big'):
            for signed in (False, True):
                try:
                    b = x.to_bytes(L, order, signed=signed)
                    if int.from_bytes(b, order, signed=signed) != x:
                        print('round trip failed', x, L, order, signed)
                except OverflowError as e:
                    b = str(e).encode()
                h.update(b)
print(h.hexdigest())
print((2**64-1).to_bytes(8, 'big'), (-1).to_bytes(3, 'little', signed=True), (255).to_bytes(1, 'big'), (0).to_bytes(0, 'big'))
big = r.getrandbits(800000)
data = big.to_bytes(100000, 'little')
print(len(data), int.from_bytes(data, 'little') == big, hashlib.sha256(data).hexdigest()[:16])
