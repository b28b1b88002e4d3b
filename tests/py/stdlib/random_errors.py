# random: argument checks and their messages.
import random
r = random.Random(1)
def check(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
check(lambda: r.randrange(0))
check(lambda: r.randrange(5, 5))
check(lambda: r.randrange(1, 10, 0))
check(lambda: r.randrange(10, 1, 2))
check(lambda: r.randrange(1.5))
check(lambda: r.randrange(10, step=2))
check(lambda: r.randint(5, 1))
check(lambda: r.choice([]))
check(lambda: r.sample([1, 2, 3], 4))
check(lambda: r.sample([1, 2, 3], -1))
check(lambda: r.sample({1, 2, 3}, 2))
check(lambda: r.sample([1, 2], 2, counts=[1]))
check(lambda: r.sample([1, 2], 2, counts=[0, 0]))
check(lambda: r.choices([1, 2], [1, 2], cum_weights=[1, 2]))
check(lambda: r.choices([1, 2], weights=[1]))
check(lambda: r.choices([1, 2], weights=[0, 0]))
check(lambda: r.choices([1, 2], 3))
check(lambda: r.getrandbits(-1))
check(lambda: r.gammavariate(0, 1))
check(lambda: r.binomialvariate(-1))
check(lambda: r.binomialvariate(5, 1.5))
check(lambda: r.binomialvariate(5, 0.0))
check(lambda: r.binomialvariate(5, 1.0))
check(lambda: r.seed([1, 2]))
check(lambda: r.setstate((9, (), None)))
check(lambda: random.Random(1, 2))
check(lambda: r.triangular(1, 1))
check(lambda: r.random(1))
print(r.getstate()[1][:3], r.getstate()[1][-1])
class MyRandom(random.Random):
    def __init__(self, seed, label):
        super().__init__(seed)
        self.label = label
m = MyRandom(7, 'x')
print(m.label, m.randint(1, 6), m.random() == random.Random(7).random() or 'differs')
