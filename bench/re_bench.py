# Many-match re operations on ~100 KB inputs: run under CPython and Immortal and compare
# (`python3 bench/re_bench.py`, `node bin/immortal.js bench/re_bench.py`). Best of N per case, after
# one warm-up run; prints one line per case with the time in ms.
import re
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10
words = 'word ' * 20000                      # 100 KB, 20,000 words
text = ('The quick brown fox, aged 12, jumps over 3 lazy dogs; email fox@example.com. ' * 1300)
word_re = re.compile(r'\w+')

CASES = [
    ("findall(r'\\w+') 20k words", lambda: re.findall(r'\w+', words)),
    ("findall('a') 20k matches", lambda: re.findall('a', 'a' * 20000)),
    ("findall groups (\\w+)@(\\w+)", lambda: re.findall(r'(\w+)@(\w+)', text)),
    ("finditer + m.group()", lambda: [m.group() for m in word_re.finditer(words)]),
    ("finditer + m.span()", lambda: [m.span() for m in re.finditer(r'\d+', text)]),
    ("sub(r'\\w+', 'X')", lambda: re.sub(r'\w+', 'X', words)),
    ("sub template r'\\2\\1'", lambda: re.sub(r'(\w)(\w*)', r'\2\1', words)),
    ("sub callable", lambda: re.sub(r'\w+', lambda m: m.group().upper(), words)),
    ("split(r'\\s+')", lambda: re.split(r'\s+', words)),
    ("split(r'[,;.] ')", lambda: re.split(r'[,;.] ', text)),
    ("search x2000 (cached)", lambda: [re.search(r'o(r)d', words) for _ in range(2000)]),
]

for label, fn in CASES:
    fn()
    best = float('inf')
    for _ in range(N):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    print('%-34s %9.2f ms' % (label, best * 1000))
