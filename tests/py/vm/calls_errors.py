# TypeError messages for bad calls, word for word as CPython prints them.
def two(a, b):
    return a + b


def with_defaults(a, b=1, c=2):
    return a


def kw(*, key):
    return key


five = 5
text = "text"


class K:
    def method(self, x):
        return x


cases = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, 2, c=3),
    lambda: two(1, a=1),
    lambda: with_defaults(),
    lambda: with_defaults(1, 2, 3, 4),
    lambda: kw(),
    lambda: kw(1),
    lambda: kw(key=1, other=2),
    lambda: K().method(),
    lambda: K().method(1, 2),
    lambda: K.method(1),
    lambda: (lambda: 0)(1),
    lambda: five(),
    lambda: text(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: two(*5),
    lambda: two(**5),
    lambda: two(**{1: 2}),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)
