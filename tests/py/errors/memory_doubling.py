# immortal-test: heap=8M exit=1
# A string that doubles without bound under an 8 MiB heap: MemoryError, not a crash. The failing
# line is the same whichever doubling runs out of memory.
s = "ab"
while True:
    s = s + s
