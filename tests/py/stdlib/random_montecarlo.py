# A realistic seeded simulation: Monte-Carlo estimates of pi and of an integral, a random walk, a dice game
# and a queue with exponential arrivals; all reproducible from the seeds.
import random
import math

rng = random.Random(2024)
inside = 0
N = 20000
for _ in range(N):
    x, y = rng.random(), rng.random()
    if x * x + y * y <= 1.0:
        inside += 1
print('pi ~', 4 * inside / N, 'error', round(abs(4 * inside / N - math.pi), 6))

total = 0.0
for _ in range(5000):
    x = rng.uniform(0, math.pi)
    total += math.sqrt(x) * 1.5
print('integral ~', round(math.pi * total / 5000, 9))

pos = 0
far = 0
for step in range(2000):
    pos += rng.choice((-1, 1))
    far = max(far, abs(pos))
print('walk', pos, far)

rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(3000)]
hist = {s: rolls.count(s) for s in range(2, 13)}
for s, c in hist.items():
    print(f'{s:2} {c:4} ' + '#' * (c // 20))

t = 0.0
queue = []
served = 0
waits = []
free_at = 0.0
for _ in range(400):
    t += rng.expovariate(1.0)
    start = max(t, free_at)
    waits.append(start - t)
    free_at = start + rng.expovariate(1.25)
print('mean wait', round(sum(waits) / len(waits), 9), 'max wait', round(max(waits), 9))
deck = [r + s for s in 'SHDC' for r in 'A23456789TJQK']
rng.shuffle(deck)
print(deck[:13])
print(sorted(rng.sample(range(1, 50), 6)), rng.choices(['win', 'lose', 'draw'], [5, 3, 2], k=10))
