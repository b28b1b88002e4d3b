# Multiplication and true division of ints and floats around the edges the compiled code's fast
# paths test (2**30, 2**53, signed zeros, infinities, subnormals), called often enough to be compiled:
# the same results and errors as CPython.
vals = [0, 1, -1, 7, -7, 2**26, -(2**26)+3, 2**30-1, 2**31+5, -(2**40)-1, 2**52+1, 2**53-1, 2**53, -(2**53)-1, 2**60+3, 10**20, 0.0, -0.0, 1.5, -2.25, 1e300, float('inf'), 3.0e-310]
def f(a, b):
    out = [a * b]
    try: out.append(a / b)
    except ZeroDivisionError as e: out.append(str(e))
    except OverflowError as e: out.append(str(e))
    return out
def g():
    res = []
    for a in vals:
        for b in vals:
            res.append(f(a, b))
    return res
g(); g()
for x in g(): print(x)
