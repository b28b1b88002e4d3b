# A web-cache simulation: an LRU cache with size-bounded capacity on collections.OrderedDict,
# TTL expiry on a simulated clock, hit/miss statistics and comparison with an LFU policy.
from collections import OrderedDict, Counter
from dataclasses import dataclass


@dataclass
class Response:
    url: str
    size: int
    status: int = 200


class LRUCache:
    def __init__(self, capacity_bytes, ttl):
        self.capacity = capacity_bytes
        self.ttl = ttl
        self.store = OrderedDict()
        self.used = 0
        self.stats = Counter()

    def get(self, url, now):
        entry = self.store.get(url)
        if entry is None:
            self.stats['miss'] += 1
            return None
        resp, stored_at = entry
        if now - stored_at > self.ttl:
            self.stats['expired'] += 1
            self._remove(url)
            return None
        self.store.move_to_end(url)
        self.stats['hit'] += 1
        return resp

    def put(self, resp, now):
        if resp.size > self.capacity:
            self.stats['too_big'] += 1
            return
        if resp.url in self.store:
            self._remove(resp.url)
        while self.used + resp.size > self.capacity:
            old_url, (old, _) = self.store.popitem(last=False)
            self.used -= old.size
            self.stats['evict'] += 1
        self.store[resp.url] = (resp, now)
        self.used += resp.size

    def _remove(self, url):
        resp, _ = self.store.pop(url)
        self.used -= resp.size

    def keys(self):
        return list(self.store)


class LFUCache:
    def __init__(self, slots):
        self.slots = slots
        self.store = {}
        self.freq = Counter()
        self.stats = Counter()

    def get(self, url, now):
        if url in self.store:
            self.freq[url] += 1
            self.stats['hit'] += 1
            return self.store[url]
        self.stats['miss'] += 1
        return None

    def put(self, resp, now):
        if len(self.store) >= self.slots:
            victim = min(self.store, key=lambda u: (self.freq[u], u))
            del self.store[victim]
            del self.freq[victim]
            self.stats['evict'] += 1
        self.store[resp.url] = resp
        self.freq[resp.url] += 1


SIZES = {'/': 40, '/about': 25, '/logo.png': 120, '/api/a': 10, '/api/b': 12, '/video': 900,
         '/css': 30, '/js': 60}


def origin(url):
    return Response(url, SIZES[url], 404 if url == '/gone' else 200)


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        yield seed


def workload(n):
    urls = list(SIZES)
    weights = [30, 5, 20, 25, 25, 2, 15, 15]
    cum = []
    acc = 0
    for w in weights:
        acc += w
        cum.append(acc)
    rng = lcg(7)
    for t in range(n):
        r = next(rng) % acc
        yield t, urls[next(i for i, c in enumerate(cum) if r < c)]


def simulate(cache, n=400, verbose=0):
    fetched = 0
    for t, url in workload(n):
        resp = cache.get(url, t)
        if resp is None:
            resp = origin(url)
            fetched += resp.size
            cache.put(resp, t)
        if t < verbose:
            print(f'  t={t:<3} {url:<10} cached={getattr(cache, "used", len(cache.store)):>4}')
    return fetched


lru = LRUCache(capacity_bytes=250, ttl=50)
fetched = simulate(lru, verbose=12)
s = lru.stats
total = s['hit'] + s['miss'] + s['expired']
print('LRU', dict(sorted(s.items())), f'hit rate {s["hit"] / total:.1%}', 'origin bytes', fetched)
print('LRU keys (old->new):', lru.keys(), lru.used)

lfu = LFUCache(slots=4)
fetched = simulate(lfu)
s = lfu.stats
print('LFU', dict(sorted(s.items())), f'hit rate {s["hit"] / (s["hit"] + s["miss"]):.1%}', 'origin bytes', fetched)
print('LFU keys:', sorted(lfu.store), lfu.freq.most_common(2))

od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
od.move_to_end('e', last=False)
print(list(od), od.popitem(), od.popitem(last=False))
print(od == OrderedDict.fromkeys('acd'), od == OrderedDict.fromkeys('cad'), od == dict.fromkeys('cad'))
print(list(reversed(od)), repr(OrderedDict(x=1)))
c = Counter('abracadabra')
print(c.most_common(3), c['z'], sorted(c.elements())[:6], c.total())
c.subtract('aaa')
print(+c, c - Counter('b'), c | Counter(z=2), c & Counter('rrr'))
