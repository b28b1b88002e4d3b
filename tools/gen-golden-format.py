#!/usr/bin/env python3
"""Records format(value, spec) from CPython 3.12 for the format-spec mini-language tests.

Run: PYENV_VERSION=3.12.1 python3 tools/gen-golden-format.py > tests/golden/format.json
Values are written as tagged JSON: ints as decimal strings, floats by their repr (exact round trip).
"""
import itertools, json, sys

assert sys.version_info[:2] == (3, 12), sys.version

ints = [0, 1, -1, 7, 42, -42, 255, 1234, -1234, 65, 1234567, -987654321, 2**64 + 3, -(2**70), 0x10ffff, 0x110000]
floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1234.5678, -1234.5678, 1e16, 1e-5, 1.5e-7,
          123456789.0, 1e300, 5e-324, 2.675, 0.1, 1/3, 100.0, 9.9999, 99999.95, float('inf'), float('-inf'),
          float('nan'), 1e22, 123.0, 0.000123456]
strs = ['', 'a', 'abc', 'hello world', 'héllo', '日本語', '\U0001f600x']

int_specs = ['', 'd', 'x', 'X', 'o', 'b', 'c', 'n', '#x', '#X', '#o', '#b', '+d', ' d', '-d', '5', '<5', '>5', '^5',
             '=5', '*^9', '05', '010', '+010', '#010x', ',', '_', '_x', '_b', '#_b', '012,', '012_x', ',d', '15,',
             '_o', '.2', ',x', 'e', '.3e', 'f', '.2f', 'g', '%', '.1%', 'z', 'E', 'G', 'F', '=+8', 'x<10', '0<5',
             '0>5', '0^5', '=^5', 's', ',c', '_c', '+c', '#c', 'q', ',,', '_,', ',_', '.', '10.2fx', 'c<4']
float_specs = ['', 'f', '.0f', '.1f', '.2f', '.3f', '.10f', 'F', 'e', '.0e', '.2e', 'E', '#.0e', '#.0f', 'g', '.1g',
               '.2g', '.3g', '.10g', '#g', '#.3g', 'G', '%', '.1%', '.0%', 'n', '.3', '.1', '.12', '#', ',', '_',
               ',.2f', '_.3f', '012.3f', '+.2f', ' .2f', '=+12.3f', '<12', '>12', '^12', '*^12.3g', '015,.2f',
               'z.1f', 'z.0f', 'z', 'zg', '010', '+010', 'd', 'x', 'c', 's', '#.0%', '0=10', '20,', 'e<15', '.0',
               '.25g', '.17g', '.17', '.16e']
str_specs = ['', 's', '10', '<10', '>10', '^10', '*^11', '.2', '10.2', '.0', '05', '=5', '+', '#', 'z', ',', 'd',
             '_^9', '^', '.10', 'x^3.1s']

def fmt_value(v):
    if isinstance(v, bool): return ['bool', v]
    if isinstance(v, int): return ['int', str(v)]
    if isinstance(v, float): return ['float', repr(v)]
    return ['str', v]

cases = []
def add(v, spec):
    try:
        out = ['ok', format(v, spec)]
    except Exception as e:
        out = [type(e).__name__, str(e)]
    cases.append([fmt_value(v), spec, out])

for v, s in itertools.product(ints, int_specs): add(v, s)
for v, s in itertools.product(floats, float_specs): add(v, s)
for v, s in itertools.product(strs, str_specs): add(v, s)
for v, s in [(True, ''), (True, 'd'), (False, '>5'), (True, 'x')]: add(v, s)
json.dump({'generator': 'tools/gen-golden-format.py', 'python': sys.version.split()[0], 'cases': cases},
          sys.stdout, ensure_ascii=True, indent=0)
print()
