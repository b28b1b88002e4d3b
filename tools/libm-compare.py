#!/usr/bin/env python3
"""Differential check of src/support/libm.ts (float **, pow, math.exp/exp2/log/log2/log10) against CPython 3.12,
whose results on Linux come from glibc's libm. Random inputs in several ranges per function are evaluated here
(x ** y, math.exp, ...: CPython's own code paths) and by tools/libm-compare.ts (the TypeScript functions), and
every result must agree bit for bit. An exception here must meet the C result it stands for: OverflowError an
infinity, ValueError a NaN (or -inf from log(0)), ZeroDivisionError an infinity. fma, which CPython 3.12 lacks,
is checked against the C library's fma through ctypes.

Run:  PYENV_VERSION=3.12.1 python3 tools/libm-compare.py [--count N] [--seed S] [--only NAME,...] [--limit K]
  --count N   inputs per function (default 1000000), spread over that function's ranges
  --seed S    random seed (default 1)
  --only      a comma-separated subset of: pow, exp, exp2, log, log2, log10, fma
  --limit K   mismatches printed per function (default 10)
Prints one line per function and range (inputs, mismatches) and the mismatching inputs; exits 1 when any was found.
"""

import argparse
import array
import ctypes
import ctypes.util
import math
import os
import random
import struct
import subprocess
import sys
import tempfile

if sys.version_info[:2] != (3, 12):
    os.environ['PYENV_VERSION'] = '3.12.1'
    os.execvp('python3', ['python3'] + sys.argv)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODES = {'pow': 0, 'exp': 1, 'exp2': 2, 'log': 3, 'log2': 4, 'log10': 5, 'fma': 6}
LN2 = math.log(2)


def bits_to_float(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def float_hex(x):
    return x.hex() if math.isfinite(x) else repr(x)


class Gen:
    """Input generators: each range is a function returning one input tuple (x, y, z)."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def uniform(self, a, b):
        return self.r.uniform(a, b)

    def finite_bits(self, positive=False):
        while True:
            b = self.r.getrandbits(64)
            if positive:
                b &= (1 << 63) - 1
            x = bits_to_float(b)
            if math.isfinite(x):
                return x

    def scaled(self, lo, hi):
        """m * 2^e with m in [1, 2) and e in [lo, hi]."""
        return math.ldexp(1 + self.r.random(), self.r.randint(lo, hi))

    def near1(self):
        return 1 + (self.r.random() - 0.5) * 2.0 ** -self.r.randint(1, 52)

    def subnormal(self):
        return math.ldexp(self.r.random(), -1022) or 5e-324

    def any_positive(self):
        k = self.r.randrange(5)
        if k == 0:
            return self.finite_bits(positive=True) or 5e-324
        if k == 1:
            return self.near1()
        if k == 2:
            return self.scaled(-1022, 1023)
        if k == 3:
            return self.uniform(0, 100) or 1.5
        return float(self.r.randint(2, 10 ** 6))

    def halfway_root(self, y):
        """An x whose x**y lies close to halfway between two doubles when y is 0.5, 2 or -1."""
        b = self.scaled(-300, 300)
        mid = b + math.ulp(b) / 2 * (1 + (self.r.random() - 0.5) * 2.0 ** -self.r.randint(0, 40))
        x = mid * mid if y == 0.5 else math.sqrt(mid) if y == 2 else 1 / mid
        return math.nextafter(x, math.inf if self.r.random() < 0.5 else 0) if self.r.random() < 0.3 else x

    # pow(x, y): x > 0 unless y is an integer
    def pow_ranges(self):
        g = self

        def towards(t):  # y with y * log(x) = t: results near overflow, underflow, subnormals
            x = g.any_positive()
            lx = math.log(x)
            return (x, t / lx if lx != 0 else 1.0)
        return {
            'near 1': lambda: (g.near1(), g.uniform(-1, 1) * 2.0 ** g.r.randint(0, 62)),
            'random bits': lambda: (g.finite_bits(positive=True), g.finite_bits() if g.r.random() < 0.5
                                    else g.uniform(-4, 4)),
            'huge and tiny x': lambda: (g.scaled(-1022, 1023), g.uniform(-1.1, 1.1)),
            'subnormal results': lambda: towards(g.uniform(-745.2, -708.3)),
            'near overflow': lambda: towards(g.uniform(700, 709.9)),
            'subnormal x': lambda: (g.subnormal(), g.uniform(-1.5, 1.5)),
            'negative x, integral y': lambda: (-g.any_positive(), float(g.r.choice(
                [g.r.randint(-60, 60), g.r.randint(-10 ** 6, 10 ** 6), g.r.randint(-2 ** 60, 2 ** 60)]))),
            'y = 0.5': lambda: (g.any_positive() if g.r.random() < 0.6 else g.halfway_root(0.5), 0.5),
            'y = 2': lambda: (g.any_positive() if g.r.random() < 0.6 else g.halfway_root(2), 2.0),
            'y = -1': lambda: (g.any_positive() if g.r.random() < 0.6 else g.halfway_root(-1), -1.0),
            'y = -1.5, 1/3, 1.5': lambda: (g.any_positive(), g.r.choice([-1.5, 1 / 3, 1.5])),
            'integers': lambda: (float(g.r.randint(2, 10 ** 6)), float(g.r.randint(-25, 25)) or 3.0),
            'tiny and huge y': lambda: (g.any_positive(), g.uniform(-1, 1) * 2.0 ** g.r.choice(
                [g.r.randint(-80, -55), g.r.randint(55, 70)])),
        }

    def exp_ranges(self, scale):
        g = self
        return {
            'uniform': lambda: (g.uniform(-745.2, 709.8) * scale,),
            'tiny': lambda: (g.uniform(-1, 1) * 2.0 ** -g.r.randint(0, 60),),
            'moderate': lambda: (g.uniform(-20, 20),),
            'subnormal results': lambda: (g.uniform(-745.2, -708.3) * scale,),
            'near overflow': lambda: (g.uniform(700, 709.8) * scale,),
            'random bits': lambda: (g.finite_bits(),),
        }

    def log_ranges(self):
        g = self
        return {
            'random bits': lambda: (g.finite_bits(positive=True) or 5e-324,),
            'near 1': lambda: (g.near1(),),
            'near 1, wider': lambda: (1 + g.uniform(-0.2, 0.2),),
            'subnormal': lambda: (g.subnormal(),),
            'uniform (0, 10)': lambda: (g.uniform(0, 10) or 1.5,),
            'integers': lambda: (float(g.r.randint(1, 10 ** 9)),),
            'huge and tiny': lambda: (g.scaled(-1022, 1023),),
        }

    def fma_ranges(self, cfma):
        g = self

        def halfway():  # a*b just off half an ulp of c: the exact sum is next to a rounding midpoint
            while True:
                c = g.scaled(-200, 200) * g.r.choice([1, -1])
                h = math.ulp(c) / 2 * g.r.choice([1, -1])
                a = (1 + g.r.random()) * g.r.choice([1, -1])
                b = math.nextafter(h / a, g.r.choice([math.inf, -math.inf]))
                p = a * b
                if p == h and cfma(a, b, -p) != 0:
                    return (a, b, c)

        def cancel():
            a, b = g.scaled(-50, 50), g.scaled(-50, 50)
            return (a, b, -a * b * (1 + g.r.randint(-8, 8) * 2.0 ** -52))
        return {
            'random bits': lambda: (g.finite_bits(), g.finite_bits(), g.finite_bits()),
            'cancellation': cancel,
            'halfway': halfway,
            'extreme exponents': lambda: (g.scaled(-1000, 1000), g.scaled(-1000, 1000),
                                          g.uniform(-1, 1) * 2.0 ** g.r.randint(-1100, 1000)),
            'moderate': lambda: (g.uniform(-1e3, 1e3), g.uniform(-1e3, 1e3), g.uniform(-1e6, 1e6)),
        }


def cpython_eval(name, args, cfma):
    """('v', result) or ('e', exception name) from CPython's own code for the operation."""
    x = args[0]
    try:
        if name == 'pow':
            return ('v', x ** args[1])
        if name == 'fma':
            return ('v', cfma(*args))
        return ('v', getattr(math, name)(x))
    except (OverflowError, ValueError, ZeroDivisionError) as e:
        return ('e', type(e).__name__)


def agrees(outcome, ours):
    kind, v = outcome
    if kind == 'v':
        if math.isnan(v):
            return math.isnan(ours)
        return struct.pack('<d', v) == struct.pack('<d', ours)
    if v == 'OverflowError' or v == 'ZeroDivisionError':
        return math.isinf(ours)
    return math.isnan(ours) or ours == -math.inf  # ValueError


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--count', type=int, default=1000000)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--only', default='pow,exp,exp2,log,log2,log10,fma')
    ap.add_argument('--limit', type=int, default=10)
    opts = ap.parse_args()

    libm = ctypes.CDLL(ctypes.util.find_library('m'))
    cfma = libm.fma
    cfma.restype = ctypes.c_double
    cfma.argtypes = [ctypes.c_double] * 3

    gen = Gen(opts.seed)
    names = opts.only.split(',')
    plan = []  # (function, range name, args, CPython outcome)
    for name in names:
        if name == 'pow':
            ranges = gen.pow_ranges()
        elif name in ('exp', 'exp2'):
            ranges = gen.exp_ranges(1 if name == 'exp' else 1 / LN2)
        elif name == 'fma':
            ranges = gen.fma_ranges(cfma)
        elif name in ('log', 'log2', 'log10'):
            ranges = gen.log_ranges()
        else:
            sys.exit(f'unknown function {name}')
        per = -(-opts.count // len(ranges))
        for rname, make in ranges.items():
            for _ in range(per):
                args = make()
                plan.append((name, rname, args, cpython_eval(name, args, cfma)))

    data = array.array('d')
    for name, _, args, _ in plan:
        a = tuple(args) + (0.0,) * (3 - len(args))
        data.extend((CODES[name],) + a)
    with tempfile.TemporaryDirectory() as tmp:
        inp, outp = os.path.join(tmp, 'in.bin'), os.path.join(tmp, 'out.bin')
        with open(inp, 'wb') as f:
            data.tofile(f)
        subprocess.run(['node', '--import', 'tsx', os.path.join(ROOT, 'tools', 'libm-compare.ts'), inp, outp],
                       cwd=ROOT, check=True)
        ours = array.array('d')
        with open(outp, 'rb') as f:
            ours.frombytes(f.read())

    counts = {}  # (function, range) -> [inputs, mismatches]
    shown = {}
    total_bad = 0
    for (name, rname, args, outcome), got in zip(plan, ours):
        c = counts.setdefault((name, rname), [0, 0])
        c[0] += 1
        if agrees(outcome, got):
            continue
        c[1] += 1
        total_bad += 1
        if shown.get(name, 0) < opts.limit:
            shown[name] = shown.get(name, 0) + 1
            want = float_hex(outcome[1]) if outcome[0] == 'v' else outcome[1]
            print(f'MISMATCH {name}({", ".join(float_hex(a) for a in args)}): CPython {want}, ours {float_hex(got)}')
    for name in names:
        rows = [(r, c) for (n, r), c in counts.items() if n == name]
        n_all = sum(c[0] for _, c in rows)
        bad_all = sum(c[1] for _, c in rows)
        print(f'{name}: {n_all} inputs, {bad_all} mismatches')
        for r, (n, bad) in rows:
            print(f'    {r:26s} {n:9d} {bad:6d}')
    print('total mismatches:', total_bad)
    sys.exit(1 if total_bad else 0)


if __name__ == '__main__':
    main()
