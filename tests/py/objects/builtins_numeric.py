# abs/divmod/pow (with modulus)/round/bin/oct/hex/chr/ord/format and their errors.
print(abs(-3), abs(-2.5), abs(True), divmod(17, 5), divmod(-17, 5), divmod(7.5, 2))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(3, -1, 7), pow(-2, 3, 5), pow(2.0, 0.5))
for bad in [lambda: pow(2, 3.0, 5), lambda: pow(2, 3, 0), lambda: divmod(1, 0), lambda: pow(0, -1)]:
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(7), round(1.5, None))
print(bin(10), oct(-8), hex(255), bin(0), hex(-1))
print(chr(65), chr(0x1F600) == '\U0001F600', ord('é'), ord(b'A'))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord('ab'), lambda: ord(1), lambda: hex(1.5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(format(3.14159, '.2f'), format(42, '08b'), format('x', '^5'), format(1234567, ','))
try:
    round('x')
except TypeError as e:
    print('TypeError:', e)
