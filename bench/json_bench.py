# json.dumps / json.loads of a ~110 KB nested document: run under CPython and Immortal and compare
# (`python3 bench/json_bench.py`, `node bin/immortal.js bench/json_bench.py`). Best of N per case,
# after one warm-up run; prints one line per case with the time in ms.
import json
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10
doc = {'users': [{'id': i, 'name': 'user%d' % i, 'email': 'u%d@example.com' % i, 'active': i % 3 == 0,
                  'score': i * 1.25, 'tags': ['a', 'b\n', 'ü'], 'none': None,
                  'addr': {'city': 'Paris', 'zip': '750%02d' % (i % 100)}} for i in range(600)]}
text = json.dumps(doc)
pretty = json.dumps(doc, indent=2)

CASES = [
    ('dumps (%d KB)' % (len(text) // 1000), lambda: json.dumps(doc)),
    ('dumps indent=2, sort_keys', lambda: json.dumps(doc, indent=2, sort_keys=True)),
    ('dumps ensure_ascii=False', lambda: json.dumps(doc, ensure_ascii=False)),
    ('loads (%d KB)' % (len(text) // 1000), lambda: json.loads(text)),
    ('loads indented (%d KB)' % (len(pretty) // 1000), lambda: json.loads(pretty)),
]

for label, fn in CASES:
    fn()
    best = float('inf')
    for _ in range(N):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    print('%-34s %9.2f ms' % (label, best * 1000))
