# immortal-test: exit=1
# SyntaxError with CPython's hint for assigning to a call.
def limit():
    return 10


if limit() = 10:
    print("ten")
