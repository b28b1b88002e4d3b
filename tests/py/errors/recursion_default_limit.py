# immortal-test: exit=1
# Recursing 100000 deep under the default limit (1000) raises RecursionError; the traceback collapses
# the repeated frames into "[Previous line repeated N more times]".
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print("recursing")
print(depth(100000))
