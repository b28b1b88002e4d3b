# Non-ASCII text: lengths in code points, indexing, case mapping, repr escapes, comparisons.
words = ["naïve", "café", "日本語", "emoji 😀", "Ünïcödé", "Ωmega"]
for w in words:
    print(w, len(w), w.upper(), w[::-1], repr(w[-1]))
print(sorted(words))
print("é" == "\u00e9", "e\u0301" == "é", len("e\u0301"))
print([ord(c) for c in "aé中😀"], chr(0x1F600) == "😀")
print(repr("\x00\x1f\x7f\x80\xa0\xad"), repr("\u2028"), repr("\U0001F600"), repr("\ud800"))
print("ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
text = "Grüße aus Köln"
print(text.split(), text.replace("ü", "ue"), text.count("ö"), text.find("K"))
print(f"{'日本':>6}|{'ab':^6}|")
print("".join(sorted("dcbaé")), max("abcé"), min("Zé"))
