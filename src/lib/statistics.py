"""Descriptive statistics (Immortal's own implementation of the statistics module's documented CPython
3.12 behaviour). mean, variance and friends accumulate exact fractions (each value's integer ratio,
grouped by denominator), so results are exactly CPython's: the exact answer converted once to the
data's type. fmean, covariance, correlation and linear_regression work in floats (fsum/sumprod)."""

import math
import numbers
import sys
from bisect import bisect_left, bisect_right
from fractions import Fraction

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean',
    'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped', 'median_high',
    'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


def _decimal_type():
    # The Decimal class when the decimal module is loaded (data can only hold Decimals then).
    mod = sys.modules.get('decimal')
    return None if mod is None else mod.Decimal


def _is_decimal_type(T):
    D = _decimal_type()
    return D is not None and issubclass(T, D)


def _ratio(x):
    """(numerator, denominator) of x exactly; (x, None) for an infinity or NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


def _common_type(T, S):
    """The type a result of mixed T and S data is converted to (int mixes with anything)."""
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S) or issubclass(S, int):
        return T
    if issubclass(T, int):
        return S
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _result_type(types):
    T = int
    for S in types:
        T = _common_type(T, S)
    return T


def _exact_sum(data):
    """(result type, exact sum as a Fraction (or a float inf/nan), count)."""
    types = []
    last = None
    by_den = {}
    count = 0
    for x in data:
        if type(x) is not last:
            last = type(x)
            if last not in types:
                types.append(last)
        n, d = _ratio(x)
        count += 1
        by_den[d] = by_den.get(d, 0) + n
    if None in by_den:
        total = by_den[None]
    else:
        # one exact fraction over the common denominator (cheaper than adding Fractions)
        common = math.lcm(*by_den) if by_den else 1
        total = Fraction(sum(n * (common // d) for d, n in by_den.items()), common)
    return _result_type(types), total, count


def _exact_ss(data, c=None):
    """(result type, sum of squared deviations, mean used, count); exact unless c is given,
    in which case the deviations x - c are computed in the data's own arithmetic."""
    if c is not None:
        T, ss, count = _exact_sum((x - c) * (x - c) for x in data)
        return T, ss, c, count
    types = []
    last = None
    sx = {}
    sxx = {}
    count = 0
    for x in data:
        if type(x) is not last:
            last = type(x)
            if last not in types:
                types.append(last)
        n, d = _ratio(x)
        count += 1
        sx[d] = sx.get(d, 0) + n
        sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        ss = c = Fraction(0)
    elif None in sx:
        ss = c = sx[None]
    else:
        # With L the common denominator: sum(x) = a/L and sum(x*x) = b/L**2, so the sum of squared
        # deviations is (count*b - a*a) / (count * L**2) and the mean a / (count * L), exactly.
        common = math.lcm(*sx)
        a = sum(n * (common // d) for d, n in sx.items())
        b = sum(n * (common // d) ** 2 for d, n in sxx.items())
        ss = Fraction(count * b - a * a, count * common * common)
        c = Fraction(a, count * common)
    return _result_type(types), ss, c, count


def _to_type(value, T):
    """An exact result converted to the data's type (ints that are not whole become floats)."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if _is_decimal_type(T):
            return T(value.numerator) / T(value.denominator)
        raise


def _check_nonneg(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def _sqrt_ratio(n, m):
    """sqrt(n/m) correctly rounded to a float, for integers n >= 0 and m > 0."""
    # Scale so the integer root has about 2*53+3 bits, make it odd when inexact (so the final
    # division, which rounds once, cannot be fooled by a tie), then divide by the scale.
    shift = (n.bit_length() - m.bit_length() - 109) // 2
    if shift >= 0:
        num, den = n, m << (2 * shift)
    else:
        num, den = n << (-2 * shift), m
    root = math.isqrt(num // den)
    if root * root * den != num:
        root |= 1
    if shift >= 0:
        return (root << shift) / 1
    return root / (1 << -shift)


def _decimal_sqrt_ratio(n, m):
    """sqrt(n/m) as a Decimal correctly rounded to the context: the context's square root of the
    rounded quotient, moved one step up or down when a neighbour is closer to the exact root."""
    D = _decimal_type()
    if n <= 0:
        if not n:
            return D('0.0')
        n, m = -n, -m
    root = (D(n) / D(m)).sqrt()
    rn, rd = root.as_integer_ratio()
    # compare n/m with the square of the midpoint between root and each neighbour
    up = root.next_plus()
    un, ud = up.as_integer_ratio()
    if 4 * n * (rd * ud) ** 2 > m * (rd * un + ud * rn) ** 2:
        return up
    down = root.next_minus()
    dn, dd = down.as_integer_ratio()
    if 4 * n * (rd * dd) ** 2 < m * (rd * dn + dd * rn) ** 2:
        return down
    return root


def mean(data):
    """The arithmetic mean, computed exactly and converted to the data's type."""
    T, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _to_type(total / n, T)


def fmean(data, weights=None):
    """The (weighted) arithmetic mean as a float, computed with math.fsum/math.sumprod."""
    if weights is not None:
        return _weighted_fmean(data, weights)
    try:
        count = len(data)
    except TypeError:
        data = list(data)  # an iterator: keep its items so they can be counted
        count = len(data)
    total = math.fsum(data)
    if count == 0:
        raise StatisticsError('fmean requires at least one data point')
    return total / count


def _weighted_fmean(data, weights):
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)  # read twice: by sumprod and by fsum
    try:
        weighted_total = math.sumprod(data, weights)
    except ValueError:
        raise StatisticsError('data and weights must be the same length')
    weight_total = math.fsum(weights)
    if weight_total == 0:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted_total / weight_total


def geometric_mean(data):
    """The geometric mean as a float: exp of the mean of the logs."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


_HARMONIC_NEGATIVE = 'harmonic mean does not support negative values'


def harmonic_mean(data, weights=None):
    """The (weighted) harmonic mean: the sum of the weights over the sum of weight/value. A zero
    value with a non-zero weight makes it 0."""
    if iter(data) is data:
        data = list(data)
    size = len(data)
    if size < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if weights is None:
        if size == 1:
            return _harmonic_of_one(data[0])
        weights, weight_total = [1] * size, size
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != size:
            raise StatisticsError('Number of weights does not match data size')
        weight_total = _exact_sum(_check_nonneg(weights, _HARMONIC_NEGATIVE))[1]
    try:
        checked = _check_nonneg(data, _HARMONIC_NEGATIVE)
        T, reciprocal_total, _ = _exact_sum(w / x if w else 0 for w, x in zip(weights, checked))
    except ZeroDivisionError:
        return 0
    if reciprocal_total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _to_type(weight_total / reciprocal_total, T)


def _harmonic_of_one(x):
    # A single unweighted value is its own harmonic mean (type checked, not converted).
    D = _decimal_type()
    if not (isinstance(x, numbers.Real) or (D is not None and isinstance(x, D))):
        raise TypeError('unsupported type')
    if x < 0:
        raise StatisticsError(_HARMONIC_NEGATIVE)
    return x


def median(data):
    """The middle value, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2:
        return data[n // 2]
    return (data[n // 2 - 1] + data[n // 2]) / 2


def median_low(data):
    """The middle value, or the smaller of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2] if n % 2 else data[n // 2 - 1]


def median_high(data):
    """The middle value, or the larger of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """The median of data binned in classes of width interval, by interpolation (50th percentile)."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    lo = bisect_left(data, x)
    hi = bisect_right(data, x, lo=lo)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = x - interval / 2.0
    below = lo
    freq = hi - lo
    return lower + interval * (n / 2 - below) / freq


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """The most common value (the first one seen on a tie)."""
    counts = _counts(iter(data))
    best = None
    best_count = 0
    for value, c in counts.items():
        if c > best_count:
            best, best_count = value, c
    if not best_count:
        raise StatisticsError('no mode for empty data')
    return best


def multimode(data):
    """All the most common values, in the order first seen."""
    counts = _counts(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, c in counts.items() if c == top]


def quantiles(data, *, n=4, method='exclusive'):
    """The n-1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        m = size - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        m = size + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), size - 1)
            delta = i * m - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


def variance(data, xbar=None):
    """The sample variance (n - 1 in the denominator)."""
    T, ss, _, n = _exact_ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _to_type(ss / (n - 1), T)


def pvariance(data, mu=None):
    """The population variance (n in the denominator)."""
    T, ss, _, n = _exact_ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _to_type(ss / n, T)


def stdev(data, xbar=None):
    """The sample standard deviation, the correctly rounded square root of the sample variance."""
    T, ss, _, n = _exact_ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    v = ss / (n - 1)
    if _is_decimal_type(T):
        return _decimal_sqrt_ratio(v.numerator, v.denominator)
    return _sqrt_ratio(v.numerator, v.denominator)


def pstdev(data, mu=None):
    """The population standard deviation."""
    T, ss, _, n = _exact_ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    v = ss / n
    if _is_decimal_type(T):
        return _decimal_sqrt_ratio(v.numerator, v.denominator)
    return _sqrt_ratio(v.numerator, v.denominator)


def _mean_stdev(data):
    T, ss, xbar, n = _exact_ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    v = ss / (n - 1)
    try:
        return float(xbar), _sqrt_ratio(v.numerator, v.denominator)
    except AttributeError:
        # infinite or NaN data: the "ratio" is a float
        return float(xbar), float(xbar) / float(ss)


def _pair_size(x, y, what):
    # The checks covariance, correlation and linear_regression share; returns the common length.
    size = len(x)
    if len(y) != size:
        raise StatisticsError(f'{what} requires that both inputs have same number of data points')
    if size < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return size


def _centred(values, size):
    # (float mean, list of deviations from it)
    centre = math.fsum(values) / size
    return centre, [v - centre for v in values]


def covariance(x, y, /):
    """The sample covariance of two equally long inputs."""
    size = _pair_size(x, y, 'covariance')
    dx = _centred(x, size)[1]
    dy = _centred(y, size)[1]
    return math.sumprod(dx, dy) / (size - 1)


def _rank(data, start=1):
    # Ranks of the values (ties share the average rank), lowest first.
    order = sorted(zip(data, range(len(data))))
    ranks = [0] * len(order)
    i = start - 1
    k = 0
    while k < len(order):
        end = k + 1
        while end < len(order) and order[end][0] == order[k][0]:
            end += 1
        r = i + (end - k + 1) / 2
        for _, pos in order[k:end]:
            ranks[pos] = r
        i += end - k
        k = end
    return ranks


_CORRELATION_METHODS = frozenset({'linear', 'ranked'})


def correlation(x, y, /, *, method='linear'):
    """Pearson's correlation coefficient, or Spearman's rank correlation (method='ranked')."""
    size = _pair_size(x, y, 'correlation')
    if method not in _CORRELATION_METHODS:  # (a set: an unhashable method is a TypeError)
        raise ValueError(f'Unknown method: {method!r}')
    if method == 'linear':
        dx = _centred(x, size)[1]
        dy = _centred(y, size)[1]
    else:
        # ranks centred on zero, so no means need subtracting
        offset = (size - 1) / -2
        dx, dy = _rank(x, start=offset), _rank(y, start=offset)
    cross = math.sumprod(dx, dy)
    spread = math.sumprod(dx, dx) * math.sumprod(dy, dy)
    try:
        return cross / math.sqrt(spread)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


class LinearRegression(tuple):
    """LinearRegression(slope, intercept): the named pair linear_regression() returns."""
    __slots__ = ()
    _fields = ('slope', 'intercept')

    def __new__(cls, slope, intercept):
        return tuple.__new__(cls, (slope, intercept))

    slope = property(lambda self: self[0], doc='Alias for field number 0')
    intercept = property(lambda self: self[1], doc='Alias for field number 1')

    def __repr__(self):
        return f'LinearRegression(slope={self[0]!r}, intercept={self[1]!r})'

    def _asdict(self):
        return {'slope': self[0], 'intercept': self[1]}

    def __getnewargs__(self):
        return tuple(self)


def linear_regression(x, y, /, *, proportional=False):
    """Least-squares slope and intercept of y against x (a line through the origin with
    proportional=True)."""
    size = _pair_size(x, y, 'linear regression')
    if proportional:
        dx, dy = x, y
    else:
        x_centre, dx = _centred(x, size)
        y_centre = math.fsum(y) / size
        dy = (v - y_centre for v in y)
    cross = math.sumprod(dx, dy) + 0.0
    try:
        slope = cross / math.sumprod(dx, dx)
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else y_centre - slope * x_centre
    return LinearRegression(slope=slope, intercept=intercept)


def _poly(coefficients, r):
    # Horner evaluation, highest coefficient first.
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


# Wichura's algorithm AS 241 (Applied Statistics 37, 1988): rational approximations of the normal
# quantile function for the central region and the two tails.
_CENTRAL_NUM = (2509.0809287301227, 33430.57558358813, 67265.7709270087, 45921.95393154987,
                13731.69376550946, 1971.5909503065513, 133.14166789178438, 3.3871328727963665)
_CENTRAL_DEN = (5226.495278852854, 28729.085735721943, 39307.89580009271, 21213.794301586597,
                5394.196021424751, 687.1870074920579, 42.31333070160091, 1.0)
_NEAR_NUM = (0.0007745450142783414, 0.022723844989269184, 0.2417807251774506, 1.2704582524523684,
             3.6478483247632045, 5.769497221460691, 4.630337846156546, 1.4234371107496835)
_NEAR_DEN = (1.0507500716444169e-09, 0.0005475938084995345, 0.015198666563616457, 0.14810397642748008,
             0.6897673349851, 1.6763848301838038, 2.053191626637759, 1.0)
_FAR_NUM = (2.0103343992922881e-07, 2.7115555687434876e-05, 0.0012426609473880784, 0.026532189526576124,
            0.29656057182850487, 1.7848265399172913, 5.463784911164114, 6.657904643501103)
_FAR_DEN = (2.0442631033899397e-15, 1.421511758316446e-07, 1.8463183175100548e-05, 0.0007868691311456133,
            0.014875361290850615, 0.1369298809227358, 0.599832206555888, 1.0)


def _normal_quantile(p, mu, sigma):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        x = _poly(_CENTRAL_NUM, r) * q / _poly(_CENTRAL_DEN, r)
        return mu + x * sigma
    r = p if q <= 0.0 else 1.0 - p
    r = math.sqrt(-math.log(r))
    if r <= 5.0:
        r -= 1.6
        x = _poly(_NEAR_NUM, r) / _poly(_NEAR_DEN, r)
    else:
        r -= 5.0
        x = _poly(_FAR_NUM, r) / _poly(_FAR_DEN, r)
    if q < 0.0:
        x = -x
    return mu + x * sigma


_SQRT2 = math.sqrt(2.0)


class NormalDist:
    """A normal distribution with mean mu and standard deviation sigma, with its density,
    cumulative distribution and quantiles, and arithmetic with constants and other (independent)
    normal distributions."""

    # The slot docstrings are part of the public class data (NormalDist.__slots__).
    __slots__ = {
        '_mu': 'Arithmetic mean of a normal distribution',
        '_sigma': 'Standard deviation of a normal distribution',
    }

    @classmethod
    def from_samples(cls, data):
        """The NormalDist with the sample mean and standard deviation of data."""
        return cls(*_mean_stdev(data))

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    # ---- the parameters under their usual names

    mean = property(lambda self: self._mu, doc='The mean of the distribution.')
    median = property(lambda self: self._mu, doc='The median (the mean, by symmetry).')
    mode = property(lambda self: self._mu, doc='The mode (the mean, by symmetry).')
    stdev = property(lambda self: self._sigma, doc='The standard deviation.')
    variance = property(lambda self: self._sigma * self._sigma, doc='The square of the standard deviation.')

    # ---- sampling and the distribution functions

    def samples(self, n, *, seed=None):
        """n random values from the distribution (seeded through random.Random)."""
        import random
        draw = random.gauss if seed is None else random.Random(seed).gauss
        centre, spread = self._mu, self._sigma
        return [draw(centre, spread) for _ in range(n)]

    def _need_spread(self, what):
        # the functions below divide by sigma
        if not self._sigma:
            raise StatisticsError(f'{what}() not defined when sigma is zero')

    def pdf(self, x):
        """The probability density at x."""
        var = self._sigma * self._sigma
        if not var:  # (tested on the variance: a tiny sigma can square to zero)
            raise StatisticsError('pdf() not defined when sigma is zero')
        offset = x - self._mu
        return math.exp(offset * offset / (-2.0 * var)) / math.sqrt(math.tau * var)

    def cdf(self, x):
        """P(X <= x)."""
        self._need_spread('cdf')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The x with cdf(x) == p, for 0 < p < 1."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        return _normal_quantile(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n-1 cut points dividing the distribution into n equally likely intervals."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The overlapping coefficient of the two densities: the area under both (0.0 to 1.0)."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        # Order the pair by (sigma, mu) so the result does not depend on which one is self.
        lo, hi = (other, self) if (other._sigma, other._mu) < (self._sigma, self._mu) else (self, other)
        lo_var, hi_var = lo.variance, hi.variance
        if not (lo_var and hi_var):
            raise StatisticsError('overlap() not defined when sigma is zero')
        var_gap = hi_var - lo_var
        mean_gap = math.fabs(hi._mu - lo._mu)
        if not var_gap:
            # equal spreads: the densities cross once, midway between the means
            return 1.0 - math.erf(mean_gap / (2.0 * lo._sigma * _SQRT2))
        # otherwise they cross at the two roots of a quadratic
        a = lo._mu * hi_var - hi._mu * lo_var
        b = lo._sigma * hi._sigma * math.sqrt(mean_gap * mean_gap + var_gap * math.log(hi_var / lo_var))
        left, right = (a + b) / var_gap, (a - b) / var_gap
        return 1.0 - (math.fabs(hi.cdf(left) - lo.cdf(left)) + math.fabs(hi.cdf(right) - lo.cdf(right)))

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        self._need_spread('zscore')
        return (x - self._mu) / self._sigma

    # ---- arithmetic: shifting and scaling by constants; sums and differences of independent
    # normal variables (means add, variances add)

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __rsub__(self, other):
        return -(self - other)

    def __mul__(self, other):
        return NormalDist(self._mu * other, self._sigma * math.fabs(other))

    __rmul__ = __mul__

    def __truediv__(self, other):
        return NormalDist(self._mu / other, self._sigma / math.fabs(other))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    # ---- comparison, hashing, pickling

    def __eq__(self, other):
        if isinstance(other, NormalDist):
            return self._mu == other._mu and self._sigma == other._sigma
        return NotImplemented

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
