# String literal forms: escapes, raw strings, triple quotes, implicit concatenation, unicode escapes.
print("tab\tnewline\\n quote\" apostrophe\'")
print('single "double" inside')
print(r"raw \n \t \\ stays")
print("\x41\x42\u00e9\u4e2d\U0001F600")
print("\N{GREEK SMALL LETTER ALPHA}\N{BLACK STAR}")
print("\101\102\60")
print("implicit " "concatenation " 'of parts')
print("""triple "quoted"
string with 'quotes'""")
print('''another
  indented line''')
long = ("parenthesized "
        "concatenation "
        "across lines")
print(long)
print("line continuation \
joined")
print(len("\n"), len(r"\n"), len("é"), len("😀"))
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\t\x00\x7f\u200b"))
print(b"bytes literal", rb"raw\bytes", b"\x00\xff")
print("".join(["a", "b"]) == "ab", "" == '', "\\" == r"\ "[0])
