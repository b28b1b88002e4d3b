# Iteration order of set literals made of constants: CPython folds them into a frozenset constant
# (rebuilt once by constant merging) that BUILD_SET/SET_UPDATE copies at run time, so the order
# depends on that history, not only on the items. Many sizes and kinds of items, written out and
# compiled through eval(), plus literals with repeated items and colliding hashes (no None or
# Ellipsis: they hash by address).

def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2**31
        yield seed


POOL = [0, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, -8, -16, 1.5, 2.0, 8.0, -0.5, (1, 2),
        (8,), (), True, False, 3j, b'x', b'', 2**61 - 1, 2**61, 2**64 + 8, -1, -2, 40, 72, 136,
        264, 1 << 20, 3 << 30, 7.25, (1, (2, 3))]

rand = lcg(12345)
for trial in range(40):
    n = 3 + next(rand) % 30
    items = [POOL[next(rand) % len(POOL)] for _ in range(n)]
    src = '{' + ', '.join(repr(v) for v in items) + '}'
    print(n, list(eval(src)))

for n in range(1, 30, 2):
    print(n, list(eval('{' + ', '.join(str(i * 8) for i in range(n)) + '}')))
    print(n, list(eval('{' + ', '.join(str(-i * 13 + i % 5) for i in range(n)) + '}')))

print(list({128, 256, 512, 1024, 2048}))
print(list({128, 256, 512, 1024, 2048, 4096}))
print(list({2**61 - 1, 2**61, 2**64 + 8, b'x', -1, -2}))
print(sorted({'alpha', 'beta', 'gamma'}), len({'k%d' % i for i in range(20)}))


def inner():
    return {64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072}


print(list(inner()))
