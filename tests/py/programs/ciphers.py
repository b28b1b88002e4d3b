# Classical ciphers: Caesar with brute-force cracking by letter frequency, Vigenere, and a columnar
# transposition, each round-tripped.
ALPHABET = "abcdefghijklmnopqrstuvwxyz"
ENGLISH_ORDER = "etaoinshrdlcumwfgypbvkjxqz"


def shift_char(ch, k):
    if ch.isalpha():
        base = ord("a") if ch.islower() else ord("A")
        return chr((ord(ch) - base + k) % 26 + base)
    return ch


def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)


def score(text):
    total = 0
    for ch in text.lower():
        if ch in ENGLISH_ORDER:
            total += 26 - ENGLISH_ORDER.index(ch)
    return total


def crack(cipher):
    best = max(range(26), key=lambda k: (score(caesar(cipher, -k)), -k))
    return best, caesar(cipher, -best)


def vigenere(text, key, decrypt=False):
    out = []
    i = 0
    for ch in text:
        if ch.isalpha():
            k = ALPHABET.index(key[i % len(key)])
            out.append(shift_char(ch, -k if decrypt else k))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


def transpose(text, width):
    rows = [text[i:i + width] for i in range(0, len(text), width)]
    return "".join("".join(r[c] for r in rows if c < len(r)) for c in range(width))


def untranspose(text, width):
    n = len(text)
    full, extra = divmod(n, width)
    cols = []
    pos = 0
    for c in range(width):
        size = full + (1 if c < extra else 0)
        cols.append(text[pos:pos + size])
        pos += size
    return "".join(cols[c][r] for r in range(full + 1) for c in range(width) if r < len(cols[c]))


message = "Meet me near the old clock tower at seven, and bring the notes!"
secret = caesar(message, 11)
print(secret)
print(crack(secret))
v = vigenere(message, "lemon")
print(v)
print(vigenere(v, "lemon", decrypt=True) == message)
t = transpose(message, 7)
print(t)
print(untranspose(t, 7) == message)
print([caesar("abcxyz", k) for k in (1, 13, 25)], caesar(caesar("Hello, World", 13), 13))
