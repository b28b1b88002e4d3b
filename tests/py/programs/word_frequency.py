# Word frequency analysis of an embedded text: normalisation, counting, ranking with ties broken
# alphabetically, a bar chart, bigrams and per-sentence statistics.
TEXT = """\
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way -- in short, the period was so far like the present period,
that some of its noisiest authorities insisted on its being received, for good
or for evil, in the superlative degree of comparison only.
"""
STOP = {"the", "of", "it", "was", "we", "to", "in", "on", "or", "for", "so", "its", "that", "all", "had"}


def words(text):
    cleaned = []
    for ch in text.lower():
        cleaned.append(ch if ch.isalpha() or ch == "'" else " ")
    return "".join(cleaned).split()


all_words = words(TEXT)
print("words:", len(all_words), "distinct:", len(set(all_words)))
counts = {}
for w in all_words:
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print("top 8:", ranked[:8])
content = [(w, c) for w, c in ranked if w not in STOP]
longest = max(len(w) for w, _ in content[:10])
for w, c in content[:10]:
    print(f"{w:>{longest}} | {'#' * c} {c}")
bigrams = {}
for a, b in zip(all_words, all_words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
top_bigrams = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("bigrams:", [f"{a} {b} ({n})" for (a, b), n in top_bigrams])
sentences = [s.strip() for s in TEXT.replace("\n", " ").split(",") if s.strip()]
lengths = [len(words(s)) for s in sentences]
print("clauses:", len(sentences), "shortest:", min(lengths), "longest:", max(lengths),
      f"mean: {sum(lengths) / len(lengths):.2f}")
by_length = {}
for w in set(all_words):
    by_length.setdefault(len(w), []).append(w)
for n in sorted(by_length)[-3:]:
    print(n, sorted(by_length[n]))
initials = {}
for w in all_words:
    initials[w[0]] = initials.get(w[0], 0) + 1
print("".join(k for k, _ in sorted(initials.items(), key=lambda kv: (-kv[1], kv[0]))))
