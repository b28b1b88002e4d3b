# TypeError/AttributeError messages produced by the object model, word for word: calling
# non-callables, unhashable keys, bad operands, missing/extra arguments to methods and builtins'
# slot wrappers, descriptor misuse, and wrong receiver types for methods.
five, text, nothing, tup = 5, "s", None, (1,)
cases = [
    lambda: five(),
    lambda: text(),
    lambda: {[1]: 2},
    lambda: {{}},
    lambda: hash([]),
    lambda: [] + (),
    lambda: 1 + "a",
    lambda: "a" * 2.5,
    lambda: -"a",
    lambda: ~1.5,
    lambda: len(5),
    lambda: iter(5),
    lambda: next([]),
    lambda: object().x,
    lambda: (1).x,
    lambda: [].nope,
    lambda: int.nope,
    lambda: setattr(object(), "x", 1),
    lambda: list.append(5, 1),
    lambda: list.append([], 1, 2),
    lambda: str.upper(5),
    lambda: int.__add__(1, "a"),
    lambda: dict.__getitem__({}, "k"),
    lambda: object.__eq__(),
    lambda: type.__call__(5),
    lambda: list.__dict__["append"].__get__(5),
    lambda: int.__dict__["real"].__get__("s"),
    lambda: [1, 2][5],
    lambda: tup["x"],
    lambda: text[1.5],
    lambda: {}["missing"],
    lambda: nothing[0],
    lambda: five[0],
    lambda: sorted([1, "a"]),
    lambda: max([]),
    lambda: divmod(1, 0),
    lambda: [].pop(),
    lambda: [].remove(1),
    lambda: "x".join([1]),
    lambda: isinstance(1, 2),
    lambda: issubclass(1, int),
    lambda: super(int, "x"),
    lambda: type("X", (), {}, 1),
    lambda: object.__new__(list),
    lambda: int.__new__(str),
    lambda: property.__get__(1, 2),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
