# BINARY_OP's fast paths for &, |, ^, << and >> on ints up to 2**53 (two's complement halves,
# exact shifts), at and around the 30-, 32- and 53-bit boundaries, against the generic int slots.
import sys
vals = [0, 1, -1, 2, -2, 5, -7, 2**30 - 1, 2**30, -2**30, 2**31 - 1, 2**31, -2**31, 2**32 + 3, -2**32 - 5,
        2**52 + 12345, -2**52 - 999, 2**53 - 1, -(2**53 - 1), 0x7FFFFFFF, 0xD008, 123456789012345, -98765432109876]
acc = 0
for x in vals:
    for y in vals:
        r = (x & y, x | y, x ^ y)
        acc = (acc * 31 + hash(r)) % 1000000007
        print(hex(x), hex(y), *map(hex, r))
    for n in (0, 1, 5, 8, 29, 30, 31, 32, 52, 53, 54, 60, 61, 64, 100, 1000):
        print(hex(x), n, hex(x >> n), hex(x << n))
try:
    1 >> -1
except ValueError as e:
    print('ValueError', e)
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
print(acc)
