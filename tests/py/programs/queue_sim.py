# A bank-queue simulation with a seeded linear congruential generator: customers arrive at random,
# several tellers serve them, and the run reports waiting-time statistics and a histogram.
class Random:
    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def random(self):
        self.state = (1664525 * self.state + 1013904223) & 0xFFFFFFFF
        return self.state / 4294967296

    def randint(self, lo, hi):
        return lo + int(self.random() * (hi - lo + 1))


def simulate(tellers, customers, seed):
    rng = Random(seed)
    arrivals = []
    t = 0
    for i in range(customers):
        t += rng.randint(0, 4)
        arrivals.append((t, rng.randint(2, 9)))
    free_at = [0] * tellers
    served = [0] * tellers
    waits = []
    for arrive, service in arrivals:
        teller = min(range(tellers), key=lambda k: (free_at[k], k))
        start = max(arrive, free_at[teller])
        waits.append(start - arrive)
        free_at[teller] = start + service
        served[teller] += 1
    return waits, served, max(free_at)


for tellers in (1, 2, 3):
    waits, served, end = simulate(tellers, 60, seed=42)
    avg = sum(waits) / len(waits)
    ordered = sorted(waits)
    median = (ordered[29] + ordered[30]) / 2
    print(f"tellers={tellers}: closes at {end:>3}, avg wait {avg:6.2f}, median {median:5.1f}, "
          f"max {max(waits):>3}, served {served}")
waits, _, _ = simulate(2, 60, seed=7)
buckets = {}
for w in waits:
    b = min(w // 5, 4)
    buckets[b] = buckets.get(b, 0) + 1
for b in range(5):
    label = f"{b * 5:>2}-{b * 5 + 4:<2}" if b < 4 else "20+  "
    print(f"{label} {'*' * buckets.get(b, 0)}")
r = Random(1)
print([r.randint(1, 6) for _ in range(20)])
