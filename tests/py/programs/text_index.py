# A full-text search index: Unicode normalisation with unicodedata, case folding, accent
# stripping, tokenising with re, an inverted index with positions, bisect-based prefix search,
# phrase queries, TF-IDF ranking and highlighted snippets.
import bisect
import math
import re
import unicodedata
from collections import defaultdict, Counter

DOCS = {
    'd1': 'The café on Straße 5 serves crème brûlée and espresso.',
    'd2': 'Espresso, ristretto and lungo: a guide to coffee in Italy.',
    'd3': 'STRASSE is the uppercase form of Straße; ß folds to ss.',
    'd4': 'Naïve coders write naive code; the coffee is always cold.',
    'd5': 'Ångström units measure tiny things, not coffee beans.',
    'd6': 'A crème caramel is not a crème brûlée, says the café owner.',
}
STOP = frozenset('a the is of to and in on not is'.split())
WORD = re.compile(r'\w+')


def fold(text):
    decomposed = unicodedata.normalize('NFKD', text.casefold())
    return ''.join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(text):
    for m in WORD.finditer(text):
        w = fold(m.group())
        if w not in STOP:
            yield w, m.start(), m.end()


class Index:
    def __init__(self):
        self.postings = defaultdict(lambda: defaultdict(list))
        self.lengths = {}
        self.vocab = []

    def add(self, doc_id, text):
        n = 0
        for pos, (w, _, _) in enumerate(tokens(text)):
            self.postings[w][doc_id].append(pos)
            n += 1
        self.lengths[doc_id] = n
        self.vocab = sorted(self.postings)

    def prefix(self, p):
        p = fold(p)
        i = bisect.bisect_left(self.vocab, p)
        j = bisect.bisect_right(self.vocab, p + '\uffff')
        return self.vocab[i:j]

    def idf(self, w):
        return math.log(len(self.lengths) / len(self.postings[w])) if w in self.postings else 0.0

    def search(self, query):
        phrases = re.findall(r'"([^"]+)"', query)
        rest = re.sub(r'"[^"]+"', ' ', query)
        terms = []
        for raw in rest.split():
            if raw.endswith('*'):
                terms.append(self.prefix(raw[:-1]))
            else:
                terms.append([w for w, _, _ in tokens(raw)])
        scores = Counter()
        for group in terms:
            for w in group:
                for doc, positions in self.postings.get(w, {}).items():
                    scores[doc] += len(positions) / self.lengths[doc] * self.idf(w)
        for ph in phrases:
            words = [w for w, _, _ in tokens(ph)]
            hits = self.phrase(words)
            if not terms:
                for d in hits:
                    scores[d] += 1.0
            scores = Counter({d: s + 1.0 for d, s in scores.items() if d in hits})
        return sorted(scores.items(), key=lambda kv: (-round(kv[1], 9), kv[0]))

    def phrase(self, words):
        if not words or words[0] not in self.postings:
            return set()
        found = set()
        for doc, starts in self.postings[words[0]].items():
            for s in starts:
                if all(s + k in self.postings.get(w, {}).get(doc, ()) for k, w in enumerate(words[1:], 1)):
                    found.add(doc)
        return found


def snippet(text, query_words, width=30):
    spans = [(s, e) for w, s, e in tokens(text) if w in query_words]
    if not spans:
        return text[:width] + '...'
    s0 = max(0, spans[0][0] - 8)
    out, last = [], s0
    for s, e in spans:
        if s >= s0 + width:
            break
        out.append(text[last:s] + '[' + text[s:e] + ']')
        last = e
    return ('...' if s0 else '') + ''.join(out) + text[last:s0 + width] + '...'


idx = Index()
for doc_id, text in DOCS.items():
    idx.add(doc_id, text)
print(len(idx.vocab), 'terms;', idx.vocab[:8])
print('prefix cr*', idx.prefix('cr'), 'prefix STRA*', idx.prefix('STRA'), 'prefix zz*', idx.prefix('zz'))
for q in ['coffee', 'CAFE', 'creme brulee', '"crème brûlée"', 'naive', 'strasse', 'espress*', 'angstrom units',
          '"coffee beans"', 'nothing']:
    res = idx.search(q)
    words = {w for w, _, _ in tokens(q.replace('"', '').replace('*', ''))} | set(
        w for raw in q.split() if raw.endswith('*') for w in idx.prefix(raw[:-1]))
    print(f'{q!r}:', [(d, round(s, 4)) for d, s in res])
    for d, _ in res[:2]:
        print('    ', d, snippet(DOCS[d], words))

for s in ['café', 'cafe\u0301', 'ﬁne', 'Ⅻ', 'ß', 'İ']:
    print(repr(s), len(s), repr(unicodedata.normalize('NFC', s)), repr(unicodedata.normalize('NFKC', s)),
          repr(fold(s)), s.casefold() == fold(s))
print(unicodedata.name('é'), unicodedata.category('é'), unicodedata.category('5'), unicodedata.lookup('SNOWMAN'),
      unicodedata.decimal('٣'), unicodedata.numeric('½'), unicodedata.bidirectional('a'))
table = str.maketrans({'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'ß': 'ss'})
print('Größe Übermaß Äpfel'.translate(table), 'ǅ'.upper(), 'ǅ'.lower(), 'ǅ'.istitle(), 'ﬀ'.upper())
lst = sorted(['b', 'a', 'C', 'á', 'Z'])
print(lst, sorted(lst, key=fold), bisect.insort(lst, 'c') or lst, bisect.bisect(lst, 'b'))
