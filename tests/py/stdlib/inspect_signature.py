# inspect: signature() of functions (all parameter kinds, defaults, annotations), methods, classes
# (__init__, __new__, metaclass __call__, plain classes), callable instances, functools.partial,
# wraps chains, __signature__; str()/repr() of Signature and Parameter; bind/bind_partial with
# BoundArguments.args/kwargs/apply_defaults; replace(); equality; getfullargspec, getcallargs;
# and the error messages of each.
import functools
import inspect
from inspect import Parameter, Signature


def plain(a, b, c=3):
    pass


def everything(a, b: int, /, c, d='x', *args: str, e, f: float = 1.5, **kw) -> bool:
    return True


def no_args():
    pass


def star_only(*, key, reverse=False):
    pass


lam = lambda x, *y, z=None, **w: None

for fn in (plain, everything, no_args, star_only, lam):
    sig = inspect.signature(fn)
    print(fn.__name__, sig, repr(sig))
    for p in sig.parameters.values():
        print('   ', repr(p), p.kind, p.kind.description, p.default is p.empty, int(p.kind))
print(inspect.signature(everything).return_annotation)


class Account:
    def __init__(self, owner, balance=0.0, *, currency='EUR'):
        self.owner = owner

    def deposit(self, amount: float) -> float:
        return amount

    @classmethod
    def open(cls, owner):
        return cls(owner)

    @staticmethod
    def fee(amount, rate=0.01):
        return amount * rate

    def __call__(self, verb, *args):
        return verb


class Point:
    def __new__(cls, x, y=0):
        return super().__new__(cls)


class Meta(type):
    def __call__(cls, token, retries=3):
        return super().__call__()


class Service(metaclass=Meta):
    pass


class Empty:
    pass


class Child(Account):
    pass


acct = Account('ann')
for obj in (Account, Child, Account.deposit, acct.deposit, Account.open, Account.fee, acct,
            Point, Service, Empty):
    print(getattr(obj, '__qualname__', type(obj).__name__), inspect.signature(obj))

p = functools.partial(everything, 1, 2, d='y')
print('partial', inspect.signature(p))
print('partial kw', inspect.signature(functools.partial(plain, b=5)))
print('partial all', inspect.signature(functools.partial(plain, 1, 2, 3)))


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@logged
def transfer(src, dst, amount, *, memo=''):
    pass


print('wrapped', inspect.signature(transfer), inspect.signature(transfer, follow_wrapped=False))
print(inspect.unwrap(transfer) is transfer.__wrapped__)


def custom(*args, **kwargs):
    pass


custom.__signature__ = Signature([Parameter('alpha', Parameter.POSITIONAL_OR_KEYWORD),
                                  Parameter('beta', Parameter.KEYWORD_ONLY, default=2)])
print('custom', inspect.signature(custom))

# binding
sig = inspect.signature(everything)
ba = sig.bind(1, 2, 3, 'd', 'v1', 'v2', e=5, extra=9)
print(ba)
print(ba.args, ba.kwargs)
ba = sig.bind(1, 2, c=3, e=4)
print(ba.args, ba.kwargs)
ba.apply_defaults()
print(ba)
print(sig.bind_partial(1))
print(inspect.signature(plain).bind(1, c=9, b=2).arguments)
for args, kwargs in [((1,), {}), ((1, 2, 3, 4), {}), ((1, 2), {'a': 1}), ((1, 2), {'zz': 1}),
                     ((), {'a': 1, 'b': 2})]:
    try:
        inspect.signature(plain).bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
for args, kwargs in [((1, 2, 3), {}), ((1, 2, 3), {'a': 1, 'e': 2}), ((1,), {'b': 2, 'c': 1, 'e': 1})]:
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
try:
    inspect.signature(star_only).bind()
except TypeError as e:
    print('TypeError:', e)

# building and replacing
s2 = sig.replace(return_annotation=Signature.empty)
print(s2, s2 == sig, sig == inspect.signature(everything), hash(sig) == hash(inspect.signature(everything)))
params = list(inspect.signature(plain).parameters.values())
print(Signature(params[:2]), inspect.signature(plain).replace(parameters=params[::2]))
print(params[0].replace(name='zed', default=0, annotation=list), params[0] == params[0].replace())
print(Parameter('v', Parameter.VAR_KEYWORD, annotation='dict[str, int]'))
print(Parameter('n', Parameter.POSITIONAL_ONLY, default=None, annotation=int | None))
bad_param_cases = [
    lambda: Parameter('x', 7),
    lambda: Parameter('args', Parameter.VAR_POSITIONAL, default=1),
    lambda: Parameter('class', Parameter.KEYWORD_ONLY),
    lambda: Parameter('2x', Parameter.POSITIONAL_ONLY),
    lambda: Parameter(3, Parameter.POSITIONAL_ONLY),
    lambda: Signature([params[1], params[0].replace(kind=Parameter.POSITIONAL_ONLY)]),
    lambda: Signature([params[2], params[0]]),
    lambda: Signature([params[0], params[0]]),
    lambda: Signature([Parameter('k', Parameter.KEYWORD_ONLY), params[0]]),
]
for case in bad_param_cases:
    try:
        case()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
for obj in (42, 'text'):
    try:
        inspect.signature(obj)
    except TypeError as e:
        print('TypeError:', e)

# older interfaces
print(inspect.getfullargspec(everything))
print(inspect.getfullargspec(Account.deposit))
print(inspect.getfullargspec(acct.deposit).args)
print(inspect.getcallargs(plain, 1, 2))
print(inspect.getcallargs(everything, 1, 2, 3, 4, 5, e=6, g=7))
print(sorted(inspect.getcallargs(acct.deposit, 10).items())[0])
for args, kwargs in [((1,), {}), ((1, 2, 3, 4), {}), ((1, 2), {'a': 1}), ((1, 2), {'zz': 1}),
                     ((), {})]:
    try:
        inspect.getcallargs(plain, *args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
try:
    inspect.getcallargs(star_only)
except TypeError as e:
    print('TypeError:', e)
try:
    inspect.getfullargspec(42)
except TypeError as e:
    print('TypeError:', e, type(e.__cause__).__name__)
