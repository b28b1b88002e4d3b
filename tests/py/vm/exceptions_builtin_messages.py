# Messages of common builtin exceptions, word for word.
nothing = None
five = 5


class Plain:
    pass


def message(fn):
    try:
        fn()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return "no error"


tests = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: [1, 2][5],
    lambda: (1,)[-3],
    lambda: "abc"[10],
    lambda: {"a": 1}["b"],
    lambda: {(1, 2): 0}[(3, 4)],
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: "a" * 2.5,
    lambda: -"a",
    lambda: 1 < "a",
    lambda: [] < {},
    lambda: nothing(),
    lambda: len(None),
    lambda: int("twelve"),
    lambda: int("12.5"),
    lambda: float("abc"),
    lambda: [].pop(),
    lambda: [1].index(9),
    lambda: [1].remove(9),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: "abc".index("z"),
    lambda: Plain().missing,
    lambda: Plain.missing,
    lambda: "s".missing,
    lambda: undefined_variable,
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: {{}},
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: 2 ** 10000 * 1.0,
    lambda: chr(-1),
    lambda: "x".join([1]),
    lambda: (1, 2).count(),
    lambda: sorted([3, "a"]),
    lambda: int(None),
    lambda: list(5),
    lambda: divmod(1, 0),
    lambda: abs("x"),
    lambda: five[0],
    lambda: (lambda x: x)(),
    lambda: "abc"[1:2:0],
]
for t in tests:
    print(message(t))
