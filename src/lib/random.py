"""Pseudo-random numbers for Immortal: the random module of Python 3.12.

Random extends the Mersenne Twister of the native _random module with the documented distributions.
Invariant: every method draws from the generator in the same order, as many times, and combines the
draws with the same floating-point operations (same order, same constants) as CPython 3.12, so a
given seed yields bit-identical sequences. The module-level functions are the bound methods of one
hidden instance seeded from the operating system.
"""

import _random
from bisect import bisect as _bisect
from operator import index as _index
from math import (acos as _acos, ceil as _ceil, cos as _cos, e as _e, exp as _exp, fabs as _fabs,
                  floor as _floor, isfinite as _isfinite, lgamma as _lgamma, log as _log,
                  log2 as _log2, pi as _pi, sin as _sin, sqrt as _sqrt, tau as TWOPI)

__all__ = [
    "Random", "SystemRandom", "betavariate", "binomialvariate", "choice", "choices", "expovariate",
    "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate",
    "paretovariate", "randbytes", "randint", "random", "randrange", "sample", "seed", "setstate",
    "shuffle", "triangular", "uniform", "vonmisesvariate", "weibullvariate",
]

# Public constants (their values are part of the algorithms).
BPF = 53                                  # bits in a float's significand
RECIP_BPF = 2 ** -BPF
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)

_ONE = 1    # randrange's default step, told apart from an explicit one by identity

_SEED_TYPES_ERROR = 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.'


def _running_totals(values):
    # itertools.accumulate(values) as a list
    out = []
    total = None
    for v in values:
        total = v if total is None else total + v
        out.append(total)
    return out


def _is_sequence(obj):
    # The random module accepts what collections.abc.Sequence accepts: the builtin sequences and
    # classes that provide __len__ and __getitem__ but are not mappings or sets.
    if isinstance(obj, (list, tuple, str, range, bytes, bytearray)):
        return True
    if isinstance(obj, (dict, set, frozenset)):
        return False
    try:
        from _collections_abc import Sequence
    except ImportError:
        return hasattr(type(obj), '__getitem__') and hasattr(type(obj), '__len__')
    return isinstance(obj, Sequence)


def _text_seed(text, version):
    # The integer a str/bytes/bytearray seed stands for; None when the version does not convert it
    # (the value then goes to _random.Random.seed as it is).
    if version == 2:
        data = text.encode() if isinstance(text, str) else bytes(text)
        return int.from_bytes(data + _random._sha512(data), 'big')
    if version == 1 and not isinstance(text, bytearray):
        # Python 2's string hash, kept so that old version-1 seeds still reproduce.
        chars = [ord(ch) for ch in (text.decode('latin-1') if isinstance(text, bytes) else text)]
        acc = chars[0] << 7 if chars else 0
        for code in chars:
            acc = ((1000003 * acc) ^ code) & 0xFFFFFFFFFFFFFFFF
        acc ^= len(chars)
        return -2 if acc == -1 else acc
    return None


# gammavariate's two rejection samplers, for shape > 1 and shape < 1; both return a sample of
# scale 1. `draw` is the generator's random().

def _gamma_cheng(draw, alpha):
    # R.C.H. Cheng, "The generation of Gamma variables with non-integral shape parameters",
    # Applied Statistics 26 (1977): the log-logistic envelope.
    spread = _sqrt(2.0 * alpha - 1.0)
    shift = alpha - LOG4
    slope = alpha + spread
    while True:
        u = draw()
        if not 1e-7 < u < 0.9999999:
            continue
        w = 1.0 - draw()
        t = _log(u / (1.0 - u)) / spread
        candidate = alpha * _exp(t)
        squeeze = u * u * w
        bound = shift + slope * t - candidate
        if bound + SG_MAGICCONST - 4.5 * squeeze >= 0.0 or bound >= _log(squeeze):
            return candidate


def _gamma_ahrens_dieter(draw, alpha):
    # Ahrens and Dieter's algorithm GS (1974) for 0 < alpha < 1.
    mix = (_e + alpha) / _e
    while True:
        point = mix * draw()
        if point <= 1.0:
            candidate = point ** (1.0 / alpha)
            if draw() <= _exp(-candidate):
                return candidate
        else:
            candidate = -_log((mix - point) / alpha)
            if draw() <= candidate ** (alpha - 1.0):
                return candidate


# binomialvariate's two samplers (p <= 0.5 in both).

def _binomial_geometric(draw, n, p):
    # Count successes by jumping over the geometrically distributed runs of failures (Devroye).
    per_trial = _log2(1.0 - p)
    successes = 0
    if not per_trial:
        return successes
    position = 0
    while True:
        position += _floor(_log2(draw()) / per_trial) + 1
        if position > n:
            return successes
        successes += 1


def _binomial_btrs(draw, n, p):
    # W. Hormann, "The generation of binomial random variates" (1993): transformed rejection with
    # squeeze. The exact acceptance test needs the log of the distribution at its mode, worked out
    # the first time the squeeze fails. (CPython asserts its precondition; a NaN p fails it.)
    assert n * p >= 10.0 and p <= 0.5
    sd = _sqrt(n * p * (1.0 - p))
    b = 1.15 + 2.53 * sd
    a = -0.0873 + 0.0248 * b + 0.01 * p
    centre = n * p + 0.5
    squeeze_limit = 0.92 - 4.2 / b
    log_mode = None
    while True:
        u = draw() - 0.5
        us = 0.5 - _fabs(u)
        k = _floor((2.0 * a / us + b) * u + centre)
        if k < 0 or k > n:
            continue
        v = draw()
        if us >= 0.07 and v <= squeeze_limit:
            return k
        if log_mode is None:
            scale = (2.83 + 5.1 / b) * sd
            log_odds = _log(p / (1.0 - p))
            mode = _floor((n + 1) * p)
            log_mode = _lgamma(mode + 1) + _lgamma(n - mode + 1)
        v *= scale / (a / (us * us) + b)
        if _log(v) <= log_mode - _lgamma(k + 1) - _lgamma(n - k + 1) + (k - mode) * log_odds:
            return k


# For __init_subclass__: the first of these a class defines decides which _randbelow it gets
# (None: it defines _randbelow itself, so keep it).
_RANDBELOW_FOR = (('_randbelow', None), ('getrandbits', '_randbelow_with_getrandbits'),
                  ('random', '_randbelow_without_getrandbits'))


class Random(_random.Random):
    """A Mersenne Twister generator with the random module's methods; subclass it to supply
    another core generator (random(), and optionally getrandbits())."""

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Reset the generator from a: None (OS entropy or the time), an int, a float, a str,
        bytes or a bytearray."""
        if isinstance(a, (str, bytes, bytearray)):
            converted = _text_seed(a, version)
            if converted is not None:
                a = converted
        elif not (a is None or isinstance(a, (int, float))):
            raise TypeError(_SEED_TYPES_ERROR)
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """The generator's state, for setstate()."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Restore a state that getstate() returned (this version's or version 2's)."""
        version = state[0]
        if version != 3 and version != 2:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" % (version, self.VERSION))
        version, inner, self.gauss_next = state
        if version == 2:
            # Version 2 states may hold negative words (from Python 2): fold them into 32 bits.
            try:
                inner = tuple(word % (2 ** 32) for word in inner)
            except ValueError as exc:
                raise TypeError from exc
        super().setstate(inner)

    # Pickling and copying go through getstate/setstate.
    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    def __init_subclass__(cls, /, **kwargs):
        # Integers come from getrandbits() when the nearest definition in the MRO is getrandbits,
        # and from random() alone when it is random (keyword arguments are ignored, as in CPython).
        for klass in cls.__mro__:
            own = klass.__dict__
            for trigger, method in _RANDBELOW_FOR:
                if trigger in own:
                    if method is not None:
                        cls._randbelow = getattr(cls, method)
                    return

    def _randbelow_with_getrandbits(self, n):
        # Uniform in range(n), n > 0: draw n.bit_length() bits until the value is below n.
        bits = self.getrandbits
        width = n.bit_length()
        while True:
            value = bits(width)
            if value < n:
                return value

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        # Uniform in range(n) from random() alone: reject the draws that would make some results
        # more likely than others (all of them when n needs more than 53 bits: then warn).
        draw = self.random
        if n >= maxsize:
            from warnings import warn
            warn("Underlying random() generator does not supply \n"
                 "enough bits to choose from a population range this large.\n"
                 "To remove the range limitation, add a getrandbits() method.")
            return _floor(draw() * n)
        cutoff = (maxsize - maxsize % n) / maxsize
        while True:
            u = draw()
            if u < cutoff:
                return _floor(u * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    # ---- integers

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_ONE):
        """A random member of range(start, stop, step) (or of range(start) given one argument)."""
        first = _index(start)
        if stop is None:
            if step is not _ONE:
                raise TypeError("Missing a non-None stop argument")
            if first <= 0:
                raise ValueError("empty range for randrange()")
            return self._randbelow(first)
        span = _index(stop) - first
        stride = _index(step)
        if stride == 1:
            if span <= 0:
                raise ValueError(f"empty range in randrange({start}, {stop})")
            return first + self._randbelow(span)
        if stride == 0:
            raise ValueError("zero step for randrange()")
        # len(range(first, stop, stride))
        if stride > 0:
            count = (span + stride - 1) // stride
        else:
            count = (span + stride + 1) // stride
        if count <= 0:
            raise ValueError(f"empty range in randrange({start}, {stop}, {step})")
        return first + stride * self._randbelow(count)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # ---- sequences

    def choice(self, seq):
        """A random element of a non-empty sequence."""
        if len(seq) == 0:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle the mutable sequence x in place (Fisher-Yates, from the end)."""
        below = self._randbelow
        slot = len(x) - 1
        while slot > 0:
            other = below(slot + 1)
            x[slot], x[other] = x[other], x[slot]
            slot -= 1

    def sample(self, population, k, *, counts=None):
        """k distinct random picks from a sequence (with counts: from the sequence with each
        element repeated that many times), in selection order."""
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is not None:
            # Sample positions in the expanded population, then map each back to its element.
            bounds = _running_totals(counts)
            if len(bounds) != size:
                raise ValueError('The number of counts does not match the population')
            expanded = bounds.pop()
            if not isinstance(expanded, int):
                raise TypeError('Counts must be integers')
            if expanded <= 0:
                raise ValueError('Total of counts must be greater than zero')
            return [population[_bisect(bounds, spot)] for spot in self.sample(range(expanded), k=k)]
        below = self._randbelow
        if not 0 <= k <= size:
            raise ValueError("Sample larger than population or is negative")
        picked = [None] * k
        # Small populations: partial Fisher-Yates on a copy. Large ones: remember the chosen
        # indices in a set and draw again on a repeat. The cutoff compares the memory of a list
        # copy with that of the set (CPython's formula, which fixes the sequence of draws).
        cutoff = 21
        if k > 5:
            cutoff += 4 ** _ceil(_log(k * 3, 4))
        if size <= cutoff:
            pool = list(population)
            for filled in range(k):
                at = below(size - filled)
                picked[filled] = pool[at]
                pool[at] = pool[size - filled - 1]
            return picked
        taken = set()
        for filled in range(k):
            at = below(size)
            while at in taken:
                at = below(size)
            taken.add(at)
            picked[filled] = population[at]
        return picked

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k picks from population with replacement, optionally weighted (relative or cumulative
        weights)."""
        draw = self.random
        size = len(population)
        if cum_weights is None:
            if weights is None:
                scaled = size + 0.0
                return [population[_floor(draw() * scaled)] for _ in range(k)]
            try:
                cum_weights = _running_totals(weights)
            except TypeError:
                if isinstance(weights, int):
                    # choices(population, 3): a k passed where the weights go
                    raise TypeError('The number of choices must be a keyword argument: '
                                    f'k={weights!r}') from None
                raise
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0 or not _isfinite(total):
            need = 'greater than zero' if total <= 0.0 else 'finite'
            raise ValueError(f'Total of weights must be {need}')
        last = size - 1
        return [population[_bisect(cum_weights, draw() * total, 0, last)] for _ in range(k)]

    # ---- real-valued distributions

    def uniform(self, a, b):
        """A random float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution between low and high, peaking at mode (default: the middle)."""
        u = self.random()
        try:
            split = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > split:
            # the upper side, measured down from high
            return high + (low - high) * _sqrt((1.0 - u) * (1.0 - split))
        return low + (high - low) * _sqrt(u * split)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio-of-uniforms method)."""
        draw = self.random
        while True:
            u = draw()
            w = 1.0 - draw()
            z = NV_MAGICCONST * (u - 0.5) / w
            if z * z / 4.0 <= -_log(w):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution by Box-Muller: each pair of draws gives two values, and the second
        is kept for the next call (not thread-safe; normalvariate is)."""
        z = self.gauss_next
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            self.gauss_next = _sin(angle) * radius
            z = _cos(angle) * radius
        else:
            self.gauss_next = None
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log-normal distribution: exp of normalvariate(mu, sigma)."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        """Exponential distribution with rate lambd (mean 1/lambd)."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution of angles: mean mu, concentration kappa (uniform when kappa
        is about 0). Best and Fisher's algorithm."""
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        half = 0.5 / kappa
        rho = half + _sqrt(1.0 + half * half)
        while True:
            z = _cos(_pi * draw())
            d = z / (rho + z)
            w = draw()
            if w < 1.0 - d * d or w <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / rho
        f = (q + z) / (1.0 + q * z)
        offset = _acos(f)
        if draw() <= 0.5:
            offset = -offset
        return (mu + offset) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha > 0 and scale beta > 0."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        draw = self.random
        if alpha > 1.0:
            return _gamma_cheng(draw, alpha) * beta
        if alpha == 1.0:
            return -_log(1.0 - draw()) * beta  # the exponential distribution
        return _gamma_ahrens_dieter(draw, alpha) * beta

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1] (alpha > 0, beta > 0), from two gamma variates."""
        x = self.gammavariate(alpha, 1.0)
        if not x:
            return 0.0
        return x / (x + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)

    # ---- discrete distributions

    def binomialvariate(self, n=1, p=0.5):
        """Successes in n independent trials that each succeed with probability p."""
        if n < 0:
            raise ValueError("n must be non-negative")
        if p <= 0.0 or p >= 1.0:
            # only the two certain outcomes are allowed outside (0, 1)
            if p != 0.0 and p != 1.0:
                raise ValueError("p must be in the range 0.0 <= p <= 1.0")
            return 0 if p == 0.0 else n
        draw = self.random
        if n == 1:
            return _index(draw() < p)
        if p > 0.5:
            # count the failures instead
            return n - self.binomialvariate(n, 1.0 - p)
        if n * p < 10.0:
            return _binomial_geometric(draw, n, p)
        return _binomial_btrs(draw, n, p)


class SystemRandom(Random):
    """Random numbers from the operating system's entropy (no state: seed() does nothing and
    getstate()/setstate() raise)."""

    def random(self):
        # 56 random bits, keep 53
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        spare = -k % 8  # the bits beyond k in the last whole byte
        return int.from_bytes(_urandom((k + spare) // 8), 'big') >> spare

    def randbytes(self, n):
        return _urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _stateless(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _stateless


def _urandom(n):
    # os.urandom without importing os: a fresh OS-seeded generator's bits
    return _random.Random().getrandbits(n * 8).to_bytes(n, 'little') if n else b''


# The module-level functions: bound methods of one shared, OS-seeded instance.
_inst = Random()
for _name in __all__:
    if _name[0].islower():
        globals()[_name] = getattr(_inst, _name)
del _name
