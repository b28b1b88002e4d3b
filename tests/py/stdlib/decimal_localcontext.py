# decimal.localcontext: the ContextManager it returns (its type's name and module), keyword
# arguments (3.11+), nesting and restoring the outer context also after an exception, flags kept
# apart, and the TypeErrors for a bad context or keyword.
import decimal
from decimal import Decimal, localcontext, getcontext, Inexact, ROUND_DOWN

cm = localcontext()
print(type(cm).__name__, type(cm).__module__, hasattr(cm, '__enter__'), hasattr(cm, '__exit__'))
with localcontext(prec=4, rounding=ROUND_DOWN) as ctx:
    print(Decimal(2) / 3, ctx.prec, ctx.rounding, ctx is getcontext())
    with localcontext(ctx, prec=2) as inner:
        print(Decimal(2) / 3, inner.prec, inner is not ctx)
    print(Decimal(2) / 3)
print(Decimal(2) / 3, getcontext().prec)
try:
    with localcontext(prec=3):
        print(Decimal(1) / 7)
        raise KeyError('inside')
except KeyError as e:
    print('KeyError', e, getcontext().prec)
with localcontext(traps=[Inexact]) as ctx:
    try:
        Decimal(1) / 3
    except Inexact as e:
        print('Inexact', type(e).__name__, ctx.flags[Inexact])
print(getcontext().flags[Inexact] in (True, False), getcontext().traps[Inexact])
for args, kwargs in [((5,), {}), ((), {'precision': 3}), ((), {'prec': 'x'}), ((), {'rounding': 'nope'})]:
    try:
        with localcontext(*args, **kwargs):
            pass
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(isinstance(cm, decimal.ContextManager) if hasattr(decimal, 'ContextManager') else 'no ContextManager name')
