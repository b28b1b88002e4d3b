# Decimals with huge exponents (up to the C module's limits): arithmetic, comparison, quantize,
# integer division, rounding to the context, next_toward and hashing all answer at once, as libmpdec
# does, without building 10**exponent; and hashes agree with int, float and Fraction.
from decimal import Decimal as D, Context, MAX_EMAX, MIN_EMIN, MAX_PREC
from fractions import Fraction

big = Context(prec=20, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])
x, y = D("9.87654321E+999999999999999990"), D("1.23E-999999999999999990")
print(big.add(x, y), big.subtract(y, x), big.multiply(x, y), big.divide(x, y), big.divide(y, x))
print(x > y, x == big.add(x, 0), big.compare(x, y), big.compare_total(y, x), big.compare_total_mag(big.minus(x), y))
print(big.divide_int(D(1), x), big.remainder(D(1), x), big.divmod(x, D(7)), big.divide_int(x, x))
print(big.quantize(y, D("1E+5")), big.quantize(D("1.5"), D("1E-999999")), big.quantize(x, D(1)))
print(big.max(x, big.minus(x)), big.min_mag(x, y), big.next_toward(y, x), big.next_plus(D(0)), big.next_minus(x))
print(big.scaleb(D(3), D(-999999999999999999)), big.scaleb(D(3), D(10 ** 18)), big.logb(x), big.logb(y))
print(big.to_integral_value(y), big.to_integral_exact(D("-1.5E-999999999999999999")), big.sqrt(x), big.sqrt(y))
print(big.exp(D("-1E+999999999999999990")), big.exp(D("1E-999999999999999990")), big.ln(x), big.log10(y))
print(big.power(x, 2), big.power(y, -1), big.power(D(10), D("1E+18")), big.power(D("0.5"), D("1E+30")))
print(big.fma(x, y, D(1)), big.fma(x, x, big.minus(x)), big.remainder_near(D(10), x), big.same_quantum(x, y))
print(x.adjusted(), y.adjusted(), x.as_tuple().exponent, y.is_normal(big), y.number_class(big))

default = Context(traps=[])
for v in (x, y, D("1E+999999"), D("1E+1000000"), D("1E-1000000"), D("1E-1000026"), D("1E-1000030")):
    default.clear_flags()
    r = default.plus(v)
    print(v, r, [s.__name__ for s in default.flags if default.flags[s]])
print(default.add(D("1E+999999"), D("1E-999999")), default.add(D(0), D("1E+999999")),
      default.add(D("0E-1000026"), D("1E+999999")), default.subtract(D("1E+999999"), D("1E+999999")))

# Hashes of equal numbers agree, however the value is spelled
for d, other in [(D("1E+100"), 10 ** 100), (D("1.000E+3"), 1000), (D("0.5"), 0.5), (D("1E-100"), Fraction(1, 10 ** 100)),
                 (D("-2.5E-10"), Fraction(-1, 4 * 10 ** 9)), (D("123456789012345678901234567890E+50"), 123456789012345678901234567890 * 10 ** 50)]:
    print(d, hash(d) == hash(other), d == other)
print(hash(D("1E+999999999999999999")) == hash(D("10E+999999999999999998")), hash(D("5E-999999999999999999")) == hash(D("50E-1000000000000000000")))
print(hash(D("-0")), hash(D("Inf")) == hash(float("inf")), hash(D("-Inf")), hash(D("1E+4300")) == hash(10 ** 4300))
long = D("1" * 5000)
print(len(str(long)), str(long)[:10], len(long.as_tuple().digits), long.adjusted(), str(+long)[:30], hash(long) == hash(int("1" * 4000) * 10 ** 1000 + int("1" * 1000)))
print(MAX_PREC, MAX_EMAX, MIN_EMIN)
