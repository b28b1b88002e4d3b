# Roman numerals: conversion both ways, validation of malformed numerals, and a round trip over 1..3999.
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
SYMBOLS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range (1..3999)")
    out = []
    for value, symbol in VALUES:
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)


def from_roman(text):
    if not text or any(ch not in SYMBOLS for ch in text):
        raise ValueError(f"invalid numeral {text!r}")
    total = 0
    for i, ch in enumerate(text):
        v = SYMBOLS[ch]
        if i + 1 < len(text) and SYMBOLS[text[i + 1]] > v:
            total -= v
        else:
            total += v
    if to_roman(total) != text:
        raise ValueError(f"non-canonical numeral {text!r} (canonical: {to_roman(total)})")
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    print(n, to_roman(n))
for text in ["MCMXCIV", "XLII", "IIII", "IC", "ABC", "", "MMMCMXCIX"]:
    try:
        print(text, "->", from_roman(text))
    except ValueError as e:
        print("ValueError:", e)
try:
    to_roman(0)
except ValueError as e:
    print("ValueError:", e)
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000, 7)))
longest = max(range(3000, 4000), key=lambda n: (len(to_roman(n)), n))
print(longest, to_roman(longest), len(to_roman(longest)))
