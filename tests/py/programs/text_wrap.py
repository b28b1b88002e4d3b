# Text layout: greedy word wrap, full justification, centring, and a boxed table of contents.
TEXT = ("Reference counting frees an object the moment its last reference disappears, which makes "
        "finalization deterministic. Immortal objects opt out: their counts never change, so pages "
        "that hold them are never written after start-up, and forked workers can share them.")


def wrap(text, width):
    lines, current = [], []
    length = 0
    for word in text.split():
        if current and length + 1 + len(word) > width:
            lines.append(current)
            current, length = [], 0
        length += len(word) + (1 if current else 0)
        current.append(word)
    if current:
        lines.append(current)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]


for width in (30, 45):
    lines = wrap(TEXT, width)
    print(f"--- width {width}, {len(lines)} lines ---")
    for i, words in enumerate(lines):
        text = " ".join(words) if i == len(lines) - 1 else justify(words, width)
        print(f"|{text:<{width}}|")
print()
for words in wrap(TEXT, 36)[:3]:
    print(f"[{' '.join(words):^40}]")
entries = [("Introduction", 1), ("The heap", 4), ("Immortal objects", 9), ("Cycle collection", 15),
           ("Benchmarks and results", 23)]
inner = 34
print("+" + "-" * inner + "+")
print("|" + "Contents".center(inner) + "|")
print("+" + "-" * inner + "+")
for i, (title, page) in enumerate(entries, 1):
    left = f" {i}. {title} "
    right = f" {page}"
    print("|" + left + "." * (inner - len(left) - len(right) - 1) + right + " |")
print("+" + "-" * inner + "+")
