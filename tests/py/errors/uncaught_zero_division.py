# immortal-test: exit=1
# An uncaught ZeroDivisionError: stdout so far is kept, the traceback goes to stderr, exit status 1.
print("computing averages")
totals = [10, 20, 30]
counts = [2, 4, 0]
for t, c in zip(totals, counts):
    print(t / c)
print("never printed")
