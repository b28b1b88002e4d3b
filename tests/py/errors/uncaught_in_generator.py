# immortal-test: exit=1
# An exception raised inside a generator shows the generator's frame under the consumer's.
def readings(values):
    for v in values:
        if v < 0:
            raise ValueError(f"sensor fault: {v}")
        yield v * 1.5


total = 0
for r in readings([1, 2, -3, 4]):
    total += r
    print("running total", total)
