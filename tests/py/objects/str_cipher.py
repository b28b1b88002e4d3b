# Caesar and Vigenere ciphers built on str.maketrans / str.translate.
import string

def caesar(text, shift):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lo + up, lo[shift:] + lo[:shift] + up[shift:] + up[:shift])
    return text.translate(table)

def vigenere(text, key, decrypt=False):
    out = []
    k = 0
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = ord('A') if ch.isupper() else ord('a')
            s = ord(key[k % len(key)].lower()) - ord('a')
            if decrypt:
                s = -s
            out.append(chr(base + (ord(ch) - base + s) % 26))
            k += 1
        else:
            out.append(ch)
    return ''.join(out)

msg = 'Attack at Dawn! Meet me by the old oak tree, 12:30.'
for shift in (1, 3, 13, 25):
    enc = caesar(msg, shift)
    print(shift, enc, caesar(enc, 26 - shift) == msg)
enc = vigenere(msg, 'LEMON')
print(enc)
print(vigenere(enc, 'LEMON', decrypt=True))
strip_vowels = str.maketrans('', '', 'aeiouAEIOU')
print(msg.translate(strip_vowels))
leet = str.maketrans({'a': '4', 'e': '3', 'o': '0', 't': '7', 's': None})
print(msg.lower().translate(leet))
counts = {}
for ch in enc.lower():
    if ch in string.ascii_lowercase:
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
