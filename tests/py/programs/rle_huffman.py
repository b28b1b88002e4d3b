# Compression: run-length encoding, and Huffman coding with a hand-written priority queue and
# deterministic tie-breaking; both round-trip.
def rle_encode(text):
    out = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        out.append(f"{j - i}{text[i]}")
        i = j
    return "".join(out)


def rle_decode(code):
    out = []
    count = ""
    for ch in code:
        if ch.isdigit():
            count += ch
        else:
            out.append(ch * int(count))
            count = ""
    return "".join(out)


class MinQueue:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)
        i = len(self.items) - 1
        while i and self.items[(i - 1) // 2] > self.items[i]:
            p = (i - 1) // 2
            self.items[p], self.items[i] = self.items[i], self.items[p]
            i = p

    def pop(self):
        items = self.items
        items[0], items[-1] = items[-1], items[0]
        top = items.pop()
        i = 0
        while True:
            l, r, small = 2 * i + 1, 2 * i + 2, i
            if l < len(items) and items[l] < items[small]:
                small = l
            if r < len(items) and items[r] < items[small]:
                small = r
            if small == i:
                return top
            items[i], items[small] = items[small], items[i]
            i = small

    def __len__(self):
        return len(self.items)


def huffman_codes(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    queue = MinQueue()
    order = 0
    for ch in sorted(freq):
        queue.push((freq[ch], order, ch))
        order += 1
    while len(queue) > 1:
        f1, _, left = queue.pop()
        f2, _, right = queue.pop()
        queue.push((f1 + f2, order, (left, right)))
        order += 1
    codes = {}
    stack = [(queue.pop()[2], "")]
    while stack:
        node, prefix = stack.pop()
        if isinstance(node, str):
            codes[node] = prefix or "0"
        else:
            stack.append((node[1], prefix + "1"))
            stack.append((node[0], prefix + "0"))
    return codes


def huffman_decode(bits, codes):
    reverse = {v: k for k, v in codes.items()}
    out = []
    current = ""
    for b in bits:
        current += b
        if current in reverse:
            out.append(reverse[current])
            current = ""
    return "".join(out)


samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aaaaaaaaaaaaaaab"]
for s in samples:
    code = rle_encode(s)
    print(code, len(s), "->", len(code), rle_decode(code) == s)
text = "this is an example of a huffman tree built deterministically"
codes = huffman_codes(text)
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(repr(ch), codes[ch])
bits = "".join(codes[ch] for ch in text)
print(len(text) * 8, "bits ->", len(bits), "bits")
print(huffman_decode(bits, codes) == text)
print(huffman_codes("aaaa"))
