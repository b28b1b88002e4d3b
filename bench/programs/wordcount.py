# Word counting over generated text: an LCG strings syllables into words and
# words into punctuated, capitalised lines; then the text is split, normalised
# and counted in dicts (words, first letters, word pairs). Exercises str
# methods, str building with join/f-strings, dict get/setdefault and sorting.
# Usage: wordcount.py [words]   Checksum: totals, top words, a hash-free digest.
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "el", "an",
             "vo", "ri", "zu", "qua", "de", "fin", "or", "us", "bel", "ti"]
PUNCTUATION = [",", ".", ";", "!", "?", ":"]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        return (self.state >> 33) % bound


def make_text(nwords):
    rng = Lcg(42)
    # A skewed vocabulary: a few common words and a long tail.
    vocab = []
    for _ in range(600):
        parts = [SYLLABLES[rng.next(len(SYLLABLES))] for _ in range(1 + rng.next(3))]
        vocab.append("".join(parts))
    lines = []
    line = []
    for i in range(nwords):
        r = rng.next(1000)
        word = vocab[(r * r) // 1700]
        if rng.next(9) == 0:
            word = word.capitalize()
        if rng.next(7) == 0:
            word += PUNCTUATION[rng.next(len(PUNCTUATION))]
        line.append(word)
        if len(line) >= 8 + rng.next(6):
            lines.append(" ".join(line))
            line = []
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


def count(text):
    words = {}
    initials = {}
    pairs = {}
    prev = None
    for line in text.splitlines():
        for raw in line.split():
            w = raw.strip(",.;!?:").lower()
            if not w:
                continue
            words[w] = words.get(w, 0) + 1
            initials.setdefault(w[0], []).append(len(w))
            if prev is not None:
                key = (prev, w)
                pairs[key] = pairs.get(key, 0) + 1
            prev = w
    return words, initials, pairs


def main():
    nwords = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    text = make_text(nwords)
    words, initials, pairs = count(text)
    top = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    top_pair = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))
    digest = 0
    for w, c in sorted(words.items()):
        for ch in w:
            digest = (digest * 31 + ord(ch)) % 1000000007
        digest = (digest * 17 + c) % 1000000007
    letters = " ".join(f"{k}{sum(v)}" for k, v in sorted(initials.items()))
    print(f"wordcount words={sum(words.values())} unique={len(words)} chars={len(text)} "
          f"pairs={len(pairs)} top={','.join(f'{w}:{c}' for w, c in top)} "
          f"pair={top_pair[0][0]}+{top_pair[0][1]}:{top_pair[1]} digest={digest} letters={letters}")


main()
