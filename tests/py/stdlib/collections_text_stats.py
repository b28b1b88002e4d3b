# collections in text processing: word frequencies (Counter), an index of line numbers
# (defaultdict), bigrams through a sliding deque, records as namedtuples, ordered report.
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict

TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness"""

Token = namedtuple('Token', 'word line col')


def tokens(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        col = 0
        for raw in line.split():
            word = raw.strip(',.').lower()
            yield Token(word, lineno, col)
            col += len(raw) + 1


toks = list(tokens(TEXT))
freq = Counter(t.word for t in toks)
print(len(toks), len(freq), freq.most_common(5))
index = defaultdict(set)
for t in toks:
    index[t.word].add(t.line)
print({w: sorted(index[w]) for w in ('age', 'epoch', 'season', 'times')})
window = deque(maxlen=2)
bigrams = Counter()
for t in toks:
    window.append(t.word)
    if len(window) == 2:
        bigrams[tuple(window)] += 1
print(bigrams.most_common(3))
by_len = OrderedDict()
for word in sorted(freq, key=lambda w: (len(w), w)):
    by_len.setdefault(len(word), []).append(word)
for n, words in by_len.items():
    print(n, words)
first_seen = {}
for t in toks:
    first_seen.setdefault(t.word, t)
print(first_seen['wisdom'], first_seen['wisdom']._asdict())
letters = Counter(ch for ch in TEXT.lower() if ch.isalpha())
print(letters.most_common(4), sum(letters.values()) == letters.total())
print(+(Counter(a=2) - Counter(a=5)), (freq & Counter(it=100, was=1)))
