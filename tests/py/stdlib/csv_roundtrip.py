# csv: reader and writer round trips through io.StringIO with the registered dialects and every
# quoting mode (QUOTE_MINIMAL/ALL/NONNUMERIC/NONE/STRINGS/NOTNULL), escapechar, doublequote,
# skipinitialspace, strict, lineterminator; the parser's error messages; Dialect validation
# messages; register/get/unregister/list_dialects; field_size_limit; reader.line_num.
import csv
import io

inventory = [
    ["sku", "name", "price", "note"],
    ["A-1", "Widget, large", 12.5, 'says "hi"'],
    ["B-2", "Gadget", 3, None],
    ["C-3", "multi\nline", 0.25, ""],
]

for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_STRINGS,
                csv.QUOTE_NOTNULL):
    out = io.StringIO()
    w = csv.writer(out, quoting=quoting, lineterminator="\n")
    w.writerows(inventory)
    text = out.getvalue()
    print("quoting", quoting)
    print(text, end="")
    back = list(csv.reader(io.StringIO(text, newline=""), quoting=quoting))
    print(back)

out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\")
print(w.writerow(["a,b", 'q"x', "back\\slash", "plain"]))
print(repr(out.getvalue()))
print(list(csv.reader([out.getvalue()], quoting=csv.QUOTE_NONE, escapechar="\\")))

out = io.StringIO()
csv.writer(out, doublequote=False, escapechar="\\").writerow(['say "x"', "y"])
print(repr(out.getvalue()))

for name in ("excel", "excel-tab", "unix"):
    out = io.StringIO()
    csv.writer(out, dialect=name).writerow(["x y", 1, "t\tab"])
    print(name, repr(out.getvalue()))

print(list(csv.reader(["a, b,  \"c, d\"\r\n"], skipinitialspace=True)))
print(list(csv.reader(['"quoted"tail,x'])))
print(list(csv.reader(['"abc'])))
print(list(csv.reader(["", "\r\n", "x,\n"])))
print(list(csv.reader(['a\\', 'b,c'], escapechar="\\")))

r = csv.reader(['id,text\n', '1,"two\n', 'lines"\n', '2,end\n'])
for row in r:
    print(r.line_num, row)

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator=";")
print(sorted(csv.list_dialects()))
d = csv.get_dialect("pipes")
print(d.delimiter, d.quotechar, d.quoting, repr(d.lineterminator), d.doublequote, d.strict)
out = io.StringIO()
csv.writer(out, "pipes").writerows([[1, 2], ["x|y", None]])
print(out.getvalue())
csv.unregister_dialect("pipes")
print(sorted(csv.list_dialects()))


def attempt(label, fn):
    try:
        result = fn()
    except Exception as exc:
        print(label, "->", type(exc).__name__ + ":", exc)
    else:
        print(label, "=>", repr(result))


attempt("strict", lambda: list(csv.reader(['"a"b,c'], strict=True)))
attempt("strict eof", lambda: list(csv.reader(['"open'], strict=True)))
attempt("newline", lambda: list(csv.reader(["a\rb"])))
attempt("bytes", lambda: list(csv.reader([b"a,b"])))
attempt("no escapechar", lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]))
attempt("empty field", lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]))
attempt("not iterable", lambda: csv.writer(io.StringIO()).writerow(7))
attempt("no write", lambda: csv.writer(object()))
attempt("nonnumeric", lambda: list(csv.reader(["1,x"], quoting=csv.QUOTE_NONNUMERIC)))
attempt("unknown", lambda: csv.reader([], "nope"))
attempt("unregister", lambda: csv.unregister_dialect("nope"))
attempt("delimiter", lambda: csv.reader([], delimiter="::"))
attempt("delimiter type", lambda: csv.reader([], delimiter=1))
attempt("quotechar type", lambda: csv.reader([], quotechar=1))
attempt("escapechar", lambda: csv.reader([], escapechar=""))
attempt("lineterminator", lambda: csv.writer(io.StringIO(), lineterminator=0))
attempt("quoting", lambda: csv.reader([], quoting=17))
attempt("quoting type", lambda: csv.reader([], quoting="all"))
attempt("quotechar none", lambda: csv.reader([], quotechar=None, quoting=csv.QUOTE_ALL))
attempt("bad keyword", lambda: csv.reader([], colour="red"))
attempt("name", lambda: csv.register_dialect(3))
attempt("readonly", lambda: setattr(csv.get_dialect("excel"), "delimiter", ";"))
attempt("no quotechar", lambda: csv.reader([], quotechar=None).dialect.quoting)
print(csv.field_size_limit(8))
attempt("limit ok", lambda: list(csv.reader(["12345678,x"])))
attempt("limit", lambda: list(csv.reader(["123456789"])))
attempt("limit type", lambda: csv.field_size_limit("9"))
print(csv.field_size_limit())
csv.field_size_limit(131072)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE,
      csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL, csv.__version__)
print(csv.Error.__module__, issubclass(csv.Error, Exception))
