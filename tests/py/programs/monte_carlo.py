# A seeded Monte-Carlo study: random walks, dice simulations, pi estimation and bootstrap
# confidence intervals with random.seed / random.Random and the statistics module.
import random
import statistics
from collections import Counter
import math

random.seed(12345)
print([random.randint(1, 6) for _ in range(12)])
print(round(random.random(), 12), random.choice('abcdef'), random.randrange(0, 100, 5))
deck = list(range(10))
random.shuffle(deck)
print(deck, random.sample(range(100), 5))


def walk(rng, steps):
    x = y = 0
    far = 0
    for _ in range(steps):
        dx, dy = rng.choice(((1, 0), (-1, 0), (0, 1), (0, -1)))
        x += dx
        y += dy
        far = max(far, abs(x) + abs(y))
    return x, y, far


rng = random.Random(2024)
ends = [walk(rng, 40) for _ in range(30)]
dists = [math.hypot(x, y) for x, y, _ in ends]
print('mean distance', round(statistics.mean(dists), 6), 'expected ~', round(math.sqrt(40), 3))
print('median', round(statistics.median(dists), 6), 'stdev', round(statistics.stdev(dists), 6))
print('max excursion', max(f for *_, f in ends), 'mode of far', statistics.mode(f for *_, f in ends))

dice = random.Random(7)
sums = Counter(dice.randint(1, 6) + dice.randint(1, 6) for _ in range(400))
for total in range(2, 13):
    expected = (6 - abs(total - 7)) / 36
    got = sums[total] / 400
    print(f'{total:>2} {got:6.3f} {expected:6.3f} {"*" * round(got * 100)}')

pi_rng = random.Random(99)
inside = sum(1 for _ in range(800) if pi_rng.random() ** 2 + pi_rng.random() ** 2 <= 1)
print('pi ~', 4 * inside / 800)

data = [round(random.gauss(50, 10), 2) for _ in range(40)]
print('sample', data[:5])
print('mean', statistics.mean(data), 'fmean', round(statistics.fmean(data), 9))
print('pvariance', round(statistics.pvariance(data), 6), 'variance', round(statistics.variance(data), 6))
print('quantiles', [round(q, 4) for q in statistics.quantiles(data, n=4)])

boot = random.Random(5)
means = sorted(statistics.mean(boot.choices(data, k=len(data))) for _ in range(25))
lo, hi = means[1], means[-2]
print(f'bootstrap 95% CI for mean: [{lo:.3f}, {hi:.3f}]')

print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.median([1, 3, 5, 7]))
print(statistics.mean([1, 2, 3, 4]), statistics.mean([0.5, 0.25]), statistics.harmonic_mean([40, 60]))
print(statistics.multimode('aabbbcccd'), statistics.geometric_mean([1, 10, 100]))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print('StatisticsError:', e)
u = [random.uniform(-1, 1) for _ in range(3)]
print([round(v, 9) for v in u], random.getrandbits(20), random.choices('xyz', weights=[1, 0, 3], k=6))
state = random.getstate()
a = random.random()
random.setstate(state)
print(a == random.random())
