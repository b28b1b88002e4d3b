# collections.Counter / defaultdict: a small warehouse inventory (stock counts, orders,
# restocking), most_common ordering, arithmetic, elements, total, reprs.
from collections import Counter, defaultdict

stock = Counter(apple=12, pear=5, fig=0, kiwi=7)
orders = [('ann', 'apple', 5), ('bob', 'kiwi', 2), ('ann', 'pear', 5), ('cid', 'apple', 4),
          ('bob', 'fig', 1), ('cid', 'kiwi', 9)]
by_customer = defaultdict(list)
shipped = Counter()
backorders = defaultdict(int)
for who, item, qty in orders:
    by_customer[who].append(item)
    available = stock[item]
    sent = min(available, qty)
    stock[item] -= sent
    shipped[item] += sent
    if qty > sent:
        backorders[item] += qty - sent
print(stock)
print(shipped, shipped.total())
print(dict(by_customer), by_customer)
print(backorders, sorted(backorders.items()))
print(stock.most_common(2), stock.most_common(), +stock)
restock = Counter({'fig': 10, 'kiwi': 10})
stock.update(restock)
stock.update(['pear', 'pear'])
print(stock, stock['missing'], 'missing' in stock)
stock.subtract({'apple': 3})
print(stock)
words = 'the cat and the hat and the bat'.split()
wc = Counter(words)
print(wc, wc.most_common(1), sorted(wc.elements())[:5])
print(Counter('abracadabra'), list(Counter('abracadabra').elements()))
a, b = Counter(a=3, b=1, c=2), Counter(a=1, b=2, d=4)
print(a + b, a - b, a & b, a | b)
print(-Counter(x=-2, y=3), +Counter(x=-2, y=3), Counter(x=1) == Counter(x=1, y=0))
print(Counter(a=1) <= Counter(a=2, b=1), Counter(a=3) < Counter(a=3), Counter('ab') >= Counter('a'))
c = Counter(a=5, b=2)
c -= Counter(a=1, b=5)
print(c)
c += Counter(z=3)
c |= Counter(a=9)
c &= Counter(a=6, z=1)
print(c)
print(Counter(), Counter({'x': 2}).total(), repr(Counter(b=1, a=1)))
del c['nothing']
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError:', e)
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], 'x' in t, list(t['a']))
dd = defaultdict(lambda: 'n/a', {'k': 'v'})
print(dd['k'], dd['q'], sorted(dd))
print(defaultdict(int), defaultdict(), defaultdict(set, a={1}).copy())
try:
    defaultdict(None)['missing']
except KeyError as e:
    print('KeyError:', e)
try:
    defaultdict(3)
except TypeError as e:
    print('TypeError:', e)
print(defaultdict(list, x=[1]) | {'y': [2]})
