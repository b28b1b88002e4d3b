# exp, ln, log10, non-integral powers, to_eng_string, logical/shift/total-order operations of decimal.
from decimal import Decimal, getcontext, localcontext, ROUND_DOWN, ROUND_CEILING, InvalidOperation

def show(label, f):
    ctx = getcontext()
    ctx.clear_flags()
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__
    print(label, repr(r), sorted(k.__name__ for k, v in ctx.flags.items() if v))

for s in ['0', '1', '-1', '2.5', '1E-30', '-700.25', '230.1', '1E+30', '-Inf', 'NaN']:
    show('exp ' + s, lambda: Decimal(s).exp())
for s in ['1', '2', '10', '0.5', '1.000000000000000000000000001', '1E+100', '0', '-3', '123.456']:
    show('ln ' + s, lambda: Decimal(s).ln())
    show('log10 ' + s, lambda: Decimal(s).log10())
with localcontext(prec=9, rounding=ROUND_DOWN):
    show('exp down', lambda: Decimal('2.920034272640157').exp())
    show('pow down', lambda: Decimal(10) ** Decimal('-0.5'))
with localcontext(prec=50):
    show('e50', lambda: Decimal(1).exp())
    show('ln2_50', lambda: Decimal(2).ln())
for a, b in [('4', '0.5'), ('2', '0.5'), ('-2', '0.5'), ('2', 'Inf'), ('0.5', 'Inf'), ('1', '0.5'),
             ('0', '-0.5'), ('Inf', '0.5'), ('1.05', '12.5'), ('7', '-3.25'), ('3', '1E+7')]:
    show('pow %s %s' % (a, b), lambda: Decimal(a) ** Decimal(b))
for s in ['123E+1', '1E+7', '0E+1', '0.000001', '1E-8', '-12345E-10', '0E-7', 'NaN', '-Inf']:
    print('eng', s, Decimal(s).to_eng_string())
show('and', lambda: Decimal('1101').logical_and(Decimal('1011')))
show('or', lambda: Decimal('1101').logical_or(Decimal('10')))
show('xor', lambda: Decimal('1101').logical_xor(Decimal('111')))
show('inv', lambda: Decimal('1101').logical_invert())
show('and bad', lambda: Decimal('12').logical_and(Decimal('1')))
show('rotate', lambda: Decimal('123456789').rotate(3))
show('shift', lambda: Decimal('123456789').shift(-3))
show('fma', lambda: Decimal('3').fma(Decimal('0.1'), Decimal('-0.3')))
show('logb', lambda: Decimal('1234.5').logb())
show('scaleb', lambda: Decimal('1.5').scaleb(Decimal('3')))
vals = [Decimal(s) for s in ['1.0', '1.00', '-1', 'NaN', '-sNaN', 'Inf', '-0', '0', '2E+3']]
print(sorted(vals, key=lambda d: [sum(1 for o in vals if o.compare_total(d) < 0)]))
print([d.number_class() for d in vals if not d.is_snan()] + [Decimal('1E-999999').number_class()])
print(Decimal('-5').compare_total_mag(Decimal('3')), Decimal('2.0').same_quantum(Decimal('3.1')))
