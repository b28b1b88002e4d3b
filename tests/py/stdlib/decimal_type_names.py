# decimal.Decimal and decimal.Context are C types in CPython: messages name them 'decimal.Decimal' and
# 'decimal.Context' (their tp_name), while __name__, __qualname__ and repr are the usual ones; a subclass
# is named by its own name.
import decimal
d = decimal.Decimal(1)
c = decimal.Context()
for f in (lambda: d + 'a', lambda: 'a' - d, lambda: d < 'a', lambda: abs(c), lambda: d(1), lambda: c + 1,
          lambda: len(d), lambda: d[0], lambda: hash(c), lambda: iter(d), lambda: d.nope, lambda: decimal.Decimal.nope):
    try:
        r = f()
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
print(decimal.Decimal.__name__, decimal.Decimal.__qualname__, decimal.Decimal.__module__, decimal.Context.__name__)
print(repr(decimal.Decimal), repr(decimal.Context), '__immortal_tp_name__' in vars(decimal.Decimal))
class MyDec(decimal.Decimal):
    pass
try:
    MyDec(1) + 'x'
except TypeError as e:
    print(e)
