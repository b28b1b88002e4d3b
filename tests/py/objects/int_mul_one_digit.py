# Products of multi-digit ints with one-digit ints (both signs, digits at the 2**30 edge), squares,
# and a factorial: the single-row and schoolbook multiplication paths.
import random
random.seed(3)
acc = 0
for i in range(3000):
    a = random.getrandbits(random.randint(1, 3000)) * random.choice([1, -1])
    b = random.getrandbits(random.randint(1, 30)) * random.choice([1, -1])
    for x, y in ((a, b), (b, a), (a, a), (b, b), (a, 2**30 - 1), (a, 2**29), (a, -(2**30 - 1))):
        p = x * y
        acc = (acc * 1000003 + p) % (2**127 - 1)
f = 1
for i in range(2, 600):
    f *= i
print(acc, f % (10**30), len(str(f)))
