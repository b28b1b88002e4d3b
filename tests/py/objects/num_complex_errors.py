# complex: the exceptions CPython raises and their messages.
def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)

check(lambda: 1j < 2j)
check(lambda: (1 + 2j) >= 1)
check(lambda: 1 > 1j)
check(lambda: 1j // 1)
check(lambda: 1j % 2)
check(lambda: divmod(1j, 1))
check(lambda: round(1j))
check(lambda: int(1j))
check(lambda: float(1j))
check(lambda: 1 / 0j)
check(lambda: 1j / 0)
check(lambda: (1 + 1j) / 0.0)
check(lambda: 0j ** -1)
check(lambda: 0j ** (-1 + 0j))
check(lambda: 0j ** 1j)
check(lambda: pow(1j, 2, 3))
check(lambda: complex(1e308, 1e308) * 1e308)
check(lambda: abs(complex(1e308, 1e308)))
check(lambda: abs(complex(1.5e308, 1.5e308)))
check(lambda: (1e200 + 1e200j) ** 5)
check(lambda: (1e308 + 1e308j) ** 2)
check(lambda: (10 + 10j) ** 1000.5)
check(lambda: complex('1', 2))
check(lambda: complex(1, '2'))
check(lambda: complex([]))
check(lambda: complex(1, []))
check(lambda: complex(None))
check(lambda: complex(1, None))
check(lambda: complex(1, 2, 3))
check(lambda: complex(real=1, foo=2))
check(lambda: complex(2 ** 2000))
check(lambda: 1j + 2 ** 2000)
check(lambda: 1j + 'a')
check(lambda: 'a' * 1j)
check(lambda: [1] * 1j)
check(lambda: setattr(1j, 'real', 2))
check(lambda: (1j).foo)
check(lambda: ~1j)
check(lambda: 1j << 1)
check(lambda: 1j & 1)
check(lambda: hash(1j) == hash(complex(0, 1)))

class Bad:
    def __complex__(self):
        return 1.5
check(lambda: complex(Bad()))
import math
check(lambda: math.sqrt(1j))
