# Default values are evaluated once, when the def statement runs.
base = 10


def with_default(x=base):
    return x


base = 20
print(with_default(), with_default(5))


def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append_to(1), append_to(2), append_to(3, []))


def append_safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(append_safe(1), append_safe(2))
order = []


def note(label, value):
    order.append(label)
    return value


def evaluated(a=note("a", 1), *, b=note("b", 2), c=note("c", 3)):
    return a + b + c


print(order, evaluated(), evaluated(10, c=0))
print(with_default.__defaults__, evaluated.__defaults__, evaluated.__kwdefaults__)


def make(n):
    def inner(k=n * 2):
        return k
    return inner


print(make(3)(), make(4)(), make(4)(1))
