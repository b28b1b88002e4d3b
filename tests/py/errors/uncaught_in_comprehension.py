# immortal-test: exit=1
# List comprehensions are inlined (PEP 709), so no <listcomp> frame appears; a generator expression
# keeps its own <genexpr> frame.
def safe_ratios(pairs):
    return sum(a / b for a, b in pairs)


def ratios(pairs):
    return [a / b for a, b in pairs]


print(safe_ratios([(1, 2), (3, 4)]))
print(ratios([(1, 2), (3, 4)]))
print(ratios([(1, 2), (5, 0)]))
