# immortal-test: exit=1
# A symbol-table error: nonlocal needs a binding in an enclosing function.
print("never printed")


def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner
