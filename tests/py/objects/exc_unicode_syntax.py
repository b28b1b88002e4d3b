# UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError attributes and str(), and
# SyntaxError's attributes, constructor forms and str().
e = UnicodeDecodeError("utf-8", b"\xff\xfeabc", 0, 1, "invalid start byte")
print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
print(str(e))
print(str(UnicodeDecodeError("ascii", b"abc\x80\x81", 3, 5, "ordinal not in range(128)")))
e.start = 1
e.reason = "changed"
print(str(e))
enc = UnicodeEncodeError("ascii", "caf\xe9", 3, 4, "ordinal not in range(128)")
print(enc.encoding, repr(enc.object), enc.start, enc.end, enc.reason)
print(str(enc))
print(str(UnicodeEncodeError("ascii", "\u20ac\u20ac", 0, 2, "nope")))
print(str(UnicodeEncodeError("latin-1", "a\U0001f600", 1, 2, "x")))
tr = UnicodeTranslateError("ab\u0100", 2, 3, "no mapping")
print(repr(tr.object), tr.start, tr.end, tr.reason, tr.encoding)
print(str(tr))
try:
    UnicodeDecodeError("utf-8", "not bytes", 0, 1, "r")
except TypeError as err:
    print("TypeError:", err)
try:
    UnicodeDecodeError("utf-8")
except TypeError as err:
    print("TypeError:", err)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as err:
    print(err.start, err.end, err.reason, err)
try:
    "\xe9".encode("ascii")
except UnicodeEncodeError as err:
    print(err.start, err.end, err.reason, err)
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError))

# SyntaxError.
s = SyntaxError("invalid syntax", ("prog.py", 3, 5, "x = = 1\n", 3, 6))
print(s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset)
print(str(s), s.args)
print(str(SyntaxError("bare")), SyntaxError("bare").filename, SyntaxError().msg)
print(str(SyntaxError("m", ("f.py", 7, 1, "t", 7, 2))), str(SyntaxError("m", (None, 7, 1, "t", 7, 2))))
print(str(SyntaxError("m", ("dir/f.py", None, 1, "t", None, None))))
s2 = SyntaxError("m", ("f.py", 1, 2, "t"))
print(s2.end_lineno, s2.end_offset, s2.print_file_and_line)
try:
    SyntaxError("m", ("f.py", 1))
except TypeError as err:
    print("TypeError:", err)
try:
    SyntaxError("m", 5)
except TypeError as err:
    print("TypeError:", err)
ind = IndentationError("unexpected indent", ("a.py", 2, 4, "    x\n", 2, 5))
print(type(ind).__mro__[1].__name__, str(ind), issubclass(TabError, IndentationError))
try:
    compile_me = None
    raise SyntaxError("custom", ("virtual.py", 10, 3, "bad line", 10, 4))
except SyntaxError as err:
    print(err.lineno, err.offset, err)
