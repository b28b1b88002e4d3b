# None and bool: singletons, bool as an int subclass, repr, and comparisons.
print(None, repr(None), type(None).__name__, None is None, None == None, None == 0, None == False)
print(True, False, True + True, True * 5, False - 1, True / 2, True == 1, False == 0)
print(int(True), float(False), str(True), repr(False), bool(None), bool(-1), bool(0.0), bool("False"))
print(isinstance(True, int), issubclass(bool, int), type(True + 0).__name__, type(True & False).__name__)
print(True & False, True | False, True ^ True, -False, not None)
print(sum([True, False, True, True]), max(False, True), sorted([True, False, True]))
print({True: "yes", 1: "one"}, {0, False}, [True, 1, 1.0].count(1))


def nothing():
    pass


result = nothing()
print(result is None, [nothing(), nothing()], (lambda: None)())
values = [0, None, False, "", 1]
print([v for v in values if v is not None], [v for v in values if v])
print(None if 0 else "falsy branch", True and None, False or None)
