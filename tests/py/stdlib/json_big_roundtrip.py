# A ~33 KB generated document (an inventory with nested records) through dumps/loads in several
# configurations: compact, indented, sorted, non-ASCII kept; round trips compared, sizes and
# checksums printed, and decode errors located deep inside a big text.
import json

seed = 2024


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


NAMES = ['widget', 'gadget', 'sprocket', 'gizmo', 'doohickey', 'thingamajig']
CITIES = ['Zürich', 'São Paulo', 'Kraków', 'Tōkyō', 'Reykjavík', 'New York']
items = []
for i in range(150):
    items.append({
        'id': i,
        'name': '%s-%d' % (NAMES[rand(6)], rand(10000)),
        'price': rand(100000) / 100,
        'stock': rand(500) - 50,
        'tags': [NAMES[rand(6)][:rand(6) + 1] for _ in range(rand(4))],
        'origin': {'city': CITIES[rand(6)], 'lat': rand(18000) / 100 - 90, 'code': 'C%04d' % rand(9999)},
        'discontinued': rand(7) == 0,
        'notes': None if rand(3) else 'line1\nline2\t"quoted" \\ back',
    })
doc = {'version': 3, 'generated': '2026-11-21', 'items': items, 'ratio': 1e-7, 'big': 10 ** 20}

compact = json.dumps(doc)
pretty = json.dumps(doc, indent=2, sort_keys=True)
tight = json.dumps(doc, separators=(',', ':'), ensure_ascii=False)
print(len(compact), len(pretty), len(tight), compact.count('\\u'), tight.count('\\u'))
print(compact[:120])
print(pretty[:160])

for text in (compact, pretty, tight):
    back = json.loads(text)
    assert back == doc, 'round trip'
print(sum(it['stock'] for it in json.loads(compact)['items']), round(sum(it['price'] for it in items), 2))
print(json.loads(pretty)['items'][-1])

# Keys come back as the same str objects (memoised per document).
back = json.loads(compact)
print(all(a.keys() == b.keys() for a, b in zip(back['items'], back['items'][1:])))

# Hooks over a big document.
from collections import OrderedDict
ordered = json.loads(tight, object_pairs_hook=OrderedDict)
print(type(ordered).__name__, list(ordered)[:3], list(ordered['items'][5].items())[:2])
cities = {}
json.loads(compact, object_hook=lambda d: cities.__setitem__(d['city'], cities.get(d['city'], 0) + 1) or d
           if 'city' in d else d)
print(sorted(cities.items()))
as_str = json.loads(compact, parse_float=str, parse_int=str)
print(as_str['items'][3]['price'], as_str['big'], as_str['ratio'])

# Errors deep in a big text.
for cut, junk in [(len(compact) // 2, ''), (len(compact) // 3, ']'), (1000, '}, x'), (len(pretty) - 3, '')]:
    bad = compact[:cut] + junk if cut != len(pretty) - 3 else pretty[:cut]
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(e.msg, e.pos, e.lineno, e.colno)

# Streaming encoder (iterencode) and the one-shot encoder agree.
print(''.join(json.JSONEncoder(indent=1).iterencode(doc['items'][:20])) == json.dumps(doc['items'][:20], indent=1))
print(''.join(json.JSONEncoder().iterencode(doc['items'][:40])) == json.dumps(doc['items'][:40]))
