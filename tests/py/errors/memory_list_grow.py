# immortal-test: heap=8M exit=1
# A list that grows without bound inside one builtin call: MemoryError; the partial list is freed
# while the exception propagates, so the traceback can be printed.
print("growing")
list(iter(int, 1))
