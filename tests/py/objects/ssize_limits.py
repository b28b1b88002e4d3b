# Sizes and indexes between 2**53 and 2**63 fit CPython's Py_ssize_t: they are out of range (IndexError),
# too big to allocate (MemoryError) or clamped, and only past 2**63 an OverflowError; a huge bytes(n),
# padding or repeat is a MemoryError (never a crash), and C-int arguments (expandtabs) say so.
n = 2**53
cases = [lambda: [1, 2][n], lambda: [1, 2][-n], lambda: [1, 2][2**63 - 1], lambda: [1, 2][2**63], lambda: [1, 2][-2**63],
         lambda: [0] * 2**62, lambda: (1,) * 2**62, lambda: 'ab' * 2**60, lambda: bytearray(2**62), lambda: bytes(2**62),
         lambda: [1].insert(2**63, 5), lambda: [1].insert(2**62, 5), lambda: 'abc'.find('c', -2**60), lambda: 'abc'[2**60:],
         lambda: 'abc'.center(2**60), lambda: [1, 2].pop(2**60), lambda: range(10)[2**60], lambda: (1, 2).index(2, 0, 2**60),
         lambda: [1,2,3][-2**62:2**62], lambda: 'abc'.expandtabs(2**60), lambda: list(range(5))[::2**60], lambda: b'abc'.ljust(2**61),
         lambda: 'x'.zfill(2**59), lambda: [1] * (2**63 - 1), lambda: [1] * 2**63, lambda: len(range(2**53 - 1))]
for f in cases:
    try:
        r = f()
        print(r if not isinstance(r, (str, bytes, list)) or len(r) < 20 else len(r))
    except Exception as e:
        print(type(e).__name__, e)
