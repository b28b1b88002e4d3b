# immortal-test: exit=1
# A compiler error: return outside a function.
x = 5
if x > 3:
    return x
